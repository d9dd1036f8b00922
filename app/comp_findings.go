package app

import (
	"fmt"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// findingsList shows findings grouped by subject, most serious first, each
// with its check's title, the message, and an expandable why-and-fix.
type findingsList struct {
	goapp.Compo
	Findings []report.Finding
	// Shared: the findings come from a link, which this page cannot check.
	Shared bool
	// Filter, when set, shows only the findings of that severity.
	Filter report.Severity
}

func (l *findingsList) Render() goapp.UI {
	if len(l.Findings) == 0 {
		return goapp.Section().Class("findings").Body(
			goapp.H2().Text("Findings"),
			goapp.P().Class("all-good").Text(noFindingsText(l.Shared)),
		)
	}
	var items []goapp.UI
	for _, n := range findingsByCause(l.Findings) {
		if l.Filter != "" {
			// Filtered, every finding of the severity stands alone.
			if n.Severity == l.Filter {
				items = append(items, findingItem(n.findingView, nil))
			}
			for _, c := range n.Consequences {
				if c.Severity == l.Filter {
					items = append(items, findingItem(c, nil))
				}
			}
			continue
		}
		items = append(items, findingItem(n.findingView, n.Consequences))
	}
	return goapp.Section().Class("findings").Aria("labelledby", "findings-heading").Body(
		goapp.H2().ID("findings-heading").Text("Findings"),
		goapp.P().Class("help").Text("Root causes first; what follows from a cause is listed under it."),
		goapp.Ul().Class("finding-list").Body(items...),
	)
}

// findingItem is one finding: where, what, the fix, the places it was found
// in, and the findings that follow from it.
func findingItem(f findingView, consequences []findingView) goapp.UI {
	var specific goapp.UI
	if f.Finding.Fix != "" {
		specific = goapp.P().Class("finding-specific-fix").Body(
			append([]goapp.UI{goapp.Strong().Text("Fix: ")}, richText(f.Finding.Fix, true)...)...,
		)
	}
	var places goapp.UI
	if len(f.Places) > 1 {
		items := make([]goapp.UI, len(f.Places))
		for i, p := range f.Places {
			items[i] = goapp.Li().Text(p)
		}
		places = goapp.Details().ID("%s-places", findingAnchor(f.Index)).Class("finding-places").Body(
			goapp.Summary().Text(fmt.Sprintf("In %d places", len(f.Places))),
			goapp.Ul().Class("path-list").Body(items...),
		)
	}
	var follows goapp.UI
	if len(consequences) > 0 {
		items := make([]goapp.UI, len(consequences))
		for i, c := range consequences {
			items[i] = findingItem(c, nil)
		}
		follows = goapp.Div().Class("consequences").Body(
			goapp.P().Class("consequences-label").Text("Because of this:"),
			goapp.Ul().Class("finding-list").Body(items...),
		)
	}
	subject := f.Subject
	if len(f.Places) > 1 {
		subject = commonPlace(f.Places, f.PlaceLocations)
	}
	return goapp.Li().ID("%s", findingAnchor(f.Index)).Class("finding", "sev-"+string(f.Severity)).
		DataSet("id", f.ID).
		DataSet("severity", string(f.Severity)).
		DataSet("ref", f.Ref).
		Body(
			goapp.P().Class("finding-subject").Text(subject),
			goapp.Div().Class("finding-head").Body(
				severityBadge(string(f.Severity)),
				goapp.Span().Class("finding-title").Text(f.Title),
			),
			goapp.P().Class("finding-message").Text(f.Message),
			places,
			specific,
			&whyAndFix{ElementID: findingAnchor(f.Index) + "-why", CheckID: f.ID, Doc: f.Doc, Fix: f.Fix},
			follows,
		)
}

// whyAndFix is a finding's explanation and fix, drawn when it is opened: a
// report of hundreds of findings would otherwise draw every check's text and
// copy buttons unseen (390 findings held the tab 3.7 s of CPU).
type whyAndFix struct {
	goapp.Compo
	ElementID         string
	CheckID, Doc, Fix string
	open              bool
	openFor           string // the element the open state belongs to
}

func (w *whyAndFix) Render() goapp.UI {
	open := w.open && w.openFor == w.ElementID // a reused component keeps no other finding's state
	body := []goapp.UI{goapp.Summary().Text("Why, and how to fix it")}
	if open {
		if w.Doc != "" {
			body = append(body,
				goapp.H4().Text("Why"),
				goapp.P().Class("finding-doc").Body(richText(w.Doc, false)...),
			)
		}
		if w.Fix != "" {
			body = append(body,
				goapp.H4().Text("How to fix"),
				goapp.P().Class("finding-fix").Body(richText(w.Fix, true)...),
			)
		}
		body = append(body, goapp.P().Body(checkLink(w.CheckID, "About this check ("+w.CheckID+")")))
	}
	return goapp.Details().ID("%s", w.ElementID).Class("finding-details").Open(open).OnToggle(w.onToggle).Body(body...)
}

func (w *whyAndFix) onToggle(ctx goapp.Context, e goapp.Event) {
	w.open, w.openFor = ctx.JSSrc().Get("open").Bool(), w.ElementID
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

// commonPlace is what the places of one finding share: the file and the
// folders of the path up to where they part ("App.ipa: Payload/App.app (in
// 2 places)"), or the first place when they share no file.
func commonPlace(places []string, locs []report.Location) string {
	if len(locs) != len(places) || len(locs) == 0 || locs[0].File == "" {
		return places[0] + " and elsewhere"
	}
	common := report.Location{File: locs[0].File, Index: locs[0].Index, Component: locs[0].Component}
	folders := strings.Split(locs[0].Path, "/")
	for _, l := range locs[1:] {
		if l.File != common.File || l.Index != common.Index || l.Component != common.Component {
			return places[0] + " and elsewhere"
		}
		other := strings.Split(l.Path, "/")
		n := 0
		for n < len(folders) && n < len(other) && folders[n] == other[n] {
			n++
		}
		folders = folders[:n]
	}
	common.Path = strings.Join(folders, "/")
	return common.String() + " (in " + strconv.Itoa(len(places)) + " places)"
}
