package text

import "strings"

// installd's unknown error returned by an install (ios-deploy, Xcode) with
// no failed signature check beside it is any install's, unless the paste
// says the app was signed or re-signed by hand.
var (
	reInstallUnknownError  = lazyCompile(`(?i)\b0xe8008001\b`)
	reFailedSignatureCheck = lazyCompile(`(?i)\bfailed to verify code signature\b`)
	reSignedByHand         = lazyCompile(`(?i)\b(?:self|re)-?sign(?:ed|ing)\b`)
)

// The context rules of the device entries (catalogue_device.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	rule("text-app-no-valid-signature", nil, func(c leadContext) []string {
		if m := reFrameworkBadSig.FindStringSubmatch(c.Near); m != nil {
			return []string{m[1] + ".framework inside the app is not signed with your identity (ad hoc, or by a step that ran after Xcode signed the app, as frameworks produced by a package's build hook or a script often are): the device verifies every binary in the bundle. Sign it with the app's identity (Embed & Sign, or `codesign -f -s IDENTITY` on the framework before signing the app), and do not reuse a bundle built without signing."}
		}
		return nil
	})
	rule("text-install-no-valid-profile", nil, func(c leadContext) []string {
		if reAltSignNoProfile.MatchString(c.Near) {
			return []string{"The signer (AltSign, in AltStore and SideStore) holds no provisioning profile for the app or one of its app extensions: each needs its own App ID and profile from the Apple ID that signs it, and one resigned by another tool keeps none the signer knows. Refresh or reinstall the app from the signer so it registers them (a free Apple ID registers at most 10 App IDs in 7 days)."}
		}
		if strings.Contains(c.All, "banned") || strings.Contains(c.All, "e8008024") {
			return []string{"0xe8008024: the device refuses the provisioning profile itself as banned (reported with free Apple IDs' profiles made by sideloading tools); installing with the same profile keeps failing. Sign with a new profile (another App ID or Apple ID, or a paid team's)."}
		}
		if reBetaProfile.MatchString(c.All) || mentionsMDCode(c.All, []uint32{0xe800801f}) {
			return []string{"0xe800801f (\"a Beta profile\"): the app is signed with an App Store distribution profile, which a device never installs directly. Run it with a development profile (Xcode's Debug configuration, automatic signing), or an ad hoc one for the device; App Store builds reach a device through TestFlight."}
		}
		if reProfileUnreadable.MatchString(c.All) || mentionsMDCode(c.All, profileUnreadable) {
			return []string{"The device could not read the embedded provisioning profile, or found its signature not Apple's (a profile edited, re-encoded or cut short, or not the .mobileprovision Apple issued): download it again from the developer site or let Xcode fetch it, and rebuild."}
		}
		if reNotaryLog.MatchString(c.All) && !strings.Contains(c.All, "installd") {
			return []string{"This comes from notarizing Mac code (a Contents/MacOS path, a notary log), not from installing on an iOS device: the executable claims entitlements that need a provisioning profile (iCloud, push, associated domains, app groups of the group. form…) and none that authorises them is embedded. Embed a Developer ID provisioning profile for the App ID as Contents/embedded.provisionprofile, sign again and resubmit."}
		}
		// Over the air iOS names no reason; the App Store profile and the
		// missing device stay the likeliest, a newer iOS needed is not signing.
		if reOTAInstallAlert.MatchString(c.Near) {
			return []string{"Installed over the air, iOS says only that the app \"could not be installed at this time\": most often the build is signed for the App Store (only TestFlight and the App Store install those) or with an ad hoc profile that does not list this device; it also says so when the app needs a newer iOS than the device runs. Install with Xcode or Apple Configurator to see the device's own error."}
		}
		if reFrameworkTarget.MatchString(c.Near) {
			return []string{"The failing code is a nested framework or extension, not the app: it is signed with a certificate the app's provisioning profile does not include (a prebuilt, vendor-signed framework, or one signed by another team). Let Xcode re-sign it when embedding (Embed & Sign), or sign it with the same identity as the app."}
		}
		if entitlementAddedToFile(c.All) {
			return []string{causeEntitlementNotInProfile}
		}
		return nil
	})
	rule("text-device-not-in-profile", nil, func(c leadContext) []string {
		if reHardwareUUID.MatchString(c.All) && reMacProfile.MatchString(c.All) {
			return []string{"This is a Mac (or a macOS VM): Apple silicon Macs and their VMs are matched by their Provisioning UDID (System Information > Hardware > Provisioning UDID, 00008xxx-…), not the Hardware UUID, so a Hardware UUID listed in the profile does not help. A VM has a Provisioning UDID of its own, which changes when the VM is recreated. For CI, sign what runs on VMs so it needs no device list where the platform allows it: Developer ID signing with a Developer ID profile (no devices) instead of a development profile."}
		}
		return nil
	})
	// A download whose checksum or package hash cannot be verified is not
	// iOS refusing an app, unless the paste is about Apple code.
	rule("text-integrity-not-verified", func(near, all string) bool {
		if reIntegrityRetoldZH.MatchString(near) && !reIntegrityAlertZH.MatchString(near) && !reIntegrityContextZH.MatchString(all) && !reAppleSigningContext.MatchString(all) {
			return true
		}
		if reIntegrityChecked.MatchString(near) && !reIntegrityInstallContext.MatchString(all) {
			return true
		}
		return otherSystemOnly(all) || (reChecksumContext.MatchString(all) || rePlayIntegrity.MatchString(all) || reIntegrityVerbRetold.MatchString(near) && !reIntegrityAlertWords.MatchString(near)) && !reAppleSigningContext.MatchString(all)
	}, func(c leadContext) []string {
		if entitlementAddedToFile(c.All) {
			return []string{causeEntitlementNotInProfile}
		}
		// A Debug build signed again for distribution or sideloading keeps
		// the debugging entitlement, which such a profile does not allow.
		if reGetTaskAllowNamed.MatchString(c.All) {
			return []string{causeDebugBuildResigned}
		}
		// A watch is a device of its own: a development or ad hoc profile
		// made for the iPhone does not list it.
		if reAppleWatchNamed.MatchString(c.All) {
			return []string{"The Apple Watch is not in the ad hoc or development profile: a watch is a device of its own, so the profile (and a certificate bought for one device) must list the watch's UDID as well as the iPhone's."}
		}
		return nil
	})
	// An enterprise app's developer is verified with Apple over the
	// network (ppq.apple.com): a proxy or firewall in the way keeps it
	// unverified however often the user taps Trust.
	rule("text-untrusted-developer", nil, func(c leadContext) []string {
		if reTrustRestart.MatchString(c.All) {
			return []string{causeTrustRestart}
		}
		if reVerifyBlocked.MatchString(c.All) {
			return []string{"The device cannot reach Apple to verify the developer: a proxy, firewall, VPN or content filter on its network blocks Apple's check (ppq.apple.com for enterprise apps), so the app stays unverified. Allow Apple's hosts on that network (or join another one), then tap Verify App in Settings > General > VPN & Device Management."}
		}
		return nil
	})
	// An App Clip's application-identifier must start with its parent app's;
	// Xcode writes it into the entitlements when it signs, a build system
	// signing with the file as written does not.
	rule("text-missing-application-identifier", nil, func(c leadContext) []string {
		if reAppClipNamed.MatchString(c.All) {
			return []string{"The App Clip's entitlements file left application-identifier out: Xcode adds it (TEAMID.bundle.id) when it signs, but a build system or script that signs with the file as written (Bazel, a re-signing script) does not, and the installer then finds no identifier that starts with the parent app's."}
		}
		return nil
	})
	// The App Store says an app it no longer sells is no longer available;
	// a retelling without the alert's words counts only where the paste
	// is about a sideloaded or re-signed app.
	rule("text-app-no-longer-available", func(near, all string) bool {
		if reAppStoreRemoved.MatchString(all) || reNoLongerAvailableThing.MatchString(near) || reNoLongerAvailableRegion.MatchString(near) || rePlayIntegrity.MatchString(all) && !reAppleSigningContext.MatchString(all) {
			return true
		}
		if reStopsAfterDaysRe.MatchString(near) && !reNoLongerAvailableAlert.MatchString(near) {
			return !reSelfInstalled.MatchString(all) || reStoreInstalled.MatchString(all) && !reXcodeRun.MatchString(all) ||
				!reAppOrApplication.MatchString(near) || reToolItselfFails.MatchString(near)
		}
		if reNoLongerAvailableTitle.MatchString(near) || reSideloadContext.MatchString(all) {
			return false
		}
		// A quoted name in lower case needs an app opened on a device; a
		// retelling needs a sideloaded app.
		return !reNoLongerAvailableAlert.MatchString(near) || !reIOSDevice.MatchString(all)
	}, func(c leadContext) []string {
		// The profile still shows days left: not expired, so revoked.
		if reDaysShown.MatchString(c.All) {
			return Lookup("text-app-no-longer-available").Causes[1:2]
		}
		return nil
	})
	// App Store Connect's ITMS-90334 for a framework signed under its own
	// name with a hash appended: a package built as a dynamic framework,
	// not an identifier changed after signing.
	rule("text-signing-identifier-mismatch", nil, func(c leadContext) []string {
		if hashedFrameworkIdentifier(c.All) {
			return []string{hashedFrameworkIdentifierLead}
		}
		return nil
	})
	// "This beta has expired" is any beta program's words: TestFlight's
	// where the paste names TestFlight or an Apple device.
	// "This build is no longer available" and "not accepting new testers"
	// are TestFlight's only where the paste names TestFlight.
	rule("text-testflight-beta-expired", func(near, all string) bool {
		// TestFlight's own sentence for the public link.
		if reBetaNotAcceptingAlert.MatchString(near) {
			return false
		}
		if reTestFlightOnlyWords.MatchString(near) && !reTestFlightNamed.MatchString(all) {
			return true
		}
		return !reQuotedBetaExpired.MatchString(near) && !reTestFlightContext.MatchString(all)
	}, func(c leadContext) []string {
		// The public link's alert: the group has no build it can test.
		if reNotAcceptingTesters.MatchString(c.Near) {
			return []string{"No build is available to the link's group: the last one passed its 90 days, or the developer expired it, or a new one is still waiting for Beta App Review. (The link may also be turned off or at its tester limit.)"}
		}
		return nil
	})
	// The question how an app can check its own integrity (catalogue_noise.go)
	// is not iOS saying an app's integrity could not be verified: that is the
	// device refusing an install, which the install entries read.
	rule("text-integrity-question", func(near, all string) bool {
		return reIntegrityNotVerified.MatchString(near)
	}, nil)
}

// reStopsAfterDays: a launch that fails some days after the install, told
// in the user's words (crashes, won't open, no longer launches), with the
// time ("after a couple of days", "after a while", "last week").
const reStopsAfterDays = `\bafter\b[^\n.]{0,30}?\b(?:days?|weeks?|a while)\b[^\n]{0,160}?` + reLaunchFails + `|` + reLaunchFails + `[^\n]{0,160}?\bafter\b[^\n.]{0,30}?\b(?:days?|weeks?|a while)\b`

const reStopsLastWeek = `\blast week\b[^\n]{0,160}?` + reLaunchFails

const reLaunchFails = `\b(?:crash(?:es|ed|ing)?|crush(?:es|ed|ing)?|won['’]?t (?:open|launch|start)|unable to open|no longer (?:launch|open|start)s?|stop(?:s|ped)? (?:opening|launching|working)|(?:doesn['’]?t|does not|didn['’]?t) (?:open|launch|start))\b`

var (
	reStopsAfterDaysRe = lazyCompile(`(?i)` + reStopsAfterDays + `|` + reStopsLastWeek)
	// reSelfInstalled: the app was built and run from Xcode or sideloaded,
	// so a free team's 7-day profile can lapse under it.
	reSelfInstalled    = lazyCompile(`(?i)\bXcode\b|sideload|\bAlt(?:Store|Server)\b|\bSideStore\b|\bImpactor\b|developer account|\bfree (?:apple |developer )?(?:id|account)\b|\b(?:erase|delete|remove)d? (?:it |the app )?and re-?install|\bre-?build|\bre-?run\b|\.ipa\b|provisioning|\b7 days\b`)
	reAppOrApplication = lazyCompile(`(?i)\bapp(?:s|lication)?\b`)
	// reToolItselfFails: Xcode or a simulator is what crashes, not the app.
	reToolItselfFails = lazyCompile(`(?i)\b(?:Xcode|simulator|Simulator\.app|xcodebuild)\b[^\n.]{0,20}?\b(?:crash(?:es|ed|ing)?|won['’]?t (?:open|launch|start)|stop(?:s|ped)? working)\b`)
	reStoreInstalled  = lazyCompile(`(?i)\bApp Store\b|\bTestFlight\b`)
	reXcodeRun        = lazyCompile(`(?i)\bXcode\b`)
)

// reAltSignNoProfile: AltSign's error for an app or extension it holds no
// profile for.
var reAltSignNoProfile = lazyCompile(`(?i)\b(?:app|app extension|application|extension) is missing a valid\s+provisioning profile\b`)

// reTrustRestart: trusting a developer said to need a restart (iOS 18).
var reTrustRestart = lazyCompile(`(?i)\brequires? a (?:device )?restart\b|\bAllow (?:&|and) Restart\b|\brestart(?:ing)? (?:the |my |your )?(?:device|iPhone|iPad) to (?:complete|finish) (?:the )?trust`)
