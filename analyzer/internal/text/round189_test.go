package text

import "testing"

// TestRound189Readings: the readings added for held-out round 189 (dialog
// words pasted or retold in GitHub issues, 2022-2026), each on lines of
// the round's texts, and their near misses.
func TestRound189Readings(t *testing.T) {
	readEach(t, []readCase{
		// Gatekeeper's two sentences retold together
		// (https://github.com/steventheworker/Dock-Expos--home/issues/16).
		{"Error message states to contact the dev as people can't check if it's malicious.", "text-gatekeeper-unverified"},
		{"It says Apple could not check if it is malicious and to contact the developer for more information.", "text-gatekeeper-unverified"},
		// AMFI refusing a development entitlement with Developer Mode off
		// (https://github.com/Lakr233/vphone-cli/issues/325, /issues/64).
		{"\"AMFI: When validating /iosbinpack64/usr/local/bin/rpcserver_ios:\n  Developer mode is disabled, task_for_pid-allow is disallowed\"", "text-developer-mode-off"},
		{"AMFI: When validating /private/var/containers/Bundle/Application/UUID/Appname.app/App name:\n  Developer mode is disabled, get-task-allow is disallowed .", "text-developer-mode-off"},
		// The requirement retold with the Apple tool named
		// (https://github.com/mmmago/cowboyunleashed/issues/12,
		// https://github.com/flutter/flutter/issues/112224).
		{"lastest version 4.2.2 after installing with Sideloadly and trusting the app still require \"Developer mode\" . Any chance to get around it?", "text-developer-mode-off"},
		{"Xcode on mac-4 detects the device and presents warning to enable Developer mode on it.", "text-developer-mode-off"},
		{"My iPhone asks me to turn on Developer Mode before the app opens.", "text-developer-mode-off"},
		// The kext alert retold as what it asks
		// (https://github.com/macfuse/macfuse/issues/963).
		{"macOS 13.4.0. Get the pop up to approve system extension.  Even with SIP off it will not load.", "text-kext-not-approved"},
	})
	for _, c := range []struct{ text, id string }{
		// Another checker's verdict; a check that is no malware check.
		{"Windows SmartScreen can't check if it's malicious, so contact the developer.", "text-gatekeeper-unverified"},
		{"Our scanner couldn't check the file for malicious content; contact the developer of the plugin.", "text-gatekeeper-unverified"},
		{"Please contact the developer if you cannot check in to the event.", "text-gatekeeper-unverified"},
		// Developer mode disabled elsewhere; Windows' and Android's own
		// Developer Mode; the need denied.
		{"Sideloading on Windows 11 with Xcode-like tooling requires Developer Mode in Settings.", "text-developer-mode-off"},
		{"After installing the APK on my Pixel with Sideloadly, Android still requires developer mode for USB debugging.", "text-developer-mode-off"},
		{"TestFlight builds don't require Developer Mode on the iPhone.", "text-developer-mode-off"},
		{"iOS apps from the App Store never need Developer Mode.", "text-developer-mode-off"},
		{"Developer mode is disabled in the game's settings menu.", "text-developer-mode-off"},
		// A browser's extension; an extension's own settings.
		{"Chrome shows a pop up to approve the extension permissions.", "text-kext-not-approved"},
		{"Safari shows a prompt to allow the web extension on this site.", "text-kext-not-approved"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
