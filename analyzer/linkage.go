package analyzer

import (
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Linkage: the libraries each piece of code in an archive loads, resolved
// the way dyld resolves them (@executable_path, @loader_path, @rpath), so
// the checks can say which are missing, which point at a build machine and
// which lack the loading architecture.

// libraryLink is one dylib load command of one slice, resolved.
type libraryLink struct {
	Loader *bundleNode
	Slice  *machoSlice
	Lib    macho.Library
	// Status is linkFound, linkSystem, linkMissing, linkBuildPath or
	// linkElsewhere (an absolute path outside the OS that the archive
	// cannot say anything about).
	Status string
	// Found is the library's path in the archive (linkFound).
	Found string
	// Target is the code node the library resolved to, when it is one.
	Target *bundleNode
	// Tried are the archive paths dyld would try, in order, when the
	// library is missing; NoRPath says @rpath had no LC_RPATH to expand.
	Tried   []string
	NoRPath bool
	// BuildRPaths are LC_RPATH entries that name a build machine's folder.
	BuildRPaths []string
}

const (
	linkFound     = "found"
	linkSystem    = "system"
	linkMissing   = "missing"
	linkBuildPath = "build-path"
	linkElsewhere = "elsewhere"
	// linkHidden: not found in a folder read by the browser, which does not
	// show symbolic links (Kit.framework/Kit, libfoo.dylib -> libfoo.1.dylib):
	// it may well be there.
	linkHidden = "hidden"
)

// systemLibraryPrefixes are where the OS keeps its libraries (on disk or in
// the dyld shared cache, where a file check would not find them).
var systemLibraryPrefixes = []string{"/usr/lib/", "/System/", "/Library/Apple/", "/usr/libexec/", "/Developer/"}

func isSystemLibraryPath(p string) bool {
	for _, pre := range systemLibraryPrefixes {
		if strings.HasPrefix(p, pre) {
			return true
		}
	}
	return false
}

// buildMachinePath says an absolute path exists only where the code was
// built: a package manager's prefix, a home folder, a temporary or build
// folder. It works on the developer's Mac and nowhere else.
func buildMachinePath(p string) bool {
	for _, pre := range []string{"/usr/local/", "/opt/homebrew/", "/opt/local/", "/Users/", "/home/", "/private/var/folders/", "/var/folders/", "/tmp/", "/private/tmp/", "/Volumes/"} {
		if strings.HasPrefix(p, pre) {
			return true
		}
	}
	return strings.Contains(p, "/DerivedData/") || strings.Contains(p, "/Build/Products/") || strings.Contains(p, "/build/")
}

// maxLinks caps the load commands resolved in one archive: an app's code
// loads some thousands in all; a crafted archive of many binaries each
// claiming thousands stops here rather than filling memory.
const maxLinks = 200_000

// linkage resolves every load command of every slice of every piece of
// code in the archive, once per analysis.
func (bi *bundleInput) linkage() []libraryLink {
	if bi.links != nil {
		return *bi.links
	}
	var out []libraryLink
	byExec := map[string]*bundleNode{}
	for _, bn := range bi.Nodes {
		if bn.MachO != nil && bn.ExecPath != "" {
			byExec[bi.resolvedPath(bn.ExecPath)] = bn
		}
	}
	for _, bn := range bi.Nodes {
		if bn.MachO == nil || bn.ExecPath == "" {
			continue
		}
		for _, s := range bn.MachO.Slices {
			if s.Err != nil {
				continue
			}
			for _, lib := range s.Libraries {
				if len(out) >= maxLinks {
					bi.links = &out
					return out
				}
				l := bi.resolveLibrary(bn, s, lib)
				if l.Status == linkMissing && bi.BrowserFolder {
					l.Status = linkHidden
				}
				if l.Status == linkFound {
					l.Target = byExec[l.Found]
				}
				out = append(out, l)
			}
		}
	}
	bi.links = &out
	return out
}

// resolvedPath follows symbolic links to the entry's real name ("" when the
// path is not in the archive or not a file).
func (bi *bundleInput) resolvedPath(name string) string {
	name = path.Clean(name)
	if name == ".." || strings.HasPrefix(name, "../") || strings.HasPrefix(name, "/") {
		return ""
	}
	e, err := bi.B.FS.Resolve(name)
	if err != nil || e == nil || !e.Mode.IsRegular() {
		return ""
	}
	return e.Name
}

// mainExecutable is the code whose process loads bn: the nearest node, bn
// itself or one enclosing it, whose executable is MH_EXECUTE.
func (bi *bundleInput) mainExecutable(bn *bundleNode) *bundleNode {
	for n := bn.Node; n != nil; n = n.Parent {
		if pn := bi.byPath[n.Path]; pn != nil && pn.MachO != nil && pn.isExecutable() {
			return pn
		}
	}
	return bn
}

// isExecutable says the first readable slice is MH_EXECUTE.
func (bn *bundleNode) isExecutable() bool {
	for _, s := range bn.MachO.Slices {
		if s.Err == nil {
			return s.FileType == 2
		}
	}
	return false
}

// sliceFor is the slice of bn dyld would map for arch (the same CPU type).
func (bn *bundleNode) sliceFor(s *machoSlice) *machoSlice {
	if bn == nil || bn.MachO == nil {
		return nil
	}
	for _, o := range bn.MachO.Slices {
		if o.CPU == s.CPU && o.Err == nil {
			return o
		}
	}
	return nil
}

// rpathSources are the images whose LC_RPATH entries expand @rpath in a
// library loaded by bn: bn, then each enclosing code, then the main
// executable — the images that load it, as far as the bundle's layout says.
// Erring towards more paths keeps the check from calling a library missing
// that dyld would find.
func (bi *bundleInput) rpathSources(bn *bundleNode) []*bundleNode {
	var out []*bundleNode
	seen := map[*bundleNode]bool{}
	add := func(n *bundleNode) {
		if n != nil && n.MachO != nil && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	add(bn)
	for n := bn.Parent; n != nil; n = n.Parent {
		add(bi.byPath[n.Path])
	}
	add(bi.mainExecutable(bn))
	return out
}

func (bi *bundleInput) resolveLibrary(bn *bundleNode, s *machoSlice, lib macho.Library) libraryLink {
	l := libraryLink{Loader: bn, Slice: s, Lib: lib, Status: linkMissing}
	p := lib.Path
	exeDir := path.Dir(bi.mainExecutable(bn).ExecPath)
	loaderDir := path.Dir(bn.ExecPath)
	try := func(candidate string) bool {
		if isSystemLibraryPath(candidate) {
			// /usr/lib/swift, which Xcode puts first in a Swift app's
			// LC_RPATH, holds the Swift runtime and nothing else.
			if strings.HasPrefix(candidate, "/usr/lib/swift/") && !strings.HasPrefix(path.Base(candidate), "libswift") {
				l.Tried = append(l.Tried, candidate)
				return false
			}
			l.Status = linkSystem
			return true
		}
		if strings.HasPrefix(candidate, "/") {
			return false
		}
		clean := path.Clean(candidate)
		l.Tried = append(l.Tried, clean)
		if found := bi.resolvedPath(clean); found != "" {
			l.Status, l.Found = linkFound, found
			return true
		}
		return false
	}
	switch {
	case strings.HasPrefix(p, "@rpath/"):
		rest := strings.TrimPrefix(p, "@rpath/")
		any, elsewhere := false, false
		for _, src := range bi.rpathSources(bn) {
			ss := src.sliceFor(s)
			if ss == nil {
				continue
			}
			srcDir := path.Dir(src.ExecPath)
			for _, rp := range ss.RPaths {
				any = true
				dir, ok := expandLoaderPaths(rp, exeDir, srcDir)
				if !ok {
					switch abs := strings.TrimSuffix(rp, "/") + "/"; {
					case buildMachinePath(abs):
						// A build machine's folder: nothing there on another Mac.
						l.BuildRPaths = append(l.BuildRPaths, rp)
					case isSystemLibraryPath(abs):
						if try(abs + rest) {
							return l
						}
					default:
						elsewhere = true // an absolute folder outside the OS, or an unknown token
					}
					continue
				}
				if try(dir + "/" + rest) {
					return l
				}
			}
		}
		l.NoRPath = !any
		if elsewhere {
			l.Status = linkElsewhere // it may be there, on the Mac it runs on
		}
	case strings.HasPrefix(p, "@executable_path/"), strings.HasPrefix(p, "@loader_path/"):
		dir, _ := expandLoaderPaths(p, exeDir, loaderDir)
		try(dir)
	case strings.HasPrefix(p, "/"):
		switch {
		case isSystemLibraryPath(p):
			l.Status = linkSystem
		case buildMachinePath(p):
			l.Status = linkBuildPath
		default:
			l.Status = linkElsewhere
		}
	default:
		// A bare name or an unknown @ token: dyld searches its fallback
		// paths; nothing here can say where it ends up.
		l.Status = linkElsewhere
	}
	return l
}

// expandLoaderPaths replaces a leading @executable_path or @loader_path with
// the archive folder it stands for; ok is false for any other path.
func expandLoaderPaths(p, exeDir, loaderDir string) (string, bool) {
	switch {
	case p == "@executable_path" || strings.HasPrefix(p, "@executable_path/"):
		return exeDir + strings.TrimPrefix(p, "@executable_path"), true
	case p == "@loader_path" || strings.HasPrefix(p, "@loader_path/"):
		return loaderDir + strings.TrimPrefix(p, "@loader_path"), true
	}
	return "", false
}

// libraryFacts lists what bn's executable loads, one row per load command
// and path, with the slices that load it.
func (bi *bundleInput) libraryFacts(bn *bundleNode) []report.BundleLibrary {
	var out []report.BundleLibrary
	at := map[string]int{}
	for _, l := range bi.linkage() {
		if l.Loader != bn {
			continue
		}
		key := l.Lib.Command + "\x00" + l.Lib.Path
		if i, ok := at[key]; ok {
			out[i].Archs = append(out[i].Archs, l.Slice.Arch)
			continue
		}
		at[key] = len(out)
		out = append(out, report.BundleLibrary{Command: l.Lib.Command, Path: l.Lib.Path, Status: l.Status, Resolved: l.Found, Archs: []string{l.Slice.Arch}})
	}
	return out
}
