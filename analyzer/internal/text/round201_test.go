package text

import (
	"strings"
	"testing"
)

// TestRound201Readings: the readings added for held-out round 201 (Rust,
// Go, Zig and Swift command-line tools shipped for macOS), each on a line
// of the round's texts or the same said otherwise, and their near misses.
func TestRound201Readings(t *testing.T) {
	readEach(t, []readCase{
		// quill given a Developer ID Installer certificate
		// (https://github.com/anchore/quill/issues/431).
		{"quill p12 attach-chain failed:\nfailed to verify certificate chain: x509: unhandled critical extension", "text-not-developer-id"},
		{"rcodesign: x509: unhandled critical extension", "text-not-developer-id"},
		// Privacy & Security's note misspelt
		// (https://github.com/aquaproj/aqua/issues/1059).
		{`macOS: "aqua" was blocked from use because it is not from an identifier developer`, "text-gatekeeper-unverified"},
		{"The tool is blocked because it's not from an identifier developer.", "text-gatekeeper-unverified"},
		// The alert quoted and cut by an ellipsis
		// (https://github.com/grafana/gcx/issues/535).
		{`macOS users hit Gatekeeper warnings (*"Apple could not verify…"*) on first launch`, "text-gatekeeper-unverified"},
		{`the popup says "Apple can't verify..." and nothing more`, "text-gatekeeper-unverified"},
		// spctl's verdict printed after the path
		// (https://github.com/ConduitIO/conduit/pull/2856).
		{"$ spctl -a -vv ./conduit\n./conduit: rejected\n```", "text-gatekeeper-unverified"},
		// A download said quarantined, then killed
		// (https://github.com/getcmd-dev/cmd/issues/303).
		{"The downloaded binary is quarantined per default. Thus linting fails:\n./cmd.sh: line 13: 45353 Killed: 9               $SWIFTFORMAT_PATH", "text-gatekeeper-unverified"},
		{"The executable is quarantined.\n$ ./tool\nzsh: killed ./tool", "text-gatekeeper-unverified"},
	})
	if m := firstMatch(Analyze([]byte("failed to verify certificate chain: x509: unhandled critical extension (quill)")), "text-not-developer-id"); m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "Installer") {
		t.Errorf("quill's critical extension does not lead with the installer certificate: %v", m)
	}
	for _, c := range []struct{ text, id string }{
		// Go's verifier on another system's certificate, on a Mac.
		{"kubectl get pods on macOS: Unable to connect to the server: x509: unhandled critical extension", "text-not-developer-id"},
		{"Vault on my Mac: tls: failed to verify certificate: x509: unhandled critical extension", "text-not-developer-id"},
		// A Developer identifier named otherwise; Apple verifying an account.
		{"The app was blocked from use because it is not from an identified location.", "text-gatekeeper-unverified"},
		{`Sign-in says "Apple could not verify your identity…" on the iPad.`, "text-gatekeeper-unverified"},
		// spctl accepting; a path that is not spctl's verdict.
		{"$ spctl -a -vv ./conduit\n./conduit: accepted\nsource=Notarized Developer ID", "text-gatekeeper-unverified"},
		// Quarantined by a scanner, or said without a kill.
		{"The downloaded archive was quarantined by Microsoft Defender, so the Docker build failed with exit code 137.", "text-gatekeeper-unverified"},
		{"The downloaded binary is quarantined.\nThat is fine, it runs after I confirm.", "text-gatekeeper-unverified"},
		{"The download was quarantined.\nstep 3: OOM\nKilled", "text-gatekeeper-unverified"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
