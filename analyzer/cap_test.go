package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestCapFindingsPerCheckAndInput(t *testing.T) {
	chk := &Check{ID: "bundle-seal-invalid", Severity: report.Warning}
	p := &Pass{Check: chk, Case: &Case{Inputs: []*Input{{File: File{Name: "a.ipa"}}, {File: File{Name: "a.ipa.zip"}}}}}
	for i := 0; i < 250; i++ {
		p.Report(report.Location{File: "a.ipa", Path: fmt.Sprintf("entry %d", i)}, "m")
	}
	for i := 0; i < 30; i++ {
		p.Report(report.Location{File: "a.ipa.zip", Path: fmt.Sprintf("entry %d", i)}, "m")
	}
	p.ReportFinding(report.Finding{Severity: report.Error, Location: report.Location{File: "a.ipa", Path: "the last"}})
	got := append(p.findings, p.capped.summaries(chk.ID)...)
	if len(got) != MaxFindingsPerCheckInput+30+1 {
		t.Fatalf("%d findings, want %d", len(got), MaxFindingsPerCheckInput+31)
	}
	last := got[len(got)-1]
	if last.Subject != "a.ipa" || last.Severity != report.Error || last.ID != chk.ID ||
		last.Message != "and 151 more like these, left out: signdoctor lists the first 100 findings of a check on one file" {
		t.Errorf("summary finding = %+v", last)
	}
	few := &Pass{Check: chk, Case: p.Case}
	for i := 0; i < 5; i++ {
		few.Report(report.Location{File: "a.ipa"}, "m")
	}
	if len(few.findings) != 5 || len(few.capped.summaries(chk.ID)) != 0 {
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
	// The findings kept are the same on every run (the seal's entries were
	// once read in map order).
	again, err := Analyze(context.Background(), []File{{Name: "seal20k.ipa", Size: int64(len(data)), R: bytes.NewReader(data)}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(rep.Findings)
	b, _ := json.Marshal(again.Findings)
	if !bytes.Equal(a, b) {
		t.Error("two analyses of seal20k.ipa kept different findings")
	}
}

// nodes20k.ipa (from the security review): 20,000 tiny dylibs. Each nested
// Mach-O kept its decompressor and a 256 KB window for the whole analysis:
// 4 GB and out of memory under wasm. The facts are kept, the rest dropped.
func TestManyNestedBinariesStayBounded(t *testing.T) {
	const path = "../../shared/crashers/security/nodes20k.ipa" // beside the repository
	f, err := os.Open(path)
	if err != nil {
		t.Skip("crasher absent:", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	var peak uint64
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		peak = max(peak, m.HeapInuse)
	}
	n := 0
	opts := Options{Progress: func(string, int64, int64) {
		if n++; n%1000 == 0 {
			sample()
		}
	}}
	rep, err := Analyze(context.Background(), []File{{Name: "nodes20k.ipa", Size: fi.Size(), R: f}}, opts)
	if err != nil {
		t.Fatal(err)
	}
	sample()
	const limit = 400 << 20
	if peak > limit {
		t.Errorf("heap in use peaked at %d MB analysing 20,000 nested binaries (bound %d MB)", peak>>20, limit>>20)
	}
	t.Logf("%d findings, heap in use peaked at %d MB", len(rep.Findings), peak>>20)
}
