package analyzer

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Entitlement checks. They look at every place entitlements appear in a case:
// entitlements files, Mach-O files and the executables inside archives, as
// parsed (Case.entitlementSources). Cross-checks pair each of those with a
// provisioning profile: for a binary in a bundle, the profile embedded in
// that bundle; otherwise a profile of the case whose App ID covers the
// claims, or the only profile given.

// entSource is one set of entitlement claims.
type entSource struct {
	At   report.Location
	Ents map[string]any
	// Platform from the binary's build version, else from the keys.
	Platform entitlements.Platform
	// FromBinary: the claims are in a signature (not a file being edited).
	FromBinary bool
	// SigningTeam and CertKind are the signing certificate's OU and kind
	// (binaries only); Identifier is the signing identifier.
	SigningTeam, CertKind, Identifier string
	// slice is the Mach-O slice, when the source is one read in this case.
	slice *machoSlice
	// embedded is the profile embedded in the bundle the binary belongs to.
	embedded *caseProfile
}

// entitlementSources is every set of claims in the case, gathered once per
// case (Case.entitlementSources).
func entitlementSources(c *Case) []entSource { return c.entitlementSources() }

func collectEntitlementSources(c *Case) []entSource {
	var out []entSource
	for _, in := range c.Inputs {
		if ei := in.entitlementsInput(); ei != nil {
			out = append(out, entSource{
				At:       in.Location(),
				Ents:     ei.Map,
				Platform: entitlements.PlatformOfEntitlements(ei.Map),
			})
		}
		if mi := in.machoInput(); mi != nil {
			out = append(out, machoSources(in.Location(), mi.Slices)...)
		}
		if bi := in.bundleInput(); bi != nil && bi.B != nil {
			for _, r := range bi.B.Roots {
				out = append(out, bundleSources(in.Name, bi, r, 0)...)
			}
		}
		out = append(out, pastedEntitlementSources(in)...) // codesign -d --entitlements - output (parse_tooloutput.go)
	}
	return out
}

// bundleSources are the binaries of an archive's code tree, each paired with
// the profile embedded in its own bundle.
func bundleSources(archive string, bi *bundleInput, n *bundle.Node, depth int) []entSource {
	if depth > 16 {
		return nil
	}
	var out []entSource
	if bn := bi.byPath[n.Path]; bn != nil && bn.MachO != nil {
		name := n.ExecPath
		if name == "" {
			name = n.Path
		}
		srcs := machoSources(report.Location{File: archive, Path: name}, bn.MachO.Slices)
		// The profile as the archive parser read it, once.
		if bn.Profile != nil && bn.Profile.Profile != nil && bn.Profile.Profile.Entitlements != nil {
			cp := profileOf(archive+": "+n.ProfilePath, profileFacts(bn.Profile.Profile, bi.now))
			for i := range srcs {
				srcs[i].embedded = &cp
			}
		}
		out = append(out, srcs...)
	}
	for _, c := range n.Children {
		out = append(out, bundleSources(archive, bi, c, depth+1)...)
	}
	return out
}

func profileOf(subject string, f *report.Profile) caseProfile {
	return caseProfile{
		Subject: subject,
		Facts:   f,
		P: entitlements.Profile{
			Entitlements: entitlements.Normalize(f.Entitlements),
			Team:         f.Team,
			Platform:     entitlements.PlatformOf(f.Platforms, f.Entitlements),
			Kind:         f.ProfileKind,
		},
	}
}

// machoSources makes one source per group of slices that claim the same
// entitlements with the same signer, so a universal binary is not reported
// twice for one mistake.
func machoSources(at report.Location, slices []*machoSlice) []entSource {
	var out []entSource
	var archs [][]string
	for _, s := range slices {
		if s.Signature == nil || s.Signature.Primary() == nil {
			continue
		}
		ents := s.Entitlements
		if ents == nil {
			ents = s.EntitlementsDER
		}
		if len(ents) == 0 {
			continue
		}
		leafTeam, certKind, identifier := "", "", s.Signature.Primary().Identifier
		if s.Leaf != nil {
			leafTeam, certKind = orgUnit(s.Leaf), s.CertKind
		}
		merged := false
		for j := range out {
			o := out[j]
			if o.SigningTeam == leafTeam && o.CertKind == certKind && o.Identifier == identifier &&
				len(entitlements.CompareXMLDER(o.Ents, ents)) == 0 {
				archs[j] = append(archs[j], s.Arch)
				merged = true
				break
			}
		}
		if merged {
			continue
		}
		platform := platformOfBuild(s.buildPlatform())
		if platform == entitlements.AnyPlatform {
			platform = entitlements.PlatformOfEntitlements(ents)
		}
		out = append(out, entSource{
			Ents: entitlements.Normalize(ents), Platform: platform, FromBinary: true,
			SigningTeam: leafTeam, CertKind: certKind, Identifier: identifier, slice: s,
		})
		archs = append(archs, []string{s.Arch})
	}
	for i := range out {
		out[i].At = archListAt(at, archs[i])
	}
	return out
}

// platformOfBuild maps the LC_BUILD_VERSION platform name to a family.
func platformOfBuild(p string) entitlements.Platform {
	p = strings.ToLower(p)
	switch {
	case p == "":
		return entitlements.AnyPlatform
	case strings.HasPrefix(p, "macos"), p == "macosx", strings.HasPrefix(p, "maccatalyst"):
		return entitlements.MacOS
	case strings.Contains(p, "ios"), strings.Contains(p, "tvos"), strings.Contains(p, "watchos"),
		strings.Contains(p, "xros"), strings.Contains(p, "visionos"), strings.Contains(p, "iphone"):
		return entitlements.IOS
	}
	return entitlements.AnyPlatform
}

// caseProfile is a provisioning profile of the case, as matching needs it.
type caseProfile struct {
	Subject string
	Facts   *report.Profile
	P       entitlements.Profile
}

func caseProfiles(c *Case) []caseProfile { return c.caseProfiles() }

// collectCaseProfiles are the profiles given on their own (files and pasted
// ones, in the order of the inputs), as parsed; an embedded profile goes
// only with its own bundle's code (entSource.embedded).
func collectCaseProfiles(c *Case) []caseProfile {
	var out []caseProfile
	for _, in := range c.Inputs {
		for _, pc := range c.profiles() {
			if pc.in != in || in.Kind == KindArchive || pc.pr == nil || pc.pr.Entitlements == nil {
				continue
			}
			out = append(out, profileOf(pc.subject.String(), profileFacts(pc.pr, time.Time{})))
		}
	}
	return out
}

func (cp caseProfile) name() string {
	if cp.Facts.ProfileName != "" {
		return fmt.Sprintf("%q (%s)", cp.Facts.ProfileName, cp.Subject)
	}
	return cp.Subject
}

// pairings pairs each source with the profile it goes with: the only
// profile of the case, or else the one whose App ID covers the source's
// application-identifier (or, for a binary, its signing identifier).
// Sources without a matching profile are left out.
func pairings(c *Case) []pairing {
	profiles := caseProfiles(c)
	var out []pairing
	for _, s := range entitlementSources(c) {
		if s.embedded != nil {
			out = append(out, pairing{s, *s.embedded, "it is the profile embedded in the same bundle"})
			continue
		}
		for _, cp := range profiles {
			es := expandForProfile(s, cp)
			appID, _ := entitlements.AppID(es.Ents)
			pid := cp.Facts.AppID
			by := ""
			switch {
			case appID != "" && entitlements.MatchPattern(pid, appID):
				by = "its application identifier " + appID + " matches the profile's App ID " + pid
			case appID == "" && s.Identifier != "" && entitlements.AppIDMatchesBundle(pid, s.Identifier):
				by = "its signing identifier " + s.Identifier + " matches the profile's App ID " + pid
			case len(profiles) == 1:
				by = "it is the only profile given"
			}
			if by != "" {
				out = append(out, pairing{es, cp, by})
				break
			}
		}
	}
	return out
}

// expandForProfile fills in the build variables of an Xcode .entitlements
// file with the profile's team and bundle ID, as Xcode does when it signs
// with that profile; signed entitlements (binaries, .xcent) stay as they are,
// since what is signed is what the OS compares.
func expandForProfile(s entSource, cp caseProfile) entSource {
	if s.FromBinary || !strings.HasSuffix(strings.ToLower(s.At.File), ".entitlements") {
		return s
	}
	_, bundleID := entitlements.SplitAppID(cp.Facts.AppID)
	s.Ents = entitlements.Expand(s.Ents, entitlements.XcodeVariables(cp.P.Team, bundleID))
	return s
}

type pairing struct {
	S entSource
	P caseProfile
	// By says why they were paired: "the only profile" or "App ID".
	By string
}

// platformFor is the platform of a pairing: the profile's, else the source's.
func (pr pairing) platform() entitlements.Platform {
	if pr.P.P.Platform != entitlements.AnyPlatform {
		return pr.P.P.Platform
	}
	return pr.S.Platform
}

func fmtValues(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = entitlements.Format1(v)
	}
	return strings.Join(parts, ", ")
}

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

func kindOr(kind, fallback string) string {
	if kind == "" {
		return fallback
	}
	return kind
}

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

// sourceTeam is the team a source belongs to as far as it says itself: the
// signing certificate's, else team-identifier, else the App ID prefix when it
// looks like a Team ID.
func sourceTeam(s entSource) string {
	if s.SigningTeam != "" {
		return s.SigningTeam
	}
	if t, ok := s.Ents["com.apple.developer.team-identifier"].(string); ok && entitlements.IsTeamID(t) {
		return t
	}
	if id, _ := entitlements.AppID(s.Ents); id != "" {
		if prefix, _ := entitlements.SplitAppID(id); entitlements.IsTeamID(prefix) {
			return prefix
		}
	}
	return ""
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

var entUnexpandedVariable = &Check{
	ID:       "ent-unexpanded-variable",
	Severity: report.Error,
	Title:    "Build variable left unexpanded in the entitlements",
	Doc: "Xcode replaces build settings such as $(TeamIdentifierPrefix), $(AppIdentifierPrefix), " +
		"$(PRODUCT_BUNDLE_IDENTIFIER) and $(DEVELOPMENT_TEAM) in an .entitlements file when it signs. " +
		"codesign --entitlements, fastlane resign and other tools sign the text as it is, so the signature " +
		"claims the literal string \"$(TeamIdentifierPrefix)com.example.shared\": no profile authorises it, " +
		"restricted claims get the app killed, and an app group by that name is not your group.",
	Fix: "Sign with the expanded entitlements: in an Xcode build they are in the build folder as " +
		"APP.app.xcent (or archived-expanded-entitlements.xcent in an archive). When signing by hand, write " +
		"the real values (your Team ID followed by a dot for $(TeamIdentifierPrefix)).",
	Needs:  []Kind{KindEntitlements},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		for _, s := range entitlementSources(p.Case) {
			uses := entitlements.UnexpandedVariables(s.Ents)
			if len(uses) == 0 {
				continue
			}
			var parts []string
			seen := map[string]bool{}
			for _, u := range uses {
				where := "in the value of " + u.Path
				if u.InKey {
					where = "in the key " + u.Path
				}
				parts = append(parts, fmt.Sprintf("%s %s", u.Variable, where))
				if !seen[u.Variable] {
					seen[u.Variable] = true
				}
			}
			var meanings []string
			for _, u := range uses {
				if seen[u.Variable] {
					meanings = append(meanings, fmt.Sprintf("%s stands for %s", u.Variable, u.Meaning()))
					seen[u.Variable] = false
				}
			}
			msg := fmt.Sprintf("unexpanded build variables: %s. %s.", strings.Join(parts, "; "), strings.Join(meanings, "; "))
			if s.FromBinary {
				msg += " The signature claims them literally."
			} else {
				msg += " Xcode expands them when it builds; anything else signs them literally."
			}
			p.ReportFinding(report.Finding{Location: s.At, Message: msg, Severity: unexpandedSeverity(s)})
		}
	},
}

// unexpandedSeverity: in an .entitlements file under Xcode's control the
// variables are expected, so the finding is a warning; in a signature (or an
// expanded .xcent) they are a real fault.
func unexpandedSeverity(s entSource) report.Severity {
	if s.FromBinary || strings.HasSuffix(strings.ToLower(s.At.File), ".xcent") {
		return report.Error
	}
	return report.Warning
}

var entPrivate = &Check{
	ID:       "ent-private",
	Severity: report.Error,
	Title:    "Apple-only entitlements claimed",
	Doc: "Entitlements under com.apple.private., platform-application, com.apple.rootless. and similar " +
		"namespaces are for Apple's own code. No provisioning profile can authorise them, so third-party code " +
		"that claims them is killed at launch (\"zsh: killed\"; the kernel log says the signature validation " +
		"\"failed fatally\"), and App Store Connect rejects it. They usually come from copying entitlements " +
		"out of a system binary, or from jailbreak tooling.",
	Fix: "Remove these keys from the entitlements and sign again. If you need the functionality, look for " +
		"the documented API and its com.apple.developer.* or com.apple.security.* entitlement.",
	Needs:  []Kind{KindEntitlements},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		for _, s := range entitlementSources(p.Case) {
			var keys []string
			for _, k := range entitlements.SortedKeys(s.Ents) {
				if e, ok := entitlements.Lookup(k); ok && e.RestrictionOn(s.Platform) == entitlements.AppleOnly {
					keys = append(keys, k)
				}
			}
			if len(keys) == 0 {
				continue
			}
			if s.CertKind == "Software Signing" && s.slice != nil && s.slice.trusted() {
				continue // Apple's own binary, signed under Apple's root
			}
			p.Report(s.At, "claims %d Apple-only entitlement(s): %s", len(keys), strings.Join(keys, ", "))
		}
	},
}

var entGetTaskAllow = &Check{
	ID:       "ent-get-task-allow",
	Severity: report.Error,
	Title:    "Debugging entitlement in a distribution build",
	Doc: "get-task-allow (iOS) and com.apple.security.get-task-allow (macOS) let a debugger attach to the " +
		"process. Xcode sets them in Debug builds and development profiles allow them. A distribution " +
		"profile (App Store, ad hoc, enterprise, Developer ID) authorises get-task-allow = false only: the " +
		"build will not install from such a profile, App Store Connect rejects it, and the notary service " +
		"refuses Developer ID code that claims it (\"The executable requests the " +
		"com.apple.security.get-task-allow entitlement.\").",
	Fix: "Build the Release configuration (Product > Archive) and export for distribution, or remove the " +
		"key from the entitlements before signing for distribution.",
	Needs:  []Kind{KindEntitlements},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		paired := map[report.Location]bool{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.At] = true
			key, on := getTaskAllow(pr.S.Ents)
			if !on || distributionCert(pr.S.CertKind) {
				continue // a distribution-signed binary: macho-get-task-allow
			}
			if pr.P.P.Distribution() {
				p.Report(pr.S.At, "claims %s = true, but the profile %s is for %s distribution, which does not allow debugging", key, pr.P.name(), pr.P.P.Kind)
				continue
			}
			if v, ok := pr.P.P.Entitlements["get-task-allow"].(bool); ok && !v && key == "get-task-allow" {
				p.Report(pr.S.At, "claims get-task-allow = true, but the profile %s says get-task-allow = false", pr.P.name())
			}
		}
		for _, s := range entitlementSources(p.Case) {
			if paired[s.At] || s.FromBinary {
				continue // binaries: macho-get-task-allow judges them by their certificate
			}
			if key, on := getTaskAllow(s.Ents); on {
				p.ReportFinding(report.Finding{Location: s.At, Severity: report.Info,
					Message: fmt.Sprintf("claims %s = true: a debug build; fine with a development profile, refused for App Store, ad hoc, enterprise and Developer ID distribution", key)})
			}
		}
	},
}

func distributionCert(kind string) bool {
	switch kind {
	case "Developer ID Application", "Apple Distribution", "3rd Party Mac Developer Application":
		return true
	}
	return false
}

func getTaskAllow(ents map[string]any) (string, bool) {
	for _, k := range []string{"get-task-allow", "com.apple.security.get-task-allow"} {
		if v, ok := ents[k].(bool); ok && v {
			return k, true
		}
	}
	return "", false
}

var entHardenedRuntimeException = &Check{
	ID:       "ent-hardened-runtime-exception",
	Severity: report.Warning,
	Title:    "Hardened runtime exceptions",
	Doc: "The hardened runtime (required for notarization) protects a Mac process against code injection " +
		"and memory tampering. com.apple.security.cs.* entitlements switch parts of it off. allow-jit is " +
		"narrow (only memory mapped with MAP_JIT). disable-library-validation (load code signed by anyone), " +
		"allow-dyld-environment-variables (DYLD_INSERT_LIBRARIES and friends work again), " +
		"allow-unsigned-executable-memory and disable-executable-page-protection are broad: they let other " +
		"code run inside your process with its permissions and its TCC grants, and security reviewers flag " +
		"them. Each is allowed without a profile and passes notarization; claim only what the app needs.",
	Fix: "Remove exceptions the app does not need. Instead of disable-library-validation, sign the plug-ins " +
		"and frameworks you load with your own team; instead of allow-unsigned-executable-memory, use " +
		"allow-jit with MAP_JIT.",
	Needs: []Kind{KindEntitlements},
	Run: func(p *Pass) {
		for _, s := range entitlementSources(p.Case) {
			for _, k := range entitlements.SortedKeys(s.Ents) {
				if !strings.HasPrefix(k, "com.apple.security.cs.") {
					continue
				}
				if v, ok := s.Ents[k].(bool); ok && !v {
					continue
				}
				e, _ := entitlements.Lookup(k)
				sev := report.Info
				if e.Broad {
					sev = report.Warning
				}
				p.ReportFinding(report.Finding{Location: s.At, Severity: sev, Message: fmt.Sprintf("%s: %s", k, e.Meaning)})
			}
		}
	},
}

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

// Source: Apple documentation "Using the latest code signature format".
var entXMLDERMismatch = &Check{
	ID:       "ent-xml-der-mismatch",
	Severity: report.Error,
	Title:    "XML and DER entitlements disagree, or the DER form is missing",
	Doc: "A signature carries the entitlements twice: as an XML property list (slot 5) and, since 2021, " +
		"in DER form (slot 7). Since iOS 15, iPadOS 15, tvOS 15 and watchOS 8 the system refuses to launch " +
		"code whose signature has XML entitlements but no DER entitlements (codesign before Xcode 12.5 / " +
		"macOS 11.3 and some re-signing tools do not write it); macOS does not require the DER form yet. " +
		"When the two disagree, the OS enforces the DER form while every tool that prints the XML shows " +
		"something else.",
	Fix: "Re-sign with a current codesign (macOS 11.3 or later), which writes both forms from one " +
		"entitlements file: `codesign --force --sign IDENTITY --entitlements FILE.entitlements " +
		"--generate-entitlement-der APP`. Re-signing tools need an update that writes DER entitlements.",
	Needs:  []Kind{KindMachO}, // Mach-O files, and binaries inside archives
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		// Mach-O files and the executables inside archives, with the same
		// subjects the macho checks use.
		// App Store Connect re-signs what it receives, so an App Store
		// build's missing DER form is repaired on the way to users.
		profileKind := map[report.Location]string{}
		for _, pr := range pairings(p.Case) {
			profileKind[withoutArch(pr.S.At)] = pr.P.P.Kind
		}
		eachMachOSlice(p, func(_ machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Err != nil || ms.Signature == nil || len(ms.Signature.Entitlements) == 0 || ms.EntitlementsErr != nil {
				return
			}
			if len(ms.Signature.EntitlementsDER) == 0 {
				msg := fmt.Sprintf("has XML entitlements (%d keys) but no DER entitlements", len(ms.Entitlements))
				sev := report.Warning
				if platformOfBuild(ms.Platform) == entitlements.IOS {
					sev = report.Error
					if profileKind[withoutArch(subject)] == "app-store" {
						sev = report.Info
						msg += "; App Store Connect re-signs App Store and TestFlight builds in the new format, but installed any other way this signature does not launch on iOS 15 and later"
					}
				}
				p.ReportFinding(report.Finding{Location: subject, Severity: sev, Message: msg})
				return
			}
			if ms.DERErr != nil {
				p.Report(subject, "the DER entitlements cannot be read: %v", ms.DERErr)
				return
			}
			for _, d := range entitlements.CompareXMLDER(ms.Entitlements, ms.EntitlementsDER) {
				p.Report(subject, "%s", d)
			}
		})
	},
}

var entDERForm = &Check{
	ID:       "ent-der-form",
	Severity: report.Warning,
	Title:    "DER entitlements not in the form codesign writes",
	Doc: "codesign writes DER entitlements in one exact form: an [APPLICATION 16] wrapper holding version " +
		"1 and a dictionary whose entries are sorted by key, with true written as 0xff. Some third-party " +
		"signers write a bare SET of key/value pairs, unsorted keys or true as 0x01. The values may be the " +
		"same, but the OS compares and hashes the blob as written: re-signing tools that were fixed for " +
		"this report that codesign --verify and devices rejected the old form (zsign PR #391).",
	Fix: "Re-sign with codesign (macOS 11.3 or later) or an updated re-signing tool so the DER " +
		"entitlements are regenerated: `codesign --force --sign IDENTITY --entitlements FILE.entitlements APP`.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.Inputs {
			if ei := in.entitlementsInput(); ei != nil && ei.Format == entitlements.FormatDER && !ei.DER.Canonical {
				p.Report(in.Location(), "%s", derFormText(ei.DER))
			}
		}
		eachMachOSlice(p, func(_ machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Signature == nil || len(ms.Signature.EntitlementsDER) == 0 {
				return
			}
			if _, info, err := entitlements.DecodeDERInfo(ms.Signature.EntitlementsDER); err == nil && !info.Canonical {
				p.Report(subject, "%s", derFormText(info))
			}
		})
	},
}

// withoutArch is the code at a location, whichever of its slices.
func withoutArch(at report.Location) report.Location {
	at.Arch = ""
	return at
}

func derFormText(info entitlements.DERInfo) string {
	if !info.AppleForm {
		return "the DER entitlements are a bare SET of key/value pairs without Apple's [APPLICATION 16] wrapper and version, the form some third-party signers write"
	}
	return fmt.Sprintf("the DER entitlements (version %d) are not encoded exactly as codesign encodes them (key order, BOOLEAN or INTEGER encoding)", info.Version)
}

var entPairing = &Check{
	ID:       "ent-pairing",
	Severity: report.Info,
	Title:    "Which profile the entitlements were checked against",
	Doc: "Files dropped together are one case. signdoctor checks the entitlements of each entitlements " +
		"file and each signed binary against a provisioning profile of the case: the one whose App ID " +
		"covers the entitlements' application identifier (or the binary's signing identifier), or the only " +
		"profile given. This says which pairing was made, and which entitlements no profile of the case " +
		"is for, so a finding about authorisation can be read against the right profile.",
	Fix: "To check against another profile, analyse the entitlements (or binary) together with just that " +
		"profile. An app's embedded profile is Contents/embedded.provisionprofile (macOS) or " +
		"embedded.mobileprovision (iOS).",
	Needs: []Kind{KindEntitlements},
	Run: func(p *Pass) {
		profiles := caseProfiles(p.Case)
		paired := map[report.Location]bool{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.At] = true
			p.Report(pr.S.At, "checked against the profile %s: %s", pr.P.name(), pr.By)
		}
		if len(profiles) == 0 {
			return
		}
		for _, s := range entitlementSources(p.Case) {
			if paired[s.At] {
				continue
			}
			var ids []string
			for _, cp := range profiles {
				ids = append(ids, cp.Facts.AppID)
			}
			appID, _ := entitlements.AppID(s.Ents)
			p.Report(s.At, "not checked against a profile: its App ID %q is not covered by the profiles given (%s)",
				appID, strings.Join(ids, ", "))
		}
	},
}
