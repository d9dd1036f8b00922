package macho

import (
	"bytes"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// BenchmarkVerify measures page hashing on a generated 64 MB binary signed
// with SHA-256 (b.SetBytes makes `go test -bench` print MB/s).
func BenchmarkVerify(b *testing.B) {
	img := testsign.Build(testsign.Image{CodePages: 16 << 10})
	signed, err := testsign.Sign(img, testsign.Options{Identifier: "bench", Flags: testsign.FlagAdhoc})
	if err != nil {
		b.Fatal(err)
	}
	f, err := Open(bytes.NewReader(signed), int64(len(signed)))
	if err != nil {
		b.Fatal(err)
	}
	s := f.Slices[0]
	b.SetBytes(int64(s.Signature.Primary().CodeLimit))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := s.Verify(VerifyOptions{})
		if err != nil || !res.OK() {
			b.Fatal(err, res.Failures)
		}
	}
}

// BenchmarkVerifyFile verifies a real binary named by SIGNDOCTOR_BENCH_FILE
// (make bench downloads one; nothing is committed), every signed slice, read
// through the file like the analyzer does. Compare with `openssl dgst -sha256`.
func BenchmarkVerifyFile(b *testing.B) {
	path := os.Getenv("SIGNDOCTOR_BENCH_FILE")
	if path == "" {
		b.Skip("set SIGNDOCTOR_BENCH_FILE to a Mach-O file")
	}
	fh, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer fh.Close()
	st, _ := fh.Stat()
	b.SetBytes(st.Size())
	for i := 0; i < b.N; i++ {
		f, err := Open(fh, st.Size())
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range f.Slices {
			if s.Signature == nil {
				continue
			}
			if res, err := s.Verify(VerifyOptions{}); err != nil || !res.OK() {
				b.Fatalf("%s: %v %v", s.Arch, err, res.Failures)
			}
		}
	}
}
