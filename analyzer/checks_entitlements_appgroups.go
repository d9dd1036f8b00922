package analyzer

import (
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// App groups: the form and team of each ID, and on macOS whether the
// profile authorises it.

const appGroupsKey = "com.apple.security.application-groups"

var entAppGroupID = &Check{
	ID:       "ent-app-group-id",
	Severity: report.Error,
	Title:    "App group ID of the wrong form or team",
	Doc: "App group IDs (com.apple.security.application-groups, an array of strings) come in two styles. " +
		"iOS-style IDs start with group. and are registered on the Developer website; on iOS, tvOS, watchOS " +
		"and visionOS they are the only style, and since February 2025 Mac profiles can authorise them too. " +
		"macOS-style IDs start with your Team ID and a dot (ABCDE12345.com.example.shared); they must be your " +
		"own team's. On macOS 15 and later, app group container protection asks the user before an app may " +
		"open a group container unless the app comes from the Mac App Store, the ID starts with the app's " +
		"Team ID, or the embedded profile authorises the ID: a wrong prefix means a prompt on every launch. " +
		"App Store Connect refuses the upload (\"Invalid code signing entitlements … isn't supported\").",
	Fix: "Use an iOS-style ID registered for your App ID (group.com.example.shared) and authorised by the " +
		"profile, or on macOS your own Team ID as the prefix. In Xcode's .entitlements file write " +
		"$(TeamIdentifierPrefix)com.example.shared and let Xcode expand it; when signing by hand write the " +
		"Team ID itself.",
	Needs:  []Kind{KindEntitlements},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		paired := map[report.Location]pairing{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.At] = pr
		}
		for _, s := range entitlementSources(p.Case) {
			v, ok := s.Ents[appGroupsKey]
			if !ok {
				continue
			}
			team, platform := sourceTeam(s), s.Platform
			if pr, ok := paired[s.At]; ok {
				platform = pr.platform()
				if pr.P.P.Team != "" {
					team = pr.P.P.Team
				}
			}
			for _, is := range entitlements.CheckAppGroups(v, team, platform) {
				p.ReportFinding(report.Finding{Location: s.At, Severity: report.Severity(is.Severity), Message: is.Message})
			}
		}
	},
}

var entAppGroupNotAuthorised = &Check{
	ID:       "ent-app-group-not-authorised",
	Severity: report.Warning,
	Title:    "App group claim not authorised by the profile (macOS)",
	Doc: "On macOS the App Groups entitlement is validation-required: a process that claims app groups its " +
		"profile does not authorise still runs, but macOS clears its entitlements-validated flag and logs " +
		"taskgated-helper \"Unsatisfied entitlements: com.apple.security.application-groups\". The " +
		"data-protection keychain then refuses the app's keychain access groups, and on macOS 15 and later " +
		"opening a group container whose ID does not start with the app's Team ID prompts the user. Mac " +
		"profiles for an App ID with the App Groups capability authorise TEAMID.* (every macOS-style ID of " +
		"the team) plus the iOS-style IDs assigned to the App ID.",
	Fix: "Enable App Groups for the App ID, assign the group IDs to it in Certificates, Identifiers & " +
		"Profiles, download a new profile, embed it (Contents/embedded.provisionprofile) and sign again. " +
		"`sudo launchctl procinfo PID` shows \"entitlements validated\" when the flag is kept.",
	Needs: []Kind{KindEntitlements, KindProfile},
	Run: func(p *Pass) {
		for _, pr := range pairings(p.Case) {
			prof := pr.P.P
			prof.Platform = pr.platform()
			for _, pb := range entitlements.Unauthorised(pr.S.Ents, prof) {
				if pb.Restriction != entitlements.ValidationRequired {
					continue
				}
				allowed := "no app groups"
				if pb.Allowed != nil {
					allowed = entitlements.Format1(pb.Allowed)
				}
				p.Report(pr.S.At, "claims app groups %s that the profile %s does not authorise (it allows %s): the app runs, but without the entitlements-validated flag",
					fmtValues(pb.Unallowed), pr.P.name(), allowed)
			}
		}
	},
}
