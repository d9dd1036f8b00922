package text

import (
	"strings"
	"testing"
)

// TestRound171Readings: the readings added for held-out round 171 (Xcode
// 26, iOS 26 and macOS 26 Tahoe), each on a line of the round's messages,
// and their near misses: the same words where they are not that failure.
func TestRound171Readings(t *testing.T) {
	readEach(t, []readCase{
		// Xcode's install error whose only English line sends to Apple's
		// page on the signature format (https://github.com/HBandSDK/iOS_Ble_SDK/issues/2).
		{"Domain: MIInstallerErrorDomain\nCode: 13\nRecovery Suggestion: See the following page to re-sign your app: [Using the latest code signature format](https://developer.apple.com/documentation/xcode/using-the-latest-code-signature-format)", "text-signature-version-unsupported"},
		// A profile retold as rejecting a developer key (https://github.com/memrynote/memry/pull/1818).
		{"Fresh prebuilds materialize `com.apple.developer.default-data-protection`, and Xcode's wildcard dev provisioning profile rejects it (device build error 65).", "text-profile-missing-entitlement"},
		// iOS's developer left unverified (https://github.com/altstoreio/AltStore/issues/1726).
		{"iOS needs this app verification in order to run it, so it tries to verify the app and the developer \"via internet\" but there's no way of checking, it just stands as \"Not verified\".", "text-untrusted-developer"},
		// An ad hoc signed tool that gets no privacy grant (https://github.com/PsychQuant/che-ical-mcp/issues/44).
		{"macOS 26 tightened TCC behavior such that ad-hoc signed binaries can no longer trigger Calendar / Reminders permission grants — the permission dialog never appears", "text-privacy-access-refused"},
		// Strict verification retold as failing (https://github.com/anthropics/claude-code/issues/89883,
		// https://github.com/howdeploy/CanvasTTY/issues/18).
		{"Three unmodified `darwin-arm64` Claude Code release artifacts downloaded directly from `downloads.claude.ai` fail strict Apple signature verification on macOS 26.5.2 arm64.", "text-code-signature-modified"},
		{"but `codesign` reports `Authority=(unavailable)` and failed strict-verification invocations exit 1.", "text-code-signature-modified"},
		{"The application fails strict code-signature verification, so users cannot open the official macOS\nrelease without an unsafe local workaround.", "text-code-signature-modified"},
	})
	for _, c := range []struct{ text, id string }{
		// Apple's article named, not Xcode's recovery suggestion.
		{"See Apple's article Using the latest code signature format for what changed in Xcode 12.5.", "text-signature-version-unsupported"},
		{"Recovery Suggestion: See the following page to renew your agreement.", "text-signature-version-unsupported"},
		// A profile that rejects a build, or a key rejected by someone else.
		{"The provisioning profile rejects the build on CI, so we pinned Xcode 26.2.", "text-profile-missing-entitlement"},
		{"com.apple.developer.team-identifier is set correctly; App Review rejects it for the screenshots.", "text-profile-missing-entitlement"},
		// An account or e-mail, not an app's developer, left unverified.
		{"My Apple Account stays unverified on my iPhone even after I clicked the link in the e-mail.", "text-untrusted-developer"},
		{"The domain remains unverified in Search Console.", "text-untrusted-developer"},
		// Ad hoc signing refused something other than a privacy grant.
		{"Ad-hoc signed binaries can no longer run on macOS 26 without a right-click Open.", "text-privacy-access-refused"},
		{"Ad hoc builds cannot get push notification permission until the APNs key is set up.", "text-privacy-access-refused"},
		// Strict verification that passes, or that did not fail.
		{"The app passes strict signature verification and spctl accepts it.", "text-code-signature-modified"},
		{"It does not fail strict signature verification, yet the upload is still rejected.", "text-code-signature-modified"},
		// The Gatekeeper warning named as the one not shown (https://github.com/howdeploy/CanvasTTY/issues/18).
		{"This is not the expected “unidentified developer” warning that a user may consciously acknowledge.", "text-gatekeeper-unverified"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
	// The warning itself stays read.
	readEach(t, []readCase{{"macOS shows the “unidentified developer” warning when I open it.", "text-gatekeeper-unverified"}})
}

// A binary copied over the running one (its new bytes in the same inode)
// leads with the file no longer matching its signature
// (https://github.com/PsychQuant/che-ical-mcp/issues/62).
func TestRound171CopiedOverRunningBinary(t *testing.T) {
	s := "Upgrading `~/bin/CheICalMCP` via plain `cp` fails silently — the new binary at the same path is killed by macOS at exec time with `kernel: load code signature error 2 / Security policy would not allow process`\n" +
		"A `cp ~/bin/CheICalMCP` truncates and writes new bytes to the **same inode** — but the macOS kernel cached the OLD code signature for that inode\n" +
		"- `~/bin/CheICalMCP --version` → SIGKILL (exit 137), no error message"
	r := Analyze([]byte(s))
	for id, want := range map[string]string{
		"text-killed-at-launch":          "copied over a running binary",
		"text-kernel-signature-rejected": "does not match the file",
	} {
		m := firstMatch(r, id)
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], want) {
			t.Errorf("%s: first cause does not say %q (got %v)", id, want, m)
		}
	}
	// The same inode named without a copy over a running binary.
	near := "zsh: killed ./tool\nA hard link shares the same inode as the original file."
	if m := firstMatch(Analyze([]byte(near)), "text-killed-at-launch"); m != nil && len(m.Causes) > 0 && strings.Contains(m.Causes[0], "copied over a running binary") {
		t.Errorf("%q: led with the copy in place", near)
	}
}
