package text

import "strings"

// Signing identities and the keychain: security, Keychain Access, the keychain APIs, and codesign when it cannot use an identity.
var keychainEntries = []*Entry{
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
		Meaning: "codesign could not build a chain of trust from the signing certificate to a root certificate, so it refuses to sign with it (and usually goes on to fail with errSecInternalComponent); `security find-identity -v` does not list such an identity as valid.",
		Causes: []string{
			"The Apple intermediate that issued the certificate (for example Apple Worldwide Developer Relations G3, or Developer ID Certification Authority G2) is not in any keychain.",
			"A certificate of the chain carries a custom trust setting (Keychain Access, Trust section not at 'Use System Defaults').",
			"The certificate was not issued by Apple at all (a self-made identity), so no Apple root can be reached.",
			"The certificate has expired or been revoked, and only the expired chain is available.",
		},
		Confirm: dropCert,
		Fix:     "Download the intermediate named in the certificate's Issuer from Apple PKI (https://www.apple.com/certificateauthority/) and add it to the login keychain; remove custom trust settings (`security dump-trust-settings` and `security dump-trust-settings -d` should find none). Then `security find-identity -p codesigning -v` lists the identity as valid.",
		Checks:  []string{chkCertNotApple, chkCertExpired, chkMachoUntrusted},
		patterns: []pattern{
			// quill's check of the .p12's chain (quill/pki/certchain/verify.go, find.go).
			pat("certificate chain", `\bfull certificate chain not present\b|\bfailed to verify certificate chain: x509: certificate signed by unknown authority\b|\bno way to verify it \(you need to provide a full certificate chain\)|\bunable to get certificate chain cert CN=`),
			// zsign, when the leaf's issuer is no WWDR intermediate it carries.
			pat("wwdr intermediate", `\bNo embedded WWDR intermediate matches and the p12 carries no usable CA chain\b`),

			pat("unable to build chain", `unable to build chain to (?:a )?self-signed root(?: certificate)?(?: for signer "(?P<identity>[^"]{1,160})")?`),
			// Retold with words dropped: "unable to build chain self root of signer".
			pat("chain", `\bbuild(?:ing)? (?:the )?chain (?:to )?(?:a )?self[- ]?(?:signed )?root\b`),
			// certvalidator (signapple, other Python signers) when an Apple
			// intermediate is not among the certificates it was given.
			// fastlane's certificate checker could not add Apple's
			// intermediate (WWDR) to the keychain.
			pat("could not install wwdr certificate", `Could not install WWDR certificate`),
			// The chain retold ("the certificate does not chain to a trusted
			// issuer"), read only where the paste is about Apple code
			// signing (see context_keychain.go).
			pat("chain", `\b(?:does(?:n['’]t| not)|did(?:n['’]t| not)|cannot|can['’]t|won['’]t|fails? to|failed to) chain (?:up )?to (?:a |an |the |any )?(?:trusted|Apple(?:['’]s)?) (?:issuer|root|CA|certificate authority|anchor)\b`),
			// Apple's intermediate said to be absent or needed: a runner image
			// that omits it, a certificate that "requires an intermediate
			// certificate named G2", the Developer ID G2 one downloaded as the fix.
			pat("intermediate", `\b(?:omit(?:s|ted)?|miss(?:es|ing)|lacks?|lacking|without)\b[^.\n]{0,30}?\b(?:Developer ID|WWDR|Worldwide Developer Relations)\b[^.\n]{0,40}?\bintermediates?\b|\b(?:requires?|needs?)\b (?:an? |the )?intermediate(?: certificate| CA)? (?:named|called) ["“\x60']?(?:G[1-6]|Developer ID|Apple Worldwide)\b`),
			pat("download", `\bdownload(?:ed|ing)?\b[^.\n]{0,20}?["“\x60']?(?:Developer ID|WWDR|Worldwide Developer Relations)(?: Certification Authority)? ?[-–] ?G[1-6]\b`),
			pat("no issuer matching", `no issuer matching "[^"\n]{0,80}?Common Name: (?:Developer ID Certification Authority|Apple Worldwide Developer Relations Certification Authority)\b`),
		},
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
		Confirm: dropCert,
		Fix:     "Create a new certificate in Xcode (Settings > Accounts > Manage Certificates) or on the developer website, install it with its private key, regenerate the provisioning profiles that must include it, and delete the expired copy from the keychain.",
		Checks:  []string{chkCertExpired, chkProfileCerts},
		patterns: []pattern{
			// Azure's InstallAppleCertificate checks the dates of the .p12's
			// certificate before importing it.
			pat("fingerprint", `Certificate "[^"\n]{1,200}" \(fingerprint: [0-9A-F]{40}\) (?:expired on|isn't valid until)\b`),
			// SideStore's refresh screen; zsign -C's certificate check.
			pat("signing certificate used to install", `\bsigning certificate used to install [^\n]{1,60}? has expired\b`), pat("expired", `\bExpires:[ \t]+[^\n]{1,40}\((?-i:EXPIRED) \d+ days? ago\)`),

			// The .NET iOS SDK skipping an expired certificate, then finding none: alone the line is a notice (another certificate may be used).
			pat("has expired (", `\bThe certificate '(?P<identity>[^'\n]{1,200})' has expired \([^)\n]{1,40}\)[\s\S]{0,600}?(?:No valid [A-Za-z ]{0,20}code signing keys found in keychain|code signing key '[^'\n]{1,200}' not found in keychain)`),
			pat("cssmerr_tp_cert_expired", `CSSMERR_TP_CERT_EXPIRED`), pat("certificate", `certificate (?:is|has) expired|certificate (?:"[^"]{1,160}" )?expired on`),
			// How people report it: the certificate, perhaps with a clause
			// saying which one, "has expired"; a package "signed with an
			// expired certificate".
			pat("expired", `\b(?:certificate|cert)\b(?: (?:that|which|used|in|for|of|from|on)\b(?:[^.,;\n]|\.\S){0,100}?)? (?:(?:has|had) (?:since |already |now )?expired\b|(?:was|is|were|are|got)(?: (?:indeed|already|actually|now|just|apparently|probably))? expired\b|expired (?:in|on|last|as of|since|yesterday|today)\b)|\bsi(?:gn|ng)ed (?:by|with) (?:an? )?expired (?:[A-Za-z]+ ){0,3}?(?:certificate|cert)\b`),
			// A certificate's sheet read out: the cert "says" or "shows"
			// expired (and a date).
			pat("expired", `\b(?:certificate|cert)\b[^.\n]{0,60}?\b(?:says|shows|reads)\b "?expired\b`),
			// An old macOS installer app whose Apple certificates expired
			// (Installer's alert; see reInstallerExpiredAlert).
			pat("application can't be verified", `\bThis copy of the [^\n]{1,80}? application can'?t be verified\. It may have been corrupted or tampered with during download\b`),
			// macOS's installer in Recovery refusing its installer's
			// signature (see recoveryInstallerRefused).
			pat("installer", recoveryInstallerRefused),
			// fastlane match, when the stored certificate is past its end date;
			// quoted cut short where the paste names fastlane after it.
			pat("please check end date", `Your certificate '[^'\n]{1,100}' is not valid(?:, please check end date|[^\n]{0,120}?\bfastlane\b)`),
			// jpackage, of the identity it was told to sign with (Apple's kinds
			// only: a server certificate's validity is another matter).
			pat("outside its validity period", `\bThe certificate "(?P<identity>(?:Developer ID|Apple |3rd Party Mac|Mac Developer|Mac Installer|iPhone )[^"\n]{1,160})" is outside its validity period\b`),
		},
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
		Confirm: dropCert,
		Fix:     "Create a new certificate, regenerate every provisioning profile that listed the old one, sign again and redistribute. Already-shipped copies signed with the revoked certificate keep failing.",
		Checks:  []string{chkCertExpired},
		patterns: []pattern{
			// Bitrise's code signing manager: the uploaded certificates are
			// on no list of the team's portal (revoked, or another team's).
			pat("certificates on developer portal", `not found any of the following `+ascCertType+` certificates on Developer Portal`),
			// SideStore names the certificate it installed with; AltSign finds
			// no certificate of the serial it kept (revoked on the portal); zsign
			// -C prints Apple's OCSP answer.
			pat("signing certificate used to install", `\bsigning certificate used to install [^\n]{1,60}? was revoked\b`), pat("requested serial number", `\bno certificate with the requested serial number for this team\b`), pat("ocsp", `\b(?-i:OCSP:[ \t]+REVOKED)\b`),
			// The state told of one or all ("All of the certificates are
			// currently revoked"), or the kind between ("a revoked sidestore
			// certificate").
			pat("cssmerr_tp_cert_revoked", `CSSMERR_TP_CERT_REVOKED`), pat("revoked", `certificates?["”']? (?:has been|have been|was|were|is|are|got|had been|being)(?: (?:\d{1,3}%|completely|already|just|currently|all))? ["“']?revoked|\brevoked (?:(?:signing|development|distribution|developer|enterprise|dev|sidestore|altstore|apple) )?certificate\b|CERT_REVOKED`), pat("-2147409652", `-2147409652\b`),
			// A sideloaded app that stops while its store still counts days
			// left (read as revoked where the paste is about sideloading,
			// see context.go).
			pat("days", daysLeftStopped),
			// iOS's alert, read as revoked only where the paste shows the
			// profile still has days left (context.go); alone it is
			// text-app-no-longer-available, expired or revoked.
			pat("no longer available", `["“'][^"”'\n]{1,60}["”'] (?-i:Is No Longer Available)\b`),
			// LiveContainer's JIT-less diagnosis of its signing certificate.
			pat("certificate: revoked", `\bCertificate: Revoked\b`),
			// Tuist's signing linter names the certificate by its common name:
			// "Certificate Apple Development: Acme (TEAMID) is revoked."
			pat("is revoked", `\bCertificate (?:Apple (?:Development|Distribution)|Developer ID (?:Application|Installer)|iPhone (?:Developer|Distribution)|Mac (?:Developer|App Distribution|Installer Distribution)|3rd Party Mac Developer (?:Application|Installer)):[^\n]{1,120}? is revoked\b`),
			// fastlane match: a certificate in its storage that the portal no
			// longer lists (its own first guess: revoked there).
			pat("stored in your storage", `\(stored in your storage\) is not available on the Developer Portal`),
			// eas-cli: the stored certificate is not among the portal's valid ones.
			pat("is no longer valid", `\bDistribution Certificate is no longer valid (?:in|on) Apple(?:'s)? (?:Dev(?:eloper)? Portal|server)`),
			pat("is available to make a provisioning profile against", `No distribution certificate for serial number "[^"\n]{1,64}" is available to make a provisioning profile against`),
			pat("serial number", `\bCertificate for serial number "[^"\n]{1,64}" does not exist|\bNo certificate exists with serial number "[^"\n]{1,64}"`),
			// A signing service's page retold: "it says revoked on the site".
			pat("revoked", `\b(?:says?|shows?|showing|said) (?:as )?["“]?revoked\b`),
			// A title naming the kind of Apple certificate: "Developer ID
			// certificate revoked".
			// App Store Connect's processing e-mail: "ITMS-90721: Certificate Revoked".
			pat("itms-90721", `\bITMS-90721\b`),
			// Apple's revocation of enterprise developer accounts, in Persian.
			pat("باطل شدن", `باطل شدن (?:اکانت|حساب|گواهی)(?:\s?(?:های|ها))? (?:دولوپر|توسعه\s?دهندگان|توسعه\s?دهنده) (?:اینترپرایز|سازمانی)`),
			pat("certificate revoked", `\b(?:Developer ID(?: Application| Installer)?|Apple (?:Development|Distribution)|iPhone (?:Developer|Distribution)|iOS (?:Development|Distribution)) certificate (?:(?:has|had) been |was |got )?revoked\b`)},
	},
	{
		ID: "text-cert-not-trusted", Title: "Signing certificate is not trusted", Severity: Error,
		Source:  "security find-identity, codesign, Keychain Access, EAS Build, iOS App Signer",
		Meaning: "The certificate's chain of trust could not be verified, so the identity is not counted among valid code-signing identities.",
		Causes: []string{
			"An Apple intermediate certificate is missing from the keychain.",
			"A certificate in the chain has a custom trust setting.",
			"The certificate is not an Apple-issued code-signing certificate.",
			"It has since expired: installer says \"Certificate used to sign package is not trusted\" of a package signed with an expired certificate too.",
		},
		Confirm:    dropCert,
		Fix:        "Install the intermediate named in the certificate's Issuer from https://www.apple.com/certificateauthority/ and reset any custom trust settings to 'Use System Defaults'. For a package, `pkgutil --check-signature X.pkg` says which it is; a vendor's package signed with an expired certificate needs a newer one from the vendor (an administrator who trusts its contents can strip the signature: `pkgutil --expand`, then `pkgutil --flatten`).",
		Checks:     []string{chkCertNotApple},
		Supersedes: []string{},
		patterns: []pattern{
			// iOS App Signer's test signature failed; its fix installs the WWDR
			// intermediate, and when that fails it blames a custom trust setting.
			pat("codesigning certificate", `\bappear to have an? error with your codesigning certificate\b|\bunable to automatically resolve your codesigning issue\b`),
			pat("cssmerr_tp_not_trusted", `CSSMERR_TP_NOT_TRUSTED`),
			// The same status retold without its prefix, beside the tool that
			// printed it: "a NOT_TRUSTED error appearing in your build log".
			pat("not_trusted", `\bNOT_TRUSTED\b[^\n]{0,60}?\b(?:build log|codesign|Xcode)\b|\b(?:codesign|keychain|signing certificate|Xcode)\b[^\n]{0,80}?\bNOT_TRUSTED\b`),
			// pkgutil --check-signature's verdict on a package whose
			// chain does not reach a trusted root.
			pat("signed by untrusted certificate", `\bStatus: signed by untrusted certificate\b`),
			// PackageKit's refusal of an installer package whose signature
			// it could not trust (installd's log, Installer's alert):
			// "The package “X.pkg” is untrusted."
			pat("is untrusted", `\bThe package "[^"\n]{1,120}?\.m?pkg" is untrusted\b`),
			// EAS Build imports the .p12, then looks for it among the valid
			// identities (security find-identity -v); find-identity without
			// -v lists the same identity marked CSSMERR_TP_NOT_TRUSTED.
			pat("hasn't been imported successfully", `Distribution certificate with fingerprint [^\n]{0,80}? hasn'?t been imported successfully`), pat("not trusted", `certificate is not trusted`), pat("sign package is not trusted", `Certificate used to sign package is not trusted`), pat("newly generated certificate", `Could not find the newly generated certificate installed`),
			// iOS App Signer lists `security find-identity -v -p codesigning`;
			// when it lists none it blames Apple's WWDR intermediate (its fix
			// installs it): the old alert ends in "!", the new one offers to
			// fix it, the status line counts "Found 0 Codesigning Certificates".
			pat("no codesigning certificates found", `No codesigning certificates found(?:!|[.\s]{0,4}I can attempt to fix this automatically)`), pat("found 0 codesigning certificates", `\bFound 0 Codesigning Certificates\b`),
			// A signing certificate set to "Always Trust" told as done: the
			// custom trust setting is what breaks its chain.
			pat("always trust", `(?i)\b(?:set(?:ting)?|changed?|changing) (?:my|the|our) (?:developer|development|distribution|signing|code ?signing|iPhone (?:Developer|Distribution)|Apple (?:Development|Distribution)) certificate(?:['’]s trust setting)? (?:to|as) ["“']?Always Trust\b`)},
	},
	{
		ID: "text-identity-not-found", Title: "Signing identity not found in the keychain", Severity: Error,
		Source:  "codesign, security, productsign, the .NET iOS SDK (MAUI, Xamarin)",
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
			// rcodesign's smartcard slot without a certificate (apple-codesign/src/error.rs).
			pat("smartcard slot", `\bfailed to find certificate in smartcard slot\b`),
			// Azure's Xcode task before xcodebuild: no identity in the
			// keychain, or its temporary keychain not searched.
			pat("failed to find the ios signing identity", `Failed to find the iOS signing identity\b`),
			pat("temporary keychain to the keychains search path", `Failed to add the temporary keychain to the keychains search path`),

			// Hot Restart (Windows) without the password of the identity Visual Studio made; Godot's Mac App Store presets.
			pat("password for the selected signing identity", `\bCould not find the password for the selected Signing Identity\b`),
			pat("app store distribution", `\b(?:App Store distribution with ad-hoc code signing is not supported|Installer signing identity is required for App Store distribution)\b`),
			pat("signing identity", `(?:could not|couldn't|cannot|can't) find (?:a )?(?:valid |matching )?(?:code ?signing )?identity(?: for type '[a-z_]+')?`),
			pat("could not find appropriate signing identity", `Could not find appropriate signing identity for`),
			// flutter config's saved identity, no longer among find-identity's valid ones.
			pat("is not a valid development certificate", `Saved signing certificate "[^"\n]{1,160}" is not a valid development certificate`),
			// Azure Pipelines' Xamarin.iOS and Xcode tasks.
			pat("signing identity", `(?:failed|unable) to find (?:an? |the )?(?:valid |matching )?(?:iOS |macOS )?(?:code ?)?signing identity\b`),
			// rules_apple when no keychain identity is one of the profile's certificates.
			pat("unable to find an identity", `Unable to find an identity on the system matching the ones in \S{1,300}\.(?:mobileprovision|provisionprofile)\b`),
			// Re-signing scripts (SignTools) after security find-identity -v lists none.
			pat("no valid code signing certificate found", `No valid code ?signing certificate found\b`),
			// Unreal Engine's iOS packaging.
			pat("signing key not found", `Signing key not found\. The app could not be digitally signed`),
			// The .NET iOS SDK's (Xamarin, MAUI) wordings.
			// Also as people retype it: "iOP code signing kes", a key name
			// with its closing quote lost or with no quotes at all ("code
			// signing key iPhone Developer: not found in keychain.").
			pat("found in keychain", `No valid (?:[A-Za-z]{2,12} )?code signing ke(?:y)?s found in keychain`),
			pat("not found in keychain", `code signing key ''?(?P<identity>[^'\n]{1,160}?):?(?:''?)? not found in keychain`),
			// Unquoted, only an Apple identity's name: git's GPG and SSH
			// signing keys are "not found in keychain" too.
			pat("not found in keychain", `code signing key (?P<identity>(?:iPhone|iOS|Apple|Mac|Developer ID|3rd Party)[^'\n]{0,140}?):? not found in keychain`),
			// electron-builder's, for the app and (without "identity") for
			// its standalone installer (targets/mac/pkg.ts).
			pat("cannot find valid", `cannot find valid "?(?P<identity>[^"]{1,80}?)"? (?:identity|to sign standalone installer\b)`),
			// Its reason quoted without the rest of the line: the name in
			// quotes must be one of Apple's certificate kinds.
			pat("cannot find valid", `\bcannot find valid "(?P<identity>(?:Developer ID (?:Application|Installer)|3rd Party Mac Developer (?:Application|Installer)|Mac Developer|Apple (?:Development|Distribution)|Mac (?:App|Installer) Distribution)[^"\n]{0,60})"`),
			// Tauri's bundler: the .p12 in APPLE_CERTIFICATE is not the
			// identity the config names, or holds no certificate of an
			// Apple signing kind once imported.
			pat("does not match provided identity", `\bAPPLE_CERTIFICATE "[^"\n]{1,160}" environment variable does not match provided identity "(?P<identity>[^"\n]{1,160})"`),
			pat("failed to resolve signing identity", `\bfailed to resolve signing identity\b`),
			// PackageApplication (xcrun's old export), as fastlane's gym still matches it.
			pat("no signing identity matches", `\bno signing identity matches '(?P<identity>[^'\n]{1,160})'`),
			pat("could not be found in the keychain", `The specified item could not be found in the keychain`), pat("no identity found", `\bno identity found\b`), pat("identity not found", `\bcodesign\b[^\n]{0,80}?\bidentity not found\b`), pat("0 valid identities found", `\b0 valid identities found\b`), pat("0 valid identities", `\b0 valid (?:code ?signing |signing )?identities\b`), pat("certificate/private key pair", `doesn't match any valid,?(?: non-expired)? certificate/private key pair`), pat("errsecitemnotfound", `errSecItemNotFound`),
			// An identity given by its SHA-1 hash, or by a certificate kind's
			// name, reported not found (electron-builder's
			// 'identity=<hash>" not found', retold the same way).
			pat("identity not found", `\bidentity\s?[=:]?\s?["'“]?(?:[0-9A-Fa-f]{40}|(?:Developer ID Application|Developer ID Installer|Apple Development|Apple Distribution|iPhone Developer|iPhone Distribution|Mac Developer|3rd Party Mac Developer Application)(?:: [^"'”\n]{1,80})?)["'”]? (?:was |is )?not found\b`),
			// electron-builder's wording; codesign's for an identity that is no code-signing one.
			pat("identit", `is specified, but no valid identity with this name|this identity cannot be used for signing code`),
			// Compose Multiplatform's macOS signing, and the same retold.
			// The identity told as missing in a person's words: "fails due
			// to the signing identity being nonexistant".
			pat("signing identity", `\b(?:code ?)?signing identity\b[^.\n]{0,20}?\b(?:(?:is|was|being) (?:non-?existe?a?nt|missing|not (?:found|present|installed))|does(?:n'?t| not) exist)\b`),
			// fastlane: resign's lookup, cert's check after importing a
			// certificate it created, and the certificate checker's list.
			pat("signing identity", `\bCouldn't find signing identity '(?P<identity>[^'\n]{1,160})'`),
			// rules_apple's codesigningtool, for an --identity no keychain holds.
			pat("signing identity found for", `\bNo (?:code ?)?signing identity (?:was )?found for ['"](?P<identity>[^'"\n]{1,160})['"]`),
			pat("newly generated certificate", `Could not find the newly generated certificate installed`),
			// find-identity's empty list retold ("`security find-identity -v
			// -p codesigning` shows none").
			pat("find-identity", `\bfind-identity\b[^\n]{0,60}?\b(?:shows?|showed|lists?|listed|returns?|returned|gives|gave|reports?|reported|displays?|displayed) (?:none|nothing|no (?:valid )?(?:identities|identity)|0 (?:valid )?identities|an empty list)\b|\bfind-identity\b[^\n]{0,60}?\b(?:doesn['’]t|does not|didn['’]t|did not|won['’]t) (?:show|list|print|include) (?:(?:my|the|our|any|an?) )?(?:private key|identit|signing (?:cert|identit))`),
			// Keychain Access showing the certificate under Certificates but
			// not under My Certificates: its private key is not on this Mac.
			pat("my certificates", `\bCertificates["”]?,? but not (?:under |in )?["“]?My Certificates\b|\b(?:doesn['’]t|does not|don['’]t|do not|isn['’]t|is not|aren['’]t|are not|not) (?:(?:show(?:ing)?|appear(?:ing)?|listed|shown) )?(?:up )?(?:under|in) ["“]?My Certificates\b|\bmissing (?:from|in) ["“]?My Certificates\b`),
			// An imported identity a build tool cannot resolve ("xcodebuild
			// cannot resolve the imported identity").
			pat("identity", `\b(?:could not|couldn['’]t|cannot|can['’]t|unable to|fails? to|failed to) (?:resolve|locate|see) (?:the |an? |any |my |our )?(?:(?:imported|installed|valid|matching) )?(?:code ?)?signing identity\b|\b(?:could not|couldn['’]t|cannot|can['’]t|unable to|fails? to|failed to) (?:resolve|locate|find|see) (?:the |an? |any |my |our )?(?:imported|installed) (?:code ?signing |signing )?identity\b`),
			pat("no local code signing identities", `\bno local code ?signing identities found\b`),
			pat("could not find certificate for", `Could not find certificate for '(?P<identity>[^'\n]{1,160})' in keychain \[`),
			// jpackage's (MacResources error.cert.not.found), Briefcase's for
			// a named or an installer identity, and an identity left unset
			// (Wails' sign command, Compose Multiplatform's signing settings).
			pat("no certificate found matching", `\bNo certificate found matching \[(?P<identity>[^\]\n]{1,160})\] using keychain \[`),
			pat("signing identit", `\bInvalid (?:application|installer) signing identity (?P<identity>[^\n]{1,160})|\bNo installer signing identities for team \w{1,20} could be found\b`),
			pat("identity", `--identity is required for macOS signing\b|\bSigning settings error: (?:signing identity is null or empty|could not find the specified keychain)\b`),
			pat("certificate", `\b(?:could not|couldn't|can't|cannot|unable to) find (?:a |the |any |my )?(?:signing |valid |matching )?certificate\b`)},
	},
	{
		ID: "text-ambiguous-identity", Title: "More than one signing identity matches", Severity: Error,
		Source:  "codesign",
		Meaning: "The name given to codesign -s matches several identities, and codesign will not choose.",
		Causes:  []string{"A renewed certificate sits next to the old one with the same name.", "The same identity is installed in two keychains (login and a CI keychain)."},
		Confirm: dropCert,
		Fix:     "Sign with the SHA-1 hash of the identity (`security find-identity -p codesigning -v` lists them) or delete the expired duplicate.",
		Checks:  []string{chkCertExpired},
		patterns: []pattern{pat("appears more than once in the keychain", `appears more than once in the keychain`), pat("ambiguous", `ambiguous \(matches`),
			// jpackage's and Compose Multiplatform's own lookups of the identity.
			pat("multiple certificates matching", `\bMultiple certificates matching name \[[^\]\n]{1,160}\] found in keychain\b`), pat("multiple matching certificates", `\bMultiple matching certificates are found for '`),
			// The failure retold: signing fails "as there are multiple matched
			// certificates in the keychain".
			pat("in the keychain", `\bfail(?:s|ed|ing)?\b[^.\n]{0,30}?\b(?:as|because|since|due to|with)\b[^.\n]{0,20}?\b(?:multiple|two|several|more than one) (?:matched |matching |duplicate |identical )?(?:certificates|identities) in the (?:login |same )?keychain\b`), pat(": ambiguous", `(?:Developer|Development|Distribution|Application|Installer)(?:: [^:"]{1,80}?)?: ambiguous(?: \[|"|\)|\.|$)`)},
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
		patterns: []pattern{pat("user interaction is not allowed", `User interaction is not allowed`), pat("errsecinteractionnotallowed", `errSecInteractionNotAllowed|-25308\b`), pat("unknown error -1=ffffffffffffffff", `unknown error -1=ffffffffffffffff`), pat("keychainlocked", `\bkeychainLocked\(keychainName:`)},
	},
	{
		ID: "text-codesign-key-access-prompt", Title: "codesign asks for access to the signing key", Severity: Warning,
		Source:  "macOS keychain (codesign's \"wants to access key\" and \"wants to sign using key\" dialogs)",
		Meaning: "codesign asked the keychain for the signing identity's private key, and the key's access list or partition list does not name codesign, so macOS shows a dialog that asks to allow it and for the keychain's password; the build waits until someone answers it.",
		Causes: []string{
			"The key was imported or created without codesign in its partition list: since macOS 10.12 the keychain checks it besides the access list given with `security import -T /usr/bin/codesign`, so every signing run asks (a script or CI keychain never set with `security set-key-partition-list`).",
			"Allow was clicked, not Always Allow, or the key is new (a new certificate, another Mac's .p12, a first build with this account), so the dialog comes back.",
			"The password it asks for is the password of the keychain that holds the key (for the login keychain, the Mac account's password; for a keychain a script made, the one the script chose), not a password of codesign or of the certificate.",
		},
		Confirm: dropNoFile,
		Fix:     "Enter the keychain's password and click Always Allow. For a keychain a script or CI job sets up, run `security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k \"$KEYCHAIN_PASSWORD\" KEYCHAIN` once after `security import KEY.p12 -k KEYCHAIN -T /usr/bin/codesign`, and unlock that keychain in the same job before signing.",
		patterns: []pattern{
			pat("codesign", `\bcodesign["”]? wants? (?:to )?(?:access|acces|acess|use|sign)\b`),
			// fastlane's keychain importer, left without the keychain's
			// password, could not set the partition list.
			pat("keychain_password", `not found in your keychain\. Specify the 'keychain_password' option to prevent the UI permission popup`),
			// Its password retold: "the password of codesign", "codesign
			// asks me for a password".
			pat("codesign", `\bpassword (?:of|for) (?:the )?codesign\b|\bcodesign\b[^\n.?]{0,40}?\b(?:asks?|asking|wants?|prompts?) (?:me )?(?:for |to enter )?(?:the |a |my )?(?:keychain )?password\b`),
			// The dialog retold at the signing step: "when codesign attempts
			// to use that certificate the GUI prompt for password appears",
			// "when it gets to the code signing phase this pops up".
			pat("sign", `\b(?:codesign|code ?sign(?:ing)? (?:phase|step|job))\b[^\n.]{0,80}?\b(?:(?:GUI|UI|keychain|password) )?(?:prompt(?:s|ed)?|pops? up|pop-?up|dialog)\b(?: (?:for (?:a |the )?password )?(?:appears|shows|comes|pops))?`),
			// A prompt for the keychain's password that "popped up" in a
			// signing job (read where the paste is about signing, see
			// context_keychain.go); in Chinese, codesign raising the locked
			// keychain's authorisation dialog ("codesign 访问锁定 keychain 触发 GUI 授权框").
			pat("keychain", `\b(?:prompt|dialog|pop-?up)s?\b[^.\n]{0,30}?\bkeychain(?:['’]s)? pass(?:word|work|phrase)\b[^.\n]{0,40}?\b(?:popped up|pops up|pop up|appear(?:s|ed)?|show(?:s|ed)? up|c(?:a|o)me up)\b|\bkeychain(?:['’]s)? pass(?:word|work|phrase) (?:prompt|dialog|pop-?up)s? (?:popped up|pops up|appear(?:s|ed)?|show(?:s|ed)? up|c(?:a|o)me up)\b`),
			pat("codesign", `\bcodesign\b[^\n。]{0,40}?(?:keychain|钥匙串)[^\n。]{0,30}?(?:授权框|授权弹窗|授权对话框|弹窗|弹框|对话框|提示框|密码框)`),
		},
	},
	{
		ID: "text-keychain-password-wrong", Title: "Wrong password for the keychain", Severity: Error,
		Source:     "security unlock-keychain, set-key-partition-list",
		Meaning:    "The password given for the keychain (-p, or -k) is not its password: the keychain stays locked and codesign cannot use its keys.",
		Causes:     []string{"It is not the password the keychain was made with (on a CI runner the login keychain already exists, with a password of its own).", "Another keychain than the one made is named, or the secret is empty or ends in a newline."},
		Confirm:    dropNoFile,
		Fix:        "Make a keychain with a known password (`security create-keychain -p \"$KEYCHAIN_PASSWORD\" build.keychain`), unlock it, import the .p12 into it and give set-key-partition-list that password.",
		Supersedes: []string{"text-p12-import-failed"},
		patterns: []pattern{
			// Azure's InstallAppleCertificate when set-key-partition-list
			// refused the keychain password; Codemagic's keychain unlock.
			pat("partition_id acl", `Error setting the partition_id ACL for the private key`),
			pat("unable to unlock keychain", `Unable to unlock keychain [^\n]{0,300}?\.keychain(?:-db)?\b`),
			pat("passphrase you entered is not correct", `SecKeychain(?:Unlock|ItemSetAccessWithPassword)\b[^\n:]{0,40}: The user name or passphrase you entered is not correct`),
			// A tool's report that set-key-partition-list failed, quoted
			// without security's own reason line (electron-builder's
			// "Command failed: /usr/bin/security set-key-partition-list").
			// fastlane's keychain importer says it when set-key-partition-list
			// refused the keychain password.
			pat("could not configure imported keychain item", `Could not configure imported keychain item \(certificate\) to prevent UI permission popup`),
			// The message said of a keychain call or unlock, not of an import.
			pat("passphrase you entered is not correct", `\bkeychain (?:call|unlock(?:ing)?)\b[^\n]{0,60}?\bThe user name or passphrase you entered is not correct`),
			pat("set-key-partition-list failed", `(?:Command failed|process failed \d{1,3})[:\s]{1,4}(?:/usr/bin/)?security set-key-partition-list\b`)},
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
		Confirm: dropAppProf,
		Fix:     "Sign with a provisioning profile that authorises application-identifier and keychain-access-groups, make every claimed entitlement authorised by that profile, and check with `codesign -d --entitlements - APP`.",
		Checks:  []string{chkEntNotInProfile, chkEntTeamMismatch},
		patterns: []pattern{pat("-34018", `(?:^|[^\d])-34018\b`), pat("errsecmissingentitlement", `errSecMissingEntitlement`), pat("a required entitlement", `A required entitlement isn't present`),
			// .NET's name for the status (MAUI SecureStorage's "Error adding record: MissingEntitlement"), and the same retold.
			pat("missingentitlement", `\bMissingEntitlement\b`), pat("missing entitlement", `\bMissing Entitlement (?:exception|error)\b`)},
	},
	{
		ID: "text-p12-import-failed", Title: "Importing the .p12 failed", Severity: Error,
		Source:  "security import, Keychain Access, CI signing steps",
		Meaning: "The keychain did not take the .p12 (the certificate with its private key): most often the password is wrong or the file is encrypted in a way macOS's importer does not read; the importer's own words (after SecKeychainItemImport:) say which.",
		Causes: []string{
			"The .p12 was exported with OpenSSL 3, whose default encryption (AES-256 with PBKDF2) older macOS `security import` cannot read; it reports a MAC or password error even with the right password.",
			"The password given is not the one used at export (CI secrets often gain a trailing newline).",
			"The file was damaged in transit (base64 decoding in CI).",
			"With \"Unable to decode the provided data\": macOS 15 refuses an unencrypted .p12 made by OpenSSL as -f pkcs12; export it with a password (or import it with -f openssl).",
			"With \"unsupported\" and RC2-40-CBC: OpenSSL 3 reads a Keychain Access export only with -legacy.",
		},
		Confirm: "the certificate alone (.cer) to check its kind and dates; the .p12 itself stays private",
		Fix:     "Re-export with the legacy algorithms: `openssl pkcs12 -export -legacy -in cert.pem -inkey key.pem -out identity.p12`, or export from Keychain Access; then `security import identity.p12 -k build.keychain -P \"$P12_PASSWORD\" -T /usr/bin/codesign`.",
		patterns: []pattern{
			// The tools that read the .p12 themselves (https://github.com/indygreg/apple-platform-rs
			// apple-codesign/src/error.rs, https://github.com/anchore/quill cmd/quill/cli/commands/utils.go
			// and GoReleaser, which runs quill; https://github.com/axodotdev/cargo-dist errors.rs).
			pat("decrypting pfx data", `\bincorrect password given when decrypting PFX data\b`),
			pat("unable to decode p12 file", `\bunable to decode p12 file\b`),
			pat("codesign_certificate", `\bWe failed to decode the certificate stored in the CODESIGN_CERTIFICATE environment variable\b`),
			// CI steps' own words when the .p12 they import is unreadable:
			// Azure's InstallAppleCertificate (openssl could not read it),
			// Codemagic's keychain add-certificates (security import refused
			// it, or the container held no certificate).
			pat("unable to find the certificate sha1 hash", `Unable to find the certificate SHA1 hash and common name \(CN\)`),
			// openssl's own words under such a step: x509 found no
			// certificate in what pkcs12 read, or OpenSSL 1.1's pkcs12 does
			// not know a flag (-legacy) (read only where the paste installs
			// an Apple signing certificate, see context_keychain.go).
			pat("unable to load certificate", `\bunable to load certificate\b.{0,160}?(?:PEM routines|no start line|Expecting: TRUSTED CERTIFICATE)`),
			pat("pkcs12: unrecognized flag", `\bpkcs12: Unrecognized flag\b`),
			// security import's failure told by its exit status alone
			// ("security import ... → exit 1"), not a script's "|| exit 1".
			pat("security import", `\bsecurity import\b[^→>]{0,120}?(?:→|->) ?exit(?: code| status)?:? ?[1-9]\d{0,2}\b|\bsecurity import\b\x60?['"]? (?:command )?(?:failed|exited) with (?:exit )?(?:code|status):? ?[1-9]\d{0,2}\b`),
			pat("failed to identify the private key name", `Failed to identify the private key name\b`),
			pat("-legacy flag in opensslpkcsargs", `Error parsing certificate\. This might be caused by an unsupported algorithm`),
			pat("unable to add certificate", `Unable to add certificate [^\n]{1,300}? to keychain\b`),
			pat("certificate was not found from pkcs#12", `Certificate was not found from PKCS#12 container`),
			// zsign -k/-p and ldid -K/-U, when OpenSSL cannot open the .p12.
			pat("p12", `\bCan't load p12 or private key file\b|\bYour p12 cert might not be valid\b`),
			pat("mac verification failed", `MAC verification failed during PKCS12 import`), pat("pkcs", `PKCS#?12 MAC could not be verified`), pat("passphrase you entered is not correct", `The user name or passphrase you entered is not correct`), pat("errsecauthfailed", `errSecAuthFailed|(?:^|[^\d])-25293\b`), pat("seckeychainitemimport", `SecKeychainItemImport: (?P<reason>[A-Z][^.\n\]]{3,160})`),
			// The PKCS12 import's failure retold in a CI fix: "persistent MAC
			// verification failures" (read only where the paste is about
			// Apple code signing, see context_keychain.go).
			pat("verification", `(?-i:MAC) verification (?:failures?|errors?)\b`),
			// An Apple signing identity's .p12 told as failing to import
			// ("fails while importing a valid Apple Distribution PKCS#12").
			pat("importing", `\b(?:fails?|failed|failing|errors?|errored)\b (?:while |when |on )?importing (?:a |an |the |my |our |its )?(?:valid )?(?:Apple (?:Distribution|Development)|Developer ID (?:Application|Installer)|iPhone (?:Distribution|Developer)|iOS (?:Distribution|Development)|Mac (?:App|Installer) Distribution)(?: certificate)? (?:PKCS ?#?12|\.?p12)\b`),
			// Tauri's bundler when `security import` of APPLE_CERTIFICATE fails.
			pat("failed to import keychain certificate", `\bfailed to import keychain certificate\b`),
			// A GitHub action running security, failing as the Actions
			// toolkit tells it: the .p12's import where the paste is about
			// one (see context_keychain.go).
			pat("failed with exit code", `\bThe process '/usr/bin/security' failed with exit code [1-9]\d{0,2}\b`),
			// eas-cli's own reading of the .p12 it was given.
			pat("check that your password is correct", `Could not parse distribution certificate\. Check that your password is correct`),
			pat("make sure that certificate and password are correct", `Unable to access certificate serial number\.\s*Make sure that certificate and password are correct`), pat("rc2-40-cbc", `unsupported[^\n]{0,200}RC2-40-CBC`),
			// Windows's words for a .p12 whose password it cannot verify (Hot Restart).
			pat("network password is not correct", `The specified network password is not correct`), pat("netzwerkkennwort ist falsch", `Das angegebene Netzwerkkennwort ist falsch`)},
		hints: p12ImportHints,
	},
	{
		ID: "text-signing-certificate-file-missing", Title: "The signing certificate file given is not there", Severity: Error,
		Source:  "electron-builder (CSC_LINK), CI signing steps",
		Meaning: "The .p12 to sign with was named by a path (electron-builder's CSC_LINK) that is not a file: the value resolved to a folder or to nothing on the build machine, so no certificate was imported and nothing was signed.",
		Causes: []string{
			"CSC_LINK is set but empty, as a CI secret that was never created is: electron-builder resolves the empty value to the project folder, which is not a file.",
			"CSC_LINK names a path that is not on the build machine (relative to another folder, or the .p12 was never decoded or checked out there).",
		},
		Confirm: dropNoFile,
		Fix:     "Create the secrets (CSC_LINK as the .p12's base64 or an https URL, CSC_KEY_PASSWORD its password) and pass them to the step; for a build meant to stay unsigned, set mac.identity to null so electron-builder looks for no certificate.",
		patterns: []pattern{
			// Codemagic's keychain add-certificates when no file matched the
			// paths or patterns it was given (a secret never written to disk).
			pat("did not find any certificates from specified locations", `Did not find any certificates from specified locations[ \t]*(?m:$)`),
			// electron-builder's own words for the value of CSC_LINK taken
			// for a path that is a folder, or absent (read where the paste
			// shows its code-signing settings, see context_keychain.go).
			pat("not a file", `⨯ (?P<path>[^⨯\n]{1,300}?) (?:not a file|doesn't exist)\b`),
		},
	},
	{
		ID: "text-profile-undecodable", Title: "The profile given cannot be decoded", Severity: Error,
		Source:  "security cms -D (fastlane resign, re-signing scripts)",
		Meaning: "`security cms -D -i` could not read the file as a signed provisioning profile (-8183 is a DER encoding error), so the script got no App ID or entitlements from it.",
		Causes: []string{
			"The path points to an encrypted copy, such as a profile in fastlane match's storage, not the one match installed in ~/Library/MobileDevice/Provisioning Profiles.",
			"The file is not a profile: an empty file, an HTML error page saved under a .mobileprovision name, or a truncated download.",
		},
		Confirm: dropProfile,
		Fix:     "Run `security cms -D -i FILE` on the file the tool is given; pass the profile match installed (match puts its path in the sigh_…_profile-path environment variable) or download the profile again, and drop it here to see that it is a signed profile.",
		Checks:  []string{chkProfileNotApple},
		patterns: []pattern{
			// CI steps' words for a profile they could not decode: Azure's
			// Xcode task (security cms), Codemagic (openssl smime).
			pat("provisioning profile", `Failed to find (?:details for the|the UUID for) provisioning profile\b`),
			pat("invalid provisioning profile", `Invalid provisioning profile /[^\n]{1,300}?\.(?:mobileprovision|provisionprofile):`),
			// iOS App Signer, reading the chosen profile.
			pat("provisioning profile, it may be corrupt", `\bUnable to (?:parse provisioning profile, it may be corrupt|read entitlements from provisioning profile)\b`),
			pat("failed to add data to decoder", `security: failed to add data to decoder`), pat("security: problem decoding", `security: problem decoding`),
			// Tauri's bundler when `security cms -D -i` fails on the profile
			// it was given (tauri-macos-sign's provisioning_profile.rs).
			pat("failed to decode provisioning profile", `\bfailed to decode provisioning profile\b`),
			// flutter's own decoding of a profile with security cms -D.
			pat("failed to decode", `Failed to decode [^\n]{1,200}?\.(?:mobileprovision|provisionprofile)\b`),
			// eas-cli's reading of the profile's plist.
			pat("provisioning profile is malformed", `\bProvisioning profile is malformed\b`),
			// rules_apple's provisioning_profile_tool (security cms failed on it)
			// and Tuist's installer (no UUID in what it decoded).
			pat("failed to extract from the provisioning profile", `\bfailed to extract from the provisioning profile "[^"\n]{1,300}"`),
			pat("is invalid - check if it has the expected structure", `\bProvisioning profile at \S[^\n]{0,300}? is invalid - check if it has the expected structure\b`)},
	},
	{
		ID: "text-match-decrypt-failed", Title: "fastlane match could not decrypt its storage", Severity: Error,
		Source:  "fastlane match",
		Meaning: "The passphrase match was given does not decrypt the certificates and profiles in its storage, so it installed nothing.",
		Causes: []string{
			"MATCH_PASSWORD (or the passphrase typed or saved in the login keychain) is not the one the storage was encrypted with.",
			"The storage holds files match did not encrypt (added by hand, or another project's).",
			"No passphrase at all: MATCH_PASSWORD is not set in a CI job, and match will not ask in a non-interactive run.",
		},
		Confirm: dropNoFile,
		Fix:     "Give match the storage's passphrase (MATCH_PASSWORD in CI; on a Mac, delete the saved match_ keychain item so it asks again), or re-encrypt with `fastlane match change_password` where the old one works.",
		patterns: []pattern{pat("decrypt the repo", `Couldn't decrypt the repo`), pat("invalid password passed via", `Invalid password passed via '?MATCH_PASSWORD`),
			// No passphrase at all in a non-interactive run, and the file
			// match could not decrypt (its storage holds only these kinds).
			pat("match_password environment variable", `Neither the MATCH_PASSWORD environment variable nor the local keychain contained a password|Try setting the MATCH_PASSWORD environment variable`),
			pat("error decrypting", `\bError decrypting '[^'\n]{0,300}/(?:certs/(?:development|distribution|enterprise|developer_id_[a-z]{3,12}|mac_installer_distribution)|profiles/(?:development|appstore|adhoc|enterprise|developer_id))/[^'/\n]{1,200}\.(?:cer|p12|mobileprovision|provisionprofile)'`)},
	},
	{
		ID: "text-keychain-prompt-signature-changed", Title: "The keychain asks again after the app's signature changed", Severity: Warning,
		Source:  "macOS keychain (the \"wants to access key\" and \"wants to use your confidential information\" dialogs)",
		Meaning: "A keychain item's access list names the apps that may read it by their code signature: the designated requirement of a signed app, the exact code hash of one signed ad hoc. An update signed another way is not the app that stored the item, so the keychain asks the user again, even after Always Allow.",
		Causes: []string{
			"The app is signed ad hoc or not at all (a local or CI build without a certificate): every build has a new code hash, so every update is asked again.",
			"An update was signed with another certificate or team than the build that stored the item, or re-signed by its updater, so its designated requirement no longer matches.",
			"The item belongs to another app (a shared token, another app's Safe Storage key) that rewrote it, which reset its access list.",
		},
		Confirm: dropApp,
		Fix:     "Sign every release with the same Developer ID Application certificate, so the designated requirement stays the same across updates (`codesign -d -r- App.app` shows it), and never ship an ad hoc signed update; users click Always Allow once more after the first update signed that way.",
		Checks:  []string{chkMachoAdhoc, chkMachoUnsigned},
		patterns: []pattern{
			pat("in your keychain", `\bwants? to (?:access|acces|acess) (?:the )?key\b[^\n]{1,100}? in your keychain`),
			// The dialog quoted by its first words, beside its button.
			pat("always allow", `\bwants? to access key\s?["'“‘][^\n]{1,120}?\bAlways Allow\b`),
			// The dialog's words quoted without "your" or cut at the item's
			// name, with the keychain named on the line.
			pat("confidential information", `\bkeychain\b[^\n]{0,80}?\bwants? to use (?:your )?confidential information stored in\b|\bwants? to use (?:your )?confidential information stored in\b[^\n]{0,100}?\bkeychain\b`),
			// The dialog retold as coming back with each update: "asks me
			// for my keychain password on update/restart".
			// The prompt retold beside the keychain: "macOS Keychain couldn't
			// verify the app's identity ..., prompting users on every launch".
			pat("keychain", `\bKeychain\b[^\n]{0,160}?\bprompt(?:s|ing|ed)?(?: (?:the )?(?:users?|me|you))? (?:on|at|with|for) (?:every|each|an?|app) (?:launch|start|update|run)\b`),
			// The prompt coming back retold on one line with the signature
			// that makes it come back: "keychain password prompts: ad-hoc
			// code signature prevents ...", "ad-hoc signed binaries can
			// re-trigger credential password prompts", "may prompt again on
			// first Keychain read because ... a different code identity".
			pat("keychain", kcSignPromptRe),
			// The access list retold as broken by an ad hoc signature, or as
			// bound to the signature that changed: "adhoc-codesigned, which
			// silently breaks macOS Keychain partition-list ACLs", "A
			// keychain item's ACL is pinned to the code-signing designated
			// requirement".
			pat("keychain acl", `\bad[- ]?hoc\b[^\n]{0,120}?\b(?:breaks?|broke|invalidates?|resets?|loses?)\b[^\n]{0,40}?\bkeychain\b[^\n]{0,40}?\b(?:ACLs?|partition[- ]lists?|access (?:control )?lists?)\b|\bkeychain\b[^\n]{0,60}?\b(?:ACLs?|access (?:control )?lists?) (?:is|are) (?:bound|pinned|tied) to\b[^\n]{0,40}?\b(?:designated requirement|code[- ]hash|cdhash)`),
			// The dialog retold: "trying to access information in my keychain
			// and asks for my password".
			pat("access information in my keychain", `\b(?:trying|tries|wants?|wanted|asks?|asking|asked) to access (?:information|items?|data|passwords?|credentials) (?:in|from|stored in) (?:my|your|the)(?: login)? keychain\b[^\n]{0,40}?\b(?:asks?|asking|asked|prompts?|prompting|prompted) (?:me )?for (?:my|your|the)(?: login| keychain| user)? password\b`),
			pat("keychain password", `\b(?:asks?|asking|asked|prompts?|prompting|prompted)\b(?: me| you| users?)?(?: for)?(?: my| your| the)? keychain (?:password|access)\b[^.\n]{0,60}?\b(?:updates?|updating|upgrades?|upgrading|restarts?|relaunch(?:es)?|every (?:launch|start)|each (?:launch|start))\b`),
		},
	},
}

// kcSignPromptRe: the keychain, a prompt and an ad hoc or changed
// signature, in any order on one line.
var kcSignPromptRe = func() string {
	const (
		kc     = `\bkeychain\b`
		sign   = `\b(?:ad[- ]hoc(?:[- ](?:code[- ])?sign(?:ed|ing|atures?))?|code[- ]?signatures?|code identity|signing identity|cdhash|Developer ID)\b`
		prompt = `\b(?:re-?prompts?|prompt(?:s|ed|ing)?|re-?trigger(?:s|ed|ing)?|pop-?ups?|password dialogs?)\b`
		gap    = `[^\n]{0,120}?`
	)
	return sign + gap + kc + gap + prompt + "|" + kc + gap + sign + gap + prompt + "|" +
		sign + gap + prompt + gap + kc + "|" + kc + gap + prompt + gap + sign
}()

// p12ImportHints explains the importer's own reasons other than a wrong
// password (those the entry's causes already cover).
func p12ImportHints(vals []Value) []string {
	var out []string
	for _, v := range vals {
		if v.Kind != "reason" {
			continue
		}
		r := strings.ToLower(v.Value)
		switch {
		case strings.Contains(r, "unknown format"):
			out = append(out, "\"Unknown format in import\": the file is not one the importer recognises as PKCS#12 — still base64-encoded, empty, a certificate without its key, or a name whose extension does not say .p12 (pass -f pkcs12).")
		case strings.Contains(r, "already exists"):
			out = append(out, "\"The specified item already exists in the keychain\": the certificate or key is already in that keychain (an earlier run imported it); harmless when the identity there is complete, otherwise delete the old copy or import into a fresh keychain.")
		case strings.Contains(r, "not a valid keychain"):
			out = append(out, "\"The specified keychain is not a valid keychain file\": the -k path is not a keychain, or a damaged one; create it with `security create-keychain` and unlock it first.")
		}
	}
	return out
}

// Led with where security says the sandbox of a build action (rules_apple
// runs security cms -D as one) did not permit it.
const causeSandboxedSecurity = "security ran inside a build sandbox (Bazel's darwin-sandbox) that keeps it from the keychain; it then also says \"cert import failed: UNIX[Operation not permitted]\". Run that action unsandboxed (a rules_apple release that does, or --strategy=…=standalone for it)."
