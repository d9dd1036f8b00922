package analyzer

import (
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The embedded profile and the identifiers of the bundle it is in: its
// file name, the App ID and team it is for, and the signature's identifier
// against CFBundleIdentifier.

var bundleProfileName = &Check{
	ID:       "bundle-profile-misnamed",
	Severity: report.Error,
	Title:    "Embedded profile has the wrong name",
	Doc: "The system reads the embedded provisioning profile from exactly one place: " +
		"App.app/embedded.mobileprovision on iOS, tvOS and watchOS, App.app/Contents/embedded.provisionprofile " +
		"on macOS. Any other name or spelling (the profile's download name, the other platform's name, " +
		"another capitalisation) is ignored, so the app runs as if it had no profile: restricted " +
		"entitlements are refused and the app is killed at launch.",
	Fix: "Rename the file to the platform's name before signing (iOS: embedded.mobileprovision; macOS: " +
		"Contents/embedded.provisionprofile), then sign the bundle again. Xcode does this itself when " +
		"PROVISIONING_PROFILE_SPECIFIER is set.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			want := bundle.ProfileNameIOS
			if bn.Layout == bundle.LayoutDeep {
				want = "Contents/" + bundle.ProfileNameMacOS
			}
			for _, m := range bn.MisnamedProfiles {
				p.Report(bundleAt(in, m), "a provisioning profile under a name the system ignores; it must be %s/%s", path.Base(bn.Path), want)
			}
		})
	},
}

var bundleIdentifierMismatch = &Check{
	ID:       "bundle-identifier-mismatch",
	Severity: report.Warning,
	Title:    "Signature identifier differs from CFBundleIdentifier",
	Doc: "codesign takes a bundle's signing identifier from CFBundleIdentifier. A different identifier " +
		"means the executable was signed on its own (not as the bundle) or with `-i`, or Info.plist was " +
		"edited afterwards. Designated requirements, keychain access and the App Store match on the " +
		"identifier, so the mismatch shows up as lost keychain items or a failed requirement.",
	Fix: "Sign the bundle, not the executable inside it: `codesign --force --sign IDENTITY App.app` (no " +
		"-i), after the last change to Info.plist.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			id := bn.identifier()
			if id == "" || bn.Identifier == "" || id == bn.Identifier || !bn.signed() {
				return
			}
			p.Report(bundleAt(in, bn.ExecPath), "signed with identifier %q, but Info.plist says CFBundleIdentifier %q", id, bn.Identifier)
		})
	},
}

var bundleProfileAppID = &Check{
	ID:       "bundle-profile-app-id-mismatch",
	Severity: report.Error,
	Title:    "Embedded profile is for another app ID",
	Doc: "The embedded profile's application-identifier (team prefix, then a bundle ID or a wildcard) " +
		"must match the bundle's CFBundleIdentifier. Otherwise the device refuses the install " +
		"(\"The application-identifier entitlement does not match\", 0xe8008016) and a Mac app with " +
		"restricted entitlements is killed at launch.",
	Fix: "Embed a profile made for this bundle ID (developer portal: Profiles, with an App ID of " +
		"TEAM.bundle.id or a matching wildcard), or change PRODUCT_BUNDLE_IDENTIFIER to the profile's, " +
		"then sign again.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			pr := bn.Profile
			if pr == nil || pr.Err != nil || pr.AppID == "" || bn.Identifier == "" {
				return
			}
			if !appIDMatches(pr.AppID, bn.Identifier) {
				p.Report(bundleAt(in, bn.ProfilePath), "the profile is for %s, but the bundle is %s", pr.AppID, bn.Identifier)
			}
		})
	},
}

// appIDMatches compares an application-identifier (TEAM.com.x.* or
// TEAM.com.x.app) with a bundle identifier.
func appIDMatches(appID, bundleID string) bool {
	i := strings.IndexByte(appID, '.')
	if i < 0 {
		return false
	}
	pat := appID[i+1:]
	if strings.HasSuffix(pat, "*") {
		return strings.HasPrefix(bundleID, strings.TrimSuffix(pat, "*"))
	}
	return pat == bundleID
}

var bundleProfileTeam = &Check{
	ID:       "bundle-profile-team-mismatch",
	Severity: report.Error,
	Title:    "Embedded profile belongs to another team",
	Doc: "The embedded provisioning profile authorises code signed by its own team's certificates. " +
		"This bundle is signed by one team and carries another team's profile, so the profile does " +
		"not apply: iOS refuses the install (\"A valid provisioning profile for this executable was not " +
		"found\") and macOS kills an app that claims restricted entitlements (\"no matching profile\").",
	Fix: "Embed a profile of the signing team (Xcode: Signing & Capabilities, pick the team; or download " +
		"it from the developer portal), or sign with a certificate of the profile's team, then sign again " +
		"so the profile is sealed: `codesign --force --sign IDENTITY --entitlements App.entitlements App.app`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			pr := bn.Profile
			if pr == nil || pr.Err != nil || pr.Team == "" {
				return
			}
			if t := bn.team(); t != "" && t != pr.Team {
				p.Report(bundleAt(in, bn.ProfilePath), "the profile %q is team %s's, but %s is signed by team %s", pr.Name, pr.Team, path.Base(bn.Path), t)
			}
		})
	},
}
