package app

import (
	"regexp"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// verdictReport is an .ipa whose app and extension carry the same expired
// profile: one root cause found in two places, a consequence under it, and
// a verdict per goal.
func verdictReport() *report.Report {
	return &report.Report{
		Verdicts: []report.Verdict{
			{Goal: report.GoalNotarization, Status: report.Unknown, Needs: "the notary log (`xcrun notarytool log ID`)"},
			{Goal: report.GoalInstalls, Status: report.Fail, Because: []string{"profile-expired#1"}},
			{Goal: report.GoalSignature, Status: report.Pass},
		},
		Findings: []report.Finding{
			{ID: "profile-expired", Severity: report.Error, Ref: "profile-expired#1",
				Subject: "App.ipa: Payload/App.app/embedded.mobileprovision", Message: "expired on 2026-10-01 (56 days ago)",
				Places: []string{"App.ipa: Payload/App.app/embedded.mobileprovision", "App.ipa: Payload/App.app/PlugIns/Ext.appex/embedded.mobileprovision"}},
			{ID: "profile-cert-expired", Severity: report.Warning, Ref: "profile-cert-expired#1", Cause: "profile-expired#1",
				Subject: "App.ipa: Payload/App.app/embedded.mobileprovision", Message: "its only certificate expired"},
			{ID: "profile-kind", Severity: report.Info, Ref: "profile-kind#1", Subject: "App.ipa: Payload/App.app/embedded.mobileprovision", Message: "Development profile"},
		},
	}
}

func TestVerdictPanelAnswersFirst(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	html := goapp.HTMLString(&reportView{Report: verdictReport(), Now: now})
	v := strings.Index(html, `id="verdicts"`)
	f := strings.Index(html, `class="findings"`)
	if v < 0 || f < 0 || v > f {
		t.Fatalf("the verdicts (at %d) do not come before the findings (at %d)", v, f)
	}
	// Goals in report order, whatever the order given.
	sig := strings.Index(html, `data-goal="valid-signature"`)
	inst := strings.Index(html, `data-goal="installs"`)
	nota := strings.Index(html, `data-goal="notarization"`)
	if !(sig >= 0 && sig < inst && inst < nota) {
		t.Errorf("goals out of order: signature %d, installs %d, notarization %d", sig, inst, nota)
	}
	for _, want := range []string{
		`data-status="fail"`, `data-status="pass"`, `data-status="unknown"`,
		`href="#finding-0"`,                                   // the cause, by its Ref
		`Provisioning profile has expired`,                    // named by its check's title
		`the notary log (`, `>xcrun notarytool log ID</code>`, // the command as code
		`In 2 places`, `Ext.appex/embedded.mobileprovision`,
		`Because of this:`,
		`id="finding-1"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the report lacks %s", want)
		}
	}
	// The consequence sits inside its cause's item.
	cause := strings.Index(html, `id="finding-0"`)
	conseq := strings.Index(html, `id="finding-1"`)
	other := strings.Index(html, `id="finding-2"`)
	if !(cause < conseq && conseq < other) {
		t.Errorf("finding order: cause %d, consequence %d, other %d", cause, conseq, other)
	}
	if got := verdictSentence(verdictViews(verdictReport())); got != "Fails: installs on a device; passes: valid signature; can't tell: passes notarization." {
		t.Errorf("spoken summary %q", got)
	}
}

func resolveRef(findings []report.Finding, ref string) []int {
	return newRefIndex(findings).resolve(ref)
}

func TestVerdictRefsResolve(t *testing.T) {
	r := verdictReport()
	for ref, want := range map[string]int{"profile-expired#1": 0, "profile-cert-expired#1": 1, "profile-kind": 2, "2": 2} {
		if got := resolveRef(r.Findings, ref); len(got) != 1 || got[0] != want {
			t.Errorf("resolveRef(%q) = %v, want [%d]", ref, got, want)
		}
	}
	if got := resolveRef(r.Findings, "no-such-check#1"); len(got) != 0 {
		t.Errorf("an unknown ref resolved to %v", got)
	}
	two := []report.Finding{{ID: "profile-expired", Subject: "a.mobileprovision"}, {ID: "profile-expired", Subject: "b.mobileprovision"}}
	for ref, want := range map[string]int{"profile-expired: b.mobileprovision": 1, "profile-expired@a.mobileprovision": 0} {
		if got := resolveRef(two, ref); len(got) != 1 || got[0] != want {
			t.Errorf("resolveRef(%q) = %v, want [%d]", ref, got, want)
		}
	}
	if got := resolveRef(two, "profile-expired: c.mobileprovision"); len(got) != 0 {
		t.Errorf("a ref naming another subject resolved to %v", got)
	}
	vs := verdictViews(&report.Report{Verdicts: []report.Verdict{{Goal: report.GoalLaunches, Status: report.Fail, Because: []string{"gone#3"}}}})
	if len(vs) != 1 || len(vs[0].Because) != 1 || vs[0].Because[0].Text != "gone#3" {
		t.Errorf("an unresolved ref is not shown as written: %+v", vs)
	}
}

func TestReportWithoutVerdictsHasAHeadline(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	html := goapp.HTMLString(&reportView{Report: handMadeReport(now), Now: now})
	if !strings.Contains(html, `class="verdict-headline"`) || !strings.Contains(html, `id="verdicts"`) {
		t.Error("a report without verdicts has no headline in the verdict panel")
	}
	ok := goapp.HTMLString(&reportView{Report: &report.Report{}, Now: now})
	if !strings.Contains(ok, "No problems found") {
		t.Error("an empty report does not say all is well")
	}
	// A .p12 whose password was not given is unread, not well.
	locked := goapp.HTMLString(&reportView{Report: &report.Report{Findings: []report.Finding{{ID: identityPasswordNeededID, Severity: report.Info, Subject: "Tool.p12", Message: "protected by a password"}}}, Now: now})
	if strings.Contains(locked, "No problems found") || !strings.Contains(locked, "tell yet: ") {
		t.Error("a locked identity alone is said to have no problems")
	}
	if analyzer.Lookup(identityPasswordNeededID) == nil {
		t.Errorf("no check %s", identityPasswordNeededID)
	}
}

func TestCountPillsFilter(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	html := goapp.HTMLString(&reportView{Report: verdictReport(), Now: now, filter: report.Warning})
	if strings.Contains(html, `data-id="profile-expired"`) || !strings.Contains(html, `data-id="profile-cert-expired"`) {
		t.Error("filtered on warnings, the list still shows the error or lacks the warning")
	}
	// go-app writes a "true" attribute bare in HTML (the DOM gets "true"),
	// and attributes in any order.
	pressed := false
	for _, tag := range regexp.MustCompile(`<button [^>]*>`).FindAllString(html, -1) {
		if strings.Contains(tag, `title="Show only the warnings"`) {
			pressed = regexp.MustCompile(`aria-pressed(="true")?( |$|>)`).MatchString(tag)
		}
	}
	if !pressed || !strings.Contains(html, "Show all findings") {
		t.Error("the pressed pill or the way back to all findings is missing")
	}
}

func TestCommonPlace(t *testing.T) {
	kit := report.Location{File: "App.ipa", Path: "Payload/App.app/Frameworks/Kit.framework/Kit"}
	for _, c := range []struct {
		locs []report.Location
		want string
	}{
		{[]report.Location{{File: "tool", Arch: "arm64"}, {File: "tool", Arch: "x86_64"}}, "tool (in 2 places)"},
		{[]report.Location{{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision"}, {File: "App.ipa", Path: "Payload/App.app/PlugIns/Ext.appex/embedded.mobileprovision"}}, "App.ipa: Payload/App.app (in 2 places)"},
		{[]report.Location{{File: "a.mobileprovision"}, {File: "b.mobileprovision"}}, "a.mobileprovision and elsewhere"},
		{[]report.Location{{File: "error.txt", Line: 3}, {File: "error.txt", Line: 9}}, "error.txt (in 2 places)"},
		{[]report.Location{{File: "App.ipa", Path: "Payload/App.app"}, {File: "App.ipa", Path: "Payload/App.app/PlugIns/W.appex"}, {File: "App.ipa", Path: "Payload/App.app/Watch/W.app"}}, "App.ipa: Payload/App.app (in 3 places)"},
		{[]report.Location{{File: "App.ipa", Path: "Payload/App.app/App"}, {File: "App.ipa: Payload", Path: "App.app/App"}}, "App.ipa: Payload/App.app/App and elsewhere"},
		{[]report.Location{kit, {File: "App.ipa", Path: kit.Path, Arch: "arm64"}}, "App.ipa: Payload/App.app/Frameworks/Kit.framework/Kit (in 2 places)"},
	} {
		places := make([]string, len(c.locs))
		for i, l := range c.locs {
			places[i] = l.String()
		}
		if got := commonPlace(places, c.locs); got != c.want {
			t.Errorf("commonPlace(%q) = %q, want %q", places, got, c.want)
		}
	}
	if got := commonPlace([]string{"x", "y"}, nil); got != "x and elsewhere" {
		t.Errorf("places without locations: %q", got)
	}
}
