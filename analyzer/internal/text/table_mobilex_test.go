package text

import "testing"

// mobileForm is one way a message of a cross-platform mobile build tool
// reaches a paste: Flutter's tool (flutter run, flutter build ios/ipa,
// flutter config's signing selection, its ios-deploy wrapper), Expo's
// eas-cli (eas credentials, eas build's credential set-up, eas submit),
// React Native's CLI (npx react-native run-ios / build-ios) and
// Capacitor's CLI (npx cap build ios / run ios). Each is taken as the
// tool prints it (Flutter's "Error (Xcode): " issue line and ═ banners,
// eas-cli's "✔ "/"✖ " spinner marks and oclif's "    Error: ", React
// Native's "error "/"success " words, Capacitor's "[error] "/"[success] "),
// the line alone, or inside a CI log around Apple's own message when the
// tool relays it. want is the entry the first finding must be; "" means
// the line is progress, success or a choice made on purpose, or a failure
// whose cause the line does not name (the reason is in the lines above it,
// and signdoctor must not make one up).
type mobileForm struct {
	msg, form, text, want string
}

// The tools' own wording, copied from their source:
//   - Flutter, https://github.com/flutter/flutter/blob/e441eb2a4e05124e0a6e1a048384c89dfc1d4aac/packages/flutter_tools/lib/src/ios/mac.dart
//     (_handleIssues: "Error (Xcode): " issue lines, "It appears that there
//     was a problem signing…"), the same file at an older commit
//     (diagnoseXcodeBuildFailure: "still contains the default signing
//     identifier"), .../lib/src/ios/code_signing.dart at
//     000a6d6447e77b91fc31894c20a6e0bd74941c66 (noCertificatesInstruction,
//     noProvisioningProfileInstruction, noDevelopmentTeamInstruction,
//     XcodeCodeSigningSettings), .../lib/src/ios/ios_deploy.dart at
//     00e3fae9be2fcae6a11939b053835c80faea6da3 (_monitorIOSDeployFailure),
//     .../lib/src/ios/devices.dart (installApp's "Could not install"),
//     .../lib/src/commands/build_ios.dart ("codesigning disabled"), and
//     .../lib/src/ios/devices.dart (startApp's "Could not build the
//     precompiled application for the device.").
//   - eas-cli at 790231ea18f768bd408f35afc5a7d10afe502462,
//     https://github.com/expo/eas-cli/tree/main/packages/eas-cli/src:
//     credentials/errors.ts, credentials/ios/errors.ts,
//     credentials/ios/IosCredentialsProvider.ts (assertProvisioningProfileType),
//     credentials/ios/actions/{SetUpDistributionCertificate,
//     DistributionCertificateUtils, SetUpInternalProvisioningProfile,
//     SetUpTargetBuildCredentials, SetUpBuildCredentialsFromCredentialsJson,
//     CreateDistributionCertificate, CreateProvisioningProfile}.ts,
//     credentials/ios/appstore/{ensureAppExists, provisioningProfile,
//     provisioningProfileAdhoc, distributionCertificate, bundleId,
//     contractMessages, resolveCredentials}.ts,
//     credentials/ios/validators/validateProvisioningProfile.ts,
//     credentials/ios/credentials.ts, credentials/ios/utils/p12Certificate.ts,
//     credentials/credentialsJson/read.ts, build/utils/credentials.ts,
//     submit/ios/IosSubmitCommand.ts.
//   - React Native CLI at 9013a480c66aece0e23cc8082ee23f92274e3cf4,
//     https://github.com/react-native-community/cli/tree/main/packages/cli-platform-apple/src/commands:
//     buildCommand/buildProject.ts (each xcodebuild error relayed as
//     "error <message>", then "Failed to build ios project."),
//     runCommand/{runOnDevice,installApp}.ts; packages/cli-tools/src/logger.ts
//     for the prefixes.
//   - Capacitor CLI at 1834b9740e200fd96f866975d54515d49ef1aa97,
//     https://github.com/ionic-team/capacitor/blob/main/cli/src/ios/build.ts
//     (the manual-signing check, xcodebuild's output thrown as the error),
//     cli/src/index.ts and cli/src/log.ts for "[error] "/"[success] ".
//
// Left out: eas-cli's warnings that a stored profile "does not exist in
// Apple Developer Portal" or "is no longer valid" (validateProvisioningProfile.ts:108,
// :114; no entry says a profile the portal invalidated, and the set-up
// goes on to make a new one), messages about Android keystores, push keys and App Store
// Connect API keys (not code signing), interactive prompts, messages
// whose text is only another tool's error filled in ("Unexpected failure
// from security: $error"), Flutter's macOS tool (lib/src/macos prints no
// signing message of its own: it relays xcodebuild, read by the Xcode
// table), ios-deploy's own lines (Flutter matches only their error codes;
// their wording is not in Flutter's source), React Native's and
// Capacitor's Apple messages beyond the relaying forms (Apple's wording is
// the Xcode table's), and lines printing an e-mail address. Names, paths,
// bundle IDs, team IDs, serials and device identifiers are placeholders.
// At first (go test ./analyzer/internal/text -run TestMobileToolTable -v,
// every row out of the known misses): 64 of 93 forms read right (one want
// corrected since: Flutter's "Unable to find a valid certificate matching
// the provisioning profile" says no identity in the keychain matches the
// profile, which is text-identity-not-found as first read; and eas-cli's
// "Reading credentials from credentials.json failed" with "does not exist"
// wants nothing, since Android's set-up prints the same two lines).
const (
	// Flutter.
	flNoCertsBanner = `════════════════════════════════════════════════════════════════════════════════
No valid code signing certificates were found
You can connect to your Apple Developer account by signing in with your Apple ID
in Xcode and create an iOS Development Certificate as well as a Provisioning 
Profile for your project by:
  1- Open the Flutter project's Xcode target with
       open ios/Runner.xcworkspace
  2- Select the 'Runner' project in the navigator then the 'Runner' target
     in the project settings
  3- Make sure a 'Development Team' is selected under Signing & Capabilities > Team. 
     You may need to:
         - Log in with your Apple ID in Xcode first
         - Ensure you have a valid unique Bundle ID
         - Register your device with your Apple Developer Account
         - Let Xcode automatically provision a profile for your app
  4- Build or run your project again
  5- Trust your newly created Development Certificate on your iOS device
     via Settings > General > Device Management > [your new certificate] > Trust

For more information, please visit:
  https://developer.apple.com/library/content/documentation/IDEs/Conceptual/
  AppDistributionGuide/MaintainingCertificates/MaintainingCertificates.html

Or run on an iOS simulator without code signing
════════════════════════════════════════════════════════════════════════════════`
	flNoCertsExit = `No development certificates available to code sign app for device deployment`

	flNoProfileBanner = `════════════════════════════════════════════════════════════════════════════════
No Provisioning Profile was found for your project's Bundle Identifier or your 
device. You can create a new Provisioning Profile for your project in Xcode for 
your team by:
  1- Open the Flutter project's Xcode target with
       open ios/Runner.xcworkspace
  2- Select the 'Runner' project in the navigator then the 'Runner' target
     in the project settings
  3- Make sure a 'Development Team' is selected under Signing & Capabilities > Team. 
     You may need to:
         - Log in with your Apple ID in Xcode first
         - Ensure you have a valid unique Bundle ID
         - Register your device with your Apple Developer Account
         - Let Xcode automatically provision a profile for your app
  4- Build or run your project again

It's also possible that a previously installed app with the same Bundle 
Identifier was signed with a different certificate.

For more information, please visit:
  https://flutter.dev/to/ios-app-signing

Or run on an iOS simulator without code signing
════════════════════════════════════════════════════════════════════════════════`

	flNoTeamBanner = `════════════════════════════════════════════════════════════════════════════════
Building a deployable iOS app requires a selected Development Team with a 
Provisioning Profile. Please ensure that a Development Team is selected by:
  1- Open the Flutter project's Xcode target with
       open ios/Runner.xcworkspace
  2- Select the 'Runner' project in the navigator then the 'Runner' target
     in the project settings
  3- Make sure a 'Development Team' is selected under Signing & Capabilities > Team. 
     You may need to:
         - Log in with your Apple ID in Xcode first
         - Ensure you have a valid unique Bundle ID
         - Register your device with your Apple Developer Account
         - Let Xcode automatically provision a profile for your app
  4- Build or run your project again

For more information, please visit:
  https://flutter.dev/to/ios-development-team

Or run on an iOS simulator without code signing
════════════════════════════════════════════════════════════════════════════════`

	flProblemSigning = `
It appears that there was a problem signing your application prior to installation on the device.

Verify that the Bundle Identifier in your project is your signing id in Xcode
  open ios/Runner.xcworkspace

Also try selecting 'Product > Build' to fix the problem.`

	flDefaultIdentifier = `
It appears that your application still contains the default signing identifier.
Try replacing 'com.example' with your signing id in Xcode:
  open ios/Runner.xcworkspace`

	flCouldNotBuild = `Could not build the precompiled application for the device.`
	flXcodeFailed   = `Failed to build iOS app`
	flCouldNotInst  = `Could not install build/ios/iphoneos/Runner.app on 00000000-0000000000000000.
Try launching Xcode and selecting "Product > Run" to fix the problem:
  open ios/Runner.xcworkspace
`
	flLocked = `═══════════════════════════════════════════════════════════════════════════════════
Your device is locked. Unlock your device first before running.
═══════════════════════════════════════════════════════════════════════════════════`
	flLaunchError = `═══════════════════════════════════════════════════════════════════════════════════
Error launching app. Try launching from within Xcode via:
    open ios/Runner.xcworkspace

Your Xcode version may be too old for your iOS version.
═══════════════════════════════════════════════════════════════════════════════════`
	flAutoSigning = `Automatically signing iOS for device deployment using specified development team in Xcode project: ABCDE12345`

	// eas-cli.
	easNotSetUp       = `Credentials are not set up. Run this command again in interactive mode.`
	easNeedsASCKey    = `Authentication with an ASC API key is required in non-interactive mode.`
	easFrozen         = `Credentials cannot be modified. Run this command again without the --freeze-credentials flag.`
	easNoInternal     = `You're in non-interactive mode. EAS CLI couldn't find any credentials suitable for internal distribution. Run this command again in interactive mode.`
	easBothInternal   = `You're in non-interactive mode. You have set up both adhoc and universal distribution credentials. Set the 'enterpriseProvisioning' property (to 'adhoc' or 'universal') in eas.json to choose the credentials to use.`
	easInternalKind   = `You must use an adhoc or development provisioning profile (target 'AcmeWidget)' for internal distribution.`
	easStoreKind      = `You can't use an adhoc provisioning profile (target 'Acme') for app store distribution.`
	easUniversalKind  = `You must use a universal provisioning profile for internal distribution if you specified "enterpriseProvisioning": "universal" in eas.json`
	easP12Password    = `Could not parse distribution certificate. Check that your password is correct.`
	easSerial         = "Unable to access certificate serial number.\nMake sure that certificate and password are correct."
	easProfileExpired = `Provisioning Profile has expired.`
	easProfileNotCert = `Provisioning profile is not associated with uploaded Distribution Certificate.`
	easWrongBundle    = `Wrong bundleIdentifier found in provisioning profile; expected: com.example.acme, found (in provisioning profile): com.example.other`
	easCertInvalid    = `Current distribution certificate is no longer valid in Apple Dev Portal`
	easCertLimit      = "Maximum number of Distribution Certificates generated on Apple Developer Portal.\n\nYou can have only three Apple Distribution Certificates generated on your Apple Developer account.\nRevoke the old ones or reuse existing from your other apps.\nRemember that Apple Distribution Certificates are not application specific!\n"
	easCertLimitCI    = `Start the CLI without the '--non-interactive' flag to revoke existing certificates.`
	easBundleTaken    = `✖ The bundle identifier com.example.acme is not available to team "Acme Inc" (ABCDE12345), change it in your app config and try again.`
	easRegisterFailed = `✖ Failed to register bundle identifier com.example.acme`
	easPLA            = `You currently don't have access to this membership resource. To resolve this issue, agree to the latest Program License Agreement in your developer account.`
	easAgreement      = `App Store Connect has agreement updates that must be resolved`
	easNoDistCert     = `No distribution certificate for serial number "0123456789ABCDEF" is available to make a provisioning profile against`
	easReadJSON       = `Reading credentials from credentials.json failed. Make sure this file is correct and all credentials are present there.`
	easNoJSON         = `credentials.json does not exist in the project root directory`
	easSetUpFailed    = `Failed to set up credentials.`
)

var mobileForms = []mobileForm{
	// Flutter: no identity in the keychain (code_signing.dart).
	{"flutter no certificates", "banner", flNoCertsBanner, "text-no-signing-certificate"},
	{"flutter no certificates", "run", "Launching lib/main.dart on Acme iPhone in debug mode...\n" + flNoCertsBanner + "\n" + flNoCertsExit, "text-no-signing-certificate"},
	{"flutter no certificates", "exit line", flNoCertsExit, "text-no-signing-certificate"},
	{"flutter no certificates", "ci", ghaLog(flNoCertsExit) + "\n" + ghaLog("Error: Process completed with exit code 1."), "text-no-signing-certificate"},
	{"flutter saved certificate", "line", `Saved signing certificate "Apple Development: Acme Dev (ABCDE12345)" is not a valid development certificate. To clear, use "flutter config --clear-ios-signing-settings"`, "text-identity-not-found"},
	{"flutter profile certificate", "line", `Unable to find a valid certificate matching the provisioning profile /Users/dev/Library/Developer/Xcode/UserData/Provisioning Profiles/00000000-0000-0000-0000-000000000000.mobileprovision`, "text-identity-not-found"},
	{"flutter saved profile", "line", `Unable to find saved provisioning profile /Users/dev/Library/Developer/Xcode/UserData/Provisioning Profiles/00000000-0000-0000-0000-000000000000.mobileprovision`, "text-no-profiles-found"},
	{"flutter no profiles", "config", `No provisioning profiles were found. To learn how to create or download a provisioning profile, please see https://developer.apple.com/help/account/manage-provisioning-profiles/create-a-development-provisioning-profile`, "text-no-profiles-found"},
	{"flutter decode", "line", `Failed to decode 00000000-0000-0000-0000-000000000000.mobileprovision`, "text-profile-undecodable"},

	// Flutter: after xcodebuild failed (mac.dart).
	{"flutter no profile", "banner", flNoProfileBanner, "text-no-profiles-found"},
	{"flutter no profile", "requires a profile", flXcodeFailed + "\n" + flCouldNotBuild + "\nError (Xcode): \"Runner\" requires a provisioning profile. Select a provisioning profile in the Signing & Capabilities editor.\n/Users/dev/acme/ios/Runner.xcodeproj\n\n" + flNoProfileBanner, "text-no-profiles-found"},
	{"flutter no team", "banner", flNoTeamBanner, "text-requires-development-team"},
	{"flutter no team", "run", flCouldNotBuild + "\nError (Xcode): " + msgRequiresTeam + "\n/Users/dev/acme/ios/Runner.xcodeproj\n\n" + flNoTeamBanner, "text-requires-development-team"},
	{"flutter no team", "ci", ghaLogLines(flXcodeFailed + "\nError (Xcode): Signing for \"Runner\" requires a development team. Select a development team in the Signing & Capabilities editor.\n/Users/runner/work/acme/acme/ios/Runner.xcodeproj\n\n" + flNoTeamBanner), "text-requires-development-team"},
	{"flutter problem signing", "alone", flProblemSigning, "text-no-profiles-found"},
	{"flutter problem signing", "no profiles", flCouldNotBuild + "\nError (Xcode): " + msgNoProfiles + "\n/Users/dev/acme/ios/Runner.xcodeproj\n\n" + flProblemSigning + "\n\nError running application on Acme iPhone.", "text-no-profiles-found"},
	{"flutter problem signing", "certificate", flCouldNotBuild + "\nError (Xcode): " + msgMissingCert + "\n/Users/dev/acme/ios/Runner.xcodeproj\n\n" + flProblemSigning, "text-profile-missing-certificate"},
	{"flutter default identifier", "alone", flDefaultIdentifier, "text-bundle-id-unavailable"},
	{"flutter default identifier", "run", flCouldNotBuild + "\n" + flDefaultIdentifier + "\n\nError launching application on Acme iPhone.", "text-bundle-id-unavailable"},

	// Flutter: install and launch through ios-deploy (devices.dart, ios_deploy.dart).
	// ios-deploy's exit code alone: the reason, if any, is in ios-deploy's
	// lines before it, and Flutter's line names none.
	{"flutter could not install", "alone", flCouldNotInst, ""},
	{"flutter could not install", "untrusted", flCouldNotInst + "\n" + sbDenied, "text-untrusted-developer"},
	{"flutter device locked", "banner", flLocked, ""},
	{"flutter launch error", "banner", flLaunchError, ""},
	{"flutter could not build", "alone", flCouldNotBuild, ""},

	// Flutter: progress, choices and skipped signing.
	{"flutter automatic signing", "line", flAutoSigning, ""},
	{"flutter identity selected", "line", `Developer identity "Apple Development: Acme Dev (ABCDE12345)" selected for iOS code signing`, ""},
	{"flutter profile selected", "line", `Provisioning profile "Acme Development" selected for iOS code signing`, ""},
	{"flutter saved choice", "line", `Found saved certificate choice "Apple Development: Acme Dev (ABCDE12345)". To clear, use "flutter config --clear-ios-signing-settings".`, ""},
	{"flutter choice saved", "line", `Certificate choice "Apple Development: Acme Dev (ABCDE12345)" saved.`, ""},
	{"flutter canceled", "line", `Code-signing setup canceled. Your changes have not been saved.`, ""},
	{"flutter already set", "line", `Code-signing settings are already set. To reset them, use "flutter config --clear-ios-signing-settings"`, ""},
	// The user quit flutter's identity choice ("q").
	{"flutter no certificate selected", "line", `No certificate was selected. Code signing is required to build a deployable iOS app.`, ""},
	{"flutter stdin", "line", `Unable to detect stdin for the terminal. Code-signing selection requires stdin.`, ""},
	{"flutter no codesign", "line", `Warning: Building for device with codesigning disabled. You will have to manually codesign before deploying to device.`, ""},
	{"flutter no codesign", "ci", ghaLogLines("Run flutter build ios --release --no-codesign\nWarning: Building for device with codesigning disabled. You will have to manually codesign before deploying to device.\nBuilding com.example.acme for device (ios-release)...\nRunning Xcode build...\nXcode build done.                                           70.6s\n✓ Built build/ios/iphoneos/Runner.app (25.1MB)"), ""},
	{"flutter run", "progress", "Launching lib/main.dart on Acme iPhone in debug mode...\n" + flAutoSigning + "\nRunning pod install...                                           2,030ms\nRunning Xcode build...\nXcode build done.                                           25.9s\nInstalling and launching...", ""},

	// eas-cli: non-interactive runs and frozen credentials
	// (credentials/errors.ts:5, :13, :24; SetUpInternalProvisioningProfile.ts:51, :88;
	// SetUpTargetBuildCredentials.ts:48; credentials/ios/actions/
	// SetUpBuildCredentialsFromCredentialsJson.ts:54; credentialsJson/read.ts:38, :109).
	{"eas not set up", "line", easNotSetUp, "text-eas-credentials-not-set-up"},
	{"eas not set up", "oclif", "    Error: " + easNotSetUp, "text-eas-credentials-not-set-up"},
	{"eas not set up", "ci", ghaLogLines("✔ Using remote iOS credentials (Expo server)\n\nDistribution Certificate is not validated for non-interactive builds.\nFailed to set up credentials.\nCredentials are not set up. Run this command again in interactive mode.\n    Error: build command failed."), "text-eas-credentials-not-set-up"},
	{"eas ASC key required", "line", easNeedsASCKey + " Learn more: https://docs.expo.dev/build/building-on-ci/#optional-provide-an-asc-api-token-for-your-apple-team", "text-eas-credentials-not-set-up"},
	{"eas ASC key required", "ci", ghaLogLines(easSetUpFailed + "\n" + easNeedsASCKey), "text-eas-credentials-not-set-up"},
	{"eas frozen", "line", easFrozen, "text-eas-credentials-not-set-up"},
	{"eas no internal", "line", easNoInternal, "text-eas-credentials-not-set-up"},
	// A choice eas.json must make, not missing credentials.
	{"eas both internal", "line", easBothInternal, ""},
	// Android's set-up prints the same two lines: nothing says Apple.
	{"eas credentials.json", "read", easReadJSON + "\n" + easNoJSON, ""},
	{"eas credentials.json", "iOS missing", easReadJSON + "\n    Error: iOS credentials are missing in credentials.json", "text-eas-credentials-not-set-up"},

	// eas-cli: a profile of the wrong kind (IosCredentialsProvider.ts:162, :179, :185).
	{"eas internal kind", "line", easInternalKind, "text-profile-wrong-kind"},
	{"eas store kind", "line", easStoreKind, "text-profile-wrong-kind"},
	{"eas store kind", "oclif", "    Error: " + easStoreKind, "text-profile-wrong-kind"},
	{"eas universal kind", "line", easUniversalKind, "text-profile-wrong-kind"},

	// eas-cli: the certificate (utils/p12Certificate.ts:54, credentials.ts:97-98,
	// SetUpDistributionCertificate.ts:109, provisioningProfileAdhoc.ts:222,
	// DistributionCertificateUtils.ts:155, :216-221).
	{"eas p12 password", "line", easP12Password, "text-p12-import-failed"},
	{"eas p12 password", "oclif", "    Error: " + easP12Password, "text-p12-import-failed"},
	{"eas serial", "line", easSerial, "text-p12-import-failed"},
	{"eas certificate invalid", "line", easCertInvalid, "text-cert-revoked"},
	{"eas no dist cert", "line", easNoDistCert, "text-cert-revoked"},
	{"eas certificate limit", "interactive", easCertLimit, "text-certificate-limit"},
	{"eas certificate limit", "ci", ghaLogLines(easCertLimit + easCertLimitCI), "text-certificate-limit"},

	// eas-cli: the profile (validateProvisioningProfile.ts:74, :137, :162).
	{"eas profile expired", "line", easProfileExpired, "text-profile-expired"},
	{"eas profile certificate", "line", easProfileNotCert, "text-profile-missing-certificate"},
	{"eas wrong bundle", "line", easWrongBundle, "text-profile-app-id-mismatch"},

	// eas-cli: the portal's profiles and certificates as it looks them up
	// (provisioningProfile.ts:101 and :148, provisioningProfileAdhoc.ts:91
	// and :156, distributionCertificate.ts:23, utils/provisioningProfile.ts:54,
	// validateProvisioningProfile.ts:78, SetUpAdhocProvisioningProfile.ts:392).
	{"eas profile id", "store", `    Error: Failed to find profile for bundle identifier "com.example.acme" with profile id "ABCDE12345"`, "text-no-profiles-found"},
	{"eas profile id", "ad hoc", `    Error: Could not find profile with profile id "ABCDE12345" for bundle id "com.example.acme"`, "text-no-profiles-found"},
	{"eas profile is expired", "spinner", "✖ Failed to update provisioning profile (ABCDE12345) with distribution certificate (ABCDE12345)\n    Error: Provisioning profile \"*[expo] com.example.acme AppStore 2026-01-05T10:11:12.345Z\" (ABCDE12345) is expired!", "text-profile-expired"},
	// The error follows the spinner's failure, which names Apple; the
	// line alone could be any tool's certificate.
	{"eas certificate serial", "ad hoc", "✖ Failed to handle Apple profiles\n    Error: Certificate for serial number \"0123456789ABCDEF\" does not exist", "text-cert-revoked"},
	{"eas certificate serial", "store", "✖ Failed to update provisioning profile (ABCDE12345) with distribution certificate (ABCDE12345)\n    Error: No certificate exists with serial number \"0123456789ABCDEF\"", "text-cert-revoked"},
	{"eas profile malformed", "error", `    Error: Provisioning profile is malformed`, "text-profile-undecodable"},
	{"eas profile malformed", "warning", `Provisioning Profile is malformed.`, "text-profile-undecodable"},
	{"eas no devices", "ad hoc", "There are still no registered devices.\n    Error: Input registration method has failed", "text-no-devices"},

	// eas-cli: the App ID on Apple's portal (ensureAppExists.ts:98, :103, :114,
	// :189; contractMessages.ts:116; bundleId.ts:49).
	{"eas bundle taken", "spinner", easBundleTaken, "text-bundle-id-unavailable"},
	{"eas bundle taken", "ci", ghaLogLines("- Registering bundle identifier com.example.acme\n" + easBundleTaken), "text-bundle-id-unavailable"},
	{"eas license agreement", "register", easRegisterFailed + "\n" + easPLA, "text-agreement-required"},
	{"eas agreement", "line", "    Error: " + easAgreement, "text-agreement-required"},
	{"eas bundle ID item", "line", `Failed to find Bundle ID item with identifier "com.example.acme"`, "text-eas-credentials-not-set-up"},
	{"eas sync capabilities", "spinner", `✖ Failed to sync capabilities com.example.acme`, "text-eas-capability-sync-failed"},

	// eas-cli: progress and skipped validation (build/utils/credentials.ts:12;
	// CreateDistributionCertificate.ts:19; CreateProvisioningProfile.ts:57;
	// provisioningProfile.ts:236; ensureAppExists.ts:91, :187;
	// distributionCertificate.ts:77; provisioningProfileAdhoc.ts:268;
	// SetUpDistributionCertificate.ts:59, :99; SetUpProvisioningProfile.ts:121;
	// resolveCredentials.ts:301, :325; submit/ios/IosSubmitCommand.ts:127).
	{"eas credentials source", "remote", `✔ Using remote iOS credentials (Expo server)`, ""},
	{"eas credentials source", "local", `✔ Using local iOS credentials (credentials.json)`, ""},
	{"eas created", "certificate", `✔ Created distribution certificate`, ""},
	{"eas created", "profile", `✔ Created provisioning profile`, ""},
	{"eas created", "apple profile", `✔ Created Apple provisioning profile`, ""},
	{"eas registered", "spinner", `✔ Bundle identifier registered com.example.acme`, ""},
	{"eas synced", "spinner", `✔ Synced capabilities: No updates`, ""},
	{"eas fetched", "spinner", `✔ Fetched Apple distribution certificates`, ""},
	{"eas used profile", "spinner", `✔ Used existing profile: *[expo] com.example.acme AdHoc 1700000000000`, ""},
	{"eas not validated", "line", `Distribution Certificate is not validated for non-interactive builds.`, ""},
	{"eas skipping validation", "profile", `Skipping Provisioning Profile validation on Apple Servers because we aren't authenticated.`, ""},
	{"eas skipping validation", "certificate", `Skipping Distribution Certificate validation on Apple Servers because we aren't authenticated.`, ""},
	{"eas keychain", "saving", `› Saving Apple ID password to the local Keychain`, ""},
	{"eas keychain", "removed", `› Removed Apple ID password from the native Keychain`, ""},
	// Upload credentials, not signing.
	{"eas submit password", "line", `The EXPO_APPLE_APP_SPECIFIC_PASSWORD environment variable must be set.`, ""},

	// React Native CLI: xcodebuild's errors relayed one per line
	// (buildCommand/buildProject.ts:137-149, :153; runCommand/runOnDevice.ts:67,
	// :81; runCommand/installApp.ts:16, :18, :105-109).
	{"react-native no team", "run-ios", "error " + msgRequiresTeam + "\nerror Failed to build ios project.\n\n        \"xcodebuild\" exited with error code '65'. To debug build\n        logs further, consider building your app with Xcode.app, by opening\n        'Acme.xcworkspace'.", "text-requires-development-team"},
	{"react-native no profiles", "run-ios", "error " + msgNoProfiles + "\nerror Failed to build ios project.", "text-no-profiles-found"},
	{"react-native failed to build", "alone", "error Failed to build ios project.\n\n        \"xcodebuild\" exited with error code '65'. To debug build\n        logs further, consider building your app with Xcode.app, by opening\n        'Acme.xcworkspace'.", ""},
	{"react-native launch", "untrusted", "info Launching \"com.example.acme\"\nerror Failed to launch the app on simulator " + sbDenied, "text-untrusted-developer"},
	{"react-native success", "built", `success Successfully built the app`, ""},
	{"react-native success", "installed", "info Installing and launching your app on Acme iPhone\nsuccess Installed the app on the device.", ""},
	{"react-native success", "launched", `success Successfully launched the app`, ""},

	// Capacitor CLI (cli/src/ios/build.ts:29, :112; cli/src/index.ts:26
	// prints what was thrown after "[error] "). The manual-signing check is
	// Capacitor's own option check (--xcode-signing-certificate and
	// --xcode-provisioning-profile not given), not a signing failure.
	{"capacitor manual signing", "line", `[error] Manually signed Xcode builds require a signing certificate and provisioning profile.`, ""},
	{"capacitor export", "no profiles", "[error] error: exportArchive: No profiles for 'com.example.acme' were found\n** EXPORT FAILED **", "text-no-profiles-found"},
	{"capacitor export", "certificate", "[error] error: exportArchive: Provisioning profile \"Acme App Store\" doesn't include signing certificate \"Apple Distribution: Acme Inc (ABCDE12345)\".\n** EXPORT FAILED **", "text-profile-missing-certificate"},
	{"capacitor success", "ipa", `[success] Successfully generated an IPA at: /Users/dev/acme/ios/App/output`, ""},

	// Look-alikes: the same words on Android and elsewhere.
	{"near miss", "eas android", `Failed to set up credentials. Keystore file /home/dev/acme/release.jks does not exist.`, ""},
	{"near miss", "flutter android", `Execution failed for task ':app:validateSigningRelease'. Keystore file '/home/dev/acme/android/app/upload-keystore.jks' not found for signing config 'release'.`, ""},
}

// knownMissMobileBefore lists the forms read wrong (msg + " (" + form +
// ")"), each with why; each fix removes its rows. The 29 first misses were
// Flutter's and eas-cli's own words for a cause an entry already says
// (read by patterns added to those entries) and eas-cli's PLA line, where
// Apple's membership words led before the agreement they name; none is
// left. The 8 rows added after the first fixes (eas-cli's look-ups of
// the portal's profiles and certificates) read 0 of 8 when added; patterns
// added to the entries that say those causes read them.
var knownMissMobileBefore = map[string]bool{}

func TestMobileToolTable(t *testing.T) {
	rows := make([]tableRow, 0, len(mobileForms))
	for _, f := range mobileForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	checkTable(t, rows, knownMissMobileBefore)
}

// Near misses of the patterns the table's fixes added: the same words on
// Android, for other files, or Apple's membership refusal alone.
func TestMobileToolTableNearMisses(t *testing.T) {
	readNothing(t,
		`Failed to decode /Users/dev/acme/assets/splash.png`,
		`Failed to decode google-services.json`,
		`Android credentials are missing in credentials.json`,
		`Could not parse upload keystore. Check that your password is correct.`,
		`You can't use a debug keystore for Play Store distribution.`,
		`You must use an Android App Bundle for store distribution.`,
		`The package name com.example.acme is not available to team "Acme Inc" on Google Play.`,
		`Saved signing config "release" is not a valid keystore.`,
		`Wrong applicationId found in google-services.json; expected: com.example.acme, found: com.example.other`,
		`Maximum number of upload keys generated on Google Play Console.`,
		`Keystore certificate is no longer valid on Google's server`,
		`Upload key for serial number "0123456789ABCDEF" does not exist`,
		// eas-cli's own line with nothing around it naming Apple.
		`Certificate for serial number "0123456789ABCDEF" does not exist`,
		`Android App Bundle is malformed`,
		`Failed to find keystore with alias "upload"`,
		`There are still no registered testers.`,
	)
	// The membership refusal without the agreement is still the role's.
	readFirst(t, "text-team-access-denied", `✖ Failed to register bundle identifier com.example.acme
You currently don't have access to this membership resource.`)
}
