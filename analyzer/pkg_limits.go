//go:build !js

package analyzer

// Payload limits: a Mach-O in a package's payload is read into memory to be
// analysed (a payload is a compressed stream, with no offsets to read at), so
// each one and their sum are bounded. The web app has tighter ones
// (pkg_limits_js.go): a browser tab has less memory to spare.
const (
	maxPkgMachO      = 256 << 20
	maxPkgMachOTotal = 512 << 20
)
