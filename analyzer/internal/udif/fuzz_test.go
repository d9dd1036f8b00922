package udif

import (
	"bytes"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// FuzzOpen: any input opens or fails with an error, never panics, and a
// signature it returns lies within the file.
func FuzzOpen(f *testing.F) {
	for _, o := range []testsign.DMGOptions{
		{Data: []byte("data")},
		{Data: bytes.Repeat([]byte("d"), 1000), Identifier: "x", Sign: true, Ticket: true},
	} {
		if b, err := testsign.DMG(o); err == nil {
			f.Add(b)
		}
	}
	names := testcorpus.Glob("dmg", "*")
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		img, err := Open(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		if int64(len(img.Signature)) > img.Size || img.SigOffset < 0 {
			t.Fatalf("signature of %d bytes at %d in a %d-byte file", len(img.Signature), img.SigOffset, img.Size)
		}
		if img.Koly != nil {
			_ = img.Koly.KolyForHash()
		}
	})
}
