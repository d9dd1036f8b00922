package text

// Launching on macOS: taskgated-helper, amfid, the kernel, dyld, LaunchServices, crash reports and the shell.
var launchEntries = []*Entry{
	{
		ID: "text-embedded-profile-invalid", Title: "Embedded provisioning profile not valid", Severity: Error,
		Source:  "taskgated-helper, amfid (macOS system log)",
		Meaning: "At launch macOS checked the profile embedded in the app and rejected it; the CPProfileManager code says why.",
		Causes: []string{
			"The profile has expired.",
			"The profile does not list this Mac (development profiles).",
			"The profile belongs to another team than the code signature, or to another App ID.",
			"The profile is damaged or not signed by Apple.",
		},
		Confirm: dropProfile + " (App.app/Contents/embedded.provisionprofile)",
		Fix:     "Drop the embedded profile to see which of these applies, download a current profile and rebuild.",
		Checks:  []string{chkProfileExpired, chkProfileDevice, chkProfileNotApple, chkEntTeamMismatch, chkBundleProfileTeam, chkBundleProfileAppID, chkBundleProfileName},
		patterns: []pattern{
			// SideStore, about the profile it was installed with.
			pat("corrupt or missing", `\bprovisioning profile for [^\n]{1,60}? is corrupt or missing\b`),
			pat("provisioning profile not valid", `embedded provisioning profile not valid`), pat("cpprofilemanager", `CPProfileManager\s+Code=(?P<code>-\d{1,4})`)},
	},
	{
		ID: "text-unsatisfied-entitlements", Title: "Entitlements not authorised by a provisioning profile", Severity: Error,
		Source:  "taskgated-helper, amfid, the kernel (AMFI) at launch",
		Meaning: "The executable claims restricted entitlements that no valid embedded provisioning profile authorises. macOS kills it at launch ('zsh: killed', the app bounces and quits); for app groups alone it lets it run but marks its entitlements as not validated.",
		Causes: []string{
			"The entitlement is missing from the embedded profile, or its value differs (Network Extension values need -systemextension for Developer ID).",
			"The profile belongs to another team than the signing certificate — com.apple.developer.team-identifier in the list is the sign of this (e.g. a Developer ID certificate of one team with a profile of another).",
			"No profile is embedded, or it is not at Contents/embedded.provisionprofile, or it expired, or (development) the Mac is not in it.",
			"Only com.apple.security.application-groups is listed: the app group ID is not authorised by a profile; the app runs, but the data protection keychain and app group containers may refuse it.",
		},
		Confirm: dropAppProf,
		Fix:     "Sign with a certificate of the same team as the profile, embed a profile that lists every restricted entitlement with the same values at App.app/Contents/embedded.provisionprofile, and re-sign the app after embedding it.",
		Checks:  []string{chkEntNotInProfile, chkEntTeamMismatch, chkEntNetworkExt, chkEntAppGroupAuth},
		patterns: []pattern{
			pat("unsatisfied entitlements", `(?:(?P<bundle_id>[A-Za-z0-9][A-Za-z0-9.\-]{2,150}): )?Unsatisfied [Ee]ntitlements\b(?::?\s+(?P<entitlements>[A-Za-z0-9.\-]+(?:,\s*[A-Za-z0-9.\-]+)*))?`),
			pat("restricted entitlements", `Code has restricted entitlements, but the validation of its code signature failed|Restricted entitlements not validated`),
			// The kernel's line for amfid's refusal above.
			pat("bailing out because of restricted entitlements", `\bAMFI: bailing out because of restricted entitlements\b`),
			// amfid when the profile's requirement for them fails (-67050).
			pat("requirements for restricted entitlements", `Requirements for restricted entitlements failed to validate`),
			pat("no matching profile found", `No matching profile found`),
			// taskgated's kill of a Developer ID process with no profile.
			pat("entitlement is not allowed", `because its use of the (?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100}) entitlement is not allowed`),
			// securityd, when it will not honour an entitlement of the client
			// (also retold: "being ignored because of ...").
			pat("is ignored because of invalid application signature", `\b(?:is|are|was|were|being|been|gets?|got) ignored because of invalid application signature or incorrect provisioning profile`),
			pat("no eligible provisioning profiles", `(?:Disallowing:? (?P<bundle_id2>[A-Za-z0-9.\-]{3,150}) because )?no eligible provisioning profiles? found`),
			// The same, cut short where a paste or an excerpt ends.
			pat("no eligible provisioning", `Disallowing:? [A-Za-z0-9.\-]{3,150} because no eligible provisioning\b`),
			// The kill retold: a restricted entitlement (Apple's word, or
			// one named) that needs an embedded provisioning profile, and
			// taskgated's kill. The context rule keeps only pastes that
			// report a launch refused.
			pat("restricted entitlement", `\brestricted\**\s+entitlements?\b[^\n]{0,160}?\bprovisioning[- ]profile`),
			pat("keychain-access-groups", `\bkeychain-access-groups\b[^\n]{0,160}?\bprovisioning[- ]profile`),
			// The same told the other way round ("no provisioning profile.
			// In that configuration keychain-access-groups is a restricted
			// entitlement"), or a restricted entitlement named by its key.
			pat("provisioning", `\bprovisioning[- ]profile\b[^\n]{0,160}?\b(?:keychain-access-groups\b|restricted\**\s+entitlements?\b)`),
			pat("restricted", `com\.apple\.[A-Za-z0-9.\-]{3,100}[\x60'"’]?\s+(?:is an? |is the )?restricted\**\s+entitlement\b`),
			// "Code Signature Invalid" told of code without a profile ("Macs
			// which did not have our provisioning profiles installed would
			// get 'Invalid Code Signature'"): a failure, kept as such.
			pat("invalid code signature", `\b(?:without|no|not have|missing|lacks?|lacking)(?:\s+[\w'-]+){0,2}\s+provisioning[- ]profiles?\b[^\n]{0,120}?\b(?:Invalid Code Signature|Code Signature Invalid)\b(?:["”']?\s+errors?\b)?|\b(?:Invalid Code Signature|Code Signature Invalid)\b[^\n]{0,120}?\b(?:without|no|missing)\s+(?:an?\s+|the\s+|any\s+|embedded\s+){0,2}provisioning[- ]profile`),
			pat("taskgated", `\btaskgated(?:-helper)?\b[^\n]{0,20}?\bSIGKILLs?\b|\bSIGKILL(?:ed|'d)? by taskgated\b`),
		},
		hints: func(vals []Value) []string {
			var out []string
			if hasValue(vals, "entitlement", "com.apple.developer.team-identifier") {
				out = append(out, "com.apple.developer.team-identifier is unsatisfied: the profile's team differs from the signing certificate's team (or no profile is embedded).")
			}
			if hasValue(vals, "entitlement", "com.apple.developer.networking.networkextension") {
				out = append(out, "For Developer ID, Network Extension values must carry the -systemextension suffix, as the profile lists them.")
			}
			n := 0
			for _, v := range vals {
				if v.Kind == "entitlement" {
					n++
				}
			}
			if n == 1 && hasValue(vals, "entitlement", "com.apple.security.application-groups") {
				out = append(out, "Only the app groups claim is unsatisfied: the process keeps running, but its entitlements are no longer 'validated' (keychain and app group container access may fail). Authorise the group IDs with a profile.")
			}
			return out
		},
	},
	{
		ID: "text-killed-at-launch", Title: "Process killed at launch", Severity: Error,
		Source:  "Terminal (zsh, bash), scripts (exit status 137)",
		Meaning: "The kernel killed the program as it started (SIGKILL). On macOS this is how code-signing refusals look from a shell: no message, just 'killed'.",
		Causes: []string{
			"The executable claims a restricted entitlement that no embedded provisioning profile authorises (look for 'Unsatisfied entitlements' from taskgated-helper or amfid in the system log).",
			causeKilledModified,
			causeKilledUnsigned,
			"It contains arm64e code, which third-party software can run only on macOS 26 or later (the kernel log says 'preview arm64e ABI').",
		},
		Confirm: dropApp + ", with its provisioning profile if it has one",
		Fix:     "Look in the system log at the time of the kill: `log show --last 5m --predicate \"process == 'taskgated-helper' or process == 'amfid' or sender == 'AppleMobileFileIntegrity'\"`, and drop the binary here to check its signature and entitlements.",
		Checks:  []string{chkEntNotInProfile, chkMachoSigInvalid, chkMachoUnsigned, chkMachoArm64e},
		patterns: []pattern{pat("killed", `(?:zsh|bash|sh|fish): killed\b|\bKilled: ?9\b|\bkilled9\b|\bkilled 9(?:\s*$|\s+[^\sa-zA-Z0-9]|[^\w\s])|\bkilled\s+(?:\./|/)\S+`), pat("killed", `\[\d{1,4}\][ \t]+[+-]?[ \t]*\d{1,7}[ \t]+killed\b`), pat("sigkill", `\bfish: (?:Job \d{1,5}, )?(?:'[^'\n]{1,200}'|["“][^"”\n]{1,200}["”]) terminated by signal SIGKILL\b`), pat("137", `\bexit(?:s|ed)?(?: with)?(?: code| status)? 137\b`),
			// The policy retold: "macOS 26+ ... kills unsigned executables".
			pat("kill", `\b(?:Gatekeeper|AMFI|macOS(?: \d{2}\+?)?|darwin|Apple silicon)\b(?:[^.\n]|\.\w){0,80}?\b(?:kills|killed|SIGKILLs|SIGKILLed) (?:the |any |all )?(?:unsigned|ad[- ]hoc(?:[- ]signed)?)\b[^.\n]{0,20}?\b(?:binar(?:y|ies)|executables?|apps?|programs?|tools?)\b`),
			// A change after signing told as what it did and what followed:
			// "install_name_tool ... invalidates any existing code signature
			// ... unable to launch", "invalidate the ad-hoc/linker signature
			// ... SIGKILLs the process" (lines wrapped).
			pat("invalidat", `\binvalidat(?:es?|ed|ing)\s+(?:[\w/-]{1,20}\s+){0,3}?signature\b[\s\S]{0,400}?\b(?:SIGKILL(?:s|ed|'d)?|killed|unable to (?:launch|start|run)|refuses? to (?:load|launch|run))\b`),
			pat("kill", `\b(?:Gatekeeper|AMFI|macOS|darwin|Apple silicon)\b[^.]{0,80}?\b(?:SIGKILL(?:ed)?|kill(?:s|ed)?)(?: \w+){0,3}? (?:at|on) (?:exec|launch|start)\b`), pat("killed", `\b(?:zsh|bash|fish|the shell|(?:the |my )?terminal)\b (?:just )?(?:says|said|reports|reported|shows|showed|prints|printed)(?: that)? (?:the |my |this )?(?:[^.\s]{0,40}(?:osx|darwin|macos|arm64|aarch64|universal)[^.\s]{0,40}|binary|executable|app|program|CLI|tool) (?:was|got|gets|is|has been) killed\b`),
			// "it gets killed when I try to run it", signing named after it or the Mac before it.
			pat("killed", `\b(?:gets?|got|is|was|being) killed (?:when(?:ever)?|as soon as|once|each time|every time) (?:I|we|you|users?) (?:try to |tries to |attempt to )?(?:run|launch|start|execute|open|invoke)s? (?:it|them|the binary|the executable)\b[\s\S]{0,300}?\b(?:code[- ]?sign\w*|(?:be|is|was|are|been|not|un|ad[- ]?hoc[- ]?)\s?signed|signature|notari[sz]\w*)\b|\b(?:mac ?os|os ?x|darwin|apple silicon)\b[\s\S]{0,300}?\b(?:gets?|got|is|was|being) killed (?:when(?:ever)?|as soon as|once|each time|every time) (?:I|we|you|users?) (?:try to |tries to |attempt to )?(?:run|launch|start|execute|open|invoke)s? (?:it|them|the binary|the executable)\b`), pat("killed by the kernel", `\b(?:killed|SIGKILL(?:ed)?) by the kernel\W{0,3}(?:\((?:missing|invalid|no|bad|broken) (?:code )?signature\)|(?:for|because of|due to) (?:a |an |its )?(?:missing|invalid|bad|broken) (?:code )?signature\b)`),
			// The signature's fault and the kill told in one sentence: "The code
			// signature is expired and the program is killed with SIGKILL".
			pat("sigkill", `\b(?:code[- ]?sign(?:ature|ing)?|signature)\b[^.
]{0,80}?\b(?:is|was|are|were|gets?|got|being) (?:killed|terminated) (?:with|by) (?:a )?SIGKILL\b`)},
	},
	{
		ID: "text-code-signature-invalid", Title: "Crash: Code Signature Invalid", Severity: Error,
		Source:  "crash reports (EXC_CRASH / SIGKILL, Namespace CODESIGNING)",
		Meaning: "The kernel killed the process because its code signature was not acceptable: at launch, or when a page of code did not match its signed hash.",
		Causes: []string{
			"An App Store distribution-signed build was run directly; such code runs only when installed from the store (don't run it, export a development or Developer ID build instead).",
			"The executable claims restricted entitlements no embedded profile authorises.",
			"The file changed after signing (page hashes no longer match): a post-build step, install_name_tool or strip after codesign, or an in-place copy over the old binary.",
			"A library or plug-in it loads has an invalid signature.",
		},
		Confirm: dropApp + ", with its embedded provisioning profile",
		Fix:     "Drop the binary: signdoctor recomputes the page hashes and checks the certificate kind and entitlements against the profile. Re-sign as the last build step.",
		Checks:  []string{chkMachoPageHash, chkMachoSigInvalid, chkMachoDevSigned, chkMachoAppStoreSigned, chkEntNotInProfile},
		patterns: []pattern{
			pat("codesigning", `"namespace"\s*:\s*"CODESIGNING"`),

			pat("rejecting invalid page", `rejecting invalid page at address`),
			// The kill retold by its namespace and indicator, in Apple's capitals.
			pat("invalid page", `(?-i:CODESIGNING)\s*(?:/|,)\s*(?:Code 2,?\s*)?(?-i:Invalid Page)\b`),
			// iOS 16's crash log: "Termination Reason: CODESIGNING 2 Invalid Page".
			pat("invalid page", `(?-i:CODESIGNING) 2,? (?-i:Invalid Page)\b`),

			pat("code signature invalid", `Code Signature Invalid`),
			// The crash retold: "Update & Uninstall Both Crash Due to Invalid Code Signature".
			pat("invalid code signature", `\b(?:crash(?:es|ed)?|killed)(?: (?:immediately|instantly|on launch|at launch|on start(?:up)?))? (?:due to|because of) (?:an? |its )?invalid code signature\b`),
			pat("codesigning", `Namespace CODESIGNING(?:, Code (?P<code>0x[0-9a-f]+|\d+))?|SIGKILL - CODESIGNING|Termination Reason: CODESIGNING(?: (?P<code2>\d+))?`),
			pat("invalid signature", `Taskgated ["“]?Invalid Signature\b`),
			pat("cs_invalid_page", `cs_invalid_page`),
			// dyld: the kernel refused to map a library's first page once its
			// signature was registered (EPERM), on iOS before library validation
			// had its own message.
			pat("validating first page", `mmap\(\) errno=1 validating first page of`),
			// launchd's exit reason, namespace 3 being OS_REASON_CODESIGNING.
			pat("exit reason", `exited with exit reason \(namespace: 3 code: (?P<code>0x[0-9a-f]{1,8})\)`),
			pat("os_reason_codesigning", `\bOS_REASON_CODESIGNING\b`),
			// A re-signer that wrote a main executable's code directory
			// without the main-binary exec segment flag (an app extension
			// signed like a library): AMFI will not start it. Named as missing
			// or needed, so a header defining the flag stays unread.
			pat("cs_execseg_main_binary", execSegMainBinaryMissing),
			// amfid's verdict on the executable it was asked to validate
			// (AppleMobileFileIntegrityError -420).
			pat("signature on the file is invalid", `\bThe signature on the file is invalid\b`),
			// amfid refusing an ad hoc signature, or one from a chain it does
			// not know, where a trusted one is required (-423).
			pat("adhoc signed or signed by an unknown certificate chain", `\bAppleMobileFileIntegrityError Code=-423\b|\bThe file is adhoc signed or signed by an unknown certificate chain\b`),
			// The kill retold as a crash of code signing.
			pat("signing crash", `\ba code[- ]?signing crash\b`),
			// The kernel's refusal retold for the program it refused, as
			// dmesg showed it ("the executable's code signature is invalid").
			pat("code signature", `\b(?:executable|binary|process)['’]s code signature (?:is|was) invalid\b`),
		},
	},
	{
		ID: "text-launch-constraint", Title: "Launch constraint violation", Severity: Error,
		Source:  "crash reports, the kernel (macOS 13 and later)",
		Meaning: "The process, its parent or a loaded library did not satisfy a launch or library constraint, so the system refused to run it.",
		Causes:  []string{"An Apple system executable was copied or moved out of its place and launched from elsewhere, or started by a parent its constraint does not allow (the iCloud Passwords helper since macOS 26).", "A launch constraint of your own does not match the code: a SpawnConstraint in the launchd plist (or a constraint in the signature) names another identifier or team, a helper tool without an embedded Info.plist is signed with its file name as identifier, or an update changed the program while its SMAppService registration kept the old one (unregister and register again)."},
		Confirm: dropApp,
		Fix:     "Run system executables from their original location; for your own constraints, compare the requirement with the designated requirement signdoctor prints.",
		patterns: []pattern{pat("launch constraint", `Launch Constraint Violation|launch constraint(?:s)? (?:violation|not satisfied)`),
			// Apple's iCloud Passwords helper killed when a tool or browser
			// its parent constraint does not allow starts it.
			pat("passwordmanagerbrowserextensionhelper", `(?s)\bPasswordManagerBrowserExtensionHelper\b[^/]{0,80}?(?:\bSIGKILL\b|Code Signature Invalid|\bkilled\b)`)},
	},
	{
		ID: "text-library-validation", Title: "Library rejected by library validation", Severity: Error,
		Source:  "dyld, the kernel (AMFI)",
		Meaning: "A process with library validation (hardened runtime, or Apple's own code) may load only libraries signed by Apple or by its own team; this one was not.",
		Causes: []string{
			"The library or plug-in is signed by another team, or ad hoc, or not signed (typical for plug-ins, Python or Node native modules, and downloaded frameworks).",
			"The app itself is signed ad hoc or with no team, while the library has a team.",
			"The library was modified after signing.",
		},
		Confirm: "the library (.dylib, .framework binary, .node, .so) and the executable that loads it",
		Fix:     "Sign the library with the same Team ID as the app (`codesign -f -s \"Developer ID Application: …\" --timestamp lib.dylib`). If the app must load third-party plug-ins, add com.apple.security.cs.disable-library-validation to the host's entitlements.",
		Checks:  []string{chkMachoAdhoc, chkMachoSigInvalid},
		patterns: []pattern{
			pat("library validation", `Library Validation failed`),
			pat("not valid for use in process", `not valid for use in process(?:: (?P<reason>[^.()]{1,200}))?`),
			pat("different team ids", `(?:have|has) ["“']?different Team IDs`),
			// dyld's reason cut short with an ellipsis after the loader's
			// failure: "Failed to load Python shared library
			// '.../libpython3.12.dylib': ... different Team IDs"
			// (PyInstaller's bootloader).
			pat("different team ids", `(?s)(?:\bFailed to load (?:the )?Python shared library\b|\bError loading Python lib\b|\bdlopen\(|\bLibrary not loaded\b|\bLibrary missing\b).{0,300}?(?:\.\.\.|…)\s{0,3}different Team IDs\b`),
			// dyld's refusal retold after its "Library missing" or "Library
			// not loaded" line: "a code signing mismatch (different /
			// missing Team IDs within the app bundle)", "Team ID mismatch"
			// (dyld's own words say "different", never "mismatch").
			pat("different team ids", `(?s)\b(?:DYLD|Library missing|Library not loaded)\b.{0,300}?(?:\bmismatch(?:ed|ing)?\b[^.\n]{0,30}?\bTeam IDs?\b|\bTeam IDs? mismatch)`),
			// Told in words: "library validation rejects the Valve-signed
			// steamclient.dylib, which has a different Team ID".
			pat("library validation", `\blibrary validation\b[^.\n]{0,30}?\b(?:rejects?|rejected|rejecting|refuses?|refused|blocks?|blocked)\b[^.\n]{0,80}?\.(?:dylib|framework|bundle)\b`),
			// Told in words after dyld's own refusal of a plug-in ("missing
			// compatible arch" on Apple silicon): "library validation errors".
			pat("library validation", `(?s)\bdlopen\([^\n]{1,400}?\bmissing compatible arch\b.{0,1000}?\blibrary validation (?:errors?|issues?|problems?)\b`),
			pat("no team id", `mapped file has no Team ID and is not a platform binary`), pat("no cdhash", `mapped file has no cdhash`),
			// The refusal told in words after the setting that causes it:
			// "When the Mac app has hardened runtime enabled, the plugin
			// fails to load the built dylibs".
			pat("hardened runtime", `\bhardened runtime\b[^.\n]{0,30}?\b(?:enabled|turned on|on)\b[^.\n]{0,40}?\b(?:fails?|failed|failing|is unable|are unable|can'?t|cannot|won'?t|refuses?|refused) to (?:load|dlopen|open)\b[^.\n]{0,30}?\b(?:dylibs?|plug-?ins?|librar(?:y|ies)|frameworks?)\b`),
			// dyld's words before macOS 10.13 for a library refused there.
			pat("code signing blocked mmap", `code signing blocked mmap\(\) of '(?P<path>[^'\n]{1,300})'`),
			pat("into library validated process", `could not load inserted library '?[^'\n]{1,300}'? into library validated process\b`),
			pat("deny-mmap", `deny-mmap\]? mapped (?:executable )?file (?:has no team identifier|does not (?:have )?the same team identifier)`),
		},
	},
	{
		ID: "text-library-not-loaded", Title: "Library not loaded", Severity: Warning,
		Source:  "dyld",
		Meaning: "The dynamic linker could not load a library the executable needs. The Reason lines say whether the file is missing or was rejected.",
		Causes: []string{
			"The library is not in the bundle (not embedded in Frameworks), or the @rpath search paths do not lead to it.",
			"The library was rejected for its code signature (the reason mentions code signature, Team IDs or library validation).",
			"It is built for another architecture or platform, or a newer OS.",
		},
		Confirm: "the executable and the library it names",
		Fix:     "Embed the library (Embed & Sign in Xcode), check `otool -L` and `otool -l | grep -A2 LC_RPATH`; if the reason is a signature, see the library validation explanation.",
		Checks:  []string{chkMachoSigInvalid},
		patterns: []pattern{pat("library not loaded", `Library not loaded:? (?P<path>\S{1,300})`), pat("code signature invalid", `code signature invalid (?:for '|\(errno=|in <[0-9A-F\-]{36}> ')`),
			// The crash report's termination for it.
			pat("library missing", `\bNamespace DYLD, Code 1,? (?-i:Library missing)\b`)},
	},
	{
		ID: "text-app-cant-be-opened", Title: "The application can't be opened", Severity: Error,
		Source:  "Finder, open(1), LaunchServices (RBSRequestErrorDomain, POSIX error 153)",
		Meaning: "macOS refused to launch the app. The alert itself names no reason; launching the executable from Terminal and the system log show it.",
		Causes: []string{
			"The main executable lacks its x (execute) permission — typical after zipping or copying with a tool that drops permissions.",
			"The app claims restricted entitlements its embedded profile does not authorise, or the profile is invalid for this Mac (taskgated-helper logs it).",
			"The signature is broken or the code contains arm64e slices (before macOS 26).",
		},
		Confirm: dropAppProf,
		Fix:     "Run App.app/Contents/MacOS/App from Terminal to see the direct error, and search the log for taskgated-helper and amfid messages; drop the zipped app here to check permissions, signature and profile.",
		Checks:  []string{chkBundleExecBit, chkEntNotInProfile, chkProfileDevice},
		patterns: []pattern{
			pat("-10810", `LSOpenURLsWithRole\(\) failed with error -10810`),

			pat("the application", `The application "?(?P<app>[^"]{1,120})"? can'?t be opened`),
			// The alert retold without its name, the sentence ending there
			// (a game-ci report quoted it so).
			pat("the application", `The application (?:can'?t|can’t|cannot) be opened(?:[.!"”']|[ \t]*(?:\n|$))`),
			// The same alert retold with "app" and "cannot" for "can't",
			// its sentence ending there as the alert's does.
			pat("be opened", `\bapp (?:"(?P<app>[^"\n]{1,120})" )?(?:can'?t|can’t|cannot|can not) be opened(?:[.!"”']|[ \t]*(?:\n|$))`),
			pat("cannot be opened for an unexpected reason", `cannot be opened for an unexpected reason`),
			pat("damaged or incomplete", `open the application "?(?P<app>[^"\n]{1,120}?)"? because it may be damaged or incomplete`),
			pat("permission to open the", `You (?:do not|don'?t|don’t) have permission to open (?:the|this) (?:application|app)\b`),
			pat("launchd job spawn failed", `Launchd job spawn failed`),
			pat("rbsrequesterrordomain", `RBSRequestErrorDomain Code=5`),
			pat("153", `NSPOSIXErrorDomain Code=153`),
		},
	},
	{
		ID: "text-exec-permission-denied", Title: "Executable lacks its execute permission", Severity: Error,
		Source:   "Terminal (zsh, bash)",
		Meaning:  "The file is not marked executable, so the shell cannot run it. In an app this makes it 'can't be opened'.",
		Causes:   []string{"The app was zipped or copied with a tool that drops Unix permissions (some zip tools on Windows or Linux, uploads, git checkouts).", "A build step wrote the executable without chmod +x."},
		Confirm:  "the zipped app (the zip's file attributes show each file's permissions)",
		Fix:      "`chmod +x App.app/Contents/MacOS/App`, re-sign, and archive with `ditto -c -k --keepParent App.app App.zip`.",
		Checks:   []string{chkBundleExecBit},
		patterns: []pattern{pat("permission denied", `(?:zsh|bash|sh|fish): permission denied: (?P<path>\S{1,300})`)},
	},
	{
		ID: "text-arm64e-preview-abi", Title: "arm64e binary refused", Severity: Error,
		Source:   "the kernel",
		Meaning:  "The executable contains arm64e code. Before macOS 26, third-party arm64e code (other than kernel extensions) runs only with a boot argument meant for testing; the kernel refuses it and the process is killed.",
		Causes:   []string{"The build settings include arm64e in ARCHS.", "A dependency or plug-in was built for arm64e."},
		Confirm:  "the executable (its slices are listed with their CPU subtype)",
		Fix:      "Build for arm64 (and x86_64) only: set ARCHS to `arm64 x86_64`, or `lipo -remove arm64e`, then re-sign.",
		Checks:   []string{chkMachoArm64e},
		patterns: []pattern{pat("arm64e", `built against preview arm64e ABI`), pat("arm64e", `arm64e (?:binaries are|code is) not (?:supported|allowed)`), pat("arm64e_preview_abi", `arm64e_preview_abi`)},
	},
	{
		ID: "text-kernel-signature-rejected", Title: "The kernel rejected the code signature", Severity: Error,
		Source:  "the kernel (mac_vnode_check_signature, AMFI)",
		Meaning: "When the program was loaded, the kernel's signature validation failed fatally; the text after 'When validating' says which rule failed.",
		Causes: []string{
			"The code claims something it needs another (restricted or private) entitlement for — the message names it after 'disallowed without'.",
			"The signature is invalid or does not match the file.",
			"The binary is an arm64e, unsigned or revoked binary (see the other kernel lines).",
			causeCoreTrustRefused,
		},
		Confirm: dropApp,
		Fix:     "Read the 'When validating' line; drop the binary to check its signature and entitlements.",
		Checks:  []string{chkMachoSigInvalid, chkEntPrivate, chkEntNotInProfile},
		patterns: []pattern{
			pat("amfi", `AMFI: code signature validation failed`),
			pat("unrecoverable ct signature issue", `Unrecoverable CT signature issue`),

			pat("validation failed fatally", `code signature validation failed fatally(?:: When validating (?P<path>\S{1,300}?):?(?:\s|$))?`),
			pat("disallowed without", `disallowed without (?P<entitlement>[A-Za-z0-9.\-]{3,120})`),
			pat("failed through macf", `validation of code signature failed through MACF policy`),
			pat("load code signature error", `load code signature error \d+`),
			// AMFI's lines before "Unrecoverable CT signature issue": a
			// binary with no CMS signature (ad hoc), or one whose CoreTrust
			// policy this device refuses.
			pat("has no cms blob", `\bAMFI: '[^'\n]{1,300}' has no CMS blob\?`),
			pat("unsuitable ct policy", `\bAMFI: '[^'\n]{1,300}': unsuitable CT policy \d{1,3} for this platform/device, rejecting signature\b`),
		},
	},
	{
		ID: "text-kext-not-loaded", Title: "Kernel extension refused for its signature", Severity: Error,
		Source:  "kextload, kextutil, kmutil, kextd",
		Meaning: "macOS would not load the kernel extension: its signature is missing or invalid, or its certificate may not sign kexts.",
		Causes: []string{
			"It is not signed, or this is a project's unsigned copy (some ship one for old macOS in /System/Library/Extensions).",
			"It changed after signing (a patched Info.plist or binary: 'Bad code signature').",
			"Its certificate is not a Developer ID that Apple enabled for kexts; new kexts must also be notarized (macOS 10.14.5 and later).",
		},
		Confirm: "the zipped .kext",
		Fix:     "Sign it with a kext-enabled Developer ID Application identity (`codesign -f -s \"Developer ID Application: …\" --timestamp X.kext`), notarize, install in /Library/Extensions and allow it in System Settings. To test an unsigned kext: `csrutil enable --without kext` in Recovery (on Apple silicon also Reduced Security).",
		Checks:  []string{chkMachoUnsigned, chkMachoSigInvalid, chkBundleSealed},
		patterns: []pattern{
			pat("will not load", `invalid signature for\s+(?P<bundle_id>[A-Za-z0-9.\-]{3,150}), will not load`),
			pat("untrusted kexts", `Untrusted kexts are not allowed`),
			pat("code signing failure", `Code Signing Failure: (?:not code signed|code signature is invalid)`),
			pat("kext with invalid signature", `Kext with invalid signatured? \(-?\d+\) allowed`),
			pat("bad code signature", `Authenticating extension failed: Bad code signature`),
		},
	},
	{
		ID: "text-kext-not-approved", Title: "Kernel extension not approved to load", Severity: Error,
		Source:  "kextload, kextutil, kmutil",
		Meaning: "macOS refused the kernel extension by policy: a third-party kext loads only once its developer is allowed, by the user in System Settings > Privacy & Security (Security & Privacy in System Preferences) or by an MDM's kernel extension policy.",
		Causes: []string{
			"Nobody has allowed it yet: the Allow button shows for a while after the load attempt, and the kext loads after approval (on Apple silicon after a restart).",
			"On a Mac enrolled in MDM the user may not approve it: a Kernel Extension Policy profile (com.apple.syspolicy.kernel-extension-policy) must list its team ID or the kext itself, and installs only from an Automated Device Enrollment or a user-approved enrollment.",
			"On Apple silicon third-party kexts stay off until Startup Security Utility in Recovery is set to Reduced Security with user management of kernel extensions from identified developers allowed.",
			"It has no team to approve: an unsigned or ad hoc signed kext shows as 'Unidentified' and needs kext signing checks off (`csrutil enable --without kext`); since macOS 10.14.5 a new or updated kext must also be notarized.",
			"The alert's words 'System Extension Blocked' and 'System software from developer ... was blocked from loading' also stand for a system extension (a driver, network or endpoint security extension) waiting for approval: the same Allow in Privacy & Security approves it, and `systemextensionsctl list` shows it waiting for the user.",
		},
		Confirm: "the zipped .kext",
		Fix:     "Allow the developer in System Settings > Privacy & Security and restart, or, on a managed Mac, have the kext's team ID (`codesign -dv X.kext` prints TeamIdentifier) added to the MDM's Kernel Extension Policy; `sudo profiles show` lists the profiles in place.",
		Checks:  []string{chkMachoUnsigned, chkMachoSigInvalid},
		patterns: []pattern{
			pat("system policy prevents loading", `\(libkern/kext\) system policy prevents loading`),
			// kextutil's words for the same refusal (exit code 27), which
			// TN2459 names as the sign of a kext without user approval.
			pat("prevents loading the kernel extension", `\bSystem policy prevents loading the kernel extension\b`),
			pat("rejected due to system policy", `Kext rejected due to system policy`),
			pat("not approved to load", `Extensions? with identifiers? [A-Za-z0-9.,\-]{3,400} not approved to load`),
			pat("system extension blocked", `\bSystem Extension Blocked\b`),
			// The alert retold as what it asks: "Get the pop up to approve
			// system extension" (a browser's extension is no system's).
			pat("approve system extension", `\b(?:pop[ -]?up|prompt|alert|dialog(?:ue)?|notification|request) (?:asking )?to (?:approve|allow) (?:the |a |its |this |my )?(?:legacy )?(?:system|kernel) extensions?\b`),
			pat("tried to load new system extension", `\b(?:program|application) tried to load new system extension`),
			// Retold by an app: "you must allow loading of system software
			// by developer 'X'"; macOS 11's "System Extension Error" alert
			// after kexts changed asks for the same approval again.
			pat("loading of system software", `\ballow(?:ing)? loading of system software (?:by|from) (?:developer|application)\b`),
			pat("need to be rebuilt", `\bsystem extensions during startup and they need to be rebuilt\b`),
			pat("was blocked from loading", `\bSystem software from (?:developer|application) [\S ]{1,120}? was blocked from loading`),
			// Retold: "an error about a system extension from "Benjamin
			// Fleischer" being blocked"; the developer quoted or capitalised,
			// so "keeps the system extension from being blocked" is not it.
			pat("blocked", `\b(?:system|kernel) extensions? from (?:developer )?(?:"[^"\n]{1,80}"|(?-i:[A-Z])[\w.-]{0,40}(?: (?-i:[A-Z])[\w.-]{0,40}){0,3}) (?:(?:is|was|being|got|has been|had been) )?blocked\b`),
			pat("some system software was blocked", `\bSome system software was blocked from loading`),
			pat("prevent the installation of system extensions", `\bcurrent security settings prevent the installation of system extensions`),
			// systemextensionsctl list: a system extension waiting for the user's approval.
			pat("activated waiting for user", `\[activated waiting for user\]`),
		},
	},
	{
		ID: "text-system-extension-rejected", Title: "System extension not activated", Severity: Error,
		Source:  "OSSystemExtensionManager, sysextd (system, driver and network extensions)",
		Meaning: "macOS refused to activate the extension: OSSystemExtensionErrorDomain code 8 says its signature is invalid, 9 that it failed validation, 10 that the system policy prohibits activating it, 2 that the app lacks an entitlement.",
		Causes: []string{
			"The extension or its app is unsigned, signed ad hoc or changed after signing (code 8).",
			"Its restricted entitlements (DriverKit, Network Extension, Endpoint Security) are not authorised by its embedded profile or not yet granted to the team (code 9); until Apple grants them, testing needs System Integrity Protection off.",
			"The app lacks com.apple.developer.system-extension.install (code 2).",
			"A policy forbids it (code 10), not its signature: on a Mac enrolled in MDM a System Extensions profile (com.apple.system-extension-policy) allows only the team IDs and extensions it lists, and may keep users from approving others; its administrators add the extension's team ID (`codesign -dv` prints TeamIdentifier), and `sudo profiles show` lists the profiles in place.",
			"The extension's Mach service name (CMIOExtensionMachServiceName of a camera extension, NEMachServiceName of a network one) is not a child of one of the app groups in its com.apple.security.application-groups entitlement, so sysextd's category check fails (code 9, 'extension category returned error'): name it <app group>.<name>, for example TEAMID.com.example.group.camera.",
		},
		Confirm: dropAppProf,
		Fix:     "Sign the extension, then the app, with one Developer ID (or Apple Development) identity, embed profiles granting their entitlements, notarize, and run the app from /Applications; `systemextensionsctl list` shows what is active.",
		Checks:  []string{chkMachoUnsigned, chkMachoSigInvalid, chkEntNotInProfile},
		patterns: []pattern{pat("ossystemextensionerrordomain", `OSSystemExtensionErrorDomain(?: error |\s+Code=|:)(?P<code>10|[289])\b`), pat("invalid code signature or missing entitlements", `Invalid code signature or missing entitlements`), pat("extension failed to validate", `extension failed to validate! uninstalling|bundle code signature is not valid - does not satisfy requirement`),
			// An app's report of the request it made, with code 8 in words:
			// "Produced an error trying to install virtual camera:
			// code signature invalid".
			pat("code signature invalid", `\b(?:install(?:ing)?|activat(?:e|ing)) (?:the |a |its )?(?:virtual camera|camera extension|system extension|driver extension|network extension)\b[^\n]{0,20}?:?\s{0,3}code signature invalid\b`),
			// The error codes by their names, as Apple's headers spell them,
			// and as Swift does (OSSystemExtensionError.Code.validationFailed).
			pat("ossystemextensionerror", `\bOSSystemExtensionError(?:CodeSignatureInvalid|ValidationFailed|ForbiddenBySystemPolicy|MissingEntitlement)\b|\bOSSystemExtensionError(?:\.Code)?\.(?:codeSignatureInvalid|validationFailed|forbiddenBySystemPolicy|missingEntitlement)\b`),
			// The code retold in words after the domain: "OSSystemExtensionErrorDomain
			// of a value of 9", "OSSystemExtensionErrorDomain with code 8".
			pat("ossystemextensionerrordomain", `\bOSSystemExtensionErrorDomain (?:of a value of|with (?:a )?(?:value|code)(?: of)?|(?:error )?code(?: of)?) (?P<code>10|[289])\b`),
			// sysextd refusing a camera or network extension whose Mach service
			// name is outside its app groups; apps show only the category's
			// failure.
			pat("invalid mach service name", `\binvalid mach service name or is not signed\b|\bthe value must be prefixed with one of the App Groups in the entitlement\b`),
			pat("extension category returned error", `\bextension category returned (?:an )?error\b`),
			// sysextd when no policy allows the request: it says so also for
			// an app in /Applications whose signature it does not accept.
			pat("no policy, cannot allow apps outside", `\bno policy, cannot allow apps outside /Applications\b`),
			// sysextd refusing an extension a System Extensions profile (MDM)
			// does not allow: "Extension with teamID ... is not in the list of
			// allowed extensions", "Activation decision ... is: Deny".
			pat("not in the list of allowed extensions", `\bnot in the list of allowed extensions\b`),
			pat("activation decision", `\bActivation decision\b[^\n]{0,120}?\bis: Deny\b`),
			// Karabiner-Elements' driver extension refused, as its settings
			// and its VirtualHIDDevice manager word it.
			pat("activation was failed", `\bActivation was failed\.? \(error: ?-?\d{1,3}\)`),
			// An app's own report, as LuLu's alert words it.
			pat("to activate", `\b(?:failed|unable) to activate (?:the |its |a )?(?:system/network|network/system|system|driver) extension\b`),
			// AppleSystemPolicy refusing a driver extension's process.
			pat("security policy would not allow process", `\bASP: Security policy would not allow process\b`),
		},
	},
	{
		ID: "text-app-management-denied", Title: "macOS blocked a change to another app (App Management)", Severity: Warning,
		Source:  "the kernel (Sandbox) System Policy",
		Meaning: "Since macOS 13, a signed app in /Applications that has been launched is protected: only the same team's code, code the app's Info.plist allows (NSUpdateSecurityPolicy), or a process the user granted App Management may modify it.",
		Causes: []string{
			"The updater is signed by a different team than the app it updates.",
			"The updater is not listed in the app's NSUpdateSecurityPolicy (AllowProcesses by team and signing identifier).",
			"The process is a tool (Terminal, a script) without the App Management permission.",
		},
		Confirm: "the app and its updater (both executables, or both zipped apps)",
		Fix:     "Sign the app and its updater with the same team, or add the updater to NSUpdateSecurityPolicy in the app's Info.plist; users can grant App Management in System Settings > Privacy & Security.",
		Checks:  []string{chkBundleUpdater},
		patterns: []pattern{pat("deny(", `System Policy: \S{1,80}\(\d+\) deny\(\d+\) file-(?:write|link|unlink)[a-z\-]* (?P<path>/\S.{0,200}?\.app\S{0,200})`), pat("app management", `App Management`), pat("operation not permitted", `(?:xattr: \[Errno 1\] Operation not permitted: '(?P<path>/Applications/[^'\n]{1,200}?\.app/[^'\n]{0,200})'|\b(?:rm|mv|cp|chmod|touch|ln): (?P<path>/Applications/[^:\n]{1,200}?\.app/[^:\n]{0,200}): Operation not permitted)`), pat("chown", `\b(?:chown|chmod|rename|remove|unlinkat) (?P<path>/[^:\n]{1,200}?\.app(?:/[^:\n]{0,200})?): operation not permitted`),
			// codesign re-signing an app in /Applications: it names the
			// app, then the nested code it could not write.
			pat("app: operation not permitted", `(?P<path>/Applications/[^:\n]{1,200}?\.app): Operation not permitted\s+In subcomponent:`)},
	},
	// SMAppService's refusals carry no reason: error 1 ("Operation not
	// permitted") and the status notFound are given for an app without a
	// stable signature, an item the user switched off, a registration
	// left over or a sandboxed app's daemon alike (see context_launch.go
	// for what the paste shows first).
	{
		ID: "text-login-item-register-failed", Title: "Login item, agent or daemon refused by SMAppService", Severity: Warning,
		Source:  "ServiceManagement (SMAppService register(), SMAppServiceErrorDomain), Background Task Management",
		Meaning: "macOS refused to register the app's login item, launch agent or launch daemon with Background Task Management, or cannot find the one it registered (status notFound). SMAppService reports most refusals as error 1, \"Operation not permitted\", without saying why; Background Task Management records each item under the signature of the app that registered it.",
		Causes: []string{
			"The app has no stable signature: it is unsigned or signed ad hoc by a local build, or it runs translocated from a quarantined download (a random read-only path) because it is not notarized. Background Task Management cannot tie the item to a team, so registering fails, or every build is recorded as a new login item.",
			"The user switched the item off in System Settings > General > Login Items & Extensions: the registration stays, its status is requiresApproval, and registering again cannot approve it.",
			"An earlier registration is in the way: another copy or version of the app (or one signed with another certificate) registered the same item, an unregister has not finished, or a job with the same label was loaded by hand (launchctl) or by an old SMJobBless helper.",
			"The app is sandboxed and registers a launch daemon, which a sandboxed app cannot install.",
			"The login item or agent is signed ad hoc, or by another team than the app (SMAppServiceErrorDomain Code=3 is an invalid signature).",
		},
		Confirm: "the app, zipped from where it runs (its login items and their signatures are listed)",
		Fix:     "Sign the app with your team (Developer ID Application for distribution), notarize it and run it from /Applications, not from the download or a disk image; read `SMAppService.status` (requiresApproval: approve it in Login Items & Extensions); after re-signing or updating, restart the Mac before registering again. `sfltool dumpbtm` lists what Background Task Management recorded.",
		Checks:  []string{chkMachoUnsigned, chkMachoAdhoc},
		patterns: []pattern{
			pat("smappserviceerrordomain", `SMAppServiceErrorDomain(?: Code=| error )[13]\b`),
			// ServiceManagement's own log line in the app's process when
			// register() or unregister() fails.
			pat("register (", `\b(?:Un)?register \((?:<private>|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+){2,})\) error: \d+`),
			// The error's description on the line that registers a login
			// item (Console's log, the app's alert, Chinese and Japanese).
			pat("operation not permitted", `(?:\b(?:regist(?:er|ering|ered|ration)|login item|(?:launch|start|open)(?:ing)? at login|SMAppService)\b|开机自启动|开机启动|登录项|開機自動啟動|ログイン項目)[^\n]{0,160}?(?:The operation couldn[’']t be completed\.|未能完成该操作。|未能完成操作。|操作を完了できませんでした。)\s?Operation not permitted`),
			// The status an unsigned build reads (see context_launch.go).
			pat("notfound", `\bSMAppService\b[^\n]{0,80}?\bstatus\b[^\n]{0,20}?\.notFound\b`),
		},
	},
	{
		ID: "text-sandbox-inheritance", Title: "Sandbox inheritance trap in a child process", Severity: Error,
		Source:   "crash reports (_libsecinit_appsandbox)",
		Meaning:  "A helper that inherits the app's sandbox crashed while setting it up.",
		Causes:   []string{"The helper has com.apple.security.inherit with other entitlements beside com.apple.security.app-sandbox (it may have only those two).", "The helper was launched by something other than its sandboxed parent (launchd, Finder, a shell)."},
		Confirm:  "the helper executable (its entitlements are listed)",
		Fix:      "Give the helper exactly com.apple.security.app-sandbox and com.apple.security.inherit, and start it only as a child of the sandboxed app.",
		patterns: []pattern{pat("_libsecinit_appsandbox", `_libsecinit_appsandbox`), pat("inherited sandbox", `Process is not in an inherited sandbox`), pat("-10810", `LSOpenURLsWithRole\(\) failed with error -10810 for the file [^\n]{1,300}?/Contents/Library/LoginItems/`)},
	},
	// The App Sandbox refusing an operation the entitlements do not allow.
	// File operations are read only for a user's files: Xcode's script
	// sandbox denies tools (rsync, bash) writes under DerivedData.
	{
		ID: "text-sandbox-denied", Title: "App Sandbox refused an operation: an entitlement is missing", Severity: Warning,
		Source:  "the kernel's Sandbox reports (Console), Dart's SocketException (errno 1, EPERM)",
		Meaning: "A sandboxed app (com.apple.security.app-sandbox) tried something its entitlements do not allow (a network connection, a Mach service, a file outside its container) and the sandbox refused it with EPERM.",
		Causes: []string{
			"The capability's entitlement is missing: com.apple.security.network.client (outgoing connections), network.server, files.user-selected.read-write, device.camera; Flutter's macOS template enables the sandbox without network.client.",
			"The file was not chosen by the user through an open panel (or a security-scoped bookmark was not resolved), so it lies outside the container.",
			"A Mach service name outside the app's app group or team prefix needs an application-groups entry or a temporary exception (not accepted on the Mac App Store).",
		},
		Confirm: dropApp,
		Fix:     "Add the entitlement to the .entitlements file of every configuration (Flutter: macos/Runner/DebugProfile.entitlements and Release.entitlements), sign again, and check with `codesign -d --entitlements - APP`; the Console's \"deny\" line names the operation refused.",
		patterns: []pattern{
			pat(") deny", `[^\s()]{1,80}\(\d{1,7}\) deny(?:\(\d{1,3}\))? (?:(?:mach-(?:lookup|register)|network-(?:outbound|inbound|bind)|iokit-open|appleevent-send) \S{1,200}|file-(?:read|write)-data (?:/Users|/Volumes)/\S{0,200})`),
			pat("socketexception", `SocketException\b[\s\S]{0,80}?Connection failed[\s\S]{0,80}?Operation not permitted(?:, errno = 1\b|\W{1,4}osError\.errorCode: 1\b)`),
			// The refusal retold with the entitlement that lifts it.
			pat("network.client", `\b(?:sandbox\w*|macOS)\b[^.\n]{0,60}\b(?:deny|denies|denying|blocks|blocking)\b[^.\n]{0,20}\bnetwork\b[\s\S]{0,400}?com\.apple\.security\.network\.client\b`),
		},
	},
	// Also macOS 15's prompt for a group container the app is not
	// authorised for, and the prompt retold (read only where the paste is
	// about app groups, see context.go).
	{
		ID: "text-app-group-prefix", Title: "App group ID refused: not prefixed by the team", Severity: Warning,
		Source:   "containermanagerd, the system log (macOS 15 and later)",
		Meaning:  "macOS refused (or asked the user about) access to an app group container whose ID is neither team-prefixed nor authorised by the app's profile.",
		Causes:   []string{"A macOS-style group ID without the team prefix, or a group.… ID that no embedded profile authorises.", "The app is signed ad hoc or by another team, so no team prefix can match."},
		Confirm:  dropAppProf,
		Fix:      "Use TEAMID.name, or a group.… ID authorised by an embedded provisioning profile (Mac profiles can authorise group.… IDs since February 2025).",
		Checks:   []string{chkEntAppGroup, chkEntAppGroupAuth},
		patterns: []pattern{pat("prefixed by requestor's team id", `should be prefixed by (?:the )?requestor's team ID`), pat("access data from other", `\bwould like to access data from other apps\b|\btrying to access data from other (?:apps|applications)\b|\baccessing another (?:app|application)'s group container\b`)},
	},
	{
		ID: "text-bad-cpu-type", Title: "Executable not built for this Mac's CPU", Severity: Error,
		Source:  "Terminal (zsh, bash), LaunchServices",
		Meaning: "The executable has no slice this Mac can run: for example arm64 only on an Intel Mac, or 32-bit code on current macOS.",
		Causes:  []string{"It was built for one architecture only.", "Rosetta is not installed on an Apple silicon Mac running x86_64-only code.", "It is 32-bit (i386), which macOS no longer runs."},
		Confirm: "the executable (its slices are listed)",
		Fix:     "Build a universal binary (`ARCHS = arm64 x86_64`, or `lipo -create`), and sign it after merging.",
		patterns: []pattern{pat("bad cpu type", `bad CPU type in executable`), pat("unknown system error -86", `\bspawn\b[^\n]{0,80}?\bUnknown system error -86\b`),
			// kmutil: KMErrorDomain Code=71.
			pat("incompatible architecture", `\bIncompatible architecture: Binary is for \w{3,8}, but needed arch\b`)},
	},
	{
		ID: "text-privacy-access-refused", Title: "Privacy access refused (Apple events, camera, microphone…)", Severity: Warning,
		Source:  "tccd, Apple events (-1743)",
		Meaning: "macOS refused access to another app or a protected resource; under the hardened runtime tccd asks only if the signature has the resource's entitlement.",
		Causes: []string{
			"Hardened runtime without the resource entitlement (com.apple.security.automation.apple-events, .device.camera, .device.audio-input, .personal-information.*): refused without a prompt.",
			"Info.plist lacks the usage description (NSAppleEventsUsageDescription, NSCameraUsageDescription…).",
			"The user declined, or the stored decision is for an older signature: `tccutil reset AppleEvents BUNDLE_ID`.",
			"The grant in System Settings is for an older signature: TCC stores the app's designated requirement with it, and an ad hoc signature's requirement is its cdhash, which every update or rebuild changes, so the switch still shows on while access is denied. Sign every build with the same certificate and identifier (Developer ID, or an Apple Development certificate for local builds) and `tccutil reset Accessibility BUNDLE_ID` once.",
		},
		Confirm: dropApp,
		Fix:     "Add the entitlement (Hardened Runtime > Resource Access) and the usage description, sign again, then tccutil reset the service.",
		Checks:  []string{"ent-privacy-usage-without-entitlement"},
		patterns: []pattern{
			pat("ktccservice", `(?P<capability>kTCCService[A-Za-z]{2,40}) requires entitlement\s+(?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100})|Policy disallows prompt for [^;]{1,200}; access to kTCCService[A-Za-z]{2,40} denied`),
			pat("apple", `not authori[sz]ed to send Apple ?events|未获得授权将Apple事件发送给`),
			pat("erraeeventnotpermitted", `errAEEventNotPermitted`),
			pat("-1743", `(?:OSERROR:\s*|OSStatus error\s*)-1743\b`),
			pat("privacy-sensitive data", `attempted to access privacy-sensitive data without a usage description|\bnot authori[sz]ed to capture (?:video|audio)\b`),
			// Accessibility refused to an AppleScript (-25211, -1719), and
			// ScreenCaptureKit's Screen Recording refusal (-3801).
			pat("not allowed assistive access", `\bis not allowed assistive access\b`),
			pat("declined tccs", `\bThe user declined TCCs for\b`),
			pat("scstreamerrordomain", `SCStreamErrorDomain(?:,| error)? (?:code|Code)[:=]? ?-3801\b`),
			// tccd's own words for a grant whose stored requirement the
			// app's new signature no longer satisfies.
			pat("failed to match existing code requirement", `Failed to match existing code requirement for subject (?P<bundle_id>[A-Za-z0-9.\-]{3,150})`),
			// The stored requirement (csreq, cdhash) said not to match the
			// rebuilt app; read only beside TCC (see skip).
			pat("match", reStaleRequirement),
			pat("不匹配", `CDHash[\s\S]{0,80}?不匹配`),
			// The hardened runtime without the device entitlement, said in
			// words or shown by codesign.
			pat("com.apple.security.device.", reHardenedNoDeviceEntitlement),
			// Local Network refused for want of its usage description
			// (macOS 15 and later; read only beside a refusal, see skip).
			pat("nslocalnetworkusagedescription", `NSLocalNetworkUsageDescription`),
			// A privacy pane's grant lost after an update or a rebuild, as
			// users retell it.
			pat("accessibility", reGrantLostAfterUpdate),
			pat("input monitoring", reGrantLostAfterUpdate),
			pat("screen recording", reGrantLostAfterUpdate),
			// A pane's grant said to be on while the app asks for it or is
			// denied; read only beside an update of the app (see skip).
			pat("recording", reGrantStillOn),
			pat("accessibility", reGrantStillOn),
			pat("tcc", reGrantStillOn),
			pat("full disk access", reGrantStillOn),
			pat("full disk access", reGrantAlreadyGiven),
			pat("accessibility", reGrantAlreadyGiven),
			pat("recording", reGrantAlreadyGiven),
			pat("input monitoring", reGrantAlreadyGiven),
			pat("axisprocesstrusted", reGrantAlreadyGiven),
			pat("full disk access", reGrantLostAfterUpdate),
			pat("grant", reGrantLostAfterUpdate),
			// A grant shown as given while the app keeps asking for it, or
			// an app that cannot be added under a device's permission.
			pat("accessibility", reGrantShownYetAsked),
			pat("input monitoring", reGrantShownYetAsked),
			pat("full disk access", reGrantShownYetAsked),
			pat("add", reNotAddedUnderPane),
			// An ad hoc signed tool said to get no privacy grant at all
			// (macOS 26 no longer prompts for it).
			pat("ad", reAdhocNoGrant),
			// The grant said to be bound to a hash or requirement that
			// changes with each build, or to an ad hoc signature.
			pat("hash", reGrantTiedToHash),
			pat("designated requirement", reGrantTiedToHash),
			pat("code signature", reGrantTiedToHash),
			pat("ad", reGrantTiedToHash),
			pat("tcc", reGrantTiedToHash),
		},
	},
	{
		ID: "text-hardened-runtime-exception", Title: "Hardened runtime: an exception entitlement is missing", Severity: Error,
		Source:  "the kernel, dyld",
		Meaning: "The hardened runtime refuses memory written then executed, and ignores DYLD_* variables, unless the signature has the exception entitlement.",
		Causes: []string{
			"A JIT (V8, Bun, the JVM, LuaJIT, Unity's Mono) without com.apple.security.cs.allow-jit (MAP_JIT memory) or allow-unsigned-executable-memory (other memory).",
			"The executable running the JIT (a bundled java, a Node or Bun sidecar) was signed with --options runtime but without the entitlements, or with an ignored entitlements blob.",
			"DYLD_* variables are ignored without com.apple.security.cs.allow-dyld-environment-variables; inserted libraries must also pass library validation.",
		},
		Confirm:    "the executable that crashed",
		Fix:        "Sign that executable with the exception it needs: `codesign -f -o runtime --timestamp --entitlements X.entitlements -s \"Developer ID Application: …\" PATH`; check with `codesign -d --entitlements - PATH`.",
		Supersedes: []string{"text-code-signature-invalid"},
		Blocks:     []string{"launches"},
		patterns: []pattern{
			pat("memory", `Failed to reserve virtual memory for CodeRange|Ran out of executable memory`),
			pat("codeheap", `Could not reserve enough space in CodeHeap`),
			// A signed program killed only when it does its work, while its
			// help and version print ("it doesn't happen on ./tool -h or
			// --version"): the code ran, then wrote code it executes (the
			// context rule asks for a kill and hardened-runtime signing).
			pat("happen", `\b(?:doesn'?t|does not|didn'?t|did not) happen (?:on|with|for|when (?:running|calling))\s+\S{0,80}?\s?(?:-h|--help|--version)\b`),
			pat("pthread_jit_write_protect_np", `(?:crash|abort|blocks|traps?|SIGTRAP|EXC_BREAKPOINT)[^\n]{0,80}pthread_jit_write_protect_np|pthread_jit_write_protect_np\s*(?:→|->|\+ \d)|pthread_jit_write_protect_np\W{0,2} and [^.\n]{0,30}\b(?:dies|crashes|aborts) with\W{0,2}(?:EXC_BREAKPOINT|SIGTRAP)\b`),
			pat("hardened", `hardened[- ]runtime[^.\n]{0,120}\bJIT\b[^.\n]{0,40}(?:permission|memory|compil)`),
			// The crash told with the entitlement it lacks: "crashes
			// immediately on Apple Silicon because the entitlements do not
			// include com.apple.security.cs.allow-jit".
			pat("allow-", `\b(?:crash(?:es|ed)?|killed|kills|traps?|trapped|aborts?|aborted|dies|died)\b[^.\n]{0,120}?\b(?:do(?:es)? not (?:include|have|carry|contain)|do(?:es)?n['’]t (?:include|have|carry|contain)|without|lacks?|lacking|missing)\b[^.\n]{0,40}?\x60?(?:com\.apple\.security\.cs\.)?allow-(?:jit|unsigned-executable-memory)\b`),
			pat("jit entitlement", `\b(?:crash\w*|SIGTRAP|EXC_BREAKPOINT|killed|traps?)\b[^\n]{0,120}?\b(?:missing|without|lacks?|lacking|no)\W{0,3}(?:the )?JIT entitlement\b`),
			pat("r-x/rwx", `--->\s+VM_ALLOCATE\s+[0-9a-f]+-[0-9a-f]+\s+\[[^\]\n]{1,12}\]\s+r-x/rwx|Namespace CODESIGNING\b[\s\S]{0,400}?---?>\s+Memory Tag \d{1,3}\s+[0-9a-f]+-[0-9a-f]+\s+\[[^\]\n]{1,12}\]\s+r-x/rwx`),
			// "because no suitable image found. Did find: … Library
			// Validation" is a library found and refused, which
			// text-library-validation says.
			// codesign turning the hardened runtime on without
			// --entitlements: read only where the paste names a JIT engine
			// and an app that stops opening (context_round212.go).
			pat("runtime", reRuntimeSignedNoEntSrc),
			pat("into hardened process", `could not load inserted library '?(?P<path>[^'\n]{1,300})'? into hardened process because (?:[^n\n]|n[^o\n])`),
		},
	},
	{
		ID: "text-debugger-attach-denied", Title: "Debugger not allowed to attach", Severity: Warning,
		Source:  "lldb, debugserver, dtrace, Frida",
		Meaning: "The system refused the debugger the process's task port: a hardened macOS process can be debugged only with com.apple.security.get-task-allow, an iOS app only with get-task-allow (a development signature).",
		Causes: []string{
			"The target is hardened without get-task-allow (a release, notarized or downloaded build).",
			"The target is Apple's code or protected by System Integrity Protection.",
			"The debugger was not granted the right to debug: a session with no one to approve the prompt (SSH, a remote editor) or Developer Tools access not enabled (`DevToolsSecurity -enable`).",
		},
		Confirm: "the executable the debugger attaches to",
		Fix:     "Debug a development build, or re-sign a copy with get-task-allow: `codesign -f -s - --entitlements debug.entitlements BINARY`.",
		patterns: []pattern{
			pat("attach", `Not allowed to attach to process`),
			pat("task", `doesn't have get-task-allow|TaskPortForProcessID task_for_pid failed`),
			pat("permission to debug", `non-interactive debug session, cannot get permission to debug processes`),
			// Frida's words when the kernel refuses it the task port.
			pat("failed to attach", `Failed to attach: unable to (?:attach to the specified process|access process with pid \S{1,12} from the current user account)`),
			pat("restricted entitlements", `dtrace cannot control executables signed with restricted entitlements`),
		},
	},
	{
		ID: "text-virtualization-entitlement-missing", Title: "Virtual machine refused: the virtualization entitlement is not in the signature", Severity: Error,
		Source:  "Virtualization.framework (VZErrorDomain Code=2), Hypervisor.framework",
		Meaning: "Virtualization.framework will not validate or start a virtual machine, and Hypervisor.framework will not create one, unless the running executable's signature carries com.apple.security.virtualization (com.apple.security.hypervisor for Hypervisor.framework). Neither needs a provisioning profile: an ad hoc signature may carry them.",
		Causes: []string{
			"The executable was signed without the entitlement: signed ad hoc by the linker (flags adhoc,linker-signed), or re-signed with `codesign --force --sign -` without --entitlements, which drops the entitlements it had.",
			causeVMOtherExecutable,
			"The entitlements file was not passed at signing or misspells the key, so the signed entitlements (`codesign -d --entitlements - BINARY`) lack it.",
		},
		Confirm: "the executable that starts the virtual machine",
		Fix:     "Sign the executable that starts the virtual machine, as the last build step, with an entitlements file setting com.apple.security.virtualization (and com.apple.security.hypervisor for Hypervisor.framework) to true: `codesign -f -s - --entitlements vm.entitlements BINARY` (or your Developer ID with --options runtime); check with `codesign -d --entitlements - BINARY`. Bridged networking (com.apple.vm.networking) is restricted and needs a provisioning profile as well.",
		patterns: []pattern{
			// VZErrorDomain Code=2's reason, also as NSLog prints it
			// (\U2019, \U201c) and retold with a space for the dot.
			pat("virtualization", `The process doesn(?:'|’|\\U2019)t have the \S{0,6}com\.apple\.security[. ]virtualization\S{0,6} entitlement\b`),
			pat("virtualization entitlement", `\bmissing (?:the )?\S{0,2}(?:com\.apple\.security\.)?virtualization\S{0,2} entitlement\b`),
			// An ad hoc re-sign without --entitlements, told as the loss.
			pat("com.apple.security.", `\b(?:drops?|dropped|strips?|stripped|loses|lost)\s+\W{0,2}(?:the\s+)?\W{0,2}com\.apple\.security\.(?:hypervisor|virtualization)\b`),
		},
	},
}

// Led with where the paste is about a Python interpreter.
// reGrantLostAfterUpdate: a privacy pane's grant asked for again, reported
// missing or reset after an update or a rebuild (TCC matches the grant to
// the signature's designated requirement).
const reGrantLostAfterUpdate = `\b(?:after|on|with) (?:each |every |any |an? |the )?(?:app |auto-?|uninstalling and )?(?:update|updating|upgrade|upgrading|rebuild|rebuilding|reinstall|reinstalling)\b[\s\S]{0,300}?(?:` +
	`(?:permission|access)\w* (?:for|to) (?:use )?` + privacyPane + `\b[^\n]{0,60}?\bagain\b` +
	`|\b(?:require|requires|request|requests|ask for|asks for|prompt for|prompts for) ` + privacyPane + ` (?:permission|access)\w*\b[^\n]{0,30}?\bagain\b` +
	`|` + privacyPane + `(?: permissions?| access)? (?:is |are )?(?:missing|not granted|denied)\b` +
	`|\bre-?grant\w* (?:the |all |its |their )?(?:\w+ )?permissions?\b` +
	`|` + privacyPane + `\b[\s\S]{0,120}?\b(?:permissions?|grants?|access|toggles?|entries|both|API) (?:are|is|get|gets|were|was) (?:still (?:switched on|enabled|checked|toggled on)|reset|lost|revoked|invalidated)\b)` +
	`|` + privacyPane + ` (?:permissions?|access|grants?)\b[\s\S]{0,200}?\b(?:are|is|get|gets|were|was) (?:reset|lost|revoked|invalidated) (?:on|after|with) (?:each|every|an?|the) (?:app )?(?:update|upgrade|rebuild|build|release)\b` +
	`|` + privacyPane + `\b[\s\S]{0,200}?\b(?:grants?|permissions?) (?:breaks?|is (?:lost|reset|revoked)|gets? (?:lost|reset|revoked)) (?:after|on|with) (?:each|every|an?|the) (?:underlying )?(?:app )?(?:update|upgrade|rebuild|build|release)\b`

// reGrantShownYetAsked: the app listed as having a grant (Accessibility,
// Input Monitoring, Full Disk Access apply at once, unlike Screen
// Recording) while it continues to ask for it: the grant is for another
// signature. reNotAddedUnderPane: an app that fails to be added under a
// device's or a pane's permission.
const (
	reGrantShownYetAsked = `\b(?:(?:lists?|listed|shows?|shown|showed) (?:it )?as having|already (?:granted|given|added|enabled))\b[^.\n]{0,60}?\b(?:continues?|continued|keeps?|kept|still) (?:to )?(?:ask|asks|asking|prompt|prompts|prompting)(?: me| the user| us)? for (?:the )?(?:Accessibility|Input Monitoring|Full Disk Access) (?:access|permission)`
	reNotAddedUnderPane  = `\b(?:does not|doesn['’]?t|did not|didn['’]?t|won['’]?t|will not|can(?:no|['’])?t|fails? to|failed to) (?:get |be )?(?:added|add) (?:under|to|in) (?:the )?\W{0,2}(?:Microphone|Camera|Accessibility|Screen Recording|Full Disk Access|Input Monitoring)\W{0,2} (?:permissions?|list|settings?|pane)\b`
)

// reGrantTiedToHash: a privacy grant said to follow the code signature's
// hash (or the ad hoc signature) that each build changes.
const reGrantTiedToHash = `\b(?:TCC|permissions?|grants?)\b[^.\n]{0,120}?\b(?:cdhash|code ?hash|code signature(?: hash)?|signature hash)\b[^.\n]{0,100}?\b(?:chang(?:es|ed|ing)|different|resets?)\b` +
	`|\b(?:cdhash|code hash|signature hash)\b[^.\n]{0,40}?\bchang(?:es|ed|ing)\b[^\n]{0,200}?\b(?:TCC|privacy|` + privacyPane + `)\b` +
	`|\bdesignated requirement\b[^.\n]{0,60}?\b(?:changing|cdhash|code hash)\b[^.\n]{0,120}?\b(?:privacy|TCC|permissions?|grants?)\b` +
	`|\bad[- ]hoc(?:[- ]code)?[- ]sign(?:ed|ing|ature)\b[^.\n]{0,120}?\b(?:TCC|(?:privacy|microphone|camera|` + privacyPane + `) (?:permissions?|decisions?|grants?))\b` +
	`|\bTCC\b[^.\n]{0,80}?\bpersist\b[^.\n]{0,40}?\bpermissions?\b`

const privacyPane = `(?:Accessibility|Input Monitoring|Screen Recording|Full Disk Access)`

// reAdhocNoGrant: ad hoc signed code said to be unable to trigger or keep
// a privacy grant (Calendar, Camera, Accessibility…): its designated
// requirement is its cdhash, and macOS 26 gives it no prompt.
const reAdhocNoGrant = `\bad[- ]hoc(?:[- ]signed)?\b[^.\n]{0,120}?\b(?:can no longer|cannot|can['’]?t|no longer|never) (?:trigger|get|receive|request|obtain|show|keep)\b[^.\n]{0,40}?\b(?:Calendars?|Reminders|Contacts|Photos|Camera|Microphone|Location Services|` + privacyPane + `|Automation|Apple ?Events|TCC|privacy)\b[^.\n]{0,30}?\b(?:permissions?|grants?|access|prompts?|dialogs?|consent)\b`

// reGrantAlreadyGiven: an app that asks for, or cannot use, a grant the
// user already gave it; read only beside a rebuild, an ad hoc signature
// or an update of the app (see skip).
const reGrantAlreadyGiven = `\b(?:requests?|asks? for|prompts? for) ` + privacyPane + ` (?:access|permission)\w*,? (?:which|that) it (?:appears to|seems to|already) ha(?:ve|s)\b` +
	`|\b(?:I have|I've|I had) already (?:given|granted) (?:it|the app) ` + privacyPane +
	`|\b(?:dialog|prompt|alert|pop-?up)s? (?:of|for|asking for) ` + privacyPane + `\b[^.\n]{0,30}?\bstill (?:appears?|pops? up|shows?)\b` +
	`|\bAXIsProcessTrusted(?:WithOptions)?\(\)\W{0,2}\s*(?:is|returns?|returning)\s*\**false\b`

// reStaleRequirement: the requirement TCC stored (csreq, a cdhash) said
// not to match the app as rebuilt.
const reStaleRequirement = `\b(?:csreq|cdhash|(?:recorded|stored|designated) (?:code )?requirement)\b[^.\n]{0,60}?\b(?:no longer match(?:es)?|(?:doesn't|does not|don't|do not) match|stops? matching)\b`

// reHardenedNoDeviceEntitlement: the hardened runtime without the camera
// or microphone entitlement, said in words or shown by codesign.
const reHardenedNoDeviceEntitlement = `\b(?:hardened runtime|hardenedRuntime)\b[^.\n]{0,100}?\b(?:omits?|without|but no|missing|lacks?)\b[^.\n]{0,40}?com\.apple\.security\.device\.(?:audio-input|camera)\b` +
	`|flags=0x10000\(runtime\)[\s\S]{0,300}?--entitlements[^\n]{0,40}\|\s*grep\s+(?:audio-input|camera)\s*\n\s*\(nothing\)`

// reGrantStillOn: a privacy pane's grant that is on, or no longer matches
// the new binary, while the app asks for it or is denied.
const reGrantStillOn = `\b(?:Accessibility|Input Monitoring|Screen (?:& System Audio )?Recording|Full Disk Access|TCC)\b[^.\n]{0,80}?(?:` +
	`\bno longer (?:applies|apply|matches|match)\b|` +
	`\b(?:even though|although|though)\b[^.\n]{0,40}?\b(?:it'?s|it is|it has|they are|they're|both are|both were)\b[^.\n]{0,30}?\b(?:on|enabled|allowed|granted|checked|switched on|toggled on|the permission)\b` +
	`|\bstop(?:s|ped)? matching the (?:new |updated )?(?:binary|app|build|executable|signature)\b)`

const causeVMOtherExecutable = "The entitlement is on another executable than the process that runs: a framework build of Python runs Resources/Python.app, not bin/python3; a symlink, a launcher script or a helper tool beside the app."

// Led with where the paste shows codesign's verdict on the killed binary.
const (
	causeKilledModified = "The signature no longer matches the file: it was modified after signing, or copied over a running binary in place (use a new file, not cp onto the old one)."
	// causeCoreTrustRefused: AMFI's "CT" is CoreTrust, which checks the
	// certificates in the signature before anything else.
	causeCoreTrustRefused = "CoreTrust refused the certificates in the signature (AMFI's 'CT signature issue'): the signing tool put in a chain the device does not accept — an outdated Apple intermediate (a re-signing tool such as zsign embedding the old Worldwide Developer Relations certificate after Apple issued a new one), a certificate Apple did not issue, or none at all. Sign again with a tool that embeds the current intermediate (update it), with a certificate and profile from your team."
	causeKilledUnsigned   = "On Apple silicon the binary is unsigned (arm64 code must be at least ad hoc signed), or its certificate was revoked."
)
