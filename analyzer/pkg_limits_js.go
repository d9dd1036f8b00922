//go:build js

package analyzer

// Payload limits in the web app: see pkg_limits.go.
const (
	maxPkgMachO      = 128 << 20
	maxPkgMachOTotal = 256 << 20
)
