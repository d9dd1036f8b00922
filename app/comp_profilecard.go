package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// profileCard shows a provisioning profile the way a developer checks it:
// what it is for, whose, until when, which devices, which certificates and
// entitlements. Whether a device is listed is asked of every profile at
// once by the report's device lookup.
type profileCard struct {
	goapp.Compo
	Artifact report.Artifact
	Profile  *report.Profile
	Now      time.Time
	// Laid are the profile's facts laid out (analysisState.Facts); nil
	// lays them out on render.
	Laid *factsView
}

// profileKindWords says what each kind of profile allows.
var profileKindWords = map[string]string{
	"development":     "Development: runs on the listed devices, debuggable; cannot ship",
	"ad-hoc":          "Ad hoc: installs on the listed devices outside the App Store",
	"app-store":       "App Store: for uploading to App Store Connect and TestFlight; does not run on a device directly",
	"enterprise":      "Enterprise (in-house): installs on any device of the organisation",
	"developer-id":    "Developer ID: distributes a Mac app outside the Mac App Store",
	"mac-development": "Mac development: runs on the listed Macs",
	"mac-app-store":   "Mac App Store: for uploading to the Mac App Store",
}

func (c *profileCard) Render() goapp.UI {
	p := c.Profile
	title := p.ProfileName
	if title == "" {
		title = c.Artifact.Name
	}
	team := p.Team
	if p.TeamName != "" {
		team += " (" + p.TeamName + ")"
	}
	appID := p.AppID
	if p.AppIDName != "" {
		appID += " (" + p.AppIDName + ")"
	}
	kind := p.ProfileKind
	if w := profileKindWords[kind]; w != "" {
		kind = w
	}
	var devices string
	switch {
	case p.AllDevices:
		devices = "all devices (ProvisionsAllDevices)"
	case p.Devices == 0:
		devices = "none: this profile has no device list"
	default:
		devices = plural(p.Devices, "device", "devices")
	}
	signed := "no"
	if p.AppleSigned {
		signed = "yes"
		if p.Signer != "" {
			signed += ", by " + p.Signer
		}
	}

	facts := []goapp.UI{
		factRow("profile_name", "Name", p.ProfileName, goapp.Text(orDash(p.ProfileName))),
		factRow("app_id", "App ID", p.AppID, goapp.Code().Text(orDash(appID))),
		factRow("team", "Team", p.Team, goapp.Text(orDash(team))),
		factRow("profile_kind", "Kind", p.ProfileKind, goapp.Text(orDash(kind))),
		factRow("platforms", "Platforms", strings.Join(p.Platforms, ","), goapp.Text(orDash(strings.Join(p.Platforms, ", ")))),
		factRow("created", "Created", timeRaw(p.Created), goapp.Text(formatDate(p.Created))),
		factRow("expires", "Expires", timeRaw(p.Expires), dateWithDaysLeft(p.Expires, c.Now)...),
		factRow("devices", "Devices", strconv.Itoa(p.Devices), goapp.Text(devices)),
		factRow("apple_signed", "Signed by Apple", strconv.FormatBool(p.AppleSigned), goapp.Text(signed)),
	}
	if p.UUID != "" {
		facts = append(facts, factRow("uuid", "UUID", p.UUID, goapp.Code().Text(p.UUID)))
	}
	facts = append(facts, otherFacts(laidOut(c.Laid, p), profileCardKeys)...)

	return goapp.Article().Class("artifact-card", "profile-card").DataSet("kind", "profile").Body(
		goapp.Header().Class("card-header").Body(
			goapp.Span().Class("card-kind").Text("Provisioning profile"),
			goapp.H2().Class("card-title").Text(title),
			goapp.P().Class("card-file").Text(c.Artifact.Name),
		),
		goapp.Dl().Class("facts").Body(facts...),
		c.renderDevices(),
		c.renderCertificates(),
		goapp.Section().Class("card-section").Body(
			goapp.H3().Text("Entitlements"),
			entitlementList(p.Entitlements, p.Platforms),
		),
	)
}

func (c *profileCard) renderDevices() goapp.UI {
	p := c.Profile
	var list goapp.UI
	if len(p.DeviceIDs) > 0 {
		items := make([]goapp.UI, len(p.DeviceIDs))
		for i, d := range p.DeviceIDs {
			items[i] = goapp.Li().Body(goapp.Code().Text(d))
		}
		list = goapp.Details().Class("device-list").Body(
			goapp.Summary().Text(fmt.Sprintf("Show the %s", plural(len(p.DeviceIDs), "device ID", "device IDs"))),
			goapp.Ul().Body(items...),
		)
	}
	return goapp.Section().Class("card-section", "devices").Body(
		goapp.H3().Text("Devices"),
		goapp.P().Class("help").Body(
			goapp.A().Href("#device-lookup").Text("Is my device in this profile?"),
			goapp.Text(" The device lookup asks every profile of the report at once."),
		),
		list,
	)
}

func (c *profileCard) renderCertificates() goapp.UI {
	certs := c.Profile.Certificates
	if len(certs) == 0 {
		return goapp.Section().Class("card-section").Body(
			goapp.H3().Text("Certificates"),
			goapp.P().Class("muted").Text("This profile names no signing certificates."),
		)
	}
	items := make([]goapp.UI, len(certs))
	for i, ct := range certs {
		kind := ct.CertKind
		if kind == "" {
			kind = "unknown kind"
		}
		items[i] = goapp.Li().Class("cert").DataSet("sha1", ct.SHA1).Body(
			goapp.Strong().Class("cert-name").Text(orDash(ct.CommonName)),
			goapp.Span().Class("cert-kind").Text(kind),
			goapp.Span().Class("cert-expiry").Body(
				append([]goapp.UI{goapp.Text("Expires ")}, dateWithDaysLeft(ct.NotAfter, c.Now)...)...,
			),
			goapp.Span().Class("cert-sha1").Body(goapp.Text("SHA-1 "), goapp.Code().Text(ct.SHA1)),
		)
	}
	return goapp.Section().Class("card-section").Body(
		goapp.H3().Text(fmt.Sprintf("Certificates (%d)", len(certs))),
		goapp.Ul().Class("cert-list").Body(items...),
	)
}

// profileCardKeys are the profile facts the card shows in its own words;
// otherFacts shows the rest by their JSON names.
var profileCardKeys = map[string]bool{
	"profile_name": true, "uuid": true, "profile_kind": true, "platforms": true,
	"team": true, "team_name": true, "app_id": true, "app_id_name": true,
	"created": true, "expires": true, "devices": true, "all_devices": true,
	"device_ids": true, "apple_signed": true, "signer": true,
	"certificates": true, "entitlements": true,
}

// otherFacts renders the facts a special card does not lay out itself, so a
// field the analyzer adds later still shows up.
func otherFacts(v factsView, shown map[string]bool) []goapp.UI {
	raw := v.Raw
	var out []goapp.UI
	for _, n := range v.Tree {
		if shown[n.Key] {
			continue
		}
		var value goapp.UI = goapp.Text(n.Value)
		if len(n.Children) > 0 {
			value = tree(n.Children, 1)
		}
		out = append(out, factRow(n.Key, factLabel(n.Key), raw[n.Key], value))
	}
	return out
}

// factLabels name the facts in the words Xcode and the developer portal use;
// a fact without one shows its JSON name.
var factLabels = map[string]string{
	"format":           "Format",
	"not_apple_signed": "Why not Apple's",
	"tampered":         "Changed after signing",
	"signing_time":     "Signed on",
	"time_to_live":     "Valid for (days)",
	"xcode_managed":    "Managed by Xcode",
}

func factLabel(key string) string {
	if l, ok := factLabels[key]; ok {
		return l
	}
	return strings.ReplaceAll(key, "_", " ")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func timeRaw(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
