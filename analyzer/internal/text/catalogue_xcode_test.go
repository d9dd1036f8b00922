package text

import (
	"strings"
	"testing"
)

// Xcode's CodeSign failure retyped with a letter wrong is read; another
// build command's failure is not.
func TestCodeSignRetyped(t *testing.T) {
	r := Analyze([]byte(`Getting error "Command CpdeSign failed with a nonzero exit code" under the WatchKit Extension`))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-codesign-command-failed" {
		t.Errorf("CpdeSign: got %v", ids(r))
	}
	for _, s := range []string{"Command PhaseScriptExecution failed with a nonzero exit code", "Command CompileSwiftSources failed with a nonzero exit code"} {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-codesign-command-failed" {
				t.Errorf("%q: read as CodeSign", s)
			}
		}
	}
}

// The forty-eighth round's CI and cross-platform pastes: a team's plural
// capability list, the CMS signer's SecKey line without the word codesign,
// Azure Pipelines' "Failed to find iOS signing identity", a re-signing
// script's "No valid code signing certificate found" (Flutter's plural
// "certificates were found" stays Xcode's missing certificate) and
// xcodebuild's failed-commands list pasted without its heading.
func TestCIAndCrossPlatformWords(t *testing.T) {
	team := `Cannot create a iOS App Development provisioning profile for "com.example.app".` + "\n" +
		`Your development team, "Jane Doe", does not support the Push Notifications and Associated Domains capabilities.`
	r := Analyze([]byte(team))
	if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-profile-doesnt-support" {
		t.Fatalf("team capabilities: got %v", ids(r))
	}
	if m := r.Matches[0]; !hasValue(m.Values, "capability", "Push Notifications and Associated Domains") || !strings.Contains(m.Causes[0], "personal team") {
		t.Errorf("team capabilities: values %v, first cause %q", m.Values, m.Causes[0])
	}
	readFirst(t, "text-user-interaction-not-allowed",
		"SecKey API returned: -25293, (null)/Users/distiller/x/out/Example.app: unknown error -1=ffffffffffffffff")
	readFirst(t, "text-identity-not-found",
		"##[error]Xamarin.iOS task failed with error Failed to find iOS signing identity. Verify the signing and provisioning information provided..")
	readFirst(t, "text-identity-not-found", "Exception: No valid code signing certificate found, aborting.")
	readFirst(t, "text-no-signing-certificate", "No valid code signing certificates were found")
	readFirst(t, "text-codesign-command-failed",
		"\tCodeSign /Volumes/workspace/DerivedData/Build/Products/Example.app/Frameworks/Sentry.framework (in target 'Example' from project 'Example')\n\n\tArchiving workspace Example with scheme Example\n\n(2 failures)")
	readNothing(t,
		"SecItemAdd: unknown error -1=ffffffffffffffff in our keychain wrapper's unit test",
		"Failed to find identity provider for realm corp",
		"Unable to find identity pool us-east-1:1234 in the Cognito console",
		"This plugin does not support the Bluetooth capabilities of older tablets",
	)
	// A CodeSign step that ran, its command lines after it, is no failure.
	for _, m := range Analyze([]byte("CodeSign /Users/me/DerivedData/Build/Products/Debug/Example.app (in target 'Example' from project 'Example')\n    cd /Users/me/Example\n    Signing Identity:     \"Sign to Run Locally\"\n    /usr/bin/codesign --force --sign - --timestamp=none Example.app\n\n** BUILD SUCCEEDED **\n")).Matches {
		if m.Entry.ID == "text-codesign-command-failed" {
			t.Errorf("a CodeSign step that ran is read as failed: %q", m.Excerpt)
		}
	}
}

// Xcode's embedded-binary error with the extension signed ad hoc, or with
// codesign's chain warning beside it, leads with the untrusted certificate;
// two real certificates named lead with the targets' settings.
func TestEmbeddedBinaryAdHoc(t *testing.T) {
	adhoc := "error: Embedded binary is not signed with the same certificate as the parent app.\n\nEmbedded Binary Signing Certificate: - (Ad Hoc Code Signed)\nParent App Signing Certificate: Apple Development: John Doe"
	if m := firstMatch(Analyze([]byte(adhoc)), "text-embedded-binary-certificate"); m == nil || !strings.Contains(m.Causes[0], "not trusted") {
		t.Errorf("ad hoc extension: untrusted certificate not first: %v", m)
	}
	two := "error: Embedded binary is not signed with the same certificate as the parent app.\n\nEmbedded Binary Signing Certificate: Apple Development: Jane Roe (AAAAAAAAAA)\nParent App Signing Certificate: Apple Development: John Doe (BBBBBBBBBB)"
	if m := firstMatch(Analyze([]byte(two)), "text-embedded-binary-certificate"); m == nil || strings.Contains(m.Causes[0], "not trusted") {
		t.Errorf("two certificates: untrusted certificate first: %v", m)
	}
}

// Xcode's "None of the valid provisioning profiles allowed the specified
// entitlements" is read when a paste cuts it before the list.
func TestAllowedEntitlementsCut(t *testing.T) {
	s := `UserInfo={NSLocalizedRecoverySuggestion=None of the valid provisioning profiles allowed the specified entitl`
	if firstMatch(Analyze([]byte(s)), "text-profile-missing-entitlement") == nil {
		t.Errorf("not read: %q", s)
	}
}

// exportOptionsPlist's method error leads with the archive's kind when
// Xcode offers no method at all, with the method's name when it lists some.
func TestExportMethodFirstCause(t *testing.T) {
	for _, c := range []struct{ text, first string }{
		{`error: exportArchive: exportOptionsPlist error for key 'method': expected one of {}, but found app-store`, "Generic Xcode Archive"},
		{`error: exportArchive: exportOptionsPlist error for key "method": expected one of {app-store, ad-hoc, enterprise, development, validation}, but found app-store-connect`, "does not know"},
	} {
		res := Analyze([]byte(c.text))
		if len(res.Matches) != 1 || res.Matches[0].Entry.ID != "text-export-options-invalid" {
			t.Errorf("%q: %v, want text-export-options-invalid alone", c.text, ids(res))
			continue
		}
		if got := res.Matches[0].Causes[0]; !strings.Contains(got, c.first) {
			t.Errorf("%q: first cause %q does not say %q", c.text, got, c.first)
		}
	}
}

// The installer's limit for a free team is read as Xcode's.
func TestFreeDeveloperProfileInstallLimit(t *testing.T) {
	in := "Application verification failed: This device has reached the maximum number of installed apps using a free developer profile: {("
	if r := Analyze([]byte(in)); !hasID(r, "text-free-team-limit") {
		t.Errorf("got %v, want text-free-team-limit", ids(r))
	}
	readNothing(t, "You can only have 3 sideloaded apps at a time, expired ones count too, delete one to install another")
}

// Intune's App Wrapping Tool says only that codesign failed; another
// command that failed is not codesign.
func TestCodesignExitedWithAnError(t *testing.T) {
	s := `Cause of the error to be provided for investigation:Error Domain=IntuneAppPackager Code=1 "/usr/bin/codesign exited with an error." UserInfo={Error Description=SignFrameworksError}`
	if firstMatch(Analyze([]byte(s)), "text-codesign-command-failed") == nil {
		t.Errorf("%q: not read", s)
	}
	near := `Execution of defaults failed with error: Error Domain=IntuneAppPackager Code=1 "/usr/bin/defaults exited with an error."`
	if firstMatch(Analyze([]byte(near)), "text-codesign-command-failed") != nil {
		t.Errorf("%q: read as codesign", near)
	}
}

// An expired profile in an enterprise app's paste leads with the
// enterprise profile's end; an expired profile alone keeps the catalogue's
// order.
func TestEnterpriseProfileExpired(t *testing.T) {
	s := "We distribute the app with an Enterprise Provisioning profile. It stopped launching: our enterprise provisioning profile had expired."
	if m := firstMatch(Analyze([]byte(s)), "text-profile-expired"); m == nil || m.Causes[0] != causeEnterpriseExpired {
		t.Errorf("%q: not read, or not led with the enterprise profile", s)
	}
	near := "error: Provisioning profile \"iOS Team Provisioning Profile: com.example.app\" has expired."
	if m := firstMatch(Analyze([]byte(near)), "text-profile-expired"); m == nil || m.Causes[0] == causeEnterpriseExpired {
		t.Errorf("%q: not read, or led with the enterprise profile", near)
	}
}

// Xcode's "Entitlement X not found and could not be included in profile"
// names a key the profile does not grant; a file not found is not that.
func TestEntitlementNotIncludedInProfile(t *testing.T) {
	s := "Entitlement com.apple.developer.user-management not found and could not be included in profile. This likely is not a valid entitlement and should be removed from your entitlements file."
	m := firstMatch(Analyze([]byte(s)), "text-profile-missing-entitlement")
	if m == nil || !hasValue(m.Values, "entitlement", "com.apple.developer.user-management") {
		t.Errorf("%q: not read as an entitlement the profile lacks, or the key not read", s)
	}
	near := "error: The file \"App.entitlements\" could not be opened. Verify the value of the CODE_SIGN_ENTITLEMENTS build setting."
	if firstMatch(Analyze([]byte(near)), "text-profile-missing-entitlement") != nil {
		t.Errorf("%q: read as an entitlement the profile lacks", near)
	}
}

// Xcode's profile check on the app groups entitlement leads with the group
// not assigned to the target's own App ID; on another entitlement it does not.
func TestAppGroupProfileLead(t *testing.T) {
	s := `error: Provisioning profile "iOS Team Provisioning Profile: com.example.app.share-extension" doesn't match the entitlements file's value for the com.apple.security.application-groups entitlement.`
	if m := firstMatch(Analyze([]byte(s)), "text-profile-entitlement-value"); m == nil || m.Causes[0] != causeAppGroupNotAssigned {
		t.Errorf("%q: not read, or not led with the group unassigned", s)
	}
	near := `error: Provisioning profile "iOS Team Provisioning Profile: com.example.app" doesn't match the entitlements file's value for the aps-environment entitlement.`
	if m := firstMatch(Analyze([]byte(near)), "text-profile-entitlement-value"); m == nil || m.Causes[0] == causeAppGroupNotAssigned {
		t.Errorf("%q: not read, or led with an app group it does not name", near)
	}
}

// flutter's "Failed to codesign … with identity" is read as a signing step
// that failed; the same words about something else are not.
func TestFlutterFailedToCodesign(t *testing.T) {
	in := "Target debug_unpack_ios failed: Exception: Failed to codesign /x/build/ios/Debug-iphoneos/Flutter.framework/Flutter with identity 42BD4D03."
	if m := firstMatch(Analyze([]byte(in)), "text-codesign-command-failed"); m == nil || !strings.Contains(m.Causes[0], "after this one") {
		t.Errorf("%q not read, or not led to the lines after it: %v", in, m)
	}
	near := "Failed to codesign: the identity was not found in the keychain"
	if firstMatch(Analyze([]byte(near)), "text-codesign-command-failed") != nil {
		t.Errorf("%q read as flutter's step", near)
	}
}

// isideload's count of the App IDs a free team has left.
func TestNotEnoughAppIDs(t *testing.T) {
	readFirst(t, "text-free-team-limit", " ● Not enough available app IDs. 5 are required, but only 3 are available.")
	readFirst(t, "text-free-team-limit", "\"Not enough available app IDs. 1 is required, but only 0 are\navailable.\"")
}

// Telegram's build script says none of the profiles it was given carries
// aps-environment: the profile lacks the entitlement. Its wording without
// the profiles is not read.
func TestProvidedProfilesWithoutEntitlement(t *testing.T) {
	s := "Could not find a valid aps-environment entitlement in the provided provisioning profiles"
	m := firstMatch(Analyze([]byte(s)), "text-profile-missing-entitlement")
	if m == nil || !hasValue(m.Values, "entitlement", "aps-environment") {
		t.Errorf("%q: not read as a profile without aps-environment", s)
	}
	near := "Could not find a valid aps-environment entitlement string in the payload"
	if firstMatch(Analyze([]byte(near)), "text-profile-missing-entitlement") != nil {
		t.Errorf("%q: read as a profile without the entitlement", near)
	}
}

// Xcode's "No account for team" with the team ID replaced is read by the
// advice that follows it; a team named without that advice is not.
func TestNoAccountForTeamPlaceholder(t *testing.T) {
	s := `it failed with "no account for team "ID". Add a new account in the accounts preferences pane and verify that you have valid credentials`
	if !hasID(Analyze([]byte(s)), "text-requires-development-team") {
		t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
	}
	readNothing(t, `No account for team "Marketing". Ask an admin to invite you to the workspace.`)
}

// Since Xcode 14 the advice names Accounts settings, not the preference
// pane; flutter relays it as "Error (Xcode):" with a placeholder team
// shorter than a real ID. A team is set there, so the lead is an Apple ID
// that is not its member; the same advice without Xcode's "or verify" is
// another app's.
func TestNoAccountForTeamAccountsSettings(t *testing.T) {
	s := "Error (Xcode): No Account for Team \"ABCDEF123\". Add a new account in Accounts settings or verify that your accounts\nhave valid credentials.\n/path/to/my/app/ios/Runner.xcodeproj"
	readFirst(t, "text-requires-development-team", s)
	if c := firstCause(s, "text-requires-development-team"); !strings.Contains(c, "not a member of the team") {
		t.Errorf("first cause %q does not name an Apple ID outside the team", c)
	}
	readNothing(t, `No account for team "design". Add a new account in Accounts settings to start sharing boards.`)
}

// Build systems print Apple's lines re-wrapped or alone: the recovery
// suggestion after "No profiles for … were found" split over lines, Xcode's
// missing account, and security cms failing inside Bazel's sandbox (which
// leads with the sandbox only where security says it was not permitted).
func TestBuildSystemWrappedMessages(t *testing.T) {
	wrapped := "```Automatic signing is disabled and unable to\n  generate a profile.  To enable automatic signing, pass\n  -allowProvisioningUpdates to xcodebuild.\n```"
	if firstMatch(Analyze([]byte(wrapped)), "text-no-profiles-found") == nil {
		t.Errorf("wrapped recovery suggestion not read as no profiles found")
	}
	if firstMatch(Analyze([]byte("Automatic signing is disabled for this target.")), "text-no-profiles-found") != nil {
		t.Errorf("automatic signing merely disabled read as no profiles found")
	}
	if firstMatch(Analyze([]byte("Code Signing Error: There are no accounts registered with Xcode. Add your developer account to Xcode")), "text-xcode-account-unavailable") == nil {
		t.Errorf("no accounts registered with Xcode not read as an account Xcode cannot use")
	}
	sandboxed := "security: cert import failed: UNIX[Operation not permitted]\nsecurity: problem decoding\n"
	m := firstMatch(Analyze([]byte(sandboxed)), "text-profile-undecodable")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "sandbox") {
		t.Errorf("sandboxed security cms: %+v", m)
	}
	m = firstMatch(Analyze([]byte("$ security cms -D -i App.mobileprovision\nsecurity: problem decoding\n")), "text-profile-undecodable")
	if m == nil || len(m.Causes) == 0 || strings.Contains(m.Causes[0], "sandbox") {
		t.Errorf("security cms alone: %+v", m)
	}
	for _, near := range []string{"reporter: problem decoding source", "There was a problem decoding the data: keyNotFound"} {
		if firstMatch(Analyze([]byte(near)), "text-profile-undecodable") != nil {
			t.Errorf("%q read as an undecodable profile", near)
		}
	}
}

// CMake's own check projects (the compiler identification and try_compile
// ones) lead with CMake's settings for them; an app target of a project
// CMake generated does not.
func TestCMakeProbeLead(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"Check dependencies\n\n  cmTC_d8655 requires a provisioning profile.  Select a provisioning profile\n  for the \"Debug\" build configuration in the project editor.", "text-no-profiles-found"},
		{"error: No certificate matching 'com.acme.tools' found: Select a different signing certificate for CODE_SIGN_IDENTITY, a team that matches your selected certificate, or switch to automatic provisioning. (in target 'CompilerIdC' from project 'CompilerIdC')", "text-no-signing-certificate"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "CMake's own checks") {
			t.Errorf("%.60q: %s does not lead with CMake's checks: %+v", c.text, c.id, m)
		}
	}
	app := "cmake -G Xcode -DCMAKE_SYSTEM_NAME=iOS ..\nerror: \"Acme\" requires a provisioning profile. Select a provisioning profile in the Signing & Capabilities editor. (in target 'Acme' from project 'Acme')"
	if m := firstMatch(Analyze([]byte(app)), "text-no-profiles-found"); m == nil || len(m.Causes) == 0 || strings.Contains(m.Causes[0], "CMake's own checks") {
		t.Errorf("an app target of a CMake project: %+v", m)
	}
}

// The hundred-and-fifth round's patterns are narrow: a document "not
// opened" in lower case, a Windows app moved to a folder named Bin, a
// profile said to include the device, and a signing certificate no
// profile is named beside are not read as these failures.
func TestClassicFailureNearMisses(t *testing.T) {
	readNothing(t,
		"The report.app not opened yet, I will check tomorrow.",
		"The build is damaged, so the installer moves it to bin/ and retries.",
		"The provisioning profile includes my iPhone's UDID now.",
	)
	for _, s := range []string{
		"The new signing certificate does not include the provided key usage.",
		"Notarized Developer ID and Unnotarized builds are listed separately in our release notes.",
	} {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-profile-missing-certificate" || m.Entry.ID == "text-gatekeeper-unverified" {
				t.Errorf("%q: read as %s", s, m.Entry.ID)
			}
		}
	}
	// Unlocked and still prompting leads with the key's access control.
	m := firstMatch(Analyze([]byte("codesign: errSecInternalComponent. Even after running `security unlock-keychain` the keychain still shows popups.")), "text-errsec-internal-component")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "partition list") {
		t.Errorf("unlocked and still prompting: %+v", m)
	}
	m = firstMatch(Analyze([]byte("/Users/ci/build/Foo.app: errSecInternalComponent")), "text-errsec-internal-component")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "partition list") {
		t.Errorf("no unlock told: %+v", m)
	}
}

// A profile without the signing certificate beside an expired or duplicate
// certificate found in the keychain leads with the build signing with
// another certificate; a renewed certificate keeps the profile made before it.
func TestProfileMissingCertificateStaleKeychainLeads(t *testing.T) {
	for _, c := range []struct {
		text  string
		other bool
	}{
		{"Xcode: “Provisioning profile doesn’t include signing certificate.” I finally found the culprit: a rogue, expired certificate hiding deep in my Keychain.", true},
		{"error: Provisioning profile \"App Dev\" doesn't include signing certificate \"Apple Development: Example (ABCDE12345)\". I found a duplicate certificate in the login keychain.", true},
		{"error: Provisioning profile \"App Dev\" doesn't include signing certificate \"Apple Development: Example (ABCDE12345)\". My expired certificate was renewed and the new one is in my keychain.", false},
		{"error: Provisioning profile \"App Dev\" doesn't include signing certificate \"Apple Development: Example (ABCDE12345)\".", false},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-profile-missing-certificate")
		if m == nil {
			t.Errorf("%q not read", c.text)
			continue
		}
		if got := strings.Contains(m.Causes[0], "different certificate"); got != c.other {
			t.Errorf("%q: first cause %q", c.text, m.Causes[0])
		}
	}
}

// Xcode's plural form ("doesn't include the A, B, and C entitlements and
// doesn't match the entitlements file's values for the D and E
// entitlements", as issue 13 quotes it): every name is read, and those no
// profile can grant are said plainly.
func TestPluralEntitlementLists(t *testing.T) {
	in := `Provisioning profile "iOS Team Provisioning Profile: com.example.app" doesn't include the com.apple.developer.exposure-notification, com.apple.private.security.no-sandbox, task_for_pid-allow, and platform-application entitlements and doesn't match the entitlements file's values for the com.apple.developer.icloud-container-identifiers and com.apple.developer.ubiquity-kvstore-identifier entitlements.`
	r := Analyze([]byte(in))
	var missing, value *Match
	for i := range r.Matches {
		switch r.Matches[i].Entry.ID {
		case "text-profile-missing-entitlement":
			missing = &r.Matches[i]
		case "text-profile-entitlement-value":
			value = &r.Matches[i]
		}
	}
	if missing == nil || value == nil {
		t.Fatalf("got %v", ids(r))
	}
	for _, e := range []string{"com.apple.developer.exposure-notification", "com.apple.private.security.no-sandbox", "task_for_pid-allow", "platform-application"} {
		if !hasValue(missing.Values, "entitlement", e) {
			t.Errorf("missing-entitlement values %v lack %s", missing.Values, e)
		}
	}
	for _, e := range []string{"com.apple.developer.icloud-container-identifiers", "com.apple.developer.ubiquity-kvstore-identifier"} {
		if !hasValue(value.Values, "entitlement", e) {
			t.Errorf("entitlement-value values %v lack %s", value.Values, e)
		}
	}
	causes := strings.Join(missing.Causes, " ")
	for _, want := range []string{"com.apple.private.security.no-sandbox is Apple-private", "platform-application is Apple-private", "exposure-notification is a managed entitlement"} {
		if !strings.Contains(causes, want) {
			t.Errorf("causes do not say %q: %s", want, causes)
		}
	}
}

// Xcode's "None of the valid provisioning profiles allowed the specified
// entitlements: a, b, c." names every entitlement, the last without its
// full stop.
func TestEntitlementsNoProfileAllows(t *testing.T) {
	in := "Code Sign error: No matching provisioning profiles found: None of the valid provisioning profiles allowed the specified entitlements: com.apple.developer.icloud-container-identifiers, com.apple.developer.associated-domains, com.apple.developer.ubiquity-kvstore-identifier."
	for _, m := range Analyze([]byte(in)).Matches {
		if m.Entry.ID != "text-profile-missing-entitlement" {
			continue
		}
		for _, e := range []string{"com.apple.developer.icloud-container-identifiers", "com.apple.developer.associated-domains", "com.apple.developer.ubiquity-kvstore-identifier"} {
			if !hasValue(m.Values, "entitlement", e) {
				t.Errorf("values %v lack %s", m.Values, e)
			}
		}
		return
	}
	t.Fatalf("text-profile-missing-entitlement not found: %v", ids(Analyze([]byte(in))))
}

// xcodebuild's closing list is read as the CodeSign step failing only when
// CodeSign is the command it names; the same step in a log that built, or
// another failed command, is not a signing failure.
func TestBuildCommandsFailedCodeSign(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The following build commands failed:\n\tCodeSign /Users/user/DerivedData/Build/Products/Debug-iphoneos/App.app (in target 'App' from project 'App')\n(1 failure)", true},
		{"[        ] The following build commands failed:\n[        ]      CodeSign /Users/<USER>/build/macos/Build/Products/Release/App.app (in target 'Runner' from project 'Runner')", true},
		{"CodeSign /Users/user/DerivedData/Build/Products/Debug-iphoneos/App.app (in target 'App' from project 'App')\n** BUILD SUCCEEDED **", false},
		{"The following build commands failed:\n\tCompileSwift normal arm64 /Users/user/App/View.swift\n(1 failure)", false},
	} {
		if got := hasID(Analyze([]byte(c.text)), "text-codesign-command-failed"); got != c.want {
			t.Errorf("%q: codesign-command-failed %v, want %v", c.text, got, c.want)
		}
	}
	for _, s := range []string{
		`error: An empty identity is not valid when signing a binary for the product type 'Command-line Tool'. (in target 'tool' from project 'tool')`,
		`An empty identity is not valid when signing a binary for the 'Application' product type.`,
	} {
		found := false
		for _, m := range Analyze([]byte(s)).Matches {
			found = found || m.Entry.ID == "text-requires-development-team"
		}
		if !found {
			t.Errorf("%q: no text-requires-development-team", s)
		}
	}
}

// Xcode's unavailable bundle identifier retold in Russian ("is already
// taken") is read where a bundle identifier is what is taken.
func TestBundleIDTakenRetoldInRussian(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Bundle Identifier `com.foo.app` уже занят и не может быть зарегистрирован.", true},
		{"Bundle ID com.foo.app уже занят другой командой", true},
		{"Порт 8080 уже занят другим процессом.", false},
		{"Этот логин уже занят, выберите другой.", false},
	} {
		got := false
		for _, id := range ids(Analyze([]byte(c.text))) {
			got = got || id == "text-bundle-id-unavailable"
		}
		if got != c.want {
			t.Errorf("%q: text-bundle-id-unavailable %v, want %v", c.text, got, c.want)
		}
	}
}

// The hundred-and-fourteenth round's classes, each with its near miss:
// automatic signing that cannot register a target's identifier (Xcode
// Cloud's export, also retold with "could not") leads with the App ID not
// registered, and App Store Connect's invalid signature with its code in
// brackets; another token's invalid signature or a register without an
// identifier are not read.
func TestHeldOut114Classes(t *testing.T) {
	for in, id := range map[string]string{
		`error: exportArchive Automatic signing cannot register bundle identifier "com.example.app.widget".`:           "text-no-profiles-found",
		"the export failed because automatic signing could not register `com.example.app.watch` and found no profiles": "text-no-profiles-found",
		"Fixes the Xcode Cloud invalid signature (90035) by signing the widget for distribution.":                      "text-invalid-signature-upload",
	} {
		r := Analyze([]byte(in))
		if !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
			continue
		}
		if m := firstMatch(r, id); id == "text-no-profiles-found" && (len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "not registered as an App ID")) {
			t.Errorf("%q: first cause %v", in, m.Causes)
		}
	}
	readNothing(t,
		"JWT verification: invalid signature (9003) for the session token",
		"Automatic signing could not register with the build service; retrying",
	)
	// ITMS-90334 leads with a dynamic package only where the identifier is
	// the bundle's own name with a hash appended.
	lead := func(in string) string {
		if m := firstMatch(Analyze([]byte(in)), "text-signing-identifier-mismatch"); m != nil && len(m.Causes) > 0 {
			return m.Causes[0]
		}
		return ""
	}
	hashed := `ITMS-90334: Invalid Code Signature Identifier. The identifier "Charts-55554944aa11bb22cc33dd44ee55ff6600112233" in your code signature for "Charts" must match its Bundle Identifier "Charts"`
	if c := lead(hashed); !strings.Contains(c, "type: .dynamic") {
		t.Errorf("hashed identifier: first cause %q", c)
	}
	for _, in := range []string{
		`ITMS-90334: Invalid Code Signature Identifier. The identifier "com.example.iphonesimulator.Kit" in your code signature for "Kit" must match its Bundle Identifier "com.example.iphoneos.Kit"`,
		`ITMS-90334: Invalid Code Signature Identifier. The identifier "Charts-55554944aa11bb22cc33dd44ee55ff6600112233" in your code signature for "Charts" must match its Bundle Identifier "com.example.Charts"`,
	} {
		if c := lead(in); c == "" || strings.Contains(c, "type: .dynamic") {
			t.Errorf("%q: first cause %q", in, c)
		}
	}
}

// The hundred-and-fourteenth round's second batch, each with its near
// miss: a team said to hold no distribution certificate leads with the
// missing certificate even beside cloud signing's permission error;
// Developer ID kept for the Account Holder is a role refusal; a profile
// that "lacks" an entitlement is one that does not include it.
func TestHeldOut114SecondBatchClasses(t *testing.T) {
	lead := firstCause
	noCert := "error: exportArchive Cloud signing permission error\nThe team had no distribution certificate for cloud signing to use."
	if c := lead(noCert, "text-no-signing-certificate"); !strings.HasPrefix(c, "No certificate of that kind") {
		t.Errorf("team without a distribution certificate: first cause %q", c)
	}
	if c := lead("error: exportArchive Cloud signing permission error", "text-no-signing-certificate"); !strings.Contains(c, "cloud-managed") {
		t.Errorf("cloud signing alone: first cause %q", c)
	}
	for in, id := range map[string]string{
		"Only the Account Holder may sign with a Developer ID certificate; our Admin key failed.": "text-team-access-denied",
		"the internal provisioning profile lacks this entitlement":                                "text-profile-missing-entitlement",
	} {
		if r := Analyze([]byte(in)); !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
		}
	}
	readNothing(t,
		"Only the account owner can change the billing plan.",
		"The license key lacks this entitlement; contact sales to upgrade the plan.",
		"The CloudFront distribution has no certificate attached.",
	)
}

// The hundred-and-thirty-fourth round: Xcode 7's "Missing iOS
// Distribution signing identity for …" is no usable signing
// certificate, led by the expired Apple intermediate only where the
// paste says WWDR expired;
// Xcode 4's "No unexpired provisioning profiles found that contain any
// of the keychain's signing certificates" leads with a profile that
// does not include the certificate. Another platform's missing signing
// identity or expired keystore is neither.
func TestHeldOut134XcodeSigningAssets(t *testing.T) {
	m := firstMatch(Analyze([]byte(`Failed to locate or generate matching signing assets
Missing iOS Distribution signing identity for "Example Team". Xcode can request one for you.`)), "text-no-signing-certificate")
	if m == nil {
		t.Fatal("Missing iOS Distribution signing identity: not read as text-no-signing-certificate")
	}
	if strings.Contains(m.Causes[0], "intermediate") {
		t.Errorf("no intermediate named, yet first cause %q", m.Causes[0])
	}
	if c := firstCause("Missing iOS Distribution signing identity for \"Example Team\".\nThe Apple Worldwide Developer Relations Certification Authority certificate expired on February 14.", "text-no-signing-certificate"); !strings.Contains(c, "intermediate") {
		t.Errorf("WWDR intermediate said expired: first cause %q", c)
	}
	if c := firstCause("Missing iOS Distribution signing identity for \"Example Team\".\nThe push certificate expired on February 14.", "text-no-signing-certificate"); strings.Contains(c, "intermediate") {
		t.Errorf("another certificate expired: first cause %q", c)
	}
	if c := firstCause("Code Sign error: No unexpired provisioning profiles found that contain any of the keychain's signing certificates", "text-no-profiles-found"); !strings.Contains(c, "signing certificate") {
		t.Errorf("no profile with a keychain certificate: first cause %q", c)
	}
	readNothing(t,
		"Missing Android signing identity for release builds: add a signingConfigs block to build.gradle.",
		"No unexpired certificates found in the Java keystore; run keytool -genkeypair.",
	)
}

// The hundred-and-thirty-first round (Expo users), each class with its
// near miss: the developer portal's 403 relayed by EAS is a role the
// Apple ID lacks (and the App ID EAS could not register is that, not
// another team's); Xcode's export saying no profile of a kind "are
// installed" for a UUID is a profile not on this Mac; EAS failing to find
// an App ID for a target leads with the extension it was not told about;
// EAS's capability sync refused by Apple is its own entry.
func TestHeldOut131Classes(t *testing.T) {
	forbidden := "✖ Failed to register bundle identifier com.acme.app\n    Error: Apple 403 detected - Access forbidden.\n    This request is forbidden for security reasons - You currently don't have access to this membership resource. Contact your team's Account Holder or an Admin."
	r := Analyze([]byte(forbidden))
	if !hasID(r, "text-team-access-denied") || hasID(r, "text-bundle-id-unavailable") {
		t.Errorf("EAS 403: got %v", ids(r))
	}
	readFirst(t, "text-team-access-denied", "Network Timeout: 'AccessForbiddenError', 'Apple 403 detected - Access forbidden'. Retrying after 3 seconds (remaining: 1)")

	export := `Error Domain=IDEProfileLocatorErrorDomain Code=4 "No "iOS App Store" profiles for team 'AB12CD34EF' matching 'c526e0ce-4bda-4791-9f34-513f148cf616' are installed."`
	if c := firstCause(export, "text-no-profiles-found"); !strings.Contains(c, "not installed on this Mac") {
		t.Errorf("export profile by UUID: first cause %q", c)
	}

	eas := "✖ Failed to handle Apple profiles\nFailed to set up credentials.\n    Error: Failed to find Bundle ID item with identifier\n    \"com.acme.app\""
	if c := firstCause(eas, "text-eas-credentials-not-set-up"); !strings.Contains(c, "appExtensions") {
		t.Errorf("EAS bundle ID item: first cause %q", c)
	}

	sync := "✖ Failed to sync capabilities com.acme.app\nUnexpected error occurred while attempting to update capabilities for app \"com.acme.app\".\nThere is a problem with the request entity - The bundle 'AB12CD34EF' cannot be deleted. Delete all the Apps related to this bundle to proceed."
	if c := firstCause(sync, "text-eas-capability-sync-failed"); !strings.Contains(c, "set up by hand") {
		t.Errorf("capability sync: first cause %q", c)
	}
	down := "✖ Failed to sync capability identifiers com.acme.app\nReceived an internal server error from Apple's App Store Connect / Developer Portal servers, please try again later"
	if c := firstCause(down, "text-eas-capability-sync-failed"); !strings.Contains(c, "try again later") {
		t.Errorf("capability sync, Apple down: first cause %q", c)
	}

	readNothing(t,
		"Failed to download the file: Response code 403 (Forbidden)\nHTTPError: Response code 403 (Forbidden)",
		"docker pull: access forbidden (403) for registry.example.com",
		"Failed to sync capabilities of the Bluetooth headset; the bundle cannot be deleted while in use.",
		`No "Premium" plans for team 'Blue' matching 'gold' are installed on this server.`,
		"Failed to find the item with identifier 42 in the cart.",
	)
}

// A yes-or-no entitlement written as a string leads with its type; another
// entitlement than Network Extension's leads with a value the profile does
// not list; a config's "enabled": "true" beside no profile is nothing.
func TestHeldOut131EntitlementValueLeads(t *testing.T) {
	wifi := `error: Provisioning profile "*[expo] com.acme.app AppStore" doesn't match the entitlements file's value for the com.apple.developer.networking.wifi-info entitlement. I have "com.apple.developer.networking.wifi-info": "true" in my app.json.`
	if c := firstCause(wifi, "text-profile-entitlement-value"); !strings.Contains(c, "without quotes") {
		t.Errorf("string true: first cause %q", c)
	}
	groups := `error: Provisioning profile "Acme" doesn't match the entitlements file's value for the com.apple.security.application-groups entitlement.`
	if c := firstCause(groups, "text-profile-entitlement-value"); strings.HasPrefix(c, "Network Extension") {
		t.Errorf("app groups: first cause %q", c)
	}
	ne := `error: Provisioning profile "Acme DevID" doesn't match the entitlements file's value for the com.apple.developer.networking.networkextension entitlement.`
	if c := firstCause(ne, "text-profile-entitlement-value"); !strings.HasPrefix(c, "Network Extension") {
		t.Errorf("network extension: first cause %q", c)
	}
	readNothing(t, `"com.example.feature.enabled": "true" in settings.json did not match the server's value.`)
}

// exportArchive's IDEProfileLocatorErrorDomain Code=4 names the kind in
// quotes: "No "iOS App Store" profiles for team 'X' matching 'Y' are
// installed"; it reads as no matching profile, led by the profile not
// being installed on this Mac. Named profiles of a cloud CLI are not that.
func TestTeamProfilesNotInstalled(t *testing.T) {
	for _, s := range []string{
		`error: exportArchive: No "iOS App Store" profiles for team 'ABCDE12345' matching 'match AppStore com.example.app' are installed.`,
		`"No 'iOS Ad Hoc' profiles for team 'ABCDE12345' matching 'com.example.app AdHoc' are installed."`,
		`No profiles for team 'ABCDE12345' matching 'com.example.app' are installed.`,
	} {
		m := firstMatch(Analyze([]byte(s)), "text-no-profiles-found")
		if m == nil {
			t.Errorf("%q: not read as no matching profile", s)
			continue
		}
		if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "not installed on this Mac") {
			t.Errorf("%q: first cause %q, want the profile not installed", s, m.Causes)
		}
	}
	readNothing(t, "aws: No SSO profiles for team 'data' matching 'prod' are installed in ~/.aws/config; run aws configure sso.")
}

// The certificate limit retold in the title's words reads; another
// certificate authority's limit does not.
func TestCertificateLimitRetold(t *testing.T) {
	readFirst(t, "text-certificate-limit",
		"The TestFlight archive failed on the hosted macOS runner because automatic signing could not find a provisioning profile and attempted to create another certificate after the Apple account reached its certificate limit.",
		"xcodebuild tried to make a new Apple Distribution certificate on every CI run until the team hit the certificate limit.")
	readNothing(t, "Let's Encrypt refused the renewal: the account reached its certificate limit for example.com (too many certificates already issued for this exact set of domains).")
}

// flutter's "No valid code signing certificates were found" beside a
// keychain that lists only a distribution identity leads with flutter's own
// check for a development one; beside a development identity it does not.
func TestFlutterDistributionOnlyIdentity(t *testing.T) {
	dist := "[   +5 ms] executing: security find-identity -p codesigning -v\n[  +55 ms]   1) 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 \"Apple Distribution: Example Ltd (ABCDE12345)\"\n                1 valid identities found\n[   +2 ms] ════════════════\n           No valid code signing certificates were found"
	if c := firstCause(dist, "text-no-signing-certificate"); !strings.Contains(c, "DEVELOPMENT_TEAM") {
		t.Errorf("distribution identity only: first cause %q, want flutter's development-identity check", c)
	}
	dev := strings.Replace(dist, "Apple Distribution", "Apple Development", 1)
	if c := firstCause(dev, "text-no-signing-certificate"); strings.Contains(c, "DEVELOPMENT_TEAM") {
		t.Errorf("development identity listed: first cause %q, want not flutter's development-identity lead", c)
	}
	readNothing(t, "  1) 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 \"Apple Distribution: Example Ltd (ABCDE12345)\"\n     1 valid identities found")
}

// Xcode's signing failures as game engines' CI logs show them: the short
// description "X does not support provisioning profiles." without the
// recovery suggestion, xcodebuild's failed-commands list behind a log
// timestamp, and the Organizer's "Code signing ... failed" beside
// codesign's informational "is already signed". Another platform saying
// it has no profiles, a non-signing failed command behind a timestamp, and
// "is already signed" alone are not read as these.
func TestHeldOut145XcodeForms(t *testing.T) {
	readEach(t, []readCase{
		{"updating to Unity 2019 is causing the `<Framework> does not support provisioning profiles.` ", "text-conflicting-provisioning-settings"},
		{"error: exportArchive: MediaPipeUnity.framework does not support provisioning profiles.", "text-conflicting-provisioning-settings"},
		{"** ARCHIVE FAILED **\n09:24:45\n09:24:45 The following build commands failed:\n09:24:45     CodeSign /Users/Shared/Jenkins/derivedData/Build/Applications/game.app/Frameworks/UnityFramework.framework\n09:24:45 (1 failure)", "text-codesign-command-failed"},
		{"validating the app for uploading to the apple server caused an error. \"Code signing \"webrtc.framework\" failed.\"\n\nI try to manually sign the bundle with codesign command but surprisingly it says \"webrtc. bundle: is already signed\"", "text-codesign-command-failed"},
	})
	if c := firstCause("updating to Unity 2019 is causing the `<Framework> does not support provisioning profiles.`", "text-conflicting-provisioning-settings"); !strings.Contains(c, "takes no provisioning profile") {
		t.Errorf("placeholder target: first cause %q, want the target that takes no profile", c)
	}
	readNothing(t,
		"Android does not support provisioning profiles. Use a keystore and the signingConfigs block instead.",
		"Note: the Windows build does not support provisioning profiles.")
	readNoError(t,
		"The following build commands failed:\n09:24:45     CompileSwift normal arm64 /Users/ci/game/Classes/Main.swift\n09:24:45 (1 failure)",
		"/Users/ci/game.app: is already signed")
}

// Xcode's "Personal development teams ... do not support" as the
// hundred-and-forty-seventh round found it pasted and retyped: a list of
// capabilities with commas, the team's name in braces or bare, the commas
// around "including" and "the" dropped. Each leads with the personal team
// and keeps the capabilities; teams of people that "do not support" a
// capability, with nothing about provisioning or signing, read as nothing.
func TestPersonalTeamCapabilityForms(t *testing.T) {
	for _, c := range []struct{ text, capability string }{
		{`Cannot create a iOS App Development provisioning profile for "com.example.app".` + "\n" +
			`Personal development teams, including "Jane Doe", do not support the Associated Domains, Sign in with Apple, and Push Notifications capabilities.`,
			"Associated Domains, Sign in with Apple, and Push Notifications"},
		{`It throws this error: "Personal development teams, including {account name}, do not support the Access WiFi Information and Game Center capabilities.".`,
			"Access WiFi Information and Game Center"},
		{`Cannot create a iOS app Development provisioning profile for  _________. Personal development teams including "My team name" do not support in-App Purchases and push Notification capabilities.`,
			"in-App Purchases and push Notification"},
		{`Cannot create a Mac App Development provisioning profile for "com.example.mac". Personal development teams, including Jane Doe, do not support the iCloud capability.`,
			"iCloud"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-profile-doesnt-support")
		if m == nil {
			t.Errorf("%q: not read", c.text)
			continue
		}
		if !hasValue(m.Values, "capability", c.capability) || !strings.Contains(m.Causes[0], "personal team") {
			t.Errorf("%q: values %v, first cause %q", c.text, m.Values, m.Causes[0])
		}
	}
	readNothing(t,
		"Personal development teams, including mentors and coaches, do not support the career-growth capabilities of line managers.",
		"Personal development teams including volunteers do not support the on-call capability during holidays.",
		"Personal development teams in Azure DevOps do not support the Delivery Plans capability.",
	)
}

// xcodebuild's legacy export error ("no provisioning profile matches 'X'")
// reads as no profile found, with the profile's name; a blog's "the
// provisioning profile does not match the signing certificate" as the
// profile missing the certificate. Android's certificate mismatch and a
// profile matching reads as nothing.
func TestNoProfileMatchesAndMismatchRetold(t *testing.T) {
	text := "--- xcodebuild: WARNING: -exportArchive without -exportOptionsPlist is deprecated\nerror: no provisioning profile matches 'Example Ad Hoc'\n** EXPORT FAILED **"
	m := firstMatch(Analyze([]byte(text)), "text-no-profiles-found")
	if m == nil || !hasValue(m.Values, "profile", "Example Ad Hoc") {
		t.Errorf("no provisioning profile matches: got %v", ids(Analyze([]byte(text))))
	}
	readFirst(t, "text-profile-missing-certificate",
		"“The provisioning profile does not match the signing certificate”:这个错误通常出现在证书与配置文件不匹配时。")
	readNothing(t,
		"The APK signing certificate does not match the previously installed version.",
		"The provisioning profile matches the signing certificate now.")
}

// Round 151: EAS refusing a local profile of the wrong kind, and a
// profile "used" that has expired; near misses are the same words about
// other things.
func TestEASProfileKindAndProfileUsedExpired(t *testing.T) {
	eas := "✔ Using local iOS credentials (credentials.json)\n   Error: You must use an adhoc provisioning profile (target 'App')' for internal distribution"
	readFirst(t, "text-profile-wrong-kind", eas)
	if c := firstCause(eas, "text-profile-wrong-kind"); !strings.Contains(c, "EAS") {
		t.Errorf("EAS: first cause %q", c)
	}
	readFirst(t, "text-profile-expired", `Users may see "The provisioning profile used has expired."`)
	readNothing(t,
		"You must use an adhoc approach for internal distribution of the slides.",
		"The provisioning profile used has three devices in it.")
}

// The hundred-and-fifty-fifth round's miss: a pull request retells that
// run-ios failed with xcodebuild's exit code 65 "because the signing
// certificate was missing". Near misses: the same words about an Android
// keystore, and the certificate said not to be missing.
func TestHeldOut155SigningCertificateRetoldMissing(t *testing.T) {
	readFirst(t, "text-no-signing-certificate",
		"### `Failed to build iOS project. We ran \"xcodebuild\" command but it exited with error code 65`\n\nThis occurred because the signing certificate was missing.",
		"xcodebuild archive failed on the CI Mac: we were missing the code signing certificate in the keychain.",
	)
	readNothing(t,
		"The Play upload failed because the signing certificate was missing from the keystore; Gradle's signingConfig pointed at an empty file.",
		"We're not missing the signing certificate; Xcode lists it under Accounts, yet the build still stops.",
	)
}

// Apple's developer services refusing to register a device because the
// team has all the devices of that kind it may have: the free Apple ID a
// sideloading tool signs with leads where the paste names one. Another
// product's device cap in the same words stays unread.
func TestDeviceLimit(t *testing.T) {
	impactor := "provision.cpp:81\nios/addDevice =5405\nUnable to add device 'xyDevice' because the team has already reached the maximum number of iPhone devices."
	readFirst(t, "text-device-limit", impactor,
		"Unable to add device 'Office iPad' because the team has already reached the maximum number of iPad devices.")
	if c := firstCause(impactor, "text-device-limit"); !strings.Contains(c, "free Apple ID") {
		t.Errorf("Cydia Impactor: first cause %q", c)
	}
	if c := firstCause("Unable to add device 'Office iPad' because the team has already reached the maximum number of iPad devices.", "text-device-limit"); !strings.Contains(c, "membership year") {
		t.Errorf("paid team: first cause %q", c)
	}
	readNothing(t,
		"Your team has already reached the maximum number of Mac devices included in your plan. Upgrade your subscription to add more.",
		"Enrollment failed: the team has reached the maximum number of devices allowed by your Intune license.",
		"Each user may pair at most 5 iPhone devices.",
	)
}

// -exportArchive's "X.appex requires a provisioning profile." is an export
// that found no profile for an archived extension (export options naming
// none for it under manual signing), not an unregistered bundle ID; the
// same words from a build (Xcode's target editor) keep the entry's causes.
func TestExportArchiveRequiresProfileLead(t *testing.T) {
	s := "[17:16:48]: ▸ Encountered error while creating the IPA:\n[17:16:48]: ▸ error: exportArchive \"ImageNotification.appex\" requires a provisioning profile.\n[17:16:48]: ▸ error: exportArchive \"Runner.app\" requires a provisioning profile with the Associated Domains and Push Notifications features."
	if c := firstCause(s, "text-no-profiles-found"); !strings.Contains(c, "provisioningProfiles") {
		t.Errorf("first cause %q does not name the export options' provisioningProfiles", c)
	}
	build := "error: \"Acme\" requires a provisioning profile. Select a provisioning profile in the Signing & Capabilities editor. (in target 'Acme' from project 'Acme')"
	if c := firstCause(build, "text-no-profiles-found"); strings.Contains(c, "provisioningProfiles") {
		t.Errorf("a build's missing profile led with the export's: %q", c)
	}
	readNothing(t, "xcodebuild -exportArchive -archivePath build/ios/archive/Runner.xcarchive -exportOptionsPlist ExportOptions.plist -exportPath build/ios/ipa -allowProvisioningUpdates")
}

// Older xcodebuild closes with the CodeSign step's bundle path and the
// failure count on the next line, with no target named: the CodeSign step
// failed. A CodeSign line that succeeded, or a failure count after a
// compile step, is not that.
func TestCodeSignFailureCountWithoutTarget(t *testing.T) {
	readFirst(t, "text-codesign-command-failed",
		"CodeSign /Users/ci/Library/Developer/Xcode/DerivedData/Acme-abc/Build/Intermediates/ArchiveIntermediates/Acme/InstallationBuildProductsLocation/Applications/Acme.app\n(1 failure)\nERROR [2016-06-09 13:44:59.87]: Exit status: 65")
	readNothing(t,
		"CodeSign /Users/ci/Library/Developer/Xcode/DerivedData/Acme-abc/Build/Products/Release-iphoneos/Acme.app\n** ARCHIVE SUCCEEDED **",
		"CompileSwift normal arm64 /Users/ci/Acme/Sources/App.swift\n(1 failure)\nExit status: 65")
}

// Round 169: codesign's failure as wrappers and tools report it, a
// provisioning said to have expired, Apple's "no provisioning profile with
// the requested identifier" and App Store Connect's duplicate profile
// names; each with texts that look alike and are not these.
func TestRound169Forms(t *testing.T) {
	for _, c := range []struct{ id, s string }{
		{"text-codesign-command-failed", "CalledProcessError: Command '['codesign', '/Users/runner/work/a/A.app', '--sign', '-', '--force']' returned non-zero exit status 1."},
		{"text-codesign-command-failed", "> **Unexpected error**\n> Could not codesign the modified binary."},
		{"text-codesign-command-failed", "Unable to code sign /Users/username/beeware/briefcase/local/newwrapper/macOS/app/New Wrapper/New Wrapper.app."},
		{"text-codesign-command-failed", "The build fails with multiple codesign exited with code 1 errors."},
		{"text-profile-expired", "For example, this provisioning has expired:"},
		{"text-no-profiles-found", "the error “ There is no provisioning profile with the requested identifier on this team.” occurs."},
		{"text-profile-name-taken", `"detail" : "Multiple profiles found with the name 'Test'.  Please remove the duplicate profiles and try again."`},
	} {
		if firstMatch(Analyze([]byte(c.s)), c.id) == nil {
			t.Errorf("%s not read: %q", c.id, c.s)
		}
	}
	// Near misses, real texts: briefcase's traceback showing its source
	// line, the round's look-alikes (a Windows signing request, a cloud
	// provisioning rollout), an article's title, and the sign-here paste
	// without the API's detail.
	for _, s := range []string{
		`│ ❱ 316 │   │   │   │   raise BriefcaseCommandError(f"Unable to code sign {path}.")`,
		"Codesigning to achieve warningless usage in windows, as well",
		"Provisioning is ready to get deployed to prod-beta :)",
		"Resolving errSecInternalComponent errors during code signing",
		"Error: [iTunesConnectServiceImp] Unable to decode response",
	} {
		if res := Analyze([]byte(s)); len(res.Matches) > 0 {
			t.Errorf("%q read as %s", s, res.Matches[0].Entry.ID)
		}
	}
}

// Round 192's retold causes (Flutter, React Native, Expo and Capacitor
// threads): a profile that "didn't had" a capability, xcodebuild run
// without -allowProvisioningUpdates and failing, Xcode falling back to
// provisioning updates for a target with no profile and failing, an EAS
// target without an App ID and profile of its own, and a tool forcing
// automatic signing over profiles chosen by hand. Near misses: the same
// words where nothing failed or nothing is missing.
func TestRound192Forms(t *testing.T) {
	for _, c := range []struct{ id, s string }{
		{"text-profile-doesnt-support", "the build started failing, because the current provisioning didn't had the carplay capability and it wasn't automatically being updated."},
		{"text-profile-doesnt-support", "The provisioning profile does not have the Push Notifications capability."},
		{"text-no-profiles-found", "The -allowProvisioningUpdates is not passed to the first command but it is passed to the second one, so the first command errors out"},
		{"text-no-profiles-found", "Running xcodebuild archive without -allowProvisioningUpdates fails on the runner."},
		{"text-no-profiles-found", "so Xcode fell back to provisioning updates for `com.example.app.share-extension` and failed."},
		{"text-eas-credentials-not-set-up", "1. Builds on EAS would fail because the widget target does not have it's own App ID and provisioning profile on the Apple Developer Portal."},
		{"text-conflicting-provisioning-settings", "executing `expo run:ios --device` will force-enable the Automatically Manage Signing in Xcode, therefore taking away the option to select external or non-team provision profiles. Therefore, singing fails."},
	} {
		if firstMatch(Analyze([]byte(c.s)), c.id) == nil {
			t.Errorf("%s not read: %q", c.id, c.s)
		}
	}
	for _, c := range []struct{ id, s string }{
		{"text-profile-doesnt-support", "The provisioning profile does include the Push Notifications capability."},
		{"text-profile-doesnt-support", "The provisioning profile doesn't have the device registered."},
		{"text-profile-doesnt-support", "The Android app doesn't have the camera capability in its manifest."},
		{"text-no-profiles-found", "-allowProvisioningUpdates is passed to both commands and the build succeeds."},
		{"text-no-profiles-found", "-allowProvisioningUpdates is not passed, but the build works since the profile is installed."},
		{"text-no-profiles-found", "Xcode fell back to automatic signing and the archive succeeded."},
		{"text-eas-credentials-not-set-up", "On EAS the widget target has its own App ID and provisioning profile."},
		{"text-eas-credentials-not-set-up", "The extension does not have its own App ID yet."},
		{"text-conflicting-provisioning-settings", "We force-enable Automatically Manage Signing so provisioning profiles are created for us."},
	} {
		if firstMatch(Analyze([]byte(c.s)), c.id) != nil {
			t.Errorf("%q read as %s", c.s, c.id)
		}
	}
}

// Xcode's banner retold as "No code signing certificates found" (round
// 216), and the same words where Windows or Java signs.
func TestNoCodeSigningCertificatesFound(t *testing.T) {
	if !hasID(Analyze([]byte(`I hit “Archive” in Xcode, ready for that final satisfying build, only to be met with that soul-crushing red banner: “No code signing certificates found.”`)), "text-no-signing-certificate") {
		t.Error("Xcode's banner retold not read")
	}
	for _, s := range []string{
		"SignTool Error: No code signing certificates found in the certificate store.",
		"electron-builder: No code signing certificates found for Windows target",
		"jarsigner: No code signing certificates found in keystore",
		"No code signing certificates found on Android",
	} {
		if hasID(Analyze([]byte(s)), "text-no-signing-certificate") {
			t.Errorf("read as Apple's: %q", s)
		}
	}
}

// A profile's status Invalid quoted bare (round 216): its certificate
// changed since it was made (QA1878). Windows' and Android's provisioning
// say the same words.
func TestProvisioningProfileIsInvalidBare(t *testing.T) {
	if c := firstCause("A wall of red text, all pointing to one thing: “Provisioning profile is invalid.”", "text-profile-missing-certificate"); !strings.Contains(c, "before the certificate") {
		t.Errorf("first cause %q", c)
	}
	for _, s := range []string{
		`Windows Configuration Designer: "Provisioning profile is invalid" when applying the .ppkg`,
		`Android Enterprise: "Provisioning profile is invalid" on the Samsung device`,
		"The embedded provisioning profile is invalid",
	} {
		if hasID(Analyze([]byte(s)), "text-profile-missing-certificate") {
			t.Errorf("read as a profile without the certificate: %q", s)
		}
	}
}
