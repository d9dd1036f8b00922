package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/sarif"
	"github.com/signdoctor/signdoctor/internal/testfixture"
)

// runCLI runs the command in-process, the way main does, with buffers for
// the streams.
func runCLI(t *testing.T, stdin string, colour bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, colour: colour}
	code = run(e, args)
	validateOutput(t, args, code, out.String())
	return code, out.String(), errb.String()
}

// writeFile makes a file in a temporary folder and returns its path.
func writeFile(t *testing.T, name string, content []byte) string {
	t.Helper()
	return testfixture.WriteFile(t, name, content)
}

// junk is bytes no recognizer claims: the analyzer answers with a warning.
var junk = bytes.Repeat([]byte{0x00, 0x13, 0x37, 0xfe}, 64)

func TestExitCodesForCommandsThatCannotRun(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	cases := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no command", nil, "Usage"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"check without files", []string{"check"}, "no files given"},
		{"unknown flag", []string{"check", "--colour", file}, "flag provided but not defined"},
		{"unknown format", []string{"check", "--format", "xml", file}, `unknown format "xml"`},
		{"bad --now", []string{"check", "--now", "yesterday", file}, "--now"},
		{"missing file", []string{"check", filepath.Join(t.TempDir(), "nope.mobileprovision")}, "no such file"},
		{"password variable unset", []string{"check", "--password-env", "SIGNDOCTOR_TEST_UNSET_VARIABLE", file}, "is not set"},
		{"two password sources", []string{"check", "--password-env", "HOME", "--password-file", file, file}, "not both"},
		{"stdin twice", []string{"check", "-", "-"}, "given twice"},
		{"explain without ID", []string{"explain"}, "Usage"},
		{"explain unknown ID", []string{"explain", "no-such-check"}, `no check has the ID "no-such-check"`},
		{"serve without a build", []string{"serve", "--dir", t.TempDir()}, "make build"},
		{"serve extra argument", []string{"serve", "now"}, "unexpected argument"},
		{"checks with argument", []string{"checks", "x"}, "Usage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", false, c.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not say %q", stderr, c.want)
			}
			if stdout != "" {
				t.Errorf("stdout should stay empty when the command cannot run, got %q", stdout)
			}
		})
	}
}

// findingLine is the linter form: subject: severity: message [id].
var findingLine = regexp.MustCompile(`^(.+): (error|warning|info): (.+) \[([a-z0-9-]+)\]$`)

func TestCheckTextIsOneLinePerFinding(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	code, stdout, stderr := runCLI(t, "", false, "check", file)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0 for a warning only; stderr: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one finding line, got %q", stdout)
	}
	m := findingLine.FindStringSubmatch(lines[0])
	if m == nil {
		t.Fatalf("line %q is not subject: severity: message [id]", lines[0])
	}
	if m[1] != file || m[2] != "warning" || m[4] != "input-unrecognized" {
		t.Errorf("got subject %q severity %q id %q", m[1], m[2], m[4])
	}
	if strings.Contains(stdout, "\x1b[") {
		t.Errorf("colour codes in output that is not a terminal: %q", stdout)
	}
	if !strings.Contains(stderr, "0 errors, 1 warning, 0 notes in 1 file") {
		t.Errorf("summary missing from stderr: %q", stderr)
	}
}

func TestCheckTextColoursOnlyOnATerminal(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	_, stdout, _ := runCLI(t, "", true, "check", file)
	if !strings.Contains(stdout, "\x1b[1;33mwarning\x1b[0m") {
		t.Errorf("want a yellow severity on a terminal, got %q", stdout)
	}
	// Stripped of colour, the line is the same as without.
	plain := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(stdout, "")
	if !findingLine.MatchString(strings.TrimSpace(plain)) {
		t.Errorf("coloured line %q does not keep the linter form", plain)
	}
}

func TestWantColourIsFalseForFilesAndPipes(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if wantColour(f) {
		t.Error("a regular file is not a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if wantColour(w) {
		t.Error("a pipe is not a terminal")
	}
}

func TestFlagsMayFollowFiles(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	code, stdout, stderr := runCLI(t, "", false, "check", file, "--format", "json", "--now", "2026-11-27")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !json.Valid([]byte(stdout)) {
		t.Fatalf("--format after the file was not applied: %q", stdout)
	}
	// "--" ends flags: a file may be named like a flag.
	dashed := writeFile(t, "--format", junk)
	if code, _, stderr := runCLI(t, "", false, "check", "--", dashed); code != exitOK {
		t.Fatalf("after --, exit %d: %s", code, stderr)
	}
}

func TestCheckJSONIsTheReport(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	code, stdout, _ := runCLI(t, "", false, "check", "--format", "json", file)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &raw); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	for _, key := range []string{"findings", "artifacts"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("JSON has no %q: %s", key, stdout)
		}
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].ID != "input-unrecognized" || rep.Findings[0].Subject != file || rep.Findings[0].Severity != report.Warning {
		t.Errorf("findings = %+v", rep.Findings)
	}
}

func TestCheckSARIF(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	code, stdout, _ := runCLI(t, "", false, "check", "--format", "sarif", file)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF 2.1.0 log with one run: %s", stdout)
	}
	run := log.Runs[0]
	checks := analyzer.Checks()
	if len(run.Tool.Driver.Rules) != len(checks) {
		t.Errorf("%d rules, want one per check (%d)", len(run.Tool.Driver.Rules), len(checks))
	}
	for i, r := range run.Tool.Driver.Rules {
		c := checks[i]
		if r.ID != c.ID || r.ShortDescription.Text != c.Title || r.FullDescription.Text != c.Doc || !strings.Contains(r.Help.Text, c.Fix) {
			t.Errorf("rule %d = %+v does not describe check %s", i, r, c.ID)
		}
	}
	if len(run.Results) != 1 {
		t.Fatalf("results = %+v", run.Results)
	}
	res := run.Results[0]
	if res.RuleID != "input-unrecognized" || res.Level != "warning" || res.RuleIndex == nil ||
		run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
		t.Errorf("result = %+v", res)
	}
	if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation == nil ||
		res.Locations[0].PhysicalLocation.ArtifactLocation.URI != filepath.ToSlash(file) {
		t.Errorf("result is not located at the input: %+v", res.Locations)
	}
	if len(run.Artifacts) != 1 || run.Artifacts[0].Location.URI != filepath.ToSlash(file) {
		t.Errorf("artifacts = %+v, want the one input", run.Artifacts)
	}
}

// Text from stdin is no file in the repository: its findings get a logical
// location only, alone or beside a file, and file names are URI references.
func TestSARIFLocations(t *testing.T) {
	file := writeFile(t, "my junk.bin", junk)
	for _, args := range [][]string{{"-"}, {file, "-"}, {"-", file}} {
		code, stdout, stderr := runCLI(t, "\x00\x01 not text either", false, append([]string{"check", "--format", "sarif"}, args...)...)
		if code == exitUsage {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var log sarif.Log
		if err := json.Unmarshal([]byte(stdout), &log); err != nil {
			t.Fatal(err)
		}
		run := log.Runs[0]
		var fromStdin, fromFile int
		for _, res := range run.Results {
			if len(res.Locations) != 1 {
				t.Fatalf("%v: result %s has %d locations", args, res.RuleID, len(res.Locations))
			}
			loc := res.Locations[0]
			switch {
			case loc.PhysicalLocation == nil:
				if len(loc.LogicalLocations) != 1 || loc.LogicalLocations[0].FullyQualifiedName != stdinName {
					t.Errorf("%v: logical location %+v, want %s", args, loc.LogicalLocations, stdinName)
				}
				fromStdin++
			default:
				al := loc.PhysicalLocation.ArtifactLocation
				want := strings.ReplaceAll(filepath.ToSlash(file), " ", "%20")
				if al.URI != want || al.Index == nil || *al.Index >= len(run.Artifacts) || run.Artifacts[*al.Index].Location.URI != want {
					t.Errorf("%v: physical location %+v (artifacts %+v), want %s", args, al, run.Artifacts, want)
				}
				fromFile++
			}
		}
		wantFile := 0
		if len(args) == 2 {
			wantFile = 1
		}
		if fromStdin == 0 || (fromFile > 0) != (wantFile > 0) || len(run.Artifacts) != wantFile {
			t.Errorf("%v: %d stdin results, %d file results, %d artifacts", args, fromStdin, fromFile, len(run.Artifacts))
		}
	}
}

func TestStdinIsAnInput(t *testing.T) {
	code, stdout, stderr := runCLI(t, "\x00\x01\x02 not text either", false, "check", "--format", "json", "-")
	if code == exitUsage {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 || rep.Findings[0].Subject != stdinName {
		t.Errorf("stdin findings = %+v", rep.Findings)
	}
}

// failingReader stands for a file that cannot be read past its first bytes,
// such as one cut short on a network drive.
type failingReader struct{}

func (failingReader) ReadAt([]byte, int64) (int, error) { return 0, errors.New("input/output error") }

func TestErrorFindingExitsOne(t *testing.T) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb}
	code := analyzeAndPrint(e, "text", []analyzer.File{{Name: "broken.mobileprovision", Size: 100, R: failingReader{}}}, analyzer.Options{}, &policy{})
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; output %q", code, exitFindings, out.String())
	}
	if !strings.Contains(out.String(), "broken.mobileprovision: error: ") {
		t.Errorf("output = %q", out.String())
	}
}

func TestParseNow(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2026-11-27T00:00:00Z":      time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
		"2026-11-27T01:00:00+01:00": time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
		"2026-11-27":                time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
	} {
		got, err := parseNow(in)
		if err != nil || !got.Equal(want) {
			t.Errorf("parseNow(%q) = %v, %v", in, got, err)
		}
	}
}

func TestExplain(t *testing.T) {
	for _, c := range analyzer.Checks() {
		code, stdout, stderr := runCLI(t, "", false, "explain", c.ID)
		if code != exitOK {
			t.Fatalf("explain %s: exit %d: %s", c.ID, code, stderr)
		}
		flat := strings.Join(strings.Fields(stdout), " ")
		for _, want := range []string{c.ID, string(c.Severity), c.Title, strings.Join(strings.Fields(c.Doc), " "), strings.Join(strings.Fields(c.Fix), " "), string(c.Needs[0])} {
			if !strings.Contains(flat, want) {
				t.Errorf("explain %s does not show %q:\n%s", c.ID, want, stdout)
			}
		}
		for _, line := range strings.Split(stdout, "\n") {
			// Wrapped prose is indented; only a single over-long word may overflow.
			if strings.HasPrefix(line, "  ") && len(line) > 78 && len(strings.Fields(line)) > 1 {
				t.Errorf("explain %s: line wider than 78 columns: %q", c.ID, line)
			}
		}
	}
	// The bracketed form copied from text output works too.
	if code, _, _ := runCLI(t, "", false, "explain", "[input-malformed]"); code != exitOK {
		t.Error("explain [input-malformed] should work")
	}
}

func TestExplainSuggestsCloseMatches(t *testing.T) {
	code, _, stderr := runCLI(t, "", false, "explain", "input-malformd")
	if code != exitUsage {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(stderr, "Did you mean:\n  input-malformed") {
		t.Errorf("no close match offered: %q", stderr)
	}
	if got := closeMatches("unrecognized", 5); len(got) == 0 || got[0] != "input-unrecognized" {
		t.Errorf("a part of an ID should match it: %v", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"input-malformd", "input-malformed", 1}} {
		if got := editDistance(c.a, c.b); got != c.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.d)
		}
	}
}

func TestChecksListsEveryCheck(t *testing.T) {
	code, stdout, _ := runCLI(t, "", false, "checks")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, c := range analyzer.Checks() {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(c.ID) + `\s+` + string(c.Severity) + `\s+` + regexp.QuoteMeta(c.Title) + `$`).MatchString(stdout) {
			t.Errorf("checks does not list %s: %s", c.ID, stdout)
		}
	}
}

func TestHelp(t *testing.T) {
	if code, stdout, _ := runCLI(t, "", false, "help"); code != exitOK || !strings.Contains(stdout, "signdoctor check") {
		t.Errorf("help: exit %d, %q", code, stdout)
	}
	if code, _, stderr := runCLI(t, "", false, "check", "-h"); code != exitOK || !strings.Contains(stderr, "-format") {
		t.Errorf("check -h: exit %d, %q", code, stderr)
	}
}
