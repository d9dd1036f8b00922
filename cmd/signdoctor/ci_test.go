package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
	"github.com/signdoctor/signdoctor/internal/testfixture"

	"howett.net/plist"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
	"github.com/signdoctor/signdoctor/analyzer/sarif"
)

// errorIPA is a case fixture whose report has errors (a framework signed by
// another team).
func errorIPA(t *testing.T) string {
	t.Helper()
	p := filepath.Join(testfixture.ModuleRoot(t), "testdata/cases/bundle-nested-team-mismatch/framework-of-other-team/Demo.ipa")
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func decodeReport(t *testing.T, stdout string) report.Report {
	t.Helper()
	var rep report.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("not a JSON report: %v\n%s", err, stdout)
	}
	return rep
}

func TestFailOn(t *testing.T) {
	warningOnly := writeFile(t, "junk.bin", junk)
	withErrors := errorIPA(t)
	for _, tc := range []struct {
		file   string
		failOn string
		want   int
	}{
		{warningOnly, "", exitOK},
		{warningOnly, "error", exitOK},
		{warningOnly, "warning", exitFindings},
		{warningOnly, "never", exitOK},
		{withErrors, "", exitFindings},
		{withErrors, "warning", exitFindings},
		{withErrors, "never", exitOK},
	} {
		args := []string{"check", "--config", "none", "--format", "json", tc.file}
		if tc.failOn != "" {
			args = append(args, "--fail-on", tc.failOn)
		}
		code, stdout, stderr := runCLI(t, "", false, args...)
		if code != tc.want {
			t.Errorf("%s --fail-on %q: exit %d, want %d (%s)", filepath.Base(tc.file), tc.failOn, code, tc.want, stderr)
		}
		if len(decodeReport(t, stdout).Findings) == 0 {
			t.Errorf("%s: no findings", tc.file)
		}
	}
	code, _, stderr := runCLI(t, "", false, "check", "--fail-on", "sometimes", warningOnly)
	if code != exitUsage || !strings.Contains(stderr, "--fail-on") {
		t.Errorf("--fail-on sometimes: exit %d, %q", code, stderr)
	}
}

// A policy accepting every error of a report turns the run's exit status to
// 0; the findings still show, marked accepted, and an acceptance that
// matched nothing is reported.
func TestPolicyAcceptsFindings(t *testing.T) {
	ipa := errorIPA(t)
	code, stdout, _ := runCLI(t, "", false, "check", "--config", "none", "--format", "json", ipa)
	if code != exitFindings {
		t.Fatalf("the fixture should fail without a policy: exit %d", code)
	}
	before := decodeReport(t, stdout)
	var accept []report.Acceptance
	seen := map[string]bool{}
	for _, f := range before.Findings {
		if f.Severity == report.Error && !seen[f.ID] {
			seen[f.ID] = true
			accept = append(accept, report.Acceptance{Check: f.ID, Subject: "*Demo.ipa*", Reason: "the framework is re-signed by the host app's team at export; FB0001"})
		}
	}
	unused := report.Acceptance{Check: "profile-expired", Subject: "*.mobileprovision", Reason: "renewed by fastlane match"}
	accept = append(accept, unused)

	dir := t.TempDir()
	cfg, _ := json.Marshal(policyFile{Accept: accept})
	if err := os.WriteFile(filepath.Join(dir, configName), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	// Found upward from the working directory, as from a repository's root.
	sub := filepath.Join(dir, "build", "ios")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)

	code, stdout, stderr := runCLI(t, "", false, "check", "--format", "json", ipa)
	if code != exitOK {
		t.Fatalf("with every error accepted: exit %d, want 0 (%s)", code, stderr)
	}
	after := decodeReport(t, stdout)
	if len(after.Findings) != len(before.Findings) {
		t.Errorf("accepted findings must still show: %d findings, had %d", len(after.Findings), len(before.Findings))
	}
	for _, f := range after.Findings {
		if f.Severity == report.Error && f.Accepted == "" {
			t.Errorf("error %s not marked accepted", f.ID)
		}
	}
	if after.Policy == nil || after.Policy.Config != filepath.Join("..", "..", configName) || len(after.Policy.Unused) != 1 || after.Policy.Unused[0] != unused {
		t.Errorf("policy = %+v, want the file found upward and one unused acceptance", after.Policy)
	}
	if !strings.Contains(stderr, "profile-expired") || !strings.Contains(stderr, "matched no finding") {
		t.Errorf("the unused acceptance is not reported on stderr: %q", stderr)
	}

	// Text marks them; --fail-on warning still ignores accepted errors.
	code, stdout, _ = runCLI(t, "", false, "check", ipa)
	if code != exitOK || !strings.Contains(stdout, "(accepted: the framework is re-signed") {
		t.Errorf("text: exit %d, %q", code, stdout)
	}
	// SARIF: accepted results carry a suppression, the unused acceptance a
	// configuration notification.
	_, stdout, _ = runCLI(t, "", false, "check", "--format", "sarif", ipa)
	var log sarif.Log
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	suppressed := 0
	for _, r := range log.Runs[0].Results {
		if len(r.Suppressions) == 1 && r.Suppressions[0].Kind == "external" && r.Suppressions[0].Justification != "" {
			suppressed++
		}
	}
	if suppressed == 0 || len(log.Runs[0].Invocations) != 1 || len(log.Runs[0].Invocations[0].ToolConfigurationNotifications) != 1 {
		t.Errorf("SARIF: %d suppressed results, invocations %+v", suppressed, log.Runs[0].Invocations)
	}
	// Markdown says so too.
	_, stdout, _ = runCLI(t, "", false, "check", "--format", "markdown", ipa)
	if !strings.Contains(stdout, "*(accepted: ") || !strings.Contains(stdout, "unused acceptance") {
		t.Errorf("markdown does not show the policy: %s", stdout)
	}
}

func TestPolicyDisablesChecks(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	cfg := writeFile(t, "policy.json", []byte(`{"disable": ["input-unrecognized"], "fail_on": "warning"}`))
	code, stdout, stderr := runCLI(t, "", false, "check", "--config", cfg, "--format", "json", file)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rep := decodeReport(t, stdout)
	if len(rep.Findings) != 0 || rep.Policy == nil || len(rep.Policy.Disabled) != 1 {
		t.Errorf("findings %+v policy %+v", rep.Findings, rep.Policy)
	}
	// The file's fail_on applies; --fail-on wins over it.
	cfg2 := writeFile(t, "policy.json", []byte(`{"fail_on": "warning"}`))
	if code, _, _ := runCLI(t, "", false, "check", "--config", cfg2, file); code != exitFindings {
		t.Errorf("fail_on warning in the file: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", false, "check", "--config", cfg2, "--fail-on", "error", file); code != exitOK {
		t.Errorf("--fail-on error over the file's warning: exit %d", code)
	}
}

func TestPolicyMistakesStopTheRun(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	for name, tc := range map[string]struct{ config, want string }{
		"no reason":     {`{"accept": [{"check": "input-unrecognized", "subject": "*"}]}`, "no reason"},
		"blank reason":  {`{"accept": [{"check": "input-unrecognized", "subject": "*", "reason": "  "}]}`, "no reason"},
		"no subject":    {`{"accept": [{"check": "input-unrecognized", "reason": "r"}]}`, "no subject pattern"},
		"unknown check": {`{"accept": [{"check": "input-unrecognised", "subject": "*", "reason": "r"}]}`, `"input-unrecognised" is no check`},
		"disable typo":  {`{"disable": ["profile-expird"]}`, `"profile-expird"`},
		"unknown field": {`{"acept": []}`, `unknown field "acept"`},
		"bad fail_on":   {`{"fail_on": "always"}`, "fail_on"},
		"not JSON":      {`accept: all`, "invalid character"},
	} {
		cfg := writeFile(t, "policy.json", []byte(tc.config))
		code, stdout, stderr := runCLI(t, "", false, "check", "--config", cfg, file)
		if code != exitUsage || !strings.Contains(stderr, tc.want) || stdout != "" {
			t.Errorf("%s: exit %d, stderr %q (want %q)", name, code, stderr, tc.want)
		}
	}
	code, _, stderr := runCLI(t, "", false, "check", "--config", filepath.Join(t.TempDir(), "none.json"), file)
	if code != exitUsage || !strings.Contains(stderr, "no such file") {
		t.Errorf("missing --config file: exit %d %q", code, stderr)
	}
}

func TestMatchSubject(t *testing.T) {
	for _, tc := range []struct {
		pattern, subject string
		want             bool
	}{
		{"*", "anything: at all [arm64]", true},
		{"App.ipa", "App.ipa", true},
		{"App.ipa", "App.ipa: Payload/App.app/App", false},
		{"App.ipa: *", "App.ipa: Payload/App.app/App [arm64]", true},
		{"*/Frameworks/*.framework*", "build/App.ipa: Payload/App.app/Frameworks/A.framework/A [arm64]", true},
		{"*[arm64]", "tool [x86_64]", false},
		{"?.ipa", "Ä.ipa", true},
		{"a*b*c", strings.Repeat("ab", 5000) + "x", false},
	} {
		if got := matchSubject(tc.pattern, tc.subject); got != tc.want {
			t.Errorf("matchSubject(%q, %.40q) = %v", tc.pattern, tc.subject, got)
		}
	}
}

// escapeZip is an .ipa whose entry names carry what a terminal acts on:
// OSC 52 (write the clipboard), a title change, cursor moves, C1 CSI, a
// bidi override and a GitHub Actions workflow command after a newline.
func escapeZip(t *testing.T) string {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{
		"Payload/App.app/._x\x1b]52;c;Y3VybCBldmlsfHNo\x07\x1b]0;all checks passed\x07\r\x1b[1A\x1b[2K",
		"Payload/App.app/._y\n::error file=README.md,line=1::injected\u009b2J\u202Etxt.exe\x7f",
		"Payload/App.app/Info.plist",
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("x"))
	}
	zw.Close()
	return writeFile(t, "esc.ipa", buf.Bytes())
}

// checkTerminalSafe fails on any byte or character a terminal or the GitHub
// Actions runner would act on.
func checkTerminalSafe(t *testing.T, what string, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Errorf("%s: output is not valid UTF-8", what)
	}
	for i, r := range string(out) {
		if r == '\n' {
			continue
		}
		if safetext.Dangerous(r) || r == utf8.RuneError {
			t.Errorf("%s: raw %U at byte %d: %q", what, r, i, out[max(0, i-30):min(len(out), i+10)])
			return
		}
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), "::") {
			t.Errorf("%s: a line starts with \"::\": %q", what, line)
		}
	}
}

// TestOutputIsTerminalSafe runs check on files whose names and logs carry
// escape sequences, in every format a terminal or a CI log shows, and scans
// the bytes: the crashers from the security review when they are there,
// and a generated archive always.
func TestOutputIsTerminalSafe(t *testing.T) {
	inputs := []string{escapeZip(t)}
	for _, name := range []string{"esc2.ipa", "esc-notary.json", "Backtick2.ipa", "a.entitlements"} {
		p := filepath.Join(testfixture.ModuleRoot(t), "..", "shared", "crashers", "security", name)
		if _, err := os.Stat(p); err != nil {
			t.Logf("%s absent (%v): checked on the generated archive only", name, err)
			continue
		}
		inputs = append(inputs, p)
	}
	for _, in := range inputs {
		for _, format := range []string{"text", "markdown", "sarif"} {
			_, stdout, stderr := runCLI(t, "", false, "check", "--config", "none", "--format", format, in)
			what := filepath.Base(in) + " --format " + format
			checkTerminalSafe(t, what, []byte(stdout))
			checkTerminalSafe(t, what+" (stderr)", []byte(stderr))
			if format == "sarif" {
				// JSON escapes control characters as \u001b; a viewer
				// decodes them, so the decoded strings are checked too.
				var v any
				if err := json.Unmarshal([]byte(stdout), &v); err != nil {
					t.Fatal(err)
				}
				walkStrings(v, func(s string) { checkTerminalSafe(t, what+" (decoded)", []byte(s)) })
			}
		}
	}
	// The escapes are there, visibly.
	_, stdout, _ := runCLI(t, "", false, "check", "--config", "none", inputs[0])
	for _, want := range []string{`\x1b]52;c;`, `\n::error`, `\u009b2J`, `\u202etxt.exe\x7f`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text output does not show %s: %s", want, stdout)
		}
	}
}

// diff prints entitlement keys and values from both files: escaped too.
func TestDiffIsTerminalSafe(t *testing.T) {
	mk := func(name string, ents map[string]any) string {
		b, err := plist.Marshal(ents, plist.BinaryFormat)
		if err != nil {
			t.Fatal(err)
		}
		return writeFile(t, name, b)
	}
	a := mk("a.entitlements", map[string]any{"application-identifier": "ABCDE12345.com.example.app", "get-task-allow": true})
	b := mk("b.entitlements", map[string]any{
		"application-identifier":               "ABCDE12345.com.example.app\x1b]52;c;ZWNobyBwd25lZAo=\a",
		"get-task-allow":                       false,
		"k\n::error file=x::injected\n\x1b[2J": true,
	})
	pairs := [][2]string{{a, b}}
	dir := filepath.Join(testfixture.ModuleRoot(t), "..", "shared", "crashers", "security")
	if _, err := os.Stat(filepath.Join(dir, "b.entitlements")); err == nil {
		pairs = append(pairs, [2]string{filepath.Join(dir, "a.entitlements"), filepath.Join(dir, "b.entitlements")})
	}
	for _, p := range pairs {
		code, stdout, stderr := runCLI(t, "", false, "diff", p[0], p[1])
		if code != exitFindings {
			t.Fatalf("diff: exit %d %s", code, stderr)
		}
		checkTerminalSafe(t, "diff "+filepath.Base(p[1]), []byte(stdout))
		if !strings.Contains(stdout, `\x1b]52;c;`) {
			t.Errorf("the escape is not shown: %s", stdout)
		}
	}
}

func walkStrings(v any, f func(string)) {
	switch v := v.(type) {
	case string:
		f(v)
	case []any:
		for _, e := range v {
			walkStrings(e, f)
		}
	case map[string]any:
		for k, e := range v {
			f(k)
			walkStrings(e, f)
		}
	}
}

// The SARIF of a real .ipa from the shared corpus validates against the
// official schema (runCLI validates every SARIF output).
func TestSARIFOfRealArchivesValidates(t *testing.T) {
	dir := testcorpus.Dir(t, "bundles")
	found := 0
	for _, name := range []string{"appinfo-iphone.ipa", "fastlane-IncorrectlySigned.ipa", "appinfo-macos-signed.zip"} {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		found++
		code, stdout, stderr := runCLI(t, "", false, "check", "--config", "none", "--format", "sarif", p)
		if code == exitUsage || !strings.Contains(stdout, `"results"`) {
			t.Errorf("%s: exit %d %s", name, code, stderr)
		}
	}
	if found == 0 {
		t.Skip("shared corpus absent: the SARIF of generated files is validated by the other tests")
	}
}

// The validator does reject what the schema forbids, so a passing
// validation means something.
func TestSARIFSchemaRejectsInvalidLogs(t *testing.T) {
	file := writeFile(t, "junk.bin", junk)
	_, stdout, _ := runCLI(t, "", false, "check", "--format", "sarif", file)
	bad := strings.Replace(stdout, `"level": "warning"`, `"level": "fatal"`, 1)
	if bad == stdout {
		t.Fatal("no level to mutate")
	}
	ft := &fakeT{TB: t}
	validateSARIF(ft, []byte(bad))
	if !ft.failed {
		t.Error("the SARIF schema accepted a result with level \"fatal\"")
	}
}

// GitHub shows at most 5,000 results of a run: the log keeps the most
// serious and says how many it left out.
func TestSARIFRespectsCodeScanningLimits(t *testing.T) {
	rep := &report.Report{}
	for i := 0; i < sarif.MaxResults+7; i++ {
		rep.Findings = append(rep.Findings, report.Finding{ID: "bundle-seal-invalid", Severity: report.Warning, Subject: "App.ipa: x", Message: "m"})
	}
	log := sarif.Build(rep, nil, sarif.Options{Files: []string{"App.ipa"}})
	if n := len(log.Runs[0].Results); n != sarif.MaxResults {
		t.Errorf("%d results, want %d", n, sarif.MaxResults)
	}
	if inv := log.Runs[0].Invocations; len(inv) != 1 || len(inv[0].ToolExecutionNotifications) != 1 ||
		!strings.Contains(inv[0].ToolExecutionNotifications[0].Message.Text, "5007 findings") {
		t.Errorf("invocations = %+v", log.Runs[0].Invocations)
	}
	for _, r := range log.Runs[0].Results {
		if len(r.PartialFingerprints) == 0 {
			t.Fatal("a result without partialFingerprints loses its identity between runs")
		}
	}
	b, _ := json.Marshal(log)
	validateSARIF(t, b)
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Errorf(string, ...any) { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }
func (f *fakeT) Helper()               {}

func TestVersion(t *testing.T) {
	code, stdout, _ := runCLI(t, "", false, "version")
	if code != exitOK || !strings.HasPrefix(stdout, "signdoctor ") || !strings.Contains(stdout, "go1.") {
		t.Errorf("version: exit %d %q", code, stdout)
	}
	for _, tc := range []struct{ v, commit string }{
		{"v0.0.0-20261202143000-abcdef123456", "abcdef123456"},
		{"v1.2.4-0.20261202143000-abcdef123456", "abcdef123456"},
		{"v1.2.3", ""},
		{"(devel)", ""},
		{"v1.2.3-rc.1", ""},
	} {
		if got := pseudoVersionCommit(tc.v); got != tc.commit {
			t.Errorf("pseudoVersionCommit(%q) = %q, want %q", tc.v, got, tc.commit)
		}
	}
	v := buildVersion{Version: "v1.2.3", Commit: "abc", Go: "go1.26.8"}
	if s := v.String(); s != "signdoctor v1.2.3 (commit abc) go1.26.8" {
		t.Errorf("String = %q", s)
	}
}

// Markdown puts file text where it cannot become markup: a name with
// backticks stays in its code span, a message cannot open a link, an image,
// HTML or a mention.
func TestMarkdownEscapes(t *testing.T) {
	if got := mdCode("a``b"); got != "```a``b```" {
		t.Errorf("mdCode = %q", got)
	}
	if got := mdCode("`x"); got != "`` `x ``" {
		t.Errorf("mdCode = %q", got)
	}
	got := mdText(`see [here](https://evil.example) ![x](y) <img src=x> @team *bold* \x`)
	for _, bad := range []string{"[here]", "![x]", "<img", " @team", "*bold*"} {
		if strings.Contains(got, bad) {
			t.Errorf("mdText left %q markup: %s", bad, got)
		}
	}
	rep := &report.Report{Findings: []report.Finding{{ID: "bundle-appledouble", Severity: report.Warning,
		Subject: "x.ipa: Payload/A.app/._`x`\n::error::y", Message: "an AppleDouble file <b>"}}}
	var buf bytes.Buffer
	if err := writeMarkdown(&buf, rep, 1); err != nil {
		t.Fatal(err)
	}
	checkTerminalSafe(t, "markdown", buf.Bytes())
	if !strings.Contains(buf.String(), "``x.ipa: Payload/A.app/._`x`\\n::error::y``") || strings.Contains(buf.String(), "<b>") {
		t.Errorf("markdown:\n%s", buf.String())
	}
}
