package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// entitlementList shows entitlements as a table (see entitlementTable); the
// profile card calls it with the profile's platforms.
func entitlementList(ents map[string]any, platforms []string) goapp.UI {
	return entitlementTable(ents, entitlementPlatform(platforms))
}

// entitlementTable shows each entitlement as a row: the key, its value, what
// it does and whether a profile must authorise it, from the analyzer's
// knowledge base, with a legend for the badges used. An unknown key is said
// to be unknown, not wrong.
func entitlementTable(ents map[string]any, platform string) goapp.UI {
	if len(ents) == 0 {
		return goapp.P().Class("muted").Text("(none)")
	}
	return entitlementRows(analyzer.DescribeEntitlements(ents, platform))
}

func entitlementRows(keys []report.EntitlementKey) goapp.UI {
	rows := make([]goapp.UI, 0, len(keys))
	used := map[string]bool{}
	for _, k := range keys {
		meaning := k.Meaning
		if !k.Known {
			meaning = "Not a key signdoctor knows (that does not make it wrong)."
		}
		used[k.Restriction] = true
		value := span("ent-value", scalarText(k.Value))
		if children := toTree(k.Value); len(children) > 1 || (len(children) == 1 && children[0].Key != "") {
			value = tree(children, 1)
		}
		rows = append(rows, goapp.Tr().Class("entitlement").DataSet("key", k.Key).DataSet("restriction", k.Restriction).Body(
			goapp.Th().Scope("row").Class("ent-key").Body(goapp.Code().Text(k.Key)),
			goapp.Td().Body(value),
			goapp.Td().Class("ent-meaning").Text(meaning),
			goapp.Td().Body(restrictionBadge(k.Restriction)),
		))
	}
	legend := make([]goapp.UI, 0, 2*len(restrictionOrder))
	for _, r := range restrictionOrder {
		if used[r] {
			legend = append(legend, goapp.Dt().Body(restrictionBadge(r)), goapp.Dd().Text(restrictionMeaning[r]))
		}
	}
	head := make([]goapp.UI, 4)
	for i, h := range [...]string{"Key", "Value", "What it does", "Profile"} {
		head[i] = goapp.Th().Scope("col").Text(h)
	}
	return goapp.Div().Body(
		goapp.Div().Class("table-scroll").Body(
			goapp.Table().Class("ent-table").Body(
				goapp.THead().Body(goapp.Tr().Body(head...)),
				goapp.TBody().Body(rows...),
			),
		),
		goapp.Dl().Class("legend", "ent-legend").Aria("label", "What the badges mean").Body(legend...),
	)
}

// restrictionBadge says whether a profile must authorise a key.
func restrictionBadge(r string) goapp.UI {
	return goapp.Span().Class("badge", "restriction", "restriction-"+orDash(r)).Text(restrictionLabel(r))
}

// entitlementPlatform is the knowledge base's platform name for a profile's
// platforms: macOS when the profile is for Macs, iOS otherwise.
func entitlementPlatform(platforms []string) string {
	for _, p := range platforms {
		if p == "OSX" || p == "macOS" {
			return "macOS"
		}
	}
	if len(platforms) == 0 || (len(platforms) == 1 && platforms[0] == "") {
		return ""
	}
	return "iOS"
}

// restrictionOrder is the order of the legend.
var restrictionOrder = []string{"restricted", "validation-required", "apple-only", "unrestricted", "unknown"}

// restrictionMeaning says what each badge means, for the legend.
var restrictionMeaning = map[string]string{
	"restricted":          "a provisioning profile must authorise this key, or the system refuses to install or run the app (macOS kills it at launch)",
	"validation-required": "macOS runs the app without a profile for it, but clears its entitlements-validated flag, which the data-protection keychain and app group containers depend on",
	"apple-only":          "for Apple's own code: no profile can authorise it, and other code that claims it is killed",
	"unrestricted":        "any signed code may carry this key; no profile is needed",
	"unknown":             "signdoctor does not know whether a profile must authorise this key",
}

func restrictionLabel(r string) string {
	switch r {
	case "restricted":
		return "needs a profile"
	case "validation-required":
		return "profile-validated"
	case "apple-only":
		return "Apple only"
	case "unrestricted":
		return "no profile needed"
	}
	return "unknown"
}
