package text

import "testing"

// Pull requests tell the failure they fix in their own words: the reading
// and its near misses (round 194).
func TestFailuresRetoldInPullRequests(t *testing.T) {
	for _, c := range []struct{ in, id string }{
		{"`install_name_tool` (RPATH rewriting) and `strip -x` both invalidate the\nad-hoc/linker signature on the bundled `.dylib`/binaries. Current macOS refuses to\nload such libraries and SIGKILLs the process", "text-killed-at-launch"},
		{"fixup_bundle() rewrites install names via install_name_tool, which invalidates any existing code signature. On arm64 macOS, execution requires at least an ad-hoc signature, so this left CI-built app bundles unable to launch.", "text-killed-at-launch"},
		{"causing electron-builder to produce an ad-hoc signed binary with no Sealed Resources. Gatekeeper on macOS rejects this as \"damaged\":", "text-gatekeeper-damaged"},
		{"We were unable to notarize the RV app on macOS because the hardened runtime capability was NOT enabled.", "text-no-hardened-runtime"},
		{"- Re-sign Sparkle's nested helper executables after archive so notarization does not see ad-hoc nested code.", "text-not-developer-id"},
		{"the next signing attempt failed on a keychain call reported as `the user name or passphrase you entered is not correct`.", "text-keychain-password-wrong"},
		{"- released app could not launch with \n- system logs showed AMFI rejection:  due restricted entitlements without an embedded provisioning profile", "text-unsatisfied-entitlements"},
	} {
		if r := Analyze([]byte(c.in)); !hasID(r, c.id) {
			t.Errorf("%q: got %v, want %s", c.in, ids(r), c.id)
		}
	}
	for _, c := range []struct{ in, id string }{
		// install_name_tool's own warning: nothing was refused yet.
		{"install_name_tool: warning: changes being made to the file will invalidate the code signature in: /tmp/lib/libfoo.dylib (for architecture arm64)", "text-killed-at-launch"},
		{"zipalign after apksigner invalidates the APK signature, so the app is unable to launch on Android.", "text-killed-at-launch"},
		{"Gatekeeper rejects it as unnotarized, not as damaged.", "text-gatekeeper-damaged"},
		{"Notarization succeeded although the hardened runtime was not enabled for the helper.", "text-no-hardened-runtime"},
		{"Notarization passed; only the local debug build uses ad-hoc code.", "text-not-developer-id"},
		{"security import into the keychain failed: The user name or passphrase you entered is not correct.", "text-keychain-password-wrong"},
		// An explainer's possibility is no refusal.
		{"The executable could claim restricted entitlements that need a provisioning profile.", "text-unsatisfied-entitlements"},
	} {
		if r := Analyze([]byte(c.in)); hasID(r, c.id) {
			t.Errorf("%q: got %v, want no %s", c.in, ids(r), c.id)
		}
	}
}
