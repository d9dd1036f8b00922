package app

import (
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

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
}

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
				goapp.Text("It reads provisioning profiles, entitlements, Mach-O binaries, .ipa and zipped .app archives, certificates, notary logs and pasted error text. "),
				goapp.A().Href(href(checkPath("input-unrecognized"))).Text("What to drop instead"),
			),
		)
	}
	cards := make([]goapp.UI, 0, len(r.Artifacts))
	profiles, bundles := 0, 0
	for _, a := range r.Artifacts {
		if p, ok := a.Facts.(*report.Profile); ok && p != nil {
			id := "device-search"
			if profiles > 0 {
				id += "-" + strconv.Itoa(profiles+1)
			}
			profiles++
			cards = append(cards, &profileCard{Artifact: a, Profile: p, Now: v.Now, SearchID: id})
			continue
		}
		if b, ok := a.Facts.(*report.Bundle); ok && b != nil {
			cards = append(cards, &bundleCard{Artifact: a, Bundle: b, Findings: r.Findings, Now: v.Now, Index: bundles})
			bundles++
			continue
		}
		if t, ok := a.Facts.(*report.ToolOutput); ok && t != nil {
			cards = append(cards, &toolOutputCard{Artifact: a, Tool: t})
			continue
		}
		cards = append(cards, &artifactCard{Artifact: a})
	}
	var cardSection goapp.UI
	if len(cards) > 0 {
		cardSection = goapp.Section().Class("cards").Aria("labelledby", "cards-heading").Body(
			append([]goapp.UI{goapp.H2().ID("cards-heading").Text(cardsHeading(v.Shared))}, cards...)...,
		)
	}
	var top goapp.UI = &shareBox{Report: r, Files: v.Files}
	if v.Shared {
		top = sharedBanner(v.SharedMeta)
	}
	return goapp.Div().Class("report").Body(
		top,
		summaryBar(r),
		notice,
		// Findings first: they are what the user came for; the cards back
		// them up with the facts.
		&findingsList{Findings: r.Findings, Shared: v.Shared},
		&compareView{Artifacts: r.Artifacts},
		&deviceLookup{Report: r},
		cardSection,
	)
}
