package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// artifactCard shows any artifact by its JSON facts, so a kind without a
// special card (Mach-O, entitlements, notary log, …) still shows what the
// analyzer found, under the same names the CLI's JSON uses.
type artifactCard struct {
	goapp.Compo
	Artifact report.Artifact
	// Laid are the artifact's facts laid out (analysisState.Facts); nil
	// lays them out on render.
	Laid *factsView
}

func (c *artifactCard) Render() goapp.UI {
	return goapp.Article().Class("artifact-card").DataSet("kind", c.Artifact.Kind).Body(
		goapp.Header().Class("card-header").Body(
			goapp.Span().Class("card-kind").Text(c.Artifact.Kind),
			goapp.H2().Class("card-title").Text(c.Artifact.Name),
		),
		rawFacts(laidOut(c.Laid, c.Artifact.Facts)),
		c.requirement(),
	)
}

// rawFacts lays out every fact of an artifact by its JSON name, as the
// CLI's JSON says it.
func rawFacts(v factsView) goapp.UI {
	nodes, raw := v.Tree, v.Raw
	rows := make([]goapp.UI, 0, len(nodes))
	for _, n := range nodes {
		var value goapp.UI
		if len(n.Children) > 0 {
			value = tree(n.Children, 2)
		} else {
			value = goapp.Text(n.Value)
		}
		rows = append(rows, factRow(n.Key, n.Key, raw[n.Key], value))
	}
	return goapp.Dl().Class("facts").Body(rows...)
}

// requirement offers the requirement box on signed Mach-O files.
func (c *artifactCard) requirement() goapp.UI {
	m, ok := c.Artifact.Facts.(*report.MachO)
	if !ok || !hasSignedSlice(m) {
		return nil
	}
	return &requirementBox{Artifact: c.Artifact.Name, Label: c.Artifact.Name}
}

// factRow is one fact: .fact[data-fact=key] with a label and a value. The raw
// JSON value, when it is a scalar, goes in data-value for tests and scripts.
func factRow(key, label, raw string, value ...goapp.UI) goapp.UI {
	d := goapp.Div().Class("fact").DataSet("fact", key)
	if raw != "" {
		d = d.DataSet("value", raw)
	}
	return d.Body(
		goapp.Dt().Text(label),
		goapp.Dd().Body(value...),
	)
}

// dateWithDaysLeft shows a date and how far it is from now.
func dateWithDaysLeft(t, now time.Time) []goapp.UI {
	if t.IsZero() {
		return []goapp.UI{goapp.Text("—")}
	}
	left := daysLeft(t, now)
	cls := "days-left"
	if t.Before(now) {
		cls += " expired"
	} else if t.Sub(now) < 30*24*time.Hour {
		cls += " soon"
	}
	return []goapp.UI{
		goapp.Time().DateTime(t.UTC().Format(time.RFC3339)).Text(formatDate(t)),
		goapp.Text(" "),
		goapp.Span().Class(cls).Text("(" + left + ")"),
	}
}
