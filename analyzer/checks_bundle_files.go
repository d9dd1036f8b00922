package analyzer

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Files in the wrong place or state: an executable without its x
// permission, code under Resources, data in Contents/MacOS, AppleDouble and
// .DS_Store files, an .ipa without Payload/ at its top.

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
