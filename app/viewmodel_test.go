package app

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestGroupFindingsOrdersBySeverityThenSubject(t *testing.T) {
	in := []report.Finding{
		{ID: "b-info", Severity: report.Info, Subject: "a.mobileprovision", Message: "note"},
		{ID: "z-warn", Severity: report.Warning, Subject: "b.mobileprovision", Message: "w"},
		{ID: "a-warn", Severity: report.Warning, Subject: "a.mobileprovision", Message: "w"},
		{ID: "c-err", Severity: report.Error, Subject: "c.entitlements", Message: "e"},
		{ID: "a-err", Severity: report.Error, Subject: "a.mobileprovision", Message: "e2"},
	}
	groups := groupFindings(in)
	var got []string
	for _, g := range groups {
		var ids []string
		for _, f := range g.Findings {
			ids = append(ids, f.ID)
		}
		got = append(got, g.Subject+"="+string(g.Worst)+":"+strings.Join(ids, ","))
	}
	want := []string{
		"a.mobileprovision=error:a-err,a-warn,b-info",
		"c.entitlements=error:c-err",
		"b.mobileprovision=warning:z-warn",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups:\n got %q\nwant %q", got, want)
	}
}

func TestDescribeFindingUsesTheRegistry(t *testing.T) {
	c := analyzer.Lookup("input-unrecognized")
	if c == nil {
		t.Fatal("input-unrecognized is not registered")
	}
	v := describeFinding(report.Finding{ID: "input-unrecognized", Severity: report.Warning})
	if v.Title != c.Title || v.Doc != c.Doc || v.Fix != c.Fix {
		t.Errorf("finding view does not carry the check's title, doc and fix: %+v", v)
	}
	unknown := describeFinding(report.Finding{ID: "no-such-check"})
	if unknown.Title != "no-such-check" || unknown.Doc != "" {
		t.Errorf("unknown check: got %+v, want the ID as title and no doc", unknown)
	}
}

func TestDaysLeft(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{now.Add(12*24*time.Hour + time.Hour), "expires in 12 days"},
		{now.Add(25 * time.Hour), "expires in 1 day"},
		{now.Add(3 * time.Hour), "expires today"},
		{now.Add(-3 * time.Hour), "expired today"},
		{now.Add(-49 * time.Hour), "expired 2 days ago"},
		{now.Add(-25 * time.Hour), "expired 1 day ago"},
		{time.Time{}, ""},
	} {
		if got := daysLeft(tc.t, now); got != tc.want {
			t.Errorf("daysLeft(%v) = %q, want %q", tc.t, got, tc.want)
		}
	}
}

func TestCountsText(t *testing.T) {
	if got := countsText(0, 0, 0); got != "No problems found" {
		t.Errorf("empty: %q", got)
	}
	if got := countsText(1, 2, 0); got != "1 error, 2 warnings, 0 notes" {
		t.Errorf("counts: %q", got)
	}
}

func TestSplitCode(t *testing.T) {
	got := splitCode("Run `security cms -D -i X`, then `codesign -dvvv App` again. A lone ` stays.")
	want := []textSegment{
		{Text: "Run "},
		{Text: "security cms -D -i X", Code: true},
		{Text: ", then "},
		{Text: "codesign -dvvv App", Code: true},
		{Text: " again. A lone ` stays."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitCode:\n got %#v\nwant %#v", got, want)
	}
	if got := splitCode("no code"); !reflect.DeepEqual(got, []textSegment{{Text: "no code"}}) {
		t.Errorf("plain text: %#v", got)
	}
}

func TestDeviceListed(t *testing.T) {
	ids := []string{"00008030-001A2B3C4D5E6F70", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"00008030-001a2b3c4d5e6f70", true},
		{"  '00008030-001A2B3C4D5E6F70' ", true},
		{"A1B2C3D4E5F60718293A4B5C6D7E8F9012345678", true},
		{"00008030-001A2B3C4D5E6F71", false},
		{"", false},
	} {
		if got := deviceListed(ids, tc.q); got != tc.want {
			t.Errorf("deviceListed(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestAddedFindings(t *testing.T) {
	base := []report.Finding{{ID: "profile-expired", Subject: "p", Message: "m"}}
	after := append(base[:1:1], report.Finding{ID: "profile-device-not-listed", Subject: "p", Message: "not listed"})
	got := addedFindings(base, after)
	if len(got) != 1 || got[0].ID != "profile-device-not-listed" {
		t.Errorf("added: %+v", got)
	}
}

func TestFilesFor(t *testing.T) {
	files := []analyzer.File{{Name: "App.ipa"}, {Name: "dev.mobileprovision"}, {Name: "App.entitlements"}}
	names := func(fs []analyzer.File) (out []string) {
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return
	}
	if got := names(filesFor("dev.mobileprovision", files)); !reflect.DeepEqual(got, []string{"dev.mobileprovision"}) {
		t.Errorf("by name: %q", got)
	}
	if got := names(filesFor("App.ipa: Payload/App.app/embedded.mobileprovision", files)); !reflect.DeepEqual(got, []string{"App.ipa"}) {
		t.Errorf("inside an archive: %q", got)
	}
	if got := filesFor("other", files); len(got) != 3 {
		t.Errorf("no match should use all files, got %d", len(got))
	}
}

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		done, total int64
		want        int
	}{{0, 0, 0}, {5, 10, 50}, {10, 10, 100}, {12, 10, 100}, {-1, 10, 0}} {
		if got := percent(tc.done, tc.total); got != tc.want {
			t.Errorf("percent(%d, %d) = %d, want %d", tc.done, tc.total, got, tc.want)
		}
	}
}

func TestCleanBase(t *testing.T) {
	for in, want := range map[string]string{"": "", "/": "", "signdoctor": "/signdoctor", "/a/b/": "/a/b"} {
		if got := cleanBase(in); got != want {
			t.Errorf("cleanBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOverallPercent(t *testing.T) {
	for _, tc := range []struct {
		index, count int
		done, total  int64
		want         int
	}{{0, 1, 5, 10, 50}, {0, 2, 5, 10, 25}, {1, 2, 5, 10, 75}, {2, 3, 10, 10, 100}, {-1, 2, 0, 10, 0}, {0, 0, 1, 1, 0}} {
		if got := overallPercent(tc.index, tc.count, tc.done, tc.total); got != tc.want {
			t.Errorf("overallPercent(%d, %d, %d, %d) = %d, want %d", tc.index, tc.count, tc.done, tc.total, got, tc.want)
		}
	}
	if indexOf([]string{"a", "b"}, "b") != 1 || indexOf(nil, "x") != -1 {
		t.Error("indexOf")
	}
}
