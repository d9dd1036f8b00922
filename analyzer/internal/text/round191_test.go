package text

import "testing"

// TestRound191Readings: the readings added for held-out round 191
// (watchOS, tvOS, visionOS, widget, extension and Safari extension threads
// of 2023-2026), each on lines of the round's texts or the same said
// otherwise, and their near misses.
func TestRound191Readings(t *testing.T) {
	readEach(t, []readCase{
		// An extension's bundle ID said to need the app's as prefix
		// (https://github.com/dotnet/macios/issues/20918).
		{"The test solution works if I change the bundle identifier of the extension to be prefixed with the main app's bundle identifier:", "text-embedded-bundle-id-prefix"},
		{"The widget's bundle ID must be prefixed with the parent app's bundle ID.", "text-embedded-bundle-id-prefix"},
		// AMFI refusing a re-signed extension's process
		// (https://github.com/SideStore/SideStore/issues/1462).
		{"so it needs `CS_EXECSEG_MAIN_BINARY` exactly like the host app does. Without it AMFI\nrefuses to start the process, silently and with no diagnostics.", "text-code-signature-invalid"},
		{"After re-signing, AMFI killed the extension as soon as it launched.", "text-code-signature-invalid"},
		// A signing tool not finding the installed profiles
		// (https://github.com/DanTheMan827/ios-app-signer/issues/287).
		{"The provisioning profile folder has changed since the last version of ios App Signer which is why it not finding the provisioning profiles.", "text-no-profiles-found"},
		{"fastlane is not finding the provisioning profile after the Xcode 16 update.", "text-no-profiles-found"},
		// Safari's unsigned extensions, and an app that must be signed to
		// load on a device (https://github.com/stefanw/bibbot/issues/438,
		// https://github.com/daltonrooney/linkwarden-safari-extension/issues/11,
		// https://github.com/saagarjha/Ensemble/issues/34).
		{"You need to allow unsigned extensions in safari", "text-not-signed"},
		{"EDIT: Safari doesn't let you run unsigned extensions, but it works if you enable this option in the developer settings.", "text-not-signed"},
		{"In general you're going to have to sign the app to load it onto Apple Vision Pro; the assets I upload are mostly there so you can symbolicate reports.", "text-not-signed"},
		{"You need to sign the app to install it on your Apple TV.", "text-not-signed"},
		// An extension without its app group at run time
		// (https://github.com/readest/readest/pull/4891,
		// https://github.com/SideStore/SideStore/issues/1437).
		{"so `UserDefaults(suiteName:)` and `containerURL(forSecurityApplicationGroupIdentifier:)` return nil, the widget reads an empty snapshot", "text-capability-entitlement-missing"},
		{"containerURL(forSecurityApplicationGroupIdentifier: \"group.com.example.app\") returns nil in the widget.", "text-capability-entitlement-missing"},
		{"The widget of my App fails to access the UserDefaults settings stored in my appgroup.", "text-capability-entitlement-missing"},
		{"The share extension can't read from the shared app group container after re-signing.", "text-capability-entitlement-missing"},
		// The app's profile given to an extension target
		// (https://github.com/boardsesh/boardsesh/pull/2330).
		{"The `xcodebuild archive` command passed `PROVISIONING_PROFILE_SPECIFIER` globally, which applied the main app's profile (`com.boardsesh.app`) to all targets — including `BoardseshWidgets` (`com.boardsesh.app.BoardseshWidgets`), causing a bundle ID mismatch.", "text-profile-app-id-mismatch"},
	})
	for _, c := range []struct{ text, id string }{
		// The prefix said to be right.
		{"The extension's bundle identifier is prefixed with the main app's bundle identifier.", "text-embedded-bundle-id-prefix"},
		// AMFI letting the process run.
		{"AMFI allowed the process to start after re-signing.", "text-code-signature-invalid"},
		// A profile option looked for in an IDE.
		{"I'm not finding the provisioning profile option in Xcode's new settings.", "text-no-profiles-found"},
		// Another browser's unsigned add-ons; no Safari named.
		{"Firefox doesn't allow unsigned extensions unless xpinstall.signatures.required is false.", "text-not-signed"},
		{"In the browser you can allow unsigned extensions by loading them unpacked.", "text-not-signed"},
		// No signing needed, and an Android app.
		{"You don't have to sign the app to install it on the device.", "text-not-signed"},
		{"On Android you have to sign the app to install it on the device.", "text-not-signed"},
		// The container found, and a widget that reaches its group.
		{"containerURL(forSecurityApplicationGroupIdentifier:) never returns nil once the group is in the entitlements.", "text-capability-entitlement-missing"},
		{"The widget can access the app group now.", "text-capability-entitlement-missing"},
		{"The Android widget fails to access SharedPreferences.", "text-capability-entitlement-missing"},
		// A bundle ID mismatch of Firebase's, and of Gradle's.
		{"The GoogleService-Info.plist from another Firebase project was used, causing a bundle ID mismatch.", "text-profile-app-id-mismatch"},
		{"The Gradle signing profile was reused for the flavor, causing a bundle ID mismatch.", "text-profile-app-id-mismatch"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
