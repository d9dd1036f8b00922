package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// layout wraps a page: a skip link, the header with the main navigation, the
// page's content and the footer. current names the active nav entry.
func layout(current string, content ...goapp.UI) goapp.UI {
	navLink := func(name, path, label string) goapp.UI {
		a := goapp.A().Href(href(path)).Text(label)
		if name == current {
			a = a.Aria("current", "page").Class("active")
		}
		return goapp.Li().Body(a)
	}
	return goapp.Div().Class("page").Body(
		goapp.A().Class("skip-link").Href("#content").Text("Skip to content"),
		goapp.Header().Class("site-header").Body(
			goapp.A().Class("brand").Href(href("/")).Body(
				goapp.Img().Src("/web/icon.svg").Alt("").Width(28).Height(28),
				goapp.Span().Text("signdoctor"),
			),
			goapp.Nav().Aria("label", "Main").Body(
				goapp.Ul().Body(
					navLink("analyze", "/", "Analyze"),
					navLink("checks", "/checks", "Checks"),
					navLink("about", "/about", "About"),
				),
			),
		),
		&updateBanner{},
		goapp.Main().ID("content").TabIndex(-1).Body(content...),
		goapp.Footer().Class("site-footer").Body(
			goapp.P().Text("signdoctor runs entirely in your browser: your files are read on this device and never uploaded."),
		),
	)
}

// severityBadge shows a severity as a word with a colour, never colour alone.
func severityBadge(s string) goapp.UI {
	return goapp.Span().Class("badge", "sev-"+s).Text(severityWord(s))
}

func severityWord(s string) string {
	switch s {
	case "error":
		return "Error"
	case "warning":
		return "Warning"
	case "info":
		return "Note"
	}
	return s
}
