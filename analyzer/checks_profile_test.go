package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
)

// corpusRoot is the corpus folder; it skips the test when the corpus is absent.
func corpusRoot(t testing.TB) string { return testcorpus.Dir(t) }

func readProfileManifest(t *testing.T) map[string]profiletest.ManifestRow {
	f, err := os.Open(filepath.Join(corpusRoot(t), "MANIFEST.md"))
	if err != nil {
		t.Skipf("the shared corpus is absent (%v)", err)
	}
	defer f.Close()
	rows, err := profiletest.ReadManifest(f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// manifestProfileKind maps MANIFEST's words to profile_kind.
var manifestProfileKind = []struct{ prefix, kind string }{
	{"enterprise", "enterprise"}, {"Developer ID", "developer-id"}, {"macOS development", "mac-development"},
	{"Mac App Store", "mac-app-store"}, {"app-store", "app-store"}, {"ad-hoc", "ad-hoc"}, {"development", "development"},
}

// TestCorpusProfilesThroughAnalyze: what `signdoctor check --format json
// --now 2026-11-27T00:00:00Z` reports for every real profile agrees with
// MANIFEST.md's independent reading, and every malformed or tampered one
// gets a finding. One known disagreement: fastlane-test.provisionprofile is
// called Apple-signed by MANIFEST (its chain is Apple's), but its payload was
// edited after signing (openssl cms -verify -noverify: "content verify
// error"), so apple_signed is false and profile-tampered fires.
func TestCorpusProfilesThroughAnalyze(t *testing.T) {
	rows := readProfileManifest(t)
	files, _ := filepath.Glob(filepath.Join(corpusRoot(t), "profiles", "*"))
	if len(files) == 0 {
		t.Skip("no corpus profiles")
	}
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, path := range files {
		name := filepath.Base(path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		// Through JSON, as the CLI prints it.
		js, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		var back report.Report
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, f := range back.Findings {
			ids[f.ID] = true
		}
		var facts *report.Profile
		for _, a := range back.Artifacts {
			if p, ok := a.Facts.(*report.Profile); ok {
				facts = p
			}
		}
		row := rows[name]
		switch {
		case name == "fastlane-test.provisionprofile":
			if facts == nil || facts.AppleSigned || !facts.Tampered || !ids["profile-tampered"] {
				t.Errorf("%s: want tampered, apple_signed false: %+v %v", name, facts, ids)
			}
		case strings.Contains(name, "bplist"):
			if facts == nil || facts.Format != "bare-plist" || !ids["profile-not-apple-signed"] {
				t.Errorf("%s: want a bare plist profile that is not Apple-signed: %v", name, ids)
			}
			continue
		case !row.WellFormed:
			if !ids["profile-malformed"] || facts != nil {
				t.Errorf("%s: MANIFEST says malformed; findings %v", name, ids)
			}
			continue
		}
		if facts == nil {
			t.Errorf("%s: no profile artifact; findings %v", name, back.Findings)
			continue
		}
		wantKind := ""
		for _, m := range manifestProfileKind {
			if strings.HasPrefix(row.Kind, m.prefix) {
				wantKind = m.kind
				break
			}
		}
		wantPlatform := map[string]string{"(no Platform key)": "iOS", "OSX": "macOS"}[row.Platform]
		if wantPlatform == "" {
			wantPlatform = row.Platform
		}
		if facts.ProfileKind != wantKind || strings.Join(facts.Platforms, ",") != wantPlatform || facts.Team != row.Team ||
			facts.Expires.Format("2006-01-02 15:04:05") != row.Expires || facts.Devices != row.Devices {
			t.Errorf("%s: got %s %v %s %s %d; MANIFEST %s %s %s %s %d", name, facts.ProfileKind, facts.Platforms, facts.Team,
				facts.Expires.Format("2006-01-02 15:04:05"), facts.Devices, wantKind, wantPlatform, row.Team, row.Expires, row.Devices)
		}
		if name != "fastlane-test.provisionprofile" && facts.AppleSigned != row.AppleSigned {
			t.Errorf("%s: apple_signed %v (%s), MANIFEST %v", name, facts.AppleSigned, facts.NotAppleSigned, row.AppleSigned)
		}
		if !facts.AppleSigned && !ids["profile-not-apple-signed"] && !ids["profile-tampered"] {
			t.Errorf("%s: not Apple-signed but no finding says so", name)
		}
		if !ids["profile-kind"] || (now.After(facts.Expires) != ids["profile-expired"]) {
			t.Errorf("%s: findings %v", name, ids)
		}
	}
}

// TestDeviceForm: the forms of device ID Apple uses.
func TestDeviceForm(t *testing.T) {
	for id, want := range map[string]string{
		"0123456789abcdef0123456789abcdef01234567": "classic",
		"00008030-001A2B3C4D5E6F70":                "modern",
		"4C4C4544-0042-3610-8058-B2C04F4E5A31":     "uuid",
		"C02XK1ZZJGH5":                             "",
		"00008030001A2B3C4D5E6F70":                 "",
	} {
		if got := deviceForm(id); got != want {
			t.Errorf("deviceForm(%s) = %q, want %q", id, got, want)
		}
	}
}
