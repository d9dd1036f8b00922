package text

// App Store Connect: upload validation (ITMS-…) and the e-mails sent after it.
var appstoreEntries = []*Entry{
	{
		ID: "text-get-task-allow", Title: "Distribution build requests get-task-allow", Severity: Error,
		Source:  "notary service, App Store Connect",
		Meaning: "com.apple.security.get-task-allow lets debuggers attach; it belongs to development builds. The notary service and App Store reject code that requests it.",
		Causes: []string{
			"A Debug build (or a development-signed export) was submitted.",
			"The entitlements file passed to codesign sets get-task-allow to true (copied from Xcode's development .xcent).",
			"Hand re-signing kept the development entitlements.",
		},
		Confirm:  dropApp + ", or the .entitlements file used for signing",
		Fix:      "Archive a Release build, or re-sign with an entitlements file without com.apple.security.get-task-allow: `codesign -f -s \"Developer ID Application: …\" --options runtime --timestamp --entitlements Release.entitlements App.app`.",
		Checks:   []string{chkMachoGetTaskAllow, chkEntGetTaskAllow},
		patterns: []pattern{pat("get-task-allow", `requests the com\.apple\.security\.get-task-allow entitlement`), pat("get-task-allow", `get-task-allow(?: entitlement)?[^.]{0,80}(?:not allowed|is not permitted|must be (?:removed|false)|set to true)`), pat("for the key 'get-task-allow'", `not allowed: '?true'? for (?:the )?key '?get-task-allow`)},
	},
	{
		ID: "text-invalid-entitlements", Title: "App Store Connect: invalid code signing entitlements", Severity: Error,
		Source:  "App Store Connect upload (ITMS-90046 and similar)",
		Meaning: "The uploaded app's signature claims an entitlement value that is not allowed for the platform or not authorised by its profile.",
		Causes: []string{
			"App group IDs: on macOS each must be the team ID followed by a dot, or a group.… ID that the embedded profile authorises; a value written another way, or not a string array, is refused.",
			"The profile lacks the entitlement (regenerate it after enabling the capability; Mac profiles can authorise group.… IDs since February 2025).",
			"An unexpanded build variable such as $(TeamIdentifierPrefix) left in the value.",
			"A development value in a distribution build (aps-environment or icloud-container-environment = Development).",
		},
		Confirm: dropAppProf,
		Fix:     "Fix the value in the .entitlements file, make the profile authorise it (automatic signing: enable the capability and let Xcode regenerate), archive and upload again.",
		Checks:  []string{chkEntAppGroup, chkEntAppGroupAuth, chkEntNotInProfile, chkEntUnexpanded, chkEntAPS},
		patterns: []pattern{
			pat("key '", `(?:for )?(?:the )?key '(?P<entitlement2>[A-Za-z0-9.\-]{3,120})' in '`),
			pat("do not match the ones that are contained in the provisioning profile", `The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile(?:\. The bundle contains a key that is not included in the provisioning profile: '(?P<entitlement3>[A-Za-z0-9.\-]{3,120})')?`),

			pat("invalid code signing entitlements", `Invalid Code Signing Entitlements`),
			// The sentence under that title, pasted without it.
			pat("entitlements that are not supported on", `signature contains code signing entitlements that are not supported on (?:iOS|iPadOS|macOS|tvOS|watchOS|visionOS)\b(?:\. Specifically, value '(?P<value2>[^'\n]{1,120})' for key '(?P<entitlement6>[A-Za-z0-9.\-]{3,120})')?`),
			pat("value for the", `the "(?P<value>[^"]{0,200})" value for the (?P<entitlement>[A-Za-z0-9.\-]{3,120}) key(?: in "(?P<path>[^"]{1,300})")?`),
			pat("itms-90046", `ITMS-90046`),
			// iTunes Connect's Invalid Binary mail of a wildcard iCloud container in the profile.
			pat("cannot have wildcards", `\bThe following keys cannot have wildcards in their values\b`),
			pat("entitlement is not formatted correctly", `\bThe application-identifier entitlement is not formatted correctly\b`),
			// Xcode's old submission check (codesign_wrapper) names each
			// entitlement it refuses, before its -19011.
			pat("illegal entitlement", `Illegal entitlement key/value pair: (?P<entitlement5>[A-Za-z0-9.\-]{3,120}),`),
			// ITMS-90786: an entitlement only apps built with a newer SDK may carry.
			pat("invalid entitlement", `Invalid Entitlement(?:\.| -) Apps that contain the '(?P<entitlement4>[A-Za-z0-9.\-]{3,120})' entitlement must be built with the [A-Za-z]{2,8} [\d.]{2,8} SDK or later`),
			codePat("itms-90", `ITMS-90(?:045|163|164|285|286|287|288|786)(?:[^0-9]|$)`),
		},
	},
	{
		ID: "text-invalid-signature-upload", Title: "App Store Connect: invalid signature", Severity: Error,
		Source:  "App Store Connect / Xcode Cloud upload (ITMS-90035, 90034, 90237)",
		Meaning: "The uploaded app is not signed the way the App Store requires: with an Apple Distribution certificate of the team, valid for every binary inside.",
		Causes: []string{
			"A binary is signed with a development, ad hoc or Developer ID certificate, or not at all (often a nested framework or helper).",
			"The file changed after the archive was signed.",
			"A Debug or Simulator build was uploaded.",
			"A team or account problem on Apple's side: the same project uploads from another account (as in Xcode Cloud reports) — contact Apple.",
		},
		Confirm: dropApp,
		Fix:     "Archive a Release build, export with App Store Connect distribution, and check every binary with `codesign -dvvv` (Authority=Apple Distribution: …).",
		Checks:  []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoSigInvalid, chkBundleNested},
		// App Store Connect quotes codesign's words ("Code object is not
		// signed at all", "A sealed resource is missing or invalid") inside
		// its own message, which says more.
		Supersedes: []string{"text-csreq-67050", "text-not-signed", "text-signed-resource-modified"},
		patterns: []pattern{
			pat("asset validation failed", `Asset validation failed \((?:9\d{4}, ?)*(?:9003[45]|9023[78])\b`),

			pat("invalid signature", `Invalid Signature(?:\.| -) (?:Code failed to satisfy|The (?:main )?(?:app|binary|file)|the nested app bundle\b|Code object is not signed at all|A sealed resource is missing or invalid|Make sure you have signed your application with a distribution certificate)`),
			pat("validation", `VALIDATION[_ .]ERROR\.9003[45]\b`),
			// The submission's failure retold with the message's title only:
			// "App Store submission failed: Invalid Signature".
			pat("invalid signature", `\b(?:App Store|TestFlight|iTunes Connect|App Store Connect)\s(?:submission|upload|delivery|validation)\sfailed:?\s["“「]?Invalid Signature\b`),
			pat("is not properly signed", `The file at path (?:"(?P<path>[^"]{1,300}?)"|\[(?P<path2>[^\]]{1,300}?)\]|(?P<path3>[^" \[][^"]{0,300}?)) is not properly signed`),
			pat("itms-9003", `ITMS-9003[45](?:[^0-9]|$)`),
			// The code in brackets after App Store Connect's words.
			pat("invalid signature (9003", `\binvalid signature \((?:ITMS-)?9003[45]\)`),
			codePat("itms-90", `ITMS-90(?:135|237|238|303)(?:[^0-9]|$)`),
			pat("invalid swift support", `Invalid Swift Support - The file [^\n]{1,200}? doesn't have the correct code signature`),
			pat("apple submission certificate", `not signed using an Apple submission certificate|\bor it is not signed with an Apple submission certificate|Application failed codesign verification|product archive package's signature is invalid|could not be re-signed for submission to the App Store`),
		},
	},
	{
		ID: "text-invalid-profile-upload", Title: "App Store Connect: invalid provisioning profile", Severity: Error,
		Source:  "App Store Connect upload",
		Meaning: "The profile embedded in the upload is not an App Store profile valid for this app.",
		Causes:  []string{"A development or ad hoc profile is embedded instead of an App Store one.", "The profile expired or does not include the signing certificate.", "The profile is missing from an extension or the app."},
		Confirm: dropProfile,
		Fix:     "Export with the App Store Connect method so Xcode embeds App Store profiles, or embed them yourself before signing.",
		Checks:  []string{chkProfileKind, chkProfileExpired},
		// ITMS-90191 says the profile lacks beta-reports-active: an ad hoc
		// profile, not an entitlement to add.
		Supersedes: []string{"text-profile-missing-entitlement"},
		patterns: []pattern{
			// Apple's capitals, or its sentence: "missing provisioning profile"
			// in someone's own words is not this upload error.
			pat("missing provisioning profile", `(?-i:Missing Provisioning Profile)|must contain a provisioning profile in a file named embedded\.(?:mobileprovision|provisionprofile)|does not include the beta-reports-active entitlement`),
			// iTunes Connect's words for a build without beta-reports-active,
			// and ITMS-90191's title.
			pat("correct beta entitlement", `(?:must|does not) contain the correct beta entitlement|Missing beta entitlement`),
			pat("invalid provisioning profile", `Invalid Provisioning Profile(?: Signature)?\b`),
			// The code alone, as an issue title or a log cut short.
			codePat("itms-90", `ITMS-90(?:159|161|165|174|191|283)(?:[^0-9]|$)`)},
	},
	{
		ID: "text-app-sandbox-not-enabled", Title: "App Sandbox not enabled", Severity: Error,
		Source:  "App Store Connect upload (ITMS-90296), PlugInKit (pkd)",
		Meaning: "Every executable in a Mac App Store app must be sandboxed, and so must every app extension (.appex) on the Mac: PlugInKit ignores one that is not.",
		Causes: []string{"com.apple.security.app-sandbox is missing from the app's, a helper's or an extension's entitlements.",
			"A signing step (codesign --deep, a script re-signing every .appex) signed the extension with the app's entitlements or none."},
		Confirm: dropApp,
		Fix:     "Add the App Sandbox capability to every target, re-sign the helpers with com.apple.security.app-sandbox (and com.apple.security.inherit for child tools), and sign each extension with its own entitlements; check with codesign -d --entitlements - X.appex.",
		patterns: []pattern{
			// Godot's Mac App Store preset without the sandbox.
			pat("app sandbox is required", `\bApp sandbox is required for App Store distribution\b`), pat("app sandbox not enabled", `App sandbox not enabled`), pat("itms-90296", `ITMS-90296`),
			// Told: "the `com.apple.security.app-sandbox` entitlement hasn't
			// been appropriately applied in code signing".
			pat("app-sandbox", "com\\.apple\\.security\\.app-sandbox\\W{0,2}(?: entitlement)? (?:(?:hasn['’]?t|has not|wasn['’]?t|was not|isn['’]?t|is not|never) (?:been )?(?:\\w+ly )?(?:applied|included|added|set|present)|(?:is|was) missing)"), pat("must be sandboxed", `mis-configured plugin at \[[^\]]{0,400}\]:\s*plug-ins must be sandboxed`)},
	},
	{
		ID: "text-testflight-app-identifier", Title: "Mac build not eligible for TestFlight", Severity: Error,
		Source:   "App Store Connect (ITMS-90885, ITMS-90886, ITMS-90889)",
		Meaning:  "For TestFlight on the Mac every bundle must embed a provisioning profile and carry the application identifier that profile names.",
		Causes:   []string{"A helper, extension or the app was signed without com.apple.application-identifier (entitlements not taken from its profile).", "A nested bundle has no embedded.provisionprofile."},
		Confirm:  dropAppProf,
		Fix:      "Give every bundle its own Mac App Store profile, embed it as Contents/embedded.provisionprofile, and sign with entitlements that include com.apple.application-identifier and com.apple.developer.team-identifier.",
		Checks:   []string{chkEntTeamMismatch, chkEntNotInProfile},
		patterns: []pattern{pat("cannot be used with testflight", `Cannot be used with TestFlight because`), codePat("itms-9088", `ITMS-9088[569](?:[^0-9]|$)`)},
	},
	{
		ID: "text-sdk-signature-missing", Title: "Third-party SDK without a signature (ITMS-91065)", Severity: Error,
		Source:   "App Store Connect",
		Meaning:  "Apple lists some widely used SDKs whose binaries must carry a code signature (and a privacy manifest); the app includes one of them unsigned.",
		Causes:   []string{"An old version of the SDK, from before its vendor signed its XCFramework.", "The SDK was rebuilt or repackaged locally, dropping the vendor's signature."},
		Confirm:  "the framework's binary named in the message",
		Fix:      "Update the SDK to a version its vendor ships signed (with a privacy manifest) and do not strip its signature.",
		patterns: []pattern{pat("itms-91065", `ITMS-91065`), pat("signature file", `the SDK must include a signature file`)},
	},
	{
		ID: "text-missing-push-entitlement", Title: "Push notifications used without the aps-environment entitlement", Severity: Warning,
		Source:   "App Store Connect (ITMS-90078, by email after upload); iOS at run time (\"no valid aps-environment entitlement string found for application\")",
		Meaning:  "The app registers for remote notifications, but its signature has no aps-environment entitlement, so pushes will not reach it.",
		Causes:   []string{"The Push Notifications capability is not enabled for the target, so the profile and entitlements lack aps-environment.", "A third-party SDK calls the registration API though the app does not use push."},
		Confirm:  dropAppProf,
		Fix:      "Enable Push Notifications in Signing & Capabilities (and on the App ID), regenerate the profile and re-archive; if the app does not use push, the warning can be ignored.",
		Checks:   []string{chkEntAPS, chkEntNotInProfile},
		patterns: []pattern{pat("missing push notification entitlement", `Missing Push Notification Entitlement`), pat("itms-90078", `ITMS-90078`), pat("aps-environment", `entitlements do not include the ["'“]?aps-environment["'”]? entitlement|aps-environment entitlement is missing from the app's signature`), pat("entitlement string found", `no valid [^\n]{0,12}aps-environment[^\n]{0,12} entitlement string found`)},
	},
	{
		ID: "text-upload-missing-entitlement", Title: "A capability's API used without its entitlement (App Store Connect warning)", Severity: Warning,
		Source:  "App Store Connect (\"Missing Entitlement\", by email after a successful upload, or in the upload's validation)",
		Meaning: "The uploaded binary references a capability's framework (Apple Pay, Network Extension, for instance), but its signature lacks that capability's entitlement. Said by email, the upload is accepted and the capability would be refused at run time; said as 'Asset validation failed', the upload is refused.",
		Causes:  []string{"The capability is not enabled for the target or on the App ID, so the profile and the signed entitlements lack its key.", "A third-party SDK links the framework though the app does not use the capability."},
		Confirm: dropAppProf,
		Fix:     "If the app uses the capability, enable it in Signing & Capabilities (and on the App ID), regenerate the profile and re-archive; if it does not, the warning can be ignored.",
		Checks:  []string{chkEntNotInProfile},
		patterns: []pattern{
			pat("missing the required entitlement", `App contains references to \[(?P<capability>[^\]\n]{1,60})\][^\n]{0,200}? but is missing the required entitlement ['‘’"]?(?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100})['‘’"]?`),
			// The same check in an upload's validation, naming the bundle.
			pat("is missing entitlement", `Missing Entitlement\. The bundle ['‘](?P<path>[^'’\n]{1,300})['’] is missing entitlement\s+['‘](?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100})['’]`),
			// The email's form naming what the bundle contains (ITMS-90876, an app clip).
			pat("missing entitlement -", `Missing entitlement - [^\n]{0,200}?The entitlement ['‘’"](?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100})['‘’"] should be present`),
		},
	},
	{
		ID: "text-capability-entitlement-missing", Title: "A capability refused at run time: its entitlement is not in the signature", Severity: Error,
		Source:  "iOS and macOS frameworks at run time (HealthKit, CloudKit, NSUbiquitousKeyValueStore, app group containers, PassKit)",
		Meaning: "A framework refused the call because the running app's signature does not carry the capability's entitlement, or does not list the identifier the code asked for (an app group, a container, a merchant ID).",
		Causes: []string{
			"The capability is not enabled for this target or build configuration (Debug and Release can use different entitlements files), so the signed entitlements lack the key.",
			"The identifier the code passes is not one the entitlement lists: a typo, a missing prefix (merchant., group., iCloud.), or another team's identifier kept from a sample or an SDK.",
			"The app was re-signed (a sideloading tool, an MDM app wrapper, codesign with a hand-written plist) without the capability's entitlements or with a profile that does not authorise them.",
		},
		Confirm: dropAppProf,
		Fix:     "Enable the capability in Signing & Capabilities for every configuration (and on the App ID), use exactly an identifier it lists, rebuild, and check the signed app with `codesign -d --entitlements - APP`.",
		Checks:  []string{chkEntNotInProfile},
		patterns: []pattern{
			// HealthKit's error, quoted as the error's description; Xcode's
			// list of entitlements automatic signing could not provision
			// starts with the same word.
			pat("entitlement", `(?:Code=\d+ "|NSLocalizedDescription=)(?-i:Missing) (?P<entitlement>com\.apple\.developer\.[A-Za-z0-9.\-]{2,100}) entitlement\b`),
			pat("missing required entitlement", `missing required entitlement (?P<entitlement2>com\.apple\.[A-Za-z0-9.\-]{2,100})`),
			pat("has no valid", `has no valid (?P<entitlement3>com\.apple\.developer\.[A-Za-z0-9.\-]{2,100}) entitlement`),
			pat("client is not entitled", `container_create_or_lookup_app_group_path_by_app_group_identifier: client is not entitled`),
			pat("not entitled to retrieve container", `(?:(?P<bundle_id>[A-Za-z0-9.\-]{3,160}) )?not entitled to retrieve container class \d+ with identifier (?P<value>[A-Za-z0-9.\-]{3,160})`),
			pat("no entitlement for merchant identifier", `No entitlement for merchant identifier: (?P<value>[^"\s}]{1,120})`),
			pat("required to have an entitlement", `is required to have an entitlement named "?(?P<entitlement4>com\.apple\.[A-Za-z0-9.\-]{2,100})`),
			// es_new_client refusing a process without the Endpoint Security entitlement.
			pat("es_new_client_result_err_not_entitled", `\bES_NEW_CLIENT_RESULT_ERR_NOT_ENTITLED\b`),
			pat("requires", `\brequires ['‘"]?(?P<entitlement4>com\.apple\.developer\.endpoint-security\.client)['’"]?\s+entitlement\b`),
			// The kernel ending a DriverKit driver whose entitlements do not allow it.
			pat("entitlements check failed", `\bIOUserServer\([^)\n]{1,200}\)::exit\(Entitlements check failed\)`),
			// An app refused its driver's user client: IOServiceOpen not
			// permitted (userclient-access missing from the signature).
			pat("ioserviceopen", `(?s)\b(?:DriverKit|dext)\b.{0,300}?\bIOServiceOpen\b.{0,200}?(?:kIOReturnNotPermitted|0xE00002F7)`),
			// libusb without com.apple.vm.device-access to capture a device.
			pat("no capture entitlements", `\bno capture entitlements\b`),
		},
	},
	{
		ID: "text-sign-in-with-apple-failed", Title: "Sign in with Apple failed (AuthorizationError 1000)", Severity: Warning,
		Source:  "AuthenticationServices at run time (ASAuthorizationError.unknown)",
		Meaning: "The Sign in with Apple request failed before any sheet appeared, with the unknown error 1000 (AuthKit logs AKAuthenticationError -7026 under it); most often the app's signature lacks the com.apple.developer.applesignin entitlement.",
		Causes: []string{
			"The Sign in with Apple capability is not added for the target or is not enabled on the App ID, so the signed app lacks com.apple.developer.applesignin (free personal teams cannot use it).",
			"The app was re-signed or sideloaded with a profile that does not authorise the entitlement.",
			"The device or Simulator is not signed in to an Apple ID (or its terms are not accepted yet).",
		},
		Confirm: dropAppProf,
		Fix:     "Add Sign in with Apple in Signing & Capabilities, enable it on the App ID and regenerate the profile; check `codesign -d --entitlements - APP` shows com.apple.developer.applesignin, and sign the device in to an Apple ID.",
		Checks:  []string{chkEntNotInProfile},
		patterns: []pattern{
			pat("authorizationerror", `com\.apple\.AuthenticationServices\.AuthorizationError(?: error|\s+Code=)\s*1000\b`),
			// AuthKit's own error for the same refusal, as apps log it.
			pat("akauthenticationerror", `\bAKAuthenticationError(?: error|\s+Code=)\s*-7026\b`),
		},
	},
	{
		ID: "text-network-extension-permission-denied", Title: "VPN configuration refused: permission denied", Severity: Info,
		Source:  "NetworkExtension at run time (NEVPNErrorDomain 5, NEConfigurationErrorDomain 10)",
		Meaning: "NetworkExtension refused to load or save the app's VPN configuration. The message does not say why: the app's signature may lack the Network Extensions entitlement, or the user declined to add the configuration.",
		Causes: []string{
			"The Network Extensions capability (com.apple.developer.networking.networkextension, with packet-tunnel-provider or the provider type used) is not in the signed entitlements of this build configuration or of the extension.",
			"The user tapped Don't Allow on the prompt to add VPN configurations.",
		},
		Confirm: dropAppProf,
		Fix:     "Check `codesign -d --entitlements - APP` for com.apple.developer.networking.networkextension in the app and its extension (add the capability to each target and configuration if it is missing); otherwise allow the VPN configuration in the prompt or in Settings.",
		Checks:  []string{chkEntNotInProfile},
		patterns: []pattern{
			pat("permission denied", `(?:NEVPNErrorDomain Code=5|NEConfigurationErrorDomain Code=10) "permission denied"|permission denied \(NEVPNErrorDomain:5\)`),
			// The same error printed field by field (domain: "NEVPNErrorDomain" - code: 5).
			pat("permission denied", `\bdomain:?[ \t]*"?NEVPNErrorDomain"?[ \t]*-?[ \t]*code:?[ \t]*5\b[^\n]{0,40}\n?[^\n]{0,80}"?permission denied"?`),
		},
	},
	{
		ID: "text-upload-stray-executable", Title: "App Store Connect: an executable where no code is allowed", Severity: Error,
		Source:  "App Store Connect upload (ITMS-90171, ITMS-90166)",
		Meaning: "The upload holds a binary that is no bundle's executable: a standalone tool, library or object file, or an executable in a resource bundle (which then needs entitlements).",
		Causes: []string{
			"A framework or SDK ships extra binaries inside it: a helper tool, .o files, a Simulator or Swift runtime dylib.",
			"A resource bundle was built with an executable and a CFBundleExecutable key (often with ITMS-90535).",
		},
		Confirm: dropApp,
		Fix:     "Update the SDK, or delete the extra binaries (and a resource bundle's CFBundleExecutable key) in a build phase before signing, then archive and upload again.",
		Checks:  []string{chkBundleMisplaced},
		patterns: []pattern{
			pat("invalid bundle structure", `Invalid Bundle Structure - The binary file '(?P<path>[^'\n]{1,300})' is not permitted`),
			pat("no entitlements found in bundle", `No entitlements found in bundle '(?P<bundle_id>[^'\n]{1,160})' for executable '(?P<path2>[^'\n]{1,300})'`),
			codePat("itms-901", `ITMS-901(?:66|71)(?:[^0-9]|$)`),
			// A framework's resource bundle that App Store Connect wants
			// signed with the profile's certificate holds an executable.
			pat("resource bundle must be signed", `ITMS-90284: Invalid Code Signing - The executable\s+'(?:executable ')?(?P<path>[^'\n]{1,300}?\.framework/(?:Versions/[^/'\n]{1,20}/)?Resources/[^/'\n]{1,200}\.bundle)'`),
		},
	},
	{
		ID: "text-upload-root-only-files", Title: "App Store Connect: files only root can read (ITMS-90255)", Severity: Error,
		Source:  "App Store Connect upload of a Mac installer package (ITMS-90255)",
		Meaning: "The .pkg installs files that only the root user can read; the app's code signature could then not be verified when a user runs it, so App Store Connect refuses the package.",
		Causes: []string{
			"A build step or copy left files in the app readable only by their owner (mode 600 or 700); the installer makes root their owner.",
			"The app was copied into place with sudo, or from a folder whose permissions were narrowed, before productbuild.",
		},
		Confirm: dropApp,
		Fix:     "Make every file in the app readable by all (`chmod -R a+rX App.app`; `find App.app ! -perm -a+r` lists the others) before productbuild, then build the package and upload again.",
		patterns: []pattern{
			pat("only readable by the root user", `installer package includes files that are only readable by the root user`),
			codePat("itms-90255", `ITMS-90255(?:[^0-9]|$)`),
		},
	},
	{
		ID: "text-keychain-access-loss", Title: "App Store Connect: the application identifier's prefix changed", Severity: Warning,
		Source:  "App Store Connect (ITMS-90076, by email after upload)",
		Meaning: "The build's application-identifier has another prefix than the version on the App Store, so the update cannot read the keychain items earlier versions stored.",
		Causes:  []string{"The app was transferred to, or is now signed by, another team.", "The App ID had a unique App ID prefix; the new profile uses the Team ID."},
		Confirm: dropAppProf,
		Fix:     "Unless intended, sign with the original team's App Store profile; after a transfer, expect users to sign in again.",
		Checks:  []string{chkEntTeamMismatch},
		patterns: []pattern{
			pat("potential loss of keychain access", `Potential Loss of Keychain Access`),
			// Application Loader's warning before ITMS-90076 named it.
			pat("application identifier entitlement value", `\bApplication[- ]Identifier Entitlement Value (?:has |was )?Changed\b`),
			codePat("itms-90076", `ITMS-90076(?:[^0-9]|$)`),
		},
	},
}
