package analyzer

import (
	"path"
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// What codesign and App Store Connect refuse in how a bundle is laid out:
// a versioned framework with files beside Versions, a symbolic link that
// leaves its bundle, Simulator slices in an upload, an Info.plist minimum
// OS below the binary's (Apple: "Placing Content in a Bundle").

var bundleLinkerSignedOnly = &Check{
	ID:       "bundle-linker-signed-only",
	Severity: report.Error,
	Title:    "App signed only by the linker",
	Doc: "Xcode's linker gives every arm64 executable an ad hoc signature marked linker-signed, so a fresh " +
		"build can run on the Mac that built it. That signature covers the executable alone: it seals no " +
		"resources, names no Info.plist and has no _CodeSignature folder beside it, so the bundle as a whole is " +
		"not signed. Copied to another Mac and opened after download, macOS says the app \"is damaged and can't " +
		"be opened\"; notarization and iOS installation refuse it. It happens when a build script skips the " +
		"final codesign step, or when files were added to the bundle after Xcode signed it and the signature " +
		"was stripped.",
	Fix: "Sign the bundle after the last change to it, nested code first: `codesign --force --options runtime " +
		"--timestamp --sign IDENTITY App.app` (or `--sign -` for a local ad hoc signature), then check with " +
		"`codesign --verify --deep --strict --verbose=2 App.app`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalInstalls},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, _ *bundleInput, bn *bundleNode) {
			if bn.Layout == "" || bn.MachO == nil || len(bn.MachO.Slices) == 0 || bn.SealPath != "" {
				return
			}
			for _, s := range bn.MachO.Slices {
				if s.Kind != sigLinkerSigned {
					return
				}
			}
			p.Report(bundleAt(in, bn.ExecPath), "carries only the linker's ad hoc signature, and %s has no _CodeSignature: the bundle is not signed", path.Base(bn.Path))
		})
	},
}

var bundleFrameworkNoCurrent = &Check{
	ID:       "bundle-framework-no-current",
	Severity: report.Error,
	Title:    "Versioned framework without Versions/Current",
	Doc: "A versioned macOS framework keeps its versions in Versions/ and names the one in use with the " +
		"symbolic link Versions/Current; the framework's root links (the binary, Resources) go through it. " +
		"Without Versions/Current the root links lead nowhere and codesign cannot tell the framework's layout, " +
		"so it is signed, verified and loaded as something it is not. The link is usually lost by copying or " +
		"zipping with a tool that does not keep symbolic links.",
	Fix: "Recreate the link inside the framework (`cd Kit.framework/Versions && ln -s A Current`), or copy the " +
		"framework again with `ditto` or `cp -R`, and zip apps with `ditto -c -k --keepParent`, which keep " +
		"symbolic links; then sign the framework and the app again.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalLaunches},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			if bi.BrowserFolder {
				return // the browser shows no symbolic links: Current is hidden, not lost
			}
			for _, bn := range bi.Nodes {
				if bn.Kind != bundle.KindFramework || bn.Layout == bundle.LayoutDeep {
					continue
				}
				versions := bi.B.FS.Entry(bn.Path + "/Versions")
				if versions == nil || !versions.Mode.IsDir() || bi.B.FS.Entry(bn.Path+"/Versions/Current") != nil {
					continue
				}
				if have := childNames(bi, bn.Path+"/Versions"); len(have) > 0 {
					p.Report(bundleAt(in, bn.Path), "has Versions/%s but no Versions/Current link", strings.Join(have, ", Versions/"))
				}
			}
		})
	},
}

var bundleAppRootContent = &Check{
	ID:       "bundle-app-root-content",
	Severity: report.Error,
	Title:    "Files beside Contents in a Mac bundle",
	Doc: "A Mac app (or any bundle with a Contents folder) keeps everything in Contents; its root may hold only " +
		"Contents and the Finder's own files (.DS_Store, .LSOverride, the custom icon file \"Icon\\r\"). " +
		"Anything else there is outside the signature's seal, and strict verification — `codesign --verify " +
		"--strict`, and Gatekeeper — refuses the bundle: \"unsealed contents present in the bundle root\". It " +
		"comes from a build or packaging step that put a file (a README, a license, a script) next to Contents.",
	Fix: "Move the file into the bundle (Contents/Resources for data) or out of it, then sign the bundle again: " +
		"`codesign --force --options runtime --timestamp --sign IDENTITY App.app`.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, bn := range bi.Nodes {
				if bn.ContentRoot != bn.Path+"/Contents" {
					continue
				}
				var stray []string
				for _, rest := range childNames(bi, bn.Path) {
					name := bn.Path + "/" + rest
					if rest == "Contents" {
						continue
					}
					switch rest {
					case ".DS_Store", ".LSOverride", "Icon\r", ".SoftwareDepot.tracking":
						if e := bi.B.FS.Entry(name); e != nil && e.Mode.IsRegular() && !e.Executable() {
							continue
						}
					}
					stray = append(stray, rest)
				}
				if len(stray) > 0 {
					p.Report(bundleAt(in, bn.Path), "the bundle's root holds %s beside Contents: strict verification reports \"unsealed contents present in the bundle root\"", strings.Join(stray, ", "))
				}
			}
		})
	},
}

var bundleFrameworkRootContent = &Check{
	ID:       "bundle-framework-root-content",
	Severity: report.Error,
	Title:    "Files beside Versions in a versioned framework",
	Doc: "A macOS framework is versioned: everything lives in Versions/A (or another version), and the " +
		"framework's root holds only the Versions folder and symbolic links into Versions/Current (the " +
		"binary, Resources, Headers, Modules). A real file or folder at the root is outside the version codesign " +
		"seals, and codesign refuses the framework: \"unsealed contents present in the root directory of an " +
		"embedded framework\" — usually a build script that copied Info.plist or headers to the wrong place, or " +
		"a zip that turned the links into copies.",
	Fix: "Move the files into Versions/A and recreate the root's links (`ln -s Versions/Current/Resources " +
		"Resources`), or rebuild the framework; copy frameworks with `ditto` or `cp -R`, and zip apps with " +
		"`ditto -c -k --keepParent`, which keep symbolic links.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature, report.GoalLaunches},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, bn := range bi.Nodes {
				if bn.Kind != bundle.KindFramework || bn.Layout != bundle.LayoutDeep || strings.HasSuffix(bn.ContentRoot, "/Contents") {
					continue
				}
				var stray []string
				// What Security's validateFrameworkRoot allows beside Versions:
				// links to their namesake in the current version, .DS_Store,
				// and module.map (a plain file, or such a link).
				current := "Current"
				if e := bi.B.FS.Entry(bn.Path + "/Versions/Current"); e != nil && e.IsSymlink() {
					if t, err := bi.B.FS.LinkTarget(e); err == nil {
						current = strings.TrimPrefix(t, "./")
					}
				}
				for _, rest := range childNames(bi, bn.Path) {
					name := bn.Path + "/" + rest
					if rest == "Versions" {
						continue
					}
					// Without Unix modes (a zip made on Windows) links arrive as
					// copies: the seal checks say that.
					e := bi.B.FS.Entry(name)
					if e == nil || !e.UnixMode {
						continue
					}
					if e.IsSymlink() {
						t, err := bi.B.FS.LinkTarget(e)
						t = strings.TrimPrefix(t, "./")
						if err == nil && t != "Versions/Current/"+rest && t != "Versions/"+current+"/"+rest {
							stray = append(stray, rest+" (a link to "+t+")")
						}
						continue
					}
					if rest == ".DS_Store" || rest == "module.map" && !e.Executable() {
						continue
					}
					stray = append(stray, rest)
				}
				if len(stray) > 0 {
					p.Report(bundleAt(in, bn.Path), "the framework's root holds %s beside Versions; only links to the same name in Versions/Current may be there: codesign reports \"unsealed contents present in the root directory of an embedded framework\"", strings.Join(stray, ", "))
				}
			}
		})
	},
}

var bundleSymlinkOutside = &Check{
	ID:       "bundle-symlink-outside",
	Severity: report.Error,
	Title:    "A symbolic link leaves its bundle",
	Doc: "A symbolic link inside a signed bundle may point only within that bundle. One that climbs out of it " +
		"(`../../Shared/lib.dylib`) or names an absolute path makes codesign stop with \"invalid destination " +
		"for symbolic link in bundle\", and its target could be anything on the user's Mac.",
	Fix: "Copy the target into the bundle and link to the copy with a relative path that stays inside " +
		"(`ln -s Versions/Current/Kit Kit`), or remove the link.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, name := range bi.B.FS.Names() {
				e := bi.B.FS.Entry(name)
				if e == nil || !e.IsSymlink() {
					continue
				}
				owner := innermostBundle(bi, name)
				if owner == nil {
					continue
				}
				target, err := bi.B.FS.LinkTarget(e)
				if err != nil {
					continue // too long to read: the archive limits say so
				}
				dest := path.Join(path.Dir(name), target)
				if strings.HasPrefix(target, "/") || (dest != owner.Path && !strings.HasPrefix(dest, owner.Path+"/")) {
					p.Report(bundleAt(in, name), "links to %s, outside %s", target, path.Base(owner.Path))
				}
			}
		})
	},
}

// innermostBundle is the deepest bundle (not loose code) containing name.
func innermostBundle(bi *bundleInput, name string) *bundleNode {
	var best *bundleNode
	for _, bn := range bi.Nodes {
		if bn.Layout == "" || !strings.HasPrefix(name, bn.Path+"/") {
			continue
		}
		if best == nil || len(bn.Path) > len(best.Path) {
			best = bn
		}
	}
	return best
}

// isIPA says the archive is an App Store upload's layout: Payload/X.app.
func isIPA(bi *bundleInput) bool {
	for _, r := range bi.B.Roots {
		if strings.HasPrefix(r.Path, "Payload/") && r.Kind == bundle.KindApp {
			return true
		}
	}
	return false
}

// simulatorArchs lists a node's slices built for a Simulator.
func simulatorArchs(bn *bundleNode) []string {
	var out []string
	if bn.MachO == nil {
		return nil
	}
	for _, s := range bn.MachO.Slices {
		iosFamily := s.Platform == "ios" || s.Platform == "tvos" || s.Platform == "watchos" || s.Platform == "xros" || s.Platform == "visionos"
		if strings.HasSuffix(s.Platform, "simulator") || ((s.Arch == "x86_64" || s.Arch == "i386") && iosFamily) {
			out = append(out, s.Arch)
		}
	}
	return out
}

var appStoreSimulatorSlices = &Check{
	ID:       "appstore-simulator-slices",
	Severity: report.Error,
	Title:    "Simulator code in an App Store upload",
	Doc: "An .ipa for App Store Connect or TestFlight may hold device code only. A framework built as a " +
		"universal \"fat\" binary for both the device and the Simulator (x86_64 or i386 slices, or a slice " +
		"whose platform is iossimulator) makes the upload fail with ITMS-90087 \"Unsupported Architectures. " +
		"The executable for … contains unsupported architectures '[x86_64, i386]'\", often with ITMS-90209 " +
		"and ITMS-90125 beside it.",
	Fix: "Use the vendor's XCFramework, which keeps device and Simulator builds apart, instead of a fat " +
		"framework; or strip the Simulator slices before archiving: `lipo -remove x86_64 -remove i386 " +
		"FRAMEWORK_BINARY -output FRAMEWORK_BINARY`, then sign the framework again.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalAppStore},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			if !isIPA(bi) {
				return
			}
			for _, bn := range bi.Nodes {
				sim := simulatorArchs(bn)
				if len(sim) == 0 {
					continue
				}
				if root := bi.rootOf(bn); root != nil && len(simulatorArchs(root)) == len(root.MachO.Slices) {
					continue // the whole app is a Simulator build: said once, on the app
				}
				if bi.rootOf(bn) == nil && len(sim) == len(bn.MachO.Slices) {
					if !bn.signed() {
						continue // bundle-main-unsigned says it is a Simulator build
					}
					p.Report(bundleAt(in, bn.ExecPath), "is a Simulator build (%s): App Store Connect and devices take only device builds (`xcodebuild -sdk iphoneos`, or Product > Archive)", strings.Join(sim, ", "))
					continue
				}
				p.Report(bundleAt(in, bn.ExecPath), "contains Simulator architecture%s %s: App Store Connect rejects the upload (ITMS-90087)", plural(len(sim), "", "s"), strings.Join(sim, ", "))
			}
		})
	},
}

var appStoreMinimumOSBelowBinary = &Check{
	ID:       "appstore-minimum-os-below-binary",
	Severity: report.Error,
	Title:    "Info.plist minimum OS below the binary's",
	Doc: "The minimum OS in a bundle's Info.plist (MinimumOSVersion on iOS, LSMinimumSystemVersion on " +
		"macOS) tells the App Store and the OS which versions may install the app. The binary records its own " +
		"minimum (LC_BUILD_VERSION minos, the deployment target it was compiled for). When the Info.plist " +
		"claims an older version than the binary supports, App Store Connect rejects the upload (ITMS-90208 " +
		"\"Invalid Bundle. The bundle … does not support the minimum OS Version specified in the Info.plist\"), " +
		"and on an older OS the code would not run.",
	Fix: "Make them agree: set the target's deployment target (IPHONEOS_DEPLOYMENT_TARGET or " +
		"MACOSX_DEPLOYMENT_TARGET) and let Xcode write the Info.plist key, or raise the Info.plist value to " +
		"the binary's minimum (`vtool -show-build BINARY` prints it). For a vendor's framework, update it or " +
		"set MinimumOSVersion in its Info.plist to what its binary says.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalAppStore},
	Run: func(p *Pass) {
		eachNode(p, func(in *Input, _ *bundleInput, bn *bundleNode) {
			if bn.InfoPlist == nil || bn.MachO == nil {
				return
			}
			key := "MinimumOSVersion"
			if bn.Layout == bundle.LayoutDeep {
				key = "LSMinimumSystemVersion"
			}
			plistValue, ok := bn.InfoPlist[key].(string)
			if !ok {
				return
			}
			claimed, ok := parseOSVersion(plistValue)
			if !ok {
				return
			}
			for _, s := range bn.MachO.Slices {
				if !s.HasMinOS || strings.HasSuffix(s.Platform, "simulator") || s.Platform == "maccatalyst" {
					continue
				}
				if (key == "MinimumOSVersion") == (s.Platform == "macos") {
					continue // the other family's key
				}
				binMin, ok := parseOSVersion(s.MinOS.String())
				if ok && claimed < binMin {
					p.Report(archAt(bundleAt(in, bn.ExecPath), s), "Info.plist %s is %s, but the binary's minimum is %s", key, plistValue, s.MinOS.String())
					return
				}
			}
		})
	},
}

// parseOSVersion reads "12", "12.1" or "12.1.3" as one comparable number.
func parseOSVersion(v string) (int, bool) {
	parts := strings.Split(strings.TrimSpace(v), ".")
	if len(parts) == 0 || len(parts) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < 3; i++ {
		x := 0
		if i < len(parts) {
			var err error
			if x, err = strconv.Atoi(parts[i]); err != nil || x < 0 || x > 65535 {
				return 0, false
			}
		}
		n = n*1000 + x
	}
	return n, true
}

// macAppStoreBuild says the archive's app is signed for the Mac App Store
// (and so for TestFlight): an App Store certificate or profile.
func macAppStoreBuild(root *bundleNode) bool {
	if root.Layout != bundle.LayoutDeep || root.MachO == nil {
		return false
	}
	if p := root.Profile; p != nil && p.Profile != nil && string(p.Profile.Kind) == "mac-app-store" {
		return true
	}
	for _, s := range root.MachO.Slices {
		if s.Platform == "macos" && (s.CertKind == "3rd Party Mac Developer Application" || s.CertKind == "Apple Distribution") {
			return true
		}
	}
	return false
}

// claimsAppID says the node's signature claims an application identifier.
func claimsAppID(bn *bundleNode) bool {
	ents := nodeEntitlements(bn)
	_, mac := ents["com.apple.application-identifier"]
	_, ios := ents["application-identifier"]
	return mac || ios
}

var appStoreTestFlightProfile = &Check{
	ID:       "appstore-testflight-profile",
	Severity: report.Error,
	Title:    "TestFlight needs a profile in the bundle",
	Doc: "A Mac app uploaded for TestFlight must carry a provisioning profile in its main bundle " +
		"(Contents/embedded.provisionprofile), and every nested app or extension must match its own: one " +
		"whose signature claims an application identifier needs a profile, and one with a profile needs the " +
		"application identifier in its signature. App Store Connect accepts such an upload for the Mac App " +
		"Store but marks it \"Cannot be used with TestFlight\" (ITMS-90889 for the main bundle, ITMS-90885 " +
		"for a nested executable with an application identifier and no profile, ITMS-90886 for one with a " +
		"profile and no application identifier), naming the bundle.",
	Fix: "Create a Mac App Store profile for each bundle's App ID (the helper's or extension's own), embed it " +
		"as Contents/embedded.provisionprofile in that bundle, and sign each with entitlements that include " +
		"com.apple.application-identifier TEAMID.BUNDLEID and com.apple.developer.team-identifier; with " +
		"Xcode's automatic signing each target gets its profile when the target has its own App ID.",
	Needs:  []Kind{KindArchive},
	Blocks: []report.Goal{report.GoalAppStore},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, r := range bi.B.Roots {
				root := bi.byPath[r.Path]
				if root == nil || !macAppStoreBuild(root) {
					continue
				}
				if root.ProfilePath == "" {
					p.Report(bundleAt(in, root.Path), "has no Contents/embedded.provisionprofile: TestFlight needs one in the main bundle (ITMS-90889)")
				}
				for _, bn := range bi.Nodes {
					if bn == root || bn.Layout == "" || bn.MachO == nil || bi.rootOf(bn) != root ||
						(bn.Kind != bundle.KindApp && bn.Kind != bundle.KindAppex) {
						continue
					}
					switch hasID, hasProfile := claimsAppID(bn), bn.ProfilePath != ""; {
					case hasID && !hasProfile:
						p.Report(bundleAt(in, bn.Path), "claims an application identifier but embeds no provisioning profile (ITMS-90885)")
					case !hasID && hasProfile:
						p.Report(bundleAt(in, bn.Path), "embeds a provisioning profile but its signature claims no application identifier (ITMS-90886)")
					}
				}
			}
		})
	},
}

// childNames are the names of the entries directly in folder dir of the
// archive, in the archive's order.
func childNames(bi *bundleInput, dir string) []string {
	var out []string
	prefix := dir + "/"
	for _, name := range bi.B.FS.Names() {
		if rest, ok := strings.CutPrefix(name, prefix); ok && rest != "" && !strings.Contains(rest, "/") {
			out = append(out, rest)
		}
	}
	return out
}
