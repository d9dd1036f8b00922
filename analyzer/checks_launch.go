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

// nodeEntitlements are the entitlements of bn's first signed slice, nil
// when it has none.
func nodeEntitlements(bn *bundleNode) map[string]any {
	if bn.MachO == nil {
		return nil
	}
	for _, s := range bn.MachO.Slices {
		if s.Signature == nil {
			continue
		}
		if len(s.Entitlements) > 0 {
			return s.Entitlements
		}
		if len(s.EntitlementsDER) > 0 {
			return s.EntitlementsDER
		}
	}
	return nil
}

// nodeFileType is the first readable slice's Mach-O file type.
func nodeFileType(bn *bundleNode) uint32 {
	if bn.MachO != nil {
		for _, s := range bn.MachO.Slices {
			if s.Err == nil {
				return s.FileType
			}
		}
	}
	return 0
}

// nodePlatform is the first slice's platform (macos, ios, …).
func nodePlatform(bn *bundleNode) string {
	if bn.MachO != nil {
		for _, s := range bn.MachO.Slices {
			if s.Platform != "" {
				return s.Platform
			}
		}
	}
	return ""
}

func isTrue(v any) bool { b, ok := v.(bool); return ok && b }

var entOnLibrary = &Check{
	ID:       "ent-on-library",
	Severity: report.Warning,
	Title:    "Entitlements on library code",
	Doc: "Entitlements belong to a process, and a process takes them from its main executable only. Entitlements " +
		"signed into a dylib, a framework or a plug-in do nothing — and they are a sign the code was signed with " +
		"`codesign --deep --entitlements …` or with the app's entitlements applied to every target, which also " +
		"gives every helper the app's identity. Apple's advice: do not apply entitlements to library code.",
	Fix: "Sign libraries and frameworks without `--entitlements`: `codesign --force --options runtime --timestamp " +
		"--sign IDENTITY LIBRARY`, inside-out, and give entitlements only to executables. In Xcode, clear " +
		"CODE_SIGN_ENTITLEMENTS on framework targets.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, _ *bundleInput, bn *bundleNode) {
			if ft := nodeFileType(bn); ft != 6 && ft != 8 { // MH_DYLIB, MH_BUNDLE
				return
			}
			ents := nodeEntitlements(bn)
			if len(ents) == 0 {
				return
			}
			p.Report(bundleAt(in, bn.ExecPath), "is library code signed with entitlements (%s): they have no effect", strings.Join(entitlements.SortedKeys(ents), ", "))
		})
	},
}

var entCopiedToNested = &Check{
	ID:       "ent-copied-to-nested",
	Severity: report.Warning,
	Title:    "Nested code carries exactly the app's entitlements",
	Doc: "A helper, XPC service or extension signed with exactly the main app's entitlements is the mark of " +
		"`codesign --deep --entitlements App.entitlements`: --deep signs every nested executable with the same " +
		"entitlements, so each claims the app's identity (application-identifier, keychain groups) and its " +
		"sandbox settings. An extension then does not match its own profile, and a sandboxed helper gets the " +
		"app's container instead of inheriting the app's sandbox. Apple recommends against --deep for signing.",
	Fix: "Sign each nested executable on its own, inside-out, with its own entitlements (or none), then the app " +
		"— without --deep: `codesign --force --options runtime --timestamp --entitlements HELPER.entitlements " +
		"--sign IDENTITY HELPER`.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			root := bi.rootOf(bn)
			if root == nil || nodeFileType(bn) != 2 {
				return
			}
			ents, rootEnts := nodeEntitlements(bn), nodeEntitlements(root)
			if len(ents) == 0 || len(rootEnts) == 0 || len(entitlements.CompareXMLDER(ents, rootEnts)) > 0 {
				return
			}
			if len(ents) == 1 && isTrue(ents["com.apple.security.get-task-allow"]) {
				return // a debug build's only entitlement: every target has it
			}
			p.Report(bundleAt(in, bn.ExecPath), "is signed with exactly the entitlements of %s (%s)", bundleName(root.Path), strings.Join(entitlements.SortedKeys(ents), ", "))
		})
	},
}

var entSandboxHelperInherit = &Check{
	ID:       "ent-sandbox-helper-inherit",
	Severity: report.Error,
	Title:    "Sandbox-inheriting helper with other entitlements",
	Doc: "A helper tool that a sandboxed Mac app starts as a child process inherits the app's sandbox when it is " +
		"signed with com.apple.security.app-sandbox and com.apple.security.inherit — and those two only. With any " +
		"other entitlement beside them the sandbox refuses to initialise it and the helper traps at launch " +
		"(the crash report shows it stopped in _libsecinit_appsandbox).",
	Fix: "Sign the helper with an entitlements file holding exactly com.apple.security.app-sandbox and " +
		"com.apple.security.inherit, both true, and nothing else: `codesign --force --options runtime " +
		"--timestamp --entitlements Helper.entitlements --sign IDENTITY HELPER`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, _ *bundleInput, bn *bundleNode) {
			ents := nodeEntitlements(bn)
			if !isTrue(ents["com.apple.security.inherit"]) {
				return
			}
			var extra []string
			for _, k := range entitlements.SortedKeys(ents) {
				switch k {
				case "com.apple.security.app-sandbox", "com.apple.security.inherit", "com.apple.security.get-task-allow":
					continue // get-task-allow: Xcode adds it to debug builds, which run
				}
				extra = append(extra, k)
			}
			if len(extra) > 0 {
				p.Report(bundleAt(in, bn.ExecPath), "claims com.apple.security.inherit together with %s: the helper traps when its sandbox is set up", strings.Join(extra, ", "))
			}
		})
	},
}

// privacyEntitlements pairs each Info.plist usage description with the
// entitlements that grant the resource to hardened-runtime code (either
// the hardened runtime's or the App Sandbox's name).
var privacyEntitlements = []struct {
	keys []string
	ents []string
	what string
}{
	{[]string{"NSMicrophoneUsageDescription"}, []string{"com.apple.security.device.audio-input", "com.apple.security.device.microphone"}, "the microphone"},
	{[]string{"NSCameraUsageDescription"}, []string{"com.apple.security.device.camera"}, "the camera"},
	{[]string{"NSContactsUsageDescription"}, []string{"com.apple.security.personal-information.addressbook"}, "contacts"},
	{[]string{"NSCalendarsUsageDescription", "NSCalendarsFullAccessUsageDescription", "NSCalendarsWriteOnlyAccessUsageDescription"}, []string{"com.apple.security.personal-information.calendars"}, "calendars"},
	{[]string{"NSPhotoLibraryUsageDescription", "NSPhotoLibraryAddUsageDescription"}, []string{"com.apple.security.personal-information.photos-library"}, "the photo library"},
	{[]string{"NSLocationUsageDescription", "NSLocationWhenInUseUsageDescription", "NSLocationAlwaysAndWhenInUseUsageDescription"}, []string{"com.apple.security.personal-information.location"}, "location"},
	{[]string{"NSAppleEventsUsageDescription"}, []string{"com.apple.security.automation.apple-events", "com.apple.security.temporary-exception.apple-events"}, "other apps through Apple events"},
}

var entPrivacyUsageWithoutEntitlement = &Check{
	ID:       "ent-privacy-usage-without-entitlement",
	Severity: report.Warning,
	Title:    "Usage description without the hardened runtime's resource entitlement",
	Doc: "Under the hardened runtime a Mac app reaches the camera, the microphone, contacts, calendars, photos, " +
		"location or other apps (Apple events) only with the matching resource-access entitlement " +
		"(com.apple.security.device.camera, .device.audio-input, .personal-information.*, " +
		".automation.apple-events). The Info.plist usage description alone is not enough: the request is denied " +
		"silently, no permission prompt appears, and the app is not listed in System Settings > Privacy & Security.",
	Fix: "Add the entitlement: in Xcode, Signing & Capabilities > Hardened Runtime > Resource Access (or App " +
		"Sandbox > Hardware / App Data), or in the .entitlements file, then sign again. Remove usage descriptions " +
		"for resources the app never uses.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, _ *bundleInput, bn *bundleNode) {
			if bn.InfoPlist == nil || nodeFileType(bn) != 2 || nodePlatform(bn) != "macos" || !bn.runtime() {
				return
			}
			ents := nodeEntitlements(bn)
			for _, pe := range privacyEntitlements {
				key := ""
				for _, k := range pe.keys {
					if _, ok := bn.InfoPlist[k]; ok {
						key = k
						break
					}
				}
				if key == "" {
					continue
				}
				granted := false
				for _, e := range pe.ents {
					if v, ok := ents[e]; ok && (isTrue(v) || !isBoolValue(v)) {
						granted = true
					}
				}
				if !granted {
					p.Report(bundleAt(in, bn.ExecPath), "Info.plist has %s but the signature lacks %s: with the hardened runtime, access to %s is denied without a prompt", key, pe.ents[0], pe.what)
				}
			}
		})
	},
}

func isBoolValue(v any) bool { _, ok := v.(bool); return ok }

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
	Needs:  []Kind{KindMachO}, // a Mach-O, alone or inside an archive
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		paired := map[report.Location]bool{}
		for _, pr := range pairings(p.Case) {
			paired[pr.S.At] = true
		}
		report1 := func(s entSource, bare bool) {
			if s.slice == nil || s.Platform != entitlements.MacOS || s.slice.Kind != sigCertificate ||
				!developerCertKinds[s.CertKind] || s.embedded != nil || paired[s.At] {
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
				p.ReportFinding(report.Finding{Severity: report.Warning, Location: s.At, Message: fmt.Sprintf(
					"is signed with a %s certificate and claims %s: run as a bare executable it cannot carry the provisioning profile that would authorise them, and macOS kills it at launch; inside an app, the app's embedded profile must authorise them (drop the zipped app to check)",
					s.CertKind, strings.Join(keys, ", "))})
				return
			}
			p.Report(s.At, "is signed with a %s certificate and claims %s, but no provisioning profile is embedded to authorise them: macOS kills it at launch (amfid: \"No matching profile found\")",
				s.CertKind, strings.Join(keys, ", "))
		}
		for _, in := range p.Case.Inputs {
			if mi := in.machoInput(); mi != nil {
				for _, s := range machoSources(in.Location(), mi.Slices) {
					report1(s, true)
				}
			}
			if bi := in.bundleInput(); bi != nil && bi.B != nil {
				for _, r := range bi.B.Roots {
					for _, s := range bundleSources(in.Name, bi, r, 0) {
						report1(s, false)
					}
				}
			}
		}
	},
}

// looksLikeEntitlements tells an entitlements file from another property
// list taken for one (a bundle's CodeResources has files and rules, and no
// reverse-DNS keys).
func looksLikeEntitlements(m map[string]any) bool {
	for _, k := range []string{"files", "files2", "rules", "rules2"} {
		if _, ok := m[k]; ok {
			return false
		}
	}
	if len(m) == 0 {
		return true
	}
	for k := range m {
		if strings.Contains(k, ".") || strings.Contains(k, "-") {
			return true
		}
	}
	return false
}

func amfiCauseText(e *entitlements.AMFIError) string {
	if e.Cause == "" {
		return ""
	}
	return ": " + e.Cause
}

var entAMFIUnreadable = &Check{
	ID:       "ent-amfi-unreadable",
	Severity: report.Error,
	Title:    "Entitlements codesign and the OS cannot read",
	Doc: "codesign and the OS read entitlements with AMFI's own small XML parser (the kernel's " +
		"OSUnserializeXML), not with the CoreFoundation parser behind plutil and Xcode's editor, so a file " +
		"that `plutil -lint` calls OK can still be refused. It accepts only spaces and tabs between tags (a " +
		"carriage return from Windows line endings is an error), no byte-order mark, no \"--\" inside an XML " +
		"comment, only the &lt; &gt; and &amp; entities, no <real> or <date> values and no key twice in one " +
		"dictionary; a binary property list is not XML to it. codesign then stops with \"Failed to parse " +
		"entitlements: AMFIUnserializeXML: syntax error near line N\"; an entitlements blob already in a " +
		"signature that it cannot read is ignored by the OS (`codesign -d` warns \"binary contains an invalid " +
		"entitlements blob. The OS will ignore these entitlements.\"). Leading spaces and blank lines are fine.",
	Fix: "Rewrite the file as plain XML with LF line endings: `plutil -convert xml1 App.entitlements` removes a " +
		"byte-order mark, comments and CR LF and writes the XML form; then remove comments that contain \"--\", " +
		"duplicate keys and entities other than &lt; &gt; &amp;, and sign again.",
	Needs:  []Kind{KindAny}, // an entitlements file or signed code, alone or in an archive
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindEntitlements) {
			if ei := in.entitlementsInput(); ei != nil && ei.AMFIErr != nil && looksLikeEntitlements(ei.Map) {
				if ei.Format == entitlements.FormatBinary {
					p.ReportFinding(report.Finding{Severity: report.Warning, Location: in.Location(), Message: "a binary property list: AMFI's parser reads XML only, so entitlements signed in this form are ignored by the OS; convert it with `plutil -convert xml1` before signing"})
					continue
				}
				p.Report(in.Location(), "codesign stops with \"Failed to parse entitlements: %v\"%s", ei.AMFIErr, amfiCauseText(ei.AMFIErr))
			}
		}
		eachSignedEntitlementsBlob(p, func(subject report.Location, raw []byte) {
			if err := entitlements.CheckAMFI(raw); err != nil {
				p.Report(subject, "the signature's entitlements blob is one AMFI cannot read (%v%s): the OS ignores these entitlements", err, amfiCauseText(err))
			}
		})
	},
}

// eachSignedEntitlementsBlob calls fn with the XML entitlements blob of
// every signed slice, alone or in an archive.
func eachSignedEntitlementsBlob(p *Pass, fn func(subject report.Location, raw []byte)) {
	each := func(at report.Location, mi *machoInput) {
		for _, ms := range mi.Slices {
			if ms.Signature != nil && len(ms.Signature.Entitlements) > 0 {
				fn(archAt(at, ms), ms.Signature.Entitlements)
			}
		}
	}
	for _, in := range p.Case.Inputs {
		if mi, ok := in.Value.(*machoInput); ok {
			each(in.Location(), mi)
		}
		if bi := in.bundleInput(); bi != nil {
			for _, bn := range bi.Nodes {
				if bn.MachO != nil {
					each(bundleAt(in, bn.ExecPath), bn.MachO)
				}
			}
		}
	}
}
