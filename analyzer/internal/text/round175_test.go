package text

import (
	"strings"
	"testing"
)

// TestRound175Readings: Xcode's "Signing for "<target>" requires a
// development team" retold with its word "team" dropped, read as the
// team missing (https://github.com/microsoft/fluentui-apple/issues/1347),
// and its near misses: other things a development build or machine
// requires.
func TestRound175Readings(t *testing.T) {
	readEach(t, []readCase{
		{`Signing for "MicrosoftFluentUI-FluentUIResources-ios" requires a development with Xcode 14`, "text-requires-development-team"},
		{"Signing for 'Runner' requires a development.", "text-requires-development-team"},
		{"error: Signing for “Widget” requires a development", "text-requires-development-team"},
	})
	for _, s := range []string{
		`Signing for "Runner" requires a development certificate in the keychain of the build machine.`,
		`Signing for "Runner" requires a development environment with Xcode 14 installed.`,
		"Code signing for the watch app requires a development machine with Xcode.",
		"Signing for \"Widget\" requires a development\nand a distribution certificate.",
		`The "Runner" target requires a development build.`,
	} {
		if hasID(Analyze([]byte(s)), "text-requires-development-team") {
			t.Errorf("%q: read as text-requires-development-team", s)
		}
	}
	// A pod's resource bundle whose name carries a platform suffix leads
	// with the CocoaPods cause, retold or not.
	for _, s := range []string{
		`Signing for "MicrosoftFluentUI-FluentUIResources-ios" requires a development with Xcode 14`,
		`Signing for "MicrosoftFluentUI-FluentUIResources-ios" requires a development team. Select a development team in the Signing & Capabilities editor.`,
	} {
		found := false
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-requires-development-team" && len(m.Causes) > 0 && strings.Contains(m.Causes[0], "CocoaPods") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: first cause is not the pod's resource bundle", s)
		}
	}
}
