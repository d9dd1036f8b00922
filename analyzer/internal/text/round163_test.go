package text

import (
	"strings"
	"testing"
)

// TestRetoldInRound163: the readings added for the hundred-and-sixty-third
// held-out round (plain 2025-2026 searches), each with its near misses.
func TestRetoldInRound163(t *testing.T) {
	readEach(t, []readCase{
		// The Gatekeeper alert retold by what it said of the app.
		{"I downloaded the latest macOS version for Apple Silicon but on start it on macOS 27 Golden Gate  I get the error that it's damaged.", "text-gatekeeper-damaged"},
		{"OS: MacOS Sequoia 15.3.2\n\nDMG file works fine, but application can't be run due to \"damaged\" error.", "text-gatekeeper-damaged"},
		// The kill policy retold.
		{"macOS 26+ enforces com.apple.provenance on downloaded binaries and kills unsigned executables.", "text-killed-at-launch"},
		{"On Apple silicon, macOS killed the ad-hoc signed tool we copied with install.sh.", "text-killed-at-launch"},
		// A sideloaded iOS app retold as unverified.
		{"iOS 18.3.2\n\nWhenever i sign and install \n an app and tap on the app it says that is not verified how do i fix this", "text-untrusted-developer"},
		{"so the ios wont open the app it says its unverified", "text-untrusted-developer"},
		{"iPhone 12, iOS 17: I tried to trust the developer in settings but the app still won't open.", "text-untrusted-developer"},
		// @electron/notarize's JSON parse of notarytool's HTTP error.
		{"  • signing         file=dist/mac/Mustang.app platform=darwin type=distribution\n  ⨯ Unexpected token 'E', \"Error: HTT\"... is not valid JSON  failedTask=build stackTrace=SyntaxError: Unexpected token 'E', \"Error: HTT\"... is not valid JSON\n    at /Users/runner/work/e2/node_modules/@electron/notarize/src/notarytool.ts:79:25", "text-agreement-required"},
	})
	r := Analyze([]byte("⨯ Unexpected token 'E', \"Error: HTT\"... is not valid JSON\n    at node_modules/@electron/notarize/src/notarytool.ts:79:25"))
	if m := firstMatch(r, "text-agreement-required"); m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "Error: HTTP status code") {
		t.Errorf("the cut JSON parse does not lead with notarytool's hidden HTTP error: %v", ids(r))
	}
	readNoError(t,
		// Damaged: a card, a document, a save file.
		"I get the error that it's damaged when I put the SD card into my Windows laptop.",
		"Excel shows an error saying it is damaged and offers to repair the workbook.",
		"The game won't load my save due to a \"damaged\" error message on the Switch.",
		// Kill policies denied or another system's.
		"Unlike Linux, macOS never kills unsigned binaries on Intel Macs.",
		"Android kills unsigned apps? No, it refuses to install them.",
		// Unverified accounts and commits, trusted VPN and proxy profiles.
		"GitHub says the commit is unverified because the GPG key expired.",
		"The iOS app says it's not verified until I click the link in the e-mail.",
		"The app says it is unverified, on my Android phone.",
		"On iOS 17 the signed configuration profile shows as \"Not Verified\" when I install it.",
		"On my iPhone I tried to trust the profile in settings for the Charles proxy but HTTPS still fails.",
		"On my Mac I tried to trust it in settings but it still won't open.",
		// A web client's JSON parse of an HTTP error page.
		"SyntaxError: Unexpected token 'E', \"Error: HTT\"... is not valid JSON\n    at fetchUser (src/api.ts:12:20) in my React app",
	)
}
