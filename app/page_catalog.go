package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// catalogPage lists every check, grouped by area, generated from the registry.
type catalogPage struct {
	goapp.Compo
}

func (p *catalogPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s", "Checks — signdoctor")
}

func (p *catalogPage) Render() goapp.UI {
	checks := analyzer.Checks()
	var sections []goapp.UI
	var items []goapp.UI
	area := ""
	flush := func() {
		if len(items) > 0 {
			sections = append(sections, goapp.Section().Class("check-area").Body(
				goapp.H2().Text(areaTitle(area)),
				goapp.Ul().Class("check-list").Body(items...),
			))
		}
		items = nil
	}
	for _, c := range checks {
		a, _, _ := strings.Cut(c.ID, "-")
		if a != area {
			flush()
			area = a
		}
		items = append(items, goapp.Li().Class("check-entry").Body(
			severityBadge(string(c.Severity)),
			goapp.A().Class("check-link").Href(href(checkPath(c.ID))).DataSet("id", c.ID).Body(
				goapp.Code().Text(c.ID),
			),
			goapp.Span().Class("check-title").Text(c.Title),
		))
	}
	flush()
	return layout("checks",
		goapp.H1().Text("Checks"),
		goapp.P().Class("lead").Body(richText(plural(len(checks), "check", "checks")+". Each finding names its check; each check's page says why it fails and how to fix it. The command line prints the same with `signdoctor explain ID`.", false)...),
		goapp.Div().Body(sections...),
	)
}

// areaTitle names a group of checks by the prefix of their IDs.
func areaTitle(area string) string {
	switch area {
	case "input":
		return "Any file"
	case "profile":
		return "Provisioning profiles"
	case "cert":
		return "Certificates"
	case "macho":
		return "Mach-O binaries"
	case "req":
		return "Code requirements"
	case "ent":
		return "Entitlements"
	case "bundle":
		return "Bundles and archives"
	case "text":
		return "Pasted text"
	case "notary":
		return "Notarization"
	case "internal":
		return "signdoctor itself"
	}
	if area == "" {
		return "Other"
	}
	return strings.ToUpper(area[:1]) + area[1:]
}
