package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// verdictPanel answers the questions people come with, one line per goal,
// before anything else in the report: pass, fail (with the findings that
// decide it, linked) or can't tell (with the file that would decide it).
// The page moves the focus here when a report arrives (#verdicts).
func verdictPanel(r *report.Report, shared bool) goapp.UI {
	vs := verdictViews(r)
	var body goapp.UI
	if len(vs) == 0 {
		body = headline(r, shared)
	} else {
		items := make([]goapp.UI, 0, len(vs))
		for _, v := range vs {
			items = append(items, verdictItem(v))
		}
		body = goapp.Ul().Class("verdict-list").Body(items...)
	}
	return goapp.Section().ID("verdicts").Class("verdicts").TabIndex(-1).
		Aria("labelledby", "verdicts-heading").
		Body(
			goapp.H2().ID("verdicts-heading").Text("The answer"),
			body,
		)
}

// verdictMark is the answer as a sign that is read with its word, never
// colour alone.
func verdictMark(s report.VerdictStatus) string {
	switch s {
	case report.Pass:
		return "✓"
	case report.Fail:
		return "✗"
	}
	return "?"
}

func verdictItem(v verdictView) goapp.UI {
	var detail []goapp.UI
	switch {
	case v.Status == report.Unknown && v.Needs != "":
		// Needs may name a command between backticks: shown as code.
		detail = append(detail, goapp.Span().Class("verdict-needs").Body(append([]goapp.UI{goapp.Text("add ")}, richText(v.Needs, false)...)...))
	case len(v.Because) > 0:
		detail = append(detail, goapp.Span().Class("verdict-because-label").Text("because: "))
		for i, ref := range v.Because {
			if i > 0 {
				detail = append(detail, goapp.Text(", "))
			}
			if ref.Anchor == "" {
				detail = append(detail, goapp.Span().Text(ref.Text))
				continue
			}
			detail = append(detail, goapp.A().Href("#"+ref.Anchor).Class("verdict-cause").Text(ref.Title))
		}
	}
	return goapp.Li().Class("verdict", "status-"+string(v.Status)).
		DataSet("goal", string(v.Goal)).
		DataSet("status", string(v.Status)).
		Body(
			goapp.Span().Class("verdict-word").Body(
				goapp.Span().Class("verdict-mark").Aria("hidden", "true").Text(verdictMark(v.Status)),
				goapp.Text(" "+v.Word),
			),
			goapp.Span().Class("verdict-goal").Title(v.Tool).Text(v.Label),
			goapp.Span().Class("verdict-detail").Body(detail...),
		)
}

// identityPasswordNeededID is the finding of a .p12 whose password was not
// given: its identity is unread.
const identityPasswordNeededID = "identity-password-needed"

// headline stands in for the verdicts when a report has none (a share link
// made before there were verdicts): the most serious finding, or that all
// is well.
func headline(r *report.Report, shared bool) goapp.UI {
	e, w, i := r.Counts()
	if e+w == 0 && shared {
		// A link's empty list is its claim, not an analysis.
		return goapp.P().Class("verdict-headline").Text(noFindingsText(true))
	}
	if e+w == 0 {
		// A locked identity was not read: nothing can be said of it yet.
		for idx, f := range r.Findings {
			if f.ID == identityPasswordNeededID {
				return goapp.P().Class("verdict-headline").Body(
					goapp.Text("Can't tell yet: "),
					goapp.A().Href("#"+findingAnchor(idx)).Text(describeFinding(f).Title),
					goapp.Text(" ("+f.Subject+"): type it in the password field to check the certificate and key it holds."),
				)
			}
		}
		if t := unreadPaste(r); t != nil {
			// "No problems found" would answer a paste of a failure
			// signdoctor did not recognise.
			body := []goapp.UI{goapp.Text("signdoctor knows no code-signing message in the pasted text")}
			if g := t.ReadsLike; g != nil {
				body = append(body, goapp.Text("; its words read like reports of "), link(href(checkPath(g.ID)), "", g.Title), goapp.Text(" (a guess from the wording)"))
			}
			return goapp.P().Class("verdict-headline").Body(append(body, goapp.Text("."))...)
		}
		return goapp.P().Class("verdict-headline", "all-good").Text("No problems found in these files (" + countsTextLower(e, w, i) + ").")
	}
	for idx, f := range r.Findings {
		if f.Severity == report.Error || (e == 0 && f.Severity == report.Warning) {
			return goapp.P().Class("verdict-headline").Body(
				severityBadge(string(f.Severity)),
				goapp.A().Href("#"+findingAnchor(idx)).Text(describeFinding(f).Title),
				goapp.Text(" — "+countsTextLower(e, w, i)+"."),
			)
		}
	}
	return nil
}

// unreadPaste is the pasted text of a report of pasted text alone in which
// no message was recognised, or nil.
func unreadPaste(r *report.Report) *report.Text {
	var unread *report.Text
	for _, a := range r.Artifacts {
		t, ok := a.Facts.(*report.Text)
		if !ok {
			return nil
		}
		if len(t.Matches) == 0 && !t.ToolOutput {
			unread = t
		}
	}
	return unread
}

func countsTextLower(e, w, i int) string {
	s := countsText(e, w, i)
	if s == "" {
		return s
	}
	return string(s[0]|0x20) + s[1:]
}
