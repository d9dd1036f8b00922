package text

import "testing"

// TestRound182Readings: the readings added for held-out round 182 (an
// app's privacy grant or keychain access lost after an update or a
// rebuild), each on lines of the round's messages, and their near misses.
func TestRound182Readings(t *testing.T) {
	readEach(t, []readCase{
		// https://github.com/tranvuongquocdat/SideScreen/issues/8
		{"After uninstalling and reinstalling SideScreen, the app continuously reports that Screen Recording permission is not granted.", "text-privacy-access-refused"},
		// https://github.com/mxvsh/wave/issues/15
		{"After updating the app to version 0.3.8, the previously granted permissions for the microphone and the Accessibility API are reset and the app requires re‑authorisation.", "text-privacy-access-refused"},
		// https://github.com/BasedHardware/omi/pull/5104
		{"**Root cause:** After app updates (via Sparkle), macOS invalidates the TCC permission because the code signature hash changes.", "text-privacy-access-refused"},
		// https://github.com/BasedHardware/omi/issues/5552
		{"With ad-hoc or dev signing, the binary's CDHash changes every rebuild, triggering stale TCC detection in `AppState.checkScreenRecordingPermission()` (line 792)", "text-privacy-access-refused"},
		// https://github.com/Cherry-Yiran/OneTouch/pull/1
		{"Their designated requirement was based on a changing code hash, so macOS privacy controls could treat each updated build as a different application even when the bundle identifier stayed unchanged.", "text-privacy-access-refused"},
		// https://github.com/shy1132/VacuumTube/pull/235
		{"Because the app is currently ad-hoc signed, an updated build can have a new macOS security identity while the old microphone decision remains.", "text-privacy-access-refused"},
		// https://github.com/AyuGram/AyuGramDesktop/issues/273
		{"AyuGram should be properly signed with a valid Apple Developer ID certificate and notarized, so that macOS Gatekeeper and TCC will trust the app and allow it to persist protected permissions (e.g., microphone, camera, screen).", "text-privacy-access-refused"},
		// https://github.com/steipete/CodexBar/issues/624
		{"CodexBar repeatedly shows the keychain access dialog (\"CodexBar wants to access key 'Claude Code-credentials'\") even though \"Always Allow\" was clicked multiple times.", "text-keychain-prompt-signature-changed"},
	})
	for _, c := range []struct{ text, id string }{
		// A hash that changes, tied to a keychain item or to Windows.
		{"Keychain permissions are tied to the code signature hash, which changes with each build.", "text-privacy-access-refused"},
		{"The Windows Firewall permission is tied to the exe's code signature hash, which changes with each update.", "text-privacy-access-refused"},
		{"The APK is ad-hoc signed for testing; camera permissions must be granted in Settings on Android.", "text-privacy-access-refused"},
		// TCC named without a grant persisting.
		{"Mole reads the TCC database to keep a list of permissions.", "text-privacy-access-refused"},
		// A key that is not the keychain dialog's.
		{"The service wants to access key vault secrets, and Always Allow is not an option in Azure.", "text-keychain-prompt-signature-changed"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
