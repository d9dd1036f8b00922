package text

import (
	"strconv"
	"strings"
)

// MobileDevice/installd error codes are matched in both forms the tools
// print them: hexadecimal (0xe8008015, as Xcode and ideviceinstaller do) and
// the same 32 bits as a signed decimal (-402620395, as
// MobileDeviceErrorDomain and older ios-deploy do). Each entry lists its
// codes in one constant pattern per form, built when compiled.
const (
	// Not a longer hex number (an address) nor a literal's argument
	// (Flutter's Color(0xE8008015)).
	mdHexStart = `(?:^|[^\w(]|\W\()(?:`
	mdDecStart = `(?:^|[^\d])(?:`
	mdCodeEnd  = `)\b`
)

// overInstallerFailure: an installd code's own entry says more than
// installd's generic ApplicationVerificationFailed and devicectl's
// "integrity could not be verified" above it.
var overInstallerFailure = []string{"text-app-no-valid-signature", "text-integrity-not-verified"}

// profileUnreadable are the codes of a provisioning profile the device
// cannot read or whose signature it finds not Apple's.
var profileUnreadable = []uint32{0xe800002c, 0xe8000044, 0xe8008003, 0xe8008004, 0xe8008005, 0xe8008006, 0xe8008007, 0xe8008008, 0xe800800e, 0xe8008010, 0xe8008013, 0xe800801a, 0xe800801e}

// mentionsMDCode reports whether s holds one of the codes, in hexadecimal
// or decimal, not as part of a longer number.
func mentionsMDCode(s string, codes []uint32) bool {
	s = strings.ToLower(s)
	for _, c := range codes {
		for _, form := range []string{"0x" + strconv.FormatUint(uint64(c), 16), strconv.FormatInt(int64(int32(c)), 10)} {
			for i := strings.Index(s, form); i >= 0; {
				end := i + len(form)
				if end == len(s) || !isHexDigit(s[end]) {
					return true
				}
				next := strings.Index(s[end:], form)
				if next < 0 {
					break
				}
				i = end + next
			}
		}
	}
	return false
}

func isHexDigit(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'f'
}

// Installing on an iOS device: installd and MobileDevice codes (0xe80080xx) as Xcode, ios-deploy and Apple Configurator print them, and the device's own alerts.
var deviceEntries = []*Entry{
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
		Supersedes: []string{"text-embedded-profile-invalid", "text-app-cant-be-opened", "text-integrity-not-verified"},
		patterns: []pattern{
			pat("cpprofilemanager", `CPProfileManager[^0-9\-]{0,30}-212\b`),

			pat("does not allow this device", `Provisioning profile does not allow this device`),
			pat("0xe8008012", mdHexStart+`0xe8008012`+mdCodeEnd), codePat("-402620398", mdDecStart+`-402620398`+mdCodeEnd), pat("cannot be installed on this device", `This provisioning profile cannot be installed on this device`),
			pat("-212", `CPProfileManager\s+Code=-212\b`),
			// Xcode's message quoted short: "Profile doesn’t include the device".
			pat("profile", `(?:\b(?:provisioning|development|ad[- ]hoc) profile|["“'‘]profile) (?:doesn['’]?t|does not|didn['’]?t|did not) (?:include|contain|list) (?:the|this|that|my|your|our) (?:target |test |current |new )?(?:device|iPhone|iPad)\b(?:[^'’\w-]|$)`),
			pat("currently selected device", `(?:doesn't|does not) include the currently selected device(?: "?(?P<device_name>[^"(\n]{1,80})"?(?: \(identifier (?P<device>[0-9A-Fa-f\-]{20,45})\))?)?`),
			pat("missing the following devices", `provisioning profile is missing the following devices`),
			pat("contain your device", `provisioning profile (?:doesn['’]t|does not)(?: seem to)? contain your device['’]s UDID`),
			// Retold by the one whose device it is ("the provision dosent include my ipad UDID").
			pat("udid", `\bprovision(?:ing)?(?: profile)? (?:doesn['’]?t|dosent|does not) (?:include|contain) my (?:iphone|ipad|device|phone)(?:['’]s)? UDID\b`),
			// A profile lists UDIDs: the IMEI is another number.
			pat("imei", `\bIMEI\b[^\n]{0,40}?\b(?:added|registered|included) (?:to|in) the (?:ad ?hoc |provisioning )?profile\b`),
			pat("none of the valid provisioning profiles include", `None of the valid provisioning profiles include the devices?\b`),
			pat("device", `(?:device|UDID) (?:"?[0-9A-Fa-f\-]{20,45}"? )?(?:is not|isn't) (?:registered|included|in the (?:provisioning )?profile)`),
			// Xcode's "The device ... isn't registered in your developer
			// account" and the same retold of a Mac ("my machine was not a
			// registered device with the Apple Developer Program account").
			pat("registered", `\b(?:device|Mac|machine|computer|iPhone|iPad)\b[^.\n]{0,40}?\b(?:isn'?t|is not|wasn'?t|was not)(?: a)? registered(?: device)? (?:in|with|to) (?:your|the|my|our) (?:developer account|Apple Developer(?: Program)? account)\b`),
		},
	},
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
		Confirm:    dropAppProf + "; also " + dropCert,
		Fix:        "Delete the old certificates from the keychain, let Xcode create a new one, regenerate the profile so it includes it (Xcode: Settings > Accounts > Download Manual Profiles, or delete the cached profiles), clean the build folder and install again.",
		Checks:     []string{chkCertExpired, chkProfileCerts, chkProfileNoValidCert},
		Supersedes: overInstallerFailure,
		patterns: []pattern{
			pat("has either expired or has been revoked", `certificate used to sign "?(?P<app>[^"]{1,120}?)"? has either expired or has been revoked`),
			pat("0xe8008018", mdHexStart+`0xe8008018`+mdCodeEnd), codePat("-402620392", mdDecStart+`-402620392`+mdCodeEnd), pat("identity used to sign", `identity used to sign the (?:executable|application) is no longer valid`)},
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
		Confirm: dropAppProf,
		Fix:     "Drop the .ipa here to see the profile's kind, devices, App ID and certificates against the signature; regenerate the profile with the device and rebuild.",
		Checks:  []string{chkProfileDevice, chkProfileExpired, chkProfileKind},
		// The specific code says more than installd's generic
		// ApplicationVerificationFailed.
		Supersedes: overInstallerFailure,
		patterns: []pattern{pat("0xe800", mdHexStart+`0xe8008015|0xe8008024|0xe800801f|0xe800002c|0xe8000044|0xe8008003|0xe8008004|0xe8008005|0xe8008006|0xe8008007|0xe8008008|0xe800800e|0xe8008010|0xe8008013|0xe800801a|0xe800801e`+mdCodeEnd), codePat("-4026", mdDecStart+`-402620395|-402620380|-402620385|-402653140|-402653116|-402620413|-402620412|-402620411|-402620410|-402620409|-402620408|-402620402|-402620400|-402620397|-402620390|-402620386`+mdCodeEnd), pat("provisioning profile is banned", `provisioning profile is banned`),
			pat("kamd", `\bkAMD(?:ProvisioningProfileNotValid|EmbeddedProfileInstallFailedError)\b`),
			// flutter_tools' instructions for ios-deploy's 0xe8008015, after
			// its install step (alone, or after a build, text-no-profiles-found).
			pat("was found for your project", `Installing and launching\.\.\.\s{1,3}(?:[═=─-]{10,120}\s{1,3})?No Provisioning Profile was found for your project.s Bundle\s+Identifier`),
			// AltSign (AltStore, SideStore) before it installs: "The app
			// extension is missing a valid provisioning profile."
			pat("is missing a valid", `\b(?:app|app extension|application|extension) is missing a valid\s+provisioning profile\b`),
			pat("provisioning profile", `Could not install the embedded provisioning profile|This provisioning profile (?:is malformed|is unsupported|does not have a valid signature)|requested profile does not exist \(it may have been removed\)|install a Beta profile without the proper entitlement`), pat("valid provisioning profile for this executable", `A valid provisioning profile (?:for this executable was not found|was not found for this executable)|No valid provisioning profile (?:for this executable was found|was found for this executable)`), pat("unable to download app", `Unable to Download App\W{1,4}(?:"?[^"\n]{1,120}"? )?could not be (?:installed|downloaded) at this time`)},
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
		Confirm: dropAppProf,
		Fix:     "Compare `codesign -d --entitlements - APP` with the profile's Entitlements (drop both here) and sign with entitlements derived from the profile.",
		Checks:  []string{chkEntNotInProfile, chkEntTeamMismatch, chkEntGetTaskAllow},
		// The specific code says more than installd's generic
		// ApplicationVerificationFailed.
		Supersedes: overInstallerFailure,
		patterns: []pattern{pat("0xe8008016", mdHexStart+`0xe8008016`+mdCodeEnd), codePat("-402620394", mdDecStart+`-402620394`+mdCodeEnd), pat("signed with invalid entitlements", `(?:executable|application) was signed with invalid entitlements?`),
			// installd's and amfid's own line for the key the profile refuses,
			// and an app catalog's retelling of the same mismatch.
			pat("has value not permitted", `\bentitlement ['"‘’]?(?P<entitlement>[A-Za-z0-9.\-]{2,100})['"‘’]? has value not permitted by (?:a |the )?provisioning profile`),
			pat("mismatch", `\bmismatch(?:es)? between (?:the )?entitlements in the app and (?:the )?entitlements in the (?:[A-Za-z]+ ){0,3}provisioning profile`),
			// installd's reason for an Apple entitlement that needs another
			// the app lacks: "has the "com.apple.developer.browser.app-installation"
			// entitlement, but it does not have the "...web-browser" entitlement".
			pat("but it does not have the", `\bhas the ["“'‘]?(?P<entitlement>com\.apple\.[A-Za-z0-9.\-]{2,100})["”'’]? entitlement,? but (?:it )?does(?: not|n['’]t) have the ["“'‘]?com\.apple\.[A-Za-z0-9.\-]{2,100}["”'’]? entitlement\b`)},
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
		// devicectl's alert above installd's reason.
		Supersedes: []string{"text-integrity-not-verified"},
		patterns: []pattern{
			pat("be verified", `\bapplication (?:could not|couldn['’]?t|cannot|can not|can['’]?t) be verified`),
			pat("0xe800", mdHexStart+`0xe8008019|0xe800801c|0xe8008014|0xe800003a|0xe8008009|0xe800800f|0xe800801d|0xe8008027`+mdCodeEnd), codePat("-4026", mdDecStart+`-402620391|-402620388|-402620396|-402653126|-402620407|-402620401|-402620387|-402620377`+mdCodeEnd),
			pat("kamdapplicationverificationfailederror", `\bkAMDApplicationVerificationFailedError\b`), pat("expected hash", `signature is valid but it does not match the expected hash`), pat("trust cache", `cdhash is not in the trust cache`), pat("executable contains an invalid signature", `The executable contains an invalid signature`), pat("does not have a valid signature", `application does not have a valid signature`), pat("no code signature found", `No code signature found`), pat("applicationverificationfailed", `ApplicationVerificationFailed`),
			// installd's code for ApplicationVerificationFailed.
			pat("miinstallererrordomain", `MIInstallerErrorDomain,? (?:Code=|error |code:? )13\b`),
			// installd's unknown error, read as signing only where it failed to
			// verify the signature or ios-deploy's install returned it (the
			// latter skipped unless the app was signed by hand, context_device.go).
			pat("0xe8008001", `Failed to verify code signature of [^\n]{1,300}?:\s?0xe8008001\b|\b0xe8008001:? .{0,60}?AMDevice(?:Secure)?InstallApplication\b`),
			// The sentence quoted whole without installd's code (Xcode's alert,
			// people retelling it); with a code, that code's entry speaks.
			// Cut before its path, the rest left in a screenshot or out.
			pat("failed to verify code signature", `Failed to verify code signature of(?: [^\n:]{1,300}?\.(?:\s|["”']|$)| ?(?:!\[|<img\b)|\z)`),
			// installd's error name before its message with the path left out:
			// "Application verification failed: Failed to verify code signature."
			pat("failed to verify code signature", `\bApplication ?verification ?failed:? Failed to verify code signature\b`),
			// The sentence alone as an issue's title, ended by its number.
			pat("failed to verify code signature", `(?m:^)[\s>*"“]{0,4}Failed to verify code signature[.!"”*]{0,2}(?: \(?#\d{1,6}\b|[ \t]*(?m:$))`)},
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
		Confirm: dropAppProf,
		Fix:     "Drop the .ipa: check the certificate dates, the profile's devices and the signature; re-sign with a current certificate and profile.",
		Checks:  []string{chkCertExpired, chkProfileDevice, chkMachoSigInvalid},
		patterns: []pattern{
			pat("integrity could not be verified", `integrity could (?:not be|be not) verified`),
			// Retold without a verb, and an article's noun for it.
			pat("integrity", `\bintegrity (?:not|un)[- ]?verified\b|\bunverifiable integrity\b`),
			// People retelling the alert word it their own way.
			// macOS's alert in Chinese, as the system words it or people retell it.
			pat("完整性", `无法(?:打开|开启|安装)[^\n]{0,120}?因为(?:无法验证其完整性|(?:其|它的)完整性无法(?:被)?验证)`),
			// Retold without the sentence's frame: "签名后提示无法验证其完整性"
			// (read only where the paste is about Apple code, see context.go).
			pat("完整性", `无法验证(?:其|它的|应用的?)?完整性`),
			// The same retold as "not verified" ("提示未验证完整性"), read
			// where the paste is about installing on iOS (context.go).
			pat("完整性", `(?:未能?|没有|沒有)(?:通过)?(?:验证|驗證)(?:其|它的|应用的?)?完整性`),
			// iOS's alert in Japanese.
			pat("インストールできません", `整合性を検証できな(?:かった|い)ため、?インストールできません`),
			pat("integrity", `\bintegrity of (?:the|this|your) app (?:could not|couldn['’]?t|cannot|can not|can['’]?t) (?:be )?verified`),
			pat("integrity", `(?:\bits|\bit['’]?s|\bapp['’]?s?) integrity (?:is not|isn['’]?t|was not|wasn['’]?t|cannot|can not|can['’]?t|cant|couldn['’]?t|is unable to|unable to) (?:be )?verified`),
			// The alert's last words alone (an issue title), and its
			// "integrity" with two letters swapped; a checksum that cannot
			// be verified is told apart in context.go.
			pat("verified", `\binteg(?:ri|ir)ty (?:could not|couldn['’]?t|cannot|can not|can['’]?t|cant) (?:be )?verified`),
			// The alert translated back from another language, quoted:
			// "Integrity can't be checked" (read where the paste is about
			// installing an app, context.go).
			pat("integrity", `["“']integrity (?:could not|couldn['’]?t|cannot|can not|can['’]?t|cant) (?:be )?checked\W?["”']`),
			// "Unable to verify integrity", "Unable to check integrity":
			// read only where the paste is about Apple code (context.go).
			pat("integrity", `\b(?:unable to|can['’]?t|cannot|couldn['’]?t|could not|failed to) (?:verify|check) (?:the |its |the app['’]?s )?integrity\b`),
		},
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

			pat("verify", `Unable to Verify App|verify trust of the developer|["“]Unable to Verify["”] (?:pop[- ]?up|alert|dialog)`),
			// Retold: the app will not open until the user trusts it in
			// Settings > General > (VPN &) Device Management.
			pat("device management", `\b(?:does not|doesn['’]?t|won['’]?t|will not|can['’]?t|cannot|could not|couldn['’]?t|unable to|not) (?:open|launch|run|start)\b[^\n]{0,120}?\bDevice Management\b[^\n]{0,60}?\btrust (?:it\b|them\b|(?:the |this |that |their |its )?(?:app|developer|profile|certificate|enterprise))`),
			// amfid at launch, the profile installed but not yet trusted;
			// at install the same code is a profile whose signature fails.
			pat("not valid: 0xe800801a", `\bnot valid: 0xe800801a\b`),
			pat("process launch failed: security", `process launch failed: Security`),
			// Retold: the developer "was untrusted", the developer profile
			// not trusted yet (a certificate in Keychain Access is not
			// this), Xcode's bare launch error "Security" quoted.
			pat("untrusted", `\bdeveloper (?:was|is|being|shows? as) (?:un-?trusted|not trusted)\b|\b(?:had|has|have|did|was|were)(?: not|n['’]t) (?:yet )?trusted (?:the |its |their |my |our |this |that )?(?:[a-z\-]{1,20} )?(?:(?:developer|enterprise) (?:profile|app)|development profile)\b|\b(?:launch|run|open)[a-z']{0,4}\b[^\n]{0,60}?\berror ["“]Security["”](?:[.,;:!)]|[ \t]*(?:\n|$))`),
			// A sideloaded app retold as "it says its unverified", "marks as
			// unverified", or trusted in Settings to no effect (read only
			// where the paste is about iOS: see context_lookalikes.go).
			pat("verified", `\b(?:(?:says?|said|saying|marks?|marked|shows?|showing)\b (?:that )?(?:(?:it|the app|the application|this app)(?:['’]?s| is| was)|is|as)|(?:stands?|stays?|remains?)(?: as)?) ["“']?(?:unverified|not verified)\b`),
			pat("trust", `\btr(?:y|ied|ying) to trust (?:it|the app|the developer|the profile|the enterprise (?:app|developer)) in (?:the )?settings\b`),
			// Told as a step after a failed run: "open setting on IOS, allow
			// your dev signature". The device's settings are named, so trusting
			// a certificate in Keychain Access stays unread.
			pat("setting", `\b(?:settings? (?:on|in|of) (?:the |your |an? )?(?:ios|iphone|ipad|phone|device)|(?:ios|iphone|ipad|phone|device)(?:['’]s)? settings?)\b[^\n.]{0,30}?\b(?:allow|trust)\b[^\n.]{0,15}?\b(?:dev|developer|development) (?:signature|certificate|profile)\b`),
			pat("untrusted", `Untrusted (?:Enterprise )?Developer|\b(?:warning|alert|message) (?:that|saying) (?:your|the|this) (?:app|developer) is not trusted\b`), pat("explicitly trusted", `profile has not been explicitly trusted by the user`),
			// SpringBoard's reason cut short before its last clause.
			pat("inadequate entitlements", `\bUnable to launch (?:\S{1,200} )?because it has an invalid code signature, inadequate entitlements(?: or(?: its)?)?[ \t]*(?:\n|$)`), pat("explicitly trust the provisioning profile", `did not explicitly trust the provisioning profile`),
			pat("0xe800802", mdHexStart+`0xe8008025|0xe8008026`+mdCodeEnd), codePat("-40262037", mdDecStart+`-402620379|-402620378`+mdCodeEnd), pat("online authorization", `provisioning profile requires online authorization`),
			// The alert's own sentence, native-run's code for it and
			// FrontBoard's error domain.
			pat("trusted", `are not trusted on this (?:iPhone|iPad|iPod|device)|will not run until the developer (?:is|has been) trusted`),
			// The same retold by a vendor's help page: "the developer of the
			// app isn't trusted on your device".
			pat("developer", `\bdeveloper(?: of (?:the|this|that|an?|your) (?:enterprise )?(?:app|application))? (?:isn['’]?t|is not|wasn['’]?t|was not) trusted on (?:your|this|my|the) (?:device|iPhone|iPad|iPod)\b`),
			// The enterprise alert's body without its title: the signing
			// identity named, or its second sentence (a CA or proxy
			// certificate "not trusted on this iPhone" is not the app's).
			pat("has not been trusted", `\b(?:iPhone|Apple|iOS) (?:Distribution|Developer|Development): [^"”\n]{1,80}["”] has not been trusted on this (?:iPhone|iPad|iPod|phone|device)\b|\bUntil this developer has been trusted, (?:their|its) enterprise apps will not be available\b`),
			pat("esecurity", `error launching app: ESecurity\b`),
			// Xcode's launch failure with no other reason; "failed to get
			// the task" instead is a build that cannot be debugged.
			pat("denied the launch request", `has denied the launch request\.?\s+Internal launch error: process launch failed: Unspecified`),
			// iOS's alert in Chinese, Japanese and Korean (not a Korean
			// survey's developers who do not trust AI tools).
			pat("未受信任的", `未受信任的(?:企业级|企業級)?(?:开发者|開發者)|需要互联网连接以验证[^\n]{0,8}?开发者|信頼されていない(?:エンタープライズ)?(?:デベロッパ|開発元)|신뢰하지 않는 개발자(?:["”'’*]| (?:팝업|경고|오류|표시))`),
			// The same in Japanese retold: the developer quoted as
			// 「信頼されていない開発者」 or 「信頼できない開発者」, Apple's own
			// "開発元がデバイスで信頼されていない", and an app whose alert says
			// 「信頼されていません」 (a certificate saying so is TLS's).
			pat("信頼", `[「『"“]信頼(?:されていない|できない)(?:エンタープライズ)?(?:デベロッパ|開発元|開発者)[」』"”]|開発元が(?:この)?(?:デバイス|iPhone|iPad)(?:上)?で信頼されていない|アプリ[^\n「]{0,30}[「『]信頼されていません[」』]|(?:iPhone|iPad)では信頼されていません`),
			// An iPhone that shows an installed app untrusted, in Chinese.
			pat("未受信任", `(?:iPhone|iPad|蘋果手機|苹果手机)[^\n]{0,20}?(?:安裝|安装)\s?app\s?(?:顯示|显示|提示)\s?未受信任`),
			// Settings' Enterprise App heading in Vietnamese, named with the
			// English one ("ứng dụng doanh nghiệp" alone is any business app).
			pat("enterprise app", `Ứng dụng Doanh nghiệp["”]? \(Enterprise App\)`),
			// Trusting an enterprise developer retold: iOS 18 restarts the
			// device to complete it, and it does not hold where the device
			// cannot reach Apple.
			pat("enterprise", `\btrust(?:ing)? (?:the |an |this |my |our |their )?enterprise (?:app |developer )(?:certificates?|developers?|profiles?)\b|\btrust(?:ing)? (?:the |an |this |my |our |their )?enterprise developers?\b`),
			pat("enterprise", `\benterprise (?:app |developer |distribution )?certificates?['’]? trust (?:does|doesn['’]?t|is|isn['’]?t|was|wasn['’]?t|won['’]?t|gets?|got|keeps?)\b|\benterprise (?:app |developer |distribution )?certificates? (?:now )?requires? a (?:device )?(?:restart|reboot)\b`),
			pat("fbsopenapplicationerrordomain", `FBSOpenApplicationErrorDomain,? (?:code:? |error )?3\b[^\n]{0,12}\bSecurity\b`),
			// The alert retold by the people who see it: the app must be
			// verified, over the internet, before it opens.
			pat("verif", `\bverify the trust of the developer\b|\bapp needs to be verified before it can be (?:launched|opened|used|run)\b|\b(?:it|app|application) (?:has|needs?) to be verified (?:by|over|with|through) (?:the |a )?(?:network|internet)\b`),
			pat("internet until", `\bconnect to the internet until (?:the |this )?(?:app|application|developer)\b[^.\n]{0,20}?\b(?:is |are |has been )?(?:trusted|verified)\b`),
		},
	},
	{
		ID: "text-developer-mode-off", Title: "Developer Mode is off on the device", Severity: Warning,
		Source:  "Xcode, devicectl, iOS 16 and later (launch)",
		Meaning: "Since iOS 16 a device runs apps signed for development only once Developer Mode is on; the signature itself is fine.",
		Causes:  []string{"The device has never been used for development, or Developer Mode was turned off (or hidden) after an update or a reset."},
		Confirm: dropNoFile,
		Fix:     "On the device: Settings > Privacy & Security > Developer Mode, turn it on and restart. The switch appears once Xcode has seen the device (connect it and open Xcode).",
		patterns: []pattern{
			// ios-deploy --check-developer-mode, the line alone (Windows writes
			// "Developer Mode" and goes on with how to turn it on).
			pat("developer mode is not enabled", `(?m)(?-i:\bDeveloper mode is not enabled\.)[ \t]*$`),

			// xcdevice's advice, devicectl's reason and iOS's alert title
			// (case kept: Windows has a Developer Mode in its Settings too).
			pat("enable developer mode in settings", `for development, enable Developer Mode in Settings`),
			pat("because developer mode is disabled", `failed because Developer Mode is disabled`),
			pat("requires developer mode", `(?-i:Requires Developer Mode)|requires Developer Mode to run\b`),
			// How people report it: on an iPhone or iPad, Developer Mode "is
			// not an option" or not shown under Privacy & Security (the device
			// named first keeps out Windows' own Developer Mode).
			pat("developer mode", `\b(?:iPhone|iPad|iOS)\b[^\n]{0,100}?\bDeveloper Mode(?: option| toggle| switch| setting)? (?:is |was )?(?:not|no|isn't|wasn't) (?:an? )?(?:option|showing|shown|visible|available|there|present|appearing|enabled|on)\b`),
			// AMFI's console line when it refuses a development entitlement
			// (get-task-allow, task_for_pid-allow) with Developer Mode off.
			pat("developer mode is disabled", `\bDeveloper mode is disabled, [\w.\-]{1,60} is disallowed\b`),
			// The requirement retold where an Apple device or tool is named on
			// the same line: "after installing with Sideloadly ... still
			// require "Developer mode"", "Xcode ... presents warning to enable
			// Developer mode" (Windows' and Android's own Developer Mode are
			// dropped in context_lookalikes.go, a need denied too).
			pat("developer mode", `\b(?:iPhone|iPad|iOS|iPadOS|Xcode|Sideloadly|AltStore|SideStore|TrollStore|TestFlight|visionOS|watchOS)\b[^\n]{0,120}?\b(?:requires?|required|need(?:s|ed)?|warning to|asks? (?:me )?to|prompts? (?:me )?to)\s(?:to\s)?(?:enable\s|turn on\s)?(?:the\s)?["“]?Developer mode\b`),
		},
	},
	{
		ID: "text-application-identifier-mismatch", Title: "Installed app has another application identifier", Severity: Error,
		Source:   "Xcode / installd",
		Meaning:  "The device already has an app with this bundle ID whose application-identifier (team prefix + bundle ID) differs, so the new build can't replace it.",
		Causes:   []string{"The installed copy came from another team (TestFlight, App Store, a colleague's build).", "The team or App ID prefix changed."},
		Confirm:  dropAppProf,
		Fix:      "Delete the installed app from the device, then install again.",
		Checks:   []string{chkEntTeamMismatch},
		patterns: []pattern{pat("0xe80000be", mdHexStart+`0xe80000be`+mdCodeEnd), codePat("-402652994", mdDecStart+`-402652994`+mdCodeEnd), pat("kamdmismatchedapplicationidentifierentitlementerror", `\bkAMDMismatchedApplicationIdentifierEntitlementError\b`), pat("application-identifier entitlement does not match", `application-identifier entitlement does not match that of the installed application`), pat("does not match installed application", `application-identifier entitlement string (?:\([^()\n]{1,200}\) )?does not match installed application's application-identifier`)},
	},
	{
		ID: "text-missing-application-identifier", Title: "Signature lacks the application-identifier entitlement", Severity: Error,
		Source:  "iOS installer (MIInstallerErrorDomain 63, ApplicationVerificationFailed), App Store Connect (ITMS-90075), CloudKit at run time",
		Meaning: "iOS would not install the app (or App Store Connect accept it, or CloudKit open its container) because the entitlements in its signature have no application-identifier, so the signature does not say which team's App ID the app is.",
		Causes: []string{
			"The .ipa was re-signed without an entitlements file (codesign without --entitlements, or a re-signing tool that dropped them).",
			"It was signed ad hoc or fake-signed (ldid -S with no entitlements), which only a jailbroken device with a tweak that accepts such signatures installs.",
			"A hand-written entitlements file used for re-signing left application-identifier out.",
		},
		Confirm: dropAppProf,
		Fix:     "Re-sign with the entitlements the provisioning profile grants: print them with `security cms -D -i embedded.mobileprovision` (the Entitlements dictionary), keep application-identifier (TEAMID.bundle.id), and pass them with `codesign -f -s IDENTITY --entitlements ents.plist Payload/App.app`.",
		Checks:  []string{chkMachoAdhoc},
		patterns: []pattern{
			pat("application-identifier entitlement", `\bmissing (?:the )?application-identifier entitlement|application-identifier entitlement is missing`),
			pat("container without an application id", `initialize a container without an application ID`),
			// An App Clip's installer check retold: its application-identifier,
			// absent, is "(null)", which no parent application identifier starts with.
			pat("is not a prefix of", `\(null\)\W{0,3}\s+is not a prefix of\b[^\n]{0,80}?parent-application-identifiers`),
		},
	},
	{
		ID: "text-signing-identifier-mismatch", Title: "Signed under another identifier than the bundle ID", Severity: Error,
		Source:  "Xcode / installd (installing on a device), App Store Connect (ITMS-90334)",
		Meaning: "The code signature's identifier (the one codesign records, by default the CFBundleIdentifier) differs from the bundle identifier in the app's Info.plist, so the device or the upload refuses the app.",
		Causes: []string{
			"The bundle identifier was changed (in Info.plist or by a re-signing tool or script) after the app was signed, or the app was signed with codesign -i and another identifier.",
			"A re-signing script signed the app before its Info.plist was rewritten, or signed a framework's identifier onto the app.",
		},
		Confirm: dropApp,
		Fix:     "Set the bundle identifier first, then sign the app last, without -i (codesign takes CFBundleIdentifier), nested code first; `codesign -dvv App.app` shows Identifier= and it must equal CFBundleIdentifier.",
		Checks:  []string{chkBundleIdentifier},
		Blocks:  []string{"installs", "app-store-connect"},
		patterns: []pattern{
			pat("does not match its code signing identifier", `bundle identifier does not match its code signing identifier`),
			// installd's MismatchedBundleIDSigningIdentifier (MIInstallerErrorDomain 77).
			pat("does not match bundle identifier", `Code signing identifier \((?:\(null\)|[^()\n]{1,200})\) does not match bundle identifier \((?P<bundle_id>[^()\n]{1,200})\)`),
			pat("mismatchedbundleidsigningidentifier", `\b(?:kAMD)?MismatchedBundleIDSigningIdentifier(?:Error)?\b`), pat("0xe80000c5", mdHexStart+`0xe80000c5`+mdCodeEnd), codePat("-402652987", mdDecStart+`-402652987`+mdCodeEnd),
			pat("bundle identifier mismatch", `Bundle identifier mismatch\. The executable at (?P<path>[^\n]{1,200}?) has been signed with identifier`),
			// App Store Connect's wording, also as the Organizer shows it.
			pat("invalid code signature identifier", `Invalid Code Signature Identifier(?:\.\s+The identifier "[^"\n]{1,160}" in your\s+code signature for "[^"\n]{1,160}" must match its Bundle Identifier\s+"(?P<bundle_id>[^"\n]{1,160})")?`),
		},
	},
	{
		ID: "text-signature-version-unsupported", Title: "Code signature version no longer supported", Severity: Error,
		Source:  "Xcode / iOS installer (iOS 15 and later)",
		Meaning: "The device refuses signatures in the old format: recent iOS needs a CodeDirectory of a newer version and the entitlements in DER form as well as XML.",
		Causes: []string{
			"The app or a framework inside it was signed on an old macOS or Xcode (before macOS 11), or by a re-signing tool that writes the old format.",
			"A prebuilt framework was copied in with its old signature and not re-signed.",
		},
		Confirm:    dropApp,
		Fix:        "Re-sign with a current codesign: `codesign -f -s IDENTITY --generate-entitlement-der --entitlements app.entitlements Payload/App.app` (frameworks first).",
		Checks:     []string{chkEntDERMismatch},
		Supersedes: overInstallerFailure,
		patterns: []pattern{pat("signature version is no longer supported", `code signature version is no longer supported`), pat("0xe8008029", mdHexStart+`0xe8008029`+mdCodeEnd), codePat("-402620375", mdDecStart+`-402620375`+mdCodeEnd),
			// The format told by its CodeDirectory version (below 20400) or by
			// the words of Apple's "Using the latest code signature format",
			// next to the release that refuses it; a version alone is any
			// codesign -dv output.
			pat("codedirectory", `CodeDirectory\b[^\n]{0,60}?\b20[0-3]00\b[^\n]{0,100}?\b(?:iOS|iPadOS|watchOS|tvOS) ?1[5-9]\b`),
			pat("signature format", `\b(?:new|newer|latest) (?:code[- ])?signature format\b[^\n]{0,80}?\b(?:iOS|iPadOS|watchOS|tvOS) ?1[5-9]\b|\b(?:iOS|iPadOS|watchOS|tvOS) ?1[5-9]\b[^\n]{0,80}?\b(?:new|newer|latest) (?:code[- ])?signature format\b`),
			// Xcode's install error whose Recovery Suggestion sends to that
			// page to re-sign: the only English line when the alert's title
			// is in the user's language.
			// The alert that refuses it at launch, told with the release that
			// refuses the old format (on iOS 11-14 it was 32-bit code).
			pat("needs update", `\biOS ?1[5-9]\b[\s\S]{0,80}?["“]App needs update\b|\bneeds to update it to work with this version of iOS\b[\s\S]{0,160}?\biOS ?1[5-9]\b|\biOS ?1[5-9]\b[\s\S]{0,160}?\bneeds to update it to work with this version of iOS\b|\b1[5-9](?:\.\d+){1,2}[^\n]{0,40}?开发者需要更新\s*App\s*以在此\s*iOS\s*版本上正常工作`),
			pat("re-sign your app", `\bRecovery Suggestion: ?See the following page to re-sign your app:? ?\[?Using the latest code signature format\b|\bRecovery Suggestion:[^\n]{0,160}?\bdeveloper\.apple\.com/documentation/xcode/using-the-latest-code-signature-format\b`)},
	},
	{
		ID: "text-app-no-longer-available", Title: "iOS says the app is no longer available", Severity: Error,
		Source:  "iOS, iPadOS (launch)",
		Meaning: "iOS will not open an installed app because the provisioning profile it was installed with has expired or the certificate that signed it was revoked; the app and its data stay on the device.",
		Causes: []string{
			"The provisioning profile expired: a free team's (Personal Team) profile lasts 7 days, a paid team's a year, and a sideloading tool did not refresh the app in time.",
			"The certificate that signed it was revoked: by its owner, by a new free-team certificate made on another computer or device, or by Apple (an enterprise certificate used outside its company).",
		},
		Confirm: dropAppProf,
		Fix:     "Re-sign the app with a current certificate and profile and install it over the installed copy (a refresh in AltStore or SideStore, a run from Xcode, or the vendor's new build); installing over it keeps its data.",
		Checks:  []string{chkProfileExpired, chkCertExpired, chkProfileFreeTeam},
		patterns: []pattern{
			// SpringBoard's alert: the app's name in quotes, then its title
			// in title case ("“YouTube” Is No Longer Available").
			pat("no longer available", `["“'‘][^"”'’\n]{0,80}?(?-i:Is No Longer Available)|["“'‘][^"”'’\n]{1,80}["”'’] is no longer available`),
			// Retold ("a popup saying it's no longer available"): read only
			// where the paste is about a sideloaded or re-signed app (context.go).
			pat("no longer available", `\b(?:saying|says|said|reads|shows|showing|getting) (?:that )?it['’]?s no longer available`),
			// No alert, only the symptom: an app run from Xcode or sideloaded
			// that crashes at launch or will not open after some days ("after
			// a couple of days ... crashes every time I try to open it");
			// read only where the paste shows the app was installed that way
			// (context_device.go).
			pat("after", reStopsAfterDays), pat("last week", reStopsLastWeek),
		},
	},
	{
		ID: "text-testflight-beta-expired", Title: "The TestFlight beta has expired", Severity: Warning,
		Source:  "iOS, iPadOS, TestFlight (launch)",
		Meaning: "A TestFlight build can be tested for 90 days after it was uploaded; after that, or once the developer expires it, iOS will not open the app.",
		Causes: []string{
			"The build was uploaded more than 90 days ago and no newer build was made available to the testers.",
			"The developer expired the build or stopped testing it in App Store Connect.",
			"The group's public link was turned off, reached its tester limit, or has no build that passed Beta App Review yet.",
		},
		Confirm: dropNoFile,
		Fix:     "The developer uploads a new build (or makes a newer one available to the testers' group) in App Store Connect; testers install it from TestFlight, or the App Store version instead.",
		patterns: []pattern{
			pat("beta has expired", `["“'‘][^"”'’\n]{1,80}["”'’] Beta has expired|\bThis beta (?:build )?has expired`),
			// Retold: "the TestFlight release has expired", "the test flight
			// beta for this app has expired", "the TestFlight has expired".
			pat("expired", `\bTest ?Flight(?: (?:beta|build|release|version|app)(?: (?:beta|build|release|version))?(?: (?:for|of) (?:this|the) app| \(?\d[\d.]{0,12}\)?)?)? (?:has |is |had )?(?:already )?expired\b`),
			// TestFlight's public link when the group has no build to test:
			// "This beta isn't accepting any new testers right now.", and
			// people's retellings ("not currently accepting new testers").
			pat("accepting", `\b(?:This|the) beta (?:isn['’‘]?t|is not) accepting any (?:new|more) testers|\bnot (?:currently\s+)?accepting (?:any )?(?:new |more )?testers\b`),
			// TestFlight's "This build is no longer available." for an
			// expired or withdrawn build (read only where the paste names
			// TestFlight, context_device.go).
			pat("no longer available", `\bThis build i?s? no longer available\b`),
			// iOS's alert in Japanese ("ベータの使用期限が切れました").
			pat("期限", `ベータ(?:版)?の(?:使用|有効)期限が(?:切|き)れました`),
		},
	},
}

// causeTrustRestart: iOS 18 completes the trust of an in-house developer
// with a restart.
const causeTrustRestart = "On iOS 18 and later, trusting the developer of an in-house app installed by hand (not by MDM) completes only after the device restarts (Allow & Restart); apps installed by MDM need no trust."
