package text

import (
	"bytes"
	"fmt"
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
	{name: "tcc", text: `tccd: Failed to match existing code requirement for subject com.acme.recorder and service kTCCServiceScreenCapture`, want: []string{"text-csreq-67050"}, vals: map[string]string{"bundle_id": "com.acme.recorder"}},
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

func TestDeviceIDHints(t *testing.T) {
	for id, want := range map[string]string{
		"00008103-001A2B3C4D5E6F70":                "Apple silicon",
		"3a1f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39": "A12",
		"1B2C3D4E-5F60-4A1B-8C2D-3E4F5A6B7C8D":     "Hardware UUID",
	} {
		r := Analyze([]byte(id))
		if len(r.Matches) != 1 || len(r.Matches[0].Hints) != 1 || !strings.Contains(r.Matches[0].Hints[0], want) {
			t.Errorf("%s: %+v", id, r.Matches)
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

// A wording that names its cause more closely than its entry's list puts
// that cause first: codesign's "unknown error -1" outside a login session,
// an XCFramework that changed after its vendor signed it.
func TestNarrowWordingsLeadTheCauses(t *testing.T) {
	for _, c := range []struct{ in, id, first string }{
		{"Error: Command failed: codesign --sign ABCDEF --force /tmp/App.app/Contents/Frameworks/Electron Framework.framework\n/tmp/App.app/Contents/Frameworks/Electron Framework.framework: unknown error -1=ffffffffffffffff", "text-user-interaction-not-allowed", "access prompt cannot appear"},
		{"Uncategorized (Xcode): The signature of “Vendor.xcframework” cannot be verified.", "text-signed-resource-modified", "XCFramework"},
		{"Failed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AbCdEf/extracted/SideStore.app : 0xe8008024 (The provisioning profile is banned.)", "text-install-no-valid-profile", "banned"},
	} {
		r := Analyze([]byte(c.in))
		var m *Match
		for i := range r.Matches {
			if r.Matches[i].Entry.ID == c.id {
				m = &r.Matches[i]
			}
		}
		if m == nil {
			t.Errorf("%q: got %v, want %s", c.in, ids(r), c.id)
			continue
		}
		if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.first) {
			t.Errorf("%q: first cause %q does not say %q", c.in, m.Causes, c.first)
		}
	}
}

// A bundle ID that merely contains ".app." is not cut at it, while an app
// inside an archive keeps its name.
func TestBundleNameInsideLongerName(t *testing.T) {
	r := Analyze([]byte("Failed to install embedded profile for com.example.app.xctrunner : 0xe8008012 (This provisioning profile cannot be installed on this device.)"))
	for _, m := range r.Matches {
		if hasValue(m.Values, "bundle_id", "com.example.app") || hasValue(m.Values, "path", "com.example.app") {
			t.Errorf("%s: values %v cut com.example.app.xctrunner at .app", m.Entry.ID, m.Values)
		}
	}
	r = Analyze([]byte("id: 67413dae-64f5-4372-972d-e0ac158e18e3 name: Warp Vault.app.zip status: In Progress"))
	found := false
	for _, m := range r.Matches {
		found = found || hasValue(m.Values, "path", "Vault.app")
	}
	if !found {
		t.Errorf("Vault.app.zip: no path Vault.app in %v", r.Matches)
	}
}

// An expired signing certificate as people report it is read when the paste
// places it in Apple code signing; a push or web site certificate, another
// ecosystem's, or one the paste says nothing about is not read as one.
func TestExpiredCertificateRetold(t *testing.T) {
	for _, s := range []string{
		"The cert in 1.2.9 has expired, leaving it uninstallable by Casper.",
		`error: The certificate used to sign "MyApp" has expired`,
		"Status: signed by a certificate that has since expired",
		"The current macOS pkg is signed with an expired certificate.",
		"the Developer certificate used to sign the executable/pkg file expired in January of 2020.",
	} {
		if r := Analyze([]byte(s)); !hasID(r, "text-cert-expired") {
			t.Errorf("%q: got %v, want text-cert-expired", s, ids(r))
		}
	}
	for _, s := range []string{
		"Our push certificate for the app has expired so notifications stopped",
		"my domain's certificate that Let's Encrypt issued has expired",
		"I'm getting an error saying this certificate is expired.\nERROR:  While executing gem ... (Gem::Security::Exception)\n    certificate /CN=user/DC=example/DC=com not valid after 2014-02-06 11:57:45 UTC",
		"the certificate is valid but the profile has expired",
		"The signing certificate for our SAML IdP has expired, so logins fail",
		"The certificate used to sign the SAML assertion has expired",
		"The cert in 1.2.9 has expired, leaving it uninstallable.",
		// yarn's words for a registry's TLS certificate, in an iOS build's log.
		"eas build --platform ios\n[INSTALL_DEPENDENCIES] error An unexpected error occurred: \"https://registry.yarnpkg.com/expo: certificate has expired\".",
	} {
		if r := Analyze([]byte(s)); hasID(r, "text-cert-expired") {
			t.Errorf("%q: got %v, want no text-cert-expired", s, ids(r))
		}
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

// App Store Connect's "Invalid Code Signature Identifier" names the bundle
// ID the signature's identifier must match.
func TestInvalidCodeSignatureIdentifier(t *testing.T) {
	in := `Invalid Code Signature Identifier. The identifier "-pkg.libavif" in your code signature for "libavif" must match its Bundle Identifier "com.example.app.pod.libavif"`
	r := Analyze([]byte(in))
	for _, m := range r.Matches {
		if m.Entry.ID == "text-signing-identifier-mismatch" {
			if !hasValue(m.Values, "bundle_id", "com.example.app.pod.libavif") {
				t.Errorf("values %v lack the bundle ID", m.Values)
			}
			return
		}
	}
	t.Fatalf("got %v, want text-signing-identifier-mismatch", ids(r))
}

// A CI step that ran stapler and reports only its exit status is a stapling
// failure (66: a file that cannot hold a ticket); a stapler run that worked
// leaves a later exit status to another step.
func TestStaplerExitStatus(t *testing.T) {
	r := Analyze([]byte("→ stapling ticket onto binary...\nProcessing: /Users/runner/work/x/bin/tool\n##[error]Process completed with exit code 66."))
	var m *Match
	for i := range r.Matches {
		if r.Matches[i].Entry.ID == "text-stapler-failed" {
			m = &r.Matches[i]
		}
	}
	if m == nil {
		t.Fatalf("got %v, want text-stapler-failed", ids(r))
	}
	if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "status 66") {
		t.Errorf("first cause %q does not explain exit status 66", m.Causes)
	}
	if r := Analyze([]byte("xcrun stapler staple MyApp.dmg\nThe staple and validate action worked!\nnpm test: exit code 65")); hasID(r, "text-stapler-failed") {
		t.Errorf("a stapler run that worked: got %v", ids(r))
	}
}

// A message quoted inside a JSON or source string keeps its paths whole:
// escaped slashes, quotes and line breaks are read as what they stand for,
// and line numbers still count input lines.
func TestEscapedStrings(t *testing.T) {
	for _, c := range []struct{ in, id, path string }{
		{`{"issues":[{"severity":"error","message":"The binary is not signed with a valid Developer ID certificate.","path":"Foo.zip\/Foo.app\/Contents\/MacOS\/Foo"}]}`, "text-not-developer-id", "Foo.zip/Foo.app/Contents/MacOS/Foo"},
		{`"stderr": "\/Users\/ci\/Foo.app: resource fork, Finder information, or similar detritus not allowed\nCommand CodeSign failed with a nonzero exit code\n"`, "text-detritus", "/Users/ci/Foo.app"},
	} {
		r := Analyze([]byte(c.in))
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != c.id {
			t.Errorf("%q: got %v, want %s", c.in, ids(r), c.id)
			continue
		}
		if m := r.Matches[0]; !hasValue(m.Values, "path", c.path) || m.Line != 1 {
			t.Errorf("%q: values %v line %d, want path %s on line 1", c.in, m.Values, m.Line, c.path)
		}
	}
	if d := normalise([]byte(`a\qb c:\\d e\`)); d.text != `a\qb c:\d e\` {
		t.Errorf("other backslashes: got %q", d.text)
	}
}

// The iOS install alert told by its last words or with a typo, and in
// Chinese, is read; a package whose checksum "integrity cannot be
// verified" and Java's unverifiable signature dialog are not.
func TestIntegrityRetold(t *testing.T) {
	for _, c := range []struct{ in, id string }{
		{"integrity cant be verified\n\nthe certificate was revoked", "text-integrity-not-verified"},
		{"it says this app cannot be installed because its integirty could not be verified.", "text-integrity-not-verified"},
		{"提示无法安装此 App，因为无法验证其完整性。", "text-integrity-not-verified"},
		{"application cannot be verified\n\nwhen i try to launch the app i get this message", "text-app-no-valid-signature"},
		{"「xxx.app已损坏,打不开.你应该将它移到废纸篓」", "text-gatekeeper-damaged"},
	} {
		readFirst(t, c.id, c.in)
	}
	readNothing(t,
		"npm ERR! The package integrity cannot be verified: sha512 checksum mismatch",
		"Downloaded file integrity can't be verified, the SHA-256 hash differs.",
		"The application's digital signature cannot be verified. Do you want to run the application?",
	)
}

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

// Words of a message someone set in bold are read as the message; the
// underscores of segment names are left alone.
func TestMarkdownBold(t *testing.T) {
	r := Analyze([]byte(`macOS says "Foo.app" is **damaged and can't be opened**. You should move it to the Trash.`))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-gatekeeper-damaged" {
		t.Errorf("bold: got %v", ids(r))
	}
	if d := normalise([]byte("__TEXT **x**")); d.text != "__TEXT x" {
		t.Errorf("got %q", d.text)
	}
}

// A download called damaged in the user's words counts where the paste
// names a Mac or its chip, and not where nothing places it on a Mac.
func TestDamagedOnAMac(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"Downloading the Mac version, which is reporting as damaged on 12.3.1.",
		"Installed on my device (M4 Pro chipset). When I try to open it, a message about the app is damaged appears.",
	)
	readNothing(t,
		"The backup tool keeps reporting as damaged every archive I made last week.",
		"Word shows a message that the document is damaged.",
		"On my Mac, Preview says the PDF is damaged.",
	)
}

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

// iOS's untrusted developer alert in Chinese, Japanese and Korean; Korean
// words for developers who do not trust something else are not it.
func TestUntrustedDeveloperChinese(t *testing.T) {
	readFirst(t, "text-untrusted-developer", "打开 App 时提示“未受信任的企业级开发者”", "顯示未受信任的企業級開發者", "初回起動すると「信頼されていないデベロッパー」と出るので", "「信頼されていないエンタープライズ開発元」と表示された場合は", "iPad에서 \"신뢰하지 않는 개발자\" 오류", "**신뢰하지 않는 개발자** 팝업이 뜬다면", "系统“无法验证 App，需要互联网连接以验证开发者”弹窗")
	readNothing(t, "| AI 도구 신뢰하지 않는 개발자 (사용하면서도) | 46% |", "计量授权需要互联网连接以验证密钥并报告使用情况。")
}

// A file name with dots (a versioned disk image) is a path, not a bundle ID:
// bundle IDs hold only letters, digits, hyphens and dots, and com.example.app
// is still one.
func TestVersionedFileNotBundleID(t *testing.T) {
	r := Analyze([]byte("Example_4.8.2.3.dmg: rejected\nsource=Unnotarized Developer ID\norigin=Developer ID Application: Example Corp (A1B2C3D4E5)\n"))
	if len(r.Matches) == 0 {
		t.Fatal("no message found")
	}
	path := false
	for _, m := range r.Matches {
		for _, v := range m.Values {
			if v.Kind == "bundle_id" {
				t.Errorf("bundle_id %q", v.Value)
			}
			path = path || (v.Kind == "path" && v.Value == "Example_4.8.2.3.dmg")
		}
	}
	if !path {
		t.Errorf("the disk image is not a path value: %+v", r.Matches[0].Values)
	}
	if !bundleIDForm("com.example.app") || bundleIDForm("MyApp-1.2.3.dmg") || bundleIDForm("My_App.v2.app") {
		t.Error("bundleIDForm")
	}
}

// spctl prints one assessment over several lines: its parts count once; two
// assessments rejected count twice.
func TestMultiLineMessageCountsOnce(t *testing.T) {
	count := func(s string) int {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-gatekeeper-unverified" {
				return m.Count
			}
		}
		return 0
	}
	if n := count("Example.dmg: rejected\nsource=Unnotarized Developer ID\n"); n != 1 {
		t.Errorf("one assessment counted %d times", n)
	}
	if n := count("A.app: rejected\nB.app: rejected\n"); n != 2 {
		t.Errorf("two assessments counted %d times", n)
	}
}

// A pasted command run by full path names the tool, not the code.
func TestToolPathNotAValue(t *testing.T) {
	r := Analyze([]byte("~ » /usr/sbin/spctl -v --assess -t exec /path/to/Example.app\n/path/to/Example.app: rejected\nsource=Developer ID\n"))
	if len(r.Matches) == 0 {
		t.Fatal("no message found")
	}
	found := false
	for _, v := range r.Matches[0].Values {
		if v.Value == "/usr/sbin/spctl" {
			t.Errorf("the tool is a %s value", v.Kind)
		}
		found = found || v.Value == "/path/to/Example.app"
	}
	if !found {
		t.Errorf("the app's path is not a value: %+v", r.Matches[0].Values)
	}
}

// A keychain's wrong password, a .p12 OpenSSL 3 cannot read and a free
// team's capability are told apart from the look-alikes other programs print.
func TestKeychainPasswordsAndTeams(t *testing.T) {
	for _, c := range []struct{ in, id, first string }{
		{"security set-key-partition-list -S apple-tool:,apple: -s -k *** build.keychain\nsecurity: SecKeychainUnlock: The user name or passphrase you entered is not correct.", "text-keychain-password-wrong", ""},
		{"security import cert.p12 -k build.keychain -P ***\nsecurity: SecKeychainItemImport: The user name or passphrase you entered is not correct.", "text-p12-import-failed", ""},
		{"security import identity.p12 -k ci.keychain failed: errSecAuthFailed", "text-p12-import-failed", ""},
		{"Importing the signing certificate on the macOS runner:\nopenssl could not read certificate .p12:\n8070A6FF01000000:error:0308010C:digital envelope routines:inner_evp_generic_fetch:unsupported:crypto/evp/evp_fetch.c:376:Global default library context, Algorithm (RC2-40-CBC : 0), Properties ()", "text-p12-import-failed", "-legacy"},
		{`Code Signing Error: Cannot create a iOS App Development provisioning profile for "com.example.app". Personal development teams, including "Jane Doe", do not support the Push Notifications capability.`, "text-profile-doesnt-support", "personal team"},
		{`error: Provisioning profile "App Store com.example.app" doesn't support the Push Notifications capability.`, "text-profile-doesnt-support", "not enabled for the App ID"},
	} {
		r := Analyze([]byte(c.in))
		if len(r.Matches) != 1 || r.Matches[0].Entry.ID != c.id {
			t.Errorf("%q: got %v, want %s", c.in, ids(r), c.id)
			continue
		}
		if causes := r.Matches[0].Causes; !strings.Contains(causes[0], c.first) && (c.first != "-legacy" || !strings.Contains(strings.Join(causes, " "), c.first)) {
			t.Errorf("%q: causes %q do not say %q", c.in, causes, c.first)
		}
	}
	readNothing(t,
		"SecItemCopyMatching returned errSecAuthFailed (-25293) in our unit tests since the image update",
		"node https.createServer with client.pfx: Error: error:0308010C:digital envelope routines::unsupported, Algorithm (RC2-40-CBC : 0)",
	)
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

// The kernel's "When validating PATH:" is quoted with its whole path, not
// cut after the first character.
func TestKernelValidatingPathWhole(t *testing.T) {
	r := Analyze([]byte("kernel mac_vnode_check_signature: /Applications/Foo.app/Contents/MacOS/Foo: code signature validation failed fatally: When validating /Applications/Foo.app/Contents/MacOS/Foo:\n  Code has restricted entitlements, but the validation of its code signature failed.\n"))
	for _, m := range r.Matches {
		if m.Entry.ID == "text-kernel-signature-rejected" {
			if !strings.Contains(m.Excerpt, "When validating /Applications/Foo.app/Contents/MacOS/Foo") {
				t.Errorf("excerpt %q cuts the path", m.Excerpt)
			}
			return
		}
	}
	t.Errorf("got %v, want text-kernel-signature-rejected", ids(r))
}

// installd's MismatchedBundleIDSigningIdentifier and a system extension's
// code 8 description are read without their domain; installd's cached
// identifier check and another extension error are not them.
func TestInstalldIdentifierAndSystemExtensionCode8(t *testing.T) {
	r := Analyze([]byte("Code signing identifier (AppCore) does not match bundle identifier (com.example.AppCore) for /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.x/extracted/App.app/Frameworks/AppCore.framework"))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-signing-identifier-mismatch" {
		t.Fatalf("installd identifier: got %v", ids(r))
	}
	if !hasValue(r.Matches[0].Values, "bundle_id", "com.example.AppCore") {
		t.Errorf("installd identifier: values %v", r.Matches[0].Values)
	}
	readFirst(t, "text-signing-identifier-mismatch", "MismatchedBundleIDSigningIdentifier: Code signing identifier ((null)) does not match bundle identifier (com.example.app.Clip)")
	readFirst(t, "text-system-extension-rejected", `activation failed: "Invalid code signature or missing entitlements"`)
	readNothing(t,
		"Cached bundle identifier (com.example.old) does not match bundle identifier (com.example.app)",
		"Invalid code signature in the JWT header",
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

// The ways a kernel extension is refused until someone approves it: kextload,
// kextutil and kmutil, each in its own words; the same refusal told in prose,
// and a kext refused for another reason, are not read as one.
func TestKextNotApproved(t *testing.T) {
	for _, s := range []string{
		"/Library/Extensions/Acme.kext failed to load - (libkern/kext) system policy prevents loading; check the system/kernel logs for errors or try kextutil(8).",
		`Kext rejected due to system policy: <OSKext 0x7f8f2add2520 [0x7fff9ca1b8e0]> { URL = "file:///Library/StagedExtensions/Library/Extensions/Acme.kext/", ID = "com.acme.driver" }`,
		"Extension with identifiers com.acme.driver,com.apple.nke.rvi not approved to load. Please approve using System Settings.",
	} {
		if !hasID(Analyze([]byte(s)), "text-kext-not-approved") {
			t.Errorf("%q: got %v, want text-kext-not-approved", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"System policy prevents loading the kernel extension. (Cannot Resolve)",
		"/Library/Extensions/Acme.kext failed to load - (libkern/kext) not loadable (reason unspecified); check the system/kernel logs for errors or try kextutil(8).",
		"The extension is not approved to load until IT adds it to the allow list.",
	)
}

// OSSystemExtensionErrorDomain's code 10 is the system policy (an MDM's
// System Extensions profile), its cause put first; a code outside 2, 8, 9 and
// 10 is not this entry, and the code may follow the domain after a colon.
func TestSystemExtensionCodes(t *testing.T) {
	r := Analyze([]byte(`SystemExtension "com.example.daemon" request did fail: Error Domain=OSSystemExtensionErrorDomain Code=10 "(null)"`))
	m := firstMatch(r, "text-system-extension-rejected")
	if m == nil || !strings.HasPrefix(m.Causes[0], "A policy forbids it") || !strings.Contains(m.Causes[0], "TeamIdentifier") {
		t.Errorf("code 10: got %v", r.Matches)
	}
	if !hasID(Analyze([]byte("Invalid code signature or missing entitlements (OSSystemExtensionErrorDomain:8)")), "text-system-extension-rejected") {
		t.Error("(OSSystemExtensionErrorDomain:8) not read")
	}
	for _, s := range []string{"OSSystemExtensionErrorDomain Code=100", "(OSSystemExtensionErrorDomain error 4.)", "OSSystemExtensionErrorDomain:1"} {
		if hasID(Analyze([]byte(s)), "text-system-extension-rejected") {
			t.Errorf("%q read as text-system-extension-rejected", s)
		}
	}
}

// installer's "Certificate used to sign package is not trusted" is a trust
// error whose causes and fix name the expired certificate it also covers; a
// certificate of something else that is not trusted stays unread.
func TestInstallerUntrustedPackage(t *testing.T) {
	r := Analyze([]byte("installer: Package name is JDK 8 Update 92\ninstaller: Certificate used to sign package is not trusted. Use -allowUntrusted to override."))
	m := firstMatch(r, "text-cert-not-trusted")
	if m == nil || !strings.Contains(strings.Join(m.Causes, " "), "expired certificate") || !strings.Contains(m.Fix, "pkgutil --check-signature") {
		t.Fatalf("got %v", r.Matches)
	}
	readNothing(t, "The certificate used to sign the JWT is not trusted by the identity provider.")
}

func firstMatch(r Result, id string) *Match {
	for i := range r.Matches {
		if r.Matches[i].Entry.ID == id {
			return &r.Matches[i]
		}
	}
	return nil
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
	} {
		if hasID(Analyze([]byte(s)), "text-resource-envelope-obsolete") {
			t.Errorf("%q read as text-resource-envelope-obsolete", s)
		}
	}
}

// An app's own dialog calling itself damaged and asking to be downloaded
// again is its App Store receipt, not Gatekeeper; Gatekeeper's alert next to
// a user who deleted and downloaded the app again is still read.
func TestAppOwnDamagedDialog(t *testing.T) {
	readNothing(t, `App successfully installs, but force quits within minutes of being opened with dialog stating "Acme Pro is damaged, please delete app and redownload".`)
	s := "“Acme.app” is damaged and can’t be opened. You should move it to the Trash.\nI tried to delete the app and redownload it, same message."
	if !hasID(Analyze([]byte(s)), "text-gatekeeper-damaged") {
		t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
	}
}

// Gatekeeper's malware alerts of newer macOS: XProtect's "Malware Blocked
// and Moved to Trash" and the could-not-verify alert quoted as "is not
// able to verify"; a writer's word "malware" or a question is neither.
func TestMalwareBlockedAndNotAbleToVerify(t *testing.T) {
	readFirst(t, "text-gatekeeper-will-damage", `Malware Blocked and Moved to Trash "Foo.app" was not opened because it contains malware. This action did not harm your Mac.`)
	readFirst(t, "text-gatekeeper-will-damage", `“Foo.app” was not opened because it contains malware.`)
	readFirst(t, "text-gatekeeper-unverified", "Apple is not able to verify that it is free from malware that could harm your Mac or compromise your privacy.")
	r := Analyze([]byte(`Apple was unable to verify “Foo” is free from malware.`))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-gatekeeper-unverified" || !hasValue(r.Matches[0].Values, "app", "Foo") {
		t.Errorf("unable to verify: got %v", r.Matches)
	}
	readNothing(t,
		"The scanner says the download contains malware.",
		"Malware blocked by your antivirus.",
		"Is Apple able to verify that it is free from malware?",
	)
}

// A re-signing script's `security cms -D` failing on its input, dyld's
// refused first page (EPERM only) and launchd's code-signing exit reason
// (namespace 3 only) are read; other tools' and other namespaces' lines
// are not. Xcode's warning on an unsigned target that needs entitlements
// stays a finding alone, and next to "Code signing is required" both are
// reported: the target has no signing at all.
func TestReSigningAndDeviceTestMessages(t *testing.T) {
	readFirst(t, "text-profile-undecodable", "security: failed to add data to decoder: UNKNOWN (-8183(d)")
	readFirst(t, "text-code-signature-invalid",
		"/private/var/mobile/Containers/Bundle/Application/X/App.app/Frameworks/A.framework/A: mmap() errno=1 validating first page of '/private/var/mobile/Containers/Bundle/Application/X/App.app/Frameworks/A.framework/A'",
		"launchd: [user/501/UIKitApplication:com.example.app[2d42][rb-legacy] [27597]:] exited with exit reason (namespace: 3 code: 0x2) - ",
	)
	readNothing(t,
		"cmsutil: failed to add data to decoder",
		"/tmp/A.framework/A: mmap() errno=12 validating first page of '/tmp/A.framework/A'",
		"launchd: [gui/501/com.example.agent [812]:] exited with exit reason (namespace: 2 code: 0x9) - ",
	)
	readFirst(t, "text-requires-development-signing", `Code Signing Warning: "Acme" isn't code signed but requires entitlements. It is not possible to add entitlements to a binary without signing it.`)
	r := Analyze([]byte("Code Signing Warning: \"Acme\" isn't code signed but requires entitlements. It is not possible to add entitlements to a binary without signing it.\nCode Signing Error: Code signing is required for product type 'Application' in SDK 'iOS 11.1'"))
	if !hasID(r, "text-requires-development-team") || !hasID(r, "text-requires-development-signing") {
		t.Errorf("unsigned target with entitlements, code signing required: got %v", ids(r))
	}
	r = Analyze([]byte("error: No profiles for 'com.example.acme' were found\nCode Signing Warning: \"Acme\" isn't code signed but requires entitlements."))
	if hasID(r, "text-requires-development-signing") {
		t.Errorf("the warning next to the error that says why: got %v", ids(r))
	}
}

// Messages Mac security and endpoint tools' users paste: securityd
// ignoring an entitlement, sysextd's failed validation (its cause put
// first), the resource directory's -67023, DetachedSignatures under
// /var/db, and an installer's chown of a .app refused; the near misses are
// the same words without the Apple context.
func TestSecurityToolMessages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`com.apple.securityd Entitlement com.apple.application-identifier=ABCDE12345.com.example.extension is ignored because of invalid application signature or incorrect provisioning profile`, "text-unsatisfied-entitlements"},
		{"co.example.systemextension: extension failed to validate! uninstalling...", "text-system-extension-rejected"},
		{"Signature Validation Errors:\tKext signature validation error code -67023", "text-code-signature-modified"},
		{"os_unix.c:44595: (2) open(/var/db/DetachedSignatures) - No such file or directory", "text-detached-signatures-noise"},
		{"Error: failed to fix permissions: chown /Library/Example/Agent/agent.app: operation not permitted", "text-app-management-denied"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.want) {
			t.Errorf("%q: %s not read", c.text, c.want)
		}
	}
	m := firstMatch(Analyze([]byte("co.example.systemextension: extension failed to validate! uninstalling...")), "text-system-extension-rejected")
	if m == nil || !strings.HasPrefix(m.Causes[0], "sysextd's own check failed") {
		t.Errorf("sysextd's cause not first: %v", m)
	}
	for _, c := range []struct{ text, id, lead string }{
		{"/Library/Extensions/example.kext: invalid resource directory (directory or signature have been modified)", "text-code-signature-modified", "cannot read it"},
		{"Error: failed to fix permissions: chown /Library/Example/Agent/agent.app: operation not permitted", "text-app-management-denied", "An installer changing a signed app bundle"},
	} {
		if m := firstMatch(Analyze([]byte(c.text)), c.id); m == nil || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: first cause does not say %q: %v", c.text, c.lead, m)
		}
	}
	readNoError(t,
		"chown /tmp/build/output.txt: operation not permitted",
		"open /Applications/Example.app/Contents/Info.plist: operation not permitted",
		"copied 67023 files",
		"the entitlement is ignored because the feature is disabled",
	)
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

// iOS's over-the-air alert "Unable to Download App" is an install the device
// refused; the same sentence alone (a simulator refusing a WatchKit 1.0 app)
// is not read.
func TestUnableToDownloadApp(t *testing.T) {
	readFirst(t, "text-install-no-valid-profile",
		"Unable to Download App\n\"App Name\" could not be installed at this time.",
		"Unable to Download App\n\n“Example” could not be installed at this time",
	)
	readNothing(t, "Details\n\nThis app could not be installed at this time.")
	m := firstMatch(Analyze([]byte("Unable to Download App\n\"App Name\" could not be installed at this time.")), "text-install-no-valid-profile")
	if m == nil || !strings.Contains(m.Causes[0], "signed for the App Store") {
		t.Errorf("over-the-air cause not first: %v", m)
	}
}

// "The application can't be opened" retold as "app cannot be opened" is
// the same alert; with error -47 (a busy file) it is not about signing.
func TestAppCannotBeOpened(t *testing.T) {
	readFirst(t, "text-app-cant-be-opened",
		`in both cases it says "app cannot be opened".`,
		`I get "The app "Example" can't be opened".`,
	)
	readNoError(t,
		`I am getting an error message saying "The app "Example" can not be opened" and error code "-47"`,
		"the app cannot be opened in Rosetta mode from Get Info",
	)
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

// A crash report's JSON form of the invalid-page kill leads with a page that
// no longer matches its hash, as the text form does.
func TestInvalidPageJSON(t *testing.T) {
	js := `"termination" : {"flags":2,"code":2,"namespace":"CODESIGNING","indicator":"Invalid Page"},`
	if m := firstMatch(Analyze([]byte(js)), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("invalid page: %v", m)
	}
	launch := `"termination" : {"flags":2,"code":1,"namespace":"CODESIGNING","indicator":"Launch Constraint Violation"},`
	if m := firstMatch(Analyze([]byte(launch)), "text-code-signature-invalid"); m != nil && strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("not an invalid page, led with one: %v", m)
	}
}

// CSSMERR_TP_NOT_TRUSTED where the paste says certificates were set to
// "Always Trust" leads with the trust setting; alone, with the missing
// intermediate.
func TestNotTrustedAlwaysTrust(t *testing.T) {
	always := "i marked both the Apple WorldWide Developer certificate as always trusted..\n/Users/user/build/App.app: CSSMERR_TP_NOT_TRUSTED"
	if m := firstMatch(Analyze([]byte(always)), "text-cert-not-trusted"); m == nil || !strings.Contains(m.Causes[0], "Use System Defaults") {
		t.Errorf("always trusted: %v", m)
	}
	if m := firstMatch(Analyze([]byte("/Users/user/build/App.app: CSSMERR_TP_NOT_TRUSTED")), "text-cert-not-trusted"); m == nil || !strings.Contains(m.Causes[0], "intermediate") {
		t.Errorf("alone: %v", m)
	}
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

// CPProfileManager -215 is a distribution profile embedded in code run
// outside the App Store; without that code the entry's own causes stay.
func TestProductionProfileAtLaunch(t *testing.T) {
	m := firstMatch(Analyze([]byte(`embedded provisioning profile not valid: file:///tmp/App.app/Contents/embedded.provisionprofile error: Error Domain=CPProfileManager Code=-215 "Only Development Provisioning Profiles can be installed in System Preferences."`)), "text-embedded-profile-invalid")
	if m == nil || !strings.Contains(m.Causes[0], "distribution (App Store)") {
		t.Errorf("-215's cause not first: %v", m)
	}
	m = firstMatch(Analyze([]byte(`embedded provisioning profile not valid: file:///tmp/App.app/Contents/embedded.provisionprofile`)), "text-embedded-profile-invalid")
	if m == nil || strings.Contains(m.Causes[0], "distribution (App Store)") {
		t.Errorf("a profile without a code read as a distribution one: %v", m)
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

// The over-the-air install alert, iOS's "could not be downloaded" as well
// as "installed", with or without the app's name; the same words about a
// file or a song are not read.
func TestUnableToDownloadAppForms(t *testing.T) {
	for _, s := range []string{
		"> Unable to Download App\n> \"AppName\" could not be downloaded at this time.",
		"I get “Unable to Download App; could not be installed at this time”.",
	} {
		if firstMatch(Analyze([]byte(s)), "text-install-no-valid-profile") == nil {
			t.Errorf("not read: %q", s)
		}
	}
	for _, s := range []string{
		"Unable to download file: the attachment could not be downloaded at this time.",
		"The song could not be downloaded at this time. Unable to Download Item.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-install-no-valid-profile"); m != nil {
			t.Errorf("read as the install alert: %q", s)
		}
	}
}

// amfid's 0xe800801a at launch and a quoted "Unable to Verify" pop-up are
// the untrusted developer; the same code while installing the profile, and
// "unable to verify" a certificate or a checksum, are not.
func TestUntrustedDeveloperForms(t *testing.T) {
	for _, s := range []string{
		"amfid[317] <Error>: /private/var/mobile/Containers/Bundle/Application/X/a.app/a not valid: 0xe800801a: This provisioning profile does not have a valid signature (or it has a valid, but untrusted signature).",
		`it still gives me the "Unable to Verify" pop up that says the app needs to be trusted`,
	} {
		if firstMatch(Analyze([]byte(s)), "text-untrusted-developer") == nil {
			t.Errorf("not read: %q", s)
		}
	}
	for _, s := range []string{
		"curl: (60) SSL certificate problem: unable to verify the first certificate",
		"Failed to install embedded profile for com.example.app : 0xe800801a (This provisioning profile does not have a valid signature)",
		`"Unable to verify" checksum error while downloading the SDK`,
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-untrusted-developer"); m != nil {
			t.Errorf("read as an untrusted developer: %q", s)
		}
	}
}

// Diawi's words for a device the profile does not list; a profile that
// does not contain an entitlement is another finding.
func TestProfileWithoutYourDevice(t *testing.T) {
	s := "This app's provisioning profile doesn't seem to contain your device's UDID. Contact your developers with your UDID"
	if firstMatch(Analyze([]byte(s)), "text-device-not-in-profile") == nil {
		t.Errorf("not read: %q", s)
	}
	near := "The provisioning profile doesn't contain the aps-environment entitlement."
	if firstMatch(Analyze([]byte(near)), "text-device-not-in-profile") != nil {
		t.Errorf("read as a device not in the profile: %q", near)
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

// Developer Mode is read from Xcode's, devicectl's and iOS's own wording,
// not from Windows' Developer Mode or steps that tell how to turn it on.
func TestDeveloperModeOff(t *testing.T) {
	for _, s := range []string{
		"error: Developer Mode disabled\nTo use Lee's iPhone for development, enable Developer Mode in Settings → Privacy & Security.",
		"Error: The operation failed because Developer Mode is disabled.",
		"“Scanner” Requires Developer Mode",
		"“Scanner” requires Developer Mode to run.",
	} {
		if r := Analyze([]byte(s)); !hasID(r, "text-developer-mode-off") {
			t.Errorf("%q: got %v, want text-developer-mode-off", s, ids(r))
		}
	}
	readNothing(t,
		"If you'd rather use the HF cache, enable Developer Mode in Settings → Privacy & Security → For developers.",
		"- Enable Developer Mode in Settings → Privacy & Security → Developer Mode",
		"Creating symbolic links requires Developer Mode on Windows.",
		"pvm use creates symlinks (Windows: requires Developer Mode or Administrator).",
	)
}

// Xcode's "has denied the launch request" is the untrusted developer only
// with no other reason; a build that cannot be debugged, or a drone's
// control center, is not.
func TestDeniedLaunchRequest(t *testing.T) {
	in := "Could not launch “Runner”\nFailure Reason: iPhone has denied the launch request.\nInternal launch error: process launch failed: Unspecified"
	if r := Analyze([]byte(in)); !hasID(r, "text-untrusted-developer") {
		t.Errorf("got %v, want text-untrusted-developer", ids(r))
	}
	for _, s := range []string{
		"iPhone has denied the launch request.\nInternal launch error: process launch failed: failed to get the task for process 1304",
		"message: 'Control center has denied the launch request',",
	} {
		if r := Analyze([]byte(s)); hasID(r, "text-untrusted-developer") {
			t.Errorf("%q: got %v", s, ids(r))
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

// PlugInKit ignores an app extension signed without the sandbox; its other
// refusals are not this.
func TestPlugInKitUnsandboxedExtension(t *testing.T) {
	readFirst(t, "text-app-sandbox-not-enabled", "pkd: (PlugInKitDaemon) [com.apple.PlugInKit:discovery] rejecting;\nIgnoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/FinderSyncExt.appex]:\nplug-ins must be sandboxed")
	readNothing(t, "pkd: (PlugInKitDaemon) [com.apple.PlugInKit:discovery] rejecting;\nIgnoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/FinderSyncExt.appex]", "All plugins must be sandboxed by the host app", "Ignoring mis-configured plugin at [/Applications/Example.app/Contents/PlugIns/Ext.appex]: plug-ins must have an NSExtension dictionary")
}

// dyld's "tried:" list names each path again under the OS cryptex: that
// copy is not Apple's code, one of macOS's own paths there is.
func TestCryptexTriedPathNotAppleCode(t *testing.T) {
	const user = `dlopen(/Users/dev/app/build/addon.node, 0x0001): tried: '/Users/dev/app/build/addon.node' (code signature in <E490A615-E132-35C0-AFD2-1B55963F0668> '/Users/dev/app/build/addon.node' not valid for use in process: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)), '/System/Volumes/Preboot/Cryptexes/OS/Users/dev/app/build/addon.node' (no such file)`
	for _, text := range []string{user, strings.ReplaceAll(user, "/Users/dev/app/build/", "/usr/local/lib/"), user[:strings.Index(user, "Cryptexes")-2]} {
		if m := firstMatch(Analyze([]byte(text)), "text-library-validation"); m == nil || strings.Contains(m.Causes[0], "Apple's own code") {
			t.Errorf("%q: %v", text, m)
		}
	}
	system := strings.ReplaceAll(user, "/Users/dev/app/build/addon.node", "/System/Library/Frameworks/Example.framework/Example")
	if m := firstMatch(Analyze([]byte(system)), "text-library-validation"); m == nil || !strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("macOS's own library not read as Apple's code: %v", m)
	}
}

// Exit reason 2 of namespace CODESIGNING is an invalid page (a file changed
// after signing); reason 1, taskgated's refusal at launch, is not.
func TestCodesigningExitReasonInvalidPage(t *testing.T) {
	const report = "Exception Type:        EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\nException Codes:       UNKNOWN_0x32 at 0x00000001304e0000\nTermination Reason:    Namespace CODESIGNING, Code 2 \n"
	if m := firstMatch(Analyze([]byte(report)), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("code 2 not read as an invalid page: %v", m)
	}
	taskgated := strings.Replace(report, "Code 2 ", "Code 1 Taskgated Invalid Signature", 1)
	if m := firstMatch(Analyze([]byte(taskgated)), "text-code-signature-invalid"); m == nil || strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("code 1 read as an invalid page: %v", m)
	}
}

// A shell's kill pasted with the kernel's invalid-page lines leads with the
// file changed after signing.
func TestKilledWithInvalidPage(t *testing.T) {
	const kill = "$ ./tool\nzsh: killed     ./tool\n"
	if m := firstMatch(Analyze([]byte(kill+"CODE SIGNING: cs_invalid_page: p=1890[tool]\n  final status 0x23000200, denying page sending SIGKILL\n")), "text-killed-at-launch"); m == nil || !strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("invalid page not first: %v", m)
	}
	if m := firstMatch(Analyze([]byte(kill)), "text-killed-at-launch"); m == nil || strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("a bare kill led with a modified file: %v", m)
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

// "The application is damaged and can't be opened" is Gatekeeper's alert,
// not the generic can't-be-opened one; an ad hoc signature shown beside it
// leads. A named app that can't be opened stays the generic alert.
func TestDamagedApplication(t *testing.T) {
	s := "`Signature=adhoc`, `spctl` verdict `rejected`. Gatekeeper refuses to run them, as *\"the application is damaged and can't be opened.\"*"
	res := Analyze([]byte(s))
	if len(res.Matches) == 0 || firstMatch(res, "text-app-cant-be-opened") != nil {
		t.Fatalf("%q: %v, want text-gatekeeper-damaged without text-app-cant-be-opened", s, ids(res))
	}
	if m := firstMatch(res, "text-gatekeeper-damaged"); m == nil || m.Causes[0] != causeDamagedAdhoc {
		t.Errorf("%q: not led with the ad hoc signature", s)
	}
	plain := `"Foo.app" is damaged and can't be opened. You should move it to the Trash.`
	if m := firstMatch(Analyze([]byte(plain)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] == causeDamagedAdhoc {
		t.Errorf("%q: not read, or led with an ad hoc signature it does not show", plain)
	}
	near := `The application "Foo" can't be opened.`
	if firstMatch(Analyze([]byte(near)), "text-app-cant-be-opened") == nil {
		t.Errorf("%q: not read as the application that can't be opened", near)
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

// A chain codesign cannot trust on code quill signed is the .p12 without
// its intermediates; without quill the keychain's causes keep their order.
func TestQuillChainNotTrusted(t *testing.T) {
	s := "$ quill sign-and-notarize ./dist/tool\n$ codesign -vvv --deep --strict ./dist/tool\n./dist/tool: CSSMERR_TP_NOT_TRUSTED\nIn architecture: x86_64"
	if m := firstMatch(Analyze([]byte(s)), "text-cert-not-trusted"); m == nil || !strings.Contains(m.Causes[0], "attach-chain") {
		t.Errorf("%q: not read, or not led with the .p12 chain", s)
	}
	near := "$ codesign -vvv --deep --strict ./dist/tool\n./dist/tool: CSSMERR_TP_NOT_TRUSTED\nIn architecture: x86_64"
	if m := firstMatch(Analyze([]byte(near)), "text-cert-not-trusted"); m == nil || strings.Contains(m.Causes[0], "quill") {
		t.Errorf("%q: not read, or led with quill", near)
	}
}

// A kill at launch beside codesign's verdict on the same binary leads with
// that verdict; a kill alone keeps the catalogue's order.
func TestKilledWithCodesignVerdict(t *testing.T) {
	for _, c := range []struct{ text, first string }{
		{"$ ./hello\nzsh: killed ./hello\n$ codesign -dvv hello\nhello: code object is not signed at all", causeKilledUnsigned},
		{"$ ./tool\nzsh: killed ./tool\n$ codesign --verify ./tool\n./tool: invalid signature (code or signature have been modified)", causeKilledModified},
		{"$ ./hello\nzsh: killed ./hello", "restricted entitlement"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-killed-at-launch")
		if m == nil || !strings.Contains(m.Causes[0], c.first) {
			t.Errorf("%q: not read, or first cause not %q", c.text, c.first)
		}
	}
}

// AMFI refusing a signature it calls ad hoc leads with the trust cache;
// AMFI refusing another signature keeps the catalogue's order.
func TestAMFIAdhocRefused(t *testing.T) {
	s := "kernel\tAMFI: '/a.out' is adhoc signed.\nkernel\tAMFI: '/a.out': unsuitable CT policy 0 for this platform/device, rejecting signature.\nkernel\tAMFI: code signature validation failed."
	if m := firstMatch(Analyze([]byte(s)), "text-kernel-signature-rejected"); m == nil || !strings.Contains(m.Causes[0], "trust cache") {
		t.Errorf("%q: not read, or not led with the trust cache", s)
	}
	near := "kernel\tAMFI: code signature validation failed."
	if m := firstMatch(Analyze([]byte(near)), "text-kernel-signature-rejected"); m == nil || strings.Contains(m.Causes[0], "trust cache") {
		t.Errorf("%q: not read, or led with the trust cache", near)
	}
}

// Gatekeeper's "damaged" beside a build said to be unsigned, a quarantine
// cleared to open it, or an arm64 build with no Developer ID shown leads
// with the unsigned or ad hoc cause; the hardened runtime's
// allow-unsigned-executable-memory and a Developer ID signature do not.
func TestDamagedUnsignedBuild(t *testing.T) {
	const alert = `"Foo.app" is damaged and can't be opened. You should move it to the Trash.`
	for _, s := range []string{
		alert + "\nThe release workflow produces **unsigned** bundles.",
		alert + "\nIt works after xattr -cr /Applications/Foo.app",
		alert + "\nOnly the Foo_1.0.0_aarch64.dmg build does this.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] != causeDamagedAdhoc {
			t.Errorf("%q: not led with the unsigned or ad hoc cause", s)
		}
	}
	for _, s := range []string{
		alert + "\n<key>com.apple.security.cs.allow-unsigned-executable-memory</key><true/>",
		alert + "\nFoo_arm64.dmg, signed with Developer ID Application: Foo Inc (ABCDE12345)",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] == causeDamagedAdhoc {
			t.Errorf("%q: not read, or led with an unsigned build it does not show", s)
		}
	}
}

// The Tauri bundler's "Finished with status Invalid for id" is the notary
// service's verdict; an accepted submission is not.
func TestNotaryStatusInvalidForID(t *testing.T) {
	s := "Error failed to bundle project: Finished with status Invalid for id 8108c3d3-5e55-4d1e-b265-28d2152b1530 (Processing complete)"
	if firstMatch(Analyze([]byte(s)), "text-notary-invalid") == nil {
		t.Errorf("%q: not read as notarization status Invalid", s)
	}
	near := "Finished with status Accepted for id 8108c3d3-5e55-4d1e-b265-28d2152b1530 (Processing complete)"
	if firstMatch(Analyze([]byte(near)), "text-notary-invalid") != nil {
		t.Errorf("%q: read as status Invalid", near)
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

// An old CodeDirectory version or Apple's "latest code signature format"
// is the refused format only next to the release that refuses it.
func TestOldSignatureFormatBesideRelease(t *testing.T) {
	for _, s := range []string{
		"The `CodeDirectory` version remains `20200` which should be `20400` or `20500` in order to be installed on iOS 15",
		"The root key of the issue is a new signature format, that is required on iOS 15.",
	} {
		if firstMatch(Analyze([]byte(s)), "text-signature-version-unsupported") == nil {
			t.Errorf("%q: not read", s)
		}
	}
	for _, near := range []string{
		"Executable=/Applications/Tool.app/Contents/MacOS/Tool\nCodeDirectory v=20200 size=154808 flags=0x0(none) hashes=4830+5 location=embedded",
		"Xcode 13 signs with the new signature format by default.",
	} {
		if firstMatch(Analyze([]byte(near)), "text-signature-version-unsupported") != nil {
			t.Errorf("%q: read as the refused format", near)
		}
	}
}

// Apple's identity site refusing an MDM push certificate request is no
// code signing; a signing certificate that expired still is.
func TestPushCertificateRequestExpired(t *testing.T) {
	s := "Then I downloaded mdmcert.download.push.req, logged into https://identity.apple.com/, and finally received the message:\n\n\"Certificate Signature Verification failed because the signing certificate is expired.\""
	if m := firstMatch(Analyze([]byte(s)), "text-cert-expired"); m != nil {
		t.Errorf("%q: read as an expired signing certificate", s)
	}
	near := "codesign -s \"Apple Distribution: Example (ABCDE12345)\" App.app\nerror: The certificate is expired."
	if firstMatch(Analyze([]byte(near)), "text-cert-expired") == nil {
		t.Errorf("%q: not read", near)
	}
}

// "Unable to Verify App" behind a proxy leads with the device not reaching
// Apple; the alert with only the Settings path keeps the catalogue's order.
func TestUnableToVerifyBehindProxy(t *testing.T) {
	s := "An \"Unable to Verify App\" popup: that means your proxy might be blocking Apple's signature check for installing custom enterprise apps on iOS."
	if m := firstMatch(Analyze([]byte(s)), "text-untrusted-developer"); m == nil || !strings.Contains(m.Causes[0], "cannot reach Apple") {
		t.Errorf("%q: not read, or not led with the network", s)
	}
	near := "Unable to Verify App. I tapped Trust in Settings > General > VPN & Device Management and it still says so."
	if m := firstMatch(Analyze([]byte(near)), "text-untrusted-developer"); m == nil || strings.Contains(m.Causes[0], "cannot reach Apple") {
		t.Errorf("%q: not read, or led with the network", near)
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

// Gatekeeper's "damaged" retold: "saying it's damaged", a "damaged error"
// on arm64 builds, read where the paste is about a Mac; the same words
// about a document or with nothing Apple around them are not read.
func TestDamagedRetoldOnMac(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"after removing the quarantine, macos refuses to run the app, saying its damaged.",
		"The damaged error on arm64 builds is gone once the app is signed; macOS needs at least an ad hoc signature.",
	)
	readNothing(t,
		"Word keeps saying the document is damaged.",
		"The unzip tool keeps saying its damaged.",
		"The damaged error on arm64 builds of the tarball came from a truncated upload.",
	)
}

// iOS's integrity alert retold with a verb is read next to an iPhone; the
// same words about a backup or a download are not.
func TestIntegrityRetoldWithVerb(t *testing.T) {
	readFirst(t, "text-integrity-not-verified", "When I try to install it on my iPhone it says “Unable to verify integrity”.")
	readNothing(t, "Unable to verify integrity of the backup archive, restore aborted.")
}

// isideload's count of the App IDs a free team has left.
func TestNotEnoughAppIDs(t *testing.T) {
	readFirst(t, "text-free-team-limit", " ● Not enough available app IDs. 5 are required, but only 3 are available.")
	readFirst(t, "text-free-team-limit", "\"Not enough available app IDs. 1 is required, but only 0 are\navailable.\"")
}

// A build tool named next to "Killed: 9" is no launch kill, unless codesign
// shows the killed program's own signature beside it.
func TestBuildToolNamedBesideSignature(t *testing.T) {
	s := "- Symptom: Binary killed by kernel with `Killed: 9` (SIGKILL), `codesign -dv` shows valid `flags=0x2(adhoc)`.\n- Same pattern hit uv, Bun and cargo-dist."
	if firstMatch(Analyze([]byte(s)), "text-killed-at-launch") == nil {
		t.Errorf("%q: not read", s)
	}
	near := "clang: error: unable to execute command: Killed: 9\nclang: error: clang frontend command failed due to signal (use -v to see invocation)"
	if firstMatch(Analyze([]byte(near)), "text-killed-at-launch") != nil {
		t.Errorf("%q: read as a launch kill", near)
	}
}

// An invalid page beside codesign naming an embedded framework leads with
// the library; an invalid page alone with the file changed after signing.
func TestInvalidPageBesideNestedFramework(t *testing.T) {
	s := "Termination Reason: Namespace CODESIGNING, Code 2, Invalid Page\n\nembedded framework contains modified or invalid version\nIn subcomponent: .../Python.framework"
	lib := Lookup("text-code-signature-invalid").Causes[3]
	if m := firstMatch(Analyze([]byte(s)), "text-code-signature-invalid"); m == nil || m.Causes[0] != lib {
		t.Errorf("%q: not read, or not led with the library", s)
	}
	near := "Termination Reason: Namespace CODESIGNING, Code 2, Invalid Page"
	if m := firstMatch(Analyze([]byte(near)), "text-code-signature-invalid"); m == nil || m.Causes[0] == lib {
		t.Errorf("%q: not read, or led with the library", near)
	}
}

// Library validation's "different Team IDs" also when quoted.
func TestDifferentTeamIDsQuoted(t *testing.T) {
	readFirst(t, "text-library-validation", `library validation rejects it because the ad-hoc signed app and framework have "different Team IDs" (both are not set).`)
}

// A killed program whose signature is the linker's leads with the file
// changed after signing (a linker signature holds no entitlements); an ad
// hoc signature made by codesign keeps the catalogue's order.
func TestKilledLinkerSigned(t *testing.T) {
	s := "zsh: killed     ./tool\n$ codesign -dv ./tool\nCodeDirectory v=20400 size=143102 flags=0x20002(adhoc,linker-signed) hashes=4467+0 location=embedded"
	if m := firstMatch(Analyze([]byte(s)), "text-killed-at-launch"); m == nil || m.Causes[0] != causeKilledModified {
		t.Errorf("%q: not read, or not led with the file changed after signing", s)
	}
	near := "zsh: killed     ./tool\n$ codesign -dv ./tool\nCodeDirectory v=20400 size=143102 flags=0x2(adhoc) hashes=4467+0 location=embedded"
	if m := firstMatch(Analyze([]byte(near)), "text-killed-at-launch"); m == nil || m.Causes[0] == causeKilledModified {
		t.Errorf("%q: not read, or led with the file changed after signing", near)
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

// errSecAuthFailed's message from an app storing an account in the
// keychain is no .p12 import; the same words after SecKeychainItemImport
// are.
func TestAuthFailedOutsideAnImport(t *testing.T) {
	s := "2017-11-15T08:46:55.351Z - error: [ui] Error adding account 'octocat'\nError: The user name or passphrase you entered is not correct."
	for _, m := range Analyze([]byte(s)).Matches {
		if m.Entry.Severity != Info {
			t.Errorf("%q: %s %s", s, m.Entry.Severity, m.Entry.ID)
		}
	}
	real := "security: SecKeychainItemImport: The user name or passphrase you entered is not correct."
	if firstMatch(Analyze([]byte(real)), "text-p12-import-failed") == nil {
		t.Errorf("%q: not read as a failed import", real)
	}
}

// A Wallet pass's certificate expiring is no code signing failure; an
// expired signing certificate beside the same words still is.
func TestPassCertificateExpired(t *testing.T) {
	readNoError(t,
		"I got this pkpass i want to add on my wallet but it seems the certificate has expired so when I email it to myself or try opening it from my iphone it doesn't open.",
		"If a pass is signed with an expired certificate, it's rejected by Passbook on iPhone.",
	)
	real := "Code Signing Error: The certificate used to sign the app has expired: CSSMERR_TP_CERT_EXPIRED (our Wallet passes are signed separately)"
	if firstMatch(Analyze([]byte(real)), "text-cert-expired") == nil {
		t.Errorf("%q: not read as an expired signing certificate", real)
	}
}

// The first cause the seventy-seventh round's fixes lead with, and the
// near misses that keep the entry's usual first cause.
func TestJVMRoundLeads(t *testing.T) {
	for _, c := range []struct{ text, id, lead string }{
		// 0xe8008015 on the line after a framework's path (wrapped, no colon).
		{"Failed to verify code signature of\n/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AAAAAA/extracted/App.app/Frameworks/Vendor.framework\n0xe8008015 (A valid provisioning profile for this executable was not found.)", "text-install-no-valid-profile", "nested framework"},
		{"Failed to verify code signature of\n/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AAAAAA/extracted/App.app\n0xe8008015 (A valid provisioning profile for this executable was not found.)", "text-install-no-valid-profile", "device is not in the profile"},
		// A notary log's invalid signature on a binary said to lack its signatures.
		{"Observation: newer builds lack code signatures.\n\"message\": \"The signature of the binary is invalid.\",", "text-binary-signature-invalid", "ad hoc"},
		{"\"message\": \"The signature of the binary is invalid.\",", "text-binary-signature-invalid", "changed after it was signed"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil {
			t.Errorf("%q: no %s", c.text, c.id)
			continue
		}
		if !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: first cause %q, want one saying %q", c.text, m.Causes[0], c.lead)
		}
	}
	// A retold alert without "the" is Gatekeeper's; the developer verified is not.
	if firstMatch(Analyze([]byte("developer cannot be verified macos")), "text-gatekeeper-unverified") == nil {
		t.Error("a retold \"developer cannot be verified\" is not read as Gatekeeper's alert")
	}
	if m := firstMatch(Analyze([]byte("The developer can be verified in the About window.")), "text-gatekeeper-unverified"); m != nil {
		t.Errorf("a verified developer read as %s", m.Entry.ID)
	}
}

// Gatekeeper's alerts retold in Chinese: the damaged alert with the app's
// name quoted, the malware check beside the Mac; a document called damaged
// and an antivirus's words are not.
func TestGatekeeperRetoldChinese(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"macOS 下提示 “Notes” 已损坏",
		"Mac 安装程序显示 \"已损坏\" 如何处理?",
		"mac 打开提示“Notes.app”已损坏",
	)
	readFirst(t, "text-gatekeeper-unverified", "macbook打不开 说是无法检测是否含有恶意软件")
	readNothing(t,
		"macOS 下提示 “report.pdf” 已损坏",
		"杀毒软件无法检测是否含有恶意软件",
	)
}

// iOS's integrity alert retold in Chinese is read where the paste is about
// signing an app; a download or a game's files are not.
func TestIntegrityRetoldChinese(t *testing.T) {
	readFirst(t, "text-integrity-not-verified",
		"使用ios app singer签名后提示无法验证其完整性，不能安装",
		"为什么无法验证完整性呢ios17.3版本的，签名之后老是说安装包验证失败",
	)
	readNothing(t,
		"下载的压缩包无法验证其完整性，请重新下载",
		"Steam 无法验证游戏文件完整性",
	)
}

// A stapler that finds no ticket after notarytool said Invalid leads with
// the build not notarized; the same failure alone leads with waiting.
func TestStaplerAfterInvalid(t *testing.T) {
	firstCause := func(s string) string {
		m := firstMatch(Analyze([]byte(s)), "text-stapler-failed")
		if m == nil || len(m.Causes) == 0 {
			t.Fatalf("%q: not read as a failed staple", s)
		}
		return m.Causes[0]
	}
	notFound := "CloudKit query for App.app (2/6f1a...) failed due to \"Record not found\".\nThe staple and validate action failed! Error 65."
	if c := firstCause("  status: Invalid\n" + notFound); c != staplerNotNotarized {
		t.Errorf("after status Invalid: first cause %q", c)
	}
	if c := firstCause(notFound); c != staplerNotYet {
		t.Errorf("alone: first cause %q", c)
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

// An iOS install refused where the paste names an entitlement key in the
// app's entitlements file leads with the key the profile lacks; the same
// alert beside a revoked certificate, or an entitlements file named with no
// key, does not.
func TestInstallEntitlementInFileLead(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{`When ever I try to run the app with aps-environment on Entitlement.plist, the app prompts "This app cannot be installed because its integrity could not be verified."`, "text-integrity-not-verified"},
		{"Adding com.apple.developer.applesignin to Entitlements.plist: 0xe8008015 (A valid provisioning profile for this executable was not found.)", "text-install-no-valid-profile"},
	} {
		if m := firstMatch(Analyze([]byte(c.text)), c.id); m == nil || m.Causes[0] != causeEntitlementNotInProfile {
			t.Errorf("%q: not read as %s, or not led with the entitlement the profile lacks", c.text, c.id)
		}
	}
	for _, c := range []struct{ text, id string }{
		{`"This app cannot be installed because its integrity could not be verified." Our enterprise certificate was revoked yesterday.`, "text-integrity-not-verified"},
		{"My Entitlements.plist is empty. 0xe8008015 (A valid provisioning profile for this executable was not found.)", "text-install-no-valid-profile"},
	} {
		if m := firstMatch(Analyze([]byte(c.text)), c.id); m == nil || m.Causes[0] == causeEntitlementNotInProfile {
			t.Errorf("%q: not read as %s, or led with an entitlement it does not name", c.text, c.id)
		}
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

// Scripts that sign and notarize by hand: notarytool's locked or
// unreadable keychain profile, stapler's refusals as release notes put
// them, and codesign's "identity not found" retold; each beside a near
// miss that names none of Apple's tools.
func TestSigningScriptWordings(t *testing.T) {
	for _, c := range []struct {
		text, id string
		want     bool
	}{
		{"notarytool fails with `keychainLocked(keychainName: \"default\")`.", "text-user-interaction-not-allowed", true},
		{"enum KeychainError { case keychainLocked }", "text-user-interaction-not-allowed", false},
		{"`notarytool` says: `An error occurred while accessing the keychain. User interaction is not allowed.`", "text-user-interaction-not-allowed", true},
		{"An error occurred while accessing the keychain. User interaction is not allowed.", "text-user-interaction-not-allowed", false},
		{"every time codesign fails, im getting \"identity not found\"", "text-identity-not-found", true},
		{"az login: Managed identity not found for this VM", "text-identity-not-found", false},
		{"zip    stapler: incapable of working with ZIP archives", "text-stapler-failed", true},
		{"bare binary   notarytool: Accepted   stapler: Error 73", "text-stapler-failed", true},
		{"so `stapler staple` on the DMG fails with no ticket", "text-stapler-failed", true},
		{"the help desk form fails with no ticket number", "text-stapler-failed", false},
	} {
		if got := hasID(Analyze([]byte(c.text)), c.id); got != c.want {
			t.Errorf("%q: %s = %v, want %v", c.text, c.id, got, c.want)
		}
	}
}

// stapler refusing a zip or a bare binary leads with the file's kind; a
// ticket not found leads with notarization.
func TestStaplerFileTypeLead(t *testing.T) {
	kind := Lookup("text-stapler-failed").Causes[2]
	s := "bare binary   notarytool: Accepted   stapler: Error 73\nzip                                  stapler: incapable of working with ZIP archives"
	if m := firstMatch(Analyze([]byte(s)), "text-stapler-failed"); m == nil || m.Causes[0] != kind {
		t.Errorf("%q: not read, or not led with the file's kind", s)
	}
	near := "CloudKit query for Acme.app (2/abc) failed due to \"Record not found\".\nThe staple and validate action failed! Error 65."
	if m := firstMatch(Analyze([]byte(near)), "text-stapler-failed"); m == nil || m.Causes[0] == kind {
		t.Errorf("%q: not read, or led with the file's kind", near)
	}
}

// Apple's alerts as Japanese and Chinese users of macOS and iOS paste or
// retell them; the same words about a document, a disk or a checksum are
// not read.
func TestEastAsianAlertsRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged", "Mac os 显示已经损坏应该丢到废纸篓", "macOS 提示“Example”已损坏")
	readFirst(t, "text-gatekeeper-unverified", `"Example"は開いていません`, "「このアプリにマルウェアが含まれていないことをmacOSは確認できません」", "このAppにマルウェアが含まれていないことをmacOSで検証できません。")
	readFirst(t, "text-integrity-not-verified", "「このアプリは整合性を検証できなかったため、インストールできません」")
	readNothing(t,
		"Mac 显示硬盘已经损坏",
		"ファイルは開いていません",
		"マルウェアが含まれていないことを確認できました",
		"ダウンロードしたファイルの整合性を検証できませんでした",
	)
}

// An extension a re-signer did not rename is read from installd's sentence,
// IXErrorDomain's placeholder and a watch app's companion identifier, and
// rules_apple's missing identity; the same hex inside a longer number and
// the same words about something else are not.
func TestAppexPrefixInstallForms(t *testing.T) {
	for _, s := range []string{
		"Error 0xe800009e: This app contains an app extension with an illegal bundle identifier.",
		`NSUnderlyingError=0xd871ac150 {Error Domain=IXErrorDomain Code=8 "Attempted to set app extension placeholder promise with bundle ID com.example.app.widget that does not match required prefix of com.example.app.ABCDE12345. for parent"`,
		"SideSign kills nested Share Extension with CODESIGNING / Invalid Page on iOS 26.6.1",
		`Got error "InvalidCompanionAppBundleIdentifier" with code 0x00000000: The Watch app contained within this app has an incorrect value, "com.example.app", for the WKCompanionAppBundleIdentifier key in the Watch app's Info.plist.`,
		"ERROR: Unable to find an identity on the system matching the ones in external/build_configuration/provisioning/Intents.mobileprovision",
	} {
		if len(Analyze([]byte(s)).Matches) == 0 {
			t.Errorf("%q: not read", s)
		}
	}
	if m := firstMatch(Analyze([]byte("SideSign kills nested Share Extension with CODESIGNING / Invalid Page")), "text-code-signature-invalid"); m == nil {
		t.Errorf("CODESIGNING / Invalid Page: not read as text-code-signature-invalid")
	}
	readNoError(t,
		"0xe800009ea020\tTCPv6\t::\t135\t::\t0\tLISTENING\t784\tsvchost.exe",
		"The license key does not match required prefix of ACME-.",
		"Codesigning: invalid page size in the PDF export",
		"Unable to find an identity on the system matching the ones in users.yaml",
		"The form has an incorrect value, \"abc\", for the zip code key.",
	)
}

// Homebrew's and gktool's Gatekeeper refusals and the damaged alert retold
// beside a disk image are read; the same words about other things are not.
func TestCaskGatekeeperForms(t *testing.T) {
	for s, id := range map[string]string{
		"Warning: tomatobar has been deprecated because it does not pass the macOS Gatekeeper check! It will be disabled on 2026-09-01.": "text-gatekeeper-unverified",
		"Scan completed, but failed because the software is not signed by a distributor that meets the system Gatekeeper requirements.":  "text-gatekeeper-unverified",
		"Running the application from the DMG after dragging it to the /Applications folder reports the app as \"damaged\"":              "text-gatekeeper-damaged",
		"After installing via Homebrew on my MacBook, a prompt appears stating the application is damaged.":                              "text-gatekeeper-damaged",
		"The macOS v2.7 release is ad-hoc signed rather than Developer ID signed, and is rejected by macOS Gatekeeper.":                  "text-gatekeeper-unverified",
		"opening it prompts with \"This app was downloaded from internet. Apple checked it for malicious ...\"":                          "text-gatekeeper-first-launch",
		"gatekeeper catches it and verifies the file, then asks if I want to open it as it was downloaded from the internet.":            "text-gatekeeper-first-launch",
	} {
		if !hasID(Analyze([]byte(s)), id) {
			t.Errorf("%q: not read as %s (got %v)", s, id, ids(Analyze([]byte(s))))
		}
	}
	readNoError(t,
		"The goalkeeper does not pass the ball; the gatekeeper check is in the lobby.",
		"The upload failed: a prompt appears stating the application is damaged, please re-upload the form.",
		"Error: wail: It seems the App source '/Applications/WAIL.app' is not there.",
		"The PR was rejected by the gatekeeper of the project.",
	)
}

// Editor tooling's refusals are read from spctl's bare verdict on an
// executable, the malware alert retold, lldb's non-interactive refusal and
// binaries said to miss a code signature; a rejection by someone else, other
// malware talk and other missing signatures are not.
func TestEditorToolingForms(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"Output:\n\n  /Users/user/.local/bin/codebase-memory-mcp: rejected\n", "text-gatekeeper-unverified"},
		{"/Applications/Tool.app/Contents/MacOS/tool: rejected\nsource=no usable signature", "text-gatekeeper-unverified"},
		{"Apple could not verify that the vscode-rust-app does not contain malware that could be harmful to your Mac", "text-gatekeeper-unverified"},
		{"process exited with status -1 (this is a non-interactive debug session, cannot get permission to debug processes.)", "text-debugger-attach-denied"},
		{"There are several binaries which are missing Codesign signature:", "text-not-signed"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: not read as %s", c.text, c.id)
		}
	}
	readNoError(t,
		"/Users/user/pr/123: rejected by the reviewer",
		"The upload to /api/v1/files: rejected because it is too large",
		"The scanner could not verify that the archive does not contain malware on Windows",
		"The release artifacts are missing GPG signatures",
		"cannot get permission to write to the folder",
	)
}

// A language server updated in place and killed, retold as a code-signing
// crash, leads with the file changed after signing; a crash while signing
// is not that kill.
func TestCodeSigningCrashInPlace(t *testing.T) {
	m := firstMatch(Analyze([]byte("The fix is create a new executable file, instead of updating the existing executable file in place, the latter causing a code-signing crash if the kernel is caching the signature.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("in-place update: %+v", m)
	}
	readNoError(t,
		"Xcode crashed during code signing of the archive",
		"The installer was updated in place and crashed on start",
	)
}

// A downloaded language server's kill is read from zsh's job notice and
// fish's job report, and Node's spawn error -86 as a wrong architecture;
// other signals, other job states and other system errors are not.
func TestShellJobKillAndSpawnArch(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"$ expert_darwin_arm64 --stdio\n[1]  73966 killed      --stdio", "text-killed-at-launch"},
		{"fish: Job 1, './jsonnet-language-server' terminated by signal SIGKILL (Forced quit)", "text-killed-at-launch"},
		{"Error: spawn Unknown system error -86\n    at ChildProcess.spawn (node:internal/child_process:420:11)", "text-bad-cpu-type"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: not read as %s", c.text, c.id)
		}
	}
	readNoError(t,
		"[1]  73966 done      --stdio",
		"fish: Job 1, './server' terminated by signal SIGSEGV (Address boundary error)",
		"Error: spawn Unknown system error -88",
		"Unknown system error -86 while reading the socket",
	)
}

// Gatekeeper's alert retold for a downloaded Rust or Go binary (macOS
// flags it as malware, does not think it safe, shows an error because it
// was not notarized, Gatekeeper cannot verify the developer) is read; the
// same verbs about other systems, or notarization named without an alert,
// are not. Taskgated's "Invalid Signature" is read with its quotes, and a
// kill beside the loader's "Bad executable" leads with a file changed
// after signing.
func TestRetoldGatekeeperForBinaries(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"macOS flagged notesium-darwin-arm64 as potentially containing malware and refused to open it.", "text-gatekeeper-unverified"},
		{"I tried to open it but macOS doesn't think it's safe.", "text-gatekeeper-unverified"},
		{"macos shows an error screen because the binary was not notarized.", "text-gatekeeper-unverified"},
		{"Gatekeeper checks it, finds no Developer ID, and blocks it with \"cannot verify the developer\".", "text-gatekeeper-unverified"},
		{"hardened runtime combined with an ad-hoc signature triggers Taskgated \"Invalid Signature\" SIGKILL.", "text-code-signature-invalid"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: not read as %s", c.text, c.id)
		}
	}
	readNoError(t,
		"Windows Defender flagged the installer as potentially containing malware.",
		"macOS doesn't think it's necessary to restart after the update.",
		"macos shows an error because the disk is full; the binary was notarized fine.",
		"We will notarize the binary in the next release.",
		"Taskgated reported nothing unusual.",
	)
	kill := "fish: Job 1, '/usr/local/bin/toru' terminated by signal SIGKILL (Forced quit)\ndtrace: failed to execute toru: Bad executable (or shared library)"
	m := firstMatch(Analyze([]byte(kill)), "text-killed-at-launch")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("kill beside Bad executable: %+v", m)
	}
}

// C++ and Qt desktop apps: codesign's unsealed root told in prose, the
// damaged alert retold as "the app is corrupted", codesign's library
// validation warning on a binary with no SDK, and a dylib with an invalid
// signature led by the file changed after signing; a corrupted document,
// a root directory with no unsealed contents, and a crash with no library
// named are not read so.
func TestDesktopCppForms(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"When trying to codesign the QtCore framework, there's an error that says that the bundle has unsealed contents in its root directory.", "text-bundle-format"},
		{"After codesign -s - on MyApp.app I get an error message that the app is corrupted.", "text-gatekeeper-damaged"},
		{"Library validation warning=OS X SDK version before 10.9 does not support Library Validation", "text-old-sdk"},
		{"This wasn't the message saying the app is from an unidentified developer, this was saying that the app was damaged.", "text-gatekeeper-damaged"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: not read as %s", c.text, c.id)
		}
	}
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

// macOS's own alerts for a kernel extension waiting for approval, as help
// pages quote them; a browser extension blocked by policy is not one.
func TestKextApprovalAlerts(t *testing.T) {
	for _, s := range []string{
		"System Extension Blocked. A program tried to load new system extension(s). Allow in Security & Privacy preferences.",
		`Look for the prompt: "System software from developer 'Acme Inc.' was blocked from loading."`,
		"Some system software was blocked from loading.",
		`General says is that "Your current security settings prevent the installation of system extensions"`,
	} {
		if !hasID(Analyze([]byte(s)), "text-kext-not-approved") {
			t.Errorf("%q: got %v, want text-kext-not-approved", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"This extension was blocked by your administrator. The extension is not allowed on this device.",
		"Extension blocked from loading: the manifest is invalid.",
	)
}

// A preview killed with Code Signature Invalid where a build script's
// update_in_place step rewrote the framework leads with the file changed
// after signing; the same crash naming only an in_place option does not.
func TestCodeSignatureInvalidUpdateInPlaceStep(t *testing.T) {
	crash := "Exception Type:  EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\n"
	m := firstMatch(Analyze([]byte(crash+"This happens only in `vendored_xcframeworks`, so disable this `update_in_place` logic in SwiftUI Previews builds.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("update_in_place step: %+v", m)
	}
	m = firstMatch(Analyze([]byte(crash+"The `in_place` option of the sort is set.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("an in_place option alone: %+v", m)
	}
}

// Gatekeeper's alerts as a new user retells them are read; the same words
// about something else are not.
func TestGatekeeperRetoldNoAudience(t *testing.T) {
	for s, want := range map[string]string{
		"I did what you've said, but MacOs repeatedly told me to move it to the Bin.": "text-gatekeeper-unverified",
		"Apple cannot check if this software is malicious":                            "text-gatekeeper-unverified",
		"Apple Cant Analyze if Malware or not":                                        "text-gatekeeper-unverified",
		"The app shows as damaged after downloading\n\nAm I missing something?":       "text-gatekeeper-damaged",
	} {
		if !hasID(Analyze([]byte(s)), want) {
			t.Errorf("%q: got %v, want %s", s, ids(Analyze([]byte(s))), want)
		}
	}
	readNothing(t,
		"macOS told me to move the old version to the Applications folder.",
		"The scanner cannot check if this software is malicious.",
		"The PDF shows as damaged after downloading.",
		"The file shows as damaged after downloading.",
	)
}

// The notary log's statusCode 7000 is read where the paste is about
// notarization; other services' statusCode 7000 is not.
func TestNotaryStatusCode7000(t *testing.T) {
	s := "fix: enable reliable 7000 notarization fallback\n- local run confirmed Rejected + statusCode 7000 exits 0 with warning"
	if !hasID(Analyze([]byte(s)), "text-notary-team-not-configured") {
		t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
	}
	readNothing(t, "On Successful Login\n```\n{\n    \"statusCode\": 7000,\n    \"message\": \"Login is successful\"\n}\n```")
}

// A Mac that will not let the user open a program is Gatekeeper; one that
// will not let them open a folder or a file is not read.
func TestGatekeeperWontLetMeOpen(t *testing.T) {
	for _, s := range []string{
		"I just bought iMac and play some emulator games but my mac doesn't allow me to open the program what can ı do about it?",
		"macOS won't let me open the app.",
	} {
		if !hasID(Analyze([]byte(s)), "text-gatekeeper-unverified") {
			t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"macOS won't let me open the Desktop folder in Terminal.",
		"My Mac doesn't allow me to open the file.",
	)
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

// Virtualization.framework's refusal for want of the entitlement, as NSLog
// escapes it and retold, and an ad hoc re-sign that drops it; prose that
// only names the entitlements, and hv_vm_create unsupported on a
// virtualized host, are not it.
func TestVirtualizationEntitlementMissing(t *testing.T) {
	for _, s := range []string{
		`Error Domain=VZErrorDomain Code=2 "The process doesn’t have the “com.apple.security.virtualization” entitlement."`,
		`NSLocalizedFailureReason = "The process doesn\U2019t have the \U201ccom.apple.security.virtualization\U201d entitlement.";`,
		`> Invalid virtual machine configuration. The process doesn't have the "com.apple.security virtualization" entitlement.`,
		"Codesign seems to execute properly and verify comes back clean but I still get an error about missing the virtualization entitlement.",
		"Ad-hoc re-signing the macOS binary (`codesign --force --sign -`) drops `com.apple.security.hypervisor`; every VM start then fails.",
	} {
		if !hasID(Analyze([]byte(s)), "text-virtualization-entitlement-missing") {
			t.Errorf("%q: got %v, want text-virtualization-entitlement-missing", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"Add the com.apple.security.virtualization entitlement to the app's entitlements file.",
		"Those runners are themselves virtualized and do not expose Hypervisor.framework: hv_vm_create returns HV_UNSUPPORTED.",
		"Sign with --entitlements to keep com.apple.security.hypervisor in the signature.",
		`Error Domain=VZErrorDomain Code=2 "Invalid virtual machine configuration. The storage device attachment is invalid."`,
	)
}

// taskgated's kill of a process whose restricted entitlement no profile
// authorises names the entitlement, and its -67050 is not read as a
// requirement the developer wrote.
func TestTaskgatedEntitlementNotAllowed(t *testing.T) {
	s := "taskgated[236]: killed xyz.xhyve.xhyve[pid 44315] because its use of the com.apple.vm.hypervisor entitlement is not allowed (error code -67050)"
	m := firstMatch(Analyze([]byte(s)), "text-unsatisfied-entitlements")
	if m == nil || !hasValue(m.Values, "entitlement", "com.apple.vm.hypervisor") {
		t.Fatalf("got %v, want text-unsatisfied-entitlements naming com.apple.vm.hypervisor", ids(Analyze([]byte(s))))
	}
	// Its -67050 is the profile's requirement, not one the developer wrote.
	if hasID(Analyze([]byte(s)), "text-csreq-67050") {
		t.Errorf("taskgated's kill read as a requirement of the developer's: %v", ids(Analyze([]byte(s))))
	}
	readNothing(t, "Its use of the com.apple.vm.hypervisor entitlement is allowed on macOS 10.15 and earlier.")
}

// The virtualization entitlement refused to a Python script leads with the
// entitlement on another executable than the one that runs; the same
// refusal from a binary of its own does not.
func TestVirtualizationEntitlementPythonLead(t *testing.T) {
	vz := `Error Domain=VZErrorDomain Code=2 "The process doesn’t have the "com.apple.security.virtualization" entitlement."` + "\n"
	m := firstMatch(Analyze([]byte(vz+"But I have tried to give the python interpreter the following entitlements via codesign:")), "text-virtualization-entitlement-missing")
	if m == nil || len(m.Causes) == 0 || m.Causes[0] != causeVMOtherExecutable {
		t.Fatalf("python interpreter: %+v", m)
	}
	m = firstMatch(Analyze([]byte(vz+"$ codesign -d --entitlements - ./vmctl")), "text-virtualization-entitlement-missing")
	if m == nil || len(m.Causes) == 0 || m.Causes[0] == causeVMOtherExecutable {
		t.Fatalf("a binary of its own: %+v", m)
	}
}

// System, driver and network extensions and Endpoint Security clients, as
// sysextd, AppleSystemPolicy, the kernel and es_new_client say it; the
// same words about an app Gatekeeper refused, a healthy listing or another
// entitlement are not these.
func TestSystemExtensionMessages(t *testing.T) {
	for _, c := range []struct{ text, id, first string }{
		{"sysextd: no policy, cannot allow apps outside /Applications", "text-system-extension-rejected", "notarized"},
		{"This is `OSSystemExtensionErrorForbiddenBySystemPolicy` on a managed Mac.", "text-system-extension-rejected", "A policy forbids it"},
		{"The dext does not start.\nAppleSystemPolicy: ASP: Security policy would not allow process", "text-system-extension-rejected", ""},
		{"VBG97UB4TA com.example.filter (1.0/1) Filter [activated waiting for user]", "text-kext-not-approved", "systemextensionsctl"},
		{`ERROR: "Application requires 'com.apple.developer.endpoint-security.client' entitlement"`, "text-capability-entitlement-missing", ""},
		{"kernel: DK: IOUserServer(com.example.driver-0x100000a1)::exit(Entitlements check failed)", "text-capability-entitlement-missing", ""},
		{"The 'Network Extensions' feature is only available to users enrolled in Apple Developer Program.", "text-free-team-limit", "paid Apple Developer Program"},
		{"Provisioning profile ... doesn't match the entitlements file's value for the ... userclient-access entitlement.", "text-profile-entitlement-value", ""},
		{"AMFI: When validating /usr/local/bin/esclient:\n  Code has restricted entitlements, but the validation of its code signature failed.", "text-unsatisfied-entitlements", "bare executable"},
		{"Missing Entitlement. The bundle 'A.app' is missing entitlement 'com.apple.developer.networking.networkextension'.", "text-upload-missing-entitlement", ""},
		{"domain: \"NEVPNErrorDomain\" - code: 5\n\"NSLocalizedDescription\" : \"permission denied\"", "text-network-extension-permission-denied", ""},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil {
			t.Errorf("%q: got %v, want %s", c.text, ids(Analyze([]byte(c.text))), c.id)
			continue
		}
		if c.first != "" && (len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.first)) {
			t.Errorf("%q: first cause %q, want one saying %q", c.text, m.Causes, c.first)
		}
	}
	// Inside an app bundle a profile can be embedded: no bare-executable lead.
	m := firstMatch(Analyze([]byte("When validating /Applications/A.app/Contents/MacOS/A:\n  Code has restricted entitlements, but the validation of its code signature failed.")), "text-unsatisfied-entitlements")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("an app's executable: %+v", m)
	}
	m = firstMatch(Analyze([]byte("When validating /Applications/A.app:\n  Code has restricted entitlements, but the validation of its code signature failed.")), "text-unsatisfied-entitlements")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("an app bundle: %+v", m)
	}
	for _, s := range []string{
		// Gatekeeper refusing an app, no extension in sight.
		"kernel: (AppleSystemPolicy) ASP: Security policy would not allow process: 29354, /Applications/UES.app/Contents/MacOS/UES",
	} {
		if hasID(Analyze([]byte(s)), "text-system-extension-rejected") {
			t.Errorf("%q: read as a system extension refused", s)
		}
	}
	// Another NEVPNErrorDomain code is not the configuration refused.
	if s := "domain: \"NEVPNErrorDomain\" - code: 1\n\"NSLocalizedDescription\" : \"permission denied\""; hasID(Analyze([]byte(s)), "text-network-extension-permission-denied") {
		t.Errorf("%q: read as the VPN configuration refused", s)
	}
	readNoError(t,
		"*\t*\tVBG97UB4TA\tcom.objective-see.lulu.extension (2.3.0/2.3.0)\tExtension\t[activated enabled]",
		"This feature is only available to users enrolled in the beta program.",
		"The bundle 'A.app' is missing a localized name.",
	)
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

// codesign given a bare certificate kind that matched two different
// certificates leads with the name given; the same name twice is a
// duplicate. AMFI's XML syntax error leads with the file's XML.
func TestBareKindAndAMFISyntaxLeads(t *testing.T) {
	lead := func(text, id string) string {
		m := firstMatch(Analyze([]byte(text)), id)
		if m == nil || len(m.Causes) == 0 {
			t.Fatalf("%.60q: no %s", text, id)
		}
		return m.Causes[0]
	}
	bare := `iPhone Developer: ambiguous (matches "iPhone Developer: Mr CI (ABCDE12345)" and "iPhone Developer: Jane Doe (FGHIJ67890)" in /Users/user/Library/Keychains/login.keychain-db)`
	if c := lead(bare, "text-ambiguous-identity"); !strings.Contains(c, "only a certificate kind") {
		t.Errorf("bare kind matching two people: first cause %q", c)
	}
	dup := `Developer ID Application: ambiguous (matches "Developer ID Application: Acme LLC (ABCDE12345)" and "Developer ID Application: Acme LLC (ABCDE12345)" in /Users/user/Library/Keychains/login.keychain-db)`
	if c := lead(dup, "text-ambiguous-identity"); strings.Contains(c, "only a certificate kind") {
		t.Errorf("the same identity twice: first cause %q", c)
	}
	if c := lead("Failed to parse entitlements: AMFIUnserializeXML: syntax error near line 7", "text-invalid-entitlements-blob"); !strings.Contains(c, "not well-formed XML") {
		t.Errorf("AMFI syntax error: first cause %q", c)
	}
	if c := lead("AMFIUnserializeXML failed on the embedded entitlements", "text-invalid-entitlements-blob"); strings.Contains(c, "not well-formed XML") {
		t.Errorf("AMFI without a syntax error: first cause %q", c)
	}
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

// A sideloaded app that stops while its store still counts days left is
// read as a revoked certificate, and AltStore's App ID quota as a free
// team's limit; the same words outside iOS sideloading are not.
func TestSideloadingRevokedAndQuota(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// The alert alone is an expired profile or a revoked certificate;
		// with the profile's days still shown, the certificate.
		{`iOS says '"Delta" Is No Longer Available' when I open it`, "text-app-no-longer-available"},
		{`iOS says '"Delta" Is No Longer Available' when I open it, while SideStore shows "Expires in 6 DAYS"`, "text-cert-revoked"},
		{"Apps not verified despite 6 days remaining", "text-cert-revoked"},
		{"LiveContainer JIT-less diagnose:\nCertificate: Revoked", "text-cert-revoked"},
		{"You cannot register more than 10 App IDs within a 7 day period.", "text-free-team-limit"},
		{"the integrity of the app could not be verified", "text-integrity-not-verified"},
		{`"left-pad" is no longer available on npm`, ""},
		{"My account was not verified despite 3 days remaining", ""},
		{"SSL check for https://example.com\nCertificate: Revoked", ""},
		{"AltServer-Linux: curl: (60) SSL certificate problem: certificate has been revoked for https://ani.sidestore.io", ""},
		{"the integrity of the download could not be verified", ""},
		{"all my apps wont open, it says revoked on the site (iOS 16)", "text-cert-revoked"},
		{"My GitHub token shows revoked", ""},
	} {
		r := Analyze([]byte(c.in))
		got := ""
		for _, m := range r.Matches {
			if m.Entry.Severity != Info {
				got = m.Entry.ID
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q (%v), want %q", c.in, got, ids(r), c.want)
		}
	}
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

// A notary log retold without the article still names the Developer ID
// failure; App Store Connect's expired profile "included in the bundle"
// is the expired profile of an upload, while the same profile said to be
// invalid is not an expired one.
func TestDeveloperIDRetoldAndProfileExpiredInBundle(t *testing.T) {
	if m := firstMatch(Analyze([]byte("239 binaries not signed with valid Developer ID certificate")), "text-not-developer-id"); m == nil {
		t.Error("Developer ID without the article: not read")
	}
	m := firstMatch(Analyze([]byte("an automated email with a body like “the provisioning profile included in the bundle has expired”")), "text-profile-expired")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "uploaded build") {
		t.Fatalf("profile included in the bundle has expired: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate].")), "text-profile-expired"); m != nil {
		t.Errorf("an invalid profile in the bundle read as expired: %+v", m)
	}
	m = firstMatch(Analyze([]byte(`Provisioning profile "iOS Team Provisioning Profile: com.acme.app" expired on Jan 2, 2026.`)), "text-profile-expired")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "uploaded build") {
		t.Errorf("Xcode's expired profile led with an upload: %+v", m)
	}
}

// A writer's scare quotes around "certificate" and "revoked" still say the
// signing certificate was revoked where the paste is about an iOS app; a
// TLS certificate revoked in quotes, or one that was not revoked, is not.
// The integrity alert retold with two words swapped is still the alert.
func TestRevokedInQuotesAndIntegritySwapped(t *testing.T) {
	if m := firstMatch(Analyze([]byte("Then you see that dreaded message from iOS: “Unable to Verify App.” All that setup, all for nothing, because something called a “certificate” was “revoked.”")), "text-cert-revoked"); m == nil {
		t.Error("quoted revoked certificate beside iOS's alert: not read")
	}
	readNothing(t, "curl: (60) SSL certificate problem: the server “certificate” was “revoked” by its CA")
	if m := firstMatch(Analyze([]byte("Unable to Verify App. The certificate was not revoked, so I kept looking.")), "text-cert-revoked"); m != nil {
		t.Errorf("a certificate that was not revoked: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("This is for the error: “This app cannot be installed because integrity could be not verified”")), "text-integrity-not-verified"); m == nil {
		t.Error("integrity could be not verified: not read")
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

// iosJITCrash is an iOS device's crash log for code written at run time:
// the faulting region is memory the app allocated, not a file.
const iosJITCrash = "Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)\nException Subtype: UNKNOWN_0x32 at 0x0000000112981960\n--->  VM_ALLOCATE            0000000112980000-0000000112a00000 [  512K]\nr-x/rwx SM=COW\n\nTermination Reason: Namespace CODESIGNING, Code 0x2"

// An iOS device's kill in memory the app allocated leads with a JIT run
// without a debugger; the same kill in a mapped file does not.
func TestIOSJITCrashLeadsWithDebugger(t *testing.T) {
	m := firstMatch(Analyze([]byte(iosJITCrash)), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "debugger is attached") {
		t.Fatalf("iOS JIT crash: %+v", m)
	}
	file := "Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)\n--->  __TEXT                 0000000100bfc000-0000000100c00000 [   16K] r-x/r-x SM=COW  /private/var/containers/Bundle/Application/X/App.app/App\nTermination Reason: Namespace CODESIGNING, Code 0x2"
	m = firstMatch(Analyze([]byte(file)), "text-code-signature-invalid")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "debugger is attached") {
		t.Fatalf("iOS crash in a file: %+v", m)
	}
}

// System logs and crash reports: a Sandbox refusal's path is no code the
// message is about; amfid's "signature not valid" beside the kernel's error
// leads with the signature, its 0xfffefa2a with the Info.plist; a launch
// constraint killing a process that is not Apple's leads with a constraint
// of its own.
func TestCrashAndLogLeads(t *testing.T) {
	lv := "kernel(AppleMobileFileIntegrity)[0] <Error>: Library Validation failed: Rejecting '/usr/lib/tweaks/Tweak.dylib' (Team ID: none, platform: no) for process 'MobileSafari(417)' (Team ID: none, platform: yes), reason: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)\nkernel(Sandbox)[0] <Notice>: Sandbox: MobileSafari(417) deny(1) file-read-metadata /usr/sbin/aslmanager"
	m := firstMatch(Analyze([]byte(lv)), "text-library-validation")
	if m == nil || hasValue(m.Values, "path", "/usr/sbin/aslmanager") || strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("sandbox path read as the rejected code: %+v", m)
	}
	own := "kernel: Library Validation failed: Rejecting '/System/Library/PrivateFrameworks/Foo.framework/Versions/A/Foo' (Team ID: none, platform: no) for process 'x(1)'"
	if m := firstMatch(Analyze([]byte(own)), "text-library-validation"); m == nil || !strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("near miss: Apple's library rejected: %+v", m)
	}

	amfid := "Oct 17 15:31:41 mbp amfid[110]: /Applications/Acme.app/Contents/MacOS/Acme signature not valid: 0xfffefa2a\nOct 17 15:31:41 mbp kernel[0]: proc 558: load code signature error 4 for file \"Acme\"\nOct 17 15:35:00 mbp tccd[434]: Unable to verify code signing identity of com.acme.Acme:  code identity has been invalidated"
	r := Analyze([]byte(amfid))
	if m := firstMatch(r, "text-kernel-signature-rejected"); m == nil || !strings.Contains(m.Causes[0], "does not match the file") {
		t.Errorf("amfid beside the kernel: %+v", m)
	}
	if m := firstMatch(r, "text-code-signature-modified"); m == nil || !strings.Contains(m.Causes[0], "Info.plist") {
		t.Errorf("0xfffefa2a: %+v", m)
	}
	kernel := "Oct 17 15:31:41 mbp kernel[0]: proc 558: load code signature error 4 for file \"Acme\"\nOct 17 15:35:00 mbp tccd[434]: Unable to verify code signing identity of com.acme.Acme:  code identity has been invalidated"
	r = Analyze([]byte(kernel))
	if m := firstMatch(r, "text-kernel-signature-rejected"); m == nil || strings.Contains(m.Causes[0], "does not match the file") {
		t.Errorf("near miss: the kernel alone: %+v", m)
	}
	if m := firstMatch(r, "text-code-signature-modified"); m == nil || strings.Contains(m.Causes[0], "Info.plist") {
		t.Errorf("near miss: no Info.plist status: %+v", m)
	}

	report := "Identifier:          %s\nException Type:    EXC_CRASH (SIGKILL (Code Signature Invalid))\nTermination Reason:  Namespace CODESIGNING, Code 4, Launch Constraint Violation"
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(report, "com.acme.helper.cli"))), "text-launch-constraint"); m == nil || !strings.Contains(m.Causes[0], "of your own") {
		t.Errorf("third-party process: %+v", m)
	}
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(report, "com.apple.python3"))), "text-launch-constraint"); m == nil || strings.Contains(m.Causes[0], "of your own") {
		t.Errorf("near miss: Apple's process: %+v", m)
	}
}

// The hundred-and-thirteenth round's classes, each with its near miss:
// Frida's and dtrace's refused attach, a library's first page refused
// (not the app's), and a framework's call refused for an entitlement only
// Apple's code may have.
func TestInstrumentationMessages(t *testing.T) {
	readFirst(t, "text-debugger-attach-denied",
		"Failed to attach: unable to attach to the specified process",
		"Failed to attach: unable to access process with pid 748 from the current user account",
	)
	readNothing(t,
		"Failed to attach: unable to find process with name 'Acme'",
		"Failed to attach: unexpected error while preparing pipe endpoints for process with pid 5783 (mach_port_allocate remote_rx returned '(os/kern) invalid task')",
		"dtrace: failed to execute /tmp/a.out: DTrace cannot instrument translated processes",
	)
	dtrace := "dtrace: system integrity protection is on, some features will not be available\ndtrace: failed to execute ls: dtrace cannot control executables signed with restricted entitlements"
	if m := firstMatch(Analyze([]byte(dtrace)), "text-debugger-attach-denied"); m == nil || !strings.Contains(m.Causes[0], "System Integrity Protection") {
		t.Errorf("dtrace on Apple's code: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("error: attach failed: Not allowed to attach to process.")), "text-debugger-attach-denied"); m == nil || strings.Contains(m.Causes[0], "System Integrity Protection") {
		t.Errorf("near miss: lldb's refusal names no protected target: %+v", m)
	}

	page := "dyld: Library not loaded: @rpath/X.dylib\n  Reason: no suitable image found.  Did find:\n\t/private/var/mobile/Containers/Bundle/Application/X/App.app/%s: mmap() errno=1 validating first page of '/private/var/mobile/Containers/Bundle/Application/X/App.app/%s'"
	lib := "Frameworks/X.dylib"
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(page, lib, lib))), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "library or plug-in it loads") {
		t.Errorf("a library's first page: %+v", m)
	}
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(page, "App", "App"))), "text-code-signature-invalid"); m == nil || strings.Contains(m.Causes[0], "library or plug-in it loads") {
		t.Errorf("near miss: the app's own first page: %+v", m)
	}

	spi := `Process Acme (pid 7949) is required to have an entitlement named "com.apple.private.mobileinstall.allowedSPI" with an array containing "UninstallForLaunchServices" to call the MobileInstallation SPI.`
	if m := firstMatch(Analyze([]byte(spi)), "text-capability-entitlement-missing"); m == nil || !strings.Contains(m.Causes[0], "Apple-private") {
		t.Errorf("a private entitlement required: %+v", m)
	}
	readNothing(t, "Process Acme (pid 7949) is required to have an entitlement to call this SPI.")
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

// A program's code signature called invalid is the kernel's kill where a
// kernel log or Apple code is named; a Windows program's is not.
func TestProgramSignatureInvalidRetold(t *testing.T) {
	for _, s := range []string{
		"The tool exits immediately. As I checked in dmesg it shows that the executable's code signature is invalid.",
		"On macOS 14 the binary's code signature is invalid and it is killed at launch.",
	} {
		if firstMatch(Analyze([]byte(s)), "text-code-signature-invalid") == nil {
			t.Errorf("%q not read", s)
		}
	}
	readNothing(t,
		"SmartScreen warns that the executable's code signature is invalid after we patched setup.exe on Windows 11.",
		"The executable's code signature was checked by signtool and is valid.",
	)
}

// Privacy & Security's note for an app it blocked is Gatekeeper's verdict
// on an unnotarized app; an app blocked for other reasons is not.
func TestBlockedNotFromIdentifiedDeveloper(t *testing.T) {
	s := `"LiteratureClock.saver" was blocked from use because it is not from an identified developer.`
	if firstMatch(Analyze([]byte(s)), "text-gatekeeper-unverified") == nil {
		t.Errorf("%q not read", s)
	}
	near := `"Acme.app" was blocked from use because it uses too much memory.`
	if firstMatch(Analyze([]byte(near)), "text-gatekeeper-unverified") != nil {
		t.Errorf("%q read as Gatekeeper's verdict", near)
	}
}

// Retold reports of round 118 are read where they name the thing Apple's
// message names, and their near misses are not: Developer Mode missing on
// an iPhone (not Windows' own), a certificate's sheet that says expired
// (not "not expired"), a missing distribution certificate, a profile that
// lacks a capability, and Expo's device registration as Apple context.
func TestRetoldRound118(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"Setting up iPhone physical device for debugging, Enable Developer Mode is no an option under Setting>Privacy&Security", "text-developer-mode-off"},
		{"On my iPad the Developer Mode toggle is not showing in Privacy & Security.", "text-developer-mode-off"},
		{"I run `eas device:create` and install the profile. Inside the cert it says \"expired October 2nd, 2025\"", "text-cert-expired"},
		{"Xcode: the Apple Distribution certificate shows expired since last week.", "text-cert-expired"},
		{"Missing Distribution Certificate when I run flutter build ipa on the CI Mac", "text-no-signing-certificate"},
		{"EAS Build uses an old provisioning profile for the ShareExtension target that lacks App Groups capability.", "text-profile-doesnt-support"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) == nil {
			t.Errorf("%q: %s not read", c.text, c.id)
		}
	}
	for _, c := range []struct{ text, id string }{
		{"On Windows 11, Developer Mode is not enabled under Privacy & security > For developers.", "text-developer-mode-off"},
		{"My iPhone now has Developer Mode is on and the app runs.", "text-developer-mode-off"},
		{"Xcode: the Apple Development certificate says it has not expired yet.", "text-cert-expired"},
		{"I run `eas build -p android` and the keystore cert says expired.", "text-cert-expired"},
		{"The Distribution certificate is there; the profile was the missing piece.", "text-no-signing-certificate"},
		{"The provisioning profile without the App Groups entitlement key works in the simulator", "text-profile-doesnt-support"},
	} {
		if firstMatch(Analyze([]byte(c.text)), c.id) != nil {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}

// stapler's limit retold for a bare Mach-O leads with the file type.
func TestStaplerRawExecutableFirstCause(t *testing.T) {
	s := "Apple notarization returns Accepted, but fails afterward because `xcrun stapler` cannot attach a ticket to a raw standalone Mach-O executable."
	m := firstMatch(Analyze([]byte(s)), "text-stapler-failed")
	if m == nil {
		t.Fatalf("%q not read", s)
	}
	if !strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("first cause %q does not name the file type", m.Causes[0])
	}
}

// codesign's --sign given a keychain leads "not found" with a name that
// matches no certificate; security's own -s (the search list) does not.
func TestIdentityNotFoundKeychainGivenToSign(t *testing.T) {
	for _, c := range []struct {
		text  string
		named bool
	}{
		{"codesign --force --timestamp --sign signing_temp.keychain ./tool\nerror: The specified item could not be found in the keychain.", true},
		{"codesign --force --sign /Users/runner/Library/Keychains/signing_temp.keychain-db ./tool\nerror: The specified item could not be found in the keychain.", true},
		{"security list-keychains -d user -s build.keychain-db login.keychain-db\ncodesign --force --sign \"Developer ID Application: Acme (ABCDE12345)\" ./tool\nerror: The specified item could not be found in the keychain.", false},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-identity-not-found")
		if m == nil {
			t.Errorf("%q not read", c.text)
			continue
		}
		if got := strings.Contains(m.Causes[0], "does not match the certificate's common name"); got != c.named {
			t.Errorf("%q: first cause %q", c.text, m.Causes[0])
		}
	}
}

// CSSMERR_TP_NOT_TRUSTED where Keychain Access's trust choices are named
// leads with a custom trust setting.
func TestCertNotTrustedCustomTrustLeads(t *testing.T) {
	for _, c := range []struct {
		text   string
		custom bool
	}{
		{"If the settings for Worldwide Developer Relations CA are Basic Constraints and Code Signing, Code Signing will fail with:\nXXX.app: CSSMERR_TP_NOT_TRUSTED\nCommand /usr/bin/codesign failed with exit code 1", true},
		{"XXX.app: CSSMERR_TP_NOT_TRUSTED\nCommand /usr/bin/codesign failed with exit code 1", false},
		{"Ensure the Trust popup is at its default, Use System Defaults.\nXXX.app: CSSMERR_TP_NOT_TRUSTED", false},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-cert-not-trusted")
		if m == nil {
			t.Errorf("%q not read", c.text)
			continue
		}
		if got := strings.Contains(m.Causes[0], "custom trust setting"); got != c.custom {
			t.Errorf("%q: first cause %q", c.text, m.Causes[0])
		}
	}
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

// A privacy pane's grant lost after an update or a rebuild is the stored
// requirement no longer matching the new signature; the same pane named
// after an update for other reasons is not.
func TestPrivacyGrantLostAfterUpdate(t *testing.T) {
	for _, s := range []string{
		"After updating the app, macOS asks permission for Accessibility again.",
		"After the update Screen Recording is missing although the switch is on.",
		"The app needs Input Monitoring permission, but the permissions are reset on every update.",
	} {
		m := firstMatch(Analyze([]byte(s)), "text-privacy-access-refused")
		if m == nil {
			t.Errorf("%q not read", s)
			continue
		}
		if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "older signature: TCC stores") {
			t.Errorf("%q: first cause %q, want the grant for an older signature", s, m.Causes)
		}
	}
	readNothing(t,
		"After updating Xcode, the Accessibility Inspector shows the same tree again.",
		"After the update, Accessibility settings are reset to their defaults.",
		"The Accessibility permission is missing, please grant it in System Settings.",
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

// A grant said to be on while the app asks for it is the signature only
// beside an update of the app itself; alone, or after a macOS update, it
// is read as nothing.
func TestPrivacyGrantOnAfterAppUpdate(t *testing.T) {
	s := "After upgrading the app to the latest version it asks for Screen Recording permission even though it's on."
	m := firstMatch(Analyze([]byte(s)), "text-privacy-access-refused")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "older signature: TCC stores") {
		t.Errorf("%q: got %v", s, m)
	}
	readNothing(t,
		"The app asks for Screen Recording permission even though it's on.",
		"After updating to macOS Sequoia the app asks for Screen Recording permission even though it's on.",
	)
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

// TestLeadsRound125 checks the causes led with for round 125's classes:
// amfid's -420 names a file changed after signing, altool's missing
// keychain item and its empty provider.
func TestLeadsRound125(t *testing.T) {
	for _, c := range []struct{ text, id, lead string }{
		{"amfid\t/opt/example/Example.app/Contents/MacOS/example not valid: Error Domain=AppleMobileFileIntegrityError Code=-420 \"The signature on the file is invalid\"\nException Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))", "text-code-signature-invalid", "The file changed after signing"},
		{"*** Error: Failed to read legacy keychain item 'AC_PASSWORD', Error Domain=ITunesConnectFoundationErrorDomain Code=-25300", "text-notary-auth", "The keychain item the password is read from"},
		{"The username jane@example.com is not a member of the provider . Contact your team admin for assistance. (1296)", "text-notary-team-not-configured", "The Apple ID belongs to no team"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil || !strings.HasPrefix(m.Causes[0], c.lead) {
			t.Errorf("%q: %s does not lead with %q: %v", c.text, c.id, c.lead, m)
		}
	}
}
