package analyzer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzProfileAndCertificateInputs: any bytes dropped as a profile or a
// certificate give findings, never a panic or an internal error.
func FuzzProfileAndCertificateInputs(f *testing.F) {
	for _, glob := range []string{"../testdata/cases/profile-*/*/*.mobileprovision", "../testdata/cases/cert-*/*/*.cer"} {
		files, _ := filepath.Glob(glob)
		for i, p := range files {
			if i%6 != 0 { // a few seeds keep the run short under wasm
				continue
			}
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"))
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"x.mobileprovision", "x.cer", "x.bin"} {
			rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}},
				Options{Now: now, Device: "00008030-001A2B3C4D5E6F70"})
			if err != nil {
				t.Fatal(err)
			}
			for _, fd := range rep.Findings {
				if fd.ID == "input-internal-error" || fd.ID == "internal-check-failed" {
					t.Fatalf("%s: %s", name, fd.Message)
				}
			}
		}
	})
}
