package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// aboutPage says what happens to the user's files and how that is tested.
type aboutPage struct {
	goapp.Compo
}

func (p *aboutPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s", "About — signdoctor")
}

func (p *aboutPage) Render() goapp.UI {
	return layout("about",
		goapp.H1().Text("About signdoctor"),
		goapp.P().Class("lead").Text("signdoctor explains why Apple code signing, provisioning and notarization fail: what is wrong, why Apple's tools refuse it, and the command that fixes it."),
		goapp.Section().Body(
			goapp.H2().Text("Your files stay on your device"),
			goapp.P().Text("The whole analyzer is compiled to WebAssembly and runs in this page. When you drop or choose a file, the page reads the parts it needs directly from your disk (a 2 GB archive is read in slices, not loaded whole) and analyses them here. Nothing is uploaded: there is no server that could receive your files, only static files (the page, its styles, its icons and the WebAssembly program)."),
			goapp.P().Text("Once loaded, the app works offline and can be installed: a service worker keeps its own files for the next visit."),
		),
		goapp.Section().Body(
			goapp.H2().Text("How that is tested"),
			goapp.P().Text("A browser test drives a real Chromium through the DevTools protocol. It records every request the page makes after loading, drops real files into the page, and fails if any request goes anywhere but the app's own static files, or if any request carries a body with file content. The same analyzer runs as a command-line tool (signdoctor check) and its results are compared with the page's."),
		),
		goapp.Section().Body(
			goapp.H2().Text("The same answers everywhere"),
			goapp.P().Body(
				goapp.Text("Every finding comes from a check with a stable ID. The "),
				goapp.A().Href(href("/checks")).Text("check catalogue"),
				goapp.Text(" is generated from the same values that the command line prints with "),
				goapp.Code().Text("signdoctor explain ID"),
				goapp.Text("."),
			),
		),
	)
}
