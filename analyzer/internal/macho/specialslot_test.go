package macho

import (
	"bytes"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// signedWithTopDirectory is an ad hoc signature whose slot 4 holds the top
// directory codesign writes (0, 2, 4, 0x10000) in a BlobWrapper.
func signedWithTopDirectory(t *testing.T) []byte {
	t.Helper()
	b, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{
		Identifier: "com.example.app", Flags: FlagAdhoc, EmptyRequirements: true,
		Hashes: []uint8{HashSHA1, HashSHA256}, TopDirectory: []uint32{0, 2, 4, 0x10000}, EmptyCMS: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func verifyBytes(t *testing.T, b []byte) *Result {
	t.Helper()
	f, err := Open(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Slices[0]
	if s.Err != nil || s.SigErr != nil {
		t.Fatalf("%v %v", s.Err, s.SigErr)
	}
	res, err := s.Verify(VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Slot -4 seals the BlobWrapper's payload, not the wrapper (Security's
// EmbeddedSignatureBlob::blobData): an intact signature verifies.
func TestTopDirectorySlotSealsPayload(t *testing.T) {
	b := signedWithTopDirectory(t)
	if res := verifyBytes(t, b); !res.OK() {
		t.Fatalf("intact signature with a slot 4 wrapper: %v", res.Failures)
	}
	// Near miss: the sealed list changed after signing.
	i := bytes.Index(b, []byte{0xfa, 0xde, 0x0b, 0x01, 0, 0, 0, 24})
	if i < 0 {
		t.Fatal("no slot 4 wrapper in the signature")
	}
	changed := bytes.Clone(b)
	changed[i+8+7] = 5
	res := verifyBytes(t, changed)
	if res.OK() || !strings.Contains(res.Failures[0].Msg, "slot -4 (application)") {
		t.Errorf("changed slot 4 payload: %v, want a slot -4 failure", res.Failures)
	}
	// A slot 4 blob that is no BlobWrapper cannot be checked (codesign:
	// errSecCSSignatureInvalid).
	notWrapper := bytes.Clone(b)
	notWrapper[i+3] = 0x02
	res = verifyBytes(t, notWrapper)
	if res.OK() || !strings.Contains(res.Failures[0].Msg, "expects a 0xfade0b01 wrapper") {
		t.Errorf("slot 4 without a wrapper: %v", res.Failures)
	}
}

func TestSlotComponent(t *testing.T) {
	wrapped := []byte{0xfa, 0xde, 0x0b, 0x01, 0, 0, 0, 12, 1, 2, 3, 4}
	for _, tc := range []struct {
		slot uint32
		blob []byte
		want []byte
		ok   bool
	}{
		{SlotRequirements, []byte{0xfa, 0xde, 0x0c, 0x01, 0, 0, 0, 12, 0, 0, 0, 0}, []byte{0xfa, 0xde, 0x0c, 0x01, 0, 0, 0, 12, 0, 0, 0, 0}, true},
		{SlotEntitlements, wrapped, wrapped, true},
		{SlotEntitlementsDER, wrapped, wrapped, true},
		{8, wrapped, wrapped, true},
		{SlotApplication, wrapped, []byte{1, 2, 3, 4}, true},
		{6, wrapped, []byte{1, 2, 3, 4}, true},
		{SlotApplication, []byte{0xfa, 0xde, 0x71, 0x71, 0, 0, 0, 8}, nil, false},
		{SlotApplication, []byte{0xfa, 0xde}, nil, false},
	} {
		got, ok := SlotComponent(tc.slot, tc.blob)
		if ok != tc.ok || !bytes.Equal(got, tc.want) {
			t.Errorf("slot %d: got %x %v, want %x %v", tc.slot, got, ok, tc.want, tc.ok)
		}
	}
}

// A universal static library: every slice an ar archive, listed member by
// member (GNU ar reads the same generator's output: Foo.o, then the long name).
func TestUniversalStaticLibrary(t *testing.T) {
	obj := testsign.Object(testsign.Build(testsign.Image{}))
	lib := testsign.UniversalArchive([][2]uint32{{testsign.CPUX86_64, testsign.SubtypeX86_64}, {testsign.CPUARM64, testsign.SubtypeARM64}},
		testsign.Archive([]string{"Foo.o", "FooBarBazWithALongName.o"}, [][]byte{obj, obj}),
		testsign.Archive([]string{"Foo.o"}, [][]byte{obj}))
	f, err := Open(bytes.NewReader(lib), int64(len(lib)))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Slices) != 2 {
		t.Fatalf("%d slices", len(f.Slices))
	}
	for i, want := range [][]string{{"Foo.o", "FooBarBazWithALongName.o"}, {"Foo.o"}} {
		s := f.Slices[i]
		a := s.Archive
		if s.Err != nil || a == nil || a.Problem != "" || !a.SymbolTable || a.Objects != len(want) || strings.Join(a.Members, ",") != strings.Join(want, ",") {
			t.Errorf("slice %d (%s): err %v archive %+v", i, s.Arch, s.Err, a)
		}
	}
	if f.Slices[0].Arch != "x86_64" || f.Slices[1].Arch != "arm64" {
		t.Errorf("archs %s %s", f.Slices[0].Arch, f.Slices[1].Arch)
	}
	// Near miss: a member whose size runs past the slice stops the listing
	// with a problem, not a crash or a Mach-O error.
	cut := bytes.Clone(lib)
	i := bytes.Index(cut, []byte("Foo.o"))
	hdr := bytes.LastIndex(cut[:i], []byte("#1/"))
	copy(cut[hdr+48:hdr+58], "9999999999")
	g, err := Open(bytes.NewReader(cut), int64(len(cut)))
	if err != nil {
		t.Fatal(err)
	}
	if a := g.Slices[0].Archive; a == nil || !strings.Contains(a.Problem, "does not fit") || g.Slices[0].Err != nil {
		t.Errorf("oversized member: %+v err %v", a, g.Slices[0].Err)
	}
}
