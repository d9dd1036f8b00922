package text

import "strings"

// The context rules of the gatekeeper entries (catalogue_gatekeeper.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	// A binary retold as flagged is Gatekeeper's verdict only on a Mac,
	// and not where a scanner, a browser or another OS is named (unless
	// the verdict is said to be macOS's: "flagged as malware by macOS").
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return reBinaryFlaggedMalware.MatchString(near) && !reFlaggedByAppleRO.MatchString(near) && (!reMacNamed.MatchString(all) || reOtherPlatform.MatchString(all) || reFlaggedByScanner.MatchString(all))
	})
	// A document the Finder or Preview cannot open is called damaged too;
	// Gatekeeper's alert advises the Trash, or ejecting a disk image, and
	// the Mac App Store's receipt alert says to download the app again. A
	// retelling without the alert's own words counts where the paste is
	// about Apple code or names a Mac.
	rule("text-gatekeeper-damaged", func(near, all string) bool {
		// The installer in Recovery calls its installer damaged when its
		// signature check fails (text-cert-expired), not an app's alert.
		if reDocumentDamaged.MatchString(near) || reMASReceipt.MatchString(all) || reAppOwnDamaged.MatchString(near) || reRecoveryInstallerRefused.MatchString(near) {
			return true
		}
		// "macOS says it's broken" is the alert only where the paste is
		// about signing or notarization (a disk or a setting breaks too).
		if reMacSaysBroken.MatchString(near) && !reDamagedAlert.MatchString(near) && !reSigningOrNotaryWords.MatchString(reSignedInRS.get().ReplaceAllString(all, "")) {
			return true
		}
		if (reDamagedDisk.MatchString(near) || reDamagedNotApp.MatchString(near)) && !reAppOrTrashAdvice.MatchString(near) && !reGatekeeperWord.MatchString(near) {
			return true
		}
		// Excel or Preview saying a document is damaged, with no .app and
		// none of the alert's advice, is about the document.
		if reDamagedDocument.MatchString(near) && !reAppOrTrashAdvice.MatchString(near) && !reGatekeeperWord.MatchString(near) {
			return true
		}
		// "Corrupt" and advice to bin it are any program's words about its
		// own file: the alert retold only where a Mac or Apple is named.
		if reCorruptTrashRetold.MatchString(near) && !appleOrMacNamed(all) {
			return true
		}
		// So are "damaged" and advice to drop it in the recycling bin.
		if reDamagedBinRetold.MatchString(near) && !reDamagedAlertWords.MatchString(near) && !appleOrMacNamed(all) {
			return true
		}
		// Android and Windows say "damaged and can't be opened" too.
		if reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all) {
			return true
		}
		if reDamagedAlert.MatchString(near) {
			return false
		}
		// A document's word in an app's name ("video-dl is damaged") is no
		// document where the paste puts the words in Gatekeeper's mouth.
		return reDamagedDocument.MatchString(near) && !reGatekeeperWord.MatchString(near) || !reAppleSigningContext.MatchString(all) && !reMacHardware.MatchString(all) && !reAppDamagedDownloaded.MatchString(near) && !reSignAppForDamaged.MatchString(all)
	}, func(c leadContext) []string {
		// codesign itself says the code changed after it was signed.
		if strings.Contains(c.All, "code or signature have been modified") && !reAdhocShown.MatchString(c.All) {
			return []string{Lookup("text-gatekeeper-damaged").Causes[0]}
		}
		// spctl's verdict beside the alert says Developer ID without a
		// notarization (an app's or a disk image's own): that is the cause.
		if reUnnotarizedShown.MatchString(c.All) && !reAdhocShown.MatchString(c.All) {
			return []string{causeDamagedUnnotarized}
		}
		// The signature shown is ad hoc: nothing Gatekeeper can check. So
		// too where the paste says the build is unsigned, clears the
		// quarantine to open it, or names an arm64 build with no sign of a
		// Developer ID signature.
		if reAdhocShown.MatchString(c.All) || reDamagedUnsigned.MatchString(c.All) ||
			reDamagedArm64.MatchString(c.All) && !reDeveloperIDShown.MatchString(c.All) {
			return []string{causeDamagedAdhoc}
		}
		return nil
	})
	rule("text-gatekeeper-unverified", func(near, all string) bool {
		// "An unknown developer warning" retold is Android's and Windows'
		// too: read it where the paste names no other system, or a Mac.
		if reDeveloperWarningRetold.MatchString(near) && reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all) {
			return true
		}
		// The same retold or translated about another system or a browser
		// where nothing names a Mac or Apple; Kubernetes' Gatekeeper; a
		// Mac's Screen Time; a certificate or network macOS did not verify.
		if reUnverifiedRetold.MatchString(near) && (reOtherPlatform.MatchString(all) || reBrowserAddOn.MatchString(all)) && !appleOrMacNamed(all) ||
			(reTriggeringGatekeeper.MatchString(near) || reGatekeeperActs.MatchString(near)) && reKubernetesGatekeeper.MatchString(all) ||
			reRightClickOpenFails.MatchString(near) && (!reMacNamed.MatchString(all) || !reRightClickAppContext.MatchString(all)) ||
			reMacRefusedOtherwise.MatchString(near) || reNotAppUnverified.MatchString(near) ||
			reMalwareCheckRetold.MatchString(near) && reMalwareScanner.MatchString(all) && !appleOrMacNamed(all) {
			return true
		}
		// spctl's reason in parentheses that is codesign's own (a seal
		// broken, contents it cannot seal): the signature failed before
		// notarization was looked at, and that reason's entry explains it.
		if reSpctlSealReason.MatchString(near) || otherSystemOnly(all) {
			return true
		}
		// An app allowed in Privacy & Security is Gatekeeper's override
		// only where the app then does not open and no privacy permission
		// (camera, screen recording, full disk access) is the subject.
		if reOverrideTold.MatchString(near) && (!reAppNotOpening.MatchString(all) || rePrivacyPane.MatchString(near)) {
			return true
		}
		// spctl's execute assessment of Apple's own command-line tools
		// (origin=Software Signing): not an app, and not the paste's code.
		if reSpctlAppleOwnTool.MatchString(all) {
			return true
		}
		// "Recognized as possibly malware" is an antivirus's verdict as
		// much as Gatekeeper's: read it only where a Mac is named and no
		// scanner is.
		if rePossiblyMalware.MatchString(near) && (!reMacNamed.MatchString(all) || reMalwareScanner.MatchString(all)) {
			return true
		}
		// "Apple could not verify" an account, a purchase or a device is
		// not the alert's verdict on an app.
		if reAppleVerifiedNotApp.MatchString(near) {
			return true
		}
		return reSpctlAccepted.MatchString(near) && !strings.Contains(near, "rejected")
	}, func(c leadContext) []string {
		// The app said to be notarized but not stapled, and nothing says
		// it was not notarized: Gatekeeper had to fetch the ticket online.
		if reNotStapledSaid.MatchString(c.All) && !reNotNotarizedSaid.MatchString(c.All) {
			return Lookup("text-gatekeeper-unverified").Causes[3:4]
		}
		if reSystemPolicyLoad.MatchString(c.Near) {
			return []string{"A library the program loads is quarantined (it came in a download: a .zip, .tar.gz or installer that kept the com.apple.quarantine attribute) and is not notarized, so the system policy refuses to load it; the same bytes built on this Mac load, because local builds carry no quarantine. To ship it, sign every library with Developer ID and notarize the archive; to run a download you trust, remove the attribute: `xattr -dr com.apple.quarantine <folder>`."}
		}
		if reNoUsableSignature.MatchString(c.All) && (reAdhocShown.MatchString(c.All) || reAdhocSaid.MatchString(c.All)) {
			return []string{"Gatekeeper found no usable signature: the code is signed ad hoc (flags adhoc, often linker-signed), which carries no identity Gatekeeper can check, so it is judged as unsigned. Sign it with a Developer ID Application certificate and notarize it."}
		}
		if reSignedDevelopment.MatchString(c.All) {
			return []string{causeGatekeeperDevelopment}
		}
		if reNotarizedRejected.MatchString(c.All) {
			return []string{"The app is signed with Developer ID and notarized (source=Notarized Developer ID), so it was refused by this Mac's policy, not for its signature: Gatekeeper is set to allow apps from the App Store only (System Settings > Privacy & Security), or a configuration profile (MDM) restricts it. Allow identified developers, or ask the Mac's administrator."}
		}
		return nil
	})
	// An app "marked as malware" on a Mac by a scanning service, a browser
	// or researchers is their verdict, not XProtect's alert, unless the
	// alert's own words are pasted too.
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return reMalwareVerdictElsewhere.MatchString(near) && !reXProtectAlertWords.MatchString(all)
	})
	// Installer's second sentence alone is any package manager's words:
	// Apple's where the paste names its alert or Apple.
	// A package signed for the Mac App Store is a fault only where the
	// paste says an install failed, and not in an App Store upload.
	rule("text-pkg-signature-invalid", func(near, all string) bool {
		// AutoPkg's "all verification" was an app's failure too in older
		// versions (autopkg/recipes issue 158): there the log shows the app.
		if reAutoPkgPkgCheck.MatchString(near) && reAutoPkgAppChecked.MatchString(all) {
			return true
		}
		if reMASInstallerSigned.MatchString(near) && !reDigitalSignatureInvalid.MatchString(all) && (!reInstallFailedSaid.MatchString(all) || reAppStoreUploadSaid.MatchString(all)) {
			return true
		}
		return !reDigitalSignatureInvalid.MatchString(all) && !reAppleSigningContext.MatchString(all) ||
			reOtherPlatform.MatchString(all) && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		if reMASInstallerSigned.MatchString(c.All) {
			return []string{causeMASInstallerIdentity}
		}
		if reReferencedPackages.MatchString(c.All) {
			return Lookup("text-pkg-signature-invalid").Causes[2:3]
		}
		if reAutoPkgPkgCheck.MatchString(c.All) {
			return []string{autoPkgPkgLead}
		}
		if reOldOSX.MatchString(c.All) {
			return Lookup("text-pkg-signature-invalid").Causes[1:2]
		}
		return nil
	})
}

// reAutoPkgPkgCheck: AutoPkg's CodeSignatureVerifier refusing a package.
var (
	reAutoPkgPkgCheck   = lazyCompile(`Code signature verification failed\. Note that all verification can be disabled`)
	reAutoPkgAppChecked = lazyCompile(`CodeSignatureVerifier: (?:Verifying code signature\.\.\.|/[^:]{1,300}?\.app:)`)
)

const autoPkgPkgLead = "AutoPkg's CodeSignatureVerifier ran `pkgutil --check-signature` on the downloaded package and it failed: the vendor's package is unsigned (Status: no signature), signed with a certificate that expired without a timestamp or that the Mac does not trust, or the download is damaged or not the package. Run the recipe with -vv to see pkgutil's Status line, or run `pkgutil --check-signature` on the cached download; disable the check only for a vendor you have confirmed."

var (
	// rePossiblyMalware: an app said to be recognised or flagged as
	// possibly malware, Gatekeeper's verdict retold as a hedge.
	rePossiblyMalware = lazyCompile(`(?i)\b(?:recogni[sz]ed|detected|identified|flagged|marked|seen|treated|considered)\s(?:as|are|is)\s(?:an?\s)?(?:possib\w{0,3}ly|possible|potential(?:ly)?)\s(?:an?\s)?malware\b`)
	// reSignAppForDamaged: signing the app told as the way past its
	// "damaged" verdict ("I needed to manually sign the app since the
	// latest release says that the app is damaged"), of an app no other
	// platform is named for (checked before).
	reSignAppForDamaged = lazyCompile(`(?i)\b(?:re-?)?sign(?:ed|ing)? (?:the|this|my) app\b[^.\n]{0,80}?\bdamaged\b|\bdamaged\b[^.\n]{0,80}?\b(?:re-?)?sign(?:ed|ing)? (?:the|this|my) app\b`)
	// reCorruptTrashRetold: Gatekeeper's "damaged" alert and its advice
	// retold with "corrupt".
	// reDamagedBinRetold: the damaged alert's advice translated back
	// ("drop it in the recycling bin", "put it in the bin"), which a game
	// says of its save file too; reDamagedAlertWords: the alert's own
	// English advice.
	reDamagedBinRetold   = lazyCompile(`(?i)\b(?:drop|drops|drag|drags)\b (?:it )?(?:to|in|into) (?:the )?(?:trash|bin)\b|\b(?:put|puts|throw|throws)\b (?:it )?(?:in|into) (?:the )?bin\b|\brecycl(?:e|ing) bin\b`)
	reDamagedAlertWords  = lazyCompile(`(?i)\bYou should (?:move|eject)\b`)
	reCorruptTrashRetold = lazyCompile(`(?i)\bcorrupt(?:ed)?\b[^.\n]{0,40}?\b(?:asks?|asking|tells?|telling|says?|saying|wants?|suggests?)\b (?:me |you |us )?to (?:move|send|put|throw|drag)\b[^.\n]{0,20}?\b(?:trash|bin)\b`)
	// reMalwareScanner: an antivirus or scanning service, whose verdict
	// the same words may be.
	// reMalwareCheckRetold: "can't check if it's malicious", the words an
	// antivirus or a scanner uses too.
	reMalwareCheckRetold = lazyCompile(`(?i)\b(?:can(?:no|['’])?t|could(?:n['’]t| not)|unable to|not able to) (?:be )?check(?:ed)?\b[^.\n]{0,30}?\bmalicious\b`)
	reMalwareScanner     = lazyCompile(`(?i)\bantivirus\b|\banti-virus\b|\bDefender\b|VirusTotal|\bNorton\b|\bAvast\b|Malwarebytes|\bMcAfee\b|\bSophos\b|\bKaspersky\b|\bBitdefender\b|\bscanner\b|\bAV\b`)
	reMASInstallerSigned = lazyCompile(`(?i)\bsigned\b[^\n]{0,80}?\bwith (?:the |a |an |my |our )?["“'‘]?(?:3rd Party Mac Developer Installer|Mac Installer Distribution)\b`)
	reInstallFailedSaid  = lazyCompile(`(?i)\binstall\w*\b[^\n]{0,80}?\b(?:fail\w*|error|refus\w*|reject\w*)|\b(?:fail\w*|error|refus\w*|reject\w*)\b[^\n]{0,40}?\binstall`)
	reAppStoreUploadSaid = lazyCompile(`(?i)App Store Connect|\baltool\b|\bTransporter\b|\bITMS-\d|\bupload`)
)

// causeDamagedUnnotarized: the damaged alert on a Developer ID download
// that was never notarized, as spctl says beside it.
const causeDamagedUnnotarized = "It is signed with Developer ID but not notarized (spctl: source=Unnotarized Developer ID); a disk image wrapping a notarized app is a separate item and needs its own notarization and stapled ticket."

var (
	// reUnnotarizedShown: spctl's verdict on code not notarized.
	reUnnotarizedShown = lazyCompile(`\bUnnotarized Developer ID\b`)
	// reNotStapledSaid: the ticket said to be missing from the download
	// (stapler's words, or "notarized ... but not stapled");
	// reNotNotarizedSaid: the download said not to be notarized at all.
	reNotStapledSaid   = lazyCompile(`(?i)ticket is not stapled|does not have a ticket stapled|\bnotari[sz]ed\b[^.\n]{0,60}?\bbut\s(?:\*\*|__|\*|_)?(?:not|never) (?:been )?stapled\b|\bnotari[sz]ed but unstapled\b`)
	reNotNotarizedSaid = lazyCompile(`(?i)\bUnnotari[sz]ed\b|\bnon-?notari[sz]ed\b|\b(?:not|never) (?:been )?notari[sz]ed\b`)
)

// reSpctlAppleOwnTool: spctl rejecting one of macOS's own tools, signed by
// Apple (origin=Software Signing) with a version 1 resource envelope.
var reSpctlAppleOwnTool = lazyCompile(`(?i)\brejected\s+source=obsolete resource envelope\s+origin=Software Signing\b`)

var (
	// reAppleVerifiedNotApp: what else Apple is said not to verify.
	reAppleVerifiedNotApp = lazyCompile(`(?i)\bApple (?:can'?t|cannot|can not|could not|couldn'?t) verify (?:(?:the|your|this|my|that) )?(?:Apple (?:ID|Account)|iCloud|Face ID|Touch ID|purchases?|receipts?|payments?|identity|account|subscriptions?|e-?mail|phone|card|server|certificate|password|code|iPhone|iPad|device|request|link|sign-?in|log-?in)\b`)
	// reMalwareVerdictElsewhere: a scanning service, a browser or
	// researchers giving the verdict; reXProtectAlertWords: the alert's own.
	reMalwareVerdictElsewhere = lazyCompile(`(?i)\bVirusTotal\b|\b(?:Chrome|Firefox|Brave|Opera|Edge|browser)\b[^.\n]{0,30}?\b(?:flag|mark|block)|\bresearchers?\b|\banalysts?\b`)
	reBinaryFlaggedMalware    = lazyCompile(`(?i)\b(?:server|binary|executable|extension|plug-?in|CLI) (?:is|was|gets|got|has been|is being) (?:flagged|marked) as (?:a )?malware\b`)
	reFlaggedByScanner        = lazyCompile(`(?i)\bVirusTotal\b|\bantivirus\b|\banti-virus\b|\bDefender\b|\bSmartScreen\b|\bChrome\b|\bbrowser\b|\bEDR\b|\bCrowdStrike\b|\bSentinelOne\b`)
	reXProtectAlertWords      = lazyCompile(`(?i)\bXProtect\b|will damage your computer|contains? malware\. This action did not|Malware Blocked|Report malware to Apple`)
)

// overrideTriedOpen and appAllowedInSecurity: Gatekeeper's override in
// Privacy & Security told as done, the app still not opening (the second
// read only where the paste says so, reAppNotOpening); rePrivacyPane: a
// privacy permission's pane, where apps are allowed too.
const (
	overrideTriedOpen    = `\b(?:despite|even (?:with|after))\b[^.\n]{0,30}?\b(?:privacy|security)\b[^.\n]{0,20}?\boverride\b(?:[^.\n]|\.\d){0,80}?\b(?:apps?|application|version|mac ?os|mac)\b(?:[^.\n]|\.\d){0,60}?\b(?:open|launch|run)\b`
	appAllowedInSecurity = `\b(?:was|is|been|were|are) (?:authori[sz]ed|allowed|approved|whitelisted) in (?:the )?(?:security (?:settings?|preferences)|(?:security (?:&|and) privacy|privacy (?:&|and) security)(?: settings?| preferences| panel| pane)?)\b`
)

var (
	reOverrideTold  = lazyCompile(`(?i)` + overrideTriedOpen + `|` + appAllowedInSecurity)
	reAppNotOpening = lazyCompile(`(?i)\b(?:can ?not|can['’]?t|won['’]?t|will not|does not|doesn['’]?t|did not|didn['’]?t|unable to|fails? to|not allow\b[^.\n]{0,60}?\bto)\s+(?:be )?(?:open|opened|launch|launched|start|run|install|installed)\b`)
	rePrivacyPane   = lazyCompile(`(?i)\b(?:camera|microphone|screen recording|screen & system audio|full disk access|accessibility|input monitoring|location services|contacts|calendars|reminders|photos|files and folders|automation|bluetooth|local network)\b|(?:>|→|->)\s*(?:privacy|security)`)
)

var (
	reMacSaysBroken = lazyCompile(`(?i)\b(?:mac ?os|os x|gatekeeper)\b[^.\n]{0,20}?\b(?:claims?|says|reports?|thinks)\b[^.\n]{0,30}?\bbroken\b`)
	// reSignedInRS: signing in to an account, no code signed.
	reSignedInRS           = lazyCompile(`(?i)\bsign(?:ed|ing) (?:in|into|out|up)\b`)
	reSigningOrNotaryWords = lazyCompile(`(?i)notari[sz]|\b(?:un)?sign(?:ed|ing|ature)\b|\bgatekeeper\b|\bquarantin|\bunidentified developer\b|\bcodesign`)
)
