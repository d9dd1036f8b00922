package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// catalogPage lists every check, grouped by area, generated from the
// registry. A search box and two filters (area, severity) narrow the list;
// the prerendered page lists every check.
type catalogPage struct {
	goapp.Compo

	query    string
	area     string
	severity string
}

func (p *catalogPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s", "Checks — signdoctor")
}

// matches says whether a check passes the search and the filters. Every
// word of the query must appear in the ID, the title or the explanation.
func (p *catalogPage) matches(c *analyzer.Check) bool {
	if p.area != "" && checkArea(c.ID) != p.area {
		return false
	}
	if p.severity != "" && string(c.Severity) != p.severity {
		return false
	}
	text := strings.ToLower(c.ID + " " + c.Title + " " + c.Doc + " " + c.Fix)
	for _, w := range strings.Fields(strings.ToLower(p.query)) {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

func (p *catalogPage) Render() goapp.UI {
	checks := analyzer.Checks()
	var sections []goapp.UI
	var items []goapp.UI
	var areas []string
	area := ""
	shown := 0
	flush := func() {
		if len(items) > 0 {
			sections = append(sections, goapp.Section().Class("check-area").DataSet("area", area).Body(
				goapp.H2().Text(areaTitle(area)),
				goapp.Ul().Class("check-list").Body(items...),
			))
		}
		items = nil
	}
	for _, c := range checks {
		a := checkArea(c.ID)
		if a != area {
			flush()
			area = a
			areas = append(areas, a)
		}
		if !p.matches(c) {
			continue
		}
		shown++
		items = append(items, goapp.Li().Class("check-entry").DataSet("severity", string(c.Severity)).Body(
			severityBadge(string(c.Severity)),
			goapp.A().Class("check-link").Href(href(checkPath(c.ID))).DataSet("id", c.ID).Body(
				goapp.Span().Class("check-entry-title").Text(c.Title),
			),
			goapp.Code().Class("check-entry-id").Text(c.ID),
		))
	}
	flush()
	areaOptions := []goapp.UI{goapp.Option().Value("").Text("All areas")}
	for _, a := range areas {
		areaOptions = append(areaOptions, goapp.Option().Value(a).Selected(p.area == a).Text(areaTitle(a)))
	}
	sevOptions := []goapp.UI{goapp.Option().Value("").Text("Any severity")}
	for _, s := range []string{"error", "warning", "info"} {
		sevOptions = append(sevOptions, goapp.Option().Value(s).Selected(p.severity == s).Text(severityWord(s)))
	}
	var none goapp.UI
	if shown == 0 {
		none = goapp.P().Class("muted").Text("No check matches. Try fewer words, or another area.")
	}
	count := plural(len(checks), "check", "checks")
	if shown != len(checks) {
		count = fmt.Sprintf("%d of %d checks", shown, len(checks))
	}
	return layout("checks",
		goapp.H1().Text("Checks"),
		goapp.P().Class("lead").Body(richText("Each finding names its check; each check's page says why it fails and how to fix it. The command line prints the same with `signdoctor explain ID`.", false)...),
		goapp.Div().Class("check-filters").Role("search").Body(
			goapp.Div().Class("filter").Body(
				goapp.Label().For("check-search").Text("Search"),
				goapp.Input().Type("search").ID("check-search").Placeholder("expired, get-task-allow, notarization…").
					AutoComplete(false).Spellcheck(false).Value(p.query).
					OnInput(func(ctx goapp.Context, e goapp.Event) { p.query = ctx.JSSrc().Get("value").String() }),
			),
			goapp.Div().Class("filter").Body(
				goapp.Label().For("check-area-filter").Text("Area"),
				goapp.Select().ID("check-area-filter").Body(areaOptions...).
					OnChange(func(ctx goapp.Context, e goapp.Event) { p.area = ctx.JSSrc().Get("value").String() }),
			),
			goapp.Div().Class("filter").Body(
				goapp.Label().For("check-severity-filter").Text("Severity"),
				goapp.Select().ID("check-severity-filter").Body(sevOptions...).
					OnChange(func(ctx goapp.Context, e goapp.Event) { p.severity = ctx.JSSrc().Get("value").String() }),
			),
		),
		goapp.P().ID("check-count").Role("status").Aria("live", "polite").Text(count+"."),
		none,
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
