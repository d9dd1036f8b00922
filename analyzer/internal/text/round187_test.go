package text

import (
	"strings"
	"testing"
)

// TestRound187Readings: the readings added for held-out round 187 (iOS
// device installs in GitHub issues of 2025-2026), each on lines of the
// round's texts, and their near misses.
func TestRound187Readings(t *testing.T) {
	readEach(t, []readCase{
		// A distribution profile used to deploy to a device
		// (https://github.com/dotnet/maui/issues/30885).
		{"vs 2022 17.14.9 , .net iOS 9 pair with Mac Sequoia 15.5, xcode 16.4\nwhen using distribution provision profile to deploy to iPhone, received the following error. ", "text-profile-wrong-kind"},
		// xcodebuild run without -allowProvisioningUpdates
		// (https://github.com/ionic-team/capacitor/issues/8222).
		{"The -allowProvisioningUpdates is not passed to the first command but it is passed to the second one, so the first command errors out", "text-no-profiles-found"},
		// Xcode's issue title alone
		// (https://github.com/JetBrains/compose-multiplatform-core/pull/2898).
		{"Fixed the error of Failed Registering Bundle Identifier after regenerating the project by setting dynamic bundle identifier", "text-bundle-id-unavailable"},
		// An .appex re-signed without the main-binary flag
		// (https://github.com/SideStore/SideStore/issues/1462).
		{"so it needs `CS_EXECSEG_MAIN_BINARY` exactly like the host app does. Without it AMFI\nrefuses to start the process, silently and with no diagnostics.", "text-code-signature-invalid"},
		// xtool's revocation prompt (https://github.com/xtool-org/xtool/issues/15).
		{"[Provisioning]  33%\nThe following certificates must be revoked:\n- iOS Development: xxx (expires 5 Aug 2025 at 8:04 PM)\nContinue? (yes/no): no", "text-certificate-limit"},
		// The App Store Connect API refusing a capability change
		// (https://github.com/xtool-org/xtool/issues/169).
		{"Error: Unexpected response, expected status code: noContent, response: notFound(DeveloperAPI.Operations.BundleIdCapabilitiesDeleteInstance.Output.NotFound(body: ", "text-eas-capability-sync-failed"},
		{`title: "The specified resource does not exist", detail: "There is no resource of type \'bundleIdCapabilities\' with id \'N5ZK222TTY_PUSH_NOTIFICATIONS\'"`, "text-eas-capability-sync-failed"},
		// The developer to allow in the device's settings
		// (https://github.com/status-im/status-app/issues/19725).
		{"This will fail to run, open setting on IOS, allow your dev signature, compile again and run.", "text-untrusted-developer"},
		// No team for a device run (https://github.com/lokus-ai/lokus/pull/353).
		{"The issue is that your iPhone is connected but signing isn't set up. …", "text-requires-development-team"},
	})
	// The leads these texts now get.
	for _, c := range []struct{ text, id, lead string }{
		{"when using distribution provision profile to deploy to iPhone, received the following error.", "text-profile-wrong-kind", "lists no devices"},
		{"The -allowProvisioningUpdates is not passed to the first command but it is passed to the second one, so the first command errors out", "text-no-profiles-found", "without -allowProvisioningUpdates"},
		{"An app containing a Share Extension installs successfully via SideStore, but the extension process never starts. It needs `CS_EXECSEG_MAIN_BINARY` like the host app; without it AMFI refuses to start the process.", "text-code-signature-invalid", "main-binary flag"},
		// xcodebuild's missing identity is the keychain's, not rcodesign's
		// (https://github.com/appium/WebDriverAgent/issues/1145).
		{"> `error: No signing certificate \"iOS Development\" found:\n> No \"iOS Development\" signing certificate matching team ID \"<TEAM_ID>\" with a\n> private key was found.", "text-no-signing-certificate", "created on another Mac"},
		// rcodesign's own line keeps its lead.
		{"Error: no signing certificate", "text-no-signing-certificate", "rcodesign"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: %s not led by %q", c.text, c.id, c.lead)
		}
	}
	for _, c := range []struct{ text, id string }{
		// Ad hoc and enterprise distribution profiles install on devices;
		// a distribution profile to upload.
		{"I'm using an ad hoc distribution provisioning profile to install on the iPhone of each tester.", "text-profile-wrong-kind"},
		{"We use the enterprise distribution provisioning profile to install on every device.", "text-profile-wrong-kind"},
		{"Using the distribution provisioning profile to upload to TestFlight works.", "text-profile-wrong-kind"},
		// The flag passed; a note that it is not needed.
		{"xcodebuild archive -scheme App -allowProvisioningUpdates -authenticationKeyPath AuthKey.p8", "text-no-profiles-found"},
		{"-allowProvisioningUpdates is not needed with manual signing.", "text-no-profiles-found"},
		// Registering in a log; the flag defined in a header.
		{"Registering bundle identifier com.example.app with the portal... done", "text-bundle-id-unavailable"},
		{"#define CS_EXECSEG_MAIN_BINARY 0x1 /* executable segment denotes main binary */", "text-code-signature-invalid"},
		// Certificates to install, not to revoke.
		{"The following certificates must be installed:\n- Apple Development: xxx", "text-certificate-limit"},
		// Another API operation that went well.
		{"BundleIdCapabilitiesCreateInstance.Output.Created(body: ...)", "text-eas-capability-sync-failed"},
		// Trusting a certificate in Keychain Access on the Mac.
		{"Open Keychain Access settings and trust the developer certificate.", "text-untrusted-developer"},
		// Android's signing not configured; a device without USB debugging.
		{"Signing is not configured for the release build type, so Gradle signs with the debug key.", "text-requires-development-team"},
		{"The device is connected but USB debugging isn't set up.", "text-requires-development-team"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
