package xar

import (
	"bytes"
	"crypto/x509"
	"io"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// FuzzOpen: any input opens or fails with an error; what opens can have its
// files, payloads and signature read without panicking or running away.
func FuzzOpen(f *testing.F) {
	payload := testsign.Payload([]testsign.CPIOEntry{{Name: "./a", Mode: 0o100644, Data: []byte("abc")}})
	files := []testsign.PkgFile{
		{Path: "Distribution", Zlib: true, Data: []byte("<installer-gui-script><title>T</title></installer-gui-script>")},
		{Path: "a.pkg/PackageInfo", Zlib: true, Data: []byte(`<pkg-info identifier="x"/>`)},
		{Path: "a.pkg/Payload", Data: payload},
	}
	if b, err := testsign.XAR(testsign.PkgOptions{Files: files}); err == nil {
		f.Add(b)
	}
	if ca, err := testsign.NewCA("Fuzz CA"); err == nil {
		if leaf, err := testsign.NewRSALeaf(ca, "Developer ID Installer", "FUZZ123456"); err == nil {
			if b, err := testsign.XAR(testsign.PkgOptions{Files: files, Signer: leaf, Chain: []*x509.Certificate{ca.Cert}, CMS: true}); err == nil {
				f.Add(b)
			}
		}
	}
	names := testcorpus.Glob("pkg", "*")
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Open(bytes.NewReader(b), int64(len(b)), Limits{})
		if err != nil {
			return
		}
		a.ChecksumOK()
		if s := a.Signature; s != nil && len(s.Certificates) > 0 {
			if c, err := x509.ParseCertificate(s.Certificates[0]); err == nil {
				_, _ = VerifyRSA(c, a.StoredChecksum, s.Data)
			}
		}
		for _, fl := range a.Files {
			_, _ = a.ReadSmall(fl, Limits{})
			r, verdict, err := a.Open(fl)
			if err != nil {
				continue
			}
			_, _ = WalkPayload(r, PayloadLimits{MaxEntries: 1000, MaxNameLen: 1024, MaxChunk: 1 << 20}, func(PayloadEntry, io.Reader) error { return nil })
			verdict()
		}
	})
}

// TestHugeTOCLength: a TOC length past 2^63 was negative as an int64 and
// slipped past the limit into make (found by make robustness).
func TestHugeTOCLength(t *testing.T) {
	b := make([]byte, 64)
	copy(b, "xar!")
	b[5], b[7] = 28, 1
	for i := 8; i < 16; i++ {
		b[i] = 0xff
	}
	if _, err := Open(bytes.NewReader(b), int64(len(b)), Limits{}); err == nil {
		t.Fatal("a 2^64-byte TOC was accepted")
	}
}
