package report

func init() { RegisterFacts("bundle", func() Facts { return new(Bundle) }) }

// Bundle is an app archive (.ipa, zipped .app, .xcarchive, zipped .appex):
// every piece of code in it as a tree, each with its signature and seal.
type Bundle struct {
	// Layout is ios (shallow: Payload/App.app/App) or macos (App.app/Contents/MacOS/App)
	// for the outermost bundle.
	Layout string `json:"layout,omitempty"`
	// Entries counts the archive's entries (files, folders, links).
	Entries int `json:"entries"`
	// Code is the tree: the outermost bundles and what they contain.
	Code []BundleNode `json:"code"`
	// Stray lists what archivers and Finder leave behind: AppleDouble "._"
	// files, __MACOSX/, .DS_Store.
	Stray []string `json:"stray,omitempty"`
	// Limits are archive entries refused as unsafe (path traversal, …).
	Limits []string `json:"limits,omitempty"`
}

func (*Bundle) ArtifactKind() string { return "bundle" }

// BundleNode is one piece of code: a bundle (app, appex, framework, xpc …)
// with its main executable, or a loose Mach-O file (a dylib, a helper tool).
type BundleNode struct {
	Path string `json:"path"` // in the archive
	// Type is app, appex, framework, xpc, bundle, systemextension, dylib or executable.
	Type string `json:"type"`
	// Identifier is CFBundleIdentifier from the bundle's Info.plist.
	Identifier string `json:"identifier,omitempty"`
	// Executable is the main executable's path in the archive.
	Executable string `json:"executable,omitempty"`
	// Signature sums up the executable's signature: unsigned, adhoc,
	// certificate, … (the first slice's, as in the Mach-O facts); "missing"
	// when there is no executable.
	Signature string `json:"signature"`
	Team      string `json:"team,omitempty"`
	// MachO is the executable's full analysis.
	MachO *MachO `json:"macho,omitempty"`
	// Seal compares the bundle's files with _CodeSignature/CodeResources; nil
	// when the bundle has no seal.
	Seal *BundleSeal `json:"seal,omitempty"`
	// Profile is the embedded provisioning profile, when there is one.
	Profile     *Profile `json:"profile,omitempty"`
	ProfilePath string   `json:"profile_path,omitempty"`
	// StapledTicket: a macOS bundle carries Contents/CodeResources, the
	// notarization ticket stapled by `xcrun stapler staple`.
	StapledTicket bool `json:"stapled_ticket,omitempty"`
	// Ticket is what the stapled ticket says about the main executable.
	Ticket *Ticket `json:"ticket,omitempty"`
	// Libraries are the dylibs the executable loads, resolved as dyld
	// resolves them inside the bundle.
	Libraries []BundleLibrary `json:"libraries,omitempty"`
	// Status is ok, warning or error: the worst finding on this node.
	Status   string       `json:"status"`
	Children []BundleNode `json:"children,omitempty"`
}

// BundleLibrary is one library an executable loads.
type BundleLibrary struct {
	Command string `json:"command"` // LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, …
	Path    string `json:"path"`    // as recorded: @rpath/…, /usr/lib/…
	// Status is found (in the bundle), system (in the OS), missing,
	// build-path (a build machine's folder), elsewhere (outside the
	// bundle and the OS: nothing here can tell) or hidden (not seen in a
	// folder read by the browser, which shows no symbolic links).
	Status string `json:"status"`
	// Resolved is the library's path in the archive, when found.
	Resolved string `json:"resolved,omitempty"`
	// Archs are the slices that load it.
	Archs []string `json:"archs"`
}

// BundleSeal is what changed in a bundle since it was signed, by path
// relative to the bundle's content root.
type BundleSeal struct {
	Version  int      `json:"version"` // 1 (files) or 2 (files2)
	Checked  int      `json:"checked"`
	Added    []string `json:"added"`
	Removed  []string `json:"removed"`
	Modified []string `json:"modified"`
}
