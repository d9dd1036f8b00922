package analyzer

import (
	"fmt"
	"path"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The seal over a bundle's resources (_CodeSignature/CodeResources): files
// changed, added or removed after signing, the Info.plist and CodeResources
// the signature hashes, and a seal that cannot be read.

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
