package main

import (
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
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
