package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// deviceLookup asks one device ID of every profile in the report at once:
// listed or not in each, with the analyzer's hints about the ID's form.
type deviceLookup struct {
	goapp.Compo
	Report *report.Report

	query  string
	result lookupResult
}

func (d *deviceLookup) OnMount(ctx goapp.Context) {
	ctx.ObserveState(stateLookup, &d.result)
}

// OnUpdate clears the box when another report is shown.
func (d *deviceLookup) OnUpdate(ctx goapp.Context) {
	d.query = ""
	d.result = lookupResult{}
}

func (d *deviceLookup) onInput(ctx goapp.Context, e goapp.Event) {
	d.query = ctx.JSSrc().Get("value").String()
	ctx.NewActionWithValue(actionLookup, d.query)
}

func (d *deviceLookup) Render() goapp.UI {
	entries := reportProfiles(d.Report)
	if len(entries) == 0 {
		return goapp.Div().Class("device-lookup-none")
	}
	var out []goapp.UI
	if normalizeDevice(d.query) != "" {
		var findings []report.Finding
		if d.result.Query == d.query {
			findings = d.result.Findings
		}
		rows, general := lookupRows(entries, d.query, findings)
		for _, f := range general {
			out = append(out, hintUI(f))
		}
		items := make([]goapp.UI, len(rows))
		for i, r := range rows {
			answer := "Not listed"
			listed := listedClass(r.Listed)
			switch {
			case r.Listed:
				answer = "Listed"
			case deviceIDsLeftOut(r.Profile):
				answer, listed = leftOutAnswer(r.Profile), "unknown"
			case r.Profile.AllDevices:
				answer = "Not listed, but this profile allows all devices"
			case r.Profile.Devices == 0 && len(r.Profile.DeviceIDs) == 0:
				answer = "Not listed: this profile has no device list"
			}
			hints := make([]goapp.UI, 0, len(r.Findings))
			for _, f := range r.Findings {
				hints = append(hints, hintUI(f))
			}
			items[i] = goapp.Li().Class("lookup-row").DataSet("profile", r.Name).DataSet("listed", listed).Body(
				goapp.Strong().Class("lookup-answer", listed).Text(answer),
				goapp.Text(" — "),
				goapp.Span().Class("lookup-profile").Text(profileTitle(r.profileEntry)),
				goapp.Div().Body(hints...),
			)
		}
		out = append(out, goapp.Ul().Class("lookup-rows").Body(items...))
		if d.result.Query == d.query && d.result.Checking {
			out = append(out, goapp.P().Class("muted").Text("Checking the format…"))
		}
		if d.result.Query == d.query && d.result.Note != "" {
			out = append(out, goapp.P().Class("muted").Text(d.result.Note))
		}
	}
	return goapp.Section().ID("device-lookup").Class("device-lookup").Aria("labelledby", "device-lookup-heading").Body(
		goapp.H2().ID("device-lookup-heading").Text("Is my device in these profiles?"),
		goapp.Label().For("device-lookup-input").Text("Device ID (UDID), checked against "+plural(len(entries), "profile", "profiles")),
		goapp.Input().Type("search").ID("device-lookup-input").
			Placeholder("00008030-…").AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
			Aria("describedby", "device-lookup-help").
			Value(d.query).OnInput(d.onInput),
		goapp.P().ID("device-lookup-help").Class("help").Text("Find it in Finder or Xcode (Window › Devices and Simulators). On a Mac, use the Provisioning UDID from System Information, not the Hardware UUID."),
		goapp.Div().Class("device-lookup-result").Role("status").Aria("live", "polite").Body(out...),
	)
}

func hintUI(f report.Finding) goapp.UI {
	return goapp.P().Class("device-hint", "sev-"+string(f.Severity)).DataSet("id", f.ID).Body(
		severityBadge(string(f.Severity)),
		goapp.Text(" "+f.Message),
	)
}

func listedClass(listed bool) string {
	if listed {
		return "listed"
	}
	return "not-listed"
}

func profileTitle(e profileEntry) string {
	if n := strings.TrimSpace(e.Profile.ProfileName); n != "" {
		return n + " (" + e.Name + ")"
	}
	return e.Name
}
