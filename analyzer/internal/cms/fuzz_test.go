package cms

import (
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// FuzzParse: any input parses or fails with an error, and Verify on what
// parses returns without panicking.
func FuzzParse(f *testing.F) {
	ca := newIdent(f, "Test CA", nil)
	leaf := newIdent(f, "Test Signer", ca)
	tsa := newIdent(f, "Test TSA", ca)
	f.Add(sign(f, []byte("<plist/>"), leaf, ca, false, nil))
	f.Add(sign(f, []byte("cd"), leaf, ca, true, tsa))
	files := testcorpus.Glob("profiles", "*")
	for i, p := range files {
		if i%4 != 0 { // a few real ones keep the seed run fast under wasm
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sd, err := Parse(b)
		if err != nil {
			return
		}
		_ = sd.Verify(nil)
		_ = sd.Verify([]byte("cd"))
		_ = sd.SignedAttribute(OIDSigningTime)
	})
}
