package text

import (
	"strings"
	"testing"
)

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

// node-forge's wrong-password message is a signing matter only where the
// paste places it in Apple code signing.
func TestForgeP12MessageNeedsAppleContext(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"✖ Failed when trying to find previously uploaded Apple Distribution Certificate\nPKCS#12 MAC could not be verified. Invalid password?", true},
		{"loading client.p12 for the TLS connection failed: PKCS#12 MAC could not be verified. Invalid password?", false},
	} {
		if got := hasID(Analyze([]byte(c.text)), "text-p12-import-failed"); got != c.want {
			t.Errorf("%q: text-p12-import-failed found %v, want %v", c.text, got, c.want)
		}
	}
}

// The hundred-and-seventh round's classes, each with its near miss:
// certvalidator's missing issuer only where the issuer is Apple's, a
// revoked certificate's title only where it names an Apple kind, and a
// missing identity led with the intermediate only where the paste says
// an Apple intermediate was missing.
func TestHeldOut107Classes(t *testing.T) {
	apple := `certvalidator.errors.PathBuildingError: Unable to build a validation path for the certificate "Common Name: Developer ID Application: Example (ABCDE12345)" - no issuer matching "Common Name: Developer ID Certification Authority, Organizational Unit: G2, Organization: Apple Inc., Country: US" was found`
	if r := Analyze([]byte(apple)); !hasID(r, "text-chain-to-root") {
		t.Errorf("Developer ID issuer missing: got %v", ids(r))
	}
	readNothing(t,
		`certvalidator.errors.PathBuildingError: Unable to build a validation path for the certificate "Common Name: example.com" - no issuer matching "Common Name: R3, Organization: Let's Encrypt, Country: US" was found`,
		"Let's Encrypt certificate revoked for example.com",
		"TLS certificate revoked after the key leaked",
	)
	if r := Analyze([]byte("macOS Tahoe blocks all DMG releases — Developer ID certificate revoked")); !hasID(r, "text-cert-revoked") {
		t.Errorf("Developer ID certificate revoked: got %v", ids(r))
	}
	for in, id := range map[string]string{
		"Apple processing failed, ITMS-90721 \"Certificate Revoked\"":                        "text-cert-revoked",
		"It seems to me, that we have reached the limit of max 3 distribution certificates.": "text-certificate-limit",
	} {
		if r := Analyze([]byte(in)); !hasID(r, id) {
			t.Errorf("%q: got %v, want %s", in, ids(r), id)
		}
	}
	readNothing(t,
		"We reached the limit of 100 SSL certificates on the free plan.",
		"Let's Encrypt: too many certificates already issued; we hit the rate limit",
	)
	ci := "The release job on GitHub Actions imports the .p12, then codesign reports \"no identity found\"."
	if c := firstCause(ci, "text-identity-not-found"); c == "" || strings.Contains(c, "intermediate") {
		t.Errorf("no intermediate named: first cause %q", c)
	}
	if c := firstCause(ci+"\nInstall the Apple WWDR G3 intermediate certificate before importing.", "text-identity-not-found"); !strings.Contains(c, "intermediate") {
		t.Errorf("WWDR intermediate named: first cause %q", c)
	}
	if c := firstCause(ci+"\nInstall the Apple WWDR G3 intermediate certificate.\n  1) 4E58 \"Apple Development: Example (ABCDE12345)\" (CSSMERR_TP_CERT_EXPIRED)", "text-identity-not-found"); strings.Contains(c, "intermediate") {
		t.Errorf("identity listed as expired: first cause %q", c)
	}
}

// The keychain's prompt for an app's own item, which comes back after an
// update signed another way, is read; a signing tool's prompt for its key,
// a keyring and a prompt with no update are not.
func TestKeychainPromptAfterSignatureChanged(t *testing.T) {
	readFirst(t, "text-keychain-prompt-signature-changed",
		`"Foo wants to access key "Foo Safe Storage" in your keychain."`,
		`Bar want to acces key 'Service-credentials' in your keychain`,
		`Foo wants to use your confidential information stored in "com.example.foo.token" in your keychain.`,
		`The app keeps asking me for my keychain password on every update, even when I hit always allow.`)
	for _, s := range []string{
		`codesign wants to access key "privateKey" in your keychain.`,
		`productsign wants to use your confidential information stored in "Developer ID Installer: Example" in your keychain.`,
	} {
		if hasID(Analyze([]byte(s)), "text-keychain-prompt-signature-changed") {
			t.Errorf("%q: read as an app's prompt after a signature change", s)
		}
	}
	readNothing(t,
		`The gnome-keyring daemon asks for the keyring password after every update.`,
		`Bitwarden asks for the keychain password when I unlock the vault.`,
		`ssh-add asks for my passphrase on every restart; the key is in the keychain.`)
}

// A tool's report that set-key-partition-list failed, quoted without
// security's reason line, is a wrong keychain password (electron-builder's
// .p12 password first where it made the keychain); where security's own
// line says no key matched it is not, and the command given as advice is
// no failure.
func TestPartitionListFailedWithoutReason(t *testing.T) {
	eb := "⨯ /usr/bin/security process failed 1\nCommand failed: /usr/bin/security set-key-partition-list -S apple-tool:,apple: -s -k *** /var/folders/xy/T/f3a1.keychain\nfailedTask=build stackTrace=Error: Exit code: 1"
	readFirst(t, "text-keychain-password-wrong", eb, "Command failed: security set-key-partition-list -S apple-tool:,apple: -k *** build.keychain")
	if c := firstCause(eb+"\n(electron-builder 26.15.3)", "text-keychain-password-wrong"); !strings.Contains(c, "CSC_KEY_PASSWORD") {
		t.Errorf("electron-builder's keychain: first cause %q, want the .p12 password passed as the keychain's", c)
	}
	noKey := "Command failed: /usr/bin/security set-key-partition-list -S apple-tool:,apple: -s -k *** build.keychain\nsecurity: SecItemCopyMatching: The specified item could not be found in the keychain."
	if r := Analyze([]byte(noKey)); hasID(r, "text-keychain-password-wrong") {
		t.Errorf("%q: got %v, want no text-keychain-password-wrong", noKey, ids(r))
	}
	readNothing(t, "After the import, run `security set-key-partition-list -S apple-tool:,apple: -s -k \"$KEYCHAIN_PASSWORD\" build.keychain` once so codesign can use the key without a prompt.",
		"npm ERR! Command failed: git checkout 4f2a1c0\nnpm ERR! error: pathspec '4f2a1c0' did not match any file(s) known to git")
}

// A package "signed with expired certificate" (no article, or the common
// "singed") beside Apple's installer reads as the certificate expired; a
// web site's certificate said so does not.
func TestPackageSignedWithExpiredCertificate(t *testing.T) {
	readFirst(t, "text-cert-expired",
		"When installer package has singed with expired certificate, startosinstall command will exit in silent.",
		"The munki pkg was signed with expired certificate and Jamf refuses it.",
	)
	readNothing(t,
		"Our intranet site is signed with expired certificate, browsers show a warning over TLS.",
		"The steak was singed with expired butter.",
	)
}

// The signing identity told as missing in a person's words, and Tauri's
// own words when `security import` fails (with the secret empty, the
// lead says so).
func TestIdentityMissingRetoldAndTauriImport(t *testing.T) {
	readFirst(t, "text-identity-not-found",
		"the build fails due to the signing identity being nonexistant",
		"Signing fails: the code signing identity doesn't exist on the CI runner.")
	// Near misses: the words about Android's keystore, and a guide's
	// figure with no identity.
	readNoError(t,
		"jarsigner: the signing identity does not exist in the keystore release.jks",
		"The signing identity field in this tutorial's figure was not present in older versions of the page.",
		"error: failed to import keychain certificate into the GNOME keyring")
	text := "ran `security import` on an empty certificate.\nfailed to bundle project failed codesign application:\n  failed to run command security import: failed to import keychain certificate"
	if c := firstCause(text, "text-p12-import-failed"); !strings.Contains(c, "empty") {
		t.Errorf("an empty certificate secret: first cause %q", c)
	}
	// Near miss: a real .p12 with the wrong password keeps the password cause first.
	if c := firstCause("security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)\nfailed to import keychain certificate", "text-p12-import-failed"); strings.Contains(c, "empty") {
		t.Errorf("a .p12 with a wrong password: first cause %q", c)
	}
}

// codesign's own keychain dialog for the signing key, quoted or retold, is
// read; a question about its password puts whose password it is first; a
// step that avoids the prompt, an app's own item and another tool's
// password prompt are not read.
func TestCodesignKeyAccessPrompt(t *testing.T) {
	readFirst(t, "text-codesign-key-access-prompt",
		`codesign wants to sign using key "Apple Development: Jane Doe (ABCDE12345)" in your keychain.`,
		`Msg: codesign want access to key "access" on your keychain.`,
		`Every signing run raises codesign wants to use your keychain, even after security import -T /usr/bin/codesign.`,
		`When codesign attempts to use that certificate the GUI prompt for password appears.`,
		`When the build gets to the code signing phase this pops up and waits for the keychain password.`)
	if c := firstCause("What is the password of codesign in the key ring? I can't open my app because there is a password.", "text-codesign-key-access-prompt"); !strings.Contains(c, "password of the keychain") {
		t.Errorf("a question about the password: first cause %q, want the keychain's password", c)
	}
	if c := firstCause("On the build server security import -T /usr/bin/codesign worked, but now codesign wants to access key \"key name\" in your keychain.", "text-codesign-key-access-prompt"); !strings.Contains(c, "partition list") {
		t.Errorf("a key imported by a script: first cause %q, want the partition list", c)
	}
	readNothing(t,
		"Run set-key-partition-list once so codesign can use the key without a prompt.",
		"The codesign step finished without any dialog; the app launched.",
		"ssh-add asks for my passphrase every time; git wants to use your keychain too.")
}

// An identity given by its SHA-1 hash, or by a certificate kind's name,
// reported not found reads as the identity missing from the keychain; an
// account or managed identity not found reads as nothing.
func TestIdentityHashNotFound(t *testing.T) {
	readEach(t, []readCase{
		{"**错误信息**：\n```\nidentity=4E76C4CD7F4ABFA82DF8EED886AA36F117140EDD\" not found\n```", "text-identity-not-found"},
		{`identity "Developer ID Application: Example Ltd (ABCDE12345)" not found`, "text-identity-not-found"},
	})
	readNothing(t,
		"Managed identity 'build-agent' not found in the tenant",
		"user identity=alice@example.com not found",
	)
}

// electron-builder's "<path> not a file" after its code-signing lines
// (CSC_LINK set but empty resolves to the project folder) reads as the
// signing certificate file missing, with the path; the same words about
// an icon or a config file, with no signing line, read as nothing.
func TestSigningCertificateFileMissing(t *testing.T) {
	text := "  env:\n    CSC_LINK: \n    CSC_KEY_PASSWORD: \n\n  • empty password will be used for code signing  reason=CSC_KEY_PASSWORD is not defined\n  ⨯ /Users/runner/work/Example/Example not a file\nError: Process completed with exit code 1."
	m := firstMatch(Analyze([]byte(text)), "text-signing-certificate-file-missing")
	if m == nil || !hasValue(m.Values, "path", "/Users/runner/work/Example/Example") {
		t.Errorf("CSC_LINK empty: got %v", ids(Analyze([]byte(text))))
	}
	readFirst(t, "text-signing-certificate-file-missing",
		"CSC_LINK=certs/dev.p12 electron-builder --mac\n  ⨯ /Users/me/app/certs/dev.p12 doesn't exist")
	readNothing(t,
		"  • packaging       platform=darwin arch=x64 electron=27.0.0\n  ⨯ /Users/me/app/build/icon.icns not a file",
		"  ⨯ /Users/me/app/electron-builder.yml doesn't exist")
}

// A .p12's MAC check failing, told in prose, is the signing import's
// only where the paste names Apple's signing tools; a certificate bought
// from a CA that expired is Windows' or Java's where nothing names an
// Apple certificate or tool.
func TestP12MACRetoldAndBoughtCertificate(t *testing.T) {
	readFirst(t, "text-p12-import-failed", "Fixes persistent MAC verification failures by using the official Apple codesign import action.")
	readNoError(t,
		"keytool: MAC verification failure while loading the Java keystore on macOS runners",
		"The code signing certificate has expired. Windows _appears_ not to be making a problem of it, yet. It is unknown whether Mac OS will. A new certificate has been purchased, but needs to be exported and installed.",
	)
	readFirst(t, "text-cert-expired", "The Developer ID Application certificate has expired. A new certificate has been purchased with the membership renewal.")
}

// Round 151: sideloaded apps stopped by a revoked enterprise certificate
// that an anti-revoke DNS no longer hides; a TLS certificate revoked is
// not code signing.
func TestAntiRevokeEnterpriseCertificate(t *testing.T) {
	s := "They were working just fine yesterday but now they won't.\n\nI think it has something to do with the anti revoke dns. Some people say this happens due to the certificate being revoked."
	readFirst(t, "text-cert-revoked", s)
	if c := firstCause(s, "text-cert-revoked"); !strings.Contains(c, "enterprise certificate") {
		t.Errorf("anti-revoke: first cause %q", c)
	}
	readNoError(t, "Our HTTPS site broke after the TLS certificate being revoked by the CA; nginx serves the old chain.")
}

// A signing certificate set to "Always Trust" told as done (round 216):
// the custom trust setting breaks the chain. A proxy's or a web root's,
// or advice not to, is not it.
func TestAlwaysTrustSigningCertificateTold(t *testing.T) {
	for _, s := range []string{
		"I discovered that by manually setting my developer certificate’s trust setting to “Always Trust” in a moment of frustration, I had accidentally broken the entire chain of trust that Xcode relies on.",
		"I set my signing certificate to Always Trust and now codesign fails",
	} {
		if c := firstCause(s, "text-cert-not-trusted"); !strings.Contains(c, "Always Trust") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	for _, s := range []string{
		"I set the proxy certificate to Always Trust in Keychain Access",
		"Setting the root certificate to Always Trust fixed the SSL error in Safari",
		"Never set your developer certificate to Always Trust.",
		"I set my distribution certificate as Always Trust on Windows for Authenticode signtool",
	} {
		if hasID(Analyze([]byte(s)), "text-cert-not-trusted") {
			t.Errorf("read as an untrusted signing certificate: %q", s)
		}
	}
}
