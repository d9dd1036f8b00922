package text

import (
	"strings"
	"testing"
)

// codesign's OSStatus read by number or name where the text is not quoted
// (a library wrapping SecStaticCodeCheckValidity, a CI step's summary).
func TestCodeSigningOSStatus(t *testing.T) {
	for _, c := range []struct{ in, id string }{
		{"SecStaticCodeCheckValidity failed with OSStatus -67022", "text-nested-code-invalid"},
		{"signing failed: errSecCSBadNestedCode", "text-nested-code-invalid"},
		{"codesign verification returned -67028 for MyApp.app", "text-bundle-format"},
		{"Error: errSecCSUnsealedAppRoot", "text-bundle-format"},
		{"Code signing failed (OSStatus -66999)", "text-detritus"},
	} {
		readFirst(t, c.id, c.in)
	}
	readNothing(t, "balance: -670280.50", "offset 1-67028 of the range", "error -670210")
}

// codesign's "resource envelope is obsolete" is read where codesign prints
// it (ending its line, or with its reason); the words in a code comment, and
// spctl's "source=obsolete resource envelope" on a bare executable, are not.
func TestResourceEnvelopeObsolete(t *testing.T) {
	if !hasID(Analyze([]byte("/Applications/Install macOS Sequoia.app: resource envelope is obsolete")), "text-resource-envelope-obsolete") {
		t.Error("codesign's line after a path not read")
	}
	for _, s := range []string{
		"// For OSX 10.9 and later, code signing requires a version 2 signature.\n// The resource envelope is obsolete.",
		"/usr/bin/perl: rejected\nsource=obsolete resource envelope\norigin=Software Signing",
		// spctl --raw on the same bare tool (openradar-mirror#8249).
		"$ spctl -a --raw /usr/bin/perl\n/usr/bin/perl: rejected\n<dict>\n        <key>assessment:authority:source</key>\n        <string>obsolete resource envelope</string>\n    </dict>\n    <key>assessment:cserror</key>\n    <integer>-67002</integer>",
	} {
		if hasID(Analyze([]byte(s)), "text-resource-envelope-obsolete") {
			t.Errorf("%q read as text-resource-envelope-obsolete", s)
		}
	}
}

// spctl's "source=obsolete resource envelope" for an app (beside
// Gatekeeper's refusal, TestNotaryToolTableNearMisses) and TN2206's
// version 1 signatures "considered obsolete" (2014) name the envelope; a
// version 2 signature named does not (above).
func TestSpctlObsoleteEnvelope(t *testing.T) {
	readEach(t, []readCase{
		{"$ spctl -a -t exec -v /Applications/MyApp.app/\n/Applications/MyApp.app/: rejected\nsource=obsolete resource envelope", "text-resource-envelope-obsolete"},
		{"Beginning with OS X version 10.9.5, there will be changes in how OS X recognizes signed apps. Version 1 signatures created with OS X versions prior to Mavericks will no longer be recognized by Gatekeeper and are considered obsolete.", "text-resource-envelope-obsolete"},
	})
}

// Gatekeeper's "no usable signature" beside codesign showing an ad hoc
// signature is ad hoc code, not unsigned code; alone it still reads as
// unsigned.
func TestNoUsableSignatureAdhoc(t *testing.T) {
	adhoc := "Example.app: rejected\nsource=no usable signature\n\ncodesign -dv shows it signed as `flags=0x20002(adhoc,linker-signed)`."
	r := Analyze([]byte(adhoc))
	if hasID(r, "text-not-signed") {
		t.Errorf("ad hoc code read as unsigned: %v", ids(r))
	}
	m := firstMatch(r, "text-gatekeeper-unverified")
	if m == nil || !strings.Contains(m.Causes[0], "signed ad hoc") {
		t.Errorf("ad hoc cause not first: %v", m)
	}
	if !hasID(Analyze([]byte("Example.app: rejected\nsource=no usable signature")), "text-not-signed") {
		t.Error("no usable signature alone not read as unsigned")
	}
}

// codesign's "code object is not signed at all" cut or wrapped after "at"
// is still the unsigned-code message; "not signed at" going on in other
// words is not.
func TestNotSignedAtCut(t *testing.T) {
	readFirst(t, "text-not-signed",
		"/Users/user/Build/Products/Debug/App.app: code object is not signed at",
		"/Users/user/Build/Products/Debug/App.app: code object is not signed at\nall",
	)
	readNothing(t, "the code object is not signed at build time, only when archived")
}

// Xcode's XCFramework checks: a recorded signer that changed, and a
// validation that fails for a revoked certificate (the vendor's), are told
// apart from files changed after signing; a signer wording about other
// code is not read.
func TestXCFrameworkSignerAndValidation(t *testing.T) {
	r := Analyze([]byte("“OneSignalCore.xcframework” is not signed with the expected identity and may have been compromised."))
	if m := firstMatch(r, "text-signed-resource-modified"); m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "recorded who signed") {
		t.Errorf("expected identity: got %v", ids(r))
	}
	readNothing(t, "The app is not signed with the expected identity.")
	revoked := "The signature of “GMObjC.xcframework” cannot be validated and may have been compromised.\n\nValidation Error: The signing certificate has been revoked (CSSMERR_TP_CERT_REVOKED)"
	if r := Analyze([]byte(revoked)); !hasID(r, "text-cert-revoked") || hasID(r, "text-signed-resource-modified") {
		t.Errorf("revoked: got %v", ids(r))
	}
	sealed := "The signature of “GMObjC.xcframework” cannot be validated and may have been compromised.\n\nValidation Error: A sealed resource is missing or invalid"
	if r := Analyze([]byte(sealed)); !hasID(r, "text-signed-resource-modified") || hasID(r, "text-cert-revoked") {
		t.Errorf("sealed: got %v", ids(r))
	}
	alone := Analyze([]byte("The signature of “GMObjC.xcframework” cannot be validated and may have been compromised."))
	if m := firstMatch(alone, "text-signed-resource-modified"); m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "Validation Error") {
		t.Errorf("validated alone: got %v", ids(alone))
	}
}

// Xcode's note "Codesign verification failed" pasted without its headline,
// and its archive step "signature-collection failed", are an XCFramework's
// signature check; the note about anything but an XCFramework is not read,
// nor is another tool's lower-case wording.
func TestXCFrameworkCheckNotes(t *testing.T) {
	for _, s := range []string{
		"When I try to run the app that contains the Vendor.xcframework, the new Xcode shows me this error:\n`Codesign verification failed`",
		"/Users/me/Library/Developer/Xcode/DerivedData/App-abc/SourcePackages/artifacts/vendor/Vendor.xcframework\n    note: Codesign verification failed",
	} {
		if c := firstCause(s, "text-signed-resource-modified"); !strings.Contains(c, "codesign's check of this one failed") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	for _, s := range []string{
		"error: signature-collection failed: The operation couldn’t be completed. (SWBUtil.CodeSignatureInfo.Error error 0.)",
		"This can help determine build/archive issues on a CI machine related to error: signature-collection failed: The operation couldn’t be completed.",
	} {
		if c := firstCause(s, "text-signed-resource-modified"); !strings.Contains(c, "malformed or incomplete _CodeSignature") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	readNothing(t,
		"electron-osx-sign: Codesign verification failed for /tmp/MyApp.app, retrying",
		"npm ERR! Codesign verification failed: the Windows Authenticode signature of setup.exe is invalid",
		"Firmware update: signature collection failed, retrying the download")
}

// Notes telling what codesign prints for an unsigned file are not a
// failure; codesign's own line for an XCFramework still is.
func TestNotSignedShownInNotes(t *testing.T) {
	readNothing(t,
		"```shell\n# 查看签名，无签名显示 code object is not signed at all\ncodesign -dv openssl.xcframework\n```",
		"# Check the signature; an unsigned framework shows: code object is not signed at all\ncodesign -dv Vendor.xcframework")
	readFirst(t, "text-not-signed",
		"$ codesign -dv Vendor.xcframework\nVendor.xcframework: code object is not signed at all",
		"Frameworks/GTSheet.framework: code object is not signed at all\n\nTrying to publish the app in the app store")
}

// A static library embedded in Frameworks is named as such (Do Not Embed),
// not as nested code to sign; an unsigned framework there is not.
func TestStaticLibraryEmbedded(t *testing.T) {
	lib := "/tmp/Scour2.app: code object is not signed at all\nIn subcomponent: /tmp/Scour2.app/Contents/Frameworks/libgit2.a\nCommand CodeSign failed with a nonzero exit code"
	r := Analyze([]byte(lib))
	if m := firstMatch(r, "text-not-signed"); m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "Do Not Embed") || hasID(r, "text-nested-code-invalid") {
		t.Errorf("static library: got %v", ids(r))
	}
	fw := "/tmp/Scour2.app: code object is not signed at all\nIn subcomponent: /tmp/Scour2.app/Contents/Frameworks/Git.framework\nCommand CodeSign failed with a nonzero exit code"
	r = Analyze([]byte(fw))
	if m := firstMatch(r, "text-not-signed"); m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "Do Not Embed") {
		t.Errorf("framework: got %v", ids(r))
	}
}

// The notary service's "has no signed executables or bundles" is unsigned
// code in a submission; codesign's own "not signed at all" keeps its order.
func TestNotaryNothingSigned(t *testing.T) {
	s := `* error for path "EPUB-Checker.zip": Package EPUB-Checker.zip has no signed executables or bundles. No tickets can be generated.`
	m := firstMatch(Analyze([]byte(s)), "text-not-signed")
	if m == nil || m.Causes[0] != causeNotaryNothingSigned {
		t.Fatalf("%q: %v", s, ids(Analyze([]byte(s))))
	}
	near := "/tmp/App.app: code object is not signed at all"
	if m := firstMatch(Analyze([]byte(near)), "text-not-signed"); m == nil || m.Causes[0] == causeNotaryNothingSigned {
		t.Errorf("%q: not read, or led with the notary cause", near)
	}
}

// A designated requirement that looks for the Developer ID marker on the
// root certificate is the signing tool's, derived from an incomplete chain;
// Apple's own form (certificate 1) does not lead with it.
func TestRequirementMarkerOnRoot(t *testing.T) {
	for _, c := range []struct {
		text   string
		onRoot bool
	}{
		{"Root cause for the `does not satisfy its designated Requirement`: quill embedded certificate root[field.1.2.840.113635.100.6.2.6]", true},
		{"./tool: does not satisfy its designated Requirement\ndesignated => anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */", false},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-csreq-67050")
		if m == nil {
			t.Errorf("%q: not read", c.text)
			continue
		}
		if got := strings.Contains(m.Causes[0], "certificate root["); got != c.onRoot {
			t.Errorf("%q: first cause %q", c.text, m.Causes[0])
		}
	}
}

// codesign's "cannot read entitlement data" leads with the unreadable
// --entitlements file; an invalid blob in a signature does not.
func TestEntitlementsFileUnreadable(t *testing.T) {
	s := "src-tauri/Entitlements.plist: cannot read entitlement data"
	if m := firstMatch(Analyze([]byte(s)), "text-invalid-entitlements-blob"); m == nil || m.Causes[0] != causeEntitlementsUnreadable {
		t.Errorf("%q: not read, or not led with the unreadable file", s)
	}
	near := "AMFI: code signature validation failed: invalid entitlements blob"
	if m := firstMatch(Analyze([]byte(near)), "text-invalid-entitlements-blob"); m == nil || m.Causes[0] == causeEntitlementsUnreadable {
		t.Errorf("%q: not read, or led with an unreadable file it does not name", near)
	}
}

// Detritus in a project the paste places in a synced folder leads with the
// folder; without one, with the attributes the files picked up.
func TestDetritusCloudFolder(t *testing.T) {
	const line = "Flutter.framework/Flutter: resource fork, Finder information, or similar detritus not allowed\n"
	cloud := Lookup("text-detritus").Causes[1]
	if m := firstMatch(Analyze([]byte(line+"The project is located in an iCloud-managed directory.")), "text-detritus"); m == nil || m.Causes[0] != cloud {
		t.Errorf("iCloud folder: got %v", m)
	}
	if m := firstMatch(Analyze([]byte(line+"The app uses the iCloud capability.")), "text-detritus"); m == nil || m.Causes[0] == cloud {
		t.Errorf("iCloud capability read as a synced folder: %v", m)
	}
}

// The .NET SDK's _CodesignVerify requirement failing leads with the SDK's
// own requirement; a requirement of the user's own failing does not.
func TestDotnetCodesignVerifyLead(t *testing.T) {
	s := "Examining the bin log shows that the `_CodesignVerify` target fails with:\n\ntest-requirement: code failed to satisfy specified code requirement(s)"
	if m := firstMatch(Analyze([]byte(s)), "text-csreq-67050"); m == nil || m.Causes[0] != causeDotnetCodesignVerify {
		t.Errorf("%q: not read, or not led with the SDK's requirement", s)
	}
	near := "$ codesign --verify -R='anchor apple generic and certificate leaf[subject.OU] = \"ABCDE12345\"' Acme.app\ntest-requirement: code failed to satisfy specified code requirement(s)"
	if m := firstMatch(Analyze([]byte(near)), "text-csreq-67050"); m == nil || m.Causes[0] == causeDotnetCodesignVerify {
		t.Errorf("%q: not read, or a requirement of one's own led with the SDK's", near)
	}
}

// C++ and Qt desktop apps: codesign's unsealed root told in prose, the
// damaged alert retold as "the app is corrupted", codesign's library
// validation warning on a binary with no SDK, and a dylib with an invalid
// signature led by the file changed after signing; a corrupted document,
// a root directory with no unsealed contents, and a crash with no library
// named are not read so.
func TestDesktopCppForms(t *testing.T) {
	readEach(t, []readCase{
		{"When trying to codesign the QtCore framework, there's an error that says that the bundle has unsealed contents in its root directory.", "text-bundle-format"},
		{"After codesign -s - on MyApp.app I get an error message that the app is corrupted.", "text-gatekeeper-damaged"},
		{"Library validation warning=OS X SDK version before 10.9 does not support Library Validation", "text-old-sdk"},
		{"This wasn't the message saying the app is from an unidentified developer, this was saying that the app was damaged.", "text-gatekeeper-damaged"},
	})
	m := firstMatch(Analyze([]byte("The packaged libfoo.dylib has an invalid code signature: the OS kills the process with SIGKILL (Code Signature Invalid).")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "changed after signing") {
		t.Fatalf("dylib invalid signature: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("The app was killed with SIGKILL (Code Signature Invalid) when run from TestFlight.")), "text-code-signature-invalid"); m != nil && len(m.Causes) > 0 && strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("no dylib named, yet led with the file changed after signing")
	}
	readNoError(t,
		"The game shows an error message that the save file is corrupted.",
		"Qt's build writes its config files in the root directory of the install prefix.",
		"Error message that the app is corrupted in the Android emulator after the update",
	)
}

// codesign's "bundle format is ambiguous" for a framework in a Mac app's
// Contents/Frameworks leads with its flattened symbolic links; the same
// words for a flat iOS framework do not.
func TestAmbiguousMacFrameworkLeadsWithSymlinks(t *testing.T) {
	mac := "bundle format is ambiguous (could be app or framework)\nIn subcomponent: /Users/me/build/Acme.app/Contents/Frameworks/SDL2_ttf.framework"
	m := firstMatch(Analyze([]byte(mac)), "text-bundle-format")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "symbolic links") {
		t.Fatalf("Mac framework: %+v", m)
	}
	ios := "bundle format is ambiguous (could be app or framework)\nIn subcomponent: /Users/me/build/Payload/Acme.app/Frameworks/Foo.framework"
	m = firstMatch(Analyze([]byte(ios)), "text-bundle-format")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "symbolic links") {
		t.Fatalf("iOS framework: %+v", m)
	}
}

// A file at the top of an app bundle, in codesign's words or told as Apple's
// rule that an .app holds only Contents, leads with the bundle's root; a
// zip said to hold only a Contents folder is no app bundle.
func TestAppRootContentsLeadsWithBundleRoot(t *testing.T) {
	for _, s := range []string{
		"Acme.app: unsealed contents present in the bundle root",
		"And than application cant be notarized. (.app dirrectory can contain only Content folder)",
	} {
		m := firstMatch(Analyze([]byte(s)), "text-bundle-format")
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "top of the .app") {
			t.Errorf("%q: %+v", s, m)
		}
	}
	readNothing(t, "The theme zip can contain only the Contents folder of the skin.")
}

// 1Password's report that the browser it fills into failed its signature
// check is an app checking another app's signature; a browser's own check
// of an add-on's signature is not Apple code signing.
func TestBrowserSignatureCheckedByPasswordManager(t *testing.T) {
	for _, s := range []string{
		"Chrome is connected but its code signature could not be verified.",
		"1Password can't verify the identity of your web browser",
	} {
		if firstMatch(Analyze([]byte(s)), "text-cant-verify-signature") == nil {
			t.Errorf("%q not read", s)
		}
	}
	readNothing(t,
		"Firefox: KeePassXC-Browser could not be verified for use in Firefox and has been disabled.",
		"The extension's signature could not be verified by the Chrome Web Store.",
	)
}

// A copy of an app whose code signature is no longer valid is code
// changed after signing.
func TestCodeSignatureNoLongerValid(t *testing.T) {
	s := "The problem is that the code signature is no longer valid — this breaks 1Password."
	if firstMatch(Analyze([]byte(s)), "text-code-signature-modified") == nil {
		t.Errorf("%q not read", s)
	}
	readNothing(t, "After we patched setup.exe, SmartScreen says its code signature is no longer valid on Windows 11.")
}

// The forty-ninth round's words: Sparkle's updater when the new version
// does not satisfy the running one's designated requirement (the
// requirement read whole), codesign's errSecCSInternalError, which is not
// a modified signature, and codesign_allocate's malformed object, which is
// the binary's fault, not the tools'; the same phrases in other sentences
// are not read.
func TestUpdaterRequirementAndInternalError(t *testing.T) {
	sparkle := `Sparkle: Code signature of the new version doesn't match the old version: anchor apple generic and identifier "com.example.app" and certificate leaf[subject.OU] = ABCDE12345. Please ensure that old and new app is signed using exactly the same certificate.`
	readFirst(t, "text-csreq-67050", sparkle)
	if r := Analyze([]byte(sparkle)); len(r.Matches) > 0 && !hasValue(r.Matches[0].Values, "requirement", `anchor apple generic and identifier "com.example.app" and certificate leaf[subject.OU] = ABCDE12345`) {
		t.Errorf("values %v, want the requirement", r.Matches[0].Values)
	}
	readFirst(t, "text-codesign-internal-error",
		"arm64/HelloWorld: replacing existing signature\narm64/HelloWorld: internal error in Code Signing subsystem",
		"SecStaticCodeCheckValidity returned -67048",
	)
	for _, r := range Analyze([]byte("arm64/HelloWorld: internal error in Code Signing subsystem")).Matches {
		if r.Entry.ID == "text-code-signature-modified" {
			t.Errorf("an internal error read as a modified signature")
		}
	}
	allocate := "/x/codesign_allocate: object: /tmp/app malformed object (code signature data at offset 84976 with a size of 18944, overlaps string table at offset 79844 with a size of 74050467)\n/tmp/app: the codesign_allocate helper tool cannot be found or used"
	readFirst(t, "text-codesign-allocate-failed", allocate)
	if r := Analyze([]byte(allocate)); len(r.Matches) == 0 || len(r.Matches[0].Hints) == 0 || !strings.Contains(r.Matches[0].Hints[0], "overlaps string table") {
		t.Errorf("codesign_allocate's malformed object: no hint naming its reason")
	}
	if r := Analyze([]byte("/tmp/app: the codesign_allocate helper tool cannot be found or used")); len(r.Matches) == 0 || len(r.Matches[0].Hints) != 0 {
		t.Errorf("a missing helper alone: got a malformed-object hint or no match")
	}
	readNothing(t,
		"Otherwise, the gardenlet might perform operations of the new version that doesn't match the old version of the deployed seed system components.",
		"error: internal error in the build subsystem, please retry",
		"Build 67048 passed.",
	)
}

// Privileged helpers and launchd jobs (the sixty-seventh round): SMJobBless's
// requirement failures are read as such and lead with its two-way check, a
// requirement check next to an ad hoc signature leads with the ad hoc
// signature, launchd's OS_REASON_CODESIGNING leads with a file changed
// after signing, and a launch constraint on one's own launchd job does not
// lead with Apple's code moved. Their near misses are not read that way.
func TestHelperAndLaunchdMessages(t *testing.T) {
	first := func(text, id string) string {
		t.Helper()
		for _, m := range Analyze([]byte(text)).Matches {
			if m.Entry.ID == id {
				if len(m.Causes) == 0 {
					return ""
				}
				return m.Causes[0]
			}
		}
		t.Errorf("%q: no %s", text, id)
		return ""
	}
	has := func(text, id string) bool {
		for _, m := range Analyze([]byte(text)).Matches {
			if m.Entry.ID == id {
				return true
			}
		}
		return false
	}
	for _, s := range []string{
		`Bless Error: Error Domain=CFErrorDomainLaunchd Code=4 "(null)"`,
		`Something went wrong! CFErrorDomainLaunchd / 4`,
		`SMJobBlessUtil.py: app designated requirement (identifier "com.example.app") doesn't match entry in 'SMAuthorizedClients' (identifier "com.example.other")`,
		`smd: App "com.example.app" did not pass helper check "com.example.app.helper".`,
	} {
		if c := first(s, "text-csreq-67050"); c != smJobBlessLead {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	adHoc := "Release builds are ad-hoc signed (TeamIdentifier=not set), so SecCodeCheckValidity always fails."
	if c := first(adHoc, "text-csreq-67050"); c != Lookup("text-csreq-67050").Causes[2] {
		t.Errorf("ad hoc client: first cause %q", c)
	}
	for _, s := range []string{
		`Helper bless failed with error Error Domain=CFErrorDomainLaunchd Code=2 "(null)"`,
		`[trajectory-suite] case1 did not pass helper checks on attempt 2, but tracking was captured`,
		"The helper checks its client with SecCodeCheckValidity.\nTeamIdentifier=ABCDE12345",
		"listener:shouldAcceptNewConnection: accepts the Developer ID signed app",
	} {
		if has(s, "text-csreq-67050") {
			t.Errorf("%q: read as a requirement failure", s)
		}
	}

	launchd := "(gui/501/com.example.agent [123]) <Notice>: xpcproxy exited due to OS_REASON_CODESIGNING | When validating /Applications/Example.app/Contents/MacOS/Example:\n  The code contains a Team ID, but validating its signature failed."
	if c := first(launchd, "text-code-signature-invalid"); c != Lookup("text-code-signature-invalid").Causes[2] {
		t.Errorf("launchd: first cause %q", c)
	}
	entitled := "last exit reason = OS_REASON_CODESIGNING\ntaskgated-helper: com.example.agent: Unsatisfied entitlements: com.apple.developer.team-identifier"
	if c := first(entitled, "text-code-signature-invalid"); c == Lookup("text-code-signature-invalid").Causes[2] {
		t.Errorf("launchd with entitlements: first cause %q", c)
	}
	if has("launchd[1]: (com.example.agent) Service exited with abnormal code: 78", "text-code-signature-invalid") {
		t.Error("an agent's own exit code read as a code-signing kill")
	}

	own := "After SMAppService.register() the daemon fails: AMFI: Launch Constraint Violation (enforcing), error info: c[5]p[1]m[1]e[0], (Constraint not matched)"
	if c := first(own, "text-launch-constraint"); c != Lookup("text-launch-constraint").Causes[1] {
		t.Errorf("own daemon: first cause %q", c)
	}
	moved := "Termination Reason: CODESIGNING 4 Launch Constraint Violation\nProcess: Terminal [1225]\nPath: /Users/USER/Documents/Terminal.app/Contents/MacOS/Terminal"
	if c := first(moved, "text-launch-constraint"); c != Lookup("text-launch-constraint").Causes[0] {
		t.Errorf("moved system app: first cause %q", c)
	}
}

// Updaters' own words for Apple code signing, read only where they say it:
// Squirrel.Mac's unsigned running app, ShipIt's requirement check against
// an installed app signed ad hoc, and Gatekeeper's damaged alert quoted as
// a name.
func TestUpdaterSignatureChecks(t *testing.T) {
	const shipIt = "Code signature at URL file:///Users/user/Library/Caches/com.example.app.ShipIt/update.abc/Example.app/ did not pass validation: code failed to satisfy specified code requirement(s)"
	if r := Analyze([]byte("Error: Could not get code signature for running application\n    at Server.<anonymous> (/Applications/App.app/Contents/Resources/app.asar/node_modules/electron-updater/out/MacUpdater.js:168:36)")); !hasID(r, "text-not-signed") {
		t.Errorf("Squirrel.Mac's unsigned running app: got %v", ids(r))
	}
	if r := Analyze([]byte("Code signature at URL file:///Users/user/Library/Caches/org.example.app.ShipIt/update.abc/Example.app/ did not pass validation: Code-Objekt is not signed")); !hasID(r, "text-not-signed") {
		t.Errorf("ShipIt's half-localised unsigned code: got %v", ids(r))
	}
	if c := firstCause("The installed app was built locally and has an ad-hoc signature (`TeamIdentifier` is not set).\n"+shipIt, "text-csreq-67050"); !strings.Contains(c, "ad hoc") {
		t.Errorf("installed app signed ad hoc: first cause %q", c)
	}
	if c := firstCause("Both apps are signed with our Developer ID certificate.\n"+shipIt, "text-csreq-67050"); !strings.HasPrefix(c, "Squirrel.Mac (ShipIt)") {
		t.Errorf("no ad hoc signature named: first cause %q, want ShipIt's check", c)
	}
	// A requirement failure outside an updater keeps its usual lead.
	if c := firstCause("/Applications/Example.app: code failed to satisfy specified code requirement(s)", "text-csreq-67050"); strings.Contains(c, "ShipIt") {
		t.Errorf("no updater named: first cause %q", c)
	}
	// codesign reporting the change leads a damaged alert on arm64, not
	// the unsigned download.
	if c := firstCause("\"Helper.app\" is damaged and can't be opened. You should move it to the Trash.\n$ codesign --verify --deep --strict /Applications/Helper.app\n/Applications/Helper.app: invalid signature (code or signature have been modified)\nIn architecture: arm64", "text-gatekeeper-damaged"); !strings.Contains(c, "modified after signing") {
		t.Errorf("damaged with codesign's modified: first cause %q", c)
	}
	if c := firstCause("\"Helper.app\" is damaged and can't be opened. You should move it to the Trash.\nIn architecture: arm64", "text-gatekeeper-damaged"); strings.Contains(c, "modified after signing") {
		t.Errorf("damaged on arm64 without codesign's word: first cause %q", c)
	}
	if r := Analyze([]byte("\"App is damaged\"-alert on v0.4.4\n\nThe workaround is to use: \"sudo spctl --master-disable\".")); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("quoted damaged alert: got %v", ids(r))
	}
	// Without the alert's advice, quoted alone it may be any program's.
	for _, s := range []string{`"App is damaged"-alert on v0.4.4`, "\"The file is damaged\" error when opening the spreadsheet\nsudo spctl --master-disable", "the App is damaged by the update\nsudo spctl --master-disable"} {
		if r := Analyze([]byte(s)); hasID(r, "text-gatekeeper-damaged") {
			t.Errorf("%q: read as Gatekeeper's damaged alert", s)
		}
	}
}

// The hundred-and-thirty-fourth round: dyld's "required code signature
// missing for '<path>'" is a library loaded with no signature at all; a
// framework inside the app's Frameworks leads with the nested file the
// signing missed. A load that fails for a missing file, and another
// system's "required code signature is missing", are not unsigned code.
func TestHeldOut134UnsignedAtLoad(t *testing.T) {
	dyld := "dyld: Library not loaded: @rpath/Other.framework/Other\n  Referenced from: /private/var/containers/Bundle/Application/X/MyApp.app/Frameworks/My.framework/My\n  Reason: no suitable image found.  Did find:\n  /private/var/containers/Bundle/Application/X/MyApp.app/Frameworks/My.framework/Frameworks/Other.framework/Other: required code signature missing for '/private/var/containers/Bundle/Application/X/MyApp.app/Frameworks/My.framework/Frameworks/Other.framework/Other'"
	if c := firstCause(dyld, "text-not-signed"); !strings.Contains(c, "nested file was missed") {
		t.Errorf("unsigned nested framework at load: first cause %q", c)
	}
	if c := firstCause(dyld, "text-library-not-loaded"); !strings.Contains(c, "code signature") {
		t.Errorf("library not loaded for its signature: first cause %q", c)
	}
	if c := firstCause("/usr/local/lib/libfoo.dylib: required code signature missing for '/usr/local/lib/libfoo.dylib'", "text-not-signed"); strings.Contains(c, "nested") {
		t.Errorf("a library outside any bundle: first cause %q", c)
	}
	for _, s := range []string{
		"dyld: Library not loaded: @rpath/Foo.framework/Foo\n  Referenced from: /x/App.app/App\n  Reason: image not found",
		"Windows requires a digitally signed driver: the required code signature is missing.",
	} {
		if r := Analyze([]byte(s)); hasID(r, "text-not-signed") {
			t.Errorf("%q: read as unsigned code", s)
		}
	}
	readNothing(t, "Windows requires a digitally signed driver: the required code signature is missing.")
}

// An install script's team check (Installomator's "Team ID: X (expected:
// Y )" and "ERROR: Team IDs do not match") reads as a requirement the
// download does not satisfy, led by the other team; the same words about
// a chat workspace or a sports team read as nothing.
func TestInstallScriptTeamIDCheck(t *testing.T) {
	for _, s := range []string{
		"2024-05-02 09:12:40 : INFO  : example : Team ID: ABCDE12345 (expected: 12345ABCDE )\n2024-05-02 09:12:40 : ERROR : example : ERROR: Team IDs do not match!",
		"2024-05-02 09:12:40 : INFO : example : Team ID matching: ABCDE12345 (expected: 12345ABCDE ) 2024-05-02 09:12:40 : ERROR : example : ERROR: Team IDs do not match",
		"2020-07-08 16:17:12 Team ID:  (expected: H7V7XYVQ7D )\n2020-07-08 16:17:12 ERROR: Team IDs do not match",
	} {
		if c := firstCause(s, "text-csreq-67050"); !strings.Contains(c, "another team") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	readNothing(t,
		"The team IDs do not match between your Slack workspace and the app's manifest.",
		"Team ID: 12 (expected: 14) — the league table is off by two.",
		"Warning: team ids do not match in the roster import, skipping row 4",
	)
}

// A PPPC payload's CodeRequirement that does not compile reads as the
// requirement invalid, led by the "designated =>" prefix; another key's
// invalid value, or a CodeRequirement described without an error, does not.
func TestProfileCodeRequirementInvalid(t *testing.T) {
	s := "Profile installation failed.\nThe key “CodeRequirement” has an invalid value."
	readFirst(t, "text-requirement-invalid", s, "Error: The Key CodeRequirement Has An Invalid Value")
	if c := firstCause(s, "text-requirement-invalid"); !strings.Contains(c, "designated =>") {
		t.Errorf("first cause %q", c)
	}
	readNothing(t,
		"Profile installation failed.\nThe key “PayloadIdentifier” has an invalid value.",
		"The CodeRequirement key holds the app's designated requirement.",
	)
}

// Godot's built-in signer says "Unknown bundle type" for a framework it
// cannot classify (no Info.plist): a bundle-format finding led by the
// missing Info.plist. A store's or game's own "unknown bundle type" is not.
func TestHeldOut145GodotUnknownBundleType(t *testing.T) {
	text := "using built-in codesign...\nERROR: CodeSign: Unknown bundle type.\n   at: codesign (platform/macos/export/codesign.cpp:1554)\nWARNING: Code Signing: Built-in CodeSign failed with error \"Unknown bundle type.\"."
	readFirst(t, "text-bundle-format", text)
	if c := firstCause(text, "text-bundle-format"); !strings.Contains(c, "no Info.plist") {
		t.Errorf("first cause %q, want the framework without an Info.plist", c)
	}
	readNothing(t,
		"Steam: Unknown bundle type 'dlc_pack' in the depot manifest, skipping.",
		"ERROR: Unknown bundle type for asset bundle 'ui_atlas' (AssetBundle version 7).")
}

// A designated requirement pinning the certificate root by hash is
// codesign's for a chain it could not build to Apple's root; one with
// anchor apple generic does not lead with it.
func TestRequirementRootHashLead(t *testing.T) {
	s := "MY_APP.app: does not satisfy its designated Requirement\n\ndesignated => identifier \"com.example.app\" and certificate root = H\"0123456789abcdef0123456789abcdef01234567\""
	if c := firstCause(s, "text-csreq-67050"); !strings.Contains(c, "certificate root") {
		t.Errorf("first cause %q", c)
	}
	near := "MY_APP.app: does not satisfy its designated Requirement\ndesignated => anchor apple generic and identifier \"com.example.app\""
	if c := firstCause(near, "text-csreq-67050"); strings.Contains(c, "certificate root = H") {
		t.Errorf("%q: led with a root hash", near)
	}
}

// A bundler appending its payload after linking, retold as the change
// that "invalidates the ad-hoc code signature"; on Windows the same words
// are Authenticode's.
func TestPayloadInvalidatesCodeSignature(t *testing.T) {
	readEach(t, []readCase{
		{"Bun's `--compile` appends bundled JS to the Mach-O binary after the linker signs it, invalidating the ad-hoc code signature.", "text-code-signature-modified"},
	})
	readNothing(t, "On Windows, stamping the version resource into the .exe after signtool invalidates its code signature.")
}

// The hundred-and-sixtieth round's words (Mac Catalyst apps): a Catalyst
// framework whose Versions symlinks were flattened, told by codesign's "not
// signed at all" for the whole framework, Xcode's "Couldn't resolve framework
// symlink", App Store Connect's Malformed Framework or a retelling, is a
// bundle layout codesign cannot sign, led by the lost symlinks. The same
// words elsewhere (a shell's symlink, prose about framework anatomy, a
// framework's own binary unsigned) are not.
func TestCatalystFrameworkSymlinksLost(t *testing.T) {
	catalyst := "/Users/user/Library/Developer/Xcode/DerivedData/App-abc/Build/Products/Release-maccatalyst/App.app: code object is not signed at all\nIn subcomponent: /Users/user/Library/Developer/Xcode/DerivedData/App-abc/Build/Products/Release-maccatalyst/App.app/Contents/Frameworks/Vendor.framework\nCommand CodeSign failed with a nonzero exit code"
	for _, s := range []string{
		catalyst,
		"warning: Couldn't resolve framework symlink for '.../Vendor.xcframework/ios-arm64_x86_64-maccatalyst/Vendor.framework/Versions/Current': NSCocoaErrorDomain Code=256",
		"ITMS-90291: Malformed Framework - The framework bundle Vendor (App.app/Contents/Frameworks/Vendor.framework) must contain a symbolic link 'Vendor' -> 'Versions/Current/Vendor'. Refer to the Anatomy of Framework Bundles for more information.",
		"our CI zip step dropped the symlinks in the Catalyst slice, so archiving failed with \"code object is not signed at all\"",
	} {
		r := Analyze([]byte(s))
		if !hasID(r, "text-bundle-format") {
			t.Errorf("%q: %v, want text-bundle-format", s, ids(r))
			continue
		}
		if c := firstCause(s, "text-bundle-format"); !strings.Contains(c, "symlinks") {
			t.Errorf("%q: first cause %q, want the lost symlinks", s, c)
		}
	}
	// The framework's own binary named unsigned is an unsigned binary.
	binary := strings.Replace(catalyst, "Vendor.framework\n", "Vendor.framework/Versions/A/Vendor\n", 1)
	if r := Analyze([]byte(binary)); hasID(r, "text-bundle-format") {
		t.Errorf("%q: %v, want no text-bundle-format", binary, ids(r))
	}
	readNothing(t,
		"cp: couldn't resolve symlink for '/usr/local/lib/libfoo.dylib': No such file or directory",
		"A versioned framework bundle must contain a symbolic link named Current inside its Versions directory.",
	)
}

// Sparkle's refusal of an update whose signature does not match the
// installed copy's leads with Sparkle's rule; the same status from codesign
// or from Squirrel.Mac does not.
func TestSparkleRequirementLead(t *testing.T) {
	// Sparkle's own sentences (table_updaters_test.go).
	for _, s := range []string{spReqMismatch, spReqMismatchNoReq, spNewIdentity} {
		if c := firstCause(s, "text-csreq-67050"); !strings.HasPrefix(c, "Sparkle accepts an update") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	for _, s := range []string{
		"$ codesign --verify -R='anchor apple' Acme.app\nAcme.app: code failed to satisfy specified code requirement(s)",
		"ShipIt: Code signature at URL file:///Applications/Acme.app/ did not pass validation: code failed to satisfy specified code requirement(s)",
	} {
		if c := firstCause(s, "text-csreq-67050"); c == "" || strings.HasPrefix(c, "Sparkle") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
}
