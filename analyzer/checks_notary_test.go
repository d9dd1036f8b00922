package analyzer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// Each notary log of the shared corpus gives exactly one explained finding per
// issue, linked to a registered local check, and an artifact whose groups
// hold every issue.
func TestNotaryCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testcorpus.Dir(t, "notary"), "*.json"))
	if len(files) == 0 {
		t.Skip("corpus not available")
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		l, err := notary.Parse(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rep := analyzeBytes(t, name, b)
		if len(rep.Artifacts) != 1 || rep.Artifacts[0].Kind != "notary" {
			t.Fatalf("%s: artifacts %+v", name, rep.Artifacts)
		}
		facts := rep.Artifacts[0].Facts.(*report.Notary)
		inGroups := 0
		for _, g := range facts.Groups {
			inGroups += len(g.Issues)
		}
		if facts.IssueCount != len(l.Issues) || inGroups != len(l.Issues) || facts.JobID != l.JobID {
			t.Errorf("%s: facts %d issues, %d in groups, log %d", name, facts.IssueCount, inGroups, len(l.Issues))
		}
		perIssue := 0
		for _, f := range rep.Findings {
			switch {
			case f.ID == "notary-accepted" || f.ID == "notary-rejected":
			case strings.HasPrefix(f.ID, "notary-"):
				perIssue += len(places(&f)) // the same issue on several files is one finding
				if f.ID == notary.UnknownID {
					t.Errorf("%s: issue not explained: %s", name, f.Message)
				}
				if !strings.HasPrefix(f.Subject, name+": ") || !strings.HasSuffix(f.Subject, "]") {
					t.Errorf("%s: subject %q", name, f.Subject)
				}
				if f.ID != "notary-old-sdk" && !strings.Contains(f.Message, "Caught before submitting by: macho-") {
					t.Errorf("%s: %s names no local check: %s", name, f.ID, f.Message)
				}
			default:
				t.Errorf("%s: unexpected finding %+v", name, f)
			}
		}
		if perIssue != len(l.Issues) {
			t.Errorf("%s: %d findings for %d issues", name, perIssue, len(l.Issues))
		}
		switch {
		case l.Accepted():
			if !hasFinding(rep, "notary-accepted") {
				t.Errorf("%s: accepted log without notary-accepted", name)
			}
		case len(l.Issues) == 0:
			if !hasFinding(rep, "notary-rejected") {
				t.Errorf("%s: rejected log without notary-rejected", name)
			}
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Error(err)
		}
	}
}

func hasFinding(rep *report.Report, id string) bool {
	for _, f := range rep.Findings {
		if f.ID == id {
			return true
		}
	}
	return false
}

func TestNotaryUnknownIssueUsesTextCatalogue(t *testing.T) {
	log := `{"jobId":"j","status":"Invalid","statusCode":4000,"issues":[
	 {"severity":"error","code":null,"path":"a.zip/A.app/Contents/MacOS/A","message":"The binary is frobnicated.","docUrl":"https://example.invalid/doc","architecture":"arm64"},
	 {"severity":"warning","code":null,"path":"a.zip/A.app/Contents/MacOS/A","message":"a sealed resource is missing or invalid","architecture":"arm64"}]}`
	rep := analyzeBytes(t, "log.json", []byte(log))
	var unknown []report.Finding
	for _, f := range rep.Findings {
		if f.ID == notary.UnknownID {
			unknown = append(unknown, f)
		}
	}
	if len(unknown) != 2 || unknown[0].Severity != report.Error || !strings.Contains(unknown[0].Message, "https://example.invalid/doc") ||
		unknown[1].Severity != report.Warning || !strings.Contains(unknown[1].Message, "after") {
		t.Errorf("%+v", unknown)
	}
}

// Part of a log pasted as text is read as text, so its messages are still known.
func TestPartialNotaryLogIsText(t *testing.T) {
	part := `{"jobId": "x", "status": "Invalid", "issues": [{"severity": "error", "message": "The signature does not include a secure timestamp."`
	rep := analyzeBytes(t, "pasted.txt", []byte(part))
	if len(rep.Artifacts) != 1 || rep.Artifacts[0].Kind != "text" || !hasFinding(rep, "text-no-secure-timestamp") {
		t.Errorf("%+v", rep)
	}
}
