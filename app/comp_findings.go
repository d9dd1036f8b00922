package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// findingsList shows findings grouped by subject, most serious first, each
// with its check's title, the message, and an expandable why-and-fix.
type findingsList struct {
	goapp.Compo
	Findings []report.Finding
	// Filter, when set, shows only the findings of that severity.
	Filter report.Severity
}

func (l *findingsList) Render() goapp.UI {
	if len(l.Findings) == 0 {
		return goapp.Section().Class("findings").Body(
			goapp.H2().Text("Findings"),
			goapp.P().Class("all-good").Text("No problems found in these files."),
		)
	}
	groups := groupFindings(l.Findings)
	items := make([]goapp.UI, 0, len(groups))
	for _, g := range groups {
		rows := make([]goapp.UI, 0, len(g.Findings))
		for _, f := range g.Findings {
			if l.Filter != "" && f.Severity != l.Filter {
				continue
			}
			rows = append(rows, findingItem(f))
		}
		if len(rows) == 0 {
			continue
		}
		items = append(items, goapp.Section().Class("subject-group").DataSet("severity", string(g.Worst)).Body(
			goapp.H3().Class("subject").Text(g.Subject),
			goapp.Ul().Class("finding-list").Body(rows...),
		))
	}
	return goapp.Section().Class("findings").Aria("labelledby", "findings-heading").Body(
		goapp.H2().ID("findings-heading").Text("Findings"),
		goapp.Div().Body(items...),
	)
}

func findingItem(f findingView) goapp.UI {
	var details []goapp.UI
	if f.Doc != "" {
		details = append(details,
			goapp.H4().Text("Why"),
			goapp.P().Class("finding-doc").Body(richText(f.Doc, false)...),
		)
	}
	if f.Fix != "" {
		details = append(details,
			goapp.H4().Text("How to fix"),
			goapp.P().Class("finding-fix").Body(richText(f.Fix, true)...),
		)
	}
	details = append(details, goapp.P().Body(
		goapp.A().Href(href(checkPath(f.ID))).Text("About this check ("+f.ID+")"),
	))
	var specific goapp.UI
	if f.Finding.Fix != "" {
		specific = goapp.P().Class("finding-specific-fix").Body(
			append([]goapp.UI{goapp.Strong().Text("Fix: ")}, richText(f.Finding.Fix, true)...)...,
		)
	}
	return goapp.Li().ID("%s", findingAnchor(f.Index)).Class("finding", "sev-"+string(f.Severity)).
		DataSet("id", f.ID).
		DataSet("severity", string(f.Severity)).
		Body(
			goapp.Div().Class("finding-head").Body(
				severityBadge(string(f.Severity)),
				goapp.Span().Class("finding-title").Text(f.Title),
			),
			goapp.P().Class("finding-message").Text(f.Message),
			specific,
			goapp.Details().ID("%s-why", findingAnchor(f.Index)).Class("finding-details").Body(
				append([]goapp.UI{goapp.Summary().Text("Why, and how to fix it")}, details...)...,
			),
		)
}

func severityPlural(s report.Severity) string {
	switch s {
	case report.Error:
		return "errors"
	case report.Warning:
		return "warnings"
	}
	return "notes"
}
