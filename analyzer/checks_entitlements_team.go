package analyzer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The teams a set of claims names (profile, signing certificate,
// team-identifier, App ID prefix, a certificate dropped beside them) must be
// one.

var entTeamMismatch = &Check{
	ID:       "ent-team-mismatch",
	Severity: report.Error,
	Title:    "Team IDs disagree",
	Doc: "The profile's TeamIdentifier, the com.apple.developer.team-identifier entitlement, the team part " +
		"of the application identifier and the signing certificate's team (its OU) must all be the same " +
		"team. The OS checks the profile against the signature: a profile of one team with code signed by " +
		"another team's certificate is not honoured, so the restricted entitlements it authorises count as " +
		"unauthorised. Notarization does not check this; Gatekeeper does, at launch on the user's Mac " +
		"(\"Unsatisfied entitlements: … com.apple.developer.team-identifier\").",
	Fix: "Sign with a certificate of the team that owns the App ID and its profile, or make the App ID and " +
		"profile in the signing team's account and use its identifiers. A contractor cannot ship a client's " +
		"App ID with the contractor's own Developer ID certificate.",
	Needs:  []Kind{KindAny},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		paired := map[report.Location]bool{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.At] = true
			// A profile embedded in the bundle and a signature of another
			// team is bundle-profile-team-mismatch's finding, on the
			// profile: one cause, one error.
			reportTeams(p, pr.S, &pr.P, pr.S.embedded == nil)
		}
		for _, s := range entitlementSources(p.Case) {
			if !paired[s.At] {
				reportTeams(p, s, nil, false)
			}
		}
		// A certificate dropped with a profile or an entitlements file: the
		// code will be signed with it.
		profiles := caseProfiles(p.Case)
		for _, in := range p.Case.Inputs {
			for _, a := range in.Artifacts {
				cert, ok := a.Facts.(*report.Certificate)
				if !ok || cert.Team == "" {
					continue
				}
				for _, cp := range profiles {
					if cp.P.Team != "" && cp.P.Team != cert.Team {
						p.Report(in.Location(), "the certificate %q belongs to team %s, but the profile %s belongs to team %s",
							cert.CommonName, cert.Team, cp.name(), cp.P.Team)
					}
				}
				for _, s := range entitlementSources(p.Case) {
					if s.FromBinary {
						continue // a signed binary names its own certificate
					}
					if t := sourceTeam(s); t != "" && t != cert.Team {
						p.Report(in.Location(), "the certificate %q belongs to team %s, but the entitlements in %s are team %s's",
							cert.CommonName, cert.Team, s.At, t)
					}
				}
			}
		}
	},
}

// reportTeams compares every team statement about one source; the profile's
// own team is one of them when profileTeam is set.
func reportTeams(p *Pass, s entSource, cp *caseProfile, profileTeam bool) {
	type claim struct{ what, team string }
	var claims []claim
	if profileTeam && cp != nil && cp.P.Team != "" {
		claims = append(claims, claim{"the profile " + cp.name(), cp.P.Team})
	}
	if s.SigningTeam != "" {
		claims = append(claims, claim{fmt.Sprintf("the signing certificate (%s)", kindOr(s.CertKind, "certificate")), s.SigningTeam})
	}
	if t, ok := s.Ents["com.apple.developer.team-identifier"].(string); ok && t != "" {
		claims = append(claims, claim{"com.apple.developer.team-identifier", t})
	}
	appIDPrefix := ""
	if id, key := entitlements.AppID(s.Ents); id != "" {
		appIDPrefix, _ = entitlements.SplitAppID(id)
		// App IDs made before 2011 may carry their own prefix rather than the
		// team ID; the profile's App ID tells which prefix is right.
		if cp == nil || cp.Facts.AppID == "" {
			if entitlements.IsTeamID(appIDPrefix) {
				claims = append(claims, claim{key + " (its prefix)", appIDPrefix})
			}
		} else if pprefix, _ := entitlements.SplitAppID(cp.Facts.AppID); pprefix != appIDPrefix {
			p.Report(s.At, "%s is %s, but the profile %s is for App ID %s: the prefix %s is not the profile's %s",
				key, id, cp.name(), cp.Facts.AppID, appIDPrefix, pprefix)
		}
	}
	teams := map[string][]string{}
	var order []string
	for _, c := range claims {
		if strings.Contains(c.team, "$") {
			continue // unexpanded variable: ent-unexpanded-variable
		}
		if _, ok := teams[c.team]; !ok {
			order = append(order, c.team)
		}
		teams[c.team] = append(teams[c.team], c.what)
	}
	if len(teams) < 2 {
		return
	}
	sort.Strings(order)
	var parts []string
	for _, t := range order {
		verb := "says"
		if len(teams[t]) > 1 {
			verb = "say"
		}
		parts = append(parts, fmt.Sprintf("%s %s %s", strings.Join(teams[t], " and "), verb, t))
	}
	p.Report(s.At, "team IDs disagree: %s", strings.Join(parts, "; "))
}
