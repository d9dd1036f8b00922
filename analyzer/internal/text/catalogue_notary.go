package text

// Notarization: the notary service's log, notarytool, altool and stapler.

// conveyorProblem leads Conveyor's line for each problem the notary log
// lists, which the terminal's width cuts off: "• There was a problem of
// severity 'error' with <path>: The signature does not include a secure
// tim". Read cut short, each notary message only from a beginning that no
// other message of the log shares; the path has no ": " in it, so a match
// stays on one line.
const conveyorProblem = `\bThere was a problem of severity '(?:error|warning)' with (?:[^:\n]|:\S){1,400}?: `

// lineCut ends a message cut off: the paste's lines are joined by then,
// so what follows is the next line (not a lower-case word going on) or the
// end.
const lineCut = `(?-i:\s+[^a-z\s]|\s*\z)`

var notaryEntries = []*Entry{
	{
		ID: "text-notary-team-id", Title: "Notary service: team ID not valid for this Apple ID", Severity: Error,
		Source:  "notarytool (HTTP 403), altool (-1027)",
		Meaning: "The notary service refused the request before looking at the upload: the team given with --team-id is not one this Apple ID (or API key) may submit for.",
		Causes: []string{
			"The value passed as --team-id is not the team's 10-character Team ID (a team name, a wrong or old ID): the Team ID is on the Membership page of the developer website and in the OU of the Developer ID certificate.",
			"The Apple ID is not a member of that team, or a keychain profile stores another account's credentials.",
			"The team has a new agreement the Account Holder has not accepted yet, which the service also reports this way until it is accepted; it can also come and go for a while on Apple's side (rerun the job).",
		},
		Confirm: "the Developer ID certificate (its OU is the Team ID to pass) or the notary log of an earlier successful submission",
		Fix:     "Pass the Team ID exactly as Membership shows it: `xcrun notarytool store-credentials PROFILE --apple-id ID --team-id TEAMID` (an app-specific password), or use an App Store Connect API key (--key, --key-id, --issuer). Have the Account Holder accept any pending agreement on developer.apple.com.",
		Checks:  []string{chkCertNotApple},
		Blocks:  []string{"notarization"},
		patterns: []pattern{
			pat("invalid or inaccessible developer team id", `HTTP status code: 403\. Invalid or inaccessible developer team ID`),
			pat("is not valid for the user name", `(?:--team-id (?P<team>\S{1,40}) )?is not valid for the user name specified`),
		},
	},
	{
		ID: "text-binary-signature-invalid", Title: "Notary service: the signature of the binary is invalid", Severity: Error,
		Source:  "notarytool log, App Store Connect",
		Meaning: "The notary service could not validate a binary's signature.",
		Causes: []string{
			"The file changed after it was signed (including an outer bundle not re-signed after nested code changed).",
			"The binary is signed ad hoc or linker-signed only.",
			"The signature's certificate chain is incomplete or untrusted (for example, a .p12 exported without its chain).",
		},
		Confirm: dropNotary,
		Fix:     "Re-sign the reported file with Developer ID, `--options runtime --timestamp`, sign its container after it, and check with `codesign --verify --strict -vvv FILE`.",
		Checks:  []string{chkMachoPageHash, chkMachoCDHash, chkMachoCMSInvalid, chkMachoUntrusted, chkMachoAdhoc, chkMachoLinkerSigned},
		patterns: []pattern{ // Quoted without its "The" too, or retold: "notarytool reporting that
			// the signature for the main binary was invalid".
			pat("signature of the binary is invalid", `(?:\bThe )?\bsignature of the binary is invalid\b|\bnotarytool\W{0,2} (?:reporting|reports?|reported|says|said|saying|complain(?:s|ed|ing)) that the signature (?:for|of) the (?:main )?(?:binary|executable) (?:was|is) invalid\b`),
			pat("problem of severity", conveyorProblem+`The signature of`+cutShort(" the binary is invalid")+lineCut)},
	},
	{
		ID: "text-no-hardened-runtime", Title: "Hardened runtime not enabled", Severity: Error,
		Source:  "notary service, Xcode",
		Meaning: "Notarization requires every executable to be signed with the hardened runtime (the runtime flag in its signature).",
		Causes:  []string{"ENABLE_HARDENED_RUNTIME is off for the target, or a nested helper or framework was signed separately without it.", "codesign was run without --options runtime."},
		Confirm: dropNotary,
		Fix:     "Enable Hardened Runtime in Signing & Capabilities, or sign with `codesign --options runtime --timestamp -s \"Developer ID Application: …\"` every executable, inside out.",
		Checks:  []string{chkMachoNoRuntime, chkBundleNestedRuntime},
		patterns: []pattern{
			pat("hardened runtime", `does not have the hardened runtime enabled|Hardened Runtime is not enabled|rebuilt with support for the Hardened Runtime`),
			// The notary's verdict retold with the reason last: "failed
			// notary checks because exported binary had (no hardened
			// runtime)"; not "no hardened runtime exceptions".
			pat("hardened runtime", `\bnotar(?:y|i[sz]\w*)\b[^\n]{0,160}?\b(?:no|without(?: the| a)?|missing(?: the)?|lacks?(?: the)?) hardened runtime\b[ \t]*(?:[).,;:!]|(?m:$))`),
			// The notary log's issues retold as a list, one item "No hardened runtime".
			pat("hardened runtime", `\bnotari[sz]\w*\b.{0,600}?\s(?:\d{1,2}\.|[-*•]) ?No hardened runtime\b`),
			// The rejection retold with its reason: "unable to notarize ...
			// because the hardened runtime capability was NOT enabled".
			pat("hardened runtime", `\bnotari[sz]\w*\b[^\n]{0,160}?\bbecause (?:the )?hardened runtime\b[^\n.]{0,20}? (?:was|is|were) not enabled\b`),
		},
	},
	{
		ID: "text-no-secure-timestamp", Title: "Signature has no secure timestamp", Severity: Error,
		Source:  "notary service",
		Meaning: "Notarization requires a secure timestamp from Apple's timestamp server in each signature.",
		Causes:  []string{"codesign ran without --timestamp (Xcode adds one only when exporting for distribution).", "The binary was signed ad hoc or by a tool that cannot timestamp."},
		Confirm: dropNotary,
		Fix:     "Sign with `codesign --timestamp --options runtime -s \"Developer ID Application: …\" FILE`.",
		Checks:  []string{chkMachoNoTimestamp},
		patterns: []pattern{
			// rcodesign's check before signing for notarization (signing_settings.rs 1413).
			pat("time-stamp protocol server", `--for-notarization requires use of a time-stamp protocol server\b`), pat("secure timestamp", `does not include a secure timestamp`),
			// codesign's --timestamp=none retold as what the notary service
			// refused: "timestamp=none broke notarization".
			pat("timestamp=none", `timestamp=none\b[^\n]{0,60}?\b(?:broke|breaks|broken|fail(?:s|ed)?|rejected|rejects)\b[^\n]{0,30}?\bnotari[sz]|\bnotari[sz]\w*\b[^\n]{0,40}?\b(?:fail(?:s|ed)?|rejected|rejects|broke)\b[^\n]{0,80}?timestamp=none\b`),
			// The notary's refusal retold: "notary rejected it ('no secure timestamp')".
			pat("secure timestamp", `\bnotar(?:y|i[sz]\w*)\b[^\n]{0,200}?\b(?:no|missing(?: a)?|without(?: a)?|lacks?(?: a)?|lacking(?: a)?) secure timestamp\b|\b(?:no|missing(?: a)?|without(?: a)?|lacks?(?: a)?|lacking(?: a)?) secure timestamp\b[^\n]{0,120}?\bnotar(?:y|i[sz]\w*)\b`),
			pat("problem of severity", conveyorProblem+`The signature do`+cutShort("es not include a secure timestamp")+lineCut)},
	},
	{
		ID: "text-not-developer-id", Title: "Not signed with a valid Developer ID certificate", Severity: Error,
		Source:  "notary service",
		Meaning: "Only code signed with a Developer ID Application certificate (installers: Developer ID Installer) can be notarized.",
		Causes: []string{
			"The code is signed with Apple Development, Apple Distribution or Mac App Distribution, or ad hoc.",
			"A nested binary (bundled tool, Python or Node module, helper) was left with its original signature or none.",
			"The Developer ID certificate expired before signing, or the chain is incomplete.",
		},
		Confirm: dropNotary,
		Fix:     "Re-sign every binary the log lists with `codesign -f -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE`, inside out, then the container.",
		Checks:  []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoAdhoc, chkMachoInstallerCert},
		patterns: []pattern{
			// rcodesign's check before signing for notarization, and quill's
			// (apple-codesign/src/signing_settings.rs 1397-1417; quill cli/commands/test.go).
			pat("--for-notarization", `--for-notarization requires use of (?:an Apple-issued|a Developer ID) signing certificate\b|\bsigning settings are not compatible with notarization\b|\bad-hoc signing cannot be used for notarization\b`),
			// Godot's preset that notarizes without a Developer ID signature.
			pat("required for notarization", `\b(?:Notarization with an ad-hoc signature is not supported|Code signing is required for notarization)\b`),
			// Briefcase asked to notarize an ad-hoc signed app.
			pat("ad-hoc signing identity", `\bCan'?t notarize an app with an ad-hoc signing identity\b`),
			// Go's verifier (quill) on a Developer ID Installer certificate's
			// critical Apple extension: see context_notary.go.
			pat("unhandled critical extension", `\bx509: unhandled critical extension\b`), pat("developer id certificate", `not signed with (?:a )?valid Developer ID certificate`),
			// Retold: notarization that "does not see ad-hoc nested code"
			// once re-signed, or that rejected ad-hoc signed helpers.
			pat("ad-hoc", `\bnotari[sz]ation\b[^\n.]{0,40}?\b(?:sees?|saw|rejects?|rejected|flags?|flagged)\s(?:the |any )?ad[- ]hoc(?:[- ]signed)?\s(?:nested )?(?:code|helpers?|executables?|binar(?:y|ies))\b`)},
	},
	{
		ID: "text-old-sdk", Title: "Built with an SDK older than 10.9", Severity: Error,
		Source:  "notary service",
		Meaning: "Notarization rejects executables linked against an SDK older than macOS 10.9.",
		Causes:  []string{"A prebuilt third-party binary or library from long ago is bundled."},
		Confirm: dropNotary,
		Fix:     "Rebuild the binary with a current Xcode (deployment target may stay low), or replace it.",
		patterns: []pattern{pat("sdk older th", `uses an SDK older th[ae]n (?:the )?10\.9 SDK`),
			// codesign -dvvv on a binary whose LC_BUILD_VERSION has no SDK.
			pat("sdk version before 10.9", `SDK version before 10\.9 does not support Library Validation`),
			// PyInstaller's warning about binaries it collects.
			pat("incompatible macos sdk version", `\bFound one or more binaries with invalid or incompatible macOS SDK version\b`),
			pat("code-signing and hardened runtime", `\bThese binaries will likely cause issues with code-signing and hardened runtime\b`)},
	},
	{
		ID: "text-notary-invalid", Title: "Notarization status Invalid", Severity: Error,
		Source:  "notarytool, altool",
		Meaning: "The notary service rejected the submission; the reasons are only in its log.",
		Causes:  []string{"Some binary in the submission fails a notarization rule (Developer ID, hardened runtime, timestamp, get-task-allow, valid signature)."},
		Confirm: dropNotary,
		Fix:     "Fetch the log: `xcrun notarytool log SUBMISSION-ID --keychain-profile PROFILE log.json`, and drop log.json here.",
		Checks:  []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		patterns: []pattern{
			// rcodesign's and quill's word for the status (app-store-connect/src/notary_api.rs
			// 79-90, 139; quill/notary/status.go 61), gon's (notarize/notarize.go 180,
			// under its "Error notarizing"), GoReleaser's (internal/pipe/notary/macos.go
			// 147-149, under its step's title).
			pat("notarization invalid", `\bError: notarization (?-i:invalid|rejected)(?:$|[^\w ]| [^a-z])|\bsubmission result is (?-i:Invalid|Rejected):`),
			pat("error notarizing", `\bError notarizing:?[^\n]{0,300}?\bpackage is invalid\.`),
			pat("sign & notarize macos binaries", `\bsign & notarize macOS binaries\b[^\n]{0,1000}?\berror=\S{1,300}: (?-i:invalid|rejected)(?:$|[^\w ]| [^a-z])`), pat("invalid", `status: (?-i:Invalid)\b`),
			// notarytool info's verdict on a submission refused outright,
			// after the submission's id (and name) it prints.
			pat("status: rejected", `\bid: [0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\s+(?:name: [^\n]{1,200}\s+)?(?-i:status: Rejected)\b`), pat("critical validation errors", `Archive contains critical validation errors`), pat(`"status"`, `"status"\s*:\s*"(?-i:Invalid)"`), pat("with status invalid", `\bwith status (?-i:Invalid) for id\b`), pat("package invalid", `\b(?-i:Package Invalid)\b`), pat("package is invalid", `package is invalid\. To learn more download the logs`), pat("package invalid", `notari[sz]\w*[^\n]{0,120}?"package invalid"`),
			// fastlane's notarize action retelling a status Invalid, with
			// the service's statusMessage (often empty) or without it.
			pat("could not notarize package", `\b(?-i:C)ould not notarize package(?: with message\b|\. To see the error)`),
			// electron-builder-notarize's failure line, the service's log
			// written to a file beside it.
			pat("notarization error", `\bNotarization Error,\s?please check \S{0,40}notarization-error\.log\b`),
			// Retold: "received Apple notarization status `Invalid`".
			pat("notarization status invalid", `\bnotar(?:i[sz]\w*|ytool)\b[^.\n]{0,40}?\bstatus[\s:"'\x60*]{1,4}(?-i:Invalid)\b`),
			// The verdict retold without "status:": "after Apple returned
			// `Invalid`", "Apple 返回的 *Invalid* 判定" (returned). Invalid
			// stands alone (quoted, or ending the clause), not as the first
			// word of another message ("Invalid Provisioning Profile").
			pat("invalid", `\b(?:Apple|notary service|notarytool|notari[sz]ation)\b[^\n]{0,30}?(?:\b(?:returned|returns|reported|reports|answered|came back(?: with| as)?)\s*|返回的?\s*)(?:[\x60"'*“](?-i:Invalid)[\x60"'*”]|(?-i:Invalid)(?:\s*[.,;)]|\s+(?:status|verdict|result)\b|\s*$))`)},
	},
	{
		ID: "text-notary-in-progress", Title: "Notarization still in progress", Severity: Info,
		Source:  "notarytool info / history",
		Meaning: "The notary service has not finished with the submission. Most finish within minutes; some take hours.",
		Causes: []string{
			"The service is busy or the submission was routed for deeper analysis (first submissions of a team or of a new product take longer).",
			"A large archive.",
		},
		Confirm: dropNoFile,
		Fix:     "Wait with `xcrun notarytool wait SUBMISSION-ID` (or `submit --wait --timeout 2h` in CI) rather than resubmitting the same build; check Apple's Developer System Status page.",
		patterns: []pattern{
			// rcodesign's, quill's and GoReleaser's wait ending before the service answered
			// (apple-codesign/src/notarization.rs, error.rs; quill/notary/status.go;
			// goreleaser internal/pipe/notary/macos.go).
			pat("limit", `\breached time limit waiting for notarization to complete\b|\breached wait limit after \d+s\b`),
			pat("timeout waiting for notarize", `\btimeout waiting for notarize submission response\b|\bnotarize (?:timeout|still pending)\s+binary=`), pat("in progress", `status: In Progress\b`),
			// Briefcase checking a submission once (--no-wait resumed).
			pat("has not completed notari", `\bApple has not completed notari[sz]ing the app\b`), pat("submission log is not yet available", `Submission log is not yet available`),
			// rcodesign's wait: "poll state after 24s: InProgress".
			pat("poll state after", `\bpoll state after \d+s: InProgress\b`),
			// The wait retold: "gets stuck on notarization", "the request for
			// notarization info stays stuck in the "in-progress" state".
			pat("stuck", `\bstuck (?:on|in|at|during) (?:the )?notari[sz](?:ation|ing)\b|\bnotari[sz]ation\b[^.\n]{0,40}?\bstuck in (?:the )?["“']?in[- ]progress\b`),
			// A submission left waiting, retold: "a submission remained
			// In Progress for more than two hours"; "卡住的是公证" (what is
			// stuck is notarization; not 公证处, a notary office).
			pat("in progress", `\bsubmissions?\b[^\n]{0,60}?\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|was|are|were) still|(?:has|have) been|sat|sits|stuck)\s+(?:in\s+)?[\x60"'“]?In[- ]Progress\b`),
			pat("公证", `卡(?:住|在)[^\n]{0,6}?公证(?:[^处员书]|$)|公证(?:阶段|步骤|流程|这一?步)?一?直?卡住`)},
	},
	{
		ID: "text-notary-team-not-configured", Title: "Team not yet configured for notarization", Severity: Error,
		Source:  "notary service (statusCode 7000), altool (1296)",
		Meaning: "The notary service rejected the submission before looking at it: the team cannot notarize yet.",
		Causes:  []string{"A new team or one whose program membership is not fully set up.", "The account holder has not accepted the latest agreements.", causeNotaryNoProvider},
		Confirm: dropNoFile,
		Fix:     "Accept pending agreements on the developer website; if it persists, contact Developer Programs Support.",
		patterns: []pattern{
			pat("not yet configured for notarization", `Team is not yet configured for notarization`), pat("team", `\bteam (?:is not|isn['’]?t) (?:yet )?(?:configured|enabled) for notari[sz]ation`),
			// The notary log's code without its summary ("Rejected +
			// statusCode 7000"); other services use 7000 too, so it is
			// read only where the paste is about notarization (context.go).
			pat("7000", `\bstatusCode\b["']?\s*[:=]?\s*7000\b`),
			// altool naming no provider for the Apple ID: it belongs to no
			// team in the Apple Developer Program.
			pat("not a member of the provider", `\bis not a member of the provider \.`)},
	},
	{
		ID: "text-notary-auth", Title: "Notary service login failed", Severity: Error,
		Source:  "notarytool, altool",
		Meaning: "The notary service did not accept the credentials.",
		Causes:  []string{"The Apple ID password was used instead of an app-specific password.", "Wrong team ID for that Apple ID, or an App Store Connect API key without access.", "A keychain profile stored with old credentials.", causeNotaryKeychainItemMissing, causeNotaryTokenRefused},
		Confirm: dropNoFile,
		Fix:     "Create an app-specific password at appleid.apple.com and store it: `xcrun notarytool store-credentials PROFILE --apple-id ID --team-id TEAMID`.",
		patterns: []pattern{
			// rcodesign, quill and gon without notary credentials, or refused
			// (apple-codesign/src/error.rs; quill's cli/commands/test.go and
			// pki/load/bytes.go for its default key variable; gon's cmd/gon/main.go).
			pat("app store connect api key", `\bCould not find App Store Connect API key in default search locations\b|\bno authentication credentials to perform notarization request\b`),
			pat("--notary-key", `\bnotarization credentials required: provide --notary-issuer\b|\bauthentication failed \(check --notary-issuer, --notary-key-id, and --notary-key\)|\bno key found in environment variable \W?QUILL_NOTARY_KEY\b`),
			pat("apple_id", `\bNo apple_id (?:username|password) provided\b`),
			// Godot's notarization preset without usable credentials (checked before notarytool or rcodesign runs).
			pat("not specified", `\b(?:Neither Apple ID name nor App Store Connect issuer ID name not specified|Both Apple ID name and App Store Connect issuer ID name are specified|(?:Notarization: )?(?:Apple ID password|App Store Connect API key ID|App Store Connect issuer ID name) not specified)\b`), pat("401", `HTTP status code: 401`), pat("invalid credentials", `Invalid credentials\. Username or password is incorrect`),
			pat("failed to get authorization", `Failed to get authorization for username`), pat("authentication session", `unable to create an authentication session`), pat("app-specific password", `Please sign in with an app-specific password|Sign in with the app-specific password you generated`), pat("-1011", `for notarization\. \(-1011\)`),
			// notarytool refusing a password given without --apple-id.
			pat("--apple-id", `Must provide an Apple ID \(--apple-id\) to authenticate with an app-specific password`),
			// altool reading its password from a keychain item
			// (@keychain:NAME) that is not there (errSecItemNotFound).
			pat("legacy keychain item", `Failed to read legacy keychain item '[^'\n]{1,100}'`),
			// notarytool's --keychain-profile naming no item stored by
			// store-credentials in the keychains it searches.
			pat("no keychain password item", `\bNo Keychain password item found for profile\b`),
			// Briefcase's for the same profile missing (notarytool exit 69),
			// and store-credentials failing to validate what was typed.
			pat("does not contain credentials for the profile", `\bThe keychain does not contain credentials for the profile\b`),
			pat("unable to store credentials for team id", `\bUnable to store credentials for team ID\b`),
			// notarytool's argument parser refusing a credential option's
			// value (a keychain or key file that is not there; not the Apple
			// ID, team ID or password, which take any string), beside
			// notarytool's name: "The value 'login' is invalid for
			// '--keychain <keychain>': The file couldn't be opened ...".
			pat("is invalid for '--", `(?s)\bnotarytool\b.{0,600}?\bThe value '[^'\n]{0,200}' is invalid for '--(?:keychain(?:-profile)?|key|issuer)\b|\bThe value '[^'\n]{0,200}' is invalid for '--(?:keychain(?:-profile)?|key|issuer)\b(?:[^\n]{0,200}\n){0,2}[^\n]{0,200}?\bnotarytool\b`),
			// The same refusal retold where a CI secret's PEM body was passed
			// as --key instead of the .p8 file's path: "notarytool got
			// `Invalid option` because `APPLE_API_KEY` was the PEM body",
			// "PEM 内容…被 notarytool 当 option 解析报 Invalid option".
			pat("invalid option", `\bnotarytool\b[^\n]{0,40}?\bInvalid option\b[^\n]{0,80}?(?:APPLE_API_KEY|--key\b|\.p8\b|\bPEM\b)|(?:APPLE_API_KEY|--key\b|\.p8\b|\bPEM\b)[^\n]{0,160}?\bnotarytool\b[^\n]{0,40}?\bInvalid option\b`),
			// altool's reply to --notarize-app with no notarization-upload
			// in it, as a tool that parses the reply reports it: the upload
			// was never accepted, which is how a refused login ends.
			pat("notarization-upload", `\bmissing field \W{0,2}notarization-upload\b`),
			// A packaging tool that calls notarytool refusing to start
			// without one of its credentials (@electron/notarize: "The
			// appleIdPassword property is required when using notarization
			// with password credentials").
			pat("property is required", `\bThe \w{4,30} property is required when using notari[sz]ation with\b`),
			// The same refusal in the other words of the tools that run
			// notarytool: @electron/notarize given no credentials or two
			// kinds, electron-builder missing one of its APPLE_* variables,
			// Tauri's bundler missing the team ID or the API key's file.
			pat("no authentication properties", `\bNo authentication properties provided \(e\.g\. appleId\b|\bCannot use password credentials, API key credentials and keychain credentials at once\b`),
			// Wails' sign command and Compose Multiplatform's settings.
			pat("is required for notarization", `--keychain-profile is required for notarization\b`),
			pat("notarization settings error", `\bNotarization settings error: (?:(?:appleID|password|teamID) is null or empty|notarization settings are not provided)\b`),
			pat("env var", `\bAPPLE_(?:ID|APP_SPECIFIC_PASSWORD|TEAM_ID) env var needs to be set\b|\bEnv vars APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER need to be set\b`),
			pat("team id is now required", `\bThe team ID is now required for notari[sz]ation with app-specific password\b|\bcould not find API key file\. Please set the APPLE_API_KEY_PATH\b`),
			// The App Store Connect API key given is not the PEM .p8
			// (quill: "notarization failed: unable to parse EC private key
			// for JWT").
			pat("private key for jwt", `notari[sz]\w*[^\n]{0,80}?\bprivate key for JWT\b`),
			// The Notary API's own word for a refused token, as a client
			// that calls it directly prints it under the request (rcodesign:
			// "HTTP error from https://appstoreconnect.apple.com/notary/v2/submissions"
			// or "POST https://…", then "Unauthenticated" on its own line).
			pat("unauthenticated", `appstoreconnect\.apple\.com/notary/v2/\S{0,80}\s+Unauthenticated\b`),
			// altool (upload or notarization) finding no AuthKey_KEYID.p8.
			pat("authkey", reAltoolKeyFileSrc)},
	},
	{
		ID: "text-altool-retired", Title: "altool no longer notarizes", Severity: Error,
		Source:  "altool (4200), xcrun, tools that call altool (electron-notarize 1, gon)",
		Meaning: "Since 1 November 2023 the notary service no longer accepts uploads from altool; notarytool (Xcode 13 or later) replaces it. altool still uploads to the App Store.",
		Causes: []string{
			"The build script or packaging tool still runs `xcrun altool --notarize-app`.",
			"xcrun finds no altool because the selected developer directory is the Command Line Tools (`xcode-select -p`); notarytool is what to call anyway.",
		},
		Confirm: dropNoFile,
		Fix:     "Notarize with `xcrun notarytool submit FILE --keychain-profile PROFILE --wait` (or an App Store Connect API key), or update the tool to a notarytool version (@electron/notarize 2); `sudo xcode-select -s /Applications/Xcode.app` if xcrun finds no tools.",
		patterns: []pattern{pat("decommissioned", `Notarization of MacOS applications using altool has been decommissioned|altool has been deprecated (?:for notarization|[^.\n]{0,40}?no longer be supported by the Apple notary service)`), pat("altool", `unable to find utility "altool"`),
			// Apple's notice quoted: "Notarizing software with altool was
			// deprecated in Xcode 13, and the Apple notary service will no
			// longer accept uploads from altool as of November 1, 2023".
			pat("altool", `\bwill no longer accept uploads from altool\b|\bNotarizing software with altool was deprecated\b`)},
	},
	{
		ID: "text-altool-provider", Title: "Apple ID in several providers: name the team", Severity: Error,
		Source:  "altool, iTMSTransporter (1627), tools that call them (fastlane, electron-notarize 1)",
		Meaning: "The Apple ID belongs to more than one App Store Connect provider (team), and the upload or notarization request did not say which one to submit for.",
		Causes: []string{
			"The Apple ID is a member of several teams and the command names none: altool without --asc-provider, iTMSTransporter without -itc_provider, fastlane without itc_provider.",
			"The provider given is not one this Apple ID belongs to.",
		},
		Confirm:  dropNoFile,
		Fix:      "Notarize with `xcrun notarytool submit FILE --apple-id ID --team-id TEAMID --password APP-SPECIFIC-PASSWORD --wait` (altool no longer notarizes); for an App Store upload with altool pass `--asc-provider SHORTNAME` (`xcrun altool --list-providers -u ID -p PASSWORD` lists them), in fastlane set itc_provider.",
		patterns: []pattern{pat("itunes providers", `attached to other iTunes providers`)},
	},
	{
		ID: "text-notary-upload-not-archive", Title: "Notarization given a folder, not an archive", Severity: Error,
		Source:  "altool --notarize-app",
		Meaning: "The file given to the notary service is an app bundle, which is a folder; the service takes one file, a .zip of the app, a .dmg or a .pkg. altool reports the folder with the system's words for it: \"Is a directory\".",
		Causes: []string{
			"The .app itself was passed to `--file` instead of a zip made from it.",
			"A path in the build script points at the build folder or the .app, not at the archive made from it.",
		},
		Confirm: dropNoFile,
		Fix:     "Zip the app with its symlinks kept, `ditto -c -k --keepParent App.app App.zip`, submit the zip with `xcrun notarytool submit App.zip --keychain-profile PROFILE --wait` (altool no longer notarizes), then staple the .app itself: `xcrun stapler staple App.app`.",
		patterns: []pattern{
			pat("is a directory", `\bIs a directory\.?\s{0,3}The operation couldn['’]t be completed\. Is a directory\b`),
		},
	},
	{
		ID: "text-stapler-failed", Title: "Stapling failed (ticket not found)", Severity: Error,
		Source:  "xcrun stapler",
		Meaning: "stapler could not find a notarization ticket for this file's code.",
		Causes:  []string{staplerNotNotarized, staplerNotYet, "Stapling a file type that cannot hold a ticket (a bare executable or a .zip)."},
		Confirm: dropNotary,
		Fix:     "Check the submission's status and log, notarize the same file you staple, staple the .app, .dmg or .pkg (not the zip).",
		patterns: []pattern{
			// rcodesign given a bare executable or an unknown file to staple (stapling.rs 306, 326).
			pat("staple", `\bcannot staple Mach-O binaries\b|\bdo not know how to staple\b`),
			pat("staple", `The staple and validate action failed! Error (?P<code>\d+)`), pat("record not found", `CloudKit query (?:for [^\n]{1,200}? )?failed due to "?Record not found`), pat("failed to staple", `Failed to staple your application with code: (?P<code>\d+)|[Ss]tapler(?: is|:) incapable of working with`),
			// Briefcase after stapler failed (its output is above).
			pat("unable to staple notarization onto", `\bUnable to staple notarization onto\b`),
			// A release script's note of a stapler run with nothing to staple.
			pat("stapl", `\bstapler(?: staple)?\x60?[^\n]{0,80}?\bfail(?:s|ed)? with no ticket\b|\bstapler: Error (?P<code>6[4-9]|7[0-3])\b`),
			// The stapler's status retold: "attempts to staple a nonexistent
			// ticket and reports error 65".
			pat("stapl", `\bstapl(?:e|es|er|ing)\b[^\n]{0,100}?\b(?:reports?|returns?|fails? with|failed with|exits? with|exited with|gives|gave|throws)\s+(?:an? )?(?:error|code|exit (?:code|status))\s*:?\s*(?P<code>6[4-9]|7[0-3])\b`),
			// A CI step that runs stapler and reports only its exit status
			// (sysexits: 64 usage, 65 data, 66 no input, 73 can't create).
			pat("stapl", `(?:stapler staple|stapling)\b.{0,500}?\bexit (?:code|status):? ?(?P<code>6[4-9]|7[0-3])\b`),
			// One's own notarized ZIP retold as unstapleable ("I'm uploading a
			// .zip file, which cannot be stapled").
			pat("stapled", `\b(?:(?:the|our|my|this|that) (?:notarized )?\.?zip(?: file| archive| package)?,? (?:which |that )?|an? (?:notarized )?\.?zip(?: file| archive| package)?,? (?:which|that) )(?:cannot|can'?t|could ?not|couldn'?t|won'?t) be stapled\b`),
			// The stapler's limit retold: it holds no ticket for a bare Mach-O.
			pat("stapler", `\bstapler\x60?[^\n]{0,40}?\b(?:cannot|can'?t|could ?not|couldn'?t|won'?t) (?:attach|staple)\b[^\n]{0,80}?\b(?:bare|raw|standalone)(?: standalone)?(?: Mach-O)? (?:executable|binary)\b`),
		},
	},
	{
		ID: "text-ticket-not-stapled", Title: "Notarization ticket not stapled", Severity: Info,
		Source:  "syspolicy_check, stapler validate",
		Meaning: "The app has no notarization ticket attached. If it was notarized, Gatekeeper fetches the ticket online; stapling only matters for first launch offline.",
		Causes:  []string{"stapler staple was not run after notarization.", "The app was changed (and re-signed) after stapling."},
		Confirm: dropApp,
		Fix:     "`xcrun stapler staple App.app` (or the .dmg / .pkg) after notarization succeeds.",
		Checks:  []string{chkBundleStapled},
		patterns: []pattern{pat("not stapled", `(?:ticket is not stapled|Notary Ticket Missing|does not have a ticket stapled)`),
			// The same told in words, often with emphasis: "was notarized
			// (...) but **not stapled**", "notarized but unstapled".
			pat("stapled", `\bnotari[sz]ed\b[^.\n]{0,60}?\bbut\s(?:\*\*|__|\*|_)?(?:not|never) (?:been )?stapled\b|\bnotari[sz]ed but unstapled\b`),
			// sysextd failing an extension on a Mac with no internet: without
			// a stapled ticket it cannot fetch the notarization.
			pat("without internet", `(?s)\bextension failed to validate!.{0,300}?\b(?:without|no) (?:an? )?internet\b`)},
	},
	{
		ID: "text-notary-unreachable", Title: "Notary service could not be reached", Severity: Error,
		Source:  "notarytool, and the tools that run it (electron-notarize, electron-builder, Tauri)",
		Meaning: "notarytool got no answer from Apple's notary service: the connection failed or timed out before any status came back, so nothing about the app was judged.",
		Causes: []string{
			"The Mac or CI runner lost its network connection, or the connection timed out during the upload or while waiting (--wait keeps it open for minutes).",
			"A proxy or firewall on the way blocks or slows the notary service (appstoreconnect.apple.com) or the storage it uploads to.",
			"Apple's notary service was having an outage.",
		},
		Confirm: dropNoFile,
		Fix:     "Send the same archive again (rerun the CI job, or retry the notarization step a few times with a pause); if a submission ID was printed, ask for its status with `xcrun notarytool info ID` instead of uploading again. `xcrun notarytool history` with the same credentials on the same machine shows whether the service answers now. If it keeps failing, check the runner's proxy and firewall and Apple's Developer System Status page. Nothing in the app needs changing.",
		Blocks:  []string{"notarization"},
		patterns: []pattern{
			// notarytool's error when the request gets no HTTP reply at
			// all (NSURLErrorDomain -1009 offline, -1001 timed out).
			pat("httperror(statuscode: nil", `\bHTTPError\(statusCode: nil\b`),
			// notarytool's HTTP client giving up on the connection.
			pat("httpclienterror", `\bHTTPClientError\.(?:connectTimeout|deadlineExceeded|readTimeout|remoteConnectionClosed)\b`),
			// A tool's notarization step failing with the system's words
			// for no network.
			pat("notarize", `\bnotari[sz]\w*\b[^\n]{0,120}?\bThe Internet connection appears to be offline\b`),
			// @electron/notarize given nothing it can read back: the result
			// empty (the stack trace or Forge's "]" right after it), or the
			// JSON ending at once inside its notarytool.js.
			pat("failed with unexpected result:", `\bFailed with unexpected result:\s*(?:\]|at )`),
			pat("unexpected end of json input", `\bUnexpected end of JSON input\b(?s:.){0,300}?@electron/notarize/lib/notarytool\.js`),
		},
	},
	{
		ID: "text-agreement-required", Title: "An agreement must be accepted first", Severity: Error,
		Source:  "Xcode, notarytool, altool, App Store Connect",
		Meaning: "Apple refuses the request until the team's Account Holder accepts an updated Program License Agreement or contract.",
		Causes:  []string{"Apple published a new Program License Agreement and the Account Holder has not accepted it yet.", "Paid apps or in-app purchases need the Paid Apps agreement in App Store Connect."},
		Confirm: dropNoFile,
		Fix:     "The Account Holder signs in at https://developer.apple.com/account (and App Store Connect > Business) and accepts the pending agreements; then retry.",
		// Apple's "You currently don't have access to this membership
		// resource" says why when the agreement is named beside it.
		Supersedes: []string{"text-team-access-denied"},
		patterns: []pattern{
			// The App Store Connect API's error code, as Bitrise logs it.
			pat("required_agreements_missing_or_expired", `\bFORBIDDEN\.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED\b`),
			pat("program license agreement", `agree to the latest Program License Agreement|PLA Update available`), pat("sign the relevant contracts", `You must first sign the relevant contracts online`), pat("contracts need to be signed", `["“']contracts? (?:need|needs) to be signed["”']? (?:error|message)\b`), pat("required agreement", `A required agreement is missing or has expired`),
			// @electron/notarize parsing notarytool's plain-text HTTP error as
			// JSON: the line is cut to "Error: HTT" (see context_notary.go).
			pat("\"error: htt\"", `"Error: HTT"\.{3} is not valid JSON`),
			pat("agreement", `notari[sz]\w*[\s\S]{0,200}?\b(?:non-?existent|expired|missing|unsigned|pending|unaccepted)(?: or (?:non-?existent|expired|missing|unsigned|pending|unaccepted))? (?:\w+ )?agreements?\b`),
			// fastlane's spaceship after the portal's own sentence.
			pat("accept the updated agreement", `log into your Apple Developer account to review and accept the updated agreement`),
			// eas-cli, after reading App Store Connect's contract messages.
			pat("agreement updates that must be resolved", `App Store Connect has agreement updates that must be resolved`),
			// The 403 retold in Chinese: "notarytool 返回 Apple 403：开发者团队有
			// 协议缺失或过期" (an agreement missing or expired).
			pat("协议", `(?:notarytool|公证(?:[^处员书]|$)|Apple)[^\n]{0,60}?协议(?:缺失|已?过期|未签署?|未接受)`)},
	},
}
