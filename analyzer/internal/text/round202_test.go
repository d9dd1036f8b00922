package text

import "testing"

// TestRound202Readings: the readings added for held-out round 202
// (browsers and browser extensions on macOS and iOS), each on a line of
// the round's texts or the same said otherwise, and their near misses.
func TestRound202Readings(t *testing.T) {
	readEach(t, []readCase{
		// Gatekeeper's reason clause retold of "it" or the system
		// (https://github.com/Alex313031/thorium/issues/324).
		{"After installation of Thorium the system doesn't start the application because it cannot check it for malicious software.", "text-gatekeeper-unverified"},
		{"It won't open because the system can't check it for malicious software.", "text-gatekeeper-unverified"},
		// The keychain dialog retold
		// (https://github.com/ungoogled-software/ungoogled-chromium/issues/2382).
		{"When I re-open it, a System Settings window says it's trying to access information in my keychain and asks for my password and then it starts working again.", "text-keychain-prompt-signature-changed"},
		{"After every update the browser wants to access items in the login keychain and prompts me for my password.", "text-keychain-prompt-signature-changed"},
		// installd refusing an Apple entitlement that needs another
		// (https://github.com/brave/brave-browser/issues/38090).
		{`Recovery Suggestion: Client.app has the "com.apple.developer.browser.app-installation" entitlement, but it does not have the "com.apple.developer.web-browser" entitlement.`, "text-install-invalid-entitlements"},
		{`App.app has the 'com.apple.developer.web-browser-engine.host' entitlement but doesn't have the 'com.apple.developer.web-browser' entitlement`, "text-install-invalid-entitlements"},
		// Apple's iCloud Passwords helper killed when started by a parent
		// it does not allow (https://github.com/raycast/extensions/issues/28681).
		{"PasswordManagerBrowserExtensionHelper crashes immediately with:\nSIGKILL (Code Signature Invalid)", "text-launch-constraint"},
		{"zsh: killed     /System/Cryptexes/App/System/Library/CoreServices/PasswordManagerBrowserExtensionHelper.app/Contents/MacOS/PasswordManagerBrowserExtensionHelper", "text-killed-at-launch"},
	})
	for _, c := range []struct{ text, id string }{
		// Another checker, or another thing checked for.
		{"Windows cannot check it for malicious software, so SmartScreen blocks it.", "text-gatekeeper-unverified"},
		{"The upload failed because it cannot check it for viruses right now.", "text-gatekeeper-unverified"},
		// A keychain named without the dialog; a password asked elsewhere.
		{"The app stores tokens in my keychain and asks for my password at login.", "text-keychain-prompt-signature-changed"},
		{"The extension is trying to access information in my vault and asks for my password.", "text-keychain-prompt-signature-changed"},
		// An entitlement of a licence or a cloud account, not Apple's.
		{`The account has the "pro" entitlement, but it does not have the "team" entitlement.`, "text-install-invalid-entitlements"},
		{`User has the "com.example.admin" entitlement but does not have the "com.example.audit" entitlement`, "text-install-invalid-entitlements"},
		// The helper named without a kill, or killed by a crash of its own.
		{"PasswordManagerBrowserExtensionHelper is not running, so the extension asks for a code.", "text-launch-constraint"},
		{"PasswordManagerBrowserExtensionHelper crashed with EXC_BAD_ACCESS (SIGSEGV)", "text-launch-constraint"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
