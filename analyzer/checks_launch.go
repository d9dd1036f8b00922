package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Trusted-execution rules for Mac code that are not about one file alone:
// what macOS checks at launch between the signature, the entitlements and
// the provisioning profile (Apple: "Resolving Trusted Execution Problems").

func init() {
	register(entRestrictedWithoutProfile)
}

// developerCertKinds are the certificates a developer signs Mac code with.
var developerCertKinds = map[string]bool{
	certs.KindDeveloperIDApp: true, certs.KindAppleDevelopment: true, certs.KindMacAppDistribution: true,
	"Apple Distribution": true, "Mac Developer": true, "Mac Development": true,
}

var entRestrictedWithoutProfile = &Check{
	ID:       "ent-restricted-without-profile",
	Severity: report.Error,
	Title:    "Restricted entitlements with no profile to authorise them",
	Doc: "On macOS an entitlement such as com.apple.developer.* or keychain-access-groups is restricted: the " +
		"system honours it only when a provisioning profile embedded in the code's bundle " +
		"(Contents/embedded.provisionprofile) authorises it. Code signed with a Developer ID or development " +
		"certificate that claims one and carries no profile is killed the moment it starts: the crash report " +
		"says \"EXC_CRASH (SIGKILL (Code Signature Invalid))\", and the system log has amfid \"No matching " +
		"profile found\" and taskgated-helper \"Unsatisfied entitlements\" (error -413). A bare executable — a " +
		"command-line tool or a helper outside any bundle — cannot carry a profile at all.",
	Fix: "Either remove the restricted entitlements from the .entitlements file and sign again, or embed a " +
		"profile that authorises them: create a Developer ID (or development) profile for the App ID with the " +
		"capabilities enabled, copy it to Contents/embedded.provisionprofile, then sign inside-out. A " +
		"command-line tool that needs a restricted entitlement must be wrapped in an app-like bundle (Apple: " +
		"\"Signing a daemon with a restricted entitlement\").",
	Needs:  []Kind{KindAny}, // a Mach-O, alone or inside an archive
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		paired := map[string]bool{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.Subject] = true
		}
		report1 := func(s entSource, bare bool) {
			if s.slice == nil || s.Platform != entitlements.MacOS || s.slice.Signature != sigCertificate ||
				!developerCertKinds[s.CertKind] || s.embedded != nil || paired[s.Subject] {
				return
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
			if len(keys) == 0 {
				return
			}
			if bare {
				// Dropped alone, it may be an app's executable whose bundle
				// holds the profile: say what decides it.
				p.ReportFinding(report.Finding{Severity: report.Warning, Subject: s.Subject, Message: fmt.Sprintf(
					"is signed with a %s certificate and claims %s: run as a bare executable it cannot carry the provisioning profile that would authorise them, and macOS kills it at launch; inside an app, the app's embedded profile must authorise them (drop the zipped app to check)",
					s.CertKind, strings.Join(keys, ", "))})
				return
			}
			p.Report(s.Subject, "is signed with a %s certificate and claims %s, but no provisioning profile is embedded to authorise them: macOS kills it at launch (amfid: \"No matching profile found\")",
				s.CertKind, strings.Join(keys, ", "))
		}
		for _, in := range p.Case.Inputs {
			for _, a := range in.Artifacts {
				switch f := a.Facts.(type) {
				case *report.MachO:
					for _, s := range machoSources(a.Name, f) {
						report1(s, true)
					}
				case *report.Bundle:
					raw := embeddedProfiles(in)
					for i := range f.Code {
						for _, s := range bundleSources(a.Name, &f.Code[i], raw, 0) {
							report1(s, false)
						}
					}
				}
			}
		}
	},
}
