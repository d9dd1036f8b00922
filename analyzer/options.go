package analyzer

import (
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
)

// Options change what the analysis looks at; the zero value is usable.
type Options struct {
	// Now fixes the clock so results are deterministic (tests, --now). Zero
	// means the real time.
	Now time.Time
	// Device is a device ID the user asks about (--device, the search box).
	Device string
	// Requirement is a code requirement to evaluate against each signature.
	Requirement string
	// Progress, when set, is told how far the analysis of the current input has
	// come; the web app uses it for its progress bar.
	Progress func(input string, done, total int64)
	// Yield, when set, is called between the steps of an analysis (each
	// input, each signature, each check). A host whose interface shares the
	// analysis's thread (the web app) gives the thread back there, so no
	// step keeps the page from painting for long. It may block briefly.
	Yield func()
	// PageHasher, when set, hashes Mach-O code pages in batches in place of
	// Go's crypto: the web app passes the browser's SubtleCrypto, several
	// times faster than Go in wasm. It is macho.VerifyOptions.HashPages:
	// code is consecutive pages of pageSize bytes (the last may be shorter);
	// it returns their full-size digests end to end. Hash types are the
	// CodeDirectory's (1 SHA-1, 2 SHA-256, 3 SHA-256 truncated, 4 SHA-384).
	PageHasher func(hashType uint8, code []byte, pageSize int) ([]byte, error)
	// Password, when set, gives the password of an identity file (.p12,
	// .pfx) by its name; ok false means none was given (the empty password
	// is then tried). The analyzer uses it once to decrypt and keeps it
	// nowhere: not in the report, its facts or its messages.
	Password func(name string) (password string, ok bool)
	// TimePerInput bounds how long one input's analysis may take; past it the
	// input gets an input-time-limit finding and the others are still
	// analysed. Zero means DefaultTimePerInput.
	TimePerInput time.Duration
	// Disabled are check IDs not to run (a CI config's "disable" list).
	Disabled []string

	// testRoots are extra trusted roots (DER). Only the case runner in this
	// package's tests can set them, so the project's test CA can stand in for
	// Apple's in generated fixtures while production trust stays pinned.
	testRoots [][]byte
	// trust is what chains are judged against (Apple's pinned roots, plus
	// testRoots), resolved once per analysis by resolveTrust; see trustFor.
	trust         *certs.Trust
	trustErr      error
	trustResolved bool
	// special supplies the Info.plist and CodeResources a bundle's
	// executable seals (macho.VerifyOptions.Special); set by the archive
	// parser for each executable it verifies.
	special func(slot int) (data []byte, ok bool)
	// kinds replaces the table of input kinds (inputKinds) when set: tests
	// add a kind of their own without changing the package's table.
	kinds []inputKind
}

// kindTable is the table of input kinds this analysis tries.
func (o *Options) kindTable() []inputKind {
	if o.kinds != nil {
		return o.kinds
	}
	return inputKinds
}

// yield calls Yield when set.
func (o *Options) yield() {
	if o.Yield != nil {
		o.Yield()
	}
}

// TestRoots returns the test-only trusted roots (always empty outside tests).
func (o *Options) TestRoots() [][]byte { return o.testRoots }

// DefaultTimePerInput is generous: verifying a 2 GB archive in a browser tab
// takes a minute or two; an input still running after this is stuck.
const DefaultTimePerInput = 5 * time.Minute

func (o *Options) timePerInput() time.Duration {
	if o.TimePerInput > 0 {
		return o.TimePerInput
	}
	return DefaultTimePerInput
}

func (o *Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now().UTC()
	}
	return o.Now.UTC()
}
