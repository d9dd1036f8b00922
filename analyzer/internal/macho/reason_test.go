package macho

import (
	"bytes"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
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

// The files a bundle keeps beside its executable reach the verifier through
// Special: the same file verifies, another or none fails with the slot, the
// CodeDirectory and the hash found; not supplied, the slot is unchecked.
func TestSpecialSuppliesBundleFiles(t *testing.T) {
	info := []byte("<plist><dict/></plist>")
	b, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{
		Identifier: "com.example.app", Flags: FlagAdhoc, Hashes: []uint8{HashSHA256},
		SlotData: map[uint32][]byte{SlotInfoPlist: info},
	})
	if err != nil {
		t.Fatal(err)
	}
	verify := func(special func(int) ([]byte, bool)) *Result {
		f, err := Open(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		res, err := f.Slices[0].Verify(VerifyOptions{Special: special})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	supply := func(data []byte) func(int) ([]byte, bool) {
		return func(slot int) ([]byte, bool) { return data, slot == SlotInfoPlist }
	}
	if res := verify(supply(info)); !res.OK() {
		t.Errorf("the sealed Info.plist: %+v", res.Failures)
	}
	res := verify(supply([]byte("<plist><dict><key>x</key></dict></plist>")))
	if len(res.Failures) != 1 || res.Failures[0].Reason != SuppliedDataChanged || res.Failures[0].Slot != SlotInfoPlist ||
		res.Failures[0].CD == nil || len(res.Failures[0].Got) != 32 {
		t.Errorf("a changed Info.plist: %+v", res.Failures)
	}
	res = verify(supply(nil))
	if len(res.Failures) != 1 || res.Failures[0].Reason != SuppliedDataMissing || res.Failures[0].Slot != SlotInfoPlist {
		t.Errorf("no Info.plist: %+v", res.Failures)
	}
	res = verify(nil)
	if !res.OK() || len(res.CDs) != 1 || len(res.CDs[0].Unchecked) != 1 || res.CDs[0].Unchecked[0] != SlotInfoPlist {
		t.Errorf("nothing supplied: failures %+v, CDs %+v", res.Failures, res.CDs)
	}
}
