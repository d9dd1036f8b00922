package analyzer

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestCapFindingsPerCheckAndInput(t *testing.T) {
	chk := &Check{ID: "bundle-seal-invalid"}
	inputs := []*Input{{File: File{Name: "a.ipa"}}, {File: File{Name: "a.ipa.zip"}}}
	var fs []report.Finding
	for i := 0; i < 250; i++ {
		fs = append(fs, report.Finding{ID: chk.ID, Severity: report.Warning, Subject: fmt.Sprintf("a.ipa: entry %d", i)})
	}
	for i := 0; i < 30; i++ {
		fs = append(fs, report.Finding{ID: chk.ID, Severity: report.Warning, Subject: fmt.Sprintf("a.ipa.zip: entry %d", i)})
	}
	fs = append(fs, report.Finding{ID: chk.ID, Severity: report.Error, Subject: "a.ipa: the last"})
	got := capFindings(chk, fs, inputs)
	if len(got) != MaxFindingsPerCheckInput+30+1 {
		t.Fatalf("%d findings, want %d", len(got), MaxFindingsPerCheckInput+31)
	}
	last := got[len(got)-1]
	if last.Subject != "a.ipa" || last.Severity != report.Error || last.ID != chk.ID ||
		last.Message != "and 151 more like these, left out: signdoctor lists the first 100 findings of a check on one file" {
		t.Errorf("summary finding = %+v", last)
	}
	if few := fs[:5]; len(capFindings(chk, few, inputs)) != 5 {
		t.Error("a few findings are changed")
	}
}

// seal20k.ipa (from the security review): a CodeResources with 20,000 bad
// entries gave 20,001 findings.
func TestCapOnSeal20k(t *testing.T) {
	const path = "../../shared/crashers/security/seal20k.ipa" // beside the repository
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("crasher absent:", err)
	}
	rep, err := Analyze(context.Background(), []File{{Name: "seal20k.ipa", Size: int64(len(data)), R: bytes.NewReader(data)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) > 3*MaxFindingsPerCheckInput {
		t.Errorf("%d findings", len(rep.Findings))
	}
	found := false
	for _, f := range rep.Findings {
		if f.ID == "bundle-seal-invalid" && f.Subject == "seal20k.ipa" {
			found = true
			if want := fmt.Sprintf("and %d more like these", 20000-MaxFindingsPerCheckInput); len(f.Message) < len(want) || f.Message[:len(want)] != want {
				t.Errorf("summary: %s", f.Message)
			}
		}
	}
	if !found {
		t.Error("no summary of the findings left out")
	}
}
