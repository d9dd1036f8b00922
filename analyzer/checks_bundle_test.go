package analyzer

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

const bundleCorpus = "../../shared/corpus/bundles"

func analyzeCorpusBundle(t *testing.T, name string) *report.Report {
	t.Helper()
	f, err := os.Open(filepath.Join(bundleCorpus, name))
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

func TestBundleCorpusDump(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	names, _ := filepath.Glob(filepath.Join(bundleCorpus, "*"))
	for _, n := range names {
		if strings.HasSuffix(n, "CodeResources") {
			continue
		}
		rep := analyzeCorpusBundle(t, filepath.Base(n))
		for _, f := range rep.Findings {
			t.Logf("%s | %s | %s | %s | %s", filepath.Base(n), f.Severity, f.ID, f.Subject, f.Message)
		}
		if os.Getenv("BUNDLE_JSON") != "" {
			b, _ := json.MarshalIndent(rep.Artifacts, "", " ")
			t.Logf("%s", b)
		}
	}
}
