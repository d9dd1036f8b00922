package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Keys that need attention wherever they appear: build variables left
// unexpanded, Apple-only keys, debugging (judged against the profile when
// there is one), and hardened runtime exceptions.

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
