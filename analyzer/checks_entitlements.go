package analyzer

import (
	"fmt"
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
//
// This file gathers the sources, pairs them and says which pairing was made
// (ent-pairing); the checks are in checks_entitlements_<theme>.go, and what
// macOS refuses at launch in checks_launch.go.

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
			case len(profiles) == 1 && samePlatform(s.Platform, cp.P.Platform):
				// A profile of another platform authorises nothing here
				// (profile-wrong-platform says so).
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

// samePlatform says claims of platform a can be authorised by a profile of
// platform b, as far as each tells.
func samePlatform(a, b entitlements.Platform) bool {
	return a == entitlements.AnyPlatform || b == entitlements.AnyPlatform || a == b
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

func kindOr(kind, fallback string) string {
	if kind == "" {
		return fallback
	}
	return kind
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
			switch {
			case len(profiles) == 1 && !samePlatform(s.Platform, profiles[0].P.Platform):
				p.Report(s.At, "not checked against a profile: the profile given (%s) is for another platform", ids[0])
			case appID == "":
				p.Report(s.At, "not checked against a profile: it claims no App ID, and its identifier is not covered by the profiles given (%s)", strings.Join(ids, ", "))
			default:
				p.Report(s.At, "not checked against a profile: its App ID %q is not covered by the profiles given (%s)",
					appID, strings.Join(ids, ", "))
			}
		}
	},
}
