package analyzer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// bundleCorpus is the corpus folder; it skips the test when the corpus is absent.
func bundleCorpus(t testing.TB) string { return testcorpus.Dir(t, "bundles") }

func analyzeCorpusBundle(t *testing.T, name string) *report.Report {
	t.Helper()
	f, err := os.Open(filepath.Join(bundleCorpus(t), name))
	if os.IsNotExist(err) {
		t.Skip("corpus not present at ../shared/corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	rep, err := Analyze(context.Background(), []File{{Name: name, Size: st.Size(), R: f}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func findingsOf(rep *report.Report, id string) []report.Finding {
	var out []report.Finding
	for _, f := range rep.Findings {
		if f.ID == id {
			out = append(out, f)
		}
	}
	return out
}

func TestBundleKnownCases(t *testing.T) {
	t.Run("GuiApp profile added after signing, of another team", func(t *testing.T) {
		rep := analyzeCorpusBundle(t, "appinfo-macos-signed.zip")
		added := findingsOf(rep, "bundle-seal-added")
		if len(added) != 1 || added[0].Subject != "appinfo-macos-signed.zip: GuiApp.app/Contents/embedded.provisionprofile" {
			t.Errorf("seal-added: %+v", added)
		}
		team := findingsOf(rep, "bundle-profile-team-mismatch")
		if len(team) != 1 || !strings.Contains(team[0].Message, "3G4J97R9DL") || !strings.Contains(team[0].Message, "72LA85G59H") {
			t.Errorf("team mismatch: %+v", team)
		}
		// The facts carry the seal of the node.
		var facts *report.Bundle
		for _, a := range rep.Artifacts {
			if b, ok := a.Facts.(*report.Bundle); ok {
				facts = b
			}
		}
		if facts == nil || len(facts.Code) != 1 || facts.Code[0].Seal == nil || strings.Join(facts.Code[0].Seal.Added, ",") != "embedded.provisionprofile" {
			t.Fatalf("facts: %+v", facts)
		}
		if n := facts.Code[0]; n.MachO == nil || n.Team != "72LA85G59H" || n.Status != "error" || n.Profile == nil || n.Profile.Team != "3G4J97R9DL" {
			t.Errorf("node: %+v", n)
		}
		b, err := json.Marshal(rep)
		if err != nil || !strings.Contains(string(b), `"seal":{"version":2,"checked":4,"added":["embedded.provisionprofile"],"removed":[],"modified":[]}`) {
			t.Errorf("JSON: %v %s", err, b[:min(len(b), 400)])
		}
	})
	t.Run("same app without the profile is clean", func(t *testing.T) {
		rep := analyzeCorpusBundle(t, "appinfo-macos.zip")
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.ID, "bundle-") && f.Severity != report.Info {
				t.Errorf("unexpected %s: %s", f.ID, f.Message)
			}
		}
	})
	t.Run("simulator app unsigned beside Apple-signed dylibs", func(t *testing.T) {
		rep := analyzeCorpusBundle(t, "isign-TestSimulator.app.zip")
		f := findingsOf(rep, "bundle-main-unsigned")
		// The Simulator runs unsigned code: a note, not an error, outside an .ipa.
		if len(f) != 1 || !strings.Contains(f[0].Message, "9 pieces of nested code are signed (by Apple") ||
			!strings.Contains(f[0].Message, "the Simulator runs unsigned") || f[0].Severity != report.Info {
			t.Errorf("main-unsigned: %+v", f)
		}
		for _, f := range rep.Findings {
			if f.Severity == report.Error {
				t.Errorf("error on a Simulator build: %s: %s", f.ID, f.Message)
			}
		}
		for _, id := range []string{"bundle-nested-team-mismatch", "bundle-sealed-plist-changed", "bundle-nested-unsigned"} {
			if f := findingsOf(rep, id); len(f) != 0 {
				t.Errorf("%s: %+v", id, f)
			}
		}
	})
	for _, name := range []string{"fastlane-iOSAppOnly.ipa", "fastlane-ContainsWatchApp.ipa", "fastlane-IncorrectlySigned.ipa"} {
		t.Run("skeleton "+name, func(t *testing.T) {
			rep := analyzeCorpusBundle(t, name)
			f := findingsOf(rep, "bundle-no-code")
			if len(f) != 1 || !strings.Contains(f[0].Message, "no executable code") || !strings.Contains(f[0].Message, "skeleton") {
				t.Errorf("no-code: %+v", f)
			}
		})
	}
}

func TestBundleCorpusAnalysesWithoutError(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(bundleCorpus(t), "*"))
	if len(names) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	for _, n := range names {
		if strings.HasSuffix(n, "CodeResources") {
			continue
		}
		rep := analyzeCorpusBundle(t, filepath.Base(n))
		kinds := map[string]bool{}
		for _, a := range rep.Artifacts {
			kinds[a.Kind] = true
		}
		if !kinds["bundle"] {
			t.Errorf("%s: no bundle facts", filepath.Base(n))
		}
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.ID, "input-") || f.ID == "internal-check-failed" {
				t.Errorf("%s: %s %s", filepath.Base(n), f.ID, f.Message)
			}
		}
	}
}
