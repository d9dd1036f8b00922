package analyzer

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/coderesources"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// TestBundleProgress checks the archive's one progress bar: it only moves
// forward, never past its total, and counts the sealed files as they are
// hashed, not only the binaries (a large resource kept it at the binaries'
// share until the end).
func TestBundleProgress(t *testing.T) {
	res := bytes.Repeat([]byte("resource"), 3<<20/8)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	fw, _ := w.CreateHeader(&zip.FileHeader{Name: "Payload/P.app/blob.bin", Method: zip.Store})
	fw.Write(res)
	fw, _ = w.Create("Payload/P.app/Info.plist")
	fw.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleExecutable</key><string>P</string><key>CFBundleIdentifier</key><string>com.example.p</string></dict></plist>`))
	h1, h2 := sha1.Sum(res), sha256.Sum256(res)
	seal, err := coderesources.Encode(map[string]*coderesources.Entry{"blob.bin": {Hash: h1[:], Hash2: h2[:]}}, coderesources.DefaultRules2())
	if err != nil {
		t.Fatal(err)
	}
	fw, _ = w.Create("Payload/P.app/_CodeSignature/CodeResources")
	fw.Write(seal)
	exe, err := testsign.Sign(testsign.Build(testsign.Image{Platform: testsign.PlatformIOS, MinOS: testsign.Version(15, 0), CodePages: 64}), testsign.Options{Identifier: "com.example.p", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	h := &zip.FileHeader{Name: "Payload/P.app/P", Method: zip.Deflate}
	h.SetMode(0o755)
	fw, _ = w.CreateHeader(h)
	fw.Write(exe)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	var last, total int64
	calls := 0
	_, err = Analyze(t.Context(), []File{{Name: "P.ipa", Size: int64(buf.Len()), R: bytes.NewReader(buf.Bytes())}}, Options{
		Now: defaultCaseTime,
		Progress: func(_ string, done, tot int64) {
			calls++
			if done < last || done > tot || (total != 0 && tot != total) {
				t.Errorf("progress %d of %d after %d of %d", done, tot, last, total)
			}
			last, total = done, tot
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if min := int64(len(res) + len(exe)); last < min || calls < 3 {
		t.Errorf("progress ended at %d of %d after %d reports; want at least the resource and the binary, %d bytes", last, total, calls, min)
	}
}
