package text

import "strings"

// Look-alikes of retold readings: the same words about a
// disk, a Kubernetes policy, a browser extension, an Android phone or a
// Windows licence are not Apple's code signing.
var (
	// reNotSignedShownAs: notes telling what codesign prints for an
	// unsigned file ("an unsigned framework shows: code object is not
	// signed at all", in English or Chinese), not a failure.
	reNotSignedShownAs = lazyCompile(`(?i)(?:无签名|未签名|没有签名|\ban unsigned (?:file|binary|framework|xcframework|app|bundle|dylib)\b|\bunsigned (?:files|binaries|frameworks|xcframeworks|apps|bundles|dylibs)\b|\b(?:if|when) (?:it is |it's )?not signed\b|\bwithout (?:a )?signature\b)[^\n.。]{0,40}?(?:显示|输出|\bshows?|\bprints?|\bdisplays?|\boutputs?|\bsays|\bgives|\breturns?|\breports?)[ \t]*[:：]?[ \t]*["'“‘\x60]?code object is not signed at all`)
	// reDamagedDisk: a disk or volume called damaged, which Disk
	// Utility's First Aid repairs.
	reDamagedDisk = lazyCompile(`(?i)\bDisk Utility\b|\bFirst Aid\b|\b(?:disk|drive|SSD|HDD|SD card|USB stick|attachment)\b(?: \w+)? (?:is|was) (?:damaged|corrupted)\b|\bOutlook\b`)
	// reUnverifiedRetold: text-gatekeeper-unverified's retellings and its
	// translations, which Android, Windows and browsers use as well.
	reUnverifiedRetold = lazyCompile(`(?i)\b(?:unknown|unidentified) developer["”']? (?:warning|alert|dialog|popup|pop-up)s?\b|\bdeveloper can(?:['’]?t| not) be verified\b|\bfrom an unverified developer\b|geliştirici(?:si)? doğrulanam|nie można zweryfikować dewelopera|無法驗證\s?App\s?開發者|pengembang tidak dikenal|न पहचाने गए डेवलपर|לא ניתן לאמת את המפתח`)
	// reKubernetesGatekeeper: OPA Gatekeeper, Kubernetes' policy
	// controller, which admission requests "trigger".
	reBrowserAddOn         = lazyCompile(`(?i)\bbrowser\b|\bextensions?\b|\badd-?ons?\b|\bChrome\b|\bFirefox\b|\bWeb Store\b`)
	reKubernetesGatekeeper = lazyCompile(`(?i)\bOPA\b|\bKubernetes\b|\bk8s\b|\bkubectl\b|\bcluster\b|\badmission\b|\bconstraint(?: ?template)?s?\b|\bRego\b`)
	reTriggeringGatekeeper = lazyCompile(`(?i)\btrigger(?:s|ing)? Gatekeeper\b`)
	// Gatekeeper said to reject, block or not allow something, and Right-click > Open
	// said not to work: Apple's where nothing names Kubernetes, and where
	// the paste names a Mac.
	// iOS's install refusal retold: the app's integrity could not be verified.
	reIntegrityNotVerified = lazyCompile(`(?i)\bintegrity (?:could ?n[o']t|can ?n[o']t|cannot|was not|wasn'?t) (?:be )?verified\b`)
	reGatekeeperActs       = lazyCompile(`(?i)\bGatekeeper (?:hard[- ])?(?:rejects|rejected|blocks|blocked|refuses|refused)\b|\bGatekeeper\)?\s(?:is not|isn['’]?t|does not|doesn['’]?t|will not|won['’]?t|did not|didn['’]?t) (?:allowing|allow|letting|let)\b`)
	reRightClickOpenFails  = lazyCompile(`(?i)\bright[- ]?click(?:ing|ed)?\b[^\n]{0,12}?\bopen\b["”']? (?:does not|doesn'?t|do not|don'?t|did not|didn'?t|no longer|won'?t|will not) (?:work|help)`)
	// reRightClickAppContext: Right-click > Open is the way past
	// Gatekeeper only when the paste is about opening an app, not about
	// Finder's context menu in general.
	// reDeviceNotRegisteredRetold: a device "not registered in your
	// developer account", which other platforms' device labs say too.
	reDeviceNotRegisteredRetold = lazyCompile(`(?i)\bnot registered(?: device)? (?:in|with|to) (?:your|the|my|our) developer account\b`)
	// reLinuxKeyring: a Linux desktop's keyring, which a program may fail
	// to import a certificate into as well.
	reLinuxKeyring         = lazyCompile(`(?i)\bGNOME[- ]keyring\b|\bKWallet\b|\blibsecret\b|\bSecret Service\b`)
	reRightClickAppContext = lazyCompile(`(?i)\b(?:apps?|applications?|Gatekeeper|unidentified developer|(?:can'?t|cannot|could not|couldn'?t) be opened|Not Opened|damaged|verif(?:y|ied)|malware|Open Anyway|Privacy (?:&|and) Security|Security (?:&|and) Privacy)\b|\.app\b`)
	// reMacRefusedOtherwise: a Mac that will not open an app for Screen
	// Time, parental controls or a full disk, not for its signature.
	reMacRefusedOtherwise = lazyCompile(`(?i)\bScreen Time\b|\bparental controls?\b|\bdowntime\b|\bapp limits?\b|\bdisk (?:is )?full\b|\bnot enough (?:disk )?space\b|\b(?:not|isn't|is not) compatible with\b|\bincompatible\b|\brequires (?:a )?newer (?:version of )?macOS\b`)
	// reNotAppUnverified: what else macOS calls not verified: a
	// certificate, a network, an account, an e-mail address.
	reNotAppUnverified = lazyCompile(`(?i)\b(?:certificate|cert|Wi-?Fi|network|e-?mail|account|Apple ID|website|server|(?:configuration )?profile|phone number)\b[^.\n]{0,60}?\bmac\s?OS (?:said|says|told me|complain(?:s|ed)) (?:that )?it\b|\bmac\s?OS (?:said|says|told me|complain(?:s|ed)) (?:that )?it\b[^.\n]{0,40}?\b(?:certificate|Wi-?Fi|network|e-?mail|account|Apple ID|iCloud|website|server|phone number)\b`)
	// rePlayIntegrity: Google Play's integrity check, which calls an app
	// whose integrity it cannot verify by the same words.
	rePlayIntegrity = lazyCompile(`(?i)\bGoogle Play\b|\bPlay Store\b|\bPlay Integrity\b|\b(?:Microsoft|Windows) Store\b`)
	// reNoLongerAvailableRegion: a song, a video or an app no longer
	// offered in the user's region or store.
	reNoLongerAvailableRegion = lazyCompile(`(?i)\bis no longer available (?:in|for) (?:your|this|the|my) (?:region|country|store|area)\b`)
	// reVerifyRetold: text-untrusted-developer's retellings of iOS's alert.
	// The untrusted developer retold: an app "says its unverified", or
	// was trusted in Settings to no effect.
	reAppUnverifiedRetold   = lazyCompile(`(?i)\b(?:(?:says?|said|saying|marks?|marked|shows?|showing)\b (?:that )?(?:(?:it|the app|the application|this app)(?:['’]?s| is| was)|is|as)|(?:stands?|stays?|remains?)(?: as)?) ["“']?(?:unverified|not verified)\b`)
	reTrustInSettingsRetold = lazyCompile(`(?i)\btr(?:y|ied|ying) to trust (?:it|the app|the developer|the profile|the enterprise (?:app|developer)) in (?:the )?settings\b`)
	// An account, e-mail or purchase left unverified; a configuration,
	// VPN, proxy or root certificate profile unverified or trusted in
	// Settings (the profile's own "Not Verified").
	reAccountVerified     = lazyCompile(`(?i)\be-?mail\b|\baccount\b|\bphone number\b|\blog ?in\b|\bsign[- ]?in\b|\binbox\b|\bpurchase|\breceipt\b|\bcommits?\b|\bGPG\b|\bcard\b|\bWallet\b|\btrade\b|\bnumber\b|\bdomain\b|\bTXT\b|\bSMS\b|\blink\b|\bcontact\b|\bsender\b|\bS/MIME\b|\bsafety number\b|\bconfirms?\b|\bcode\b`)
	reOtherProfileTrusted = lazyCompile(`(?i)\bVPN (?:profile|configuration|connection)|\bconfiguration profile\b|\bMDM\b|\bWi-?Fi\b|\broot (?:CA|certificate)|\bproxy\b|\bCharles\b|\bmitmproxy\b|Certificate Trust Settings|\bHTTPS cert|\bTLS\b|\bSSL\b|self-signed|\beduroam\b`)
	reIOSNamed            = lazyCompile(`(?i)\biOS\b|\biPhone|\biPad|\bsideload|\.ipa\b`)
	reVerifyRetold        = lazyCompile(`(?i)\bverify the trust of the developer\b|\bneeds to be verified before it can be\b|\b(?:has|needs?) to be verified (?:by|over|with|through) (?:the |a )?(?:network|internet)\b|\bconnect to the internet until\b`)
	// reOtherVerification: apps, extensions and licences verified by
	// someone else than Apple (Google's OAuth review, a browser's store, a
	// licence server).
	reOtherVerification = lazyCompile(`(?i)\bOAuth\b|\bconsent screen\b|\bbrowser\b|\bextensions?\b|\badd-?ons?\b|\bChrome\b|\bFirefox\b|\bSteam\b|\blicen[cs]e\b|\bactivation\b|\bproduct key\b`)
	// reDeveloperModeRetold and reAndroidDevice: Android's developer
	// options are called Developer Mode too, on a phone named after the
	// iPhone it replaced.
	// reWindowsDeveloperMode: Windows' Developer Mode, which Flutter asks
	// for to make symlinks, named beside an iOS build.
	reWindowsDeveloperMode = lazyCompile(`(?i)\bWindows\b[^.\n]{0,40}?\bDeveloper Mode\b|\bsymlinks?\b`)
	// reOtherCertificateNamed: certificates an iPhone or a Mac holds that
	// sign no code: Wi-Fi (802.1X), Exchange, S/MIME mail, VPN, web sites,
	// Apple Pay merchants.
	reOtherCertificateNamed = lazyCompile(`(?i)\bWi-?Fi\b|\beduroam\b|\b802\.1X\b|\bEAP\b|\bExchange\b|\bActiveSync\b|\bS/MIME\b|\bMail\b|\be-?mails?\b|\bVPN\b|\bweb ?sites?\b|\bSafari\b|\bmerchant\b|\bApple Pay\b|\bWallet\b`)
	// reDamagedNotApp: a photo, an archive, a driver, a game's files or a
	// thing one holds (a laptop, a parcel, a jar) called damaged.
	reGatekeeperWord = lazyCompile(`(?i)\bGatekeeper\b`)
	reDamagedNotApp  = lazyCompile(`(?i)\b(?:photos?|pictures?|videos?|ZIP|archive|driver|save file|laptop|box|parcel|shipment|jar|lid|door|lock|bottle|envelope|suitcase|seal)\b(?: \w+){0,2} (?:is|was|are|were) (?:damaged|corrupted)\b|\b(?:photos?|pictures?|videos?)\b[^.\n]{0,20}?\b(?:is|are|as) damaged\b|\bverify (?:the )?integrity of (?:the )?game files\b`)
	reTrialOrPass    = lazyCompile(`(?i)\btrial\b|\blicen[cs]e\b|\bsubscription\b|\bGame Pass\b|\bXbox\b`)
	// reVirtualizationRetold and reProvisionUDIDRetold: retellings of the
	// virtualization entitlement and a device missing from a profile,
	// which VirtualBox, Docker and Android Enterprise users write too.
	reVirtualizationRetold = lazyCompile(`(?i)\bmissing (?:the )?\S{0,2}(?:com\.apple\.security\.)?virtualization\S{0,2} entitlement\b`)
	reProvisionUDIDRetold  = lazyCompile(`(?i)\bprovision(?:ing)?(?: profile)? (?:doesn['’]?t|dosent|does not) (?:include|contain) my (?:iphone|ipad|device|phone)(?:['’]s)? UDID\b`)
	reDeveloperModeRetold  = lazyCompile(`(?i)\bDeveloper Mode(?: option| toggle| switch| setting)? (?:is |was )?(?:not|no|isn't|wasn't) `)
	// reDeveloperModeNeeded and reDeveloperModeNotNeeded: the requirement
	// retold, and the same denied ("TestFlight builds don't require
	// Developer Mode").
	reDeveloperModeNeeded    = lazyCompile(`(?i)\b(?:requires?|required|need(?:s|ed)?|warning to|asks? (?:me )?to|prompts? (?:me )?to)\s(?:to\s)?(?:enable\s|turn on\s)?(?:the\s)?["“]?Developer mode\b`)
	reDeveloperModeNotNeeded = lazyCompile(`(?i)\b(?:do(?:es)?n['’]?t|do(?:es)? not|no longer|never|won['’]?t|without (?:needing|requiring)(?: to)?)\s(?:require|need|ask (?:me )?to|prompt (?:me )?to)?\s?(?:to\s)?(?:enable\s|turn on\s)?(?:the\s)?["“]?Developer mode\b`)
	reAndroidDevice          = lazyCompile(`(?i)\bAndroid\b|\bPixel\b|\bGalaxy\b|\bSamsung\b|\bOnePlus\b|\bXiaomi\b|\bAPKs?\b`)
	// reFridaAttach and reNonAppleTarget: Frida fails to attach on Android
	// and Linux as well, where no signature is involved.
	reFridaAttach    = lazyCompile(`(?i)Failed to attach: unable to`)
	reNonAppleTarget = lazyCompile(`(?i)\bAndroid\b|\bPixel\b|\bGalaxy\b|\bSamsung\b|\bAPKs?\b|\badb\b|\bLinux\b|\bptrace\b|\bWindows\b`)
)

// appleOrMacNamed: the paste is about Apple's code or names a Mac. This
// and the other helpers the rules call many times are kept out of line
// (see rule).
//
//go:noinline
func appleOrMacNamed(all string) bool {
	return reAppleSigningContext.MatchString(all) || reMacNamed.MatchString(all)
}

// daysLeftElsewhere: days left in a trial, a licence or a subscription, or
// on another system's app, with nothing naming Apple or a Mac.
func daysLeftElsewhere(all string) bool {
	return (reOtherPlatform.MatchString(all) || reTrialOrPass.MatchString(all)) && !appleOrMacNamed(all)
}

// otherCertificate: the certificate named is one that signs no code, and
// the paste names no code-signing certificate or tool.
func otherCertificate(near, all string) bool {
	return reOtherCertificateNamed.MatchString(near) && !reAppleCertName.MatchString(all) && !reCodeSigningWords.MatchString(all)
}

// lookalikeSkips: skip rules for entries that had none.
func init() {
	rule("text-untrusted-developer", func(near, all string) bool {
		// "It says its unverified" is an iOS app's only where the paste
		// names iOS; trusting "it in settings" is a Mac's Gatekeeper
		// exception where it names a Mac.
		// So too the app "not trusted" in a warning retold.
		if (reAppUnverifiedRetold.MatchString(near) || strings.Contains(strings.ToLower(near), "is not trusted")) && (!reIOSNamed.MatchString(all) || reAccountVerified.MatchString(near) || reOtherProfileTrusted.MatchString(near)) ||
			reTrustInSettingsRetold.MatchString(near) && (reMacNamed.MatchString(all) || reOtherProfileTrusted.MatchString(near)) {
			return true
		}
		return reVerifyRetold.MatchString(near) && (reOtherPlatform.MatchString(all) || reOtherVerification.MatchString(all)) && !reAppleSigningContext.MatchString(all) ||
			otherSystemOnly(all)
	}, nil)
	rule("text-virtualization-entitlement-missing", func(near, all string) bool {
		return reVirtualizationRetold.MatchString(near) && reOtherPlatform.MatchString(all) && !appleOrMacNamed(all)
	}, nil)
	rule("text-device-not-in-profile", func(near, all string) bool {
		return (reProvisionUDIDRetold.MatchString(near) || reDeviceNotRegisteredRetold.MatchString(near)) && reOtherPlatform.MatchString(all) && !appleOrMacNamed(all)
	}, nil)
	rule("text-developer-mode-off", func(near, all string) bool {
		return (reDeveloperModeRetold.MatchString(near) || reDeveloperModeNeeded.MatchString(near)) && (reAndroidDevice.MatchString(near) || reWindowsDeveloperMode.MatchString(near)) ||
			reDeveloperModeNotNeeded.MatchString(near)
	}, nil)
	rule("text-debugger-attach-denied", func(near, all string) bool {
		return reFridaAttach.MatchString(near) && reNonAppleTarget.MatchString(all) && !appleOrMacNamed(all)
	}, nil)
}

// Look-alikes of this catalogue's retold patterns in other programs'
// messages and in prose.
var (
	// reDocumentNotary: a notary public's notarization of a document.
	reDocumentNotary = lazyCompile(`(?i)\bnotary public\b|\bdeeds?\b|DocuSign|Notarize\.com|\bremote online notari|\bpower of attorney\b|\bmortgage\b|\blease\b|\baffidavit|\bpaper (?:form|copy|copies|document)s?\b|\bcounty\b|\bapostille`)
	// reNotaryWord: the words reAppleSigningContext shares with a notary
	// public's work.
	reNotaryWord = lazyCompile(`(?i)\w*notari[sz]\w*`)
	// reOtherSignedThing: things with signatures that are not Apple code.
	reOtherSignedThing = lazyCompile(`(?i)\b(?:add-?ons?|jars?|deeds?|PDFs?)\b|\b(?:add-?on|jar|deed|PDF)'s\b|\bJava\b|keystore|Adobe`)
	// reBotCheck: a web site's check that the visitor is a person.
	reBotCheck = lazyCompile(`(?i)Cloudflare|captcha|\bare (?:a )?human\b|enable cookies`)
	// reOtherProfileKind: a profile that is no provisioning profile (a
	// device's configuration, a Bluetooth or USB profile, a user's).
	reOtherProfileKind = lazyCompile(`(?i)\b(?:device|configuration|config|user|work|browser|Chrome|Firefox|Edge|Bluetooth|BLE|GATT|HID|A2DP|HFP|AVRCP|USB|audio|MDM|Wi-?Fi|network|color|ICC|roaming|power|VoIP|SIP|Safari|Game Center|Focus) profile\b`)
	// reBetaEntitlementRetold and reBetaEntitlementApple: the words of
	// iTunes Connect's beta entitlement warning, and where they are its.
	reBetaEntitlementRetold = lazyCompile(`(?i)(?:must|does not) contain the correct beta entitlement|Missing beta entitlement`)
	reBetaEntitlementApple  = lazyCompile(`(?i)\bBuild \S{1,40} (?:must|does not) contain the correct beta entitlement|iTunes ?Connect|\bITC\b|ITMS-|beta-reports-active|Application Loader`)
	// reTeamNoDevicesBare: Xcode's "Your team has no devices" cut short.
	reTeamNoDevicesBare = lazyCompile(`(?i)Your team has no devices(?:["”'.]|\s*$)`)
	// reXcodeExport: xcodebuild's export and its cloud signing.
	reXcodeExport = lazyCompile(`(?i)exportArchive|cloud signing|cloud-managed`)
	// reNotMissingDistribution, reNotLacking, reNotReachedLimit: the
	// retold patterns' words negated.
	reNotMissingDistribution = lazyCompile(`(?i)(?:\bnot|n't|\bnever) missing (?:an? |the |my |our )?(?:iOS |iPhone |Apple )?(?:Distribution|(?:code ?)?signing) certificate\b`)
	reNotLacking             = lazyCompile(`(?i)(?:\bnot|n't|\bnever) (?:lacking|lack|lacked|without) (?:the )?[A-Za-z0-9 &.\-]{1,60}? capability\b`)
	reNotReachedLimit        = lazyCompile(`(?i)(?:\bnot|n't|\bnever) (?:yet )?(?:reached|hit|maxed out)\b`)
	// reNoProfileMismatch: "no provisioning profile mismatch", a negation.
	reNoProfileMismatch = lazyCompile(`(?i)\bno provisioning profile mismatch\b`)
	// reAccountOwnerDeveloperID: Apple's rule retold, in words other
	// stores use too (Google Play's and Microsoft's account owner).
	reAccountOwnerDeveloperID = lazyCompile(`(?i)\bonly (?:an? |the )?["'\x60]?Account (?:Holder|Owner)\b[^.\n]{0,80}?\bDeveloper ID\b`)
	// reOtherStore: other companies' developer consoles, which have
	// account owners and developer IDs too.
	reOtherStore = lazyCompile(`(?i)Google Play|Play Console|Partner Center|Microsoft|Steamworks|Amazon Appstore|AppGallery|Samsung`)
	reAppleNamed = lazyCompile(`(?i)\bApple\b|\biOS\b|\bmacOS\b|Xcode`)
	// reNotSignedRetold, reObjectFormatUnrecognized, reSignedResourcesRetold:
	// codesign's words that Windows, Linux and Android users use too.
	reNotSignedRetold          = lazyCompile(`(?i)\bbinary is not signed|\bmissing (?:a |the |their |its )?(?:code[- ]?signing|code) signatures?|Could not get code signature for running application`)
	reObjectFormatUnrecognized = lazyCompile(`(?i)object file format unrecognized, invalid, or unsuitable`)
	reSignedResourcesRetold    = lazyCompile(`(?i)\bsigned resources? (?:has|have) been added`)
	// reLegacyKeychainItem: altool's keychain item that is not there, a
	// notarization matter where the paste is about altool or notarization.
	reLegacyKeychainItem = lazyCompile(`(?i)Failed to read legacy keychain item`)
	reAltoolWords        = lazyCompile(`(?i)altool|ITunesConnect|@keychain:|notari[sz]|notarytool`)
	// reAppIDsPerPeriod and reOtherAppIDIssuer: "App IDs within a 7 day
	// period", and the other companies whose developer sites issue App IDs.
	reAppIDsPerPeriod  = lazyCompile(`(?i)App IDs within a \d+[- ]day period`)
	reOtherAppIDIssuer = lazyCompile(`(?i)Facebook|\bMeta\b|Google|Microsoft|Azure`)
	// reMaxAppLimit: "maximum app limit reached", AltServer's alert title
	// retold, and any service's quota; reFreeTeamLimitWords: the free
	// team's own words beside it.
	reMaxAppLimit        = lazyCompile(`(?i)\bmaximum app limit (?:has been |was |is )?reached\b`)
	reFreeTeamLimitWords = lazyCompile(`(?i)free developer profile|free development profiles|non-developer Apple ID|App IDs? (?:limit|slots|within)|Cannot activate more than`)
	// reMDMNamed: a device management service, whose pages list a team's
	// devices.
	reMDMNamed = lazyCompile(`(?i)\bJamf\b|Kandji|Intune|\bMDM\b|Mosyle|Workspace ONE`)
	// reOtherCertIssuer: certificate authorities and stores other than
	// Apple's developer website.
	reOtherCertIssuer = lazyCompile(`(?i)Let'?s Encrypt|\bACME\b|certbot|\bPKI\b|\bHSM\b|Key Vault|\bAzure\b|\bADCS\b|Active Directory|\bSSL\b|\bTLS\b`)
	// reEntitlementsFileRetold: a .entitlements file said missing.
	reEntitlementsFileRetold = lazyCompile(`(?i)\.entitlements["”]? (?:is missing|does not exist|doesn't exist|(?:was |is |could )?not (?:be )?found)`)
	// reGamePlatform: game stores and consoles, whose files can be named
	// .entitlements too.
	reGamePlatform = lazyCompile(`(?i)\bSteam\b|\bXbox\b|\bGDK\b|PlayStation|\bEpic Games\b`)
	// reZipStapledRetold: one's own ZIP said unstapleable.
	reZipStapledRetold = lazyCompile(`(?i)\bzip(?: file| archive| package)? (?:cannot|can'?t|could ?not|couldn'?t|won'?t) be stapled\b`)
)

// appleBeyondNotary: the paste is placed in Apple code signing by more
// than the word notarization (a notary public notarizes documents).
func appleBeyondNotary(all string) bool {
	return reAppleSigningContext.MatchString(reNotaryWord.get().ReplaceAllString(all, ""))
}

// reProfileFileUndecodable: Codemagic's words for a profile file that
// openssl could not read, the path after them.
var reProfileFileUndecodable = lazyCompile(`(?i)Invalid provisioning profile /[^\n]{1,300}?\.(?:mobileprovision|provisionprofile):`)

func init() {
	// 1Password's sentences are any password manager's, on any system,
	// and a web site's bot check asks the same of a browser.
	rule("text-cant-verify-signature", func(near, all string) bool {
		return reBrowserSignatureCheck.MatchString(near) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) &&
			(reOtherPlatform.MatchString(all) || reOtherSignedThing.MatchString(all) || reBotCheck.MatchString(all))
	}, nil)
	// Games and Windows Insider builds have beta entitlements too.
	// Codemagic's "Invalid provisioning profile <path>:" is a local file
	// it could not decode, not App Store Connect's verdict.
	rule("text-invalid-profile-upload", func(near, all string) bool {
		return reBetaEntitlementRetold.MatchString(near) && !reBetaEntitlementApple.MatchString(all) && !reAppleSigningContext.MatchString(all) ||
			otherSystemSays(near, all, reInvalidProfileGeneric) || reProfileFileUndecodable.MatchString(near)
	}, nil)
	// "Your team has no devices" alone is any device manager's page.
	rule("text-no-devices", func(near, all string) bool {
		low := strings.ToLower(all)
		return reTeamNoDevicesBare.MatchString(near) && (!reAppleSigningContext.MatchString(all) || reMDMNamed.MatchString(all) && !strings.Contains(low, "xcode")) && !strings.Contains(low, "profile")
	}, nil)
	// Other certificate authorities limit how many certificates one has.
	rule("text-certificate-limit", func(near, all string) bool {
		return !reAppleSigningContext.MatchString(all) && !reMacNamed.MatchString(all) && (reOtherCertIssuer.MatchString(all) || reOtherPlatform.MatchString(all)) ||
			reNotReachedLimit.MatchString(near)
	}, nil)
	rule("text-entitlements-file-missing", func(near, all string) bool {
		return reEntitlementsFileRetold.MatchString(near) && !reAppleSigningContext.MatchString(all) && !reMacNamed.MatchString(all) &&
			(reGamePlatform.MatchString(all) || reOtherPlatform.MatchString(all))
	}, nil)
	// A bundle ID "already taken" about another platform's console.
	rule("text-bundle-id-unavailable", func(_, all string) bool {
		return reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all)
	}, nil)
	// notarytool's "No Keychain password item found" where the paste says
	// the keychain refused to ask (a non-interactive shell): the item is
	// there but unreadable, text-user-interaction-not-allowed's case.
	rule("text-notary-auth", func(near, all string) bool {
		return reLegacyKeychainItem.MatchString(near) && !reAltoolWords.MatchString(all) || otherSystemSays(near, all, reAuthGeneric) ||
			strings.Contains(near, "No Keychain password item found") && reKeychainInteractionRefused.MatchString(all)
	}, nil)
	// Another product's device cap (a licence, an MDM's seats) in Apple's
	// words, with nothing of Apple's developer services around it.
	rule("text-device-limit", func(near, all string) bool {
		return reDeviceCapOther.MatchString(all) && !reAppleSigningContext.MatchString(all)
	}, nil)
	rule("text-free-team-limit", func(near, all string) bool {
		return reAppIDsPerPeriod.MatchString(near) && reOtherAppIDIssuer.MatchString(all) && !reAppleNamed.MatchString(all) || otherSystemSays(near, all, reAppCountLimit) ||
			reMaxAppLimit.MatchString(near) && !reFreeTeamLimitWords.MatchString(near) && (!reSideloading.MatchString(all) || otherSystemOnly(all))
	}, nil)
	rule("text-profile-entitlement-value", func(near, _ string) bool {
		return reNoProfileMismatch.MatchString(near)
	}, nil)
}

// Look-alikes of the gatekeeper, device, keychain and launch entries'
// older patterns: other systems' messages in the same words.
var (
	// reOtherSystemNamed: systems, tools and programs whose own messages
	// use Apple's words (a virus scanner's "will damage your computer",
	// PowerShell's "signature on the file is invalid", Play Protect's
	// "developer cannot be verified", gpg's "no identity found"). Browsers,
	// game stores and runtimes are left out: Mac crash reports name them.
	reOtherSystemNamed = lazyCompile(`(?i)\bAndroid\b|\bAPKs?\b|\bWindows\b|SmartScreen|Authenticode|PowerShell|\bLinux\b|\bUbuntu\b|\bChromebook\b|\bPlay (?:Store|Protect|Console)\b|\bNorton\b|\bMcAfee\b|\bAvast\b|\bDefender\b|\bXbox\b|\bgpg\b|\bGnuPG\b|DocuSign|Adobe|\bPDF\b|\badb\b|\bSamsung\b|\bKnox\b|Play Integrity`)
	// reNoMatchingProfileBare: amfid's "No matching profile found" with
	// nothing of its log around it, which is any tool's profile lookup.
	reNoMatchingProfileBare = lazyCompile(`(?i)No matching profile found`)
	// reSignatureOnFileInvalid: AMFI's words, which PowerShell and
	// Authenticode use for a script or an installer.
	reSignatureOnFileInvalid = lazyCompile(`(?i)\bThe signature on the file is invalid\b`)
	// reBrowserDownloadBlocked: a browser's Safe Browsing warning, which
	// also says a file will damage your computer.
	reBrowserDownloadBlocked = lazyCompile(`(?i)\bChrome\b|\bFirefox\b|\bEdge\b|Safe Browsing|\bdownload (?:was )?blocked\b`)
	// reChainForHost: the chain of a web site's certificate (git, curl),
	// where codesign names its signer.
	reChainForHost = lazyCompile(`(?i)unable to build chain to self-signed root certificate for [a-z0-9-]+(?:\.[a-z0-9-]+)+`)
	reAMFIWords    = lazyCompile(`(?i)\bamfid\b|\bAMFI\b|taskgated|entitlement|provisioning|\bprofile (?:for|of) (?:the )?(?:app|bundle|executable)\b`)
)

// otherSystemOnly: the paste names another system or program and nothing
// of Apple code signing, Apple or a Mac.
//
//go:noinline
func otherSystemOnly(all string) bool {
	return reOtherSystemNamed.MatchString(all) && !appleOrMacNamed(all)
}

// Skips for the entries whose patterns read other systems' messages and
// had no skip rule.
func init() {
	for _, id := range []string{"text-library-validation",
		"text-launch-constraint", "text-app-management-denied", "text-signature-version-unsupported"} {
		rule(id, func(_, all string) bool { return otherSystemOnly(all) }, nil)
	}
	// "This copy of the … application can't be verified" is an old macOS
	// installer app's alert (text-cert-expired), not a device's; installd's
	// unknown error, see reInstallUnknownError.
	rule("text-app-no-valid-signature", func(near, all string) bool {
		return otherSystemOnly(all) || reInstallerExpiredAlert.MatchString(near) ||
			reInstallUnknownError.MatchString(near) && !reFailedSignatureCheck.MatchString(all) && !reSignedByHand.MatchString(all)
	}, nil)
	rule("text-gatekeeper-will-damage", func(_, all string) bool {
		return (otherSystemOnly(all) || reBrowserDownloadBlocked.MatchString(all)) && !appleOrMacNamed(all)
	}, nil)
}

// Look-alikes of the Xcode, codesign, notary and App Store Connect
// patterns: other systems' messages and prose in their words.
var (
	// reOtherSystem: servers, tools and services whose messages share
	// those words (web and mail certificates, Java and Windows signing,
	// integrity monitors, package signatures, cloud consoles, status pages).
	reOtherSystem = lazyCompile(`(?i)\bnginx\b|\bIIS\b|\bApache\b|\bTomcat\b|keytool|jarsigner|keystore|signtool|Authenticode|osslsigncode|sigcheck|\bOutlook\b|Thunderbird|\bExchange\b|S/MIME|\bOkta\b|\bSAML\b|\bADFS\b|\bIdP\b|\bAzure\b|AzCopy|\bAD CS\b|Certificate Services|Google (?:Workspace|Cloud|Play)|Play Console|Heroku|Fly\.io|Netlify|Vercel|Let'?s Encrypt|\bACME (?:challenge|server|client|account|order)\b|cert-manager|Kubernetes|kubectl|\bSteam\b|\bXbox\b|Intune|Autopilot|\beSIM\b|\bcarrier\b|Hyper-V|Samsung|\bKnox\b|\bJARs?\b|Flatpak|Bluetooth|\bICC\b|\bprinter\b|Photoshop|\bAIDE\b|Wazuh|syscheck|Tripwire|OSSEC|\brsync\b|\bgpg\b|GnuPG|\brpm\b|\bdpkg\b|Acrobat|\bPDF\b|Visual Studio|\bMSIX\b|\.exe\b|\bJira\b|\bcurl\b|captive portal`)
	// reAppleProductNamed: Apple's systems, tools and files named (without
	// the words these messages share with others, such as provisioning
	// profile).
	reAppleProductNamed = lazyCompile(`(?i)\bApple\b|\biOS\b|\bmac\s?OS\b|\bOS X\b|\bXcode|xcodebuild|\bxcrun\b|\biPhone|\biPad|\btvOS\b|\bwatchOS\b|\bvisionOS\b|\.(?:app|ipa|mobileprovision|provisionprofile|xcarchive|dmg)\b|fastlane|codesign|notarytool|altool|TestFlight|App Store`)
	// Each older pattern's words that are plain words elsewhere.
	reCertKeyGeneric         = lazyCompile(`(?i)missing private key|Valid signing identity not found|No (?:matching )?code ?signing identit(?:y|ies) found|No code signing certificates found|\bno\b[^"]{0,80}?signing certificate[^"]{0,120}?with a private key`)
	reProvisioningGeneric    = lazyCompile(`(?i)requires a provisioning profile\.|No (?:matching )?provisioning profiles? (?:found|matching)|Provisioning profile (?:'[^'\n]{1,160}' )?(?:cannot|can'?t|could not|couldn'?t) be found`)
	reDevTeamProse           = lazyCompile(`(?i)requires a development team (?:of|that|who|which|with)\b`)
	reProfileNoSupport       = lazyCompile(`(?i)\bprofile (?:doesn't|does not) support\b`)
	reProfileExpiredGeneric  = lazyCompile(`(?i)\bprofile (?:"[^"]{1,160}" )?(?:has |had |is )?(?:been )?expired\b`)
	reAppCountLimit          = lazyCompile(`(?i)(?:only|up to) (?:sign|install|run|have) (?:3|three) apps|(?:restricted|limited) to 7[- ]day (?:certificates|profiles|provisioning)`)
	reCertPermission         = lazyCompile(`(?i)You do not have permission to create this certificate|You are not permitted to`)
	reSigningCertInvalid     = lazyCompile(`(?i)Signing certificate is (?:invalid|not valid for code signing)`)
	reFileChangedLine        = lazyCompile(`(?i)\bfile (?:added|modified|missing): `)
	reNoSignatureGeneric     = lazyCompile(`(?i)no usable signature|\bbinary is not signed`)
	reTimestampGeneric       = lazyCompile(`(?i)The timestamp service is not available|A timestamp was expected but was not found`)
	reStorageBlob            = lazyCompile(`(?i)\bAzure\b|AzCopy|\b(?:page|block|append) ?blobs?\b|BlobType`)
	reStatusInvalidGeneric   = lazyCompile(`(?i)status: Invalid\b|\bPackage Invalid\b`)
	reAuthGeneric            = lazyCompile(`(?i)HTTP status code: 401|Invalid credentials\. Username or password is incorrect|Failed to get authorization for username|unable to create an authentication session|app-specific password`)
	reConfigKeyInFile        = lazyCompile(`(?i)\bkey '[A-Za-z0-9.\-]{3,120}' in '|value for the [A-Za-z0-9.\-]{3,120} key\b`)
	reAutomaticSigningFailed = lazyCompile(`(?i)Automatic signing failed`)
	// reWindowsSigningNamed: Authenticode's tools and signed file kinds.
	reWindowsSigningNamed   = lazyCompile(`(?i)Authenticode|signtool|osslsigncode|sigcheck|\.(?:exe|dll|msi|sys)\b`)
	reInvalidProfileGeneric = lazyCompile(`(?i)Invalid Provisioning Profile\b`)
	reAgreementGeneric      = lazyCompile(`(?i)A required agreement is missing or has expired`)
	reSandboxNotEnabled     = lazyCompile(`(?i)App sandbox not enabled`)
	reSealedResourceGeneric = lazyCompile(`(?i)a sealed resource is missing or invalid`)
	reCodeSigningRequired   = lazyCompile(`(?i)Code signing is required for product type`)
	reProfileWord           = lazyCompile(`(?i)profile|capabilit|\bteam\b`)
)

// noProfileNamed: "doesn't support" with no profile, capability or team
// around it, as a printer or a browser is said not to support something.
func noProfileNamed(near string) bool { return !reProfileWord.MatchString(near) }

// otherSystemSays: the words generic matches in near are another
// system's here: the paste names that system and nothing of Apple's.
//
//go:noinline
func otherSystemSays(near, all string, generic *lazyRegexp) bool {
	if !generic.MatchString(near) || !reOtherSystem.MatchString(all) && !reOtherPlatform.MatchString(all) || reAppleProductNamed.MatchString(all) {
		return false
	}
	return !appleOrMacNamed(generic.get().ReplaceAllString(all, ""))
}

// reExtensionSignature: a browser's extension said to be disabled, or its
// own signature no longer valid.
var reExtensionSignature = lazyCompile(`(?i)\bno longer valid for (?:this|the) extension\b|\bextension (?:was |has been )?disabled\b`)

// reDeviceCapOther: a device cap that is another product's (a licence's
// seats, an MDM's or a subscription's plan).
var reDeviceCapOther = lazyCompile(`(?i)\blicen[cs]e[sd]?\b|\bseats?\b|\bsubscription\b|\bplan\b|\bIntune\b|\bJamf\b|\bMDM\b|\bKandji\b|\bMosyle\b`)

// reProfileCertRetoldBare: "the profile doesn't include the certificate"
// told without the word provisioning; a VPN's or a Wi-Fi's profile is
// said so too.
// reProfileInvalidBare: a profile called invalid, as Windows' and
// Android's provisioning is too.
var reProfileInvalidBare = lazyCompile(`(?i)Provisioning profile is invalid`)

var reProfileCertRetoldBare = lazyCompile(`(?i)\bthe profile[\s_*"'“”‘’]{1,5}(?:doesn't|doesn’t|does not)\s+include`)

func init() {
	rule("text-profile-missing-certificate", func(near, all string) bool {
		return reProfileCertRetoldBare.MatchString(near) && !reCodeSigningWords.MatchString(all) && !reAppleProductNamed.MatchString(all) ||
			otherSystemSays(near, all, reProfileInvalidBare)
	}, nil)
}
