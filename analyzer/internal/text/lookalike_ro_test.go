package text

import "testing"

// The fifteenth look-alike review, of the readings added by held-out
// rounds 197, 199 and 200 (merges 0c5ec5b2, 0a2b63ad, e19ec343):
// notarytool's "Invalid option" beside APPLE_API_KEY, --key, a .p8 or a
// PEM; the Mac retold as unable to verify the publisher or developer; a
// binary "for macOS" or a "macOS binary" that doesn't seem to be signed;
// an ad hoc signature breaking the keychain's ACL or partition list; a
// keychain ACL pinned or bound to the designated requirement or code hash;
// a shipped binary (language server, CLI, extension, plug-in) flagged or
// marked as malware with a Mac named anywhere; the retold damaged alert
// where the Mac is named as "mac m1" or aarch64-darwin/x86_64-darwin.
//
// Each new or widened reading meets the same words in another system's
// message (GPG, cosign, Windows SmartScreen and Defender, a VS Code or
// Chrome store, Jamf Protect, Socket, Nix's hashes, a game's save file,
// Acrobat, 1Password, Slack, Jira), in prose that only mentions them (a
// changelog, docs, a code comment, a question), or in a tool's success
// line; none may get an error or warning, while one real message per
// reading still reads right.
//
// Measured before any change (commit 1309d6ac, the readings as merged;
// go test ./analyzer/internal/text -run 'TestLookalikesOfRound(197|199|200)O'):
// 32 of the 52 look-alikes got an error or warning (listed in
// reviewOKnownMeasured, with what they were read as; commit 4cd5b1a9).
// The readings were then narrowed by class (context_lookalikes_ro.go): for
// each of the five entries the new readings' words (one regexp per entry)
// are skipped in a code comment, a changelog or a "Docs:"/"FAQ:" line
// (reProseRM), where the failure happens "no longer", where the words are
// asked and answered "No,", and where another system is named
// (saidElsewhereRI's lists, reNamedElsewhereRO: password managers, Socket,
// a marketplace, Safe Browsing, an anti-cheat, Palo Alto, minisign, Trivy)
// and nothing of Apple's is left once the words are taken out. notarytool's
// "Invalid option" naming another option than --key is not the key passed
// as text. A binary "flagged as malware by" anything but macOS,
// Gatekeeper, XProtect or Apple is a scanner's verdict (and round 200's
// skip of other OSes now spares "flagged as malware by macOS"). A file
// called damaged where the Mac is named only as "mac m1" or *-darwin is
// skipped beside a checksum or a password manager, in prose, or where an
// APK, Android, Windows, Linux, gpg or a signature file is what is
// damaged. 31 of the 32 get nothing now; 6 more written after
// (TestLookalikesOfReviewOAfter, 58 in all) get nothing either, while the
// real messages beside another system's name still read.
//
// Still read as an error (reviewOStillRead): "Linux: the GNOME keyring has
// no ACL; on macOS the keychain access list is bound to the designated
// requirement, ...": it states macOS's rule in the words of the real record
// (stellar-cli's, itself a description of the rule), with macOS named.

// reviewOKnown: look-alikes read before this review's narrowing (not judged
// by readLookalikesO while listed).
var reviewOKnown = map[string]string{}

// reviewOKnownMeasured: the look-alikes read before the narrowing, with what
// they were read as.
var reviewOKnownMeasured = map[string]string{
	"Changelog 3.2: notarytool no longer fails with Invalid option when APPLE_API_KEY holds the PEM body; we write it to a .p8 file first.":             "error text-notary-auth",
	"Docs: if notarytool says Invalid option, check that --key is the path of the .p8 file, not its contents.":                                          "error text-notary-auth",
	"// notarytool reads a PEM body as an option (Invalid option), so APPLE_API_KEY is written to AuthKey.p8 before the call.":                          "error text-notary-auth",
	"FAQ: Why does notarytool print Invalid option? Because the PEM text in APPLE_API_KEY starts with dashes; pass --key with a file path.":             "error text-notary-auth",
	"openssl: the PEM file was read fine; notarytool submit --wait: Invalid option --waitt (typo in the workflow, fixed).":                              "error text-notary-auth",
	"GPG on the Mac can't verify the publisher key of the Debian repository; apt-key is deprecated.":                                                    "error text-gatekeeper-unverified",
	"Firefox on my Mac cannot verify the developer of this add-on, so it was disabled (not signed by Mozilla).":                                         "error text-gatekeeper-unverified",
	"Acrobat on Mac is unable to verify the publisher of the PDF signature; the signer's certificate is not in the trust list.":                         "error text-gatekeeper-unverified",
	"Docs: if macOS cannot verify the developer, right-click the app and choose Open (expected for beta builds).":                                       "error text-gatekeeper-unverified",
	"Changelog 2.1: the macOS build is notarized now; \"Mac cannot verify the developer\" no longer shows.":                                             "error text-gatekeeper-unverified",
	"Windows: SmartScreen says Windows can't verify the publisher; the Mac can't verify the developer of the same zip? No, the Mac build is notarized.": "error text-gatekeeper-unverified",
	"The checksums file for the macOS binary doesn't seem to be signed; cosign verify-blob finds no bundle.":                                            "error text-not-signed",
	"Docs: if the binary for macOS doesn't seem to be signed, you downloaded the nightly; use a release.":                                               "error text-not-signed",
	"Docker Desktop for Mac: the macOS binary doesn't seem to be signed? No, codesign -dv shows Developer ID Application and it's notarized.":           "error text-not-signed",
	"Docs: an ad hoc signature breaks the keychain ACL on every rebuild, so sign with a stable Developer ID.":                                           "warning text-keychain-prompt-signature-changed",
	"Changelog 0.9: we no longer ship ad-hoc builds, which broke keychain ACLs on every update.":                                                        "warning text-keychain-prompt-signature-changed",
	"// ad-hoc signing resets the keychain access control list on each build; sign with the team identity in CI.":                                       "warning text-keychain-prompt-signature-changed",
	"1Password: an ad hoc team vault breaks the keychain ACL import from Keeper? No, the access list is imported as is.":                                "warning text-keychain-prompt-signature-changed",
	"Docs: the keychain ACL is tied to the app's designated requirement, so updates signed by the same team keep access.":                               "warning text-keychain-prompt-signature-changed",
	"Linux: the GNOME keyring has no ACL; on macOS the keychain access list is bound to the designated requirement, so nothing to do here.":             "warning text-keychain-prompt-signature-changed",
	"npm: the package's CLI is flagged as malware by Socket; I'm on macOS.":                                                                             "error text-gatekeeper-will-damage",
	"The extension was marked as malware by the VS Code Marketplace and removed; macOS users must uninstall it by hand.":                                "error text-gatekeeper-will-damage",
	"Slack: our bot's CLI was flagged as malware by the security team's scanner; it runs on Mac mini build hosts.":                                      "error text-gatekeeper-will-damage",
	"Jira: the plugin is flagged as malware by the Atlassian Marketplace scan; the server runs on a Mac.":                                               "error text-gatekeeper-will-damage",
	"Firewall: the binary was flagged as malware by the Palo Alto gateway when downloaded on the Mac.":                                                  "error text-gatekeeper-will-damage",
	"Question: the plug-in was flagged as malware by Google Safe Browsing when I download it on a Mac, is it safe?":                                     "error text-gatekeeper-will-damage",
	"Steam: the game's launcher executable was flagged as malware by the anti-cheat on my Mac; support says it's a false positive.":                     "error text-gatekeeper-will-damage",
	"nix: the tarball for aarch64-darwin is damaged and can't be opened: hash mismatch in fixed-output derivation.":                                     "error text-gatekeeper-damaged",
	"The 1Password export from my mac m1 is damaged and can't be opened in Bitwarden.":                                                                  "error text-gatekeeper-damaged",
	"Docs: on a mac m1, if the download is damaged and can't be opened, check the SHA-256 against the release page.":                                    "error text-gatekeeper-damaged",
	"The Android APK built on my mac m1 is damaged and can't be opened on the phone.":                                                                   "error text-gatekeeper-damaged",
	"GPG on aarch64-darwin: the signature file is damaged and can't be opened (gpg: no valid OpenPGP data found).":                                      "error text-gatekeeper-damaged",
}

// reviewOStillRead: look-alikes still read, with why.
var reviewOStillRead = map[string]string{
	// It states macOS's own rule in the words of the real record
	// (stellar-cli's "A keychain item's ACL is pinned to the ... designated
	// requirement"), which is itself a description; GNOME is named only
	// beside it.
	"Linux: the GNOME keyring has no ACL; on macOS the keychain access list is bound to the designated requirement, so nothing to do here.": "the Mac's rule stated, as the real record states it",
}

func readLookalikesO(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewOKnown, reviewOStillRead, texts...)
}

// Round 197: notarytool's "Invalid option" where the key's PEM text was passed as --key.
func TestLookalikesOfRound197O(t *testing.T) {
	readEach(t, []readCase{
		{"- Notarize failed: `notarytool` got `Invalid option` because `APPLE_API_KEY` was the PEM body; it must be a path to a `.p8` file.", "text-notary-auth"},
	})
	readLookalikesO(t,
		"Changelog 3.2: notarytool no longer fails with Invalid option when APPLE_API_KEY holds the PEM body; we write it to a .p8 file first.",
		"Docs: if notarytool says Invalid option, check that --key is the path of the .p8 file, not its contents.",
		"// notarytool reads a PEM body as an option (Invalid option), so APPLE_API_KEY is written to AuthKey.p8 before the call.",
		"FAQ: Why does notarytool print Invalid option? Because the PEM text in APPLE_API_KEY starts with dashes; pass --key with a file path.",
		"gpg: Invalid option \"--key\"; the notarytool step ran fine with the .p8 file.",
		"Windows: signtool sign /key: Invalid option; the notarytool job on the Mac runner uses APPLE_API_KEY and passed.",
		"Android: apksigner: Invalid option --key; the PEM key must be converted to PKCS#8 (notarytool is only in the iOS job).",
		"notarytool submit MyApp.zip --key ./AuthKey_ABC123.p8 --key-id ABC123 --issuer $ISSUER --wait\nConducting pre-submission checks for MyApp.zip and initiating connection to the Apple notary service...\nSubmission ID received",
		"openssl: the PEM file was read fine; notarytool submit --wait: Invalid option --waitt (typo in the workflow, fixed).",
	)
}

// Round 199: the Mac retold as unable to verify the publisher; a binary for macOS not seeming signed; an ad hoc signature breaking the keychain's ACL; an ACL pinned to the designated requirement.
func TestLookalikesOfRound199O(t *testing.T) {
	readEach(t, []readCase{
		{"Mac is unable to verify publisher and so will not let me run the llama file. What do I do now?", "text-gatekeeper-unverified"},
		{"The `ollama_llama_server` binary for macOS doesn't seem to be signed. This causes problems", "text-not-signed"},
		{"The daemon ships adhoc-codesigned (`Signature=adhoc`), which silently breaks macOS Keychain partition-list ACLs whenever the daemon binary is replaced by an auto-update.", "text-keychain-prompt-signature-changed"},
		{"- Secure-store keys are stored in the macOS keychain. A keychain item's ACL is pinned to the **code-signing designated requirement (DR)** of the binary that created it.", "text-keychain-prompt-signature-changed"},
	})
	readLookalikesO(t,
		// verify publisher
		"GPG on the Mac can't verify the publisher key of the Debian repository; apt-key is deprecated.",
		"Firefox on my Mac cannot verify the developer of this add-on, so it was disabled (not signed by Mozilla).",
		"VS Code Marketplace: on my Mac it can't verify the publisher, the extension shows an unverified publisher badge.",
		"Acrobat on Mac is unable to verify the publisher of the PDF signature; the signer's certificate is not in the trust list.",
		"Docs: if macOS cannot verify the developer, right-click the app and choose Open (expected for beta builds).",
		"Changelog 2.1: the macOS build is notarized now; \"Mac cannot verify the developer\" no longer shows.",
		"Windows: SmartScreen says Windows can't verify the publisher; the Mac can't verify the developer of the same zip? No, the Mac build is notarized.",
		// doesn't seem signed
		"The macOS binary does not appear to be signed with GPG: there is no .asc file next to it on the release page.",
		"The checksums file for the macOS binary doesn't seem to be signed; cosign verify-blob finds no bundle.",
		"The Windows binary for macOS users running Parallels doesn't seem to be signed with Authenticode either.",
		"Changelog: \"the macOS binary doesn't seem to be signed\" (#412) is fixed; 1.4 is signed and notarized.",
		"Docs: if the binary for macOS doesn't seem to be signed, you downloaded the nightly; use a release.",
		"Question: the Linux binaries are signed with minisign, but the macOS binary does not appear to be signed with minisign at all?",
		"Docker Desktop for Mac: the macOS binary doesn't seem to be signed? No, codesign -dv shows Developer ID Application and it's notarized.",
		// ad hoc breaks keychain acl
		"Docs: an ad hoc signature breaks the keychain ACL on every rebuild, so sign with a stable Developer ID.",
		"Changelog 0.9: we no longer ship ad-hoc builds, which broke keychain ACLs on every update.",
		"// ad-hoc signing resets the keychain access control list on each build; sign with the team identity in CI.",
		"1Password: an ad hoc team vault breaks the keychain ACL import from Keeper? No, the access list is imported as is.",
		// acl pinned to dr
		"Question: is a keychain item's ACL bound to the designated requirement or to the cdhash?",
		"Docs: the keychain ACL is tied to the app's designated requirement, so updates signed by the same team keep access.",
		"Linux: the GNOME keyring has no ACL; on macOS the keychain access list is bound to the designated requirement, so nothing to do here.",
	)
}

// Round 200: a shipped binary retold as flagged as malware with a Mac named elsewhere; the damaged alert beside "mac m1" or *-darwin.
func TestLookalikesOfRound200O(t *testing.T) {
	readEach(t, []readCase{
		{"Language Server is flagged as malware\n\n### Operating System\n\nmacOS Ventura 13.3.1", "text-gatekeeper-will-damage"},
		{"`pkgs.jetbrains.idea-community` on `aarch64-darwin` gives an error of damaged and can't be opened", "text-gatekeeper-damaged"},
		{"IntelliJ on my mac m1 gives an error of damaged and can't be opened", "text-gatekeeper-damaged"},
	})
	readLookalikesO(t,
		// flagged as malware
		"npm: the package's CLI is flagged as malware by Socket; I'm on macOS.",
		"The extension was marked as malware by the VS Code Marketplace and removed; macOS users must uninstall it by hand.",
		"The binary was flagged as malware by Jamf Protect on my MacBook; IT whitelisted the hash.",
		"The CLI was flagged as malware by Microsoft Defender for Endpoint on our Macs.",
		"Slack: our bot's CLI was flagged as malware by the security team's scanner; it runs on Mac mini build hosts.",
		"Jira: the plugin is flagged as malware by the Atlassian Marketplace scan; the server runs on a Mac.",
		"Docs: if the language server is flagged as malware on macOS, it is a false positive of your antivirus; add an exclusion.",
		"Changelog 0.8: the CLI was flagged as malware by a few scanners; 0.8.1 fixes it on macOS and Linux.",
		"Docker: the server image is flagged as malware by Trivy on my Mac (a test EICAR file in the layer).",
		"Firewall: the binary was flagged as malware by the Palo Alto gateway when downloaded on the Mac.",
		"Question: the plug-in was flagged as malware by Google Safe Browsing when I download it on a Mac, is it safe?",
		"Kubernetes: the server image was flagged as malware by the cluster's admission scanner; kubectl runs on my Mac.",
		"Steam: the game's launcher executable was flagged as malware by the anti-cheat on my Mac; support says it's a false positive.",
		"Password manager: the Bitwarden CLI is flagged as malware by Norton 360 for Mac.",
		// damaged mac m1 / darwin
		"nix: the tarball for aarch64-darwin is damaged and can't be opened: hash mismatch in fixed-output derivation.",
		"On x86_64-darwin the zip is damaged and can't be opened (unzip: End-of-central-directory signature not found); re-download it.",
		"Stardew Valley on my mac m1 says the save file is damaged and can't be opened; restore it from the backup folder.",
		"The Excel file I made on my mac m1 is damaged and can't be opened on Windows.",
		"The 1Password export from my mac m1 is damaged and can't be opened in Bitwarden.",
		"Docs: on a mac m1, if the download is damaged and can't be opened, check the SHA-256 against the release page.",
		"The Android APK built on my mac m1 is damaged and can't be opened on the phone.",
		"GPG on aarch64-darwin: the signature file is damaged and can't be opened (gpg: no valid OpenPGP data found).",
	)
}

// TestLookalikesOfReviewOMeasured: every look-alike read before this
// review's narrowing now gets no error or warning, except those
// reviewOStillRead lists with why.
func TestLookalikesOfReviewOMeasured(t *testing.T) {
	if len(reviewOKnown) != 0 {
		t.Skip("measured only; narrowing not done yet")
	}
	quietAfterNarrowing(t, reviewOKnownMeasured, reviewOStillRead)
}

// After the narrowing: the real messages beside another system's name or
// a verdict given by macOS still read, and more look-alikes (KeePassXC,
// Trivy, LastPass, minisign, a Nix hash, a game's anti-cheat).
func TestLookalikesOfReviewOAfter(t *testing.T) {
	readEach(t, []readCase{
		{"The language server binary is flagged as malware by macOS after the update; Windows is fine.", "text-gatekeeper-will-damage"},
		{"On Windows SmartScreen warns; on the Mac it fails: Mac cannot verify the developer, so the app won't open.", "text-gatekeeper-unverified"},
		{"IntelliJ on my mac m1 gives an error of damaged and can't be opened; the Windows build works.", "text-gatekeeper-damaged"},
		{"GitHub secret APPLE_API_KEY holds the PEM; notarytool submit fails with Invalid option on the Mac runner.", "text-notary-auth"},
	})
	readLookalikesO(t,
		"KeePassXC: the database from my mac m1 is damaged and can't be opened (HMAC mismatch).",
		"The x86_64-darwin tarball is damaged and can't be opened; the sha256 in the flake is stale.",
		"LastPass: the CLI is flagged as malware by LastPass's own scanner on my Mac? No, it was a phishing clone.",
		"The release is signed with minisign; the macOS binary doesn't seem to be signed with minisign, only the Linux one.",
		"The game's server executable was flagged as malware by EasyAntiCheat on my MacBook Pro.",
		"Trivy: the CLI was marked as malware by the image scan; the pipeline runs on Mac runners.",
	)
}

// Round 198, merged after this review began: macOS or XProtect detecting
// malware, retold; a system extension from a developer blocked. Probed by
// the lead: the same words in docs, a code comment, a changelog.
func TestLookalikesOfRound198O(t *testing.T) {
	readEach(t, []readCase{
		{"On launch, macOS detects malware signature and prevents execution then moves the executable to the trash.", "text-gatekeeper-will-damage"},
		{"A system extension from \"Acme Inc\" was blocked. Open System Settings to allow it.", "text-kext-not-approved"},
	})
	readLookalikesO(t,
		"docs: macOS detects malware signatures with XProtect and moves apps to the Trash; this is normal.",
		"// macOS detects malware and moves the executable to the trash; handled in cleanup()",
		"Changelog 3.1: the system extension from \"Acme\" is blocked no longer on macOS 15.",
	)
}
