package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// reportView shows a finished report: counts, a notice for files that were
// not understood, the findings, and one card per artifact.
type reportView struct {
	goapp.Compo
	Report *report.Report
	Now    time.Time
	// Shared is true for a report opened from a link: read-only, with a banner.
	Shared bool
	// Files are the names of the files analysed (none for a shared report).
	Files []string
	// SharedMeta is what a link says about its report.
	SharedMeta shareMeta

	// Simulated says what in an example is made up.
	Simulated string
	// Facts are the artifacts' facts laid out (analysisState.Facts).
	Facts []factsView

	// filter shows only the findings of one severity (the count pills).
	filter report.Severity

	// Staged draws a new report in two turns (the page sets it): the answer
	// and the findings first (data-drawn="answer"), then, once the browser
	// has had the thread, the facts (data-drawn="all"). Mounting a large
	// binary's report at once held the page's thread 120–280 ms. restFor is
	// the report whose facts are drawn.
	Staged  bool
	restFor *report.Report
}

// restDelay lets the browser paint the answer before the facts are mounted.
const restDelay = 10 * time.Millisecond

// OnMount and OnUpdate draw the rest of a staged report in the next turn.
func (v *reportView) OnMount(ctx goapp.Context)  { v.drawRest(ctx) }
func (v *reportView) OnUpdate(ctx goapp.Context) { v.drawRest(ctx) }

func (v *reportView) drawRest(ctx goapp.Context) {
	if !v.Staged || v.restFor == v.Report {
		return
	}
	r := v.Report
	ctx.Async(func() {
		time.Sleep(restDelay)
		ctx.Dispatch(func(goapp.Context) {
			if v.Report == r {
				v.restFor = r
			}
		})
	})
}

// restDrawn is false while a staged report shows only its answer and findings.
func (v *reportView) restDrawn() bool { return !v.Staged || v.restFor == v.Report }

func (v *reportView) Render() goapp.UI {
	r := v.Report
	var notice goapp.UI
	if un := unrecognized(r.Findings); len(un) > 0 {
		items := make([]goapp.UI, len(un))
		for i, f := range un {
			items[i] = goapp.Li().Body(goapp.Strong().Text(f.Subject), goapp.Text(": "+f.Message))
		}
		notice = goapp.Div().Class("notice", "unsupported").Role("alert").Body(
			goapp.P().Text("signdoctor did not recognise these files, so nothing in them was checked:"),
			goapp.Ul().Body(items...),
			goapp.P().Body(
				goapp.Text("It reads "+analyzer.KindList(func(k analyzer.KindInfo) string { return k.Plural }, "and")+". "),
				goapp.A().Href(href(checkPath("input-unrecognized"))).Text("What to drop instead"),
			),
		)
	}
	var top, share goapp.UI = nil, &shareBox{Report: r, Files: v.Files}
	if v.Shared {
		top, share = sharedBanner(v.SharedMeta), nil
	}
	setFilter := func(s report.Severity) { v.filter = s }
	answer := []goapp.UI{
		// The answer first, then why (the findings), then the facts that
		// back them up.
		verdictPanel(r, v.Shared),
		simulatedNote(v.Simulated),
		top,
		summaryBar(r, v.filter, setFilter),
		notice,
		v.filterNote(),
		&findingsList{Findings: r.Findings, Shared: v.Shared, Filter: v.filter},
	}
	if !v.restDrawn() {
		return goapp.Div().Class("report").DataSet("drawn", "answer").Body(answer...)
	}
	cards := make([]goapp.UI, 0, len(r.Artifacts))
	bundles := 0
	for i, a := range r.Artifacts {
		var laid *factsView
		if i < len(v.Facts) {
			laid = &v.Facts[i]
		}
		if p, ok := a.Facts.(*report.Profile); ok && p != nil {
			cards = append(cards, &profileCard{Artifact: a, Profile: p, Now: v.Now, Laid: laid})
			continue
		}
		if b, ok := a.Facts.(*report.Bundle); ok && b != nil {
			cards = append(cards, &bundleCard{Artifact: a, Bundle: b, Findings: r.Findings, Now: v.Now, Index: bundles})
			bundles++
			continue
		}
		switch f := a.Facts.(type) {
		case *report.Pkg:
			if f != nil {
				cards = append(cards, pkgCard(a, f, v.Now, laid))
				continue
			}
		case *report.DMG:
			if f != nil {
				cards = append(cards, dmgCard(a, f, v.Now, laid))
				continue
			}
		case *report.Identity:
			if f != nil {
				cards = append(cards, identityCard(a, f, v.Now, laid))
				continue
			}
		case *report.ToolOutput:
			if f != nil {
				cards = append(cards, &toolOutputCard{Artifact: a, Tool: f})
				continue
			}
		case *report.MachO:
			if f != nil {
				cards = append(cards, &machoCard{Artifact: a, MachO: f, Now: v.Now, Laid: laid})
				continue
			}
		case *report.Entitlements:
			if f != nil {
				cards = append(cards, entitlementsCard(a, f, laid))
				continue
			}
		case *report.Certificate:
			if f != nil && a.Kind == "certificate" {
				cards = append(cards, certificateCard(a, f, v.Now, laid))
				continue
			}
		case *report.Notary:
			if f != nil {
				cards = append(cards, notaryCard(a, f, laid))
				continue
			}
		case *report.Text:
			if f != nil {
				cards = append(cards, textCard(a, f, laid))
				continue
			}
		}
		cards = append(cards, &artifactCard{Artifact: a, Laid: laid})
	}
	var cardSection goapp.UI
	if len(cards) > 0 {
		cardSection = goapp.Section().Class("cards").Aria("labelledby", "cards-heading").Body(
			append([]goapp.UI{goapp.H2().ID("cards-heading").Text(cardsHeading(v.Shared))}, cards...)...,
		)
	}
	return goapp.Div().Class("report").DataSet("drawn", "all").Body(append(answer,
		&compareView{Artifacts: r.Artifacts},
		&deviceLookup{Report: r},
		cardSection,
		share,
	)...)
}

// filterNote says that the findings are filtered, with a way back to all.
func (v *reportView) filterNote() goapp.UI {
	if v.filter == "" {
		return nil
	}
	return goapp.P().Class("filter-note").Body(
		goapp.Text("Showing only the "+severityPlural(v.filter)+". "),
		goapp.Button().Type("button").Class("secondary", "show-all").Text("Show all findings").
			OnClick(func(ctx goapp.Context, e goapp.Event) { v.filter = "" }),
	)
}

// simulatedNote says what in an example report exists only because the
// example was made by the project.
func simulatedNote(text string) goapp.UI {
	if text == "" {
		return nil
	}
	return goapp.Div().Class("notice", "simulated").Body(
		goapp.P().Body(goapp.Strong().Text("About this example: "), goapp.Text(text)),
	)
}
