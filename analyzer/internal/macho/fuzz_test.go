package macho

import (
	"bytes"
	"encoding/asn1"
	"encoding/binary"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// seeds are small generated files plus the small corpus files when present.
func seeds(tb testing.TB) [][]byte {
	img := testsign.Build(testsign.Image{})
	adhoc, err := testsign.Sign(img, testsign.Options{Identifier: "seed", Flags: testsign.FlagAdhoc,
		Hashes: []uint8{testsign.HashSHA1, testsign.HashSHA256}, EmptyRequirements: true, EmptyCMS: true,
		Entitlements: []byte("<plist><dict/></plist>"), EntitlementsDER: []byte{0x70, 0x03, 0x02, 0x01, 0x01}})
	if err != nil {
		tb.Fatal(err)
	}
	obj := testsign.Object(img)
	lib := testsign.UniversalArchive([][2]uint32{{testsign.CPUARM64, testsign.SubtypeARM64}},
		testsign.Archive([]string{"a.o", "a_member_with_a_long_name.o"}, [][]byte{obj, obj}))
	out := [][]byte{img, adhoc, testsign.Universal(adhoc, img), lib}
	files := testcorpus.Glob("macho", "*")
	for _, p := range files {
		if st, err := os.Stat(p); err == nil && st.Size() < 200<<10 {
			if b, err := os.ReadFile(p); err == nil {
				out = append(out, b)
			}
		}
	}
	return out
}

// sigOf returns the signature bytes of the first signed slice.
func sigOf(b []byte) []byte {
	f, err := Open(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil
	}
	for _, s := range f.Slices {
		if s.HasCodeSignature && s.Signature != nil {
			start := s.Offset + int64(s.SigOffset)
			return b[start : start+int64(s.SigSize)]
		}
	}
	return nil
}

// FuzzOpen covers the universal header, the Mach-O header, load commands and,
// through them, the signature and page verification.
func FuzzOpen(f *testing.F) {
	for _, b := range seeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Open(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		for _, s := range file.Slices {
			if s.Signature != nil {
				s.Verify(VerifyOptions{})
			}
		}
	})
}

func FuzzSuperBlob(f *testing.F) {
	for _, b := range seeds(f) {
		if sig := sigOf(b); sig != nil {
			f.Add(sig)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sig, err := ParseSuperBlob(b, 0)
		if err == nil && sig.Primary() == nil {
			t.Fatal("no error and no CodeDirectory")
		}
	})
}

func FuzzCodeDirectory(f *testing.F) {
	for _, b := range seeds(f) {
		if sig := sigOf(b); sig != nil {
			if s, err := ParseSuperBlob(sig, 0); err == nil {
				for _, cd := range s.CodeDirectories {
					f.Add(cd.Raw)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		cd, err := ParseCodeDirectory(b, 0)
		if err != nil {
			return
		}
		// Every slot the CD claims must be addressable.
		if cd.NCodeSlots > 0 {
			_ = cd.CodeSlot(cd.NCodeSlots - 1)
		}
		_ = cd.SpecialSlot(cd.NSpecialSlots)
		if len(cd.CDHash) != 20 {
			t.Fatalf("CDHash of %d bytes", len(cd.CDHash))
		}
	})
}

// TestHostileCounts feeds files whose length fields would make a naive reader
// allocate gigabytes; each must fail fast and cheaply.
func TestHostileCounts(t *testing.T) {
	img := testsign.Build(testsign.Image{})
	signed, err := testsign.Sign(img, testsign.Options{Identifier: "x", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	le, be := binary.LittleEndian, binary.BigEndian
	const sigCmd = 32 + 3*72 + 24 // after the three segments and LC_BUILD_VERSION
	sigOff := int(le.Uint32(signed[sigCmd+8:]))
	mutate := func(fn func(b []byte)) []byte {
		b := append([]byte(nil), signed...)
		fn(b)
		return b
	}
	cases := map[string][]byte{
		"fat count":  {0xca, 0xfe, 0xba, 0xbe, 0x7f, 0xff, 0xff, 0xff},
		"fat slice":  append([]byte{0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 1, 1, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0x40, 0, 0xff, 0xff, 0xff, 0xf0, 0, 0, 0, 14}, make([]byte, 64)...),
		"ncmds":      mutate(func(b []byte) { le.PutUint32(b[16:], 0xffffffff) }),
		"sizeofcmds": mutate(func(b []byte) { le.PutUint32(b[20:], 0xfffffff0) }),
		"sig size":   mutate(func(b []byte) { le.PutUint32(b[sigCmd+12:], 0xfffffff0) }),
		"blob count": mutate(func(b []byte) { be.PutUint32(b[sigOff+8:], 0x7fffffff) }),
		"code slots": mutate(func(b []byte) { be.PutUint32(b[sigOff+20+28:], 0x7fffffff) }),
		"page size":  mutate(func(b []byte) { b[sigOff+20+39] = 0xff }),
		"hash size":  mutate(func(b []byte) { b[sigOff+20+36] = 0xff }),
	}
	for name, b := range cases {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		f, err := Open(bytes.NewReader(b), int64(len(b)))
		if err == nil {
			for _, s := range f.Slices {
				if s.Signature != nil {
					s.Verify(VerifyOptions{})
				}
			}
		}
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: allocated %d MB", name, alloc>>20)
		}
		if elapsed > 2*time.Second && runtime.GOOS != "js" {
			t.Errorf("%s: took %v", name, elapsed)
		}
		if err == nil && f.Slices[0].Err == nil && f.Slices[0].SigErr == nil && name != "fat slice" {
			t.Errorf("%s: accepted", name)
		}
	}
}

// FuzzCDHashAttributes covers the two CMS attributes that list CDHashes.
func FuzzCDHashAttributes(f *testing.F) {
	sig := &Signature{CodeDirectories: []*CodeDirectory{{HashType: HashSHA256, CDHash: make([]byte, 20), FullHash: make([]byte, 32)}}}
	plistAttr, _ := asn1.Marshal([]byte("<plist><dict><key>cdhashes</key><array><data>AAAAAAAAAAAAAAAAAAAAAAAAAAA=</data></array></dict></plist>"))
	f.Add(plistAttr)
	pair, _ := asn1.Marshal(struct {
		Alg    asn1.ObjectIdentifier
		Digest []byte
	}{oidSHA256, make([]byte, 32)})
	f.Add(pair)
	f.Fuzz(func(t *testing.T, b []byte) {
		CheckCDHashPlist(sig, b)
		CheckCDHashes2(sig, [][]byte{b})
	})
}
