package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// checkPage is /checks/<ID>: one check's documentation, from the same values
// the CLI's `explain ID` prints.
type checkPage struct {
	goapp.Compo
	ID string
}

func (p *checkPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s — signdoctor", p.ID)
	if c := analyzer.Lookup(p.ID); c != nil {
		ctx.Page().SetTitle("%s (%s) — signdoctor", c.Title, c.ID)
		ctx.Page().SetDescription("%s", c.Title)
	}
}

func (p *checkPage) Render() goapp.UI {
	c := analyzer.Lookup(p.ID)
	if c == nil {
		return layout("checks",
			goapp.H1().ID("check-id").Text(p.ID),
			goapp.P().Text("There is no check with this ID."),
			goapp.P().Body(goapp.A().Href(href("/checks")).Text("All checks")),
		)
	}
	return layout("checks",
		goapp.P().Class("breadcrumb").Body(goapp.A().Href(href("/checks")).Text("Checks"), goapp.Text(" ›")),
		// The title is what a person looks for; the ID is what the
		// finding and the command line name.
		goapp.H1().ID("check-title").Text(c.Title),
		goapp.P().Class("check-meta").Body(
			goapp.Span().ID("check-severity").DataSet("severity", string(c.Severity)).Body(severityBadge(string(c.Severity))),
			goapp.Text(" "),
			goapp.Code().ID("check-id").Text(c.ID),
			goapp.Span().Class("muted").Text(" · "+areaTitle(checkArea(c.ID))),
		),
		goapp.Section().Body(
			goapp.H2().Text("Why it fails"),
			goapp.P().ID("check-doc").Body(richText(c.Doc, false)...),
		),
		goapp.Section().Body(
			goapp.H2().Text("How to fix it"),
			goapp.P().ID("check-fix").Body(richText(c.Fix, true)...),
		),
		goapp.Section().Body(
			goapp.H2().Text("Looks at"),
			goapp.P().ID("check-needs").Text(needsText(c)),
		),
		goapp.P().Class("muted").Body(
			goapp.Text("From the command line: "),
			goapp.Code().Text("signdoctor explain "+c.ID),
		),
	)
}
