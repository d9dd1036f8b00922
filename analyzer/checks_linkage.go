package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks of the libraries code loads, resolved as dyld resolves them inside
// an archive (linkage.go): missing, pointing at a build machine, lacking the
// loading architecture, or refused by library validation.

// eachLink calls fn for every resolved load command of every archive.
func eachLink(p *Pass, fn func(in *Input, bi *bundleInput, l libraryLink)) {
	eachBundle(p, func(in *Input, bi *bundleInput) {
		for _, l := range bi.linkage() {
			fn(in, bi, l)
		}
	})
}

func linkAt(in *Input, l libraryLink) report.Location {
	return archAt(bundleAt(in, l.Loader.ExecPath), l.Slice)
}

// missingLibraryMessage says what was asked for and everywhere dyld looked.
func missingLibraryMessage(l libraryLink) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s is not in the bundle", l.Lib.Command, l.Lib.Path)
	switch {
	case l.NoRPath:
		b.WriteString(": no LC_RPATH, in this code or the code that loads it, says where @rpath is")
	case len(l.Tried) > 0:
		fmt.Fprintf(&b, " (tried %s)", strings.Join(l.Tried, ", "))
	}
	if len(l.BuildRPaths) > 0 {
		fmt.Fprintf(&b, "; LC_RPATH %s names a folder of the Mac it was built on", strings.Join(l.BuildRPaths, ", "))
	}
	return b.String()
}

var linkageLibraryMissing = &Check{
	ID:       "linkage-library-missing",
	Severity: report.Error,
	Title:    "A library the code loads is not in the bundle",
	Doc: "Every LC_LOAD_DYLIB (and LC_REEXPORT_DYLIB, LC_LOAD_UPWARD_DYLIB) names a library dyld must find before " +
		"the code runs. Paths starting @executable_path, @loader_path or @rpath point inside the app; @rpath is " +
		"expanded with each LC_RPATH of the loading code and of the code that loaded it. When none of the paths " +
		"holds the library the process is killed at launch with \"dyld: Library not loaded: @rpath/…\" and " +
		"\"Reason: tried: …\" — and Gatekeeper, which checks load commands before first launch, rejects the app " +
		"as damaged (Apple: \"Resolving Gatekeeper Problems Caused by Dangling Load Command Paths\"). It usually " +
		"means a library or framework was linked but not copied into the bundle, or was copied to a folder no " +
		"LC_RPATH names.",
	Fix: "Embed the library: in Xcode add it to the target's \"Frameworks, Libraries, and Embedded Content\" as " +
		"\"Embed & Sign\" (or a Copy Files phase to Frameworks). Check the paths with `otool -L` and `otool -l | " +
		"grep -A2 LC_RPATH` on the executable; add a search path with `install_name_tool -add_rpath " +
		"@executable_path/../Frameworks EXECUTABLE` (macOS) or `@executable_path/Frameworks` (iOS) before signing.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachLink(p, func(in *Input, _ *bundleInput, l libraryLink) {
			if l.Status == linkMissing && !l.Lib.Weak() {
				p.Report(linkAt(in, l), "%s", missingLibraryMessage(l))
			}
		})
	},
}

var linkageWeakLibraryMissing = &Check{
	ID:       "linkage-weak-library-missing",
	Severity: report.Warning,
	Title:    "A weakly linked library is not in the bundle",
	Doc: "An LC_LOAD_WEAK_DYLIB lets the process start without the library; every symbol from it is then " +
		"NULL, and code that calls one crashes. A weak load command whose @rpath or @loader_path leads " +
		"nowhere inside the bundle is also what Gatekeeper calls a dangling load command: a path an attacker " +
		"could fill with their own library, so Gatekeeper may refuse the downloaded app.",
	Fix: "Embed the library if the code uses it; if not, remove it from the target's linked frameworks so the " +
		"load command goes away. `otool -l EXECUTABLE | grep -B1 -A3 LC_LOAD_WEAK_DYLIB` lists them.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachLink(p, func(in *Input, _ *bundleInput, l libraryLink) {
			if l.Status == linkMissing && l.Lib.Weak() {
				p.Report(linkAt(in, l), "%s", missingLibraryMessage(l))
			}
		})
	},
}

var linkageBuildMachinePath = &Check{
	ID:       "linkage-build-machine-path",
	Severity: report.Warning,
	Title:    "The code loads a library from the build machine's folders",
	Doc: "A load command with an absolute path into /usr/local, /opt/homebrew, a home folder, a temporary " +
		"folder or a build folder finds its library on the Mac that built the code and on no other: elsewhere " +
		"dyld stops the launch with \"Library not loaded\", and a path that does not exist on the user's Mac is " +
		"a dangling load command Gatekeeper can refuse. It comes from linking a package manager's library " +
		"(Homebrew's libffi, OpenSSL, …) without copying it into the app.",
	Fix: "Copy the library into the bundle (Contents/Frameworks), point the load command at it with " +
		"`install_name_tool -change OLD_PATH @rpath/LIBRARY EXECUTABLE`, give the library an @rpath install " +
		"name (`install_name_tool -id @rpath/LIBRARY LIBRARY`), then sign inside-out. Tools such as " +
		"dylibbundler do this for every library.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches, report.GoalOpensAfterDownload},
	Run: func(p *Pass) {
		eachLink(p, func(in *Input, _ *bundleInput, l libraryLink) {
			if l.Status == linkBuildPath {
				p.Report(linkAt(in, l), "%s %s exists only where the code was built", l.Lib.Command, l.Lib.Path)
			}
		})
	},
}

var linkageArchMissing = &Check{
	ID:       "linkage-arch-missing",
	Severity: report.Error,
	Title:    "A library lacks the loading code's architecture",
	Doc: "dyld maps the slice of a library that matches the process's architecture. When the embedded " +
		"library has no such slice — an x86_64-only dylib in an arm64 app, or an arm64 slice missing from a " +
		"universal app's framework — the launch stops with \"Library not loaded … (mach-o file, but is an " +
		"incompatible architecture (have 'x86_64', need 'arm64'))\".",
	Fix: "Rebuild or replace the library with every architecture the app ships (`lipo -info LIBRARY` shows " +
		"them; `lipo -create` joins thin builds), or drop that architecture from the app.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		eachLink(p, func(in *Input, _ *bundleInput, l libraryLink) {
			if l.Status != linkFound || l.Target == nil || l.Target.MachO == nil || l.Target.sliceFor(l.Slice) != nil {
				return
			}
			var have []string
			for _, s := range l.Target.MachO.Slices {
				if s.Arch != "" {
					have = append(have, s.Arch)
				}
			}
			if len(have) == 0 {
				return // not readable as Mach-O: other checks say so
			}
			p.Report(linkAt(in, l), "loads %s (%s), which has no %s slice (it has %s)", l.Lib.Path, l.Found, l.Slice.Arch, strings.Join(have, ", "))
		})
	},
}

var linkageLibraryValidation = &Check{
	ID:       "linkage-library-validation",
	Severity: report.Error,
	Title:    "Library validation refuses a library the code loads",
	Doc: "Code signed with the hardened runtime, and every iOS app, runs under library validation: it may map " +
		"only code signed by Apple or with its own Team ID. An embedded library that is unsigned, signed ad hoc " +
		"or signed by another team fails to load (\"code signature … not valid for use in process: mapping " +
		"process and mapped file (non-platform) have different Team IDs\"), and the process is killed at launch. " +
		"The entitlement com.apple.security.cs.disable-library-validation turns the rule off for a macOS app " +
		"that must load others' plug-ins.",
	Fix: "Sign the library with the app's identity before signing the app, inside-out: `codesign --force " +
		"--options runtime --timestamp --sign IDENTITY LIBRARY`. In Xcode, \"Embed & Sign\" does it.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		eachLink(p, func(in *Input, bi *bundleInput, l libraryLink) {
			if l.Status != linkFound || l.Target == nil || l.Target == l.Loader {
				return
			}
			if !underLibraryValidation(l.Loader, l.Slice) {
				return
			}
			team := l.Loader.team()
			lib := l.Target
			// Unsigned nested code, and nested code of another team under its
			// parent, have their own findings (bundle-nested-unsigned,
			// bundle-nested-team-mismatch); this adds what they leave out.
			parent := bi.parentCode(lib)
			switch {
			case lib.appleSigned() || !lib.signed():
				return
			case lib.team() == "":
				p.Report(linkAt(in, l), "loads %s, which is signed ad hoc (no Team ID); this code's team is %s", l.Found, team)
			case lib.team() != team && (parent == nil || parent.team() == "" || parent.team() == lib.team()):
				p.Report(linkAt(in, l), "loads %s, signed by team %s; this code's team is %s", l.Found, lib.team(), team)
			}
		})
	},
}

// underLibraryValidation says a certificate-signed slice runs with library
// validation: the hardened runtime (macOS) or any iOS-family platform, unless
// its entitlements turn it off.
func underLibraryValidation(bn *bundleNode, s *machoSlice) bool {
	if s.Kind != sigCertificate || bn.team() == "" || bn.appleSigned() {
		return false
	}
	if v, ok := s.Entitlements["com.apple.security.cs.disable-library-validation"].(bool); ok && v {
		return false
	}
	if s.Platform == "macos" || s.Platform == "" || s.Platform == "maccatalyst" {
		cd := s.Signature.Primary()
		return cd != nil && cd.Flags&0x10000 != 0 // CS_RUNTIME
	}
	return !strings.HasSuffix(s.Platform, "simulator")
}
