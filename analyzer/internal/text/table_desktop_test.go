package text

import "testing"

// desktopForm is one way a message of a desktop web-app packager's macOS
// signing and notarization steps reaches a paste: electron-builder's
// signing, identity and notarization notices, @electron/osx-sign's and
// @electron/notarize's errors (alone, under electron-builder's "  ⨯ " line
// with its failedTask/stackTrace fields, or under Electron Forge's
// "An unhandled rejection has occurred inside Forge:"), their DEBUG lines,
// and Tauri's bundler (tauri-bundler and tauri-macos-sign, under the Tauri
// CLI's "    Error failed to bundle project:" chain). want is the entry the
// first finding must be; "" means the message is not a failure (progress,
// success, a step skipped by design), so nothing above a note may be found.
type desktopForm struct {
	msg, form, text, want string
}

// The messages are copied from the tools' source code (paths below are at
// the snapshot read; line numbers are the message's):
//
// electron-builder (https://github.com/electron-userland/electron-builder, 8e95ad0e):
//   - packages/app-builder-lib/src/codeSign/mac/macCodeSign.ts (33, 50-52, 64-76, 92-96)
//   - packages/app-builder-lib/src/targets/mac/MacTargetHelper.ts (21, 50-53, 191, 321-337, 358-367)
//   - packages/app-builder-lib/src/targets/mac/pkg.ts (94)
//   - packages/app-builder-lib/src/macPackager.ts (474-484)
//   - packages/app-builder-lib/src/codeSign/codesign.ts (29, 31)
//   - packages/app-builder-lib/src/platformPackager.ts (236, 574)
//   - the line forms: packages/builder-util/src/log.ts (86-122, "  • " and
//     "  ⨯ ", fields after two spaces) and packages/electron-builder/src/cli/cli-util.ts (35-37)
//
// @electron/osx-sign (https://github.com/electron/osx-sign, src/sign.ts 255,
// 406-444, 450; src/flat.ts 302; src/util-provisioning-profiles.ts 107, 161;
// DEBUG=electron-osx-sign* prints the debugLog/debugWarn lines).
//
// @electron/notarize (https://github.com/electron/notarize, 8109f339):
// src/validate-args.ts (45-88), src/notarytool.ts (119, 130, 136-138),
// src/staple.ts (16, 21), src/check-signature.ts (44-52).
//
// Electron Forge (https://github.com/electron/forge, 79a582a8) signs and
// notarizes through @electron/packager's osxSign/osxNotarize, which call the
// two libraries above: its packages/*/src print no signing message of their
// own, only its wrapper of a failure, packages/api/cli/src/util/terminate.ts (10-11).
//
// Tauri (https://github.com/tauri-apps/tauri, a8105ecc):
// crates/tauri-bundler/src/bundle/macos/sign.rs (30, 48, 71-73, 122, 125),
// crates/tauri-bundler/src/bundle/macos/app.rs (129-132),
// crates/tauri-macos-sign/src/lib.rs (111, 121, 133, 142), keychain.rs (99-115,
// 159, 191-193, 215), keychain/identity.rs (36, 45-48), provisioning_profile.rs (41);
// the line forms: crates/tauri-cli/src/lib.rs (180-193, 232-247).
//
// Apple's own lines the tools wrap (notarytool's, stapler's, codesign's,
// security's) are those of table_notary_test.go and table_keychain_test.go.
// Names, paths, hashes, team IDs and submission IDs are neutral placeholders.
//
// Left out: configuration errors no catalogue entry is about (electron-builder's
// "identity explicitly is set to null, but forceCodeSigning is set to true",
// "Please remove prefix … from the specified name", "macOS High Sierra
// 10.13.6 is required to sign", osx-sign's option checks and "Could not
// automatically determine ElectronTeamID from identity", @electron/notarize's
// "notarytool is not available, you must be on at least Xcode 13" and
// "Failed to zip application", Tauri's "failed to parse notarytool output as
// JSON" and "failed to remove extra attributes from app bundle"); Tauri's
// keychain steps whose security output gives no reason ("failed to create
// keychain", "failed to set keychain settings"); electron-builder's
// "cannot delete keychain" cleanup notice (its error field is a stack trace).
//
// At first (before any change) 63 of 88 forms read right, after the fixes
// 84 of 91; the misses left are
// in knownMissDesktopBefore and desktopReportOrder.
const (
	dtApp   = "/Users/dev/acme/dist/mac-arm64/Acme.app"
	dtIdent = "Developer ID Application: Acme Inc (ABCDE12345)"

	// electron-builder's reportError, auto-discovery on, nothing found
	// (security find-identity's output, less its policy lines).
	ebSkipNoIdentity = `  • skipped macOS application code signing  reason=cannot find valid "Developer ID Application" identity or custom non-Apple code signing certificate, it could cause some undefined behaviour, e.g. macOS localized description not visible, see https://electron.build/code-signing allIdentities=0 identities found
                                                Valid identities only
     0 valid identities found`
	ebSkipNamed = `  • skipped macOS application code signing  reason=Identity name is specified, but no valid identity with this name in the keychain identity=Acme Inc allIdentities=1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 identities found
                                                Valid identities only
  1) ` + kcHash + ` "Apple Development: Acme Dev (ABCDE12345)"
     1 valid identities found`
	// The same for a Mac App Store target, thrown, so the CLI's error line.
	ebSkipMAS = `  ⨯ skipped macOS application code signing  reason=cannot find valid "3rd Party Mac Developer Application, Apple Distribution" identity, see https://electron.build/code-signing allIdentities=0 identities found
                                                Valid identities only
     0 valid identities found  failedTask=build stackTrace=Error: skipped macOS application code signing  reason=cannot find valid "3rd Party Mac Developer Application, Apple Distribution" identity, see https://electron.build/code-signing`
	ebSkipNoAuto    = `  • skipped macOS application code signing  reason=, see https://electron.build/code-signing CSC_IDENTITY_AUTO_DISCOVERY=false`
	ebSkipNotMac    = `  • skipped macOS application code signing  reason=supported only on macOS`
	ebSkipNull      = `  • skipped macOS code signing  reason=identity explicitly is set to null`
	ebSkipPR        = "  • Current build is a part of pull request, code signing will be skipped.\nSet env CSC_FOR_PULL_REQUEST to true to force code signing.\nThere are serious security concerns with CSC_FOR_PULL_REQUEST=true (see the  CircleCI documentation (https://circleci.com/docs/1.0/fork-pr-builds/) for details)\nIf you have SSH keys, sensitive env vars or AWS credentials stored in your project settings and untrusted forks can make pull requests against your repo, then this option isn't for you."
	ebAdHoc         = `  • ad-hoc signing with hardenedRuntime enabled requires the com.apple.security.cs.disable-library-validation entitlement to prevent app launch failures due to library validation. See https://electron.build/code-signing for details.`
	ebSigning       = `  • signing         file=dist/mac-arm64/Acme.app platform=darwin type=distribution identityName=` + dtIdent + ` identityHash=` + kcHash + ` provisioningProfile=none`
	ebPackaging     = `  • packaging       platform=darwin arch=arm64 electron=30.0.0 appOutDir=dist/mac-arm64`
	ebEmptyPassword = `  • empty password will be used for code signing  reason=CSC_KEY_PASSWORD is not defined`
	ebAfterSign     = `  • skipping "afterSign" hook as no signing occurred, perhaps you intended "afterPack"?`
	ebPkgInstaller  = `Cannot find valid "Developer ID Installer" to sign standalone installer, please see https://electron.build/code-signing`
	ebMASInstaller  = `Cannot find valid "3rd Party Mac Developer Installer" identity to sign MAS installer, please see https://electron.build/code-signing`
	ebNoCSCFile     = `/Users/dev/acme/build/certs/acme.p12 doesn't exist`
	ebNotAFile      = `/Users/dev/acme not a file`
	ebNoAppleID     = `APPLE_ID env var needs to be set`
	ebNoPassword    = `APPLE_APP_SPECIFIC_PASSWORD env var needs to be set`
	ebNoTeamID      = `APPLE_TEAM_ID env var needs to be set`
	ebNoAPIKey      = `Env vars APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER need to be set`
	ebNotarizeOff   = "  • skipped macOS notarization  reason=`notarize` options were set explicitly `false`"
	ebNotarizeNone  = "  • skipped macOS notarization  reason=`notarize` options were unable to be generated"
	ebNotarized     = `  • notarization successful`

	// @electron/osx-sign.
	osNoIdentity = `No identity found for signing.`

	// @electron/notarize; notarytool's JSON as the submit prints it.
	enSubmitInvalid = `{"id":"` + nID + `","status":"Invalid","message":"Processing complete"}`
	enFailedInvalid = "Failed to notarize via notarytool\n\n" + enSubmitInvalid + "\n\nDiagnostics from notarytool log: " + ntLogInvalid
	enFailed401     = "Failed to notarize via notarytool\n\n" + nt401
	enUnexpected403 = "Failed to notarize via notarytool.  Failed with unexpected result: \n\n" + nt403Team
	enTimeout       = "Failed to notarize via notarytool\n\nError: HTTPClientError.connectTimeout"
	enStaple65      = "Failed to staple your application with code: 65\n\n" + stStapleCloudKit
	enCodesignNot   = "Failed to codesign your application with code: 1\n\n./Acme.app: code object is not signed at all\nIn architecture: arm64\n\n./Acme.app: code object is not signed at all"
	enCodesignSeal  = "Failed to codesign your application with code: 1\n\n" + csSealed
	enNoAuth        = `No authentication properties provided (e.g. appleId, appleApiKey, keychain)`
	enAtOnce        = `Cannot use password credentials, API key credentials and keychain credentials at once`
	enNoTeam        = `The teamId property is required when using notarization with password credentials`
	enNoKeyID       = `The appleApiKeyId property is required when using notarization with ASC credentials`
	enNoProfile     = `The keychainProfile property is required when using notarization with keychain credentials`

	// Tauri.
	taMismatch    = `certificate from APPLE_CERTIFICATE "` + dtIdent + `" environment variable does not match provided identity "Apple Distribution: Acme Inc (ABCDE12345)"`
	taNoTeam      = "The team ID is now required for notarization with app-specific password as authentication. Please set the `APPLE_TEAM_ID` environment variable. You can find the team ID in https://developer.apple.com/account#MembershipDetailsCard."
	taNoKeyFile   = `could not find API key file. Please set the APPLE_API_KEY_PATH environment variables to the path to the "AuthKey_ABCDE12345.p8" file`
	taSkipNotary  = `    Warn skipping app notarization, no APPLE_ID & APPLE_PASSWORD & APPLE_TEAM_ID or APPLE_API_KEY & APPLE_API_ISSUER & APPLE_API_KEY_PATH environment variables found`
	taFinished    = `Finished with status Invalid for id ` + nID + ` (Processing complete)`
	taSigning     = "    Signing with identity \"" + dtIdent + "\"\nSigning with identity \"" + dtIdent + "\"\nSigning /Users/dev/acme/src-tauri/target/release/bundle/macos/Acme.app/Contents/MacOS/acme\nSigning with identity \"" + dtIdent + "\"\nSigning /Users/dev/acme/src-tauri/target/release/bundle/macos/Acme.app"
	taNotarized   = "Notarizing /Users/dev/acme/src-tauri/target/release/bundle/macos/Acme.app\nNotarizing Finished with status Accepted for id " + nID + " (Processing complete)"
	taFoundCert   = `found cert "` + dtIdent + `" with organization "Acme Inc"`
	taNoIdentity  = `failed to resolve signing identity`
	taImport      = `failed to import keychain certificate`
	taSignFailed  = `failed to sign app`
	taProfile     = `failed to decode provisioning profile`
	taCLIError    = "    Error failed to bundle project:\n    - "
	taSkippedCert = `skipping cert, missing common name`
)

// ebError is electron-builder's CLI line for an error thrown by a library it
// runs (failedTask and the stack's first line after the message).
func ebError(msg string) string {
	return "  ⨯ " + msg + "  failedTask=build stackTrace=Error: " + msg
}

// ebConfigError is its line for its own configuration errors (no fields).
func ebConfigError(msg string) string { return "  ⨯ " + msg }

// forgeError is Electron Forge's wrapper of a failure of the packager.
func forgeError(msg string) string {
	return "\nAn unhandled rejection has occurred inside Forge:\nError: " + msg
}

var desktopForms = []desktopForm{
	// electron-builder: identities.
	{"no valid identity", "eb", ebSkipNoIdentity, "text-identity-not-found"},
	{"no valid identity", "ci", ghaLogLines(ebSkipNoIdentity), "text-identity-not-found"},
	{"no valid identity", "line", `skipped macOS application code signing  reason=cannot find valid "Developer ID Application" identity or custom non-Apple code signing certificate, it could cause some undefined behaviour, e.g. macOS localized description not visible, see https://electron.build/code-signing`, "text-identity-not-found"},
	{"identity name specified", "eb", ebSkipNamed, "text-identity-not-found"},
	{"identity name specified", "ci", ghaLogLines(ebSkipNamed), "text-identity-not-found"},
	{"no valid identity MAS", "eb", ebSkipMAS, "text-identity-not-found"},
	{"standalone installer", "eb", ebError(ebPkgInstaller), "text-identity-not-found"},
	{"standalone installer", "line", ebPkgInstaller, "text-identity-not-found"},
	{"MAS installer", "eb", ebConfigError(ebMASInstaller), "text-identity-not-found"},
	{"MAS installer", "line", ebMASInstaller, "text-identity-not-found"},
	{"CSC_LINK doesn't exist", "eb", ebConfigError(ebNoCSCFile), "text-signing-certificate-file-missing"},
	{"CSC_LINK doesn't exist", "mac build", ebPackaging + "\n" + ebConfigError(ebNoCSCFile), "text-signing-certificate-file-missing"},
	{"CSC_LINK not a file", "eb", ebConfigError(ebNotAFile), "text-signing-certificate-file-missing"},
	{"CSC_LINK not a file", "mac build", ebPackaging + "\n" + ebConfigError(ebNotAFile), "text-signing-certificate-file-missing"},
	// Skipped by design: no identity wanted, not a Mac, a pull request.
	{"auto-discovery off", "eb", ebSkipNoAuto, ""},
	{"not macOS", "eb", ebSkipNotMac, ""},
	{"not macOS", "ci", ghaLog(ebSkipNotMac), ""},
	{"identity null", "eb", ebSkipNull, ""},
	{"pull request", "eb", ebSkipPR, ""},
	{"ad-hoc hardened runtime", "eb", ebAdHoc, ""},
	{"signing", "eb", ebSigning, ""},
	{"signing", "ci", ghaLog(ebSigning), ""},
	{"empty password", "eb", ebEmptyPassword, ""},
	{"afterSign skipped", "eb", ebAfterSign, ""},

	// electron-builder: notarization.
	{"APPLE_ID", "eb", ebConfigError(ebNoAppleID), "text-notary-auth"},
	{"APPLE_APP_SPECIFIC_PASSWORD", "eb", ebConfigError(ebNoPassword), "text-notary-auth"},
	{"APPLE_TEAM_ID", "eb", ebConfigError(ebNoTeamID), "text-notary-auth"},
	{"APPLE_TEAM_ID", "ci", ghaLog(ebConfigError(ebNoTeamID)), "text-notary-auth"},
	{"APPLE_API_KEY", "eb", ebConfigError(ebNoAPIKey), "text-notary-auth"},
	{"notarize false", "eb", ebNotarizeOff, ""},
	{"notarize not generated", "eb", ebNotarizeNone, ""},
	{"notarization successful", "eb", ebNotarized, ""},
	{"notarization successful", "ci", ghaLogLines(ebSigning + "\n" + ebNotarized), ""},

	// @electron/osx-sign.
	{"No identity found", "line", osNoIdentity, "text-identity-not-found"},
	{"No identity found", "eb", ebError(osNoIdentity), "text-identity-not-found"},
	{"No identity found", "forge", forgeError(osNoIdentity), "text-identity-not-found"},
	{"No identity found", "debug", "  electron-osx-sign:warn No `identity` passed in arguments... +0ms\n  electron-osx-sign Finding `Developer ID Application` certificate for distribution outside the Mac App Store... +1ms\n" + forgeError(osNoIdentity), "text-identity-not-found"},
	{"identity found", "debug", "  electron-osx-sign `identity` passed in arguments. +0ms\n  electron-osx-sign Found 1 identity. +120ms\n  electron-osx-sign No provisioning profile found, will not embed profile in app contents. +3ms\n  electron-osx-sign Application signed. +9s", ""},
	{"multiple identities", "debug", `  electron-osx-sign:warn Multiple identities found, will use the first discovered. +118ms`, ""},
	{"profile ignored", "debug", `  electron-osx-sign:warn Provisioning profile above ignored, not for mas distribution. +4ms`, ""},
	{"pre-sign disabled", "debug", `  electron-osx-sign:warn Pre-sign operation disabled for entitlements automation. +0ms`, ""},

	// @electron/notarize.
	{"Failed to notarize Invalid", "line", enFailedInvalid, "text-not-developer-id"},
	{"Failed to notarize Invalid", "eb", ebError(enFailedInvalid), "text-not-developer-id"},
	{"Failed to notarize Invalid", "forge", forgeError(enFailedInvalid), "text-not-developer-id"},
	{"Failed to notarize Invalid", "no log", "Failed to notarize via notarytool\n\n" + enSubmitInvalid, "text-notary-invalid"},
	{"Failed to notarize 401", "line", enFailed401, "text-notary-auth"},
	{"Failed to notarize 401", "eb", ebError(enFailed401), "text-notary-auth"},
	{"Failed to notarize 401", "ci", ghaLogLines(ebError(enFailed401)), "text-notary-auth"},
	{"unexpected result 403", "line", enUnexpected403, "text-notary-team-id"},
	{"unexpected result 403", "forge", forgeError(enUnexpected403), "text-notary-team-id"},
	{"connectTimeout", "eb", ebError(enTimeout), "text-notary-unreachable"},
	{"Failed to staple", "line", enStaple65, "text-stapler-failed"},
	{"Failed to staple", "eb", ebError(enStaple65), "text-stapler-failed"},
	{"Failed to staple", "line only", `Failed to staple your application with code: 65`, "text-stapler-failed"},
	{"Failed to codesign not signed", "line", enCodesignNot, "text-not-signed"},
	{"Failed to codesign not signed", "forge", forgeError(enCodesignNot), "text-not-signed"},
	{"Failed to codesign sealed", "eb", ebError(enCodesignSeal), "text-signed-resource-modified"},
	{"No authentication properties", "line", enNoAuth, "text-notary-auth"},
	{"No authentication properties", "forge", forgeError(enNoAuth), "text-notary-auth"},
	{"credentials at once", "line", enAtOnce, "text-notary-auth"},
	{"teamId required", "line", enNoTeam, "text-notary-auth"},
	{"appleApiKeyId required", "eb", ebError(enNoKeyID), "text-notary-auth"},
	{"keychainProfile required", "line", enNoProfile, "text-notary-auth"},
	{"notarize debug", "debug", "  electron-notarize:notarytool notarization success (id: " + nID + ") +4m\n  electron-notarize:staple staple succeeded +2s", ""},

	// Tauri.
	{"APPLE_CERTIFICATE mismatch", "cli", taCLIError + taMismatch, "text-identity-not-found"},
	{"APPLE_CERTIFICATE mismatch", "line", taMismatch, "text-identity-not-found"},
	{"team ID required", "cli", taCLIError + taNoTeam, "text-notary-auth"},
	{"team ID required", "line", taNoTeam, "text-notary-auth"},
	{"API key file", "cli", taCLIError + taNoKeyFile, "text-notary-auth"},
	{"skipping notarization", "cli", taSkipNotary, ""},
	{"skipping notarization", "ci", ghaLog(taSkipNotary), ""},
	{"Finished with status Invalid", "cli", taCLIError + taFinished + "\nLog:\n" + ntLogInvalid, "text-not-developer-id"},
	{"Finished with status Invalid", "line", taFinished, "text-notary-invalid"},
	{"Finished with status Invalid", "v1", "       Error failed to bundle project: " + taFinished, "text-notary-invalid"},
	{"failed to notarize app", "cli", taCLIError + nt401 + "\n    - failed to notarize app", "text-notary-auth"},
	{"failed to notarize app", "403", taCLIError + nt403Agreement + "\n    - failed to notarize app", "text-agreement-required"},
	{"notarized", "cli", taNotarized, ""},
	{"signing", "cli", taSigning, ""},
	{"found cert", "cli", taFoundCert, ""},
	{"skipping cert", "cli", taSkippedCert, ""},
	{"failed to resolve signing identity", "cli", taCLIError + taNoIdentity, "text-identity-not-found"},
	{"failed to resolve signing identity", "line", taNoIdentity, "text-identity-not-found"},
	{"failed to import keychain certificate", "cli", kcImportMAC + "\n" + taCLIError + taImport, "text-p12-import-failed"},
	{"failed to import keychain certificate", "line", taImport, "text-p12-import-failed"},
	{"failed to sign app", "errSecInternalComponent", dtApp + ": errSecInternalComponent\n" + taCLIError + taSignFailed, "text-errsec-internal-component"},
	{"failed to sign app", "no identity", dtIdent + ": no identity found\n" + taCLIError + taSignFailed, "text-identity-not-found"},
	{"failed to decode provisioning profile", "cli", taCLIError + taProfile, "text-profile-undecodable"},

	// Look-alikes in the same tools' words about Windows (electron-builder's
	// codeSign/win/windowsCodeSign.ts 19, signtoolBaseSignManager.ts 273;
	// Tauri's bundle/windows/sign.rs 218).
	{"near miss", "eb windows", `  • signing with signtool.exe  path=dist\win-unpacked\Acme.exe`, ""},
	{"near miss", "eb windows certificate", "  • packaging       platform=win32 arch=x64 electron=30.0.0 appOutDir=dist\\win-unpacked\n" + ebConfigError(`C:\acme\build\certs\acme.pfx doesn't exist`), ""},
	{"near miss", "eb windows store", `  • AppX/MSIX package is not signed  reason=Windows Store only build`, ""},
	{"near miss", "tauri windows", `     Signing C:\acme\target\release\acme.exe with identity "0123456789ABCDEF0123456789ABCDEF01234567"`, ""},
}

// knownMissDesktopBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"); each fix removes its rows. Before any
// change: 63 of 88 forms read right (go test ./analyzer/internal/text -run
// TestDesktop -v); after: 84 of 91 (three rows were added with the fixes:
// the CSC_LINK lines after electron-builder's Mac packaging line, and the
// same line of a Windows build as a near miss).
var knownMissDesktopBefore = map[string]bool{
	// electron-builder's line alone is a Windows build's too (WIN_CSC_LINK
	// is resolved by the same code, builder-util's cscLink.ts): the
	// certificate is Apple's only where the paste shows its code-signing
	// settings or a Mac build ("mac build" rows).
	"CSC_LINK doesn't exist (eb)": true,
	"CSC_LINK not a file (eb)":    true,
	// An empty CSC_LINK resolves to the project folder, "not a file"; in a
	// Mac build the same line is said of an icon (TestSigningCertificateFileMissing),
	// and no file name tells a certificate: read where CSC settings show.
	"CSC_LINK not a file (mac build)": true,
}

// desktopReportOrder lists the forms the text reader lists in the order of
// the paste (notarytool's status Invalid, then the log's issue), which the
// analyzer's findings order (findings_order.go) turns: the report leads
// with the log's reason (TestDesktopPackagerTableReportOrder).
var desktopReportOrder = map[string]bool{
	"Failed to notarize Invalid (line)":  true,
	"Failed to notarize Invalid (eb)":    true,
	"Failed to notarize Invalid (forge)": true,
	"Finished with status Invalid (cli)": true,
}

// desktopRows are the table's forms as rows for checkTable.
func desktopRows() []tableRow {
	rows := make([]tableRow, 0, len(desktopForms))
	for _, f := range desktopForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestDesktopPackagerTable(t *testing.T) {
	known := map[string]bool{}
	for _, m := range []map[string]bool{knownMissDesktopBefore, desktopReportOrder} {
		for k := range m {
			known[k] = true
		}
	}
	checkTable(t, desktopRows(), known)
}

// Near misses of the forms the table's fixes read.
func TestDesktopPackagerTableNearMisses(t *testing.T) {
	readNothing(t,
		// Another system's signing identity.
		`gpg: signing failed: failed to resolve signing identity`,
		// osx-sign's note beside its other debug lines.
		"  electron-osx-sign No `provisioning-profile` passed in arguments, will find in current working directory and in user library... +0ms\n  electron-osx-sign No provisioning profile found, will not embed profile in app contents. +3ms",
	)
	// A credential not given leads with that cause, not a refused login.
	for _, s := range []string{ebConfigError(ebNoTeamID), ebConfigError(ebNoAPIKey), enNoAuth, taCLIError + taNoTeam, taCLIError + taNoKeyFile} {
		if r := Analyze([]byte(s)); len(r.Matches) == 0 || len(r.Matches[0].Causes) == 0 || r.Matches[0].Causes[0] != causeNotaryCredentialUnset {
			t.Errorf("%q: the first cause is not the credential left unset", s)
		}
	}
	// Xcode's own words still read where osx-sign's note is not beside them.
	if r := Analyze([]byte(`error: No profiles for 'com.example.acme' were found: Xcode couldn't find any Mac App Store provisioning profiles matching 'com.example.acme'.`)); len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-no-profiles-found" {
		t.Errorf("Xcode's no profiles: got %v", ids(r))
	}
}

// DesktopFormsInReportOrder returns the key, want and text of the forms in
// desktopReportOrder, which the report must lead with their want (package
// text_test checks it).
func DesktopFormsInReportOrder() [][3]string {
	return knownRows(desktopRows(), desktopReportOrder)
}
