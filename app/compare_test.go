package app

import (
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestCompareTwoProfilesSideBySide(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	old := &report.Profile{Team: "ABCDE12345", Expires: now, DeviceIDs: []string{"dev-1"},
		Entitlements: map[string]any{"get-task-allow": true}}
	neu := &report.Profile{Team: "ABCDE12345", Expires: now.AddDate(1, 0, 0), DeviceIDs: []string{"dev-1", "dev-2"},
		Entitlements: map[string]any{"get-task-allow": false}}
	arts := []report.Artifact{
		report.NewArtifact("old.mobileprovision", old),
		report.NewArtifact("tool", &report.MachO{}),
		report.NewArtifact("new.mobileprovision", neu),
	}
	cands := comparableArtifacts(arts)
	if len(cands) != 2 || cands[0] != 0 || cands[1] != 2 {
		t.Fatalf("candidates: %v", cands)
	}
	if i, j, ok := defaultPair(arts, cands); !ok || i != 0 || j != 2 {
		t.Fatalf("default pair: %d %d %v", i, j, ok)
	}
	v := &compareView{Artifacts: arts}
	v.Render()
	v.onCompare(goapp.Context{}, goapp.Event{})
	html := goapp.HTMLString(v)
	for _, want := range []string{
		`id="compare-button"`,
		`data-field="expires"`, `data-kind="changed"`,
		`data-field="device"`, `data-kind="added"`, `dev-2`,
		`entitlement get-task-allow`,
		`old.mobileprovision</th>`, `new.mobileprovision</th>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("compare view lacks %s", want)
		}
	}
	if strings.Contains(html, `data-field="team"`) {
		t.Error("an unchanged team is listed as a change")
	}
	// One artifact of each kind: nothing to compare, no controls.
	if html := goapp.HTMLString(&compareView{Artifacts: arts[:2]}); strings.Contains(html, "compare-button") {
		t.Error("compare offered for artifacts of different kinds")
	}
}
