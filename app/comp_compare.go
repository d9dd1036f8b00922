package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// compareView compares two versions of one kind of file (two profiles, two
// builds of a binary, two .ipa files) when the report holds at least two:
// pick the old and the new one, press Compare, read what changed side by side.
type compareView struct {
	goapp.Compo
	Artifacts []report.Artifact

	old, new int
	picked   bool
	result   *analyzer.DiffResult
}

// OnUpdate starts over when another report is shown.
func (v *compareView) OnUpdate(ctx goapp.Context) {
	v.picked, v.result = false, nil
}

func (v *compareView) Render() goapp.UI {
	cands := comparableArtifacts(v.Artifacts)
	if len(cands) < 2 {
		// A component must render an element; an empty one takes no space.
		return goapp.Div().Class("compare-none")
	}
	if !v.picked {
		v.old, v.new, _ = defaultPair(v.Artifacts, cands)
	}
	sel := func(id, label string, current int, on goapp.EventHandler) goapp.UI {
		opts := make([]goapp.UI, len(cands))
		for k, i := range cands {
			opts[k] = goapp.Option().Value(strconv.Itoa(i)).Selected(i == current).Text(artifactLabel(v.Artifacts[i]))
		}
		return goapp.Div().Class("compare-pick").Body(
			goapp.Label().For(id).Text(label),
			goapp.Select().ID("%s", id).OnChange(on).Body(opts...),
		)
	}
	return goapp.Section().ID("compare").Class("compare").Aria("labelledby", "compare-heading").Body(
		goapp.H2().ID("compare-heading").Text("Compare two versions"),
		goapp.Div().Class("compare-controls").Body(
			sel("compare-old", "Old", v.old, v.onPick(&v.old)),
			sel("compare-new", "New", v.new, v.onPick(&v.new)),
			goapp.Button().Type("button").ID("compare-button").Text("Compare").OnClick(v.onCompare),
		),
		goapp.Div().Class("compare-result").Role("status").Aria("live", "polite").Body(v.renderResult()),
	)
}

func (v *compareView) onPick(into *int) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		if i, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil && i >= 0 && i < len(v.Artifacts) {
			*into = i
			v.picked = true
			v.result = nil
		}
	}
}

func (v *compareView) onCompare(ctx goapp.Context, e goapp.Event) {
	if v.old >= len(v.Artifacts) || v.new >= len(v.Artifacts) {
		return
	}
	v.picked = true
	r := analyzer.Diff(v.Artifacts[v.old], v.Artifacts[v.new])
	v.result = &r
}

func (v *compareView) renderResult() goapp.UI {
	r := v.result
	switch {
	case r == nil:
		return nil
	case v.old == v.new:
		return goapp.P().Class("muted").Text("Pick two different files.")
	case !r.Comparable:
		return goapp.P().Text("A " + r.KindA + " and a " + r.KindB + " cannot be compared: pick two files of the same kind.")
	case len(r.Changes) == 0:
		return goapp.P().Class("compare-same").Text("No differences in the signing facts.")
	}
	oldName, newName := v.Artifacts[v.old].Name, v.Artifacts[v.new].Name
	var groups []goapp.UI
	for _, g := range groupChanges(r.Changes) {
		rows := make([]goapp.UI, 0, len(g.Changes))
		for _, c := range g.Changes {
			rows = append(rows, goapp.Tr().Class("change", "change-"+c.Kind).DataSet("field", c.Field).DataSet("kind", c.Kind).Body(
				goapp.Th().Scope("row").Text(changeLabel(c)),
				goapp.Td().Class("change-old").Body(goapp.Code().Text(orDash(c.Old))),
				goapp.Td().Class("change-new").Body(goapp.Code().Text(orDash(c.New))),
			))
			if c.Note != "" {
				rows = append(rows, goapp.Tr().Class("change-note").Body(goapp.Td().ColSpan(3).Text(c.Note)))
			}
		}
		where := g.Where
		if where == "" {
			where = "The file itself"
		}
		groups = append(groups, goapp.Table().Class("compare-table").Body(
			goapp.Caption().Text(where),
			goapp.THead().Body(goapp.Tr().Body(
				goapp.Th().Scope("col").Text("What"),
				goapp.Th().Scope("col").Text(oldName),
				goapp.Th().Scope("col").Text(newName),
			)),
			goapp.TBody().Body(rows...),
		))
	}
	return goapp.Div().Body(
		append([]goapp.UI{goapp.P().Text(plural(len(r.Changes), "difference", "differences") + ":")}, groups...)...,
	)
}
