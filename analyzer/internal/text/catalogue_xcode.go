package text

// Xcode and xcodebuild: Signing & Capabilities, profile qualification, the CodeSign step.
// ascCertType: the App Store Connect API's certificate types, as Bitrise's
// code signing manager names them (a load balancer's TLS_SERVER is none).
const ascCertType = `(?-i:(?:IOS_|MAC_(?:APP_|INSTALLER_)?)?(?:DEVELOPMENT|DISTRIBUTION)|DEVELOPER_ID_(?:APPLICATION|INSTALLER|KEXT)(?:_G2)?)`

var xcodeEntries = []*Entry{
	{
		ID: "text-app-group-unavailable", Title: "App group ID belongs to another team", Severity: Error,
		Source:  "Xcode (automatic signing), EAS and other tools that register identifiers",
		Meaning: "The app group ID in the entitlements is registered by another team, so it cannot be registered for yours and no profile of your team can include it.",
		Causes: []string{
			"The project is a sample, fork or template that kept its upstream's app group ID: rename it to your own (group. followed by your reverse domain) in the entitlements of every target and in the code that uses it. Enabling the capability does not help.",
			"You registered it earlier under another team (a personal team, an old account): use that team, or remove it there first.",
		},
		Confirm: dropProfEnt,
		Fix:     "Pick an app group ID of your own, change it in every target's .entitlements file (com.apple.security.application-groups) and in code (containerURL(forSecurityApplicationGroupIdentifier:), UserDefaults(suiteName:)), then let Xcode register it.",
		Checks:  []string{chkEntAppGroupAuth, chkEntAppGroup},
		Blocks:  []string{"installs", "app-store-connect"},
		patterns: []pattern{
			pat("application group with identifier", `An Application Group with Identifier ['"<]?(?P<value>[^'"<> ]{1,200})['">]? is not available`),
		},
	},
	{
		ID: "text-no-signing-certificate", Title: "No signing certificate with a private key", Severity: Error,
		Source:  "Xcode",
		Meaning: "Xcode needs a certificate of the named kind for the team, with its private key in this Mac's keychain, and found none.",
		Causes: []string{
			"The certificate exists on the team but was created on another Mac; its private key is only there.",
			"No certificate of that kind has been created for this team yet, or it expired or was revoked.",
			"The Apple ID is not added in Xcode (Settings > Accounts), or it lacks the role needed to create certificates.",
			"The project names a different team than the certificate's.",
		},
		Confirm: dropCert,
		Fix:     "Let Xcode create one (Settings > Accounts > Manage Certificates > +), or import the certificate with its private key as a .p12 from the Mac that created it. With manual signing, choose a profile that includes that certificate.",
		Checks:  []string{chkCertExpired, chkProfileCerts},
		patterns: []pattern{
			// rcodesign and quill given no certificate, or a key without one
			// (apple-codesign/src/error.rs, cli/certificate_source.rs; quill's
			// pki/signing_material.go and cli/commands/test.go).
			pat("no signing certificate", `\bError: no signing certificate(?:$|[^\w ]| [^a-z])|\bsigning XAR archives requires a signing certificate\b|\ba PRIVATE KEY requires a corresponding CERTIFICATE to pair with it\b`),
			pat("found in the p12", `\bno (?:private key|signing certificate) found in the p12\b|\bsigning certificate required: provide a valid p12 certificate\b`),
			// CI steps' words for no certificate of the kind needed:
			// Codemagic's fetch-signing-files, Bitrise's code signing manager
			// (its title and description), Bitrise's profile printer.
			// fetch-signing-files says "Did not find Signing Certificates with
			// type IOS_DISTRIBUTION, DISTRIBUTION" (its 2021 releases "Did not
			// find IOS_DISTRIBUTION Signing Certificates"), after listing none
			// "for given private key" (the --certificate-key it was given).
			pat("did not find signing certificates", `Did not find Signing Certificates with type\b`),
			// The type in capitals, as fetch-signing-files prints it: "Did
			// not find any Signing Certificates in the Windows certificate
			// store" is signtool's retold.
			pat("signing certificates", `\bDid not find (?-i:[A-Z][A-Z_]{2,40}) Signing Certificates\b|\bDid not find any Signing Certificates for given private key\b`),
			pat("type certificates uploaded", `No valid `+ascCertType+` type certificates uploaded`),
			pat("maybe you forgot to provide", `Maybe you forgot to provide a\(n\) `+ascCertType+` type certificate`),
			pat("none of the profile's certificates are installed", `none of the profile's certificates are installed`),

			pat("with a private key", `\bno\b[^"]{0,80}?signing certificate[^"]{0,120}?with a private key`),

			pat("private key", `\bmissing private key\b`),
			pat("no valid code signing certificates", `No valid code signing certificates were found`),
			// spaceship, repairing a profile on a team without one.
			pat("to repair or regenerate this provisioning profile", `No valid signing certificates were found to repair or regenerate this provisioning profile`),
			pat("cloud signing permission error", `Cloud signing permission error|(?:haven't|have not) been given access to cloud-managed distribution certificates`),
			// The team without one retold: "the team held no distribution
			// certificate".
			pat("does not have a valid", `\b(?:account|team) does not have a valid (?:Apple |iOS |iPhone |Mac )?(?:Distribution|Development) Certificate\b`),
			pat("no distribution certificate", `\b(?:held|holds|has|had|have) no (?:Apple |iOS |iPhone )?Distribution certificates?\b`),
			pat("no development certificates available", `No development certificates available to code sign`),
			pat("no signing certificate", `\bxcodebuild\b[^\n]{0,60}?\berror:? "No signing certificate"`),
			pat("matching '", `No certificates? (?:for team '[^'\n]{1,40}' )?matching '(?P<identity>[^'\n]{1,160})'`),
			pat("private key", `signing certificates? (?:with|and) (?:a |its |the )?private key (?:was |were )?not found`),
			// Also Xcode's older "No valid signing identities found."
			pat("signing identit", `No (?:matching |valid )?(?:code ?)?signing identit(?:y|ies) (?:(?:was|were) )?found|\bNo code signing certificates found\b`),
			pat("certificate and private key pair", `No (?:valid )?(?:code ?)?signing identities \(i\.e\. certificate and private key pairs?\)`),

			pat("private key is not installed", `its private key is not installed in your keychain`),
			pat("applicable signing identities", `Can't find any applicable signing identities for items`),
			pat("signing identities match the specified provisioning profile", `No (?:[A-Za-z]{1,12} )?signing identities match the specified provisioning profile`),
			pat("matching private key is installed", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) include any certificate for which the matching private key is installed`),
			pat("valid signing identity not found", `\bValid signing identity not found\b`),
			// Xcode 7's export and upload: "Missing iOS Distribution signing
			// identity for "Team". Xcode can request one for you."
			pat("signing identity for", `\bMissing (?:iOS|tvOS|watchOS|Mac|macOS) (?:App Store |App )?(?:Distribution|Development|Developer|Developer ID Application|Developer ID Installer) signing identity for\b`),
			// How people report it: the distribution certificate is missing.
			pat("distribution certificate", `\bmissing (?:an? |the |my |our )?(?:iOS |iPhone |Apple )?Distribution certificate\b`),
			// And a build that failed "because the signing certificate was
			// missing", as a pull request tells it under xcodebuild's exit code.
			pat("signing certificate was missing", `\b(?:code ?)?signing certificate (?:was|is|were|are) (?:still )?missing\b|\bmissing (?:an? |the |my |our )?(?:code ?)?signing certificate\b`),
			pat("certificate found", `\bno (?:iOS|iPhone|Apple|Mac) (?:Distribution|Development|Developer) certificates? (?:was |were )?found\b`),
			pat("signing certificate", `No "?(?P<identity>[A-Za-z0-9 ]{3,40}?)"? signing certificate (?:matching team ID "?(?P<team>[A-Z0-9]{10})"? )?with a private key was found`), pat("no signing certificate", `(?:There is )?no signing certificate (?:"(?P<identity2>[^"]{1,80})"(?: found)?|(?P<identity3>(?:iOS|iPhone|Apple|Mac|Developer ID) [A-Za-z ]{3,30}?) found)`)},
	},
	{
		ID: "text-profile-missing-certificate", Title: "Profile does not include the signing certificate", Severity: Error,
		Source:  "Xcode, App Store Connect (ITMS-90179)",
		Meaning: "The provisioning profile lists the certificates allowed to sign with it, and the chosen signing certificate is not among them.",
		Causes: []string{
			"The profile was generated before the certificate was created or renewed.",
			"The build signs with a different certificate than the profile was made for (another team member's, or an old one).",
		},
		Confirm: dropProfile + ", together with " + dropCert,
		Fix:     "Edit the profile on the developer website, tick the current certificate, download and install it (or let automatic signing regenerate it).",
		Checks:  []string{chkProfileCerts},
		patterns: []pattern{
			// The profile's status Invalid (QA1878: its certificate expired or
			// was revoked, or its App ID changed) quoted bare: "Provisioning
			// profile is invalid."
			pat("provisioning profile is invalid", `(?m)(?:^|[“"'‘])[ \t]*Provisioning profile is invalid\b`),
			// zsign: the private key matches neither -c's certificate nor any of
			// the profile's DeveloperCertificates.
			pat("paired certificate", `\bCan't find paired certificate and private key\b`),

			// fastlane's gym on PackageApplication's mismatch, in its own words.
			pat("mismatch between provisioning profile and code signing identity", `Mismatch between provisioning profile and code signing identity|the specified provisioning profile was not created using\s+the specified certificate`),
			pat("doesn't include signing certificate", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) include (?:the )?signing certificate(?: "(?P<identity>[^"]{1,160})")?`),
			pat("must be signed with the", `must be signed with the\s+certificate that is contained in the\s+provisioning profile`),
			// Retold in French: Xcode 8's "erreur de profil «sans certificat
			// signé»" (a PDF or a configuration profile is not named so).
			pat("sans certificat sign", `(?:erreur de profil|profil d['’]approvisionnement)\W{0,4}sans certificat (?:de )?sign(?:é|e\b|ature\b)`),
			// Tuist's signing linter: the certificate's team is not the profile's.
			pat("does not correspond to", `\bCertificate [^\n]{1,160}?'s development team \w{1,20} does not correspond to \w{1,20}\.`),
			// eas-cli's check of the stored profile against the stored certificate.
			pat("is not associated with uploaded distribution certificate", `Provisioning profile is not associated with uploaded Distribution Certificate`),
			// Cut short where the paste ends (a title, a truncated log line).
			pat("include signing cert", `Provisioning profile "(?P<profile>[^"\n]{1,160})" (?:doesn't|doesn’t|does not) include signing cert[a-z]{0,6}\s*\z`),
			// PackageApplication, given a profile without the identity's certificate.
			pat("mismatch between specified provisioning profile and signing identity", `mismatch between specified provisioning profile and signing identity`),
			// Retold, with the word people put before the certificate.
			pat("signing certificate", `\bprovision(?:ing)? profile (?:doesn't|does not) include (?:the |my )?(?:provided|selected|current|new) signing certificate\b`),
			// Retold with the words quoted or emphasised ("the profile
			// _"doesn't include"_ the certificate").
			pat("include", `\b(?:provisioning profile|the profile)[\s_*"'“”‘’]{1,5}(?:doesn't|doesn’t|does not)\s+include[\s_*"'“”‘’]{1,5}(?:the |my |a |its )?(?:signing )?certificate\b`),
			// Retold as a mismatch: "The provisioning profile does not match
			// the signing certificate".
			pat("does not match the signing certificate", `\bprovisioning profile (?:doesn't|does not|didn't|did not) match (?:the |my |your )?(?:signing |code ?signing )certificate\b`), codePat("itms-90", `ITMS-90(?:179|284)(?:[^0-9]|$)`)},
	},
	{
		ID: "text-requires-development-team", Title: "No development team selected", Severity: Error,
		Source:  "Xcode",
		Meaning: "Signing needs a team and the target has none (DEVELOPMENT_TEAM is empty).",
		Causes: []string{
			"The project was generated by another tool (Unity, Flutter, React Native, a template) that does not set the team.",
			"The Apple ID is not added in Xcode's Accounts, or it is not a member of the team.",
			"The team setting lives in a configuration that is not the one being built.",
		},
		Confirm: dropNoFile,
		Fix:     "Select the team in the target's Signing & Capabilities tab (or set DEVELOPMENT_TEAM). A free Apple ID can sign for your own devices only, with 7-day profiles.",
		patterns: []pattern{
			// The .NET iOS SDK's archive target without a signing key; Godot's presets without a team or signing.
			pat("code signing must be enabled", `\bCode signing must be enabled to create an Xcode archive\b`),
			pat("team id", `\b(?:Apple Team ID is required for (?:App Store distribution|notarization)|App Store Team ID not specified)\b`),
			pat("code signing is required for app store distribution", `\bCode signing is required for App Store distribution\b`),
			// Told in words for a device run: "your iPhone is connected but
			// signing isn't set up". A device is named, so Android's or a
			// build tool's unconfigured signing stays unread.
			pat("signing", `\b(?:iphone|ipad|ios device|device)\b[^\n.]{0,60}?\bbut (?:code )?signing (?:isn't|is not|wasn't|was not|hasn't been|has not been) (?:set ?up|configured)\b|\b(?:code )?signing (?:isn't|is not|wasn't|was not) (?:set ?up|configured) (?:for|on) (?:the |your |a )?(?:iphone|ipad|ios device|device)\b`),
			// fastlane's gym on xcodebuild's "Code signing is required".
			pat("to generate an ipa file you need to enable code signing", `To generate an ipa file you need to enable code signing for your project`),
			summaryPat("code signing is required", `Code signing is required for product type`),
			pat("empty identity is not valid", `An empty identity is not valid when signing a binary for the`),
			// flutter's banner, printed after the build error it sums up.
			summaryPat("requires a selected development team", `Building a deployable iOS app requires a selected Development Team`),

			pat("no account for team", `No account for team "?(?P<team>[A-Z0-9]{10})"?`),
			// The same with the team ID replaced ("no account for team
			// "ID"."), told by the advice that follows it: the Accounts
			// preference pane before Xcode 14, Accounts settings since.
			pat("no account for team", `No account for team "[^"\n]{1,40}"\.? \(?Add a new account in (?:the )?Accounts? (?:preferences? pane|settings\s+(?:or|and)\s+verify)`),
			pat("none of your accounts", `None of your accounts (?:are|is) a member of ['"]?(?:(?P<team>[A-Z0-9]{10})\b)?`),
			pat("cannot find a team matching", `Xcode (?:cannot|can't|could not|couldn't) find a team matching ['"]?(?:(?P<team>[A-Z0-9]{10})\b)?`),
			pat("no accounts registered with xcode", `There are no accounts registered with Xcode`),
			pat("requires a development team", `requires a development team|\brequires? (?:that )?(?:every|each|all) targets?\b[^\n.]{0,40}?\b(?:specify|specifies|have|has) a development team\b`),
			// Xcode's sentence retold with its word "team" dropped, as an
			// issue's title does ("Signing for "X" requires a development
			// with Xcode 14"): the quoted target and the sentence's end (a
			// full stop, the text's end, or the Xcode it names) keep other
			// "requires a development …" phrases out. (Lines are joined by
			// normalise, so a line's end cannot be told here.)
			pat("requires a development", `\bSigning for ["“'][^"”'\n]{1,120}["”'] requires a development(?:[ \t]*(?:[.!]|$)|[ \t]+(?:with|in|since|after|on) Xcode\b)`),
			// -exportArchive, for an archive built without a team.
			// Xcode 7's wording of it: "exportArchive: No 'teamID' specified
			// and no team ID found in the archive".
			pat("no team found in archive", `(?-i:No Team Found in Archive)`),
			pat("found in the archive", `\bspecified and no team ?ID found in the archive\b`),
			// Cordova's remote build (taco-remote), asking for build.json's developmentTeam.
			pat("could not find development team", `Could not find development team\.`)},
	},
	{
		ID: "text-no-profiles-found", Title: "No matching provisioning profile", Severity: Error,
		Source:  "Xcode, xcodebuild, fastlane, the .NET iOS SDK (MAUI, Xamarin), codemagic",
		Meaning: "No installed provisioning profile fits this bundle ID, distribution type and signing certificate.",
		Causes: []string{
			"The bundle ID is not registered as an App ID for the team, or the profile is for another bundle ID.",
			"A profile exists on the website but is not installed on this Mac (or CI machine).",
			"The profile's kind does not fit the export method (a development profile for an App Store export).",
			"The profile does not include the signing certificate, or has expired.",
		},
		Confirm: dropProfile,
		Fix:     "Check the profile's app ID, kind, certificates and expiry (drop it here), then install the right one or let automatic signing create it. In CI, install profiles into ~/Library/MobileDevice/Provisioning Profiles (Xcode 16: ~/Library/Developer/Xcode/UserData/Provisioning Profiles).",
		Checks:  []string{chkProfileExpired, chkProfileKind},
		patterns: []pattern{
			// CI steps' words for no profile, or no App ID, for the bundle ID:
			// Codemagic's use-profiles and fetch-signing-files, Apple-Actions'
			// download-provisioning-profiles.
			pat("did not find provisioning profile matching bundle identifier", `Did not find provisioning profile matching bundle identifier\b`),
			pat("did not find bundle ids with identifier", `Did not find Bundle IDs with identifier [A-Za-z0-9*][A-Za-z0-9*-]*\.[A-Za-z0-9.*-]`),
			pat("profiles for bundle ids", `Did not find [A-Z_]{3,40} Profiles for Bundle IDs\b`),
			pat("no applications found with bundle id", `No applications found with bundle id '[^'\n]{1,160}'\.[ \t]*(?m:$)`),
			pat("'active' profiles for bundleid", `Unable to find 'ACTIVE' profiles for bundleId '[^'\n]{1,160}'`),

			// The .NET iOS SDK's CompileEntitlements and EmbedProvisionProfile (a profile named in CodesignProvision that is not installed), its
			// warning when no installed profile fits the bundle ID, and its checks of entitlements that need a profile.
			pat("could not locate the provisioning profile", `Could not locate the provisioning profile with a Name or UUID of\b`),
			pat("installed provisioning profiles match the bundle identifier", `No installed provisioning profiles match the bundle identifier\b`),
			pat("no provisioning profile has been specified", `\bThe app requests the entitlement '[^'\n]{1,200}', but no provisioning profile has been specified\b`),
			pat("require a provisioning profile", `\biCloud entitlements such as '[^'\n]{1,200}' require a Provisioning Profile\b`),
			// Godot's Mac App Store preset without a profile.
			pat("provisioning profile is required for app store distribution", `\bProvisioning profile is required for App Store distribution\b`),
			// Xcode 4: "Code Sign error: No unexpired provisioning profiles
			// found that contain any of the keychain's signing certificates".
			pat("no unexpired provisioning profiles", `No unexpired provisioning profiles found(?: that contain any of the keychain.s signing certificates)?`),
			pat("requires a provisioning profile.", `requires a provisioning profile\.`),
			// Xcode 4's form, and -exportArchive's step that looks for profiles and
			// certificates (a summary: the reason it prints next is the diagnosis).
			pat("could not be found", `a valid provisioning profile matching the application's Identifier '(?P<bundle_id7>[^'\n]{1,160})' could not be found`),
			summaryPat("locating signing assets failed", `Locating signing assets failed`),
			// corber's warning for a Cordova project whose build.json gave no profile.
			pat("no provisioning profile has been selected", `configured for manual signing, but no provisioning profile has been selected`),
			// Unreal Engine's iOS packaging.
			pat("provision not found", `Provision not found\. A provision is required`),
			// Apple's developer services to a sideloading signer (AltSign in
			// AltStore, SideStore) asking for a profile by an identifier.
			pat("no provisioning profile with the requested identifier", `There is no provisioning profile with the requested identifier on this team\b`),

			pat("no profiles for", `No profiles for (?:'(?P<bundle_id>[^']{1,160})' were found|(?P<bundle_id5>[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+){2,8}))`),
			pat("provisioning profiles", `No (?:matching )?provisioning profiles? (?:found|with a valid signing identity|matching)`),
			pat("no matching profiles found", `No matching profiles found for bundle identifier "(?P<bundle_id2>[^"]{1,160})"`),
			pat("find any", `couldn['’]t find any (?:[A-Za-z ]{1,40})?provisioning profiles?(?:\s+matching(?: '(?P<bundle_id3>[^']{1,160})'| the app)?)?`),
			// Xcode 8's singular form.
			pat("couldn't find a provisioning profile matching", `Xcode couldn't find a provisioning profile matching '(?P<bundle_id6>[^'\n]{1,160})'`),
			// Retold with the kind: "`xcodebuild -exportArchive` could not
			// find distribution profiles for `app.example`".
			pat("find", `\b(?:could not|couldn'?t|cannot|can'?t) find (?:any )?(?:distribution|development|ad[- ]hoc|app store|enterprise) (?:provisioning )?profiles? (?:for|matching)\b`),
			pat("profiles were found", `No valid '[A-Za-z\-]{2,30}' profiles were found`),
			pat("matching '", `No (?:[A-Za-z]{1,12} )?profiles? (?:for team '[^']{1,40}' )?matching '(?P<profile>[^']{1,160})' (?:were )?found`),
			// exportArchive's IDEProfileLocatorErrorDomain Code=4 names the kind
			// in quotes and says no such profile "are installed".
			pat("are installed", `No (?:["“'][A-Za-z ]{2,40}["”'] )?profiles? for team '[^'\n]{1,40}' matching '(?P<profile>[^'\n]{1,160})' are installed`),
			// xcodebuild -exportArchive -exportProvisioningProfile's own words.
			pat("no provisioning profile matches", `\bno provisioning profiles? match(?:es)? ['"‘“](?P<profile3>[^'"’”\n]{1,160})['"’”]`),
			pat("installed provisioning profiles match", `No installed provisioning profiles match the installed (?:[A-Za-z]{1,12} ){0,3}signing identities`),
			// The .NET iOS SDK's (Xamarin, MAUI) wordings.
			pat("could not find any available provisioning profiles", `Could not find any available provisioning profiles\b`),
			// The build settings name a profile by UUID that is not installed.
			pat("no such provisioning profile was found", `however, no such provisioning profile was found`),
			pat("be found", `\bProvisioning profile (?:'[^'\n]{1,160}' )?(?:cannot|can'?t|could not|couldn'?t) be found\b`),
			// The same told in a person's words, ending the sentence ("it
			// says it can not find the provisioning profile.", "Cannot find
			// provisioning profile"), so "can't find the provisioning profile
			// option" (a setting looked for in an IDE) stays unread.
			pat("provisioning profile", `\b(?:cannot|can'?t|can not|could not|couldn'?t) find (?:a |the |any |my )?(?:valid |matching )?provisioning profile(?: for (?:a |the )?(?:release|debug|distribution|development|ad[- ]hoc|app store) build)?[ \t]*(?:[.!]|\n|$)`),
			pat("could not be found", `The specified (?:[A-Za-z]{2,8} )?provisioning profile '(?P<profile2>[^'\n]{1,160})' could not be found`),
			pat("does not match any installed provisioning profile", `Bundle identifier '(?P<bundle_id4>[^'\n]{1,160})' does not match any installed provisioning profile`),
			// flutter's banner, printed after the build error it sums up.
			summaryPat("no provisioning profile was found", `No Provisioning Profile was found for your project.s Bundle\s+Identifier`),
			// flutter's advice after an Xcode issue about a provisioning
			// profile: it only sums up the issue printed before it.
			summaryPat("problem signing your application", `there was a problem signing your application prior to installation on the device`),
			// flutter config's saved profile gone, or none to choose from.
			pat("unable to find saved provisioning profile", `Unable to find saved provisioning profile \S`),
			// eas-cli: the profile it stored is not among the App ID's on the portal.
			pat("with profile id", `\b(?:Failed to|Could not) find profile (?:for bundle identifier "[^"\n]{1,160}" )?with profile id "[^"\n]{1,64}"`),
			pat("no provisioning profiles were found", `No provisioning profiles were found\. To learn how to create or download a provisioning profile`),
			// codemagic's fetch-signing-files.
			pat("did not find matching provisioning profiles", `Did not find matching provisioning profiles for code signing`),
			// The recovery suggestion after "No profiles for … were found", alone
			// where a wrapper prints it on its own lines.
			pat("automatic signing is disabled and unable to", `Automatic signing is disabled and unable to\s+generate a profile`),
			// Xcode's export (Xcode Cloud's among them) where the target's App ID
			// is not registered: "Automatic signing cannot register bundle
			// identifier", also retold with "could not".
			// fastlane: gym's reading of xcodebuild's failure, and match's
			// for a bundle ID with no App ID on the team.
			pat("doesn't exist on your local machine", `defines a provisioning profile which doesn't exist on your local machine`),
			pat("installed on the local machine", `You don't have (?:the|a) provisioning profile for (?:the bundle identifier )?'(?P<bundle_id8>[^'\n]{1,160})' installed on the local machine`),
			// gym's advice after those two lines, pasted without them: said
			// only when no profile for the app is on the machine.
			pat("have the profile on this computer", `Make sure you have the profile on this computer and it's properly installed`),
			pat("to download and install the provisioning profile", `You can use sigh \(https?://[^)\s]{1,120}\) to download and install the provisioning profile`),
			pat("could not find provisioning profile with the name", `Could not find provisioning profile with the name '(?P<profile4>[^'\n]{1,160})'`),
			// rules_apple: its local profile finder, and its rules when a
			// device build names no provisioning_profile.
			pat("no provisioning profile was found named", `\bno provisioning profile was found named '(?P<profile5>[^'\n]{1,160})'`),
			pat("either local or fallback provisioning profiles must exist", `\bEither local or fallback provisioning profiles must exist\b`),
			pat("provisioning_profile attribute", `\bThe provisioning_profile attribute must be set for device builds\b|\bBuilding for device, but no provisioning_profile attribute was set\b`),
			pat("valid provisioning for each required target", `Make sure to pass a valid provisioning for each required target`),
			pat("needs to exist in order to create a provisioning profile", `An app with that bundle ID needs to exist in order to create a provisioning profile`),
			pat("couldn't find bundle identifier", `Couldn't find bundle identifier '(?P<bundle_id9>[^'\n]{1,160})' for the user\b`),
			// No profile was ever installed on this Mac: a tool reading the
			// profiles folder finds no folder (Node's ENOENT, ls). A named
			// profile file that is missing is not this.
			pat("provisioning profiles", `ENOENT: no such file or directory, (?:scandir|lstat|stat|open) ['"]?[^'"\n]{0,200}?/Library/(?:MobileDevice|Developer/Xcode/UserData)/Provisioning Profiles/?['"]?(?:[^/\w]|$)|/Library/(?:MobileDevice|Developer/Xcode/UserData)/Provisioning Profiles/?['"]?: No such file or directory`),
			// NativeScript's table of the profiles that fit the app, its
			// bottom border right under the header: no profile fits.
			pat("provision name / provision uuid / app id", `Provision Name / Provision UUID / App Id\s*│(?:[^│└├┼\n]{1,40}│){3}\s*└`),
			// The cause retold: xcodebuild run without -allowProvisioningUpdates
			// (a tool passing it to one command and not the other) and failing,
			// or Xcode falling back to provisioning updates for a target that
			// had no profile of its own, and failing.
			pat("-allowprovisioningupdates", `-allowProvisioningUpdates(?: flag)? (?:isn'?t|wasn'?t|is not|was not|never) (?:being )?(?:passed|set|given|added|used|forwarded)\b[^.\n]{0,160}?\b(?:errors? out|errored|fail(?:s|ed|ing)?)\b|\bwithout (?:the )?-allowProvisioningUpdates\b[^.\n]{0,120}?\b(?:errors? out|errored|fail(?:s|ed|ing)?)\b`),
			pat("fell back to", `\bfell back to (?:automatic signing|automatic provisioning|provisioning updates)\b(?:[^.\n]|\.\S){0,160}?\bfail(?:s|ed)?\b`),
			pat("automatic signing cannot register", `Automatic signing (?:cannot|can't|could not|couldn't) register (?:the )?(?:bundle identifier |bundle ID |App ID )?["'`+"`"+`]?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+){1,8}["'`+"`"+`]?`),
		},
	},
	{
		ID: "text-profile-doesnt-support", Title: "Profile does not support a capability", Severity: Error,
		Source:  "Xcode, App Store Connect upload",
		Meaning: "The app uses a capability (App Groups, Push Notifications, iCloud…) that the provisioning profile does not carry.",
		Causes: []string{
			"The capability is not enabled for the App ID on the developer website.",
			"The profile was generated before the capability was added and has not been regenerated.",
			"The App ID is a wildcard (TEAMID.*), which cannot carry capabilities such as App Groups, Push or iCloud.",
			"The capability is not available to this kind of team or distribution (a free personal team, Developer ID for some capabilities).",
		},
		Confirm:    dropProfEnt,
		Fix:        "Enable the capability on the explicit App ID, regenerate and download the profile (automatic signing does this when the account has the right role), then archive again.",
		Checks:     []string{chkEntNotInProfile, chkProfileWildcard},
		Supersedes: []string{"text-failed-qualification"},
		patterns: []pattern{
			pat("support", `\bprofile (?:"[^"]{0,160}" )?(?:doesn't|does not) support\b`),

			pat("requires a provisioning profile with the", `requires a provisioning profile with the (?P<capability2>[A-Za-z0-9 &.,\-]{2,160}?) features?`),
			// The same message cut inside the capability's name where the paste ends.
			pat("requires a provisioning profile with the", `requires a provisioning profile with the [A-Za-z0-9 &.,\-]{1,160}\s*\z`),
			// The team's name quoted, in braces or bare, the commas around
			// "including" and "the" dropped where it is retyped, and a list
			// of capabilities ("the A, B, and C capabilities").
			pat("personal development teams", `Personal development teams(?:,? including (?:"[^"\n]{0,120}"|\{[^}\n]{0,60}\}|[^,"\n]{1,60}?),?)? do not support (?:the )?(?P<capability3>[A-Za-z0-9 &.,\-]{2,160}?) capabilit`),
			// Xcode can only fail to create a Developer ID profile for a
			// capability Developer ID does not carry; no devices are involved.
			pat("cannot create a developer id", `Cannot create a Developer ID provisioning profile for`),
			pat("is not available for", `The (?P<capability4>[A-Za-z0-9 &.\-]{2,60}?) capability is not available for (?P<profile_kind>[A-Za-z ]{2,40}?) provisioning profiles`),

			pat("doesn't support", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" (?:doesn't|does not)|doesn't) support (?:the )?(?P<capability>[A-Za-z0-9 &.\-]{2,60}?)(?: capability)?(?:\.|,|$| and | Profile| Provisioning| An | The )`),
			pat("capability", `(?:Provisioning profile "(?P<profile2>[^"]{1,160})" )?(?:doesn't|does not) (?:support|include) (?:the )?(?P<capability2>[A-Z][A-Za-z0-9 &.\-]{1,60}?) capability\b`),
			pat("your development team", `Your development team, "[^"\n]{1,120}", (?:doesn't|does not) support the (?P<capability5>[A-Z][A-Za-z0-9 &.,\-]{1,160}?) capabilit(?:y|ies)\b`),
			// How people report it: a profile that lacks (or is without) the
			// capability.
			pat("capability", `\bprofile\b[^.\n]{0,160}?\b(?:lacks|lacking|lacked|without) (?:the )?(?P<capability6>[A-Z][A-Za-z0-9 &.\-]{1,60}?) capability\b`),
			// ...or that did not have it ("the current provisioning didn't
			// had the carplay capability"), "provisioning" standing for the profile.
			pat("capability", `\b(?:profile|provisioning)\b[^.\n]{0,160}?\b(?:didn'?t|doesn'?t|did not|does not) (?:had|have|has|include|contain|carry) (?:the )?(?P<capability7>[A-Z][A-Za-z0-9 &.\-]{1,60}?) capability\b`),
		},
	},
	{
		ID: "text-profile-missing-entitlement", Title: "Profile does not include an entitlement the app claims", Severity: Error,
		Source:  "Xcode",
		Meaning: "The app's entitlements claim a key that the provisioning profile does not authorise, so Xcode refuses to sign with that profile.",
		Causes: []string{
			"The matching capability is not enabled on the App ID, or the profile predates it.",
			"The capability is not available to the team (a free personal team supports only a few), or needs Apple's approval first (managed capabilities).",
			"The entitlements file names a key by hand that the project's capabilities do not include.",
		},
		Confirm:    dropProfEnt,
		Fix:        "Enable the capability on the App ID and regenerate the profile, or remove the key from the .entitlements file if the app does not need it.",
		Checks:     []string{chkEntNotInProfile},
		Supersedes: []string{"text-automatic-signing-failed"},
		patterns: []pattern{
			// The .NET iOS SDK's CompileEntitlements (MT7140, and its iCloud warning).
			pat("does not contain this entitlement", `\bThe app requests the entitlement '(?P<entitlement>[^'\n]{1,200})', but the provisioning profile '(?P<profile>[^'\n]{1,200})' does not contain this entitlement\b`),
			pat("is not supported by the provisioning profile", `\bThe iCloud entitlement '(?P<entitlement>[^'\n]{1,200})' is not supported by the Provisioning Profile\b`),
			pat("include the", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) include the (?P<entitlements>`+entitlementList+`) entitlements?`),
			pat("entitlement", `(?:is|are) missing (?:the )?(?P<entitlement2>com\.apple\.[A-Za-z0-9.\-]+) entitlement`),
			// Xcode's line cut before "entitlement" (an excerpt, a clipped paste).
			pat("include the com.apple.", `Provisioning profile "[^\n]{1,200}?" (?:doesn't|does not) include the com\.apple\.`),
			pat("entitlements", `\bprovisioning profile\b[^"\n]{0,40}?(?:doesn't|does not) match the (?:application|app)['’]?s entitlements`),
			// Retold: the profile "rejects" or "won't accept" a developer
			// key the app claims, the key named before or after.
			pat("com.apple.developer.", `\b(?P<entitlement6>com\.apple\.developer\.[A-Za-z0-9_.\-]{3,100})\b[^.\n]{0,160}?\bprovisioning profiles? (?:rejects?|refuses?|won['’]?t accept|will not accept|does(?:n['’]?t| not) (?:accept|allow)) (?:it|them)\b|\bprovisioning profiles? (?:rejects?|refuses?|won['’]?t accept|will not accept|does(?:n['’]?t| not) (?:accept|allow)) (?:the )?[\x60"'“]?(?P<entitlement7>com\.apple\.developer\.[A-Za-z0-9_.\-]{3,100})`),
			// An Apple key in quotes, as people and some Xcode versions quote it.
			pat("include the", `(?:Provisioning profile ["“](?P<profile2>[^"”]{1,160})["”] )?(?:doesn't|doesn’t|does not) include the ["“'](?P<entitlement5>com\.apple\.[A-Za-z0-9_.\-]{3,120}|aps-environment|keychain-access-groups|(?:com\.apple\.)?application-identifier|get-task-allow|beta-reports-active)["”'] entitlement`),
			pat("allowed the specified entitl", `None of the valid provisioning profiles allowed the specified entitl(?:ements: (?P<entitlements2>`+entitlementList+`))?`),
			// Automatic signing's list of what no profile it could make
			// grants: "Missing A, B, and C entitlements."
			pat("entitlements", `\bMissing (?P<entitlements3>[A-Za-z0-9_.\-]{3,120}(?:(?:,? and|,) [A-Za-z0-9_.\-]+){1,15}) entitlements\b`),
			// Automatic signing on a key no capability of the team grants
			// (a restricted or misspelt one).
			pat("could not be included in profile", `\bEntitlement (?:(?P<entitlement3>[a-z][A-Za-z0-9_.\-]{2,120}) |\S{1,3} )?not found and could not be included in profile`),
			// Telegram's build script, when none of the profiles handed to
			// it carries aps-environment (or none was found where it looks).
			pat("in the provided provisioning profiles", `Could not find a valid (?P<entitlement4>[A-Za-z0-9_.\-]{3,100}) entitlement in the provided provisioning profiles`),
			// rules_apple's plisttool: a key the profile does not have.
			pat("but the profile does not have this key", `\buses entitlements with the "(?P<entitlement6>[^"\n]{1,120})" key, but the profile does not have this key\b`),
			pat("but it does not exist in the profile", `\bthe entitlements file has "(?P<entitlement7>[^"\n]{1,120})" \("[^"\n]{0,40}"\) but it does not exist in the profile\b`),
			// The same retold, the entitlement named earlier: "the Ad-Hoc
			// provisioning profile does not include this special entitlement".
			pat("provisioning profile", `\bprovisioning profiles?\b[^.\n"]{0,30}?(?:(?:doesn't|does not|don't|do not) include|lacks?) (?:this|that|the) (?:special |managed |restricted |required )?entitlement\b`),
		},
	},
	{
		ID: "text-profile-entitlement-value", Title: "Profile and entitlements disagree on an entitlement's value", Severity: Error,
		Source:  "Xcode (export, Direct Distribution)",
		Meaning: "Both claim the same entitlement, with values that differ: the profile allows one set of values and the entitlements file asks for another.",
		Causes: []string{
			"Network Extension outside the Mac App Store: a Developer ID profile authorises the -systemextension values (packet-tunnel-provider-systemextension…), while Xcode's entitlements say packet-tunnel-provider.",
			"An app group, iCloud container or keychain group in the entitlements is not one of the values the profile lists.",
			"aps-environment or icloud-container-environment says development in a distribution build (or the reverse).",
		},
		Confirm:    dropProfEnt,
		Fix:        "Make the entitlements ask for a value the profile allows. For Developer ID network extensions, set the value with the -systemextension suffix in the entitlements used for the export (Xcode sets it when exporting for Developer ID; with codesign, pass an entitlements file that has it).",
		Checks:     []string{chkEntNotInProfile, chkEntNetworkExt},
		Supersedes: []string{"text-failed-qualification"},
		patterns: []pattern{
			// The .NET iOS SDK's CompileEntitlements (MT7137).
			pat("grants it for the value", `\bThe app requests the entitlement '(?P<entitlement>[^'\n]{1,200})' with the value '[^'\n]{0,200}', but the provisioning profile '(?P<profile>[^'\n]{1,200})' grants it for the value\b`),
			pat("doesn't match the entitlements", `(?:doesn't|does not) match the entitlements file's values? for the (?P<entitlements>`+entitlementList+`) entitlements?`),
			// The same with the entitlement's prefix elided ("the ... userclient-access entitlement").
			pat("doesn't match the entitlements", `(?:doesn't|does not) match the entitlements file['’]s values? for the (?:\.\.\.|…) ?[A-Za-z0-9_.\-]{3,120} entitlements?`),
			// The same retold: "a provisioning profile mismatch for" an entitlement.
			pat("provisioning profile mismatch for", `\bprovisioning profile mismatch for (?P<entitlements2>com\.apple\.[A-Za-z0-9_.\-]{3,120})`),
			// rules_apple's plisttool, checking the entitlements against the
			// profile: a value that differs, one not in the profile's list,
			// an app group the profile does not list. application-identifier
			// is the App ID's (text-profile-app-id-mismatch).
			pat("did not match the value in the provisioning profile", `\bthe entitlement value for "(?P<entitlement5>[^"\n]{1,120})" \("[^"\n]{0,200}"\) did not match the value in the provisioning profile\b`),
			pat("is not in the provisioning profiles potential values", `\bthe entitlement value for "(?P<entitlement6>[^"\n]{1,120})" \("[^"\n]{0,200}"\) is not in the provisioning profiles potential values\b`),
			pat("did not match", `\bthe entitlements "(?P<entitlement7>beta-reports-active|aps-environment|get-task-allow|keychain-access-groups|com\.apple\.(?:developer|security)\.[A-Za-z0-9_.\-]{3,120})" \("[^"\n]{0,200}"\) did not match (?:the value in )?the provisioning profile\b`),
			pat("but the profile does not support it", `\buses entitlements "(?P<entitlement8>[^"\n]{1,120})" value of "[^"\n]{0,200}", but the profile does not support it\b`),
		},
		hints: func(vals []Value) []string {
			if hasValue(vals, "entitlement", "com.apple.developer.networking.networkextension") {
				return []string{"For Developer ID distribution the profile allows only the -systemextension forms of the Network Extension values (packet-tunnel-provider-systemextension, app-proxy-provider-systemextension…)."}
			}
			return nil
		},
	},
	{
		ID: "text-failed-qualification", Title: "Provisioning profile failed qualification", Severity: Error,
		Source:  "Xcode, App Store Connect upload",
		Meaning: "The profile chosen for signing or upload does not qualify for this app: something the app needs, the profile lacks. The reason follows the message.",
		Causes: []string{
			"The app claims an entitlement or capability the profile does not authorise (App Groups is the most common).",
			"The profile does not include the signing certificate.",
			"The profile's kind does not fit the distribution (development or ad hoc for App Store, App Store for Developer ID).",
			"The profile is for another App ID or team.",
		},
		Confirm:  dropProfEnt,
		Fix:      "Read the reason after 'failed qualification', compare the profile with the entitlements (drop both here), enable what is missing on the App ID and regenerate the profile.",
		Checks:   []string{chkEntNotInProfile, chkProfileKind},
		patterns: []pattern{pat("failed qualification", `(?:Provisioning profile (?:"(?P<profile>[^"]{1,160})" )?)?failed qualification(?: checks)?`)},
	},
	{
		ID: "text-profile-app-id-mismatch", Title: "Profile is for another App ID", Severity: Error,
		Source:  "Xcode",
		Meaning: "The profile's application identifier does not cover the target's bundle ID.",
		Causes:  []string{"The bundle ID was changed after the profile was made.", "The wrong profile is selected (another app's, or another team's).", "The profile is for an explicit App ID and the bundle ID differs by a suffix (extensions need their own profile)."},
		Confirm: dropProfile,
		Fix:     "Select or create a profile whose App ID matches the bundle ID exactly (or a wildcard that covers it, when no capability needs an explicit one).",
		Checks:  []string{chkBundleIdentifier},
		patterns: []pattern{
			// iOS App Signer, when a new bundle ID is not the profile's App ID.
			pat("provisioning profile won't allow it", `\bUnable to change App ID to [^\s,]{1,160}, provisioning profile won'?t allow it\b`),

			// fastlane's gym on xcodebuild's "Provisioning profile does not match bundle identifier".
			pat("doesn't match the bundle identifier of your app", `defines a provisioning profile that doesn't match the bundle identifier of your app`),
			pat("does not match", `has (?:an )?app ?ID (?:of )?"(?P<app>[^"]{1,160})",? which does not match (?:the|your) bundle (?:ID|identifier) "(?P<bundle_id>[^"]{1,160})"`), pat("does not match specified provisioning profile", `bundle identifier '(?P<bundle_id2>[^']{1,160})' does not match specified provisioning profile '(?P<profile>[^']{1,160})'`),
			// eas-cli's check of the stored profile.
			pat("wrong bundleidentifier found in provisioning profile", `Wrong bundleIdentifier found in provisioning profile; expected: (?P<bundle_id>[^,\s]{1,160}), found \(in provisioning profile\): (?P<app>[^\s]{1,160})`),
			// rules_apple's plisttool (the profile's application-identifier,
			// or the bundle_id against it) and Tuist's signing linter; app is
			// the profile's App ID.
			// Xcode's own: the profile's App ID against the entitlement.
			pat("for the application-identifier entitlement", `(?:doesn't|doesn’t|does not) match the entitlements file['’]s value for the (?:com\.apple\.)?application-identifier entitlement`),
			pat("application-identifier", `\bthe entitlements "(?:com\.apple\.)?application-identifier" \("[^"\n]{1,160}"\) did not match the value in the provisioning profile \("(?P<app2>[^"\n]{1,160})"\)`),
			pat("did not match the id in the entitlements", `\bthe bundle_id \("(?P<bundle_id2>[^"\n]{1,160})"\) did not match the id in the entitlements(?: \("(?P<app4>[^"\n]{1,160})"\))?`),
			pat("make sure the provisioning profile has been added to the right target", `\bApp id (?P<app3>\S{3,160}) does not correspond to \S{3,160}\. Make sure the provisioning profile has been added to the right target\b`)},
	},
	{
		ID: "text-profile-expired", Title: "Provisioning profile has expired", Severity: Error,
		Source:  "Xcode, iOS, macOS",
		Meaning: "The profile is past its ExpirationDate; the system no longer honours it.",
		Causes:  []string{"A free personal team's profile lasts 7 days.", "Paid development and distribution profiles last a year, or until their certificate expires.", causeEnterpriseExpired},
		Confirm: dropProfile,
		Fix:     "Regenerate and download the profile (Xcode does it for automatic signing), rebuild, and reinstall the app.",
		Checks:  []string{chkProfileExpired, chkProfileFreeTeam},
		patterns: []pattern{
			// Bitrise's profile printer (go-xcode's profileutil).
			pat("validity ended at", `provisioning profile is not valid anymore, validity ended at\b`),
			pat("provisioning has", `\b(?:this|the|my|your|its|our) provisioning (?:has|had) (?:already )?expired\b`), pat("expired", `(?:provisioning profiles? (?:"(?P<profile>[^"]{1,160})" |included in the bundle |used |in use )?|profile "(?P<profile2>[^"]{1,160})" |\bthe profile )(?:has |have |had |is |are )?(?:been )?expired(?: on)?\b`), pat("is expired", `Provisioning profile "(?P<profile>[^"\n]{1,160})" \([A-Za-z0-9]{4,40}\) is expired\b`), pat("has expired", `\bThe provisioning profile (?P<profile3>[^"\n.]{1,160}?) has expired\.`), pat("expirationdate", `provisioning profile ExpirationDate \("?[0-9T:\-]{4,30}"?\) is in the past`), pat("0xe8008011", mdHexStart+`0xe8008011`+mdCodeEnd), codePat("-402620399", mdDecStart+`-402620399`+mdCodeEnd)},

		Supersedes: overInstallerFailure,
	},
	{
		ID: "text-free-team-limit", Title: "Free personal team limits", Severity: Warning,
		Source:  "Xcode, iOS installer",
		Meaning: "Signing with an Apple ID that is not in the paid Apple Developer Program (a 'Personal Team') comes with limits: profiles that last 7 days, a few apps per device at a time, and only 10 new App IDs every 7 days.",
		Causes: []string{
			"The build is still signed with the Personal Team, even though a paid membership exists (select the paid team in Signing & Capabilities).",
			"The paid membership is not active yet (enrolment pending or payment not processed); the portal then shows no paid team.",
			"Too many free-provisioned apps are installed on the device.",
			"A free team cannot create app groups or iCloud containers; Xcode then says the account does not have sufficient permissions to modify containers (a paid team's member without the Admin role is told the same).",
			causeFreeProfileInstallSource,
		},
		Confirm: dropProfile + " — a 7-day TimeToLive and a 'Team Provisioning Profile' name mean a free team",
		Fix:     "Select the paid team in Xcode; check the membership at https://developer.apple.com/account. With a free team, delete older sideloaded apps or wait for the App ID quota to refresh.",
		Checks:  []string{chkProfileFreeTeam},
		patterns: []pattern{
			// AltServer, AltStore and SideStore on a free Apple ID: 3 active
			// apps a device, App IDs counted against the week's 10, one
			// development certificate.
			pat("non-developer apple id", `\bmore than (?:3|three) apps with a non-developer Apple ID\b|\bnon-developer Apple IDs are limited to (?:3|three) apps\b|\bdeactivate a sideloaded app (?:with [A-Za-z]{2,20} )?in order to install another\b`), pat("app id slots", `\brequires \d+ App IDs, but (?:none are|only \d+ (?:is|are)) available\b|\bDelete sideloaded apps to free up App ID slots\b`), pat("free developer accounts are limited to", `\bFree developer accounts are limited to (?:1|one) active signing certificate\b`),
			pat("only available to users enrolled", `['‘"“][^'’"”\n]{1,60}['’"”] feature is only available to users enrolled in (?:the )?Apple Developer Program`), pat("free development profiles", `maximum number of apps for free development profiles`), pat("free developer profile", `maximum number of installed apps using a free developer profile`), pat("app id limit", `maximum App ID limit has been reached|App ID limit in ["']?\d+["']? days has been exceeded|register \d+ App ID'?s every \d+ days`), pat("day", `(?:only|up to) (?:sign|install|run|have) (?:3|three) apps|(?:restricted|limited) to 7[- ]day (?:certificates|profiles|provisioning)`), pat("not enough available app ids", `Not enough available app IDs\. \d+ (?:is|are) required, but only \d+ (?:is|are)\s+available`), pat("0xe8008021", mdHexStart+`0xe8008021`+mdCodeEnd), codePat("-402620383", mdDecStart+`-402620383`+mdCodeEnd), pat("sufficient permissions to modify containers", `does not have sufficient permissions to modify containers`), pat("app ids within", `cannot register more than \d+ App IDs within a \d+[- ]day period`),
			// The title of AltServer's alert for a free Apple ID's 3 active apps
			// (ALTServerError.maximumFreeAppLimitReached), as users retell it;
			// any web service's quota in the same words is skipped unless the
			// paste names a sideloading tool (context_lookalikes.go).
			pat("maximum app limit", `\bmaximum app limit (?:has been |was |is )?reached\b`),
			// The week's 10 App IDs retold in Japanese: "7日間に10個までしか
			// プロジェクトを作れない", "App IDは7日間で10個まで".
			pat("7日間に10個", `(?:App ?ID|アプリ|プロジェクト)[^\n]{0,40}?(?-i:7日間?(?:で|に)10(?:個|件))|(?-i:7日間?(?:で|に)10(?:個|件))[^\n]{0,20}?(?:App ?ID|アプリ|プロジェクト)`),
			// installd: an app signed with a free team's profile, sent by an
			// installer other than Xcode (a CLI deploy, Apple Configurator).
			pat("authorized by a free provisioning profile", `\bauthorized by a free provisioning profile,? but apps validated by (?:those|them) are not allowed to be installed\b`)},

		Supersedes: overInstallerFailure,
	},
	{
		ID: "text-automatic-signing-failed", Title: "Xcode automatic signing failed", Severity: Error,
		Source:  "Xcode (Signing & Capabilities), Visual Studio's automatic provisioning",
		Meaning: "Xcode could not create or download a profile for the target; the lines after this one give the reason.",
		Causes: []string{
			"The profile lacks an entitlement the target claims (the capability is not enabled, not available to the team, or awaiting Apple's approval).",
			"The Apple ID has no role that allows creating profiles, or no devices are registered.",
			"The bundle ID belongs to another team.",
		},
		Confirm: dropProfEnt,
		Fix:     "Read the reason below the message; open the Report navigator's 'Update Signing' report for details.",
		Checks:  []string{chkEntNotInProfile},
		patterns: []pattern{pat("automatic signing failed", `Automatic signing failed`), pat("failed to provision this target", `Xcode failed to provision this target`),
			// Visual Studio's automatic provisioning (Hot Restart, paired
			// Mac), also pasted as "whilte".
			pat("trying to automatically provision the project", `\berror whil(?:e|te) trying to automatically provision the project,? please check the logs\b`), pat("failed to resolve the issue", `Xcode failed to resolve the issue\. Check your code signing settings`),
			// Xcode 9 onward, when a profile cannot carry what the entitlements file asks.
			pat("unable to resolve an issue with the", `Automatic signing is unable to resolve an issue with the "[^"\n]{1,160}" target's entitlements`)},
	},
	{
		ID: "text-bundle-id-unavailable", Title: "Bundle identifier belongs to another team", Severity: Error,
		Source:  "Xcode (automatic signing)",
		Meaning: "App IDs are unique across all teams; this bundle ID is already registered by another team, so Xcode cannot register it for yours.",
		Causes:  []string{"A sample project or template kept its original bundle ID.", "Another of your accounts (a personal team, an old team) registered it.", "Someone else genuinely owns the name."},
		Confirm: dropNoFile,
		Fix:     "Change the bundle identifier to one under your own reverse-DNS name (for example com.yourcompany.app), or sign with the team that owns it.",
		patterns: []pattern{
			// AltSign (AltStore, SideStore): the portal's 9401, the App ID taken.
			pat("already been registered", `\bbundle identifier for this app has already been registered\b`),
			pat("cannot be registered to your development team", `(?:The app (?:identifier|ID) "?(?P<bundle_id>[^" ]{1,160})"? )?cannot be registered to your development team`), pat("failed to register bundle identifier", `Failed to register bundle identifier`),
			// Xcode's issue title, pasted without its sentence.
			pat("failed registering bundle identifier", `\bFailed Registering Bundle Identifier\b`),
			// eas-cli's words for Apple's "is not available".
			pat("is not available to team", `\bThe (?:App Clip )?bundle identifier (?P<bundle_id>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+){1,8}) is not available to team\b`),
			// flutter's check of the template's com.example bundle ID, which
			// no team can register.
			pat("default signing identifier", `your application still contains the default signing identifier`),
			pat("is not available", `An App ID with Identifier ['"]?<?(?P<bundle_id>[^'"<> ]{1,160})>?['"]? is not available`),
			// Xcode's error retold in Russian: the bundle identifier "is already
			// taken and cannot be registered".
			pat("уже занят", `\bBundle ?Id(?:entifier)?\b[^\n]{0,160}?(?-i:уже занят)`),
			// And in Chinese: the bundle ID "has already been taken (registered)
			// by someone else".
			pat("已被占用", `\bBundle ?Id(?:entifier)?\b[^\n]{0,40}?(?-i:已(?:经|經)?被(?:别人|別人|他人|其他人|其他团队|其他團隊)?(?:提前|提早)?(?:占用|佔用|注册|註冊))`)},
	},
	{
		ID: "text-no-devices", Title: "No registered devices for a development profile", Severity: Error,
		Source:  "Xcode (automatic signing)",
		Meaning: "A development profile must list at least one device, and the team has none registered.",
		Causes:  []string{"No device has been connected to Xcode with this team selected.", "The devices were removed or the membership year reset the list."},
		Confirm: dropNoFile,
		Fix:     "Connect a device and select it as the run destination (Xcode registers it), or add its UDID in Certificates, Identifiers & Profiles > Devices.",
		Checks:  []string{chkProfileDevice},
		patterns: []pattern{pat("no devices from which", `(?:Your team has |\bhave )?no devices from which to generate a provisioning profile`), pat("your team has no devices", `Your team has no devices(?:["”'.]|\s*$)`), pat("no devices registered", `There are no devices registered in your account`), pat("no current", `There are no current (?:[A-Za-z_]+ )?devices on this team`),
			// eas-cli, after asking to register devices for an ad hoc build.
			pat("there are still no registered devices", `There are still no registered devices\b`),
			// Retold in a CI fix: a development profile "requires a
			// registered device — the CI account has none".
			pat("registered device", `\b(?:requires?|needs?) (?:a |at least one )?registered devices?\b[^\n.]{0,60}?\b(?:has|have) none\b`)},
	},
	{
		ID: "text-device-limit", Title: "The team's device limit is reached", Severity: Error,
		Source:  "Apple's developer services (Xcode, the developer website, sideloading tools that register devices)",
		Meaning: "A team can register only so many devices of each kind (iPhone, iPad, Apple TV, Apple Watch, Mac, Apple Vision Pro) in a membership year, and a device it signs for must be registered; this one could not be added.",
		Causes: []string{
			"The team has registered as many devices of that kind as its membership year allows (100 of each kind for a paid team); devices disabled on the website still count until the membership renews.",
			causeDeviceLimitFreeAppleID,
		},
		Confirm:  dropNoFile,
		Fix:      "In Certificates, Identifiers & Profiles > Devices, see how many devices of that kind are registered; disable the ones no longer used and remove them when the membership renews (Apple offers it then), or register the device with another team. With a free Apple ID, sign with the Apple ID the device is already registered with, or with another one.",
		patterns: []pattern{pat("maximum number of", `\bteam has (?:already )?reached the maximum number of (?:iPhone|iPad|iPod(?: touch)?|Apple TV|Apple Watch|Apple Vision(?: Pro)?|Mac|watchOS|tvOS|visionOS) devices\b`)},
	},
	{
		ID: "text-eas-credentials-not-set-up", Title: "EAS Build has no signing credentials for a target", Severity: Error,
		Source:  "EAS Build (eas build, --non-interactive in CI, --local)",
		Meaning: "EAS Build sets up a distribution certificate and a provisioning profile for each target (the app and every extension), on an App ID it finds or registers on Apple's developer portal; a non-interactive build can only reuse the ones EAS already stores. For at least one target it has none and could not make them, so it stops before compiling.",
		Causes: []string{
			"A target was added (a widget, share or notification-service extension) whose bundle ID has never had credentials stored on EAS.",
			"The stored certificate or profile was deleted, revoked or has expired, and a non-interactive run cannot make a new one.",
			"Credentials were set up for another build profile or bundle ID than the one this build uses.",
			"An extension target EAS was not told about, or whose bundle ID a config plugin left unset (\"undefined.…\" in the list of targets): EAS then looks up App IDs that do not exist on the portal (\"Failed to find Bundle ID item\"). Declare each extension under extra.eas.build.experimental.ios.appExtensions (targetName, bundleIdentifier, entitlements) or fix the plugin's bundle ID, then build again.",
		},
		Confirm: dropNoFile,
		Fix:     "Run the build once interactively (`eas build -p ios` without --non-interactive) and log in to Apple when asked, or run `eas credentials -p ios` and set up the build credentials for every target; with credentialsSource \"local\", list each target's profile and certificate in credentials.json. Later CI runs then reuse them.",
		Checks:  []string{chkProfileCerts},
		patterns: []pattern{pat("credentials are not set up", `Credentials are not set up\. Run this command again in interactive mode`),
			// The App ID lookup on Apple's portal failing while EAS sets up credentials.
			pat("failed to find bundle id item", `Failed to find Bundle ID item with identifier`),
			// The same stop in eas-cli's other words: no Apple login in CI,
			// --freeze-credentials, no credentials for internal distribution,
			// an iOS part missing from credentials.json.
			pat("non-interactive mode", `Authentication with an ASC API key is required in non-interactive mode|EAS CLI couldn't find any credentials suitable for internal distribution`),
			pat("--freeze-credentials", `Credentials cannot be modified\. Run this command again without the --freeze-credentials flag`),
			pat("ios credentials are missing in credentials.json", `iOS credentials are missing in credentials\.json`),
			// Retold: on EAS a (widget, extension) target "does not have its
			// own App ID and provisioning profile".
			pat("own", `\bEAS\b[^\n]{0,120}?\b(?:target|extension)s?\b[^.\n]{0,60}?\b(?:does not|doesn'?t|did not|didn'?t|do not|don'?t) have (?:its|it'?s|their|an?) own (?:App ID|bundle ID|bundle identifier|provisioning profile)`)},
	},
	{
		ID: "text-eas-capability-sync-failed", Title: "Apple refused a change to the App ID's capabilities", Severity: Error,
		Source:  "EAS Build, eas credentials, xtool dev (capability sync with Apple's developer portal)",
		Meaning: "Before it makes a provisioning profile, the tool (EAS, xtool) turns the App ID's capabilities on Apple's developer portal on and off to match the entitlements of the app config; Apple refused the change, so no profile was made and the build stopped.",
		Causes: []string{
			"The App ID has a capability set up by hand that the app config does not declare (Sign in with Apple grouped with another primary App ID, App Groups, iCloud containers), and Apple refuses to remove or change it: \"The bundle … cannot be deleted\".",
			"The Apple ID's role may not edit App IDs, or the capability needs Apple's approval first (a managed capability such as Family Controls or CarPlay).",
			"Apple's portal failed for the moment (an internal server error, maintenance): try again later.",
		},
		Confirm: dropNoFile,
		Fix:     "Declare in the app config every capability the App ID should keep (ios.usesAppleSignIn, ios.entitlements, the extension's entitlements), so the sync leaves it as it is; or set the capabilities on the developer website yourself and build with EXPO_NO_CAPABILITY_SYNC=1. Then let EAS make the profile again.",
		patterns: []pattern{
			// Apple's refusal, and EAS's words around it.
			pat("cannot be deleted", `The bundle '?[A-Z0-9]{10}'? cannot be deleted\. Delete all the Apps related to this bundle`),
			pat("failed to sync capabilit", `Failed to sync capabilit(?:ies|y identifiers) (?P<bundle_id>[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+){1,8})`),
			pat("while attempting to update capabilities", `Unexpected error occurred while attempting to update capabilities for app`),
			// The App Store Connect API's answer to a capability change (xtool's
			// generated client names the operation and the status).
			pat("bundleidcapabilities", `\bBundleIdCapabilities(?:Create|Delete|Update)Instance\.Output\.(?:NotFound|Forbidden|Conflict|BadRequest)\b|\bno resource of type \\?'bundleIdCapabilities\\?'`),
		},
	},
	{
		ID: "text-requires-development-signing", Title: "Entitlements need signing with a team", Severity: Error,
		Source:   "Xcode",
		Meaning:  "The target claims entitlements that need a provisioning profile, while it is set to sign to run locally (ad hoc) or without a team.",
		Causes:   []string{"Signing Certificate is 'Sign to Run Locally' while the target has capabilities such as App Groups, iCloud or Keychain Sharing.", "No team is selected for the target."},
		Confirm:  "the .entitlements file (signdoctor lists which keys need a profile)",
		Fix:      "Select a team and let Xcode sign with a development certificate, or remove the capabilities that need one.",
		Checks:   []string{chkEntNotInProfile},
		patterns: []pattern{pat("require signing with a development certificate", `has entitlements that require signing with a development certificate`), summaryPat("requires entitlements", `isn['’]?t code signed but requires entitlements|is not possible to add entitlements to a binary without signing it`)}, // the unsigned target's warning only sums up the error that says why (no team, no profile)
	},
	{
		ID: "text-xcode-managed-profile", Title: "Xcode-managed profile used with manual signing", Severity: Error,
		Source:   "Xcode",
		Meaning:  "Profiles that automatic signing creates can only be used by automatic signing.",
		Causes:   []string{"Manual signing was selected with a profile named 'iOS Team Provisioning Profile' or 'Mac Team Provisioning Profile'.", "A CI export options file names an Xcode-managed profile."},
		Confirm:  dropProfile + " — its IsXcodeManaged flag is shown",
		Fix:      "Use automatic signing, or create a profile on the developer website for manual signing and select that one.",
		Checks:   []string{chkProfileKind},
		patterns: []pattern{pat("is xcode managed", `is Xcode managed, but signing settings require a manually managed profile`)},
	},
	{
		ID: "text-conflicting-provisioning-settings", Title: "Automatic signing with a manually specified profile", Severity: Error,
		Source:  "Xcode, xcodebuild",
		Meaning: "The target uses automatic signing, yet a provisioning profile or a signing identity is also named by hand (in its build settings or on the xcodebuild command line); Xcode takes one or the other, not both.",
		Causes: []string{
			"PROVISIONING_PROFILE_SPECIFIER (or PROVISIONING_PROFILE, or a distribution CODE_SIGN_IDENTITY) is set for the target or passed to xcodebuild, often by a CI step or a script, while CODE_SIGN_STYLE is Automatic.",
			"A project from another team or an older setup kept a profile name in its build settings after switching to automatic signing.",
		},
		Confirm: dropNoFile,
		Fix:     "Either clear the profile (Provisioning Profile: Automatic, no PROVISIONING_PROFILE_SPECIFIER) and keep automatic signing, or switch the target to manual signing (CODE_SIGN_STYLE = Manual) and name both the profile and the identity; for an archive in CI, manual signing with the distribution profile is the usual choice.",
		Blocks:  []string{"valid-signature"},
		patterns: []pattern{
			pat("has conflicting provisioning settings", `has conflicting provisioning settings`),
			// Retold as a build's failure: "caused a new failure —
			// `conflicting provisioning settings`".
			pat("conflicting provisioning settings", `\bfail(?:s|ed|ure|ing)?\b[^\n.]{0,40}?[\x60"“']?conflicting provisioning settings\b`),
			// Retold: a tool forcing automatic signing on, over profiles chosen
			// by hand, and signing failing.
			pat("automatic", `\bforc(?:e|es|ed|ing)[- ]?(?:enabl(?:e|es|ed|ing) )?(?:the )?["“]?automatic(?:ally manage)? signing["”]?[^\n]{0,200}?\bprovision(?:ing)? profiles?\b[^\n]{0,200}?\bfail(?:s|ed)?\b`),
			pat("has been manually specified", `is automatically signed(?: for [a-z ]{3,20})?, but (?:a conflicting code signing identity|provisioning profile) [^\n]{1,160}? has been manually specified`),
			pat("does not support provisioning profiles", `does not support provisioning profiles, but provisioning profile [^\n]{1,160}? has been manually specified`),
			// The description alone, as IDEProvisioningErrorDomain's NSLocalizedDescription
			// or quoted with a placeholder for the target ("<Framework>").
			pat("does not support provisioning profiles", `(?:\.(?:framework|bundle|appex)|<[A-Za-z ]{1,40}>|(?:error:|exportArchive:|Code Signing Error:|NSLocalizedDescription=|\x60|")\s?"?[A-Za-z0-9_\-]{1,80})"? does not support provisioning profiles\.`),
		},
	},
	{
		ID: "text-certificate-limit", Title: "Certificate limit reached", Severity: Error,
		Source:  "Xcode, developer website",
		Meaning: "A team may hold only a few certificates of each distribution kind at a time; a new one cannot be created until an old one is revoked.",
		Causes:  []string{"Certificates were created on several Macs or CI machines instead of sharing one identity.", "Old certificates were never revoked."},
		Confirm: dropCert,
		Fix:     "Reuse the existing certificate: export it with its private key as a .p12 from the Mac that has it. Otherwise revoke an unused one on the website (apps already signed with a revoked distribution certificate from the App Store keep working).",
		patterns: []pattern{
			// xtool dev, before it creates a development certificate.
			pat("certificates must be revoked", `\bThe following certificates must be revoked:`),
			// SideStore, when the portal refuses a new development certificate.
			pat("exhausted the limit", `\bexhausted the (?:limit of \d+ certificates? for free developer accounts|maximum certificates that can be generated by a paid developer account)\b`),
			pat("maximum", `reached (?:the|its|their|our|your|my) maximum (?:allowed )?number of (?:[A-Za-z ]{0,40})?certificates|Maximum number of (?:Distribution )?certificates generated|You can have only \w{1,8} Apple Distribution Certificates generated`), pat("already have a current", `(?:\bYou |(?:^|\n)[ \t]{0,8}|["“'])already have a current [A-Za-z ]{2,60}certificate or a pending certificate request`), pat("already has a valid", `account already has a valid [A-Za-z ]{0,30}Development certificate`),
			// Retold: "reached the limit of max 3 distribution certificates".
			pat("certificates", `\b(?:reached|hit|maxed out)\b[^.\n]{0,20}?\b(?:limit|maximum|max)\b[^.\n]{0,20}?\b(?:Apple |iOS |Mac )?(?:distribution|development|Developer ID(?: Application| Installer)?) certificates\b`),
			// Retold in the title's words: "the account reached its certificate limit".
			pat("certificate limit", `\b(?:reached|hit|at) (?:its|the|their|our|your|my|a) (?:[A-Za-z]{2,12} )?certificate limit\b|\bcertificate limit (?:reached|exceeded)\b`),
			// Xcode's prompt when the cap is full (CI runners that mint one
			// per run), a sentence of its own (a CA's or a VPN's console
			// goes on: "choose a certificate to revoke, then ..."), and a
			// runner's retold "per-account cert quota".
			pat("to revoke", `\bChoose a certificate to revoke(?:[.!"”'\x60)]|[ \t]*(?:\n|$))`), pat("quota", `\bper-(?:account|team) cert(?:ificate)? quota\b`)},
	},
	{
		// The App Store Connect API's 409 ENTITY_ERROR detail, seen through
		// tools that create profiles by name (sign-here, fastlane).
		ID: "text-profile-name-taken", Title: "Several profiles have this name", Severity: Error,
		Source:  "App Store Connect API (profile tools: sign-here, fastlane)",
		Meaning: "The App Store Connect API found more than one provisioning profile with the name it was given and refused the request until the duplicates are removed.",
		Causes: []string{
			"A tool creates a profile under a fixed name while a profile of that name (often an expired or invalid one) is still on the team.",
			"Profiles of the same name were made by hand on the developer website, so a look-up by name is ambiguous.",
		},
		Confirm: dropNoFile,
		Fix:     "In Certificates, Identifiers & Profiles delete the profiles with that name that are no longer used (or give the new one another name), then run the tool again.",
		Blocks:  []string{"installs", "app-store-connect"},
		patterns: []pattern{
			pat("multiple profiles found with the name", `Multiple profiles found with the name '[^'\n]{1,160}'\.\s{1,4}Please remove the duplicate profiles and try again\b`)},
	},
	{
		ID: "text-team-access-denied", Title: "Your role or membership does not allow this", Severity: Error,
		Source:  "Apple's developer services",
		Meaning: "Apple refused a certificate, profile or App ID to this Apple ID: its role in the team, or the team's membership, does not allow it.",
		Causes: []string{
			"A Member (Developer) role: Admins create distribution certificates and App IDs, only the Account Holder Developer ID certificates.",
			"Another team is selected, where the Apple ID has no such role.",
			"The membership expired or was deactivated, or does not include the feature.",
		},
		Confirm: dropNoFile,
		Fix:     "Ask the Account Holder or an Admin to raise your role (Users and Access) or to create it for you; check the team ID and the membership at https://developer.apple.com/account.",
		// EAS reports the App ID it could not register ("Failed to register
		// bundle identifier") before Apple's refusal says why.
		Supersedes: []string{"text-bundle-id-unavailable"},
		patterns: []pattern{
			pat("not allowed to perform this operation", `You are not allowed to perform this operation`),
			pat("you are not permitted to", `You are not permitted to (?:create|add|download|request|edit|revoke) [^.\n]{0,40}?(?:profiles?|App IDs?|certificates?)\b`),
			pat("permission to create this certificate", `You do not have permission to create this certificate`),
			// Apple's rule retold: Developer ID certificates are the Account
			// Holder's alone.
			pat("developer id", `\bonly (?:an? |the )?["'`+"`"+`]?Account (?:Holder|Owner)\b[^.\n]{0,80}?\bDeveloper ID\b`),
			pat("program membership that is eligible", `does not have a program membership that is eligible for this feature`),
			// The developer portal's 403: Apple's sentence, and the words
			// EAS CLI (Expo) puts before it.
			pat("membership resource", `You currently don't have access to this membership resource`),
			pat("access forbidden", `Apple 403 detected - Access forbidden`),
			// fastlane's spaceship and match on the same refusals.
			pat("enough permission for the following action", `doesn't have enough permission for the following action`),
			pat("any teams with an active membership", `does not have access to any teams with an active membership`),
			pat("in-house profiles", `your Apple account doesn't support In-House profiles`),
			// The team's account told as deactivated beside notarization,
			// which then fails or never answers (notarytool --wait hangs).
			pat("account", `\bnotar(?:ytool|i[sz]\w*)\b[\s\S]{0,300}?\bdeveloper account (?:was|has been|had been|got|is) (?:\w+ )?(?:deactivated|disabled|suspended|terminated)\b|\bdeveloper account (?:was|has been|had been|got|is) (?:\w+ )?(?:deactivated|disabled|suspended|terminated)\b[\s\S]{0,300}?\bnotar(?:ytool|i[sz]\w*)\b`),
		},
	},
	{
		ID: "text-codesign-command-failed", Title: "Xcode's CodeSign step failed", Severity: Warning,
		Fallback: true,
		Source:   "Xcode, xcodebuild",
		Meaning:  "This line only says that codesign failed; the reason is on the lines just before it in the build log.",
		Causes:   []string{"See the codesign output above this line (errSecInternalComponent, no identity found, detritus not allowed…)."},
		Confirm:  dropNoFile,
		Fix:      "Expand the CodeSign step in Xcode's report navigator, or paste the lines above this one.",
		patterns: []pattern{
			// The .NET iOS SDK's Codesign task when codesign printed nothing on stderr; Godot's export, whose log has codesign's output above.
			pat("failed to codesign '", `\bFailed to codesign '[^'\n]{1,300}'`),
			pat("code signing failed, see editor log", `\bCode signing failed, see editor log for details\b`), pat("command codesign failed", `Command CodeSign failed(?: with a nonzero exit code)?`),
			// fastlane: gym after a failed signing step, and sigh's resign.
			pat("not happy with the code signing setup", `Seems like Xcode is not happy with the code signing setup|A general code signing error occurred\. Make sure you passed a valid`),
			pat("something went wrong while code signing", `Something went wrong while code signing \S{1,300}\.ipa\b`),
			// The same retyped with one letter wrong ("CpdeSign").
			pat("sign failed with a nonzero exit code", `Command C[a-z]{2,4}Sign failed with a nonzero exit code`), pat("codesign failed with exit code", `Command /usr/bin/codesign failed with exit code \d+`),
			// .NET's msbuild Codesign task, and other wrappers, reporting only the exit status.
			pat("exited with code", `(?:/usr/bin/)?"?codesign"? exited with code [1-9]\d*`),
			// Python's subprocess (briefcase and other packagers) running codesign.
			pat("non-zero exit status", `Command '\[['"](?:/usr/bin/)?codesign['"],[^\]\n]{1,800}\]' returned non-zero exit status [1-9]\d*`),
			// A tool's own words when codesign failed under it (a patcher,
			// a packager), with what it signed or its path.
			pat("sign", `\b(?:Could not|Couldn't|Unable to) code[- ]?sign (?:(?:the |this )?(?:modified |patched |re-?signed )?(?:binary|app|application|bundle|executable|framework|dylib)\b|/\S[^\n]{0,300}?\.(?:app|appex|framework|dylib)\b)`),
			// Intune's App Wrapping Tool, which shows no codesign output.
			pat("codesign exited with an error", `/usr/bin/codesign exited with an error`),
			// The Organizer's Distribute App alert says the same without exportArchive's prefix.
			pat("code signing \"", `(?:exportArchive:? )?Code signing "[^"\n]{1,200}" failed`),
			// flutter's own signing of Flutter.framework, codesign's words after it.
			pat("failed to codesign with identity", `Failed to codesign\s\S[^\n]{0,300}?\swith identity\b`),
			// xcodebuild's closing list naming the CodeSign step first, bare, behind
			// flutter's "[        ]" prefix, or behind a CI log's timestamp ("09:24:45").
			pat("following build commands failed", `The following build commands failed:\s?(?:\[[^\]]{0,12}\]\s?|\d{1,2}:\d{2}:\d{2}\s{1,8})?CodeSign \S{1,300}`),
			// The same list pasted without its heading: a CodeSign line of
			// xcodebuild's form, the last with a target before the failure count.
			pat("failure", `CodeSign \S[^()]{0,300}\(in target '[^'\n]{1,120}' from project '[^'\n]{1,120}'\)[^()]{0,200}\(\d+ failures?\)`),
			// Older xcodebuild (before Xcode 10) names no target: the bundle's
			// path alone on the CodeSign line, the failure count on the next.
			pat("failure", `\bCodeSign /[^\s()]{1,300}\.(?:app|appex|framework|xctest|dylib)\s{1,8}\(\d+ failures?\)`)},
	},
	{
		ID: "text-profile-wrong-kind", Title: "Profile is of the wrong kind or platform", Severity: Error,
		Source:  "Xcode, App Center's install page",
		Meaning: "The selected profile is for another platform or another distribution method than the build needs.",
		Causes:  []string{"A development profile selected for an App Store or ad hoc export (or the reverse).", "An iOS profile selected for a macOS target, or a Mac profile for Mac Catalyst."},
		Confirm: dropProfile,
		Fix:     "Create or select a profile of the kind and platform the build needs; signdoctor shows a profile's kind and platform.",
		Checks:  []string{chkProfileKind, chkProfileWrongPlat},
		patterns: []pattern{
			// fastlane's gym: its export_method against the profiles' kind.
			pat("and the selected provisioning profiles", `There seems to be a mismatch between your provided .export_method. in gym\b`),
			pat("does not match the current platform", `platform "?[A-Za-z ]{2,20}"?,? which (?:doesn't|does not) match the current platform`), pat("you must use a", `You must use an? (?:adhoc|ad hoc|ad-hoc|universal|enterprise|in-house|app ?store|development)(?: or (?:adhoc|ad hoc|ad-hoc|development))? provisioning profile\b[^\n]{0,80}?\bfor (?:internal|store|app store) distribution`),
			pat("you can't use a", `You can(?:'|no)t use (?:an adhoc|an ad hoc|a development) provisioning profile\b[^\n]{0,80}?\bfor (?:app store|store) distribution`), pat("profile", `Provisioning profile (?:"[^"]{1,160}" )?is not an? "?[A-Za-z ]{3,60}"? profile`), pat("not provisioned with an ad", `was not provisioned with an Ad-?Hoc or Enterprise profile`),
			// A distribution (App Store) profile told as used to deploy to a
			// device: it lists no devices, so no device installs the build. An
			// ad hoc or enterprise distribution profile is not this, and is
			// left unread by the words the article and kind allow.
			// An App Store signed build installs only from the App Store.
			pat("store build", `\b(?:signed App ?Store|App ?Store[- ]signed) build\b[^\n]{0,80}?\b(?:not|n't|never|fail\w*)\b[^\n]{0,40}?\binstall`),
			pat("distribution provision", `\b(?:using|with|use|used) (?:the |an? |my |our )?(?:app ?store |ios |apple )?distribution provision(?:ing)? profile\b[^\n.]{0,40}?\bto (?:deploy|install|run|debug)\b[^\n.]{0,30}?\b(?:iphone|ipad|device)`)},
	},
}

// causeGodotRcodesign leads where the paste names rcodesign.
const causeGodotRcodesign = "The preset signs or notarizes with rcodesign and Godot's editor setting Export > macOS > rcodesign does not give its path (or the program there cannot be started): a headless export reads the editor settings of the user it runs as."

// EAS checks the profile named in credentials.json against the build
// profile's distribution; led with where the paste is EAS's.
const causeEASInternalProfile = "EAS Build checked the profile in credentials.json against the build profile's distribution: internal distribution takes an ad hoc profile, or, for a team in the Apple Developer Enterprise Program, an in-house (\"universal\") one with \"enterpriseProvisioning\" set to \"universal\" in eas.json; eas-cli releases before February 2023 refused in-house profiles from credentials.json whatever eas.json said, so update eas-cli."

// Led with where the paste speaks of an enterprise (in-house) app.
const causeEnterpriseExpired = "An enterprise profile or certificate reached its end."
