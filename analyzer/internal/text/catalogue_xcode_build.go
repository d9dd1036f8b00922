package text

import "strings"

// Xcode: embedded targets (extensions, App Clips, frameworks), the signing
// certificate and account of the project, an archive's export and the
// project's own files (entitlements, Info.plist). catalogue_xcode.go holds
// the rest of Xcode's messages; these follow them in the catalogue.
var xcodeBuildEntries = []*Entry{
	{
		// Read also from installd's refusal (MobileDevice 0xe800009e),
		// IXErrorDomain's placeholder for an extension and a watch app's
		// companion identifier a re-signer did not rename (the installer's
		// "Invalid value of WKCompanionAppBundleIdentifier", whose I read off
		// a screenshot often comes out as an l).
		ID: "text-embedded-bundle-id-prefix", Title: "Extension's bundle ID is not under the app's", Severity: Error,
		Source:  "Xcode, App Store Connect",
		Meaning: "Every app extension, watch app or embedded app must have a bundle identifier that starts with the containing app's bundle identifier and a dot.",
		Causes:  []string{"The app's bundle ID was changed and the extensions were not.", "An extension target was copied from another project."},
		Confirm: "the app (zipped .app or .ipa): signdoctor lists every bundle's identifier",
		Fix:     "Set each embedded target's bundle ID to APPID.something (for example com.example.app.widget) and regenerate its profile.",
		Checks:  []string{chkBundleIdentifier},
		patterns: []pattern{pat("is not prefixed with the parent app", `bundle identifier is not prefixed with the parent app's bundle identifier`), pat("does not properly", `does not properly\s{1,4}extend the CFBundleIdentifier value`), codePat("itms-90376", `\bITMS-90376\b`), pat("does not have expected identifier prefix", `does not have expected identifier prefix|\b(?:kAMD)?AppexBundleIDNotPrefixed\b`), pat("0xe800009e", mdHexStart+`0xe800009e`+mdCodeEnd), codePat("-402653026", mdDecStart+`-402653026`+mdCodeEnd), pat("app extension with an illegal bundle identifier", `app extension with an illegal bundle identifier`),
			// App Store Connect's words, and Xcode's identifier pair pasted without its lead line.
			pat("of the application extension", `bundle identifier ['‘’"][^'‘’"\n]{1,200}['‘’"] of the application extension \S[^\n]{0,300}? should start with the application's bundle identifier`), pat("embedded binary bundle identifier:", `Embedded Binary Bundle Identifier:[ \t]{1,8}\S{0,200}\s{1,8}Parent App Bundle Identifier:`), pat("does not match required prefix", `app extension placeholder promise with bundle ID \S{1,300} that does not match required prefix`), pat("for the wkcompanionappbundleidentifier key", `has an incorrect value, [“"][^"”\n]{1,200}[”"], for the WKCompanionAppBundleIdentifier key`), pat("wkcompanionappbundle", `Invalid value of WKCompanionAppBundle[Il]dentifier\s+key in WatchKit`)},
	},
	{
		ID: "text-embedded-binary-certificate", Title: "Extension signed with another certificate than the app", Severity: Error,
		Source:   "Xcode",
		Meaning:  "An embedded binary (app extension, watch app) must be signed with the same certificate as the app that contains it.",
		Causes:   []string{"The extension target uses another team or signing identity than the app target.", "One target uses automatic signing and the other manual signing with another certificate.", "The signing certificate is not trusted on this Mac (no Apple Worldwide Developer Relations intermediate installed), so the extension was signed ad hoc (\"- (Ad Hoc Code Signed)\", with \"unable to build chain to self-signed root\" in its signing step)."},
		Confirm:  "the app (zipped .app or .ipa): signdoctor shows the team and certificate of every bundle",
		Fix:      "Give every target the same team and signing style (automatic everywhere, or the same certificate with per-target profiles).",
		Checks:   []string{chkBundleNestedTeam, chkEntTeamMismatch},
		patterns: []pattern{pat("not signed with the same certificate as the parent app", `Embedded binary is not signed with the same certificate as the parent app`)},
	},
	{
		ID: "text-signing-certificate-invalid", Title: "Signing certificate is not valid for code signing", Severity: Error,
		Source:  "Xcode",
		Meaning: "The certificate Xcode would sign with is no longer valid: it was revoked or it expired.",
		Causes:  []string{"The certificate was revoked (by a team member, by Xcode creating a replacement, or with the account).", "It expired.", "An Apple intermediate is missing, so the certificate cannot be validated."},
		Confirm: dropCert,
		Fix:     "Delete it from the keychain, let Xcode create a new one (Settings > Accounts > Manage Certificates), and regenerate the profiles that listed the old one.",
		Checks:  []string{chkCertExpired, chkProfileCerts},
		patterns: []pattern{
			// ldid -K, when OpenSSL rejects the certificate from the .p12.
			pat("ldid", `\bldid: Your certificate might not be valid\b`),
			pat("is not valid for code signing", `Signing certificate "?(?P<identity>[^"]{1,160}?)"?, serial number "?[0-9A-Fa-f]{1,64}"?, is not valid for code signing`), pat("signing certificate is", `Signing certificate is (?:invalid|not valid for code signing)`)},
	},
	{
		ID: "text-xcode-account-unavailable", Title: "Xcode has no developer account it can use", Severity: Error,
		Source:  "xcodebuild (automatic signing, -exportArchive), fastlane gym, flutter",
		Meaning: "Automatic signing and export ask Apple's developer services for profiles and certificates as an account; on this machine or in this session Xcode has none it can use.",
		Causes: []string{
			"A build machine (CI, ssh, another user) where no Apple ID is signed in to Xcode, or its sign-in is not usable from that session.",
			"The Apple ID's session in Xcode expired (password or two-factor sign-in needed again).",
			"An App Store Connect API key was given to fastlane, not to xcodebuild.",
		},
		Confirm: dropNoFile,
		Fix:     "On a build machine, pass an App Store Connect API key to xcodebuild (Xcode 13 or later), for archive and -exportArchive alike: -allowProvisioningUpdates -authenticationKeyPath AuthKey.p8 -authenticationKeyID KEY_ID -authenticationKeyIssuerID ISSUER_ID. On your Mac, sign in again in Xcode Settings > Accounts.",
		patterns: []pattern{
			pat("no accounts", `\bNo Accounts: Add a new account in Accounts settings|\bexportArchive:? No Accounts\b|["'`+"`"+`]No Accounts["'`+"`"+`]`),
			pat("failed to use accounts", `\bFailed to Use Accounts\b`),
			// The sign-in that failed; a failure it led to, pasted beside it
			// (no certificate, an expired profile), is the diagnosis.
			summaryPat("unable to log in with account", `Unable to log in with account '[^'\n]{1,80}'\. An unexpected failure occurred while logging in`),
			// -exportArchive for the App Store with no account that may upload.
			pat("no accounts with app store connect access", `No Accounts with App Store Connect Access`),
			pat("1100", `DVTPortalServiceErrorDomain Code=1100\b|from the portal \('1100'\)|\berror 1100\b`),
			pat("no accounts registered with xcode", `There are no accounts registered with Xcode`),
		},
	},
	{
		ID: "text-export-options-invalid", Title: "Export method not offered for this archive", Severity: Error,
		Source:  "xcodebuild -exportArchive (exportOptions.plist), fastlane gym, flutter build ipa",
		Meaning: "-exportArchive checks the export options against what this Xcode offers for this archive: the braces list the methods it accepts, the value after \"found\" is the plist's.",
		Causes: []string{
			"The method is a name this Xcode does not know: older Xcode lacks app-store-connect, release-testing and debugging (it wants app-store, ad-hoc, development); developer-id and mac-application are for Mac archives.",
			"Empty braces: no method at all for this archive, most often a Generic Xcode Archive (a library or a dependency with Skip Install NO put a second product in it), or Xcode's distribution support failed (\"Unknown Distribution Error\").",
		},
		Confirm: dropNoFile,
		Fix:     "Use a method from the braces (or a newer Xcode for the new names). With empty braces, open the archive in Xcode's Organizer: if it is a Generic Xcode Archive, set Skip Install to YES for every library target and archive again.",
		patterns: []pattern{
			pat("exportoptionsplist error", `exportOptionsPlist error for key ['"]?method['"]?:?\s+expected one(?: of)? \{(?:[^}\n]{0,200}\},? but found(?: [A-Za-z()\-]{1,40})?)?`),
		},
	},
	{
		ID: "text-entitlements-modified-during-build", Title: "Entitlements file changed during the build", Severity: Error,
		Source:  "Xcode, xcodebuild",
		Meaning: "Xcode reads the target's entitlements file (CODE_SIGN_ENTITLEMENTS) before building and found it changed by the time it came to sign, so the signature could carry other entitlements than the file; it stops instead.",
		Causes: []string{
			"A build phase, a plugin's or CI step's script, or a tool run during the build writes to the entitlements file (adding keys, or regenerating it).",
			"The file was changed while the build ran (a capability added in Xcode, a checkout or a sync of the project folder).",
		},
		Confirm: dropProfEnt,
		Fix:     "Find what writes to the file during the build and move it before the build (or make it write another file); then build again. Setting CODE_SIGN_ALLOW_ENTITLEMENTS_MODIFICATION to YES silences the check but may sign with entitlements the file does not hold: check the result with `codesign -d --entitlements - App.app`.",
		patterns: []pattern{
			pat("was modified during the build", `Entitlements file "(?P<path>[^"\n]{1,200})" was modified during the build`),
		},
	},
	{
		ID: "text-entitlements-file-missing", Title: "Entitlements file not found", Severity: Error,
		Source:  "Xcode, xcodebuild",
		Meaning: "Before signing, Xcode reads the entitlements file that the target's CODE_SIGN_ENTITLEMENTS build setting names, and no file is at that path.",
		Causes: []string{
			"The file was moved, renamed or never committed, or the project (or its generator's spec) names a path relative to another folder than the project's.",
			"The setting reaches a target it was not meant for: CODE_SIGN_ENTITLEMENTS given on the xcodebuild command line (or in an xcconfig for the whole build) applies to every target, Swift packages' targets included, and resolves the path from each target's own folder.",
		},
		Confirm: dropNoFile,
		Fix:     "Set CODE_SIGN_ENTITLEMENTS only on the target that needs it (in the project, that target's xcconfig or the generator's spec), not on the xcodebuild command line; make the path relative to the project folder ($(SRCROOT)/…) and check that the file is in the checkout.",
		patterns: []pattern{
			// zsign -e.
			pat("read entitlements file", `\bCan't read entitlements file!`),

			// The .NET iOS SDK's CompileEntitlements for the CodesignEntitlements path.
			pat("entitlements.plist template", `\bEntitlements\.plist template '[^'\n]{1,300}' not found\b`),
			pat("verify the value of the code_sign_entitlements", `(?:The file ["“](?P<path>[^"”\n]{1,300})["”]\s+could not be opened\.\s+)?Verify the value of the CODE_SIGN_ENTITLEMENTS\s+build setting`),
			// The same retold: the file named is missing (not "missing" a key).
			pat(".entitlements", `["“]?(?P<path>[\w./-]{1,200}\.entitlements)["”]? (?:is missing|does not exist|doesn't exist|(?:was |is |could )?not (?:be )?found)(?:[.,;:!)]|\s*$)`),
		},
	},
	{
		ID: "text-app-clip-parent-bundle-id", Title: "App Clip identifier registered without its parent app", Severity: Error,
		Source:  "App Store Connect API (tools that register identifiers and profiles for you: EAS, Bitrise, fastlane)",
		Meaning: "An App Clip's App ID belongs to exactly one full app: Apple registers it as an App Clip ID whose parent is the full app's App ID. A tool creating the App Clip's identifier, or syncing its capabilities, through the App Store Connect API did not name that parent app, so Apple refused the request and no profile was made for the App Clip.",
		// EAS reports the capability sync that failed before Apple's reason.
		Supersedes: []string{"text-eas-capability-sync-failed"},
		Causes: []string{
			"The App Clip's identifier is not registered yet (or not as an App Clip ID), so the tool tries to create it or set its capabilities itself, and it cannot send the parent app that App Clip IDs require.",
			"The App Clip's bundle ID is not the full app's bundle ID followed by a suffix (com.example.app.Clip), so it is not taken as that app's App Clip.",
		},
		Confirm: dropNoFile,
		Fix:     "Register the App Clip's identifier yourself in Certificates, Identifiers & Profiles > Identifiers as an App Clip ID, with the full app's App ID as its parent and a bundle ID under the app's (com.example.app.Clip), and enable its capabilities there (or let Xcode's automatic signing register it); then run the tool again so it reuses that identifier.",
		patterns: []pattern{
			pat("parentbundleid", `relationship ['"‘’]?parentBundleId['"‘’]? is required`),
		},
	}, {
		ID: "text-bundle-identifier-missing", Title: "Target has no bundle identifier", Severity: Error,
		Source:  "Xcode (xcodebuild's Check dependencies, as a Code Signing Error)",
		Meaning: "Signing a bundle needs its identifier (the profile and the signature's identifier are chosen by it), and the target's PRODUCT_BUNDLE_IDENTIFIER is empty, so Xcode stops before building.",
		Causes: []string{
			"The project was generated by another tool (CMake's Xcode generator, a toolchain file, XcodeGen, a template) that does not set PRODUCT_BUNDLE_IDENTIFIER for this target: often a test, demo or helper target next to the one you meant to build.",
			"The identifier is set in a configuration or xcconfig that is not the one being built.",
		},
		Confirm: dropNoFile,
		Fix:     "Set PRODUCT_BUNDLE_IDENTIFIER on the target (in CMake: set_target_properties(<target> PROPERTIES XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER \"com.example.app\") or MACOSX_BUNDLE_GUI_IDENTIFIER); for a target that needs no signature, set CODE_SIGNING_ALLOWED=NO on it instead.",
		patterns: []pattern{
			// Xcode's two sentences; "Bundle identifier is missing" alone is
			// also other tools' wording (an app.json, a plugin's config).
			pat("doesn't have a bundle identifier", `\bdoesn['’]t have a bundle identifier\. Add a value for PRODUCT_BUNDLE_IDENTIFIER\b`),
			pat("bundle identifier is missing", `\bBundle identifier is missing\. [^\n]{1,150}? doesn['’]t have a bundle identifier\b`),
		},
	}, {
		ID: "text-godot-xcode-tools-missing", Title: "Godot's Mac export names a signing or notarization tool that is not there", Severity: Error,
		Source:  "Godot's macOS export (the editor's Export dialog, or --headless --export-release on CI)",
		Meaning: "The export preset signs with Xcode codesign, or notarizes with notarytool, Apple's tools that come with Xcode and its command line tools, or does either with rcodesign, a separate program whose path Godot's editor settings give. Godot checks for the tool before exporting and, finding none on this machine, refuses to export with the preset; a headless export can still exit cleanly and leave an empty archive.",
		Causes: []string{
			"The preset's Codesign or Notarization option is Xcode codesign or notarytool and the export runs on Linux or Windows (a CI runner such as ubuntu-latest), where Apple's tools do not exist.",
			"The export runs on a Mac without Xcode or its command line tools installed.",
			causeGodotRcodesign,
		},
		Confirm: "no file: the Codesign and Notarization options in export_presets.cfg name the tools the preset uses",
		Fix:     "On Linux or Windows, set the preset's Codesign to Built-in (ad-hoc only), or to rcodesign with a Developer ID certificate, or disable it, and commit export_presets.cfg (a CI export reads the committed preset); for rcodesign, install it and give its path in Editor Settings > Export > macOS > rcodesign (on CI, in the editor settings file the runner uses); on a Mac, install the tools with `xcode-select --install`.",
		lead: func(c leadContext) []string {
			if strings.Contains(strings.ToLower(c.Near), "rcodesign") {
				return []string{causeGodotRcodesign}
			}
			return nil
		},
		patterns: []pattern{
			pat("xcode command line tools are not installed", `\b(?:Code signing|Notarization): Xcode command line tools are not installed\b`),
			pat("make sure xcode command line tools are installed", `\bCould not start codesign executable, make sure Xcode command line tools are installed\b`),
			// _code_sign's own spelling ("Xrcodesign") included.
			pat("rcodesign path is not set", `\bX?rcodesign path is not set\. Configure rcodesign path in the Editor Settings\b`),
			pat("could not start", `\b(?:Code Signing|Notarization): Could not start (?:rcodesign|xcrun) executable\b`),
		},
	},
}
