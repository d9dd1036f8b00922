package text

import (
	"strings"
	"testing"
)

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

// iOS's untrusted developer alert in Chinese, Japanese and Korean; Korean
// words for developers who do not trust something else are not it.
func TestUntrustedDeveloperChinese(t *testing.T) {
	readFirst(t, "text-untrusted-developer", "打开 App 时提示“未受信任的企业级开发者”", "顯示未受信任的企業級開發者", "初回起動すると「信頼されていないデベロッパー」と出るので", "「信頼されていないエンタープライズ開発元」と表示された場合は", "iPad에서 \"신뢰하지 않는 개발자\" 오류", "**신뢰하지 않는 개발자** 팝업이 뜬다면", "系统“无法验证 App，需要互联网连接以验证开发者”弹窗")
	readNothing(t, "| AI 도구 신뢰하지 않는 개발자 (사용하면서도) | 46% |", "计量授权需要互联网连接以验证密钥并报告使用情况。")
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

// iOS's integrity alert retold with a verb is read next to an iPhone; the
// same words about a backup or a download are not.
func TestIntegrityRetoldWithVerb(t *testing.T) {
	readFirst(t, "text-integrity-not-verified", "When I try to install it on my iPhone it says “Unable to verify integrity”.")
	readNothing(t, "Unable to verify integrity of the backup archive, restore aborted.")
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

// Retold reports of round 118 are read where they name the thing Apple's
// message names, and their near misses are not: Developer Mode missing on
// an iPhone (not Windows' own), a certificate's sheet that says expired
// (not "not expired"), a missing distribution certificate, a profile that
// lacks a capability, and Expo's device registration as Apple context.
func TestRetoldRound118(t *testing.T) {
	readEach(t, []readCase{
		{"Setting up iPhone physical device for debugging, Enable Developer Mode is no an option under Setting>Privacy&Security", "text-developer-mode-off"},
		{"On my iPad the Developer Mode toggle is not showing in Privacy & Security.", "text-developer-mode-off"},
		{"I run `eas device:create` and install the profile. Inside the cert it says \"expired October 2nd, 2025\"", "text-cert-expired"},
		{"Xcode: the Apple Distribution certificate shows expired since last week.", "text-cert-expired"},
		{"Missing Distribution Certificate when I run flutter build ipa on the CI Mac", "text-no-signing-certificate"},
		{"EAS Build uses an old provisioning profile for the ShareExtension target that lacks App Groups capability.", "text-profile-doesnt-support"},
	})
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

// What the forty-seventh round's Q&A pages quote: installd's "Failed to
// verify code signature of X." without its code (with one, the code's entry
// speaks), automatic signing's "Missing A, B, and C entitlements." (a
// runtime "Missing X entitlement" is not that list), and a guide's table of
// symptoms and causes, whose rows name errors no tool printed; the same
// error outside the table, or in a table of another kind, is read. A bare
// errSecItemNotFound is any keychain call's, not a missing signing identity.
func TestQAPageWords(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{`The error message typically appears as:` + "\n" + `> "Failed to verify code signature of [app name].`, "text-app-no-valid-signature", ""},
		{"Failed to verify code signature of <App.app>.", "text-app-no-valid-signature", ""},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AbCdEf/extracted/App.app : 0xe8008017 (A signed resource has been added, modified, or deleted.)", "text-signed-resource-modified", "text-app-no-valid-signature"},
		{"Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements. Automatic signing failed Xcode failed to provision this target.", "text-profile-missing-entitlement", "text-automatic-signing-failed"},
		{"| Symptom | Likely Cause |\n|---|---|\n| errSecInternalComponent in CI | Keychain locked |\n\nOur build then failed:\n/Users/ci/build/App.app: errSecInternalComponent", "text-errsec-internal-component", ""},
		{"| Step | Result |\n|---|---|\n| Archive | error: Provisioning profile \"match AppStore com.example.app\" doesn't include signing certificate \"Apple Distribution: Example (ABCDE12345)\". |", "text-profile-missing-certificate", ""},
		{"codesign --sign \"Developer ID Application: Example (ABCDE12345)\" App.app\nApp.app: errSecItemNotFound", "text-identity-not-found", ""},
	} {
		r := Analyze([]byte(c.text))
		got := map[string]bool{}
		for _, m := range r.Matches {
			got[m.Entry.ID] = true
		}
		if !got[c.want] || c.not != "" && got[c.not] {
			t.Errorf("%q: got %v, want %s and not %q", c.text, ids(r), c.want, c.not)
		}
	}
	r := Analyze([]byte("Errors: Missing com.apple.developer.in-app-purchase, com.apple.developer.in-app-purchase.non-consumable, and com.apple.developer.in-app-purchase.subscription entitlements."))
	if len(r.Matches) != 1 || !hasValue(r.Matches[0].Values, "entitlement", "com.apple.developer.in-app-purchase.subscription") ||
		!strings.Contains(r.Matches[0].Causes[0], "In-App Purchase needs no entitlement") {
		t.Errorf("in-app purchase list: got %v", r.Matches)
	}
	readNothing(t,
		"| Symptom | Likely Cause |\n|---|---|\n| \"Provisioning profile doesn't include signing certificate\" | Profile generated with different cert than the one in keychain |\n| errSecInternalComponent in CI | Keychain locked or set-key-partition-list not called |",
		"SecItemCopyMatching returned errSecItemNotFound (-25300) for the refresh token after the update",
	)
}

// iOS's "no longer available" leads with a revoked certificate where the
// profile still shows days left, with an expired profile otherwise.
func TestNoLongerAvailableDaysLeftLead(t *testing.T) {
	alert := `iOS shows '"YouTube" Is No Longer Available' when I open it`
	if c := firstCause(alert+`, while SideStore shows "Expires in 7 DAYS".`, "text-app-no-longer-available"); !strings.Contains(c, "revoked") {
		t.Errorf("days left: first cause %q", c)
	}
	if c := firstCause(alert+".", "text-app-no-longer-available"); !strings.Contains(c, "expired") {
		t.Errorf("no days shown: first cause %q", c)
	}
}

// iOS's refusal retold ("iOS says that the app integrity could not be
// verified") beside a banned profile is the install failure, not the
// question how an app checks its own integrity; the question still reads.
func TestIntegrityRefusalIsNotTheQuestion(t *testing.T) {
	text := "It installs, but iOS says that the app integrity could not be verified.\nFailed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.AbCdEf/extracted/App.app : 0xe8008024 (The provisioning profile is banned.)"
	r := Analyze([]byte(text))
	if hasID(r, "text-integrity-question") {
		t.Errorf("install refusal read as the integrity question: %v", ids(r))
	}
	if !hasID(r, "text-install-no-valid-profile") {
		t.Errorf("banned profile not read: %v", ids(r))
	}
	readFirst(t, "text-integrity-question", "How can my app verify the app integrity at runtime, so that a re-signed ipa is detected?")
}

// TestFlight's public link with no build its group can test says "This
// beta isn't accepting any new testers right now."; testers retell it and
// the expiry in their own words. Other beta programs' words, a build page
// elsewhere and a certificate are not read.
func TestTestFlightBetaNotAccepting(t *testing.T) {
	readFirst(t, "text-testflight-beta-expired",
		"When I try to join TestFlight I get “This beta isn't accepting any new testers right now.”",
		"the link on the readme says that the beta isn‘t accepting any new testers.",
		"TestFlight says that the iOS version is not currently  accepting new testers.",
		"I had testflight versions installed and suddenly it say not available and not accepting more testers.",
		"The TestFlight has expired. Rejoining the test doesn’t work either.",
		"It seems the Testflight is expired again.",
		"Testflight: I cant Update. Reason: \"This Build is no longer available\"",
		"TestFlightで「【アプリ名】ベータの使用期限がきれました」と表示され起動できなくなる。",
	)
	if c := firstCause("This beta isn't accepting any new testers right now.", "text-testflight-beta-expired"); !strings.Contains(c, "No build is available") {
		t.Errorf("not accepting testers leads with %q", c)
	}
	readNothing(t,
		"The Play Console closed test is not accepting new testers at the moment.",
		"Jenkins: This build is no longer available, artifacts were discarded.",
		"The TestFlight invitation link expired, ask the developer for a new invite.",
		"The survey panel is full and not accepting new testers this month.",
	)
}

// A refused install that names the debugging entitlement leads with a
// Debug build signed again for distribution.
func TestIntegrityDebugBuildResigned(t *testing.T) {
	s := "Unable to Install NOOP: this app cannot be installed because its integrity could not be verified. Our CI built -configuration Debug; a Debug build carries `get-task-allow`."
	if c := firstCause(s, "text-integrity-not-verified"); !strings.Contains(c, "get-task-allow") {
		t.Errorf("Debug build re-signed: first cause %q", c)
	}
	if c := firstCause("This app cannot be installed because its integrity could not be verified.", "text-integrity-not-verified"); strings.Contains(c, "get-task-allow") {
		t.Errorf("alert alone leads with %q", c)
	}
}

// An app that will not open until the user trusts its developer in
// Device Management, retold.
func TestUntrustedDeveloperDeviceManagementRetold(t *testing.T) {
	readFirst(t, "text-untrusted-developer",
		"Every time my test script installs a new .ipa, the app does not open because the user would then have to manually go to Settings, General, Device Management in order to trust the app.",
		"The app won't launch until I go to Settings > General > VPN & Device Management and trust the developer.",
	)
	readNothing(t,
		"To install the beta, open Settings > General > VPN & Device Management and tap Trust.",
		"The MDM console won't open the Device Management page; trust relationship with the domain failed.",
	)
}

// A Mac or device that is not registered in the developer account, in
// Xcode's words and retold.
func TestDeviceNotRegisteredInAccount(t *testing.T) {
	readFirst(t, "text-device-not-in-profile",
		`The device "Studio Mac" isn't registered in your developer account. The device must be registered in order to be included in a provisioning profile.`,
		"Initially status had a `x` sign, stating that my machine `mac01` was not a registered device with the Apple Developer Program account.")
	// Near misses: a phone not registered with another service, and an
	// App ID not registered.
	readNothing(t,
		"My iPhone is not registered with the carrier's network after the update.",
		"The bundle identifier is not registered in your developer account yet.",
		"My Android device is not registered in your developer account, says Samsung Remote Test Lab.")
}

// AltSign (AltStore, SideStore) names the app or extension it holds no
// profile for, the sentence wrapped where a paste breaks it.
func TestAltSignMissingProfile(t *testing.T) {
	s := "Error Domain=AltSign.Error Code=1\n'The app extension is missing a valid\nprovisioning profile.\""
	readFirst(t, "text-install-no-valid-profile", s)
	if c := firstCause(s, "text-install-no-valid-profile"); !strings.Contains(c, "AltSign") {
		t.Errorf("first cause %q", c)
	}
	readNothing(t, "The app is missing a valid license key.", "The app extension is missing a valid icon.")
}

// Round 151 (in-house distribution): installd's line for an entitlement
// the profile refuses, the integrity alert retold without a verb, and
// trusting an enterprise developer retold (iOS 18 restarts to complete
// it); near misses are a schema's "value not permitted", a download's
// checksum and a TLS trust store.
func TestInHouseInstallRetold(t *testing.T) {
	readFirst(t, "text-install-invalid-entitlements",
		"installd <Error>: entitlement 'get-task-allow' has value not permitted by a provisioning profile",
		"amfid <Error>: entitlement 'application-identifier' has value not permitted by provisioning profile",
		"There may be a mismatch between entitlements in the app and entitlements in the distribution provisioning profile with which the app was signed.")
	if c := firstCause("installd <Error>: entitlement 'get-task-allow' has value not permitted by a provisioning profile", "text-install-invalid-entitlements"); !strings.Contains(c, "get-task-allow") {
		t.Errorf("get-task-allow refused: first cause %q", c)
	}
	if c := firstCause("installd <Error>: entitlement 'application-identifier' has value not permitted by a provisioning profile", "text-install-invalid-entitlements"); !strings.Contains(c, "application-identifier") {
		t.Errorf("application-identifier refused: first cause %q", c)
	}
	readFirst(t, "text-integrity-not-verified",
		"Installed the ipa from our OTA page, then it shows integrity not verified.",
		"Users may face errors like \"The app cannot be installed due to unverifiable integrity\".")
	readFirst(t, "text-untrusted-developer",
		"On iOS 18 and above, enterprise app certificates now require a restart to become effective. Are there any ways to trust enterprise app certificates without restarting the device?",
		"Enterprise certificate trust does not persist after reboot on the test iPad.")
	if c := firstCause("On iOS 18 and above, enterprise app certificates now require a restart to become effective.", "text-untrusted-developer"); !strings.Contains(c, "iOS 18") {
		t.Errorf("iOS 18 restart: first cause %q", c)
	}
	readNothing(t,
		"Validation error: field 'mode' has value not permitted by the schema.",
		"Configure Java to trust enterprise root certificates for TLS inspection.",
		"The enterprise certificate trust store lacks our proxy's CA, so HTTPS fails.")
	readNoError(t,
		"pip: file integrity not verified, hash mismatch for package requests-2.31.0.tar.gz",
		"The mirror serves downloads of unverifiable integrity (no SHA-256 checksum).")
}

// Round 206's enterprise and ad hoc forms: the "needs update" alert with
// iOS 15 or later (before, 32-bit code), an IMEI put in an ad hoc profile,
// an App Store signed build installed directly, expired profiles in the
// plural; and the texts beside them that are none of these.
func TestEnterpriseInstallForms(t *testing.T) {
	for _, c := range [][2]string{
		{"text-signature-version-unsupported", "Installed, but it does not start on iOS 15.\n\nError: \"App needs update\""},
		{"text-signature-version-unsupported", "After updating to iOS 16 the app shows: The developer of this app needs to update it to work with this version of iOS."},
		{"text-signature-version-unsupported", `手机版本15.4.1 安装后提示"此APP开发者需要更新App以在此IOS版本上正常工作"。`},
		{"text-device-not-in-profile", "Provisioning is done with an AdHoc Distribution Profile, the IMEI of the device is added to the profile."},
		{"text-profile-wrong-kind", "I uploaded my signed AppStore build and the app would not complete the installation on my device."},
		{"text-profile-expired", "we noticed that our Provisioning profiles have expired."},
		{"text-install-invalid-entitlements", "- the executable was signed with invalid entitlement\n- Failed to verify code Signature"},
	} {
		if firstMatch(Analyze([]byte(c[1])), c[0]) == nil {
			t.Errorf("%s not read: %q", c[0], c[1])
		}
	}
	for _, c := range [][2]string{
		{"text-signature-version-unsupported", "After updating to iOS 11: The developer of this app needs to update it to work with this version of iOS."},
		{"text-signature-version-unsupported", "此App的开发者需要更新App以在此iOS版本上正常工作"},
		{"text-signature-version-unsupported", "On iOS 15 the app needs update checks to run in the background."},
		{"text-device-not-in-profile", "The IMEI of the device is shown in the Company Portal profile."},
		{"text-profile-wrong-kind", "I installed the signed AppStore build from TestFlight and it works."},
		{"text-profile-expired", "Provisioning profiles that have expired are removed by Xcode."},
	} {
		if firstMatch(Analyze([]byte(c[1])), c[0]) != nil {
			t.Errorf("read as %s: %q", c[0], c[1])
		}
	}
}

// flutter_tools' instructions for ios-deploy's 0xe8008015 and 0xe8000067
// (packages/flutter_tools/lib/src/ios/ios_deploy.dart), wrapped as it
// prints them after its install step, are the install's missing profile;
// alone or after the build they stay the build's; the same words saying a
// profile was found, or not needed, are neither.
func TestFlutterNoProvisioningProfileInstructions(t *testing.T) {
	banner := "No Provisioning Profile was found for your project's Bundle Identifier or your\ndevice. You can create a new Provisioning Profile for your project in Xcode for\nyour team by:"
	readFirst(t, "text-install-no-valid-profile", "Installing and launching...\n"+strings.Repeat("═", 80)+"\n"+banner)
	// The banner alone, or after the build, is the build's missing profile.
	readFirst(t, "text-no-profiles-found", banner)
	readFirst(t, "text-no-profiles-found", "Running Xcode build...\n"+banner)
	for _, s := range []string{
		"A Provisioning Profile was found for your project's Bundle Identifier, so the build went on.",
		"No Provisioning Profile was needed for your project's web build.",
	} {
		if hasID(Analyze([]byte(s)), "text-install-no-valid-profile") {
			t.Errorf("%q read as text-install-no-valid-profile", s)
		}
	}
}
