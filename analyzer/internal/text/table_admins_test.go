package text

import (
	"strings"
	"testing"
)

// adminForm is one way a message of a Mac administrators' tool that checks
// code signatures reaches a paste: AutoPkg's CodeSignatureVerifier (its
// "CodeSignatureVerifier: " lines at -v, with codesign's and pkgutil's own
// output logged through it, and the run's "The following recipes failed:"
// summary), Installomator's printlog lines ("date : LEVEL : label : ",
// cleanupAndExit's "ERROR: " and the spctl output it folds in), Munki's
// download and client-keychain lines (TLS, not code signing), Santa's
// terminal block notice and santactl fileinfo, and Nudge's log line about
// its own signature. want is the entry the first finding must be; ""
// means the message is not a signing failure (progress, success, a step
// skipped by design, a TLS or allow-list matter), so nothing above a note
// may be found.
type adminForm struct {
	msg, form, text, want string
}

// The messages are copied from the tools' source code (paths at the
// snapshot read; line numbers are the message's):
//
// AutoPkg (https://github.com/autopkg/autopkg, 8d50329):
// Code/autopkglib/CodeSignatureVerifier.py (122-141, 170-199 logging
// codesign's and pkgutil's output, 212-301, 343-345),
// Code/autopkglib/URLDownloaderPython.py (251); the forms:
// Code/autopkglib/__init__.py (557-560 "Processor: msg", 911-912 "Error in
// … Processor: … Error: …") and Code/autopkg (2289 "Failed.", 2372-2376
// the summary).
//
// Installomator (https://github.com/Installomator/Installomator, 71741a85):
// fragments/functions.sh (3-26 cleanupAndExit's "ERROR: ", 80-100 printlog's
// "date : LEVEL : label : " with LEVEL padded to five, 469-486 an app's
// spctl -a -vv and Team ID, 621-653 a pkg's spctl -a -vv -t install),
// fragments/main.sh (29), utils/buildLabel.sh (67-70, 131-134).
//
// Munki (https://github.com/munki/munki, 83accce6): code/cli/munki/shared/
// network/fetch.swift (282) with network/sslerrors.swift (29-51),
// network/gurl.swift (438), network/clientcerts.swift (55, 61),
// keychain.swift (349, 360, 379, 444), installer/pkg.swift (165); errors
// print through display.swift (73-75, "ERROR: "). Munki has no code
// signature check of its own: it passes -allowUntrusted to installer when
// a pkginfo asks, and its certificates and keychain are the TLS client's.
//
// Santa (https://github.com/northpolesec/santa, 5f31541e):
// Source/common/SNTFileInfo.mm (827-858, codesignStatus),
// Source/santactl/Commands/SNTCommandFileInfo.mm (36-59 keys, 512-526 the
// Rule line, 990 "%-*s: %@"), Source/common/SNTBlockMessage.mm (88-96,
// 164-196), Source/santad/SNTExecutionController.mm (623-643, the
// terminal notice), Source/common/SNTRule.mm (532-563).
//
// Nudge (https://github.com/macadmins/nudge, eda34eb): Nudge/Utilities/Utils.swift (289).
//
// Apple's own lines the tools wrap (codesign's, pkgutil's, spctl's) are
// those of table_notary_test.go. Names, paths, hashes and team IDs are
// neutral placeholders.
//
// Left out: recipe and label configuration errors no catalogue entry is
// about (AutoPkg's "Using 'expected_authority_names' to verify code
// signature is no longer supported", its glob error); messages whose
// reason is an error's description filled in at run time (Munki's "Could
// not create keychain …: …", "Could not import …: …", Nudge's "Failed to
// copy code signing information: …", Santa's "Invalid (…)" validation
// lines, and its Code-signed values "Yes, but signing is not consistent
// for all architectures" and "Yes, but failed to validate (%ld)", which no
// entry says); Munki's wrap of /usr/sbin/installer's output (installer's own
// wording of a refused signature is not in any source read); Outset,
// which prints no signing message.
//
// AutoPkg's failure line says "all verifications" for an app and "all
// verification" for a package; older versions said the latter for an app
// too, so a log that shows the app checked is not read as a package's.
// The line only sums up: beside codesign's or pkgutil's reason (-v) that
// reason leads.
//
// At first (before any change) 35 of 52 forms read right (go test
// ./analyzer/internal/text -run TestAdmins -v); after the fixes 53 of
// 54 (two rows added with the fixes: an older AutoPkg's app failure and
// Santa's failed hold); the miss left is in knownMissAdminsBefore.
const (
	adApp  = "/private/tmp/dmg.Ab12Cd/Acme.app"
	adPkg  = "/Users/admin/Library/AutoPkg/Cache/com.example.pkg.Acme/downloads/Acme.pkg"
	adID   = "com.example.download.Acme"
	adTime = "2026-01-05 10:11:12"

	// AutoPkg.
	apAppFailed  = `Code signature verification failed. Note that all verifications can be disabled by setting the variable DISABLE_CODE_SIGNATURE_VERIFICATION to a non-empty value.`
	apPkgFailed  = `Code signature verification failed. Note that all verification can be disabled by setting the variable DISABLE_CODE_SIGNATURE_VERIFICATION to a non-empty value.`
	apMismatch   = `Mismatch in authority names. Note that all verification can be disabled by setting the variable DISABLE_CODE_SIGNATURE_VERIFICATION to a non-empty value.`
	apDisabled   = `Code signature verification disabled for this recipe run.`
	apReqsWarn   = `WARNING: This recipe is using 'requirements' when it should be using 'requirement'. This will become an error in future versions of AutoPkg.`
	apAuthWarn   = `WARNING: This recipe is using 'expected_authorities' when it should be using 'expected_authority_names'. This will become an error in future versions of AutoPkg.`
	apOldMacWarn = `WARNING: Installer package signature verification not supported on Mac OS X 10.6`
	apCAFile     = `Certificate file '/Users/admin/certs/acme-ca.pem' does not exist.`
	apVerifying  = "CodeSignatureVerifier: Verifying code signature...\nCodeSignatureVerifier: Deep verification enabled...\nCodeSignatureVerifier: Strict verification not defined. Using codesign defaults..."

	// Installomator.
	imTeamMismatch = adTime + " : INFO  : acme : Team ID matching: ABCDE12345 (expected: 12345ABCDE )\n" +
		adTime + " : ERROR : acme : ERROR: Team IDs do not match\n" +
		adTime + " : REQ   : acme : ################## End Installomator, exit code 5 \n"
	imPkgTeamMismatch = adTime + " : INFO  : acme : Team ID: ABCDE12345 (expected: 12345ABCDE )\n" +
		adTime + " : ERROR : acme : ERROR: Team IDs do not match!"
	imTeamMatch = adTime + " : INFO  : acme : Verifying: /Volumes/Acme/Acme.app\n" +
		adTime + " : DEBUG : acme : Debugging enabled, App Verification output was:\n/Volumes/Acme/Acme.app: accepted\nsource=Notarized Developer ID\norigin=Developer ID Application: Acme Inc (ABCDE12345)\n\n" +
		adTime + " : INFO  : acme : Team ID matching: ABCDE12345 (expected: ABCDE12345 )"
	imPkgTeamMatch = adTime + " : INFO  : acme : Verifying: Acme.pkg\n" +
		adTime + " : DEBUG : acme : spctlOut is Acme.pkg: accepted\nsource=Notarized Developer ID\norigin=Developer ID Installer: Acme Inc (ABCDE12345)\n" +
		adTime + " : INFO  : acme : Team ID: ABCDE12345 (expected: ABCDE12345 )"
	imNoExpected = adTime + " : ERROR : acme : need to provide 'expectedTeamID'"
	imBuildFound = "Team ID found for app: ABCDE12345"
	imBuildNone  = "No TeamID found."

	// Munki.
	muClientCert = "Client certificate required\nAccepted certificate-issuing authority: CN=Acme Internal CA,O=Acme Inc"
	muNoAuthList = "The server didn't send the list of acceptable certificate-issuing authorities"
	muKeychain   = "Creating client keychain...\nCompleted creation of client keychain at /Library/Managed Installs/Keychains/munki.keychain"
	muNoCertInfo = "No client cert info provided, so no client keychain will be created."
	muNotRoot    = "ERROR: Can't make our client keychain unless we are root!"
	muInstall    = "Install of Acme-1.2.pkg failed with return code 1"

	// Santa; fileinfo pads its keys to the longest shown.
	saBlocked = "\nSanta\n\nThe following application has been blocked from executing\nbecause its trustworthiness cannot be determined\n\nReason:     No matching rule\nPath:       /Applications/Acme.app/Contents/MacOS/Acme\nIdentifier: " + saSHA + "\nParent:     zsh (1234)\n\n"
	saBanned  = "\nSanta\n\nThe following application has been blocked from\nexecuting because it has been deemed malicious or against policy\n\nReason:     Team ID rule\nPath:       /Applications/Acme.app/Contents/MacOS/Acme\nIdentifier: " + saSHA + "\nParent:     launchd (1)\n\n"
	saHold    = "---\nSanta\n\nHolding execution of this binary until approval is granted in the GUI...\n"
	saSHA     = "0000000000000000000000000000000000000000000000000000000000000000"

	// Nudge.
	nuNoTeam = `No entry for team identifier in code signing info`
)

// saFileInfo is santactl fileinfo's output for a signed app with the
// given Code-signed and Rule values.
func saFileInfo(codeSigned, rule string) string {
	return "Path                   : /Applications/Acme.app/Contents/MacOS/Acme\n" +
		"SHA-256                : " + saSHA + "\n" +
		"Bundle Name            : Acme\n" +
		"Bundle Version         : 1.2\n" +
		"Type                   : Executable (arm64, x86_64)\n" +
		"Code-signed            : " + codeSigned + "\n" +
		"Rule                   : " + rule + "\n" +
		"Team ID                : ABCDE12345\n" +
		"Signing ID             : ABCDE12345:com.example.acme\n"
}

// apLine is a processor's line at -v.
func apLine(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		b.WriteString("CodeSignatureVerifier: " + l + "\n")
	}
	return b.String()
}

// apSummary is autopkg run's end: the processor's error, "Failed." and the
// summary of failed recipes.
func apSummary(err string) string {
	return "Processing Acme.download.recipe...\n" + err + "\nFailed.\n\nThe following recipes failed:\n    Acme.download.recipe\n        Error in " + adID + ": Processor: CodeSignatureVerifier: Error: " + err + "\n"
}

// imError is Installomator's cleanupAndExit line for an spctl failure, with
// spctl's output on the lines after it.
func imError(path, spctl string) string {
	return adTime + " : INFO  : acme : Verifying: " + path + "\n" +
		adTime + " : ERROR : acme : ERROR: Error verifying " + path + " error:\n" + spctl + "\n\n" +
		adTime + " : REQ   : acme : ################## End Installomator, exit code 4 \n"
}

var adminForms = []adminForm{
	// AutoPkg: an app's codesign --verify.
	{"app verification failed", "line", apAppFailed, "text-csreq-67050"},
	{"app verification failed", "summary", apSummary(apAppFailed), "text-csreq-67050"},
	{"app verification failed", "requirement", apVerifying + "\n" + apLine(adApp+": valid on disk\n"+adApp+": satisfies its Designated Requirement\ntest-requirement: code failed to satisfy specified code requirement(s)") + apSummary(apAppFailed), "text-csreq-67050"},
	{"app verification failed", "sealed resource", apVerifying + "\n" + apLine(strings.ReplaceAll(csSealed, "/Users/dev/Acme/build/Acme.app", adApp)) + apSummary(apAppFailed), "text-signed-resource-modified"},
	{"app verification failed", "unsigned", apVerifying + "\n" + apLine(adApp+": code object is not signed at all\nIn architecture: arm64") + apSummary(apAppFailed), "text-not-signed"},
	// An older AutoPkg's wording for an app ("all verification"), as
	// https://github.com/autopkg/recipes/issues/158 shows it.
	{"app verification failed", "older AutoPkg", "CodeSignatureVerifier: /private/tmp/dmg.Ab12Cd/Acme.app: resource envelope is obsolete (custom omit rules)\n" + apPkgFailed + "\nFailed.", "text-resource-envelope-obsolete"},
	{"app verification passed", "-v", apVerifying + "\n" + apLine(adApp+": valid on disk\n"+adApp+": satisfies its Designated Requirement\n"+adApp+": explicit requirement satisfied\nSignature is valid"), ""},
	// AutoPkg: a pkg's pkgutil --check-signature.
	{"pkg verification failed", "line", apPkgFailed, "text-pkg-signature-invalid"},
	{"pkg verification failed", "summary", apSummary(apPkgFailed), "text-pkg-signature-invalid"},
	{"pkg verification failed", "no signature", apLine("Verifying installer package signature...\nPackage \"Acme.pkg\":\n   Status: no signature") + apSummary(apPkgFailed), "text-not-signed"},
	{"pkg verification passed", "-v", apLine("Verifying installer package signature...\n" + pkgDistribution + "\nSignature is valid\nAuthority name chain is valid"), ""},
	{"authority mismatch", "line", apMismatch, "text-csreq-67050"},
	{"authority mismatch", "-v", apLine("Mismatch in authority names\nExpected: Developer ID Installer: Acme Inc (ABCDE12345) -> Developer ID Certification Authority -> Apple Root CA\nFound:    Developer ID Installer: Acme Software GmbH (12345ABCDE) -> Developer ID Certification Authority -> Apple Root CA") + apSummary(apMismatch), "text-csreq-67050"},
	{"verification disabled", "-v", apLine(apDisabled), ""},
	{"requirements warning", "-v", apLine(apReqsWarn), ""},
	{"expected_authorities warning", "-v", apLine(apAuthWarn), ""},
	{"10.6 warning", "-v", apLine(apOldMacWarn), ""},
	{"CA file missing", "summary", strings.ReplaceAll(apSummary(apCAFile), "CodeSignatureVerifier", "URLDownloaderPython"), ""},

	// Installomator.
	{"Team IDs do not match", "app", imTeamMismatch, "text-csreq-67050"},
	{"Team IDs do not match", "pkg", imPkgTeamMismatch, "text-csreq-67050"},
	{"Team IDs do not match", "line", "ERROR: Team IDs do not match", "text-csreq-67050"},
	{"Team ID matching", "app", imTeamMatch, ""},
	{"Team ID", "pkg", imPkgTeamMatch, ""},
	{"Error verifying", "unnotarized app", imError("/Volumes/Acme/Acme.app", strings.ReplaceAll(spUnnotarized, "/Applications/Acme.app", "/Volumes/Acme/Acme.app")), "text-gatekeeper-unverified"},
	{"Error verifying", "development app", imError("/Volumes/Acme/Acme.app", strings.ReplaceAll(spDevelopment, "/Users/dev/Acme/build/Acme.app", "/Volumes/Acme/Acme.app")), "text-spctl-rejected-development"},
	{"Error verifying", "unsigned pkg", imError("Acme.pkg", "Acme.pkg: rejected\nsource=no usable signature"), "text-not-signed"},
	{"need expectedTeamID", "line", imNoExpected, ""},
	{"buildLabel found", "line", imBuildFound, ""},
	{"buildLabel none", "line", imBuildNone, ""},

	// Munki: TLS, not code signing.
	{"SSL error", "expired", "SSL error -9828 detail: Certificate expired", ""},
	{"SSL error", "revoked", "SSL error -9827 detail: Certificate revoked", ""},
	{"SSL error", "untrusted root", "SSL error -9812 detail: Valid cert chain, untrusted root", ""},
	{"SSL error", "chain", "SSL error -9807 detail: Invalid certificate chain", ""},
	{"client certificate", "log", muClientCert, ""},
	{"client certificate", "no list", muNoAuthList, ""},
	{"client keychain", "created", muKeychain, ""},
	{"client keychain", "none", muNoCertInfo, ""},
	{"client keychain", "not root", muNotRoot, ""},
	{"install failed", "line", muInstall, ""},

	// Santa: santactl fileinfo.
	{"Code-signed Yes", "fileinfo", saFileInfo("Yes", "Allowed (TeamID)"), ""},
	{"Code-signed No", "fileinfo", saFileInfo("No", "None"), "text-not-signed"},
	{"Code-signed changed", "fileinfo", saFileInfo("Yes, but code/signature changed/unverifiable", "None"), "text-code-signature-modified"},
	{"Code-signed resources", "fileinfo", saFileInfo("Yes, but resources invalid", "None"), "text-signed-resource-modified"},
	{"Code-signed requirement", "fileinfo", saFileInfo("Yes, but failed requirement validation", "None"), "text-csreq-67050"},
	{"Code-signed Info.plist", "fileinfo", saFileInfo("Yes, but can't validate as the Info.plist has been modified", "None"), "text-signed-resource-modified"},
	{"Code-signed invalid", "fileinfo", saFileInfo("Yes, but the signature is invalid", "None"), "text-code-signature-modified"},
	{"Code-signed revoked", "fileinfo", saFileInfo("Yes, but the signing certificate was revoked", "None"), "text-cert-revoked"},
	{"Code-signed ad-hoc", "fileinfo", saFileInfo("Yes, but ad-hoc", "None"), "text-codesign-adhoc"},
	{"Rule development", "fileinfo", saFileInfo("Yes", "None (TeamID rule ignored because code signed with a development certificate.)"), ""},
	// Santa: its terminal notice (an allow-list's decision, not macOS's).
	{"Santa blocked", "unknown", saBlocked, ""},
	{"Santa blocked", "banned", saBanned, ""},
	{"Santa blocked", "hold", saHold, ""},
	{"Santa blocked", "hold failed", "---\nSanta\n\nUnable to hold execution so the process was killed\n---\n\n", ""},

	// Nudge: its own bundle has no team (a local build); nothing fails.
	{"Nudge no team", "line", nuNoTeam, ""},
}

// knownMissAdminsBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"); each fix removed its rows. Before any
// change: 35 of 52 forms read right (go test ./analyzer/internal/text -run
// TestAdmins -v); after: 53 of 54.
var knownMissAdminsBefore = map[string]bool{
	// spctl's "rejected" with "source=no usable signature" under
	// Installomator's error line: the reader leads with Gatekeeper's
	// refusal and lists the missing signature second, as it does for
	// spctl's verdict on an app alone (TestEditorToolingForms wants
	// Gatekeeper first there); which leads is a choice for both tables.
	"Error verifying (unsigned pkg)": true,
}

// adminRows are the table's forms as rows for checkTable.
func adminRows() []tableRow {
	rows := make([]tableRow, 0, len(adminForms))
	for _, f := range adminForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestAdminsTable(t *testing.T) {
	checkTable(t, adminRows(), knownMissAdminsBefore)
}

// Near misses of the forms the table's fixes read: another system's words,
// the tools' passing lines, and the leads the fixes add.
func TestAdminsTableNearMisses(t *testing.T) {
	readNothing(t,
		// A team check that passes, in Installomator's bare form.
		"2020-07-08 16:17:12 Team ID: H7V7XYVQ7D (expected: H7V7XYVQ7D )",
		// AutoPkg's variable named in a command, not a failure.
		"autopkg run -k DISABLE_CODE_SIGNATURE_VERIFICATION=1 Acme.download.recipe",
		// Other systems' "Code-signed" and "Status: no signature".
		"Code-signed: No (Windows Authenticode; the installer.msi is unsigned)",
		"gpg: Status: no signature found in the detached .asc file",
		// santactl's passing value.
		saFileInfo("Yes", "None"),
	)
	// A failing line beside a passing one still reads as the mismatch.
	readFirst(t, "text-csreq-67050",
		imTeamMatch+"\n"+adTime+" : INFO  : acme : Team ID: 12345ABCDE (expected: ABCDE12345 )\n"+adTime+" : ERROR : acme : ERROR: Team IDs do not match!")
	// AutoPkg's failures lead with their own cause.
	for s, id := range map[string]string{apSummary(apAppFailed): "text-csreq-67050", apSummary(apPkgFailed): "text-pkg-signature-invalid"} {
		if c := firstCause(s, id); !strings.Contains(c, "CodeSignatureVerifier") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
}
