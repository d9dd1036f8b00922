package analyzer

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestRegistry(t *testing.T) {
	checks := Checks()
	if len(checks) == 0 {
		t.Fatal("no checks registered")
	}
	seen := map[string]bool{}
	for _, c := range checks {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
		if seen[c.ID] {
			t.Errorf("duplicate ID %s", c.ID)
		}
		seen[c.ID] = true
		if Lookup(c.ID) != c {
			t.Errorf("Lookup(%q) does not return the registered check", c.ID)
		}
	}
}

// Every check has a case folder that shows it firing and one near miss.
// Checks about every input are exercised by the malformed and
// unknown-file cases.
func TestEveryCheckHasCases(t *testing.T) {
	if _, err := os.Stat(casesDir); err != nil {
		t.Skip("no cases yet")
	}
	for _, c := range Checks() {
		dirs, _ := filepath.Glob(filepath.Join(casesDir, c.ID, "*"))
		fires, near := false, false
		for _, d := range dirs {
			if strings.HasPrefix(filepath.Base(d), "no-") {
				near = true
			} else {
				fires = true
			}
		}
		if _, ok := casesExempt[c.ID]; ok && !fires {
			continue
		}
		if !fires || !near {
			t.Errorf("%s: case that fires: %v, near miss: %v (testdata/cases/%s/)", c.ID, fires, near, c.ID)
		}
	}
}

// casesExempt are checks no case folder can make fire (a near miss may
// still be there), each with the test that
// covers it instead.
var casesExempt = map[string]string{
	"input-internal-error":  "needs a parser bug: TestParserPanicBecomesFinding",
	"text-too-long":         "needs a file over 1 MiB: internal/text tests",
	"input-time-limit":      "needs a slow input: TestTimePerInput",
	"internal-check-failed": "needs a check with a bug: TestCheckPanicBecomesFinding",
}

// A check that panics becomes an internal-check-failed finding naming it,
// after the findings it had already reported.
func TestCheckPanicBecomesFinding(t *testing.T) {
	chk := &Check{ID: "test-panics", Severity: report.Warning, Run: func(p *Pass) {
		p.Report(report.Location{File: "a"}, "before the bug")
		panic("a bug")
	}}
	out := runCheck(chk, &Case{}, defaultCaseTime, Options{})
	if len(out) != 2 || out[0].ID != "test-panics" || out[1].ID != "internal-check-failed" || !strings.Contains(out[1].Message, "check test-panics") {
		t.Errorf("got %+v", out)
	}
	if Lookup("internal-check-failed") == nil {
		t.Error("internal-check-failed is not registered: its page and explain would be missing")
	}
}

// A panic inside one input's parser becomes a finding on that input, and the
// other inputs are still analysed.
func TestParserPanicBecomesFinding(t *testing.T) {
	opts := Options{Now: defaultCaseTime, kinds: withKindFirst(inputKind{
		KindInfo: KindInfo{Kind: KindUnknown},
		sniff:    func(head []byte, _ string) bool { return bytes.HasPrefix(head, []byte("PANIC-TEST")) },
		parse: func(context.Context, *Input, *Options) (any, []report.Artifact, error) {
			panic("parser bug")
		},
	})}
	bad := []byte("PANIC-TEST")
	unknown := []byte("\x00\x01 not a known format \xff")
	rep, err := Analyze(context.Background(), []File{
		{Name: "bad", Size: int64(len(bad)), R: bytes.NewReader(bad)},
		{Name: "other.bin", Size: int64(len(unknown)), R: bytes.NewReader(unknown)},
	}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var gotPanic, gotOther bool
	for _, f := range rep.Findings {
		if f.ID == "input-internal-error" && f.Subject == "bad" && strings.Contains(f.Message, "parser bug") {
			gotPanic = true
		}
		if f.Subject == "other.bin" {
			gotOther = true
		}
	}
	if !gotPanic || !gotOther {
		t.Errorf("want input-internal-error on bad and a finding on other.bin, got %+v", rep.Findings)
	}
}

// withKindFirst is the table of input kinds with k tried first, for a test's
// Options: the package's own table is left as it is.
func withKindFirst(k inputKind) []inputKind {
	return append([]inputKind{k}, inputKinds...)
}

// An input that runs out of its time gets input-time-limit; the next input is
// still analysed.
func TestTimePerInput(t *testing.T) {
	slowKind := inputKind{
		KindInfo: KindInfo{Kind: KindUnknown},
		sniff:    func(head []byte, _ string) bool { return bytes.HasPrefix(head, []byte("SLOW-TEST")) },
		parse: func(ctx context.Context, _ *Input, _ *Options) (any, []report.Artifact, error) {
			<-ctx.Done() // a parser that only stops when told to
			return nil, nil, ctx.Err()
		},
	}
	slow, other := []byte("SLOW-TEST"), []byte("\x00\x01 not a known format \xff")
	rep, err := Analyze(context.Background(), []File{
		{Name: "slow", Size: int64(len(slow)), R: bytes.NewReader(slow)},
		{Name: "other.bin", Size: int64(len(other)), R: bytes.NewReader(other)},
	}, Options{Now: defaultCaseTime, TimePerInput: 10 * time.Millisecond, kinds: withKindFirst(slowKind)})
	if err != nil {
		t.Fatal(err)
	}
	var limited, otherSeen bool
	for _, f := range rep.Findings {
		limited = limited || (f.ID == "input-time-limit" && f.Subject == "slow")
		otherSeen = otherSeen || f.Subject == "other.bin"
		if f.Subject == "slow" && f.ID != "input-time-limit" {
			t.Errorf("unexpected finding on the slow input: %+v", f)
		}
	}
	if !limited || !otherSeen {
		t.Errorf("want input-time-limit on slow and a finding on other.bin, got %+v", rep.Findings)
	}
}

// The core must build for the browser and the CLI alike: it may not import the
// browser bridge, go-app, or anything that touches the operating system.
func TestAnalyzerImportsNoPlatformCode(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("go list is not available under wasm")
	}
	out, err := exec.Command("go", "list", "-deps", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	forbidden := []string{"syscall/js", "github.com/maxence-charriere/go-app", "net/http", "os/exec"}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if dep == f || strings.HasPrefix(dep, f+"/") {
				t.Errorf("analyzer depends on %s", dep)
			}
		}
	}
}
