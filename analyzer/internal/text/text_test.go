package text

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

type textCase struct {
	name string
	text string
	want []string          // entry IDs that must be found
	not  []string          // entry IDs that must not be found
	vals map[string]string // kind -> a value that must be extracted (by any wanted match)
}

// seedCases hold every error message quoted in the forum posts of
// ../shared/seeds, as the posts quote them.
var seedCases = []textCase{
	{name: "seed expired identity", text: `% codesign -s "Apple Development" -f "MyTrue" error: The specified item could not be found in the keychain.`, want: []string{"text-identity-not-found"}},
	{name: "seed find-identity expired", text: `% security find-identity -p codesigning Policy: Code Signing Matching identities 1) 4E587951B705280CBB8086325CD134D4CDA04977 "Apple Development: …" (CSSMERR_TP_CERT_EXPIRED) 1 identities found Valid identities only 0 valid identities found`,
		want: []string{"text-cert-expired", "text-identity-not-found"}, vals: map[string]string{"code": "CSSMERR_TP_CERT_EXPIRED"}},
	{name: "seed chain to root", text: `% codesign -s "Apple Development" -f "MyTrue" MyTrue: replacing existing signature Warning: unable to build chain to self-signed root for signer "Apple Development: …" MyTrue: errSecInternalComponent`,
		want: []string{"text-chain-to-root", "text-errsec-internal-component"}, vals: map[string]string{"identity": "Apple Development: …", "code": "errSecInternalComponent"}},
	{name: "seed code signature invalid crash", text: `Exception Type: EXC_CRASH (SIGKILL (Code Signature Invalid))`, want: []string{"text-code-signature-invalid"}},
	{name: "seed zsh killed", text: `% OverClaim.app/Contents/MacOS/OverClaim
zsh: killed OverClaim.app/Contents/MacOS/OverClaim`, want: []string{"text-killed-at-launch"}, vals: map[string]string{"path": "OverClaim.app/Contents/MacOS/OverClaim"}},
	{name: "seed permission denied", text: `% NoExec.app/Contents/MacOS/NoExec
zsh: permission denied: NoExec.app/Contents/MacOS/NoExec`, want: []string{"text-exec-permission-denied"}, vals: map[string]string{"path": "NoExec.app/Contents/MacOS/NoExec"}},
	{name: "seed cant be opened", text: `The application “NoExec” can’t be opened. [[OK]]`, want: []string{"text-app-cant-be-opened"}, vals: map[string]string{"app": "NoExec"}},
	{name: "seed no permission macOS 11", text: `You do not have permission to open the application “NoExec”. Contact your computer or network administrator for assistance.`, want: []string{"text-app-cant-be-opened"}},
	{name: "seed library not loaded", text: `dyld[88394]: Library not loaded: @rpath/CoreWaffleVarnishing.framework/Versions/A/CoreWaffleVarnishing … zsh: abort MissingLibrary.app/Contents/MacOS/MissingLibrary`,
		want: []string{"text-library-not-loaded"}, vals: map[string]string{"path": "@rpath/CoreWaffleVarnishing.framework/Versions/A/CoreWaffleVarnishing"}},
	{name: "seed notary ticket missing", text: `% syspolicy_check distribution MyApp.app App has failed one or more pre-distribution checks. --------------------------------------------------------------- Notary Ticket Missing File: MyApp.app Severity: Fatal Full Error: A Notarization ticket is not stapled to this application. Type: Distribution Error`,
		want: []string{"text-ticket-not-stapled"}},
	{name: "seed file added after signing", text: `Codesign Error File: MyApp.app/Contents/Resources/added.txt Severity: Fatal Full Error: File added after outer app bundle was codesigned. Type: Notary Error`,
		want: []string{"text-signed-resource-modified"}},
	{name: "seed unsatisfied app groups", text: `type: error time: 10:41:35.858009+0000 process: taskgated-helper subsystem: com.apple.ManagedClient category: ProvisioningProfiles message: com.example.apple-samplecode.Test92322409: Unsatisfied entitlements: com.apple.security.application-groups`,
		want: []string{"text-unsatisfied-entitlements"}, vals: map[string]string{"entitlement": "com.apple.security.application-groups", "bundle_id": "com.example.apple-samplecode.Test92322409"}},
	{name: "seed no signing certificate", text: `The error says: There is no signing certificate "iOS Development" found. No "iOS Development" signing certificate matching team ID "V7D5YBZRMV" with a private key was found.`,
		want: []string{"text-no-signing-certificate"}, vals: map[string]string{"team": "V7D5YBZRMV", "identity": "iOS Development"}},
	{name: "seed requires team", text: `If I choose automatic setup it shows an error saying that it requires a development team.`, want: []string{"text-requires-development-team"}},
	{name: "seed VM -212", text: `2025-01-21 16:33:32.369829+0000 0x65ba Error 0x0 2872 7 taskgated-helper: (ConfigurationProfiles) [com.apple.ManagedClient:ProvisioningProfiles] embedded provisioning profile not valid: file:///private/tmp/builds/app/.caches/Xcode/DerivedData/Build/Products/Debug/App.app/Contents/embedded.provisionprofile error: Error Domain=CPProfileManager Code=-212 "Provisioning profile does not allow this device." UserInfo={NSLocalizedDescription=Provisioning profile does not allow this device.}`,
		want: []string{"text-device-not-in-profile"}, not: []string{"text-embedded-profile-invalid"}, vals: map[string]string{"code": "-212", "path": "/private/tmp/builds/app/.caches/Xcode/DerivedData/Build/Products/Debug/App.app/Contents/embedded.provisionprofile"}},
	{name: "seed launch failed 153", text: `Virtual-Machine App.app/Contents % open ../../App.app The application cannot be opened for an unexpected reason, error=Error Domain=RBSRequestErrorDomain Code=5 "Launch failed." UserInfo={NSLocalizedFailureReason=Launch failed., NSUnderlyingError=0x6000039440f0 {Error Domain=NSPOSIXErrorDomain Code=153 "Unknown error: 153" UserInfo={NSLocalizedDescription=Launchd job spawn failed}}}`,
		want: []string{"text-app-cant-be-opened"}},
	{name: "seed invalid entitlements app groups", text: `Invalid code signing entitlements. Your application bundle’s signature contains code signing entitlements that aren’t supported on macOS. Specifically, the “[group.]” value for the com.apple.security.application-groups key in “.pkg/Payload/.app/Contents/MacOS/” isn’t supported. This value should be a string or an array of strings, where each string is the “group” value or your Team ID, followed by a dot (“.”), followed by the group name. If you're using the “group” prefix, verify that the provisioning profile used to sign the app contains the com.apple.security.application-groups entitlement and its associated value(s).`,
		want: []string{"text-invalid-entitlements"}, vals: map[string]string{"entitlement": "com.apple.security.application-groups", "value": "[group.]"}},
	{name: "seed failed qualification app groups", text: `Provisioning profile failed qualification Profile doesn't support App Groups.`,
		want: []string{"text-profile-doesnt-support"}, vals: map[string]string{"capability": "App Groups"}},
	{name: "seed in-app-purchase", text: `Automatic signing failed Xcode failed to provision this target. Please file a bug report at https://feedbackassistant.apple.com and include the Update Signing report from the Report navigator. Provisioning profile "iOS Team Provisioning Profile: com.kikk.morsecode" doesn't include the com.apple.developer.in-app-purchase entitlement.`,
		want: []string{"text-profile-missing-entitlement"}, not: []string{"text-automatic-signing-failed"},
		vals: map[string]string{"entitlement": "com.apple.developer.in-app-purchase", "profile": "iOS Team Provisioning Profile: com.kikk.morsecode"}},
	{name: "seed network extension value", text: `Provisioning profile "Mac Team Direct Provisioning Profile: ” failed qualification checks: Profile doesn't match the entitlements file's value for the com.apple.developer.networking.networkextension entitlement.`,
		want: []string{"text-profile-entitlement-value"}, not: []string{"text-failed-qualification"}, vals: map[string]string{"entitlement": "com.apple.developer.networking.networkextension"}},
	{name: "seed unsatisfied team", text: ` taskgated-helper <bundleid>: Unsatisfied entitlements: com.apple.developer.networking.networkextension, com.apple.developer.team-identifier taskgated-helper entitlements: { "com.apple.developer.networking.networkextension" = ("packet-tunnel-provider-systemextension"); "com.apple.developer.team-identifier" = <teamid>; }`,
		want: []string{"text-unsatisfied-entitlements"}, vals: map[string]string{"entitlement": "com.apple.developer.team-identifier"}},
	{name: "seed xcode cloud", text: `Invalid Signature. Code failed to satisfy specified code requirement(s). The file at path “XcodeCloudTest.app/XcodeCloudTest” is not properly signed. Make sure you have signed your application with a distribution certificate, not an ad hoc certificate or a development certificate.`,
		want: []string{"text-invalid-signature-upload"}, not: []string{"text-csreq-67050"}, vals: map[string]string{"path": "XcodeCloudTest.app/XcodeCloudTest"}},
	{name: "seed -67050", text: `cannot open file at line 46986 of [554764a6e7] os_unix.c:46986: (0) open(/private/var/db/DetachedSignatures) - Undefined error: 0 xpc_support_check_token: anchor apple error: Error Domain=NSOSStatusErrorDomain Code=-67050 "(null)" status: -67050`,
		want: []string{"text-csreq-67050", "text-detached-signatures-noise"}, vals: map[string]string{"code": "-67050", "requirement": "anchor apple"}},
	{name: "seed notary in progress", text: `% xcrun notarytool info 67413dae-64f5-4372-972d-e0ac158e18e3 Successfully received submission info createdDate: 2025-04-02T16:28:25.999Z id: 67413dae-64f5-4372-972d-e0ac158e18e3 name: Warp Vault.app.zip status: In Progress`,
		want: []string{"text-notary-in-progress"}},
	{name: "seed app management", text: `kernel (Sandbox) System Policy: mkdir(8917) deny(1) file-write-create /Applications/Google Chrome.app/foo`,
		want: []string{"text-app-management-denied"}},
	{name: "seed 0xe8008018", text: `Failed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.4gpZFc/extracted/c_mll.app : 0xe8008018 (The identity used to sign the Please ensure that the certificates used to sign your app have not expired. If this issue persists, please attach an IPA of your app when sending a report to Apple. executable is no longer valid.)`,
		want: []string{"text-identity-no-longer-valid"}, vals: map[string]string{"code": "0xe8008018", "path": "/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.4gpZFc/extracted/c_mll.app"}},
	{name: "seed shortcuts kernel", text: `❯ shortcuts list
zsh: killed     shortcuts list
2025-04-12 18:38:48.847576 kernel: mac_vnode_check_signature: /usr/bin/shortcuts: code signature validation failed fatally: When validating /usr/bin/shortcuts: in-kernel: com.apple.shortcuts.ShortcutsCommandLine disallowed without com.apple.private.security.restricted-application-groups 2025-04-12 18:38:48.847582 kernel: validation of code signature failed through MACF policy: 1 2025-04-12 18:38:48.847583 kernel: check_signature[pid: 2475]: error = 1 2025-04-12 18:38:48.847587 kernel: proc 95761: load code signature error 4 for file "shortcuts" 2025-04-12 18:38:48.847613 kernel: exec_mach_imgact: not running binary "shortcuts" built against preview arm64e ABI`,
		want: []string{"text-killed-at-launch", "text-kernel-signature-rejected", "text-arm64e-preview-abi"}, vals: map[string]string{"entitlement": "com.apple.private.security.restricted-application-groups", "path": "/usr/bin/shortcuts"}},
	{name: "seed free team", text: `I paid for an Apple Developer membership, but can only sign 3 apps and restricted to 7 day certificates.`, want: []string{"text-free-team-limit"}},
	{name: "seed can't verify signature", text: `Getting: App Sandbox-Not enabled Hardening-Enabled - Version 10.9.0 Notarization-Granted Gatekeeper-Can't evaluate Signed By- Can't verify signature`, want: []string{"text-cant-verify-signature"}},
	{name: "seed ipa integrity", text: `Is there a way to check your app signature to verify if any one has tampered with the ipa file. I want to know specifically how to determine and handle this type of situation. How can i do a check for this in code(swift).`, want: []string{"text-integrity-question"}},
	{name: "seed html entity", text: `In xcode, the signing&amp;capabilities TAB for ios says: Automatic signing failed Xcode failed to provision this target.`, want: []string{"text-automatic-signing-failed"}},
}

// variantCases are messages not quoted in the seeds, or quoted ones with
// other apps, teams, paths, quoting and surrounding log noise.
var variantCases = []textCase{
	// flutter's own messages and banners (flutter_tools code_signing.dart).
	{name: "flutter: no development certificates", text: "No development certificates available to code sign app for device deployment", want: []string{"text-no-signing-certificate"}},
	{name: "flutter: no-profile banner alone", text: "No Provisioning Profile was found for your project's Bundle Identifier or your device.", want: []string{"text-no-profiles-found"}},
	{name: "flutter: no-profile banner after Xcode's error", text: `    error: Provisioning profile "iOS Team Provisioning Profile: com.example.app" doesn't include signing certificate "Apple Development: Jane Doe (AAAAAAAAAA)". (in target 'Runner' from project 'Runner')
No Provisioning Profile was found for your project's Bundle Identifier or your device.`, want: []string{"text-profile-missing-certificate"}, not: []string{"text-no-profiles-found"}},
	{name: "flutter: development-team banner alone", text: "Building a deployable iOS app requires a selected Development Team with a Provisioning Profile.", want: []string{"text-requires-development-team"}},
	{name: "EAS: certificate not imported", text: "Distribution certificate with fingerprint 0123456789ABCDEF0123456789ABCDEF01234567 hasn't been imported successfully", want: []string{"text-cert-not-trusted"}},
	{name: "EAS: credentials not set up", text: "Failed to set up credentials.\nCredentials are not set up. Run this command again in interactive mode.", want: []string{"text-eas-credentials-not-set-up"}},
	// The .NET iOS SDK's signing-detection messages.
	{name: ".NET: code signing key not found", text: "error : iOS code signing key 'Apple Development: Jane Doe (AAAAAAAAAA)' not found in keychain.", want: []string{"text-identity-not-found"}},
	{name: ".NET: bundle identifier matches no installed profile", text: "error : Bundle identifier 'com.example.app' does not match any installed provisioning profile. Please enable Automatic Provisioning from the iOS Bundle Signing page.", want: []string{"text-no-profiles-found"}},
	{name: "codesign_allocate missing", text: `/Volumes/Slicer-4.10.0-macosx-amd64/Slicer.app: the codesign_allocate helper tool cannot be found or used`, want: []string{"text-codesign-allocate-failed"}},
	{name: "errSecInternalComponent in Xcode log", text: `CodeSign /Users/ci/Library/Developer/Xcode/DerivedData/Foo-abc/Build/Products/Release/Foo.app (in target 'Foo' from project 'Foo')
    cd /Users/ci/src/foo
    /usr/bin/codesign --force --sign 9F3A... --timestamp\=none --generate-entitlement-der /Users/ci/.../Foo.app
/Users/ci/Library/Developer/Xcode/DerivedData/Foo-abc/Build/Products/Release/Foo.app: errSecInternalComponent
Command CodeSign failed with a nonzero exit code`, want: []string{"text-errsec-internal-component"}, not: []string{"text-chain-to-root", "text-codesign-command-failed"}},
	{name: "chain warning Developer ID", text: `Warning: unable to build chain to self-signed root for signer "Developer ID Application: Example Corp (AB12CD34EF)"`,
		want: []string{"text-chain-to-root"}, vals: map[string]string{"team": "AB12CD34EF", "identity": "Developer ID Application: Example Corp (AB12CD34EF)"}},
	{name: "revoked kill", text: `$ ./terminal-notifier
Killed: 9
CSSMERR_TP_CERT_REVOKED`, want: []string{"text-cert-revoked", "text-killed-at-launch"}},
	{name: "not trusted", text: `1) 0123456789ABCDEF0123456789ABCDEF01234567 "Developer ID Application: Foo Ltd (Z9Y8X7W6V5)" (CSSMERR_TP_NOT_TRUSTED)`, want: []string{"text-cert-not-trusted"}, vals: map[string]string{"team": "Z9Y8X7W6V5"}},
	{name: "ambiguous", text: `error: Apple Development: ambiguous (matches "Apple Development: Jo Doe (ABCDE12345)" and "Apple Development: Jo Doe (ABCDE12345)" in /Users/jo/Library/Keychains/login.keychain-db)`, want: []string{"text-ambiguous-identity"}},
	{name: "user interaction", text: `codesign: SecKeychainItemCopyAccess: User interaction is not allowed.`, want: []string{"text-user-interaction-not-allowed"}},
	{name: "-34018 keychain", text: `SecItemAdd failed: OSStatus -34018 (A required entitlement isn't present.)`, want: []string{"text-missing-entitlement-34018"}, vals: map[string]string{"code": "-34018"}},
	{name: "no profiles xcodebuild", text: `error: No profiles for 'com.acme.widgets' were found: Xcode couldn't find any iOS App Development provisioning profiles matching 'com.acme.widgets'. Automatic signing is disabled and unable to generate a profile. (in target 'Widgets' from project 'Widgets')`,
		want: []string{"text-no-profiles-found"}, vals: map[string]string{"bundle_id": "com.acme.widgets"}},
	{name: "profile doesn't support push", text: `error: Provisioning profile "iOS Team Provisioning Profile: com.acme.chat" doesn't support the Push Notifications capability. (in target 'Chat' from project 'Chat')`,
		want: []string{"text-profile-doesnt-support"}, vals: map[string]string{"capability": "Push Notifications", "profile": "iOS Team Provisioning Profile: com.acme.chat"}},
	{name: "profile missing applesignin", text: `Provisioning profile "match AppStore com.example.app" doesn't include the com.apple.developer.applesignin entitlement. Profile qualification is using entitlement definitions that may be out of date.`,
		want: []string{"text-profile-missing-entitlement"}, vals: map[string]string{"entitlement": "com.apple.developer.applesignin"}},
	{name: "profile missing certificate", text: `Provisioning profile "Acme Dev" doesn't include signing certificate "Apple Development: Sam Lee (Q1W2E3R4T5)".`,
		want: []string{"text-profile-missing-certificate"}, vals: map[string]string{"profile": "Acme Dev", "team": "Q1W2E3R4T5"}},
	{name: "device not in profile xcode", text: `Provisioning profile "iOS Team Provisioning Profile: *" doesn't include the currently selected device "Sam's iPhone" (identifier 00008101-001A2B3C4D5E6F70).`,
		want: []string{"text-device-not-in-profile"}, vals: map[string]string{"device": "00008101-001A2B3C4D5E6F70"}},
	{name: "cpprofile other code", text: `taskgated-helper: embedded provisioning profile not valid: file:///Applications/Foo.app/Contents/embedded.provisionprofile error: Error Domain=CPProfileManager Code=-213 "The profile has expired."`,
		want: []string{"text-embedded-profile-invalid"}, not: []string{"text-device-not-in-profile"}, vals: map[string]string{"code": "-213"}},
	{name: "ios deploy 0xe8008016", text: `2018-11-25 09:34:22.438 ios-deploy[58106:8521046] [ !! ] Error 0xe8008016: The executable was signed with invalid entitlements. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)`,
		want: []string{"text-install-invalid-entitlements"}, vals: map[string]string{"code": "0xe8008016"}},
	{name: "0xe8008015", text: `Unable to install "Foo" Domain: com.apple.dt.MobileDeviceErrorDomain Code: -402620395 -- A valid provisioning profile for this executable was not found.`, want: []string{"text-install-no-valid-profile"}},
	{name: "identity no longer valid, other path", text: `ERROR: Install failed. Got error "ApplicationVerificationFailed" with code 0xE8008018: Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.XyZ/extracted/Payload/Runner.app : 0xe8008018 (The identity used to sign the executable is no longer valid.)`,
		want: []string{"text-identity-no-longer-valid"}, vals: map[string]string{"code": "0xe8008018"}},
	{name: "identity no longer valid, words only", text: `The identity used to sign the executable is no longer valid.`, want: []string{"text-identity-no-longer-valid"}},
	{name: "free team apps", text: `The maximum number of apps for free development profiles has been reached.`, want: []string{"text-free-team-limit"}},
	{name: "integrity", text: `Unable to Install "Acme" — This app cannot be installed because its integrity could not be verified.`, want: []string{"text-integrity-not-verified"}},
	{name: "untrusted", text: `Could not launch "Acme": Unable to launch com.acme.app because it has an invalid code signature, inadequate entitlements or its profile has not been explicitly trusted by the user.`, want: []string{"text-untrusted-developer"}},
	{name: "developer mode off", text: "Developer Mode disabled\nTo use iPhone for development, enable Developer Mode in Settings → Privacy & Security.", want: []string{"text-developer-mode-off"}},
	{name: "unsatisfied amfid log show", text: `2024-03-05 11:02:44.100 Df amfid[412:1a2b]: /Applications/Acme VPN.app/Contents/MacOS/Acme VPN: Unsatisfied Entitlements: com.apple.developer.networking.networkextension, keychain-access-groups
2024-03-05 11:02:44.101 E amfid: Restricted entitlements not validated, bailing out. Error: Error Domain=AppleMobileFileIntegrityError Code=-413 "No matching profile found"`,
		want: []string{"text-unsatisfied-entitlements"}, vals: map[string]string{"entitlement": "keychain-access-groups", "code": "-413"}},
	{name: "no eligible profiles", text: `amfid: Disallowing com.acme.helper because no eligible provisioning profiles found`, want: []string{"text-unsatisfied-entitlements"}, vals: map[string]string{"bundle_id": "com.acme.helper"}},
	{name: "exit 137", text: `Process exited with code 137 and no output`, want: []string{"text-killed-at-launch"}},
	{name: "crash report codesigning", text: `Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)
Exception Codes: CODESIGNING 0x0000000000000002, 0x000000010a1b0000
Termination Reason: Namespace CODESIGNING, Code 2 Invalid Page`, want: []string{"text-code-signature-invalid"}},
	{name: "crash taskgated", text: `Termination Reason:    Namespace CODESIGNING, Code 0x1
Taskgated Invalid Signature`, want: []string{"text-code-signature-invalid"}},
	{name: "library validation", text: `dyld[1234]: Library not loaded: @rpath/libfoo.dylib
  Reason: tried: '/Applications/Acme.app/Contents/Frameworks/libfoo.dylib' (code signature in <ABCD-1234> '/Applications/Acme.app/Contents/Frameworks/libfoo.dylib' not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs)`,
		want: []string{"text-library-validation", "text-library-not-loaded"}},
	{name: "no team id", text: `code signature in (/private/tmp/x/plugin.node) not valid for use in process using Library Validation: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)`, want: []string{"text-library-validation"}},
	{name: "gatekeeper damaged", text: `“Acme Player” is damaged and can’t be opened. You should move it to the Trash.`, want: []string{"text-gatekeeper-damaged"}},
	{name: "gatekeeper malware", text: `Apple could not verify “Acme Player” is free of malware that may harm your Mac or compromise your privacy.`, want: []string{"text-gatekeeper-unverified"}, vals: map[string]string{"app": "Acme Player"}},
	{name: "spctl", text: `$ spctl -a -vvv -t exec Acme.app
Acme.app: rejected
source=Unnotarized Developer ID
origin=Developer ID Application: Acme Inc (1A2B3C4D5E)`, want: []string{"text-gatekeeper-unverified"}, vals: map[string]string{"reason": "Unnotarized Developer ID", "team": "1A2B3C4D5E"}},
	{name: "codesign verify modified", text: `$ codesign --verify --deep --strict -vvv Acme.app
Acme.app: invalid signature (code or signature have been modified)
In architecture: arm64`, want: []string{"text-code-signature-modified"}},
	{name: "sealed resource", text: `Acme.app: a sealed resource is missing or invalid
file added: /Users/me/Acme.app/Contents/Resources/.DS_Store
file modified: /Users/me/Acme.app/Contents/Resources/en.lproj/Main.strings`, want: []string{"text-signed-resource-modified"}, vals: map[string]string{"path": "/Users/me/Acme.app/Contents/Resources/.DS_Store"}},
	{name: "nested", text: `Acme.app: code object is not signed at all
In subcomponent: /Users/me/build/Acme.app/Contents/Frameworks/Sparkle.framework`, want: []string{"text-not-signed", "text-nested-code-invalid"}, vals: map[string]string{"path": "/Users/me/build/Acme.app/Contents/Frameworks/Sparkle.framework"}},
	{name: "detritus", text: `/Users/me/Acme.app: resource fork, Finder information, or similar detritus not allowed
Command CodeSign failed with a nonzero exit code`, want: []string{"text-detritus"}},
	{name: "unsealed", text: `Acme.app: unsealed contents present in the bundle root`, want: []string{"text-bundle-format"}},
	{name: "csreq words", text: `test-requirement: failed to satisfy code requirement(s)`, want: []string{"text-csreq-67050"}},
	{name: "tcc anchor apple", text: `tccd: Failed to copy designated requirement... SecStaticCodeCheckValidity failed: -67050 for requirement anchor apple`, want: []string{"text-csreq-67050"}, vals: map[string]string{"code": "-67050"}},
	{name: "timestamp", text: `Acme.app: The timestamp service is not available.`, want: []string{"text-timestamp-unavailable"}},
	{name: "get-task-allow notary", text: `"message": "The executable requests the com.apple.security.get-task-allow entitlement."`, want: []string{"text-get-task-allow"}},
	{name: "notary cli invalid", text: `Processing complete
  id: 2efe2717-52ef-43a5-96dc-0797e4ca1041
  status: Invalid`, want: []string{"text-notary-invalid"}},
	{name: "notary messages", text: `The binary is not signed with a valid Developer ID certificate. The executable does not have the hardened runtime enabled. The signature does not include a secure timestamp. The binary uses an SDK older than the 10.9 SDK. The signature of the binary is invalid.`,
		want: []string{"text-not-developer-id", "text-no-hardened-runtime", "text-no-secure-timestamp", "text-old-sdk", "text-binary-signature-invalid"}},
	{name: "altool retired", text: `Notarization of MacOS applications using altool has been decommissioned. Please use notarytool. (4200)`, want: []string{"text-altool-retired"}},
	{name: "altool provider", text: `Error: Your Apple ID account is attached to other iTunes providers. You will need to specify which provider you intend to submit content to by using the -itc_provider command. Please contact us if you have questions or need help. (1627)`, want: []string{"text-altool-provider"}},
	{name: "notary team", text: `"statusSummary": "Team is not yet configured for notarization. Please contact Developer Programs Support"`, want: []string{"text-notary-team-not-configured"}},
	{name: "notary 401", text: `Error: HTTP status code: 401. Invalid credentials. Username or password is incorrect. Use the app-specific password generated at appleid.apple.com.`, want: []string{"text-notary-auth"}},
	{name: "stapler", text: `Processing: /Users/me/dist/Acme.dmg
CloudKit query for Acme.dmg (2/0a8b6a1c...) failed due to "Record not found".
The staple and validate action failed! Error 65.`, want: []string{"text-stapler-failed"}, vals: map[string]string{"code": "65"}},
	{name: "itms-90035", text: `ERROR ITMS-90035: "Invalid Signature. The binary at path [Acme.app/Frameworks/Foo.framework/Foo] contains an invalid signature."`, want: []string{"text-invalid-signature-upload"}, vals: map[string]string{"code": "ITMS-90035"}},
	{name: "itms-90046", text: `ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'Development' for key 'com.apple.developer.icloud-container-environment' in 'Payload/Acme.app/Acme' is not supported."`,
		want: []string{"text-invalid-entitlements"}, vals: map[string]string{"entitlement": "com.apple.developer.icloud-container-environment"}},
	{name: "itms-90296", text: `ERROR ITMS-90296: "App sandbox not enabled. The following executables must include the "com.apple.security.app-sandbox" entitlement"`, want: []string{"text-app-sandbox-not-enabled"}, vals: map[string]string{"entitlement": "com.apple.security.app-sandbox"}},
	{name: "app group prefix", text: `containermanagerd: REJECTED: group.com.acme.shared should be prefixed by requestor's team ID`, want: []string{"text-app-group-prefix"}},
	{name: "launch constraint", text: `Termination Reason: Namespace CODESIGNING, Code 4 Launch Constraint Violation`, want: []string{"text-launch-constraint", "text-code-signature-invalid"}},
	{name: "kextd invalid signature", text: "com.apple.kextd[22]: ERROR: invalid signature for com.acme.driver, will not load", want: []string{"text-kext-not-loaded"}, vals: map[string]string{"bundle_id": "com.acme.driver"}},
	{name: "kext not loadable, no reason", text: "/Library/Extensions/Acme.kext failed to load - (libkern/kext) not loadable (reason unspecified); check the system/kernel logs for errors or try kextutil(8).", not: []string{"text-kext-not-loaded"}},
	{name: "system extension signature", text: "request failed with error: The operation couldn’t be completed. (OSSystemExtensionErrorDomain error 8.)", want: []string{"text-system-extension-rejected"}, vals: map[string]string{"code": "8"}},
	{name: "system extension validation", text: "the ouput said “the operation couldn’t be completed. OSSystemExtensionErrorDomain error 9”", want: []string{"text-system-extension-rejected"}, vals: map[string]string{"code": "9"}},
	{name: "codesign: custom omit rules", text: "CodeSignatureVerifier: /private/tmp/dmg.UGTSVx/Google Chrome.app: resource envelope is obsolete (custom omit rules)", want: []string{"text-resource-envelope-obsolete"}, vals: map[string]string{"reason": "custom omit rules"}},
	{name: "kextload: not approved", text: "/Library/Extensions/Acme.kext failed to load - (libkern/kext) system policy prevents loading; check the system/kernel logs for errors or try kextutil(8).", want: []string{"text-kext-not-approved"}, not: []string{"text-kext-not-loaded"}},
	{name: "system extension forbidden by policy", text: `Error: Error Domain=OSSystemExtensionErrorDomain Code=10 "(null)"`, want: []string{"text-system-extension-rejected"}, vals: map[string]string{"code": "10"}},
	{name: "system extension request superseded", text: `Error: Error Domain=OSSystemExtensionErrorDomain Code=12 "(null)"`, not: []string{"text-system-extension-rejected"}},
	{name: "ios deny-mmap", text: "AMFI: Demo(pid 12) - deny-mmap mapped file has no team identifier and is not a platform binary: /private/var/containers/Bundle/Application/X/Demo.app/Frameworks/A.framework/A", want: []string{"text-library-validation"}},
	{name: "arm64e other wording", text: `kernel: exec_mach_imgact: not running binary "dotnet" built against preview arm64e ABI.`, want: []string{"text-arm64e-preview-abi"}},
	{name: "device id alone", text: "  00008103-001A2B3C4D5E6F70\n", want: []string{"text-device-id"}, vals: map[string]string{"device": "00008103-001A2B3C4D5E6F70"}},
	{name: "device id in a sentence", text: "is my iPad 3a1f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 in the profile?", want: []string{"text-device-id"}, vals: map[string]string{"device": "3a1f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39"}},
	{name: "hardware uuid", text: "Hardware UUID: 1B2C3D4E-5F60-4A1B-8C2D-3E4F5A6B7C8D", want: []string{"text-device-id"}},
	{name: "near miss: a git commit beside profile", text: "Commit 674b75d792aced749f007aa9380b4638f9274536 (latest 2 days ago) shows up as an invalid profile", not: []string{"text-device-id"}},
	{name: "device id beside a commit", text: "Commit 674b75d792aced749f007aa9380b4638f9274536: add the device 3a1f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39 to the profile", want: []string{"text-device-id"}},
	{name: "requirement alone", text: `designated => anchor apple generic and identifier "com.acme.app" and certificate leaf[subject.OU] = "ABCDE12345"`, want: []string{"text-requirement"}},
	{name: "app id mismatch", text: `Provisioning profile "Acme" has app ID "com.acme.old", which does not match the bundle ID "com.acme.new".`, want: []string{"text-profile-app-id-mismatch"}, vals: map[string]string{"bundle_id": "com.acme.new"}},
	{name: "no application-identifier", text: `Error Domain=MIInstallerErrorDomain Code=63 "Application is missing the application-identifier entitlement." UserInfo={LegacyErrorString=ApplicationVerificationFailed}`, want: []string{"text-missing-application-identifier"}},
	{name: "match passphrase", text: `[!] Couldn't decrypt the repo, please make sure you enter the right password!`, want: []string{"text-match-decrypt-failed"}},
	{name: "keychain password", text: `security: SecKeychainUnlock: The user name or passphrase you entered is not correct.`, want: []string{"text-keychain-password-wrong"}},
	{name: "installed app mismatch", text: `This application's application-identifier entitlement does not match that of the installed application. These values must match for an upgrade to be allowed.`, want: []string{"text-application-identifier-mismatch"}},
	{name: "terminal colours", text: "\x1b[1;31merror:\x1b[0m \x1b[1mThe specified item could not be found in the keychain.\x1b[0m", want: []string{"text-identity-not-found"}},
	{name: "export requires feature", text: `error: exportArchive: "Runner.app" requires a provisioning profile with the Push Notifications feature.`, want: []string{"text-profile-doesnt-support"}, vals: map[string]string{"capability": "Push Notifications"}},
	{name: "personal team capability", text: `Cannot create a iOS App Development provisioning profile for "com.example.pets". Personal development teams, including "Kim Lee", do not support the Sign in with Apple capability.`, want: []string{"text-profile-doesnt-support"}, vals: map[string]string{"capability": "Sign in with Apple"}},
	{name: "developer id capability", text: `Error Domain=DVTPortalProfileErrorDomain Code=4 "Cannot create a Developer ID provisioning profile for "com.example.vpn". The Network Extensions capability is not available for Developer ID provisioning profiles. Disable this feature and try again."`, want: []string{"text-profile-doesnt-support"}, vals: map[string]string{"capability": "Network Extensions"}},
	{name: "private key not installed", text: `Revoke certificate: Your account already has an Apple Development signing certificate for this machine, but its private key is not installed in your keychain.`, want: []string{"text-no-signing-certificate"}},
	{name: "strict validation", text: `Acme.app: main executable failed strict validation`, want: []string{"text-code-signature-modified"}},
	{name: "info plist modified", text: `/Applications/Acme.app: invalid Info.plist (plist or signature have been modified)`, want: []string{"text-code-signature-modified"}},
	{name: "-67054", text: `SecStaticCodeCheckValidity returned -67054`, want: []string{"text-signed-resource-modified"}},
	{name: "amfi kernel", text: `kernel: AMFI: code signature validation failed.
kernel: AMFI: '/Users/me/bin/tool': Unrecoverable CT signature issue, bailing out.`, want: []string{"text-kernel-signature-rejected"}},
	{name: "invalid page kernel", text: `kernel: CODE SIGNING: process 4321[Acme]: rejecting invalid page at address 0x104a38000 from offset 0x38000 in file "/Applications/Acme.app/Contents/MacOS/Acme" (cs_mtime:1700000000.0 == mtime:1700000000.0) (signed:1 validated:1 tainted:1 nx:0 wpmapped:0 dirty:0 depth:0)`, want: []string{"text-code-signature-invalid"}, vals: map[string]string{"path": "/Applications/Acme.app/Contents/MacOS/Acme"}},
	{name: "contracts", text: `*** Error: Notarization failed for 'Acme.zip'. *** Error: You must first sign the relevant contracts online. (1048)`, want: []string{"text-agreement-required"}},
	{name: "no certificate retyped without quotes", text: `**错误**: "No signing certificate iOS Distribution found"`, want: []string{"text-no-signing-certificate"}, vals: map[string]string{"identity": "iOS Distribution"}},
	{name: "no profiles retyped without quotes", text: `**Archive 失败：No profiles for com.aitrainer.practice**`, want: []string{"text-no-profiles-found"}, vals: map[string]string{"bundle_id": "com.aitrainer.practice"}},
	{name: "couldn't find profiles, cut at a line end", text: "#### Q3\n\n```\nXcode couldn't find any iOS App Development provisioning profiles matching\n```", want: []string{"text-no-profiles-found"}},
	{name: "verify app", text: `Unable to Verify App — An internet connection is required to verify trust of the developer "Apple Development: kim@example.com (AB12CD34EF)". This app will not be available until verified.`, want: []string{"text-untrusted-developer"}, vals: map[string]string{"team": "AB12CD34EF"}},
	{name: "itms-90164 key", text: `ERROR ITMS-90164: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: '[iCloud.com.example.notes]' for the key 'com.apple.developer.icloud-container-identifiers' in 'Payload/Notes.app/Notes'"`, want: []string{"text-invalid-entitlements"}, vals: map[string]string{"entitlement": "com.apple.developer.icloud-container-identifiers"}},
	{name: "itms-90174", text: `ERROR ITMS-90174: "Missing Provisioning Profile - Apps must contain a provisioning profile in a file named embedded.mobileprovision."`, want: []string{"text-invalid-profile-upload"}},
	{name: "no account for team", text: `No account for team "9ZX8YW7VU6". Add a new account in the Accounts preference pane or verify that your accounts have valid credentials.`, want: []string{"text-requires-development-team"}, vals: map[string]string{"team": "9ZX8YW7VU6"}},
	{name: "could not be verified", text: `The application could not be verified.`, want: []string{"text-app-no-valid-signature"}},
	{name: "lsopen", text: `LSOpenURLsWithRole() failed with error -10810 for the file /Applications/Acme.app.`, want: []string{"text-app-cant-be-opened"}},
	{name: "signature version", text: `Unable to install "Acme" ... Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.Ab12/extracted/Payload/Acme.app : 0xe8008029 (The code signature version is no longer supported.)`, want: []string{"text-signature-version-unsupported"}, vals: map[string]string{"code": "0xe8008029"}},
	{name: "no resources", text: `Acme: code has no resources but signature indicates they must be present`, want: []string{"text-no-resources"}},
	{name: "will damage", text: `“Acme Player” will damage your computer. You should move it to the Trash.`, want: []string{"text-gatekeeper-will-damage"}},
	{name: "bundle id taken", text: `Failed to register bundle identifier. The app identifier "com.example.demo" cannot be registered to your development team because it is not available. Change your bundle identifier to a unique string to try again.`, want: []string{"text-bundle-id-unavailable"}, vals: map[string]string{"bundle_id": "com.example.demo"}},
	{name: "no devices", text: `Communication with Apple failed. Your team has no devices from which to generate a provisioning profile. Connect a device to use or manually add device IDs in Certificates, Identifiers & Profiles.`, want: []string{"text-no-devices"}},
	{name: "development signing", text: `"Acme" has entitlements that require signing with a development certificate. Enable development signing in the Signing & Capabilities editor.`, want: []string{"text-requires-development-signing"}},
	// As in github.com/rayh/xcode-hudson-plugin/issues/12 (target names starred there).
	{name: "conflicting provisioning settings", text: `** has conflicting provisioning settings. ** is automatically signed, but provisioning profile ** for testing has been manually specified. Set the provisioning profile value to "Automatic" in the build settings editor, or switch to manual signing in the project editor.
 Code signing is required for product type 'Application' in SDK 'iOS 10.0'`, want: []string{"text-conflicting-provisioning-settings"}, not: []string{"text-requires-development-team"}},
	// App Store Connect's form, from github.com/fastlane/fastlane/issues/1322 (cut there).
	{name: "itms-90334 bundle identifier mismatch", text: `ERROR ITMS-90334: "Bundle identifier mismatch. The executable at NativeApprTouch in NativeApprTouch.app has been signed with identifier 'com.appr.internal1' which does not match the bundle identifier 'com.appr.9a590969-8c11-42d7-b977-35d6`, want: []string{"text-signing-identifier-mismatch"}},
	{name: "xcode managed", text: `error: Provisioning profile "iOS Team Provisioning Profile: com.acme.app" is Xcode managed, but signing settings require a manually managed profile. (in target 'Acme' from project 'Acme')`, want: []string{"text-xcode-managed-profile"}},
	{name: "cert limit", text: `You have already reached the maximum allowed number of Distribution certificates`, want: []string{"text-certificate-limit"}},
	{name: "testflight mac", text: `ITMS-90885: Cannot be used with TestFlight because the signature for the bundle at "Acme.app/Contents/Library/LoginItems/Helper.app" is missing an application identifier but has an application identifier in the provisioning profile for the bundle.`, want: []string{"text-testflight-app-identifier"}},
	{name: "itms-91065", text: `ITMS-91065: Missing signature - Your app includes "Frameworks/Analytics.framework/Analytics", which includes Analytics, an SDK that was identified in the documentation as a privacy-impacting third-party SDK. If a new app includes a privacy-impacting SDK, the SDK must include a signature file.`, want: []string{"text-sdk-signature-missing"}},
	{name: "codesign command failed", text: `Command CodeSign failed with a nonzero exit code`, want: []string{"text-codesign-command-failed"}},
	{name: "bad cpu", text: `zsh: bad CPU type in executable: ./acme-arm64`, want: []string{"text-bad-cpu-type"}},
	{name: "product type", text: `error: Code signing is required for product type 'Application' in SDK 'iOS 17.2'`, want: []string{"text-requires-development-team"}},
	{name: "expired or revoked", text: `The certificate used to sign "Acme" has either expired or has been revoked. An updated certificate is required to sign and install the application.`, want: []string{"text-identity-no-longer-valid"}, vals: map[string]string{"app": "Acme"}},
	{name: "developer app certificate", text: `Please verify that the Developer App certificate for your account is trusted on your device. Open Settings on the device and navigate to General -> VPN & Device Management, then select your Developer App certificate to trust it.`, want: []string{"text-untrusted-developer"}},
	{name: "flutter no certificates", text: `No valid code signing certificates were found. You can connect to your Apple Developer account by signing in with your Apple ID in Xcode and create an iOS Development Certificate as well as a Provisioning Profile for your project.`, want: []string{"text-no-signing-certificate"}},
	{name: "fastlane identity", text: `[!] Could not find a matching code signing identity for type 'development'. It is recommended to use match to manage code signing for you.`, want: []string{"text-identity-not-found"}},
	{name: "electron-builder identity", text: `  • skipped macOS application code signing  reason=cannot find valid "Developer ID Application" identity or custom non-Apple code signing certificate`, want: []string{"text-identity-not-found"}, vals: map[string]string{"identity": "Developer ID Application"}},
	{name: "tcc", text: `tccd: Failed to match existing code requirement for subject com.acme.recorder and service kTCCServiceScreenCapture`, want: []string{"text-privacy-access-refused"}, not: []string{"text-csreq-67050"}, vals: map[string]string{"bundle_id": "com.acme.recorder"}},
	{name: "-67056 smappservice", text: `SMAppService register failed: Error Domain=NSOSStatusErrorDomain Code=-67056 "(null)"`, want: []string{"text-no-resources"}, vals: map[string]string{"code": "-67056"}},
	{name: "-67045", text: `SecStaticCodeCheckValidity: errSecCSSignatureInvalid (-67045)`, want: []string{"text-code-signature-modified"}},
	{name: "requires a profile", text: `error: "Acme" requires a provisioning profile. Select a provisioning profile in the Signing & Capabilities editor. (in target 'Acme' from project 'Acme')`, want: []string{"text-no-profiles-found"}, not: []string{"text-profile-doesnt-support"}},
	{name: "ips json crash", text: `{"app_name":"Acme","timestamp":"2025-03-01 10:00:00.00 +0100","bug_type":"309"}
{
  "exception" : {"codes":"0x0000000000000000, 0x0000000000000000","rawCodes":[0,0],"type":"EXC_CRASH","signal":"SIGKILL"},
  "termination" : {"flags":0,"code":1,"namespace":"CODESIGNING","indicator":"Launch Constraint Violation"}
}`, want: []string{"text-code-signature-invalid", "text-launch-constraint"}},
	{name: "PLA", text: `Unable to process request - PLA Update available - You currently don't have access to this membership resource. To resolve this issue, agree to the latest Program License Agreement in your developer account.`, want: []string{"text-agreement-required"}},
	{name: "first launch", text: `“Acme” is an app downloaded from the Internet. Are you sure you want to open it?`, want: []string{"text-gatekeeper-first-launch"}},
	{name: "not app store", text: `“Acme” can’t be opened because it was not downloaded from the App Store.`, want: []string{"text-gatekeeper-unverified"}},
	{name: "catalina malware", text: `macOS cannot verify that this app is free from malware.`, want: []string{"text-gatekeeper-unverified"}},
	{name: "spctl tool", text: `$ spctl -a -vvv ./acme-cli
./acme-cli: rejected (the code is valid but does not seem to be an app)
origin=Developer ID Application: Acme Inc (1A2B3C4D5E)`, want: []string{"text-spctl-not-an-app"}},
	{name: "profile platform", text: `Provisioning profile "Acme Mac Dev" has platform "macOS", which does not match the current platform "iOS".`, want: []string{"text-profile-wrong-kind"}},
	{name: "short phrases", text: `The app fails: "Unsatisfied entitlements". Upload says "Profile doesn't support", Xcode says "no signing certificate ... with a private key" and the log CPProfileManager -212; the process just exits 137.`,
		want: []string{"text-unsatisfied-entitlements", "text-profile-doesnt-support", "text-no-signing-certificate", "text-device-not-in-profile", "text-killed-at-launch"}},
	{name: "asset validation", text: `Asset validation failed (90035) Invalid Signature. The binary at path [Acme.app/Acme] contains an invalid signature.`, want: []string{"text-invalid-signature-upload"}},
	{name: "itms-90165", text: `ERROR ITMS-90165: "Invalid Provisioning Profile Signature. The provisioning profile included in the bundle could not be verified."`, want: []string{"text-invalid-profile-upload"}},
	{name: "p12 openssl3", text: `security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)`, want: []string{"text-p12-import-failed"}},
	{name: "p12 password", text: `security: SecKeychainItemImport: The user name or passphrase you entered is not correct.`, want: []string{"text-p12-import-failed"}},
	{name: "itms-90078", text: `ITMS-90078: Missing Push Notification Entitlement - Your app appears to register with the Apple Push Notification service, but the app signature's entitlements do not include the 'aps-environment' entitlement.`, want: []string{"text-missing-push-entitlement"}},
	{name: "extension prefix", text: `error: Embedded binary's bundle identifier is not prefixed with the parent app's bundle identifier.`, want: []string{"text-embedded-bundle-id-prefix"}},
	{name: "extension certificate", text: `error: Embedded binary is not signed with the same certificate as the parent app. Verify the embedded binary target's code sign settings match the parent app's.`, want: []string{"text-embedded-binary-certificate"}},
	{name: "xcode certificate invalid", text: `error: Signing certificate is invalid. Signing certificate "Apple Development: Kim Lee (AB12CD34EF)", serial number "1A2B3C4D5E6F", is not valid for code signing. It may have been revoked or expired.`, want: []string{"text-signing-certificate-invalid"}, vals: map[string]string{"identity": "Apple Development: Kim Lee (AB12CD34EF)"}},
	{name: "codesign adhoc", text: "Executable=/Users/me/go/bin/tool\nIdentifier=a.out\nFormat=Mach-O thin (arm64)\nCodeDirectory v=20400 size=12345 flags=0x20002(adhoc,linker-signed) hashes=380+0 location=embedded\nSignature=adhoc\nTeamIdentifier=not set", want: []string{"text-codesign-adhoc"}},
	{name: "upper case", text: `ERRSECINTERNALCOMPONENT`, want: []string{"text-errsec-internal-component"}},
	{name: "failed qualification alone", text: `error: Provisioning profile "Acme AppStore" failed qualification checks: Profile doesn't include the selected signing certificate.`, want: []string{"text-failed-qualification"}, vals: map[string]string{"profile": "Acme AppStore"}},
	{name: "profile expired", text: `Provisioning profile "iOS Team Provisioning Profile: com.acme.app" expired on Mar 3, 2024.`, want: []string{"text-profile-expired"}, vals: map[string]string{"profile": "iOS Team Provisioning Profile: com.acme.app"}},
	{name: "0xe8008019", text: `ERROR: Install failed. Got error "ApplicationVerificationFailed" with code 0xe8008019: The application does not have a valid signature.`, want: []string{"text-app-no-valid-signature"}, vals: map[string]string{"code": "0xe8008019"}},
	// https://developer.apple.com/forums/thread/808940, https://github.com/flutter/flutter/issues/63716, https://github.com/telegramdesktop/tdesktop/issues/716
	{name: "sandbox deny mach-register", text: "Sandbox: MyApp(13605) deny(1) mach-register XXXXXXXXXX.com.mycompany.myapp.MachPortRendezvousServer.13605", want: []string{"text-sandbox-denied"}},
	{name: "flutter sandbox without network.client", text: "flutter: SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = example.com, port = 443", want: []string{"text-sandbox-denied"}},
	// Spotlight's worker reaching mDNSResponder: a system daemon's routine deny, not the app's.
	{name: "sandboxd deny network-outbound of a daemon", text: "May 12 16:13:39 bilbo kernel[0] <Notice>: Sandbox: mdworker(36481) deny network-outbound /private/var/run/mDNSResponder", not: []string{"text-sandbox-denied"}},
	{name: "sandboxd deny network-outbound of an app", text: "May 12 16:13:39 bilbo kernel[0] <Notice>: Sandbox: Runner(36481) deny(1) network-outbound /private/var/run/mDNSResponder", want: []string{"text-sandbox-denied"}},
	{name: "sandbox inheritance", text: "Thread 0 Crashed::  Dispatch queue: com.apple.main-thread\n0   libsystem_secinit.dylib  0x00000001a2b3c4d5 _libsecinit_appsandbox.cold.5 + 92", want: []string{"text-sandbox-inheritance"}},
	{name: "already signed", text: `/Users/me/Acme.app: is already signed`, want: []string{"text-already-signed"}},
	{name: "entitlements blob", text: `The binary contains an invalid entitlements blob. The OS will refuse to launch it.`, want: []string{"text-invalid-entitlements-blob"}},
	{name: "itms-90161", text: `ERROR ITMS-90161: "Invalid Provisioning Profile. The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate.]"`, want: []string{"text-invalid-profile-upload"}, vals: map[string]string{"code": "ITMS-90161", "bundle_id": "com.acme.app", "path": "Payload/Acme.app"}},
	{name: "hard wraps", text: "Provisioning profile \"Acme Dev\" doesn't\n include the\ncom.apple.developer.associated-domains entitlement.", want: []string{"text-profile-missing-entitlement"}, vals: map[string]string{"entitlement": "com.apple.developer.associated-domains"}},
	{name: "msbuild codesign exit status", text: `Xamarin.Shared.targets(2163,3): error : /usr/bin/codesign exited with code 1:`, want: []string{"text-codesign-command-failed"}},
	{name: "msbuild exit status under its reason", text: "error : /usr/bin/codesign exited with code 1:\nerror : /Users/me/Acme.app: errSecInternalComponent", want: []string{"text-errsec-internal-component"}, not: []string{"text-codesign-command-failed"}},
	{name: "fastlane match expired certificate", text: `[!] Your certificate 'AB12CD34EF.cer' is not valid, please check end date and renew it if necessary`, want: []string{"text-cert-expired"}},
	{name: "unreal packaging", text: "UATHelper: Packaging (IOS): ERROR: Provision not found. A provision is required for deploying your app to the device.\nUATHelper: Packaging (IOS): ERROR: Signing key not found. The app could not be digitally signed, because the signing key is not configured.", want: []string{"text-no-profiles-found", "text-identity-not-found"}},
	{name: "export re-signing a framework", text: `error: exportArchive: Code signing "Alamofire.framework" failed.`, want: []string{"text-codesign-command-failed"}},
	{name: "export failure under its reason", text: "Acme.framework: errSecInternalComponent\nerror: exportArchive: Code signing \"Acme.framework\" failed.", want: []string{"text-errsec-internal-component"}, not: []string{"text-codesign-command-failed"}},
	{name: "itms-90179", text: `ERROR ITMS-90179: "Invalid Code Signing. The executable 'Payload/Acme.app/Acme' must be signed with the certificate that is contained in the provisioning profile."`, want: []string{"text-profile-missing-certificate"}},
	// codesign's own words (security_systemkeychain src/cs_sign.cpp), see table_codesigntool_test.go.
	{name: "codesign clock skew", text: "/Users/me/Acme.app: timestamps differ by 512 seconds - check your system clock", want: []string{"text-codesign-clock-skew"}, not: []string{"text-timestamp-unavailable"}},
	{name: "codesign internal error", text: "/Users/me/Acme.app/Contents/Frameworks/Acme.framework: internal error in Code Signing subsystem", want: []string{"text-codesign-internal-error"}, not: []string{"text-code-signature-modified"}},
	{name: "security cms on a file that is no profile", text: "security: failed to add data to decoder: UNKNOWN (-8183(d)\nsecurity: problem decoding", want: []string{"text-profile-undecodable"}},
	{name: "healthkit at run time", text: `Error Domain=com.apple.healthkit Code=4 "Missing com.apple.developer.healthkit entitlement." UserInfo={NSLocalizedDescription=Missing com.apple.developer.healthkit entitlement.}`, want: []string{"text-capability-entitlement-missing"}, not: []string{"text-profile-missing-entitlement"}, vals: map[string]string{"entitlement": "com.apple.developer.healthkit"}},
	{name: "sign in with apple 1000", text: `The operation couldn’t be completed. (com.apple.AuthenticationServices.AuthorizationError error 1000.)`, want: []string{"text-sign-in-with-apple-failed"}},
	{name: "vpn configuration refused", text: `Failed to save configuration: Error Domain=NEVPNErrorDomain Code=5 "permission denied" UserInfo={NSLocalizedDescription=permission denied}`, want: []string{"text-network-extension-permission-denied"}},
	{name: "itms-90171 stray binary", text: `ERROR ITMS-90171: "Invalid Bundle Structure - The binary file 'Acme.app/Frameworks/Crashes.framework/helper' is not permitted. Your app can’t contain standalone executables or libraries, other than a valid CFBundleExecutable of supported bundles."`, want: []string{"text-upload-stray-executable"}, vals: map[string]string{"path": "Acme.app/Frameworks/Crashes.framework/helper"}},
	{name: "itms-90166 executable in a resource bundle", text: `ERROR ITMS-90166: "Missing Code Signing Entitlements. No entitlements found in bundle 'com.acme.Resources' for executable 'Payload/Acme.app/Frameworks/Lex.framework/Resources.bundle/Resources'."`, want: []string{"text-upload-stray-executable"}, vals: map[string]string{"bundle_id": "com.acme.Resources", "path": "Payload/Acme.app/Frameworks/Lex.framework/Resources.bundle/Resources"}},
	{name: "itms-90287 key not in profile", text: `ERROR ITMS-90287: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. The bundle contains a key that is not included in the provisioning profile: 'com.apple.developer.team-identifier' in 'com.acme.pkg/Payload/Acme.app/Contents/MacOS/Acme'."`, want: []string{"text-invalid-entitlements"}, vals: map[string]string{"entitlement": "com.apple.developer.team-identifier"}},
	{name: "itms-90076 keychain access", text: `ITMS-90076: Potential Loss of Keychain Access - The previous version of software has an application-identifier value of 'A1B2C3D4E5.com.acme.app' and the new version of software being submitted has an application-identifier of '5E4D3C2B1A.com.acme.app'. This will result in a loss of keychain access.`, want: []string{"text-keychain-access-loss"}},
	{name: "no accounts on a runner", text: "error: No Accounts: Add a new account in Accounts settings.\nerror: No profiles for 'com.example.app' were found", want: []string{"text-xcode-account-unavailable", "text-no-profiles-found"}},
	{name: "failed to use accounts", text: `xcodebuild -exportArchive fails with "Failed to Use Accounts"`, want: []string{"text-xcode-account-unavailable"}},
	{name: "portal session expired", text: `Error Domain=DVTPortalServiceErrorDomain Code=1100 "Your session has expired. Please log in."`, want: []string{"text-xcode-account-unavailable"}},
	{name: "cloud signing alone", text: `Error Domain=DeveloperAPIServiceErrorDomain Code=5 "Cloud signing permission error"`, want: []string{"text-no-signing-certificate"}},
	{name: "export method unknown", text: `error: exportArchive: exportOptionsPlist error for key "method": expected one of {app-store, ad-hoc, enterprise, development, validation}, but found app-store-connect`, want: []string{"text-export-options-invalid"}},
	{name: "export method none", text: `error: exportArchive exportOptionsPlist error for key "method" expected one {} but found app-store`, want: []string{"text-export-options-invalid"}},
	{name: "p12 on a build machine", text: "security import dist.p12 -k build.keychain -P \"$P\" -T /usr/bin/codesign\nsecurity: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)", want: []string{"text-p12-import-failed"}},
	{name: "security find in a signing step", text: "codesign -s \"Apple Development\" Acme.app\nsecurity: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.", want: []string{"text-identity-not-found"}},
	{name: "code signing status", text: "$ codesign -dv /Volumes/Share/Acme.app\n/Volumes/Share/Acme.app: the code cannot be read by the verifier (file system permissions etc.)", want: []string{"text-codesigning-status"}},
	{name: "role refuses a certificate download", text: "[!] Couldn't download certificate, got this instead:\n...\n\"You are not allowed to perform this operation.  Please check with one of your Team Admins\"", want: []string{"text-team-access-denied"}},
	{name: "member creates a profile", text: "You are not permitted to create provisioning profiles for team.  Please contact one of your team admins", want: []string{"text-team-access-denied"}},
	{name: "portal certificate limit", text: `auto repair through xcode will get a error message "Maximum number of certificates generated"`, want: []string{"text-certificate-limit"}},
	// sign-here (github.com/Tinder/sign-here/issues/21): the API's 409 detail.
	{name: "App Store Connect API: duplicate profile names", text: `"detail" : "Multiple profiles found with the name 'Test'.  Please remove the duplicate profiles and try again."`, want: []string{"text-profile-name-taken"}},
	{name: "app id placeholder", text: `An App ID with Identifier '<bundle_identifier>' is not available`, want: []string{"text-bundle-id-unavailable"}},
	{name: "certificate not valid, no name", text: "Signing certificate is not valid for code signing. It may have been revoked or expired.", want: []string{"text-signing-certificate-invalid"}},
	{name: "apple events refused by the hardened runtime's TCC policy", text: "Prompting policy for hardened runtime; service: kTCCServiceAppleEvents requires entitlement com.apple.security.automation.apple-events but it is missing for ACC:{ID: com.example.app, PID[2079]}", want: []string{"text-privacy-access-refused"}, vals: map[string]string{"entitlement": "com.apple.security.automation.apple-events", "capability": "kTCCServiceAppleEvents"}},
	{name: "errAEEventNotPermitted from osascript", text: "execution error: Not authorized to send Apple events to System Events. (-1743)", want: []string{"text-privacy-access-refused"}},
	{name: "near miss: -1743 as a line number", text: "main.c:1743: warning: unused variable 'x'", not: []string{"text-privacy-access-refused"}},
	{name: "V8 refused JIT memory in a hardened app", text: "The notarized app crashes at launch on macOS:\n#\n# Fatal process out of memory: Failed to reserve virtual memory for CodeRange\n#", want: []string{"text-hardened-runtime-exception"}},
	{name: "near miss: V8 under a ulimit on Linux", text: "docker run --ulimit as=1000000 node:20-alpine\nFatal process out of memory: Failed to reserve virtual memory for CodeRange", not: []string{"text-hardened-runtime-exception"}},
	{name: "near miss: a change note adding allow-jit", text: "Enable the hardened runtime with the JIT entitlement for the Electron helpers", not: []string{"text-hardened-runtime-exception"}},
	{name: "an inserted library refused to a hardened process", text: "dyld: warning: could not load inserted library '/tmp/hook.dylib' into hardened process because image not found", want: []string{"text-hardened-runtime-exception"}, vals: map[string]string{"path": "/tmp/hook.dylib"}},
	{name: "near miss: an inserted library found but refused by library validation", text: "dyld: warning: could not load inserted library '/tmp/hook.dylib' into hardened process because no suitable image found.  Did find:\n\t/tmp/hook.dylib: code signature in (/tmp/hook.dylib) not valid for use in process using Library Validation: mapped file has no Team ID and is not a platform binary", want: []string{"text-library-validation"}, not: []string{"text-hardened-runtime-exception"}},
	{name: "lldb refused the task port", text: "error: attach failed: attach failed (Not allowed to attach to process.  Look in the console messages (Console.app), near the debugserver entries when the attached failed.)", want: []string{"text-debugger-attach-denied"}},
	{name: "near miss: lldb without ptrace rights on Linux", text: "(lldb) process attach --pid 4242\nerror: attach failed: Operation not permitted", not: []string{"text-debugger-attach-denied"}},
	{name: "installer package readable only by root", text: "ERROR ITMS-90255: \"The installer package includes files that are only readable by the root user.\"", want: []string{"text-upload-root-only-files"}},
	{name: "entitlements file modified during the build", text: `error: Entitlements file "Runner.entitlements" was modified during the build, which is not supported.`, want: []string{"text-entitlements-modified-during-build"}},
	{name: "missing entitlement mail", text: `Missing Entitlement - App contains references to [Apple Pay] in 'App name', but is missing the required entitlement 'com.apple.developer.in-app-payments'.`, want: []string{"text-upload-missing-entitlement"}},
	// Game developers' retellings (heldout75).
	{name: "damaged: showed as damaged", text: "On macOS, the downloaded `Game.app` initially showed as “damaged” and wouldn’t open.", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a save file shown as damaged", text: "After the update my save slot showed as damaged in the load menu.", not: []string{"text-gatekeeper-damaged"}},
	{name: "amfid: the signature on the file is invalid", text: `/Applications/Game.app/Contents/MacOS/Game not valid: Error Domain=AppleMobileFileIntegrityError Code=-420 "The signature on the file is invalid"`, want: []string{"text-code-signature-invalid"}},
	{name: "near miss: a PDF signature invalid", text: "Adobe reports: The signature on this document is invalid.", not: []string{"text-code-signature-invalid"}},
	{name: "library validation told", text: "Hardened Runtime library validation rejects the Valve-signed steamclient.dylib, which has a different Team ID from the game.", want: []string{"text-library-validation"}},
	{name: "near miss: library validation kept on", text: "We keep library validation enabled; it rejects nothing in our release build.", not: []string{"text-library-validation"}},
	{name: "app-sandbox entitlement not applied", text: "It seems the `com.apple.security.app-sandbox` entitlement hasn't been applied in the code signing step of the export.", want: []string{"text-app-sandbox-not-enabled"}},
	{name: "near miss: app-sandbox entitlement applied", text: "The com.apple.security.app-sandbox entitlement has been applied to every helper.", not: []string{"text-app-sandbox-not-enabled"}},
	{name: ".NET SDK apphost already signed, retold", text: `I'm getting an error "Failed to sign apphost error code one:: singlefilehost is already signed".`, want: []string{"text-already-signed"}},
	{name: ".NET SDK apphost signing failed for another reason", text: `error NETSDK1177: Failed to sign apphost with error code 1: /Users/me/App/obj/apphost: errSecInternalComponent`, not: []string{"text-already-signed"}},
	{name: "profile lacks the entitlement retold", text: "We were granted the com.apple.developer.mail-client entitlement, but the Ad-Hoc provisioning profile does not include this special entitlement.", want: []string{"text-profile-missing-entitlement"}},
	{name: "near miss: profile lacks this device", text: "The Ad-Hoc provisioning profile does not include this device, so I registered it.", not: []string{"text-profile-missing-entitlement"}},
	{name: "near miss: profile includes the entitlement", text: "The App Store provisioning profile does include the entitlement now that Apple approved it.", not: []string{"text-profile-missing-entitlement"}},
	// Mac users asking why an app will not open (heldout78).
	{name: "damaged: moved to the trashbox", text: "After downloading dmg, system writes that file is damaged and should be moved to the trashbox", want: []string{"text-gatekeeper-damaged"}},
	{name: "damaged: throw it in the trash", text: "After unzipping and opening the .dmg, upon trying to open the app I get an error saying that the file is damaged and to throw it in the trash.", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a damaged photo thrown in the trash", text: "The photo from my camera is damaged, so I will throw it in the trash.", not: []string{"text-gatekeeper-damaged"}},
	{name: "damaged: the German alert translated", text: `""SD Prompt Reader.app" is corrupted and cannot be opened. It is recommended to move the object to the Trash."`, want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a corrupted document", text: `"Budget.xlsx" is corrupted and cannot be opened.`, not: []string{"text-gatekeeper-damaged"}},
	{name: "damaged: retold for mac", text: "Release 1.3.0 for mac is damaged\n\nunable to open the osx download because my computer is saying it is damaged.", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a package said damaged on Linux", text: "apt says the downloaded package is damaged; the mirror was out of date.", not: []string{"text-gatekeeper-damaged"}},
	{name: "unverified: can't be verified as free of malware", text: "Apple warns that it can't be installed as it can't be verified as free of malware.", want: []string{"text-gatekeeper-unverified"}},
	{name: "unverified: can't be scanned for malware", text: "seqkit was being blocked by apple security as it can't be scanned for malware.", want: []string{"text-gatekeeper-unverified"}},
	{name: "unverified: Apple can't check for malicious software", text: "App can not be opened.\nReason: Apple can't check for malicious software (see screenshot)", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: a scanner that cannot scan for malware", text: "The antivirus cannot scan the archive for malware because it is encrypted.", not: []string{"text-gatekeeper-unverified"}},
	{name: "no permission to open the App", text: `"You don't have permission to open the App, contact Your computer or network Administrator for assistance"`, want: []string{"text-app-cant-be-opened"}},
	{name: "near miss: no permission to open a file", text: `You don't have permission to open the file "notes.txt".`, not: []string{"text-app-cant-be-opened"}},
	{name: "amfid: requirements for restricted entitlements", text: "amfid\tRequirements for restricted entitlements failed to validate, error -67050, requirements: 'anchor apple generic'", want: []string{"text-unsatisfied-entitlements"}, not: []string{"text-csreq-67050"}},
	{name: "restricted entitlements named, not failed (near miss)", text: "Requirements for restricted entitlements are listed in the profile.", not: []string{"text-unsatisfied-entitlements"}},
	{name: "xcodebuild quotes the bare certificate error", text: `Possible fix for xcodebuild test command error "No signing certificate"`, want: []string{"text-no-signing-certificate"}},
	{name: "near miss: no signing certificate without xcodebuild", text: `signtool error "No signing certificate" on the Windows runner`, not: []string{"text-no-signing-certificate"}},
	{name: "first-launch prompt retold", text: "I just had to try opening it from finder because of a downloaded from internet warning.", want: []string{"text-gatekeeper-first-launch"}},
	{name: "near miss: a downloaded file without the warning", text: "I opened the file downloaded from the internet in Finder.", not: []string{"text-gatekeeper-first-launch"}},
	{name: "move-to-trash alert retold", text: "App won't open MacOS wants to trash.  Running Tahoe 26.6.2", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: macOS wants to trash files", text: "After the update macOS wants to trash my old downloads.", not: []string{"text-gatekeeper-unverified"}},
	{name: "Open Anyway retold", text: "3. In Security allow the app to open anyway\n4. Try open the app again.\n5. Nothing happens", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: open anyway without Gatekeeper", text: "The file looks corrupt but I will open anyway.", not: []string{"text-gatekeeper-unverified"}},
	{name: "notarization error on opening the app", text: "app opens without the notarization error", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: notarization error when submitting", text: "notarytool returned a notarization error when I submitted the zip", not: []string{"text-gatekeeper-unverified"}},
	{name: "Organizer's code signing failed alert", text: `bug: Publishing iOS App gives error: Code signing "Capacitor.framework" failed.`, want: []string{"text-codesign-command-failed"}},
	{name: "near miss: code signing named without a quoted product", text: "Code signing failed on the CI machine, then passed on a retry.", not: []string{"text-codesign-command-failed"}},
	{name: "Cordova remote build without a team", text: "Build failed with error Warning: Could not find development team. Starting with XCode 8, you must provide a build.json with a development team.", want: []string{"text-requires-development-team"}},
	{name: "corber: manual signing without a profile", text: "xcode project is configured for manual signing, but no provisioning profile has been selected; project may build, but archive will fail.", want: []string{"text-no-profiles-found"}},
	{name: "Virtualization.framework: the process lacks the virtualization entitlement", text: `Error Domain=VZErrorDomain Code=2 "The process doesn’t have the “com.apple.security.virtualization” entitlement." UserInfo={NSLocalizedFailure=Invalid virtual machine configuration.}`, want: []string{"text-virtualization-entitlement-missing"}},
	// A Swift package's target given the app's CODE_SIGN_ENTITLEMENTS, wrapped by a CI log; the build setting's listing is no error.
	{name: "entitlements file missing, wrapped", text: "error: The file \".../SourcePackages/checkouts/Kit/App/App.entitlements\" \ncould not be opened. Verify the value of the CODE_SIGN_ENTITLEMENTS build setting \nfor target \"Kit_Core\" is correct and that the file exists on disk.", want: []string{"text-entitlements-file-missing"}},
	{name: "entitlements build setting listed", text: "    CODE_SIGN_ENTITLEMENTS = App/App.entitlements\n    CODE_SIGN_IDENTITY = Apple Development", not: []string{"text-entitlements-file-missing"}},
	{name: "data file subcomponent in Contents", text: `"codesign" will fail with "In subcomponent: Test.app/Contents/ReadMe.txt".`, want: []string{"text-bundle-format"}, not: []string{"text-nested-code-invalid"}, vals: map[string]string{"path": "Test.app/Contents/ReadMe.txt"}},
	{name: "data file subcomponent in Contents/MacOS", text: "Acme.app: replacing existing signature\nIn subcomponent: /Users/me/dist/Acme.app/Contents/MacOS/settings.json", want: []string{"text-bundle-format"}, not: []string{"text-nested-code-invalid"}},
	{name: "near miss: an executable subcomponent in Contents/MacOS", text: "Acme.app: replacing existing signature\nIn subcomponent: /Users/me/dist/Acme.app/Contents/MacOS/acme-helper", want: []string{"text-nested-code-invalid"}, not: []string{"text-bundle-format"}},
	{name: "near miss: a framework subcomponent", text: "Acme.app: code object is not signed at all\nIn subcomponent: /Users/me/dist/Acme.app/Contents/Frameworks", not: []string{"text-bundle-format"}},
	{name: "near miss: a data file not signed at all", text: "Acme.app: code object is not signed at all\nIn subcomponent: /Users/me/dist/Acme.app/Contents/LICENSE.txt", want: []string{"text-not-signed"}, not: []string{"text-bundle-format", "text-nested-code-invalid"}},
	{name: "damaged: the Mac was convinced", text: "Installing the test release on an M4 Mac Mini: the Mac was convinced the app file was 'damaged' (its words, not mine).", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a backup disk the Mac believed damaged", text: "Time Machine stopped: the Mac believed the backup disk was damaged, so Disk Utility ran First Aid on the volume.", not: []string{"text-gatekeeper-damaged"}},
	// macOS 15's prompt for another app's data: an app group container
	// where the paste names app groups, otherwise Full Disk Access.
	{name: "group container prompt", text: `"Notes Widget.app" would like to access data from other apps. It touches ~/Library/Group Containers/ABCDE12345.widget on every save.`, want: []string{"text-app-group-prefix"}},
	{name: "data of other apps under launchd", text: `LaunchAgent keeps showing "python3.12 would like to access data from other apps" (Full Disk Access); Allow does not persist.`, not: []string{"text-app-group-prefix"}},
	// A notarized ZIP retold as unstapleable leads with the file type.
	{name: "zip cannot be stapled", text: `The archive itself is accepted after notarization. Unfortunately, the ZIP cannot be stapled (offline verification).`, want: []string{"text-stapler-failed"}},
	{name: "stapling advice about zips", text: `You can't staple a ticket to a ZIP archive, so staple the app before you zip it.`, not: []string{"text-stapler-failed"}},
	{name: "no longer available", text: `When I try to open it: “DiOS (Beta)” is no longer available`, want: []string{"text-app-no-longer-available"}},
	{name: "no longer available retold", text: `a popup comes up saying it's no longer available. This happened with AltStore when I didn't renew an app in time.`, want: []string{"text-app-no-longer-available"}},
	{name: "beta expired", text: `When I attempt to launch the app, the message "Hadge" Beta has expired appears.`, want: []string{"text-testflight-beta-expired"}},
	{name: "testflight expired retold", text: `The test flight beta for this app has expired.`, want: []string{"text-testflight-beta-expired"}},
	{name: "verify retold: trust of the developer", text: `it says “unable to verify” and goes on about it needs to verify the trust of the developer with an internet connection.`, want: []string{"text-untrusted-developer"}},
	{name: "verify retold: before it can be launched", text: `"This app needs to be verified before it can be launched."`, want: []string{"text-untrusted-developer"}},
	{name: "verify retold: by network", text: `theres a pop up saying that it has to be verified by network when I have mobile data on`, want: []string{"text-untrusted-developer"}},
	{name: "verify retold: internet until trusted", text: `It never opens even after trust tells me that I have to connect to the Internet until the application is trusted.`, want: []string{"text-untrusted-developer"}},
	{name: "certificate got revoked", text: `I have an iPhone XR. But suddenly the certificate got 100% revoked and it just instantly crashes when I opened`, want: []string{"text-cert-revoked"}},
	// The hundred-and-fifth round's forms of the five classic failures.
	{name: "dyld4: code signature invalid in the image's UUID", text: "dlopen(/var/mobile/Containers/Data/Application/X/Documents/Applications/Foo.app/Foo, 0x0109): tried: '/var/mobile/Containers/Data/Application/X/Documents/Applications/Foo.app/Foo' (code signature invalid in <CA87A6DB-80E8-327F-AF22-24B35EBBACB0> '/private/var/mobile/Containers/Data/Application/X/Documents/Applications/Foo.app/Foo' (errno=1) sliceOffset=0x00000000)", want: []string{"text-library-not-loaded"}},
	{name: "spctl's source named alone", text: `Gatekeeper rejects notarized app ("Unnotarized Developer ID") when using necessary entitlements`, want: []string{"text-gatekeeper-unverified"}},
	{name: "macOS 15 alert title", text: `It shows me: "Acme.app” Not Opened" error on my M2 Macbook laptop:`, want: []string{"text-gatekeeper-unverified"}},
	{name: "damaged and moves it to the trash", text: `The app on Tahoe 26.3 says .app is "damaged" and moves it to trash each time I try to open it.`, want: []string{"text-gatekeeper-damaged"}},
	{name: "profile without the certificate, retold", text: "I can't configure my build, because provision profile does not include the provided signing certificate.", want: []string{"text-profile-missing-certificate"}},
	{name: "device missing from the profile, retold", text: "I tried installing the app through Diawi.com and it says the provisioning profile doesn't include my iPhone's UDID.", want: []string{"text-device-not-in-profile"}},
	{name: "App Center: not an ad hoc or enterprise profile", text: `app center is showing "This application cannot be installed because it was not provisioned with an Ad-Hoc or Enterprise profile."`, want: []string{"text-profile-wrong-kind"}},
	{name: "iOS device crash in JIT memory", text: iosJITCrash, want: []string{"text-code-signature-invalid"}, not: []string{"text-hardened-runtime-exception"}, vals: map[string]string{"code": "0x2"}},
	{name: "near miss: a Mac crash in JIT memory", text: "Exception Type:        EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\nVM Region Info: 0x112981960 is in 0x112980000-0x112a00000\n--->  VM_ALLOCATE            0000000112980000-0000000112a00000 [  512K] r-x/rwx SM=COW", want: []string{"text-hardened-runtime-exception"}},
	{name: "a kill retold without its space", text: "i tried install it on mac, and get killed9.", want: []string{"text-killed-at-launch"}},
	{name: "near miss: a test named killed9Times", text: "func testProcessKilled9Times() { XCTAssertEqual(killed9Times, 9) }", not: []string{"text-killed-at-launch"}},
	{name: "near miss: killed 9 times", text: "The build agent was killed 9 times by the OOM killer last week.", not: []string{"text-killed-at-launch"}},
	{name: "AMFI deny-mmap of a mapped executable file", text: "kernel[0]: AMFI: Xcode(pid 892) - [deny-mmap] mapped executable file has no team identifier in its signature: /Users/me/Library/Plug-ins/XVim.xcplugin/Contents/MacOS/XVim", want: []string{"text-library-validation"}},
	{name: "App Clip ID without its parent app", text: "- ENTITY_ERROR.RELATIONSHIP.REQUIRED: Relationship is required but was not provided.: The relationship 'parentBundleId' is required but was not provided with this request.", want: []string{"text-app-clip-parent-bundle-id"}},
	{name: "another relationship required", text: "- ENTITY_ERROR.RELATIONSHIP.REQUIRED: Relationship is required but was not provided.: The relationship 'app' is required but was not provided with this request.", not: []string{"text-app-clip-parent-bundle-id"}},
	{name: "no devices, quoted short", text: `the archive step fails with "Your team has no devices", since no Apple TV is registered`, want: []string{"text-no-devices"}},
	{name: "no devices enrolled", text: "Your team has no devices enrolled in Intune yet.", not: []string{"text-no-devices"}},
	{name: "watch companion identifier, read off a screenshot", text: "Invalid value of WKCompanionAppBundleldentifier\nkey in WatchKit 2.0 app's Info.plist:\ncom.example.app(expected\ncom.example.app.ABCDE12345)", want: []string{"text-embedded-bundle-id-prefix"}},
	{name: "App Clip's (null) application identifier", text: "app clips fail to install because `(null)` is not a prefix of whatever `com.apple.developer.parent-application-identifiers` is set to", want: []string{"text-missing-application-identifier"}},
	{name: "(null) prefix elsewhere", text: "(null) is not a prefix of the requested path", not: []string{"text-missing-application-identifier"}},
	// One-line retellings and issue titles.
	{name: "title: damaged in quotes", text: `Can't open app bundle on macOS (app is "damaged" and can't be opened)`, want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a document damaged in quotes", text: `The file "notes.docx" is "damaged" and can't be opened.`, not: []string{"text-gatekeeper-damaged"}},
	{name: "title: Apple can not check it", text: "Can't be opened because Apple can not check it for malicious software", want: []string{"text-gatekeeper-unverified"}},
	{name: "title: unknown developer warning", text: "Signing the App (Unknown Developer Warning)", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: Windows unknown publisher warning", text: `Windows SmartScreen shows an "Unknown Publisher" warning when running the installer.`, not: []string{"text-gatekeeper-unverified"}},
	{name: "must be notarized, can't be launched", text: "all apps must be notarized by Apple. Therefore the app currently can't be launched under macOS Catalina.", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: must be notarized, launches", text: "All apps must be notarized by Apple. Our build is notarized and launches fine.", not: []string{"text-gatekeeper-unverified"}},
	{name: "title: stuck on notarization", text: "Gets stuck on notarization with `renconstruct build`", want: []string{"text-notary-in-progress"}},
	{name: "notarization stuck in in-progress", text: `the request for notarization info stays stuck in the "in-progress" state`, want: []string{"text-notary-in-progress"}},
	{name: "near miss: a notarization progress bar", text: "The notarization progress bar is stuck at 50% in the browser extension.", not: []string{"text-notary-in-progress"}},
	{name: "iOS App Signer: no codesigning certificates (old alert)", text: "No codesigning certificates found!\n\niOS app signer v17 i have free dev. account", want: []string{"text-cert-not-trusted"}},
	{name: "iOS App Signer: no codesigning certificates (new alert)", text: "No codesigning certificates found\nI can attempt to fix this automatically, would you like me to try?", want: []string{"text-cert-not-trusted"}},
	{name: "iOS App Signer: status line counts none", text: `I keep getting "Found 0 Codesigning Certificates"`, want: []string{"text-cert-not-trusted"}},
	{name: "near miss: a build script's own warning of no certificates", text: `security find-identity -v -p codesigning 2>/dev/null || log_warning "No codesigning certificates found"`, not: []string{"text-cert-not-trusted"}},
	{name: "the damaged alert retold in Chinese", text: "打开时都提示文件损坏请移到废纸篓。", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a damaged file moved to the Trash, in Chinese", text: "我把损坏的文件移到废纸篓了。", not: []string{"text-gatekeeper-damaged"}},
	{name: "can't be opened beside damaged, on an Apple M1", text: "苹果M1 无法打开：damaged", want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: can't be opened beside damaged, nothing about a Mac", text: "无法打开：damaged", not: []string{"text-gatekeeper-damaged"}},
	{name: "Gatekeeper's developer check in Hebrew", text: "היא תיתן לך את השגיאה \"לא ניתן לפתוח כי לא ניתן לאמת את המפתח\", ורק האפשרות היא להעביר את האפליקציה לאשפה.", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: a Hebrew file that cannot be opened", text: "לא ניתן לפתוח את הקובץ כי הוא פגום", not: []string{"text-gatekeeper-unverified"}},
	{name: "Apple's Hindi page on an unidentified developer", text: "न पहचाने गए डेवलपर से ऐप खोलें", want: []string{"text-gatekeeper-unverified"}},
	{name: "an unidentified developer in Indonesian", text: "Cara Membuka Aplikasi dari “Pengembang Tidak Dikenal” di Mac Anda", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: Android's unknown sources in Indonesian", text: "Izinkan instal aplikasi dari sumber tidak dikenal di pengaturan Android", not: []string{"text-gatekeeper-unverified"}},
	{name: "Apple's Taiwanese page: the developer cannot be verified", text: "如果無法驗證 App 開發者,且在 macOS Catalina 和以上版本中,App 尚未經過 Apple 驗證,", want: []string{"text-gatekeeper-unverified"}},
	{name: "an iPhone app shown untrusted, in traditional Chinese", text: "蘋果手機安裝app顯示未受信任", want: []string{"text-untrusted-developer"}},
	{name: "near miss: a PC app shown untrusted, in traditional Chinese", text: "電腦安裝app顯示未受信任的發行者", not: []string{"text-untrusted-developer"}},
	{name: "Settings' Enterprise App heading in Vietnamese", text: "Dưới mục \"Ứng dụng Doanh nghiệp\" (Enterprise App), bạn sẽ thấy tên nhà phát triển ứng dụng bạn đã tải xuống.", want: []string{"text-untrusted-developer"}},
	{name: "near miss: enterprise applications in Vietnamese", text: "Chúng tôi phát triển ứng dụng doanh nghiệp cho Android và web.", not: []string{"text-untrusted-developer"}},
	{name: "Apple's enterprise accounts revoked, in Persian", text: "دلیل این موضوع به باطل شدن اکانت های دولوپر اینترپرایز از سوی اپل برمیگردد", want: []string{"text-cert-revoked"}},
	{name: "near miss: enterprise accounts revoked with no Apple named, in Persian", text: "دلیل این موضوع به باطل شدن اکانت های دولوپر اینترپرایز برمیگردد", not: []string{"text-cert-revoked"}},
	// Installer's alert about a package whose signature does not verify.
	{name: "Installer: package digital signature is invalid", text: "“Acme.pkg” can’t be installed because its digital signature is invalid.\nThe package may have been corrupted or tampered with. Get a new copy of the package and try again.", want: []string{"text-pkg-signature-invalid"}, vals: map[string]string{"path": "Acme.pkg"}},
	{name: "code from an unverified developer", text: "When trying to use the plugin on Mac I get an error, because the binaries are from an unverified developer.", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: an unverified developer account", text: "The listing was removed because the seller is from an unverified developer account.", not: []string{"text-gatekeeper-unverified"}},
	{name: "xcframework named with a space before the extension", text: `The signature of "VendorSDK. xcframework" cannot be validated and may have been compromised.`, want: []string{"text-signed-resource-modified"}},
	{name: "near miss: a sentence ending before xcframework", text: "The signature of the app cannot be verified. xcframework files were added later.", not: []string{"text-signed-resource-modified"}},
	{name: "Godot: Xcode's codesign chosen without Xcode", text: "ERROR: Cannot export project with preset \"mac\" due to configuration errors:\nCode signing: Xcode command line tools are not installed.", want: []string{"text-godot-xcode-tools-missing"}},
	{name: "near miss: a build script without the command line tools", text: "Error: Xcode command line tools are not installed.\nRun 'xcode-select --install' to install them.", not: []string{"text-godot-xcode-tools-missing"}},
	// Xcode's check for a target without PRODUCT_BUNDLE_IDENTIFIER (https://github.com/leetal/ios-cmake/issues/141).
	{name: "Xcode: a target without a bundle identifier", text: "error: Bundle identifier is missing. runtests doesn't have a bundle identifier. Add a value for PRODUCT_BUNDLE_IDENTIFIER in the build settings editor. (in target 'runtests' from project 'libaes_siv')", want: []string{"text-bundle-identifier-missing"}},
	{name: "near miss: the first sentence alone", text: "Bundle identifier is missing.", not: []string{"text-bundle-identifier-missing"}},
	// Kotlin/Compose Multiplatform and .NET for iOS and Mac.
	{name: ".NET: code signing key in doubled quotes", text: "Xamarin.Shared.targets(1795,3): error : iOS code signing key ''iPhone Distribution: ****'' not found in keychain.", want: []string{"text-identity-not-found"}},
	{name: "Compose Multiplatform: could not find certificate", text: "Could not find certificate for 'Jane Doe' in keychain [/Users/username/Library/Keychains/login.keychain-db]", want: []string{"text-identity-not-found"}, vals: map[string]string{"identity": "Jane Doe"}},
	{name: "near miss: a mail server's certificate not found", text: "ERROR: Could not find certificate for mail.example.com in /var/lib/caddy", not: []string{"text-identity-not-found"}},
	{name: "Hot Restart: Windows's word for a .p12 password", text: `1>C:\Program Files\dotnet\packs\Microsoft.iOS.Windows.Sdk\16.2.2054\tools\msbuild\iOS\Xamarin.iOS.HotRestart.targets(20,3): error : The specified network password is not correct.`, want: []string{"text-p12-import-failed"}},
	{name: "near miss: a network share's password", text: "C:\\> net use Z: \\\\fileserver\\share\nSystem error 86 has occurred.\n\nThe specified network password is not correct.", not: []string{"text-p12-import-failed"}},
	{name: "MAUI SecureStorage: MissingEntitlement", text: "System.Exception: Error adding record: MissingEntitlement\n   at Microsoft.Maui.Storage.KeyChain.SetValueForKey(String value, String key, String service)", want: []string{"text-missing-entitlement-34018"}},
	{name: "near miss: a missing entitlement error with no keychain", text: "Activation request failed: Missing Entitlement error for the driver extension.", not: []string{"text-missing-entitlement-34018"}},
	{name: "entitlements file named missing", text: "The iOS app does not build because the file iosApp.entitlements is missing", want: []string{"text-entitlements-file-missing"}},
	{name: "near miss: an entitlements file missing a key", text: "The file App.entitlements is missing the com.apple.security.app-sandbox key.", not: []string{"text-entitlements-file-missing"}},
	{name: "resource envelope obsolete in typographic quotes", text: "Otherwise you'll get the “resource envelope is obsolete” error message.", want: []string{"text-resource-envelope-obsolete"}},
	{name: "resource envelope obsolete in running prose", text: "Apple says the old resource envelope is obsolete since OS X 10.9 and signs every file now.", not: []string{"text-resource-envelope-obsolete"}},
	{name: "object format of an app unpacked from an .ipa", text: "Payload/MyApp.app: object file format unrecognized, invalid, or unsuitable", want: []string{"text-codesign-allocate-failed"}},
	{name: "object format of a script in a Mac app", text: "/x/Foo.app/Contents/MacOS/run.sh: object file format unrecognized, invalid, or unsuitable", want: []string{"text-bundle-format"}, not: []string{"text-codesign-allocate-failed"}},
	// The stapler's limit for a bare Mach-O retold, and Xcode's capability
	// message cut where the paste ends.
	{name: "stapler cannot attach a ticket to a raw executable", text: "fails afterward because `xcrun stapler` cannot attach a ticket to a raw standalone Mach-O executable inside the current tarball format.", want: []string{"text-stapler-failed"}},
	{name: "near miss: stapler run on the dmg, not the executable", text: "We notarize the standalone executable too, and xcrun stapler is run on the .dmg only.", not: []string{"text-stapler-failed"}},
	{name: "capability message cut at the end of the paste", text: `"Error Domain=IDEProvisioningErrorDomain Code=9 \"\"Acme.app\" requires a provisioning profile with the Push Not`, want: []string{"text-profile-doesnt-support"}},
	{name: "near miss: a profile with the team's certificate, asked", text: "Does this target really requires a provisioning profile with the team's certificate? It builds fine.", not: []string{"text-profile-doesnt-support"}},
	// The notary log's issues retold as a list.
	{name: "notarization log retold: No hardened runtime in a list", text: "Apple's notarization log revealed three issues with all binaries:\n1. **No hardened runtime** - added `ENABLE_HARDENED_RUNTIME=YES`\n2. **No secure timestamps** - added `--timestamp`", want: []string{"text-no-hardened-runtime"}},
	{name: "near miss: notarization with no hardened runtime needed, no list", text: "For notarization of the installer package there is no hardened runtime to enable; only the app inside needs it.", not: []string{"text-no-hardened-runtime"}},
	{name: "damaged alert quoted without its and", text: `I got the error that Example "is damaged can't be opened"`, want: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a Windows installer damaged", text: "On Windows 11 the setup.exe is damaged can't be opened after the download.", not: []string{"text-gatekeeper-damaged"}},
	{name: "near miss: a spreadsheet damaged, cannot be opened", text: "Excel says the file is damaged, cannot be opened.", not: []string{"text-gatekeeper-damaged"}},
	{name: "unverified alert retold: macOS said it wasn't verified", text: "When I opened it, Mac OS said it wasn't verified.", want: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: macOS said an e-mail address wasn't verified", text: "macOS said the address wasn't verified when I added my iCloud mail.", not: []string{"text-gatekeeper-unverified"}},
	{name: "altool: legacy keychain item not found", text: `*** Error: Failed to read legacy keychain item 'AC_PASSWORD', Error Domain=ITunesConnectFoundationErrorDomain Code=-25300 "The specified item could not be found in the keychain."`, want: []string{"text-notary-auth"}},
	{name: "near miss: another keychain item not found", text: `security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.`, not: []string{"text-notary-auth"}},
	{name: "altool: not a member of an empty provider", text: "The username jane@example.com is not a member of the provider . Contact your team admin for assistance. (1296)", want: []string{"text-notary-team-not-configured"}},
	{name: "near miss: a member of a named provider", text: "The username jane@example.com is not a member of the provider ExampleTeam. Contact your team admin for assistance.", not: []string{"text-notary-team-not-configured"}},
	{name: "virtual camera install: code signature invalid", text: "Produced an error trying to install virtual camera:\ncode signature invalid", want: []string{"text-system-extension-rejected"}, not: []string{"text-code-signature-invalid"}},
	{name: "near miss: a printer driver's code signature invalid", text: "Failed to install the printer driver: code signature invalid", not: []string{"text-system-extension-rejected"}},
	// Installd's resource seal message as Xcode's alert retold it and as
	// iOS 8's MobileInstallation worded it.
	{name: "Xcode alert: signed resource changed, no serial comma", text: `An AlertView will show up onscreen with the following message: "A signed resource has been added, modified or deleted"`, want: []string{"text-signed-resource-modified"}},
	{name: "iOS 8 installd: signed resources added, removed, or modified", text: "<Error>: -[MICodeSigningVerifier performValidationWithError:]: 186: Failed to verify code signature of <MIExecutableBundle : path = /private/var/mobile/Library/Caches/com.apple.mobile.installd.staging/temp.D4oAby/extracted/Payload/Foo.app type = 4> : 0xe8008017 (Signed resources have been added, removed, or modified)", want: []string{"text-signed-resource-modified"}},
	{name: "near miss: resources added or modified, nothing signed", text: "Resources have been added, removed or modified in the asset catalog since the last build.", not: []string{"text-signed-resource-modified"}},
	// spctl's reason that is codesign's own is that reason's finding, not
	// an app never notarized.
	{name: "spctl rejected for unsealed contents of an embedded framework", text: "$ spctl -a -t exec -vv Foo.app\nFoo.app: rejected (unsealed contents present in the root directory of an embedded framework)\norigin=Developer ID Application: Jane Doe (AAAAAAAAAA)", want: []string{"text-bundle-format"}, not: []string{"text-gatekeeper-unverified"}},
	{name: "spctl rejected for a sealed resource", text: "Foo.app: rejected (a sealed resource is missing or invalid)", want: []string{"text-signed-resource-modified"}, not: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: spctl rejected with no reason stays Gatekeeper's", text: "$ spctl -a -vvv Foo.app\nFoo.app: rejected\nsource=Unnotarized Developer ID\norigin=Developer ID Application: Jane Doe (AAAAAAAAAA)", want: []string{"text-gatekeeper-unverified"}},
	{name: "profile UUID not installed, in a block quote", text: `> Your build settings specify a provisioning profile with the UUID "X", however, no such provisioning profile was found.`, want: []string{"text-no-profiles-found"}},
	{name: "keychain prompt for an app's own item after an update", text: `Every update triggers a macOS keychain prompt: "Foo wants to access key "Foo Safe Storage" in your keychain."`, want: []string{"text-keychain-prompt-signature-changed"}},
	{name: "near miss: codesign's prompt for its private key", text: `codesign wants to access key "privateKey" in your keychain.`, not: []string{"text-keychain-prompt-signature-changed"}},
	{name: "developer can't be verified, retold in a question", text: "Downloaded the dmg on Sonoma and it says the developer can't be verified. How do I open it?", want: []string{"text-gatekeeper-unverified"}},
	{name: "how do we fix the developer cannot be verified problem", text: "how do we fix the developer cannot be verified problem on the M2", want: []string{"text-gatekeeper-unverified"}},
	{name: "killed 9 retold without its colon", text: "运行 ./frida-server 就出现 killed 9，是签名的问题吗", want: []string{"text-killed-at-launch"}},
	{name: "EAS: capability sync refused by Apple", text: "✖ Failed to sync capabilities com.acme.app\nThere is a problem with the request entity - The bundle 'AB12CD34EF' cannot be deleted. Delete all the Apps related to this bundle to proceed.", want: []string{"text-eas-capability-sync-failed"}, vals: map[string]string{"bundle_id": "com.acme.app"}},
	{name: "EAS: Apple 403 after registering the bundle ID", text: "✖ Failed to register bundle identifier com.acme.app\n    Error: Apple 403 detected - Access forbidden.", want: []string{"text-team-access-denied"}, not: []string{"text-bundle-id-unavailable"}},
	{name: "Xcode export: no profiles of a kind in quotes are installed", text: `error: exportArchive: No "iOS App Store" profiles for team 'AB12CD34EF' matching 'com.acme.app' are installed.`, want: []string{"text-no-profiles-found"}},
	{name: "ITMS-90786 in an App Store Connect e-mail", text: "ITMS-90786: Invalid Entitlement - Apps that contain the 'com.apple.developer.coremedia.hls.low-latency' entitlement must be built with the iOS 13.0 SDK or later.", want: []string{"text-invalid-entitlements"}},
	{name: "altool --notarize-app given the .app folder", text: "xcrun altool --notarize-app -f MyApp.app --primary-bundle-id com.example.app\nError: Is a directory The operation couldn’t be completed. Is a directory", want: []string{"text-notary-upload-not-archive"}},
	{name: "near miss: a folder copied where a file was wanted", text: "ditto: Error: Is a directory The operation couldn’t be completed. Is a directory", not: []string{"text-notary-upload-not-archive"}},
	{name: "PPPC payload: CodeRequirement has an invalid value", text: "Profile installation failed.\nThe key “CodeRequirement” has an invalid value.", want: []string{"text-requirement-invalid"}},
	{name: "near miss: another key's invalid value", text: "Profile installation failed.\nThe key “PayloadIdentifier” has an invalid value.", not: []string{"text-requirement-invalid"}},
	{name: "Installomator: Team ID not the label's", text: "2024-05-02 09:12:40 : INFO  : example : Team ID: ABCDE12345 (expected: 12345ABCDE )\n2024-05-02 09:12:40 : ERROR : example : ERROR: Team IDs do not match!", want: []string{"text-csreq-67050"}},
	{name: "sysextd: not in the list of allowed extensions", text: "sysextd: Extension with teamID \"G43BCU2T37\" is not in the list of allowed extensions", want: []string{"text-system-extension-rejected"}},
	{name: "TestFlight public link: beta not accepting new testers", text: "Clicked the TestFlight link on my iPhone: “This beta isn't accepting any new testers right now.”", want: []string{"text-testflight-beta-expired"}},
	{name: "TestFlight retold: the TestFlight has expired", text: "Looks like the TestFlight has expired, the app won't open on my iPad.", want: []string{"text-testflight-beta-expired"}},
	{name: "Device Management trust retold", text: "The enterprise app can't open until you go to Settings > General > Device Management and trust the developer.", want: []string{"text-untrusted-developer"}},
	{name: "osascript not allowed assistive access (-1719)", text: "1206:1281: execution error: System Events got an error: osascript is not allowed assistive access. (-1719)", want: []string{"text-privacy-access-refused"}},
	{name: "ScreenCaptureKit's declined TCCs (-3801)", text: "Failed to start capture stream: The user declined TCCs for application, window, display capture (domain: com.apple.ScreenCaptureKit.SCStreamErrorDomain, code: -3801)", want: []string{"text-privacy-access-refused"}},
	{name: "near miss: ScreenCaptureKit's stream stopped (-3821)", text: "Error Domain=com.apple.ScreenCaptureKit.SCStreamErrorDomain Code=-3821 \"Stream was stopped by the system\"", not: []string{"text-privacy-access-refused"}},
	{name: "tccd's stored requirement for a rebuilt app", text: "tccd: Failed to match existing code requirement for subject dev.example.Burrow and service kTCCServiceSystemPolicyAllFiles", want: []string{"text-privacy-access-refused"}, not: []string{"text-csreq-67050"}, vals: map[string]string{"bundle_id": "dev.example.Burrow"}},
	{name: "notarytool offline: HTTPError with no status", text: "xcrun notarytool submit App.zip --keychain-profile notary --wait\nError: HTTPError(statusCode: nil, error: Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\")", want: []string{"text-notary-unreachable"}},
	{name: "near miss: an HTTP client's timeout where nothing is notarized", text: "upload failed: HTTPClientError.deadlineExceeded", not: []string{"text-notary-unreachable"}},
	{name: "spctl's success quoted on one line", text: "plus `spctl --assess --type execute` → `accepted, source=Notarized Developer ID`.", not: []string{"text-gatekeeper-unverified"}},
	{name: "near miss: spctl rejected, the source on the next line", text: "App.app: rejected\nsource=Unnotarized Developer ID", want: []string{"text-gatekeeper-unverified"}},
	{name: "Tauri: security import of an empty APPLE_CERTIFICATE", text: "failed to bundle project failed codesign application:\n  failed to run command security import: failed to import keychain certificate", want: []string{"text-p12-import-failed"}},
	{name: "codesign's dialog for the signing key", text: `codesign wants to access key "privateKey" in your keychain. Do you want to allow access to this item?`, want: []string{"text-codesign-key-access-prompt"}, not: []string{"text-keychain-prompt-signature-changed"}},
	{name: "codesign's prompt retold at the signing step", text: "When it gets to the code signing phase a keychain password prompt pops up and the CI job hangs.", want: []string{"text-codesign-key-access-prompt"}},
	{name: "an Xcode-run app that stops opening after days", text: "I installed it from Xcode and after a few days the app crashes every time I open it.", want: []string{"text-app-no-longer-available"}},
	{name: "near miss: Xcode itself crashes after days of uptime", text: "After a few days of uptime Xcode crashes when I open the app's project; a restart fixes it.", not: []string{"text-app-no-longer-available"}},
	{name: "near miss: an App Store app that crashes after an update days ago", text: "Since the App Store update two days ago the app crashes on launch; I deleted and reinstalled it.", not: []string{"text-app-no-longer-available"}},
	{name: "the keychain prompting on every launch of an unsigned build", text: "macOS Keychain could not verify the app, prompting users on every launch.", want: []string{"text-keychain-prompt-signature-changed"}},
	{name: "electron-builder CSC_LINK empty", text: "  \u2022 empty password will be used for code signing  reason=CSC_KEY_PASSWORD is not defined\n  \u2a2f /Users/runner/work/Example/Example not a file", want: []string{"text-signing-certificate-file-missing"}, vals: map[string]string{"path": "/Users/runner/work/Example/Example"}},
	{name: "SMAppService's register error in the app's log", text: "Register (<private>) error: 1\nFailed to register as login item: The operation couldn’t be completed. Operation not permitted", want: []string{"text-login-item-register-failed"}},
	{name: "near miss: a registry's register error", text: "npm ERR! Register (registry) error: 401 Unauthorized", not: []string{"text-login-item-register-failed"}},
	{name: "installd refuses an entitlement, double quotes and no article", text: "installd[37] <Error>: entitlement \"get-task-allow\" has value not permitted by provisioning profile", want: []string{"text-install-invalid-entitlements"}},
	{name: "EAS: a universal profile required for internal distribution", text: "Error: You must use a universal provisioning profile (target 'App') for internal distribution if you specified \"enterpriseProvisioning\": \"universal\" in eas.json", want: []string{"text-profile-wrong-kind"}},
	{name: "near miss: a Mac App Store installer identity used for an upload", text: "productbuild --sign \"3rd Party Mac Developer Installer: Example (ABCDE12345)\" then upload with altool; signed with 3rd Party Mac Developer Installer as required", not: []string{"text-pkg-signature-invalid"}},
	{name: "SMAppService's error 1 for a daemon", text: `Daemon service registering failed, error: Error Domain=SMAppServiceErrorDomain Code=1 "Operation not permitted" UserInfo={NSLocalizedFailureReason=Operation not permitted}, status: 0`, want: []string{"text-login-item-register-failed"}},
	{name: "a login item's registration refused in the app's log", text: "Failed to register as login item: The operation couldn’t be completed. Operation not permitted", want: []string{"text-login-item-register-failed"}},
	{name: "near miss: a file copy refused with the same description", text: "Failed to copy the settings file: The operation couldn’t be completed. Operation not permitted", not: []string{"text-login-item-register-failed"}},
	{name: "Xcodes' helper install: (CFErrorDomainLaunchd.4)", text: "Install Helper - The operation couldn’t be completed. (CFErrorDomainLaunchd.4)", want: []string{"text-csreq-67050"}},
	{name: "near miss: (CFErrorDomainLaunchd.2) is not the requirement check", text: "Install Helper - The operation couldn’t be completed. (CFErrorDomainLaunchd.2)", not: []string{"text-csreq-67050"}},
	{name: "macOS 15's Malware Blocked title after the helper's identifier", text: "com.docker.socket Malware Blocked Mac ...", want: []string{"text-gatekeeper-will-damage"}},
	{name: "near miss: a DNS filter's blocked domain", text: "ads.example.com Malware Blocked by NextDNS (threat intelligence feeds)", not: []string{"text-gatekeeper-will-damage"}},
	{name: "near miss: an antivirus's malware blocked notice", text: "Windows Security: Malware blocked. Threat quarantined by Microsoft Defender Antivirus.", not: []string{"text-gatekeeper-will-damage"}},
	{name: "Cydia Impactor: the team's iPhone devices are all registered", text: "provision.cpp:81\nios/addDevice =5405\nUnable to add device 'xyDevice' because the team has already reached the maximum number of iPhone devices.", want: []string{"text-device-limit"}},
	{name: "near miss: a plan's Mac device cap", text: "Your team has already reached the maximum number of Mac devices included in your plan.", not: []string{"text-device-limit"}},
}

// negativeCases are texts that must stay unknown.
var negativeCases = []string{
	"    CODE_SIGN_ALLOW_ENTITLEMENTS_MODIFICATION = NO",
	// An AWS CLI profile, not a provisioning profile.
	"Error when retrieving token from sso: Token has expired and refresh failed. The SSO session associated with this profile has expired or is otherwise invalid.",
	"Hello, world. My app builds fine and runs fine.",
	"codesign -dvvv Acme.app\nExecutable=/Applications/Acme.app/Contents/MacOS/Acme\nIdentifier=com.acme.app\nFormat=app bundle with Mach-O thin (arm64)",
	"The application is great and can be opened any time.",
	"In this team ID ABCDEFGHIJ nothing failed.",
	"killed the bug, moved on",
	`1) 4E587951B705280CBB8086325CD134D4CDA04977 "Apple Development: Kim Lee (AB12CD34EF)"`,
	"id: 2efe2717-52ef-43a5-96dc-0797e4ca1041 name: Acme.zip",
	// Ansible Vault, not fastlane match's storage.
	"ERROR! Decryption failed (no vault secrets were found that could decrypt) on group_vars/all/vault.yml",
	// Other tools' exit statuses and a certificate that passed.
	`"signtool.exe" exited with code 1.`,
	"Process exited with code 1",
	"Your certificate 'AB12CD34EF.cer' is valid",
	// A website's session, another program's error 1100 and account list,
	// a TLS identity and a token looked up in the keychain.
	"Your session has expired. Please log in.",
	"Server returned error 1100, retrying",
	`Mail shows "No Accounts" after the update`,
	"Unhandled exception. Interop+AppleCrypto+AppleCommonCryptoCryptographicException: MAC verification failed during PKCS12 import (wrong password?)\n   at Interop.AppleCrypto.X509ImportCertificate",
	"security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.",
	// Apple's refusal while listing a team's members, and another service's.
	"<Spaceship::InsufficientPermissions: User user@example.com (Team ID XXXXXXXXXX) doesn't have enough permission for the following action: team_members (You are not allowed to perform this operation.  Please check with one of your Team Admins)>",
	`"message": "You do not have permission to perform this operation."`,
	// NuGet package signing, not the .NET SDK's apphost.
	"error NU3001: Signing the package failed: the package is already signed.",
}

func runCase(t *testing.T, c textCase) {
	t.Helper()
	res := Analyze([]byte(c.text))
	got := map[string]*Match{}
	for i := range res.Matches {
		got[res.Matches[i].Entry.ID] = &res.Matches[i]
	}
	for _, id := range c.want {
		if got[id] == nil {
			t.Errorf("%s: want %s, got %v", c.name, id, ids(res))
		}
	}
	for _, id := range c.not {
		if got[id] != nil {
			t.Errorf("%s: %s must not match, got %v", c.name, id, ids(res))
		}
	}
	for kind, want := range c.vals {
		found := false
		var all []Value
		for _, id := range c.want {
			if m := got[id]; m != nil {
				all = append(all, m.Values...)
				for _, v := range m.ValuesOf(kind) {
					if v == want {
						found = true
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: want %s %q among values, got %v", c.name, kind, want, all)
		}
	}
}

// readFirst asserts that each text's first diagnosis is the entry id.
func readFirst(t *testing.T, id string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if r := Analyze([]byte(s)); len(r.Matches) == 0 || r.Matches[0].Entry.ID != id {
			t.Errorf("%q: got %v, want %s", s, ids(r), id)
		}
	}
}

// readCase is a text and an entry it must be read as.
type readCase struct{ text, id string }

// readEach asserts that each text is read as its entry (among others).
func readEach(t *testing.T, cases []readCase) {
	t.Helper()
	for _, c := range cases {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: not read as %s (got %v)", c.text, c.id, ids(Analyze([]byte(c.text))))
		}
	}
}

// readNothing asserts that no text gets a diagnosis.
func readNothing(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if r := Analyze([]byte(s)); !r.Unknown() {
			t.Errorf("%q: got %v", s, ids(r))
		}
	}
}

// readNoError asserts that no text gets more than an information finding.
func readNoError(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.Severity != Info {
				t.Errorf("%q: %s %s", s, m.Entry.Severity, m.Entry.ID)
			}
		}
	}
}

// readListed asserts that no text gets an error or warning, apart from
// those still lists (a look-alike review's texts still read, with why),
// which must still get one; texts in known (read before a review's
// narrowing, while it was measured) are not judged.
func readListed(t *testing.T, known, still map[string]string, texts ...string) {
	t.Helper()
	for _, s := range texts {
		if _, ok := known[s]; ok {
			continue
		}
		var got []string
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.Severity != Info {
				got = append(got, string(m.Entry.Severity)+" "+m.Entry.ID)
			}
		}
		_, listed := still[s]
		switch {
		case len(got) > 0 && !listed:
			t.Errorf("%q: %v", s, got)
		case len(got) == 0 && listed:
			t.Errorf("%q: listed as still read, but gets nothing", s)
		}
	}
}

func ids(r Result) []string {
	var out []string
	for _, m := range r.Matches {
		out = append(out, m.Entry.ID)
	}
	return out
}

func TestSeedMessages(t *testing.T) {
	for _, c := range seedCases {
		runCase(t, c)
	}
}

func TestVariants(t *testing.T) {
	for _, c := range variantCases {
		runCase(t, c)
	}
}

func TestUnknownText(t *testing.T) {
	for _, s := range negativeCases {
		if r := Analyze([]byte(s)); !r.Unknown() {
			t.Errorf("%q: want unknown, got %v", s, ids(r))
		}
	}
	if r := Analyze([]byte(" \n\t ")); !r.Empty || !r.Unknown() {
		t.Errorf("blank text: want empty and unknown, got %+v", r)
	}
}

// Every entry is exercised by at least one case, so no pattern is dead.
func TestEveryEntryCovered(t *testing.T) {
	covered := map[string]bool{}
	for _, cs := range [][]textCase{seedCases, variantCases} {
		for _, c := range cs {
			for _, id := range c.want {
				covered[id] = true
			}
		}
	}
	for _, r := range readRecords(t, "testdata/real-messages.txt") {
		for _, id := range r.want {
			covered[id] = true
		}
	}
	for _, e := range catalogue {
		if !covered[e.ID] {
			t.Errorf("entry %s has no test case", e.ID)
		}
	}
}

var entryIDPattern = regexp.MustCompile(`^text-[a-z0-9]+(-[a-z0-9]+)*$`)

func TestCatalogueWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range catalogue {
		if !entryIDPattern.MatchString(e.ID) {
			t.Errorf("bad ID %q", e.ID)
		}
		if seen[e.ID] {
			t.Errorf("duplicate ID %s", e.ID)
		}
		seen[e.ID] = true
		if e.Title == "" || e.Meaning == "" || len(e.Causes) == 0 || e.Confirm == "" || e.Fix == "" || e.Source == "" {
			t.Errorf("%s: missing title, meaning, causes, confirm, fix or source", e.ID)
		}
		switch e.Severity {
		case Error, Warning, Info:
		default:
			t.Errorf("%s: severity %q", e.ID, e.Severity)
		}
		if len(e.patterns) == 0 {
			t.Errorf("%s: no patterns", e.ID)
		}
		for _, p := range e.patterns {
			if p.keyword != strings.ToLower(p.keyword) {
				t.Errorf("%s: keyword %q must be lower case", e.ID, p.keyword)
			}
		}
	}
	for _, e := range catalogue {
		for _, s := range e.Supersedes {
			if !seen[s] {
				t.Errorf("%s supersedes unknown %s", e.ID, s)
			}
		}
	}
}

// A keyword must be implied by its pattern: find each pattern's own example in
// the cases and check the keyword occurs in it.
func TestKeywordsDoNotHidePatterns(t *testing.T) {
	var all, lower []string
	for _, cs := range [][]textCase{seedCases, variantCases} {
		for _, c := range cs {
			d := normalise([]byte(c.text))
			all = append(all, d.text)
			lower = append(lower, asciiLower(d.text))
		}
	}
	for _, e := range catalogue {
		for _, p := range e.patterns {
			for i, s := range all {
				if !strings.Contains(lower[i], p.keyword) && p.re.MatchString(s) {
					t.Errorf("%s: pattern %s matches %q but keyword %q is absent", e.ID, p.re, s, p.keyword)
				}
			}
		}
	}
}

func TestCutAtRuneBoundary(t *testing.T) {
	b := append(bytes.Repeat([]byte("a"), MaxInput-1), "é zsh: killed ./x"...) // é straddles the limit
	r := Analyze(b)
	if !r.Truncated {
		t.Fatal("want truncated")
	}
	b = append(bytes.Repeat([]byte("a"), MaxInput-len("errSecInternalComponent")), "errSecInternalComponent and more"...)
	if r := Analyze(b); len(r.Matches) != 1 {
		t.Errorf("message ending at the limit: %+v", r.Matches)
	}
}

func TestOneOccurrencePerMessage(t *testing.T) {
	r := Analyze([]byte(`Provisioning profile "Dev" doesn't support the Push Notifications capability.`))
	if len(r.Matches) != 1 || r.Matches[0].Count != 1 {
		t.Errorf("%+v", r.Matches)
	}
}

func TestLineAndExcerpt(t *testing.T) {
	r := Analyze([]byte("first line\nsecond line\nfoo: errSecInternalComponent\n"))
	if len(r.Matches) != 1 || r.Matches[0].Line != 3 || r.Matches[0].Excerpt != "errSecInternalComponent" {
		t.Fatalf("got %+v", r.Matches)
	}
}

func TestTruncatedAndBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MiB input; skipped with -short")
	}
	big := strings.Repeat("zsh: killed ./a 0xe8008018 Unsatisfied entitlements: com.apple.security.application-groups\n", MaxInput/40)
	start := time.Now()
	r := Analyze([]byte(big))
	if !r.Truncated {
		t.Error("want Truncated")
	}
	for _, m := range r.Matches {
		if m.Count > maxOccurrences || len(m.Values) > maxValues || len(m.Excerpt) > maxExcerpt+4 {
			t.Errorf("%s: count %d, %d values, excerpt %d bytes", m.Entry.ID, m.Count, len(m.Values), len(m.Excerpt))
		}
	}
	if d := time.Since(start); d > 60*time.Second {
		t.Errorf("1 MiB took %v", d)
	}
	t.Logf("1 MiB of matching text: %v, %d matches", time.Since(start), len(r.Matches))
}

// The seeds file holds real forum posts; every post that quotes an error must
// be recognised. Read in place, skipped when the shared folder is absent.
func TestSeedsFile(t *testing.T) {
	b, err := os.ReadFile("../../../../shared/seeds/code-signing-forum-posts.txt")
	if err != nil {
		t.Skip("seeds not available:", err)
	}
	r := Analyze(b)
	got := map[string]bool{}
	for _, m := range r.Matches {
		got[m.Entry.ID] = true
	}
	for _, c := range seedCases {
		for _, id := range c.want {
			if !got[id] && !superseded(id, got) {
				t.Errorf("seeds file: %s (%s) not found", id, c.name)
			}
		}
	}
}

func superseded(id string, got map[string]bool) bool {
	for _, e := range catalogue {
		if !got[e.ID] {
			continue
		}
		for _, s := range e.Supersedes {
			if s == id {
				return true
			}
		}
	}
	return false
}

// A paste made of nothing but the catalogue's keywords makes every pattern
// a candidate everywhere; the scan budget keeps it fast.
func TestKeywordFlood(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MiB input; skipped with -short")
	}
	var kws []string
	for _, e := range catalogue {
		for _, p := range e.patterns {
			if p.keyword != "" {
				kws = append(kws, p.keyword)
			}
		}
	}
	unit := strings.Join(kws, " x ")
	big := strings.Repeat(unit+"\n", MaxInput/(len(unit)+1))
	start := time.Now()
	r := Analyze([]byte(big))
	d := time.Since(start)
	t.Logf("%d bytes of keywords: %v, %d matches, truncated %v", len(big), d, len(r.Matches), r.Truncated)
	if !r.Truncated {
		t.Error("the scan budget should have run out")
	}
	// Generous: this catches a lost budget (minutes), not a slow machine.
	if d > 60*time.Second {
		t.Errorf("keyword flood took %v", d)
	}
}

func hasID(r Result, id string) bool {
	for _, m := range r.Matches {
		if m.Entry.ID == id {
			return true
		}
	}
	return false
}

func firstMatch(r Result, id string) *Match {
	for i := range r.Matches {
		if r.Matches[i].Entry.ID == id {
			return &r.Matches[i]
		}
	}
	return nil
}

// firstCause is the first likely cause of the id's match in text, or "".
func firstCause(text, id string) string {
	if m := firstMatch(Analyze([]byte(text)), id); m != nil && len(m.Causes) > 0 {
		return m.Causes[0]
	}
	return ""
}

// The App Store's "No Longer Available" for an app its developer removed,
// and "no longer available" retold with nothing about a sideloaded or
// re-signed app, are not iOS refusing an expired app; a TestFlight invite
// that expired is not the build.
func TestNoLongerAvailableNearMisses(t *testing.T) {
	readNothing(t,
		`"Signal - Private Messenger" No Longer Available
The developer has removed this app from the App Store.`,
		`"Acme" Is No Longer Available
The developer has removed this app from the App Store.`,
		"It will return a popup alert that the App is no longer available, but the app can then be used.",
		"I tried to open the app but it keeps saying it's no longer available.",
		"I joined the TestFlight beta; the invite link has expired.",
		`Clicking the link shows "This Item Is No Longer Available" on my iPhone.`,
		"404: This Page Is No Longer Available",
		"TestFlight builds have expired certificates? No, the TestFlight app is fine.",
	)
}

// The "Unable to Verify App" alert retold needs the app or the developer
// being verified over the internet: an account, a payment or a SIM
// verified is not it.
func TestVerifyRetoldNearMisses(t *testing.T) {
	readNothing(t,
		"Your email needs to be verified before it can be used.",
		"Please connect to the internet before the payment is verified.",
		"The SIM has to be verified by the network.",
		"Connect to the internet until the download is verified.",
	)
}

// iosJITCrash is an iOS device's crash log for code written at run time:
// the faulting region is memory the app allocated, not a file.
const iosJITCrash = "Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)\nException Subtype: UNKNOWN_0x32 at 0x0000000112981960\n--->  VM_ALLOCATE            0000000112980000-0000000112a00000 [  512K]\nr-x/rwx SM=COW\n\nTermination Reason: Namespace CODESIGNING, Code 0x2"
