package text

func pat(keyword, re string) pattern {
	return pattern{keyword: keyword, re: lazyCompile(`(?i)` + re)}
}

// Local check IDs the catalogue points to. Some belong to other areas and may
// not be registered yet; the analyzer shows only those that exist.
const (
	chkMachoUnsigned       = "macho-unsigned"
	chkMachoAdhoc          = "macho-adhoc"
	chkMachoLinkerSigned   = "macho-linker-signed"
	chkMachoDevSigned      = "macho-development-signed"
	chkMachoAppStoreSigned = "macho-app-store-signed"
	chkMachoInstallerCert  = "macho-installer-cert"
	chkMachoNoRuntime      = "macho-no-hardened-runtime"
	chkMachoNoTimestamp    = "macho-no-secure-timestamp"
	chkMachoGetTaskAllow   = "macho-get-task-allow"
	chkMachoSigInvalid     = "macho-signature-invalid"
	chkMachoCMSInvalid     = "macho-cms-invalid"
	chkMachoCDHash         = "macho-cdhash-mismatch"
	chkMachoSpecialSlot    = "macho-special-slot-mismatch"
	chkMachoPageHash       = "macho-page-hash-mismatch"
	chkMachoUntrusted      = "macho-untrusted-chain"
	chkMachoArm64e         = "macho-arm64e"
	chkProfileExpired      = "profile-expired"
	chkProfileDevice       = "profile-device-not-listed"
	chkProfileNotApple     = "profile-not-apple-signed"
	chkProfileWildcard     = "profile-wildcard-app-id"
	chkProfileFreeTeam     = "profile-free-team"
	chkProfileKind         = "profile-kind"
	chkProfileCerts        = "profile-cert-expired"
	chkProfileNoValidCert  = "profile-no-valid-cert"
	chkProfileWrongPlat    = "profile-wrong-platform"
	chkProfileNoDevices    = "profile-no-device-list"
	chkProfileDeviceFormat = "profile-device-format"
	chkCertExpired         = "cert-expired"
	chkCertNotApple        = "cert-not-apple"
	chkEntNotInProfile     = "ent-not-authorised"
	chkEntTeamMismatch     = "ent-team-mismatch"
	chkEntGetTaskAllow     = "ent-get-task-allow"
	chkEntNetworkExt       = "ent-network-extension-developer-id"
	chkEntAppGroup         = "ent-app-group-id"
	chkEntAppGroupAuth     = "ent-app-group-not-authorised"
	chkEntUnexpanded       = "ent-unexpanded-variable"
	chkEntPrivate          = "ent-private"
	chkEntDERMismatch      = "ent-xml-der-mismatch"
	chkEntAPS              = "ent-aps-environment"
	chkReqAnchorApple      = "req-designated-anchor-apple"
	chkReqUnsatisfied      = "req-unsatisfied"
	chkReqDesignated       = "req-designated-unsatisfied"
	chkBundleSealed        = "bundle-seal-modified"
	chkBundleSealAdded     = "bundle-seal-added"
	chkBundleSealRemoved   = "bundle-seal-removed"
	chkBundleSealPlist     = "bundle-sealed-plist-changed"
	chkBundleSealInvalid   = "bundle-seal-invalid"
	chkBundleNested        = "bundle-nested-unsigned"
	chkBundleMainUnsigned  = "bundle-main-unsigned"
	chkBundleNestedTeam    = "bundle-nested-team-mismatch"
	chkBundleNestedRuntime = "bundle-nested-no-runtime"
	chkBundleExecBit       = "bundle-exec-not-executable"
	chkBundleMisplaced     = "bundle-code-in-resources"
	chkBundleDataInMacOS   = "bundle-data-in-macos"
	chkBundleAppleDouble   = "bundle-appledouble"
	chkBundleProfileName   = "bundle-profile-misnamed"
	chkBundleProfileTeam   = "bundle-profile-team-mismatch"
	chkBundleProfileAppID  = "bundle-profile-app-id-mismatch"
	chkBundleStapled       = "bundle-stapled-ticket"
	chkBundleUpdater       = "bundle-updater-team-mismatch"
	chkBundleIdentifier    = "bundle-identifier-mismatch"
)

const (
	dropCert    = "the signing certificate (.cer, exported from Keychain Access), or the provisioning profile that embeds it"
	dropApp     = "the app itself (zipped .app or .ipa) or its main executable (App.app/Contents/MacOS/App, Payload/App.app/App)"
	dropAppProf = "the app (zipped .app or .ipa) — its embedded provisioning profile and entitlements are checked against each other — or the executable, its .entitlements file and the profile together"
	dropProfile = "the provisioning profile (.mobileprovision or .provisionprofile; Xcode keeps them in ~/Library/Developer/Xcode/UserData/Provisioning Profiles)"
	dropProfEnt = "the provisioning profile and the .entitlements file (or the built app, which carries both)"
	dropNotary  = "the notary log (xcrun notarytool log SUBMISSION-ID log.json) and the app or its main executable"
	dropNoFile  = "the app and its provisioning profile, to rule out a signing problem (no file shows this error by itself)"
)

var catalogue = []*Entry{
	// ---- Signing identities and the keychain ----
	{
		ID: "text-errsec-internal-component", Title: "codesign failed with errSecInternalComponent", Severity: Error,
		Source:  "codesign, Xcode (CodeSign step)",
		Meaning: "codesign could not use the private key of the signing identity. The message names no reason; the Security framework only reports that one of its components failed.",
		Causes: []string{
			"The keychain holding the private key is locked, and codesign runs where nobody can unlock it: over ssh, in a CI job, from launchd or a build agent.",
			"The private key's access control asks for approval (the 'codesign wants to sign using key…' dialog), which cannot appear in a non-GUI session; the key's partition list does not include apple-tool: and apple:.",
			"The certificate is not trusted: an Apple intermediate is missing from the keychain or a trust setting was changed (codesign then also prints 'unable to build chain to self-signed root').",
			"The identity lives on a token or smart card that is not present.",
		},
		Confirm: dropCert,
		Fix: "In a CI or ssh session, unlock the keychain first: `security unlock-keychain -p \"$PASSWORD\" build.keychain`, and allow codesign to use the key without a prompt: " +
			"`security set-key-partition-list -S apple-tool:,apple: -s -k \"$PASSWORD\" build.keychain`. Check the identity is valid with `security find-identity -p codesigning -v`. " +
			"If that list says the identity is not valid, fix trust first (install Apple's intermediates from https://www.apple.com/certificateauthority/).",
		Checks:   []string{chkCertExpired, chkCertNotApple},
		patterns: []pattern{pat("errsecinternalcomponent", `errSecInternalComponent`)},
	},
	{
		ID: "text-chain-to-root", Title: "Signing certificate does not chain to Apple's root", Severity: Error,
		Source:  "codesign",
		Meaning: "codesign could not build a chain of trust from the signing certificate to a root certificate, so it refuses to sign with it (and usually goes on to fail with errSecInternalComponent).",
		Causes: []string{
			"The Apple intermediate that issued the certificate (for example Apple Worldwide Developer Relations G3, or Developer ID Certification Authority G2) is not in any keychain.",
			"A certificate of the chain carries a custom trust setting (Keychain Access, Trust section not at 'Use System Defaults').",
			"The certificate was not issued by Apple at all (a self-made identity), so no Apple root can be reached.",
			"The certificate has expired or been revoked, and only the expired chain is available.",
		},
		Confirm:  dropCert,
		Fix:      "Download the intermediate named in the certificate's Issuer from Apple PKI (https://www.apple.com/certificateauthority/) and add it to the login keychain; remove custom trust settings (`security dump-trust-settings` and `security dump-trust-settings -d` should find none). Then `security find-identity -p codesigning -v` lists the identity as valid.",
		Checks:   []string{chkCertNotApple, chkCertExpired, chkMachoUntrusted},
		patterns: []pattern{pat("unable to build chain", `unable to build chain to (?:a )?self-signed root(?: certificate)?(?: for signer "(?P<identity>[^"]{1,160})")?`)},
	},
	{
		ID: "text-cert-expired", Title: "Signing certificate has expired", Severity: Error,
		Source:  "security find-identity, codesign, Xcode, Keychain Access",
		Meaning: "The certificate of the signing identity is past its expiry date, so it is no longer a valid code-signing identity.",
		Causes: []string{
			"The certificate reached its end date (Apple Development and distribution certificates last one year, Developer ID five years).",
			"The Mac's clock is wrong, so a valid certificate looks expired or not yet valid.",
			"An old expired copy of the certificate sits next to the renewed one and is the one picked.",
		},
		Confirm:  dropCert,
		Fix:      "Create a new certificate in Xcode (Settings > Accounts > Manage Certificates) or on the developer website, install it with its private key, regenerate the provisioning profiles that must include it, and delete the expired copy from the keychain.",
		Checks:   []string{chkCertExpired, chkProfileCerts},
		patterns: []pattern{pat("cssmerr_tp_cert_expired", `CSSMERR_TP_CERT_EXPIRED`), pat("certificate", `certificate (?:is|has) expired|certificate (?:"[^"]{1,160}" )?expired on`)},
	},
	{
		ID: "text-cert-revoked", Title: "Signing certificate has been revoked", Severity: Error,
		Source:  "security, codesign, spctl, the kernel, iOS installer",
		Meaning: "Apple has revoked the certificate that signed the code. Code signed with it stops installing or launching, and on macOS Gatekeeper blocks it.",
		Causes: []string{
			"Someone on the team revoked the certificate in Certificates, Identifiers & Profiles, or Xcode revoked it when asked to create a new one.",
			"The developer account was deactivated (even temporarily), which revokes its certificates.",
			"Apple revoked it after a security report, or an enterprise certificate was revoked for misuse.",
		},
		Confirm:  dropCert,
		Fix:      "Create a new certificate, regenerate every provisioning profile that listed the old one, sign again and redistribute. Already-shipped copies signed with the revoked certificate keep failing.",
		Checks:   []string{chkCertExpired},
		patterns: []pattern{pat("cssmerr_tp_cert_revoked", `CSSMERR_TP_CERT_REVOKED`), pat("revoked", `certificate (?:has been|was|is) revoked|\brevoked certificate\b|CERT_REVOKED`)},
	},
	{
		ID: "text-cert-not-trusted", Title: "Signing certificate is not trusted", Severity: Error,
		Source:  "security find-identity, codesign, Keychain Access",
		Meaning: "The certificate's chain of trust could not be verified, so the identity is not counted among valid code-signing identities.",
		Causes: []string{
			"An Apple intermediate certificate is missing from the keychain.",
			"A certificate in the chain has a custom trust setting.",
			"The certificate is not an Apple-issued code-signing certificate.",
		},
		Confirm:    dropCert,
		Fix:        "Install the intermediate named in the certificate's Issuer from https://www.apple.com/certificateauthority/ and reset any custom trust settings to 'Use System Defaults'.",
		Checks:     []string{chkCertNotApple},
		Supersedes: []string{},
		patterns:   []pattern{pat("cssmerr_tp_not_trusted", `CSSMERR_TP_NOT_TRUSTED`), pat("not trusted", `certificate is not trusted`)},
	},
	{
		ID: "text-identity-not-found", Title: "Signing identity not found in the keychain", Severity: Error,
		Source:  "codesign, security",
		Meaning: "codesign looked for a certificate with a matching private key under the name or hash given with -s and found none that is valid.",
		Causes: []string{
			"The certificate was created on another Mac and its private key never came along (export a .p12 from that Mac).",
			"The certificate has expired or been revoked: codesign ignores invalid identities, so it reports them as not found.",
			"The keychain that holds it is not in the search list (common in CI): pass --keychain or add it with `security list-keychains -s`.",
			"The name given with -s does not match the certificate's common name (Apple Development vs iPhone Developer vs Mac Developer).",
		},
		Confirm: dropCert,
		Fix:     "Run `security find-identity -p codesigning -v` to list usable identities, then sign with the exact name or its SHA-1 hash. If the list is empty, install the certificate together with its private key (.p12).",
		Checks:  []string{chkCertExpired},
		patterns: []pattern{
			pat("signing identity", `(?:could not|couldn't|cannot|can't) find (?:a )?(?:valid |matching )?(?:code ?signing )?identity(?: for type '[a-z_]+')?`),
			pat("cannot find valid", `cannot find valid "?(?P<identity>[^"]{1,80}?)"? identity`),
			pat("could not be found in the keychain", `The specified item could not be found in the keychain`), pat("no identity found", `\bno identity found\b`), pat("0 valid identities found", `\b0 valid identities found\b`), pat("errsecitemnotfound", `errSecItemNotFound`)},
	},
	{
		ID: "text-ambiguous-identity", Title: "More than one signing identity matches", Severity: Error,
		Source:   "codesign",
		Meaning:  "The name given to codesign -s matches several identities, and codesign will not choose.",
		Causes:   []string{"A renewed certificate sits next to the old one with the same name.", "The same identity is installed in two keychains (login and a CI keychain)."},
		Confirm:  dropCert,
		Fix:      "Sign with the SHA-1 hash of the identity (`security find-identity -p codesigning -v` lists them) or delete the expired duplicate.",
		Checks:   []string{chkCertExpired},
		patterns: []pattern{pat("ambiguous", `ambiguous \(matches`)},
	},
	{
		ID: "text-user-interaction-not-allowed", Title: "Keychain needs user interaction that is not allowed", Severity: Error,
		Source:  "codesign, security, keychain APIs",
		Meaning: "Using the private key (or keychain item) needs the user to unlock or approve it, and the process runs where no dialog can appear.",
		Causes: []string{
			"The keychain is locked and the build runs over ssh, in CI or as a daemon.",
			"The key's access control list does not include codesign (set the partition list).",
		},
		Confirm:  dropNoFile,
		Fix:      "`security unlock-keychain -p \"$PASSWORD\" KEYCHAIN` before signing and `security set-key-partition-list -S apple-tool:,apple: -s -k \"$PASSWORD\" KEYCHAIN` once after importing the key.",
		patterns: []pattern{pat("user interaction is not allowed", `User interaction is not allowed`), pat("errsecinteractionnotallowed", `errSecInteractionNotAllowed|-25308\b`)},
	},
	{
		ID: "text-missing-entitlement-34018", Title: "Keychain call failed for a missing entitlement (-34018)", Severity: Error,
		Source:  "keychain APIs (SecItem*), app logs",
		Meaning: "errSecMissingEntitlement: the data protection keychain refused the call because the process lacks a valid keychain access group entitlement.",
		Causes: []string{
			"The build has no application-identifier / keychain-access-groups entitlement: it was signed ad hoc, with no provisioning profile, or re-signed without entitlements.",
			"On macOS, an entitlement claim the profile does not authorise (often app groups) cleared the process's entitlements-validated flag, and the keychain then ignores its entitlements.",
			"The access group used in code does not start with the team's App ID prefix or is not listed in keychain-access-groups.",
		},
		Confirm:  dropAppProf,
		Fix:      "Sign with a provisioning profile that authorises application-identifier and keychain-access-groups, make every claimed entitlement authorised by that profile, and check with `codesign -d --entitlements - APP`.",
		Checks:   []string{chkEntNotInProfile, chkEntTeamMismatch},
		patterns: []pattern{pat("-34018", `(?:^|[^\d])-34018\b`), pat("errsecmissingentitlement", `errSecMissingEntitlement`), pat("a required entitlement", `A required entitlement isn't present`)},
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
			pat("with a private key", `\bno\b[^"]{0,80}?signing certificate[^"]{0,120}?with a private key`),

			pat("private key", `\bmissing private key\b`),
			pat("no valid code signing certificates", `No valid code signing certificates were found`),

			pat("private key is not installed", `its private key is not installed in your keychain`),
			pat("signing certificate", `No "?(?P<identity>[A-Za-z0-9 ]{3,40}?)"? signing certificate (?:matching team ID "?(?P<team>[A-Z0-9]{10})"? )?with a private key was found`), pat("no signing certificate", `(?:There is )?no signing certificate "(?P<identity2>[^"]{1,80})" found`)},
	},
	{
		ID: "text-profile-missing-certificate", Title: "Profile does not include the signing certificate", Severity: Error,
		Source:  "Xcode",
		Meaning: "The provisioning profile lists the certificates allowed to sign with it, and the chosen signing certificate is not among them.",
		Causes: []string{
			"The profile was generated before the certificate was created or renewed.",
			"The build signs with a different certificate than the profile was made for (another team member's, or an old one).",
		},
		Confirm:  dropProfile + ", together with " + dropCert,
		Fix:      "Edit the profile on the developer website, tick the current certificate, download and install it (or let automatic signing regenerate it).",
		Checks:   []string{chkProfileCerts},
		patterns: []pattern{pat("doesn't include signing certificate", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) include (?:the )?signing certificate "(?P<identity>[^"]{1,160})"`)},
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
			pat("code signing is required", `Code signing is required for product type`),

			pat("no account for team", `No account for team "?(?P<team>[A-Z0-9]{10})"?`),
			pat("requires a development team", `requires a development team`)},
	},
	{
		ID: "text-no-profiles-found", Title: "No matching provisioning profile", Severity: Error,
		Source:  "Xcode, xcodebuild, fastlane",
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
			pat("requires a provisioning profile.", `requires a provisioning profile\. Select a provisioning profile`),

			pat("no profiles for", `No profiles for '(?P<bundle_id>[^']{1,160})' were found`),
			pat("provisioning profiles", `No (?:matching )?provisioning profiles? (?:found|with a valid signing identity|matching)`),
			pat("no matching profiles found", `No matching profiles found for bundle identifier "(?P<bundle_id2>[^"]{1,160})"`),
			pat("couldn't find any", `couldn't find any (?:[A-Za-z ]{1,40})?provisioning profiles matching '(?P<bundle_id3>[^']{1,160})'`),
		},
	},
	// ---- Profiles vs entitlements, devices, app IDs ----
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

			pat("requires a provisioning profile with the", `requires a provisioning profile with the (?P<capability2>[A-Za-z0-9 &.\-]{2,60}?) feature`),
			pat("personal development teams", `Personal development teams(?:, including "[^"]{0,120}",)? do not support the (?P<capability3>[A-Za-z0-9 &.\-]{2,60}?) capabilit`),
			pat("is not available for", `The (?P<capability4>[A-Za-z0-9 &.\-]{2,60}?) capability is not available for (?P<profile_kind>[A-Za-z ]{2,40}?) provisioning profiles`),

			pat("doesn't support", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) support (?:the )?(?P<capability>[A-Za-z0-9 &.\-]{2,60}?)(?: capability)?(?:\.|,|$| and | Profile| Provisioning| An | The )`),
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
			pat("include the", `(?:Provisioning profile "(?P<profile>[^"]{1,160})" )?(?:doesn't|does not) include the (?P<entitlement>[A-Za-z0-9.\-]{3,120}) entitlements?`),
			pat("entitlement", `(?:is|are) missing (?:the )?(?P<entitlement2>com\.apple\.[A-Za-z0-9.\-]+) entitlement`),
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
			pat("doesn't match the entitlements", `(?:doesn't|does not) match the entitlements file's value for the (?P<entitlement>[A-Za-z0-9.\-]{3,120}) entitlement`),
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
		Source:   "Xcode",
		Meaning:  "The profile's application identifier does not cover the target's bundle ID.",
		Causes:   []string{"The bundle ID was changed after the profile was made.", "The wrong profile is selected (another app's, or another team's).", "The profile is for an explicit App ID and the bundle ID differs by a suffix (extensions need their own profile)."},
		Confirm:  dropProfile,
		Fix:      "Select or create a profile whose App ID matches the bundle ID exactly (or a wildcard that covers it, when no capability needs an explicit one).",
		Checks:   []string{chkBundleIdentifier},
		patterns: []pattern{pat("does not match", `has (?:an )?app ?ID (?:of )?"(?P<app>[^"]{1,160})",? which does not match (?:the|your) bundle (?:ID|identifier) "(?P<bundle_id>[^"]{1,160})"`)},
	},
	{
		ID: "text-device-not-in-profile", Title: "Device is not in the provisioning profile", Severity: Error,
		Source:  "Xcode, taskgated-helper (CPProfileManager -212), iOS installer",
		Meaning: "A development or ad hoc profile runs only on the devices it lists, and this device is not one of them.",
		Causes: []string{
			"The device was registered after the profile was generated, or never registered; the profile must be regenerated to include it.",
			"On a Mac, the profile lists the Hardware UUID while the system matches the Provisioning UDID (on Apple silicon it has the 00008xxx-… form; System Information shows both). Virtual Macs have their own identifiers.",
			"The profile kind has no device list at all (App Store, Developer ID) and the build is run as development code.",
			"An older copy of the profile without the device is the one embedded in the build.",
		},
		Confirm:    dropProfile + " — add the device ID with --device (or the search box) to see whether it is listed",
		Fix:        "Register the device's Provisioning UDID (for a Mac: System Information > Hardware > Provisioning UDID), regenerate the development profile, download it and rebuild so the new profile is embedded.",
		Checks:     []string{chkProfileDevice, chkProfileDeviceFormat, chkProfileNoDevices},
		Supersedes: []string{"text-embedded-profile-invalid", "text-app-cant-be-opened"},
		patterns: []pattern{
			pat("cpprofilemanager", `CPProfileManager[^0-9\-]{0,30}-212\b`),

			pat("does not allow this device", `Provisioning profile does not allow this device`),
			pat("-212", `CPProfileManager\s+Code=-212\b`),
			pat("currently selected device", `(?:doesn't|does not) include the currently selected device "?(?P<device_name>[^"(]{1,80})"?(?: \(identifier (?P<device>[0-9A-Fa-f\-]{20,45})\))?`),
			pat("device", `(?:device|UDID) (?:"?[0-9A-Fa-f\-]{20,45}"? )?(?:is not|isn't) (?:registered|included|in the (?:provisioning )?profile)`),
		},
	},
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
		Confirm:  dropProfile + " (App.app/Contents/embedded.provisionprofile)",
		Fix:      "Drop the embedded profile to see which of these applies, download a current profile and rebuild.",
		Checks:   []string{chkProfileExpired, chkProfileDevice, chkProfileNotApple, chkEntTeamMismatch, chkBundleProfileTeam, chkBundleProfileAppID, chkBundleProfileName},
		patterns: []pattern{pat("provisioning profile not valid", `embedded provisioning profile not valid`), pat("cpprofilemanager", `CPProfileManager\s+Code=(?P<code>-\d{1,4})`)},
	},
	{
		ID: "text-profile-expired", Title: "Provisioning profile has expired", Severity: Error,
		Source:   "Xcode, iOS, macOS",
		Meaning:  "The profile is past its ExpirationDate; the system no longer honours it.",
		Causes:   []string{"A free personal team's profile lasts 7 days.", "Paid development and distribution profiles last a year, or until their certificate expires.", "An enterprise profile or certificate reached its end."},
		Confirm:  dropProfile,
		Fix:      "Regenerate and download the profile (Xcode does it for automatic signing), rebuild, and reinstall the app.",
		Checks:   []string{chkProfileExpired, chkProfileFreeTeam},
		patterns: []pattern{pat("expired", `(?:provisioning )?profile (?:"(?P<profile>[^"]{1,160})" )?(?:has expired|is expired|expired on)`)},
	},
	{
		ID: "text-free-team-limit", Title: "Free personal team limits", Severity: Warning,
		Source:  "Xcode, iOS installer",
		Meaning: "Signing with an Apple ID that is not in the paid Apple Developer Program (a 'Personal Team') comes with limits: profiles that last 7 days, a few apps per device at a time, and only 10 new App IDs every 7 days.",
		Causes: []string{
			"The build is still signed with the Personal Team, even though a paid membership exists (select the paid team in Signing & Capabilities).",
			"The paid membership is not active yet (enrolment pending or payment not processed); the portal then shows no paid team.",
			"Too many free-provisioned apps are installed on the device.",
		},
		Confirm:  dropProfile + " — a 7-day TimeToLive and a 'Team Provisioning Profile' name mean a free team",
		Fix:      "Select the paid team in Xcode; check the membership at https://developer.apple.com/account. With a free team, delete older sideloaded apps or wait for the App ID quota to refresh.",
		Checks:   []string{chkProfileFreeTeam},
		patterns: []pattern{pat("free development profiles", `maximum number of apps for free development profiles`), pat("app id limit", `maximum App ID limit has been reached`), pat("day", `(?:only|up to) (?:sign|install|run|have) (?:3|three) apps|(?:restricted|limited) to 7[- ]day (?:certificates|profiles|provisioning)`), pat("0xe8008021", `0xe8008021`)},
	},
	// ---- iOS installation (MobileDevice / installd codes) ----
	{
		ID: "text-identity-no-longer-valid", Title: "The identity used to sign is no longer valid (0xe8008018)", Severity: Error,
		Source:  "Xcode / installd while installing on an iOS device",
		Meaning: "The device refused the app because the certificate that signed it (or the one its profile relies on) is no longer trusted.",
		Causes: []string{
			"The signing certificate was revoked — for example when the account was deactivated, or someone revoked it on the website — and the build or its profile still uses it.",
			"The certificate expired, or the device's clock is far off.",
			"The embedded profile lists only old certificates; after creating a new certificate the profile was not regenerated, so the build is signed by a certificate the profile does not cover.",
			"An enterprise certificate was revoked by Apple.",
		},
		Confirm: dropAppProf + "; also " + dropCert,
		Fix:     "Delete the old certificates from the keychain, let Xcode create a new one, regenerate the profile so it includes it (Xcode: Settings > Accounts > Download Manual Profiles, or delete the cached profiles), clean the build folder and install again.",
		Checks:  []string{chkCertExpired, chkProfileCerts, chkProfileNoValidCert},
		patterns: []pattern{
			pat("has either expired or has been revoked", `certificate used to sign "?(?P<app>[^"]{1,120}?)"? has either expired or has been revoked`),
			pat("0xe8008018", `0xe8008018`), pat("identity used to sign", `identity used to sign the (?:executable|application) is no longer valid`)},
	},
	{
		ID: "text-install-no-valid-profile", Title: "No valid provisioning profile for this executable (0xe8008015)", Severity: Error,
		Source:  "Xcode / installd, ios-deploy, Apple Configurator",
		Meaning: "The device found no installed or embedded profile that allows this app on it.",
		Causes: []string{
			"The device is not in the profile (development and ad hoc profiles list devices).",
			"The app has no embedded.mobileprovision, or the profile is for another App ID or team.",
			"The profile expired, or the signing certificate is not in the profile.",
			"An App Store profile was used for a build installed directly.",
		},
		Confirm:  dropAppProf,
		Fix:      "Drop the .ipa here to see the profile's kind, devices, App ID and certificates against the signature; regenerate the profile with the device and rebuild.",
		Checks:   []string{chkProfileDevice, chkProfileExpired, chkProfileKind},
		patterns: []pattern{pat("0xe8008015", `0xe8008015`), pat("valid provisioning profile for this executable", `A valid provisioning profile for this executable was not found`)},
	},
	{
		ID: "text-install-invalid-entitlements", Title: "Signed with invalid entitlements (0xe8008016)", Severity: Error,
		Source:  "Xcode / installd, ios-deploy",
		Meaning: "The device compared the app's entitlements with its profile and found a claim the profile does not allow.",
		Causes: []string{
			"The entitlements claim a key or value the profile lacks (after re-signing or hand-editing entitlements).",
			"application-identifier in the signature does not match the profile's (wrong bundle ID or team prefix).",
			"get-task-allow is true with a distribution profile, or false with a development one.",
		},
		Confirm:  dropAppProf,
		Fix:      "Compare `codesign -d --entitlements - APP` with the profile's Entitlements (drop both here) and sign with entitlements derived from the profile.",
		Checks:   []string{chkEntNotInProfile, chkEntTeamMismatch, chkEntGetTaskAllow},
		patterns: []pattern{pat("0xe8008016", `0xe8008016`), pat("signed with invalid entitlements", `(?:executable|application) was signed with invalid entitlements`)},
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
			pat("6705", `(?:^|[^\d])-67055\b|errSecCSResourcesInvalid`),

			pat("67054", `(?:^|[^\d])-67054\b|errSecCSBadResource`),
			pat("0xe8008017", `0xe8008017`), pat("signed resource has been", `A signed resource has been added, modified, or deleted`), pat("sealed resource", `a sealed resource is missing or invalid`), pat("file added after", `File (?:added|modified|removed) after (?:outer )?(?:app )?bundle was codesigned`), pat("file ", `\bfile (?:added|modified|missing): (?P<path>\S{1,300})`)},
	},
	{
		ID: "text-app-no-valid-signature", Title: "The application does not have a valid signature", Severity: Error,
		Source:  "iOS installer (0xe8008019, 0xe800801c), ideviceinstaller",
		Meaning: "The device could not validate the app's code signature, or found none.",
		Causes: []string{
			"The app (or a framework or extension inside it) is unsigned or signed ad hoc.",
			"It was re-signed by a tool that left an invalid signature, or modified after signing.",
			"The signing certificate is not an iOS development, ad hoc or enterprise certificate.",
		},
		Confirm: dropApp,
		Fix:     "Sign every nested framework and extension, then the app, with the same valid identity; verify with `codesign --verify --deep --strict -vvv Payload/App.app`.",
		Checks:  []string{chkMachoUnsigned, chkMachoSigInvalid, chkBundleNested},
		patterns: []pattern{
			pat("could not be verified", `The application could not be verified`),
			pat("0xe8008019", `0xe8008019|0xe800801c`), pat("does not have a valid signature", `application does not have a valid signature`), pat("no code signature found", `No code signature found`), pat("applicationverificationfailed", `ApplicationVerificationFailed`)},
	},
	{
		ID: "text-integrity-not-verified", Title: "App integrity could not be verified", Severity: Error,
		Source:  "iOS, iPadOS (installing an .ipa)",
		Meaning: "iOS would not install the app because its signature or profile failed verification.",
		Causes: []string{
			"The certificate that signed it was revoked or expired (common with enterprise and re-signed apps).",
			"The device is not in the ad hoc or development profile.",
			"The .ipa was re-signed with a tool whose signature iOS rejects, or modified after signing.",
		},
		Confirm:  dropAppProf,
		Fix:      "Drop the .ipa: check the certificate dates, the profile's devices and the signature; re-sign with a current certificate and profile.",
		Checks:   []string{chkCertExpired, chkProfileDevice, chkMachoSigInvalid},
		patterns: []pattern{pat("integrity could not be verified", `integrity could not be verified`)},
	},
	{
		ID: "text-untrusted-developer", Title: "Untrusted developer on the device", Severity: Warning,
		Source:  "iOS, Xcode (launch)",
		Meaning: "The app installed but the user has not yet trusted the developer certificate or enterprise profile on this device, so iOS will not launch it.",
		Causes: []string{
			"First launch of an app signed with a development certificate of a free team, or an enterprise profile.",
			"The device cannot reach Apple to verify the developer (no network).",
		},
		Confirm: dropNoFile,
		Fix:     "On the device: Settings > General > VPN & Device Management, choose the developer and tap Trust. Xcode can then launch the app.",
		Checks:  []string{chkProfileFreeTeam},
		patterns: []pattern{
			pat("is trusted on your device", `Developer App certificate for your account is trusted on your device`),

			pat("verify", `Unable to Verify App|verify trust of the developer`),
			pat("process launch failed: security", `process launch failed: Security`),
			pat("untrusted", `Untrusted (?:Enterprise )?Developer`), pat("explicitly trusted", `profile has not been explicitly trusted by the user`)},
	},
	{
		ID: "text-application-identifier-mismatch", Title: "Installed app has another application identifier", Severity: Error,
		Source:   "Xcode / installd",
		Meaning:  "The device already has an app with this bundle ID whose application-identifier (team prefix + bundle ID) differs, so the new build can't replace it.",
		Causes:   []string{"The installed copy came from another team (TestFlight, App Store, a colleague's build).", "The team or App ID prefix changed."},
		Confirm:  dropAppProf,
		Fix:      "Delete the installed app from the device, then install again.",
		Checks:   []string{chkEntTeamMismatch},
		patterns: []pattern{pat("application-identifier entitlement does not match", `application-identifier entitlement does not match that of the installed application`)},
	},
	// ---- macOS launch, AMFI, taskgated, kernel ----
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
			pat("no matching profile found", `No matching profile found`),
			pat("no eligible provisioning profiles", `(?:Disallowing:? (?P<bundle_id2>[A-Za-z0-9.\-]{3,150}) because )?no eligible provisioning profiles? found`),
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
			"The signature no longer matches the file: it was modified after signing, or copied over a running binary in place (use a new file, not cp onto the old one).",
			"On Apple silicon the binary is unsigned (arm64 code must be at least ad hoc signed), or its certificate was revoked.",
			"It contains arm64e code, which third-party software can run only on macOS 26 or later (the kernel log says 'preview arm64e ABI').",
		},
		Confirm:  dropApp + ", with its provisioning profile if it has one",
		Fix:      "Look in the system log at the time of the kill: `log show --last 5m --predicate \"process == 'taskgated-helper' or process == 'amfid' or sender == 'AppleMobileFileIntegrity'\"`, and drop the binary here to check its signature and entitlements.",
		Checks:   []string{chkEntNotInProfile, chkMachoSigInvalid, chkMachoUnsigned, chkMachoArm64e},
		patterns: []pattern{pat("killed", `(?:zsh|bash|sh|fish): killed\b|\bKilled: 9\b|\bkilled\s+(?:\./|/)\S+`), pat("137", `\bexit(?:s|ed)?(?: with)?(?: code| status)? 137\b`)},
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

			pat("code signature invalid", `Code Signature Invalid`),
			pat("codesigning", `Namespace CODESIGNING(?:, Code (?P<code>\d+|0x[0-9a-f]+))?|SIGKILL - CODESIGNING|Termination Reason: CODESIGNING(?: (?P<code2>\d+))?`),
			pat("invalid signature", `Taskgated Invalid Signature`),
			pat("cs_invalid_page", `cs_invalid_page`),
		},
	},
	{
		ID: "text-launch-constraint", Title: "Launch constraint violation", Severity: Error,
		Source:   "crash reports, the kernel (macOS 13 and later)",
		Meaning:  "The process, its parent or a loaded library did not satisfy a launch or library constraint, so the system refused to run it.",
		Causes:   []string{"An Apple system executable was copied or moved out of its place and launched from elsewhere.", "A third-party launch constraint (in a launchd plist or the signature) names a requirement the code does not meet."},
		Confirm:  dropApp,
		Fix:      "Run system executables from their original location; for your own constraints, compare the requirement with the designated requirement signdoctor prints.",
		patterns: []pattern{pat("launch constraint", `Launch Constraint Violation|launch constraint(?:s)? (?:violation|not satisfied)`)},
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
			pat("different team ids", `(?:have|has) different Team IDs`),
			pat("no team id", `mapped file has no Team ID and is not a platform binary`),
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
		Confirm:  "the executable and the library it names",
		Fix:      "Embed the library (Embed & Sign in Xcode), check `otool -L` and `otool -l | grep -A2 LC_RPATH`; if the reason is a signature, see the library validation explanation.",
		Checks:   []string{chkMachoSigInvalid},
		patterns: []pattern{pat("library not loaded", `Library not loaded:? (?P<path>\S{1,300})`)},
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
			pat("cannot be opened for an unexpected reason", `cannot be opened for an unexpected reason`),
			pat("permission to open the application", `You do not have permission to open the application`),
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
		patterns: []pattern{pat("arm64e", `built against preview arm64e ABI`), pat("arm64e", `arm64e (?:binaries are|code is) not (?:supported|allowed)`)},
	},
	{
		ID: "text-kernel-signature-rejected", Title: "The kernel rejected the code signature", Severity: Error,
		Source:  "the kernel (mac_vnode_check_signature, AMFI)",
		Meaning: "When the program was loaded, the kernel's signature validation failed fatally; the text after 'When validating' says which rule failed.",
		Causes: []string{
			"The code claims something it needs another (restricted or private) entitlement for — the message names it after 'disallowed without'.",
			"The signature is invalid or does not match the file.",
			"The binary is an arm64e, unsigned or revoked binary (see the other kernel lines).",
		},
		Confirm: dropApp,
		Fix:     "Read the 'When validating' line; drop the binary to check its signature and entitlements.",
		Checks:  []string{chkMachoSigInvalid, chkEntPrivate, chkEntNotInProfile},
		patterns: []pattern{
			pat("amfi", `AMFI: code signature validation failed`),
			pat("unrecoverable ct signature issue", `Unrecoverable CT signature issue`),

			pat("validation failed fatally", `code signature validation failed fatally(?:: When validating (?P<path>\S{1,300}?):?)?`),
			pat("disallowed without", `disallowed without (?P<entitlement>[A-Za-z0-9.\-]{3,120})`),
			pat("failed through macf", `validation of code signature failed through MACF policy`),
			pat("load code signature error", `load code signature error \d+`),
		},
	},
	{
		ID: "text-gatekeeper-damaged", Title: "Gatekeeper: app is damaged", Severity: Error,
		Source:  "Gatekeeper (Finder alert)",
		Meaning: "A quarantined (downloaded) app failed the signature check. Despite the word, the file is usually intact; its signature is not.",
		Causes: []string{
			"The app was modified after signing (files added to the bundle, Info.plist edited, a framework replaced).",
			"It is unsigned or signed ad hoc, and was downloaded on Apple silicon.",
			"Symlinks in frameworks were flattened when zipping, which breaks the seal.",
		},
		Confirm:  dropApp,
		Fix:      "Check with `codesign --verify --deep --strict -vvv App.app` and `spctl -a -vvv App.app`; re-sign inside out, notarize, and zip with `ditto -c -k --keepParent`.",
		Checks:   []string{chkBundleSealed, chkBundleSealAdded, chkBundleSealPlist, chkMachoPageHash, chkMachoUnsigned, chkMachoAdhoc},
		patterns: []pattern{pat("is damaged", `is damaged and can'?t be opened`)},
	},
	{
		ID: "text-gatekeeper-unverified", Title: "Gatekeeper: app not notarized or developer not verified", Severity: Error,
		Source:  "Gatekeeper (Finder alert), spctl",
		Meaning: "The downloaded app is not signed with a Developer ID and notarized, or Gatekeeper could not find its notarization ticket.",
		Causes: []string{
			"The app was never notarized, or a different build than the one notarized is being shipped.",
			"It is signed with an Apple Development or other non-Developer ID certificate.",
			"Nested code inside was not covered (signed after notarization, or unsigned).",
			"The ticket is not stapled and the Mac is offline.",
		},
		Confirm: dropNotary,
		Fix:     "Sign with Developer ID Application, hardened runtime and a secure timestamp, notarize with `xcrun notarytool submit App.zip --wait`, staple with `xcrun stapler staple App.app`, and check with `spctl -a -vvv App.app`.",
		Checks:  []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		patterns: []pattern{
			pat("not downloaded from the app store", `can'?t be opened because it was not downloaded from the App Store`),
			pat("cannot verify that this app is free from malware", `cannot verify that this app is free from malware`),

			pat("developer cannot be verified", `(?:cannot|can'?t) be opened because (?:the developer cannot be verified|it is from an unidentified developer|Apple cannot check it for malicious software)`),
			pat("could not verify", `Apple could not verify "?(?P<app>[^"]{1,120}?)"? is free of malware`),
			pat("source=", `source=(?P<reason>Unnotarized Developer ID|no usable signature|Apple Development|Mac App Store|Notarized Developer ID)`),
			pat("rejected", `\.(?:app|pkg|dmg|dylib)"?: rejected\b`),
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
		Confirm:  "the app and its updater (both executables, or both zipped apps)",
		Fix:      "Sign the app and its updater with the same team, or add the updater to NSUpdateSecurityPolicy in the app's Info.plist; users can grant App Management in System Settings > Privacy & Security.",
		Checks:   []string{chkBundleUpdater},
		patterns: []pattern{pat("deny(", `System Policy: \S{1,80}\(\d+\) deny\(\d+\) file-(?:write|link|unlink)[a-z\-]* (?P<path>/\S.{0,200}?\.app\S{0,200})`), pat("app management", `App Management`)},
	},
	{
		ID: "text-sandbox-inheritance", Title: "Sandbox inheritance trap in a child process", Severity: Error,
		Source:   "crash reports (_libsecinit_appsandbox)",
		Meaning:  "A helper that inherits the app's sandbox crashed while setting it up.",
		Causes:   []string{"The helper has com.apple.security.inherit with other entitlements beside com.apple.security.app-sandbox (it may have only those two).", "The helper was launched by something other than its sandboxed parent (launchd, Finder, a shell)."},
		Confirm:  "the helper executable (its entitlements are listed)",
		Fix:      "Give the helper exactly com.apple.security.app-sandbox and com.apple.security.inherit, and start it only as a child of the sandboxed app.",
		patterns: []pattern{pat("_libsecinit_appsandbox", `_libsecinit_appsandbox`)},
	},
	// ---- codesign --verify output ----
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
			pat("6704", `(?:^|[^\d])-67045\b|errSecCSSignatureInvalid`),

			pat("main executable failed strict validation", `main executable failed strict validation`),
			pat("have been modified", `invalid (?:Info\.plist \(plist|resource directory \(directory) or signature have been modified\)`),
			pat("invalid signature", `invalid signature \(code or signature have been modified\)`), pat("-67061", `(?:^|[^\d])-67061\b|errSecCSSignatureFailed`)},
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
		Confirm:  dropNotary,
		Fix:      "Re-sign the reported file with Developer ID, `--options runtime --timestamp`, sign its container after it, and check with `codesign --verify --strict -vvv FILE`.",
		Checks:   []string{chkMachoPageHash, chkMachoCDHash, chkMachoCMSInvalid, chkMachoUntrusted, chkMachoAdhoc, chkMachoLinkerSigned},
		patterns: []pattern{pat("signature of the binary is invalid", `The signature of the binary is invalid`)},
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
		Confirm:  dropApp,
		Fix:      "Sign nested code first (deepest first), then the app; avoid `--deep` for signing. `codesign --verify --deep --strict -vvv App.app` names the subcomponent.",
		Checks:   []string{chkBundleNested, chkBundleNestedTeam, chkBundleMisplaced, chkBundleSealed},
		patterns: []pattern{pat("nested code is modified or invalid", `nested code is modified or invalid`), pat("in subcomponent", `In subcomponent: (?P<path>\S{1,300})`)},
	},
	{
		ID: "text-not-signed", Title: "Code is not signed", Severity: Error,
		Source:  "codesign, spctl, notary service, iOS installer",
		Meaning: "The file carries no code signature at all.",
		Causes: []string{
			"It was never signed (a build without signing, a downloaded or generated binary).",
			"strip or another tool removed the signature.",
			"Only the outer bundle was signed and this nested file was missed.",
		},
		Confirm:  dropApp,
		Fix:      "Sign it: `codesign -s \"Developer ID Application: …\" --options runtime --timestamp FILE` (or your development identity), nested code before its container.",
		Checks:   []string{chkMachoUnsigned, chkBundleNested, chkBundleMainUnsigned},
		patterns: []pattern{pat("not signed at all", `code object is not signed at all`), pat("-67062", `(?:^|[^\d])-67062\b|errSecCSUnsigned`), pat("the binary is not signed", `The binary is not signed\.`), pat("no usable signature", `no usable signature`)},
	},
	{
		ID: "text-detritus", Title: "Resource fork or Finder information not allowed", Severity: Error,
		Source:   "codesign",
		Meaning:  "codesign refuses to sign files that carry extended attributes such as resource forks or Finder info.",
		Causes:   []string{"Files in the bundle picked up com.apple.FinderInfo or resource forks (copied from a disk image, edited in Finder, icon files).", "The bundle lives in a cloud-synced folder (iCloud Drive, Dropbox) that adds attributes."},
		Confirm:  dropNoFile,
		Fix:      "`xattr -cr App.app` then sign again; build outside cloud-synced folders.",
		patterns: []pattern{pat("detritus", `resource fork, Finder information, or similar detritus not allowed`)},
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
		Confirm:  dropApp,
		Fix:      "Move files to where Placing Content in a Bundle says they go; archive with `ditto` or `zip -y` to keep symlinks.",
		Checks:   []string{chkBundleMisplaced, chkBundleDataInMacOS, chkBundleAppleDouble},
		patterns: []pattern{pat("unsealed contents present", `unsealed contents present in the (?:bundle root|root directory of an embedded framework)`), pat("bundle format", `bundle format (?:unrecognized, invalid, or unsuitable|is ambiguous)`)},
	},
	{
		ID: "text-csreq-67050", Title: "Code failed to satisfy a code requirement (-67050)", Severity: Error,
		Source:  "SecCode/SecStaticCode APIs, NSXPCConnection.setCodeSigningRequirement, codesign -R, TCC",
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
			pat("failed to match existing code requirement", `Failed to match existing code requirement for subject (?P<bundle_id>[A-Za-z0-9.\-]{3,150})`),

			pat("-67050", `(?:^|[^\d])-67050\b`),
			pat("errseccsreqfailed", `errSecCSReqFailed`),
			pat("failed to satisfy", `failed to satisfy (?:specified |its |the )?code requirement`),
			pat("does not satisfy its designated requirement", `does not satisfy its designated Requirement`),
			pat("setcodesigningrequirement", `setCodeSigningRequirement\(\s*"(?P<requirement>[^"]{1,300})"\s*\)`),
			pat("xpc_support_check_token", `xpc_support_check_token: (?P<requirement2>.{1,300}?) error:`),
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
		ID: "text-timestamp-unavailable", Title: "Timestamp service not available", Severity: Error,
		Source:   "codesign --timestamp",
		Meaning:  "codesign could not get a secure timestamp from Apple's timestamp server.",
		Causes:   []string{"No network access to timestamp.apple.com from the build machine (firewall, proxy, sandboxed CI).", "A temporary outage of the service."},
		Confirm:  dropNoFile,
		Fix:      "Allow access to http://timestamp.apple.com/ts01 and retry. Do not drop --timestamp for distribution: notarization requires it.",
		Checks:   []string{chkMachoNoTimestamp},
		patterns: []pattern{pat("timestamp service is not available", `The timestamp service is not available`), pat("timestamp was expected", `A timestamp was expected but was not found`)},
	},
	{
		ID: "text-already-signed", Title: "Already signed", Severity: Info,
		Source:   "codesign",
		Meaning:  "codesign will not replace an existing signature unless told to.",
		Causes:   []string{"The file was signed before (by the linker, Xcode or a previous run)."},
		Confirm:  dropNoFile,
		Fix:      "Add -f (--force) to replace the signature.",
		patterns: []pattern{pat("is already signed", `: is already signed`)},
	},
	{
		ID: "text-invalid-entitlements-blob", Title: "Invalid entitlements blob", Severity: Error,
		Source:   "the kernel (AMFI), App Store Connect (ITMS-90164), iOS installer",
		Meaning:  "The entitlements embedded in the signature could not be parsed, or the XML and DER forms disagree.",
		Causes:   []string{"A re-signing tool wrote malformed XML or non-canonical DER entitlements.", "The entitlements file contained unsupported types or unexpanded build variables.", "Only XML entitlements were embedded where recent iOS needs the DER form too."},
		Confirm:  dropApp,
		Fix:      "Re-sign with Apple's codesign from a clean .entitlements plist; signdoctor compares the XML and DER forms.",
		Checks:   []string{chkEntDERMismatch, chkEntUnexpanded},
		patterns: []pattern{pat("invalid entitlements blob", `invalid entitlements blob`), pat("amfiunserializexml", `AMFIUnserializeXML`), pat("unrecognized blob type", `unrecognized blob type`)},
	},
	{
		ID: "text-app-group-prefix", Title: "App group ID refused: not prefixed by the team", Severity: Warning,
		Source:   "containermanagerd, the system log (macOS 15 and later)",
		Meaning:  "macOS refused (or asked the user about) access to an app group container whose ID is neither team-prefixed nor authorised by the app's profile.",
		Causes:   []string{"A macOS-style group ID without the team prefix, or a group.… ID that no embedded profile authorises.", "The app is signed ad hoc or by another team, so no team prefix can match."},
		Confirm:  dropAppProf,
		Fix:      "Use TEAMID.name, or a group.… ID authorised by an embedded provisioning profile (Mac profiles can authorise group.… IDs since February 2025).",
		Checks:   []string{chkEntAppGroup, chkEntAppGroupAuth},
		patterns: []pattern{pat("prefixed by requestor's team id", `should be prefixed by (?:the )?requestor's team ID`)},
	},
	// ---- Notarization and App Store Connect ----
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
		patterns: []pattern{pat("get-task-allow", `requests the com\.apple\.security\.get-task-allow entitlement`), pat("get-task-allow", `get-task-allow(?: entitlement)?[^.]{0,80}(?:not allowed|is not permitted|must be (?:removed|false)|set to true)`)},
	},
	{
		ID: "text-no-hardened-runtime", Title: "Hardened runtime not enabled", Severity: Error,
		Source:   "notary service, Xcode",
		Meaning:  "Notarization requires every executable to be signed with the hardened runtime (the runtime flag in its signature).",
		Causes:   []string{"ENABLE_HARDENED_RUNTIME is off for the target, or a nested helper or framework was signed separately without it.", "codesign was run without --options runtime."},
		Confirm:  dropNotary,
		Fix:      "Enable Hardened Runtime in Signing & Capabilities, or sign with `codesign --options runtime --timestamp -s \"Developer ID Application: …\"` every executable, inside out.",
		Checks:   []string{chkMachoNoRuntime, chkBundleNestedRuntime},
		patterns: []pattern{pat("hardened runtime", `does not have the hardened runtime enabled|Hardened Runtime is not enabled|rebuilt with support for the Hardened Runtime`)},
	},
	{
		ID: "text-no-secure-timestamp", Title: "Signature has no secure timestamp", Severity: Error,
		Source:   "notary service",
		Meaning:  "Notarization requires a secure timestamp from Apple's timestamp server in each signature.",
		Causes:   []string{"codesign ran without --timestamp (Xcode adds one only when exporting for distribution).", "The binary was signed ad hoc or by a tool that cannot timestamp."},
		Confirm:  dropNotary,
		Fix:      "Sign with `codesign --timestamp --options runtime -s \"Developer ID Application: …\" FILE`.",
		Checks:   []string{chkMachoNoTimestamp},
		patterns: []pattern{pat("secure timestamp", `does not include a secure timestamp`)},
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
		Confirm:  dropNotary,
		Fix:      "Re-sign every binary the log lists with `codesign -f -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE`, inside out, then the container.",
		Checks:   []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoAdhoc, chkMachoInstallerCert},
		patterns: []pattern{pat("developer id certificate", `not signed with a valid Developer ID certificate`)},
	},
	{
		ID: "text-old-sdk", Title: "Built with an SDK older than 10.9", Severity: Error,
		Source:   "notary service",
		Meaning:  "Notarization rejects executables linked against an SDK older than macOS 10.9.",
		Causes:   []string{"A prebuilt third-party binary or library from long ago is bundled."},
		Confirm:  dropNotary,
		Fix:      "Rebuild the binary with a current Xcode (deployment target may stay low), or replace it.",
		patterns: []pattern{pat("sdk older than", `uses an SDK older than the 10\.9 SDK`)},
	},
	{
		ID: "text-notary-invalid", Title: "Notarization status Invalid", Severity: Error,
		Source:   "notarytool, altool",
		Meaning:  "The notary service rejected the submission; the reasons are only in its log.",
		Causes:   []string{"Some binary in the submission fails a notarization rule (Developer ID, hardened runtime, timestamp, get-task-allow, valid signature)."},
		Confirm:  dropNotary,
		Fix:      "Fetch the log: `xcrun notarytool log SUBMISSION-ID --keychain-profile PROFILE log.json`, and drop log.json here.",
		Checks:   []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		patterns: []pattern{pat("invalid", `status: Invalid\b`), pat("critical validation errors", `Archive contains critical validation errors`)},
	},
	{
		ID: "text-notary-in-progress", Title: "Notarization still in progress", Severity: Info,
		Source:  "notarytool info / history",
		Meaning: "The notary service has not finished with the submission. Most finish within minutes; some take hours.",
		Causes: []string{
			"The service is busy or the submission was routed for deeper analysis (first submissions of a team or of a new product take longer).",
			"A large archive.",
		},
		Confirm:  dropNoFile,
		Fix:      "Wait with `xcrun notarytool wait SUBMISSION-ID` (or `submit --wait --timeout 2h` in CI) rather than resubmitting the same build; check Apple's Developer System Status page.",
		patterns: []pattern{pat("in progress", `status: In Progress\b`)},
	},
	{
		ID: "text-notary-team-not-configured", Title: "Team not yet configured for notarization", Severity: Error,
		Source:  "notary service (statusCode 7000)",
		Meaning: "The notary service rejected the submission before looking at it: the team cannot notarize yet.",
		Causes:  []string{"A new team or one whose program membership is not fully set up.", "The account holder has not accepted the latest agreements."},
		Confirm: dropNoFile,
		Fix:     "Accept pending agreements on the developer website; if it persists, contact Developer Programs Support.",
		patterns: []pattern{
			pat("not yet configured for notarization", `Team is not yet configured for notarization`)},
	},
	{
		ID: "text-notary-auth", Title: "Notary service login failed", Severity: Error,
		Source:   "notarytool, altool",
		Meaning:  "The notary service did not accept the credentials.",
		Causes:   []string{"The Apple ID password was used instead of an app-specific password.", "Wrong team ID for that Apple ID, or an App Store Connect API key without access.", "A keychain profile stored with old credentials."},
		Confirm:  dropNoFile,
		Fix:      "Create an app-specific password at appleid.apple.com and store it: `xcrun notarytool store-credentials PROFILE --apple-id ID --team-id TEAMID`.",
		patterns: []pattern{pat("401", `HTTP status code: 401`), pat("invalid credentials", `Invalid credentials\. Username or password is incorrect`)},
	},
	{
		ID: "text-stapler-failed", Title: "Stapling failed (ticket not found)", Severity: Error,
		Source:   "xcrun stapler",
		Meaning:  "stapler could not find a notarization ticket for this file's code.",
		Causes:   []string{"This exact build was not notarized (or notarization failed): the ticket is found by CDHash, so a rebuilt or re-signed app has none.", "The ticket was just issued and has not propagated yet.", "Stapling a file type that cannot hold a ticket (a bare executable or a .zip)."},
		Confirm:  dropNotary,
		Fix:      "Check the submission's status and log, notarize the same file you staple, staple the .app, .dmg or .pkg (not the zip).",
		patterns: []pattern{pat("staple", `The staple and validate action failed! Error (?P<code>\d+)`), pat("record not found", `CloudKit query for \S{1,200} failed due to "?Record not found`)},
	},
	{
		ID: "text-ticket-not-stapled", Title: "Notarization ticket not stapled", Severity: Info,
		Source:   "syspolicy_check, stapler validate",
		Meaning:  "The app has no notarization ticket attached. If it was notarized, Gatekeeper fetches the ticket online; stapling only matters for first launch offline.",
		Causes:   []string{"stapler staple was not run after notarization.", "The app was changed (and re-signed) after stapling."},
		Confirm:  dropApp,
		Fix:      "`xcrun stapler staple App.app` (or the .dmg / .pkg) after notarization succeeds.",
		Checks:   []string{chkBundleStapled},
		patterns: []pattern{pat("not stapled", `(?:ticket is not stapled|Notary Ticket Missing|does not have a ticket stapled)`)},
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
			pat("key '", `(?:for )?(?:the )?key '(?P<entitlement2>[A-Za-z0-9.\-]{3,120})'`),

			pat("invalid code signing entitlements", `Invalid Code Signing Entitlements`),
			pat("value for the", `the "(?P<value>[^"]{0,200})" value for the (?P<entitlement>[A-Za-z0-9.\-]{3,120}) key(?: in "(?P<path>[^"]{1,300})")?`),
			pat("itms-90046", `ITMS-90046`),
		},
	},
	{
		ID: "text-invalid-signature-upload", Title: "App Store Connect: invalid signature", Severity: Error,
		Source:  "App Store Connect / Xcode Cloud upload (ITMS-90035, ITMS-90034)",
		Meaning: "The uploaded app is not signed the way the App Store requires: with an Apple Distribution certificate of the team, valid for every binary inside.",
		Causes: []string{
			"A binary is signed with a development, ad hoc or Developer ID certificate, or not at all (often a nested framework or helper).",
			"The file changed after the archive was signed.",
			"A Debug or Simulator build was uploaded.",
			"A team or account problem on Apple's side: the same project uploads from another account (as in Xcode Cloud reports) — contact Apple.",
		},
		Confirm:    dropApp,
		Fix:        "Archive a Release build, export with App Store Connect distribution, and check every binary with `codesign -dvvv` (Authority=Apple Distribution: …).",
		Checks:     []string{chkMachoDevSigned, chkMachoAppStoreSigned, chkMachoSigInvalid, chkBundleNested},
		Supersedes: []string{"text-csreq-67050"},
		patterns: []pattern{
			pat("asset validation failed", `Asset validation failed \(9003[45]\)`),

			pat("invalid signature", `Invalid Signature\. (?:Code failed to satisfy|The (?:main )?(?:app|binary|file))`),
			pat("is not properly signed", `The file at path "?(?P<path>[^"]{1,300}?)"? is not properly signed`),
			pat("itms-9003", `ITMS-9003[45]\b`),
			pat("apple submission certificate", `not signed using an Apple submission certificate`),
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
		patterns: []pattern{
			pat("missing provisioning profile", `Missing Provisioning Profile`),
			pat("invalid provisioning profile", `Invalid Provisioning Profile(?: Signature)?\b`)},
	},
	{
		ID: "text-app-sandbox-not-enabled", Title: "App Store Connect: App Sandbox not enabled", Severity: Error,
		Source:   "App Store Connect upload (ITMS-90296)",
		Meaning:  "Every executable in a Mac App Store app must be sandboxed.",
		Causes:   []string{"com.apple.security.app-sandbox is missing from the app's or a helper's entitlements."},
		Confirm:  dropApp,
		Fix:      "Add the App Sandbox capability to every target, re-sign the helpers with com.apple.security.app-sandbox (and com.apple.security.inherit for child tools).",
		patterns: []pattern{pat("app sandbox not enabled", `App sandbox not enabled`), pat("itms-90296", `ITMS-90296`)},
	},
	{
		ID: "text-automatic-signing-failed", Title: "Xcode automatic signing failed", Severity: Error,
		Source:  "Xcode (Signing & Capabilities)",
		Meaning: "Xcode could not create or download a profile for the target; the lines after this one give the reason.",
		Causes: []string{
			"The profile lacks an entitlement the target claims (the capability is not enabled, not available to the team, or awaiting Apple's approval).",
			"The Apple ID has no role that allows creating profiles, or no devices are registered.",
			"The bundle ID belongs to another team.",
		},
		Confirm:  dropProfEnt,
		Fix:      "Read the reason below the message; open the Report navigator's 'Update Signing' report for details.",
		Checks:   []string{chkEntNotInProfile},
		patterns: []pattern{pat("automatic signing failed", `Automatic signing failed`), pat("failed to provision this target", `Xcode failed to provision this target`)},
	},
	{
		ID: "text-signature-version-unsupported", Title: "Code signature version no longer supported", Severity: Error,
		Source:  "Xcode / iOS installer (iOS 15 and later)",
		Meaning: "The device refuses signatures in the old format: recent iOS needs a CodeDirectory of a newer version and the entitlements in DER form as well as XML.",
		Causes: []string{
			"The app or a framework inside it was signed on an old macOS or Xcode (before macOS 11), or by a re-signing tool that writes the old format.",
			"A prebuilt framework was copied in with its old signature and not re-signed.",
		},
		Confirm:  dropApp,
		Fix:      "Re-sign with a current codesign: `codesign -f -s IDENTITY --generate-entitlement-der --entitlements app.entitlements Payload/App.app` (frameworks first).",
		Checks:   []string{chkEntDERMismatch},
		patterns: []pattern{pat("signature version is no longer supported", `code signature version is no longer supported`)},
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
			pat("6705", `(?:^|[^\d])-67056\b|errSecCSResourcesNotFound`),
			pat("code has no resources", `code has no resources but signature indicates they must be present`)},
	},
	{
		ID: "text-gatekeeper-will-damage", Title: "Gatekeeper: app will damage your computer", Severity: Error,
		Source:   "Gatekeeper, XProtect (Finder alert)",
		Meaning:  "macOS considers the app harmful: its Developer ID certificate or notarization ticket was revoked, or XProtect recognised it as malware.",
		Causes:   []string{"Apple revoked the signing certificate or the notarization ticket (for example after a key leaked or the account was terminated).", "A file in the app matches a malware signature."},
		Confirm:  dropApp,
		Fix:      "Check the certificate's status in your developer account; if it was revoked, create a new Developer ID certificate, re-sign, notarize and redistribute. Contact Apple if you believe it is a false positive.",
		Checks:   []string{chkMachoUntrusted},
		patterns: []pattern{pat("will damage your computer", `will damage your computer`)},
	},
	{
		ID: "text-bundle-id-unavailable", Title: "Bundle identifier belongs to another team", Severity: Error,
		Source:   "Xcode (automatic signing)",
		Meaning:  "App IDs are unique across all teams; this bundle ID is already registered by another team, so Xcode cannot register it for yours.",
		Causes:   []string{"A sample project or template kept its original bundle ID.", "Another of your accounts (a personal team, an old team) registered it.", "Someone else genuinely owns the name."},
		Confirm:  dropNoFile,
		Fix:      "Change the bundle identifier to one under your own reverse-DNS name (for example com.yourcompany.app), or sign with the team that owns it.",
		patterns: []pattern{pat("cannot be registered to your development team", `The app identifier "?(?P<bundle_id>[^" ]{1,160})"? cannot be registered to your development team`), pat("failed to register bundle identifier", `Failed to register bundle identifier`)},
	},
	{
		ID: "text-no-devices", Title: "No registered devices for a development profile", Severity: Error,
		Source:   "Xcode (automatic signing)",
		Meaning:  "A development profile must list at least one device, and the team has none registered.",
		Causes:   []string{"No device has been connected to Xcode with this team selected.", "The devices were removed or the membership year reset the list."},
		Confirm:  dropNoFile,
		Fix:      "Connect a device and select it as the run destination (Xcode registers it), or add its UDID in Certificates, Identifiers & Profiles > Devices.",
		Checks:   []string{chkProfileDevice},
		patterns: []pattern{pat("has no devices", `Your team has no devices from which to generate a provisioning profile`)},
	},
	{
		ID: "text-requires-development-signing", Title: "Entitlements need signing with a team", Severity: Error,
		Source:   "Xcode",
		Meaning:  "The target claims entitlements that need a provisioning profile, while it is set to sign to run locally (ad hoc) or without a team.",
		Causes:   []string{"Signing Certificate is 'Sign to Run Locally' while the target has capabilities such as App Groups, iCloud or Keychain Sharing.", "No team is selected for the target."},
		Confirm:  "the .entitlements file (signdoctor lists which keys need a profile)",
		Fix:      "Select a team and let Xcode sign with a development certificate, or remove the capabilities that need one.",
		Checks:   []string{chkEntNotInProfile},
		patterns: []pattern{pat("require signing with a development certificate", `has entitlements that require signing with a development certificate`)},
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
		ID: "text-certificate-limit", Title: "Certificate limit reached", Severity: Error,
		Source:   "Xcode, developer website",
		Meaning:  "A team may hold only a few certificates of each distribution kind at a time; a new one cannot be created until an old one is revoked.",
		Causes:   []string{"Certificates were created on several Macs or CI machines instead of sharing one identity.", "Old certificates were never revoked."},
		Confirm:  dropCert,
		Fix:      "Reuse the existing certificate: export it with its private key as a .p12 from the Mac that has it. Otherwise revoke an unused one on the website (apps already signed with a revoked distribution certificate from the App Store keep working).",
		patterns: []pattern{pat("maximum", `reached the maximum (?:allowed )?number of (?:[A-Za-z ]{0,40})?certificates`), pat("already have a current", `You already have a current [A-Za-z ]{2,60}certificate or a pending certificate request`)},
	},
	{
		ID: "text-testflight-app-identifier", Title: "Mac build not eligible for TestFlight", Severity: Error,
		Source:   "App Store Connect (ITMS-90885, ITMS-90886, ITMS-90889)",
		Meaning:  "For TestFlight on the Mac every bundle must embed a provisioning profile and carry the application identifier that profile names.",
		Causes:   []string{"A helper, extension or the app was signed without com.apple.application-identifier (entitlements not taken from its profile).", "A nested bundle has no embedded.provisionprofile."},
		Confirm:  dropAppProf,
		Fix:      "Give every bundle its own Mac App Store profile, embed it as Contents/embedded.provisionprofile, and sign with entitlements that include com.apple.application-identifier and com.apple.developer.team-identifier.",
		Checks:   []string{chkEntTeamMismatch, chkEntNotInProfile},
		patterns: []pattern{pat("cannot be used with testflight", `Cannot be used with TestFlight because`)},
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
		ID: "text-codesign-command-failed", Title: "Xcode's CodeSign step failed", Severity: Warning,
		Fallback: true,
		Source:   "Xcode, xcodebuild",
		Meaning:  "This line only says that codesign failed; the reason is on the lines just before it in the build log.",
		Causes:   []string{"See the codesign output above this line (errSecInternalComponent, no identity found, detritus not allowed…)."},
		Confirm:  dropNoFile,
		Fix:      "Expand the CodeSign step in Xcode's report navigator, or paste the lines above this one.",
		patterns: []pattern{pat("codesign failed with a nonzero exit code", `Command CodeSign failed with a nonzero exit code`)},
	},
	{
		ID: "text-bad-cpu-type", Title: "Executable not built for this Mac's CPU", Severity: Error,
		Source:   "Terminal (zsh, bash), LaunchServices",
		Meaning:  "The executable has no slice this Mac can run: for example arm64 only on an Intel Mac, or 32-bit code on current macOS.",
		Causes:   []string{"It was built for one architecture only.", "Rosetta is not installed on an Apple silicon Mac running x86_64-only code.", "It is 32-bit (i386), which macOS no longer runs."},
		Confirm:  "the executable (its slices are listed)",
		Fix:      "Build a universal binary (`ARCHS = arm64 x86_64`, or `lipo -create`), and sign it after merging.",
		patterns: []pattern{pat("bad cpu type", `bad CPU type in executable`)},
	},
	{
		ID: "text-agreement-required", Title: "An agreement must be accepted first", Severity: Error,
		Source:   "Xcode, notarytool, altool, App Store Connect",
		Meaning:  "Apple refuses the request until the team's Account Holder accepts an updated Program License Agreement or contract.",
		Causes:   []string{"Apple published a new Program License Agreement and the Account Holder has not accepted it yet.", "Paid apps or in-app purchases need the Paid Apps agreement in App Store Connect."},
		Confirm:  dropNoFile,
		Fix:      "The Account Holder signs in at https://developer.apple.com/account (and App Store Connect > Business) and accepts the pending agreements; then retry.",
		patterns: []pattern{pat("program license agreement", `agree to the latest Program License Agreement|PLA Update available`), pat("sign the relevant contracts", `You must first sign the relevant contracts online`)},
	},
	{
		ID: "text-gatekeeper-first-launch", Title: "Gatekeeper's first-launch confirmation", Severity: Info,
		Source:   "Gatekeeper (Finder alert)",
		Meaning:  "This is the normal question for an app downloaded from the internet that passed Gatekeeper's checks (signed with Developer ID and notarized). Nothing is wrong.",
		Causes:   []string{"The app is quarantined because it was downloaded; the user confirms once."},
		Confirm:  dropNoFile,
		Fix:      "Nothing to fix. If the alert instead says the app cannot be verified or is damaged, that is a different problem.",
		patterns: []pattern{pat("downloaded from the internet", `is an app downloaded from the Internet\. Are you sure you want to open it`)},
	},
	{
		ID: "text-spctl-not-an-app", Title: "spctl: valid code that is not an app", Severity: Info,
		Source:   "spctl --assess --type exec",
		Meaning:  "spctl's execute assessment only accepts app bundles; a command-line tool, library or plug-in gets this answer even when it is correctly signed and notarized.",
		Causes:   []string{"The file assessed is not an app (a tool, dylib, framework or the executable inside an app)."},
		Confirm:  "the file itself (signdoctor shows its signature kind, Developer ID, hardened runtime and timestamp)",
		Fix:      "Assess the .app instead, or check a tool with `spctl -a -vvv -t open --context context:primary-signature FILE` and `codesign -dvvv FILE`.",
		Checks:   []string{chkMachoDevSigned, chkMachoNoRuntime, chkMachoNoTimestamp},
		patterns: []pattern{pat("does not seem to be an app", `rejected \(the code is valid but does not seem to be an app\)`)},
	},
	{
		ID: "text-profile-wrong-kind", Title: "Profile is of the wrong kind or platform", Severity: Error,
		Source:   "Xcode",
		Meaning:  "The selected profile is for another platform or another distribution method than the build needs.",
		Causes:   []string{"A development profile selected for an App Store or ad hoc export (or the reverse).", "An iOS profile selected for a macOS target, or a Mac profile for Mac Catalyst."},
		Confirm:  dropProfile,
		Fix:      "Create or select a profile of the kind and platform the build needs; signdoctor shows a profile's kind and platform.",
		Checks:   []string{chkProfileKind, chkProfileWrongPlat},
		patterns: []pattern{pat("does not match the current platform", `platform "?[A-Za-z ]{2,20}"?,? which (?:doesn't|does not) match the current platform`), pat("profile", `Provisioning profile "[^"]{1,160}" is not an? "?[A-Za-z ]{3,60}"? profile`)},
	},
	{
		ID: "text-p12-import-failed", Title: "Importing the .p12 failed", Severity: Error,
		Source:  "security import, Keychain Access, CI signing steps",
		Meaning: "The keychain could not read the .p12 (the certificate with its private key): the password is wrong, or the file is encrypted in a way macOS's importer does not read.",
		Causes: []string{
			"The .p12 was exported with OpenSSL 3, whose default encryption (AES-256 with PBKDF2) older macOS `security import` cannot read; it reports a MAC or password error even with the right password.",
			"The password given is not the one used at export (CI secrets often gain a trailing newline).",
			"The file was damaged in transit (base64 decoding in CI).",
		},
		Confirm:  "the certificate alone (.cer) to check its kind and dates; the .p12 itself stays private",
		Fix:      "Re-export with the legacy algorithms: `openssl pkcs12 -export -legacy -in cert.pem -inkey key.pem -out identity.p12`, or export from Keychain Access; then `security import identity.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign`.",
		patterns: []pattern{pat("mac verification failed", `MAC verification failed during PKCS12 import`), pat("passphrase you entered is not correct", `The user name or passphrase you entered is not correct`), pat("errsecauthfailed", `errSecAuthFailed|(?:^|[^\d])-25293\b`)},
	},
	{
		ID: "text-missing-push-entitlement", Title: "Push notifications used without the aps-environment entitlement", Severity: Warning,
		Source:   "App Store Connect (ITMS-90078, by email after upload)",
		Meaning:  "The app registers for remote notifications, but its signature has no aps-environment entitlement, so pushes will not reach it.",
		Causes:   []string{"The Push Notifications capability is not enabled for the target, so the profile and entitlements lack aps-environment.", "A third-party SDK calls the registration API though the app does not use push."},
		Confirm:  dropAppProf,
		Fix:      "Enable Push Notifications in Signing & Capabilities (and on the App ID), regenerate the profile and re-archive; if the app does not use push, the warning can be ignored.",
		Checks:   []string{chkEntAPS, chkEntNotInProfile},
		patterns: []pattern{pat("missing push notification entitlement", `Missing Push Notification Entitlement`), pat("itms-90078", `ITMS-90078`)},
	},
	{
		ID: "text-embedded-bundle-id-prefix", Title: "Extension's bundle ID is not under the app's", Severity: Error,
		Source:   "Xcode, App Store Connect",
		Meaning:  "Every app extension, watch app or embedded app must have a bundle identifier that starts with the containing app's bundle identifier and a dot.",
		Causes:   []string{"The app's bundle ID was changed and the extensions were not.", "An extension target was copied from another project."},
		Confirm:  "the app (zipped .app or .ipa): signdoctor lists every bundle's identifier",
		Fix:      "Set each embedded target's bundle ID to APPID.something (for example com.example.app.widget) and regenerate its profile.",
		Checks:   []string{chkBundleIdentifier},
		patterns: []pattern{pat("is not prefixed with the parent app", `bundle identifier is not prefixed with the parent app's bundle identifier`)},
	},
	{
		ID: "text-embedded-binary-certificate", Title: "Extension signed with another certificate than the app", Severity: Error,
		Source:   "Xcode",
		Meaning:  "An embedded binary (app extension, watch app) must be signed with the same certificate as the app that contains it.",
		Causes:   []string{"The extension target uses another team or signing identity than the app target.", "One target uses automatic signing and the other manual signing with another certificate."},
		Confirm:  "the app (zipped .app or .ipa): signdoctor shows the team and certificate of every bundle",
		Fix:      "Give every target the same team and signing style (automatic everywhere, or the same certificate with per-target profiles).",
		Checks:   []string{chkBundleNestedTeam, chkEntTeamMismatch},
		patterns: []pattern{pat("not signed with the same certificate as the parent app", `Embedded binary is not signed with the same certificate as the parent app`)},
	},
	{
		ID: "text-signing-certificate-invalid", Title: "Signing certificate is not valid for code signing", Severity: Error,
		Source:   "Xcode",
		Meaning:  "The certificate Xcode would sign with is no longer valid: it was revoked or it expired.",
		Causes:   []string{"The certificate was revoked (by a team member, by Xcode creating a replacement, or with the account).", "It expired.", "An Apple intermediate is missing, so the certificate cannot be validated."},
		Confirm:  dropCert,
		Fix:      "Delete it from the keychain, let Xcode create a new one (Settings > Accounts > Manage Certificates), and regenerate the profiles that listed the old one.",
		Checks:   []string{chkCertExpired, chkProfileCerts},
		patterns: []pattern{pat("is not valid for code signing", `Signing certificate "?(?P<identity>[^"]{1,160}?)"?, serial number "?[0-9A-Fa-f]{1,64}"?, is not valid for code signing`), pat("signing certificate is invalid", `Signing certificate is invalid`)},
	},
	{
		ID: "text-codesign-adhoc", Title: "codesign shows an ad hoc signature", Severity: Warning,
		Source:   "codesign -dvvv",
		Meaning:  "The code is signed ad hoc (no certificate, no team): it runs only on the Mac where it was signed or where Gatekeeper does not look, it cannot be notarized, and it cannot carry entitlements that need a provisioning profile. Signatures made by the linker (flags adhoc,linker-signed) are ad hoc too.",
		Causes:   []string{"The build signs to run locally (no team selected, CODE_SIGN_IDENTITY = -), or the Go/Rust/Swift linker's own signature was never replaced.", "A post-build step re-signed with `codesign -s -`."},
		Confirm:  "the binary (signdoctor shows each slice's signature kind)",
		Fix:      "Sign with a certificate: `codesign -f -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE` for distribution outside the App Store, or select a team in Xcode.",
		Checks:   []string{chkMachoAdhoc, chkMachoLinkerSigned},
		patterns: []pattern{pat("signature=adhoc", `\bSignature=adhoc\b`), pat("(adhoc", `\bflags=0x[0-9a-f]+\((?:[a-z\-]+,)*adhoc\b`)},
	},
	// ---- Harmless noise and non-error pastes ----
	{
		ID: "text-detached-signatures-noise", Title: "Harmless log noise: DetachedSignatures", Severity: Info,
		Source:   "the Security framework (system log)",
		Meaning:  "The Security framework logs this while checking code; the file it mentions does not exist on current macOS. It is not the error.",
		Causes:   []string{"Nothing to fix: look at the other lines of the log."},
		Confirm:  dropNoFile,
		Fix:      "Ignore this line.",
		patterns: []pattern{pat("detachedsignatures", `/private/var/db/DetachedSignatures`)},
	},
	{
		ID: "text-device-id", Title: "Device identifier", Severity: Info,
		Source:  "pasted text",
		Meaning: "This looks like a device identifier. A development or ad hoc profile must list the device's provisioning UDID exactly.",
		Causes: []string{
			"iPhone and iPad: 40 hex digits (older devices) or 8-16 digits with a dash (00008101-001A…).",
			"Mac: the Provisioning UDID in System Information; on Apple silicon it has the 00008xxx-… form, and it is not the Hardware UUID (8-4-4-4-12).",
		},
		Confirm: dropProfile + " — signdoctor says whether each profile lists this device",
		Fix:     "Drop the profiles together with this text (or pass --device ID) to look it up.",
		Checks:  []string{chkProfileDevice},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind != "device" {
					continue
				}
				switch {
				case len(v.Value) == 40:
					return []string{"40 hex digits: the UDID form of iPhones and iPads before the A12 chip."}
				case len(v.Value) == 25:
					return []string{"8 and 16 digits: the UDID form of newer iPhones and iPads and the Provisioning UDID of Apple silicon Macs."}
				default:
					return []string{"8-4-4-4-12 digits: a Mac's Hardware UUID, or the Provisioning UDID of an Intel Mac. On an Apple silicon Mac the profile must list the Provisioning UDID (00008xxx-…), not this."}
				}
			}
			return nil
		},
		// The identifier alone, or in a short sentence that says it is a
		// device's: a 40-digit certificate fingerprint or a submission ID in
		// other output must not pass for one.
		patterns: []pattern{
			pat("", `^\s*(?:(?:Provisioning )?UDID|Hardware UUID|device(?: ID)?)?:?\s*(?P<device>`+deviceForms+`)\s*$`),
			pat("", `^[^\n]{0,120}?\b(?:UDID|UUID|device|iPhone|iPad|Mac)\b[^\n]{0,80}?\b(?P<device2>`+deviceForms+`)\b[^\n]{0,120}$`),
			pat("", `^[^\n]{0,120}?\b(?P<device3>`+deviceForms+`)\b[^\n]{0,80}?\b(?:UDID|UUID|device|iPhone|iPad|Mac|profile)\b[^\n]{0,120}$`),
		},
		Fallback: true,
	},
	{
		ID: "text-requirement", Title: "Code requirement", Severity: Info,
		Source:   "pasted text",
		Meaning:  "This looks like a code requirement in Apple's requirement language.",
		Causes:   []string{"A requirement only matches code signed the way it describes: anchor, team (certificate leaf[subject.OU]), identifier and so on."},
		Confirm:  dropApp + " — with --requirement TEXT each clause is evaluated against the signature",
		Fix:      "Drop the binary with this requirement to see which clause fails.",
		Checks:   []string{chkReqAnchorApple},
		patterns: []pattern{pat("", `^\s*(?:designated\s*=>\s*)?(?P<requirement>(?:anchor apple(?: generic)?|identifier "?[A-Za-z0-9.\-]+"?|certificate (?:leaf|root|\d+)\[)[^\n]{0,1000}?)\s*$`)},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind == "requirement" && reAnchorAppleOnly.MatchString(v.Value) {
					return []string{"`anchor apple` without `generic` matches only Apple's own code; third-party code needs `anchor apple generic` and a team clause."}
				}
			}
			return nil
		},
	},
}

// deviceForms are the forms of device identifiers: 40 hex digits (older
// iPhones and iPads), 8-16 (newer ones, Apple silicon Macs), 8-4-4-4-12 (Mac
// hardware UUIDs, Intel Macs).
const deviceForms = `[0-9A-Fa-f]{40}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`

// reAnchorAppleOnly finds `anchor apple` not followed by `generic`. Go's
// regexp has no lookahead, so the word after is captured and checked.
var reAnchorAppleOnly = lazyCompile(`(?i)\banchor apple(?:\s*$|\s+(?:and|or)\b|\s*\))`)

// Catalogue returns every known entry, in catalogue order.
func Catalogue() []*Entry { return append([]*Entry(nil), catalogue...) }

// Lookup returns the entry with that ID, or nil.
func Lookup(id string) *Entry {
	for _, e := range catalogue {
		if e.ID == id {
			return e
		}
	}
	return nil
}
