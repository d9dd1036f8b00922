package analyzer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// slicesOfCase parses a case folder's inputs and returns its Mach-O slices
// and options.
func slicesOfCase(t *testing.T, dir string) ([]*machoSlice, Options) {
	t.Helper()
	dir = filepath.Join(casesDir, dir)
	opts, err := readCaseOptions(filepath.Join(dir, "options"))
	if err != nil {
		t.Skip(err)
	}
	files, err := readCaseInputs(dir)
	if err != nil || len(files) == 0 {
		t.Skipf("case %s: %v", dir, err)
	}
	var out []*machoSlice
	for _, f := range files {
		in := parseInput(context.Background(), f, &opts)
		if mi := in.machoInput(); mi != nil {
			out = append(out, mi.Slices...)
		}
	}
	return out, opts
}

func TestRequirementEvalFacts(t *testing.T) {
	slices, opts := slicesOfCase(t, "req-unsatisfied/anchor-apple")
	if len(slices) != 1 {
		t.Fatalf("%d slices", len(slices))
	}
	ev := requirementEval(&opts, slices[0])
	if ev == nil || ev.Satisfied || ev.Text != "anchor apple" || len(ev.Clauses) != 1 || !strings.Contains(ev.Clauses[0].Why, "TESTTEAM01") {
		t.Errorf("anchor apple: %+v", ev)
	}
	opts.Requirement = `anchor apple generic and certificate leaf[subject.OU] = "TESTTEAM01"`
	if ev := requirementEval(&opts, slices[0]); ev == nil || !ev.Satisfied || len(ev.Clauses) != 2 {
		t.Errorf("team requirement: %+v", ev)
	}
	opts.Requirement = `identifier and`
	if ev := requirementEval(&opts, slices[0]); ev == nil || ev.Error == "" || ev.Satisfied {
		t.Errorf("invalid requirement: %+v", ev)
	}
	opts.Requirement = ""
	if ev := requirementEval(&opts, slices[0]); ev != nil {
		t.Errorf("no requirement: %+v", ev)
	}
}

func TestImplicitRequirement(t *testing.T) {
	slices, opts := slicesOfCase(t, "req-unsatisfied/anchor-apple")
	if got := implicitRequirement(&opts, slices[0]); got != "" {
		t.Errorf("explicit designated requirement present, implicit = %q", got)
	}
	slices, opts = slicesOfCase(t, "macho-adhoc/adhoc")
	got := implicitRequirement(&opts, slices[0])
	if !strings.HasPrefix(got, `cdhash H"`) {
		t.Errorf("ad hoc implicit requirement %q", got)
	}
}
