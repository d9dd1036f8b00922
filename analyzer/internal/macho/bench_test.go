package macho

import (
	"bytes"
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
