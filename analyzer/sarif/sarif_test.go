package sarif

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestFileURI(t *testing.T) {
	if got := fileURI("my app/ä.ipa"); got != "my%20app/%C3%A4.ipa" {
		t.Errorf("fileURI: %s", got)
	}
}

// A finding on one slice of an executable inside an archive: the archive
// is the artifact, the place inside it the logical location.
func TestLocationInsideArchiveSlice(t *testing.T) {
	at := report.Location{File: "my app.ipa", Path: "Payload/App.app/Frameworks/Kit.framework/Kit", Arch: "arm64"}
	rep := &report.Report{Findings: []report.Finding{
		report.Finding{ID: "bundle-nested-team-mismatch", Severity: report.Error, Message: "m"}.At(at)}}
	run := Build(rep, nil, Options{Files: []string{"my app.ipa", "my"}}).Runs[0]
	locs := run.Results[0].Locations
	if len(locs) != 1 || locs[0].PhysicalLocation == nil {
		t.Fatalf("locations %+v", locs)
	}
	pl := locs[0].PhysicalLocation
	if pl.ArtifactLocation.URI != "my%20app.ipa" || pl.ArtifactLocation.Index == nil || *pl.ArtifactLocation.Index != 0 || pl.Region != nil {
		t.Errorf("physical location %+v", pl)
	}
	if len(locs[0].LogicalLocations) != 1 || locs[0].LogicalLocations[0].FullyQualifiedName != "Payload/App.app/Frameworks/Kit.framework/Kit [arm64]" {
		t.Errorf("logical locations %+v", locs[0].LogicalLocations)
	}
	if len(run.Artifacts) != 1 || run.Artifacts[0].Location.URI != "my%20app.ipa" {
		t.Errorf("artifacts %+v", run.Artifacts)
	}
}

// A finding on a line of pasted text: a region of the text file, or, for
// text that is no file (stdin), a logical location naming the line.
func TestLocationOnPastedLine(t *testing.T) {
	at := report.Location{File: "build.log", Line: 42, Command: "codesign -d App"}
	rep := &report.Report{Findings: []report.Finding{
		report.Finding{ID: "text-unsatisfied-entitlements", Severity: report.Error, Message: "m"}.At(at)}}
	locs := Build(rep, nil, Options{}).Runs[0].Results[0].Locations
	if len(locs) != 1 || locs[0].PhysicalLocation == nil || locs[0].PhysicalLocation.ArtifactLocation.URI != "build.log" ||
		locs[0].PhysicalLocation.Region == nil || locs[0].PhysicalLocation.Region.StartLine != 42 {
		t.Fatalf("locations %+v", locs)
	}
	if got := locs[0].LogicalLocations[0].FullyQualifiedName; got != "line 42 (codesign -d App)" {
		t.Errorf("logical location %q", got)
	}
	locs = Build(rep, nil, Options{Files: []string{"App.ipa"}}).Runs[0].Results[0].Locations
	if len(locs) != 1 || locs[0].PhysicalLocation != nil || locs[0].LogicalLocations[0].FullyQualifiedName != "build.log: line 42 (codesign -d App)" {
		t.Errorf("text that is not one of the files: locations %+v", locs)
	}
}

// A report written before findings had locations keeps its subjects, as
// logical locations.
func TestSubjectWithoutLocation(t *testing.T) {
	rep := &report.Report{Findings: []report.Finding{{ID: "profile-expired", Severity: report.Error, Subject: "a.mobileprovision", Message: "m"}}}
	locs := Build(rep, nil, Options{}).Runs[0].Results[0].Locations
	if len(locs) != 1 || locs[0].PhysicalLocation != nil || locs[0].LogicalLocations[0].FullyQualifiedName != "a.mobileprovision" {
		t.Errorf("locations %+v", locs)
	}
}

func TestEncodeARealReport(t *testing.T) {
	const path = "../../testdata/cases/bundle-nested-team-mismatch/framework-of-other-team/Demo.ipa"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("case input missing:", err)
	}
	files := []analyzer.File{{Name: "Demo.ipa", Size: int64(len(data)), R: bytes.NewReader(data)}}
	rep, err := analyzer.Analyze(context.Background(), files, analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) == 0 {
		t.Fatal("no findings to encode")
	}
	checks := analyzer.Checks()
	b, err := Encode(rep, checks, Options{Files: []string{"Demo.ipa"}, HelpURI: "https://example.org/checks/"})
	if err != nil {
		t.Fatal(err)
	}
	var log Log
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || log.Schema == "" || len(log.Runs) != 1 {
		t.Fatalf("header: %+v", log)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != len(checks) {
		t.Errorf("%d rules, want %d", len(run.Tool.Driver.Rules), len(checks))
	}
	for i, r := range run.Tool.Driver.Rules {
		c := checks[i]
		if r.ID != c.ID || r.ShortDescription.Text != c.Title || r.FullDescription.Text != c.Doc || r.Help.Text != c.Fix ||
			r.DefaultConfiguration.Level != Level(c.Severity) || r.HelpURI != "https://example.org/checks/"+c.ID {
			t.Errorf("rule %d does not carry check %s: %+v", i, c.ID, r)
		}
	}
	if len(run.Results) != len(rep.Findings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(rep.Findings))
	}
	sawMismatch := false
	for i, res := range run.Results {
		f := rep.Findings[i]
		if res.RuleID != f.ID || res.Level != Level(f.Severity) || res.Message.Text == "" {
			t.Errorf("result %d: %+v for %+v", i, res, f)
		}
		if res.RuleIndex == nil || run.Tool.Driver.Rules[*res.RuleIndex].ID != f.ID {
			t.Errorf("result %d: rule index does not point at %s", i, f.ID)
		}
		if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation == nil || res.Locations[0].PhysicalLocation.ArtifactLocation.URI != "Demo.ipa" {
			t.Errorf("result %d: location %+v", i, res.Locations)
		}
		if f.ID == "bundle-nested-team-mismatch" {
			sawMismatch = true
			if got := res.Locations[0].LogicalLocations[0].FullyQualifiedName; got != "Payload/Demo.app/Frameworks/Kit.framework/Kit" {
				t.Errorf("logical location: %s", got)
			}
		}
	}
	if !sawMismatch {
		t.Error("the case's finding is missing")
	}
	if len(run.Artifacts) != 1 || run.Artifacts[0].Location.URI != "Demo.ipa" {
		t.Errorf("artifacts: %+v", run.Artifacts)
	}
}

func TestEncodeEmptyReport(t *testing.T) {
	b, err := Encode(&report.Report{}, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"results": []`)) || !bytes.Contains(b, []byte(`"rules": []`)) {
		t.Errorf("empty report: %s", b)
	}
}

// FuzzFileURI: every file name becomes a valid escaped URI.
func FuzzFileURI(f *testing.F) {
	for _, s := range []string{"App.ipa", "my app/ä.ipa", "", "a#b?c", "x\\y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, file string) {
		for _, c := range []byte(fileURI(file)) {
			if c <= ' ' || c >= 0x7f || c == '"' || c == '#' || c == '?' {
				t.Fatalf("fileURI(%q) has %q unescaped", file, c)
			}
		}
	})
}

// The verdicts ride along as run properties, and a finding made in several
// places has a location for each.
func TestVerdictsAndPlaces(t *testing.T) {
	rep := &report.Report{
		Verdicts: []report.Verdict{{Goal: report.GoalInstalls, Status: report.Fail, Because: []string{"profile-expired#1"}}},
		Findings: []report.Finding{{ID: "profile-expired", Severity: report.Error, Ref: "profile-expired#1",
			Subject: "App.ipa: Payload/App.app/embedded.mobileprovision", Message: "expired",
			Location: report.Location{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision"},
			Places:   []string{"App.ipa: Payload/App.app/embedded.mobileprovision", "App.ipa: Payload/App.app/PlugIns/W.appex/embedded.mobileprovision"},
			PlaceLocations: []report.Location{{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision"},
				{File: "App.ipa", Path: "Payload/App.app/PlugIns/W.appex/embedded.mobileprovision"}}}},
	}
	run := Build(rep, analyzer.Checks(), Options{Files: []string{"App.ipa"}}).Runs[0]
	if run.Properties == nil || len(run.Properties.Verdicts) != 1 || run.Properties.Verdicts[0].Status != report.Fail {
		t.Errorf("run properties %+v, want the verdict", run.Properties)
	}
	res := run.Results[0]
	if len(res.Locations) != 2 || res.Locations[1].LogicalLocations[0].FullyQualifiedName != "Payload/App.app/PlugIns/W.appex/embedded.mobileprovision" {
		t.Errorf("locations %+v, want one per place", res.Locations)
	}
	if len(run.Artifacts) != 1 {
		t.Errorf("artifacts %+v, want App.ipa once", run.Artifacts)
	}
}
