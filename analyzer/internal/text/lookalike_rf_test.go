package text

import "testing"

// TestLookalikesOfReadingsSinceFifthReview: the sixth look-alike review, of
// the readings added since the fifth (held-out rounds 150 and 155 to 161, and
// the Xcode message table): the same words in another system's message
// (Android, Windows, Linux, Slack, Jira, Steam, a firewall called
// Gatekeeper) or in prose that only mentions them get no error or warning,
// and the messages those readings were written for still read.
//
// Still read as an error, and so left out below (each names iOS or Apple
// beside the words, as a real paste does):
//   - "Our Android build doesn't include the \"keychain-access-groups\" entitlement, it's iOS only." (text-profile-missing-entitlement)
//   - "Our Unity doc mentions exportArchive No Accounts for iOS, but the Android build is fine." (text-xcode-account-unavailable)
//   - "Google Play Console: No Accounts with App Store Connect Access is an Apple thing; we use Play." (text-xcode-account-unavailable)
func TestLookalikesOfReadingsSinceFifthReview(t *testing.T) {
	readEach(t, []readCase{
		{"% spctl --assess --type execute -vv ./tool\nrejected\nsource=no usable signature", "text-gatekeeper-unverified"},
		{"Termination Reason: CODESIGNING 2 Invalid Page", "text-code-signature-invalid"},
		{"$ ./freeze README.md\nfish: Job 1, './freeze README.md' terminated by signal SIGKILL (Forced quit)\n\n1. it doesn't happen on every machine\n2. it doesn't happen on `./freeze -h` or `./freeze --version` for example\n\ngo build\nquill sign ./freeze\n./freeze README.md # will fail\nProductName: macOS", "text-hardened-runtime-exception"},
		{"HTTP error from https://appstoreconnect.apple.com/notary/v2/submissions\nUnauthenticated\n\n    Request ID: ABCDEFGHIJKLMNOPQRSTUVWXYZ.0.0\n\nError: error interacting with Notary API", "text-notary-auth"},
		{"provision.cpp:81\nios/addDevice =5405\nUnable to add device 'xyDevice' because the team has already reached the maximum number of iPhone devices.", "text-device-limit"},
		{"Unable to add device 'Office iPad' because the team has already reached the maximum number of iPad devices.", "text-device-limit"},
		{"xcodebuild archive failed on the CI Mac: we were missing the code signing certificate in the keychain.", "text-no-signing-certificate"},
		{"Error (Xcode): No Account for Team \"ABCDEF123\". Add a new account in Accounts settings or verify that your accounts\nhave valid credentials.\n/path/to/my/app/ios/Runner.xcodeproj", "text-requires-development-team"},
		{"Bun's `--compile` appends bundled JS to the Mach-O binary after the linker signs it, invalidating the ad-hoc code signature.", "text-code-signature-modified"},
		{"Gatekeeper answers with \"Foo is damaged\" on every Mac.", "text-gatekeeper-damaged"},
		{"The app either gets immediately killed by the kernel (missing signature) or crashes.", "text-killed-at-launch"},
		{"macOS kills the binary on launch with SIGKILL.", "text-killed-at-launch"},
		{"JavaScriptCore calls pthread_jit_write_protect_np and the child dies with EXC_BREAKPOINT / SIGTRAP.", "text-hardened-runtime-exception"},
		{"Error: downloaded app has different code-signature. EXPECTED Jane Roe (AB12CD34EF) but FOUND Apple Development: Jane Roe (ZY98XW76VU)", "text-spctl-rejected-development"},
		{"CodeSign /Users/ci/Library/Developer/Xcode/DerivedData/Acme-abc/Build/Intermediates/ArchiveIntermediates/Acme/InstallationBuildProductsLocation/Applications/Acme.app\n(1 failure)\nERROR [2016-06-09 13:44:59.87]: Exit status: 65", "text-codesign-command-failed"},
		{"codesign --sign \"Apple Development\" App.app\nSecItemCopyMatching returned -25300", "text-identity-not-found"},
		{"ITMS-90284: Invalid Code Signing - The executable 'MyApp.app/Contents/Frameworks/Vendor.framework/Versions/A/Resources/Vendor.bundle' must be signed with the certificate that is contained in the provisioning profile", "text-upload-stray-executable"},
		{"/Users/user/Library/Developer/Xcode/DerivedData/App-abc/Build/Products/Release-maccatalyst/App.app: code object is not signed at all\nIn subcomponent: /Users/user/Library/Developer/Xcode/DerivedData/App-abc/Build/Products/Release-maccatalyst/App.app/Contents/Frameworks/Vendor.framework\nCommand CodeSign failed with a nonzero exit code", "text-bundle-format"},
		{"warning: Couldn't resolve framework symlink for '.../Vendor.xcframework/ios-arm64_x86_64-maccatalyst/Vendor.framework/Versions/Current': NSCocoaErrorDomain Code=256", "text-bundle-format"},
		{"ITMS-90291: Malformed Framework - The framework bundle Vendor (App.app/Contents/Frameworks/Vendor.framework) must contain a symbolic link 'Vendor' -> 'Versions/Current/Vendor'. Refer to the Anatomy of Framework Bundles for more information.", "text-bundle-format"},
		{"our CI zip step dropped the symlinks in the Catalyst slice, so archiving failed with \"code object is not signed at all\"", "text-bundle-format"},
		{"error: no signing identity matches 'iPhone Distribution: Acme Inc (ABCDE12345)'", "text-identity-not-found"},
		{"Provisioning profile \"iOS Team Provisioning Profile: com.acme.app\" doesn't include signing certif", "text-profile-missing-certificate"},
		{"error: mismatch between specified provisioning profile and signing identity", "text-profile-missing-certificate"},
		{"error: exportArchive: No Team Found in Archive: Use the Signing & Capabilities editor to assign a team to the targets and build a new archive.", "text-requires-development-team"},
		{"Code Sign error: a valid provisioning profile matching the application's Identifier 'com.acme.app' could not be found", "text-no-profiles-found"},
		{"error: exportArchive: Locating signing assets failed.", "text-no-profiles-found"},
		{"Xcode couldn't find a provisioning profile matching 'ABCDE12345/com.acme.app'.", "text-no-profiles-found"},
		{"Provisioning profile \"Acme Dev\" doesn't include the \"com.apple.developer.associated-domains\" entitlement.", "text-profile-missing-entitlement"},
		{"Automatic signing is unable to resolve an issue with the \"Acme\" target's entitlements file. Please manually specify a provisioning profile.", "text-automatic-signing-failed"},
		{"error: exportArchive: No Accounts", "text-xcode-account-unavailable"},
		{"The operation couldn’t be completed. Unable to log in with account 'acme-dev'. An unexpected failure occurred while logging in (Underlying error code 1100).", "text-xcode-account-unavailable"},
		{"error: exportArchive: No Accounts with App Store Connect Access: Add an account with App Store Connect access for \"Acme Inc\" in Accounts settings.", "text-xcode-account-unavailable"},
		{"error: exportArchive: \"Acme.app\" requires a provisioning profile.", "text-no-profiles-found"},
		{"##vso[task.logissue type=error]Acme requires a provisioning profile. Select a provisioning profile for the \"Debug\" build configuration in the project editor.", "text-no-profiles-found"},
		{"Check dependencies\n\n  cmTC_d8655 requires a provisioning profile.  Select a provisioning profile\n  for the \"Debug\" build configuration in the project editor.", "text-no-profiles-found"},
	})
	readNoError(t,
		// 1 spctl rejected
		"Our linter output: $ spctl -a -vvv build\nrejected\n(the Windows runner has no spctl)",
		"The docs page says spctl --assess then rejected means nothing on Linux.",
		"Android CI: adb shell pm path com.acme.app\nrejected\nsource=Play Store",
		"We never run spctl -a in the Android pipeline; the merge request was rejected.",
		// 2 CODESIGNING 2 Invalid Page
		"Windows event log: Namespace KERNEL, Code 2 Invalid Parameter",
		"Our wiki explains what CODESIGNING 2 Invalid Page would mean, but the Android crash was a SIGSEGV.",
		"Linux kernel: BUG: unable to handle page fault, code 2 invalid page table entry",
		"The PDF viewer reported Error 2: Invalid Page number.",
		// 3 doesn't happen on --version
		"The Java crash doesn't happen on `java --version`, only when the JVM loads our jar on Windows.",
		"The segfault doesn't happen with ./mytool --help on Linux; it's a bug in our parser.",
		"On Android, the ANR doesn't happen when running adb shell app --version.",
		"The bug doesn't happen on `node --version`, only in the webpack build.",
		// 4 notary v2 Unauthenticated
		"rpc error: code = Unauthenticated desc = notary v2 signature (Notation) token expired",
		"Notation: HTTP error from https://registry.example.com/notary/v2/sign\nUnauthenticated",
		"The gRPC server returned Unauthenticated for the docker notary service.",
		"Our docs mention https://appstoreconnect.apple.com/notary/v2/submissions but the Android job never calls it.",
		// 5 device limit
		"The team has reached the maximum number of Android devices in Firebase Test Lab.",
		"Your team has already reached the maximum number of Mac devices included in your plan.",
		"Slack: the team has reached the maximum number of iPhone devices allowed in your workspace seats.",
		"The game's family team has reached the maximum number of Apple TV devices for streaming on this subscription.",
		"Microsoft Teams Rooms: team has reached the maximum number of iPad devices for this license.",
		// 6 signing certificate missing
		"The Android release failed: the APK signing certificate is missing from the keystore.",
		"Windows signtool: missing a code signing certificate in the certificate store.",
		"Our Gradle build says the signing certificate was missing, so the AAB was unsigned.",
		"The JAR was rejected by jarsigner: missing the signing certificate.",
		"The Electron Windows installer was built missing a code signing certificate, SmartScreen warns.",
		"The signing certificate is not missing; the Android build just needs a new key alias.",
		// 7 No account for team
		"Slack says: No account for team \"Marketing\". Add a new account in Accounts settings or verify your invite.",
		"Jira Cloud: No account for team \"ABCDEF123\". Add a new account in the Accounts settings and verify billing.",
		// 8 invalidates the code signature
		"Windows: editing the .exe resources with rcedit invalidates the code signature, re-run signtool.",
		"On Linux, running strip on the ELF invalidates its code signature for our IMA policy.",
		"The Java jar update invalidates the existing code signature; run jarsigner again.",
		"Authenticode: patching the DLL invalidated the original code signature.",
		"Changing the APK invalidates the signature, so re-sign with apksigner.",
		// 9 Gatekeeper/macOS "X is damaged"
		"Our firewall Gatekeeper says \"the config is damaged\" on the Linux box.",
		"Gatekeeper, our API gateway, logs \"payload is damaged\" for bad JSON.",
		"On Windows, the game says \"save file is damaged\" after the update.",
		"The Android APK installer says \"package is damaged\".",
		// 10 killed by the kernel (missing signature)
		"On Linux the process was killed by the kernel (out of memory) at launch.",
		"Android: our app gets killed by the kernel due to a missing permission.",
		"The Windows service was killed by the kernel because of a bad driver signature.",
		"Linux IMA: the binary was killed by the kernel (invalid signature) because the xattr was wrong on the Ubuntu server.",
		// 11 killed at launch
		"The Linux OOM killer kills the process at start when memory is low.",
		"Android's low memory killer kills our app at launch on old phones.",
		"On Windows, Defender kills the game at launch.",
		"darwin docs mention a kill at launch, but our Android build just crashes.",
		// 12 pthread_jit_write_protect_np
		"Call pthread_jit_write_protect_np and the child dies with SIGTRAP on Linux? No, that API does not exist on Linux.",
		"Our Android JIT traps in mprotect, not pthread_jit_write_protect_np.",
		"The docs for pthread_jit_write_protect_np explain it and the thread dies with SIGTRAP if misused in tests we never ship.",
		// 13 different code-signature EXPECTED but FOUND
		"Windows updater: downloaded installer has different code-signature. EXPECTED Acme Corp but FOUND Apple Development: Jane Roe (ZY98XW76VU) in the test fixture we ignore.",
		"Android: the APK has different code-signature. EXPECTED release key but FOUND debug key.",
		"The JAR has different code-signature. EXPECTED Acme but FOUND Other.",
		// 14 CodeSign /path (1 failure)
		"CompileC /Users/ci/Acme/main.m\n(1 failure)",
		"Windows signtool /path/app.exe\n(1 failure)",
		"The article title: CodeSign /path/to/App.app (1 failure) and how we fixed it on Android.",
		// 15 -25300
		"Windows CryptoAPI returned -25300 for the certificate store.",
		"Android Keystore error -25300: key not found.",
		"The password manager: SecItemCopyMatching returned -25300, no saved password yet.",
		"The JSON error code -25300 is our billing API's not-found code.",
		// 16 ITMS-90284 resource bundle
		"Android bundletool: the executable 'Vendor.framework/Resources/Vendor.bundle' must be signed in the Play Console.",
		"The docs mention ITMS-90284 for resource bundles, but our Android upload is fine.",
		// 17 maccatalyst not signed at all
		"Windows: signtool verify says file is not signed at all for build-maccatalyst/x.framework/ stuff.",
		// 18 Couldn't resolve framework symlink
		"cp: couldn't resolve framework symlink for '/usr/lib/jvm/java.framework': No such file",
		"Our Linux packaging script prints Couldn't resolve framework symlink for 'Qt5Core' when the SDK is missing.",
		// 19 Malformed Framework
		"Gradle: Malformed Framework - The framework bundle is missing a symbolic link in the AAR.",
		"Our Unity doc explains ITMS-90291 Malformed Framework - The framework bundle needs a symbolic link; nothing failed.",
		// 20 symlinks object not signed
		"On Windows, symlinks are copied as files and the JAR object is not signed at all.",
		"Android: the symlink in the APK's object is not signed at all by apksigner.",
		"The Linux package's symlinks point to an object not signed at all; dpkg is fine with it.",
		// 21 no signing identity matches
		"Windows signtool: no signing identity matches 'Acme Corp' in the store.",
		"GPG: no signing identity matches 'dev@example.org'.",
		"Git: no signing identity matches 'ssh-ed25519' in the allowed signers file.",
		"Android: no signing identity matches 'release' in keystore.jks",
		// 22 doesn't include signing cert (truncated)
		"Our Android docs: Provisioning profile \"Play\" does not include signing cert",
		"The Windows MDM says Provisioning profile \"Corp Wi-Fi\" doesn't include signing certs",
		// 23 mismatch between specified provisioning profile and signing identity
		"Windows Autopilot: mismatch between specified provisioning profile and signing identity of the package.",
		"Android Enterprise: there is a mismatch between specified provisioning profile and signing identity in Knox.",
		"Our Intune docs list \"mismatch between specified provisioning profile and signing identity\" as never printed.",
		// 24 No Team Found in Archive
		"Slack export: No Team Found in Archive. Pick a workspace.",
		"Microsoft Teams backup: No Team Found in Archive for this tenant.",
		"The Jira backup says No Team Found in Archive.",
		// 25 valid profile matching identifier could not be found
		"Windows Autopilot: a valid provisioning profile matching the application's Identifier 'corp.app' could not be found in Intune.",
		"Android Knox: a valid provisioning profile matching the application's Identifier 'com.acme' could not be found.",
		// 26 Locating signing assets failed
		"Android Gradle: Locating signing assets failed, keystore missing.",
		"Windows MSIX: Locating signing assets failed for the package.",
		// 27 Xcode couldn't find a provisioning profile matching
		"Android Studio, unlike Xcode couldn't find a provisioning profile matching 'com.acme' issue, just works.",
		// 28 doesn't include the "com.apple..." entitlement
		"The Windows manifest doesn't include the \"aps-environment\" entitlement, which is fine since Windows has no APNs.",
		"The Android APK does not include the 'get-task-allow' entitlement at all.",
		// 29 Automatic signing unable to resolve
		"Android Studio: Automatic signing is unable to resolve an issue with the \"app\" target's entitlements? No, Gradle handles that.",
		// 30 exportArchive No Accounts
		"The Android exportArchive No Accounts task in Gradle is a no-op.",
		// 31 Unable to log in with account
		"Steam: Unable to log in with account 'gamer42'. An unexpected failure occurred while logging in.",
		"Outlook on Windows: Unable to log in with account 'user@example.com'. An unexpected failure occurred while logging in.",
		"Slack: Unable to log in with account 'team'. An unexpected failure occurred while logging in, try again.",
		// 32 No Accounts with App Store Connect Access
		"Microsoft Partner Center shows No Accounts with App Store Connect Access in the test fixture we ignore.",
		// exportArchive prose
		"Our exportArchive step in the release pipeline requires a provisioning profile.",
		"The Android exportArchive Gradle task requires a provisioning profile.",
		// extras
		"The team has reached the maximum number of Apple TV devices allowed by your Plex plan.",
		"Zoom Rooms: your team has already reached the maximum number of iPad devices in this subscription.",
		"Windows Hello: the signing certificate was missing from the TPM.",
		"Steam: Unable to log in with account 'player1'. An unexpected failure occurred while logging in. Check Steam Guard.",
		"The Linux job never prints CODESIGNING 2 Invalid Page; it was a SIGBUS on the Ubuntu runner.",
		"Gatekeeper, the firewall, logged \"session is damaged\" for the Linux client.",
		"The Android task requires a provisioning profile. for Knox? No, only for Samsung enterprise enrollment.",
		"Our deploy job in GitLab requires a provisioning profile.",
	)
}
