package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// entitlementList shows each entitlement with what it does and whether a
// profile must authorise it, from the analyzer's knowledge base. An unknown
// key is said to be unknown, not wrong.
func entitlementList(ents map[string]any, platforms []string) goapp.UI {
	if len(ents) == 0 {
		return goapp.P().Class("muted").Text("(none)")
	}
	items := []goapp.UI{}
	for _, k := range analyzer.DescribeEntitlements(ents, entitlementPlatform(platforms)) {
		meaning := k.Meaning
		if !k.Known {
			meaning = "Not a key signdoctor knows (that does not make it wrong)."
		}
		var value goapp.UI = goapp.Span().Class("tree-value").Text(scalarText(k.Value))
		if children := toTree(k.Value); len(children) > 1 || (len(children) == 1 && children[0].Key != "") {
			value = tree(children, 1)
		}
		items = append(items, goapp.Li().Class("entitlement").DataSet("key", k.Key).DataSet("restriction", k.Restriction).Body(
			goapp.Span().Class("tree-key").Text(k.Key),
			goapp.Text(" "),
			goapp.Span().Class("badge", "restriction").Text(restrictionLabel(k.Restriction)),
			goapp.Text(" "),
			value,
			goapp.P().Class("entitlement-meaning", "muted").Text(meaning),
		))
	}
	return goapp.Ul().Class("tree", "entitlement-list").Body(items...)
}

// entitlementPlatform is the knowledge base's platform name for a profile's
// platforms: macOS when the profile is for Macs, iOS otherwise.
func entitlementPlatform(platforms []string) string {
	for _, p := range platforms {
		if p == "OSX" || p == "macOS" {
			return "macOS"
		}
	}
	if len(platforms) == 0 {
		return ""
	}
	return "iOS"
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
