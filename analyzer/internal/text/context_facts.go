package text

import (
	"path"
	"strings"
)

// What a paste says of the files it is about, for the rules in context.go
// and context_<theme>.go: the values it names (profiles, identities,
// entitlements, paths), the kind of a profile or certificate by its name,
// whether a path is code or data, and which notary paths are nested.

func valuesOf(vals []Value, kind string) []string {
	var out []string
	for _, v := range vals {
		if v.Kind == kind {
			out = append(out, v.Value)
		}
	}
	return out
}

// codeExtensions are the names codesign signs as code in Contents/MacOS.
var codeExtensions = map[string]bool{"dylib": true, "so": true, "node": true, "bundle": true, "framework": true, "app": true, "appex": true, "xpc": true, "plugin": true, "kext": true, "systemextension": true}

// dataInCodeLocation says whether a nested path codesign reported is a data
// file in a place reserved for code: Contents/MacOS or Contents itself.
// staticLibraryEmbedded: an ar archive (lib*.a) named inside a bundle's
// Frameworks directory, where only loadable code belongs.
func staticLibraryEmbedded(s string) bool {
	return reStaticLibInFrameworks.MatchString(s)
}

// dataSubcomponent says codesign names a data file at the top of Contents
// or of Contents/MacOS as a subcomponent.
func dataSubcomponent(near string) bool {
	m := reSubcomponentTop.FindStringSubmatch(near)
	return m != nil && dataInCodeLocation(strings.TrimRight(m[1], ".,;:"))
}

func dataInCodeLocation(p string) bool {
	i := strings.LastIndex(p, "/Contents/")
	if i < 0 {
		return false
	}
	rest := p[i+len("/Contents/"):]
	dir, name := path.Split(rest)
	if dir != "" && !strings.HasPrefix(dir, "MacOS/") {
		return false
	}
	if strings.HasPrefix(name, ".") {
		return true
	}
	ext := path.Ext(name)
	return ext != "" && !codeExtensions[strings.ToLower(ext[1:])] && strings.Trim(ext[1:], "0123456789") != ""
}

// scriptExtensions are names App Store Connect reports as unsigned code
// though they are scripts or data.
var scriptExtensions = map[string]bool{"sh": true, "js": true, "py": true, "rb": true, "pl": true, "json": true, "txt": true, "md": true, "map": true, "ts": true, "command": true, "bat": true, "env": true}

// scriptsNamed returns the base names of scripts and data files that an
// upload error lists in brackets as unsigned code.
func scriptsNamed(all string) []string {
	if !strings.Contains(strings.ToLower(all), "not signed at all") {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, m := range reUploadPath.FindAllStringSubmatch(all, 16) {
		p := m[1] + m[2]
		name := path.Base(p)
		ext := path.Ext(name)
		// flutter_assets holds a Flutter app's assets, never code.
		data := strings.Contains(p, "/flutter_assets/") || ext != "" && scriptExtensions[strings.ToLower(ext[1:])]
		if data && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// profileKind reads the kind from a profile's name, where Xcode, match and
// people put it ("match AppStore …", "… DEVELOPMENT", "… Ad Hoc").
func profileKind(names []string) string {
	for _, n := range names {
		l := strings.ToLower(n)
		switch {
		case strings.Contains(l, "development") || strings.Contains(l, "team provisioning profile") || strings.Contains(l, " dev "):
			return "development"
		case strings.Contains(l, "appstore") || strings.Contains(l, "app store") || strings.Contains(l, "adhoc") || strings.Contains(l, "ad hoc") || strings.Contains(l, "distribution"):
			return "distribution"
		}
	}
	return ""
}

func certKind(identities []string) string {
	for _, n := range identities {
		switch {
		case strings.HasPrefix(n, "iPhone Distribution") || strings.HasPrefix(n, "Apple Distribution") || strings.HasPrefix(n, "iOS Distribution"):
			return "distribution"
		case strings.HasPrefix(n, "iPhone Developer") || strings.HasPrefix(n, "Apple Development") || strings.HasPrefix(n, "iOS Development") || strings.HasPrefix(n, "Mac Developer") || strings.HasPrefix(n, "Mac Development"):
			return "development"
		}
	}
	return ""
}

// entitlementLeads says plainly what no profile can fix: entitlements only
// Apple's code may have, ones that need Apple's approval, keys that are no
// entitlement at all, and In-App Purchase, which needs none.
func entitlementLeads(vals []Value) []string {
	var out []string
	for _, e := range valuesOf(vals, "entitlement") {
		if s := entitlementNote(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func entitlementNote(e string) string {
	switch {
	case strings.HasPrefix(e, "com.apple.private.") || strings.HasPrefix(e, "com.apple.rootless.") || e == "platform-application" || e == "task_for_pid-allow" || e == "com.apple.system-task-ports":
		return e + " is Apple-private: only Apple's own code may carry it, and no provisioning profile can grant it to anyone else. Remove it from the entitlements."
	case e == "com.apple.developer.in-app-purchase" || strings.HasPrefix(e, "com.apple.developer.in-app-purchase."):
		return e + " is no entitlement a profile carries: In-App Purchase needs no entitlement. Delete the key from the .entitlements file; do not try to enable a capability for it."
	case e == "com.apple.security.screen-capture" || e == "com.apple.security.screencapture":
		return e + " is not an entitlement: screen recording is a permission the user grants in System Settings (Privacy & Security). Remove the key."
	case strings.HasPrefix(e, "com.apple.developer.exposure-notification") || strings.HasPrefix(e, "com.apple.developer.usernotifications.critical-alerts") ||
		e == "com.apple.developer.networking.multicast" || e == "com.apple.developer.networking.HotspotHelper" || e == "com.apple.developer.contacts.notes" || strings.HasPrefix(e, "com.apple.developer.carplay"):
		return e + " is a managed entitlement: a profile includes it only after Apple approves a request for it (Certificates, Identifiers & Profiles, Capability Requests)."
	}
	return ""
}

// App Store Connect names an entitlement key the platform does not support,
// or a key the provisioning profile does not allow; where the key named is not
// app groups, the macOS app group rules are not the first suspect.
var (
	reAppWriteRefused     = lazyCompile(`(?i)\.app: Operation not permitted\s+In subcomponent:`)
	reEntNotSupportedOnOS = lazyCompile(`(?i)entitlements that are not supported on (?:iOS|iPadOS|tvOS|watchOS|visionOS|macOS)\W{1,6}Specifically, key '`)
	reEntNotInProfile     = lazyCompile(`(?i)do not match the ones that are contained in the provisioning profile|According to the provisioning profile, the bundle contains a key`)
)

const causeEntNotSupportedOnOS = "The signature claims a key this platform does not support (App Store Connect names it): a key of another platform (com.apple.developer.aps-environment is macOS's push key; iOS uses aps-environment) or a misspelt one. Use the platform's own keys in the .entitlements file, then archive and upload again."

func namesAppGroups(vals []Value) bool {
	for _, e := range valuesOf(vals, "entitlement") {
		if strings.Contains(e, "application-groups") {
			return true
		}
	}
	return false
}

// An iOS install refused where the paste names an entitlement key and the
// app's entitlements file (a .NET project's Entitlements.plist, Xcode's
// .entitlements): the key is the likeliest claim the profile lacks.
var (
	reEntitlementsFileNamed = lazyCompile(`(?i)\bEntitlements?\.plist\b|\.entitlements\b|\bCodesignEntitlements\b`)
	reEntitlementKeyNamed   = lazyCompile(`\baps-environment\b|\bcom\.apple\.(?:developer|security)\.[a-z][\w.-]{2,80}|\bkeychain-access-groups\b|\bget-task-allow\b`)
)

const causeEntitlementNotInProfile = "The app's entitlements claim a key or value its provisioning profile does not authorise (one added to the entitlements file, such as aps-environment or com.apple.developer.applesignin, while the profile was made without that capability): enable the capability for the App ID, then download and use the regenerated profile, or remove the key."

func entitlementAddedToFile(all string) bool {
	return reEntitlementsFileNamed.MatchString(all) && reEntitlementKeyNamed.MatchString(all)
}

// The .NET SDK's _CodesignVerify target tests the signed app against a
// requirement of its own, not the app's designated requirement.
var reDotnetCodesignVerify = lazyCompile(`\b_CodesignVerify\b|certificate leaf\[field\.1\.2\.840\.113635\.100\.6\.1\.2\] exists or certificate leaf\[field\.1\.2\.840\.113635\.100\.6\.1\.4\] exists`)

const causeDotnetCodesignVerify = "The .NET SDK's _CodesignVerify target tests the app against its own requirement: a leaf certificate with Apple's iOS development or App Store distribution field (certificate leaf[field.1.2.840.113635.100.6.1.2] or [….6.1.4]). An app that \"satisfies its Designated Requirement\" but is signed otherwise (ad hoc, as for a simulator, or with a Developer ID Application certificate, whose leaf has neither field) fails it, and codesign exits 3. Sign with the certificate kind the build is for; for a Developer ID build the SDK's maintainers suggest skipping the target."

// causeDebugBuildResigned leads where a refused install names the
// debugging entitlement.
const causeDebugBuildResigned = "The app is a development (Debug) build: its signature allows debugging (get-task-allow), and it was signed again with a distribution or ad hoc certificate and profile, which do not allow that. Build the Release configuration (or sign with get-task-allow false) before signing it for distribution or sideloading."

// causeAppGroupNotAssigned leads where Xcode's profile check names the
// app groups entitlement.
const causeAppGroupNotAssigned = "An app group in the target's entitlements is not assigned to that target's own App ID (an extension's included: Certificates, Identifiers & Profiles > Identifiers > the App ID > App Groups > Configure), or the profile was made before it was: assign the group, then regenerate the profile."

// causeNotaryNothingSigned leads only where the notary service says a
// submission has no signed executables.
const causeNotaryNothingSigned = "A notary submission holds no signed code: unsigned binaries, or a zip of the bundle's contents without its .app folder (archive it with `ditto -c -k --keepParent App.app App.zip`)."

// Beside Gatekeeper's "damaged" alert: the build is said to be unsigned
// (or its builder says they are not signing it), the quarantine is
// cleared to open it, or an arm64 (or "M1") build shows no Developer ID
// signature; and codesign's unreadable --entitlements file.
var (
	reDamagedUnsigned        = lazyCompile(`(?im)(?:^|[^-\w])unsigned(?:$|[^-\w])|\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|never) (?:been )?(?:code-?)?signed\b(?: at all)?(?:[.,;:!)]|$| (?:and|so|but|yet)\b)|\b(?:am|are|was|were|'m|'re) not (?:code-?)?signing (?:the|my|our|it|this|them)\b|\bxattr -(?:[cr]{1,2}|d(?: -r)? com\.apple\.quarantine)\b|неподписанн|не подписан|ad-hoc подпись|não assinad|sem assinatura|no está firmad|sin firmar|imzasız|imzalanmamış|ยังไม่ได้เซ็น`)
	reDamagedArm64           = lazyCompile(`(?i)(?:\b|_)(?:arm64|aarch64)\b|\bapple silicon\b|\bM[1-9] (?:version|build)s?\b`)
	reDeveloperIDShown       = lazyCompile(`(?i)Developer ID (?:Application|Certification)|\bAuthority=|\bnotari[sz]ed\b`)
	reEntitlementsUnreadable = lazyCompile(`(?i)cannot read entitlement data`)
	// reIntegrityVerbRetold: iOS's integrity alert retold with a verb
	// ("Unable to verify integrity"); reIntegrityAlertWords: its own.
	reIntegrityVerbRetold = lazyCompile(`(?i)\b(?:unable to|can['’]?t|cannot|couldn['’]?t|could not|failed to) (?:verify|check) (?:the |its |the app['’]?s )?integrity\b`)
	reIntegrityAlertWords = lazyCompile(`(?i)integ(?:ri|ir)ty (?:could not|couldn['’]?t|cannot|can not|can['’]?t|cant|is not|isn['’]?t) (?:be )?verified`)
	// reIntegrityRetoldZH: the integrity alert retold in Chinese without
	// its frame; reIntegrityAlertZH: the frame; reIntegrityContextZH:
	// Chinese words placing the paste in signing an app for iOS.
	reIntegrityRetoldZH  = lazyCompile(`无法验证(?:其|它的|应用的?)?完整性|(?:未能?|没有|沒有)(?:通过)?(?:验证|驗證)(?:其|它的|应用的?)?完整性`)
	reIntegrityAlertZH   = lazyCompile(`无法(?:打开|开启|安装)[^\n]{0,120}?因为(?:无法验证其完整性|(?:其|它的)完整性无法(?:被)?验证)`)
	reIntegrityContextZH = lazyCompile(`(?i)签名|描述文件|越狱|\bios ?\d|\bipa\b|苹果|iphone|ipad|trollstore|无法安装`)
	// reIntegrityChecked: the alert translated back as "Integrity can't
	// be checked", the alert's only where the paste installs an app on a
	// device (a backup's or a disk's integrity is checked too).
	reIntegrityChecked        = lazyCompile(`(?i)integrity (?:could not|couldn['’]?t|cannot|can not|can['’]?t|cant) (?:be )?checked`)
	reIntegrityInstallContext = lazyCompile(`(?i)\b(?:install(?:s|ed|ing|er)?|ipa|sideload\w*|ios|ipados|iphone|ipad)\b`)
	// reSignatureShown: codesign's display of the killed program's
	// signature, so the kill is that program's launch, not a build tool's.
	reLinkerSignedShown = lazyCompile(`(?i)flags=0x[0-9a-f]*\([^)\n]{0,40}linker-signed|\badhoc,linker-signed\b`)
	reSignatureShown    = lazyCompile(`(?i)codesign -d|flags=0x[0-9a-f]+\((?:adhoc|linker-signed|runtime)|Signature=adhoc`)
	// reNestedNamed: codesign naming an embedded framework or helper whose
	// signature is invalid.
	reNestedNamed = lazyCompile(`(?i)embedded framework contains modified or invalid version|nested code is modified or invalid|\bIn subcomponent: `)
)

// reSystemExtensionContext: a paste about a system extension or a driver
// extension (DriverKit), where AppleSystemPolicy's refusal is the
// extension's.
var reSystemExtensionContext = lazyCompile(`(?i)\bdexts?\b|DriverKit|\.systemextension\b|\bsysextd\b|system extension|kernelmanagerd`)

const causeSysextNoPolicy = "sysextd found no policy allowing the request. It says 'outside /Applications' also for an app in /Applications whose extension it does not accept: a Developer ID signed extension must be notarized, and its Network Extension values must be the -systemextension ones its profile lists. For day-to-day development, sign with Apple Development instead."

// causeFreeAppleIDAppLimit: AltServer's "Cannot activate more than 3 apps
// and app extensions." and Apple's 10 App IDs a week, as a sideloading
// tool reports them.
const causeFreeAppleIDAppLimit = "A free Apple ID's limits, which the sideloading tool reports as its maximum app limit: no more than 3 sideloaded apps and app extensions active on a device at a time (expired ones count too), and 10 new App IDs every 7 days. Remove or deactivate sideloaded apps you no longer use, or wait until the week's App IDs free up."

// causeFreeProfileInstallSource: installd takes an app signed with a free
// team's profile only from Xcode.
const causeFreeProfileInstallSource = "The app is signed with a free personal team's profile and was sent by an installer other than Xcode (a command-line deploy tool, Apple Configurator, an MDM): the device takes such apps only when Xcode installs them. Run it from Xcode, or sign with a paid team's profile to install it any other way."

const causeFreeTeamCapability = "The capability (Network Extensions, for one) belongs to the paid Apple Developer Program: a free personal team cannot add it to an App ID. Enrol, or sign with a paid team."

const causeBareExecutableNoProfile = "No profile is embedded: the code is a bare executable, not in a bundle, so it has nowhere to carry one. A command-line tool or daemon with restricted entitlements (Endpoint Security, for one) must be wrapped in an app-like bundle with Contents/embedded.provisionprofile."

// reValidatingBareExecutable: AMFI naming the file it validated.
var reValidatingBareExecutable = lazyCompile(`When validating (/[^\n:]{1,300}):`)

// validatesBareExecutable says whether AMFI's "When validating" names a file
// outside any bundle (an app, extension, driver, XPC service, framework or
// plug-in).
func validatesBareExecutable(all string) bool {
	m := reValidatingBareExecutable.FindStringSubmatch(all)
	if m == nil {
		return false
	}
	p := strings.ToLower(m[1]) + "/"
	for _, b := range []string{".app/", ".appex/", ".systemextension/", ".dext/", ".xpc/", ".framework/", ".bundle/", ".plugin/"} {
		if strings.Contains(p, b) {
			return false
		}
	}
	return true
}

// reUnlockedStillPrompts: a paste saying the keychain was unlocked and
// codesign still asks (or still fails), as when the private key's
// partition list leaves codesign out.
var reUnlockedStillPrompts = lazyCompile(`(?i)\bunlock[-_ ]keychain\b[^.\n]{0,80}\bstill\b`)

const hashedFrameworkIdentifierLead = "The framework is signed under its name with a long hash appended, not under its bundle identifier: a Swift package product forced to be dynamic (type: .dynamic), as Xcode Cloud signed such frameworks. Link the package statically where its license allows (remove type: .dynamic); `codesign -dv` on the framework shows the Identifier= it was given."

// reHashedFrameworkIdentifier: ITMS-90334 where the signature's identifier
// is the bundle's name, a dash and a hash (or a placeholder for one).
var reHashedFrameworkIdentifier = lazyCompile(`The identifier "([A-Za-z0-9_.\-]{1,80})-(?:[0-9a-fA-F]{32,64}|<[a-z ]{1,30}>)" in your code signature for "[^"\n]{1,80}" must match its Bundle Identifier "([^"\n]{1,80})"`)

// hashedFrameworkIdentifier says whether ITMS-90334's identifier is the
// bundle identifier itself with a hash appended.
func hashedFrameworkIdentifier(all string) bool {
	m := reHashedFrameworkIdentifier.FindStringSubmatch(all)
	return m != nil && m[1] == m[2]
}

// reTeamWithoutDistributionCert: a paste saying the team holds no
// distribution certificate at all.
var reTeamWithoutDistributionCert = lazyCompile(`(?i)\b(?:held|holds|has|had|have) no (?:Apple |iOS |iPhone )?Distribution certificates?\b`)

const causeNotaryKeychainItemMissing = "The keychain item the password is read from is not in the keychain searched (altool's @keychain:NAME, errSecItemNotFound -25300): it was never stored, was stored under another name, or is in a keychain the build user or CI runner does not search."

const causeNotaryNoProvider = "The Apple ID belongs to no team that can notarize (altool names an empty provider, 1296): a free Apple account, or one not yet added to a team in the Apple Developer Program."

var (
	reExtensionInstallSignatureInvalid = lazyCompile(`(?i)\b(?:install(?:ing)?|activat(?:e|ing)) (?:the |a |its )?(?:virtual camera|camera extension|system extension|driver extension|network extension)\b[^\n]{0,20}?:?\s{0,3}code signature invalid\b`)
	// reAdhocResignEnough: re-signing ad hoc told as what makes the crash
	// go away ("Run `codesign --force --deep --sign - x.app` ... Otherwise,
	// the program immediately crashes", "ad-hoc code signing, which is
	// enough to get it working"): the linker's signature was broken by a
	// later step. Told as a step to take (not "I ran ... Otherwise nothing
	// changed", "Don't run ..."), nor as a belief ("was enough, but").
	reAdhocResignEnough         = lazyCompile(`(?i)(?:(?m:^)|[.:;!)]|\b(?:then|and|just|please|simply))\s*run\s+['\x60]?codesign\b[^\n]{0,60}?(?:--sign|-s) -(?:\s|\x60)[^\n]{0,120}?\bOtherwise\b|\bad[- ]hoc (?:code ?)?sign(?:ing|ed)?\b[^.\n]{0,40}?\b(?:is|was) enough to (?:get|make|run|launch|open)\b`)
	reAMFIAdhocOrUnknownChain   = lazyCompile(`AppleMobileFileIntegrityError Code=-423\b|\bThe file is adhoc signed or signed by an unknown certificate chain\b`)
	reAMFIFileSignatureInvalid  = lazyCompile(`AppleMobileFileIntegrityError Code=-420\b|\bThe signature on the file is invalid\b`)
	reNotaryKeychainItemMissing = lazyCompile(`Failed to read legacy keychain item|No Keychain password item found for profile|--keychain-profile is required for notarization|The keychain does not contain credentials for the profile`)
	reNotaryNoProvider          = lazyCompile(`\bis not a member of the provider \.`)
)

const causeNotarytoolUsername = "notarytool was given the Apple ID with --username, altool's flag (an older wrapper or build tool still passes it): notarytool takes --apple-id with --password and --team-id, or --key, --key-id and --issuer for an App Store Connect API key."

// reNotarytoolUsername: a notarytool command with altool's --username.
var reNotarytoolUsername = lazyCompile(`\bnotarytool\s+submit\b[^\n]{0,400}?\s--username\b`)

// reUnsignedNestedSaid: a paste saying a bundled file (a resource, a
// sidecar, a helper) was left unsigned.
// The notary log's own "is not signed" is not such a retelling.
var reUnsignedNestedSaid = lazyCompile(`(?i)\b(?:bundled|sidecars?|resources?|helpers?|nested|embedded)\b[^."\n]{0,80}?\b(?:was|were|left|remained?)\s+(?:still\s+)?(?:unsigned|not\s+signed)\b`)

// reNotaryIssuePath: the path of one issue in a notary log.
// A log line retold names the path in backquotes before the message.
var reNotaryIssuePath = lazyCompile("\"path\"\\s*:\\s*\"([^\"\\n]{1,400})\"|`?([^`\\s]{1,400})`?\\s*[—:-]\\s*The (?:binary|signature|executable)\\b")

// reNestedInBundle: a path inside a bundle that is not its main
// executable.
var reNestedInBundle = lazyCompile(`(?i)\.app/Contents/(?:Frameworks|Resources|Helpers|PlugIns|Library|SharedSupport|XPCServices)/|/node_modules/|\.(?:dylib|so|node|jnilib)$`)

// notaryPathsAllNested says whether a notary log names files and every one
// of them is nested code, none the app's own executable.
func notaryPathsAllNested(all string) bool {
	ms := reNotaryIssuePath.FindAllStringSubmatch(all, 200)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		if !reNestedInBundle.MatchString(m[1] + m[2]) {
			return false
		}
	}
	return true
}

// reRestrictedEntitlementNamed: an entitlement only a provisioning profile
// can grant (not the sandbox's or the hardened runtime's, which any
// signature may claim).
var reRestrictedEntitlementNamed = lazyCompile(`\bkeychain-access-groups\b|\bcom\.apple\.developer\.[a-z][\w.-]{2,80}|\baps-environment\b|\bcom\.apple\.application-identifier\b`)

// reMacFrameworkSubcomponentUnrecognized: codesign refusing an app whose
// subcomponent is a versioned (macOS) framework, in Contents/Frameworks.
// A framework's symlinks copied (Mac Catalyst slices above all): Xcode's
// warning, App Store Connect's Malformed Framework, codesign's "not signed
// at all" for a whole Catalyst framework, or the same told again.
// A resource bundle inside a framework's Resources, as ITMS-90284 names it.
var reFrameworkResourceBundle = lazyCompile(`\.framework/(?:Versions/[^/'\n]{1,20}/)?Resources/[^/'\n]{1,200}\.bundle'`)

var reFrameworkSymlinksLost = lazyCompile(`Couldn't resolve framework symlink|Malformed Framework - The framework bundle|-maccatalyst/[^\n]{0,300}?/Contents/Frameworks/[^/\s"'”]{1,200}\.framework/?(?:["'”\s]|\z)|\bsym(?:bolic )?links?\b[^\n]{0,250}?\bobject (?:is )?not signed at all\b`)

var reMacFrameworkSubcomponentUnrecognized = lazyCompile(`bundle format unrecognized, invalid, or unsuitable(?s:.){0,400}?In subcomponent: [^\n]{0,300}?/Contents/Frameworks/[^/\n]{1,200}\.framework(?:$|[\s"'])`)

// causeBundleNoInfoPlist leads Godot's "CodeSign: Unknown bundle type":
// its signer tells a bundle's type from the Info.plist, which the
// framework a plug-in ships often lacks.
const causeBundleNoInfoPlist = "The signer could not tell what kind of bundle it was given: a framework or bundle in the export (often one a plug-in or GDExtension ships) has no Info.plist (Resources/Info.plist in a macOS framework, with CFBundleExecutable, CFBundleIdentifier and CFBundlePackageType FMWK). Add the Info.plist to the framework, or ship the library as a plain .dylib, then export and sign again."

const causeMacFrameworkLinks = "codesign cannot recognise the embedded framework it names as the subcomponent: its symlinks (Versions/Current, and the binary, Headers and Resources links at its root) were replaced by copies of what they point to, or point outside the bundle (absolute links), as a copy, a zip without -y or a packaging tool can leave them. Recreate them as relative links (copy the framework with ditto, cp -R or zip -y, or from the vendor's archive), then sign again."

// reSignatureNoLongerValid: a code signature retold as no longer valid,
// which Windows programs' signatures are said to be too.
var reSignatureNoLongerValid = lazyCompile(`(?i)\bcode signature is no longer valid\b|\binvalidat(?:es|ed|ing) (?:the |its |their )?(?:(?:existing|original|ad[- ]hoc|linker[- ]signed|embedded) )?code signature\b`)

// reBrowserSignatureCheck: 1Password's words for a browser whose signature
// failed its check.
var reBrowserSignatureCheck = lazyCompile(`(?i)\bcode signature could not be verified\b|\bverify the identity of (?:your|the) (?:web )?browser\b`)

// reStaleCertInKeychain: an expired or duplicate certificate told of in the
// keychain; reCertRenewed: a paste that renewed or made a new one.
var (
	reStaleCertInKeychain = lazyCompile(`(?i)\b(?:expired|duplicate|old)\b[^.\n]{0,30}?\bcertificates?\b[^.\n]{0,40}?\bkeychain\b`)
	reCertRenewed         = lazyCompile(`(?i)\b(?:renew(?:ed|ing)?|regenerat(?:ed|ing)|re-?creat(?:ed|ing)|new certificate)\b`)
)

// reUnsatisfiedRetold: text-unsatisfied-entitlements' prose patterns.
var reUnsatisfiedRetold = lazyCompile(`(?i)\brestricted\**\s+entitlements?\b[^\n]{0,160}?\bprovisioning[- ]profile|\bkeychain-access-groups\b[^\n]{0,160}?\bprovisioning[- ]profile|\bprovisioning[- ]profile\b[^\n]{0,160}?\b(?:keychain-access-groups\b|restricted\**\s+entitlements?\b)|com\.apple\.[A-Za-z0-9.\-]{3,100}[\x60'"’]?\s+(?:is an? |is the )?restricted\**\s+entitlement\b|\btaskgated(?:-helper)?\b[^\n]{0,20}?\bSIGKILLs?\b|\bSIGKILL(?:ed|'d)? by taskgated\b`)

// reRestrictedHypothetical: restricted entitlements named as a
// possibility, as an explainer does ("could not launch" is a fact).
var reRestrictedHypothetical = lazyCompile(`(?i)\b(?:might|may|could\s+(?:[^n\s]|n[^o]|no[^t]))[^.\n]{0,60}?\brestricted\**\s+entitlements?\b`)

// reAppleUnsatisfiedLog: the system's own words for the refusal.
var reAppleUnsatisfiedLog = lazyCompile(`Unsatisfied [Ee]ntitlements|No matching profile found|no eligible provisioning|Restricted entitlements not validated|Code has restricted entitlements`)

// reLaunchRefusedSaid: a paste reporting that a program was refused at
// launch: killed, exit status 137, "can't be opened", never spawned.
var reLaunchRefusedSaid = lazyCompile(`(?i)\bSIGKILL|\bkill(?:s|ed)?\b|\bexit(?:s|ed)?\b[^\n]{0,20}?\b137\b|\bexit=137\b|can'?t be opened|cannot be opened|\bunlaunchable\b|\b(?:fail(?:s|ed)?|refuses?|refused) (?:to )?(?:launch|spawn|start)|\bnever spawns?\b|\bLaunch failed\b|\bcould(?: not|n'?t) (?:launch|start)\b|\bAMFI (?:rejection|rejects?|rejected)\b`)

// reNoProfileSaid: a paste saying no profile was embedded or eligible.
var reNoProfileSaid = lazyCompile(`(?i)no eligible provisioning|\bembedded no (?:provisioning )?profile\b|\b(?:without|no) (?:an |the )?(?:embedded )?(?:provisioning )?profile\b|\bunless an embedded provisioning profile\b|\brequires an embedded\b[^\n]{0,40}?\bprovisioning profile\b|\bcan'?t carry a provisioning profile\b|\bnowhere to (?:hold|carry|embed) (?:one|a profile)\b`)

// reOtherTeamProfileSaid: a paste saying the signer's team differs from
// the profile's.
var reOtherTeamProfileSaid = lazyCompile(`(?i)\bsigned by (?:a )?(?:different|another) team than the profile\b|\bprofile (?:of|from) (?:a )?(?:different|another) team\b`)

// reBareExecutableSaid: a paste naming the program a bare executable.
var reBareExecutableSaid = lazyCompile(`(?i)\bbare (?:CLI |command-line )?(?:binary|executable)\b|\braw Mach-O executable\b`)

// unsatisfiedRetoldLeads: the cause a paste itself states, in front.
func unsatisfiedRetoldLeads(all string) []string {
	e := Lookup("text-unsatisfied-entitlements")
	if reOtherTeamProfileSaid.MatchString(all) {
		return []string{e.Causes[1]}
	}
	if reNoProfileSaid.MatchString(all) {
		return []string{e.Causes[2]}
	}
	return nil
}

// flutterDistributionOnlyLead: flutter's identity check, which counts only
// development identities, run on a keychain holding only a distribution one.
const flutterDistributionOnlyLead = "flutter looks for a development identity (a name with Developer or Development) to pick the team, and only when the Xcode project sets no DEVELOPMENT_TEAM; a keychain holding only an Apple Distribution identity, as on a CI runner, has none. Set DEVELOPMENT_TEAM (and, with manual signing, the profile) in the Runner target's build settings so flutter leaves signing to Xcode, which uses the distribution identity."
