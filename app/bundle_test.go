package app

import (
	"context"
	"encoding/base64"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

func handMadeBundle() *report.Bundle {
	return &report.Bundle{
		Layout:  "ios",
		Entries: 12,
		Code: []report.BundleNode{{
			Path: "Payload/Demo.app", Type: "app", Identifier: "com.example.demo",
			Executable: "Payload/Demo.app/Demo", Signature: "certificate", Team: "ABCDE12345", Status: "error",
			MachO: &report.MachO{Slices: []report.MachOSlice{{
				Arch: "arm64", Signature: "certificate", Identifier: "com.example.demo", Team: "ABCDE12345",
				CDHash: "00112233445566778899aabbccddeeff00112233", Hashes: []string{"sha256"}, Flags: []string{"runtime"},
				Leaf: "Apple Development: X", CertKind: "Apple Development", MinOS: "15.0", Platform: "iOS",
				Requirement:  `identifier "com.example.demo" and anchor apple generic`,
				Entitlements: map[string]any{"get-task-allow": true},
			}}},
			Seal: &report.BundleSeal{Version: 2, Checked: 3, Added: []string{"extra.txt"}, Removed: []string{}, Modified: []string{"Base.lproj/Main.storyboardc"}},
			Children: []report.BundleNode{{
				Path: "Payload/Demo.app/Frameworks/Kit.framework", Type: "framework",
				Executable: "Payload/Demo.app/Frameworks/Kit.framework/Kit", Signature: "certificate", Team: "ZYXWV98765", Status: "warning",
			}},
		}},
	}
}

func TestFindingsGoToTheDeepestNode(t *testing.T) {
	b := handMadeBundle()
	findings := []report.Finding{
		report.Finding{ID: "bundle-nested-team-mismatch", Severity: report.Error, Message: "other team"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Frameworks/Kit.framework/Kit"}),
		report.Finding{ID: "bundle-seal-modified", Severity: report.Error, Message: "modified"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Base.lproj/Main.storyboardc"}),
		report.Finding{ID: "macho-no-hardened-runtime", Severity: report.Warning, Message: "no runtime"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Demo", Arch: "arm64"}),
		report.Finding{ID: "bundle-appledouble", Severity: report.Warning, Message: "stray"}.At(report.Location{File: "Demo.ipa", Path: "__MACOSX/"}),
		report.Finding{ID: "x", Severity: report.Info, Message: "whole archive"}.At(report.Location{File: "Demo.ipa"}),
		report.Finding{ID: "y", Severity: report.Info, Message: "another input"}.At(report.Location{File: "Other.ipa", Path: "Payload/Demo.app/Demo"}),
		report.Finding{ID: "z", Severity: report.Info, Message: "a file named like the archive and its path"}.At(report.Location{File: "Demo.ipa: Payload/Demo.app/Demo"}),
	}
	got := map[string][]string{}
	for path, fs := range findingsByNode(findings, "Demo.ipa", b.Code) {
		for _, f := range fs {
			got[path] = append(got[path], f.ID)
		}
	}
	want := map[string][]string{
		"Payload/Demo.app":                          {"bundle-seal-modified", "macho-no-hardened-runtime"},
		"Payload/Demo.app/Frameworks/Kit.framework": {"bundle-nested-team-mismatch"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings by node:\n got %v\nwant %v", got, want)
	}
	// The checks' findings raise a node the parser called ok.
	kit := &b.Code[0].Children[0]
	kit.Status = "ok"
	if s := nodeStatus(kit, findingsByNode(findings, "Demo.ipa", b.Code)[kit.Path]); s != "error" {
		t.Errorf("status with an error finding: %s", s)
	}
	if s := nodeStatus(kit, nil); s != "ok" {
		t.Errorf("status without findings: %s", s)
	}
}

func TestStepNodeMovesThroughTheTree(t *testing.T) {
	flat := flattenCode(handMadeBundle().Code)
	if len(flat) != 2 || flat[1].Depth != 1 {
		t.Fatalf("flattened tree: %+v", flat)
	}
	app, kit := "Payload/Demo.app", "Payload/Demo.app/Frameworks/Kit.framework"
	for _, tc := range []struct{ from, key, want string }{
		{app, "ArrowDown", kit}, {kit, "ArrowDown", kit}, {kit, "ArrowUp", app},
		{app, "ArrowUp", app}, {app, "End", kit}, {kit, "Home", app},
	} {
		if got := stepNode(flat, tc.from, tc.key); got != tc.want {
			t.Errorf("%s from %s: got %s, want %s", tc.key, tc.from, got, tc.want)
		}
	}
}

func TestBundleCardRendersTreeAndSelectedNode(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	b := handMadeBundle()
	findings := []report.Finding{
		report.Finding{ID: "bundle-nested-team-mismatch", Severity: report.Error, Message: "other team"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Frameworks/Kit.framework/Kit"}),
	}
	card := &bundleCard{Artifact: report.NewArtifact("Demo.ipa", b), Bundle: b, Findings: findings, Now: now}
	html := goapp.HTMLString(card)
	for _, want := range []string{
		`class="bundle-tree"`,
		`data-path="Payload/Demo.app"`,
		`data-status="error"`,
		`data-path="Payload/Demo.app/Frameworks/Kit.framework"`,
		`class="node-card"`,
		`data-fact="cdhash"`, `data-fact="hashes"`, `data-fact="flags"`, `data-fact="leaf"`, `data-fact="min_os"`,
		`data-fact="requirement"`, `get-task-allow`,
		`extra.txt`, `Base.lproj/Main.storyboardc`,
		`class="requirement-input"`,
		`No findings about this code.`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("bundle card lacks %s", want)
		}
	}
	// go-app writes attributes in map order and "true" as a bare attribute.
	if tag := tagWith(html, `id="code-node-0-0"`); !regexp.MustCompile(`aria-pressed[ >]`).MatchString(tag) || !strings.Contains(tag, `tabindex="0"`) {
		t.Errorf("first node is not the selected one: %s", tag)
	}
	// The framework's error finding outranks the parser's "warning".
	if tag := tagWith(html, `data-path="Payload/Demo.app/Frameworks/Kit.framework"`); !strings.Contains(tag, `data-status="error"`) {
		t.Errorf("framework node: %s", tag)
	}
	// Selecting the framework shows its card and its finding.
	card.selected = "Payload/Demo.app/Frameworks/Kit.framework"
	html = goapp.HTMLString(card)
	if tag := tagWith(html, `data-id="bundle-nested-team-mismatch"`); !strings.Contains(tag, `class="node-finding sev-error"`) {
		t.Errorf("selected framework's card lacks its finding:\n%s", html)
	}
	if testing.Verbose() {
		t.Log(html)
	}
	if strings.Contains(html, `class="requirement-input"`) {
		t.Error("a node without Mach-O facts offers a requirement box")
	}
}

func TestRequirementSyntaxGivesTheColumn(t *testing.T) {
	if se := requirementSyntax(`identifier "a" and anchor apple generic`); se != nil {
		t.Errorf("valid requirement: %+v", se)
	}
	if se := requirementSyntax("   "); se != nil {
		t.Errorf("empty requirement: %+v", se)
	}
	se := requirementSyntax(`identifier "a" and and`)
	if se == nil || se.Line != 1 || se.Column < 16 {
		t.Errorf("syntax error: got %+v, want line 1 and a column at the second and", se)
	}
}

func TestRequirementEvaluatesAMachOFile(t *testing.T) {
	b64, err := os.ReadFile("../testdata/cases/req-unsatisfied/anchor-apple/tool.b64")
	if err != nil {
		t.Skip("case input missing:", err)
	}
	bin, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		t.Fatal(err)
	}
	files := []analyzer.File{{Name: "tool", Size: int64(len(bin)), R: strings.NewReader(string(bin))}}
	rep, err := analyzer.Analyze(context.Background(), files, analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ident string
	for _, a := range rep.Artifacts {
		if m, ok := a.Facts.(*report.MachO); ok && len(m.Slices) > 0 {
			ident = m.Slices[0].Identifier
		}
	}
	if ident == "" {
		t.Fatal("no identifier in the fixture")
	}
	res, err := analyzer.EvaluateRequirement(context.Background(), files, `identifier "`+ident+`" and identifier "nope"`, analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	views := evalViews(res, "tool")
	if len(views) != 1 || views[0].Verdict != verdictNotSatisfied || len(views[0].Clauses) != 2 {
		t.Fatalf("views: %+v", views)
	}
	if clauseVerdict(views[0].Clauses[0]) != verdictSatisfied || clauseVerdict(views[0].Clauses[1]) != verdictNotSatisfied || views[0].Clauses[1].Why == "" {
		t.Errorf("clauses: %+v", views[0].Clauses)
	}
	html := goapp.HTMLString(reqSliceUI(views[0]))
	if !strings.Contains(html, `data-verdict="not-satisfied"`) || !strings.Contains(html, `data-verdict="satisfied"`) {
		t.Errorf("rendered verdicts: %s", html)
	}
}

func TestNodeEvalFromRequirementFindings(t *testing.T) {
	rep := &report.Report{Findings: []report.Finding{
		report.Finding{ID: "req-unsatisfied", Severity: report.Error, Message: "does not satisfy"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Demo", Arch: "arm64"}),
		report.Finding{ID: "req-satisfied", Severity: report.Info, Message: "satisfies"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Frameworks/Kit.framework/Kit", Arch: "arm64"}),
		report.Finding{ID: "req-unsatisfied", Severity: report.Warning, Message: "depends"}.At(report.Location{File: "Demo.ipa", Path: "Payload/Demo.app/Demo", Arch: "x86_64"}),
	}}
	got := nodeEvalViews(rep, "Demo.ipa", "Payload/Demo.app/Demo")
	if len(got) != 2 || got[0].Verdict != verdictNotSatisfied || got[1].Verdict != verdictUndetermined ||
		got[0].Subject != "Demo.ipa: Payload/Demo.app/Demo [arm64]" {
		t.Errorf("node eval: %+v", got)
	}
}

// tagWith returns the first start tag in html that carries attr.
func tagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	if start < 0 || end < 0 {
		return ""
	}
	return html[start : i+end+1]
}
