package analyzer

import (
	"fmt"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The signatures of the code in a bundle: the main executable, the code
// nested in it (frameworks, plug-ins, helpers), and an updater that must
// be allowed to replace the app.

var bundleMainUnsigned = &Check{
	ID:       "bundle-main-unsigned",
	Severity: report.Error,
	Title:    "Main executable is not signed",
	Doc: "A bundle's main executable carries the signature that seals the whole bundle. This one has " +
		"none (no LC_CODE_SIGNATURE), so the bundle is unsigned however its nested code is signed: " +
		"codesign says \"code object is not signed at all\", iOS refuses to install it and macOS refuses " +
		"to run its arm64 code on Apple silicon (Intel code still runs, translated by Rosetta). Simulator builds are often left unsigned; they cannot go on a " +
		"device either way.",
	Fix: "Sign the bundle (nested code first, the app last): `codesign --force --sign IDENTITY " +
		"[--entitlements App.entitlements] App.app`. For a device, build for the device " +
		"(`xcodebuild -sdk iphoneos`), not the simulator.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.MachO == nil || bn.Kind == bundle.KindDylib || bn.Kind == bundle.KindExecutable || bn.signed() {
				return
			}
			if parent := bi.parentCode(bn); parent != nil && parent.signed() {
				return // bundle-nested-unsigned says it
			}
			var signedNested, appleNested int
			var walk func(n *bundle.Node)
			walk = func(n *bundle.Node) {
				for _, c := range n.Children {
					if cn := bi.byPath[c.Path]; cn != nil && cn.signed() {
						signedNested++
						if cn.appleSigned() {
							appleNested++
						}
					}
					walk(c)
				}
			}
			walk(bn.Node)
			var msg strings.Builder
			fmt.Fprintf(&msg, "the main executable %s has no signature", path.Base(bn.ExecPath))
			if signedNested > 0 {
				fmt.Fprintf(&msg, ", while %d piece%s of nested code %s signed", signedNested, plural(signedNested, "", "s"), plural(signedNested, "is", "are"))
				if appleNested == signedNested {
					msg.WriteString(" (by Apple: the Swift runtime libraries Xcode copies in come signed)")
				}
			}
			fix := commands(codesignCommand("", nil, bn.Path))
			if bn.simulator() {
				if !inIPA(in, bn) {
					// The Simulator runs unsigned code: nothing fails until
					// the build is meant for a device.
					msg.WriteString("; it is a Simulator build, which the Simulator runs unsigned; a device build (`xcodebuild -sdk iphoneos`) must be signed")
					p.ReportFinding(report.Finding{Severity: report.Info, Location: bundleAt(in, bn.ExecPath), Message: msg.String()})
					return
				}
				msg.WriteString("; it is a simulator build, which cannot be installed on a device")
				fix = "Build for the device (`xcodebuild -sdk iphoneos`), not the simulator, then sign: " + fix
			}
			p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ExecPath), Message: msg.String(), Fix: fix})
		})
	},
}

// inIPA says the node is inside an .ipa (Payload/…), which is for devices.
func inIPA(in *Input, bn *bundleNode) bool {
	return strings.HasPrefix(bn.Path, "Payload/") || strings.HasSuffix(strings.ToLower(in.Name), ".ipa")
}

var bundleNestedUnsigned = &Check{
	ID:       "bundle-nested-unsigned",
	Severity: report.Error,
	Title:    "Nested code is not signed",
	Doc: "Every piece of code inside a signed bundle (frameworks, dylibs, plug-ins, helpers) must be " +
		"signed itself: the outer signature seals it by its signature, not by its bytes. Unsigned nested " +
		"code makes `codesign --verify --deep` fail with \"code object is not signed at all\" naming the " +
		"subcomponent, notarization rejects it, and the loader refuses to load it under library " +
		"validation.",
	Fix: "Sign nested code before the outer bundle, inside-out: `codesign --force --sign IDENTITY " +
		"--options runtime App.app/Contents/Frameworks/X.framework`, then the app. In Xcode, tick " +
		"\"Code Sign On Copy\" for the framework in the Embed Frameworks phase.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.MachO == nil || bn.signed() {
				return
			}
			if parent := bi.parentCode(bn); parent != nil && parent.signed() {
				ms := parent.firstSlice()
				p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ExecPath),
					Message: fmt.Sprintf("not signed, inside %s, which is signed", path.Base(parent.Path)),
					Fix:     commands(append([]string{codesignCommand(signingIdentity(ms), distributionOptions(ms), bn.Path)}, resignOuter(bi, bn)...)...)})
			}
		})
	},
}

var bundleNestedTeam = &Check{
	ID:       "bundle-nested-team-mismatch",
	Severity: report.Error,
	Title:    "Nested code signed by another team",
	Doc: "Under library validation (the hardened runtime on macOS, always on iOS) a process may load " +
		"only code signed by its own team or by Apple. A framework or plug-in signed by another team " +
		"fails to load (\"mapping process and mapped file (non-platform) have different Team IDs\"), " +
		"and App Store processing rejects the upload.",
	Fix: "Re-sign the nested code with your identity before signing the app: `codesign --force --sign " +
		"IDENTITY --options runtime PATH`, inside-out. A vendor's framework is meant to be re-signed when " +
		"embedded (Xcode does it with \"Code Sign On Copy\").",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			parent := bi.parentCode(bn)
			if bn.MachO == nil || parent == nil || bn.appleSigned() || parent.appleSigned() {
				return
			}
			t, pt := bn.team(), parent.team()
			if t != "" && pt != "" && t != pt {
				ms := parent.firstSlice()
				p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ExecPath),
					Message: fmt.Sprintf("signed by team %s, but %s is signed by team %s", t, path.Base(parent.Path), pt),
					Fix: commands(append([]string{codesignCommand(signingIdentity(ms), append(distributionOptions(ms), preserveMetadata), bn.Path)},
						resignOuter(bi, bn)...)...)})
			}
		})
	},
}

var bundleNestedRuntime = &Check{
	ID:       "bundle-nested-no-runtime",
	Severity: report.Warning,
	Title:    "Nested code without the hardened runtime",
	Doc: "Notarization requires the hardened runtime on every executable in a Developer ID app, not " +
		"only the main one: the notary service rejects the upload with \"The executable does not have the " +
		"hardened runtime enabled\" for each helper, XPC service or framework binary signed without it.",
	Fix: "Sign each nested executable with `--options runtime`: `codesign --force --options runtime " +
		"--timestamp --sign \"Developer ID Application: …\" PATH`, inside-out, then the app. In Xcode, " +
		"set ENABLE_HARDENED_RUNTIME = YES on every target.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			parent := bi.parentCode(bn)
			if bn.MachO == nil || parent == nil || !bn.signed() || bn.appleSigned() || bn.runtime() {
				return
			}
			// Only where the outer code opted in: then the nested code is
			// meant for notarization too.
			if root := bi.rootOf(bn); root != nil && root.Layout == bundle.LayoutDeep && root.runtime() {
				ms := bn.firstSlice()
				p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ExecPath),
					Message: fmt.Sprintf("signed without the hardened runtime, while %s has it; notarization rejects this", path.Base(root.Path)),
					Fix: commands(append([]string{codesignCommand(signingIdentity(ms), []string{"--options", "runtime", "--timestamp", preserveMetadata}, bn.Path)},
						resignOuter(bi, bn)...)...)})
			}
		})
	},
}

var bundleUpdaterTeam = &Check{
	ID:       "bundle-updater-team-mismatch",
	Severity: report.Warning,
	Title:    "Updater and app signed by different teams",
	Doc: "Since macOS 13, App Management protection stops one app from modifying another (replacing it " +
		"with an update, patching its bundle) unless both are signed by the same team, or the app being " +
		"modified lists the updater in its Info.plist under NSUpdateSecurityPolicy (AllowProcesses: " +
		"team ID to the updater's signing identifiers). Otherwise the update fails with \"Operation not " +
		"permitted\" and the user sees a prompt under Privacy & Security. Two Mac apps dropped together " +
		"are taken as an updater and the app it updates.",
	Fix: "Sign the updater and the app with the same team's Developer ID, or add to the updated app's " +
		"Info.plist: NSUpdateSecurityPolicy = { AllowProcesses = { UPDATER_TEAM_ID = ( \"updater.signing.identifier\" ); }; }, " +
		"then sign the app again.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		type macApp struct {
			in *Input
			bn *bundleNode
		}
		var apps []macApp
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, r := range bi.B.Roots {
				bn := bi.byPath[r.Path]
				if r.Layout == bundle.LayoutDeep && r.Kind == bundle.KindApp && bn != nil && bn.signed() && bn.team() != "" {
					apps = append(apps, macApp{in, bn})
				}
			}
		})
		for i := 0; i < len(apps); i++ {
			for j := i + 1; j < len(apps); j++ {
				a, b := apps[i], apps[j]
				if a.bn.team() == b.bn.team() || allowsUpdater(a.bn, b.bn) || allowsUpdater(b.bn, a.bn) {
					continue
				}
				p.Report(bundleAt(a.in, a.bn.Path), "%s (team %s) and %s (team %s, in %s) are signed by different teams and neither's NSUpdateSecurityPolicy allows the other: if one updates the other, macOS 13 and later block it",
					path.Base(a.bn.Path), a.bn.team(), path.Base(b.bn.Path), b.bn.team(), b.in.Name)
			}
		}
	},
}

// allowsUpdater says target's NSUpdateSecurityPolicy lets updater modify it.
func allowsUpdater(target, updater *bundleNode) bool {
	pol, _ := target.InfoPlist["NSUpdateSecurityPolicy"].(map[string]any)
	allow, _ := pol["AllowProcesses"].(map[string]any)
	ids, _ := allow[updater.team()].([]any)
	for _, v := range ids {
		if s, ok := v.(string); ok && s == updater.identifier() {
			return true
		}
	}
	return false
}
