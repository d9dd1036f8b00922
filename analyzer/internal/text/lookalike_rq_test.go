package text

import "testing"

// The seventeenth look-alike review, of the readings added by held-out
// rounds 205 to 208 (merges f4e01a94, 92b8d940, ca14876a, 5d8e1c91 and
// 2b93091b): spctl's "obsolete resource envelope" and TN2206's version 1
// signatures; "requires that every target specify a development team"
// retold; "a warning that your app is not trusted" where iOS is named;
// "App needs update" with iOS 15+; an IMEI "added to the profile"; a
// "signed AppStore build" that would not install; "provisioning profiles
// have expired"; "signed with invalid entitlement"; ios-deploy's 0xe8008001
// beside a self-signed or re-signed app; "Failed to verify code signature
// of" cut short; text-sandbox-denied (deny lines, Dart's SocketException
// EPERM, the sandbox retold with network.client); a crash "missing JIT
// entitlement"; "accessing another app's group container"; "not authorized
// to capture video/audio".
//
// Each reading meets the same words in another system's message (Android,
// Play Protect, Intune, an eSIM, Windows, Chrome, Firefox, Linux's
// firewall, a TLS proxy), in prose that only mentions them (a changelog,
// docs, a code comment, a question); none may get an error or warning,
// while one real message per reading still reads.
//
// Measured before any change (commit 319e674c, the readings as merged;
// go test ./analyzer/internal/text -run 'TestLookalikesOfRound20[5-8]Q'):
// 37 of the 39 look-alikes got an error or warning (listed in
// reviewQKnownMeasured, with what they were read as; commit bd545224).
// The readings were then narrowed by class (context_lookalikes_rq.go): for
// each entry the new readings' words (one regexp per entry) are skipped in
// a code comment, a changelog, docs or a fix (reProseRM, reProseRP, and
// "Docs (iOS):" in reProseRQ), where they are asked of a case to come
// ("does Xcode require ...?", "does the app crash without ...?"), and in a
// sentence or clause that names another system (Android, Play Protect,
// SmartScreen, Windows, Intune, an eSIM's carrier, Passpoint, Chrome,
// Firefox, Zoom, PipeWire, Linux, NetGuard, ufw, Gradle) with nothing of
// Apple's or a Mac's left once the words are taken out; a deny line is
// skipped only in docs, in such a sentence, or when every deny line is a
// browser's own sandboxed helper (Chrome's, Edge's, Firefox's
// plugin-container); ios-deploy's 0xe8008001 is not "signed by hand" where
// "self-signed" is only a proxy's or a server's TLS certificate; an app's
// own "App needs update" banner is no iOS alert. "No longer" alone does not
// skip: TN2206's own sentence says "will no longer be recognized". 37 of
// the 37 get nothing now; 7 more written after (TestLookalikesOfReviewQAfter,
// 46 in all) get nothing either, while the real messages beside another
// system's name in another clause, or a re-signed app beside a proxy's
// self-signed certificate, still read.
//
// Still read as an error: none.

// reviewQKnown: look-alikes read before this review's narrowing (not judged
// by readLookalikesQ while listed).
var reviewQKnown = map[string]string{}

// reviewQKnownMeasured: the look-alikes read before the narrowing, with what
// they were read as.
var reviewQKnownMeasured = map[string]string{
	"Changelog 3.1: re-signed on macOS 14, so spctl no longer reports source=obsolete resource envelope.":                                                                                                           "warning text-resource-envelope-obsolete",
	"// spctl answers \"obsolete resource envelope\" for bare tools; we assess only .app bundles here.":                                                                                                             "warning text-resource-envelope-obsolete",
	"Android: version 1 signatures (JAR signing) are considered obsolete; apksigner adds v2 and v3 schemes.":                                                                                                        "warning text-resource-envelope-obsolete",
	"Docs: Xcode requires that every target specify a development team; set DEVELOPMENT_TEAM in Shared.xcconfig.":                                                                                                   "error text-requires-development-team",
	"Changelog 2.4: the generator writes DEVELOPMENT_TEAM, since Xcode requires that each target have a development team.":                                                                                          "error text-requires-development-team",
	"Question: does Xcode 15 require that every target have a development team, even a framework that is never signed?":                                                                                             "error text-requires-development-team",
	"Android: Play Protect shows a warning that your app is not trusted; the iOS build installs fine.":                                                                                                              "warning text-untrusted-developer",
	"Windows SmartScreen shows a warning saying the app is not trusted. The iOS version from the App Store is fine.":                                                                                                "warning text-untrusted-developer",
	"Docs (iOS): if you see an alert that the developer is not trusted, open Settings > General > VPN & Device Management.":                                                                                         "warning text-untrusted-developer",
	"On iOS 17 our \"App needs update\" banner links to the App Store when a newer version is out.":                                                                                                                 "error text-signature-version-unsupported",
	"Changelog 5.0: requires iOS 15; older builds now show \"App needs update\" from our remote config.":                                                                                                            "error text-signature-version-unsupported",
	"Android Enterprise: the IMEI of the device is added to the profile in Intune, then the work profile installs.":                                                                                                 "error text-device-not-in-profile",
	"VPN: the IMEI is registered in the profile and the phone connects to the gateway.":                                                                                                                             "error text-device-not-in-profile",
	"Android: the signed AppStore build (our name for the Play .aab) will not install with adb; use bundletool.":                                                                                                    "error text-profile-wrong-kind",
	"Docs: a signed App Store build is not meant to be installed directly; give testers the TestFlight link.":                                                                                                       "error text-profile-wrong-kind",
	"eSIM: the carrier's provisioning profiles have expired, so the phone shows No Service.":                                                                                                                        "error text-profile-expired",
	"Android: the Passpoint Wi-Fi provisioning profiles have expired on every tablet.":                                                                                                                              "error text-profile-expired",
	"Changelog 3.2: the lane no longer stops when provisioning profiles have expired; match renews them.":                                                                                                           "error text-profile-expired",
	"Docs: if installd says the executable was signed with invalid entitlements, compare the profile with the app's entitlements.":                                                                                  "error text-install-invalid-entitlements",
	"Changelog 1.8: fixed \"application was signed with invalid entitlement\" when installing ad hoc builds.":                                                                                                       "error text-install-invalid-entitlements",
	"The corporate proxy uses a self-signed certificate, so I turned the VPN off.\nError 0xe8008001: An unknown error has occurred. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)": "error text-app-no-valid-signature",
	"Changelog 1.9: ios-deploy no longer prints 0xe8008001 from AMDeviceSecureInstallApplication for re-signed apps.":                                                                                               "error text-app-no-valid-signature",
	"// Re-signing is done later by fastlane; 0xe8008001: AMDeviceSecureInstallApplication failed means the device was locked.":                                                                                     "error text-app-no-valid-signature",
	"// the installd line we grep for: Failed to verify code signature of":                                                                                                                                          "error text-app-no-valid-signature",
	"Sandbox: Google Chrome He(4521) deny(1) mach-lookup com.apple.coreservices.launchservicesd":                                                                                                                    "warning text-sandbox-denied",
	"Sandbox: plugin-containe(812) deny(1) file-read-data /Users/me/Downloads/report.pdf":                                                                                                                           "warning text-sandbox-denied",
	"Docs: a Console line like Sandbox: MyApp(123) deny(1) network-outbound /private/var/run/mDNSResponder means the app lacks network.client.":                                                                     "warning text-sandbox-denied",
	"Flutter Linux desktop: SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = 10.0.0.5, port = 80. ufw was blocking outgoing traffic.":                                   "warning text-sandbox-denied",
	"Android (NetGuard on): SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = api.example.com, port = 443":                                                               "warning text-sandbox-denied",
	"Docs: macOS's App Sandbox denies network access unless the app has com.apple.security.network.client.":                                                                                                         "warning text-sandbox-denied",
	"Changelog 1.2: the sandbox no longer blocks network requests on macOS; we added com.apple.security.network.client.":                                                                                            "warning text-sandbox-denied",
	"Question: does the app crash without the JIT entitlement if only the interpreter runs?":                                                                                                                        "error text-hardened-runtime-exception",
	"Docs: macOS 15 asks the user before accessing another app's group container; prefix the group with your team ID.":                                                                                              "warning text-app-group-prefix",
	"Changelog 4.0: we stopped accessing another app's group container, so the macOS 15 prompt is gone.":                                                                                                            "warning text-app-group-prefix",
	"Zoom on Windows: the camera is not authorized to capture video; check Settings > Privacy > Camera.":                                                                                                            "warning text-privacy-access-refused",
	"Chrome: the site is not authorized to capture audio (microphone blocked in site settings).":                                                                                                                    "warning text-privacy-access-refused",
	"Linux (PipeWire): the portal says the Flatpak is not authorized to capture video.":                                                                                                                             "warning text-privacy-access-refused",
}

// reviewQStillRead: look-alikes still read, with why.
var reviewQStillRead = map[string]string{}

func readLookalikesQ(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewQKnown, reviewQStillRead, texts...)
}

// Round 205: the obsolete envelope, version 1 signatures, every target's
// team, the app "not trusted" where iOS is named.
func TestLookalikesOfRound205Q(t *testing.T) {
	readEach(t, []readCase{
		{"$ spctl -a -t exec -v /Applications/MyApp.app/\n/Applications/MyApp.app/: rejected\nsource=obsolete resource envelope", "text-resource-envelope-obsolete"},
		{"A major change from Xcode 7 is that Xcode now requires that every target in your project specify a development team, even when the manual code signing option is selected.", "text-requires-development-team"},
		{"Install the app on your iOS device. When you install the app, the apple will show you the warning that your app is not trusted. You can ignore that warning.", "text-untrusted-developer"},
	})
	readLookalikesQ(t,
		// obsolete resource envelope / version 1 signatures
		"Changelog 3.1: re-signed on macOS 14, so spctl no longer reports source=obsolete resource envelope.",
		"// spctl answers \"obsolete resource envelope\" for bare tools; we assess only .app bundles here.",
		"Android: version 1 signatures (JAR signing) are considered obsolete; apksigner adds v2 and v3 schemes.",
		// every target's team
		"Docs: Xcode requires that every target specify a development team; set DEVELOPMENT_TEAM in Shared.xcconfig.",
		"Changelog 2.4: the generator writes DEVELOPMENT_TEAM, since Xcode requires that each target have a development team.",
		"Question: does Xcode 15 require that every target have a development team, even a framework that is never signed?",
		// not trusted
		"Android: Play Protect shows a warning that your app is not trusted; the iOS build installs fine.",
		"Windows SmartScreen shows a warning saying the app is not trusted. The iOS version from the App Store is fine.",
		"Docs (iOS): if you see an alert that the developer is not trusted, open Settings > General > VPN & Device Management.",
	)
}

// Round 206: iOS's "needs update", an IMEI, a signed App Store build, the
// expired profiles, invalid entitlement.
func TestLookalikesOfRound206Q(t *testing.T) {
	readEach(t, []readCase{
		{"After updating to iOS 16 the app shows: The developer of this app needs to update it to work with this version of iOS.", "text-signature-version-unsupported"},
		{"Provisioning is done with an AdHoc Distribution Profile, the IMEI of the device is added to the profile.", "text-device-not-in-profile"},
		{"I uploaded my signed AppStore build and the app would not complete the installation on my device.", "text-profile-wrong-kind"},
		{"we noticed that our Provisioning profiles have expired.", "text-profile-expired"},
		{"- the executable was signed with invalid entitlement\n- Failed to verify code Signature", "text-install-invalid-entitlements"},
	})
	readLookalikesQ(t,
		// needs update
		"On iOS 17 our \"App needs update\" banner links to the App Store when a newer version is out.",
		"Changelog 5.0: requires iOS 15; older builds now show \"App needs update\" from our remote config.",
		// IMEI
		"Android Enterprise: the IMEI of the device is added to the profile in Intune, then the work profile installs.",
		"VPN: the IMEI is registered in the profile and the phone connects to the gateway.",
		// signed App Store build
		"Android: the signed AppStore build (our name for the Play .aab) will not install with adb; use bundletool.",
		"Docs: a signed App Store build is not meant to be installed directly; give testers the TestFlight link.",
		// profiles expired
		"eSIM: the carrier's provisioning profiles have expired, so the phone shows No Service.",
		"Android: the Passpoint Wi-Fi provisioning profiles have expired on every tablet.",
		"Changelog 3.2: the lane no longer stops when provisioning profiles have expired; match renews them.",
		// invalid entitlement
		"Docs: if installd says the executable was signed with invalid entitlements, compare the profile with the app's entitlements.",
		"Changelog 1.8: fixed \"application was signed with invalid entitlement\" when installing ad hoc builds.",
	)
}

// Round 207: 0xe8008001 beside a self-signed or re-signed app; the cut
// "Failed to verify code signature of".
func TestLookalikesOfRound207Q(t *testing.T) {
	readEach(t, []readCase{
		{`The installation of a self-signed IPA fails with the error message: "Error 0xe8008001: An unknown error has occurred. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)"`, "text-app-no-valid-signature"},
		{"6s ios 14\nFailed to verify code signature of\n![Screenshot from 2020-10-16 14-48-44](https://user-images.githubusercontent.com/66891134/96268277-c64cee00-0fc0-11eb-9091-e91931dfe85e.png)", "text-app-no-valid-signature"},
	})
	readLookalikesQ(t,
		// 0xe8008001 with "self-signed" of a TLS certificate
		"The corporate proxy uses a self-signed certificate, so I turned the VPN off.\nError 0xe8008001: An unknown error has occurred. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)",
		"Changelog 1.9: ios-deploy no longer prints 0xe8008001 from AMDeviceSecureInstallApplication for re-signed apps.",
		"// Re-signing is done later by fastlane; 0xe8008001: AMDeviceSecureInstallApplication failed means the device was locked.",
		// cut "Failed to verify code signature of"
		"// the installd line we grep for: Failed to verify code signature of",
		"Changelog 2.1: friendlier text instead of \"Failed to verify code signature of\" ![before](https://example.com/before.png)",
	)
}

// Round 208: the App Sandbox's deny lines, Dart's EPERM, the sandbox
// retold; the JIT entitlement; another app's group container; capture.
func TestLookalikesOfRound208Q(t *testing.T) {
	readEach(t, []readCase{
		{"Sandbox: MyApp(13605) deny(1) mach-register XXXXXXXXXX.com.mycompany.myapp.MachPortRendezvousServer.13605", "text-sandbox-denied"},
		{"flutter: SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = example.com, port = 443", "text-sandbox-denied"},
		{"- ADE-141: `ade` crashes on every launch with SIGTRAP (EXC_BREAKPOINT) during V8 init — missing JIT entitlement (macOS) - closes on merge", "text-hardened-runtime-exception"},
	})
	readLookalikesQ(t,
		// deny lines of browsers' own sandboxes
		"Sandbox: Google Chrome He(4521) deny(1) mach-lookup com.apple.coreservices.launchservicesd",
		"Sandbox: plugin-containe(812) deny(1) file-read-data /Users/me/Downloads/report.pdf",
		"Docs: a Console line like Sandbox: MyApp(123) deny(1) network-outbound /private/var/run/mDNSResponder means the app lacks network.client.",
		// Dart's EPERM on Linux or Android
		"Flutter Linux desktop: SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = 10.0.0.5, port = 80. ufw was blocking outgoing traffic.",
		"Android (NetGuard on): SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = api.example.com, port = 443",
		// the sandbox retold
		"Docs: macOS's App Sandbox denies network access unless the app has com.apple.security.network.client.",
		"Changelog 1.2: the sandbox no longer blocks network requests on macOS; we added com.apple.security.network.client.",
		// JIT entitlement
		"Changelog 0.9: no more crash on launch for a missing JIT entitlement; the helper is signed with allow-jit now.",
		"Question: does the app crash without the JIT entitlement if only the interpreter runs?",
		// group container
		"Docs: macOS 15 asks the user before accessing another app's group container; prefix the group with your team ID.",
		"Changelog 4.0: we stopped accessing another app's group container, so the macOS 15 prompt is gone.",
		// capture
		"Zoom on Windows: the camera is not authorized to capture video; check Settings > Privacy > Camera.",
		"Chrome: the site is not authorized to capture audio (microphone blocked in site settings).",
		"Linux (PipeWire): the portal says the Flatpak is not authorized to capture video.",
	)
}

// TestLookalikesOfReviewQMeasured: every look-alike read before this
// review's narrowing now gets no error or warning, except those
// reviewQStillRead lists with why.
func TestLookalikesOfReviewQMeasured(t *testing.T) {
	if len(reviewQKnown) != 0 {
		t.Skip("measured only; narrowing not done yet")
	}
	quietAfterNarrowing(t, reviewQKnownMeasured, reviewQStillRead)
}

// After the narrowing: the real messages beside another system's name in
// another clause, a re-signed app beside a proxy's self-signed certificate,
// and more look-alikes (Edge's helper, Android's background capture, an
// Intune enrolment, a Chromium extension, a FAQ for macOS, a question).
func TestLookalikesOfReviewQAfter(t *testing.T) {
	readEach(t, []readCase{
		{"Works on Android; on iOS 16 the app shows: The developer of this app needs to update it to work with this version of iOS.", "text-signature-version-unsupported"},
		{"The Android build connects. macOS build:\nflutter: SocketException: Connection failed (OS Error: Operation not permitted, errno = 1), address = example.com, port = 443", "text-sandbox-denied"},
		{"Windows works.\nSandbox: MyApp(13605) deny(1) mach-register XXXXXXXXXX.com.mycompany.myapp.MachPortRendezvousServer.13605", "text-sandbox-denied"},
		{"I re-signed the IPA with my certificate; the proxy uses a self-signed certificate too.\nError 0xe8008001: An unknown error has occurred. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)", "text-app-no-valid-signature"},
		{"Android is fine. On iOS, when you install the app, the apple will show you the warning that your app is not trusted.", "text-untrusted-developer"},
	})
	readLookalikesQ(t,
		"Sandbox: Microsoft Edge H(3310) deny(1) mach-lookup com.apple.windowserver.active",
		"Android 11: the app is not authorized to capture audio while it runs in the background.",
		"Intune: the Android Enterprise provisioning profiles have expired; re-enroll the devices.",
		"Chromium shows a warning that the developer is not trusted for unpacked extensions; iOS has no such thing.",
		"FAQ (macOS): if Console shows Sandbox: MyApp(123) deny(1) mach-lookup com.example.helper, add the helper to the app group.",
		"Question: does the signed App Store build fail to install on a device that is not registered?",
		"Gradle: version 1 signatures are considered obsolete for APKs on Android 7 and later; enable v2.",
	)
}
