package app

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestLookupAsksEveryProfile(t *testing.T) {
	a := &report.Profile{ProfileName: "A", DeviceIDs: []string{"00008030-001A2B3C4D5E6F70"}, Devices: 1}
	b := &report.Profile{ProfileName: "B", DeviceIDs: []string{"other"}, Devices: 1}
	emb := &report.Profile{ProfileName: "E", AllDevices: true}
	r := &report.Report{Artifacts: []report.Artifact{
		report.NewArtifact("a.mobileprovision", a),
		report.NewArtifact("b.mobileprovision", b),
		report.NewArtifact("App.ipa", &report.Bundle{Code: []report.BundleNode{{
			Path: "Payload/App.app", ProfilePath: "Payload/App.app/embedded.mobileprovision", Profile: emb,
		}}}),
	}}
	entries := reportProfiles(r)
	if len(entries) != 3 || entries[2].Name != "App.ipa: Payload/App.app/embedded.mobileprovision" {
		t.Fatalf("entries: %+v", entries)
	}
	findings := []report.Finding{
		report.Finding{ID: "profile-device-not-listed", Severity: report.Error, Message: "not listed"}.At(report.Location{File: "b.mobileprovision"}),
		report.Finding{ID: "profile-device-format", Severity: report.Warning, Message: "form"}.At(report.Location{Item: "device 00008030"}),
		report.Finding{ID: "profile-device-listed", Severity: report.Info, Message: "all"}.At(report.Location{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision"}),
		report.Finding{ID: "profile-cert-expired", Severity: report.Error, Message: "a certificate of the embedded profile"}.At(report.Location{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision", Item: "Apple Development: X"}),
	}
	rows, general := lookupRows(entries, " 00008030-001a2b3c4d5e6f70 ", findings)
	if !rows[0].Listed || rows[1].Listed || rows[2].Listed {
		t.Errorf("listed: %v %v %v", rows[0].Listed, rows[1].Listed, rows[2].Listed)
	}
	if len(rows[1].Findings) != 1 || len(rows[2].Findings) != 2 || len(general) != 1 {
		t.Errorf("findings per profile: %+v / general %+v", rows, general)
	}

	d := &deviceLookup{Report: r, query: "00008030-001A2B3C4D5E6F70"}
	html := goapp.HTMLString(d)
	for _, want := range []string{`id="device-lookup"`, `id="device-lookup-input"`, `data-profile="a.mobileprovision"`, `data-listed="listed"`, `allows all devices`} {
		if !strings.Contains(html, want) {
			t.Errorf("lookup lacks %s", want)
		}
	}
	// go-app writes attributes in map order: count, do not match neighbours.
	if n := strings.Count(html, `data-listed="not-listed"`); n != 2 {
		t.Errorf("%d profiles not listed, want 2", n)
	}
	if html := goapp.HTMLString(&deviceLookup{Report: &report.Report{}}); strings.Contains(html, "device-lookup-input") {
		t.Error("lookup shown without profiles")
	}
}

// The analyzer's answer, as the handler computes it: the findings a run with
// the device adds to the report.
func TestLookupFindingsComeFromTheAnalyzer(t *testing.T) {
	const path = "../testdata/cases/profile-expired/expired-last-month/Example.mobileprovision"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip("case input missing:", err)
	}
	files := []analyzer.File{{Name: "Example.mobileprovision", Size: int64(len(data)), R: bytes.NewReader(data)}}
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	base, err := analyzer.Analyze(context.Background(), files, analyzer.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	with, err := analyzer.Analyze(context.Background(), files, analyzer.Options{Now: now, Device: "not-a-device"})
	if err != nil {
		t.Fatal(err)
	}
	added := addedFindings(base.Findings, with.Findings)
	if len(added) == 0 {
		t.Fatal("asking about a device added no finding")
	}
	rows, general := lookupRows(reportProfiles(base), "not-a-device", added)
	n := len(general)
	for _, r := range rows {
		n += len(r.Findings)
		if r.Listed {
			t.Error("a made-up device is listed")
		}
	}
	if n != len(added) {
		t.Errorf("%d findings placed, want %d", n, len(added))
	}
	for _, f := range added {
		if !strings.HasPrefix(f.ID, "profile-device") {
			t.Errorf("unexpected finding for the device: %+v", f)
		}
	}
}
