package text

import "testing"

// The fourteenth look-alike review, of the readings added by held-out
// rounds 191 to 196 (merges a1ed0301, acf31ec2, 9bdd041c, f9fcb3e3,
// c6195540, f448d8cf): an extension's bundle ID needing the app's prefix,
// AMFI refusing to start a process, a tool "not finding the provisioning
// profiles", Safari's unsigned extensions, an app needing signing before
// loading on a device, the app group container returning nil or out of an
// extension's reach, a profile "causing a bundle ID mismatch", a profile
// that "didn't had" a capability, -allowProvisioningUpdates not passed,
// "fell back to provisioning updates ... failed", an EAS target without
// its own App ID, automatic signing force-enabled, "because the developer
// cannot be verified", 已被占用, 7日間に10個, a bare NOT_TRUSTED,
// "signature of the binary is invalid", "no secure timestamp" beside the
// notary, "gets killed when I try to run it", a security message asking
// for an updated version, a signature invalidated then a kill, Gatekeeper
// "rejects ... as damaged", notarization failing for want of the hardened
// runtime or seeing ad-hoc code, the keychain passphrase, "could not
// launch"/"AMFI rejection", the nameless "The application can't be
// opened." and "You do not have permission to open this app".
//
// Each new or widened reading meets the same words in another system's
// message (Android and Gradle, Windows SmartScreen, signtool and Intune,
// Linux rpm, GNOME keyring and the OOM killer, Docker, npm and PyPI,
// Firefox and Chrome, Firebase, SharePoint, Jira, Steam, a PDF
// signature, WeChat, Google Play's limits), in prose that only mentions
// them (a changelog, a code comment, docs), or said not to happen any
// more; none may get an error or warning, while one real message per
// reading still reads right.
//
// Measured before any change (commit 94242dbf, the readings as merged;
// go test ./analyzer/internal/text -run 'TestLookalikesOfRound19[1-6]N'):
// 42 of the 83 look-alikes got an error or warning (listed in
// reviewNKnownMeasured, with what they were read as; commit f6744835).
// The readings were then narrowed by class (context_lookalikes_rn.go): for
// each of 22 entries the new readings' words (one regexp per entry) are
// skipped in a code comment, a changelog, release notes or a "Fixed:",
// "Docs:", "FAQ:", "PR:" or "Feature request:" line (reProseRM), where the
// failure is said to happen "no longer", and where another system is named
// (saidElsewhereRI's lists, reNamedElsewhereRK, reNamedElsewhereRM and
// reNamedElsewhereRN: SharePoint, Jira, WeChat mini programs, GNOME
// keyring, rpm, the OOM killer, SELinux, Firefox) and nothing of Apple's is
// left once the words are taken out, unless the tool whose message it is
// is named. reDeniedRM's "as expected" is not used: a bug report's
// "Expected Result ... as expected" follows a real Gatekeeper alert
// (held-out 116). The words are also skipped where another system
// (Android, Gradle, Windows, SmartScreen, Defender, Play Protect, Linux,
// Chrome, Firefox, Docker, npm) is their subject in the same clause with no
// Mac or Apple product named in it ("SmartScreen blocks the installer
// because the developer cannot be verified; on the Mac build ..."). None of
// the 83 gets an error now. 18 more written after
// (TestLookalikesOfReviewNAfter, 101 in all) get nothing either, while the
// real messages beside another system's name (Windows and macOS builds,
// Flutter on Android and iOS, a Jira ticket quoting Xcode) still read.
//
// Still read as an error: none (reviewNStillRead is empty). Not read
// before or after, not this review's doing: "Docker build on Linux, then
// on my Mac the binary gets killed when I try to run it; is it not
// signed?" (with or without context_lookalikes_rn.go; a gap of the
// killed reading's context, left for its owner).

// reviewNKnown: look-alikes read before this review's narrowing (not judged
// by readLookalikesN while listed).
var reviewNKnown = map[string]string{}

// reviewNKnownMeasured: the look-alikes read before the narrowing, with what
// they were read as.
var reviewNKnownMeasured = map[string]string{
	"Firefox docs: the bundle ID of the extension is not prefixed by the main app's bundle identifier in Manifest V3, since Firefox uses gecko.id.":            "error text-embedded-bundle-id-prefix",
	"Changelog 2.4: the template now sets the bundle identifier of the widget to be prefixed with the main app's bundle identifier, so no manual step.":        "error text-embedded-bundle-id-prefix",
	"Docs: without the flag, AMFI kills the process at launch; zsign sets it for you.":                                                                         "error text-killed-at-launch error text-code-signature-invalid",
	"Changelog: the Safari build no longer requires Allow Unsigned Extensions, since it is signed with our Developer ID.":                                      "error text-not-signed",
	"Docs: in Safari, Allow unsigned extensions resets when you quit Safari; this is expected.":                                                                "error text-not-signed",
	"// containerURL(forSecurityApplicationGroupIdentifier:) returns nil in unit tests without a host app, so we fall back to a temp directory.":               "error text-capability-entitlement-missing",
	"Docs: applying one profile to all targets used to cause this; it no longer gives a bundle ID mismatch since 2.0.":                                         "error text-profile-app-id-mismatch",
	"Windows Update fell back to automatic provisioning and the Autopilot profile failed to apply.":                                                            "error text-no-profiles-found",
	"Intune: enrollment fell back to automatic provisioning for the Android work profile, which failed.":                                                       "error text-no-profiles-found",
	"Changelog 2.0: when no profile is set the build fell back to automatic signing; it no longer fails.":                                                      "error text-no-profiles-found",
	"Android: the Play Console profile didn't have the NFC capability listed, so the device filter excluded it.":                                               "error text-profile-doesnt-support",
	"Windows: the package manifest profile doesn't include the Bluetooth capability; add it in Package.appxmanifest.":                                          "error text-profile-doesnt-support",
	"Docs: if the profile does not include the Push Notifications capability, regenerate it (this is the usual cause).":                                        "error text-profile-doesnt-support",
	"Changelog: EAS now creates the widget target's own App ID, so the extension does not have its own App ID problem is gone.":                                "error text-eas-credentials-not-set-up",
	"Docs: on EAS, if an extension does not have its own App ID, eas credentials creates one for you.":                                                         "error text-eas-credentials-not-set-up",
	"Android: Gradle forces automatic signing with the debug keystore when no signingConfig is set; the provisioning profile step failed in the iOS job only.": "error text-conflicting-provisioning-settings",
	"Changelog 4.0: we no longer force automatic signing; the provisioning profiles chosen by hand are kept and nothing fails.":                                "error text-conflicting-provisioning-settings",
	"Docs: forcing \"Automatically manage signing\" replaces provisioning profiles you set by hand; if signing then fails, turn it off.":                       "error text-conflicting-provisioning-settings",
	"npm: the package was flagged because the developer can't be verified (no provenance attestation on PyPI or npm).":                                         "error text-gatekeeper-unverified",
	"Changelog: the macOS build is notarized, so the \"because the developer cannot be verified\" alert no longer shows.":                                      "error text-gatekeeper-unverified",
	"Googleのプロジェクトは7日間で10個まで作成できます(Firebaseの制限)。":                                                                                                              "warning text-free-team-limit",
	"Androidアプリは7日間に10個までアップロードできます(Google Playの制限)。":                                                                                                          "warning text-free-team-limit",
	"微信小程序的 Bundle ID 已被注册,请在开放平台更换。":                                                                                                                          "error text-bundle-id-unavailable",
	"Docs: if the alert says \"The application can't be opened.\" the first time, this is expected with our beta; right-click and choose Open.":                "error text-app-cant-be-opened",
	"SharePoint: You do not have permission to open this app; ask the site owner to grant access.":                                                             "error text-app-cant-be-opened",
	"Jira: You don't have permission to open this app. Ask your Jira admin to add you to the project.":                                                         "error text-app-cant-be-opened",
	"Windows SmartScreen: the signature of the binary is invalid; signtool verify /pa says the hash does not match.":                                           "error text-binary-signature-invalid",
	"Linux: rpm --checksig reports the signature of the binary is invalid for the package; import the GPG key.":                                                "error text-binary-signature-invalid",
	"Changelog 1.9: fixed \"signature of the binary is invalid\" in the notary log by signing the helper after patching.":                                      "error text-binary-signature-invalid",
	"Windows: signtool: no secure timestamp on the file; the notary of the PDF is not the problem.":                                                            "error text-no-secure-timestamp",
	"PDF signature: no secure timestamp, so the notary's signature shows as valid only until the certificate expires.":                                         "error text-no-secure-timestamp",
	"Chrome: a security warning says to download a newer version from the developer; the extension is outdated.":                                               "error text-gatekeeper-unverified",
	"Docs: Gatekeeper no longer rejects it as damaged since 1.2 is notarized.":                                                                                 "error text-gatekeeper-damaged",
	"Changelog 1.3: macOS rejected it as damaged before; fixed by notarizing.":                                                                                 "error text-gatekeeper-damaged",
	"Linux: GNOME keyring: keychain unlock failed: The user name or passphrase you entered is not correct (libsecret).":                                        "error text-keychain-password-wrong",
	"Docs: if the keychain unlock says The user name or passphrase you entered is not correct, the CI secret has a trailing newline (expected on first run).":  "error text-keychain-password-wrong",
	"Changelog 2.2: install_name_tool no longer invalidates the signature, so the app is no longer killed at launch.":                                          "error text-killed-at-launch",
	"Docs: notarization will fail because the hardened runtime is not enabled by default in older Xcode; enable it in Signing & Capabilities.":                 "error text-no-hardened-runtime",
	"Changelog 1.1: notarization passes now; earlier it failed because hardened runtime was not enabled.":                                                      "error text-no-hardened-runtime",
	"Docs: notarization rejects ad-hoc signed binaries, so sign with Developer ID before you submit.":                                                          "error text-not-developer-id",
	"Changelog: notarization no longer sees ad-hoc nested code since the helpers are re-signed.":                                                               "error text-not-developer-id",
	"Docs: an app with restricted entitlements could not launch without a provisioning profile that grants them.":                                              "error text-unsatisfied-entitlements",
}

// reviewNStillRead: look-alikes still read, with why.
var reviewNStillRead = map[string]string{}

func readLookalikesN(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewNKnown, reviewNStillRead, texts...)
}

// Round 191: an extension's bundle ID prefix, AMFI refusing a process, profiles not found, Safari's unsigned extensions, signing to load on a device, app groups, a profile causing a bundle ID mismatch.
func TestLookalikesOfRound191N(t *testing.T) {
	readEach(t, []readCase{
		{"The test solution works if I change the bundle identifier of the extension to be prefixed with the main app's bundle identifier:", "text-embedded-bundle-id-prefix"},
		{"so it needs `CS_EXECSEG_MAIN_BINARY` exactly like the host app does. Without it AMFI\nrefuses to start the process, silently and with no diagnostics.", "text-code-signature-invalid"},
		{"The provisioning profile folder has changed since the last version of ios App Signer which is why it not finding the provisioning profiles.", "text-no-profiles-found"},
		{"You need to allow unsigned extensions in safari", "text-not-signed"},
		{"In general you're going to have to sign the app to load it onto Apple Vision Pro; the assets I upload are mostly there so you can symbolicate reports.", "text-not-signed"},
		{"containerURL(forSecurityApplicationGroupIdentifier: \"group.com.example.app\") returns nil in the widget.", "text-capability-entitlement-missing"},
		{"The share extension can't read from the shared app group container after re-signing.", "text-capability-entitlement-missing"},
		{"The `xcodebuild archive` command passed `PROVISIONING_PROFILE_SPECIFIER` globally, which applied the main app's profile (`com.example.app`) to all targets — including `ExampleWidgets` (`com.example.app.ExampleWidgets`), causing a bundle ID mismatch.", "text-profile-app-id-mismatch"},
	})
	readLookalikesN(t,
		// ext-prefix
		"Wear OS (Gradle): the bundle ID of the watch app is not prefixed with the main app's bundle ID; both use the same applicationId.",
		"Firefox docs: the bundle ID of the extension is not prefixed by the main app's bundle identifier in Manifest V3, since Firefox uses gecko.id.",
		"Changelog 2.4: the template now sets the bundle identifier of the widget to be prefixed with the main app's bundle identifier, so no manual step.",
		// amfi
		"// AMFI refuses to start the process when CS_EXECSEG_MAIN_BINARY is cleared; we set it in resign().",
		"Docs: without the flag, AMFI kills the process at launch; zsign sets it for you.",
		"Android: SELinux refuses to start the process when the app lacks the domain; check dmesg for avc denials.",
		// profiles
		"Android Studio: Gradle is not finding the provisioning profiles folder in the Flutter plugin, since Flutter 3.22.",
		"Changelog 1.8: fixed fastlane match not finding the provisioning profiles in ~/Library/MobileDevice on Xcode 16.",
		"Windows Configuration Designer is not finding provisioning profiles because the .ppkg is on a USB drive.",
		"Intune: the Android Enterprise enrollment isn't finding the provisioning profiles.",
		// safari unsigned
		"Firefox Developer Edition: set xpinstall.signatures.required to false to allow unsigned extensions; Safari needs a different step.",
		"Chrome: loading unsigned extensions needs Developer mode in chrome://extensions.",
		"Changelog: the Safari build no longer requires Allow Unsigned Extensions, since it is signed with our Developer ID.",
		"Docs: in Safari, Allow unsigned extensions resets when you quit Safari; this is expected.",
		// sign to load
		"Android: you have to sign the app to install it on the device; Gradle uses the debug keystore for that.",
		"Docs: with a free Apple ID you don't need to sign the app to run it on the simulator, only on a device.",
		"Windows: you need to sign the app to install it on the HoloLens device (a .pfx certificate in the UWP project).",
		// app group nil
		"// containerURL(forSecurityApplicationGroupIdentifier:) returns nil in unit tests without a host app, so we fall back to a temp directory.",
		"Changelog 3.1: containerURL(forSecurityApplicationGroupIdentifier:) no longer returns nil on the simulator after adding the entitlement.",
		// ext no app group
		"Chrome: the extension can't access the shared container because the service worker has no storage permission.",
		"Android: the widget fails to read the shared preferences group container since Android 14 until the provider is exported.",
		"Changelog: fixed the widget failing to read the app group after the migration; the key was renamed.",
		// profile bundle id mismatch
		"Android: the Play Console profile shows the package name mismatch, not a bundle ID mismatch, causing a bundle ID mismatch warning in Firebase.",
		"Firebase: the GoogleService-Info.plist from another project profile, causing a bundle ID mismatch warning in Crashlytics.",
		"Docs: applying one profile to all targets used to cause this; it no longer gives a bundle ID mismatch since 2.0.",
	)
}

// Round 192: -allowProvisioningUpdates not passed, falling back to provisioning updates, a profile that "didn't had" a capability, an EAS target without its own App ID, automatic signing forced on.
func TestLookalikesOfRound192N(t *testing.T) {
	readEach(t, []readCase{
		{"the build started failing, because the current provisioning didn't had the carplay capability and it wasn't automatically being updated.", "text-profile-doesnt-support"},
		{"The -allowProvisioningUpdates is not passed to the first command but it is passed to the second one, so the first command errors out", "text-no-profiles-found"},
		{"so Xcode fell back to provisioning updates for `com.example.app.share-extension` and failed.", "text-no-profiles-found"},
		{"1. Builds on EAS would fail because the widget target does not have it's own App ID and provisioning profile on the Apple Developer Portal.", "text-eas-credentials-not-set-up"},
		{"executing `expo run:ios --device` will force-enable the Automatically Manage Signing in Xcode, therefore taking away the option to select external or non-team provision profiles. Therefore, singing fails.", "text-conflicting-provisioning-settings"},
	})
	readLookalikesN(t,
		// allowprovisioningupdates
		"Changelog 5.2: fixed the archive step that failed without -allowProvisioningUpdates when a CI job used manual signing.",
		"Docs: the simulator build runs without -allowProvisioningUpdates and it fails only if signing is required.",
		"// -allowProvisioningUpdates is not passed for simulator builds; if they fail, signing is not the cause.",
		// fell back
		"Windows Update fell back to automatic provisioning and the Autopilot profile failed to apply.",
		"Intune: enrollment fell back to automatic provisioning for the Android work profile, which failed.",
		"Changelog 2.0: when no profile is set the build fell back to automatic signing; it no longer fails.",
		// didn't had capability
		"Android: the Play Console profile didn't have the NFC capability listed, so the device filter excluded it.",
		"Windows: the package manifest profile doesn't include the Bluetooth capability; add it in Package.appxmanifest.",
		"Docs: if the profile does not include the Push Notifications capability, regenerate it (this is the usual cause).",
		// eas own
		"Changelog: EAS now creates the widget target's own App ID, so the extension does not have its own App ID problem is gone.",
		"Android: with EAS the wear target does not have its own application ID; Gradle uses the flavor's.",
		"Docs: on EAS, if an extension does not have its own App ID, eas credentials creates one for you.",
		// automatic forced
		"Android: Gradle forces automatic signing with the debug keystore when no signingConfig is set; the provisioning profile step failed in the iOS job only.",
		"Changelog 4.0: we no longer force automatic signing; the provisioning profiles chosen by hand are kept and nothing fails.",
		"Docs: forcing \"Automatically manage signing\" replaces provisioning profiles you set by hand; if signing then fails, turn it off.",
	)
}

// Round 193: "the developer cannot be verified", NOT_TRUSTED, 7日間に10個, 已被占用.
func TestLookalikesOfRound193N(t *testing.T) {
	readEach(t, []readCase{
		{"It won't open because the developer cannot be verified.", "text-gatekeeper-unverified"},
		{"codesign failed: NOT_TRUSTED", "text-cert-not-trusted"},
		{"無料アカウントではApp IDは7日間で10個まで", "text-free-team-limit"},
		{"错误原因是这个bundle ID已经被别人提前注册了", "text-bundle-id-unavailable"},
	})
	readLookalikesN(t,
		// developer not verified
		"Windows SmartScreen: the app was blocked because the developer cannot be verified; click More info.",
		"npm: the package was flagged because the developer can't be verified (no provenance attestation on PyPI or npm).",
		"Android: Play Protect blocked the install because the developer cannot be verified.",
		"Changelog: the macOS build is notarized, so the \"because the developer cannot be verified\" alert no longer shows.",
		// not trusted
		"TLS: curl fails with NOT_TRUSTED from the corporate proxy; Xcode is not involved, it is the Android build.",
		"Android: the Gradle build log shows NOT_TRUSTED for the Maven repository's certificate.",
		"Java keytool: the signing certificate in the keystore reports NOT_TRUSTED; import the CA into cacerts.",
		// 7日間に10個
		"Googleのプロジェクトは7日間で10個まで作成できます(Firebaseの制限)。",
		"Androidアプリは7日間に10個までアップロードできます(Google Playの制限)。",
		// 已被占用
		"Android 的 bundle ID 已被占用,Google Play 提示包名已存在,请换一个 applicationId。",
		"微信小程序的 Bundle ID 已被注册,请在开放平台更换。",
	)
}

// Round 196: the nameless "can't be opened" and "permission to open this app".
func TestLookalikesOfRound196N(t *testing.T) {
	readEach(t, []readCase{
		{"6. Notice how it says \"The application can't be opened\"", "text-app-cant-be-opened"},
		{"Attempting to launch the built app from itch.io in macOS Big Sur 11.0.1 results in an error \"You do not have permission to open this app\"", "text-app-cant-be-opened"},
	})
	readLookalikesN(t,
		// app cant be opened nameless
		"Windows: The application can't be opened. Check with your administrator (AppLocker policy).",
		"Android: The application can't be opened. Uninstall and reinstall it from Google Play.",
		"Docs: if the alert says \"The application can't be opened.\" the first time, this is expected with our beta; right-click and choose Open.",
		// permission to open
		"Windows: You do not have permission to open this app. Contact your system administrator (Intune policy).",
		"SharePoint: You do not have permission to open this app; ask the site owner to grant access.",
		"Jira: You don't have permission to open this app. Ask your Jira admin to add you to the project.",
	)
}

// Round 195: "signature of the binary is invalid", "no secure timestamp", "gets killed when I try to run it", a security message asking for an update.
func TestLookalikesOfRound195N(t *testing.T) {
	readEach(t, []readCase{
		{"Apple's notary rejected the 0.1.4 bundle ('signature of the binary is invalid' + 'no secure timestamp').", "text-binary-signature-invalid"},
		{"Apple's notary rejected the 0.1.4 bundle ('signature of the binary is invalid' + 'no secure timestamp').", "text-no-secure-timestamp"},
		{"But it gets killed when I try to run it.\n\nShould the binary be signed in some way? Any other documentation about how to run `ld64.lld` on MacOS?", "text-killed-at-launch"},
		{"Attempting to run clangd causes a security message with the instruction to request an updated version from the developer.", "text-gatekeeper-unverified"},
	})
	readLookalikesN(t,
		// signature of the binary invalid
		"Windows SmartScreen: the signature of the binary is invalid; signtool verify /pa says the hash does not match.",
		"Linux: rpm --checksig reports the signature of the binary is invalid for the package; import the GPG key.",
		"Changelog 1.9: fixed \"signature of the binary is invalid\" in the notary log by signing the helper after patching.",
		// secure timestamp
		"Windows: signtool: no secure timestamp on the file; the notary of the PDF is not the problem.",
		"PDF signature: no secure timestamp, so the notary's signature shows as valid only until the certificate expires.",
		"Changelog: notarization now passes; no secure timestamp errors since --timestamp was added.",
		// gets killed
		"Linux: the OOM killer — it gets killed when I try to run it with more than 4 GB; the docker container is signed though.",
		"Android: the app gets killed when I try to run it in the background; the signature of the APK is fine.",
		"Docker: the container gets killed when I try to run it; cosign says the image signature is valid.",
		// security message update
		"Windows Defender: a security message asks you to request an updated version from the developer of the driver.",
		"Chrome: a security warning says to download a newer version from the developer; the extension is outdated.",
		"Android: a security warning told me to get an updated version from the developer (Play Protect).",
	)
}

// Round 194: Gatekeeper rejecting as damaged, the keychain passphrase, a signature invalidated then a kill, hardened runtime, ad-hoc code seen by notarization, "could not launch".
func TestLookalikesOfRound194N(t *testing.T) {
	readEach(t, []readCase{
		{"causing electron-builder to produce an ad-hoc signed binary with no Sealed Resources. Gatekeeper on macOS rejects this as \"damaged\":", "text-gatekeeper-damaged"},
		{"the next signing attempt failed on a keychain call reported as `the user name or passphrase you entered is not correct`.", "text-keychain-password-wrong"},
		{"fixup_bundle() rewrites install names via install_name_tool, which invalidates any existing code signature. On arm64 macOS, execution requires at least an ad-hoc signature, so this left CI-built app bundles unable to launch.", "text-killed-at-launch"},
		{"We were unable to notarize the RV app on macOS because the hardened runtime capability was NOT enabled.", "text-no-hardened-runtime"},
		{"- Re-sign Sparkle's nested helper executables after archive so notarization does not see ad-hoc nested code.", "text-not-developer-id"},
		{"- released app could not launch with \n- system logs showed AMFI rejection:  due restricted entitlements without an embedded provisioning profile", "text-unsatisfied-entitlements"},
	})
	readLookalikesN(t,
		// damaged
		"Windows: Defender rejects the zip as damaged; unblock the file in its properties.",
		"Docs: Gatekeeper no longer rejects it as damaged since 1.2 is notarized.",
		"Changelog 1.3: macOS rejected it as damaged before; fixed by notarizing.",
		// keychain passphrase
		"Linux: GNOME keyring: keychain unlock failed: The user name or passphrase you entered is not correct (libsecret).",
		"Docs: if the keychain unlock says The user name or passphrase you entered is not correct, the CI secret has a trailing newline (expected on first run).",
		// invalidat signature
		"Linux: patchelf invalidates the GPG signature of the package; apt is then unable to launch the install.",
		"Windows: editing the exe invalidates the Authenticode signature and Defender killed the process.",
		"Changelog 2.2: install_name_tool no longer invalidates the signature, so the app is no longer killed at launch.",
		// hardened runtime
		"Docs: notarization will fail because the hardened runtime is not enabled by default in older Xcode; enable it in Signing & Capabilities.",
		"Changelog 1.1: notarization passes now; earlier it failed because hardened runtime was not enabled.",
		// ad-hoc
		"Docs: notarization rejects ad-hoc signed binaries, so sign with Developer ID before you submit.",
		"Changelog: notarization no longer sees ad-hoc nested code since the helpers are re-signed.",
		// could not launch / amfi rejection
		"Windows: the game could not launch; Steam says the restricted entitlements of the DLC are missing.",
		"Docs: an app with restricted entitlements could not launch without a provisioning profile that grants them.",
	)
}

// TestLookalikesOfReviewNMeasured: every look-alike read before this
// review's narrowing now gets no error or warning, except those
// reviewNStillRead lists with why.
func TestLookalikesOfReviewNMeasured(t *testing.T) {
	if len(reviewNKnown) != 0 {
		t.Skip("measured only; narrowing not done yet")
	}
	quietAfterNarrowing(t, reviewNKnownMeasured, reviewNStillRead)
}

// After the narrowing: the real messages beside another system's name
// still read, and more look-alikes (Kubernetes, GPG, 1Password, a Java
// keystore, npm, Steam, a PDF, Kyverno, Slack, a firewall, SmartScreen).
func TestLookalikesOfReviewNAfter(t *testing.T) {
	readEach(t, []readCase{
		{"Windows and macOS builds: on the Mac it won't open because the developer cannot be verified.", "text-gatekeeper-unverified"},
		{"On Android it works; on macOS Sonoma it won't open because the developer cannot be verified.", "text-gatekeeper-unverified"},
		{"Windows users get SmartScreen, and on macOS it says it can't be opened because the developer cannot be verified.", "text-gatekeeper-unverified"},
		{"Flutter app, Android works; on iOS the share extension can't read from the shared app group container after re-signing.", "text-capability-entitlement-missing"},
		{"Our Jira ticket: Xcode fell back to provisioning updates for the widget and failed.", "text-no-profiles-found"},
	})
	readLookalikesN(t,
		"Release notes 3.0: the share extension can't read the app group container anymore is fixed.",
		"Kubernetes: the pod gets killed when I try to run it with the new image; cosign verify shows the signature is fine.",
		"GPG: gpg --verify says the signature of the binary is invalid for the tarball; re-download it.",
		"1Password: the user name or passphrase you entered is not correct when unlocking the vault from the keychain unlock screen.",
		"Java keystore: jarsigner reports NOT_TRUSTED for the certificate in the codesign step of the Gradle build.",
		"npm: EPERM, the application can't be opened. Close the editor and retry npm install.",
		"Steam: You do not have permission to open this app. Log in with the account that owns the game.",
		"PDF: Acrobat says the signature has no secure timestamp; the notary's seal is valid anyway.",
		"Kubernetes admission webhook: AMFI-like policy refuses to start the process without a signed image (Kyverno).",
		"Slack: the security message asks users to request an updated version from the developer of the workflow app.",
		"Firewall: the gateway rejects the upload as damaged; the zip checksum does not match.",
		"Windows SmartScreen blocks the installer because the developer cannot be verified; on the Mac build it's notarized.",
		"Android Studio: the Gradle sync isn't finding the provisioning profiles module since the AGP 8 update.",
		"Chrome Web Store: you have to sign the app to install it on the device? No, Chrome signs the CRX for you.",
		"Windows: the MSIX bundle ID mismatch came from the profile in Visual Studio, causing a bundle ID mismatch in Partner Center.",
		"Docker Desktop on Windows: the container gets killed when I try to run it; Docker Content Trust says the image is signed.",
		"Android: Play Protect rejects it as damaged? No, it says the APK is corrupt; re-download it.",
		"Linux: the AppImage gets killed when I try to run it on Ubuntu, is it not signed?",
	)
}
