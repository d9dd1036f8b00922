package text

import "strings"

// reSysextManagedPolicy: a paste saying the Mac is managed (MDM, a
// System Extensions profile, the company's security settings) or
// quoting sysextd's allow-list refusal.
var reSysextManagedPolicy = lazyCompile(`(?i)not in the list of allowed extensions|\bis: Deny\b|\bMDM\b|system-extension-policy|\bAllowedTeamIdentifiers\b|\bmanaged by (?:my|our|the|your|an?) (?:organi[sz]ation|company|employer|IT)\b|\b(?:my|our) (?:company|employer|organi[sz]ation|IT department)\b|\b(?:company|corporate|work)[- ]managed\b`)

// reSysextMachServiceName: sysextd's refusal of an extension's Mach
// service name, or a paste placing the failure there.
var reSysextMachServiceName = lazyCompile(`(?i)invalid mach service name|prefixed with one of the App Groups in the entitlement|(?:CMIOExtension|NE)MachServiceName\b[^\n]{0,80}\b(?:won't|doesn't|does not|didn't) work`)

// What a paste about SMAppService shows of its refusal: the app without a
// signature of a team (said, or shown by codesign), the item switched off
// by the user, a registration left over, a sandboxed app's daemon.
var (
	reSMNotFoundOnly = lazyCompile(`(?i)\.notFound\b`)
	reSMRefusalWords = lazyCompile(`(?i)SMAppServiceErrorDomain|Operation not permitted`)
	reSMUnsigned     = lazyCompile(`(?i)\bunsigned\b|\bnot (?:code[- ]?)?signed\b|\b(?:no|without) (?:local |code[- ]?)?signing\b|\bad[- ]?hoc\b|Signature=adhoc|TeamIdentifier=not set|\bnot notari[sz]ed\b|\btranslocat|没有签名|未签名|没有签名公证`)
	reSMApproval     = lazyCompile(`(?i)requires ?approval|requiresApproval|\bstatus:? 2\b|Login Items (?:&|and) Extensions`)
	reSMLeftOver     = lazyCompile(`(?i)\bunregist(?:er|ering|ered)\b|change of certificate|certificate (?:changed|change)|launchctl bootout|SMJobBless`)
	reSMSandboxed    = lazyCompile(`(?i)\bsandbox(?:ed|ing)?\b`)
	reSMLaunchDaemon = lazyCompile(`(?i)LaunchDaemon|\bdaemon\b`)
)

// reNoCMSBlob: AMFI's words for code whose signature has no CMS blob, that
// is no certificate chain (ad hoc signed).
var reNoCMSBlob = lazyCompile(`AMFI: '[^'\n]{1,300}' has no CMS blob\?`)

const causeNoCMSBlob = "The code is signed ad hoc: AMFI found no CMS blob (no certificate chain) where this launch needs a signature from a team — a downloaded app, or a daemon or agent launchd bootstraps on current macOS. Sign it with your Developer ID Application identity (and notarize it)."

// The context rules of the launch entries (catalogue_launch.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	rule("text-killed-at-launch", func(near, all string) bool {
		// "macOS never kills unsigned binaries" says what does not happen.
		if reKillPolicyNegated.MatchString(near) && !reKillInPaste.MatchString(all) {
			return true
		}
		return reBuildKill.MatchString(near) && !reSignatureShown.MatchString(near) && !reResignCuredKill.MatchString(all) || reLongRunning.MatchString(all) ||
			(reInterpreterKill.MatchString(near) || reMemoryKill.MatchString(all) || reProgressBeforeKill.MatchString(all)) && !reSigningContext.MatchString(all) ||
			otherSystemOnly(all)
	}, func(c leadContext) []string {
		switch {
		case strings.Contains(c.All, "code or signature have been modified") || reUpdatedInPlace.MatchString(c.All):
			// Modified, or copied over the running binary in place.
			return []string{causeKilledModified}
		case strings.Contains(c.All, "code object is not signed at all") || reKilledUnsignedShown.MatchString(c.All):
			return []string{causeKilledUnsigned}
		case reInvalidPage.MatchString(c.All):
			// The kernel's invalid-page kill next to it: a file changed after signing.
			return []string{Lookup("text-killed-at-launch").Causes[1]}
		case strings.Contains(c.All, "Bad executable (or shared library)"):
			// EBADEXEC: the kernel's loader refused the file's Mach-O layout,
			// as after a packer (upx) or strip rewrote it.
			return []string{causeKilledModified}
		case reLinkerSignedShown.MatchString(c.All):
			// A linker's signature holds no entitlements; killed, it was
			// most often broken by bytes added after linking (a bundler
			// appending its payload, strip, install_name_tool).
			return []string{causeKilledModified}
		case reIOSDeviceShell.MatchString(c.All):
			// Killed at a shell on the device itself: a jailbroken iPhone
			// or iPad, where a binary built or copied there is most often
			// not signed at all.
			return []string{causeKilledUnsignedIOS}
		}
		return nil
	})
	// A script that is not executable is no code-signing matter; an
	// executable inside an app, or one the paste places in Apple code
	// signing, is.
	rule("text-exec-permission-denied", func(near, all string) bool {
		return !strings.Contains(near, ".app/") && !reAppleSigningContext.MatchString(all)
	}, nil)
	// An iOS device's kill in executable memory the app allocated is code
	// written at run time, which only a debugged app may run.
	// A program's code signature called invalid is Apple's where the paste
	// places it in Apple code or a kernel log (Windows signs programs too).
	rule("text-code-signature-invalid", func(near, all string) bool {
		// An extension's activation refused for its signature is not a kill.
		if reExtensionInstallSignatureInvalid.MatchString(near) {
			return true
		}
		return (reProgramSignatureInvalid.MatchString(near) || reSignatureOnFileInvalid.MatchString(near) && otherSystemOnly(all) && !reAMFIWords.MatchString(all)) &&
			!reAppleSigningContext.MatchString(all) && !reKernelLogNamed.MatchString(all)
	}, func(c leadContext) []string {
		if reExecSegMainBinaryMissing.MatchString(c.All) {
			return []string{causeExecSegMainBinaryMissing}
		}
		if reIOSDeviceCrash.MatchString(c.All) && reAnonymousExecRegion.MatchString(c.All) {
			return []string{iosJITWithoutDebugger}
		}
		if reInvalidPage.MatchString(c.All) && reNestedNamed.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[3]}
		}
		if reInvalidPage.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[2]}
		}
		if reDyldBadSignature.MatchString(c.Near) {
			return []string{Lookup("text-code-signature-invalid").Causes[3]}
		}
		if reFirstPageOfLibrary.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[3]}
		}
		if reUpdatedInPlace.MatchString(c.All) || reDylibSignatureInvalid.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[2]}
		}
		// amfid's -423: the signature is ad hoc, or from a certificate
		// chain macOS does not trust, where this launch needs a trusted one.
		if reAMFIAdhocOrUnknownChain.MatchString(c.All) {
			return []string{"The code is signed ad hoc (or by a certificate macOS does not trust) and this launch needs a trusted signature: a copy re-signed with `codesign -s -` keeps running only where nothing more is asked of it; amfid refuses it when it claims restricted entitlements, is started under a debugger or policy that requires a real identity. Sign it with Apple Development for local runs or Developer ID for others (`codesign --force --options runtime --sign \"Developer ID Application: NAME (TEAMID)\" PATH`)."}
		}
		// amfid's -420 names the file whose own signature did not
		// validate (its hashes no longer match), before any entitlement
		// check.
		if reAMFIFileSignatureInvalid.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[2]}
		}
		// A launch kill beside a restricted entitlement (one only a
		// profile can grant) the paste names: nothing authorises it.
		if reRestrictedEntitlementNamed.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[1]}
		}
		// launchd refusing a job's program: its signature no longer
		// validates, unless the paste names entitlements or a constraint.
		if (strings.Contains(c.All, "OS_REASON_CODESIGNING") || strings.Contains(c.All, "validating its signature failed")) && !reLaunchdOtherReason.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[2]}
		}
		// Ad hoc re-signing told as the cure: a step after the linker
		// signed it (a deploy tool rewriting load paths) broke the seal.
		if reAdhocResignEnough.MatchString(c.All) {
			return []string{Lookup("text-code-signature-invalid").Causes[2]}
		}
		return nil
	})
	// AppleSystemPolicy refuses apps too (Gatekeeper): a system
	// extension's refusal only where the paste is about one.
	rule("text-system-extension-rejected", func(near, all string) bool {
		return strings.Contains(near, "would not allow process") && !reSystemExtensionContext.MatchString(all) ||
			// Karabiner's "Activation was failed" is also how other
			// programs word a licence or product key not activated.
			strings.Contains(near, "ctivation was failed") && (reOtherPlatform.MatchString(all) || reOtherSystemNamed.MatchString(all)) && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		causes := Lookup("text-system-extension-rejected").Causes
		// Apple's headers capitalise the names, Swift does not.
		near := strings.ToLower(c.Near)
		switch {
		case reSysextMachServiceName.MatchString(c.All):
			return causes[4:5]
		case strings.Contains(near, "forbiddenbysystempolicy"):
			return causes[3:4]
		case strings.Contains(near, "validationfailed"):
			return causes[1:2]
		case strings.Contains(near, "missingentitlement"):
			return causes[2:3]
		case strings.Contains(c.Near, "cannot allow apps outside /Applications"):
			return []string{causeSysextNoPolicy}
		case reSysextManagedPolicy.MatchString(c.All):
			return causes[3:4]
		}
		for _, code := range valuesOf(c.Values, "code") {
			switch code {
			case "9":
				return causes[1:2]
			case "2":
				return causes[2:3]
			case "10":
				return causes[3:4]
			}
		}
		if strings.Contains(c.Near, "extension failed to validate!") {
			return []string{"sysextd's own check failed ('extension failed to validate! uninstalling'): the extension does not satisfy its requirement or its notarization could not be confirmed on this Mac; if the same build activates on another Mac, look at this Mac's notarization check (syspolicyd logging 'Unable to parse ticket') rather than the signature."}
		}
		return nil
	})
	// systemextensionsctl's state names a system extension, not a kext.
	rule("text-kext-not-approved", nil, func(c leadContext) []string {
		if strings.Contains(c.Near, "activated waiting for user") {
			return Lookup("text-kext-not-approved").Causes[4:5]
		}
		return nil
	})
	rule("text-kext-not-loaded", nil, func(c leadContext) []string {
		if strings.Contains(strings.ToLower(c.All), "bad code signature") {
			return Lookup("text-kext-not-loaded").Causes[1:2]
		}
		return nil
	})
	rule("text-library-not-loaded", nil, func(c leadContext) []string {
		if reDyldBadSignature.MatchString(c.All) || reNotValidForProcess.MatchString(c.All) {
			return []string{Lookup("text-library-not-loaded").Causes[1]}
		}
		return nil
	})
	rule("text-embedded-profile-invalid", nil, func(c leadContext) []string {
		if reProductionProfile.MatchString(c.Near) {
			return []string{"The embedded profile is a distribution (App Store) one: macOS accepts only development profiles for code run outside the App Store (CPProfileManager -215). A local or mas-dev build needs a Mac development profile and a development certificate; the store build runs once installed from TestFlight or the App Store."}
		}
		return nil
	})
	rule("text-sandbox-inheritance", nil, func(c leadContext) []string {
		if reLoginItem.MatchString(c.Near) {
			return []string{"A login item (Contents/Library/LoginItems) is started by launchd, never by the app, so it cannot inherit a sandbox: sign it with com.apple.security.app-sandbox and without com.apple.security.inherit."}
		}
		return nil
	})
	rule("text-app-management-denied", nil, func(c leadContext) []string {
		if reGoPathOpDenied.MatchString(c.Near) {
			return []string{"An installer changing a signed app bundle it has put in place (an agent's .app under /Library) is refused like an updater: only code of the app's team, or a process with the App Management permission, may modify it."}
		}
		if reSameSigner.MatchString(c.All) {
			return []string{"Same team, still denied: App Management judges the responsible process, not only the updater's signature. An updater started from Terminal or a script is judged as Terminal (which has no App Management permission); started by launchd (a LaunchAgent/LaunchDaemon or the app itself) it is judged as itself. And the app being updated must allow it: an NSUpdateSecurityPolicy in its Info.plist lists the updater (AllowProcesses: team ID and signing identifier), which is how an updater of the same team is let in once the app has run."}
		}
		return nil
	})
	// SMAppService's status notFound alone is also what a signed app reads
	// before it first registers: it is the refusal only where the paste
	// says the app has no signature of a team.
	rule("text-login-item-register-failed", func(near, all string) bool {
		return reSMNotFoundOnly.MatchString(near) && !reSMRefusalWords.MatchString(near) && !reSMUnsigned.MatchString(all)
	}, func(c leadContext) []string {
		causes := Lookup("text-login-item-register-failed").Causes
		switch {
		case reSMInvalidSignature.MatchString(c.All):
			return []string{causes[4]}
		case reSMUnsigned.MatchString(c.All):
			return []string{causes[0]}
		case reSMSandboxed.MatchString(c.All) && reSMLaunchDaemon.MatchString(c.All):
			return []string{causes[3]}
		case reSMApproval.MatchString(c.All):
			return []string{causes[1]}
		case reSMLeftOver.MatchString(c.All):
			return []string{causes[2]}
		}
		return nil
	})
	// Apple's Developer ID requirement looks for the intermediate's marker
	// on certificate 1; on the root no code can satisfy it.
	// AMFI names an ad hoc signature it refused: iOS runs ad hoc code only
	// from a trust cache. Otherwise the entitlement it names leads.
	rule("text-kernel-signature-rejected", nil, func(c leadContext) []string {
		// amfid's verdict beside the kernel's error: the signature itself
		// no longer validates, whatever entitlements the code has.
		if reAmfidNotValid.MatchString(c.All) {
			return []string{Lookup("text-kernel-signature-rejected").Causes[1]}
		}
		// No CMS blob: the code is signed ad hoc (no certificate chain)
		// where this launch needs a team's signature, as launchd asks of
		// a daemon or agent it bootstraps on current macOS.
		if reNoCMSBlob.MatchString(c.All) {
			return []string{causeNoCMSBlob}
		}
		// A binary copied over the one still running: the file no longer
		// matches the signature the kernel holds for it.
		if reUpdatedInPlace.MatchString(c.All) {
			return []string{Lookup("text-kernel-signature-rejected").Causes[1]}
		}
		if reAMFIAdhoc.MatchString(c.All) {
			return []string{"The code is signed ad hoc, and iOS runs ad hoc code only when its CDHash is in a trust cache (which a jailbreak fills from its own signing tool, ldid). Sign it with a development identity and a profile; on a jailbroken device, with the jailbreak's tool (`ldid -Sentitlements.xml binary`)."}
		}
		// CoreTrust's verdict with no entitlement named: the certificates
		// in the signature, not what the code claims.
		if reCoreTrustIssue.MatchString(c.All) && !strings.Contains(c.All, "disallowed without") {
			return []string{causeCoreTrustRefused}
		}
		return entitlementLeads(c.Values)
	})
	// Error -47 (fBsyErr) is a file in use: the alert then speaks of a
	// busy file, not of the app's signature. So is -10825
	// (kLSIncompatibleSystemVersionErr) an app that needs a newer macOS.
	rule("text-app-cant-be-opened", func(near, all string) bool {
		return reFileBusy.MatchString(all) || reIncompatibleSystemVersion.MatchString(all) || otherSystemOnly(all)
	}, func(c leadContext) []string {
		if reLaunchd153.MatchString(c.Near) || reLaunchd153Code.MatchString(c.All) || reAMFIRejected.MatchString(c.All) {
			return []string{"An entitlement or the embedded profile was rejected when launchd started it (POSIX error 153 or 163): the app claims restricted entitlements its embedded profile does not authorise for this signature. See the taskgated-helper and amfid lines in the log (`log show --last 5m --predicate 'process == \"taskgated-helper\" or process == \"amfid\"'`)."}
		}
		return nil
	})
	rule("text-hardened-runtime-exception", skipRuntimeException, leadRuntimeException)
	// dtrace's refusal names SIP's protection of Apple's code.
	rule("text-debugger-attach-denied", nil, func(c leadContext) []string {
		if strings.Contains(c.All, "dtrace cannot control executables signed with restricted entitlements") {
			return []string{Lookup("text-debugger-attach-denied").Causes[1]}
		}
		return nil
	})
	rule("text-privacy-access-refused", skipPrivacyGrantOn, leadPrivacyAccess)
	// The kill retold in prose counts only where the paste reports a
	// launch refused; a restricted entitlement explained ("the executable
	// might claim restricted entitlements") is no failure.
	rule("text-unsatisfied-entitlements", func(near, all string) bool {
		return reUnsatisfiedRetold.MatchString(near) && !reAppleUnsatisfiedLog.MatchString(near) && (!reLaunchRefusedSaid.MatchString(all) || reRestrictedHypothetical.MatchString(near)) ||
			reNoMatchingProfileBare.MatchString(near) && !reAMFIWords.MatchString(all) && !appleOrMacNamed(all)
	}, nil)
	// A launchd daemon or agent of one's own, not Apple's code moved.
	rule("text-launch-constraint", nil, func(c leadContext) []string {
		if reLaunchdJob.MatchString(c.All) {
			return []string{Lookup("text-launch-constraint").Causes[1]}
		}
		// A crash report naming a process that is not Apple's: its own
		// (or its vendor's) constraint, not Apple's code moved.
		if m := reCrashIdentifier.FindStringSubmatch(c.All); m != nil && !strings.HasPrefix(m[1]+m[2], "com.apple.") {
			return []string{Lookup("text-launch-constraint").Causes[1]}
		}
		return nil
	})
	// A script run by an interpreter: the entitlement given to the
	// interpreter's stub is not on the process that runs.
	rule("text-virtualization-entitlement-missing", nil, func(c leadContext) []string {
		if rePythonInterpreter.MatchString(c.All) {
			return []string{causeVMOtherExecutable}
		}
		return nil
	})
	// macOS asks the same about any other app's container (Full Disk
	// Access for a script run by launchd, a terminal reading other apps'
	// files): app groups make it this, or an app asked about itself each
	// time it is launched or updated, with no such tool in the paste.
	rule("text-app-group-prefix", func(near, all string) bool {
		if !reOtherAppsData.MatchString(near) || reAppGroupWords.MatchString(all) {
			return false
		}
		return reOtherAppsTool.MatchString(all) || !reOwnLaunchPrompt.MatchString(all)
	}, nil)
}

var (
	// reProgressBeforeKill: a program's own progress just before the kill
	// (loading, reading or processing what it names by a file, a variable
	// or a number): it ran, so
	// it was not refused at launch (a script killed for memory), nor was
	// the same kill quoted elsewhere in the paste.
	reProgressBeforeKill = lazyCompile(`(?i)\b(?:load(?:s|ing|ed)?|reading|processing|training|computing|calculating|epoch|iteration|batch)\b:?(?: \S+){0,2}? \S*[_./\d]\S* [>*_']*(?:Killed(?:: ?9)?|(?:zsh|bash|sh): killed)\b`)
	// reKilledUnsignedShown: the paste says the killed program is unsigned.
	reKilledUnsignedShown = lazyCompile(`(?i)(?:^|[^-\w])unsigned(?:$|[^-\w])|\b(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|never) (?:been )?(?:code[- ]?)?signed\b`)
)

// reSMInvalidSignature: ServiceManagement's invalid-signature error
// (kSMErrorInvalidSignature, 3) for the item itself.
var reSMInvalidSignature = lazyCompile(`SMAppServiceErrorDomain(?: Code=| error )3\b`)

// reCoreTrustIssue: AMFI reporting that CoreTrust refused the signature.
var reCoreTrustIssue = lazyCompile(`(?i)\bUnrecoverable CT signature issue\b`)

// reIOSDeviceShell: a shell prompt on an iPhone, iPad or iPod touch
// ("iPhone:~ root#", "iPod-touch:/var/mobile root#", "mobile@iPhone-X:
// ~$"), which only a jailbroken device has.
var reIOSDeviceShell = lazyCompile(`(?:^|\s)(?:(?:root|mobile)@)?i(?:Phone|Pad|Pod)[A-Za-z0-9_-]{0,30}:\s?[~/][^\s#$%]{0,120}\s?(?:(?:root|mobile)\s?)?[#$]`)

// causeKilledUnsignedIOS: iOS runs no unsigned code, even jailbroken; a
// jailbreak accepts the pseudo-signature ldid writes.
const causeKilledUnsignedIOS = "On a jailbroken iPhone or iPad the binary is unsigned, or was copied over an older one whose signature the kernel still remembers: iOS runs no unsigned code, and a jailbreak accepts the pseudo-signature its own tool writes. Sign it on the device with `ldid -S BINARY` (`ldid -Sentitlements.xml BINARY` for entitlements), and replace a binary by deleting it first, not by copying over it."

var (
	// reKillPolicyNegated: a kill policy denied ("never kills", "no longer
	// kills unsigned binaries").
	reKillPolicyNegated = lazyCompile(`(?i)\b(?:never|no longer|not|n['’]t) (?:\w+ )?(?:kills?|killed|SIGKILLs?) (?:the |any |all )?(?:unsigned|ad[- ]hoc)`)
	// reKillInPaste: a process actually killed in the paste.
	// reResignCuredKill: a kill under npm or a build tool that an ad hoc
	// re-signing cured ("Re-signing fixes it", "codesign -s - ./bin") was
	// the signature, not memory or the build.
	reResignCuredKill = lazyCompile(`(?i)\bre-?sign(?:ing|ed)? (?:it |the binary |the app )?(?:fix(?:es|ed)?|solve[sd]|resolve[sd]|cures?d?) (?:it|this|the (?:issue|problem|kill))\b|\bcodesign (?:(?:-f|--force|--deep)\s+)*(?:-s|--sign)\s+-\s`)
	reKillInPaste     = lazyCompile(`(?i)(?:zsh|bash|sh|fish): killed\b|\bKilled: ?9\b|\bexit(?:s|ed)?(?: with)?(?: code| status)? 137\b|\bCODESIGNING\b`)
)

// A main executable signed without the exec segment's main-binary flag.
const execSegMainBinaryMissing = `\b(?:without|missing|lacks?|lacking|needs|requires) (?:the )?[` + "`" + `'"]?CS_EXECSEG_MAIN_BINARY\b|\bCS_EXECSEG_MAIN_BINARY[` + "`" + `'"]? (?:is |was )?(?:missing|not set|cleared)\b`

var reExecSegMainBinaryMissing = lazyCompile(`(?i)` + execSegMainBinaryMissing)

const causeExecSegMainBinaryMissing = "The executable was re-signed without the main-binary flag in its code directory's executable segment (CS_EXECSEG_MAIN_BINARY, execSegFlags 0): an app extension is a program of its own and needs the flag like the app, and AMFI will not start a main executable without it. Re-sign with a signer that sets the flags of each executable it signs (codesign, or an updated re-signer), then compare with codesign -d -vvv."
