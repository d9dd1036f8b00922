package text

import "strings"

// What the rest of a paste says about the hardened runtime's refusals at
// run time: a JIT's failure to reserve memory is a ulimit on Linux unless
// the paste is about a Mac; an Apple event refused to someone else's app is
// the user's stored decision, not the signature.

var (
	reMacRuntime = lazyCompile(`(?i)hardened|notari[sz]|codesign|code ?sign|entitlement|\bmacOS\b|\bMac ?OS\b|darwin|Apple Silicon|\.app\b|Developer ID|EXC_BREAKPOINT|EXC_BAD_ACCESS|DiagnosticReports|\.dylib\b`)
	// reDeveloperContext: the paste is from someone who builds or signs the
	// app (or says no prompt appeared), so the signature is the suspect.
	reDeveloperContext = lazyCompile(`(?i)entitlement|hardened|codesign|code ?sign|\bsigned\b|notari[sz]|\bbuil[dt]|compil|Xcode|Info\.plist|prompt|my app|our app`)
	// reIOSDeviceCrash: a crash log from an iOS device (the form of its
	// code-signing kill, its hardware model or its OS version).
	reIOSDeviceCrash = lazyCompile(`SIGKILL - CODESIGNING|Hardware Model:\s+(?:iPhone|iPad|iPod)|OS Version:\s+(?:iPhone OS|iPadOS|iOS)\b|"os_version"\s*:\s*"(?:iPhone OS|iPadOS|iOS)\b`)
	// reAnonymousExecRegion: the crash log's faulting region is executable
	// memory the process allocated, not a mapped file (a JIT's code), as
	// VM_ALLOCATE or as memory its allocator tagged ("Memory Tag 255").
	reAnonymousExecRegion = lazyCompile(`--->\s+(?:VM_ALLOCATE|Memory Tag \d{1,3})\s+[0-9a-f]+-[0-9a-f]+\s+\[[^\]\n]{1,12}\]\s+r-x/rwx`)
)

const iosJITWithoutDebugger = "On an iOS device, code generated at run time (a JIT, as in Flutter's or React Native's debug builds) ran from memory the app wrote: iOS lets a third-party app execute such pages only while a debugger is attached. Start debug builds from Xcode or the framework's run command, or install a release (ahead-of-time compiled) build."

// The hardened runtime and its exception entitlements are macOS's; an iOS
// device's crash log is no hardened runtime refusal.
func skipRuntimeException(near, all string) bool {
	if reWorksOtherwise.MatchString(near) && !(reKillShown.MatchString(all) && reHardenedSigning.MatchString(all)) {
		return true
	}
	return !reMacRuntime.MatchString(all) || reIOSDeviceCrash.MatchString(all)
}

var (
	// reWorksOtherwise: the program said to run for its help or version,
	// so whatever stops it comes after it started.
	reWorksOtherwise = lazyCompile(`(?i)\b(?:doesn'?t|does not|didn'?t|did not) happen (?:on|with|for|when (?:running|calling))\s+\S{0,80}?\s?(?:-h|--help|--version)\b`)
	// reKillShown: the kernel's kill as a shell or a script reports it.
	reKillShown = lazyCompile(`(?i)\bSIGKILL\b|\bkilled\b|\bexit (?:code |status )?137\b`)
	// reHardenedSigning: signing that turns the hardened runtime on (quill
	// always does when it signs with a certificate).
	reHardenedSigning = lazyCompile(`(?i)\bquill sign\b|--options[ =]runtime\b|\s-o runtime\b|--code-signature-flags[ =]runtime\b|\bhardened[- ]runtime\b`)
)

func leadRuntimeException(c leadContext) []string {
	if strings.Contains(c.All, "DYLD_") || strings.Contains(c.All, "inserted library") {
		return Lookup("text-hardened-runtime-exception").Causes[2:3]
	}
	return nil
}

func leadPrivacyAccess(c leadContext) []string {
	causes := Lookup("text-privacy-access-refused").Causes
	if strings.Contains(c.All, "must contain an NS") {
		return causes[1:2]
	}
	if reGrantLost.MatchString(c.Near) || reGrantOn.MatchString(c.Near) || reGrantShownYetAskedRe.MatchString(c.Near) || reStaleGrant.MatchString(c.Near) || reAdhocNoGrantRe.MatchString(c.Near) {
		return causes[3:4]
	}
	if reHardenedNoDevice.MatchString(c.Near) {
		return nil
	}
	if strings.Contains(c.Near, "UsageDescription") {
		return causes[1:2]
	}
	if !strings.Contains(c.All, "requires entitlement") && !reDeveloperContext.MatchString(c.All) {
		return causes[2:3]
	}
	return nil
}

// reGrantLost: a privacy pane's grant lost after an update or a rebuild,
// which is the stored requirement, not a missing entitlement.
var reGrantLost = lazyCompile(`(?i)` + reGrantLostAfterUpdate + `|` + reGrantTiedToHash)

// reAdhocNoGrantRe: an ad hoc signature said to get no privacy grant, which
// is the requirement TCC stores (its cdhash), as for a lost grant.
var reAdhocNoGrantRe = lazyCompile(`(?i)` + reAdhocNoGrant)

// reGrantTiedToHashRe: a grant said to follow a hash each build changes.
var reGrantTiedToHashRe = lazyCompile(`(?i)` + reGrantTiedToHash)

// rePrivacyNamed: a privacy grant named beside TCC's own words.
var rePrivacyNamed = lazyCompile(`(?i)\bprivacy\b|\bmicrophone\b|\bcamera\b`)

var (
	reGrantOn = lazyCompile(`(?i)` + reGrantStillOn + `|` + reGrantAlreadyGiven)
	// reStaleGrant: tccd's or the user's words for a stored requirement the
	// rebuilt app no longer satisfies.
	reStaleGrant = lazyCompile(`(?i)Failed to match existing code requirement for subject|` + reStaleRequirement + `|CDHash[\s\S]{0,80}?不匹配`)
	// reHardenedNoDevice: the hardened runtime without a device entitlement.
	reHardenedNoDevice = lazyCompile(`(?i)` + reHardenedNoDeviceEntitlement)
	// reTCCWords: the paste is about a privacy grant (TCC).
	reTCCWords = lazyCompile(`(?i)\bTCC\b|tccd|kTCCService|Privacy & Security|Accessibility|Screen Recording|Full Disk Access|Input Monitoring|辅助功能`)
	// reLocalNetworkRefused: a connection to the local network refused.
	reLocalNetworkRefused = lazyCompile(`(?i)No route to host|\bblock(?:s|ed|ing)\b|\bdenied\b|\bfails?\b|never (?:asks|prompts)|\bmissing\b|not declared`)
	// reAppRebuilt: the app was rebuilt or signed ad hoc, so its
	// signature (and the requirement TCC stored) changed.
	reAppRebuilt = lazyCompile(`(?i)\bad[- ]?hoc\b|\bcdhash\b|\bcsreq\b|\bself-built\b|\bbuilt (?:the app|it|DMG|the DMG|from source)\b|\b(?:after|on|with) (?:any|each|every) (?:re)?build\b|\b(?:local|debug|dev|developer) (?:re)?builds?\b|\bexport(?:ed|ing)? (?:it )?as (?:an )?app\b`)
	// reAppUpdated: the app was updated, upgraded or rebuilt.
	reAppUpdated = lazyCompile(`(?i)\b(?:after|on|with|at|since|in|when) (?:each |every |an? |the |this )?(?:app |auto-?)?(?:[\w.-]{1,40} )?(?:update|updating|upgrade|upgrading|rebuild|rebuilding|new (?:build|version|release))\b`)
	// reOSUpdated: macOS itself was updated, which changes no app's
	// signature.
	reOSUpdated = lazyCompile(`(?i)\b(?:updat|upgrad)\w* (?:to )?(?:macOS|Mac ?OS|OS X|Sequoia|Sonoma|Ventura|Monterey|Tahoe|Big Sur)\b|\b(?:macOS|Sequoia|Sonoma|Tahoe) (?:update|upgrade)\b`)
	// rePrivacyRefusal: the refusal in tccd's or Apple events' own words.
	rePrivacyRefusal = lazyCompile(`(?i)kTCCService|-1743\b|errAEEventNotPermitted|Apple ?events|privacy-sensitive data`)
)

// A grant said to be on while the app is denied is the signature only where
// the app itself was updated or rebuilt (not macOS).
func skipPrivacyGrantOn(near, all string) bool {
	// Windows and Android have Screen Recording and Accessibility too.
	if (reGrantLost.MatchString(near) || reGrantOn.MatchString(near)) && reOtherPlatform.MatchString(all) && !appleOrMacNamed(all) {
		return true
	}
	// A grant tied to a code hash is TCC's only where a privacy grant is
	// named (a keychain item's access list is tied to one too).
	if reGrantTiedToHashRe.MatchString(near) && !reTCCWords.MatchString(all) && !rePrivacyNamed.MatchString(all) {
		return true
	}
	// A stored requirement that no longer matches is TCC's only where the
	// paste is about a privacy grant (a keychain ACL or an XPC peer check
	// has requirements too).
	if reStaleGrant.MatchString(near) && !reTCCWords.MatchString(all) {
		return true
	}
	// NSLocalNetworkUsageDescription named without a refusal is a change
	// that adds it.
	if strings.Contains(near, "NSLocalNetworkUsageDescription") && !reLocalNetworkRefused.MatchString(all) {
		return true
	}
	if !reGrantOn.MatchString(near) || reGrantLost.MatchString(near) || rePrivacyRefusal.MatchString(near) {
		return false
	}
	if reAppRebuilt.MatchString(all) {
		return false
	}
	return !reAppUpdated.MatchString(all) || reOSUpdated.MatchString(all)
}

var (
	// reDenyingProcess: the process a sandbox deny line names.
	reDenyingProcess = lazyCompile(`([^\s()]{1,80})\(\d{1,7}\) deny`)
	// reAppleDaemon: macOS's own daemons and helpers (lower-case names
	// ending in d, Spotlight's workers, com.apple.…), whose deny lines fill
	// any Console log and mean nothing about the user's app.
	reAppleDaemon = lazyCompile(`^(?:[a-z_]{2,40}d|mdworker\w*|mds\w*|com\.apple\.\S+|QuickLook\w*)$`)
)

// A sandbox deny line is the user's app's only where some process it names
// is not one of macOS's own.
func init() {
	rule("text-sandbox-denied", func(near, _ string) bool {
		procs := reDenyingProcess.FindAllStringSubmatch(near, 8)
		for _, p := range procs {
			if !reAppleDaemon.MatchString(p[1]) {
				return false
			}
		}
		return len(procs) > 0
	}, nil)
}
