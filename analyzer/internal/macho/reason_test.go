package macho

import (
	"bytes"
	"testing"
)

// A code limit that does not end where the signature starts gives a failure
// whose Reason says how, whatever its message.
func TestLimitFailureReasons(t *testing.T) {
	b := signedWithTopDirectory(t)
	for _, tc := range []struct {
		name  string
		limit func(s *Slice) uint64
		want  Reason
	}{
		{"past the file", func(s *Slice) uint64 { return uint64(s.Size) + 4096 }, CodeCutShort},
		{"before the signature", func(s *Slice) uint64 { return uint64(s.SigOffset) - 16 }, CodeBeforeSignature},
		{"into the signature", func(s *Slice) uint64 { return uint64(s.SigOffset) + 16 }, CodeIntoSignature},
	} {
		f, err := Open(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		s := f.Slices[0]
		for _, cd := range s.Signature.CodeDirectories {
			cd.CodeLimit = tc.limit(s)
		}
		res, err := s.Verify(VerifyOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []Reason
		for _, fl := range res.Failures {
			if fl.Kind == "limit" && fl.Reason != Unspecified {
				got = append(got, fl.Reason)
			}
		}
		if len(got) != len(s.Signature.CodeDirectories) {
			t.Errorf("%s: limit reasons %v, want %v for each of %d CodeDirectories", tc.name, got, tc.want, len(s.Signature.CodeDirectories))
			continue
		}
		for _, r := range got {
			if r != tc.want {
				t.Errorf("%s: reason %v, want %v", tc.name, r, tc.want)
			}
		}
	}
	// The intact signature has none.
	for _, fl := range verifyBytes(t, b).Failures {
		t.Errorf("intact: %s failure %q", fl.Kind, fl.Msg)
	}
}
