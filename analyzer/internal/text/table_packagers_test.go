package text

import "testing"

// packagerForm is one way a message of another packager of Mac apps reaches
// a paste: the JDK's jpackage, PyInstaller, BeeWare's Briefcase, Wails,
// Compose Multiplatform's Gradle plugin and Qt's macdeployqt, the line
// alone, with the tool's prefix (PyInstaller's "123 WARNING: ", Briefcase's
// "[acme] " and its "Running Command:" block, pterm's " ERROR  ", Gradle's
// "* What went wrong:", macdeployqt's "Log:"/"ERROR:" with codesign's
// stderr as a quoted string), around the Apple output the tool wraps, or in
// a CI log. want is the entry the first finding must be; "" means the
// message is not a failure (progress, success, a step skipped by design),
// so nothing above a note may be found.
type packagerForm struct {
	msg, form, text, want string
}

// The messages are copied from the tools' source code (paths at the
// snapshot read; line numbers are the message's):
//
// jpackage (https://github.com/openjdk/jdk, 07dbfb17):
// src/jdk.jpackage/macosx/classes/jdk/jpackage/internal/resources/MacResources.properties
// (error.certificate.outside-validity-period, error.cert.not.found,
// error.multiple.certs.found, message.codesign.failed.reason.*,
// warning.unsigned.app.image, warning.per.user.app.image.signed,
// warning.non.standard.contents.sub.dir); the bundler line is
// MSG_BundlerConfigExceptionNoAdvice of
// src/jdk.jpackage/share/classes/jdk/jpackage/internal/resources/MainResources.properties (00521485).
//
// PyInstaller (https://github.com/pyinstaller/pyinstaller, b3b542a7):
// PyInstaller/utils/osx.py (391, 689-692), PyInstaller/building/osx.py
// (662-680), building/api.py (471, 834, 842), building/utils.py (335),
// building/build_main.py (1036-1041); the line form is PyInstaller/log.py (35).
//
// Briefcase (https://github.com/beeware/briefcase, 0b5b31f1):
// src/briefcase/platforms/macOS/__init__.py (188-208, 747-795, 821-849,
// 1262, 1310-1351, 1356, 1490-1542, 1664-1695, 1750, 1952, 2034),
// platforms/macOS/app.py (161); the forms: console.py (_log's "[prefix] "),
// integrations/subprocess.py (846-904, output_error's "Running Command:"
// block), __main__.py (error lines).
//
// Wails (https://github.com/wailsapp/wails, f38ae268): v3/internal/commands/sign.go
// (107-228, 239, 343), v3/internal/keychain/keychain.go (46),
// v3/internal/commands/build_assets/darwin/Taskfile.yml (182),
// v2/pkg/commands/build/build.go (448-451); errors print through
// v3/cmd/wails3/main.go (183), pterm's " ERROR  " prefix.
//
// Compose Multiplatform (https://github.com/JetBrains/compose-multiplatform, 79920047):
// gradle-plugins/compose/src/main/kotlin/org/jetbrains/compose/desktop/application/
// internal/MacSigner.kt (104-117), internal/validation/ValidatedMacOSSigningSettings.kt
// (53, 68-81), internal/validation/ValidatedMacOSNotarizationSettings.kt (38-55),
// tasks/AbstractNotarizationTask.kt (54), internal/ExternalToolRunner.kt (80-86).
//
// macdeployqt (https://github.com/qt/qtbase, src/tools/macdeployqt/shared/shared.cpp:
// codesignFile's "Codesign signing error:", codesignBundle's "Signing … with
// identity", "Finished codesigning" and "codesign verification error:"; qt/qttools
// no longer holds it). LogError/LogNormal print "ERROR:"/"Log:" through qDebug,
// which quotes QStrings and QByteArrays (codesign's stderr, with "\n" escaped).
//
// Apple's own lines the tools wrap (codesign's, security's, notarytool's,
// stapler's) are those of table_keychain_test.go and table_notary_test.go.
// Names, paths, hashes, team IDs and submission IDs are neutral placeholders.
//
// Left out: option and configuration errors no catalogue entry is about
// (jpackage's "--mac-sign option is required with predefined application
// image", "Unable to get keychain list."; Briefcase's "Couldn't extract Team
// ID from signing identity", "Unable to run security find-identity.", its
// notarization-marker bookkeeping and "is not a known submission ID";
// Compose's "macOS was expected", "Could not infer signing prefix" and
// "AppImage cannot be notarized!"; PyInstaller's CI-only "Code-sign
// attributes found in extended attributes"); messages that name no reason
// (Briefcase's "Unable to code sign …" and "Unknown problem retrieving
// notarization status." without the command's output, Compose's "External
// tool execution failed:" whose output is only in a log file, macdeployqt's
// empty ERROR: ""); the Wails setup wizard's web-page errors.
//
// At first (before any change) 48 of 83 forms read right (go test
// ./analyzer/internal/text -run TestPackagers -v); two rows then wanted
// text-nested-code-invalid for codesign's "code object is not signed at
// all / In subcomponent:", which the catalogue reads as text-not-signed
// (TestStaticLibraryEmbedded), and now want that. After the fixes 80 of 83
// read right in the text reader's order; the three left are Briefcase's
// rejections (packagersReportOrder), which the report leads with the log's
// issue.
const (
	pkApp   = "/Users/dev/acme/dist/Acme.app"
	pkIdent = "Developer ID Application: Acme Inc (ABCDE12345)"

	// jpackage.
	jpOutsideValidity = `The certificate "` + pkIdent + `" is outside its validity period`
	jpNotFound        = `No certificate found matching [` + pkIdent + `] using keychain []`
	jpMultiple        = `Multiple certificates matching name [` + pkIdent + `] found in keychain [/Users/dev/Library/Keychains/login.keychain-db]`
	jpXcodeTools      = `Possible reason for "codesign" failure is missing Xcode with command line developer tools. Install Xcode with command line developer tools to see if it resolves the problem.`
	jpAppContent      = `"codesign" failed and additional application content was supplied via the "--app-content" parameter. Probably the additional content broke the integrity of the application bundle and caused the failure. Ensure content supplied via the "--app-content" parameter does not break the integrity of the application bundle, or add it in the post-processing step.`
	jpUnsignedImage   = `Warning: Using unsigned app-image to build signed PKG.`
	jpPerUser         = `Warning: Support for per-user configuration of the installed application will not be supported due to missing "Contents/Resources/Acme.cfg" in predefined signed application image.`
	jpNonStandard     = `Warning: The file name of the directory "extras" specified for the --app-content option is not a standard subdirectory name in the "Contents" directory of the application bundle. The result application bundle may fail code signing and/or notarization.`

	// PyInstaller.
	piIdentity   = `71 INFO: Code signing identity: ` + pkIdent
	piProgress   = "5310 INFO: Removing signature(s) from EXE\n5321 INFO: Appending PKG archive to EXE\n5330 INFO: Fixing EXE headers for code signing\n5402 INFO: Building BUNDLE BUNDLE-00.toc\n5960 INFO: Signing the BUNDLE...\n7012 INFO: Building BUNDLE BUNDLE-00.toc completed successfully."
	piVerified   = "7013 INFO: Verifying signature for BUNDLE " + pkApp + "...\n7420 INFO: BUNDLE verification complete!"
	piCodesignOK = `codesign command (['/usr/bin/codesign', '-s', '` + pkIdent + `', '--force', '--all-architectures', '--timestamp', '--options=runtime', '--deep', '` + pkApp + `']) failed with error code 1!`
	piFramework  = `6001 WARNING: One or more collected .framework bundles have missing Info.plist file. If you are building an .app bundle, you will most likely not be able to code-sign it.`
	piOldSDK     = "4120 WARNING: Found one or more binaries with invalid or incompatible macOS SDK version:\n4120 WARNING:  * '/Users/dev/acme/lib/libacme.dylib', collected as 'libacme.dylib'; version: (10, 6, 0)\n4120 WARNING: These binaries will likely cause issues with code-signing and hardened runtime!"

	// Briefcase.
	bcSigning   = "\n[acme] Signing app...\nSigning app with identity " + pkIdent + "..."
	bcAdhoc     = "\n[acme] Ad-hoc signing app..."
	bcAdhocWarn = "This app is being signed with an ad-hoc identity. The resulting\napp will run on this computer, but will not run on anyone else's\ncomputer."
	bcFuture    = "\nIn future, you could specify this signing identity by using:\n\n    $ briefcase package macOS app --identity " + kcHash + " ...\n\nor\n\n    $ briefcase package macOS app --identity \"" + pkIdent + "\" ..."
	bcInvalid   = `Invalid application signing identity ` + pkIdent
	bcNoInst    = `No installer signing identities for team ABCDE12345 could be found.`
	bcICloud    = "Your project is in a folder that is synchronized with iCloud. This interferes\nwith the operation of macOS code signing.\n\nDelete the build/acme folder, move your project to location\nthat is not synchronized with iCloud, and re-run `briefcase package`."
	bcAdhocNot  = `Can't notarize an app with an ad-hoc signing identity`
	bcNotarize  = "\n[acme] Notarizing DMG with team ID ABCDE12345...\n\nSubmitting app for notarization..."
	bcNoCreds   = "\nThe keychain does not contain credentials for the profile briefcase-macOS-ABCDE12345.\nYou can store these credentials by invoking:\n\n    $ xcrun notarytool store-credentials --team-id ABCDE12345 briefcase-macOS-ABCDE12345\n"
	bcCredsHelp = "\nThe notarization process uses credentials stored on your system Keychain.\nYou need to do this once for each signing certificate you use.\n\nThe credentials are authenticated and stored using your Apple ID, using\nan app-specific Apple ID password. To generate an app-specific Apple ID\npassword:"
	bcStoreFail = `Unable to store credentials for team ID ABCDE12345.`
	bcRejected  = "Notarization was rejected: Archive contains critical validation errors\n\n    * (error) Acme-1.0.0.dmg/Acme.app/Contents/MacOS/Acme [arm64]\n      The binary is not signed with a valid Developer ID certificate.\n      https://developer.apple.com/documentation/security/notarizing_macos_software_before_distribution/resolving_common_notarization_issues#3087721"
	bcRejectedR = "Notarization was rejected: Archive contains critical validation errors\n\n    * (error) Acme-1.0.0.dmg/Acme.app/Contents/MacOS/Acme [x86_64]\n      The executable does not have the hardened runtime enabled.\n      https://developer.apple.com/documentation/security/notarizing_macos_software_before_distribution/resolving_common_notarization_issues#3087724"
	bcNotYet    = `Apple has not completed notarising the app; try again later`
	bcStapling  = "\nStapling notarization onto dist/Acme-1.0.0.dmg..."
	bcStapleNo  = `Unable to staple notarization onto dist/Acme-1.0.0.dmg`
	bcInterrupt = `Notarization interrupted by user.`

	// Wails.
	waNoIdentity = ` ERROR  --identity is required for macOS signing (set via ` + "`wails3 setup`" + ` or --identity flag)`
	waNoProfile  = ` ERROR  --keychain-profile is required for notarization (set via ` + "`wails3 setup`" + ` or --keychain-profile flag)`
	waSigned     = " INFO  Signing macOS app bundle: build/bin/Acme.app\n SUCCESS  Signed: build/bin/Acme.app\n INFO  Submitting for notarization...\n SUCCESS  Notarization complete and ticket stapled"
	waSkip       = `Skipping codesign (not available on linux). Sign the .app on macOS before distribution.`

	// Compose Multiplatform.
	cmNoIdentity = "Signing settings error: signing identity is null or empty. To specify:\n  * Use 'compose.desktop.mac.signing.identity' Gradle property;\n  * Use 'nativeDistributions.macOS.signing.identity' DSL property;"
	cmNoKeychain = `Signing settings error: could not find the specified keychain: build.keychain`
	cmNoCert     = `Could not find certificate for 'Acme Inc' in keychain []`
	cmMultiple   = `Multiple matching certificates are found for '` + pkIdent + `'. Please specify keychain containing unique matching certificate.`
	cmNoAppleID  = "Notarization settings error: appleID is null or empty. To specify:\n  * Use 'compose.desktop.mac.notarization.appleID' Gradle property;\n  * Or use 'nativeDistributions.macOS.notarization.appleID' DSL property;"
	cmNoPassword = "Notarization settings error: password is null or empty. To specify:\n  * Use 'compose.desktop.mac.notarization.password' Gradle property;\n  * Or use 'nativeDistributions.macOS.notarization.password' DSL property;"
	cmNoTeamID   = "Notarization settings error: teamID is null or empty. To specify:\n  * Use 'compose.desktop.mac.notarization.teamID' Gradle property;\n  * Or use 'nativeDistributions.macOS.notarization.teamID' DSL property;"
	cmNoSettings = `Notarization settings error: notarization settings are not provided`
	cmUploading  = `Uploading 'Acme-1.0.0.dmg' for notarization`

	// macdeployqt.
	mqFramework = pkApp + "/Contents/Frameworks/QtCore.framework/Versions/A/QtCore"
	mqSigning   = "Log: \nLog: Signing \"" + pkApp + "\" with identity \"" + pkIdent + "\"\nLog: \"codesign, enable hardened runtime, include secure timestamp\" \"" + mqFramework + "\"\nLog: Finished codesigning  \"" + pkApp + "\" with identity \"" + pkIdent + "\""
)

// piWarning is PyInstaller's BUNDLE signing failure as a warning (the
// default): codesign's command and output, then the advice.
func piWarning(output string) string {
	return "5960 INFO: Signing the BUNDLE...\n6102 WARNING: Error while signing the bundle: " + piCodesignOK + "\noutput: " + output + "\n6102 WARNING: You will need to sign the bundle manually!"
}

// piStrict is the same failure with PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR
// set: the traceback's two exceptions.
func piStrict(output string) string {
	return "SystemError: " + piCodesignOK + "\noutput: " + output + "\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/Users/dev/acme/.venv/bin/pyinstaller\", line 8, in <module>\n    sys.exit(_console_script_run())\nRuntimeError: Failed to codesign the bundle!"
}

// piBinary is the failure to sign one collected binary, chained into
// "Failed to process binary".
func piBinary(output string) string {
	return "SystemError: codesign command (['/usr/bin/codesign', '-s', '" + pkIdent + "', '--force', '--all-architectures', '--timestamp', '--options=runtime', '/Users/dev/Library/Application Support/pyinstaller/bincache00_py312_64bit/arm64/adhoc/no-entitlements/libacme.dylib']) failed with error code 1!\noutput: " + output + "\n\nThe above exception was the direct cause of the following exception:\n\nSystemError: Failed to process binary '/Users/dev/Library/Application Support/pyinstaller/bincache00_py312_64bit/arm64/adhoc/no-entitlements/libacme.dylib'!"
}

// bcCommand is Briefcase's output_error block for a failed command, then
// the error it raises.
func bcCommand(cmd, stderr, msg string) string {
	out := "\nRunning Command:\n    " + cmd + "\nCommand Error Output (stderr):\n"
	for _, l := range splitLines(stderr) {
		out += "    " + l + "\n"
	}
	return out + "Return code: 1\n\n\n" + msg
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// gradleFailure is Gradle's summary of a task's failure.
func gradleFailure(task, msg string) string {
	return "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task '" + task + "'.\n> " + msg + "\n\n* Try:\n> Run with --stacktrace option to get the stack trace."
}

// mqError is macdeployqt's codesign failure: its line, then codesign's
// stderr as qDebug quotes a QByteArray.
func mqError(head, stderr string) string {
	q := ""
	for i, l := range splitLines(stderr) {
		if i > 0 {
			q += `\n`
		}
		q += l
	}
	return "ERROR: " + head + "\nERROR: \"" + q + `\n"`
}

var packagerForms = []packagerForm{
	// jpackage.
	{"outside validity period", "line", jpOutsideValidity, "text-cert-expired"},
	{"outside validity period", "bundler", `Bundler Mac DMG Package skipped because of a configuration problem: ` + jpOutsideValidity, "text-cert-expired"},
	{"outside validity period", "ci", ghaLog(jpOutsideValidity), "text-cert-expired"},
	{"no certificate found", "line", jpNotFound, "text-identity-not-found"},
	{"no certificate found", "bundler", `Bundler Mac PKG Package skipped because of a configuration problem: ` + jpNotFound, "text-identity-not-found"},
	{"no certificate found", "gradle", gradleFailure(":packageDmg", jpNotFound), "text-identity-not-found"},
	{"multiple certificates", "line", jpMultiple, "text-ambiguous-identity"},
	{"multiple certificates", "bundler", `Bundler Mac DMG Package skipped because of a configuration problem: ` + jpMultiple, "text-ambiguous-identity"},
	{"codesign xcode tools", "line", jpXcodeTools, "text-codesign-allocate-failed"},
	{"codesign xcode tools", "with codesign", "/Users/dev/acme/build/Acme.app: the codesign_allocate helper tool cannot be found or used\n" + jpXcodeTools, "text-codesign-allocate-failed"},
	{"codesign app content", "line", jpAppContent, "text-bundle-format"},
	{"codesign app content", "with codesign", "/Users/dev/acme/build/Acme.app: unsealed contents present in the bundle root\n" + jpAppContent, "text-bundle-format"},
	{"unsigned app-image", "line", jpUnsignedImage, ""},
	{"per-user configuration", "line", jpPerUser, ""},
	{"non-standard Contents dir", "line", jpNonStandard, ""},

	// PyInstaller.
	{"signing identity", "log", piIdentity, ""},
	{"bundle progress", "log", piProgress, ""},
	{"bundle progress", "ci", ghaLogLines(piProgress), ""},
	{"bundle verified", "log", piVerified, ""},
	{"bundle sign no identity", "warning", piWarning(kcNoIdentity), "text-identity-not-found"},
	{"bundle sign no identity", "ci", ghaLogLines(piWarning(kcNoIdentity)), "text-identity-not-found"},
	{"bundle sign no identity", "strict", piStrict(kcNoIdentity), "text-identity-not-found"},
	{"bundle sign errSecInternalComponent", "warning", piWarning(pkApp + ": replacing existing signature\n" + pkApp + ": errSecInternalComponent"), "text-errsec-internal-component"},
	{"bundle sign nested", "warning", piWarning(pkApp + ": replacing existing signature\n" + pkApp + ": code object is not signed at all\nIn subcomponent: " + pkApp + "/Contents/MacOS/lib/acme.so"), "text-not-signed"},
	{"bundle sign timestamp", "strict", piStrict(pkApp + ": replacing existing signature\n" + pkApp + ": The timestamp service is not available."), "text-timestamp-unavailable"},
	{"binary sign no identity", "traceback", piBinary(kcNoIdentity), "text-identity-not-found"},
	{"framework without Info.plist", "log", piFramework, "text-bundle-format"},
	{"old SDK", "log", piOldSDK, "text-old-sdk"},

	// Briefcase.
	{"signing", "console", bcSigning, ""},
	{"ad-hoc", "console", bcAdhoc, ""},
	{"ad-hoc banner", "console", bcAdhocWarn, ""},
	{"identity hint", "console", bcFuture, ""},
	{"invalid identity", "line", bcInvalid, "text-identity-not-found"},
	{"invalid identity", "console", "\n[acme] Signing app...\n\n" + bcInvalid, "text-identity-not-found"},
	{"no installer identity", "line", bcNoInst, "text-identity-not-found"},
	{"iCloud folder", "line", bcICloud, "text-detritus"},
	{"codesign errSecInternalComponent", "command", bcCommand("codesign "+pkApp+" --sign "+kcHash+" --force --entitlements build/acme/macos/app/Entitlements.plist --options runtime", pkApp+": errSecInternalComponent", "Unable to code sign "+pkApp+"."), "text-errsec-internal-component"},
	{"codesign detritus", "command", bcCommand("codesign "+pkApp+" --sign - --force", pkApp+": resource fork, Finder information, or similar detritus not allowed", "Unable to code sign "+pkApp+"."), "text-detritus"},
	{"ad-hoc notarize", "line", bcAdhocNot, "text-not-developer-id"},
	{"notarizing", "console", bcNotarize, ""},
	{"no keychain credentials", "line", bcNoCreds, "text-notary-auth"},
	{"credentials help", "console", bcCredsHelp, ""},
	{"store credentials failed", "line", bcStoreFail, "text-notary-auth"},
	{"store credentials failed", "after notarytool", bcCredsHelp + "\n" + nt401 + "\n\n" + bcStoreFail, "text-notary-auth"},
	{"submit 401", "command", bcCommand("xcrun notarytool submit dist/Acme-1.0.0.dmg --keychain-profile briefcase-macOS-ABCDE12345 --output-format json", nt401, "Unable to submit dist/Acme-1.0.0.dmg for notarization."), "text-notary-auth"},
	{"rejected Developer ID", "line", bcRejected, "text-not-developer-id"},
	{"rejected hardened runtime", "line", bcRejectedR, "text-no-hardened-runtime"},
	{"rejected", "ci", ghaLogLines(bcRejected), "text-not-developer-id"},
	{"not completed", "line", bcNotYet, "text-notary-in-progress"},
	{"stapling", "console", bcStapling, ""},
	{"staple failed", "with stapler", bcStapling + "\n" + stStapleCloudKit + "\n\n" + bcStapleNo, "text-stapler-failed"},
	{"staple failed", "line", bcStapleNo, "text-stapler-failed"},
	{"interrupted", "line", bcInterrupt, ""},

	// Wails.
	{"identity required", "cli", waNoIdentity, "text-identity-not-found"},
	{"keychain profile required", "cli", waNoProfile, "text-notary-auth"},
	{"codesign failed", "no identity", kcNoIdentity + "\n ERROR  codesign failed: exit status 1", "text-identity-not-found"},
	{"codesign failed", "errSecInternalComponent", pkApp + ": replacing existing signature\n" + pkApp + ": errSecInternalComponent\n ERROR  codesign failed: exit status 1", "text-errsec-internal-component"},
	{"notarization failed", "401", nt401 + "\n ERROR  notarization failed: exit status 1", "text-notary-auth"},
	{"notarization failed", "no profile", ntNoKeychainItem + "\n ERROR  notarization failed: exit status 1", "text-notary-auth"},
	{"stapling failed", "after Invalid", ntSubmitInvalid + "\n" + stStapleCloudKit + "\n ERROR  stapling failed: exit status 65", "text-notary-invalid"},
	{"signed and notarized", "cli", waSigned, ""},
	{"skip codesign", "task", `task: [darwin:codesign:skip] echo "Skipping codesign (not available on linux). Sign the .app on macOS before distribution."` + "\n" + waSkip, ""},
	{"v2 self-signing", "detritus", " • Self-signing application: \n" + `codesign failed: exit status 1 – /Users/dev/acme/build/bin/Acme.app: resource fork, Finder information, or similar detritus not allowed`, "text-detritus"},

	// Compose Multiplatform.
	{"identity unset", "gradle", gradleFailure(":packageDmg", cmNoIdentity), "text-identity-not-found"},
	{"keychain not found", "gradle", gradleFailure(":packageDmg", cmNoKeychain), "text-identity-not-found"},
	{"certificate not found", "line", cmNoCert, "text-identity-not-found"},
	{"certificate not found", "gradle", gradleFailure(":createDistributable", cmNoCert), "text-identity-not-found"},
	{"multiple certificates", "gradle", gradleFailure(":createDistributable", cmMultiple), "text-ambiguous-identity"},
	{"appleID unset", "gradle", gradleFailure(":notarizeDmg", cmNoAppleID), "text-notary-auth"},
	{"password unset", "gradle", gradleFailure(":notarizeDmg", cmNoPassword), "text-notary-auth"},
	{"teamID unset", "gradle", gradleFailure(":notarizeDmg", cmNoTeamID), "text-notary-auth"},
	{"notarization settings", "line", cmNoSettings, "text-notary-auth"},
	{"notarytool 401", "verbose", "> Task :notarizeDmg\n" + cmUploading + "\n" + nt401 + "\n\n" + gradleFailure(":notarizeDmg", "External tool execution failed:\n* Command: [/usr/bin/xcrun, notarytool, submit, --wait, --apple-id, dev@example.com, --team-id, ABCDE12345, /Users/dev/acme/build/compose/binaries/main/dmg/Acme-1.0.0.dmg]"), "text-notary-auth"},
	{"uploading", "info", "> Task :notarizeDmg\n" + cmUploading, ""},

	// macdeployqt.
	{"signing", "log", mqSigning, ""},
	{"signing error no identity", "log", mqError("Codesign signing error:", kcNoIdentity), "text-identity-not-found"},
	{"signing error errSecInternalComponent", "log", mqError("Codesign signing error:", mqFramework+": replacing existing signature\n"+mqFramework+": errSecInternalComponent"), "text-errsec-internal-component"},
	{"signing error timestamp", "log", mqError("Codesign signing error:", mqFramework+": replacing existing signature\n"+mqFramework+": The timestamp service is not available."), "text-timestamp-unavailable"},
	{"signing error timestamp", "ci", ghaLogLines(mqError("Codesign signing error:", mqFramework+": The timestamp service is not available.")), "text-timestamp-unavailable"},
	{"verification error", "log", mqError("codesign verification error:", pkApp+": code object is not signed at all\nIn subcomponent: "+pkApp+"/Contents/Resources/qml/Acme/libacmeplugin.dylib"), "text-not-signed"},

	// Look-alikes in the same tools' words about other systems
	// (Wails' keychain.go 46 for a Windows certificate's password, its
	// sign.go 297 and 343; PyInstaller's Windows signing is not its own).
	{"near miss", "wails windows keychain", ` WARNING  Could not get password from keychain: credential "windows-cert-password" not found in keychain (set with: wails3 setup signing, or set env var WAILS_WINDOWS_CERT_PASSWORD)`, ""},
	{"near miss", "wails signtool", " INFO  Signing Windows executable: build/bin/acme.exe\n ERROR  signtool failed: exit status 1", ""},
	{"near miss", "wails pgp", " ERROR  no PGP signing key found for DEB signing — pass --pgp-key, set PGP_KEY in build/linux/Taskfile.yml, or run `wails3 setup` / `wails3 setup signing`", ""},
}

// knownMissPackagersBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"); each fix removed its rows: the 35
// misses of the first measure were new wordings of existing entries'
// messages (identity not found or unset, several identities, an expired
// certificate, a credential or keychain profile missing, the stapler,
// the notary still working, a bundle codesign cannot seal, an old SDK).
var knownMissPackagersBefore = map[string]bool{}

// packagersReportOrder lists the forms the text reader lists in the order of
// the paste (Briefcase's "Notarization was rejected", then the log's issue),
// which the analyzer's findings order turns: the report leads with the
// issue (TestPackagerTableReportOrder).
var packagersReportOrder = map[string]bool{
	"rejected Developer ID (line)":     true,
	"rejected hardened runtime (line)": true,
	"rejected (ci)":                    true,
}

// packagerRows are the table's forms as rows for checkTable.
func packagerRows() []tableRow {
	rows := make([]tableRow, 0, len(packagerForms))
	for _, f := range packagerForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestPackagersTable(t *testing.T) {
	known := map[string]bool{}
	for _, m := range []map[string]bool{knownMissPackagersBefore, packagersReportOrder} {
		for k := range m {
			known[k] = true
		}
	}
	checkTable(t, packagerRows(), known)
}

// PackagerFormsInReportOrder returns the key, want and text of the forms in
// packagersReportOrder, which the report must lead with their want (package
// text_test checks it).
func PackagerFormsInReportOrder() [][3]string {
	return knownRows(packagerRows(), packagersReportOrder)
}

// Near misses of the forms the table's fixes read, and the causes they lead with.
func TestPackagersTableNearMisses(t *testing.T) {
	readNothing(t,
		// A server's certificate out of its validity period is TLS, not signing.
		`The certificate "CN=www.example.com" is outside its validity period`,
		// Compose's check that the build runs on a Mac, and PyInstaller's Windows note.
		`Signing settings error: macOS was expected, actual OS is Linux`,
		`5310 INFO: Removing signature(s) from EXE`,
		// Briefcase's iCloud check passing says nothing; its success lines.
		"[acme] Building DMG...\nSigning dist/Acme-1.0.0.dmg\n[acme] Notarizing DMG with team ID ABCDE12345...",
	)
	leads := []struct{ text, cause string }{
		{cmNoAppleID, causeNotaryCredentialUnset},
		{gradleFailure(":notarizeDmg", cmNoTeamID), causeNotaryCredentialUnset},
		{waNoProfile, causeNotaryKeychainItemMissing},
		{bcNoCreds, causeNotaryKeychainItemMissing},
		{bcICloud, Lookup("text-detritus").Causes[1]},
	}
	for _, l := range leads {
		if r := Analyze([]byte(l.text)); len(r.Matches) == 0 || len(r.Matches[0].Causes) == 0 || r.Matches[0].Causes[0] != l.cause {
			t.Errorf("%q: the first cause is not %q", l.text, l.cause)
		}
	}
}
