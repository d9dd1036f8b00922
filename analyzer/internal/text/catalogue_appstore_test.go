package text

import (
	"strings"
	"testing"
)

// App Store Connect's codes alone name their message.
func TestITMSCodesAlone(t *testing.T) {
	for _, c := range []struct{ in, id string }{
		{"Upload fails with ITMS-90161", "text-invalid-profile-upload"},
		{"ERROR ITMS-90159: see the log", "text-invalid-profile-upload"},
		{"ITMS-90238 after updating Xcode", "text-invalid-signature-upload"},
		{"rejected with ITMS-90285", "text-invalid-entitlements"},
	} {
		readFirst(t, c.id, c.in)
	}
	if r := Analyze([]byte("ITMS-901610 is not a code")); !r.Unknown() {
		t.Errorf("a longer number: got %v", ids(r))
	}
}

// Apple's older rejection mail ("Invalid Signature - Make sure…"), a
// Developer ID profile Xcode cannot create, and altool's several-providers
// error are read; an "Invalid Signature" heading with other words is not.
func TestRejectionMailProfilesAndProviders(t *testing.T) {
	readFirst(t, "text-invalid-signature-upload",
		"Invalid Signature - Make sure you have signed your application with a distribution certificate, not an ad hoc certificate or a development certificate.")
	readFirst(t, "text-profile-doesnt-support",
		`"Error Domain=DVTPortalProfileErrorDomain Code=4 \"Cannot create a Developer ID provisioning profile for \"com.example.vpn`)
	readFirst(t, "text-altool-provider",
		"Your Apple ID account is attached to other iTunes providers. You will need to specify which provider you inte")
	readNothing(t,
		"Invalid Signature - see the screenshot below",
		"Cannot create a new provisioning profile for the watch app until the App ID exists",
	)
}

// App Store Connect's "Missing Provisioning Profile" is read in Apple's
// capitals or by its sentence; a writer's "missing provisioning profile"
// is not that upload error.
func TestMissingProfileUploadWording(t *testing.T) {
	readFirst(t, "text-invalid-profile-upload", `ERROR ITMS-90174: "Missing Provisioning Profile - Apps must contain a provisioning profile in a file named embedded.mobileprovision."`)
	readFirst(t, "text-invalid-profile-upload", "apps must contain a provisioning profile in a file named embedded.mobileprovision")
	for _, m := range Analyze([]byte("There is missing provisioning profile created by Xcode itself.")).Matches {
		if m.Entry.ID == "text-invalid-profile-upload" {
			t.Errorf("a writer's words read as the upload error: %q", m.Excerpt)
		}
	}
}

// A Mac installer package's 90237 in Transporter's "Asset validation
// failed (…)" form, alone or in a list, is the package's signature; other
// numbers are not. A login item that will not open (-10810) or a helper not
// in an inherited sandbox is the sandbox inheritance trap; -10810 elsewhere
// is not.
func TestMacStoreInstallerAndLoginItem(t *testing.T) {
	for _, text := range []string{
		"Asset validation failed (90237) The product archive package's signature is invalid.",
		"it gives 300 errors of Asset validation failed (90285, 90287, 90237, 90266, ) Invalid Code Signing Entitlements.",
	} {
		if m := firstMatch(Analyze([]byte(text)), "text-invalid-signature-upload"); m == nil || !strings.Contains(m.Causes[0], "Installer") {
			t.Errorf("%q: package signature not read first: %v", text, m)
		}
	}
	if hasID(Analyze([]byte("Asset validation failed (90236) Missing required icon.")), "text-invalid-signature-upload") {
		t.Error("90236 (an icon) read as an invalid signature")
	}
	for _, text := range []string{
		"LSOpenURLsWithRole() failed with error -10810 for the file /Applications/Example.app/Contents/Library/LoginItems/Example Login Helper.app.",
		"Example Login Helper: Process is not in an inherited sandbox.",
	} {
		if m := firstMatch(Analyze([]byte(text)), "text-sandbox-inheritance"); m == nil || !strings.Contains(m.Causes[0], "login item") {
			t.Errorf("%q: login item's cause not first: %v", text, m)
		}
	}
	if hasID(Analyze([]byte("LSOpenURLsWithRole() failed with error -10810 for the file /Applications/Example.app.")), "text-sandbox-inheritance") {
		t.Error("-10810 on an app read as sandbox inheritance")
	}
}

// A Mac upload's com.apple.application-identifier on a library leads with
// the library signed with the app's entitlements; on the app itself it
// does not.
func TestMacAppIDOnLibrary(t *testing.T) {
	lib := "ITMS-90288: Invalid Code Signing Entitlements - The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: 'ABCDE12345.' for the key 'com.apple.application-identifier' in 'Example.app/Contents/PlugIns/Plugin.dylib'"
	if m := firstMatch(Analyze([]byte(lib)), "text-invalid-entitlements"); m == nil || !strings.HasPrefix(m.Causes[0], "A library was signed") {
		t.Errorf("library's cause not first: %v", m)
	}
	app := "ERROR ITMS-90287: \"Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. The bundle contains a key that is not included in the provisioning profile: 'com.apple.application-identifier' in 'com.example.pkg/Payload/Example.app/Contents/MacOS/Example'.\""
	if m := firstMatch(Analyze([]byte(app)), "text-invalid-entitlements"); m == nil || strings.HasPrefix(m.Causes[0], "A library was signed") {
		t.Errorf("the app's own executable read as a library: %v", m)
	}
}

// App Store Connect quoting a path inside the upload keeps it whole, spaces
// and all; the application identifier missing from the profile leads with
// no profile embedded, and another missing key does not.
func TestMacUploadPathAndMissingProfile(t *testing.T) {
	text := "ERROR ITMS-90287: \"Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. The bundle contains a key that is not included in the provisioning profile: 'com.apple.application-identifier' in 'com.example.pkg/Payload/Lite Player.app/Contents/MacOS/Lite Player'.\""
	m := firstMatch(Analyze([]byte(text)), "text-invalid-entitlements")
	if m == nil || !strings.Contains(m.Causes[0], "none is embedded") {
		t.Fatalf("no embedded profile not first: %v", m)
	}
	if !hasValue(m.Values, "path", "com.example.pkg/Payload/Lite Player.app/Contents/MacOS/Lite Player") {
		t.Errorf("path not whole: %v", m.Values)
	}
	other := strings.Replace(text, "com.apple.application-identifier", "com.apple.security.network.server", 1)
	if m := firstMatch(Analyze([]byte(other)), "text-invalid-entitlements"); m == nil || strings.Contains(m.Causes[0], "none is embedded") {
		t.Errorf("another key read as no profile embedded: %v", m)
	}
}

// TestFlight for Mac: a main bundle missing its profile (90889) and a
// nested executable with an application identifier (90885) lead with their
// own causes; 90886 keeps the entry's first.
func TestMacTestFlightLeads(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{"WARNING ITMS-90889: \"Cannot be used with TestFlight because the bundle at “Example.app” is missing a provisioning profile. Main bundles are expected to have provisioning profiles in order to be eligible for TestFlight.\"", "embedded.provisionprofile"},
		{"\"Cannot be used with TestFlight because the executable “${executable}” in bundle “${bundle}” is missing a provisioning profile but has an application identifier in its signature. Nested executables are expected to have provisioning profiles with application identifiers matching the identifier in the signature in order to be eligible for TestFlight.\" (90885)", "not a bundle"},
		{"ITMS-90886: 'Cannot be used with TestFlight because the signature for the bundle at “Example.app” is missing an application identifier but has an application identifier in the provisioning profile for the bundle.'", "signed without com.apple.application-identifier"},
	} {
		if m := firstMatch(Analyze([]byte(c.text)), "text-testflight-app-identifier"); m == nil || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: first cause does not say %q: %v", c.text, c.lead, m)
		}
	}
}

// App Store Connect's [Missing code-signing certificate] leads with the
// signing certificate the profile does not list; [Expired profile.] keeps
// the expiry first.
func TestUploadProfileMissingCertificate(t *testing.T) {
	missing := `ERROR ITMS-90283: "Invalid Provisioning Profile. The provisioning profile included in the bundle com.example.app [com.example.app.pkg/Payload/Example.app] is invalid. [Missing code-signing certificate.] For more information, visit the macOS Developer Portal."`
	if m := firstMatch(Analyze([]byte(missing)), "text-invalid-profile-upload"); m == nil || !strings.Contains(m.Causes[0], "not one the embedded profile lists") {
		t.Errorf("missing certificate not first: %v", m)
	}
	expired := strings.Replace(missing, "[Missing code-signing certificate.]", "[Expired profile.]", 1)
	if m := firstMatch(Analyze([]byte(expired)), "text-invalid-profile-upload"); m == nil || !strings.Contains(m.Causes[0], "expired") {
		t.Errorf("expiry not first: %v", m)
	}
}

// PlugInKit ignores an app extension signed without the sandbox; its other
// refusals are not this.
func TestPlugInKitUnsandboxedExtension(t *testing.T) {
	readFirst(t, "text-app-sandbox-not-enabled", "pkd: (PlugInKitDaemon) [com.apple.PlugInKit:discovery] rejecting;\nIgnoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/FinderSyncExt.appex]:\nplug-ins must be sandboxed")
	readNothing(t, "pkd: (PlugInKitDaemon) [com.apple.PlugInKit:discovery] rejecting;\nIgnoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/FinderSyncExt.appex]", "All plugins must be sandboxed by the host app", "Ignoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/Ext.appex]: plug-ins must have an NSExtension dictionary")
}

// App Store Connect's 90035 names the file "at path “…”" (no brackets): a
// .env or any file under Flutter's flutter_assets is data, led with as such;
// a framework's own binary named the same way is not.
func TestUploadDataFileAtPath(t *testing.T) {
	const tmpl = "Asset validation failed (90035) Invalid Signature. Code object is not signed at all. The file at path “PATH” is not properly signed."
	for _, p := range []string{"Runner.app/Frameworks/App.framework/flutter_assets/.env", "Runner.app/Frameworks/App.framework/flutter_assets/assets/config"} {
		m := firstMatch(Analyze([]byte(strings.Replace(tmpl, "PATH", p, 1))), "text-invalid-signature-upload")
		if m == nil || !strings.Contains(m.Causes[0], "not code") {
			t.Errorf("%s: want the data-file lead, got %v", p, m)
		}
	}
	near := strings.Replace(tmpl, "PATH", "Runner.app/Frameworks/Foo.framework/Foo", 1)
	if m := firstMatch(Analyze([]byte(near)), "text-invalid-signature-upload"); m == nil || strings.Contains(m.Causes[0], "not code") {
		t.Errorf("%q: a framework binary read as a data file", near)
	}
}

// App Store Connect's "Missing Entitlement" mail for a capability other
// than push is a warning naming the capability and its entitlement; a
// sentence naming the framework without the missing entitlement is not it.
func TestUploadMissingEntitlement(t *testing.T) {
	s := "Missing Entitlement - App contains references to [Apple Pay] in 'App name', but is missing the required entitlement 'com.apple.developer.in-app-payments'."
	m := firstMatch(Analyze([]byte(s)), "text-upload-missing-entitlement")
	if m == nil || m.Entry.Severity != Warning || !hasValue(m.Values, "capability", "Apple Pay") || !hasValue(m.Values, "entitlement", "com.apple.developer.in-app-payments") {
		t.Errorf("%q: not read as the upload warning with its capability and entitlement", s)
	}
	near := "The app contains references to [Apple Pay] in its payment sheet, and the merchant ID is set."
	if got := ids(Analyze([]byte(near))); len(got) != 0 {
		t.Errorf("%q: got %v, want nothing", near, got)
	}
}

// App Store Connect's invalid entitlements on iOS: a key the platform does
// not support, or one the profile does not allow, leads; where a value (not
// a key) is refused, or the key named is app groups, they do not.
func TestInvalidEntitlementsIOSLeads(t *testing.T) {
	unsupported := `Error: Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, key 'com.apple.developer.aps-environment' in 'Payload/Acme.app/Acme' is not supported.`
	if m := firstMatch(Analyze([]byte(unsupported)), "text-invalid-entitlements"); m == nil || m.Causes[0] != causeEntNotSupportedOnOS {
		t.Errorf("%q: not read, or not led with a key the platform does not support", unsupported)
	}
	notInProfile := `Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: '[ "com.example.shared" ]' for the key 'keychain-access-groups' in 'Payload/Acme.app/Acme'.`
	if m := firstMatch(Analyze([]byte(notInProfile)), "text-invalid-entitlements"); m == nil || m.Causes[0] != Lookup("text-invalid-entitlements").Causes[1] {
		t.Errorf("%q: not read, or not led with the profile lacking the entitlement", notInProfile)
	}
	value := `Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'development' for key 'aps-environment' in 'Payload/Acme.app/Acme' is not supported.`
	if m := firstMatch(Analyze([]byte(value)), "text-invalid-entitlements"); m == nil || m.Causes[0] == causeEntNotSupportedOnOS {
		t.Errorf("%q: not read, or a refused value led with an unsupported key", value)
	}
	near := `Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: '[ "com.example.shared" ]' for the key 'com.apple.security.application-groups' in 'Acme.app/Contents/MacOS/Acme'.`
	if m := firstMatch(Analyze([]byte(near)), "text-invalid-entitlements"); m == nil || m.Causes[0] != Lookup("text-invalid-entitlements").Causes[0] {
		t.Errorf("%q: not read, or an app group key not led with the app group rules", near)
	}
}

// A file at a framework's top level that App Store Connect says is not
// properly signed is read as a script the SDK ships, whether its path is in
// quotes or on a line of its own; the framework's binary, a file deeper in
// it, and a file signed wrongly are not.
func TestUploadScriptAtFrameworkTop(t *testing.T) {
	for _, s := range []string{
		"Invalid Signature. The file at \"AcmeSDK.framework/setup\" is not properly signed.",
		"Asset validation failed (90035) Invalid Signature. Code object is not signed at all. The file at path “Acme.app/Frameworks/AcmeSDK.framework/setup” is not properly signed.",
		"Validation failed\n\nInvalid Signature. Code object is not signed at all.\nThe file at path:\nAcme.app/Frameworks/AcmeSDK.framework/setup\nis not properly signed.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-invalid-signature-upload"); m == nil || !strings.Contains(m.Causes[0], "not code") {
			t.Errorf("%q: want the script lead, got %v", s, m)
		}
	}
	for _, near := range []string{
		"Invalid Signature. Code object is not signed at all. The file at path “Acme.app/Frameworks/AcmeSDK.framework/AcmeSDK” is not properly signed.",
		"Invalid Signature. Code object is not signed at all. The file at path [Acme.app/Frameworks/AcmeSDK.framework/Tools/AcmeAgent] is not properly signed.",
		"Invalid Signature. Code failed to satisfy specified code requirement(s). The file at path [Acme.app/Frameworks/AcmeSDK.framework/helper] is not properly signed.",
	} {
		if m := firstMatch(Analyze([]byte(near)), "text-invalid-signature-upload"); m == nil || strings.Contains(m.Causes[0], "not code") {
			t.Errorf("%q: not read, or read as a script: %v", near, m)
		}
	}
}

// TestFlight's words for a build without beta-reports-active are read as
// the upload's profile, in any capitals; a beta entitlement of a
// capability is not.
func TestBetaEntitlementMissing(t *testing.T) {
	for _, s := range []string{
		"To use TestFlight Beta Testing, build 118 must contain the correct beta entitlement.",
		"Build XXX does not contain the correct beta entitlement.",
		"Missing Beta Entitlement for iOS builds",
	} {
		if firstMatch(Analyze([]byte(s)), "text-invalid-profile-upload") == nil {
			t.Errorf("%q not read", s)
		}
	}
	near := "The CarPlay beta entitlement was granted to the team yesterday."
	if firstMatch(Analyze([]byte(near)), "text-invalid-profile-upload") != nil {
		t.Errorf("%q read as the upload's profile", near)
	}
}

// ITMS-90078 for an app its developer says does not use push leads with an
// SDK that registers for it; an app whose pushes do not arrive does not.
func TestMissingPushNotUsed(t *testing.T) {
	const mail = "ITMS-90078: Missing Push Notification Entitlement - Your app appears to register with the Apple Push Notification service, but the app signature's entitlements do not include the 'aps-environment' entitlement.\n"
	sdk := Lookup("text-missing-push-entitlement").Causes[1]
	for _, s := range []string{"Though my app does not include push notifications I get the following email:\n", "I don't use Push Notification in my app.\n"} {
		if m := firstMatch(Analyze([]byte(s+mail)), "text-missing-push-entitlement"); m == nil || m.Causes[0] != sdk {
			t.Errorf("%q: want the SDK lead, got %v", s, m)
		}
	}
	near := "From TestFlight the app does not receive push notifications.\n"
	if m := firstMatch(Analyze([]byte(near+mail)), "text-missing-push-entitlement"); m == nil || m.Causes[0] == sdk {
		t.Errorf("%q: not read, or led with an SDK: %v", near, m)
	}
}

// App Store Connect's signing rejections as Transporter and the e-mail word
// them: a binary or a Mac bundle signed with a certificate the profile does
// not hold, a Mac App Store package signed with the wrong installer
// certificate, a signature without application-identifier; the same
// upload's Info.plist rejection is no signing finding.
func TestAppStoreConnectSigningRejections(t *testing.T) {
	for _, c := range []struct{ text, want, lead string }{
		{`ERROR ITMS-90237: "The product archive package's signature is invalid. Ensure that it is signed with your "3rd Party Mac Developer Installer" certificate."`, "text-invalid-signature-upload", "Mac Installer Distribution"},
		{"ITMS-90284: Invalid Code Signing - The executable\n'Airclone.app/Contents/Resources/<plugin>.bundle' must be signed with the\ncertificate that is contained in the provisioning profile.", "text-profile-missing-certificate", "certificate"},
		{`ERROR ITMS-90179: "Invalid Code Signing. The executable 'Payload/App.app/App' must be signed with the certificate that is contained in the provisioning profile."`, "text-profile-missing-certificate", "certificate"},
		{`ERROR ITMS-90075: "This bundle is invalid. The application-identifier entitlement is missing; it should contain your 10-character Apple Developer ID, followed by a dot, followed by your bundle identifier."`, "text-missing-application-identifier", "entitlements file"},
		{`ERROR ITMS-90242: "The product archive is invalid. The Info.plist must contain a LSApplicationCategoryType key, whose value is the UTI for a valid category."`, "", ""},
	} {
		r := Analyze([]byte(c.text))
		if c.want == "" {
			for _, m := range r.Matches {
				if m.Entry.Severity != Info {
					t.Errorf("%q: %s %s, want none", c.text, m.Entry.Severity, m.Entry.ID)
				}
			}
			continue
		}
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != c.want {
			t.Errorf("%q: %v, want %s first", c.text, ids(r), c.want)
			continue
		}
		if cs := r.Matches[0].Causes; len(cs) == 0 || !strings.Contains(cs[0], c.lead) {
			t.Errorf("%q: first cause %q, want one saying %q", c.text, cs, c.lead)
		}
	}
}

// The fifty-fifth round's words: a framework refusing at run time for an
// entitlement the signature lacks (HealthKit, CloudKit, the key-value
// store, app group containers, PassKit) is not a profile that lacks it, nor
// automatic signing's list; Sign in with Apple's unknown error 1000 is read
// but not its other codes; NetworkExtension's "permission denied" is only
// information (the user may have declined); a free team's containers.
func TestCapabilityEntitlementsAtRunTime(t *testing.T) {
	for _, c := range []struct{ text, value string }{
		{`HKHealthStore requestAuthorization: Error Domain=com.apple.healthkit Code=4 "Missing com.apple.developer.healthkit entitlement."`, "com.apple.developer.healthkit"},
		{`*** Terminating app due to uncaught exception 'CKException', reason: 'The application is missing required entitlement com.apple.developer.icloud-services'`, "com.apple.developer.icloud-services"},
		{`NSUbiquitousKeyValueStore error: com.example.app has no valid com.apple.developer.ubiquity-kvstore-identifier entitlement`, "com.apple.developer.ubiquity-kvstore-identifier"},
		{`containermanagerd	-[MCMClientConnection createOrLookupContainerWithContainerIdentity:createIfNecessary:transient:useLocking:withError:](798): com.example.app not entitled to retrieve container class 7 with identifier group.com.example.shared`, "group.com.example.shared"},
		{`container_create_or_lookup_app_group_path_by_app_group_identifier: client is not entitled`, ""},
		{`Error Domain=PKPassKitErrorDomain Code=4 "No entitlement for merchant identifier: merchant.com.example" UserInfo={NSLocalizedDescription=No entitlement for merchant identifier: merchant.com.example}`, "merchant.com.example"},
	} {
		r := Analyze([]byte(c.text))
		if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-capability-entitlement-missing" {
			t.Errorf("%q: got %v", c.text, ids(r))
			continue
		}
		if c.value != "" && !hasValue(r.Matches[0].Values, "entitlement", c.value) && !hasValue(r.Matches[0].Values, "value", c.value) {
			t.Errorf("%q: values %v lack %s", c.text, r.Matches[0].Values, c.value)
		}
	}
	for _, s := range []string{
		"Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements.",
		"Missing com.apple.developer.healthkit entitlement.",
		"Entitlements check: missing com.apple.developer.applesignin entitlement in App.entitlements",
	} {
		if hasID(Analyze([]byte(s)), "text-capability-entitlement-missing") {
			t.Errorf("%q: read as a run-time refusal", s)
		}
	}
	readFirst(t, "text-sign-in-with-apple-failed", `Error Domain=com.apple.AuthenticationServices.AuthorizationError Code=1000 "(null)"`)
	readNothing(t,
		`Error Domain=com.apple.AuthenticationServices.AuthorizationError Code=1001 "(null)"`,
		`SKErrorDomain error 2`,
	)
	for _, s := range []string{
		`Failed to load the configuration: Error Domain=NEVPNErrorDomain Code=5 "permission denied" UserInfo={NSLocalizedDescription=permission denied}`,
		`Failed to load configurations: Error Domain=NEConfigurationErrorDomain Code=10 "permission denied" UserInfo={NSLocalizedDescription=permission denied}`,
	} {
		r := Analyze([]byte(s))
		if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-network-extension-permission-denied" || r.Matches[0].Entry.Severity != Info {
			t.Errorf("%q: got %v, want only the information entry", s, ids(r))
		}
	}
	readFirst(t, "text-missing-application-identifier", "> Trying to initialize a container without an application ID")
	readFirst(t, "text-free-team-limit", `"Your account does not have sufficient permissions to modify containers."`)
}

// The hundred-and-thirty-fourth round: Application Loader's warning
// "Application Identifier Entitlement Value has Changed" is the prefix
// change that loses keychain access; an Android application ID that
// changed is not.
func TestHeldOut134ApplicationIdentifierChanged(t *testing.T) {
	readEach(t, []readCase{
		{"Application Identifier Entitlement Value has Changed?", "text-keychain-access-loss"},
		{"WARNING: Application Identifier Entitlement Value has Changed. The previous version of the app used another prefix.", "text-keychain-access-loss"},
	})
	readNothing(t, "The value of applicationId in build.gradle has changed, so Google Play treats it as a new app.")
}

// The hundred-and-thirty-first round (Expo users): ITMS-90786, an
// entitlement the signature carries that only a newer SDK may carry, is
// an invalid entitlement whose first cause is the SDK; another store's
// "invalid entitlement" is not.
func TestHeldOut131InvalidEntitlementSDK(t *testing.T) {
	in := `ERROR ITMS-90786: "Invalid Entitlement. Apps that contain the 'com.apple.developer.coremedia.hls.low-latency' entitlement must be built with the iOS 13.0 SDK or later."`
	m := firstMatch(Analyze([]byte(in)), "text-invalid-entitlements")
	if m == nil {
		t.Fatalf("ITMS-90786: got %v", ids(Analyze([]byte(in))))
	}
	if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "older SDK") {
		t.Errorf("ITMS-90786: first cause %v", m.Causes)
	}
	if !hasValue(m.Values, "entitlement", "com.apple.developer.coremedia.hls.low-latency") {
		t.Errorf("ITMS-90786: values %v", m.Values)
	}
	readNothing(t,
		"Steam: invalid entitlement. Apps that use this DLC must be built with SDK 1.50 or later.",
		"Invalid entitlement for user 42: the premium plan must be renewed.",
	)
}

// Held-out 144: App Store Connect naming a development value of the push
// environment key, however wrapped, leads with that value, not with the
// app-group rules; prose about APNs' development environment reads nothing.
func TestHeldOut144InvalidEntitlementDevelopmentValue(t *testing.T) {
	for _, in := range []string{
		"[altool] Validation failed (409) Invalid code signing entitlements.\nYour application bundle's signature contains code signing entitlements\nthat aren't supported on macOS. Specifically, the \"development\" value\nfor the com.apple.developer.aps-environment key in\n\".../Contents/MacOS/App\" isn't supported.",
		`ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'development' for key 'aps-environment' in 'Payload/App.app/App' is not supported."`,
	} {
		if c := firstCause(in, "text-invalid-entitlements"); !strings.Contains(c, "development value") {
			t.Errorf("development value: first cause %q for %q", c, in)
		}
	}
	readNothing(t,
		`Push tokens from the "development" value for the APNs environment key in our server config are sandbox tokens; use production for release.`,
	)
}

// AuthKit's AKAuthenticationError -7026 is Sign in with Apple refused for
// an app signed without the entitlement; its other codes (-7003, the user
// cancelled) and an unrelated -7026 are not.
func TestHeldOut145AuthKitMissingEntitlement(t *testing.T) {
	readFirst(t, "text-sign-in-with-apple-failed",
		"`Authorization failed: Error Domain=AKAuthenticationError Code=-7026 UserInfo={AKClientBundleID=<private>}`")
	readNothing(t,
		"Authorization failed: Error Domain=AKAuthenticationError Code=-7003 \"(null)\"",
		"HTTP 500 from the license server: error -7026 (quota exceeded)")
}

// Xcode's old submission check names each entitlement it refuses ("Illegal
// entitlement key/value pair: ..."); Info.plist keys among them put first
// an entitlements setting that names the Info.plist. A config file's own
// "illegal entitlement" is not read.
func TestIllegalEntitlementPair(t *testing.T) {
	s := "warning: Application failed codesign verification.  The signature was invalid, contains disallowed entitlements, or it was not signed with an iPhone Distribution Certificate. (-19011)\nIllegal entitlement key/value pair: CFBundleExecutable, Example\nIllegal entitlement key/value pair: CFBundleIdentifier, com.example.app"
	if c := firstCause(s, "text-invalid-entitlements"); !strings.Contains(c, "CODE_SIGN_ENTITLEMENTS") {
		t.Errorf("Info.plist keys refused as entitlements: first cause %q, want the entitlements setting naming the Info.plist", c)
	}
	if c := firstCause("Illegal entitlement key/value pair: get-task-allow, 1", "text-invalid-entitlements"); c == "" || strings.Contains(c, "CODE_SIGN_ENTITLEMENTS") {
		t.Errorf("a real entitlement refused: first cause %q, want the entry's own", c)
	}
	readNothing(t, "config.yaml: illegal entitlement tier 'gold' for user, using 'basic'")
}

// The App Store submission's failure retold with its title only reads as
// the invalid signature; another store's signature failure reads as nothing.
func TestInvalidSignatureSubmissionRetold(t *testing.T) {
	readFirst(t, "text-invalid-signature-upload",
		"「iOS: App Store submission failed: Invalid Signature」エラーでお困りですね。",
		"TestFlight upload failed: Invalid Signature")
	readNothing(t,
		"Google Play submission failed: invalid signature on the upload key",
		"App Store submission failed: Invalid Binary")
}

// The hundred-and-sixtieth round's words: ITMS-90284 for a resource bundle
// inside a framework (GoogleSignIn.bundle, a pod's resource bundle) is a
// resource bundle built with an executable, led by that cause; a plug-in
// bundle in the app's own Resources stays a profile that lacks the
// certificate, and a bundle named in prose is nothing.
func TestUploadResourceBundleInFramework(t *testing.T) {
	s := "ITMS-90284: Invalid Code Signing - The executable 'MyApp.app/Contents/Frameworks/Vendor.framework/Versions/A/Resources/Vendor.bundle' must be signed with the certificate that is contained in the provisioning profile"
	if !hasID(Analyze([]byte(s)), "text-upload-stray-executable") {
		t.Errorf("%q: %v, want text-upload-stray-executable", s, ids(Analyze([]byte(s))))
	}
	if c := firstCause(s, "text-upload-stray-executable"); !strings.Contains(c, "resource bundle") {
		t.Errorf("first cause %q, want the resource bundle's executable", c)
	}
	plugin := "ITMS-90284: Invalid Code Signing - The executable 'MyApp.app/Contents/Resources/Plugin.bundle' must be signed with the certificate that is contained in the provisioning profile"
	if hasID(Analyze([]byte(plugin)), "text-upload-stray-executable") {
		t.Errorf("%q: %v, want no text-upload-stray-executable", plugin, ids(Analyze([]byte(plugin))))
	}
	readNothing(t, "Copy Vendor.framework/Versions/A/Resources/Vendor.bundle' into the project and it must be signed by the designer before the review.")
}

// App Store validation's sentence under "Invalid Code Signing
// Entitlements", pasted without that title, is the same refusal.
func TestEntitlementsNotSupportedOnPlatformAlone(t *testing.T) {
	readFirst(t, "text-invalid-entitlements",
		"Then when I archive and click \"validate\" I get this error:\n\nYour application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'url-filter-provider' for key 'com.apple.developer.networking.networkextension'",
		"Your application bundle's signature contains code signing entitlements that are not supported on macOS. Specifically, value 'x' for key 'com.apple.developer.team-identifier'")
	r := Analyze([]byte("Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'url-filter-provider' for key 'com.apple.developer.networking.networkextension'"))
	if m := firstMatch(r, "text-invalid-entitlements"); m == nil || !valuesHave(m.Values, "url-filter-provider") {
		t.Errorf("value not read: %+v", m)
	}
	// Prose about what a platform supports is no refusal.
	readNothing(t,
		"Some entitlements that are not supported on iOS are listed in the docs.",
		"This plugin uses APIs that are not supported on Android.")
}

func valuesHave(vs []Value, s string) bool {
	for _, v := range vs {
		if strings.Contains(v.Value, s) {
			return true
		}
	}
	return false
}

// The Mac App Store's older rejection names the nested bundle first and
// says "signed with", not "using", an Apple submission certificate; the
// nested bundle in a question is no rejection.
func TestInvalidSignatureNestedAppBundle(t *testing.T) {
	readFirst(t, "text-invalid-signature-upload",
		// https://stackguides.com/questions/7697508/how-do-you-codesign-framework-bundles-for-the-mac-app-store
		"Invalid Signature - the nested app bundle (FooBar.app/Contents/Frameworks/GData.framework) is not signed, the signature is invalid, or it is not signed with an Apple submission certificate. Refer to the Code Signing and Application Sandboxing Guide for more information.",
		"Invalid Signature - the nested app bundle libcurl (FooBar.app/Contents/Frameworks/libcurl.framework) is not signed, the signature is invalid, or it is not signed with an Apple submission certificate.")
	readNothing(t,
		"Should the nested app bundle be signed before the main app?",
		"The nested app bundle is signed with an Apple submission certificate, as the guide asks.")
}
