package text

import (
	"fmt"
	"testing"
)

// appStoreForm is one way a code of App Store Connect's upload validation
// (ITMS-…) or one issue of the notary service's log reaches a paste: the
// code with its message as altool, Transporter or the rejection mail
// prints it, the message alone, the code alone, or a notary log's issue.
// want is the entry the first finding must be; "" means the code is not
// about signing, so nothing above a note may be found.
type appStoreForm struct {
	code, form, text, want string
}

// notaryIssue is one issue of `xcrun notarytool log` as the JSON prints it.
func notaryIssue(path, message string) string {
	return fmt.Sprintf(`  "issues": [
    {
      "severity": "error",
      "code": null,
      "path": %q,
      "message": %q,
      "docUrl": null,
      "architecture": "x86_64"
    }
  ]`, path, message)
}

// The messages are Apple's as real pastes show them; the paths and
// identifiers are replaced by neutral ones.
var appStoreForms = []appStoreForm{
	// Signature.
	{"ITMS-90034", "altool", `ERROR ITMS-90034: "Missing or invalid signature. The bundle 'com.acme.app' at bundle path 'Payload/Acme.app' is not signed using an Apple submission certificate."`, "text-invalid-signature-upload"},
	{"ITMS-90034", "message", `Missing or invalid signature. The bundle 'com.acme.app' at bundle path 'Payload/Acme.app' is not signed using an Apple submission certificate.`, "text-invalid-signature-upload"},
	{"ITMS-90034", "code", `Unable to deliver IPA to App Store, getting ERROR ITMS-90034`, "text-invalid-signature-upload"},
	{"ITMS-90035", "altool", `ERROR ITMS-90035: "Invalid Signature. A sealed resource is missing or invalid. The file at path [Acme.iOS.app/Acme.iOS] is not properly signed. Make sure you have signed your application with a distribution certificate, not an ad hoc certificate or a development certificate."`, "text-invalid-signature-upload"},
	{"ITMS-90035", "not signed at all", `ERROR ITMS-90035: "Invalid Signature. Code object is not signed at all. The binary at path [Acme.app/www/node_modules/whatwg-fetch/test/run.sh] contains an invalid signature."`, "text-invalid-signature-upload"},
	{"ITMS-90035", "plist modified", `ERROR ITMS-90035: "Invalid Signature. Invalid Info.plist (plist or signature have been modified). Make sure you have signed your application with a distribution certificate, not an ad hoc certificate or a development certificate."`, "text-invalid-signature-upload"},
	{"ITMS-90035", "code", `Error itms 90035- invalid signature. A sealed resource is missing or invalid`, "text-invalid-signature-upload"},
	{"ITMS-90237", "altool", `ERROR ITMS-90237: "The product archive package's signature is invalid. Ensure that it is signed with your "3rd Party Mac Developer Installer" certificate."`, "text-invalid-signature-upload"},
	{"ITMS-90238", "mail", `ITMS-90238: Invalid Signature - The main app bundle Acme at path Acme.app has following signing error(s): code has no resources but signature indicates they must be present In subcomponent: Acme.app/Contents/Frameworks/Measurement.framework. Refer to the Code Signing and Application Sandboxing Guide for more information.`, "text-invalid-signature-upload"},
	{"ITMS-90238", "code", `ITMS-90238 after updating Xcode`, "text-invalid-signature-upload"},

	// Entitlements.
	{"ITMS-90045", "altool", `ERROR ITMS-90045: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, key 'com.apple.developer.user-fonts' in 'Payload/Acme.app/Acme' is not supported."`, "text-invalid-entitlements"},
	{"ITMS-90045", "code", `Rejected with ERROR ITMS-90045 after adding a capability`, "text-invalid-entitlements"},
	{"ITMS-90046", "altool", `ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'development' for key 'aps-environment' in 'Payload/Acme.app/Acme' is not supported."`, "text-invalid-entitlements"},
	{"ITMS-90046", "application-identifier", `ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'ABCDE12345.com.acme.app' for key 'application-identifier' in 'Payload/Acme.app/Frameworks/Crash.framework/Crash' is not supported. This value should be a string starting with your TEAMID, followed by a dot '.', followed by the bundle identifier."`, "text-invalid-entitlements"},
	{"ITMS-90164", "get-task-allow", `ERROR ITMS-90164: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: 'true' for the key 'get-task-allow' in 'Payload/Acme.app/Acme'."`, "text-invalid-entitlements"},
	{"ITMS-90164", "keychain", `ERROR ITMS-90164: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: '[ "com.acme.prod", "com.acme.dev" ]' for the key 'keychain-access-groups' in 'Payload/Acme.app/Acme'"`, "text-invalid-entitlements"},
	{"ITMS-90164", "code", `TestFlight upload fails with ITMS-90164`, "text-invalid-entitlements"},
	{"ITMS-90163", "code", `App Store Connect says ITMS-90163 for my extension`, "text-invalid-entitlements"},
	{"ITMS-90285", "transporter", `Asset validation failed (90285) Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on macOS.`, "text-invalid-entitlements"},
	{"ITMS-90286", "altool", `ERROR ITMS-90286: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on Mac OS X. Specifically, value '[com.acme]' for key 'com.apple.security.application-groups' in 'com.acme.pkg/Payload/Acme.app/Contents/MacOS/Acme' is not supported. This value should be a string or an array of strings, each starting with your TEAMID followed by a dot '.' ."`, "text-invalid-entitlements"},
	{"ITMS-90286", "mail", `ITMS-90286: Invalid Code Signing Entitlements - Your application bundle's signature contains code signing entitlements that are not supported on macOS. Specifically, value 'ABCDE12345.' for key 'com.apple.application-identifier' in 'Acme.app/Contents/PlugIns/Function.dylib' is not supported. This value should be a string starting with your TEAMID, followed by a dot '.', followed by the bundle identifier .`, "text-invalid-entitlements"},
	{"ITMS-90287", "altool", `ERROR ITMS-90287: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. The bundle contains a key that is not included in the provisioning profile: 'com.apple.application-identifier' in 'com.acme.pkg/Payload/Acme.app/Contents/MacOS/Acme'."`, "text-invalid-entitlements"},
	{"ITMS-90287", "message", `The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. The bundle contains a key that is not included in the provisioning profile: 'com.apple.developer.team-identifier' in 'com.acme.pkg/Payload/Acme.app/Contents/MacOS/Acme'.`, "text-invalid-entitlements"},
	{"ITMS-90287", "code", `Error ITMS-90287 when trying to deploy a MAS app`, "text-invalid-entitlements"},
	{"ITMS-90288", "mail", `ITMS-90288: Invalid Code Signing Entitlements - The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: 'ABCDE12345.' for the key 'com.apple.application-identifier' in 'Acme.app/Contents/PlugIns/Function.dylib'`, "text-invalid-entitlements"},
	{"ITMS-90288", "code", `Mac upload rejected: ITMS-90288`, "text-invalid-entitlements"},
	{"ITMS-90296", "altool", `ERROR ITMS-90296: "App sandbox not enabled. The following executables must include the "com.apple.security.app-sandbox" entitlement"`, "text-app-sandbox-not-enabled"},
	{"ITMS-90296", "code", `ITMS-90296 for the helper`, "text-app-sandbox-not-enabled"},

	// Profiles and certificates.
	{"ITMS-90161", "altool", `ERROR ITMS-90161: "Invalid Provisioning Profile. The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate]. A Distribution Provisioning profile should be used when submitting apps to the App Store. For more information, visit the iOS Developer Portal."`, "text-invalid-profile-upload"},
	{"ITMS-90161", "mail", `ITMS-90161: Invalid Provisioning Profile - The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate]. A Distribution Provisioning profile should be used when submitting apps to the App Store.`, "text-invalid-profile-upload"},
	{"ITMS-90165", "altool", `ERROR ITMS-90165: "Invalid Provisioning Profile Signature. The provisioning profile included in the bundle could not be verified."`, "text-invalid-profile-upload"},
	{"ITMS-90174", "altool", `ERROR ITMS-90174: "Missing Provisioning Profile - Apps must contain a provisioning profile in a file named embedded.mobileprovision."`, "text-invalid-profile-upload"},
	{"ITMS-90283", "altool", `ERROR ITMS-90283: Invalid Provisioning Profile. The provisioning profile included in the bundle is invalid [Missing code-signing certificate]`, "text-invalid-profile-upload"},
	{"ITMS-90283", "code", `Transporter keeps failing with ITMS-90283`, "text-invalid-profile-upload"},
	{"ITMS-90179", "altool", `ERROR ITMS-90179: "Invalid Code Signing. The executable 'Payload/Acme.app/Frameworks/SnapKit.framework/SnapKit' must be signed with the certificate that is contained in the provisioning profile."`, "text-profile-missing-certificate"},
	{"ITMS-90284", "altool", `ERROR ITMS-90284: "Invalid Code Signing. The executable 'Acme.app/Contents/Frameworks/Acme Helper.app/Contents/MacOS/Acme Helper' must be signed with the certificate that is contained in the provisioning profile."`, "text-profile-missing-certificate"},
	{"ITMS-90284", "code", `I am facing the same issue of ERROR ITMS-90284: "Invalid Code Signing."`, "text-profile-missing-certificate"},
	{"ITMS-90885", "transporter", `WARNING ITMS-90885: "Cannot be used with TestFlight because the executable “Acme Helper” in bundle “Acme Helper.app” is missing a provisioning profile but has an application identifier in its signature. Nested executables are expected to have provisioning profiles with application identifiers matching the identifier in the signature in order to be eligible for TestFlight."`, "text-testflight-app-identifier"},

	// Nested code and executables.
	{"ITMS-90166", "transporter", `ERROR ITMS-90166: "Missing Code Signing Entitlements. No entitlements found in bundle 'com.acme.PhotoGalleryBundle' for executable 'Payload/Acme.app/Frameworks/PhotoGallery.framework/PhotoGallery.bundle/PhotoGallery'."`, "text-upload-stray-executable"},
	{"ITMS-90166", "message", `Missing Code Signing Entitlements. No entitlements found in bundle 'com.acme.resources' for executable 'Payload/Acme.app/Frameworks/Lex.framework/Resources.bundle/Resources'.`, "text-upload-stray-executable"},
	{"ITMS-90171", "altool", `ERROR ITMS-90171: "Invalid Bundle Structure - The binary file 'Runner.app/Frameworks/MetricaCrashes.framework/helper' is not permitted. Your app can’t contain standalone executables or libraries, other than a valid CFBundleExecutable of supported bundles. Refer to the Bundle Programming Guide at https://developer.apple.com/go/?id=bundle-structure for information on the iOS app bundle structure."`, "text-upload-stray-executable"},
	{"ITMS-90171", "message", `Invalid Bundle Structure - The binary file 'Acme.app/FAKIcon.o' is not permitted. Your app can’t contain standalone executables or libraries, other than the CFBundleExecutable of supported bundles.`, "text-upload-stray-executable"},
	{"ITMS-90171", "code", `iOS upload to appstore failed: ERROR ITMS-90171`, "text-upload-stray-executable"},

	// The notary service's log.
	{"notary", "not signed", notaryIssue("Acme.zip/Acme.app/Contents/Resources/lib/_testcapi.so", "The binary is not signed."), "text-not-signed"},
	{"notary", "Developer ID", notaryIssue("Acme.zip/Acme.app/Contents/Frameworks/Mantle.framework/Versions/A/Mantle", "The binary is not signed with a valid Developer ID certificate."), "text-not-developer-id"},
	{"notary", "timestamp", notaryIssue("Acme.zip/Acme.app/Contents/MacOS/Acme", "The signature does not include a secure timestamp."), "text-no-secure-timestamp"},
	{"notary", "hardened runtime", notaryIssue("Acme.zip/acme/bin/acme", "The executable does not have the hardened runtime enabled."), "text-no-hardened-runtime"},
	{"notary", "invalid", notaryIssue("Acme.app.zip/Acme.app/Contents/MacOS/Acme", "The signature of the binary is invalid."), "text-binary-signature-invalid"},
	{"notary", "get-task-allow", notaryIssue("Acme.zip/Acme.app/Contents/MacOS/Acme", "The executable requests the com.apple.security.get-task-allow entitlement."), "text-get-task-allow"},
	{"notary", "old SDK", notaryIssue("Acme.dmg/Acme.app/Contents/MacOS/Acme", "The binary uses an SDK older than the 10.9 SDK."), "text-old-sdk"},
	{"notary", "package not signed", notaryIssue("ACME-APP.pkg", "The binary is not signed."), "text-not-signed"},
	{"notary", "Developer ID in a package", notaryIssue("Acme.dmg/Acme.pkg/AcmeComponent.pkg Contents/Payload/Applications/Acme/Acme.app/Contents/MacOS/Acme", "The binary is not signed with a valid Developer ID certificate."), "text-not-developer-id"},
	{"notary", "message", `The executable does not have the hardened runtime enabled.`, "text-no-hardened-runtime"},
	{"notary", "message", `The binary is not signed with a valid Developer ID certificate.`, "text-not-developer-id"},

	// Codes that are not about signing: nothing above a note.
	{"ITMS-90036", "mail", `ITMS-90036: This bundle is invalid - The Info.plist file for /Payload/Acme.app/PythonEnvironment.bundle/Python.framework is missing or could not be read.`, ""},
	{"ITMS-90049", "altool", `ERROR ITMS-90049: "This bundle is invalid. The bundle at path Payload/Acme.app/Frameworks/Utilities_Environment.framework has an invalid CFBundleIdentifier 'Utilities_Environment' There are invalid characters(characters that are not dots, hyphen and alphanumerics) that have been replaced with their code point 'Utilities\u005fEnvironment' CFBundleIdentifier must be present, must contain only alphanumerics, dots, hyphens and must not end with a dot."`, ""},
	{"ITMS-90056", "altool", `ERROR ITMS-90056: "This bundle Payload/Acme.app/Frameworks/SocketRocket.framework is invalid. The Info.plist file is missing the required key: CFBundleVersion."`, ""},
	{"ITMS-90057", "transporter", `parameter ErrorMessage = ERROR ITMS-90057: "The bundle 'Payload/Acme.app/Frameworks/OrderedDictionary.framework' is missing plist key. The Info.plist file is missing the required key: CFBundleShortVersionString. Please find more information about CFBundleShortVersionString at https://developer.apple.com/documentation/bundleresources/information_property_list/cfbundleshortversionstring`, ""},
	{"ITMS-90206", "altool", `ERROR ITMS-90206: "Invalid Bundle. The bundle at 'Acme.app/Frameworks/SegueContext.framework' contains disallowed file 'Frameworks'."`, ""},
	{"ITMS-90207", "mail", `ITMS-90207: Invalid Bundle - The bundle at '/Payload/Acme.app/PythonEnvironment.bundle/Python.framework' does not contain a bundle executable.`, ""},
	{"ITMS-90236", "altool", `ERROR ITMS-90236: "Missing required icon. The application bundle does not contain an icon in ICNS format, containing both a 512x512 and a 512x512@2x image."`, ""},
	{"ITMS-90535", "transporter", `ERROR ITMS-90535: "Unexpected CFBundleExecutable Key. The bundle at 'Payload/Acme.app/Frameworks/Picker.framework/Picker.bundle' does not contain a bundle executable. If this bundle intentionally does not contain an executable, consider removing the CFBundleExecutable key from its Info.plist and using a CFBundlePackageType of BNDL."`, ""},
	{"ITMS-90562", "mail", `ITMS-90562: Invalid Bundle - The app cannot be processed because options not allowed to be embedded in bitcode are detected in the submission. It is likely that you are not building the app with the toolchain provided in Xcode.`, ""},
	{"ITMS-90713", "altool", `ERROR ITMS-90713: "Missing Info.plist value. A value for the Info.plist key 'CFBundleIconName' is missing in the bundle 'com.acme.app'."`, ""},
	// The entitlement is in the signature, granted by the profile (Expo's
	// builders signed with every entitlement the profile carried): a
	// signing problem, read since the hundred-and-thirty-first held-out round.
	{"ITMS-90786", "altool", `ERROR ITMS-90786: "Invalid Entitlement. Apps that contain the 'com.apple.developer.coremedia.hls.low-latency' entitlement must be built with the iOS 13.0 SDK or later."`, "text-invalid-entitlements"},
	{"ITMS-90683", "code", `Got ITMS-90683 from App Store Connect today`, ""},
	{"ITMS-90809", "code", `Rejected again with ITMS-90809`, ""},
	// More codes: re-signing, TestFlight, keychain access, bundle identifiers.
	{"ITMS-90135", "altool", `ERROR ITMS-90135: "The executable could not be re-signed for submission to the App Store. The app may have been built or signed with non-compliant or pre-release tools."`, "text-invalid-signature-upload"},
	{"ITMS-90135", "mail", `We identified one or more issues with a recent delivery for your app, "Acme" 0.1.0 (0.1.0). Please correct the following issues, then upload again.

ITMS-90135: The executable could not be re-signed for submission to the App Store. The app may have been built or signed with non-compliant or pre-release tools.`, "text-invalid-signature-upload"},
	{"ITMS-90135", "xcode", `The executable could not be re-signed for submission to the App Store. The app may have been built or signed with non-compliant or pre-release tools. With error code STATE_ERROR.VALIDATION_ERROR.90135 for id 1234`, "text-invalid-signature-upload"},
	{"ITMS-90303", "code", `ITMS-90303: Unable to Sign`, "text-invalid-signature-upload"},
	{"ITMS-90886", "mail", `ITMS-90886: 'Cannot be used with TestFlight because the signature for the bundle at “Acme.app/Contents/Library/LoginItems/LaunchAtLoginHelper.app” is missing an application identifier but has an application identifier in the provisioning profile for the bundle. Bundles with application identifiers in the provisioning profile are expected to have the same identifier signed into the bundle in order to be eligible for TestFlight.'`, "text-testflight-app-identifier"},
	{"ITMS-90889", "transporter", `WARNING ITMS-90889: ""Cannot be used with TestFlight because the bundle at “Acme.app” is missing a provisioning profile. Main bundles are expected to have provisioning profiles in order to be eligible for TestFlight.""`, "text-testflight-app-identifier"},
	{"ITMS-90889", "code", `Transporter warns ITMS-90889 for the Mac build`, "text-testflight-app-identifier"},
	{"ITMS-90191", "mail", `ITMS-90191: Missing beta entitlement - Your app does not include the beta-reports-active entitlement. If you intend to distribute this build via TestFlight for beta testing, please re-build this app with an App Store Distribution provisioning profile. Do not use ad-hoc profiles.`, "text-invalid-profile-upload"},
	{"ITMS-90076", "message", `Potential Loss of Keychain Access. The previous version of software has an application-identifier value of 'A1B2C3D4E5.com.acme.app' and the new version of software being submitted has an application-identifier of '5E4D3C2B1A.com.acme.app'. This will result in a loss of keychain access.`, "text-keychain-access-loss"},
	{"ITMS-90076", "code", `After the app transfer we got ITMS-90076 on upload`, "text-keychain-access-loss"},
	{"ITMS-90277", "altool", `ERROR ITMS-90277: "Invalid Bundle Identifier. The application bundle contains a tool or framework crash_report_sender [com.acme.pkg/Payload/Acme.app/Contents/Frameworks/Acme Framework.framework/Versions/A/Resources/crash_report_sender.app] using the bundle identifier 'com.Breakpad.crash_report_sender', which is not a valid bundle identifier."`, ""},
	{"ITMS-90685", "altool", `ERROR ITMS-90685: "CFBundleIdentifier Collision. There is more than one bundle with the CFBundleIdentifier value 'org.webrtc.WebRTC' under the iOS application 'Acme.app'."`, ""},
	{"ITMS-90806", "mail", `ITMS-90806: CFBundleIdentifier collision - Each bundle must have a unique bundle identifier. The bundle identifier 'org.cocoapods.Alamofire' is used in the bundles '[Alamofire.framework, Alamofire.framework]'`, ""},
	{"ITMS-90511", "mail", `ITMS-90511: CFBundleIdentifier Collision - The Info.plist CFBundleIdentifier value 'com.acme.Chat' of 'Acme.app/Frameworks/Chat.framework' is already in use by another application.`, ""},
	{"ITMS-90053", "transporter", `parameter ErrorMessage = ERROR ITMS-90053: "This bundle is invalid. The bundle identifier is already in use by a different software package."`, ""},
	{"ITMS-90054", "title", `ERROR ITMS-90054: This bundle is invalid. The bundle identifier cannot be changed from the previous version. If you want to change your bundle identifier, you will need to create a new application in App Store Connect.`, ""},
	{"ITMS-90205", "altool", `ERROR ITMS-90205: "Invalid Bundle. The bundle at 'Acme.app/PlugIns/broadcast.appex' contains disallowed nested bundles."`, ""},
	{"ITMS-90087", "altool", `ERROR ITMS-90087: "Unsupported Architectures. The executable for Acme.app/Frameworks/WeScan.framework contains unsupported architectures '[x86_64]'."`, ""},
	{"ITMS-90209", "altool", `ERROR ITMS-90209: "Invalid Segment Alignment. The app binary at 'Acme.app/Frameworks/WeScan.framework/WeScan' does not have proper segment alignment. Try rebuilding the app with the latest Xcode version."`, ""},
	{"ITMS-90338", "mail", `ITMS-90338: Non-public API usage - The app references non-public symbols in Contents/Frameworks/KeychainAccess.framework/Versions/A/KeychainAccess: _SecItemAdd, _SecItemCopyMatching, _kSecAttrAccessible`, ""},
	{"ITMS-4238", "application loader", `ERROR ITMS-4238: "Redundant Binary Upload. There already exists a binary upload with build version '2.1.0.100' for train '2.1.0'" at SoftwareAssets/PreReleaseSoftwareAsset`, ""},
	{"ITMS-90189", "transporter", `[Transporter Error Output]: ERROR ITMS-90189: "Redundant Binary Upload. There already exists a binary upload with build '402' for version '1.0'"`, ""},
	{"ITMS-90255", "transporter", `*** Error: ERROR: [ContentDelivery.Uploader] Asset validation failed (90255) The installer package includes files that are only readable by the root user. This will prevent verification of the application's code signature when your app is run. Ensure that non-root users can read the files in your app.`, "text-upload-root-only-files"},
	// Numbers like the codes elsewhere.
	{"near miss", "order number", `Order 90161 shipped; invoice 90035 attached`, ""},
	{"near miss", "port", `listening on 0.0.0.0:90287 failed: invalid port`, ""},
}

// Before this table: 73 of 91 forms read right.
func TestAppStoreTable(t *testing.T) {
	rows := make([]tableRow, 0, len(appStoreForms))
	for _, f := range appStoreForms {
		rows = append(rows, tableRow{f.code + " (" + f.form + ")", f.text, f.want})
	}
	checkTable(t, rows, nil)
}

// An application identifier pasted whole (ITMS-90076, 90046) names its
// bundle ID after the team prefix; a bundle ID is kept as it is.
func TestBundleIDWithoutTeamPrefix(t *testing.T) {
	r := Analyze([]byte(`Potential Loss of Keychain Access. The previous version of software has an application-identifier value of 'A1B2C3D4E5.com.acme.app' and the new version of software being submitted has an application-identifier of '5E4D3C2B1A.com.acme.app'.`))
	var got []string
	for _, m := range r.Matches {
		for _, v := range m.Values {
			if v.Kind == "bundle_id" {
				got = append(got, v.Value)
			}
		}
	}
	if len(got) != 1 || got[0] != "com.acme.app" {
		t.Errorf("bundle IDs %v, want [com.acme.app]", got)
	}
	for in, want := range map[string]string{"A1B2C3D4E5.com.acme.app": "com.acme.app", "com.acme.app": "com.acme.app", "ACMEWIDGET.com.acme.app": "ACMEWIDGET.com.acme.app", "A1B2C3D4E5.app": "A1B2C3D4E5.app"} {
		if got := withoutTeamPrefix(in); got != want {
			t.Errorf("withoutTeamPrefix(%q) = %q, want %q", in, got, want)
		}
	}
}
