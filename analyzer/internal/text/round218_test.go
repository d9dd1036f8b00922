package text

import "testing"

// Round 218's fixes (CI and release logs), each with texts that look alike
// and are not that failure.
func TestRound218Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// @electron/notarize given nothing to read back from notarytool.
		{"Error: Failed to notarize via notarytool.  Failed with unexpected result:\n    at /Users/runner/work/app/node_modules/@electron/notarize/lib/notarytool.js:141:23", "text-notary-unreachable"},
		{"✖ Finalizing package [FAILED: Failed to notarize via notarytool.  Failed with unexpected result: ]", "text-notary-unreachable"},
		{"SyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at /Users/runner/work/app/node_modules/@electron/notarize/lib/notarytool.js:105:33", "text-notary-unreachable"},
		// The notary's verdict retold with its reason last.
		{"mac-v0.19.5 failed notary checks because exported binary had (no hardened runtime)", "text-no-hardened-runtime"},
		// Xcode's failures retold in CI fixes.
		{"My override then caused a new failure — `conflicting provisioning settings` — because a manual identity can't be combined with automatic signing.", "text-conflicting-provisioning-settings"},
		{"Automatic signing defaults to a development profile, which requires a registered device — the CI account has none, so the archive failed.", "text-no-devices"},
		{"The archive defaulted to `Apple Development`, so `xcodebuild -exportArchive` could not find distribution profiles for `app.example.ios`.", "text-no-profiles-found"},
		// Gatekeeper's damaged alert retold as "broken".
		{"App lacks notarization, macOS claims it's \"broken\"", "text-gatekeeper-damaged"},
		// security failing in a .p12 import step.
		{"- uses: apple-actions/import-codesign-certs@v2\n  with:\n    p12-file-base64: $APPLE_CERTIFICATE\nError: The process '/usr/bin/security' failed with exit code 1", "text-p12-import-failed"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A result that is there, the notary's own 403.
		{"Failed to notarize via notarytool.  Failed with unexpected result: \n\n" + nt403Team, "text-notary-unreachable"},
		// Any JavaScript's empty JSON.
		{"SyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n    at /app/node_modules/some-lib/index.js:10:5", "text-notary-unreachable"},
		{"Notarization passes with no hardened runtime exceptions in the entitlements.", "text-no-hardened-runtime"},
		{"Automatic signing avoids conflicting provisioning settings.", "text-conflicting-provisioning-settings"},
		{"An ad hoc profile requires a registered device for each tester.", "text-no-devices"},
		{"Xcode could not find distribution certificates for the team.", "text-no-profiles-found"},
		{"After the update macOS says it's broken: the external disk won't mount.", "text-gatekeeper-damaged"},
		{"- run: security find-generic-password -s deploy-token\nError: The process '/usr/bin/security' failed with exit code 44", "text-p12-import-failed"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
