package analyzer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusMachO is the corpus folder; it skips the test when the corpus is absent.
func corpusMachO(t testing.TB) string { return testcorpus.Dir(t) }

var (
	reManifestSlice = regexp.MustCompile(`^(\S+) (\S+): (unsigned|adhoc|linker-signed|cd-only|distribution|development|developer-id|apple|cert-signed)`)
	reManifestLeaf  = regexp.MustCompile(` leaf=(.*?) (min=|cd-platform=)`)
	reManifestTS    = regexp.MustCompile(` ts=(yes|no)`)
	reManifestEnts  = regexp.MustCompile(` ents=(\d+)`)
)

// TestMachOCorpusFacts runs every corpus Mach-O file through Analyze and
// compares the facts of each signed slice with MANIFEST.md's independent
// reading: signature kind, signer, secure timestamp, entitlement count, and
// that every intact signature verifies.
func TestMachOCorpusFacts(t *testing.T) {
	mf, err := os.Open(filepath.Join(corpusMachO(t), "MANIFEST.md"))
	if err != nil {
		t.Skipf("corpus not present (%v)", err)
	}
	defer mf.Close()
	sc := bufio.NewScanner(mf)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "| `macho/") {
			continue
		}
		cols := strings.Split(line, " | ")
		name := strings.Trim(strings.TrimPrefix(cols[0], "| "), "`")
		var want []string
		for _, part := range strings.Split(cols[4], " ; ") {
			if reManifestSlice.MatchString(part) {
				want = append(want, part)
			}
		}
		if len(want) == 0 || strings.Contains(name, "cmdsize-too-large") {
			continue
		}
		n++
		t.Run(filepath.Base(name), func(t *testing.T) {
			fh, err := os.Open(filepath.Join(corpusMachO(t), name))
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			st, _ := fh.Stat()
			rep, err := Analyze(context.Background(), []File{{Name: filepath.Base(name), Size: st.Size(), R: fh}}, Options{})
			if err != nil || len(rep.Artifacts) != 1 {
				t.Fatalf("analyze: %v, %d artifacts", err, len(rep.Artifacts))
			}
			facts := rep.Artifacts[0].Facts.(*report.MachO)
			if len(facts.Slices) != len(want) {
				t.Fatalf("%d slices, MANIFEST %d", len(facts.Slices), len(want))
			}
			for i, w := range want {
				s := facts.Slices[i]
				kind := reManifestSlice.FindStringSubmatch(w)[3]
				switch kind {
				case "distribution", "development", "developer-id", "apple":
					if !s.Trusted {
						t.Errorf("%s: MANIFEST reads an Apple-issued %s signature, chain not trusted: %v", s.Arch, kind, s.Authorities)
					}
				case "cert-signed":
					if s.Trusted {
						t.Errorf("%s: MANIFEST reads a non-Apple certificate, chain trusted", s.Arch)
					}
				}
				switch kind {
				case "distribution", "development", "developer-id", "apple", "cert-signed":
					kind = "certificate"
				}
				if s.Signature != kind {
					t.Errorf("%s: signature %s, MANIFEST %s", s.Arch, s.Signature, kind)
				}
				if kind == "unsigned" {
					continue
				}
				if !s.Verified {
					t.Errorf("%s: intact signature not verified: %v", s.Arch, s.Failures)
				}
				if m := reManifestLeaf.FindStringSubmatch(w); m != nil && s.Leaf != m[1] {
					t.Errorf("%s: leaf %q, MANIFEST %q", s.Arch, s.Leaf, m[1])
				}
				if m := reManifestTS.FindStringSubmatch(w); m != nil && s.Timestamp != (m[1] == "yes") {
					t.Errorf("%s: timestamp %v, MANIFEST ts=%s", s.Arch, s.Timestamp, m[1])
				}
				if m := reManifestEnts.FindStringSubmatch(w); m != nil {
					if want, _ := strconv.Atoi(m[1]); len(s.Entitlements) != want {
						t.Errorf("%s: %d entitlements, MANIFEST %d", s.Arch, len(s.Entitlements), want)
					}
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("no macho rows in MANIFEST.md")
	}
}

// TestMachOFactsJSON checks a Mach-O's facts in the report's JSON on a generated
// universal file: one arm64 slice ad hoc signed, one x86_64 slice unsigned.
func TestMachOFactsJSON(t *testing.T) {
	arm, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{Identifier: "com.example.tool",
		Flags: testsign.FlagAdhoc | testsign.FlagRuntime, Hashes: []uint8{testsign.HashSHA1, testsign.HashSHA256}, EmptyRequirements: true, EmptyCMS: true})
	if err != nil {
		t.Fatal(err)
	}
	x86 := testsign.Build(testsign.Image{CPU: testsign.CPUX86_64, Subtype: testsign.SubtypeX86_64, MinOS: testsign.Version(10, 9), Platform: testsign.PlatformMacOS})
	file := testsign.Universal(arm, x86)
	rep, err := Analyze(context.Background(), []File{{Name: "tool", Size: int64(len(file)), R: bytes.NewReader(file)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(rep.Artifacts)
	if err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Kind   string `json:"kind"`
		Name   string `json:"name"`
		Slices []map[string]any
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Kind != "macho" || got[0].Name != "tool" || len(got[0].Slices) != 2 {
		t.Fatalf("artifacts: %s", b)
	}
	a, x := got[0].Slices[0], got[0].Slices[1]
	want := map[string]any{"arch": "arm64", "signature": "adhoc", "identifier": "com.example.tool",
		"min_os": "12.0", "platform": "macos", "timestamp": false, "verified": true}
	for k, v := range want {
		if a[k] != v {
			t.Errorf("arm64 %s = %v, want %v", k, a[k], v)
		}
	}
	if fmt.Sprint(a["hashes"]) != "[sha1 sha256]" || fmt.Sprint(a["flags"]) != "[adhoc runtime]" || len(a["cdhash"].(string)) != 40 {
		t.Errorf("arm64 hashes %v flags %v cdhash %v", a["hashes"], a["flags"], a["cdhash"])
	}
	if x["arch"] != "x86_64" || x["signature"] != "unsigned" || x["min_os"] != "10.9" || x["verified"] != false {
		t.Errorf("x86_64 slice: %v", x)
	}
	// The report reads back into the same facts.
	var back report.Report
	if err := json.Unmarshal(mustJSON(t, rep), &back); err != nil {
		t.Fatal(err)
	}
	if m, ok := back.Artifacts[0].Facts.(*report.MachO); !ok || m.Slices[0].CDHash != a["cdhash"] {
		t.Errorf("round trip: %#v", back.Artifacts[0].Facts)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestMachOPageHasher checks that Options.PageHasher replaces Go's hashing
// and that a wrong digest from it shows as a changed page.
func TestMachOPageHasher(t *testing.T) {
	signed, err := testsign.Sign(testsign.Build(testsign.Image{CodePages: 8}), testsign.Options{Identifier: "x", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	calls, lie := 0, false
	hasher := func(ht uint8, code []byte, pageSize int) ([]byte, error) {
		calls++
		var out []byte
		for i, off := 0, 0; off < len(code); i, off = i+1, off+pageSize {
			d := sha256.Sum256(code[off:min(off+pageSize, len(code))])
			if lie && i == 3 {
				d[0] ^= 1
			}
			out = append(out, d[:]...)
		}
		return out, nil
	}
	for _, l := range []bool{false, true} {
		lie = l
		rep, err := Analyze(context.Background(), []File{{Name: "x", Size: int64(len(signed)), R: bytes.NewReader(signed)}}, Options{PageHasher: hasher})
		if err != nil {
			t.Fatal(err)
		}
		s := rep.Artifacts[0].Facts.(*report.MachO).Slices[0]
		if s.Verified == lie {
			t.Errorf("lie=%v: verified=%v failures=%v", lie, s.Verified, s.Failures)
		}
	}
	if calls == 0 {
		t.Error("PageHasher never called")
	}
}

// TestMachOGoToolchainDarwin verifies the Developer ID signatures of the
// official Go darwin toolchain binaries when a darwin toolchain module is in
// the module cache (the certs package fetches one for Apple's roots); real
// binaries the MANIFEST does not list.
func TestMachOGoToolchainDarwin(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	modcache := os.Getenv("GOMODCACHE")
	if modcache == "" {
		home, _ := os.UserHomeDir()
		modcache = filepath.Join(home, "go", "pkg", "mod")
	}
	bins, _ := filepath.Glob(filepath.Join(modcache, "golang.org", "toolchain@*darwin*", "bin", "*"))
	if len(bins) == 0 {
		t.Skip("no darwin Go toolchain in the module cache")
	}
	for _, p := range bins {
		fh, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := fh.Stat()
		rep, err := Analyze(context.Background(), []File{{Name: filepath.Base(p), Size: st.Size(), R: fh}}, Options{})
		fh.Close()
		if err != nil || len(rep.Artifacts) != 1 {
			t.Fatalf("%s: %v", p, err)
		}
		for _, s := range rep.Artifacts[0].Facts.(*report.MachO).Slices {
			if s.Signature != "certificate" || s.CertKind != "Developer ID Application" || !s.Verified || !s.Trusted || !s.Timestamp || s.Team != "EQHXZ8M8AV" {
				t.Errorf("%s [%s]: %s %q verified=%v trusted=%v timestamp=%v team=%s %v", p, s.Arch, s.Signature, s.CertKind, s.Verified, s.Trusted, s.Timestamp, s.Team, s.Failures)
			}
		}
		for _, f := range rep.Findings {
			if f.Severity != report.Info {
				t.Errorf("%s: unexpected %s %s", p, f.ID, f.Message)
			}
		}
	}
}

// TestMachOHostileLengths: files whose length fields would make a naive
// reader (go-macho among them) allocate gigabytes become findings, fast and
// with little memory.
func TestMachOHostileLengths(t *testing.T) {
	signed, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{Identifier: "x", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	const sigCmd = 32 + 3*72 + 24 // after the builder's three segments and LC_BUILD_VERSION
	sigOff := int(binary.LittleEndian.Uint32(signed[sigCmd+8:]))
	mutate := func(fn func(b []byte)) []byte {
		b := append([]byte(nil), signed...)
		fn(b)
		return b
	}
	be := binary.BigEndian
	cases := map[string][]byte{
		"universal count": {0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 31},
		"load commands":   mutate(func(b []byte) { binary.LittleEndian.PutUint32(b[20:], 0xfffffff0) }),
		"signature size":  mutate(func(b []byte) { binary.LittleEndian.PutUint32(b[sigCmd+12:], 0xfffffff0) }),
		"blob count":      mutate(func(b []byte) { be.PutUint32(b[sigOff+8:], 0x7fffffff) }),
		"code slots":      mutate(func(b []byte) { be.PutUint32(b[sigOff+20+28:], 0x7fffffff) }),
		"special slots":   mutate(func(b []byte) { be.PutUint32(b[sigOff+20+24:], 0x7fffffff) }),
	}
	for name, b := range cases {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		rep, err := Analyze(context.Background(), []File{{Name: "hostile", Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{})
		elapsed := time.Since(start)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		var errs []string
		for _, f := range rep.Findings {
			if f.Severity == report.Error {
				errs = append(errs, f.ID)
			}
		}
		if len(errs) == 0 {
			t.Errorf("%s: no error finding: %+v", name, rep.Findings)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: allocated %d MB", name, alloc>>20)
		}
		if elapsed > 2*time.Second && runtime.GOOS != "js" {
			t.Errorf("%s: took %v", name, elapsed)
		}
	}
}

// TestYieldBetweenSteps checks that Options.Yield is called between the
// steps of an analysis (the web app paints there) and changes nothing.
func TestYieldBetweenSteps(t *testing.T) {
	signed, err := testsign.Sign(testsign.Build(testsign.Image{CodePages: 8}), testsign.Options{Identifier: "x", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	files := []File{{Name: "x", Size: int64(len(signed)), R: bytes.NewReader(signed)}}
	plain, err := Analyze(context.Background(), files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	yields := 0
	yielding, err := Analyze(context.Background(), files, Options{Yield: func() { yields++ }})
	if err != nil {
		t.Fatal(err)
	}
	// One before the input, around the slice's verification, per slice for
	// its requirement, and one per check that runs.
	if yields < 4+len(yielding.Findings) {
		t.Errorf("Yield called %d times; want one per step", yields)
	}
	if !reflect.DeepEqual(plain, yielding) {
		t.Error("the report changed when Yield was set")
	}
}
