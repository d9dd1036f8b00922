package text

import "testing"

// The nineteenth look-alike review, of the readings added by held-out
// rounds 212 to 218 (merges 0d0a4d82 h/fix212, 7ac7d42b h/r215, 6bda3962
// h/r216, bb4ad50a h/r217, 12059ef4 h/r218). The readings reviewed:
//   - text-gatekeeper-damaged: "is corrupted and can't be started" of an
//     application; "an error saying the .dmg/disk image is damaged"; an
//     Apple-silicon build named damaged ("the aarch64 version is damaged");
//     "macOS claims it's broken" (with its rule in context_gatekeeper.go);
//   - text-gatekeeper-unverified: "did not open after ... Open Anyway"; a
//     tool "dying because the program is not signed" though allowed in
//     System Settings;
//   - text-privacy-access-refused: "re-grant permissions"
//     (reGrantLostAfterUpdate), a grant shown yet asked again
//     (reGrantShownYetAsked), "does not get added under Microphone
//     permissions" (reNotAddedUnderPane), and the cause rule in
//     context_runtime.go;
//   - text-team-access-denied: a developer account deactivated near
//     notarytool, and its cause rule (context_round212.go);
//   - text-hardened-runtime-exception: codesign --options runtime without
//     --entitlements beside a JIT engine's app that stops opening;
//   - text-notary-invalid: "Notarization Error, please check
//     notarization-error.log";
//   - text-altool-retired: "will no longer accept uploads from altool",
//     "Notarizing software with altool was deprecated", "altool has been
//     deprecated ... no longer be supported by the Apple notary service";
//   - text-app-no-valid-signature: "Failed to verify code signature" alone
//     on a line or as an issue's title;
//   - text-cert-revoked: certificates in the plural, "currently/all
//     revoked", "a revoked <kind> certificate";
//   - text-spctl-rejected (Gatekeeper): "Gatekeeper prompts and blocks";
//   - text-no-signing-certificate / text-identity-not-found: "No code
//     signing certificates found" (and reCertKeyGeneric);
//   - text-profile-missing-certificate: "Provisioning profile is invalid"
//     at a line's start or in quotes (and its rule in context_lookalikes.go);
//   - text-cert-not-trusted: a developer certificate set to Always Trust;
//   - text-notary-unreachable: @electron/notarize's "Failed with unexpected
//     result:" and "Unexpected end of JSON input" (and the cause rule);
//   - text-p12-import-failed: "The process '/usr/bin/security' failed with
//     exit code N" where a .p12 import is named (context_keychain.go);
//   - text-conflicting-provisioning-settings after a failure word;
//   - text-no-devices: "requires a registered device ... has none";
//   - text-no-profiles-found: "could not find distribution profiles for",
//     "couldn’t find any ... provisioning profile" (curly quote, singular);
//   - text-no-hardened-runtime: "no hardened runtime" after a notary word;
//   - text-spctl-rejected-development: "'Apple Development' signatures are
//     not valid for distributing software".
//
// Measured before any change (commit 59aa08a3, the readings as merged;
// go test ./analyzer/internal/text -run 'LookalikesOf(Round212S|Round215S)'):
// 30 of the 51 look-alikes got an error or warning (listed in
// reviewSKnownMeasured, with what they were read as); commit 2955edd0.
// The readings were then narrowed by class:
//   - in prose, asked, or in another system's sentence: the loop of
//     context_round212.go (damaged, Open Anyway, "not signed", the privacy
//     re-prompts, the deactivated account, "Failed to verify code
//     signature") now calls skipWordsToldElsewhere instead of its own
//     question regexp, so a changelog, docs or a code comment is skipped
//     too; context_lookalikes_rs.go does the same for the other new
//     patterns, by their own sources (entryWords, or entryWordsWith where
//     a keyword is shared), and skips them where a named other system
//     (reOtherSystemRS, reNamedElsewhereRK) leaves nothing of Apple's
//     (wordsOfOtherSystem). otherSystemsSentence and skipWordsToldElsewhere
//     take further systems (reOtherSystemRS: Samsung, Steam, Partner
//     Center, Entra, Maven, Jsign, PKCS#11, Fedora, VirtualBox, Gmail; and
//     context_lookalikes.go's reOtherSystem: Outlook, keystores, ...);
//   - Gatekeeper named only as the likeness of another system's check
//     ("the way Gatekeeper prompts and blocks", reComparedRS);
//   - "No code signing certificates found" of another signer:
//     reCertKeyGeneric asked of wordsOfOtherSystem;
//   - "macOS says it's broken" needs signing words: "signing in" to an
//     account is none (reSignedInRS, context_gatekeeper.go);
//   - security's exit code beside a .p12 (context_keychain.go): not where
//     the step runs security for something else (find-identity,
//     delete-keychain) and nothing imports (reSecurityOtherRun).
// 29 of the 30 get nothing now. 12 more written after
// (TestLookalikesOfReviewSAfter; 8 of them read on the readings as
// merged) get nothing either, while the real messages beside Steam,
// Windows or Google Play in another sentence still read.
//
// Still read as an error (reviewSStillRead): "Our Unity build didn't start
// on Windows, the Mac one is fine:" above a codesign --options runtime
// line. The sentence that does not start names the Mac as well; telling its
// clauses apart would drop a real "won't open on macOS, fine on Windows"
// beside the same codesign line.

// reviewSKnown: look-alikes read before this review's narrowing (not judged
// by readLookalikesS while listed).
var reviewSKnown = map[string]string{}

// reviewSKnownMeasured: the look-alikes read before the narrowing, with what
// they were read as.
var reviewSKnownMeasured = map[string]string{
	"After signing in with my Apple ID, macOS says it's broken: the iCloud Drive folder shows no files.":                                                                 "error text-gatekeeper-damaged",
	"Gmail: the attachment didn't open after I clicked \"Open anyway\" on the virus-scan warning.":                                                                       "error text-gatekeeper-unverified",
	"Changelog 1.8: fixed the app that did not launch after Open Anyway on first run.":                                                                                   "error text-gatekeeper-unverified",
	"Fedora with Secure Boot: the VirtualBox driver keeps dying because the module is not signed, even after allowing permissions in system settings.":                   "error text-gatekeeper-unverified",
	"Samsung Galaxy: the launcher is already granted in Settings but keeps asking for Accessibility permission after every reboot.":                                      "warning text-privacy-access-refused",
	"Changelog 4.2: fixed a bug where the plugin, already granted, kept asking for Accessibility access after each update.":                                              "warning text-privacy-access-refused",
	"Microsoft Partner Center: our developer account was deactivated for inactivity; the Mac build still notarizes fine with notarytool.":                                "error text-team-access-denied",
	"Steam: my developer account was suspended after a chargeback; notarization of the Mac depot is unaffected.":                                                         "error text-team-access-denied",
	"Changelog: notarization now uses the new team's key; the old developer account was deactivated after the migration, as planned.":                                    "error text-team-access-denied",
	"Changelog 2.1: Electron 28; signing is `codesign --deep --force --options runtime --sign \"$IDENTITY\" dist/mac/App.app` and the app no longer crashes on launch.":  "error text-hardened-runtime-exception",
	"Our Unity build didn't start on Windows, the Mac one is fine:\ncodesign --force --options runtime --sign \"$IDENTITY\" Game.app":                                    "error text-hardened-runtime-exception",
	"Changelog: \"Notarization Error,please check notarization-error.log\" no longer appears when the app-specific password is right.":                                   "error text-notary-invalid",
	"// on failure we print \"Notarization Error, please check notarization-error.log\" and exit 1":                                                                      "error text-notary-invalid",
	"Docs: Notarizing software with altool was deprecated in Xcode 13; this guide uses notarytool throughout.":                                                           "error text-altool-retired",
	"Changelog 5.0: switched to notarytool, since the Apple notary service will no longer accept uploads from altool.":                                                   "error text-altool-retired",
	"Docs: Gatekeeper prompts and blocks apps that are not notarized; notarize before you ship.":                                                                         "error text-gatekeeper-unverified",
	"Windows Defender SmartScreen warns about unknown publishers the way Gatekeeper prompts and blocks unsigned apps on a Mac.":                                          "error text-gatekeeper-unverified",
	"Jsign: No code signing certificates found in the PKCS#11 token (YubiKey); check the alias.":                                                                         "error text-no-signing-certificate",
	"Docs: setting the development certificate to \"Always Trust\" is what `dotnet dev-certs https --trust` does on macOS.":                                              "error text-cert-not-trusted",
	"Changelog 2.0.1: notarize no longer throws \"Failed with unexpected result: ]\" when notarytool prints nothing.":                                                    "error text-notary-unreachable",
	"- run: security find-identity -v -p codesigning\nError: The process '/usr/bin/security' failed with exit code 1\n(the .p12 was imported fine in the previous step)": "error text-p12-import-failed",
	"- run: security delete-keychain build.keychain\nError: The process '/usr/bin/security' failed with exit code 50\n# cleanup step; the p12 import earlier succeeded":  "error text-p12-import-failed",
	"Docs: automatic signing fails with `conflicting provisioning settings` if you also set PROVISIONING_PROFILE_SPECIFIER; remove it.":                                  "error text-conflicting-provisioning-settings",
	"Changelog 3.2: fixed the failure with \"conflicting provisioning settings\" when exporting with match.":                                                             "error text-conflicting-provisioning-settings",
	"Intune: the compliance policy requires a registered device, and this user has none.":                                                                                "error text-no-devices",
	"Microsoft Entra: Conditional Access requires a registered device, but the guest account has none.":                                                                  "error text-no-devices",
	"Maven: could not find development profiles for module api; activate one with -Pdev.":                                                                                "error text-no-profiles-found",
	"Changelog 1.3: the notarization workflow now fails early on builds with no hardened runtime.":                                                                       "error text-no-hardened-runtime",
	"Docs: 'Apple Development' signatures are not valid for distributing software; sign releases with Developer ID Application.":                                         "error text-spctl-rejected-development",
	"Changelog 2.6.8: re-signed with Developer ID, since Apple Development signatures are not valid for software distribution.":                                          "error text-spctl-rejected-development",
}

// reviewSStillRead: look-alikes still read, with why.
var reviewSStillRead = map[string]string{
	"Our Unity build didn't start on Windows, the Mac one is fine:\ncodesign --force --options runtime --sign \"$IDENTITY\" Game.app": "the clause that does not start names Windows, but the sentence names the Mac too; telling the clauses apart would drop \"the Electron app won't open on macOS, fine on Windows\" beside the same codesign line",
}

func readLookalikesS(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewSKnown, reviewSStillRead, texts...)
}

// Rounds 212 to 214: retold Gatekeeper alerts, privacy re-prompts, a
// deactivated account, the runtime without entitlements, electron-builder's
// notarization error, altool's notice, "Failed to verify code signature".
// The real messages themselves read right in TestRound212Readings
// (round212fix_test.go); one more is kept here.
func TestLookalikesOfRound212S(t *testing.T) {
	readEach(t, []readCase{
		{"Failed to Verify Code Signature #319\n\nThis is occurring again in Mac Catalina iOS 14.7.", "text-app-no-valid-signature"},
	})
	readLookalikesS(t,
		// "damaged" builds and images of other systems, a corrupted
		// application under Proton, macOS "says it's broken" of a folder
		"Raspberry Pi OS: the arm64 release is damaged, sha256sum does not match the published checksum; download it again.",
		"Release notes 2.4: the M1 dmg was damaged by a truncated upload (the sha256 did not match); it is replaced.",
		"Proton on the Steam Deck: This application is corrupted and can't be started. Deleting the compatdata prefix fixed it.",
		"7-Zip shows an error saying the dmg file is damaged while extracting it; it is an APFS image 7-Zip can't read.",
		"After signing in with my Apple ID, macOS says it's broken: the iCloud Drive folder shows no files.",
		// "did not open after Open anyway" in a browser's download warning
		"Firefox: the attachment did not open after I chose Open anyway in the dangerous-download warning.",
		"Gmail: the attachment didn't open after I clicked \"Open anyway\" on the virus-scan warning.",
		"Changelog 1.8: fixed the app that did not launch after Open Anyway on first run.",
		// "dying because ... not signed": a browser add-on, a kernel module
		"Firefox: the add-on keeps getting killed because it isn't signed; I granted its permissions in the system settings and it is still disabled.",
		"Fedora with Secure Boot: the VirtualBox driver keeps dying because the module is not signed, even after allowing permissions in system settings.",
		// re-prompts and re-grants of other systems, prose
		"Samsung Galaxy: the launcher is already granted in Settings but keeps asking for Accessibility permission after every reboot.",
		"Changelog 4.2: fixed a bug where the plugin, already granted, kept asking for Accessibility access after each update.",
		"Zoom in Firefox doesn't get added to the Microphone list in about:preferences; allow it in the site's permissions.",
		"Kubernetes: after rotating the service account, re-grant the RBAC permissions with kubectl apply -f rbac.yaml.",
		"PostgreSQL: after restoring the dump, re-grant the schema permissions to app_user.",
		"After restoring from a Google backup I had to re-grant permissions to every app on the Pixel.",
		// a developer account of another store deactivated
		"Microsoft Partner Center: our developer account was deactivated for inactivity; the Mac build still notarizes fine with notarytool.",
		"Steam: my developer account was suspended after a chargeback; notarization of the Mac depot is unaffected.",
		"Changelog: notarization now uses the new team's key; the old developer account was deactivated after the migration, as planned.",
		// the runtime without entitlements where the app opens
		"Changelog 2.1: Electron 28; signing is `codesign --deep --force --options runtime --sign \"$IDENTITY\" dist/mac/App.app` and the app no longer crashes on launch.",
		"Our Unity build didn't start on Windows, the Mac one is fine:\ncodesign --force --options runtime --sign \"$IDENTITY\" Game.app",
		// electron-builder's notarization error and altool's notice in prose
		"Changelog: \"Notarization Error,please check notarization-error.log\" no longer appears when the app-specific password is right.",
		"// on failure we print \"Notarization Error, please check notarization-error.log\" and exit 1",
		"Docs: Notarizing software with altool was deprecated in Xcode 13; this guide uses notarytool throughout.",
		"Changelog 5.0: switched to notarytool, since the Apple notary service will no longer accept uploads from altool.",
		// "Failed to verify code signature" of another system's package
		"Failed to verify code signature\n\ngpg: BAD signature from \"Release Signing Key\"; the .deb download was truncated.",
		"Failed to verify code signature #88\n\nThe Authenticode check of the Electron updater rejects the new setup.exe.",
	)
}

// Rounds 215 to 218: revoked certificates, Gatekeeper's prompts, "No code
// signing certificates found", "Provisioning profile is invalid", Always
// Trust, @electron/notarize's empty result, security's exit code, and the
// retold Xcode and notary failures. Their real messages read right in
// round215_test.go .. round218_test.go; one more is kept here.
func TestLookalikesOfRound215S(t *testing.T) {
	readEach(t, []readCase{
		{"Homebrew now forces the `com.apple.quarantine` extended attribute on all cask installs, which triggers Gatekeeper prompts and blocks unsigned apps.", "text-gatekeeper-unverified"},
	})
	readLookalikesS(t,
		// revoked certificates of TLS, Kubernetes, Java
		"Let's Encrypt: the certificates were revoked because of the TLS-ALPN-01 bug; run certbot renew --force-renewal.",
		"Kubernetes: the kubelet client certificates were revoked after rotating the CA; the nodes went NotReady.",
		"Java jarsigner: the JAR was signed with a revoked signing certificate; re-sign it with a new keystore entry.",
		// Gatekeeper's prompts in prose
		"Docs: Gatekeeper prompts and blocks apps that are not notarized; notarize before you ship.",
		"Windows Defender SmartScreen warns about unknown publishers the way Gatekeeper prompts and blocks unsigned apps on a Mac.",
		// "No code signing certificates found" of Windows and Java signers
		"Azure Trusted Signing: No code signing certificates found in the account; create a certificate profile first.",
		"Jsign: No code signing certificates found in the PKCS#11 token (YubiKey); check the alias.",
		// "Provisioning profile is invalid" of a device manager or an eSIM
		"Provisioning profile is invalid\n\nIntune Autopilot deployment failed on the Surface; re-assign the deployment profile.",
		"Provisioning profile is invalid: eSIM activation failed on the Pixel 8; ask the carrier for a new QR code.",
		// Always Trust of an HTTPS development certificate
		"I set the development certificate to Always Trust (dotnet dev-certs https --trust) and Chrome still says NET::ERR_CERT_AUTHORITY_INVALID.",
		"Docs: setting the development certificate to \"Always Trust\" is what `dotnet dev-certs https --trust` does on macOS.",
		// @electron/notarize's empty result in prose, npm's JSON
		"Changelog 2.0.1: notarize no longer throws \"Failed with unexpected result: ]\" when notarytool prints nothing.",
		"npm ERR! Unexpected end of JSON input while parsing near '...\"@electron/notarize\"'\nnpm ERR! A complete log of this run can be found in: /Users/runner/.npm/_logs/debug-0.log",
		// security failing in a step that imports no .p12
		"- run: security find-identity -v -p codesigning\nError: The process '/usr/bin/security' failed with exit code 1\n(the .p12 was imported fine in the previous step)",
		"- run: security delete-keychain build.keychain\nError: The process '/usr/bin/security' failed with exit code 50\n# cleanup step; the p12 import earlier succeeded",
		// conflicting settings, registered devices, profiles in prose or elsewhere
		"Docs: automatic signing fails with `conflicting provisioning settings` if you also set PROVISIONING_PROFILE_SPECIFIER; remove it.",
		"Changelog 3.2: fixed the failure with \"conflicting provisioning settings\" when exporting with match.",
		"Intune: the compliance policy requires a registered device, and this user has none.",
		"Microsoft Entra: Conditional Access requires a registered device, but the guest account has none.",
		"Maven: could not find development profiles for module api; activate one with -Pdev.",
		// the notary's "no hardened runtime" and Apple Development in prose
		"Changelog 1.3: the notarization workflow now fails early on builds with no hardened runtime.",
		"Docs: notarytool rejects a binary with no hardened runtime.",
		"Docs: 'Apple Development' signatures are not valid for distributing software; sign releases with Developer ID Application.",
		"Changelog 2.6.8: re-signed with Developer ID, since Apple Development signatures are not valid for software distribution.",
	)
}

// The look-alikes read before the narrowing get nothing now (unless listed
// as still read).
func TestReviewSQuietAfterNarrowing(t *testing.T) {
	quietAfterNarrowing(t, reviewSKnownMeasured, reviewSStillRead)
}

// Written after the narrowing: more look-alikes of the same classes, and
// the real messages beside another system's name in another sentence.
func TestLookalikesOfReviewSAfter(t *testing.T) {
	readEach(t, []readCase{
		{"Our Steam build for Windows is fine.\nError: Failed to notarize via notarytool.  Failed with unexpected result:\n    at /Users/runner/work/app/node_modules/@electron/notarize/lib/notarytool.js:141:23", "text-notary-unreachable"},
		{"- run: security create-keychain -p \"$KC_PASS\" build.keychain\n- run: security import cert.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign\nError: The process '/usr/bin/security' failed with exit code 1", "text-p12-import-failed"},
		{"The Windows installer works.\nLast working version to my MacBook Air M3 : 0.23.8\n\n0.24.X versions not work with message : This application is corrupted and can't be started.", "text-gatekeeper-damaged"},
		{"Google Play is fine.\nwe were using the --wait flag with notarytool, and as a result it hangs indefinitely.\nApparently our old developer account was deactivated unexpectedly", "text-team-access-denied"},
	})
	readLookalikesS(t,
		"FAQ: if Xcode fails with `conflicting provisioning settings`, turn off automatic signing for that target.",
		"Release notes: the Apple notary service will no longer accept uploads from altool, so this release drops the altool path.",
		"Question: will notarytool reject a binary with no hardened runtime?",
		"Maven: couldn't find development profiles matching 'ci'; check settings.xml.",
		"Google Play: our developer account was terminated for policy violations; notarization of the Mac app was not affected.",
		"Samsung Galaxy: the app does not get added under Camera permissions in Settings > Apps.",
		"Conditional Access requires a registered device, and my personal laptop has none registered in Entra.",
		"Jsign: No code signing certificates found in the Azure Key Vault for alias 'release'.",
		"Outlook: the attachment didn't open after I clicked Open anyway in the Protected View warning.",
		"// notarize() throws \"Failed with unexpected result: ]\" if notarytool prints nothing; retry once.",
		"Kubernetes: the etcd peer certificates are revoked as soon as the CA rotates; restart the pods.",
		"Steam Deck: after the SteamOS update I had to re-grant permissions to the Flatpak apps.",
	)
}
