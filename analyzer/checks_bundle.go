package analyzer

import (
	"archive/zip"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on app archives (the .ipa, zipped .app or .xcarchive) as a whole:
// what could not be read, no code, a missing main executable, an unreadable
// Info.plist; and the helpers every bundle check uses. The seal, the nested
// code, misplaced files and the embedded profile are in
// checks_bundle_<theme>.go, the stapled ticket in checks_ticket.go, and how
// a bundle is laid out in checks_structure.go.

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
			var bundles, missing, signedAsData []string
			for _, bn := range bi.Nodes {
				bundles = append(bundles, bn.Path)
				if bn.ExecMissing {
					missing = append(missing, fmt.Sprintf("%s names %q", path.Base(bn.Path), bn.Executable))
				}
				// codesign signs a bundle without an executable by writing
				// its CodeDirectory and signature as files in _CodeSignature.
				if e := bi.B.FS.Entry(bn.ContentRoot + "/_CodeSignature/CodeDirectory"); e != nil && !bn.ExecMissing {
					signedAsData = append(signedAsData, bn.Path)
				}
			}
			if len(bundles) > 0 && len(signedAsData) == len(bundles) {
				p.ReportFinding(report.Finding{Severity: report.Info, Location: in.Location(),
					Message: fmt.Sprintf("the archive holds no executable code: %s %s signed as a bundle without code (its signature is in _CodeSignature/CodeDirectory, not in a Mach-O executable): signdoctor compares its files with the seal but does not check that signature",
						strings.Join(signedAsData, ", "), plural(len(signedAsData), "is", "are"))})
				return
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
