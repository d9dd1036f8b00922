package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// The corpus of real profiles, read in place beside the repository, and its
// MANIFEST.md: an independent reading (Python + openssl) to compare with.
// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

// manifestProfile is what MANIFEST.md says about one well-formed profile.
type manifestProfile struct {
	kind        string // our profile_kind
	team        string
	expires     time.Time
	devices     int
	appleSigned bool
}

var (
	manifestRow   = regexp.MustCompile("^\\| `(profiles/[^`]+)` \\|[^|]*\\|[^|]*\\|[^|]*\\| ([^|]*) \\|")
	manifestTeam  = regexp.MustCompile(`team=([^;]+);`)
	manifestExp   = regexp.MustCompile(`expires=(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d);`)
	manifestDevs  = regexp.MustCompile(`devices=(\d+);`)
	manifestKinds = []struct{ prefix, kind string }{
		{"development;", "development"},
		{"ad-hoc;", "ad-hoc"},
		{"app-store/distribution", "app-store"},
		{"enterprise/in-house", "enterprise"},
		{"Developer ID", "developer-id"},
		{"Mac App Store", "mac-app-store"},
		{"macOS development", "mac-development"},
	}
)

// tamperedDespiteManifest are profiles MANIFEST.md calls Apple-signed from
// the signer's name alone, whose signed digest does not match their content
// (`openssl cms -verify -inform DER -noverify -in FILE` fails with "content
// verify error"): the analyzer is right to call them not Apple-signed and
// tampered.
var tamperedDespiteManifest = map[string]bool{
	"fastlane-test.provisionprofile": true,
}

// readManifest returns the well-formed profiles with their facts, and the
// others (malformed, unsigned, bare plists) by path.
func readManifest(t *testing.T) (wellFormed map[string]manifestProfile, others []string) {
	f, err := os.Open(filepath.Join(corpusDir(t), "MANIFEST.md"))
	if err != nil {
		t.Skipf("shared corpus absent (%v): the corpus test needs ../shared/corpus beside the repository", err)
	}
	defer f.Close()
	wellFormed = map[string]manifestProfile{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := manifestRow.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		path, class := filepath.Join(corpusDir(t), m[1]), m[2]
		var mp manifestProfile
		for _, k := range manifestKinds {
			if strings.HasPrefix(class, k.prefix) {
				mp.kind = k.kind
			}
		}
		team, exp, devs := manifestTeam.FindStringSubmatch(class), manifestExp.FindStringSubmatch(class), manifestDevs.FindStringSubmatch(class)
		if mp.kind == "" || team == nil || exp == nil || devs == nil {
			others = append(others, path)
			continue
		}
		mp.team = team[1]
		mp.expires, err = time.Parse("2006-01-02 15:04:05", exp[1])
		if err != nil {
			t.Fatalf("MANIFEST.md %s: %v", m[1], err)
		}
		mp.devices, _ = strconv.Atoi(devs[1])
		mp.appleSigned = strings.Contains(class, "Apple-signed") && !strings.Contains(class, "NOT Apple-signed") &&
			!tamperedDespiteManifest[filepath.Base(path)]
		wellFormed[path] = mp
	}
	if len(wellFormed) == 0 {
		t.Fatal("MANIFEST.md lists no well-formed profile: its format changed")
	}
	return wellFormed, others
}

// TestCorpusProfilesThroughTheCLI runs what the "done when" runs:
// `signdoctor check --format json --now 2026-11-27T00:00:00Z` over every
// corpus profile, and compares the facts with MANIFEST.md.
func TestCorpusProfilesThroughTheCLI(t *testing.T) {
	wellFormed, others := readManifest(t)
	var paths []string
	for p := range wellFormed {
		paths = append(paths, p)
	}
	paths = append(paths, others...)
	args := append([]string{"check", "--format", "json", "--now", "2026-11-27T00:00:00Z"}, paths...)
	code, stdout, stderr := runCLI(t, "", false, args...)
	if code == exitUsage {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep struct {
		Findings  []finding
		Artifacts []struct {
			Kind        string    `json:"kind"`
			Name        string    `json:"name"`
			ProfileKind string    `json:"profile_kind"`
			Team        string    `json:"team"`
			Expires     time.Time `json:"expires"`
			Devices     int       `json:"devices"`
			AppleSigned bool      `json:"apple_signed"`
		}
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, f := range rep.Findings {
		if strings.Contains(f.ID, "internal") {
			t.Errorf("the analyzer crashed: %+v", f)
		}
	}
	profiles := 0
	for _, a := range rep.Artifacts {
		if a.Kind == "profile" {
			profiles++
		}
	}
	if profiles == 0 {
		t.Skip("no profile artifacts: the profile recognizer is not registered in this build")
	}
	for path, want := range wellFormed {
		found := false
		for _, a := range rep.Artifacts {
			if a.Kind != "profile" || a.Name != path && !strings.HasPrefix(a.Name, path+": ") {
				continue
			}
			found = true
			if a.ProfileKind != want.kind || a.Team != want.team || !a.Expires.Equal(want.expires) || a.Devices != want.devices || a.AppleSigned != want.appleSigned {
				t.Errorf("%s:\n got  kind=%s team=%s expires=%s devices=%d apple_signed=%v\n want kind=%s team=%s expires=%s devices=%d apple_signed=%v (MANIFEST.md)",
					filepath.Base(path), a.ProfileKind, a.Team, a.Expires.Format(time.RFC3339), a.Devices, a.AppleSigned,
					want.kind, want.team, want.expires.Format(time.RFC3339), want.devices, want.appleSigned)
			}
		}
		if !found {
			t.Errorf("%s: no profile artifact", filepath.Base(path))
		}
		if tamperedDespiteManifest[filepath.Base(path)] && !hasFinding(rep.Findings, path, "profile-tampered") {
			t.Errorf("%s: no profile-tampered finding for a profile whose signature does not cover its content", filepath.Base(path))
		}
	}
	// A malformed, tampered or unsigned profile gets a finding, never silence.
	for _, path := range others {
		found := false
		for _, f := range rep.Findings {
			if f.Subject == path || strings.HasPrefix(f.Subject, path+": ") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no finding for a profile MANIFEST.md calls malformed or unsigned", filepath.Base(path))
		}
	}
}

type finding struct{ ID, Severity, Subject, Message string }

func hasFinding(findings []finding, path, id string) bool {
	for _, f := range findings {
		if f.ID == id && (f.Subject == path || strings.HasPrefix(f.Subject, path+": ")) {
			return true
		}
	}
	return false
}
