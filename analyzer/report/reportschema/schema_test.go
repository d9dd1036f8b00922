package reportschema

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

var update = flag.Bool("update", false, "rewrite report.schema.json from the Go types")

// TestSchemaIsGeneratedFromTheTypes keeps report.schema.json in step with
// analyzer/report: a field added, renamed or made optional changes the
// generated schema, and this fails until the file is regenerated.
func TestSchemaIsGeneratedFromTheTypes(t *testing.T) {
	got, err := Generate()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("report.schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, File) {
		t.Fatal("report.schema.json differs from the schema of the Go types in analyzer/report: run go test ./analyzer/report/reportschema -update and review the diff")
	}
}

// TestSchemaRejectsWhatTheTypesCannotProduce: the schema is strict enough to
// catch a report that is not signdoctor's.
func TestSchemaRejectsWhatTheTypesCannotProduce(t *testing.T) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	good := report.Report{
		Verdicts: []report.Verdict{{Goal: report.GoalInstalls, Status: report.Fail, Because: []string{"profile-expired"}}},
		Findings: []report.Finding{{ID: "profile-expired", Severity: report.Error, Subject: "a.mobileprovision", Message: "expired", Accepted: "known"}},
		Artifacts: []report.Artifact{
			report.NewArtifact("a.mobileprovision", &report.Profile{ProfileKind: "development", Team: "TEAM123456", Created: now, Expires: now}),
			report.NewArtifact("App.ipa", &report.Bundle{Entries: 2, Code: []report.BundleNode{{Path: "Payload/App.app", Type: "app", Signature: "adhoc", Status: "ok",
				Children: []report.BundleNode{{Path: "Payload/App.app/Frameworks/A.framework", Type: "framework", Signature: "missing", Status: "error"}}}}}),
		},
		Policy: &report.Policy{Config: ".signdoctor.json", Unused: []report.Acceptance{{Check: "x-y", Subject: "*", Reason: "r"}}},
	}
	b, err := json.Marshal(good)
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(b); err != nil {
		t.Fatalf("a report made from the types fails the schema: %v", err)
	}
	for name, mutate := range map[string]func(string) string{
		"unknown severity": func(s string) string { return strings.Replace(s, `"severity":"error"`, `"severity":"fatal"`, 1) },
		"unknown field":    func(s string) string { return strings.Replace(s, `"findings":[`, `"extra":1,"findings":[`, 1) },
		"unknown kind":     func(s string) string { return strings.Replace(s, `"kind":"profile"`, `"kind":"spreadsheet"`, 1) },
		"missing subject":  func(s string) string { return strings.Replace(s, `"subject":"a.mobileprovision",`, ``, 1) },
		"bad date": func(s string) string {
			return strings.Replace(s, `"expires":"2026-12-01T00:00:00Z"`, `"expires":"soon"`, 1)
		},
		"nested node type": func(s string) string { return strings.Replace(s, `"signature":"missing"`, `"signature":7`, 1) },
	} {
		bad := mutate(string(b))
		if bad == string(b) {
			t.Fatalf("%s: the mutation did not apply to %s", name, b)
		}
		if err := Validate([]byte(bad)); err == nil {
			t.Errorf("%s: the schema accepts %s", name, bad)
		}
	}
}
