package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// The text output answers first: a line per verdict, a blank line, then a
// line per finding with its places indented beneath and its cause named.
func TestWriteTextVerdictsFirst(t *testing.T) {
	rep := &report.Report{
		Verdicts: []report.Verdict{
			{Goal: report.GoalSignature, Status: report.Pass},
			{Goal: report.GoalInstalls, Status: report.Fail, Because: []string{"profile-expired#1", "profile-no-valid-cert#1", "profile-expired#2"}},
			{Goal: report.GoalNotarization, Status: report.Unknown, Needs: "the notary log"},
		},
		Findings: []report.Finding{
			{ID: "profile-expired", Ref: "profile-expired#1", Severity: report.Error, Subject: "App.ipa: Payload/App.app/embedded.mobileprovision",
				Message: "expired on 2022-01-15", Places: []string{"App.ipa: Payload/App.app/embedded.mobileprovision", "App.ipa: Payload/App.app/PlugIns/W.appex/embedded.mobileprovision"}},
			{ID: "profile-no-valid-cert", Ref: "profile-no-valid-cert#1", Cause: "profile-expired#1", Severity: report.Error,
				Subject: "App.ipa: Payload/App.app/embedded.mobileprovision", Message: "none of its certificates is valid"},
		},
	}
	var b strings.Builder
	writeText(&b, rep, false)
	want := `Valid signature:      pass
Installs on a device: fail: profile-expired, profile-no-valid-cert
Passes notarization:  can't tell: add the notary log

App.ipa: Payload/App.app/embedded.mobileprovision: error: expired on 2022-01-15 (in 2 places) [profile-expired]
    App.ipa: Payload/App.app/embedded.mobileprovision
    App.ipa: Payload/App.app/PlugIns/W.appex/embedded.mobileprovision
App.ipa: Payload/App.app/embedded.mobileprovision: error: none of its certificates is valid (follows from profile-expired) [profile-no-valid-cert]
`
	if b.String() != want {
		t.Errorf("text output:\n%s\nwant:\n%s", b.String(), want)
	}
}

// On real files, the first lines of `signdoctor check` answer the goals with
// their causes: an .ipa whose app and extension embed the same expired
// profile, and a notary log pasted on stdin.
func TestCheckAnswersFirstOnRealFiles(t *testing.T) {
	ipa := testcorpus.Dir(t, "bundles", "appinfo-embedded.ipa")
	log, err := os.ReadFile(testcorpus.Dir(t, "notary", "PromptBar-notarization-log.json"))
	if _, serr := os.Stat(ipa); serr != nil || err != nil {
		t.Skip("corpus not present at ../shared/corpus")
	}
	_, stdout, _ := runCLI(t, "", false, "check", "--now", "2026-11-27T00:00:00Z", ipa)
	want := "Valid signature:      pass\nInstalls on a device: fail: profile-expired, profile-no-valid-cert\nLaunches:             fail: profile-expired, profile-no-valid-cert\n\n"
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("first lines:\n%s\nwant:\n%s", stdout, want)
	}
	if first := strings.SplitN(strings.TrimPrefix(stdout, want), "\n", 2)[0]; !strings.HasSuffix(first, "(in 2 places) [profile-expired]") {
		t.Errorf("first finding %q, want the expired profile in 2 places", first)
	}

	_, stdout, _ = runCLI(t, string(log), false, "check", "-")
	want = "Opens after download: fail: notary-not-developer-id\nPasses notarization:  fail: notary-not-developer-id\n\n"
	if !strings.HasPrefix(stdout, want) {
		t.Errorf("pasted notary log, first lines:\n%s\nwant:\n%s", stdout, want)
	}

	_, stdout, _ = runCLI(t, "", false, "check", "--format", "json", "--now", "2026-11-27T00:00:00Z", ipa)
	var rep report.Report
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Verdicts) != 3 || rep.Verdicts[1].Goal != report.GoalInstalls || rep.Verdicts[1].Because[0] != "profile-expired#1" {
		t.Errorf("JSON verdicts %+v, want installs failing because of profile-expired#1", rep.Verdicts)
	}
}
