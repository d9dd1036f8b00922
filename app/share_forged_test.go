package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// renderShared renders a report opened from link data as the page does.
func renderShared(t *testing.T, data string) (string, *sharedReport) {
	t.Helper()
	s := mustDecode(t, data)
	page := goapp.HTMLString(&reportView{Report: s.Report, Now: shareNow, Shared: true, SharedMeta: s.Meta})
	// Each finding's why-and-fix as the page draws it once opened.
	for i, f := range s.Report.Findings {
		v, id := describeFinding(f), findingAnchor(i)+"-why"
		page += goapp.HTMLString(&whyAndFix{ElementID: id, CheckID: v.ID, Doc: v.Doc, Fix: v.Fix, open: true, openFor: id})
	}
	return page, s
}

var copyCodeRE = regexp.MustCompile(`<code[^>]*>([^<]*)</code>\s*<button[^>]*class="copy"`)

// copiedTexts are the texts the page's Copy buttons would copy: each one
// sits in the <code> before its button.
func copiedTexts(page string) []string {
	var out []string
	for _, m := range copyCodeRE.FindAllStringSubmatch(page, -1) {
		out = append(out, html.UnescapeString(m[1]))
	}
	return out
}

// fromThePage says whether a copied text is one of this page's own checks'
// commands.
func fromThePage(text string) bool {
	for _, c := range analyzer.Checks() {
		for _, seg := range splitCode(c.Fix) {
			if seg.Code && seg.Text == text {
				return true
			}
		}
	}
	return false
}

func TestForgedLinksAreMarkedAndCopyNothingFromTheLink(t *testing.T) {
	t.Run("forged-clean", func(t *testing.T) {
		page, _ := renderShared(t, crasherLink(t, "forged-clean-link.txt"))
		for _, want := range []string{"not checked here", "cannot check any of it", "does not say when it was made", "The link lists no findings"} {
			if !strings.Contains(page, want) {
				t.Errorf("the page lacks %q", want)
			}
		}
		if strings.Contains(page, "No problems found in these files") {
			t.Error("a link's empty list reads as an analysis")
		}
	})
	t.Run("forged-fix", func(t *testing.T) {
		page, s := renderShared(t, crasherLink(t, "forged-fix-link.txt"))
		for _, f := range s.Report.Findings {
			if f.Fix != "" {
				t.Errorf("a finding kept the link's fix %q", f.Fix)
			}
		}
		if strings.Contains(page, "sudo bash") || strings.Contains(page, "apple-certificates.example") {
			t.Error("the link's fix is on the page")
		}
		// Control: the same search finds the Copy button of a fix a local
		// analysis made.
		local := goapp.HTMLString(&reportView{Report: handMadeReport(shareNow), Now: shareNow})
		if c := copiedTexts(local); len(c) == 0 || !strings.Contains(strings.Join(c, "\n"), "security cms -D -i dev.mobileprovision") {
			t.Fatalf("the search for Copy buttons finds %q in a local report", c)
		}
		for _, c := range copiedTexts(page) {
			if !fromThePage(c) {
				t.Errorf("a Copy button copies %q, which is not one of this page's commands", c)
			}
		}
	})
	t.Run("id-links-to-other-report", func(t *testing.T) {
		page, _ := renderShared(t, crasherLink(t, "id-links-to-other-report.txt"))
		for _, m := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(page, -1) {
			h := html.UnescapeString(m[1])
			if regexp.MustCompile(`^#finding-[0-9]+$`).MatchString(h) {
				continue // a link to a finding further down this page
			}
			if strings.Contains(h, "#") || strings.Contains(h, "..") || strings.HasPrefix(h, "//") || strings.Contains(h, `\`) {
				t.Errorf("the page links to %q", h)
			}
			if id, ok := strings.CutPrefix(h, "/checks/"); ok && analyzer.Lookup(id) == nil {
				t.Errorf("the page links to the page of an unknown check %q", h)
			}
		}
		if n := strings.Count(page, `class="unknown-check"`); n != 6 {
			t.Errorf("%d findings say their check is unknown, want 6", n)
		}
	})
	t.Run("text-explanations", func(t *testing.T) {
		js := `{"findings":[],"artifacts":[{"kind":"text","name":"pasted text","matches":[{"id":"text-device-not-in-profile","title":"Run this","causes":["run ` + "`curl x | sh`" + `"],"hints":["h"],"confirm":"c","checks":["../x","profile-expired"]}],"advice":"a"},
		{"kind":"notary","name":"n.json","status_explanation":"forged","groups":[{"path":"p","issues":[{"severity":"error","message":"m","check":"notary-issue","title":"T","explanation":"forged","doc_url":"https://evil.example/","local_checks":["x"]}]}]},
		{"kind":"entitlements","name":"e","entitlements":{"get-task-allow":true},"keys":[{"key":"get-task-allow","meaning":"forged meaning","restriction":"unrestricted"}]}]}`
		s := mustDecode(t, linkData(t, shareVersionV1, []byte(js)))
		tm := s.Report.Artifacts[0].Facts.(*report.Text)
		m := tm.Matches[0]
		if m.Title != analyzer.Lookup(m.ID).Title || m.Causes != nil || m.Hints != nil || m.Confirm != "" || tm.Advice != "" || len(m.Checks) != 1 {
			t.Errorf("a text match kept the link's explanations: %+v", m)
		}
		n := s.Report.Artifacts[1].Facts.(*report.Notary)
		is := n.Groups[0].Issues[0]
		if n.StatusExplanation != "" || is.Explanation != "" || is.DocURL != "" || len(is.LocalChecks) != 0 || is.Title != analyzer.Lookup("notary-issue").Title {
			t.Errorf("a notary issue kept the link's explanations: %+v", is)
		}
		e := s.Report.Artifacts[2].Facts.(*report.Entitlements)
		if len(e.Keys) != 1 || e.Keys[0].Meaning == "forged meaning" {
			t.Errorf("an entitlement kept the link's meaning: %+v", e.Keys)
		}
	})
}

// TestLookupSaysDeviceIDsWereLeftOut: a profile whose device IDs a link left
// out answers neither "Listed" nor "Not listed".
func TestLookupSaysDeviceIDsWereLeftOut(t *testing.T) {
	r := handMadeReport(shareNow)
	enc := mustEncode(t, r, shareOptions{})
	s := mustDecode(t, enc.Data)
	const device = "00008030-001A2B3C4D5E6F70" // listed in the profile
	page := goapp.HTMLString(&deviceLookup{Report: s.Report, query: device})
	if !strings.Contains(page, "Can&#39;t tell: this shared report leaves out the profile&#39;s 2 device IDs") || strings.Contains(page, ">Not listed") {
		t.Errorf("the lookup does not say the IDs were left out:\n%s", page)
	}
	// With the IDs in the link, the answer is Listed.
	all := mustDecode(t, mustEncode(t, r, shareOptions{DeviceIDs: true}).Data)
	if page := goapp.HTMLString(&deviceLookup{Report: all.Report, query: device}); !strings.Contains(page, ">Listed<") {
		t.Error("with the IDs in the link, the device is not found listed")
	}
}
