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

// handMadeReport is what the analyzer says about a development profile that
// expires soon, plus a file it did not recognise and a kind without a card.
func handMadeReport(now time.Time) *report.Report {
	p := &report.Profile{
		ProfileName: `Dev <script>alert(1)</script>`,
		ProfileKind: "development",
		Platforms:   []string{"iOS"},
		Team:        "ABCDE12345",
		TeamName:    "Example Team",
		AppID:       "ABCDE12345.com.example.app",
		Created:     now.Add(-300 * 24 * time.Hour),
		Expires:     now.Add(10*24*time.Hour + time.Hour),
		Devices:     2,
		DeviceIDs:   []string{"00008030-001A2B3C4D5E6F70", "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"},
		AppleSigned: true,
		Format:      "cms-xml",
		Certificates: []report.Certificate{{
			CommonName: "Apple Development: Example (XYZ)", CertKind: "Apple Development",
			NotAfter: now.Add(-2 * 24 * time.Hour), SHA1: "0123456789ABCDEF0123456789ABCDEF01234567",
		}},
		Entitlements: map[string]any{
			"get-task-allow":         true,
			"application-identifier": "ABCDE12345.com.example.app",
			"keychain-access-groups": []any{"ABCDE12345.*"},
		},
	}
	r := &report.Report{
		Artifacts: []report.Artifact{
			report.NewArtifact("dev.mobileprovision", p),
			{Kind: "future-kind", Name: "thing.bin", Facts: &report.Certificate{CommonName: "Some cert", SHA1: "AA"}},
		},
		Findings: []report.Finding{
			report.Finding{ID: "input-unrecognized", Severity: report.Warning, Message: "not a file signdoctor knows (5 bytes)"}.At(report.Location{File: "notes.txt"}),
			report.Finding{ID: "input-malformed", Severity: report.Error, Message: "<b>bold</b> stays text", Fix: "Run `security cms -D -i dev.mobileprovision`"}.At(report.Location{File: "dev.mobileprovision"}),
		},
	}
	r.Sort()
	return r
}

func TestReportViewRendersTheContract(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	html := goapp.HTMLString(&reportView{Report: handMadeReport(now), Now: now})
	for _, want := range []string{
		`id="summary"`,
		`data-errors="1"`,
		`class="artifact-card profile-card"`,
		`data-kind="profile"`,
		`data-kind="future-kind"`,
		`class="card-title"`,
		`data-fact="team"`,
		`data-value="ABCDE12345"`,
		`data-fact="app_id"`,
		`data-fact="profile_kind"`,
		`data-value="development"`,
		`data-fact="expires"`,
		`expires in 10 days`,
		`expired 2 days ago`, // the certificate
		`id="device-lookup-input"`,
		`data-id="input-malformed"`,
		`data-severity="error"`,
		`class="finding-message"`,
		`security cms -D -i dev.mobileprovision`,
		`keychain-access-groups`,
		`did not recognise`,
		`data-fact="common_name"`, // generic card, by JSON name
		`data-fact="format"`,      // a profile fact the card has no row of its own for
	} {
		if !strings.Contains(html, want) {
			t.Errorf("rendered report lacks %s", want)
		}
	}
	// User-supplied strings are text, never markup. (data-value attributes
	// hold them verbatim: in the browser go-app sets attributes through the
	// DOM, which never parses them, and prerendered pages carry no report.)
	text := regexp.MustCompile(`data-value="[^"]*"`).ReplaceAllString(html, "")
	if !strings.Contains(text, `Dev &lt;script&gt;alert(1)&lt;/script&gt;`) {
		t.Error("profile name is not escaped text")
	}
	for _, bad := range []string{"<script>alert(1)</script>", "<b>bold</b>"} {
		if strings.Contains(text, bad) {
			t.Errorf("rendered report contains raw markup %s", bad)
		}
	}
	if testing.Verbose() {
		t.Log(html)
	}
}

func TestCheckPagesComeFromTheRegistry(t *testing.T) {
	checks := analyzer.Checks()
	if len(checks) == 0 {
		t.Fatal("no checks registered")
	}
	catalog := goapp.HTMLString(&catalogPage{})
	for _, c := range checks {
		if !strings.Contains(catalog, `href="/checks/`+c.ID+`"`) {
			t.Errorf("catalogue has no link to %s", c.ID)
		}
	}
	if n := strings.Count(catalog, `class="check-link"`); n != len(checks) {
		t.Errorf("catalogue has %d check links, want %d", n, len(checks))
	}
	c := checks[0]
	page := goapp.HTMLString(&checkPage{ID: c.ID})
	if !strings.Contains(page, `id="check-id">`+c.ID+`<`) {
		t.Errorf("check page lacks #check-id %s", c.ID)
	}
	paths := RoutePaths()
	if len(paths) != len(checks)+3 {
		t.Errorf("RoutePaths has %d paths, want %d", len(paths), len(checks)+3)
	}
}

func TestSARIFDownloadCarriesTheReport(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	r := handMadeReport(now)
	html := goapp.HTMLString(&reportView{Report: r, Now: now, Files: []string{"dev.mobileprovision", "notes.txt"}})
	if !strings.Contains(html, `id="download-sarif"`) || !strings.Contains(html, `id="download-json"`) {
		t.Error("report lacks the download buttons")
	}
	b, err := sarifReport(r, []string{"dev.mobileprovision", "notes.txt"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version": "2.1.0"`, `"ruleId": "input-malformed"`, `"uri": "dev.mobileprovision"`, `"level": "error"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}
