package text

import "strings"

// The context rules of the xcode entries (catalogue_xcode.go): each
// skips a match the paste shows is not Apple code signing, or puts first
// the cause the paste itself shows.
func init() {
	// Apple's refusal names no action: it is about signing only where a
	// certificate, profile or App ID is named around it or a few lines
	// before (fastlane lists team members with the same words).
	rule("text-team-access-denied", func(near, all string) bool {
		at := max(0, strings.Index(all, near)-300)
		w := strings.ToLower(all[at:min(len(all), at+300+len(near))])
		return strings.Contains(w, "not allowed to perform") && !reSigningAsset.MatchString(w) ||
			reAccountOwnerDeveloperID.MatchString(near) && (reOtherStore.MatchString(all) || reOtherPlatform.MatchString(all)) && !reAppleNamed.MatchString(all) ||
			otherSystemSays(near, all, reCertPermission) || otherSystemSays(near, all, reAccountOwnerDeveloperID)
	}, nil)
	rule("text-profile-doesnt-support", nil, func(c leadContext) []string {
		if rePersonalTeamCapability.MatchString(c.All) {
			return []string{"A free personal team supports only a few capabilities: join the Apple Developer Program or remove this one (a paid team lacks one only until Apple grants it)."}
		}
		return nil
	})
	rule("text-requires-development-team", func(near, all string) bool {
		return strings.Contains(strings.ToLower(near), "code signing is required") && reSpecificXcode.MatchString(all) ||
			reDevTeamProse.MatchString(near) || otherSystemSays(near, all, reCodeSigningRequired)
	}, func(c leadContext) []string {
		if m := reSwiftPMBundle.FindStringSubmatch(c.Near); m != nil && reSwiftPMContext.MatchString(c.Near) {
			return []string{"\"" + m[1] + "\" is named the way Swift Package Manager names a package's resource bundle (Package_Target): since Xcode 14 bundle targets are signed too, and a package brings no team of its own. Pass the team to xcodebuild (DEVELOPMENT_TEAM=TEAMID on the command line applies to every target, the packages' included), or set it where the tool that generates the project (Unity, Flutter) takes it."}
		}
		// A team is set, but no Apple ID in Xcode belongs to it (a project
		// cloned from another team, or an account signed out).
		if reNoAccountForTeam.MatchString(c.Near) {
			return Lookup("text-requires-development-team").Causes[1:2]
		}
		if m := reResourceBundle.FindStringSubmatch(c.Near); m != nil {
			return []string{"\"" + m[1] + "\" is named the way CocoaPods names a pod's resource bundle target (Pod-BundleName): since Xcode 14 bundle targets are signed too, and Pods targets have no team. In the Podfile's post_install, set CODE_SIGNING_ALLOWED to NO for targets whose product_type is com.apple.product-type.bundle (or set your team on them), then pod install again."}
		}
		return nil
	})
	rule("text-codesign-command-failed", nil, func(c leadContext) []string {
		if strings.Contains(c.Near, "exportArchive") {
			return []string{"The export re-signs every framework; its reason is in the distribution logs, the .xcdistributionlogs folder the log names (IDEDistribution*.log)."}
		}
		if reFlutterCodesign.MatchString(c.Near) {
			return []string{"flutter signs Flutter.framework itself and prints codesign's own words on the lines after this one (errSecInternalComponent, \"resource fork … detritus not allowed\", a missing identity): paste those lines, or run with -v to see them."}
		}
		return nil
	})
	rule("text-conflicting-provisioning-settings", nil, func(c leadContext) []string {
		if m := reNoProfileTarget.FindStringSubmatch(c.Near); m != nil {
			return []string{m[1] + " is a kind of target that takes no provisioning profile (a framework, a static library, a resource bundle), yet one was named for it: usually by a PROVISIONING_PROFILE_SPECIFIER (or PROVISIONING_PROFILE) passed to xcodebuild or set by a CI step, which applies to every target. Name the profile only on the app and extension targets (per target in the build settings, or in the export options' provisioningProfiles), and leave this one Automatic."}
		}
		return nil
	})
	// A sideloading tool that signs with a free Apple ID (Cydia Impactor's
	// provision.cpp, AltStore, Sideloadly) registered the device.
	rule("text-device-limit", nil, func(c leadContext) []string {
		if reFreeAppleIDSigner.MatchString(c.All) {
			return []string{causeDeviceLimitFreeAppleID}
		}
		return nil
	})
	// Apple's services refusing a paid program's capability to a free team.
	rule("text-free-team-limit", nil, func(c leadContext) []string {
		if strings.Contains(strings.ToLower(c.Near), "only available to users enrolled") {
			return []string{causeFreeTeamCapability}
		}
		if strings.Contains(strings.ToLower(c.Near), "authorized by a free provisioning profile") {
			return []string{causeFreeProfileInstallSource}
		}
		// A sideloading tool's limit alert: the free Apple ID's, not a
		// build signed with the wrong team.
		if reMaxAppLimit.MatchString(c.Near) && reSideloading.MatchString(c.All) {
			return []string{causeFreeAppleIDAppLimit}
		}
		return nil
	})
	rule("text-no-signing-certificate", nil, func(c leadContext) []string {
		// rcodesign or quill given no certificate: nothing is missing
		// from a keychain, the command lacks its source.
		if reLinuxSignerNoCert.MatchString(c.Near) {
			return []string{causeLinuxSignerNoCert}
		}
		// The paste names Apple's WWDR intermediate as expired: the
		// identity is there but not valid, so Xcode counts none.
		if reWWDRExpired.MatchString(c.All) {
			return []string{wwdrExpiredLead}
		}
		// A team that holds no distribution certificate: cloud signing
		// reports it as a permission error too.
		if reTeamWithoutDistributionCert.MatchString(c.All) {
			return Lookup("text-no-signing-certificate").Causes[1:2]
		}
		if reCloudSigning.MatchString(c.All) {
			return []string{cloudSigningLead}
		}
		if reCMakeProbe.MatchString(c.All) {
			return []string{cmakeProbeLead}
		}
		if reFlutterNoCerts.MatchString(c.All) && reDistributionIdentityListed.MatchString(c.All) && !reDevelopmentIdentityListed.MatchString(c.All) {
			return []string{flutterDistributionOnlyLead}
		}
		if m := reNotTeamMember.FindStringSubmatch(c.All); m != nil {
			return []string{"The project names team " + m[1] + ", and none of the Apple IDs in Xcode is a member of it (a cloned or sample project keeps its author's team): select your own team for every target (Signing & Capabilities), then Xcode finds or creates your certificate."}
		}
		return nil
	})
	// "No Accounts" quoted or "error 1100" alone are any program's: Xcode's
	// account where the paste is about signing or Apple's portal.
	rule("text-signing-certificate-invalid", func(near, all string) bool {
		return otherSystemSays(near, all, reSigningCertInvalid)
	}, nil)
	// Visual Studio's own automatic provisioning (Hot Restart, a paired
	// Mac) failed in 2022 on the account's certificates, not on the project.
	rule("text-automatic-signing-failed", func(near, all string) bool {
		return otherSystemSays(near, all, reAutomaticSigningFailed)
	}, func(c leadContext) []string {
		if strings.Contains(strings.ToLower(c.Near), "automatically provision the project") {
			return []string{"Visual Studio's automatic provisioning (Hot Restart on Windows, a paired Mac) could not load the Apple account's certificates, whatever the project: a Visual Studio bug of 2022 that an update fixed. Update Visual Studio, then remove and add the Apple account again (Tools > Options > Xamarin > Apple Accounts)."}
		}
		return nil
	})
	// EAS keeps an Android app's keystore as credentials too.
	rule("text-eas-credentials-not-set-up", func(_, all string) bool {
		return reOtherPlatform.MatchString(all) && !appleOrMacNamed(all)
	}, func(c leadContext) []string {
		if reEASTargetUnknown.MatchString(c.All) {
			return Lookup("text-eas-credentials-not-set-up").Causes[3:4]
		}
		return nil
	})
	// An App ID's capability EAS could not remove: it was set up by hand.
	rule("text-eas-capability-sync-failed", nil, func(c leadContext) []string {
		if strings.Contains(strings.ToLower(c.All), "cannot be deleted") {
			return Lookup("text-eas-capability-sync-failed").Causes[0:1]
		}
		if reAppleServerError.MatchString(c.All) {
			return Lookup("text-eas-capability-sync-failed").Causes[2:3]
		}
		return nil
	})
	rule("text-xcode-account-unavailable", func(near, all string) bool {
		return !reSigningContext.MatchString(all) && !reAccountContext.MatchString(all) && !reXcodeAccountOwn.MatchString(near)
	}, nil)
	// No method at all (empty braces) is the archive's kind, not the name.
	rule("text-export-options-invalid", nil, func(c leadContext) []string {
		if reNoExportMethod.MatchString(c.Near) {
			return Lookup("text-export-options-invalid").Causes[1:2]
		}
		return nil
	})
	rule("text-no-profiles-found", func(near, all string) bool {
		return otherSystemSays(near, all, reProvisioningGeneric)
	}, func(c leadContext) []string {
		if reCloudSigning.MatchString(c.All) {
			return []string{cloudSigningLead}
		}
		if reCMakeProbe.MatchString(c.All) {
			return []string{cmakeProbeLead}
		}
		if reExportNeedsProfile.MatchString(c.Near) {
			return []string{exportArchiveNoProfileLead}
		}
		if reNoAllowProvisioningUpdates.MatchString(c.All) {
			return []string{causeNoAllowProvisioningUpdates}
		}
		if reProfileUUIDNotInstalled.MatchString(c.All) || reTeamProfilesNotInstalled.MatchString(c.All) {
			return Lookup("text-no-profiles-found").Causes[1:2]
		}
		// Xcode says no profile holds a certificate of this keychain.
		if reProfileKeychainCerts.MatchString(c.Near) {
			return Lookup("text-no-profiles-found").Causes[3:4]
		}
		return nil
	})
	rule("text-profile-missing-certificate", nil, func(c leadContext) []string {
		prof, cert := profileKind(valuesOf(c.Values, "profile")), certKind(valuesOf(c.Values, "identity"))
		switch {
		case prof == "development" && cert == "distribution":
			return []string{"A development profile with a distribution certificate: development profiles list only development certificates. Archive for distribution with an App Store or Ad Hoc profile, or sign with an Apple Development certificate to run on devices."}
		case prof == "distribution" && cert == "development":
			return []string{"A distribution profile with a development certificate: distribution profiles list only distribution certificates. Sign with the Apple Distribution certificate the profile lists (CODE_SIGN_IDENTITY Apple Distribution), or pick a development profile."}
		}
		// An expired or duplicate certificate found in the keychain is the
		// one the build signed with, unless the paste renewed it (then the
		// profile predates the new one).
		if reStaleCertInKeychain.MatchString(c.All) && !reCertRenewed.MatchString(c.All) {
			return Lookup("text-profile-missing-certificate").Causes[1:2]
		}
		return nil
	})
	// An extension signed ad hoc because the certificate is not trusted is
	// a missing intermediate, not two targets set up differently.
	rule("text-embedded-binary-certificate", nil, func(c leadContext) []string {
		if reAdHocEmbedded.MatchString(c.All) {
			return []string{"The extension was signed ad hoc because the signing certificate is not trusted on this Mac: an Apple Worldwide Developer Relations intermediate is missing (or a trust setting was changed), and codesign warns \"unable to build chain to self-signed root\" in the extension's signing step. Install the intermediate from apple.com/certificateauthority (or set the certificate's trust back to the system defaults) and build again."}
		}
		return nil
	})
	for _, id := range []string{"text-profile-missing-entitlement", "text-profile-entitlement-value", "text-unsatisfied-entitlements", "text-install-invalid-entitlements"} {
		xcodeProfile := id == "text-profile-missing-entitlement" || id == "text-profile-entitlement-value"
		rule(id, nil, func(c leadContext) []string {
			out := entitlementLeads(c.Values)
			// installd names the key the profile refuses.
			if id == "text-install-invalid-entitlements" {
				switch {
				case hasValue(c.Values, "entitlement", "get-task-allow"):
					out = append(out, Lookup(id).Causes[2])
				case hasValue(c.Values, "entitlement", "application-identifier"):
					out = append(out, Lookup(id).Causes[1])
				}
			}
			if id == "text-unsatisfied-entitlements" {
				out = append(unsatisfiedRetoldLeads(c.All), out...)
			}
			// A bare executable has nowhere to embed a profile.
			if id == "text-unsatisfied-entitlements" && (validatesBareExecutable(c.All) || reBareExecutableSaid.MatchString(c.All) && reNoProfileSaid.MatchString(c.All)) {
				out = append([]string{causeBareExecutableNoProfile}, out...)
			}
			// Xcode checks each target's own profile: an extension's App ID
			// needs the group assigned too.
			if xcodeProfile && hasValue(c.Values, "entitlement", "com.apple.security.application-groups") {
				out = append(out, causeAppGroupNotAssigned)
			}
			if id == "text-profile-entitlement-value" {
				if reEntBoolAsString.MatchString(c.All) {
					out = append([]string{causeEntBoolAsString}, out...)
				}
				out = append(out, valueListedLead(c.Values)...)
			}
			return out
		})
	}
	// EAS's own check of a local profile's kind.
	rule("text-profile-wrong-kind", nil, func(c leadContext) []string {
		if reEASNamed.MatchString(c.All) {
			return []string{causeEASInternalProfile}
		}
		if reDistributionProfileToDevice.MatchString(c.All) {
			return []string{causeDistributionProfileOnDevice}
		}
		return nil
	})
	// An in-house app's profile ends a year after it was made, on every
	// device at once: no free team's 7 days.
	rule("text-profile-expired", func(near, all string) bool {
		return otherSystemSays(near, all, reProfileExpiredGeneric)
	}, func(c leadContext) []string {
		if reEnterprise.MatchString(c.All) {
			return []string{causeEnterpriseExpired}
		}
		// "Included in the bundle" is App Store Connect's word for the
		// profile embedded in an upload.
		if reProfileInBundle.MatchString(c.Near) {
			return []string{"The provisioning profile embedded in the uploaded build has expired (App Store Connect speaks of the profile included in the bundle): download a new distribution profile, archive again with it and upload the new build."}
		}
		return nil
	})
	// A Swift package's target has no entitlements of its own: the setting
	// came from the command line or a shared xcconfig.
	rule("text-entitlements-file-missing", nil, func(c leadContext) []string {
		if strings.Contains(c.All, "SourcePackages/") || strings.Contains(c.All, "Package.swift") {
			return Lookup("text-entitlements-file-missing").Causes[1:2]
		}
		return nil
	})
	// A package refused on an old Mac (OS X 10.11 or earlier) was most
	// likely signed on a much newer macOS; a signed distribution that
	// refers to packages outside it cannot be verified at all.
	// A profile that "lacks" a capability and a "missing Distribution
	// certificate" retold are a user's or a CDN's words as well: Apple's
	// where the paste places them in Apple code signing.
	rule("text-profile-doesnt-support", func(near, all string) bool {
		return reProfileLacksRetold.MatchString(near) && (!reAppleSigningContext.MatchString(all) || reOtherProfileKind.MatchString(near) || reNotLacking.MatchString(near)) && !strings.Contains(strings.ToLower(all), "provisioning") ||
			reProfileNoSupport.MatchString(near) && (reOtherProfileKind.MatchString(near) || otherSystemSays(near, all, reProfileNoSupport) || reOtherVerification.MatchString(near) && !appleOrMacNamed(all)) && !strings.Contains(strings.ToLower(all), "provisioning") ||
			noProfileNamed(near) && !appleOrMacNamed(all) ||
			// Teams of people, not Xcode's personal team: nothing in the
			// text is about provisioning, signing or Apple, and the sentence
			// does not end where Xcode's does ("... capabilities.").
			rePersonalTeamsWords.MatchString(near) && !reAppleSigningContext.MatchString(all) && !reProvisionOrSign.MatchString(all) && !rePersonalTeamsSentence.MatchString(near)
	}, nil)
	rule("text-no-signing-certificate", func(near, all string) bool {
		return (reMissingDistributionRetold.MatchString(near) || reTeamWithoutDistributionCert.MatchString(near) && !reXcodeExport.MatchString(all)) && !reAppleSigningContext.MatchString(all) && !reMacNamed.MatchString(all) && !reIPAWord.MatchString(all) ||
			reNotMissingDistribution.MatchString(near) || otherSystemSays(near, all, reCertKeyGeneric)
	}, nil)
}

// Xcode's own sentences about its accounts, which need no other word of
// signing around them: -exportArchive's (any of its lines, and the one
// without an account that may upload),
// and the sign-in that failed.
var reXcodeAccountOwn = lazyCompile(`(?i)\bexportArchive\b|No Accounts with App Store Connect Access|Unable to log in with account '[^'\n]{1,80}'\. An unexpected failure occurred while logging in`)

// Xcode's "Personal development teams ... do not support", and the words
// that place it in provisioning or signing when no Apple name is pasted.
var (
	rePersonalTeamsWords    = lazyCompile(`(?i)Personal development teams\b`)
	rePersonalTeamsSentence = lazyCompile(`(?i)Personal development teams\b[^\n]{0,200}? do not support [^\n]{2,200}? capabilit(?:y|ies)(?:\.|["”']|\s*$)`)
	reProvisionOrSign       = lazyCompile(`(?i)\bprovision|\bsign(?:ing|ed)?\b|\bcapabilit(?:y|ies) (?:tab|pane|editor)\b|\bentitlement`)
)

// EAS looking up an App ID that is not on the portal, or listing a target
// whose bundle ID a config plugin left unset.
// reEASNamed: a paste from EAS Build or its credentials.
var reEASNamed = lazyCompile(`(?i)\beas(?:-cli|\.json| build)\b|\bcredentials\.json\b`)

var reEASTargetUnknown = lazyCompile(`(?i)Failed to find Bundle ID item with identifier|Bundle Identifier: undefined\.`)

// Apple's portal failing for the moment, as EAS relays it.
var reAppleServerError = lazyCompile(`(?i)internal server error from Apple|Service not available because of maintenance`)

// An entitlement key given the string "true" or "false" (app.json,
// app.config, a .entitlements file) where the profile has a boolean.
var reEntBoolAsString = lazyCompile(`(?i)["']?com\.apple\.[a-z0-9.\-]{3,120}["']?\s*[:=]\s*["'](?:true|false)["']|<key>com\.apple\.[A-Za-z0-9.\-]{3,120}</key>\s*<string>(?:true|false)</string>`)

const causeEntBoolAsString = "The entitlement's value is the string \"true\" (or \"false\") where the profile has a yes-or-no value: in app.json or app.config write true without quotes, and in a .entitlements file <true/>, not <string>true</string>; then build again."

// valueListedLead: Network Extension's Developer ID values (the entry's
// first cause) lead only when that entitlement is named; for another one,
// a value the profile does not list.
func valueListedLead(vals []Value) []string {
	ents := valuesOf(vals, "entitlement")
	for _, e := range ents {
		if strings.Contains(e, "networkextension") {
			return nil
		}
	}
	if len(ents) == 0 {
		return nil
	}
	return Lookup("text-profile-entitlement-value").Causes[1:2]
}

// causeDeviceLimitFreeAppleID: a free Apple ID registers the devices it
// signs for in its own Personal Team.
const causeDeviceLimitFreeAppleID = "A free Apple ID (the Personal Team that sideloading tools such as Cydia Impactor, AltStore or Sideloadly sign with) registers every device it signs for, and has reached its own allowance."

// reFreeAppleIDSigner: a tool that signs with a free Apple ID, by its
// name or by its source file in its error (Cydia Impactor's provision.cpp).
var reFreeAppleIDSigner = lazyCompile(`(?i)\bprovision\.cpp\b|\bCydia Impactor\b|\bImpactor\b|\bAlt(?:Store|Server)\b|\bSideloadly\b|\bSideStore\b|\bfree (?:Apple ID|(?:developer )?account)\b|\bPersonal Team\b`)

// reLinuxSignerNoCert: rcodesign's and quill's words for signing without a
// certificate, or with a key alone (apple-codesign/src/error.rs,
// cli/certificate_source.rs; quill's pki/signing_material.go, cli/commands/test.go).
// rcodesign's "Error: no signing certificate" is matched as written:
// xcodebuild's "error: No signing certificate \"iOS Development\" found" is
// the keychain's, not a command missing its --p12-file.
var reLinuxSignerNoCert = lazyCompile(`(?-i:\bError: no signing certificate)(?:[^ "\n]| [^"\n]|\n|$)|(?i)\bsigning XAR archives requires a signing certificate\b|\ba PRIVATE KEY requires a corresponding CERTIFICATE\b|\bno (?:private key|signing certificate) found in the p12\b|\bsigning certificate required: provide a valid p12\b`)

const causeLinuxSignerNoCert = "The signing command was given no certificate with its key: rcodesign takes them from --p12-file (with --p12-password-file) or --pem-source (certificate and key), quill from --p12 (QUILL_SIGN_P12, QUILL_SIGN_PASSWORD). Export the Developer ID certificate with its private key as a .p12 from the Mac that created it and pass it; a .p12 holding the certificate alone has no key to sign with."

// A profile for the App Store said to be used to put a build on a device.
var reDistributionProfileToDevice = lazyCompile(`(?i)\b(?:using|with|use|used) (?:the |an? |my |our )?(?:app ?store |ios |apple )?distribution provision(?:ing)? profile\b[^\n.]{0,40}?\bto (?:deploy|install|run|debug)\b`)

const causeDistributionProfileOnDevice = "An App Store distribution profile was used to install or run the build on a device: it lists no devices, so the device refuses the install (and a store-signed build runs only when installed from the store or TestFlight). Deploy to devices with a development profile (or an ad hoc one that lists the device), and keep the distribution profile for the archive you upload."

// A wrapper that runs xcodebuild without the flag for one of its steps.
var reNoAllowProvisioningUpdates = lazyCompile(`(?i)-allowProvisioningUpdates (?:(?:is|was) (?:not|never)|isn't|wasn't) (?:passed|given|added|set)\b|\b(?:without|missing|lacks?|doesn't pass|does not pass|not passing) (?:the )?-allowProvisioningUpdates\b`)

const causeNoAllowProvisioningUpdates = "xcodebuild ran without -allowProvisioningUpdates, so automatic signing could not download or create the profile (Xcode says \"Automatic signing is disabled and unable to generate a profile\"): pass -allowProvisioningUpdates to every xcodebuild step that signs (build as well as archive and -exportArchive), with an Apple ID signed in to Xcode or an App Store Connect API key (-authenticationKeyPath, -authenticationKeyID, -authenticationKeyIssuerID)."
