package text

import (
	"strings"
	"testing"
)

// TestRound173Readings: the reading added for held-out round 173
// (sideloading iOS apps), on the round's line and on other retellings of
// AltServer's and SideStore's limit alert, and its near misses: other
// services' app quotas in the same words.
func TestRound173Readings(t *testing.T) {
	readEach(t, []readCase{
		// SideStore installed through AltServer (https://github.com/SideStore/SideStore/issues/838).
		{"Maximum app limit reached when side loading sidestore. No other apps side loaded", "text-free-team-limit"},
		// An app's sideloading guide and a German troubleshooting table
		// (public repositories' documentation, found by their words).
		{`AltStore won't install gymbro, or "maximum app limit reached"`, "text-free-team-limit"},
		{`| SideStore: "Maximum App Limit Reached" | drei Apps beim kostenlosen Account | eine andere sideloadete App entfernen |`, "text-free-team-limit"},
	})
	// A sideloading tool's alert leads with the free Apple ID's limits.
	m := firstMatch(Analyze([]byte("Maximum app limit reached when side loading sidestore. No other apps side loaded")), "text-free-team-limit")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "3 sideloaded apps") {
		t.Errorf("SideStore's limit alert does not lead with the free Apple ID's limits: %v", m)
	}
	// Web services' and device agents' own quotas, from their source code,
	// and an Android sideload: no Apple ID behind them.
	for _, s := range []string{
		"Maximum app limit reached (3 apps per user)",
		"maximum app limit reached (5)",
		"maximum app limit reached: 3/3",
		"Sideloading the APK on my Android TV fails: maximum app limit reached.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-free-team-limit"); m != nil {
			t.Errorf("%q: read as the free team's limit", s)
		}
	}
}
