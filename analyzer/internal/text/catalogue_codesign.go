package text

// codesign: signing and --verify output.
var codesignEntries = []*Entry{
	{
		ID: "text-cant-verify-signature", Title: "A signature-inspection app cannot verify the signature", Severity: Error,
		Source:  "signature-inspection apps (Apparency, What's Your Sign and the like), which report what codesign --verify says, and apps that check another app's signature before trusting it (1Password's check of the browser it fills into)",
		Meaning: "The app's signature does not verify: the tool asked the Security framework, as codesign --verify does, and got a failure. Gatekeeper then cannot evaluate it either.",
		Causes: []string{
			"The bundle was changed after it was signed, or its parts were signed in the wrong order: the main executable signed on its own after the bundle, a file added to Contents/MacOS. Sign nested code first and the .app last (codesign the .app, not Contents/MacOS/App).",
			"A data file sits in Contents/MacOS, where everything must be code: move it to Contents/Resources.",
			"The signing certificate is not trusted on this Mac (an intermediate is missing) or was revoked.",
			"An app that checks another app's signature before trusting it (a password manager checking the browser) found that app unsigned, changed after signing (a copy or a site-specific browser built from another app's binary) or signed by a developer it does not know: use the browser's own signed release from /Applications, or a browser the checking app supports.",
		},
		Confirm: dropApp,
		Fix:     "Run `codesign --verify --deep --strict -vvvv App.app` to see which file fails, fix that, then sign inside-out: nested frameworks and helpers, then `codesign --force --options runtime --timestamp --sign \"Developer ID Application: NAME (TEAMID)\" App.app`.",
		Checks:  []string{chkBundleSealed, chkBundleSealAdded, chkBundleDataInMacOS, chkBundleMainUnsigned, chkMachoSigInvalid},
		Blocks:  []string{"valid-signature", "opens-after-download", "notarization"},
		patterns: []pattern{
			pat("can't verify signature", `Signed By\s*[-:]?\s*Can'?t verify signature`),
			// 1Password's words when the browser it fills into fails its
			// signature check.
			pat("code signature could not be verified", `\bcode signature could not be verified\b`),
			pat("verify the identity of", `\bcan(?:not|'t|’t) verify the identity of (?:your|the) (?:web )?browser\b`),
		},
	},
	{
		ID: "text-signed-resource-modified", Title: "A signed resource was added, modified or deleted", Severity: Error,
		Source:  "iOS installer (0xe8008017), codesign --verify, syspolicy_check",
		Meaning: "A file inside the app differs from what the signature sealed: something changed the bundle after it was signed.",
		Causes: []string{
			"A build phase, script or tool wrote into the bundle after the CodeSign step (copying resources, stripping, patching Info.plist).",
			"Nested code was signed after the outer bundle, or the outer bundle was not re-signed after a change.",
			"Copying or zipping dropped symlinks or added files (.DS_Store, __MACOSX, AppleDouble ._ files).",
		},
		Confirm: dropApp,
		Fix:     "Make signing the last step, sign from the inside out (nested code first), and archive with `ditto -c -k --keepParent App.app App.zip`. `codesign --verify --deep --strict -vvv App.app` names the changed file.",
		Checks:  []string{chkBundleSealed, chkBundleSealAdded, chkBundleSealRemoved, chkBundleSealPlist, chkBundleAppleDouble},
		patterns: []pattern{
			pat("6705", `errSecCSResourcesInvalid`),

			pat("67054", `errSecCSBadResource`),
			pat("0xe8008017", mdHexStart+`0xe8008017`+mdCodeEnd), codePat("-402620393", mdDecStart+`-402620393`+mdCodeEnd), pat("signed resource has been", `A signed resource has been added, modified,? or deleted`), pat("signed resources have been", `Signed resources have been added, removed,? or modified`), pat("refusing to run", `\bhas been modified after signing!?\s+Refusing to run\b|\bRefusing to run (?:child process|helper|tool) with (?:an )?invalid signature\b`), pat("sealed resource", `a sealed resource is missing or invalid`), pat("xcframework", `The signature of [“"']?[^\n“”"']{1,160}\. ?xcframework[”"']? cannot be (?:verified|validated)`), pat("expected identity", `\.xcframework[”"']? is not signed with the expected identity`), pat("codesign verification failed", `\bCodesign verification failed\b`), pat("signature-collection failed", `\bsignature-collection failed\b`), pat("file added after", `File (?:added|modified|removed) after (?:outer )?(?:app )?bundle was codesigned`), pat("file ", `\bfile (?:added|modified|missing): (?P<path>\S{1,300})`),
			// santactl fileinfo's Code-signed value (errSecCSResources*,
			// errSecCSInfoPlistFailed).
			pat("code-signed", `\bCode-signed[ \t]{0,30}: Yes, but (?:resources invalid|can't validate as the Info\.plist has been modified)\b`)},
	},
	{
		ID: "text-code-signature-modified", Title: "Invalid signature: code or signature modified", Severity: Error,
		Source:  "codesign --verify, notary service",
		Meaning: "The hashes in the signature do not match the file: the code changed after it was signed, or the signature itself is damaged.",
		Causes: []string{
			"A build step changed the binary after signing: strip, install_name_tool, lipo, a patcher, or a copy that merged files.",
			"Nested code was changed after the outer bundle was signed.",
			"The signature was written by a tool codesign does not agree with.",
		},
		Confirm: dropApp,
		Fix:     "Sign as the last step (inside out), then verify with `codesign --verify --deep --strict -vvv App.app`; signdoctor names the slice and page that differ.",
		Checks:  []string{chkMachoPageHash, chkMachoSpecialSlot, chkMachoCDHash, chkMachoCMSInvalid},
		patterns: []pattern{
			pat("6704", `errSecCSSignatureInvalid`),
			// santactl fileinfo's Code-signed value (errSecCSSignatureFailed,
			// errSecCSStaticCodeChanged, errSecCSSignatureInvalid).
			pat("code-signed", `\bCode-signed[ \t]{0,30}: Yes, but (?:code/signature changed/unverifiable|the signature is invalid)\b`),
			pat("invalid or unsupported format for signature", `invalid or unsupported format for signature`),

			pat("main executable failed strict validation", `main executable failed strict validation`),
			pat("have been modified", `invalid (?:Info\.plist \(plist|resource directory \(directory) or signature have been modified\)|errSecCSResourceDirectoryFailed`),
			pat("invalid signature", `invalid signature \(code or signature have been modified\)`), pat("-67061", `errSecCSSignatureFailed`),
			pat("code signature is no longer valid", `\bcode signature is no longer valid\b`),
			// Sparkle's check of the new version's signature failing for a
			// reason other than "unsigned" or "requirement not satisfied",
			// and its validator's words for it: the signature is damaged.
			pat("failed apple code signing checks", `\bThe app failed Apple Code Signing checks: \S|\bOld app bundle code signing signature failed to match new bundle code signature\b|\bFailed to validate apple code sign signature on bundle\b|\bapp is also signed with Code Signing, which is corrupted\b`),
			// A bundler's payload appended after linking, retold: the
			// change "invalidates the (ad-hoc) code signature".
			pat("code signature", `\binvalidat(?:es|ed|ing) (?:the |its |their )?(?:(?:existing|original|ad[- ]hoc|linker[- ]signed|embedded) )?code signature\b`),
			// codesign --verify --strict retold as failing: "fail(s) strict
			// (code-)signature verification", "failed strict-verification
			// invocations" (a negated one is skipped, see context).
			pat("strict", `\bfail(?:s|ed|ing)? (?:the )?strict (?:Apple |macOS )?(?:code[- ]?)?signature[- ]verification\b|\bfailed strict[- ]verification\b|\bstrict[- ]verification (?:invocations?|runs?|checks?|calls?) (?:fail(?:s|ed)?|exit(?:s|ed)? (?:with )?(?:status |code )?1)\b`)},
	},
	{
		ID: "text-nested-code-invalid", Title: "Nested code is unsigned or invalid", Severity: Error,
		Source:  "codesign --verify --deep",
		Meaning: "Something inside the bundle (framework, helper, plug-in, dylib) is not signed, or its signature broke after the outer bundle was sealed.",
		Causes: []string{
			"A framework or helper was copied in unsigned, or changed after it was signed.",
			"Signing went outside-in (outer bundle first), so the inner changes invalidated the seal.",
			"Code sits where code does not belong (Resources), so it is sealed as data.",
		},
		Confirm: dropApp,
		Fix:     "Sign nested code first (deepest first), then the app; avoid `--deep` for signing. `codesign --verify --deep --strict -vvv App.app` names the subcomponent.",
		Checks:  []string{chkBundleNested, chkBundleNestedTeam, chkBundleMisplaced, chkBundleSealed},
		patterns: []pattern{pat("nested code is modified or invalid", `nested code is modified or invalid`), pat("unsigned nested", `Unsigned nested (?:executable|code)|nested code is unsigned`), pat("in subcomponent", `In subcomponent: (?P<path>\S{1,300})`),
			// The OSStatus of nested code unsigned or invalid, by number or name.
			pat("6702", `errSecCS(?:Unsigned|Bad)NestedCode`)},
	},
	{
		ID: "text-not-signed", Title: "Code is not signed", Severity: Error,
		Source:  "codesign, spctl, notary service, iOS installer, Squirrel.Mac (Electron's autoUpdater, about the running app)",
		Meaning: "The file carries no code signature at all.",
		Causes: []string{
			"It was never signed (a build without signing, a downloaded or generated binary).",
			"strip or another tool removed the signature.",
			"Only the outer bundle was signed and this nested file was missed.",
		},
		// pkgutil's "Status: no signature" is also read retold ("`pkgutil
		// --check-signature X.pkg` shows 'no certificate'").
		// dyld's "required code signature missing for '<path>'" is a library
		// or framework loaded with no signature at all.
		Confirm: dropApp,
		Fix:     "Sign it: `codesign -s \"Developer ID Application: …\" --options runtime --timestamp FILE` (or your development identity), nested code before its container.",
		Checks:  []string{chkMachoUnsigned, chkBundleNested, chkBundleMainUnsigned},
		patterns: []pattern{
			// quill and rcodesign refusing to notarize or staple unsigned code
			// (quill/notarize.go; apple-codesign/src/error.rs).
			pat("thus will not pass notarization", `\bbinary is not signed thus will not pass notarization\b`),
			pat("without an embedded signature", `\bcannot (?:notarize|staple) DMG without an embedded signature\b|\bbinary does not have code signature data\b`),
			// ldid -e, -q, -h on an unsigned binary.
			pat("require a signed binary", `\bldid: -e, -q, and -h require a signed binary\b`),
			// A user's "The X binary for macOS doesn't seem to be signed": the
			// Mac named, so a Windows or Linux binary is not read.
			pat("doesn't seem to be signed", `\b(?:binary|binaries|executables?) for mac\s?OS (?:doesn['’]?t|does not|don['’]?t|do not) (?:seem|appear) to be (?:code[- ]?)?signed(?:\s*[.,;:!?)]|\s*$| at all\b)|\bmac\s?OS (?:binary|binaries|executables?) (?:doesn['’]?t|does not|don['’]?t|do not) (?:seem|appear) to be (?:code[- ]?)?signed(?:\s*[.,;:!?)]|\s*$| at all\b)`),
			pat("no signed executables", `has no signed executables or bundles`), pat("not signed at", `code object is not signed at(?: all(?: In subcomponent: (?P<rpath>[^\n]{1,300}))?|[ \t]*(?:\n|$))`), pat("-67062", `errSecCSUnsigned`), pat("binary is not signed", `\bbinary is not signed(?:[.,;:!?"'”’\x60)]|\s+error\b|\n)`), pat("missing codesign signature", `(?i)\b(?:are|is) missing (?:a |the |their |its )?(?:codesign(?:ing)?|code[- ]?signing|code) signatures?\b`), pat("no usable signature", `(?m)no usable signature|(?:^|":|": [A-Za-z]{2,40}:)[ \t]*Status: no signature\b`),
			// santactl fileinfo's Code-signed value, then its next key or the end.
			pat("code-signed", `\bCode-signed ?: No(?: (?-i:[A-Z])[A-Za-z -]{1,30}?:|\s*$)`), pat("could not get code signature for running application", `Could not get code signature for running application`),
			// An app's own updater that cannot read the running copy's
			// signature or team ID to compare the update against, and
			// Sparkle's alert for an app neither code signed nor EdDSA keyed.
			pat("could not read current team id", `\bsignature validation failed: could not read (?:the )?current team ID\b`),
			pat("you need to code sign your application", `\byou need to code sign your application or sign your updates with an? (?:Ed)?DSA key\b`),
			// Sparkle's checks of the new version (or of the installed copy
			// it compares against): "not signed using Apple Code Signing",
			// "Bundle is not code signed: URL", and its validator's "the new
			// app isn't signed with app Code Signing". Its words for the
			// installed copy ("The host app is not signed …", "old app
			// hasn't been signed …") are not a failure of the update: left.
			pat("not signed using apple code signing", `\b(?:new version of the app|Error: The app) is not signed using Apple Code Signing\b|\bBundle is not code signed: \S|\bnew app isn't signed with app Code Signing\b`), pat("code-objekt is not signed", `\bCode-Objekt is not signed\b`), pat("pkgutil --check-signature", `pkgutil --check-signature[^\n]{0,160}?\b(?:shows|says|reports|returns|gives|prints)\s+['"“‘]?no (?:certificate|signature)\b`), pat("required code signature missing", `required code signature missing for '(?P<path>[^'\n]{1,300})'`)},
	},
	{
		ID: "text-detritus", Title: "Resource fork or Finder information not allowed", Severity: Error,
		Source:  "codesign",
		Meaning: "codesign refuses to sign files that carry extended attributes such as resource forks or Finder info.",
		Causes:  []string{"Files in the bundle picked up com.apple.FinderInfo or resource forks (copied from a disk image, edited in Finder, icon files).", "The bundle lives in a cloud-synced folder (iCloud Drive, Dropbox) that adds attributes."},
		Confirm: dropNoFile,
		Fix:     "`xattr -cr App.app` then sign again; build outside cloud-synced folders.",
		patterns: []pattern{pat("detritus", `resource fork,?[^\n]{0,60}?detritus not allowed`), pat("66999", `errSecCSInvalidAssociatedFileData`),
			// Briefcase finding its build folder synced by iCloud Drive, whose
			// extended attributes codesign refuses.
			pat("synchronized with icloud", `\bYour project is in a folder that is synchronized with iCloud\. This interferes\s+with the operation of macOS code signing\b`)},
	},
	{
		ID: "text-bundle-format", Title: "Bundle format not accepted by codesign", Severity: Error,
		Source:  "codesign",
		Meaning: "The bundle's layout is not one codesign can seal: files at the top level of the bundle, or a framework whose Versions symlinks are broken.",
		Causes: []string{
			"Files placed directly in App.app/Contents or at the root of a framework instead of in Resources / MacOS / Frameworks.",
			"Zipping or copying without symlinks turned a framework's Versions/Current links into copies.",
			"Code placed under Resources, or data under MacOS.",
		},
		Confirm: dropApp,
		Fix:     "Move files to where Placing Content in a Bundle says they go; archive with `ditto` or `zip -y` to keep symlinks.",
		Checks:  []string{chkBundleMisplaced, chkBundleDataInMacOS, chkBundleAppleDouble},
		patterns: []pattern{
			// The .NET SDK's warning before codesign refuses files at the top of a Mac bundle.
			pat("this will likely cause codesign to fail", `\bFound files in the root directory of the app bundle\. This will likely cause codesign to fail\b`),
			// jpackage when codesign fails after --app-content added files to
			// Contents, and PyInstaller collecting a framework without its
			// Info.plist (codesign then refuses its bundle format).
			pat("--app-content", `"codesign" failed and additional application content was supplied via the "--app-content" parameter`),
			pat("missing info.plist", `\bcollected \.framework bundles have missing Info\.plist file\b`),
			// Godot's built-in signer retold by the export, a bundle whose Info.plist it cannot use, and a file in Frameworks that is no code.
			pat("built-in codesign failed", `\bBuilt-in CodeSign failed with error "(?:Unknown bundle type|Invalid Info\.plist, [a-z ']{1,20})\.`),
			pat("invalid info.plist", `\bCodeSign: Invalid Info\.plist, (?:no exe name|no bundle id|can't load)\.`),
			pat("cannot sign file", `\bCode Signing: Cannot sign file \S[^\n]{0,200}`), pat("unsealed contents present", `unsealed contents present in the (?:bundle root|root directory of an embedded framework)|\bunsealed contents in (?:its|the bundle'?s?) root(?: directory)?\b`), pat("bundle format", `bundle format (?:unrecognized, invalid, or unsuitable|is ambiguous)`), pat("symbolic link in bundle", `invalid destination for symbolic link in bundle`), pat("embedded framework contains", `embedded framework contains modified or invalid version`), pat("must be a regular file", `the main executable or Info\.plist must be a regular file`), pat("unsupported resource found", `unsupported resource found \(something not a directory, file or symlink\)`),
			// Apple's layout rule told as the reason: "the .app directory can
			// contain only the Contents folder".
			pat("contain only", `\.app\b[^.\n]{0,30}\bcan (?:only )?contain only (?:a |the |one )?["'\x60]?Contents?["'\x60]? (?:folder|directory|dir)\b`),
			// A data file codesign names as a subcomponent at the top of
			// Contents or in Contents/MacOS (kept only for a data file, and
			// where codesign does not say "not signed at all", see context.go).
			pat("in subcomponent", `In subcomponent: (?P<path>[^\n]{0,300}?\.app/Contents/(?:MacOS/)?[^/\s"'”]{1,200})(?:["'”\s]|\z)`),
			// The OSStatus of each of these layouts, by number or name.
			pat("670", `errSecCS(?:BadBundleFormat|UnsealedAppRoot|AmbiguousBundleFormat|UnsealedFrameworkRoot|BadFrameworkVersion|InvalidSymlink|RegularFile|ResourceNotSupported)\b`),
			// Godot's built-in signer (editor/export) for a bundle whose type it cannot tell.
			pat("unknown bundle type", `\bCodeSign: Unknown bundle type\b`),
			// A Mac Catalyst build naming a whole framework (not its binary)
			// "not signed at all": the xcframework's Catalyst slice is the
			// only one that needs Versions/Current symlinks, and a zip or
			// package step that copied them leaves a framework codesign
			// cannot sign as one.
			pat("not signed at all", `code object is not signed at all\s{1,8}In subcomponent: [^\n]{0,300}?-maccatalyst/[^\n]{0,300}?/Contents/Frameworks/[^/\s"'”]{1,200}\.framework/?(?:["'”\s]|\z)`),
			// Xcode's warning on processing such an xcframework slice.
			pat("couldn't resolve framework symlink", `(?-i:Couldn't resolve framework symlink) for '[^'\n]{1,300}'`),
			// App Store Connect's words for the same layout (ITMS-90291, 90292).
			pat("malformed framework", `ITMS-9029[12]: Malformed Framework - The framework bundle [^\n]{1,300}?\bsymbolic link\b`),
			// Told again: the symlinks lost, then codesign's "object not signed at all".
			pat("not signed at all", `\bsym(?:bolic )?links?\b[^\n]{0,250}?\bobject (?:is )?not signed at all\b`)},
	},
	{
		ID: "text-codesign-allocate-failed", Title: "codesign could not use codesign_allocate", Severity: Error,
		Source:  "codesign",
		Meaning: "codesign runs the codesign_allocate helper to make room for the signature in the file, and the helper could not be found or did not succeed (errSecCSHelperFailed, -67019).",
		Causes: []string{
			"The Xcode command-line tools are missing, outdated or not selected (`xcode-select -p`), or CODESIGN_ALLOCATE names a tool that is not there.",
			"On Apple silicon, a binary edited in place (install_name_tool, a patcher) is signed again in place: copy it to a new file (cp, then mv back) and sign the copy.",
			"The disk is full (No space left on device) or the file cannot be written.",
		},
		Confirm: dropNoFile,
		Fix:     "Install or select the tools (`xcode-select --install`, or `sudo xcode-select -s /Applications/Xcode.app`), unset CODESIGN_ALLOCATE unless it names an existing codesign_allocate, free disk space, and sign a fresh copy of a binary that was edited in place.",
		Blocks:  []string{"valid-signature"},
		patterns: []pattern{pat("codesign_allocate helper tool", `codesign_allocate helper tool cannot be found or used`), pat("67019", `errSecCSHelperFailed`),
			// jpackage's hint after codesign failed with the tools missing.
			pat("missing xcode with command line developer tools", `\bPossible reason for "codesign" failure is missing Xcode with command line developer tools\b`),
			pat("malformed object", `codesign_allocate: object: (?P<path>[^\n]{1,300}?) malformed object \((?P<reason>[^)\n]{1,200})\)`),
			// An app unpacked from an .ipa was linked by Xcode, so codesign's
			// objection to its object format is codesign_allocate's (an old
			// one, or none where the tools are not selected).
			pat("object file format", `Payload/[^\n:]{1,200}\.app: object file format unrecognized, invalid, or unsuitable`)},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind == "reason" {
					return []string{"codesign_allocate found the binary itself malformed (" + v.Value + "): the tool that wrote it left a layout no signature can be added to, so other command-line tools will not help. Update the tool that produced the binary (a bundler that appends data after linking, a preview SDK), or sign its output before anything rewrites it."}
				}
			}
			return nil
		},
	},
	{
		ID: "text-csreq-67050", Title: "Code failed to satisfy a code requirement (-67050)", Severity: Error,
		Source:  "SecCode/SecStaticCode APIs, NSXPCConnection.setCodeSigningRequirement, codesign -R, TCC, Sparkle, AutoPkg, Installomator, santactl",
		Meaning: "errSecCSReqFailed: the code's signature is valid, but it does not satisfy the requirement it was checked against.",
		Causes: []string{
			"The requirement is too narrow: `anchor apple` alone matches only Apple's own code; third-party code needs `anchor apple generic` with its team (certificate leaf[subject.OU] = \"TEAMID\").",
			"The code is signed by another team or identifier than the requirement names (a development build checked against a distribution requirement, or the reverse).",
			"The code is signed ad hoc or with a development certificate while the requirement expects a Developer ID or App Store signature.",
			"The code changed identity after an update, so a stored requirement (TCC, keychain ACL) no longer matches.",
		},
		Confirm: dropApp + " — pass the requirement with --requirement to evaluate it clause by clause",
		Fix:     "Print the code's designated requirement with `codesign -d -r- APP` and build yours from it, e.g. `anchor apple generic and identifier \"com.example.app\" and certificate leaf[subject.OU] = \"TEAMID\"`.",
		Checks:  []string{chkReqAnchorApple, chkReqUnsatisfied, chkReqDesignated},
		patterns: []pattern{

			pat("errseccsreqfailed", `errSecCSReqFailed`),
			// Security's description in Simplified Chinese: a paste from a
			// localized Mac carries the sentence, not the number.
			pat("代码未能满足指定的代码要求", `代码未能满足指定的代码要求`),
			pat("failed to satisfy", `failed to satisfy (?:specified |its |the )?code requirement`),
			pat("does not satisfy its designated requirement", `does not satisfy its designated Requirement`),
			pat("setcodesigningrequirement", `setCodeSigningRequirement\(\s*"(?P<requirement>[^"]{1,300})"\s*\)`),
			pat("xpc_support_check_token", `xpc_support_check_token: (?P<requirement2>.{1,300}?) error:`),
			// Sparkle's updater when the new version does not satisfy the
			// running version's designated requirement.
			pat("code signature of the new version", `Code signature of (?:the )?new version doesn't match the old version(?:: (?P<requirement>[^\n]{1,600}?)\. Please ensure)?`),
			// Sparkle's validator: neither check passed and the new version's
			// Apple signature is another identity's than the installed one's.
			pat("new code signing identity", `\bsigned with a new Code Signing identity that doesn't match code signing of the original app\b`),
			// Sparkle 2's 4005: Autoupdate accepts only a client of its own
			// team; and a user's update "code signature error" after
			// building with another certificate.
			pat("matching team id", `\bif Autoupdate is not adhoc signed, your app must be signed with a matching team ID\b`),
			pat("update after another cert", `\b(?:another|a new|a different) cert(?:ificate)? to (?:build|sign) (?:the|my|our) mac(?:OS)? app\b[^\n]{0,80}?\bupdat(?:e|ing)\b[^\n]{0,40}?\b(?:shows|gives|throws|says|got|get) (?:an? |the )?code ?signature error\b`),
			// SMJobBless's kSMErrorAuthorizationFailure, SMJobBlessUtil.py's
			// check and smd's log: the app's SMPrivilegedExecutables and the
			// helper's SMAuthorizedClients requirements do not match. Swift
			// describes the error as "(CFErrorDomainLaunchd.4)".
			pat("cferrordomainlaunchd", `CFErrorDomainLaunchd(?: Code=| error |\s*/\s*|\.)4\b|doesn't match (?:any )?entry in '(?:SMPrivilegedExecutables|SMAuthorizedClients)'|App "[^"\n]{1,150}" did not pass helper check|The client and tool did not match requirements`),
			// A requirement check on the line that shows the code signed ad
			// hoc, which no requirement naming a team accepts.
			// An install script's check of a download's team against the one
			// it expects (Installomator: "Team ID: X (expected: Y )", then
			// "ERROR: Team IDs do not match").
			pat("expected", `\bTeam ID(?: matching)?:[ \t]{0,3}(?:[A-Z0-9]{10})?[ \t]{0,3}\(expected:[ \t]{0,3}[A-Z0-9]{10}[ \t]{0,3}\)`),
			pat("team ids do not match", `\bERROR: Team IDs do not match\b`),
			// AutoPkg's CodeSignatureVerifier: codesign --verify with the
			// recipe's requirement failed (an app), or pkgutil's chain is
			// not the recipe's expected_authority_names (a package).
			summaryPat("disable_code_signature_verification", `(?:Code signature verification failed\. Note that all verifications|Mismatch in authority names\. Note that all verification) can be disabled by setting the variable DISABLE_CODE_SIGNATURE_VERIFICATION\b`),
			// santactl fileinfo: the signature is valid, a requirement is not.
			pat("code-signed", `\bCode-signed[ \t]{0,30}: Yes, but failed requirement validation\b`),
			pat("smauthorizedclients", `\b(?:SMAuthorizedClients|shouldAcceptNewConnection|SecCodeCheckValidity|setCodeSigningRequirement)\b[^\n]{0,150}?(?:TeamIdentifier=not set|Signature=adhoc|\bad-?hoc[ -]signed\b)|(?:TeamIdentifier=not set|Signature=adhoc|\bad-?hoc[ -]signed\b)[^\n]{0,150}?\b(?:SMAuthorizedClients|shouldAcceptNewConnection|SecCodeCheckValidity|setCodeSigningRequirement)\b`),
		},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind == "requirement" && reAnchorAppleOnly.MatchString(v.Value) {
					return []string{"The requirement `" + v.Value + "` has `anchor apple` without `generic`, which only code signed by Apple itself satisfies."}
				}
			}
			return nil
		},
	},
	{
		ID: "text-requirement-invalid", Title: "A profile's code requirement is not valid", Severity: Error,
		Source:  "configuration profile installation (MDM: a Privacy Preferences Policy Control payload's CodeRequirement)",
		Meaning: "macOS refused the profile because the CodeRequirement it gives for an app is not a valid code requirement: the string does not compile in Apple's requirement language, so the profile (and every privacy setting in it) is not installed.",
		Causes: []string{
			"The value starts with `designated =>`, which `codesign -dr -` prints before the requirement but is not part of it.",
			"The requirement was changed on its way into the profile: curly quotes instead of straight ones, a line break, or a string cut short.",
			"It was written by hand or copied from somewhere other than the app itself, and its syntax is wrong (an unbalanced parenthesis or quote, a missing `and`).",
		},
		Confirm: dropApp + " — its designated requirement is the one to put in the profile",
		Fix:     "Print the app's requirement with `codesign -dr - /Applications/App.app`, copy what follows `designated => ` on one line with straight quotes into the payload's CodeRequirement, check it with `codesign -v -R='REQUIREMENT' /Applications/App.app`, and deploy the profile again.",
		Checks:  []string{chkReqDesignated},
		patterns: []pattern{
			// The profile's error as MDM consoles show it: "The key
			// “CodeRequirement” has an invalid value."
			pat("coderequirement", `\bThe key [“"'‘]?CodeRequirement[”"'’]? has an invalid value\b`),
			pat("invalid coderequirement", `\binvalid CodeRequirement\b`),
		},
	},
	{
		ID: "text-timestamp-unavailable", Title: "Timestamp service not available", Severity: Error,
		Source:   "codesign --timestamp",
		Meaning:  "codesign could not get a secure timestamp from Apple's timestamp server.",
		Causes:   []string{"No network access to timestamp.apple.com from the build machine (firewall, proxy, sandboxed CI).", "A temporary outage of the service."},
		Confirm:  dropNoFile,
		Fix:      "Allow access to http://timestamp.apple.com/ts01 and retry. Do not drop --timestamp for distribution: notarization requires it.",
		Checks:   []string{chkMachoNoTimestamp},
		patterns: []pattern{pat("timestamp service is not available", `The timestamp service is not available`), pat("timestamp was expected", `A timestamp was expected but was not found`)},
	},
	// The .NET SDK signs the apphost with codesign on macOS only; retold,
	// its NETSDK1177 message loses codesign's "path: " prefix.
	{
		ID: "text-already-signed", Title: "Already signed", Severity: Info,
		Source:  "codesign; the .NET SDK (NETSDK1177, \"Failed to sign apphost\", passes codesign's message on)",
		Meaning: "codesign will not replace an existing signature unless told to.",
		Causes:  []string{"The file was signed before (by the linker, Xcode or a previous run)."},
		Confirm: dropNoFile,
		Fix:     "Add -f (--force) to replace the signature.",
		patterns: []pattern{pat("is already signed", `: is already signed`), pat("is already signed", `(?:NETSDK1177|Failed to sign apphost)\b[^\n]{0,200}?\bis already signed`),
			// A failed signing retold by what was signed: "the error is thrown
			// when the script attempted to sign the libpackager.dylib (which
			// is already signed by us)".
			pat("already signed", `(?s)\b(?:error|fail(?:s|ed|ure)?)\b.{0,600}?\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)) to (?:re-?)?sign\b(?:[^.\n]|\.\w){0,120}?\b(?:which|that) (?:is|was) already signed\b`)},
	},
	{
		ID: "text-invalid-entitlements-blob", Title: "Invalid entitlements blob", Severity: Error,
		Source:  "the kernel (AMFI), App Store Connect (ITMS-90164), iOS installer, codesign",
		Meaning: "The entitlements embedded in the signature could not be parsed, or the XML and DER forms disagree.",
		Causes:  []string{"A re-signing tool wrote malformed XML or non-canonical DER entitlements.", "The entitlements file contained unsupported types or unexpanded build variables.", "Only XML entitlements were embedded where recent iOS needs the DER form too."},
		Confirm: dropApp,
		Fix:     "Re-sign with Apple's codesign from a clean .entitlements plist; signdoctor compares the XML and DER forms.",
		Checks:  []string{chkEntDERMismatch, chkEntUnexpanded},
		patterns: []pattern{
			// ldid -S or -M with an entitlements file that is not a plist dictionary.
			pat("ldid", `\bldid: (?:Existing entitlements are in wrong format|Entitlements should be a plist dict?ionary|Entitlements need a root key of dict)\b`),

			// An entitlements file that does not parse: the .NET iOS SDK's CompileEntitlements, Godot's built-in signer.
			pat("error loading entitlements.plist template", `\bError loading Entitlements\.plist template '[^'\n]{1,300}':`),
			pat("invalid entitlements file", `\bCodeSign(?:: | failed with error ")Invalid entitlements file\b`), pat("invalid entitlements blob", `invalid entitlements blob`), pat("cannot read entitlement data", `cannot read entitlement data`),
			// codesign's refusal of an --entitlements file that is no plist and
			// whose length is not a blob's (it says "unrecognized blob type" first).
			pat("invalid length in entitlement blob", `\binvalid length in entitlement blob\b`), pat("amfiunserializexml", `AMFIUnserializeXML`), pat("unrecognized blob type", `unrecognized blob type`), pat("generate-entitlement-der", `\b(?:requires?|needs?|required|needed) (?:the )?[`+"`"+`"']?--generate-entitlement-der`)},
	},
	{
		ID: "text-no-resources", Title: "Signature expects resources that are missing", Severity: Error,
		Source:  "codesign --verify",
		Meaning: "The executable was signed as the main executable of a bundle (its signature seals the bundle's resources), but the sealed resources file is not there.",
		Causes:  []string{"The executable was copied out of its .app and checked on its own.", "The bundle's _CodeSignature/CodeResources was lost when copying or zipping.", "Info.plist was removed or replaced."},
		Confirm: dropApp,
		Fix:     "Verify and ship the whole bundle; zip with `ditto -c -k --keepParent App.app App.zip`. To ship the executable alone, sign it on its own outside any bundle.",
		Checks:  []string{chkBundleSealInvalid, chkBundleSealed},
		patterns: []pattern{
			pat("6705", `errSecCSResourcesNotFound`),
			pat("code has no resources", `code has no resources but signature indicates they must be present`)},
	},
	{
		ID: "text-resource-envelope-obsolete", Title: "Resources sealed in a form strict verification refuses", Severity: Warning,
		Source:  "codesign --verify, AutoPkg's CodeSignatureVerifier",
		Meaning: "The signature itself may be intact, but the bundle's resources are sealed the old way, which strict validation (current codesign's default, and Gatekeeper) calls obsolete.",
		Causes: []string{
			"The bundle was signed with custom resource rules ('custom omit rules': files left out of the seal, codesign's old --resource-rules); `codesign --verify --no-strict` accepts it.",
			"It carries a version 1 signature, made before OS X 10.9 and never re-signed.",
		},
		Confirm: dropApp,
		Fix:     "For a vendor's app, verify it with `codesign --verify --no-strict` (in an AutoPkg recipe, strict_verification false) together with a requirement naming its team, and ask the vendor to re-sign with a current codesign and no custom rules. For your own, re-sign without --resource-rules or a ResourceRules plist.",
		Checks:  []string{chkBundleSealInvalid, chkBundleSealed},
		patterns: []pattern{pat("resource envelope is obsolete", `(?m)resource envelope is obsolete(?: \((?P<reason>[^)\n]{1,60})\)|[ \t]*$|[”"'’])|\bobsolete resource envelope\b|\bversion 1 signatures?\b[^\n]{0,120}?\b(?:considered obsolete|no longer be recognized by Gatekeeper)`),
			// codesign's own warning when told to sign with custom rules
			// (--resource-rules, or --preserve-metadata=resource-rules); its
			// warning for a bare --preserve-metadata ("implies") is not read:
			// nothing is carried over unless the old signature had such rules.
			pat("resource-rules", `Warning: (?:--resource-rules has been deprecated in|usage of --preserve-metadata with option "resource-rules" \(deprecated in) Mac OS X >= 10\.10\)?!`)},
	},
	{
		ID: "text-codesign-adhoc", Title: "codesign shows an ad hoc signature", Severity: Warning,
		Source:  "codesign -dvvv",
		Meaning: "The code is signed ad hoc (no certificate, no team): it runs only on the Mac where it was signed or where Gatekeeper does not look, it cannot be notarized, and it cannot carry entitlements that need a provisioning profile. Signatures made by the linker (flags adhoc,linker-signed) are ad hoc too.",
		Causes:  []string{"The build signs to run locally (no team selected, CODE_SIGN_IDENTITY = -), or the Go/Rust/Swift linker's own signature was never replaced.", "A post-build step re-signed with `codesign -s -`."},
		Confirm: "the binary (signdoctor shows each slice's signature kind)",
		Fix:     "Sign with a certificate: `codesign -f -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE` for distribution outside the App Store, or select a team in Xcode.",
		Checks:  []string{chkMachoAdhoc, chkMachoLinkerSigned},
		patterns: []pattern{
			// quill signing without a .p12 (quill/sign.go).
			pat("only ad-hoc signing", `\bonly ad-hoc signing, which means that anyone can alter the binary contents\b`), pat("signature=adhoc", `\bSignature=adhoc\b`), pat("(adhoc", `\bflags=0x[0-9a-f]+\((?:[a-z\-]+,)*adhoc\b`),
			// santactl fileinfo's Code-signed value.
			pat("code-signed", `\bCode-signed[ \t]{0,30}: Yes, but ad-hoc\b`)},
	},
	{
		ID: "text-codesign-clock-skew", Title: "The Mac's clock disagrees with the timestamp", Severity: Error,
		Source:  "codesign -s --timestamp, codesign -d",
		Meaning: "codesign compares the time the Mac gave the signature with the time Apple's timestamp server signed, and refuses the signature when they are far apart (or shows it as postdated): the Mac's clock is wrong, not the code.",
		Causes: []string{
			"The Mac's or CI machine's clock is off (network time turned off, a virtual machine resumed from a snapshot, a wrong time zone set by hand).",
			"An explicit --signing-time far from now was given with --timestamp.",
		},
		Confirm:  dropNoFile,
		Fix:      "Turn on network time (System Settings > General > Date & Time, `sudo sntp -sS time.apple.com`), or fix the VM's clock, then sign again.",
		Blocks:   []string{"valid-signature"},
		patterns: []pattern{pat("check your system clock", `timestamps differ by [0-9][0-9.e+]{0,20} seconds - check your system clock`), pat("bad system clock", `postdated (?:timestamp|signing date) or bad system clock`)},
	},
	{
		ID: "text-codesign-internal-error", Title: "codesign or spctl hit an internal error", Severity: Error,
		Source:  "codesign, spctl (errSecCSInternalError, -67048)",
		Meaning: "The Code Signing subsystem stopped on a condition it has no specific error for. It says nothing about whether the signature is good: the file could not be processed as expected.",
		Causes: []string{
			"The binary's layout is one codesign cannot rewrite: a tool appended or moved data after linking (a single-file or compiled-script bundler), so the signature's space overlaps other data in __LINKEDIT; codesign_allocate then reports a malformed object next to it.",
			"The file could not be changed: the app is running, the file is owned by root or protected by System Integrity Protection, or the disk is full.",
			"spctl or codesign was pointed at something that is not Mac code (a Windows .exe, a document): the result means nothing.",
		},
		Confirm: "the binary codesign refused (signdoctor reads its load commands and signature)",
		Fix:     "Quit the app and sign a copy in a folder you own on a disk with free space (`cp FILE /tmp/x && codesign -f -s - /tmp/x`). If that fails too, the binary itself is at fault: update the tool that produced it or sign its output before anything is appended, and read codesign_allocate's own message, which names the overlap.",
		Blocks:  []string{"valid-signature"},
		patterns: []pattern{
			pat("internal error in code signing subsystem", `internal error in Code Signing subsystem`),
			pat("67048", `errSecCSInternalError`),
			// cctools' refusal of a binary with data past its __LINKEDIT
			// (an mkbundle or single-file bundle), as codesign passes it on;
			// strip alone says the same about a binary it will not strip.
			pat("__linkedit segment does not cover the end of the file", `\bcodesign(?:_allocate)?\b[^\n]{0,120}?\bthe __LINKEDIT segment does not cover the end of the file\b`),
		},
	},
	{
		ID: "text-codesigning-status", Title: "A Code Signing status: what the call that failed reports", Severity: Info,
		Source:  "the Security framework's Code Signing calls (SecStaticCode, SecCode, SecRequirement), through codesign, spctl and apps",
		Meaning: "The Security framework returned one of its Code Signing statuses. This one names the condition the call stopped on (its meaning is below), not a fault signdoctor can find in a signature.",
		Causes: []string{
			"The path given does not lead to code, or the user running the check cannot read it (file permissions, a disk image not mounted).",
			"A program called the API with an argument it refuses: a requirement that does not compile, flags, a guest that is not running.",
			"A system database the check uses (the assessment policy database) could not be read or changed.",
		},
		Confirm: dropApp,
		Fix:     "Run `codesign --verify --deep --strict -vvvv PATH` on the same path, as the same user: it names the file behind the status. In your own code, check the arguments of the call that returned it.",
	},
}

// causeEntitlementsUnreadable leads only where codesign says "cannot read
// entitlement data": the --entitlements file itself could not be read.
const causeEntitlementsUnreadable = "codesign could not read the file given with --entitlements: it is missing, or the path is relative to another directory than the one the build tool runs codesign in."
