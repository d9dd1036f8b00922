package analyzer

import (
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestDiffComparesTwoProfiles(t *testing.T) {
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a := report.NewArtifact("old.mobileprovision", &report.Profile{Team: "ABCDE12345", Expires: day, DeviceIDs: []string{"one"}})
	b := report.NewArtifact("new.mobileprovision", &report.Profile{Team: "ABCDE12345", Expires: day.AddDate(1, 0, 0), DeviceIDs: []string{"one", "two"}})
	r := Diff(a, b)
	if !r.Comparable {
		t.Fatal("two profiles are not comparable")
	}
	got := map[string]string{}
	for _, c := range r.Changes {
		got[c.Field] = c.Kind
	}
	if got["expires"] != DiffChanged || got["device"] != DiffAdded || got["team"] != "" {
		t.Errorf("changes: %+v", r.Changes)
	}
	if Diff(a, report.NewArtifact("x", &report.MachO{})).Comparable {
		t.Error("a profile and a binary are comparable")
	}
}
