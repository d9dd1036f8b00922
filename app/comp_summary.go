package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// summaryBar shows how many errors, warnings and notes the report has.
func summaryBar(r *report.Report) goapp.UI {
	e, w, i := r.Counts()
	count := func(class string, n int, one, many string) goapp.UI {
		word := many
		if n == 1 {
			word = one
		}
		return goapp.Li().Class("count", class).DataSet("count", n).Body(
			goapp.Strong().Text(strconv.Itoa(n)),
			goapp.Text(" "+word),
		)
	}
	return goapp.Section().ID("summary").
		Aria("label", "Summary: "+countsText(e, w, i)).
		DataSet("errors", e).DataSet("warnings", w).DataSet("infos", i).
		Body(
			goapp.Ul().Body(
				count("sev-error", e, "error", "errors"),
				count("sev-warning", w, "warning", "warnings"),
				count("sev-info", i, "note", "notes"),
			),
		)
}
