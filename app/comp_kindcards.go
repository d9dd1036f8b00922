package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

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
func entitlementsCard(a report.Artifact, e *report.Entitlements) goapp.UI {
	format := map[string]string{"xml": "XML property list", "binary-plist": "binary property list", "der": "DER (as codesign embeds it)"}[e.Format]
	if format == "" {
		format = e.Format
	}
	facts := []goapp.UI{
		factRow("format", "Format", e.Format, goapp.Text(orDash(format))),
	}
	if e.Platform != "" {
		facts = append(facts, factRow("platform", "Platform", e.Platform, goapp.Text(e.Platform)))
	}
	if e.AppID != "" {
		facts = append(facts, factRow("app_id", "App ID", e.AppID, goapp.Code().Text(e.AppID)))
	}
	if e.Team != "" {
		facts = append(facts, factRow("team", "Team", e.Team, goapp.Text(e.Team)))
	}
	if len(e.UnexpandedVariables) > 0 {
		facts = append(facts, factRow("unexpanded_variables", "Build variables left in", "", pathList(e.UnexpandedVariables)))
	}
	return goapp.Article().Class("artifact-card", "entitlements-card").DataSet("kind", a.Kind).Body(
		cardHeader("Entitlements", a.Name, ""),
		goapp.Dl().Class("facts").Body(facts...),
		goapp.Section().Class("card-section").Body(
			goapp.H3().Text(fmt.Sprintf("Keys (%d)", len(e.Keys))),
			entitlementRows(e.Keys),
		),
		allFacts(a.Facts),
	)
}

// relativeDays says how far a date is from now in whole days: "12 days
// ago", "in 3 days", "today".
func relativeDays(t, now time.Time) string {
	d := t.Sub(now)
	days := int(d.Hours() / 24)
	switch {
	case days == 0:
		return "today"
	case d < 0:
		return plural(-days, "day", "days") + " ago"
	}
	return "in " + plural(days, "day", "days")
}

// certificateCard shows a certificate as Keychain Access does: kind, name,
// team, issuer, validity with the days left, fingerprints.
func certificateCard(a report.Artifact, c *report.Certificate, now time.Time) goapp.UI {
	kind := c.CertKind
	if kind == "" {
		kind = "unknown kind"
	}
	issued := "no: not issued by Apple"
	switch {
	case c.ChainVerified:
		issued = "yes: the chain ends at an Apple root"
	case c.AppleIssued:
		issued = "yes: an Apple-signed profile lists it"
	}
	validFrom := []goapp.UI{goapp.Text("—")}
	if !c.NotBefore.IsZero() {
		validFrom = []goapp.UI{
			goapp.Time().DateTime(timeRaw(c.NotBefore)).Text(formatDate(c.NotBefore)),
			goapp.Span().Class("days-left").Text(" (" + relativeDays(c.NotBefore, now) + ")"),
		}
	}
	chain := []goapp.UI{goapp.Li().Text(orDash(c.CommonName))}
	if c.Issuer != "" {
		chain = append(chain, goapp.Li().Text(c.Issuer))
	}
	facts := []goapp.UI{
		factRow("cert_kind", "Kind", c.CertKind, goapp.Text(kind)),
		factRow("common_name", "Name", c.CommonName, goapp.Text(orDash(c.CommonName))),
	}
	if c.IsCA {
		facts = append(facts, factRow("is_ca", "Role", "true", goapp.Text("certification authority: it issues certificates, it does not sign code")))
	} else {
		facts = append(facts, factRow("team", "Team", c.Team, goapp.Text(orDash(c.Team))))
	}
	facts = append(facts,
		factRow("issuer", "Chain", c.Issuer, goapp.Ol().Class("chain").Body(chain...)),
		factRow("apple_issued", "Issued by Apple", strconv.FormatBool(c.AppleIssued), goapp.Text(issued)),
		factRow("not_before", "Valid from", timeRaw(c.NotBefore), validFrom...),
		factRow("not_after", "Expires", timeRaw(c.NotAfter), dateWithDaysLeft(c.NotAfter, now)...),
		factRow("sha1", "SHA-1", c.SHA1, goapp.Code().Text(orDash(c.SHA1))),
	)
	if c.SHA256 != "" {
		facts = append(facts, factRow("sha256", "SHA-256", c.SHA256, goapp.Code().Text(c.SHA256)))
	}
	return goapp.Article().Class("artifact-card", "certificate-card").DataSet("kind", a.Kind).Body(
		cardHeader("Certificate: "+kind, orDash(c.CommonName), a.Name),
		goapp.Dl().Class("facts").Body(facts...),
		allFacts(a.Facts),
	)
}

// notaryCard shows a notary log: the status and what it means, the
// submission, then the issues grouped by file.
func notaryCard(a report.Artifact, n *report.Notary) goapp.UI {
	status := n.Status
	if n.StatusSummary != "" && n.StatusSummary != n.Status {
		status += ": " + n.StatusSummary
	}
	facts := []goapp.UI{
		factRow("status", "Status", n.Status, goapp.Strong().Class("notary-status", "status-"+strings.ToLower(strings.ReplaceAll(n.Status, " ", "-"))).Text(orDash(status))),
	}
	if n.StatusExplanation != "" {
		facts = append(facts, factRow("status_explanation", "What it means", "", goapp.Text(n.StatusExplanation)))
	}
	facts = append(facts, factRow("job_id", "Submission ID", n.JobID, goapp.Code().Text(orDash(n.JobID)), copyText(n.JobID, "the submission ID")))
	if n.ArchiveFilename != "" {
		facts = append(facts, factRow("archive_filename", "File submitted", n.ArchiveFilename, goapp.Code().Text(n.ArchiveFilename)))
	}
	if n.UploadDate != nil {
		facts = append(facts, factRow("upload_date", "Uploaded", timeRaw(*n.UploadDate), goapp.Text(formatDate(*n.UploadDate))))
	}
	if n.SHA256 != "" {
		facts = append(facts, factRow("sha256", "SHA-256", n.SHA256, goapp.Code().Text(n.SHA256)))
	}
	facts = append(facts, factRow("issue_count", "Issues", strconv.Itoa(n.IssueCount), goapp.Text(strconv.Itoa(n.IssueCount))))

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
			var explain, more []goapp.UI
			if is.Title != "" {
				explain = append(explain, goapp.A().Href(href(checkPath(is.Check))).Class("notary-check").Text(is.Title))
			}
			if is.Explanation != "" {
				more = append(more, goapp.P().Class("muted").Text(is.Explanation))
			}
			if is.DocURL != "" {
				more = append(more, goapp.P().Body(goapp.A().Href(is.DocURL).Rel("noopener noreferrer").Text("Apple's documentation for this issue")))
			}
			items = append(items, goapp.Li().Class("notary-issue", "finding", "sev-"+sev).DataSet("check", is.Check).Body(
				goapp.Div().Class("finding-head").Body(append([]goapp.UI{severityBadge(sev)}, explain...)...),
				goapp.P().Class("finding-message").Text(is.Message),
				goapp.Div().Body(more...),
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
			append([]goapp.UI{goapp.H3().Text(fmt.Sprintf("Issues by file (%d)%s", n.IssueCount, more))}, groups...)...,
		)
	}
	var ticket goapp.UI
	if len(n.TicketContents) > 0 {
		rows := make([]goapp.UI, 0, len(n.TicketContents))
		for _, e := range n.TicketContents {
			rows = append(rows, goapp.Tr().Body(
				goapp.Td().Body(goapp.Code().Text(e.Path)),
				goapp.Td().Text(orDash(e.Arch)),
				goapp.Td().Body(goapp.Code().Text(e.CDHash)),
			))
		}
		ticket = goapp.Section().Class("card-section").Body(
			goapp.H3().Text(fmt.Sprintf("In the ticket (%d)", len(n.TicketContents))),
			goapp.Div().Class("table-scroll").Body(goapp.Table().Class("ticket-table").Body(
				goapp.THead().Body(goapp.Tr().Body(goapp.Th().Text("Path"), goapp.Th().Text("Architecture"), goapp.Th().Text("CDHash"))),
				goapp.TBody().Body(rows...),
			)),
		)
	}
	kind := "Notary log"
	if n.Format == "altool" {
		kind = "Notary log (altool)"
	}
	return goapp.Article().Class("artifact-card", "notary-card").DataSet("kind", a.Kind).Body(
		cardHeader(kind, a.Name, ""),
		goapp.Dl().Class("facts").Body(facts...),
		issues,
		ticket,
		allFacts(a.Facts),
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
func textCard(a report.Artifact, t *report.Text) goapp.UI {
	var body []goapp.UI
	if len(t.Matches) == 0 {
		body = append(body, goapp.P().Class("muted").Text("signdoctor knows no message in this text."))
		if t.Advice != "" {
			body = append(body, goapp.P().Text(t.Advice))
		}
	}
	for _, m := range t.Matches {
		sev := string(m.Severity)
		if sev == "" {
			sev = "info"
		}
		where := ""
		if m.Line > 0 {
			where = "line " + strconv.Itoa(m.Line)
			if m.Count > 1 {
				where += fmt.Sprintf(", %d times", m.Count)
			}
		}
		parts := []goapp.UI{
			goapp.Div().Class("finding-head").Body(
				severityBadge(sev),
				goapp.A().Href(href(checkPath(m.ID))).Class("finding-title").Text(orDash(m.Title)),
				goapp.Span().Class("muted").Text(" "+where),
			),
		}
		if m.Excerpt != "" {
			parts = append(parts, goapp.Pre().Class("excerpt").Body(goapp.Code().Text(m.Excerpt)))
		}
		if len(m.Values) > 0 {
			rows := make([]goapp.UI, 0, len(m.Values))
			for _, v := range m.Values {
				label := textValueWords[v.Kind]
				if label == "" {
					label = v.Kind
				}
				rows = append(rows, factRow(v.Kind, label, v.Value, goapp.Code().Text(v.Value)))
			}
			parts = append(parts, goapp.H4().Text("Taken from the text"), goapp.Dl().Class("facts").Body(rows...))
		}
		if len(m.Causes) > 0 {
			items := make([]goapp.UI, len(m.Causes))
			for i, c := range m.Causes {
				items[i] = goapp.Li().Text(c)
			}
			parts = append(parts, goapp.H4().Text("What it means, most likely first"), goapp.Ol().Class("causes").Body(items...))
		}
		for _, h := range m.Hints {
			parts = append(parts, goapp.P().Class("hint").Text(h))
		}
		if m.Confirm != "" {
			parts = append(parts, goapp.P().Class("confirm").Body(goapp.Strong().Text("To be sure: "), goapp.Text("drop "+m.Confirm+".")))
		}
		body = append(body, goapp.Section().Class("text-match", "finding", "sev-"+sev).DataSet("check", m.ID).Body(parts...))
	}
	if t.Truncated {
		body = append(body, goapp.P().Class("help").Text("The text was long: signdoctor read only its beginning."))
	}
	return goapp.Article().Class("artifact-card", "text-card").DataSet("kind", a.Kind).Body(
		append([]goapp.UI{cardHeader(fmt.Sprintf("Pasted text: %s", plural(len(t.Matches), "known message", "known messages")), a.Name, "")}, append(body, allFacts(a.Facts))...)...,
	)
}

// copyText is a copy button for a value, or nothing when it is empty.
func copyText(s, label string) goapp.UI {
	if s == "" {
		return nil
	}
	return &copyButton{Text: s, Label: label}
}
