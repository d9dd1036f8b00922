package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/sarif"
	"github.com/signdoctor/signdoctor/internal/testfixture"
)

// TestMain lets the test binary stand in for the signdoctor binary: the
// action's script runs it with SIGNDOCTOR_TEST_AS_CLI=1, so the test needs
// no separate build.
func TestMain(m *testing.M) {
	if os.Getenv("SIGNDOCTOR_TEST_AS_CLI") == "1" {
		main()
	}
	os.Exit(m.Run())
}

type actionRun struct {
	code            int
	log             string
	summary, output string
	sarif           []byte
}

// runAction runs action/check.sh as the composite action's step does, in a
// working folder with the given files, with GITHUB_STEP_SUMMARY and
// GITHUB_OUTPUT pointing at files of its own.
func runAction(t *testing.T, work string, inputs map[string]string) actionRun {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	gh := t.TempDir()
	summary, output := filepath.Join(gh, "summary.md"), filepath.Join(gh, "output")
	cmd := exec.Command("bash", filepath.Join(testModuleRoot, "action", "check.sh"))
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "SIGNDOCTOR_TEST_AS_CLI=1", "SIGNDOCTOR="+self,
		"GITHUB_STEP_SUMMARY="+summary, "GITHUB_OUTPUT="+output, "NO_COLOR=1")
	for k, v := range inputs {
		cmd.Env = append(cmd.Env, "INPUT_"+k+"="+v)
	}
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	err = cmd.Run()
	r := actionRun{log: log.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	s, _ := os.ReadFile(summary)
	o, _ := os.ReadFile(output)
	r.summary, r.output = string(s), string(o)
	sarifPath := inputs["SARIF_FILE"]
	if sarifPath == "" {
		sarifPath = "signdoctor.sarif"
	}
	r.sarif, _ = os.ReadFile(filepath.Join(work, sarifPath))
	return r
}

// The action's script on fixtures: globs expand, the summary and the SARIF
// file are written, the outputs set, and the exit status follows fail-on.
func TestActionScript(t *testing.T) {
	work := t.TempDir()
	if err := os.MkdirAll(filepath.Join(work, "build", "ios"), 0o755); err != nil {
		t.Fatal(err)
	}
	ipa, err := os.ReadFile(errorIPA(t))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(work, "build", "ios", "My App.ipa"), ipa, 0o644)
	os.WriteFile(filepath.Join(work, "build", "dev.mobileprovision"), testfixture.PlainProfile(t).Build(t), 0o644)
	os.WriteFile(filepath.Join(work, "junk.bin"), junk, 0o644)

	r := runAction(t, work, map[string]string{"FILES": "build/**/*.ipa\n  build/*.mobileprovision  \n", "NOW": "2026-12-01"})
	if r.code != exitFindings {
		t.Fatalf("exit %d, want 1 for a report with errors; log:\n%s", r.code, r.log)
	}
	if !strings.Contains(r.log, "build/ios/My App.ipa: ") || !strings.Contains(r.log, "build/dev.mobileprovision") {
		t.Errorf("the log does not show the text report of both files:\n%s", r.log)
	}
	if !strings.HasPrefix(r.summary, "## signdoctor: ") || !strings.Contains(r.summary, "in 2 files") || !strings.Contains(r.summary, "### ❌ error") {
		t.Errorf("step summary:\n%s", r.summary)
	}
	if !strings.Contains(r.output, "exit-code=1\n") || !strings.Contains(r.output, "sarif-file=signdoctor.sarif\n") {
		t.Errorf("GITHUB_OUTPUT = %q", r.output)
	}
	validateSARIF(t, r.sarif)
	var log sarif.Log
	if err := json.Unmarshal(r.sarif, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Fatalf("SARIF file: %v %s", err, r.sarif)
	}
	uris := map[string]bool{}
	for _, a := range log.Runs[0].Artifacts {
		uris[a.Location.URI] = true
	}
	if !uris["build/ios/My%20App.ipa"] {
		t.Errorf("SARIF artifacts %v do not name the .ipa relative to the repository", uris)
	}

	// fail-on never passes; the summary is appended to, as steps share it.
	r = runAction(t, work, map[string]string{"FILES": "build/ios/My App.ipa", "FAIL_ON": "never", "SARIF_FILE": "out.sarif"})
	if r.code != exitOK || !strings.Contains(r.output, "sarif-file=out.sarif") || len(r.sarif) == 0 {
		t.Errorf("fail-on never: exit %d, outputs %q\n%s", r.code, r.output, r.log)
	}

	// A warning only: passes at error, fails at warning; no summary when
	// turned off.
	r = runAction(t, work, map[string]string{"FILES": "junk.bin", "SUMMARY": "false"})
	if r.code != exitOK || r.summary != "" {
		t.Errorf("warning at fail-on error: exit %d, summary %q", r.code, r.summary)
	}
	r = runAction(t, work, map[string]string{"FILES": "junk.bin", "FAIL_ON": "warning"})
	if r.code != exitFindings {
		t.Errorf("warning at fail-on warning: exit %d", r.code)
	}

	// Mistakes in the workflow stop with exit 2 and an annotation.
	for name, files := range map[string]string{"glob matching nothing": "build/**/*.xcarchive.zip", "no files": "  \n"} {
		r = runAction(t, work, map[string]string{"FILES": files})
		if r.code != exitUsage || !strings.Contains(r.log, "::error title=signdoctor::") {
			t.Errorf("%s: exit %d, log %q", name, r.code, r.log)
		}
	}
}

// action.yml passes every input to the script under the name it reads.
func TestActionPassesEveryInput(t *testing.T) {
	yml, err := os.ReadFile(filepath.Join(testModuleRoot, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(filepath.Join(testModuleRoot, "action", "check.sh"))
	if err != nil {
		t.Fatal(err)
	}
	for _, input := range []string{"files", "fail-on", "now", "device", "config", "sarif-file", "summary"} {
		env := "INPUT_" + strings.ToUpper(strings.ReplaceAll(input, "-", "_"))
		if !strings.Contains(string(yml), "\n  "+input+":\n") {
			t.Errorf("action.yml declares no input %s", input)
		}
		if !strings.Contains(string(yml), env+": ${{ inputs."+input+" }}") {
			t.Errorf("action.yml does not pass %s as %s", input, env)
		}
		if !strings.Contains(string(script), env) {
			t.Errorf("check.sh does not read %s", env)
		}
	}
}
