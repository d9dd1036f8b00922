package text

import (
	"strings"
	"testing"
)

// linuxSignForm is one way a message of the tools that sign and notarize
// Apple code without a Mac, or outside Xcode, reaches a paste: rcodesign
// (apple-codesign), quill, gon, GoReleaser's "sign & notarize macOS
// binaries" step (which runs quill as a library) and cargo-dist's macOS
// signing, the line alone, with the tool's prefix (rcodesign's "Error: ",
// quill's "[0000]  WARN ", gon's "❗️ " and four-space indent, GoReleaser's
// "  • " and "  ⨯ release failed after", miette's "  × "/"help:"), or in a
// CI log around the Apple output the tool wraps. want is the entry the first
// finding must be; "" means the message is not a failure (progress,
// success, a step skipped by design), so nothing above a note may be found.
type linuxSignForm struct {
	msg, form, text, want string
}

// The messages are copied from the tools' source code (paths at the
// snapshot read; line numbers are the message's):
//
// rcodesign (https://github.com/indygreg/apple-platform-rs, 607b3c1d):
// apple-codesign/src/error.rs (181, 225, 280, 286, 289, 292, 295, 298, 301,
// 304, 340, 346, 349, 352, 40), signing_settings.rs (1397-1417),
// notarization.rs (275-446), stapling.rs (215-322), bundle_signing.rs (470,
// 724), macho_signing.rs (611), cli/mod.rs (1535, 1806),
// cli/certificate_source.rs (93, 278); main.rs (29) prints the error as
// "Error: {err}", and cli/mod.rs (2502-2511) logs bare lines; a failed
// submission is app-store-connect/src/notary_api.rs (79-90, 139):
// "notarization invalid".
//
// quill (https://github.com/anchore/quill, e7c8db3a): quill/notarize.go
// (102), quill/sign.go (218), quill/notary/status.go (37, 61),
// quill/notary/token.go (57), quill/notary/api_client.go (208),
// quill/pki/signing_material.go (60, 64), quill/pki/load/p12.go (14, 34),
// quill/pki/load/bytes.go (28), quill/pki/certchain/verify.go (41, 44, 76),
// quill/pki/certchain/find.go (51, 58), quill/pki/apple/keychain_searcher.go
// (43), cmd/quill/cli/commands/sign.go (55), sign_and_notarize.go (55-65),
// p12_attach_chain.go (69, 91), test.go (59-67, 137); the log prefix is
// clio's "[0000]  INFO" (test/trait/assertions.go 85). The p12 library's
// wrong-password error is go-pkcs12's "pkcs12: decryption password
// incorrect"; the chain error's tail is Go's crypto/x509 UnknownAuthorityError.
//
// gon (https://github.com/mitchellh/gon, 2d4f161c): cmd/gon/main.go (151-167,
// 182-241, 250-307), cmd/gon/item.go (84-125), cmd/gon/status_human.go (29,
// 36), notarize/notarize.go (124, 180), notarize/upload.go (81),
// sign/sign.go (104), staple/staple.go (74). What gon wraps is Apple's
// codesign, notarytool and stapler output as table_notary_test.go has it.
//
// GoReleaser (https://github.com/goreleaser/goreleaser, cd616d2c):
// internal/pipe/notary/macos.go (29, 71, 100, 111-153),
// internal/middleware/errhandler/error.go (21), cmd/root.go (202).
//
// cargo-dist (https://github.com/axodotdev/cargo-dist, 7bbefa3d):
// cargo-dist/src/errors.rs (583-585), cargo-dist/src/sign/macos.rs (190);
// its signing is Apple's security and codesign, whose output it passes on.
//
// Left out: messages about Mach-O, plist, DER or zip parsing and internal
// errors ("please report this issue") that say nothing about signing's
// cause; wordings whose tail is another library's text no source showed
// (rcodesign's "notarization ticket lookup failure: {0}: {1}", "failed to
// find certificate satisfying requirements: {0}", "error parsing PFX data:
// {0}"); rcodesign's remote signing, smartcard PIN and YubiKey messages;
// quill's extract/describe output; cargo-dist's ssl.com (Windows) signing.
// Paths, names, team IDs and submission IDs are neutral placeholders.
//
// Measured with `go test ./analyzer/internal/text -run 'TestLinuxSign' -v`:
// 31 of 91 forms read right at first (the 4 near misses among them; since
// then a row quill never prints, "need password to decode file", left and
// GoReleaser's error line alone came in), 86 of 91 after the fixes in
// catalogue*.go and context_keychain.go; the 5 left are listed below.
const (
	lsID  = "00000000-0000-0000-0000-000000000000"
	lsBin = "dist/acme_darwin_arm64_v8.0/acme"

	// rcodesign
	rcPfxPassword       = `incorrect password given when decrypting PFX data`
	rcNoSigningCert     = `no signing certificate`
	rcXarNoCert         = `signing XAR archives requires a signing certificate`
	rcAPIKeyNotFound    = `Could not find App Store Connect API key in default search locations`
	rcNoAuth            = `no authentication credentials to perform notarization request`
	rcWaitLimit         = `reached time limit waiting for notarization to complete`
	rcNotaryServer      = `error interacting with Notary API`
	rcRejected          = `notarization rejected: StatusCode=2; StatusMessage=Package Invalid`
	rcInvalid           = `notarization invalid`
	rcNotarizeUnknown   = `do not know how to notarize /home/dev/acme/target/release/acme`
	rcStapleUnknown     = `do not know how to staple /home/dev/acme/target/release/acme`
	rcStapleMachO       = `cannot staple Mach-O binaries`
	rcDmgNotarizeNoSig  = `cannot notarize DMG without an embedded signature`
	rcDmgStapleNoSig    = `cannot staple DMG without an embedded signature`
	rcSmartcardNoCert   = `failed to find certificate in smartcard slot 9c`
	rcNoSignatureData   = `binary does not have code signature data`
	rcNotNotarizable    = `signing settings are not compatible with notarization`
	rcNotAppleIssued    = "--for-notarization requires use of an Apple-issued signing certificate; current certificate is not signed by Apple\nhint: use a signing certificate issued by Apple that is signed by an Apple certificate authority"
	rcNotDeveloperID    = "--for-notarization requires use of a Developer ID signing certificate; current certificate doesn't appear to be such a certificate\nhint: use a `Developer ID Application`, `Developer ID Installer`, or `Developer ID Kernel` certificate"
	rcNoTimestamp       = `--for-notarization requires use of a time-stamp protocol server; none configured`
	rcNoCertForNotarize = `--for-notarization requires use of a Developer ID signing certificate; no signing certificate was provided`
	rcKeyWithoutCert    = `a PRIVATE KEY requires a corresponding CERTIFICATE to pair with it`
	rcKeychainIgnored   = `--keychain* arguments only supported on macOS and will be ignored on this platform`
	rcTeamNameNotApple  = `signing without an Apple signed certificate but signing settings contain a team name; signature varies from Apple's tooling`
	rcVerifyBuggy       = `(the verify command is known to be buggy and gives misleading results; we highly recommend using Apple's tooling until this message is removed)`
	rcSignProgress      = "signing bundle at Acme.app\nsigning main executable Contents/MacOS/Acme\nusing time-stamp protocol server http://timestamp.apple.com/ts01"
	rcNotarizeProgress  = "creating Notary API submission for Acme.zip (sha256: 0000000000000000000000000000000000000000000000000000000000000000)\ncreated submission ID: " + lsID + "\nresolving AWS S3 configuration from Apple-provided credentials\nS3 upload completed successfully\nwaiting up to 600s for package upload " + lsID + " to finish processing\npoll state after 24s: InProgress\npoll state after 51s: Accepted\nNotary API Server has finished processing the uploaded asset\nfetching notarization log for " + lsID
	rcStapleProgress    = "attempting to staple Acme.app\nactivating bundle stapling mode\nattempting to find notarization ticket for bundle at Acme.app\nfound notarization ticket; proceeding with stapling\nwriting notarization ticket to Acme.app/Contents/CodeResources"
	rcWaitLimitProgress = "poll state after 590s: InProgress\nreached wait limit after 600s"
	rcNotaryLogInvalid  = "notary log> {\nnotary log>   \"status\": \"Invalid\",\nnotary log>   \"statusSummary\": \"Archive contains critical validation errors\",\nnotary log>   \"statusCode\": 4000,\nnotary log>   \"issues\": [\nnotary log>     {\nnotary log>       \"severity\": \"error\",\nnotary log>       \"path\": \"Acme.zip/Acme.app/Contents/MacOS/Acme\",\nnotary log>       \"message\": \"The signature does not include a secure timestamp.\",\nnotary log>       \"docUrl\": \"https://developer.apple.com/documentation/security/notarizing_macos_software_before_distribution/resolving_common_notarization_issues#3087733\"\nnotary log>     }\nnotary log>   ]\nnotary log> }"

	// quill
	qlNotSigned         = `binary is not signed thus will not pass notarization`
	qlAdhocOnly         = `only ad-hoc signing, which means that anyone can alter the binary contents without you knowing (there is no cryptographic signature)`
	qlAdhocP12Ignored   = `ad-hoc signing is enabled, but a p12 file was also provided. The p12 file will be ignored.`
	qlP12Password       = `unable to decode p12 file: pkcs12: decryption password incorrect`
	qlNoPrivateKey      = `no private key found in the p12`
	qlNoSigningCert     = `no signing certificate found in the p12`
	qlChainNotPresent   = `verification failed: full certificate chain not present (2 certificates found)`
	qlChainUnknown      = `failed to verify certificate chain: x509: certificate signed by unknown authority`
	qlOneCertOnly       = `only found one certificate, no way to verify it (you need to provide a full certificate chain). Skipping verification...`
	qlChainCertNotFound = `unable to get certificate chain cert CN="Developer ID Certification Authority" (from keychain or embedded quill store): no certificates found for CN="Developer ID Certification Authority"`
	qlChainAlready      = `p12 file already has the certificate chain embedded (chain length 2 + 1 signing certificate)`
	qlChainWritten      = `Wrote new p12 file with certificate chain to "acme-with-chain.p12"`
	qlJWTKey            = `notarization failed: unable to parse EC private key for JWT: asn1: structure error: tags don't match`
	qlKeyEnvEmpty       = `no key found in environment variable "QUILL_NOTARY_KEY"`
	qlTimeout           = `timeout waiting for notarize submission response`
	qlInvalid           = "notarization failed: submission result is Invalid:\n{\"logFormatVersion\":1,\"jobId\":\"" + lsID + "\",\"status\":\"Invalid\",\"statusSummary\":\"Archive contains critical validation errors\",\"statusCode\":4000,\"archiveFilename\":\"acme.zip\",\"issues\":[{\"severity\":\"error\",\"path\":\"acme.zip/acme\",\"message\":\"The binary is not signed with a valid Developer ID certificate.\",\"architecture\":\"arm64\"}]}"
	qlKeychainSkipped   = `searching the keychain is only supported on macOS. Skipping...`
	qlDryRun            = `[DRY RUN] skipping notarization...`
	qlTestNoCreds       = `notarization credentials required: provide --notary-issuer, --notary-key-id, and --notary-key`
	qlTestAdhoc         = `ad-hoc signing cannot be used for notarization; provide a valid p12 certificate via --p12`
	qlTestNoCert        = `signing certificate required: provide a valid p12 certificate via --p12`
	qlTestAuth          = `authentication failed (check --notary-issuer, --notary-key-id, and --notary-key): http status="401 Unauthorized": body="Unauthenticated"`

	// gon
	gnNoUsername  = "❗️ No apple_id username provided\nAn Apple ID username must be specified in the `apple_id` block or\nit must exist in the environment as AC_USERNAME,\notherwise we won't be able to authenticate with Apple to notarize."
	gnNoPassword  = "❗️ No apple_id password provided\nAn Apple ID password (or lookup directive) must be specified in the\n`apple_id` block or it must exist in the environment as AC_PASSWORD,\notherwise we won't be able to authenticate with Apple to notarize."
	gnSignNoIdent = "==> ✏️  Signing files...\n❗️ Error signing files:\n\nerror signing:\n\nDeveloper ID Application: Acme Inc (ABCDE12345): no identity found"
	gnInvalid     = "==> 🍎  Notarizing...\n    Path: ./acme.zip\n    Submitting file for notarization...\n    Submitted. Request UUID: " + lsID + "\n    Error notarizing\n\n❗️ Error notarizing:\n\n1 error occurred:\n\t* package is invalid.\n"
	gnUpload401   = "❗️ Error notarizing:\n\n1 error occurred:\n\t* error submitting for notarization:\n\n" + nt401 + "\n"
	gnStapleFail  = "    File notarized!\n    Stapling...\n    Notarization succeeded but stapling failed\n\n❗️ Error notarizing:\n\n1 error occurred:\n\t* error stapling:\n\n" + stStapleCloudKit + "\n"
	gnSuccess     = "==> ✏️  Signing files...\n    Code signing successful\n==> 📦  Creating Zip archive...\n    Zip archive created with signed files\n==> 🍎  Notarizing...\n    Path: ./acme.zip\n    Submitting file for notarization...\n    Submitted. Request UUID: " + lsID + "\n    File notarized!\n    Stapling...\n    File notarized and stapled!\n\nNotarization complete! Notarized files:\n  - ./acme.zip"
	gnNoItems     = "⚠️  No items to notarize\nYou must specify a 'notarize' section or a 'source' section plus a 'zip' or 'dmg' section in your configuration to enable packaging and notarization. Without these sections, gon\nwill only sign your input files in 'source'."
	gnRetry       = `[WARN]  gon.notarize: error that network became unavailable, will retry`

	// GoReleaser
	grProgress    = "  • sign & notarize macOS binaries\n    • signing                                        binary=" + lsBin + "\n    • notarizing and waiting - this might take a while binary=" + lsBin + "\n    • notarized                                      binary=" + lsBin
	grNoNotary    = "  • sign & notarize macOS binaries\n    • signing                                        binary=" + lsBin + "\n    • will not try to notarize                       binary=" + lsBin
	grTimeout     = "  • sign & notarize macOS binaries\n    • signing                                        binary=" + lsBin + "\n    • notarizing and waiting - this might take a while binary=" + lsBin + "\n    • notarize timeout                               binary=" + lsBin
	grSkipped     = "  • sign & notarize macOS binaries\n    • pipe skipped or partially skipped              reason=no darwin binaries found with ids: acme"
	grDisabled    = "  • sign & notarize macOS binaries\n    • pipe skipped or partially skipped              reason=disabled"
	grInvalid     = "  • sign & notarize macOS binaries\n    • signing                                        binary=" + lsBin + "\n    • notarizing and waiting - this might take a while binary=" + lsBin + "\n  ⨯ release failed after 3m12s                       error=" + lsBin + ": invalid"
	grRejected    = "  • sign & notarize macOS binaries\n    • signing                                        binary=" + lsBin + "\n    • notarizing and waiting - this might take a while binary=" + lsBin + "\n  ⨯ release failed after 3m12s                       error=" + lsBin + ": rejected"
	grInvalidLine = "  ⨯ release failed after 3m12s                       error=" + lsBin + ": invalid"
	grP12         = "  • sign & notarize macOS binaries\n  ⨯ release failed after 12s                         error=" + qlP12Password
	grNotSigned   = "  ⨯ release failed after 12s                         error=" + lsBin + ": " + qlNotSigned

	// cargo-dist
	cdCertDecode = "  × We failed to decode the certificate stored in the CODESIGN_CERTIFICATE environment variable.\n  help: Is the value of this environment variable valid base64?"
	cdIdentMiss  = `CODESIGN_IDENTITY is missing`
)

func rcError(msg string) string { return "Error: " + msg }

func quillLog(level, msg string) string { return "[0000] " + level + " " + msg }

func lsCI(cmd, out string) string { return ghaLogLines("$ " + cmd + "\n" + out) }

var linuxSignForms = []linuxSignForm{
	// rcodesign's failures.
	{"pfx password", "line", rcPfxPassword, "text-p12-import-failed"},
	{"pfx password", "error", rcError(rcPfxPassword), "text-p12-import-failed"},
	{"pfx password", "ci", lsCI("rcodesign sign --p12-file cert.p12 --p12-password-file pw.txt Acme.app", rcError(rcPfxPassword)), "text-p12-import-failed"},
	{"no signing certificate", "error", rcError(rcNoSigningCert), "text-no-signing-certificate"},
	{"no signing certificate", "ci", lsCI("rcodesign sign Acme.app", "signing bundle at Acme.app\n"+rcError(rcNoSigningCert)), "text-no-signing-certificate"},
	{"xar needs certificate", "error", rcError(rcXarNoCert), "text-no-signing-certificate"},
	{"api key not found", "line", rcAPIKeyNotFound, "text-notary-auth"},
	{"api key not found", "error", rcError(rcAPIKeyNotFound), "text-notary-auth"},
	{"no notary credentials", "error", rcError(rcNoAuth), "text-notary-auth"},
	{"no notary credentials", "ci", lsCI("rcodesign notary-submit --wait Acme.zip", rcError(rcNoAuth)), "text-notary-auth"},
	{"wait limit", "error", rcWaitLimitProgress + "\n" + rcError(rcWaitLimit), "text-notary-in-progress"},
	{"notary server error", "error", rcError(rcNotaryServer), "text-notary-unreachable"},
	{"rejected", "error", rcError(rcRejected), "text-notary-invalid"},
	{"invalid", "error", rcError(rcInvalid), "text-notary-invalid"},
	{"invalid", "with log", rcNotaryLogInvalid + "\n" + rcError(rcInvalid), "text-no-secure-timestamp"},
	{"notarize unknown path", "error", rcError(rcNotarizeUnknown), "text-notary-upload-not-archive"},
	{"staple unknown path", "error", rcStapleMachO + "\n" + rcError(rcStapleUnknown), "text-stapler-failed"},
	{"dmg notarize no signature", "error", rcError(rcDmgNotarizeNoSig), "text-not-signed"},
	{"dmg staple no signature", "error", rcError(rcDmgStapleNoSig), "text-not-signed"},
	{"smartcard no certificate", "error", rcError(rcSmartcardNoCert), "text-identity-not-found"},
	{"no signature data", "error", rcError(rcNoSignatureData), "text-not-signed"},
	{"not apple issued", "error", rcNotAppleIssued + "\n" + rcError(rcNotNotarizable), "text-not-developer-id"},
	{"not developer id", "error", rcNotDeveloperID + "\n" + rcError(rcNotNotarizable), "text-not-developer-id"},
	{"not developer id", "ci", lsCI("rcodesign sign --for-notarization --p12-file cert.p12 Acme.app", rcNotDeveloperID+"\n"+rcError(rcNotNotarizable)), "text-not-developer-id"},
	{"no timestamp server", "error", rcNoTimestamp + "\n" + rcError(rcNotNotarizable), "text-no-secure-timestamp"},
	{"no certificate for notarization", "error", rcNoCertForNotarize + "\n" + rcError(rcNotNotarizable), "text-not-developer-id"},
	{"settings not notarizable", "line", rcError(rcNotNotarizable), "text-not-developer-id"},
	{"key without certificate", "line", rcKeyWithoutCert, "text-no-signing-certificate"},

	// rcodesign's notices and progress.
	{"keychain ignored", "line", rcKeychainIgnored, ""},
	{"team name without apple cert", "line", rcTeamNameNotApple, ""},
	{"verify is buggy", "line", rcVerifyBuggy, ""},
	{"sign progress", "log", rcSignProgress, ""},
	{"notarize progress", "log", rcNotarizeProgress, ""},
	{"notarize progress", "ci", lsCI("rcodesign notary-submit --api-key-file key.json --staple Acme.app", rcNotarizeProgress+"\n"+rcStapleProgress), ""},
	{"staple progress", "log", rcStapleProgress, ""},

	// quill's failures.
	{"not signed", "line", qlNotSigned, "text-not-signed"},
	{"not signed", "wrapped", "notarization failed: " + qlNotSigned, "text-not-signed"},
	{"adhoc only", "log", quillLog(" WARN", qlAdhocOnly), "text-codesign-adhoc"},
	{"adhoc only", "ci", lsCI("quill sign-and-notarize ./dist/acme", quillLog(" WARN", qlAdhocOnly)), "text-codesign-adhoc"},
	{"p12 password", "line", qlP12Password, "text-p12-import-failed"},
	{"p12 password", "wrapped", "signing failed: " + qlP12Password, "text-p12-import-failed"},
	{"no private key", "line", qlNoPrivateKey, "text-no-signing-certificate"},
	{"no signing certificate", "line", qlNoSigningCert, "text-no-signing-certificate"},
	{"chain not present", "line", qlChainNotPresent, "text-chain-to-root"},
	{"chain unknown authority", "line", qlChainUnknown, "text-chain-to-root"},
	{"chain unknown authority", "wrapped", "signing failed: " + qlChainUnknown, "text-chain-to-root"},
	{"one certificate", "log", quillLog(" WARN", qlOneCertOnly), "text-chain-to-root"},
	{"chain cert not found", "line", qlChainCertNotFound, "text-chain-to-root"},
	{"jwt key", "line", qlJWTKey, "text-notary-auth"},
	{"key env empty", "line", qlKeyEnvEmpty, "text-notary-auth"},
	{"timeout", "line", qlTimeout, "text-notary-in-progress"},
	{"invalid", "line", qlInvalid, "text-not-developer-id"},
	{"test no credentials", "line", qlTestNoCreds, "text-notary-auth"},
	{"test adhoc", "line", qlTestAdhoc, "text-not-developer-id"},
	{"test no certificate", "line", qlTestNoCert, "text-no-signing-certificate"},
	{"test auth", "line", qlTestAuth, "text-notary-auth"},

	// quill's notices and progress.
	{"adhoc p12 ignored", "log", quillLog(" WARN", qlAdhocP12Ignored), ""},
	{"chain already attached", "line", qlChainAlready, ""},
	{"chain written", "line", qlChainWritten, ""},
	{"keychain skipped", "log", quillLog(" WARN", qlKeychainSkipped), ""},
	{"dry run", "log", quillLog(" WARN", qlDryRun), ""},

	// gon's failures, around Apple's output.
	{"no username", "tool", gnNoUsername, "text-notary-auth"},
	{"no password", "tool", gnNoPassword, "text-notary-auth"},
	{"no password", "ci", lsCI("gon ./gon.hcl", gnNoPassword), "text-notary-auth"},
	{"sign no identity", "tool", gnSignNoIdent, "text-identity-not-found"},
	{"package invalid", "tool", gnInvalid, "text-notary-invalid"},
	{"package invalid", "ci", lsCI("gon -log-level=info ./gon.hcl", gnInvalid), "text-notary-invalid"},
	{"upload 401", "tool", gnUpload401, "text-notary-auth"},
	{"staple failed", "tool", gnStapleFail, "text-stapler-failed"},
	{"staple failed", "ci", lsCI("gon ./gon.hcl", gnStapleFail), "text-stapler-failed"},

	// gon's notices and progress.
	{"success", "tool", gnSuccess, ""},
	{"no items", "tool", gnNoItems, ""},
	{"network retry", "log", gnRetry, ""},

	// GoReleaser's step.
	{"progress", "log", grProgress, ""},
	{"no notarize config", "log", grNoNotary, ""},
	{"skipped", "log", grSkipped, ""},
	{"disabled", "log", grDisabled, ""},
	{"timeout", "log", grTimeout, "text-notary-in-progress"},
	{"invalid", "log", grInvalid, "text-notary-invalid"},
	{"invalid", "ci", lsCI("goreleaser release --clean", grInvalid), "text-notary-invalid"},
	{"rejected", "log", grRejected, "text-notary-invalid"},
	{"invalid", "error line", grInvalidLine, "text-notary-invalid"},
	{"p12 password", "log", grP12, "text-p12-import-failed"},
	{"not signed", "log", grNotSigned, "text-not-signed"},

	// cargo-dist.
	{"certificate decode", "tool", cdCertDecode, "text-p12-import-failed"},
	{"certificate decode", "ci", lsCI("dist build --artifacts=local --target=aarch64-apple-darwin", cdCertDecode), "text-p12-import-failed"},
	{"identity missing", "log", "WARN " + cdIdentMiss, ""},

	// Look-alikes in the same words about other systems.
	{"near miss", "gpg pkcs12", "gpgsm: error parsing or decrypting the PKCS#12 file: pkcs12: decryption password incorrect", ""},
	{"near miss", "tls unknown authority", `Get "https://proxy.golang.org/github.com/acme/acme/@v/list": x509: certificate signed by unknown authority`, ""},
	{"near miss", "goreleaser windows", "  • signing artifacts\n    • signing                                        cmd=signtool artifact=dist/acme_windows_amd64_v1/acme.exe", ""},
	{"near miss", "signtool", "SignTool Error: No certificates were found that met all the given criteria.", ""},
}

// knownMissLinuxSign lists the forms read wrong (msg + " (" + form + ")"):
// at the first measure, the tools' own wordings no entry knew.
var knownMissLinuxSign = map[string]bool{
	// rcodesign's NotarizeServerError: alone it names no cause (the HTTP
	// error printed above it does, and is read: catalogue_notary_test.go).
	"notary server error (error)": true,
	// rcodesign given a bare executable or an unknown file to notarize:
	// no entry says the notary takes a .zip, .dmg or .pkg of a bare
	// executable (text-notary-upload-not-archive is the folder case).
	"notarize unknown path (error)": true,
	// GoReleaser's error line without its step's title above names
	// neither notarization nor Apple: "<path>: invalid".
	"invalid (error line)": true,
}

// linuxSignReportOrder lists the forms the text reader lists in the order
// of the paste (the tool's "invalid" before the notary log's issue), which
// the analyzer's findings order turns: the report leads with the issue
// (TestLinuxSignTableReportOrder).
var linuxSignReportOrder = map[string]bool{
	"invalid (with log)": true,
	"invalid (line)":     true,
}

func linuxSignRows() []tableRow {
	rows := make([]tableRow, 0, len(linuxSignForms))
	for _, f := range linuxSignForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestLinuxSignTable(t *testing.T) {
	known := map[string]bool{}
	for _, m := range []map[string]bool{knownMissLinuxSign, linuxSignReportOrder} {
		for k := range m {
			known[k] = true
		}
	}
	checkTable(t, linuxSignRows(), known)
}

// LinuxSignFormsInReportOrder returns the key, want and text of the forms
// in linuxSignReportOrder, which the report must lead with their want
// (package text_test checks it).
func LinuxSignFormsInReportOrder() [][3]string {
	return knownRows(linuxSignRows(), linuxSignReportOrder)
}

// Every row's key is unique, so known misses name one row.
func TestLinuxSignTableKeys(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range linuxSignRows() {
		if seen[r.key] {
			t.Errorf("duplicate key %q", r.key)
		}
		seen[r.key] = true
		if strings.TrimSpace(r.text) == "" {
			t.Errorf("%s: empty text", r.key)
		}
	}
}

// The signers that read the certificate themselves lead with their own
// cause, not a keychain's or Xcode's; the same entries elsewhere keep theirs.
func TestLinuxSignLeads(t *testing.T) {
	for _, c := range []struct{ text, id, lead string }{
		{rcError(rcNoSigningCert), "text-no-signing-certificate", causeLinuxSignerNoCert},
		{qlNoPrivateKey, "text-no-signing-certificate", causeLinuxSignerNoCert},
		{rcError(rcPfxPassword), "text-p12-import-failed", causeLinuxSignerP12},
		{grP12, "text-p12-import-failed", causeLinuxSignerP12},
		{cdCertDecode, "text-p12-import-failed", causeLinuxSignerP12},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil || len(m.Causes) == 0 || m.Causes[0] != c.lead {
			t.Errorf("%q: not read as %s led by the signer's cause", c.text, c.id)
		}
	}
	for _, near := range []string{
		"No signing certificate \"iOS Distribution\" found: No \"iOS Distribution\" signing certificate matching team ID \"ABCDE12345\" with a private key was found.",
		"security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)",
	} {
		r := Analyze([]byte(near))
		if len(r.Matches) == 0 {
			t.Errorf("%q: not read", near)
		}
		for _, m := range r.Matches {
			if len(m.Causes) > 0 && (m.Causes[0] == causeLinuxSignerNoCert || m.Causes[0] == causeLinuxSignerP12) {
				t.Errorf("%q: led with a signer's cause", near)
			}
		}
	}
}
