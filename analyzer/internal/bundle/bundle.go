// Package bundle finds the apps in an archive (.ipa, zipped .app,
// .xcarchive, zipped .appex) and every piece of code inside them: the main
// executable each bundle's Info.plist names, frameworks, plug-ins, XPC
// services, login items, helpers and loose dylibs, as a tree.
//
// It knows both layouts: iOS bundles are shallow (Payload/App.app/App,
// App.app/Info.plist), macOS bundles are deep (App.app/Contents/MacOS/App,
// App.app/Contents/Info.plist), and macOS frameworks are versioned
// (F.framework/Versions/A/F behind the Versions/Current link). The archive is
// read through zipfs, so nothing is extracted; the Mach-O analysis happens in
// the caller, which gets each executable as an io.ReaderAt.
package bundle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/coderesources"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
)

// Layouts.
const (
	LayoutShallow = "ios"   // Info.plist beside the executable
	LayoutDeep    = "macos" // Contents/Info.plist, Contents/MacOS/
)

// Node kinds.
const (
	KindApp          = "app"
	KindAppex        = "appex"
	KindFramework    = "framework"
	KindXPC          = "xpc"
	KindBundle       = "bundle"
	KindSysExtension = "systemextension"
	KindDylib        = "dylib"      // a loose Mach-O library or plug-in
	KindExecutable   = "executable" // a loose Mach-O tool (a helper in MacOS/)
)

// bundleKinds maps a directory extension to the kind of bundle it is.
var bundleKinds = map[string]string{
	".app": KindApp, ".appex": KindAppex, ".framework": KindFramework, ".xpc": KindXPC,
	".bundle": KindBundle, ".plugin": KindBundle, ".systemextension": KindSysExtension,
	".qlgenerator": KindBundle, ".mdimporter": KindBundle, ".kext": KindBundle, ".dext": KindBundle,
	".saver": KindBundle, ".prefPane": KindBundle,
}

// Limits on what is read whole.
const (
	MaxInfoPlist     = 1 << 20
	MaxProfile       = 4 << 20
	MaxCodeResources = coderesources.MaxSize
	// MaxSniffed bounds how many files are opened to look for Mach-O magic.
	MaxSniffed = 20000
)

// Node is one piece of code: a bundle with its main executable, or a loose
// Mach-O file.
type Node struct {
	Path   string // in the archive: "Payload/App.app", "…/Frameworks/libswiftCore.dylib"
	Kind   string
	Layout string // LayoutShallow or LayoutDeep; "" for loose files
	// ContentRoot is where the bundle's files are: Path, Path/Contents, or a
	// versioned framework's current version. Seal paths are relative to it.
	ContentRoot string

	InfoPlistPath string
	InfoPlistRaw  []byte
	InfoPlist     map[string]any
	InfoPlistErr  error
	Identifier    string // CFBundleIdentifier
	Executable    string // CFBundleExecutable (or the name it defaults to)

	// ExecPath is the main executable's path in the archive; "" when the
	// bundle has none. ExecMissing: Info.plist names one that is not there.
	ExecPath    string
	ExecMissing bool
	ExecEntry   *zipfs.Entry
	// IsMachO: the executable starts with Mach-O magic.
	IsMachO bool

	SealPath   string
	SealRaw    []byte
	Seal       *coderesources.Seal
	SealErr    error
	SealResult *coderesources.Result
	SealVerErr error

	// ProfilePath is the embedded profile under its correct name.
	ProfilePath string
	ProfileRaw  []byte
	ProfileErr  error
	// MisnamedProfiles are profile-like files under a name the system ignores.
	MisnamedProfiles []string

	// StapledTicket is Contents/CodeResources (macOS notarization ticket),
	// and Ticket its bytes.
	StapledTicket bool
	Ticket        []byte

	Parent   *Node
	Children []*Node
}

// Rel returns p relative to the node's content root, or "" when outside it.
func (n *Node) Rel(p string) string {
	if p == n.ContentRoot {
		return "."
	}
	if strings.HasPrefix(p, n.ContentRoot+"/") {
		return p[len(n.ContentRoot)+1:]
	}
	return ""
}

// Walk calls fn for n and everything below it, parents first.
func (n *Node) Walk(fn func(*Node)) {
	fn(n)
	for _, c := range n.Children {
		c.Walk(fn)
	}
}

// Bundle is an archive with the apps in it.
type Bundle struct {
	FS *zipfs.FS
	// Roots are the outermost bundles (usually one app).
	Roots []*Node
	// Stray are entries no system tool puts in a signed app: AppleDouble
	// "._" files, __MACOSX/ folders, .DS_Store.
	Stray []string
	// Damaged lists entries that could not be read whole or whose CRC does
	// not match.
	Damaged []Damage
	// LooseCode counts Mach-O files found outside any bundle.
	LooseCode []string
}

// Damage is an entry that could not be read as stored.
type Damage struct {
	Path string
	Err  error
}

// Open reads an archive's directory and builds the tree of code. It reads
// Info.plists, seals and profiles, and the first bytes of candidate code
// files; executables themselves are left for the caller.
func Open(r io.ReaderAt, size int64, limits zipfs.Limits) (*Bundle, error) {
	z, err := zipfs.Open(r, size, limits)
	if err != nil {
		return nil, err
	}
	return OpenFS(z), nil
}

// OpenFS builds the tree of code of an archive or folder already opened as a
// file system (zipfs.FromFolder for a folder).
func OpenFS(z *zipfs.FS) *Bundle {
	b := &Bundle{FS: z}
	b.findStray()
	dirs := b.bundleDirs()
	nodes := map[string]*Node{}
	for _, d := range dirs {
		n := &Node{Path: d, Kind: bundleKinds[path.Ext(d)]}
		nodes[d] = n
		if p := enclosing(d, nodes); p != nil {
			n.Parent = p
			p.Children = append(p.Children, n)
		} else {
			b.Roots = append(b.Roots, n)
		}
		b.describe(n)
	}
	b.findLooseCode(nodes)
	b.Roots = prune(b.Roots)
	for _, n := range nodes {
		sort.Slice(n.Children, func(i, j int) bool { return n.Children[i].Path < n.Children[j].Path })
	}
	return b
}

// prune drops resource bundles (a .bundle folder with neither code nor
// anything below it) and empty folders with a bundle's name: they are files
// of their parent's seal, not code.
func prune(nodes []*Node) []*Node {
	out := nodes[:0]
	for _, n := range nodes {
		n.Children = prune(n.Children)
		empty := n.ExecPath == "" && !n.ExecMissing && len(n.Children) == 0 && n.Seal == nil && n.SealErr == nil
		if empty && (n.Kind == KindBundle || n.InfoPlistPath == "") {
			continue // a resource bundle, or an empty folder named like a bundle
		}
		out = append(out, n)
	}
	return out
}

// bundleDirs lists the folders with a bundle extension, outermost first,
// leaving out __MACOSX and anything inside a _CodeSignature or dSYM.
func (b *Bundle) bundleDirs() []string {
	var out []string
	for _, name := range b.FS.Names() {
		e := b.FS.Entry(name)
		if !e.Mode.IsDir() || strings.HasPrefix(name, "__MACOSX/") || name == "__MACOSX" {
			continue
		}
		if _, ok := bundleKinds[path.Ext(name)]; !ok {
			continue
		}
		if strings.Contains(name, ".dSYM/") || strings.Contains(name, "/Versions/Current/") {
			// Debug symbols are not code; Versions/Current/ is the same
			// bundle again when a zip tool stored the link as a folder.
			continue
		}
		out = append(out, name)
	}
	// Names are sorted, so a parent comes before what it holds.
	return out
}

// enclosing finds the nearest bundle that holds d.
func enclosing(d string, nodes map[string]*Node) *Node {
	for p := path.Dir(d); p != "." && p != "/"; p = path.Dir(p) {
		if n := nodes[p]; n != nil {
			return n
		}
	}
	return nil
}

func (b *Bundle) exists(name string) bool {
	_, err := b.FS.Stat(name)
	return err == nil
}

func (b *Bundle) isFile(name string) bool {
	fi, err := b.FS.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// describe works out a bundle's layout, Info.plist, executable, seal and
// profile.
func (b *Bundle) describe(n *Node) {
	switch {
	case b.exists(n.Path + "/Contents"):
		n.Layout, n.ContentRoot = LayoutDeep, n.Path+"/Contents"
		n.InfoPlistPath = n.ContentRoot + "/Info.plist"
	case n.Kind == KindFramework && b.exists(n.Path+"/Versions/Current"):
		n.Layout = LayoutDeep
		n.ContentRoot = n.Path + "/Versions/Current"
		if e, err := b.FS.Resolve(n.ContentRoot); err == nil {
			n.ContentRoot = e.Name
		}
		n.InfoPlistPath = n.ContentRoot + "/Resources/Info.plist"
	case n.Kind == KindFramework && b.FS.LinksHidden && b.onlyVersion(n.Path) != "":
		// A browser hid Versions/Current: the one version there is stands in.
		n.Layout = LayoutDeep
		n.ContentRoot = n.Path + "/Versions/" + b.onlyVersion(n.Path)
		n.InfoPlistPath = n.ContentRoot + "/Resources/Info.plist"
	default:
		n.Layout, n.ContentRoot = LayoutShallow, n.Path
		n.InfoPlistPath = n.Path + "/Info.plist"
		if n.Kind == KindFramework && !b.exists(n.InfoPlistPath) && b.exists(n.Path+"/Resources/Info.plist") {
			n.InfoPlistPath = n.Path + "/Resources/Info.plist" // an unversioned macOS framework
		}
	}
	if b.isFile(n.InfoPlistPath) {
		n.InfoPlistRaw, n.InfoPlistErr = b.read(n.InfoPlistPath, MaxInfoPlist)
		if n.InfoPlistErr == nil {
			n.InfoPlist, _, n.InfoPlistErr = entitlements.Parse(n.InfoPlistRaw)
			switch {
			case errors.Is(n.InfoPlistErr, entitlements.ErrNotEntitlements):
				//lint:ignore ST1005 the message starts with the file's name
				n.InfoPlistErr = errors.New("Info.plist is not a property list (neither XML nor binary)")
			case n.InfoPlistErr != nil:
				//lint:ignore ST1005 the message starts with the file's name
				n.InfoPlistErr = fmt.Errorf("Info.plist: %w", n.InfoPlistErr)
			}
		}
	} else {
		n.InfoPlistPath = ""
	}
	n.Identifier, _ = n.InfoPlist["CFBundleIdentifier"].(string)
	n.Executable, _ = n.InfoPlist["CFBundleExecutable"].(string)
	named := n.Executable != ""
	if !named {
		n.Executable = strings.TrimSuffix(path.Base(n.Path), path.Ext(n.Path))
	}
	if strings.ContainsAny(n.Executable, "/\\") || n.Executable == ".." {
		n.Executable = path.Base(strings.ReplaceAll(n.Executable, `\`, "/"))
	}
	exec := n.ContentRoot + "/" + n.Executable
	if n.Layout == LayoutDeep && n.Kind != KindFramework {
		exec = n.ContentRoot + "/MacOS/" + n.Executable
	}
	if b.isFile(exec) {
		if e, err := b.FS.Resolve(exec); err == nil {
			n.ExecPath, n.ExecEntry = exec, e
			n.IsMachO = b.sniffMachO(exec)
		}
	} else if named {
		n.ExecMissing = true
	}

	n.SealPath = n.ContentRoot + "/_CodeSignature/CodeResources"
	if b.isFile(n.SealPath) {
		n.SealRaw, n.SealErr = b.read(n.SealPath, MaxCodeResources)
		if n.SealErr == nil {
			n.Seal, n.SealErr = coderesources.Parse(n.SealRaw)
		}
	} else {
		n.SealPath = ""
	}
	if n.Layout == LayoutDeep && n.Kind != KindFramework {
		n.Ticket = b.stapledTicket(n.ContentRoot + "/CodeResources")
		n.StapledTicket = n.Ticket != nil
	}
	b.findProfile(n)
}

// stapledTicket returns the file stapler writes (Contents/CodeResources)
// when it is a ticket: a file, not a link (10.5-era bundles link that path
// to _CodeSignature/CodeResources), whose bytes start with a ticket's
// "s8ch"; nil otherwise.
func (b *Bundle) stapledTicket(p string) []byte {
	if e := b.FS.Entry(p); e == nil || e.IsSymlink() || !e.Mode.IsRegular() {
		return nil
	}
	raw, err := b.read(p, 1<<20)
	if err != nil || !bytes.HasPrefix(raw, []byte("s8ch")) {
		return nil
	}
	return raw
}

// onlyVersion names the single folder under a framework's Versions (other
// than Current), or "" when there is none or more than one.
func (b *Bundle) onlyVersion(fw string) string {
	entries, err := b.FS.ReadDir(fw + "/Versions")
	if err != nil {
		return ""
	}
	v := ""
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "Current" {
			continue
		}
		if v != "" {
			return ""
		}
		v = e.Name()
	}
	return v
}

// The embedded profile's only names the system reads.
const (
	ProfileNameIOS   = "embedded.mobileprovision"
	ProfileNameMacOS = "embedded.provisionprofile"
)

func (b *Bundle) findProfile(n *Node) {
	want := ProfileNameIOS
	if n.Layout == LayoutDeep {
		want = ProfileNameMacOS
	}
	entries, _ := b.FS.ReadDir(n.ContentRoot)
	for _, d := range entries {
		name := d.Name()
		lower := strings.ToLower(strings.TrimSpace(name))
		if name == want {
			n.ProfilePath = n.ContentRoot + "/" + name
			continue
		}
		if strings.HasPrefix(name, "._") {
			continue
		}
		if strings.HasSuffix(lower, ".mobileprovision") || strings.HasSuffix(lower, ".provisionprofile") || strings.HasPrefix(lower, "embedded.") && strings.Contains(lower, "provision") {
			n.MisnamedProfiles = append(n.MisnamedProfiles, n.ContentRoot+"/"+name)
		}
	}
	if n.ProfilePath != "" {
		n.ProfileRaw, n.ProfileErr = b.read(n.ProfilePath, MaxProfile)
	}
}

// read reads an entry; a CRC mismatch keeps the bytes and notes the damage.
func (b *Bundle) read(name string, max int64) ([]byte, error) {
	data, err := b.FS.ReadFile(name, max)
	if err != nil && data != nil {
		b.Damaged = append(b.Damaged, Damage{name, err})
		return data, nil
	}
	return data, err
}

// IsMachOFile says the archive file at name starts with Mach-O magic.
func (b *Bundle) IsMachOFile(name string) bool { return b.sniffMachO(name) }

// sniffMachO reads the first four bytes of a file.
func (b *Bundle) sniffMachO(name string) bool {
	f, err := b.FS.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [4]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return false
	}
	return IsMachOMagic(head[:])
}

// IsMachOMagic says the bytes start like a thin or universal Mach-O file.
func IsMachOMagic(h []byte) bool {
	if len(h) < 4 {
		return false
	}
	for _, m := range [][]byte{
		{0xfe, 0xed, 0xfa, 0xce}, {0xce, 0xfa, 0xed, 0xfe}, {0xfe, 0xed, 0xfa, 0xcf}, {0xcf, 0xfa, 0xed, 0xfe},
		{0xca, 0xfe, 0xba, 0xbe}, {0xca, 0xfe, 0xba, 0xbf},
	} {
		if bytes.Equal(h[:4], m) {
			return true
		}
	}
	return false
}

// codeCandidate says a file is worth opening to look for Mach-O magic: no
// extension, or one code uses. Resources are looked at too, since code there
// is misplaced.
func codeCandidate(name string, size int64) bool {
	if size < 512 {
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case "", ".dylib", ".so", ".o", ".a", ".node":
		return true
	}
	return false
}

// findLooseCode adds Mach-O files that are not a bundle's main executable
// (Frameworks/libswiftCore.dylib, MacOS/helper) as leaf nodes.
func (b *Bundle) findLooseCode(nodes map[string]*Node) {
	mains := map[string]bool{}
	for _, n := range nodes {
		if n.ExecPath != "" {
			mains[n.ExecPath] = true
			if n.ExecEntry != nil {
				mains[n.ExecEntry.Name] = true
			}
		}
	}
	sniffed := 0
	for _, name := range b.FS.Names() {
		e := b.FS.Entry(name)
		if !e.Mode.IsRegular() || mains[name] || strings.HasPrefix(name, "__MACOSX/") || strings.Contains(name, ".dSYM/") ||
			strings.Contains(name, "/_CodeSignature/") || strings.HasPrefix(path.Base(name), "._") {
			continue
		}
		if !codeCandidate(name, e.UncompressedSize) || sniffed >= MaxSniffed {
			continue
		}
		sniffed++
		if !b.sniffMachO(name) {
			continue
		}
		owner := enclosing(name, nodes)
		if owner != nil && owner.Kind == KindFramework && strings.Contains(name, "/Versions/") {
			// The framework's own binary under Versions/A is its executable.
			if owner.ExecEntry != nil && owner.ExecEntry.Name == name {
				continue
			}
		}
		kind := KindDylib
		if strings.Contains(name, "/MacOS/") || strings.Contains(name, "/Helpers/") {
			kind = KindExecutable
		}
		n := &Node{Path: name, Kind: kind, ExecPath: name, ExecEntry: e, IsMachO: true, Parent: owner}
		if owner == nil {
			b.Roots = append(b.Roots, n)
			b.LooseCode = append(b.LooseCode, name)
		} else {
			owner.Children = append(owner.Children, n)
		}
		nodes[name] = n
	}
}

// findStray lists the entries Finder and unzip tools leave behind.
func (b *Bundle) findStray() {
	for _, name := range b.FS.Names() {
		base := path.Base(name)
		switch {
		case name == "__MACOSX" || strings.HasPrefix(name, "__MACOSX/"):
			if name == "__MACOSX" {
				b.Stray = append(b.Stray, name)
			}
		case base == ".DS_Store", strings.HasPrefix(base, "._"):
			b.Stray = append(b.Stray, name)
		}
	}
}

// Nodes returns every node, parents first.
func (b *Bundle) Nodes() []*Node {
	var out []*Node
	for _, r := range b.Roots {
		r.Walk(func(n *Node) { out = append(out, n) })
	}
	return out
}

// Code returns the nodes that have a main executable.
func (b *Bundle) Code() []*Node {
	var out []*Node
	for _, n := range b.Nodes() {
		if n.ExecPath != "" && n.IsMachO {
			out = append(out, n)
		}
	}
	return out
}

// ReaderAt gives random access to a file in the archive.
func (b *Bundle) ReaderAt(name string) (io.ReaderAt, int64, error) { return b.FS.ReaderAt(name) }

// NestedInfo answers coderesources' question about nested code.
type NestedInfo func(archivePath string) (isCode, signed bool, cdhashes [][]byte)

// VerifySeal checks the node's files against its seal. nested describes the
// code at an archive path (from the Mach-O analysis); hashed, when set, is
// told how many more bytes of files have been hashed.
func (b *Bundle) VerifySeal(ctx context.Context, n *Node, nested NestedInfo, hashed func(int64)) {
	if n.Seal == nil {
		return
	}
	skip := func(rel string) bool {
		switch rel {
		case "_CodeSignature", "CodeResources":
			return true
		}
		if n.ExecPath != "" && n.Rel(n.ExecPath) == rel {
			return true
		}
		return false
	}
	opts := coderesources.VerifyOptions{Ctx: ctx, Skip: skip, Hashed: hashed, LinksHidden: b.FS.LinksHidden}
	if nested != nil {
		opts.Nested = func(rel string) (bool, bool, [][]byte) { return nested(n.ContentRoot + "/" + rel) }
	}
	n.SealResult, n.SealVerErr = n.Seal.Verify(b.FS, n.ContentRoot, opts)
	if n.SealResult != nil {
		for _, err := range n.SealResult.Errors {
			var fe *coderesources.FileError
			if errors.As(err, &fe) {
				b.Damaged = append(b.Damaged, Damage{n.ContentRoot + "/" + fe.Path, fe.Err})
			}
		}
	}
}

// FileMode returns the recorded mode of an archive path (links followed).
func (b *Bundle) FileMode(name string) (fs.FileMode, bool) {
	e, err := b.FS.Resolve(name)
	if err != nil {
		return 0, false
	}
	return e.Mode, e.UnixMode
}
