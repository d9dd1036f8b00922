package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// summaryBar shows how many errors, warnings and notes the report has. Each
// count is a toggle that shows only the findings of its severity; pressing it
// again shows all.
func summaryBar(r *report.Report, filter report.Severity, onFilter func(report.Severity)) goapp.UI {
	e, w, i := r.Counts()
	count := func(sev report.Severity, n int, one, many string) goapp.UI {
		word := many
		if n == 1 {
			word = one
		}
		pressed := filter == sev
		btn := goapp.Button().Type("button").Class("count-toggle").
			Aria("pressed", strconv.FormatBool(pressed)).
			Title("Show only the "+many).
			Disabled(n == 0 && !pressed).
			Body(goapp.Strong().Text(strconv.Itoa(n)), goapp.Text(" "+word))
		if onFilter != nil {
			// The scope makes go-app replace the handler when the state
			// changes: it keeps a closure of the same code otherwise.
			btn = btn.OnClick(func(ctx goapp.Context, ev goapp.Event) {
				if pressed {
					onFilter("")
					return
				}
				onFilter(sev)
			}, goapp.EventScope(pressed))
		}
		return goapp.Li().Class("count", "sev-"+string(sev)).DataSet("count", n).Body(btn)
	}
	return goapp.Section().ID("summary").
		Aria("label", "Summary: "+countsText(e, w, i)+". Press a count to show only those findings.").
		DataSet("errors", e).DataSet("warnings", w).DataSet("infos", i).
		Body(
			goapp.Ul().Body(
				count(report.Error, e, "error", "errors"),
				count(report.Warning, w, "warning", "warnings"),
				count(report.Info, i, "note", "notes"),
			),
		)
}
