package text

import "testing"

// The auto-updaters that check an update's signature before installing it:
// Sparkle (its EdDSA/DSA check of the archive and its Apple code-signing
// checks of the new version against the installed one), Squirrel.Mac (the
// designated-requirement check of Electron's autoUpdater), electron-updater
// (electron-builder's MacUpdater over Squirrel.Mac, and its Windows
// Authenticode check) and Tauri's updater (minisign). Most of their
// signature messages are not Apple code signing (EdDSA, DSA, minisign,
// Authenticode): those want "" and must get no error; the ones comparing or
// checking Apple code signatures want the entry that says their cause.
//
// The messages are copied from the tools' source code (line numbers are the
// message's, at the snapshot read):
//
// Sparkle (https://github.com/sparkle-project/Sparkle, fa4eaa97):
//   - Autoupdate/SUCodeSigningVerifier.m (31, 39, 84, 97, 102, 115, 174, 186, 194)
//   - Autoupdate/SUSignatureVerifier.m (114-143, 171-209, 234, 252, 286, 407)
//   - Sparkle/SUUpdateValidator.m (60, 103, 129, 177, 204, 214, 225-254)
//   - Sparkle/SPUInstallerDriver.m (110), Sparkle/SPUUpdater.m (337-359),
//     Sparkle/SUSignatures.m (73), Autoupdate/SUPlainInstaller.m (381)
//   - the line forms: Sparkle/SULog.m (os_log, subsystem
//     org.sparkle-project.Sparkle, category Sparkle, as `log show --style
//     compact` prints it) and Sparkle/SPUStandardUpdaterController.m (82,
//     "Fatal updater error (%ld): %@"; SUNoPublicDSAFoundError is 1, SUErrors.h 31).
//
// Squirrel.Mac (https://github.com/Squirrel/Squirrel.Mac, 8d808803):
// Squirrel/SQRLCodeSignature.m (134, its failure reason is
// SecCopyErrorMessageString's), Squirrel/SQRLUpdater.m (205, 209).
// Electron (https://github.com/electron/electron, 96f3996d):
// shell/browser/auto_updater_mac.mm (150-158) joins the description and the
// failure reason with ": " into autoUpdater's error.
//
// electron-updater (https://github.com/electron-userland/electron-builder, 8e95ad0e):
// packages/electron-updater/src/MacUpdater.ts (211, 284), AppUpdater.ts (355,
// "Error: ${error.stack || error.message}"), BaseUpdater.ts (188) and
// windowsExecutableCodeSignatureVerifier.ts (83, 94) (Windows only).
// Its log lines are electron-log's file transport format
// (https://github.com/megahertz/electron-log, afa8fc22,
// src/node/transports/file/index.js 35).
//
// Tauri's updater (https://github.com/tauri-apps/plugins-workspace, 77149dc4):
// plugins/updater/src/error.rs (55; Minisign is #[error(transparent)], so
// the minisign-verify crate's own words reach the app:
// https://github.com/jedisct1/rust-minisign-verify, 145b9950, src/lib.rs 137-150).
// Tauri's command rejects with the error's string; the "(rejection)" forms are
// it as WebKit's console prints an unhandled rejection.
//
// Apple's own reasons the tools wrap (SecCopyErrorMessageString's) are the
// Security framework's, as in table_security_test.go. Paths, bundle IDs,
// team IDs and versions are neutral placeholders.
//
// Left out: Sparkle's "Failed to get static code …" and "Failed to
// release quarantine …" (an OSStatus or NSError with no reason of their
// own), its BinaryDelta "Diffing code signed extended attributes are not
// supported" (a delta-building limit, no catalogue entry is about it), its
// InstallerLauncher "Please make sure InstallerLauncher is not sandboxed and
// do not sign your app by passing --deep" (the cause, Sparkle's helper given
// the app's sandbox entitlements, is no catalogue entry's); Squirrel.Mac's
// "Failed to get static code for bundle" (same as Sparkle's); Tauri's
// updater errors about endpoints, platforms and archives (no signing).
//
// At first (before any change) 78 of 102 rows read right; after the fixes
// 102 of 102 (go test ./analyzer/internal/text -run TestUpdaters -v): the
// Sparkle rows that missed (its own words for an unsigned new version, a
// requirement not satisfied, a corrupted signature) are read by
// text-not-signed, text-csreq-67050 and text-code-signature-modified.
const (
	upNewURL = "file:///Users/dev/Library/Caches/com.example.acme/org.sparkle-project.Sparkle/Installation/abcDEF123/Acme.app/"
	upReq    = `anchor apple generic and identifier "com.example.acme" and (certificate leaf[field.1.2.840.113635.100.6.1.9] /* exists */ or certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = ABCDE12345)`
	upInfo   = `{
    build = 124;
    format = "app bundle with Mach-O universal (x86_64 arm64)";
    identifier = "com.example.acme";
    requirements = "designated => identifier \"com.example.acme\" and anchor apple generic";
    "signing-time" = "2024-05-01 10:00:00 +0000";
    teamid = ABCDE12345;
    version = "1.2.4";
}`
	upSquirrelURL = "file:///Users/dev/Library/Caches/com.example.acme.ShipIt/update.AbCdEf/Acme.app/"

	// Sparkle, Apple code signing of the new version (SUCodeSigningVerifier.m).
	spBundleUnsigned   = "Bundle is not code signed: " + upNewURL
	spCopyDR           = "Failed to copy designated requirement. Code Signing OSStatus code: -67062"
	spNewUnsigned      = "The host app is signed, but the new version of the app is not signed using Apple Code Signing. Please ensure that the new app is signed and that archiving did not corrupt the signature."
	spReqMismatch      = "Code signature of the new version doesn't match the old version: " + upReq + ". Please ensure that old and new app is signed using exactly the same certificate."
	spReqMismatchNoReq = "Code signature of new version doesn't match the old version. Please ensure that old and new app is signed using exactly the same certificate."
	spOldNewFailed     = "Error: Old app bundle code signing signature failed to match new bundle code signature"
	spAppUnsigned      = "Error: The app is not signed using Apple Code Signing. " + upNewURL
	spAppFailedInfo    = "Error: The app failed Apple Code Signing checks: " + upNewURL + " - new info: " + upInfo
	spAppFailed        = "Error: The app failed Apple Code Signing checks: " + upNewURL

	// Sparkle, its validator joining the two checks (SUUpdateValidator.m).
	spAfterArchive   = "Failed to validate apple code sign signature on bundle after archive validation"
	spCorrupted      = "The update archive has a valid (Ed)DSA signature, but the app is also signed with Code Signing, which is corrupted. The update will be rejected."
	spNewIdentity    = "The update archive isn't signed with an EdDSA key, and the app is signed with a new Code Signing identity that doesn't match code signing of the original app. At least one method of signature verification must be valid. The update will be rejected."
	spNewKeyIdentity = "The update archive has a new (Ed)DSA key that doesn't match the previous one, and the app is signed with a new Code Signing identity that doesn't match code signing of the original app. At least one method of signature verification must be valid. The update will be rejected."
	spNewNotSigned   = "The update archive isn't signed with an EdDSA key, and the new app isn't signed with app Code Signing. At least one method of signature verification must be valid. The update will be rejected."
	spOldNotSigned   = "The update archive removes the (Ed)DSA key, and the old app hasn't been signed with app Code Signing. At least one method of signature verification must be valid. The update will be rejected."

	// Sparkle, EdDSA/DSA only (SUSignatureVerifier.m, SUUpdateValidator.m, SPUUpdater.m, SUSignatures.m).
	spEdInvalidKey   = "The update has an EdDSA signature, but the app has an invalid EdDSA public key, so the update will automatically be rejected."
	spEdNoSig        = "The app has an EdDSA public key, but there is no EdDSA signature in the update, so the update will be rejected."
	spEdInvalidSig   = "The update has an EdDSA signature, but it's invalid, so the update will automatically be rejected."
	spEdNoMatch      = "EdDSA signature does not match. Data of the update file being checked is different than data that has been signed, or the public key and the private key are not from the same set. The downloaded update (Acme-1.2.4.zip) is likely different than the signed archive because the expected content length from the appcast item (48213504 bytes) differs from the downloaded archive length (48213760 bytes)."
	spEdNoMatchSame  = "EdDSA signature does not match. Data of the update file being checked is different than data that has been signed, or the public key and the private key are not from the same set. The downloaded update (Acme-1.2.4.zip) is likely not signed correctly because the archive has the expected content length (48213504 bytes) and CFBundleVersion (124) which matches the appcast item."
	spEdOK           = "OK: EdDSA signature is correct"
	spDSASkipped     = "DSA signature won't be checked, because EdDSA verification has already failed"
	spDSAInvalidKey  = "The update has a DSA signature, but the app has an invalid DSA public key, so the update will automatically be rejected."
	spDSAInvalidSig  = "The update has a DSA signature, but it's invalid, so the update will automatically be rejected."
	spBothFailed     = "EdDSA and DSA verification for the update has failed"
	spDSANoMatch     = "DSA signature does not match. Data of the update file being checked is different than data that has been signed, or the public key and the private key are not from the same set"
	spBeforeUnarch   = "(Ed)DSA signature validation before unarchiving failed for update /Users/dev/Library/Caches/com.example.acme/org.sparkle-project.Sparkle/PersistentDownloads/abcDEF123/Acme 1.2.4/Acme-1.2.4.pkg"
	spPackageEd      = "EdDSA signature validation of the package failed. The update contains an installer package, and valid EdDSA signatures are mandatory for all installer packages. The update will be rejected. Sign the installer with a valid EdDSA key or use an .app bundle update instead."
	spKeyRemoved     = "A public (Ed)DSA key was found in the old bundle but no public (Ed)DSA key was found in the new update. Sparkle only supports rotation, but not removal of (Ed)DSA keys. Please add an EdDSA key to the new app."
	spNewKeyNoMatch  = "The update has a public (Ed)DSA key, but the public key shipped with the update doesn't match the signature. To prevent future problems, the update will be rejected."
	spSigUndecodable = "The provided EdDSA signature could not be decoded."
	spImproperly     = "The update is improperly signed and could not be validated. Please try again later or contact the app developer."
	spNeedEdDSA      = "For security reasons, updates need to be signed with an EdDSA key for Acme. See Sparkle's documentation for more information."
	spEdKeyInvalid   = "The EdDSA public key is not valid for Acme."
	spOnlyACS        = "Error: Serving updates without an EdDSA key and only using Apple Code Signing is deprecated and may be unsupported in a future release. Visit Sparkle's documentation for more information: https://sparkle-project.org/documentation/#3-segue-for-security-concerns"
	spSkipSwap       = "Skipping atomic rename/swap and gatekeeper scan because Autoupdate is not signed with same identity as the new update Acme.app"

	// Squirrel.Mac through Electron's autoUpdater (SQRLCodeSignature.m, SQRLUpdater.m).
	sqReqFailed  = "Code signature at URL " + upSquirrelURL + " did not pass validation: code failed to satisfy specified code requirement(s)"
	sqUnsigned   = "Code signature at URL " + upSquirrelURL + " did not pass validation: code object is not signed at all"
	sqSealed     = "Code signature at URL " + upSquirrelURL + " did not pass validation: a sealed resource is missing or invalid"
	sqNested     = "Code signature at URL " + upSquirrelURL + " did not pass validation: nested code is modified or invalid"
	sqRunningLog = `Could not get code signature for running application, application updates are disabled: Error Domain=NSOSStatusErrorDomain Code=-67062 "(null)"`
	sqRunning    = "Could not get code signature for running application"

	// electron-updater (MacUpdater.ts, BaseUpdater.ts, windowsExecutableCodeSignatureVerifier.ts).
	euPipe      = "https://127.0.0.1:51234/1714557296000-1234.zip requested by Squirrel.Mac, pipe /Users/dev/Library/Caches/acme-updater/pending/Acme-1.2.4-mac.zip"
	euQuit      = "quitAndInstall called with waitUntilNextLaunch: Squirrel.Mac stages updates natively, the staged update is applied on relaunch after quit"
	euWinOwner  = "Pending update 1.2.4 is not signed by the application owner: publisherNames: Acme Inc, raw info: {\n  \"SignerCertificate\": {\n    \"Subject\": \"CN=Other Corp, O=Other Corp, L=Springfield, C=US\"\n  },\n  \"Status\": 0,\n  \"StatusMessage\": \"Signature verified.\"\n}"
	euWinWarn   = "Sign verification failed, installer signed with incorrect certificate: publisherNames: Acme Inc, raw info: {\n  \"Status\": 0\n}"
	euWinCNOnly = "Signature validated using only CN Acme Inc. Please add your full Distinguished Name (DN) to publisherNames configuration"

	// Tauri's updater (error.rs) and minisign-verify's own words.
	tuBadBase64 = "The signature dW50cnVzdGVkIGNvbW1lbnQ could not be decoded, please check if it is a valid base64 string. The signature must be the contents of the `.sig` file generated by the Tauri bundler, as a string."
	tuVerify    = "The signature verification failed"
	tuOtherKey  = "The signature was created with a different key than the one provided"
	tuEncoding  = "Invalid encoding in minisign data"
	tuAlgorithm = "Unexpected signature algorithm"
	tuUnsupAlgo = "This signature algorithm is not supported by this implementation"
)

// sparkleLog is a Sparkle line as `log show --style compact` prints it.
func sparkleLog(level, msg string) string {
	return "2024-05-01 12:34:56.789 " + level + "  Autoupdate[4321:8a9b] [org.sparkle-project.Sparkle:Sparkle] " + msg
}

// electronLog is electron-updater's error line under electron-log's default format.
func electronLog(msg string) string {
	return "[2024-05-01 12:34:56.789] [error] Error: " + msg
}

func updaterRows() []tableRow {
	rows := []tableRow{}
	add := func(key, text, want string) { rows = append(rows, tableRow{key, text, want}) }
	// Sparkle's Apple code-signing checks, alone, logged, and under its validator.
	for _, m := range []struct{ key, msg, want string }{
		{"sp bundle unsigned", spBundleUnsigned, "text-not-signed"},
		{"sp copy DR unsigned", spCopyDR, "text-not-signed"},
		{"sp new unsigned", spNewUnsigned, "text-not-signed"},
		{"sp requirement mismatch", spReqMismatch, "text-csreq-67050"},
		{"sp requirement mismatch, no requirement", spReqMismatchNoReq, "text-csreq-67050"},
		{"sp old/new failed", spOldNewFailed, "text-code-signature-modified"},
		{"sp app unsigned", spAppUnsigned, "text-not-signed"},
		{"sp app failed, info", spAppFailedInfo, "text-code-signature-modified"},
		{"sp app failed", spAppFailed, "text-code-signature-modified"},
		{"sp after archive", spAfterArchive, "text-code-signature-modified"},
		{"sp corrupted", spCorrupted, "text-code-signature-modified"},
		{"sp new identity", spNewIdentity, "text-csreq-67050"},
		{"sp new key and identity", spNewKeyIdentity, "text-csreq-67050"},
		{"sp new not signed", spNewNotSigned, "text-not-signed"},
		// The installed copy is unsigned and the archive has no key: only
		// EdDSA can fix it (the installed copy cannot be re-signed).
		{"sp old not signed", spOldNotSigned, ""},
	} {
		add(m.key, m.msg, m.want)
		add(m.key+" (log)", sparkleLog("E", m.msg), m.want)
	}
	// The validator's error with the code-signing error under it, as one paste.
	add("sp validator over mismatch (log)", sparkleLog("E", spReqMismatch)+"\n"+sparkleLog("Df", "old info: "+upInfo)+"\n"+sparkleLog("E", spNewIdentity), "text-csreq-67050")
	add("sp alert over mismatch", spImproperly+"\n\n"+spReqMismatch, "text-csreq-67050")
	// Sparkle's EdDSA/DSA messages and notices: no Apple code signing.
	for _, m := range []struct{ key, msg string }{
		{"sp EdDSA invalid key", spEdInvalidKey},
		{"sp EdDSA no signature", spEdNoSig},
		{"sp EdDSA invalid signature", spEdInvalidSig},
		{"sp EdDSA no match, length", spEdNoMatch},
		{"sp EdDSA no match, same length", spEdNoMatchSame},
		{"sp EdDSA OK", spEdOK},
		{"sp DSA skipped", spDSASkipped},
		{"sp DSA invalid key", spDSAInvalidKey},
		{"sp DSA invalid signature", spDSAInvalidSig},
		{"sp both failed", spBothFailed},
		{"sp DSA no match", spDSANoMatch},
		{"sp before unarchiving", spBeforeUnarch},
		{"sp package EdDSA", spPackageEd},
		{"sp key removed", spKeyRemoved},
		{"sp new key no match", spNewKeyNoMatch},
		{"sp signature undecodable", spSigUndecodable},
		{"sp improperly signed alert", spImproperly},
		{"sp only ACS deprecated", spOnlyACS},
		{"sp skip swap", spSkipSwap},
	} {
		add(m.key, m.msg, "")
		add(m.key+" (log)", sparkleLog("E", m.msg), "")
	}
	add("sp need EdDSA (fatal)", "Fatal updater error (1): "+spNeedEdDSA, "")
	add("sp EdDSA key invalid (fatal)", "Fatal updater error (1): "+spEdKeyInvalid, "")
	add("sp EdDSA chain (log)", sparkleLog("E", spEdNoMatch)+"\n"+sparkleLog("Df", spDSASkipped)+"\n"+sparkleLog("E", spBothFailed)+"\n"+sparkleLog("E", spBeforeUnarch), "")

	// Squirrel.Mac through Electron's autoUpdater and electron-updater.
	for _, m := range []struct{ key, msg, want string }{
		{"sq requirement", sqReqFailed, "text-csreq-67050"},
		{"sq unsigned", sqUnsigned, "text-not-signed"},
		{"sq sealed resource", sqSealed, "text-signed-resource-modified"},
		{"sq nested", sqNested, "text-nested-code-invalid"},
		{"sq running app", sqRunning, "text-not-signed"},
	} {
		add(m.key, m.msg, m.want)
		add(m.key+" (electron-updater)", electronLog(m.msg+"\n    at /Applications/Acme.app/Contents/Resources/app.asar/node_modules/electron-updater/out/MacUpdater.js:262:25"), m.want)
	}
	add("sq running app (NSLog)", "2024-05-01 12:34:56.789 Acme[4321:8a9b] "+sqRunningLog, "text-not-signed")
	add("eu pipe", euPipe, "")
	add("eu quit", euQuit, "")
	add("eu pipe (log)", "[2024-05-01 12:34:56.789] [info] "+euPipe, "")
	// electron-updater's Windows Authenticode check: not Apple code signing.
	add("eu win owner", electronLog(euWinOwner), "")
	add("eu win warn", "[2024-05-01 12:34:56.789] [warn] "+euWinWarn, "")
	add("eu win CN only", "[2024-05-01 12:34:56.789] [warn] "+euWinCNOnly, "")

	// Tauri's updater (minisign): not Apple code signing.
	for _, m := range []struct{ key, msg string }{
		{"tu bad base64", tuBadBase64},
		{"tu verify failed", tuVerify},
		{"tu other key", tuOtherKey},
		{"tu encoding", tuEncoding},
		{"tu algorithm", tuAlgorithm},
		{"tu unsupported algorithm", tuUnsupAlgo},
	} {
		add(m.key, m.msg, "")
		add(m.key+" (rejection)", "Unhandled Promise Rejection: "+m.msg, "")
	}
	return rows
}

// knownMissUpdaters lists the rows known to miss, each with its reason.
var knownMissUpdaters = map[string]bool{}

func TestUpdatersTable(t *testing.T) {
	checkTable(t, updaterRows(), knownMissUpdaters)
}

// Near misses of the fixes: the same words about the installed copy (only
// EdDSA can fix it), Windows' Authenticode in electron-builder's and
// electron-updater's words (packages/app-builder-lib/src/winPackager.ts 155,
// codeSign/win/signtoolBaseSignManager.ts 273, targets/win/nsis/NsisTarget.ts
// 437, electron-updater/src/NsisUpdater.ts 112) read nothing.
func TestUpdatersTableNearMisses(t *testing.T) {
	readNothing(t,
		spOldNotSigned,
		// Sparkle 1's notice on an unsigned installed copy (heldout49-not-signing.txt).
		"20.01.15 10.37.31,311 Acme[2860]: Sparkle: The host app is not signed using Apple Code Signing, and therefore cannot verify updates this way. Sparkle will use DSA signature instead.",
		spSkipSwap,
		`App is not signed and "forceCodeSigning" is set to true, please ensure that code signing configuration is correct, please see https://electron.build/code-signing`,
		"  • AppX/MSIX package is not signed  reason=Windows Store only build",
		"  • uninstaller is not signed by electron-builder  reason=custom NSIS script is used",
		electronLog("New version 1.2.4 is not signed by the application owner: publisherNames: Acme Inc, raw info: {\n  \"Status\": 0\n}"),
	)
	// The validator's new-identity words alone still read as the requirement failure.
	readFirst(t, "text-csreq-67050", spNewIdentity)
}
