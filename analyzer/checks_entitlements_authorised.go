package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Whether a profile authorises the claims: restricted entitlements it does
// not allow (or that ad hoc signed Mac code cannot claim at all), the
// Network Extension forms a Developer ID build needs, and the push
// environment.

var entNotAuthorised = &Check{
	ID:       "ent-not-authorised",
	Severity: report.Error,
	Title:    "Entitlement not authorised by the provisioning profile",
	Doc: "Restricted entitlements (every com.apple.developer.* capability, keychain-access-groups, the App ID " +
		"and team identifiers, and on iOS, tvOS, watchOS and visionOS every entitlement) must be authorised by " +
		"the provisioning profile embedded in the app: the profile's Entitlements must hold the key, and its " +
		"value must allow the value claimed (a profile value may end in * to allow a range, and an array in the " +
		"profile is the set of values allowed). On macOS a process that claims a restricted entitlement its " +
		"profile does not authorise is killed at launch: the shell prints \"zsh: killed\", the Finder says the " +
		"app can't be opened, and the log shows taskgated-helper \"Unsatisfied entitlements\". On iOS the app " +
		"will not install or launch, and App Store Connect refuses the upload (\"failed qualification\"). " +
		"Typical causes: a capability added in Xcode but not enabled on the App ID, a profile made before the " +
		"capability was enabled, or a profile for another App ID or team.",
	Fix: "Enable the capability for the App ID in Certificates, Identifiers & Profiles, then download a fresh " +
		"profile (or let Xcode's automatic signing regenerate it) and sign again. To see what a profile " +
		"authorises: `security cms -D -i embedded.provisionprofile | plutil -extract Entitlements xml1 -o - -`. " +
		"If the app does not need the key, remove it from the .entitlements file.",
	Needs:  []Kind{KindEntitlements}, // an entitlements file or signed code, with its profile when there is one
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		for _, pr := range pairings(p.Case) {
			prof := pr.P.P
			prof.Platform = pr.platform()
			for _, pb := range entitlements.Unauthorised(pr.S.Ents, prof) {
				if pb.Restriction != entitlements.Restricted {
					continue // validation-required: ent-app-group-not-authorised
				}
				if pb.Key == neKey && pb.Allowed != nil && wrongNEForm(pb.Unallowed, pr.P.P) {
					continue // ent-network-extension-developer-id says it better
				}
				if otherTeamIdentity(pb, pr.P.P.Team) {
					continue // ent-team-mismatch says it better
				}
				if pb.Allowed == nil {
					hint := ""
					if pb.Key == neKey && pr.P.P.Kind == "developer-id" {
						hint = "; enable Network Extensions for the App ID, and note that Developer ID profiles authorise only the -systemextension forms (packet-tunnel-provider-systemextension …)"
					}
					if e, ok := entitlements.Lookup(pb.Key); ok && e.Group == entitlements.NotAnEntitlement {
						hint = "; " + e.Meaning + " from the .entitlements file (there is no capability to enable)"
					}
					p.Report(pr.S.At, "claims %s = %s, but the profile %s does not authorise %s at all%s",
						pb.Key, entitlements.Format1(pb.Claimed), pr.P.name(), pb.Key, hint)
					continue
				}
				p.Report(pr.S.At, "claims %s = %s; the profile %s allows only %s, so %s is not authorised",
					pb.Key, entitlements.Format1(pb.Claimed), pr.P.name(), entitlements.Format1(pb.Allowed), fmtValues(pb.Unallowed))
			}
		}
		// Ad hoc signed Mac code cannot carry a profile at all, so any
		// restricted claim in it is unauthorised.
		for _, s := range entitlementSources(p.Case) {
			// The slice's own build platform, not a guess from its keys:
			// the rule is macOS's (iOS code without a profile is refused
			// for other reasons, which the profile checks say).
			if s.slice == nil || platformOfBuild(s.slice.buildPlatform()) != entitlements.MacOS {
				continue
			}
			how := "is ad hoc signed"
			switch s.slice.Kind {
			case "adhoc", "linker-signed":
			case "cd-only":
				how = "has CodeDirectories but no signature (no certificate, no adhoc flag)"
			default:
				continue
			}
			var keys []string
			for _, k := range entitlements.SortedKeys(s.Ents) {
				if b, ok := s.Ents[k].(bool); ok && !b {
					continue
				}
				if entitlements.RestrictionFor(k, entitlements.MacOS) == entitlements.Restricted {
					keys = append(keys, k)
				}
			}
			if len(keys) > 0 {
				p.Report(s.At, "%s, so no provisioning profile can authorise its restricted entitlements (%s): macOS kills it at launch", how, strings.Join(keys, ", "))
			}
		}
	},
}

const neKey = "com.apple.developer.networking.networkextension"

var entNetworkExtensionDeveloperID = &Check{
	ID:       "ent-network-extension-developer-id",
	Severity: report.Error,
	Title:    "Network Extension value in the App Store form on a Developer ID build",
	Doc: "The Network Extension entitlement (com.apple.developer.networking.networkextension) takes different " +
		"values inside and outside the Mac App Store. A Developer ID provisioning profile authorises the " +
		"system-extension forms: packet-tunnel-provider-systemextension, app-proxy-provider-systemextension, " +
		"content-filter-provider-systemextension, dns-proxy-systemextension. Entitlements that say " +
		"packet-tunnel-provider (the form Xcode writes for App Store and development builds) do not match " +
		"them: Xcode's Direct Distribution reports \"Profile doesn't match the entitlements file's value for " +
		"the com.apple.developer.networking.networkextension entitlement\", and a build signed anyway is " +
		"killed at launch on other Macs.",
	Fix: "For Developer ID distribution, write the -systemextension form in the entitlements you sign with " +
		"(for example packet-tunnel-provider-systemextension), package the provider as a system extension, " +
		"and sign with `codesign --force --options runtime --timestamp --entitlements FILE.entitlements " +
		"--sign \"Developer ID Application: …\" APP`. Xcode's exporter makes this substitution when it " +
		"exports for Developer ID.",
	Needs:  []Kind{KindEntitlements},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		reported := map[report.Location]bool{}
		for _, pr := range pairings(p.Case) {
			allowed, present := pr.P.P.Entitlements[neKey]
			claimed, ok := entitlements.Strings(pr.S.Ents[neKey])
			if !present || !ok {
				continue
			}
			var wrong []string
			for _, v := range claimed {
				se := entitlements.SystemExtensionForm(v)
				if se != "" && !entitlements.Allows(allowed, v) && (entitlements.Allows(allowed, se) || pr.P.P.Kind == "developer-id") {
					wrong = append(wrong, fmt.Sprintf("%s (the profile allows %s)", v, se))
				}
			}
			if len(wrong) > 0 {
				reported[pr.S.At] = true
				p.Report(pr.S.At, "claims %s; the %s profile %s authorises only the -systemextension forms: %s",
					neKey, kindOr(pr.P.P.Kind, "Developer ID"), pr.P.name(), strings.Join(wrong, "; "))
			}
		}
		// Without a profile: a binary signed with Developer ID that claims
		// the App Store forms cannot be authorised by any profile it may get.
		for _, s := range entitlementSources(p.Case) {
			if reported[s.At] || s.CertKind != "Developer ID Application" {
				continue
			}
			claimed, _ := entitlements.Strings(s.Ents[neKey])
			var wrong []string
			for _, v := range claimed {
				if se := entitlements.SystemExtensionForm(v); se != "" {
					wrong = append(wrong, v+" (needs "+se+")")
				}
			}
			if len(wrong) > 0 {
				p.Report(s.At, "signed with Developer ID but claims the App Store form of %s: %s; Developer ID profiles authorise only the -systemextension forms",
					neKey, strings.Join(wrong, ", "))
			}
		}
	},
}

// otherTeamIdentity says the problem is an identity key (App ID or team
// identifier) of a team other than the profile's: the team mismatch check
// explains that one.
func otherTeamIdentity(pb entitlements.Problem, team string) bool {
	v, ok := pb.Claimed.(string)
	if !ok || team == "" {
		return false
	}
	switch pb.Key {
	case "com.apple.developer.team-identifier":
		return v != team
	case "application-identifier", "com.apple.application-identifier":
		prefix, _ := entitlements.SplitAppID(v)
		return entitlements.IsTeamID(prefix) && prefix != team
	}
	return false
}

// wrongNEForm says every unallowed Network Extension value is an App Store
// form whose -systemextension form the profile allows, or the profile is a
// Developer ID one (which only ever allows those forms).
func wrongNEForm(unallowed []any, prof entitlements.Profile) bool {
	for _, u := range unallowed {
		v, _ := u.(string)
		se := entitlements.SystemExtensionForm(v)
		if se == "" || !(entitlements.Allows(prof.Entitlements[neKey], se) || prof.Kind == "developer-id") {
			return false
		}
	}
	return len(unallowed) > 0
}

var entApsEnvironment = &Check{
	ID:       "ent-aps-environment",
	Severity: report.Error,
	Title:    "Push environment does not match the profile",
	Doc: "aps-environment (com.apple.developer.aps-environment on macOS) chooses the Apple Push " +
		"Notification service environment, and the profile decides which one the app may use: development " +
		"profiles authorise development, distribution profiles (App Store, ad hoc, enterprise, Developer ID) " +
		"production. A claim the profile does not authorise fails like any restricted entitlement (killed at " +
		"launch on macOS, refused on iOS); a profile without the key means the App ID does not have Push " +
		"Notifications enabled. Xcode's export replaces the value with the profile's, so this shows up in " +
		"hand-signed and re-signed builds.",
	Fix: "Sign with entitlements whose aps-environment equals the profile's (development for a development " +
		"profile, production for a distribution profile). If the profile lacks the key, enable Push " +
		"Notifications for the App ID and download a new profile.",
	Needs:  []Kind{KindEntitlements, KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		for _, pr := range pairings(p.Case) {
			for _, key := range []string{"aps-environment", "com.apple.developer.aps-environment"} {
				claimed, ok := pr.S.Ents[key]
				if !ok {
					continue
				}
				allowed, present := pr.P.P.Entitlements[key]
				if !present {
					// A Mac profile may spell it the other way.
					other := "com.apple.developer.aps-environment"
					if key == other {
						other = "aps-environment"
					}
					allowed, present = pr.P.P.Entitlements[other]
				}
				switch {
				case !present:
					p.Report(pr.S.At, "claims %s = %s, but the profile %s has no push environment: Push Notifications is not enabled for its App ID",
						key, entitlements.Format1(claimed), pr.P.name())
				case !entitlements.Allows(allowed, claimed):
					p.Report(pr.S.At, "claims %s = %s, but the %s profile %s authorises %s",
						key, entitlements.Format1(claimed), kindOr(pr.P.P.Kind, "provisioning"), pr.P.name(), entitlements.Format1(allowed))
				}
			}
		}
	},
}
