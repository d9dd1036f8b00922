package analyzer

import (
	"archive/zip"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on app archives: the .ipa, zipped .app or .xcarchive as a whole,
// every piece of code in it, and the seal over its resources.

// eachBundle calls fn for every archive that opened.
func eachBundle(p *Pass, fn func(in *Input, bi *bundleInput)) {
	for _, in := range p.Case.OfKind(KindArchive) {
		if bi := in.bundleInput(); bi != nil && bi.B != nil {
			fn(in, bi)
		}
	}
}

// eachNode calls fn for every node of every archive, parents first.
func eachNode(p *Pass, fn func(in *Input, bi *bundleInput, bn *bundleNode)) {
	eachBundle(p, func(in *Input, bi *bundleInput) {
		for _, bn := range bi.Nodes {
			fn(in, bi, bn)
		}
	})
}

// hasCode says the archive holds at least one Mach-O executable.
func (bi *bundleInput) hasCode() bool {
	for _, bn := range bi.Nodes {
		if bn.ExecPath != "" && bn.IsMachO {
			return true
		}
	}
	return false
}

// parentCode is the nearest enclosing node that has a Mach-O executable.
func (bi *bundleInput) parentCode(bn *bundleNode) *bundleNode {
	for p := bn.Parent; p != nil; p = p.Parent {
		if pn := bi.byPath[p.Path]; pn != nil && pn.MachO != nil {
			return pn
		}
	}
	return nil
}

var bundleArchiveLimit = &Check{
	ID:       "bundle-archive-limit",
	Severity: report.Error,
	Title:    "Archive breaks a safety limit",
	Doc: "An app archive is a zip file, and a zip file can lie: names that climb out of the folder it is " +
		"unpacked into (`../`), absolute paths, backslashes that some tools read as folder separators, " +
		"the same name twice (which copy wins depends on the tool), entries that expand a thousand times " +
		"or more, or more entries than any app has. signdoctor refuses such entries (or the whole " +
		"archive) instead of unpacking them, and so would a careful installer. An archive made by Xcode, " +
		"`ditto` or `zip` from a real app never trips these limits.",
	Fix: "Make the archive again from the app folder: `ditto -c -k --keepParent App.app App.zip` on a Mac " +
		"(keeps symbolic links and permissions), or export the .ipa again from Xcode's Organizer or " +
		"`xcodebuild -exportArchive`. If you did not make the archive yourself, do not unpack it.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindArchive) {
			bi := in.bundleInput()
			if bi == nil {
				continue
			}
			if bi.LimitErr != nil {
				p.Report(in.Location(), "%s; nothing in the archive was read", bi.LimitErr.Msg)
				continue
			}
			for _, pr := range bi.B.FS.Problems {
				name := pr.Entry
				if name == "" {
					name = "(archive)"
				}
				p.Report(bundleAt(in, name), "%s: %s; the entry was left out", pr.Limit, pr.Msg)
			}
		}
	},
}

var bundleDamaged = &Check{
	ID:       "bundle-damaged-archive",
	Severity: report.Error,
	Title:    "Archive entries are damaged",
	Doc: "Each zip entry carries a CRC-32 checksum of its bytes. These entries unpack to bytes whose " +
		"checksum differs: the archive was damaged in transfer, truncated, or edited by a tool that " +
		"changed the data without updating the checksum. `unzip` reports a CRC error and the App Store " +
		"and devices refuse the archive.",
	Fix: "Download or export the archive again and compare its size with the original. Transfer it as " +
		"binary (not through a text-mode FTP or a tool that changes line endings).",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			seen := map[string]bool{}
			for _, d := range bi.B.Damaged {
				if seen[d.Path] {
					continue
				}
				seen[d.Path] = true
				if errors.Is(d.Err, zip.ErrChecksum) {
					p.Report(bundleAt(in, d.Path), "the entry's bytes do not match its CRC-32 checksum; the archive is damaged")
				} else {
					p.Report(bundleAt(in, d.Path), "the entry could not be read: %v", d.Err)
				}
			}
		})
	},
}

var bundleNoCode = &Check{
	ID:       "bundle-no-code",
	Severity: report.Error,
	Title:    "No executable code in the archive",
	Doc: "An app is its executable: the Mach-O file Info.plist names with CFBundleExecutable, signed, " +
		"beside _CodeSignature/CodeResources. This archive has bundle folders and property lists but no " +
		"executable at all, so there is nothing to sign, install or run. Archives like this are test " +
		"fixtures or skeletons (a folder structure with Info.plist files), or an export that failed " +
		"half way. An .ipa must also have Payload/ at its top level.",
	Fix: "Archive and export the app again: in Xcode, Product > Archive, then Distribute App; or " +
		"`xcodebuild archive` followed by `xcodebuild -exportArchive`. Check the .ipa with `unzip -l App.ipa`: " +
		"it lists Payload/App.app/App (the executable) and Payload/App.app/_CodeSignature/CodeResources.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			if bi.hasCode() {
				return
			}
			var bundles, missing []string
			for _, bn := range bi.Nodes {
				bundles = append(bundles, bn.Path)
				if bn.ExecMissing {
					missing = append(missing, fmt.Sprintf("%s names %q", path.Base(bn.Path), bn.Executable))
				}
			}
			var msg strings.Builder
			switch {
			case len(bundles) == 0:
				fmt.Fprintf(&msg, "the archive holds no app, framework or plug-in bundle and no Mach-O file (%d entries)", len(bi.B.FS.Names()))
			default:
				fmt.Fprintf(&msg, "the archive holds no executable code: %s %s only folders and resources, no Mach-O executable and no code signature", strings.Join(bundles, ", "), plural(len(bundles), "has", "have"))
				if len(missing) > 0 {
					fmt.Fprintf(&msg, " (CFBundleExecutable: %s, not in the archive)", strings.Join(missing, "; "))
				}
				msg.WriteString("; this is a skeleton or test fixture, not a built app")
			}
			p.Report(in.Location(), "%s", msg.String())
		})
	},
}

var bundleExecutableMissing = &Check{
	ID:       "bundle-executable-missing",
	Severity: report.Error,
	Title:    "Main executable named in Info.plist is missing",
	Doc: "CFBundleExecutable in a bundle's Info.plist names its main executable. The file is not in " +
		"the bundle, so the bundle cannot launch or load, and codesign reports the bundle as damaged " +
		"(\"main executable failed strict validation\").",
	Fix: "Rebuild the target and check its Build Settings: EXECUTABLE_NAME and the Info.plist's " +
		"CFBundleExecutable ($(EXECUTABLE_NAME)) must agree. If a script copied the bundle, copy it with " +
		"`ditto` so nothing is left behind.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.ExecMissing && bi.hasCode() { // with no code at all, bundle-no-code says it once
				p.Report(bundleAt(in, bn.Path), "Info.plist names the executable %q, which is not in the bundle", bn.Executable)
			}
		})
	},
}

var bundleSealModified = &Check{
	ID:       "bundle-seal-modified",
	Severity: report.Error,
	Title:    "Sealed file changed after signing",
	Doc: "When a bundle is signed, codesign records a hash of every resource file in " +
		"_CodeSignature/CodeResources, and the executable's signature seals that file. Changing a resource " +
		"afterwards (an edited Info.plist of a plug-in, a replaced image, a re-signed framework) breaks " +
		"the seal: `codesign --verify --deep --strict` says \"a sealed resource is missing or invalid\", " +
		"Gatekeeper refuses a downloaded Mac app as damaged, and iOS refuses to install the app.",
	Fix: "Make every change before signing, then sign the outermost bundle last: in Xcode, move the " +
		"build phase (script, copy) that edits the bundle before the signing step; by hand, re-sign with " +
		"`codesign --force --sign IDENTITY App.app` after signing nested code inside-out.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if r := bn.SealResult; r != nil {
				for _, c := range r.Modified {
					p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ContentRoot+"/"+c.Path),
						Message: fmt.Sprintf("modified after %s was signed: %s", path.Base(bn.Path), c.Reason),
						Fix:     commands(resignBundle(bn))})
				}
			}
		})
	},
}

var bundleSealAdded = &Check{
	ID:       "bundle-seal-added",
	Severity: report.Error,
	Title:    "File added after signing",
	Doc: "This file is in the bundle where the signing rules would have sealed it, but " +
		"_CodeSignature/CodeResources does not list it, so it was put there after the bundle was signed " +
		"(syspolicy_check: \"File added after outer app bundle was codesigned\"). codesign --verify " +
		"reports \"a sealed resource is missing or invalid\" with \"file added\", and Gatekeeper and iOS " +
		"refuse the bundle. A provisioning profile copied in after signing is the classic case.",
	Fix: "Put the file in place before signing, then sign again: `codesign --force --sign IDENTITY " +
		"[--entitlements App.entitlements] App.app`. If the file should not be there (an editor's backup, " +
		"a log), remove it. For an embedded profile, let Xcode embed it or copy it before `codesign`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if r := bn.SealResult; r != nil {
				for _, c := range r.Added {
					extra := ""
					if bn.ProfilePath != "" && bn.ContentRoot+"/"+c.Path == bn.ProfilePath {
						extra = "; this is the embedded provisioning profile, copied in after signing"
					}
					p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ContentRoot+"/"+c.Path),
						Message: fmt.Sprintf("added after %s was signed (%s)%s", path.Base(bn.Path), c.Reason, extra),
						Fix:     commands(resignBundle(bn))})
				}
			}
		})
	},
}

var bundleSealRemoved = &Check{
	ID:       "bundle-seal-removed",
	Severity: report.Error,
	Title:    "Sealed file removed after signing",
	Doc: "_CodeSignature/CodeResources lists this file as part of the signed bundle, and it is not " +
		"optional, but the bundle no longer has it. codesign --verify reports \"a sealed resource is " +
		"missing or invalid\" with \"file missing\". A thinning or stripping step after signing, or a " +
		"zip tool that dropped files (symbolic links, empty folders), causes it.",
	Fix: "Rebuild and re-sign, and archive with a tool that keeps everything: `ditto -c -k --keepParent " +
		"App.app App.zip` (not Finder on another OS, not a `zip` without -y, which follows symbolic links).",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if r := bn.SealResult; r != nil {
				for _, c := range r.Removed {
					p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ContentRoot+"/"+c.Path),
						Message: fmt.Sprintf("removed after %s was signed (%s)", path.Base(bn.Path), c.Reason),
						Fix: "Rebuild and re-sign, and archive with a tool that keeps symbolic links and permissions: " +
							commands("ditto -c -k --keepParent "+shellQuote(bn.Path)+" "+shellQuote(path.Base(bn.Path)+".zip"))})
				}
			}
		})
	},
}

var bundleSealFiles = &Check{
	ID:       "bundle-sealed-plist-changed",
	Severity: report.Error,
	Title:    "Info.plist or CodeResources changed after signing",
	Doc: "The executable's signature seals two files of its bundle by hash: Info.plist (special slot -1) " +
		"and _CodeSignature/CodeResources (slot -3), which in turn seals every resource. If either " +
		"differs from what was signed (a build number bumped after signing, a seal regenerated by " +
		"another tool) the whole bundle fails verification: \"invalid Info.plist (plist or signature " +
		"have been modified)\" or \"invalid resource directory\".",
	Fix: "Edit Info.plist before signing (a Run Script phase must come before Xcode's signing step), then " +
		"sign again: `codesign --force --sign IDENTITY App.app`. Check with `codesign --verify --deep " +
		"--strict --verbose=2 App.app`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			for _, m := range bn.InfoPlistChanged {
				where := bn.InfoPlistPath
				if where == "" {
					where = bn.ContentRoot + "/Info.plist"
				}
				p.ReportFinding(report.Finding{Location: bundleAt(in, where),
					Message: fmt.Sprintf("Info.plist is not the one %s was signed with: %s", path.Base(bn.ExecPath), m),
					Fix:     commands(resignBundle(bn))})
			}
			for _, m := range bn.SealFileChanged {
				where := bn.SealPath
				if where == "" {
					where = bn.ContentRoot + "/_CodeSignature/CodeResources"
				}
				p.ReportFinding(report.Finding{Location: bundleAt(in, where),
					Message: fmt.Sprintf("CodeResources is not the one %s was signed with: %s", path.Base(bn.ExecPath), m),
					Fix:     commands(resignBundle(bn))})
			}
		})
	},
}

var bundleMainUnsigned = &Check{
	ID:       "bundle-main-unsigned",
	Severity: report.Error,
	Title:    "Main executable is not signed",
	Doc: "A bundle's main executable carries the signature that seals the whole bundle. This one has " +
		"none (no LC_CODE_SIGNATURE), so the bundle is unsigned however its nested code is signed: " +
		"codesign says \"code object is not signed at all\", iOS refuses to install it and macOS refuses " +
		"to run it on Apple silicon. Simulator builds are often left unsigned; they cannot go on a " +
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

// rootOf is the outermost code-carrying node above bn.
func (bi *bundleInput) rootOf(bn *bundleNode) *bundleNode {
	var root *bundleNode
	for n := bn.Parent; n != nil; n = n.Parent {
		if pn := bi.byPath[n.Path]; pn != nil && pn.MachO != nil {
			root = pn
		}
	}
	return root
}

var bundleNotExecutable = &Check{
	ID:       "bundle-exec-not-executable",
	Severity: report.Error,
	Title:    "Executable without its x permission",
	Doc: "The archive records Unix permissions for its entries, and this executable has no execute " +
		"(x) bit. Unpacked as stored, the app fails to launch (\"The application can't be opened\", " +
		"posix_spawn: Permission denied). Zip tools on Windows or a copy through a file system without " +
		"permissions lose the bit.",
	Fix: "Zip on a Mac with `ditto -c -k --keepParent App.app App.zip` (or `zip -y -r`), which keeps " +
		"permissions and links. To repair an unpacked copy: `chmod +x App.app/Contents/MacOS/App`, then " +
		"verify the signature (the mode is not sealed).",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			e := bn.ExecEntry
			if e == nil || !bn.IsMachO || !e.UnixMode || e.Executable() {
				return
			}
			if bn.Kind == bundle.KindDylib {
				return // libraries are mapped, not executed
			}
			p.ReportFinding(report.Finding{Location: bundleAt(in, bn.ExecPath),
				Message: fmt.Sprintf("stored with mode %s: no execute permission", e.Mode.Perm()),
				Fix:     commands("chmod +x " + shellQuote(bn.ExecPath))})
		})
	},
}

var bundleCodeInResources = &Check{
	ID:       "bundle-code-in-resources",
	Severity: report.Warning,
	Title:    "Code stored under Resources",
	Doc: "In a macOS bundle, code belongs in Contents/MacOS, Frameworks, PlugIns, XPCServices, Helpers " +
		"or Library/…; Contents/Resources is for data. codesign seals a Mach-O file under Resources as " +
		"a data file, so it is not validated as code: notarization rejects it (\"The binary is not " +
		"signed\"), and the loader may refuse it.",
	Fix: "Move the binary to Contents/Helpers (a tool), Contents/Frameworks (a library) or " +
		"Contents/PlugIns, update the paths that load it, and sign it there.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.Parent == nil || !bn.IsMachO {
				return
			}
			owner := bn.Parent
			if owner.Layout != bundle.LayoutDeep {
				return
			}
			if rel := owner.Rel(bn.Path); strings.HasPrefix(rel, "Resources/") {
				p.Report(bundleAt(in, bn.Path), "a Mach-O file under Contents/Resources of %s", path.Base(owner.Path))
			}
		})
	},
}

var bundleDataInMacOS = &Check{
	ID:       "bundle-data-in-macos",
	Severity: report.Warning,
	Title:    "Data stored in Contents/MacOS",
	Doc: "codesign treats everything in Contents/MacOS as code and expects each file there to be signed " +
		"code. A data file (a script's config, a .txt, a .plist) there is signed with a detached " +
		"signature in extended attributes, which zip tools lose, so the app fails verification after a " +
		"download. The error people see names the file: \"code object is not signed at all\" followed by " +
		"\"In subcomponent: …/Contents/MacOS/config.json\" — the answer is to move the file, not to sign it.",
	Fix: "Move data files to Contents/Resources and read them from there (Bundle.main.url(forResource:)). " +
		"Keep only executables in Contents/MacOS.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.Layout != bundle.LayoutDeep || bn.Kind == bundle.KindFramework {
				return
			}
			dir := bn.ContentRoot + "/MacOS"
			entries, err := bi.B.FS.ReadDir(dir)
			if err != nil {
				return
			}
			for _, d := range entries {
				p2 := dir + "/" + d.Name()
				if d.IsDir() || d.Type()&fs.ModeSymlink != 0 || p2 == bn.ExecPath || bi.byPath[p2] != nil {
					continue
				}
				if strings.HasPrefix(d.Name(), "._") || d.Name() == ".DS_Store" {
					continue // reported as stray files
				}
				if bi.B.IsMachOFile(p2) {
					continue // code, under a name the code search skipped
				}
				p.Report(bundleAt(in, p2), "not a Mach-O file, in Contents/MacOS of %s", path.Base(bn.Path))
			}
		})
	},
}

var bundleAppleDouble = &Check{
	ID:       "bundle-appledouble",
	Severity: report.Warning,
	Title:    "AppleDouble files (._ and __MACOSX)",
	Doc: "Finder's Compress and some zip tools store a file's extended attributes and resource fork as a " +
		"separate \"._name\" entry, collected under __MACOSX/. Unpacked by a tool that does not know " +
		"them, they become real files: inside a bundle, a file the seal does not list (\"file added\"), " +
		"and a code signature stored in extended attributes is lost. Their presence also says the " +
		"archive was not made with the tools that keep signatures intact.",
	Fix: "Make the archive with `ditto -c -k --keepParent App.app App.zip` (it stores attributes the " +
		"way unpacking tools expect), or `zip -r -y -X App.zip App.app` (-X leaves them out). Remove stray " +
		"ones with `dot_clean App.app`.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, s := range bi.B.Stray {
				switch {
				case s == "__MACOSX":
					n := 0
					for _, name := range bi.B.FS.Names() {
						if strings.HasPrefix(name, "__MACOSX/") && strings.HasPrefix(path.Base(name), "._") {
							n++
						}
					}
					p.Report(bundleAt(in, "__MACOSX/"), "the archive carries a __MACOSX folder with %d AppleDouble file%s (resource forks and extended attributes, stored apart)", n, plural(n, "", "s"))
				case strings.HasPrefix(path.Base(s), "._"):
					p.Report(bundleAt(in, s), "an AppleDouble file inside the archive's folders")
				}
			}
		})
	},
}

var bundleDSStore = &Check{
	ID:       "bundle-ds-store",
	Severity: report.Info,
	Title:    ".DS_Store files in the archive",
	Doc: ".DS_Store files are Finder's window settings. The signing rules omit them from the seal, so " +
		"they do not break a signature, but they show the bundle was opened in Finder after it was " +
		"built, and they travel to users. App Store Connect ignores them.",
	Fix: "Remove them before archiving: `find App.app -name .DS_Store -delete`, then zip with " +
		"`ditto -c -k --keepParent App.app App.zip`.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			var found []string
			for _, s := range bi.B.Stray {
				if path.Base(s) == ".DS_Store" {
					found = append(found, s)
				}
			}
			if len(found) > 0 {
				p.Report(in.Location(), "%d .DS_Store file%s: %s", len(found), plural(len(found), "", "s"), strings.Join(found, ", "))
			}
		})
	},
}

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

var bundleStapled = &Check{
	ID:       "bundle-stapled-ticket",
	Severity: report.Info,
	Title:    "Notarization ticket stapled or not",
	Doc: "A notarized Mac app can carry its notarization ticket in Contents/CodeResources (put there by " +
		"`xcrun stapler staple`), so Gatekeeper accepts it offline on first launch. Without a stapled " +
		"ticket Gatekeeper looks the ticket up online; that works when the Mac is online. This is " +
		"information, not an error: signdoctor cannot tell from the file whether the app was notarized.",
	Fix: "After notarization succeeds: `xcrun stapler staple App.app`, then zip again with " +
		"`ditto -c -k --keepParent App.app App.zip`. Check with `xcrun stapler validate App.app`.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, r := range bi.B.Roots {
				bn := bi.byPath[r.Path]
				if r.Layout != bundle.LayoutDeep || r.Kind != bundle.KindApp || bn == nil || bn.MachO == nil {
					continue
				}
				if r.StapledTicket {
					p.Report(bundleAt(in, r.ContentRoot+"/CodeResources"), "a notarization ticket is stapled to %s", path.Base(r.Path))
				} else {
					p.Report(bundleAt(in, r.Path), "no notarization ticket is stapled; Gatekeeper will look it up online")
				}
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

var bundleInfoPlistInvalid = &Check{
	ID:       "bundle-info-plist-invalid",
	Severity: report.Error,
	Title:    "Info.plist cannot be read",
	Doc: "Every bundle's Info.plist must be a property list (XML or binary) whose top level is a " +
		"dictionary: it names the executable (CFBundleExecutable) and the identifier " +
		"(CFBundleIdentifier). One that does not parse makes codesign fail (\"invalid Info.plist " +
		"(plist or signature have been modified)\"), the App Store reject the upload and the system " +
		"refuse to launch or install the bundle.",
	Fix: "Check the file with `plutil -lint App.app/Contents/Info.plist` (or Payload/App.app/Info.plist), fix " +
		"what it reports (a stray character from a script, a merge conflict marker), rebuild and sign again.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.InfoPlistErr != nil {
				p.Report(bundleAt(in, bn.InfoPlistPath), "%v", bn.InfoPlistErr)
			}
		})
	},
}

var bundleSealInvalid = &Check{
	ID:       "bundle-seal-invalid",
	Severity: report.Error,
	Title:    "CodeResources cannot be read",
	Doc: "_CodeSignature/CodeResources is the seal over a bundle's resources: an XML property list with " +
		"the hash of every sealed file (files, files2) and the rules that chose them. This one does not " +
		"parse, so nothing in the bundle can be verified; codesign reports the resource envelope as " +
		"invalid and the system refuses the bundle.",
	Fix: "Sign the bundle again so codesign writes a fresh seal: `codesign --force --sign IDENTITY " +
		"App.app` (nested code first). Do not edit CodeResources by hand or with a tool that reformats it.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
			if bn.SealErr != nil {
				p.Report(bundleAt(in, bn.SealPath), "%v", bn.SealErr)
			}
			if bn.Seal != nil {
				for _, pr := range bn.Seal.Problems {
					p.ReportFinding(report.Finding{Severity: report.Warning, Location: bundleAt(in, bn.SealPath), Message: pr})
				}
			}
		})
	},
}

var bundleIPALayout = &Check{
	ID:       "bundle-ipa-layout",
	Severity: report.Error,
	Title:    ".ipa without Payload/App.app at its top",
	Doc: "An .ipa is a zip whose top level holds Payload/, and Payload/ holds exactly the app: " +
		"Payload/App.app. Devices, Apple Configurator, TestFlight and App Store Connect look only there. " +
		"An .ipa zipped from one folder too high (MyBuild/Payload/App.app), or of the .app alone " +
		"(App.app/…), installs nowhere: \"The app could not be installed\" or an upload error about " +
		"a missing Payload folder.",
	Fix: "Zip from inside the folder that holds Payload: `cd build && zip -qry App.ipa Payload` " +
		"(or `ditto -c -k --sequesterRsrc --keepParent Payload App.ipa` run in that folder), or export the " +
		"archive with Xcode's Organizer or `xcodebuild -exportArchive`, which write the layout right.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalAppStore},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			if !strings.HasSuffix(strings.ToLower(in.Name), ".ipa") {
				return
			}
			var apps []string
			for _, r := range bi.B.Roots {
				if r.Kind != bundle.KindApp {
					continue
				}
				if dir, name := path.Split(r.Path); dir == "Payload/" && strings.HasSuffix(name, ".app") {
					return
				}
				apps = append(apps, r.Path)
			}
			if len(apps) > 0 {
				p.Report(in.Location(), "the app is at %s, not at Payload/%s", apps[0], path.Base(apps[0]))
			} else if len(bi.B.Roots) > 0 || len(bi.B.FS.Names()) > 0 {
				p.Report(in.Location(), "no Payload/*.app at the top of the .ipa")
			}
		})
	},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
