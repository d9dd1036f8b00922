package text

import "strings"

// The context rules of the appstore entries (catalogue_appstore.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	// ITMS-90284 on a framework's resource bundle: the bundle holds an
	// executable, which a resource bundle should not.
	rule("text-upload-stray-executable", nil, func(c leadContext) []string {
		if reFrameworkResourceBundle.MatchString(c.Near) {
			return []string{"The framework carries a resource bundle built with an executable (a CocoaPods resource_bundles or SDK bundle target with CFBundleExecutable), so App Store Connect treats it as code that must be signed with the profile's certificate: resource bundles hold no code. Update the pod or SDK, or strip the executable and its CFBundleExecutable key from the bundle in a build phase before signing, then archive and upload again."}
		}
		return nil
	})
	rule("text-invalid-profile-upload", nil, func(c leadContext) []string {
		if reExpiredProfile.MatchString(c.Near) {
			return []string{"The embedded provisioning profile has expired (App Store Connect says [Expired profile.]): download a new distribution profile, archive again with it and upload the new build."}
		}
		if reMissingSigningCert.MatchString(c.Near) {
			return []string{"The app's signing certificate is not one the embedded profile lists ([Missing code-signing certificate]): embed the App Store profile and sign with the distribution certificate it names (a development profile, or a development or Developer ID certificate, never matches); regenerate the profile if the certificate was renewed."}
		}
		return nil
	})
	// A configuration file's key: no entitlement named, nothing of Apple's.
	rule("text-invalid-entitlements", func(near, all string) bool {
		return reConfigKeyInFile.MatchString(near) && !strings.Contains(strings.ToLower(all), "entitlement") && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		var out []string
		if reEntDevelopmentValue.MatchString(c.All) {
			out = append(out, Lookup("text-invalid-entitlements").Causes[3])
		}
		if reEntNeedsNewerSDK.MatchString(c.All) {
			out = append(out, causeEntNeedsNewerSDK)
		}
		if reInfoPlistKeyAsEntitlement.MatchString(c.All) {
			out = append(out, "The file signed as the entitlements is not one: CODE_SIGN_ENTITLEMENTS (Code Signing Entitlements) names the Info.plist or a copy of it, so its CFBundle… keys are signed as entitlements and refused. Point the setting at the target's .entitlements file, or clear it.")
		}
		if reProfileLacksAppID.MatchString(c.All) {
			out = append(out, "The profile App Store Connect read lacks the application identifier itself, which every provisioning profile lists: none is embedded where it looks (Contents/embedded.provisionprofile in a Mac app, embedded.mobileprovision in an iOS one). Embed the App Store profile of this App ID and sign with entitlements that match it.")
		}
		if reKeyAppID.MatchString(c.All) {
			paths := valuesOf(c.Values, "path")
			for _, m := range reAppIDInPath.FindAllStringSubmatch(c.All, 8) {
				paths = append(paths, m[1])
			}
			for _, p := range paths {
				if strings.Contains(strings.ToLower(p), "framework") {
					out = append(out, "A framework was signed with the app's entitlements (application-identifier in "+p+"): frameworks carry no entitlements; sign them without --entitlements (Xcode's Code Sign On Copy does), then sign the app.")
					break
				}
				if strings.HasSuffix(strings.ToLower(p), ".dylib") {
					out = append(out, "A library was signed with the app's entitlements (application-identifier in "+p+"): libraries carry no entitlements; sign them without --entitlements, then sign the app.")
					break
				}
			}
			out = append(out, "The application-identifier entitlement is not TEAMID.bundle-id of this app as the provisioning profile says: the build was re-signed with entitlements of another app or team, or with a profile for another App ID.")
		}
		out = append(out, entitlementLeads(c.Values)...)
		if reEntNotSupportedOnOS.MatchString(c.All) {
			out = append(out, causeEntNotSupportedOnOS)
		}
		if reEntNotInProfile.MatchString(c.All) && !namesAppGroups(c.Values) {
			out = append(out, Lookup("text-invalid-entitlements").Causes[1])
		}
		return out
	})
	// Flatpak and Chromium run without their sandboxes too.
	rule("text-app-sandbox-not-enabled", func(near, all string) bool {
		return otherSystemSays(near, all, reSandboxNotEnabled)
	}, nil)
	rule("text-invalid-signature-upload", nil, func(c leadContext) []string {
		// The path may be on a line of its own below the message (Organizer's
		// text retyped), so the whole paste is read when its line names none.
		in := c.Near
		if !reScriptInFramework.MatchString(in) {
			in = c.All
		}
		if m := reScriptInFramework.FindStringSubmatch(in); m != nil && m[1] != m[2] && !reSignedOtherwise.MatchString(in) {
			return []string{"The file named is not code but a script or data file inside " + m[1] + ".framework (a build or setup script the SDK ships): App Store Connect treats files at a framework's top level as code that must be signed. Remove it from the embedded framework (a Run Script phase after Embed Frameworks), or update the SDK."}
		}
		if names := scriptsNamed(c.All); len(names) > 0 {
			return []string{"The files named (" + strings.Join(names, ", ") + ") are not code but scripts or data files: App Store Connect treats files marked executable, and files at a framework's top level, as code that must be signed. Remove them from the app (test and example folders of bundled packages, an SDK's build scripts), or clear their execute bit (chmod -x) before archiving."}
		}
		if reMASInstallerPkg.MatchString(c.Near) {
			return []string{"The .pkg is signed with a Developer ID Installer certificate or none: the Mac App Store takes a Mac Installer Distribution (3rd Party Mac Developer Installer) one, given to productbuild --sign."}
		}
		if reOtherAccountWorks.MatchString(c.All) {
			return []string{otherAccountWorks}
		}
		return nil
	})
	// ITMS-90078 for an app that says it does not use push: an SDK it links
	// registers for remote notifications.
	rule("text-missing-push-entitlement", nil, func(c leadContext) []string {
		if reNoPushUsed.MatchString(c.All) {
			return Lookup("text-missing-push-entitlement").Causes[1:2]
		}
		return nil
	})
	rule("text-testflight-app-identifier", nil, func(c leadContext) []string {
		if reTFMainNoProfile.MatchString(c.Near) {
			return []string{"The bundle named (for 90889 the app itself) has no Contents/embedded.provisionprofile: copy its Mac App Store profile there before signing it (Xcode's export does; other packagers need it given or copied in)."}
		}
		if reTFExecNoProfile.MatchString(c.Near) {
			return []string{"A nested executable that is not a bundle (a helper tool, a sidecar binary) is signed with an application identifier but cannot hold a profile: sign it without com.apple.application-identifier (a tool inheriting the sandbox needs only com.apple.security.app-sandbox and com.apple.security.inherit)."}
		}
		return nil
	})
	rule("text-capability-entitlement-missing", nil, func(c leadContext) []string {
		return entitlementLeads(c.Values)
	})
}

// ITMS-90786: the signature carries an entitlement that only apps built
// with a newer SDK may carry.
var reEntNeedsNewerSDK = lazyCompile(`(?i)entitlement must be built with the [a-z]{2,8} [\d.]{2,8} SDK or later`)

const causeEntNeedsNewerSDK = "The signature carries an entitlement that only apps built with the SDK App Store Connect names (or a later one) may carry, and this app was built with an older SDK: an older Xcode, or a build service's older image, signing with a profile that grants it. Build with that SDK or later, or leave the entitlement out (turn the capability off on the App ID, make the profile again and re-sign)."

// App Store Connect names a development value of the push or iCloud
// environment key ("the "development" value for the
// com.apple.developer.aps-environment key", "value 'development' for key
// 'aps-environment'"), however the message is wrapped.
var reEntDevelopmentValue = lazyCompile(`(?i)(?:["']development["']\s+value\s+for\s+the|value\s+'development'\s+for\s+key)\s+'?(?:com\.apple\.developer\.)?(?:aps-environment|icloud-container-environment)`)

// reInfoPlistKeyAsEntitlement: an Info.plist key refused as an entitlement.
var reInfoPlistKeyAsEntitlement = lazyCompile(`(?i)Illegal entitlement key/value pair: CFBundle`)
