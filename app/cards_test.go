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

func TestMachOCardIsOneTableWithDifferencesMarked(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	ts := now.Add(-48 * time.Hour)
	signed := report.MachOSlice{
		Arch: "arm64", FileType: "execute", Signature: "certificate", Identifier: "com.example.tool", Team: "ABCDE12345",
		CertKind: "Developer ID Application", Authorities: []string{"Developer ID Application: Example (ABCDE12345)", "Developer ID Certification Authority", "Apple Root CA"},
		Flags: []string{"runtime"}, Hashes: []string{"sha256"}, CDHash: "4ede3490ecb0b956903cd8440cbfea9e93f0d70e",
		Timestamp: true, TimestampTime: &ts, Platform: "macos", MinOS: "12.0", SDK: "14.0", Verified: true, Trusted: true,
		Requirement:  `identifier "com.example.tool" and anchor apple generic`,
		Entitlements: map[string]any{"com.apple.security.get-task-allow": true},
	}
	other := signed
	other.Arch, other.CDHash, other.MinOS = "x86_64", "0123456789abcdef0123456789abcdef01234567", "10.13"
	m := &report.MachO{Universal: true, Slices: []report.MachOSlice{signed, other}}
	html := goapp.HTMLString(&machoCard{Artifact: report.NewArtifact("tool", m), MachO: m, Now: now})
	for _, want := range []string{
		`Universal binary (arm64, x86_64)`,
		`class="macho-table"`, `data-arch="arm64"`, `data-arch="x86_64"`,
		`macOS 12.0 (SDK 14.0)`, `Developer ID Certification Authority`, `yes: ends at an Apple root`,
		formatDate(ts), `runtime`, `marks the 2 rows that differ`,
		`Entitlements (1)`, `com.apple.security.get-task-allow`, `class="ent-table"`,
		`All facts`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the Mach-O card lacks %s", want)
		}
	}
	for fact, differs := range map[string]bool{"cdhash": true, "min_os": true, "identifier": false, "team": false} {
		if got := rowDiffers(t, html, fact); got != differs {
			t.Errorf("row %s marked as differing: %v, want %v", fact, got, differs)
		}
	}
	// One slice: a list of facts under codesign's names, no table.
	one := &report.MachO{Slices: []report.MachOSlice{signed}}
	html = goapp.HTMLString(&machoCard{Artifact: report.NewArtifact("tool", one), MachO: one, Now: now})
	if strings.Contains(html, `class="macho-table"`) || !strings.Contains(html, `data-fact="cdhash"`) || !strings.Contains(html, "Mach-O executable (arm64)") {
		t.Error("a one-slice Mach-O is not a list of facts")
	}
}

func TestEntitlementTableHasALegendForItsBadges(t *testing.T) {
	html := goapp.HTMLString(goapp.Div().Body(entitlementTable(map[string]any{
		"com.apple.security.get-task-allow":   true,
		"com.apple.developer.icloud-services": []any{"CloudKit"},
	}, "macOS")))
	keys := analyzer.DescribeEntitlements(map[string]any{"com.apple.security.get-task-allow": true, "com.apple.developer.icloud-services": []any{"CloudKit"}}, "macOS")
	for _, k := range keys {
		if !strings.Contains(html, `data-restriction="`+k.Restriction+`"`) {
			t.Errorf("no row for %s (%s)", k.Key, k.Restriction)
		}
		if !strings.Contains(html, restrictionMeaning[k.Restriction]) {
			t.Errorf("the legend does not explain %q", restrictionLabel(k.Restriction))
		}
	}
	if n := strings.Count(html, "<dt>"); n > 2 {
		t.Errorf("the legend explains %d badges for two keys: only the badges used belong in it", n)
	}
}

func TestCertificateCardSaysDays(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	c := &report.Certificate{CommonName: "Apple Distribution: Example (ABCDE12345)", CertKind: "Apple Distribution", Team: "ABCDE12345",
		Issuer: "Apple Worldwide Developer Relations Certification Authority", NotBefore: now.Add(-300 * 24 * time.Hour), NotAfter: now.Add(12*24*time.Hour + time.Hour),
		SHA1: "AA", AppleIssued: true, ChainVerified: true}
	html := goapp.HTMLString(goapp.Div().Body(certificateCard(report.NewArtifact("d.cer", c), c, now, nil)))
	for _, want := range []string{"300 days ago", "expires in 12 days", "Apple Worldwide Developer Relations Certification Authority", "yes: the chain ends at an Apple root", "Certificate: Apple Distribution"} {
		if !strings.Contains(html, want) {
			t.Errorf("the certificate card lacks %q", want)
		}
	}
}

func TestNotaryCardGroupsIssuesByPath(t *testing.T) {
	n := &report.Notary{Format: "notarytool", JobID: "2d3f…", Status: "Invalid", IssueCount: 2, Groups: []report.NotaryGroup{
		{Path: "App.zip/App.app/Contents/MacOS/App", Architecture: "arm64", Issues: []report.NotaryIssue{{Severity: "error", Message: "The signature does not include a secure timestamp.", Check: "notary-no-timestamp", Title: "No secure timestamp"}}},
		{Path: "App.zip/App.app/Contents/Frameworks/X.framework/X", Issues: []report.NotaryIssue{{Severity: "error", Message: "The binary is not signed.", Check: "notary-not-signed"}}},
	}}
	html := goapp.HTMLString(goapp.Div().Body(notaryCard(report.NewArtifact("log.json", n), n, nil)))
	for _, want := range []string{`App.zip/App.app/Contents/MacOS/App [arm64]`, `data-path="App.zip/App.app/Contents/Frameworks/X.framework/X"`, `Issues by file (2)`, `href="/checks/notary-no-timestamp"`, `Submission ID`} {
		if !strings.Contains(html, want) {
			t.Errorf("the notary card lacks %s", want)
		}
	}
}

func TestCatalogueFiltersAndCheckPageTitle(t *testing.T) {
	all := len(analyzer.Checks())
	count := func(p *catalogPage) int { return strings.Count(goapp.HTMLString(p), `class="check-link"`) }
	if n := count(&catalogPage{}); n != all {
		t.Fatalf("unfiltered catalogue lists %d of %d", n, all)
	}
	expired := count(&catalogPage{query: "expired"})
	if expired == 0 || expired >= all {
		t.Errorf("searching \"expired\" lists %d of %d checks", expired, all)
	}
	profiles := count(&catalogPage{area: "profile"})
	errors := count(&catalogPage{area: "profile", severity: "error"})
	if profiles == 0 || errors == 0 || errors >= profiles {
		t.Errorf("area filter lists %d profile checks, %d of them errors", profiles, errors)
	}
	if n := count(&catalogPage{query: "zzzz-no-such-word"}); n != 0 {
		t.Errorf("a search for nothing lists %d checks", n)
	}
	c := analyzer.Lookup("profile-expired")
	page := goapp.HTMLString(&checkPage{ID: c.ID})
	h1 := strings.Index(page, `<h1 id="check-title">`)
	id := strings.Index(page, `id="check-id">profile-expired<`)
	if h1 < 0 || id < h1 {
		t.Errorf("the check page is not headed by its title with the ID beneath (h1 at %d, ID at %d)", h1, id)
	}
	if strings.Contains(page, ">any file<") || !strings.Contains(page, "provisioning profiles") {
		t.Error(`profile-expired's "Looks at" does not name provisioning profiles`)
	}
}

// rowDiffers finds the table row of a fact (attributes come in any order)
// and says whether it is marked as differing.
func rowDiffers(t *testing.T, html, fact string) bool {
	t.Helper()
	for _, tag := range regexp.MustCompile(`<tr [^>]*>`).FindAllString(html, -1) {
		if strings.Contains(tag, `data-fact="`+fact+`"`) {
			return strings.Contains(tag, "differs")
		}
	}
	t.Errorf("no row for %s", fact)
	return false
}
