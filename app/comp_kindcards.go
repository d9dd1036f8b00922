package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The cards of the kinds a person reads in one look: an entitlements file, a
// certificate, a notary log, pasted text. Each says what Apple's tools would,
// in their words; "All facts" holds the rest.

// cardHeader is a card's kind, title and, when it differs, the file name.
func cardHeader(kind, title, file string) goapp.UI {
	var fileUI goapp.UI
	if file != "" && file != title {
		fileUI = goapp.P().Class("card-file").Text(file)
	}
	return goapp.Header().Class("card-header").Body(
		goapp.Span().Class("card-kind").Text(kind),
		goapp.H2().Class("card-title").Text(title),
		fileUI,
	)
}

// entitlementsCard shows an entitlements file as a table.
func entitlementsCard(a report.Artifact, e *report.Entitlements, laid *factsView) goapp.UI {
	format := map[string]string{"xml": "XML property list", "binary-plist": "binary property list", "der": "DER (as codesign embeds it)"}[e.Format]
	if format == "" {
		format = e.Format
	}
	return goapp.Article().Class("artifact-card", "entitlements-card").DataSet("kind", a.Kind).Body(
		cardHeader("Entitlements", a.Name, ""),
		factList([]fact{
			{Key: "format", Label: "Format", Raw: e.Format, Text: format},
			{Key: "platform", Label: "Platform", Raw: e.Platform, Text: e.Platform},
			{Key: "app_id", Label: "App ID", Raw: e.AppID, Text: e.AppID, Code: true},
			{Key: "team", Label: "Team", Raw: e.Team, Text: e.Team},
			{Key: "unexpanded_variables", Label: "Build variables left in", List: e.UnexpandedVariables},
		}),
		goapp.Section().Class("card-section").Body(
			goapp.H3().Text(fmt.Sprintf("Keys (%d)", len(e.Keys))),
			entitlementRows(e.Keys),
		),
		allFacts(laidOut(laid, a.Facts)),
	)
}

// certificateCard shows a certificate as Keychain Access does: kind, name,
// team, issuer, validity with the days left, fingerprints.
func certificateCard(a report.Artifact, c *report.Certificate, now time.Time, laid *factsView) goapp.UI {
	kind := c.CertKind
	if kind == "" {
		kind = "unknown kind"
	}
	issued := "no: not issued by Apple"
	switch {
	case !c.ChainVerified && !c.AppleIssued && appleNamedIssuer(c.Issuer):
		// signdoctor carries Apple's roots, not every intermediate.
		issued = "can't tell: its issuer, " + c.Issuer + ", is not in these files; drop it with the certificate (apple.com/certificateauthority) to check the chain"
	case c.ChainVerified:
		issued = "yes: the chain ends at an Apple root"
	case c.AppleIssued:
		issued = "yes: an Apple-signed profile lists it"
	}
	role := fact{Key: "team", Label: "Team", Raw: c.Team, Text: orDash(c.Team)}
	if c.IsCA {
		role = fact{Key: "is_ca", Label: "Role", Raw: "true", Text: "certification authority: it issues certificates, it does not sign code"}
	}
	chain := []string{orDash(c.CommonName)}
	if c.Issuer != "" {
		chain = append(chain, c.Issuer)
	}
	return goapp.Article().Class("artifact-card", "certificate-card").DataSet("kind", a.Kind).Body(
		cardHeader("Certificate: "+kind, orDash(c.CommonName), a.Name),
		factList([]fact{
			{Key: "cert_kind", Label: "Kind", Raw: c.CertKind, Text: kind},
			{Key: "common_name", Label: "Name", Raw: c.CommonName, Text: orDash(c.CommonName)},
			role,
			{Key: "issuer", Label: "Chain", Raw: c.Issuer, List: chain},
			{Key: "apple_issued", Label: "Issued by Apple", Raw: strconv.FormatBool(c.AppleIssued), Text: issued},
			dateFact("not_before", "Valid from", c.NotBefore, now, false),
			dateFact("not_after", "Expires", c.NotAfter, now, true),
			{Key: "sha1", Label: "SHA-1", Raw: c.SHA1, Text: c.SHA1, Code: true},
			{Key: "sha256", Label: "SHA-256", Raw: c.SHA256, Text: c.SHA256, Code: true},
		}),
		allFacts(laidOut(laid, a.Facts)),
	)
}

// notaryCard shows a notary log: the status and what it means, the
// submission, then the issues grouped by file.
func notaryCard(a report.Artifact, n *report.Notary, laid *factsView) goapp.UI {
	status := n.Status
	if n.StatusSummary != "" && n.StatusSummary != n.Status {
		status += ": " + n.StatusSummary
	}
	uploaded := ""
	if n.UploadDate != nil {
		uploaded = formatDate(*n.UploadDate)
	}
	facts := factList([]fact{
		{Key: "status", Label: "Status", Raw: n.Status, Text: orDash(status)},
		{Key: "status_explanation", Label: "What it means", Text: n.StatusExplanation},
		{Key: "job_id", Label: "Submission ID", Raw: n.JobID, Text: n.JobID, Code: true, Copy: true, CopyLabel: "the submission ID"},
		{Key: "archive_filename", Label: "File submitted", Raw: n.ArchiveFilename, Text: n.ArchiveFilename, Code: true},
		{Key: "upload_date", Label: "Uploaded", Text: uploaded},
		{Key: "sha256", Label: "SHA-256", Raw: n.SHA256, Text: n.SHA256, Code: true},
		{Key: "issue_count", Label: "Issues", Raw: strconv.Itoa(n.IssueCount), Text: strconv.Itoa(n.IssueCount)},
	})

	var groups []goapp.UI
	for _, g := range n.Groups {
		title := g.Path
		if title == "" {
			title = "(the submission)"
		}
		if g.Architecture != "" {
			title += " [" + g.Architecture + "]"
		}
		items := make([]goapp.UI, 0, len(g.Issues))
		for _, is := range g.Issues {
			sev := notarySeverity(is.Severity)
			var title, doc goapp.UI
			if is.Title != "" {
				title = link(href(checkPath(is.Check)), "notary-check", is.Title)
			}
			if analyzer.AppleDocURL(is.DocURL) {
				// Only Apple's documentation hosts become a link: the log is
				// a file anyone can write.
				doc = goapp.P().Body(link(is.DocURL, "", "Apple's documentation for this issue"))
			}
			items = append(items, goapp.Li().Class("notary-issue", "finding", "sev-"+sev).DataSet("check", is.Check).Body(
				goapp.Div().Class("finding-head").Body(severityBadge(sev), title),
				para("finding-message", is.Message),
				para("muted", is.Explanation),
				doc,
			))
		}
		groups = append(groups, goapp.Section().Class("notary-group").DataSet("path", g.Path).Body(
			goapp.H4().Class("subject").Text(title),
			goapp.Ul().Class("finding-list").Body(items...),
		))
	}
	var issues goapp.UI
	if len(groups) > 0 {
		more := ""
		if n.Truncated {
			more = " (the log has more; signdoctor kept the first ones)"
		}
		issues = goapp.Section().Class("card-section").Body(
			append([]goapp.UI{heading3(fmt.Sprintf("Issues by file (%d)%s", n.IssueCount, more))}, groups...)...,
		)
	}
	var ticket goapp.UI
	if len(n.TicketContents) > 0 {
		entries := make([]fact, len(n.TicketContents))
		for i, e := range n.TicketContents {
			label := e.Path
			if e.Arch != "" {
				label += " [" + e.Arch + "]"
			}
			entries[i] = fact{Key: "ticket", Label: label, Raw: e.CDHash, Text: e.CDHash, Code: true}
		}
		ticket = goapp.Section().Class("card-section", "ticket").Body(
			heading3(fmt.Sprintf("In the ticket: CDHash of each piece of code (%d)", len(n.TicketContents))),
			factList(entries),
		)
	}
	kind := "Notary log"
	if n.Format == "altool" {
		kind = "Notary log (altool)"
	}
	return goapp.Article().Class("artifact-card", "notary-card").DataSet("kind", a.Kind).Body(
		cardHeader(kind, a.Name, ""),
		facts,
		issues,
		ticket,
		allFacts(laidOut(laid, a.Facts)),
	)
}

// notarySeverity maps the notary service's severity to the page's.
func notarySeverity(s string) string {
	switch strings.ToLower(s) {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "info"
}

// textValueWords names the kinds of values pulled out of pasted text.
var textValueWords = map[string]string{
	"entitlement": "Entitlement", "team": "Team", "bundle_id": "Bundle ID", "path": "Path",
	"code": "Code", "profile": "Profile", "identity": "Signing identity", "device": "Device",
	"capability": "Capability", "requirement": "Requirement", "app": "App", "value": "Value", "reason": "Reason",
}

// textCard shows pasted text: which known messages it holds, what each
// means, the values taken from it and what to drop to be sure.
func textCard(a report.Artifact, t *report.Text, laid *factsView) goapp.UI {
	body := []goapp.UI{cardHeader(fmt.Sprintf("Pasted text: %s", plural(len(t.Matches), "known message", "known messages")), a.Name, "")}
	switch {
	case len(t.Matches) == 0 && t.ToolOutput:
		body = append(body, para("muted", "No error message in this text besides the tool output, whose facts follow."))
	case len(t.Matches) == 0:
		body = append(body, para("muted", "signdoctor knows no message in this text."))
		if g := t.ReadsLike; g != nil {
			body = append(body, goapp.Section().Class("text-guess").DataSet("check", g.ID).Body(
				goapp.P().Body(goapp.Text("Its words read like reports of "), link(href(checkPath(g.ID)), "finding-title", orDash(g.Title)), goapp.Text(".")),
				para("muted", "A guess from the wording alone, not a message signdoctor recognised: if that is what you saw, its page says what it means and what to do."),
			))
		}
		if t.Advice != "" {
			body = append(body, para("", t.Advice))
		}
	}
	for _, m := range t.Matches {
		sev := string(m.Severity)
		if sev == "" {
			sev = "info"
		}
		where := ""
		if m.Line > 0 {
			where = " line " + strconv.Itoa(m.Line)
			if m.Count > 1 {
				where += fmt.Sprintf(", %d times", m.Count)
			}
		}
		values := make([]fact, len(m.Values))
		for i, v := range m.Values {
			label := textValueWords[v.Kind]
			if label == "" {
				label = v.Kind
			}
			values[i] = fact{Key: v.Kind, Label: label, Raw: v.Value, Text: v.Value, Code: true}
		}
		var excerpt, valuesUI, causes, confirm goapp.UI
		if m.Excerpt != "" {
			excerpt = goapp.Pre().Class("excerpt").Body(goapp.Code().Text(m.Excerpt))
		}
		if len(values) > 0 {
			valuesUI = goapp.Div().Body(heading4("Taken from the text"), factList(values))
		}
		if len(m.Causes) > 0 {
			causes = goapp.Div().Body(heading4("What it means, most likely first"), textList(true, "causes", m.Causes))
		}
		if m.Confirm != "" {
			confirm = para("confirm", "To be sure, drop "+m.Confirm+".")
		}
		body = append(body, goapp.Section().Class("text-match", "finding", "sev-"+sev).DataSet("check", m.ID).Body(
			goapp.Div().Class("finding-head").Body(
				severityBadge(sev),
				link(href(checkPath(m.ID)), "finding-title", orDash(m.Title)),
				span("muted", where),
			),
			excerpt,
			valuesUI,
			causes,
			textList(false, "hints", m.Hints),
			confirm,
		))
	}
	if t.Truncated {
		body = append(body, para("help", "The text was long: signdoctor read only its beginning."))
	}
	return goapp.Article().Class("artifact-card", "text-card").DataSet("kind", a.Kind).Body(append(body, allFacts(laidOut(laid, a.Facts)))...)
}

// appleNamedIssuer says an issuer's name is one of Apple's certification
// authorities (Worldwide Developer Relations, Developer ID).
func appleNamedIssuer(issuer string) bool {
	return strings.Contains(issuer, "Apple Worldwide Developer Relations") || strings.Contains(issuer, "Developer ID Certification Authority") ||
		strings.HasPrefix(issuer, "Apple ")
}
