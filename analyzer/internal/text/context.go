package text

import "strings"

// What the rest of a paste says about a message: where a message is not the
// tool's (a compiler killed for memory, an error's name in an article's
// title) and which cause comes first (the profile is a development one, the
// revoked certificate is a vendor's, the unsigned file is data). Each rule is
// attached to its entry by ID, so the catalogue files keep to messages.

// wwdrExpiredLead: the identity is installed, but the intermediate that
// issued it expired, so Xcode reports no signing identity.
const wwdrExpiredLead = "The certificate and its key are installed, but Apple's Worldwide Developer Relations intermediate that issued it has expired, so the identity is not valid: delete the expired intermediate (login and System keychains) and install the current one from https://www.apple.com/certificateauthority/."

var (
	// reBuildKill: a process killed while building or installing packages
	// is the kernel's out-of-memory killer, not code signing.
	reBuildKill = lazyCompile(`(?i)(?:^|[^a-z0-9_])(?:clang|gcc|g\+\+|cc1(?:plus)?|collect2|ld terminated|linker command failed|swift-frontend|rustc|cargo|npm|yarn|pnpm|webpack|gradle|docker|docker-compose|container|OOMKilled|kubectl|kubernetes|ELIFECYCLE|returned a non-zero code|out of memory|OOM)(?:[^a-z0-9_]|$)`)
	// reLongRunning: a process that ran for hours before it was killed was
	// not refused at launch (a signature is checked when code is loaded).
	reLongRunning = lazyCompile(`(?i)\b24/7\b|every once in a while|from time to time|after (?:a (?:couple|few) (?:of )?|several |some |many )?(?:hours|days)\b`)
	// reTLSContext: a certificate that expired or is not trusted in a TLS
	// connection (a package registry, git over https), not a signing one.
	reTLSContext = lazyCompile(`(?i)CERT_HAS_EXPIRED|npm (?:ERR|WARN)|FetchError|TLSSocket|request to https?://|unable to access 'https?://|\bSSL\b|\bTLS\b|x509|https?://\S+ (?:failed|certificate has expired)`)
	// reOtherSigningTool: another ecosystem's signing (RubyGems, Java
	// keystores); its certificates are not Apple's unless the paste names
	// an Apple one (keytool printing a Developer ID Installer certificate).
	reOtherSigningTool = lazyCompile(`(?i)Gem::Security|While executing gem|\bkeytool\b|\bjarsigner\b|\bapksigner\b|\bkeystore\b`)
	// reNonSigningCert: certificates for push notifications, a web site, a
	// TLS client (Kubernetes), a Wallet pass or Apple Pay's merchant, which
	// expire without any code signing failing.
	// "Certificate Signature Verification failed" is Apple's identity
	// site refusing an MDM push certificate request.
	reEnterprise     = lazyCompile(`(?i)\benterprise\b|\bin-house\b`)
	reVerifyBlocked  = lazyCompile(`(?i)\bproxy\b|\bfirewall\b|\b(?:a|my|your|our|disabl\w*|enabl\w*|using|through|behind|over) VPN\b|\bppq(?:s|\.apple\.com)?\b`)
	reNonSigningCert = lazyCompile(`(?i)\bpush (?:notifications? )?cert|\bAPNs\b|Let's Encrypt|\bdomain'?s? cert|\bclient certificate\b|\bkube(?:let|ctl|adm)\b|\betcd\b|Certificate Signature Verification failed|\bmdmcert\b|\.?pkpass\b|\bPassbook\b|\bpass (?:type (?:ID )?)?cert|\bMerchant Identity\b|\bPayment Processing cert`)
	reAppleCertName  = lazyCompile(`Developer ID (?:Application|Installer)|Apple (?:Development|Distribution)|iPhone (?:Developer|Distribution)|3rd Party Mac Developer|Mac Installer Distribution`)
	// reSpecificXcode: Xcode errors that say why code signing failed; next to
	// them "Code signing is required for product type" is only the summary.
	reSpecificXcode     = lazyCompile(`(?i)doesn't include (?:the )?signing certificate|No profiles? (?:for|matching)|\bexpired on\b|No signing certificate|No account for team|doesn't include the [A-Za-z0-9.\-]+|failed qualification|doesn't match the entitlements|doesn't support the|is not available\. Please enter a different string|has conflicting provisioning settings`)
	reExpiredProfile    = lazyCompile(`(?i)\[Expired profile\.?\]`)
	reProfileInBundle   = lazyCompile(`(?i)provisioning profile included in the bundle`)
	reKeyAppID          = lazyCompile(`(?i)(?:for (?:the )?key|key) '?(?:com\.apple\.)?application-identifier'?`)
	reVendorCode        = lazyCompile(`(?i)\.xcframework\b|\bSDK\b|/checkouts/|/Pods/|SourcePackages|\.framework\b`)
	reFrameworkTarget   = lazyCompile(`(?i)\.(?:framework|appex)(?:\s*:\s*|\s+)0xe8008015`)
	reIOSFramework      = lazyCompile(`(?i)\.(?:framework|bundle)"?\s*:\s*bundle format unrecognized`)
	reFrameworkRootSeal = lazyCompile(`(?i)unsealed contents present in the root directory of an embedded framework`)
	// reAppRootSeal: something at the top of an app bundle, next to
	// Contents, in codesign's words or Apple's rule retold.
	reAppRootSeal = lazyCompile(`(?i)unsealed contents present in the bundle root|\.app\b[^.\n]{0,30}\bcan (?:only )?contain only (?:a |the |one )?["'\x60]?Contents?["'\x60]? (?:folder|directory|dir)\b`)
	// reMacFrameworkAmbiguous: codesign cannot tell app from framework for
	// a versioned (macOS) framework, one in Contents/Frameworks.
	reMacFrameworkAmbiguous = lazyCompile(`(?i)bundle format is ambiguous[^\n]{0,60}(?:\n[^\n]{0,20})?[^\n]{0,300}?/Contents/Frameworks/[^/\n]{1,200}\.framework\b|/Contents/Frameworks/[^/\n]{1,200}\.framework\b[^\n]{0,300}?bundle format is ambiguous`)
	reAppIDInPath           = lazyCompile(`(?i)key ['‘]?(?:com\.apple\.)?application-identifier['’]? in ['‘]([^'’\n]{1,300})['’]`)
	reUploadPath            = lazyCompile(`\[([^\]\n]{1,300})\]|file at path [“"]([^”"\n]{1,300})[”"]`)
	reResourceBundle        = lazyCompile(`Signing for "([A-Z][A-Za-z0-9_.]*-[A-Z][A-Za-z0-9_.]*(?:-[A-Za-z0-9_.]+)?)" requires a development\b`)
	reExportNeedsProfile    = lazyCompile(`(?i)exportArchive:? "[^"\n]{1,200}\.appex" requires a provisioning profile\.`)
	reNoAccountForTeam      = lazyCompile(`(?i)\bNo account for team\b`)
	reSwiftPMBundle         = lazyCompile(`Signing for "([A-Za-z][A-Za-z0-9]*_[A-Za-z][A-Za-z0-9_]*)" requires a development team`)
	reSwiftPMContext        = lazyCompile(`Package\.swift|SourcePackages|/checkouts/`)
	reNotTeamMember         = lazyCompile(`None of your accounts are a member of '?"?([A-Z0-9]{10})`)
	reCIContext             = lazyCompile(`(?i)\b(?:CI|CI/CD|Jenkins|ssh|non-interactive|headless|build agent|GitHub Actions|runner)\b`)
	reCloudSigning          = lazyCompile(`(?i)Cloud signing permission error|access to cloud-managed distribution certificates`)
	reAccountContext        = lazyCompile(`(?i)DVTPortal|Add a new account|No profiles for|provisioning`)
	reNoExportMethod        = lazyCompile(`expected one(?: of)? \{\}`)
	reTLSIdentityImport     = lazyCompile(`(?i)X509Certificate2|AppleCrypto|Pkcs12ImportOptions|SecPKCS12Import|\bserver\.(?:p12|pfx|key|crt)\b|\bTls\(Error\b|\bSSL_(?:connect|accept)\b|\bWebSocket`)
	reCodeSigningWords      = lazyCompile(`(?i)codesign|code ?sign|xcodebuild|productsign|fastlane|provisioning|security import|Developer ID|Apple (?:Development|Distribution)|iPhone (?:Developer|Distribution)`)
	reNotarizedRejected     = lazyCompile(`(?i)rejected\s+source=Notarized Developer ID`)
	reSignedDevelopment     = lazyCompile(`(?i)\bsigned (?:it |the app |this )?with (?:my|a|an|the|our) (?:Apple )?development (?:ID|certificate|cert|identity)\b`)
	reSpctlAccepted         = lazyCompile(`(?i):\s*accepted\b|\baccepted[,;]?\s+source=`)
	reSpctlSealReason       = lazyCompile(`(?i): rejected \((?:unsealed contents present in the|a sealed resource is missing or invalid|embedded framework contains modified or invalid version|invalid signature \(code or signature have been modified\)|invalid destination for symbolic link in bundle|bundle format (?:unrecognized, invalid, or unsuitable|is ambiguous))`)
	reQuill                 = lazyCompile(`(?i)\bquill (?:sign|notarize|p12)\b|anchore/quill|\bQUILL_(?:SIGN|NOTARY)_`)
	reAMFIAdhoc             = lazyCompile(`AMFI: '[^'\n]{1,300}' is adhoc signed`)
	reMarkerOnRoot          = lazyCompile(`certificate root\[field\.1\.2\.840\.113635\.100\.6\.2\.6\]`)
	// Gatekeeper's "no usable signature" beside codesign showing an ad hoc
	// signature: signed, but with nothing Gatekeeper can use.
	reNoUsableSignature = lazyCompile(`(?i)\bno usable signature\b`)
	// Ad hoc signing said in words ("**ad-hoc signed**", "an ad hoc signature").
	reAdhocSaid          = lazyCompile(`(?i)\bad[- ]hoc[- ](?:signed|signature|signing)\b`)
	reGoPathOpDenied     = lazyCompile(`\b(?:chown|chmod|rename|remove|unlinkat) /[^:\n]{1,200}?\.app(?:/[^:\n]{0,200})?: operation not permitted`)
	reResourceDirectory  = lazyCompile(`invalid resource directory|(?:^|[^\d])-67023\b|errSecCSResourceDirectoryFailed`)
	reAdhocShown         = lazyCompile(`\bflags=0x[0-9a-f]+\((?:[a-z\-]+,)*adhoc\b|\bSignature=adhoc\b`)
	reProductionProfile  = lazyCompile(`CPProfileManager\s+Code=-215\b|Only Development Provisioning Profiles can be installed`)
	reProfileLacksAppID  = lazyCompile(`(?i)not included in the provisioning profile: ['‘]?(?:com\.apple\.)?(?:application-identifier|developer\.team-identifier)['’]`)
	reTFMainNoProfile    = lazyCompile(`(?i)Main bundles are expected to have provisioning profiles|because the bundle at [^\n]{1,200}? is missing a provisioning profile`)
	reTFExecNoProfile    = lazyCompile(`(?i)Nested executables are expected to have provisioning profiles|executable [^\n]{1,200}? is missing a provisioning profile but has an application identifier`)
	reMissingSigningCert = lazyCompile(`(?i)\[Missing code-signing certificate\.?\]`)
	reLoginItem          = lazyCompile(`(?i)/Contents/Library/LoginItems/|\blogin (?:item|helper)\b`)
	reMASInstallerPkg    = lazyCompile(`(?i)ITMS-90237|product archive package's signature|Asset validation failed \((?:9\d{4}, ?)*90237\b`)
	reDamagedAlert       = lazyCompile(`(?i)is damaged and (?:can'?t|cannot|won'?t|will not)|["“']is damaged,? (?:can'?t|cannot)\b|(?:differs? from|does(?:n'?t| not) match) the (?:original )?signed (?:app|code)\b|\bmoved? (?:it |the object )?to (?:the )?(?:trash|bin)|Papierkorb|corbeille|cestino|papelera|lixo|lixeira|ゴミ箱|휴지통|废纸篓|垃圾桶|已损坏|已損毀`)
	// reMASReceipt: the Mac App Store's own "damaged" alert, shown when an
	// app's receipt check exits 173; the receipt, not the signature, failed.
	reMASReceipt = lazyCompile(`(?i)download it again from the App Store|\bexit(?:s|ed)?\b[^.\n]{0,30}?\b173\b|\breceipt (?:validation|check)`)
	// reAppOwnDamaged: an App Store app's own receipt dialog ("X is damaged,
	// please delete app and redownload"); Gatekeeper's alert never asks that.
	reAppOwnDamaged = lazyCompile(`(?i)\bdamaged[,.]? please (?:delete|re-?download|reinstall)\b`)
	// reMacHardware: a Mac named by itself, by its chip or by its system's
	// release ("the Mac version", "M4 Pro chipset", "for mac", "osx", "en
	// Sequoia y Tahoe", "苹果M1", "mac m1", Nix's "aarch64-darwin"), where
	// a download is called damaged.
	reMacHardware = lazyCompile(`\bMac\b|(?i:\bmac m[1-5]\b)|\b(?:aarch64|x86_64)-darwin\b|\bMacBook|(?i:\.dmg\b|\bfrom the DMG\b)|/Applications\b|\biMac\b|\bM[1-5](?: (?:Pro|Max|Ultra))? chip(?:set)?\b|苹果 ?M[1-5]\b|\bM[1-5](?: (?:Pro|Max|Ultra))? ?芯片|(?i:\bfor mac\b|\bosx\b)|\b(?:Sonoma|Sequoia|Tahoe)\b|\bApple M[1-5]\b|\bon (?:an? |my )?M[1-5](?: (?:Pro|Max|Ultra))?(?:[.,;:!)]|\s*$)`)
	// reDamagedDocument: what else people call damaged on a Mac, a file or a
	// volume, told without the alert's words (in Chinese too: a photo, an
	// archive, a document opened on a Mac "显示已损坏").
	// reAppDamagedDownloaded: an app said to be damaged once downloaded,
	// which is when Gatekeeper checks it; or downloaded, then the alert's
	// sentence retold ("I downloaded from the latest release and got an
	// error that the app was damaged and could not be opened").
	reAppDamagedDownloaded = lazyCompile(`(?i)\b(?:the|this|my) app(?:lication)? (?:shows?|showed|is|was|appears?|appeared)(?: as)? ["“']?damaged\b[^.\n]{0,20}?\bafter (?:downloading|(?:being )?downloaded|(?:the |a )?download)\b|\bdownload(?:ed|ing)\b[^.\n]{0,80}?\b(?:the|this|my) app(?:lication)? (?:is|was) ["“']?damaged["”']? and (?:could not|couldn'?t|can'?t|cannot|can not) be opened\b`)
	reStatusCode7000       = lazyCompile(`(?i)\bstatusCode\b["']?\s*[:=]?\s*7000\b`)
	reNotarizationContext  = lazyCompile(`(?i)notari[sz]|notarytool|not yet configured for notari`)
	reDamagedDocument      = lazyCompile(`(?i)\b(?:document|database|PDF|docx?|xlsx?|pptx?|spreadsheet|video|movie|song|mp[34]|volume|partition|Word|Excel|Preview|Numbers|Keynote)\b|照片|图片|压缩包|文档|表格|视频`)
	reChecksumContext      = lazyCompile(`(?i)checksum|\bsha-?(?:1|256|512)\b|\bmd5\b|\bhash\b|subresource|\bnpm\b|\byarn\b|\bpip\b|\bmaven\b|\bgradle\b|\bapt(?:-get)?\b|\brpm\b|\bgpg\b`)
	reForgeP12MAC          = lazyCompile(`(?i)PKCS#?12 MAC could not be verified`)
	reDocumentDamaged      = lazyCompile(`(?i)You should eject the disk\.|created this file on\b`)
	reOTAInstallAlert      = lazyCompile(`(?i)could not be installed at this time`)
	reAppleWatchNamed      = lazyCompile(`(?i)\bapple ?watch\b|\bon (?:my|the|your) watch\b`)
	reAdHocEmbedded        = lazyCompile(`(?i)Embedded Binary Signing Certificate:\s*-\s*\(Ad Hoc Code Signed\)|unable to build chain to (?:a )?self-signed root`)
	reAlwaysTrust          = lazyCompile(`(?i)\balways[ -]trust`)
	// A trust choice other than the default named, or the settings of
	// Apple's own intermediate told ("Use System Defaults" is the default).
	reCustomTrust = lazyCompile(`(?i)\bUse Custom Settings\b|\bnever[ -]trust\b|\bsettings for (?:the )?(?:Apple )?(?:Worldwide Developer Relations|WWDR|Developer ID)\b`)
	// codesign's --sign given a keychain, not an identity's name or SHA-1.
	reSignWithKeychain = lazyCompile(`(?i)\bcodesign\b[^\n]{0,160}?(?:--sign|-s)[ =]["']?[^\s"']*(?:\.keychain(?:-db|\.db)?\b|/Keychains/)`)
	reFileBusy         = lazyCompile(`(?i)\b(?:error|code)\W{0,12}-47\b|\bfBsyErr\b`)
	// LaunchServices' -10825: the app's minimum macOS is newer than this
	// Mac's (LSMinimumSystemVersion), which its signature has no part in.
	reIncompatibleSystemVersion = lazyCompile(`(?i)\bkLSIncompatibleSystemVersionErr\b|\bCode=-10825\b|\berror -10825\b|\bThe app cannot run on the current OS version\b`)
	// reInvalidPage: exit reason 2 of namespace CODESIGNING is
	// CODESIGNING_EXIT_REASON_INVALID_PAGE (xnu bsd/sys/reason.h).
	// reInfoPlistModified: errSecCSInfoPlistFailed in any of its forms.
	reInfoPlistModified = lazyCompile(`(?i)errSecCSInfoPlistFailed|\b0xfffefa2a\b|(?:error|status|OSStatus|valid:)\s*-67030\b|invalid Info\.plist \(plist or signature have been modified\)`)
	// reCrashIdentifier: the identifier of the process a crash report is
	// about, in its text or .ips JSON form.
	reCrashIdentifier = lazyCompile(`(?:^|\s)Identifier:\s+([A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)+)|"(?:bundleID|CFBundleIdentifier)"\s*:\s*"([A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)+)"`)
	// reAmfidNotValid: amfid's log line for an executable whose signature
	// does not validate ("amfid[110]: /Applications/X.app/… signature not
	// valid: 0xfffefa2a").
	reAmfidNotValid = lazyCompile(`amfid\[\d{1,7}\]: [^\n]{1,400}? signature not valid: (?:0x[0-9a-f]{1,8}|-?\d{1,6})`)
	reInvalidPage   = lazyCompile(`(?i)Code 2 Invalid Page|Namespace CODESIGNING, Code (?:0x)?2\b|"indicator"\s*:\s*"Invalid Page"|CODESIGNING\s*/\s*Invalid Page|(?-i:CODESIGNING) 2,? (?-i:Invalid Page)|cs_invalid_page|rejecting invalid page`)
	reStaplerUsage  = lazyCompile(`(?i)Usage: stapler staple|with code: 64\b|Error 64\b`)
	// reMemoryKill: a kill the paste puts down to memory (jetsam, a low
	// memory warning), which is no signature check.
	reMemoryKill = lazyCompile(`(?i)low[- ]memory|jetsam|memorystatus|memory limit|too much memory`)
	// reNotValidForProcess: dyld's words for a library refused by library
	// validation (no Team ID, different Team IDs, not a platform binary).
	reNotValidForProcess = lazyCompile(`not valid for use in process`)
	// reRestrictedEntitlementsReq: amfid's (and older taskgated's) words
	// when a profile does not authorise the restricted entitlements an
	// executable claims.
	reRestrictedEntitlementsReq = lazyCompile(`Requirements for restricted entitlements failed to validate|because its use of the com\.apple\.[A-Za-z0-9.\-]{2,100} entitlement is not allowed`)
	// reDyldBadSignature: dyld's own words for a library whose signature
	// the kernel refused: the library, not the executable, is at fault
	// (dyld 4 names the file's UUID in angle brackets).
	// An executable updated by writing over the old file (in place, or cp
	// into the same inode), which the kernel may hold the signature of.
	// A library said to carry an invalid signature: a dylib's signature is
	// mostly broken by install_name_tool or strip run after signing.
	reDylibSignatureInvalid = lazyCompile(`(?i)\.dylib\b[^\n]{0,160}?\b(?:has|had|with|carries) an invalid (?:code )?signature\b`)
	reUpdatedInPlace        = lazyCompile(`(?i)\b(?:updat|replac|overwrit|copy|copie)\w*\b[^.]{0,80}?\bin[ -]place\b|\b(?:update|replace|overwrite|copy)_in_place\b|\b(?:writes?|wrote|written|truncat\w*|cop(?:y|ies|ied)|cp)\b[^.\n]{0,80}?\bsame inode\b`)
	reFirstPageOfLibrary    = lazyCompile(`(?i)mmap\(\) errno=1 validating first page of '[^'\n]{0,300}?(?:\.dylib|/Frameworks/[^'\n]{1,200})'`)
	reDyldBadSignature      = lazyCompile(`(?i)code signature invalid (?:for '|\(errno=|in <[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}> ')|required code signature missing for '`)
	// reWWDRExpired: Apple's Worldwide Developer Relations intermediate
	// said to have expired (as in February 2016), in either order.
	reWWDRExpired = lazyCompile(`(?i)\b(?:WWDR|Worldwide Developer Relations)\b[^\n]{0,80}?\bexpir|\bexpired\b[^\n]{0,40}?\b(?:WWDR|Worldwide Developer Relations)\b`)
	// reProfileKeychainCerts: Xcode found profiles, but none holding a
	// certificate whose identity is in this keychain.
	reProfileKeychainCerts = lazyCompile(`(?i)contain any of the keychain.s signing certificates`)
	// reSigningContext: words that show a paste is about signing code; a
	// keychain that refuses a dialog to another app (a login token, a
	// password) is not a signing problem.
	reSigningContext = lazyCompile(`(?i)codesign|code ?sign|\bsigning\b|\bsign (?:an?|the|my|your)\b|xcodebuild|productsign|pkgbuild|notari[sz]|\.p12\b|\bidentity\b|certificate|fastlane`)
	reNotFound       = lazyCompile(`(?i)Record not found`)
	// stapler refusing the kind of file, or a paste saying it was given a bare binary.
	reStaplerFileType = lazyCompile(`(?i)incapable of working with|\b(?:bare|raw|standalone)(?: standalone)?(?: Mach-O)? (?:binary|executable)\b|\bzip(?: file| archive| package)? (?:cannot|can'?t|could ?not|couldn'?t|won'?t) be stapled\b`)
	// notarytool reads its credentials from a keychain profile.
	reNotarytoolProfile = lazyCompile(`(?i)\bnotarytool\b|--keychain-profile\b`)
	// A paste saying the reported binary has no real signature: one the
	// notary service calls invalid is then signed ad hoc or by the linker.
	reUnsignedBinarySaid = lazyCompile(`(?i)\b(?:lacks?|lacking|missing|without)\s+(?:a\s+|the\s+|its\s+|their\s+)?code\s+signatures?\b|\bsigned\s+ad[- ]?hoc\b|\bad[- ]?hoc\s+signature\b|\blinker-signed\b`)
	reSystemPolicyLoad   = lazyCompile(`(?i)library load disallowed by system policy`)
	reSignatureFormat    = lazyCompile(`(?i)invalid or unsupported format for signature`)
	reFrameworkBadSig    = lazyCompile(`(?i)([A-Za-z0-9_.\-]{1,80})\.framework\s*:\s*0xe800801[49c]`)
	reNoProfileTarget    = lazyCompile(`(?i)"?(<[A-Za-z ]{1,40}>|[A-Za-z0-9_.\-]{1,80})"? does not support provisioning profiles`)
	reOtherAccountWorks  = lazyCompile(`(?i)\b(?:different|another|other|second) (?:apple )?(?:developer )?(?:account|team)\b|\blocal(?:ly)? (?:archive|build)s? (?:works|worked|succeed)`)
	reSameSigner         = lazyCompile(`(?i)(?:same|identical) (?:certificate|team|signing identity|developer id)|signed (?:and notarized )?with the same`)
	reHardwareUUID       = lazyCompile(`(?i)Hardware UUID`)
	reMacProfile         = lazyCompile(`(?i)embedded\.provisionprofile|CPProfileManager|\bVM\b|virtual machine|Virtual-Machine`)
	reSubcomponent       = lazyCompile(`In subcomponent: (.{0,300}?/Contents/(?:MacOS/(?:[^ /]+/)*)?[^ /]+)(?: |$)`)
	// reSubcomponentTop: a subcomponent at the top of Contents or of
	// Contents/MacOS, without the quote or stop that may follow it.
	reSubcomponentTop = lazyCompile(`In subcomponent: ([^\n]{0,300}?\.app/Contents/(?:MacOS/)?[^/\s"'”]{1,200})(?:["'”\s]|\z)`)
	// reNestedSaid: codesign's own words for nested code it rejects.
	reNestedSaid = lazyCompile(`(?i)nested code is (?:modified or invalid|unsigned)|unsigned nested|errSecCS(?:Unsigned|Bad)NestedCode`)
	// reBundleFormatSaid: codesign's own words for a bundle it cannot seal.
	reBundleFormatSaid = lazyCompile(`unsealed contents|bundle format|symbolic link in bundle|embedded framework contains|must be a regular file|unsupported resource found|errSecCS`)
	reAMFIRejected     = lazyCompile(`(?i)Unsatisfied entitlements|Restricted entitlements not validated|No matching profile found|no eligible provisioning profiles`)
	reLaunchd153       = lazyCompile(`(?i)Code=1[56]3\b|Launchd job spawn failed`)
	// reLaunchd153Code: launchd's own code for the spawn refused, anywhere
	// in the paste (open(1)'s error often follows the alert lines below).
	reLaunchd153Code = lazyCompile(`(?i)NSPOSIXErrorDomain Code=1[56]3\b`)
	// reScriptInFramework: a file at a framework's top level that App Store
	// Connect says is not properly signed, its path in brackets, quotes or
	// on its own line, the "o" of "properly" sometimes mistyped.
	reScriptInFramework = lazyCompile(`(?i)([A-Za-z0-9_\-]+)\.framework/([^\]/"”“'\s]+)[\]"”']?\s{0,3}is not pr[eo]perly signed`)
	// reSignedOtherwise: App Store Connect's reasons for a file that is
	// signed, but wrongly: code, not a script.
	reSignedOtherwise = lazyCompile(`(?i)Code failed to satisfy|sealed resource is missing|Invalid Info\.plist`)
	// reNoPushUsed: the paste says the app has no use for push notifications.
	reNoPushUsed = lazyCompile(`(?i)(?:do|does)(?: not|n[’']t) (?:use|include|have|need|want)[^\n.]{0,20}push notification`)

	// reUnknownErrorMinus1, reXCFrameworkUnverified: wordings that name the
	// cause more closely than their entry's general list.
	reUnknownErrorMinus1 = lazyCompile(`(?i)unknown error -1=ffffffffffffffff`)
	// reStapleWorked, reStapleFailed: a stapler run that succeeded leaves a
	// later exit status to some other step.
	reStapleWorked          = lazyCompile(`(?i)The staple and validate action worked`)
	reStapleFailed          = lazyCompile(`(?i)The staple and validate action failed`)
	reBetaProfile           = lazyCompile(`(?i)install a Beta profile without the proper entitlement`)
	reProfileUnreadable     = lazyCompile(`(?i)kAMD(?:ProvisioningProfileNotValid|EmbeddedProfileInstallFailed)|provisioning profile (?:is malformed|is unsupported|does not have a valid signature)|install the embedded provisioning profile|profile does not exist \(it may`)
	reXCFrameworkUnverified = lazyCompile(`(?i)\. ?xcframework[”"']? cannot be (?:verified|validated)`)
	// reXCFrameworkSigner: Xcode recorded the XCFramework's signer when it
	// was added, and the copy now in the project is signed otherwise.
	reXCFrameworkSigner = lazyCompile(`(?i)\.xcframework[”"']? is not signed with the expected identity`)
	// reXCFrameworkCheckFailed: Xcode's note under an XCFramework's
	// signature check, and its archive step collecting that signature.
	reXCFrameworkCheckFailed = lazyCompile(`(?i)\bCodesign verification failed\b`)
	reSignatureCollection    = lazyCompile(`(?i)\bsignature-collection failed\b`)
	// reXCFrameworkNamed: a paste about an XCFramework or a package's
	// binary artifact, where Xcode's "Codesign verification failed" is its
	// check of the vendor's signature.
	reXCFrameworkNamed      = lazyCompile(`(?i)\.xcframework\b|SourcePackages/artifacts|\bbinary target\b`)
	reStaticLibInFrameworks = lazyCompile(`/Frameworks/[^/\s]{1,200}\.a(?:\s|$)`)
	reCertRevoked           = lazyCompile(`(?i)CERT_REVOKED|certificate has been revoked`)
)

var (
	// OpenSSL 3 reading a .p12 made with the algorithms Keychain Access uses.
	reOpenSSLLegacyP12 = lazyCompile(`(?i)unsupported[^\n]{0,200}RC2-40-CBC`)
	reBareAuthFailed   = lazyCompile(`(?i)errSecAuthFailed|-25293\b|The user name or passphrase you entered is not correct`)
	// reFlutterNoCerts: flutter's own message when it finds no identity to
	// pick a team from.
	reFlutterNoCerts = lazyCompile(`No valid code signing certificates were found`)
	// security find-identity listing a distribution identity, and listing a
	// development one.
	reDistributionIdentityListed = lazyCompile(`\d\)\s+[^\n"]{0,60}"(?:Apple|iPhone) Distribution: [^"\n]{1,120}"`)
	reDevelopmentIdentityListed  = lazyCompile(`"(?:Apple Development|iPhone Developer|Mac Developer): [^"\n]{1,120}"`)
	// rePassphraseWrong: security's reason for a keychain password it refused.
	rePassphraseWrong = lazyCompile(`(?i)passphrase you entered is not correct`)
	// rePartitionListOtherReason: security's other reasons set-key-partition-list
	// fails (no key matched, or no -s).
	rePartitionListOtherReason = lazyCompile(`(?i)SecItemCopyMatching: The specified item could not be found|SecKeychainItemCopyAccess: A missing value was detected`)
	// reElectronBuilderKeychain: electron-builder's temporary signing keychain.
	reElectronBuilderKeychain = lazyCompile(`(?i)electron-builder|\bCSC_(?:LINK|KEY_PASSWORD)\b|app-builder-lib|<tmp>\.keychain`)
	reMatchCreatesIdentity    = lazyCompile(`(?i)\bcode signing identity for [a-z_]{1,40}\.\.\. creating one for you now\b`)
	reBareItemNotFound        = lazyCompile(`errSecItemNotFound|SecKeychainSearchCopyNext: The specified item|-25300\b`)
	reImportWords             = lazyCompile(`(?i)import|\.p12\b|\.pfx\b|pkcs|identit|certificate`)
	rePersonalTeamCapability  = lazyCompile(`(?i)Personal development teams|Your development team, "[^"\n]{1,120}", does not support`)
	reCertNotFoundRetold      = lazyCompile(`(?i)\b(?:could not|couldn't|can't|cannot|unable to) find (?:a |the |any |my )?(?:signing |valid |matching )?certificate\b`)
	// Compose Multiplatform's macOS signing block and its Gradle tasks.
	reComposeMacSigning        = lazyCompile(`(?i)\bidentity\.set\(|compose\.desktop\.mac\.sign|\bcreate(?:Release)?Distributable\b|\bpackage(?:Release)?(?:Dmg|Pkg)\b|Could not find certificate for '[^'\n]{1,160}' in keychain \[`)
	reWindowsPFXPassword       = lazyCompile(`(?i)The specified network password is not correct|Das angegebene Netzwerkkennwort ist falsch`)
	reMissingEntitlementName   = lazyCompile(`(?i)\bMissingEntitlement\b|\bMissing Entitlement (?:exception|error)\b`)
	reMissingEntitlementStatus = lazyCompile(`(?i)-34018\b|errSecMissingEntitlement|A required entitlement isn't present`)
	reKeychainCallWords        = lazyCompile(`(?i)keychain|SecureStorage|\bSecItem|\bkSec|-34018\b`)
)

// composeIdentityLead: Compose Multiplatform searches for a Developer ID
// (or, for the App Store, 3rd Party Mac Developer) certificate only.
const composeIdentityLead = "The name Compose Multiplatform searches for does not match the certificate's common name: its signing block looks only for \"Developer ID Application: \" followed by the identity given (with appStore = true, \"3rd Party Mac Developer Application: \"), so identity takes the name after the colon of such a certificate, and an Apple Development or Apple Distribution certificate is not found."

// windowsPFXLead: .NET on Windows opening the .p12 Visual Studio keeps for
// an Apple account.
const windowsPFXLead = "Windows could not open the .p12 with the password it was given (\"The specified network password is not correct\" is its word for a PKCS#12 password it cannot verify): with Hot Restart, the signing certificate Visual Studio keeps for the Apple account is the one read. Update Visual Studio, or remove and add the Apple account again so the certificate is downloaded anew."

// reProgramSignatureInvalid, reKernelLogNamed: the kernel's refusal of a
// program retold, and the kernel log it was read in.
var (
	reProgramSignatureInvalid = lazyCompile(`(?i)\b(?:executable|binary|process)['’]s code signature (?:is|was) invalid\b|\b(?:crash(?:es|ed)?|killed)\b[^.\n]{0,30}? (?:due to|because of) (?:an? |its )?invalid code signature\b`)
	reKernelLogNamed          = lazyCompile(`(?i)\bdmesg\b|\bkernel(?:\.log| log)\b`)
)

// reAppleSigningContext: words that place a paste in Apple code
// signing. A certificate that "has expired" or "is not trusted" is one
// of countless kinds (a SAML IdP's, a JAR's, an Authenticode one, a
// package's, an e-mail one) unless the paste names Apple's tools,
// certificate kinds, files or platforms (Apple and the iPhone named in
// Persian, Arabic or Hebrew too), or Expo's command that registers devices
// for ad hoc provisioning (it exists only for Apple devices). A team ID in
// parentheses is one (in capitals, as Apple writes it: "(Kubernetes)" is
// a word), a Windows error code (0x800B0100, 0xC0000005) is not.
// "Requirement syntax error(s):" is codesign's own heading for the code
// requirement compiler's errors. The iOS sideloading and re-signing tools
// sign for Apple devices only (named as they write themselves: the
// anisette server sidestore.io is not the tool), and AltSign's "no
// certificate with the requested serial number for this team" is Apple's
// developer services'.
var reAppleSigningContext = lazyCompile(`(?i)\bcodesign|\b(?-i:SideStore|AltStore|AltServer|AltSign|zsign|ldid|ios-deploy|iOS App Signer)\b|\bcertificate with the requested serial number for this team\b|\beas device:create\b|\bXcode|xcodebuild|\bxcrun\b|productsign|pkgbuild|pkgutil|notari[sz]|notarytool|altool|\bstapler?\b|\bspctl\b|Gatekeeper|unidentified developer|find-identity|\bkeychain|CSSMERR_|errSec|\.(?:app|ipa|pkg|dmg|mobileprovision|provisionprofile|xcarchive|framework|dylib)\b|provisioning profile|App Store|TestFlight|\bApple\b|\bmacOS\b|\bMac ?OS ?X?\b|\bOS X\b|\biOS\b|\biPhone|\biPad|\btvOS\b|\bwatchOS\b|Developer ID|\b(?:Mac|iOS) (?:Developer|Development|Distribution|Installer)\b|(?-i:\((?:[A-Z1-9][A-Z0-9]{9}|0[A-WYZ0-9][A-Z0-9]{8}|0x[0-79ABD-F][A-Z0-9]{7})\))|\bOU=[A-Z0-9]{10}\b|fastlane|please check end date and renew it|\bmatch (?:development|appstore|adhoc)|\bpkg\b|Status: signed by|used to sign ["“][^"”\n]{1,80}["”] has expired|Could not launch|\bJamf(?:Helper)?\b|\bstartosinstall\b|\bCasper\b|\bMunki\b|-allowUntrusted\b|Distribution certificate with fingerprint|\b(?:error|code|status)[ =:]{1,3}-6(?:70[0-7]\d|699\d)\b|Requirement syntax error\(s\):|\bCodeSignatureVerifier\b|DISABLE_CODE_SIGNATURE_VERIFICATION|اپل|آیفون|أبل|آبل|آيفون|אפל|אייפון`)

// reInstallerSigning: a package's signing, which takes an installer
// certificate.
var reInstallerSigning = lazyCompile(`(?i)\b(?:productsign|pkgbuild|productbuild)\b|\bInstaller"? identity|(?:Developer ID|Mac Developer) Installer|Installer Distribution`)

// daysLeftStopped: a sideloaded app "not verified" or "no longer
// available" while its store still shows days left on its profile.
const daysLeftStopped = `\b(?:not verified|unverified|no longer available)\b[^\n.]{0,30}\b(?:despite|with|although|even though|while)\b[^\n.]{0,20}\b\d+ days? (?:remaining|left)\b`

var (
	reDaysLeftStopped = lazyCompile(`(?i)` + daysLeftStopped)
	reAppWord         = lazyCompile(`(?i)\bapps?\b`)
)

// reSideloading: the tools that re-sign apps with an Apple ID's
// development certificate on iOS.
// reAppleIntermediateMissing: the paste says an Apple intermediate (WWDR,
// Developer ID) is the one missing or had to be installed.
var reAppleIntermediateMissing = lazyCompile(`(?i)\b(?:WWDR|Worldwide Developer Relations|Developer ID)\b[^\n]{0,40}?\bintermediate\b`)

// An identity listed as expired or revoked explains "not found" first.
var reCertExpiredOrRevokedCode = lazyCompile(`CSSMERR_TP_CERT_(?:EXPIRED|REVOKED)`)

// codesign counts only identities whose chain it can build, so a missing
// intermediate makes a present identity "not found".
const appleIntermediateMissingLead = "The Apple intermediate that issued the certificate (Apple Worldwide Developer Relations G3, or Developer ID Certification Authority) is not in any keychain, so the identity's chain cannot be built and codesign does not count it as a valid identity: install the intermediate named in the certificate's Issuer from https://www.apple.com/certificateauthority/ before importing the .p12, then `security find-identity -p codesigning -v` lists it."

var reSideloading = lazyCompile(`(?i)\b(?:SideStore|AltStore|AltServer|Sideloadly|LiveContainer|ESign|GBox|TrollStore|iloader|isideload|sideload(?:s|ed|ing)?|JIT-?less|anti[- ]?revoke)\b`)

const causeSideloadRevoked = "The Apple ID's development certificate was revoked: sideloading tools (AltStore, SideStore, Sideloadly, iloader) revoke it when they make a new one, as when the same Apple ID signs in on another device or in another tool, and every app signed with the old one stops opening although the store still counts days left. Refresh or reinstall the apps with the tool that holds the new certificate, and keep one tool and one device per Apple ID."

// reSigningAsset: words naming what Apple's developer services sign with.
var reSigningAsset = lazyCompile(`certific|provision|profile|app id|signing`)

// reInterpreterKill: an interpreter killed while it ran a script (a Python
// program that ran out of memory), which the kernel let start.
var reInterpreterKill = lazyCompile(`(?i)(?:zsh|bash|sh|fish): killed\s+(?:\S*/)?(?:python[0-9.]*|node|ruby|java|perl|php|Rscript|julia)\s+\S`)

// reBareKindAmbiguous: codesign given only a certificate kind, and the
// two names it matched.
var reBareKindAmbiguous = lazyCompile(`(?:^|[\s"'` + "`" + `])(?:iPhone Developer|iPhone Distribution|Apple Development|Apple Distribution|Mac Developer|Developer ID Application|Developer ID Installer): ambiguous \(matches "([^"\n]{1,160})" and "([^"\n]{1,160})"`)

const causeBareKindIdentity = "The name given is only a certificate kind (\"iPhone Developer\", \"Apple Development\"), and codesign takes every certificate whose name contains it: here two different ones (other people's, teams' or kinds). Sign with the full name or the SHA-1 hash (`security find-identity -p codesigning -v`); a build script that signs embedded frameworks passes the project's CODE_SIGN_IDENTITY as it is."

// reAMFIXMLSyntax: AMFI's own XML parser refused the entitlements file.
var reAMFIXMLSyntax = lazyCompile(`AMFIUnserializeXML: syntax error`)

const causeEntitlementsNotWellFormed = "The entitlements file is not well-formed XML as AMFI's stricter parser reads it (\"--\" inside a comment, a stray character): plutil -lint accepts files AMFI refuses; check it with `xmllint --noout FILE` and keep the file a bare plist."

// reIncompleteChainSaid: a paste saying the signature lacks its
// certificate chain (a .p12 or a signing tool that leaves out the Apple
// intermediates).
var reIncompleteChainSaid = lazyCompile(`(?i)\b(?:without|lacks?|lacking|missing|no|not)\s+(?:the\s+|a\s+|its\s+)?(?:full|complete|whole|entire)\s+(?:certificate\s+)?chain\b|\b(?:certificate\s+)?chain\s+(?:is\s+|was\s+)?(?:incomplete|missing|not attached)\b`)

// reCMakeProbe: the targets CMake's Xcode generator builds to check the
// compiler (CompilerIdC, CMakeCCompilerId.c) or a try_compile (cmTC_…).
// Xcode's wording when the build settings name one profile by its UUID
// and no installed profile has it.
var reProfileUUIDNotInstalled = lazyCompile(`(?i)provisioning profile with the UUID\s*[“"'][^”"'\n]{0,80}[”"'],?\s*however, no such provisioning profile was found`)

// exportArchive's "No "iOS App Store" profiles for team 'X' matching 'Y'
// are installed": a profile of that kind is not on this Mac.
var reTeamProfilesNotInstalled = lazyCompile(`(?i)\bprofiles? for team '[^'\n]{1,40}' matching '[^'\n]{1,160}' are installed`)

var reCMakeProbe = lazyCompile(`\bcmTC_[0-9a-f]{4,}\b|CMAKE_TRY_COMPILE|\bCompilerId(?:C|CXX|OBJC|OBJCXX|Swift)\b|CMakeC(?:XX)?CompilerId`)

const cmakeProbeLead = "The target is one of CMake's own checks (the compiler identification project CompilerIdC, or a try_compile project cmTC_…), which for iOS CMake builds with xcodebuild as a bundle that Xcode signs: give them the team and identity in the toolchain file (CMAKE_XCODE_ATTRIBUTE_DEVELOPMENT_TEAM, CMAKE_XCODE_ATTRIBUTE_CODE_SIGN_IDENTITY), or turn signing off for them (CMAKE_XCODE_ATTRIBUTE_CODE_SIGNING_ALLOWED=NO)."

// exportArchiveNoProfileLead is text-no-profiles-found's lead when
// -exportArchive says an extension "requires a provisioning profile.": the
// archive was signed, so the export found no profile for its bundle ID.
const exportArchiveNoProfileLead = "The export found no profile for this extension: each extension has a bundle ID of its own and needs its own distribution profile. With manual signing (signingStyle manual, or the Manual style that flutter build ipa and shorebird carry over from the project), -exportArchive uses only the profiles the export options' provisioningProfiles names, so name one there for the app and for every extension; with automatic signing, pass -allowProvisioningUpdates so Xcode can create them."

const cloudSigningLead = "Your role (or API key) has no access to cloud-managed distribution certificates, so Xcode can neither sign for distribution nor create the App Store profiles: the Account Holder or an Admin must give that access (App Store Connect, Users and Access; an API key needs the Admin role), or export with a distribution certificate of your own (signingStyle manual)."

// rule attaches a context rule to an entry: skip drops a match the paste
// shows is not Apple code signing, lead puts first the causes the paste
// itself shows. The rules live beside their entries' themes, in
// context_<theme>.go. It is called some 200 times from package init: kept
// out of line, as inlined there (the package is compiled with inlining, see
// the Makefile) it cost 18 KB of brotli'd app.wasm.
//
//go:noinline
func rule(id string, skip func(near, all string) bool, lead func(c leadContext) []string) {
	e := Lookup(id)
	if e == nil {
		panic("context rule for unknown entry " + id)
	}
	// A second rule for an entry would silently replace the first:
	// one entry, one rule of each kind.
	if skip != nil && e.skip != nil || lead != nil && e.lead != nil {
		panic("second context rule for " + id)
	}
	if skip != nil {
		e.skip = skip
	}
	if lead != nil {
		e.lead = lead
	}
}

// tls: a certificate message about a TLS connection, or another signing
// tool's certificate, not an Apple signing identity's.
func tls(near, all string) bool {
	return reTLSContext.MatchString(near) || reOtherSigningTool.MatchString(near) && !reAppleCertName.MatchString(all)
}

// notApple: a paste that names nothing of Apple code signing.
func notApple(_, all string) bool { return !reAppleSigningContext.MatchString(all) }

var (
	reOldOSX             = lazyCompile(`(?i)\b(?:OS X|Mac OS X|macOS|mac)\s?10\.(?:[4-9]|1[01])\b|\b(?:El Capitan|Yosemite|Mavericks|Mountain Lion)\b`)
	reReferencedPackages = lazyCompile(`(?i)\breferenced (?:https?|remote|external) packages\b|\b(?:external|remote) (?:component )?packages\b`)
)

var (
	// A web page's or a shop's "This Item Is No Longer Available".
	reNoLongerAvailableThing = lazyCompile(`(?i)["“'‘](?:this|the|that|your|our) [^"”'’\n]{0,60}is no longer available`)
	reNoLongerAvailableAlert = lazyCompile(`["“'‘][^"”'’\n]{0,80}?(?-i:Is No Longer Available)|(?i)["“'‘][^"”'’\n]{1,80}["”'’] is no longer available`)
	reNoLongerAvailableTitle = lazyCompile(`["“'‘][^"”'’\n]{0,80}?(?-i:Is No Longer Available)`)
	// An app opened on a device: what the quoted lower-case alert needs.
	reIOSDevice = lazyCompile(`(?i)\biOS\b|\biPhone|\biPad|\bSpringBoard\b|\bapps?\b|\bjailbr|\bopen(?:ed|ing|s)?\b`)
	// A profile shown with days left: the alert is then a revoked
	// certificate, not an expired profile.
	reDaysShown       = lazyCompile(`(?i)\bexpires? in \d+ days?\b|\b\d+ days? (?:remaining|left)\b`)
	reAppStoreRemoved = lazyCompile(`(?i)removed (?:this|the) app from the App Store|\b(?:in|on|from) the App Store\b|App Store page`)
	reSideloadContext = lazyCompile(`(?i)sideload|\bAlt(?:Store|Server)\b|\bSideStore\b|re-?sign|\brefresh|\brenew|certificate|\bcert\b|provisioning|\bprofile\b|developer account|\b7 days\b|\.ipa\b|\benterprise\b`)
)

var (
	reDeveloperWarningRetold    = lazyCompile(`(?i)\b(?:unknown|unidentified) developer["”']? (?:warning|alert|dialog|popup|pop-up)s?\b`)
	reOtherPlatform             = lazyCompile(`(?i)\bAndroid\b|\bAPKs?\b|\bWindows\b|SmartScreen|\bLinux\b|\bUbuntu\b|\bChromebook\b`)
	reMacNamed                  = lazyCompile(`(?i)\bmac\s?OS\b|\bMac\b|\bMacBook|\bOS X\b|Gatekeeper|\.app\b|\.dmg\b|\biMac\b`)
	reProfileLacksRetold        = lazyCompile(`(?i)\bprofile\b[^.\n]{0,160}?\b(?:lacks|lacking|lacked|without) (?:the )?[A-Za-z0-9 &.\-]{1,60}? capability\b`)
	reIPAWord                   = lazyCompile(`(?i)\bipa\b`)
	reMissingDistributionRetold = lazyCompile(`(?i)\bmissing (?:an? |the |my |our )?(?:Distribution|(?:code ?)?signing) certificate\b|\b(?:code ?)?signing certificate (?:was|is|were|are) (?:still )?missing\b`)
	reAppOrTrashAdvice          = lazyCompile(`(?i)\.app\b|trash|\bbin\b|eject|Papierkorb|corbeille|cestino|papelera|lixo|lixeira|ゴミ箱|휴지통|废纸篓|垃圾桶`)
	reQuotedBetaExpired         = lazyCompile(`["“'‘][^"”'’\n]{1,80}["”'’] Beta has expired`)
	reTestFlightOnlyWords       = lazyCompile(`(?i)\bThis build i?s? no longer available|\bnot (?:currently\s+)?accepting (?:any )?(?:new |more )?testers`)
	reNotAcceptingTesters       = lazyCompile(`(?i)\bnot (?:currently\s+)?accepting (?:any )?(?:new |more )?testers|\bisn['’‘]?t accepting any (?:new|more) testers`)
	reBetaNotAcceptingAlert     = lazyCompile(`(?i)\b(?:This|the) beta (?:isn['’‘]?t|is not) accepting any (?:new|more) testers`)
	reGetTaskAllowNamed         = lazyCompile(`(?i)\bget-task-allow\b`)
	reTestFlightNamed           = lazyCompile(`(?i)\bTest ?Flight\b`)
	reTestFlightContext         = lazyCompile(`(?i)Test ?Flight|\biOS\b|\biPhone|\biPad|\bApple\b|App Store|\bmacOS\b|\bwatchOS\b|\btvOS\b|\bvisionOS\b`)
	reDigitalSignatureInvalid   = lazyCompile(`(?i)(?:can['’]?t|cannot) be installed because its digital signature is invalid|tampered with\.\s+Get a new copy of the package and try again|установить[^\n]{0,80}? так как (?:его|ее|её) цифровая подпись недействительна`)
)

// reAppClipNamed: a paste about an App Clip.
var reAppClipNamed = lazyCompile(`(?i)\bapp ?clips?\b|parent-application-identifiers`)

// rePythonInterpreter: a paste about a Python interpreter or its framework.
var rePythonInterpreter = lazyCompile(`(?i)\bpython\d?(?:\.\d{1,2})? interpreter\b|\bPython3?\.framework\b|/bin/python\d?(?:\.\d{1,2})?\b`)

var (
	reLaunchdOtherReason = lazyCompile(`(?i)entitlement|provisioning|Launch Constraint`)
	reAdHocCodesign      = lazyCompile(`(?i)TeamIdentifier=not set|\bTeamIdentifier` + "`" + `? is not set\b|Signature=adhoc|flags=0x2\(adhoc\)|\bad-?hoc[ -]signed\b|\b(?:has|with|carries) an ad[- ]?hoc signature\b`)
	reShipItCheck        = lazyCompile(`\.ShipIt/|SQRLCodeSignature|Code signature at URL file:`)
	// Sparkle's own words for an update whose code signature does not
	// satisfy the installed app's (SUCodeSigningVerifier, its validator).
	reSparkleCheck    = lazyCompile(`(?i)\bSparkle\b|SUCodeSigningVerifier|\bnew version doesn't match the old version\b|\bnew Code Signing identity that doesn't match\b`)
	reSMJobBless      = lazyCompile(`(?i)CFErrorDomainLaunchd|SMJobBless|SMPrivilegedExecutables|SMAuthorizedClients|launchdadd|did not pass helper check|PrivilegedHelperTools|Contents/Library/LaunchServices/`)
	reLaunchdJob      = lazyCompile(`(?i)SMAppService|\bLaunch(?:Daemon|Agent)s?\b|SpawnConstraint|\bLWCR\b|Contents/Library/(?:LaunchServices|LoginItems)/|\bBTM\b|launchctl|spawn failed`)
	reFlutterCodesign = lazyCompile(`Failed to codesign\s\S[^\n]{0,300}?\swith identity\b`)
	reOtherAppsData   = lazyCompile(`(?i)access data from other (?:apps|applications)`)
	// reOwnLaunchPrompt: the prompt shown each time the app itself starts
	// or is updated (its own group container), not once for a tool.
	reOwnLaunchPrompt = lazyCompile(`(?i)\b(?:every|each) time (?:(?:you|I|we|the user) )?(?:launch|open|start)|\b(?:every|each) time (?:the |this |our |my )?app (?:is |gets )?(?:launched|opened|started)|\bon (?:every|each) (?:app )?(?:launch|start(?:up)?)\b|\bafter (?:every|each) (?:\w+ )?update\b`)
	// reOtherAppsTool: what reads other apps' data on the user's behalf
	// (a terminal, an interpreter, a job launchd runs, a backup).
	reOtherAppsTool     = lazyCompile(`(?i)\b(?:Terminal|iTerm2?|Warp|python[\d.]*|node|ruby|perl|bash|zsh|script|LaunchAgent|LaunchDaemon|launchd|cron|Full Disk Access|backup|rsync)\b`)
	reAppGroupWords     = lazyCompile(`(?i)\bapp ?groups?\b|\bgroup (?:containers?|folders?|IDs?|identifiers?)\b|Group Containers/|application-groups|\bgroup\.[a-z]`)
	reCloudSyncedFolder = lazyCompile(`(?i)\biCloud(?:[- ]managed| Drive)\b|\bsynchronized with iCloud\b|/Mobile Documents/|\bcloud[- ]synced\b|\bDropbox\b|\bOneDrive\b|\bGoogle ?Drive\b`)
)

// reTeamIDExpected: an install script (Installomator) comparing a
// download's team with the one its label expects.
var reTeamIDExpected = lazyCompile(`(?i)\(expected:[ \t]{0,3}[A-Z0-9]{10}[ \t]{0,3}\)|\bTeam IDs do not match\b`)

// reTeamIDLine is the script's line with both teams, read and expected;
// reCsreqFailed is any failure of a requirement or team check said near it.
var (
	reTeamIDLine  = lazyCompile(`\bTeam ID(?: matching)?: ?([A-Z0-9]{10})? ?\(expected: ?([A-Z0-9]{10}) ?\)`)
	reCsreqFailed = lazyCompile(`(?i)\bdo not match\b|failed to satisfy|errSecCSReqFailed|-67050|Mismatch in authority names`)
)

// teamIDCheckPassed: the script's team line shows the team it read is the
// one it expects (Go's regexp has no backreference to say so), and nothing
// near it says a check failed: the check passed.
func teamIDCheckPassed(near string) bool {
	lines := reTeamIDLine.FindAllStringSubmatch(near, -1)
	if len(lines) == 0 || reCsreqFailed.MatchString(near) {
		return false
	}
	for _, m := range lines {
		if m[1] != m[2] {
			return false
		}
	}
	return true
}

// reAutoPkgAppCheck: AutoPkg's CodeSignatureVerifier refusing an app
// (codesign --verify with the recipe's requirement) or a package's chain.
var reAutoPkgAppCheck = lazyCompile(`(?:Code signature verification failed\. Note that all verifications|Mismatch in authority names)`)

const autoPkgAppLead = "AutoPkg's CodeSignatureVerifier checked the download against the recipe's requirement (codesign --verify --test-requirement) or its expected_authority_names (pkgutil's certificate chain), and the download did not pass: most often the vendor now signs with another team or certificate, or the download is not the vendor's. Run the recipe with -vv to see codesign's or pkgutil's own reason (a broken seal or no signature has its own entry); if the signature is valid, compare `codesign -d -r- X.app` with the recipe's requirement and, once you trust the new signer, update it in a recipe override."

// The script read the team from spctl (a pkg) or codesign (an app); an
// empty team means it found no signature to read.
const teamIDExpectedLead = "The download is signed by another team than the one the install script expects (Installomator compares the Team ID it reads with spctl or codesign with its label's expectedTeamID): the vendor now signs with a new Developer ID team, or the download is not the vendor's. Check who signed it (`spctl -a -vv -t install X.pkg`, `codesign -dv X.app`) and, once you trust it, update the label's expected team ID (a newer script may already have); an empty Team ID means the script found no signature at all (an unsigned download, or an archive it failed to expand)."

// Squirrel.Mac verifies a downloaded update against the running app's
// designated requirement before ShipIt installs it.
const shipItLead = "Squirrel.Mac (ShipIt) accepts an update only if it satisfies the installed app's designated requirement: the update is signed with another certificate, team or identifier than the installed copy (a new certificate, or an installed copy built and signed elsewhere). Compare `codesign -d -r-` of both apps; users on a copy signed differently must install the new version by hand once."

// Sparkle verifies a downloaded update against the installed app's
// designated requirement too, and allows one of its two signatures to
// change in an update, not both.
const sparkleLead = "Sparkle accepts an update only if its code signature satisfies the installed app's designated requirement: the new version is signed with another team, certificate kind or identifier than the installed copy (a build signed ad hoc or with a development certificate, another team's Developer ID, a changed bundle identifier). Compare `codesign -d -r-` of both apps and sign the update as the installed copy was. Sparkle lets an update change its Apple code signing identity only when its EdDSA signature still verifies with the key the installed copy trusts (one of the two may change in an update, not both)."

const smJobBlessLead = "SMJobBless checks both ways: the helper must satisfy the app's SMPrivilegedExecutables requirement for it, and the app one in the helper's SMAuthorizedClients. After a change of certificate, team or identifier, rewrite both from `codesign -d -r-` of each (SMJobBlessUtil.py check names the one that fails); a sandboxed app cannot install a helper."

// trustedExecutionIDs are the messages of trusted execution refusing to run code,
// where code of Apple's own changes the answer.
var trustedExecutionIDs = map[string]bool{
	"text-killed-at-launch": true, "text-kernel-signature-rejected": true, "text-arm64e-preview-abi": true,
	"text-code-signature-invalid": true, "text-unsatisfied-entitlements": true, "text-library-validation": true,
	"text-launch-constraint": true, "text-profile-missing-entitlement": true,
}

const appleOwnFix = "Nothing to change in your code or signing. Update macOS (Software Update), and if it persists file a report with Feedback Assistant (feedbackassistant.apple.com) with the kernel and amfid lines; until then use another way to do the task. Do not re-sign, copy or strip Apple's binaries: System Integrity Protection keeps them as shipped."

// appleOwnCode returns the path or identifier of Apple's own code named in
// the values (/usr/bin, /System, com.apple.*), or "".
const cryptexOS = "/System/Volumes/Preboot/Cryptexes/OS"

func appleOwnCode(vals []Value) string {
	for _, v := range vals {
		switch v.Kind {
		case "path":
			// dyld's "tried:" list repeats every path under the OS cryptex
			// ('/System/Volumes/Preboot/Cryptexes/OS/Users/…' (no such
			// file)): only the path after that prefix says whose code it is.
			// An excerpt may cut that prefix short ('/System/Volumes/Preboo').
			path := v.Value
			if strings.HasPrefix(cryptexOS, path) {
				continue
			}
			if strings.HasPrefix(path, "/System/Volumes/Preboot/") {
				_, path, _ = strings.Cut(path, "/Cryptexes/OS")
			}
			for _, p := range []string{"/usr/bin/", "/usr/sbin/", "/usr/libexec/", "/bin/", "/sbin/", "/System/", "/Library/Apple/"} {
				if strings.HasPrefix(path, p) {
					return v.Value
				}
			}
		}
	}
	return ""
}

// otherAccountWorks leads when the same project signs and uploads from
// another account.
const otherAccountWorks = "The same project signs and uploads from another account (or as a local archive), so neither the project nor its settings is the cause: something in this account's setup is. Contact Apple Developer Support (developer.apple.com/contact) with the build number and the error; a rebuild, a clean or new certificates will not help."

// reKernelValidating is the kernel naming the file whose signature it
// rejected.
var reKernelValidating = lazyCompile(`(?:When validating|mac_vnode_check_signature:) (/(?:usr/(?:bin|sbin|libexec)|bin|sbin|System)/[^\s:]+)`)

// appleOwnInKernelLog returns the Apple binary the kernel's lines in the
// paste name, so "zsh: killed" next to them is read as that binary's kill.
func appleOwnInKernelLog(all string) string {
	if m := reKernelValidating.FindStringSubmatch(all); m != nil {
		return m[1]
	}
	return ""
}

// reSubmissionID is a notary submission's ID as notarytool and the notary
// log print it.
var reSubmissionID = lazyCompile(`(?i)(?:"jobId"\s*:\s*"|"id"\s*:\s*"|\bid:\s*|\bfor id\s+|submission(?: id)?:?\s*|notarytool (?:log|info|wait) )([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b`)

func submissionID(all string) string {
	if m := reSubmissionID.FindStringSubmatch(all); m != nil {
		return strings.ToLower(m[1])
	}
	return ""
}

var (
	reFileAdded   = lazyCompile(`file added: (\S{1,400})`)
	reFileMissing = lazyCompile(`file missing: (\S{1,400})`)
	reNotaryLog   = lazyCompile(`(?i)"jobId"|"logFormatVersion"|"statusSummary"|notarytool log|/Contents/MacOS/`)
)

// sameNameTwoWays says whether a path is reported both added and missing
// with only its non-ASCII characters differing or identical: one name
// written in two Unicode normalisations (NFC and NFD), which a copy made.
func sameNameTwoWays(all string) bool {
	added := map[string]bool{}
	for _, m := range reFileAdded.FindAllStringSubmatch(all, 64) {
		if hasNonASCII(m[1]) {
			added[asciiOnly(m[1])] = true
		}
	}
	for _, m := range reFileMissing.FindAllStringSubmatch(all, 64) {
		if hasNonASCII(m[1]) && added[asciiOnly(m[1])] {
			return true
		}
	}
	return false
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

func asciiOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

var (
	reTitleBefore = lazyCompile(`(?i)(?:resolving|fixing|fix|troubleshooting|debugging|how to (?:fix|resolve|solve)|understanding|avoiding)\s+(?:the\s+)?(?:"|')?$`)
	reTitleAfter  = lazyCompile(`^(?:"|')?\s+(?:errors|problems|issues)\b`)
	// reAskingBefore: the same verbs in a person's question or plea.
	reAskingBefore = lazyCompile(`(?i)(?:\bhow (?:do|can|could|should|would) (?:i|we)|\b(?:can'?t|cannot|unable to|trying to|tried to|help me|need to|want to)) (?:fix|resolve|solve)\s+(?:the\s+)?(?:"|')?$`)
	// reFailsWithBefore: a build that "fails with multiple X errors", a
	// person reporting what their build printed.
	reFailsWithBefore = lazyCompile(`(?i)\b(?:fails?|failed|failing|stops?|stopped) with (?:multiple|several|many|\d+|one)(?: or more)?\s+(?:"|')?$`)
)

// inTitle says whether a match is an error's name used in the title of an
// article or a link ("Resolving errSecInternalComponent errors during code
// signing"), where no tool printed it.
func inTitle(text string, start, end int) bool {
	before := text[max(0, start-40):start]
	after := text[end:min(len(text), end+12)]
	// "how do I fix the ... issue" is a person asking about the failure
	// in front of them, not an article's title.
	if reAskingBefore.MatchString(before) || reFailsWithBefore.MatchString(before) {
		return false
	}
	return reTitleBefore.MatchString(before) || reTitleAfter.MatchString(after)
}

// reSymptomTableHeader: the header row of a troubleshooting guide's table
// of symptoms and their causes ("| Symptom | Likely Cause |").
var reSymptomTableHeader = lazyCompile(`(?i)^\s*\|\s*(?:symptoms?|errors?|error messages?)\s*\|\s*(?:(?:likely|common|probable|possible|root)\s+)?(?:causes?|reasons?)\s*\|`)

// inSymptomTable says whether a match sits in a row of such a table, where
// a guide lists what errors mean and no tool printed them. It looks back
// over the table's rows, at most maxTableRows of them, for that header.
func inSymptomTable(doc document, start int) bool {
	const maxTableRows = 200
	i := doc.lineAt(start) - 1
	for k := 0; k < maxTableRows && i >= 0; k, i = k+1, i-1 {
		end := len(doc.text)
		if i+1 < len(doc.lineStarts) {
			end = doc.lineStarts[i+1]
		}
		line := doc.text[doc.lineStarts[i]:end]
		if !strings.HasPrefix(strings.TrimLeft(line, " \t"), "|") {
			return false
		}
		if reSymptomTableHeader.MatchString(line) {
			return true
		}
	}
	return false
}

// staplerNotYet is a cause of text-stapler-failed, first when the ticket's
// record was not found.
const staplerNotYet = "The submission is not yet accepted, or its ticket has not reached Apple's servers yet: check that `xcrun notarytool info SUBMISSION-ID` says Accepted, then staple again a few minutes later (retry in CI)."

// staplerNotNotarized is a cause of text-stapler-failed, first where the
// paste shows the submission's status Invalid: no ticket will come.
const staplerNotNotarized = "This exact build was not notarized (or notarization failed): the ticket is found by CDHash, so a rebuilt or re-signed app has none."

// reNotaryStatusInvalid: notarytool's or the notary log's status Invalid.
var reNotaryStatusInvalid = lazyCompile(`(?i)\bstatus"?:\s*"?Invalid\b`)
