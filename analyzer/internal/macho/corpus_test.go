package macho

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

// manifestSlice is one slice as MANIFEST.md's independent parser read it.
type manifestSlice struct {
	arch, kind, hashes, flags, team, id, min string
}

var (
	reSliceHead = regexp.MustCompile(`^(\S+) (\S+): (unsigned|adhoc|linker-signed|cd-only|distribution|development|developer-id|apple|cert-signed)`)
	reHashes    = regexp.MustCompile(`\[([a-z0-9+]+)\]`)
	reField     = regexp.MustCompile(`\b(flags|team|id)=(\S+)`)
	reMin       = regexp.MustCompile(`min=(macosx|macos min|iphoneos|no-min-version-LC) ?([0-9.]*)`)
)

// readManifest returns the macho rows of MANIFEST.md, by file name.
func readManifest(t *testing.T) map[string][]manifestSlice {
	f, err := os.Open(filepath.Join(corpusDir(t), "MANIFEST.md"))
	if err != nil {
		t.Skipf("corpus not present (%v): skipping the real-file comparison", err)
	}
	defer f.Close()
	out := map[string][]manifestSlice{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "| `macho/") {
			continue
		}
		cols := strings.Split(line, " | ")
		name := strings.Trim(strings.TrimPrefix(cols[0], "| "), "`")
		var slices []manifestSlice
		for _, part := range strings.Split(cols[4], " ; ") {
			m := reSliceHead.FindStringSubmatch(part)
			if m == nil {
				continue
			}
			ms := manifestSlice{arch: m[1], kind: m[3]}
			if h := reHashes.FindStringSubmatch(part); h != nil {
				ms.hashes = h[1]
			}
			for _, f := range reField.FindAllStringSubmatch(part, -1) {
				switch f[1] {
				case "flags":
					ms.flags = f[2]
				case "team":
					ms.team = f[2]
				case "id":
					ms.id = f[2]
				}
			}
			if mm := reMin.FindStringSubmatch(part); mm != nil && mm[2] != "" {
				ms.min = mm[2]
			}
			slices = append(slices, ms)
		}
		out[strings.TrimPrefix(name, "macho/")] = slices
	}
	return out
}

func openCorpus(t testing.TB, name string) (*File, *os.File) {
	fh, err := os.Open(filepath.Join(corpusDir(t), "macho", name))
	if err != nil {
		t.Skipf("corpus file missing: %v", err)
	}
	st, _ := fh.Stat()
	f, err := Open(fh, st.Size())
	if err != nil {
		fh.Close()
		return nil, nil
	}
	return f, fh
}

// kindOf classifies a slice the way MANIFEST.md does, coarsely.
func kindOf(s *Slice) string {
	switch {
	case !s.HasCodeSignature:
		return "unsigned"
	case s.Signature == nil:
		return "invalid"
	}
	cd := s.Signature.Primary()
	switch {
	case cd.Flags&FlagLinkerSigned != 0:
		return "linker-signed"
	case cd.Flags&FlagAdhoc != 0:
		return "adhoc"
	case len(s.Signature.CMS) > 0:
		return "certificate"
	}
	return "cd-only"
}

func sameVersion(v Version, s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, ".0"), ".0")
	got := strings.TrimSuffix(v.String(), ".0")
	return got == s || v.String() == s
}

func TestCorpusAgreesWithManifest(t *testing.T) {
	manifest := readManifest(t)
	if len(manifest) == 0 {
		t.Fatal("no macho rows in MANIFEST.md")
	}
	for name, want := range manifest {
		if name == "rubymacho-load-cmdsize-too-large.macho" {
			// MANIFEST's parser read past the bad load command; we refuse
			// it (TestCorpusMalformed).
			continue
		}
		t.Run(name, func(t *testing.T) {
			f, fh := openCorpus(t, name)
			if f == nil {
				if len(want) > 0 {
					t.Fatalf("cannot open, MANIFEST reads %d slices", len(want))
				}
				return
			}
			defer fh.Close()
			ok := 0
			for _, s := range f.Slices {
				if s.Err == nil {
					ok++
				}
			}
			if ok != len(want) {
				t.Fatalf("%d readable slices, MANIFEST reads %d", ok, len(want))
			}
			for i, w := range want {
				s := f.Slices[i]
				if s.Arch != w.arch && !(w.arch == "arm" && strings.HasPrefix(s.Arch, "armv")) && !(w.arch == "ppc" && strings.HasPrefix(s.Arch, "ppc")) {
					t.Errorf("slice %d: arch %s, MANIFEST %s", i, s.Arch, w.arch)
				}
				k := kindOf(s)
				wk := w.kind
				switch wk {
				case "distribution", "development", "developer-id", "apple", "cert-signed":
					wk = "certificate"
				}
				if k != wk {
					t.Errorf("%s: signature kind %s, MANIFEST %s", s.Arch, k, w.kind)
				}
				if w.min != "" && !sameVersion(s.MinOS, w.min) {
					t.Errorf("%s: min OS %s, MANIFEST %s", s.Arch, s.MinOS, w.min)
				}
				if s.Signature == nil {
					continue
				}
				var hashes []string
				for _, cd := range s.Signature.CodeDirectories {
					hashes = append(hashes, cd.HashName())
				}
				if got := strings.Join(hashes, "+"); got != w.hashes {
					t.Errorf("%s: hashes %s, MANIFEST %s", s.Arch, got, w.hashes)
				}
				cd := s.Signature.Primary()
				if cd.TeamID != w.team {
					t.Errorf("%s: team %q, MANIFEST %q", s.Arch, cd.TeamID, w.team)
				}
				if w.id != "" && cd.Identifier != w.id {
					t.Errorf("%s: identifier %q, MANIFEST %q", s.Arch, cd.Identifier, w.id)
				}
				if w.flags == "runtime" && s.Signature.Best().Flags&FlagRuntime == 0 {
					t.Errorf("%s: no runtime flag, MANIFEST says runtime", s.Arch)
				}
				res, err := s.Verify(VerifyOptions{})
				if err != nil || !res.OK() {
					t.Errorf("%s: intact signature does not verify: %v %v", s.Arch, err, res)
				}
			}
		})
	}
}

func TestCorpusMalformed(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"rubymacho-invalid-fat-header", "no architectures"},
		{"rubymacho-load-cmdsize-too-large.macho", "claims 16 bytes"},
		{"rubymacho-truncated-load-commands.macho", "cannot fit"},
		{"santa-bad_pagezero", "__PAGEZERO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fh, err := os.Open(filepath.Join(corpusDir(t), "macho", tc.name))
			if err != nil {
				t.Skipf("corpus not present: %v", err)
			}
			defer fh.Close()
			st, _ := fh.Stat()
			f, err := Open(fh, st.Size())
			var msgs []string
			if err != nil {
				msgs = append(msgs, err.Error())
			} else {
				for _, s := range f.Slices {
					if s.Err != nil {
						msgs = append(msgs, s.Err.Error())
					}
					for _, p := range s.Problems {
						msgs = append(msgs, p.Msg)
					}
				}
			}
			if !strings.Contains(strings.Join(msgs, "\n"), tc.want) {
				t.Errorf("problems %q, want one mentioning %q", msgs, tc.want)
			}
		})
	}
}
