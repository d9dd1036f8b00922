package analyzer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/internal/coderesources"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// bundleInput is what the archive parser leaves for the checks.
type bundleInput struct {
	B *bundle.Bundle
	// LimitErr is set when the archive as a whole broke a limit (then B is nil).
	LimitErr *zipfs.LimitError
	Nodes    []*bundleNode // parents first
	byPath   map[string]*bundleNode
	// BrowserFolder: a folder read in the browser, which shows neither
	// permission bits nor symbolic links.
	BrowserFolder bool
	now           time.Time      // the analysis clock, for the profile facts
	opts          *Options       // for the facts that depend on what the user asked (requirement_eval)
	links         *[]libraryLink // linkage(), resolved once
}

// bundleNode is one piece of code with its Mach-O analysis.
type bundleNode struct {
	*bundle.Node
	MachO    *machoInput // nil when there is no executable or it is not Mach-O
	MachOErr error
	// SlotFailures say the Info.plist or CodeResources beside the executable
	// are not the ones its signature sealed (special slots -1 and -3).
	InfoPlistChanged, SealFileChanged []string
	Profile                           *embeddedProfile
	Facts                             *report.BundleNode
}

// Bundle returns the archive's tree of code, or nil when the input is not an
// archive (or could not be opened).
func (in *Input) Bundle() *bundle.Bundle {
	if b, ok := in.Value.(*bundleInput); ok {
		return b.B
	}
	return nil
}

func (in *Input) bundleInput() *bundleInput {
	b, _ := in.Value.(*bundleInput)
	return b
}

// archiveExts are the names a zip of an app goes by.
var archiveExts = []string{".ipa", ".zip", ".xcarchive", ".appex", ".app"}

// sniffArchive accepts a zip (local header or, for an empty archive, the end
// record) named like an app archive. A zip under another name is still an
// archive when it looks like one, so a renamed download works too.
func sniffArchive(head []byte, name string) bool {
	if !bytes.HasPrefix(head, []byte("PK\x03\x04")) && !bytes.HasPrefix(head, []byte("PK\x05\x06")) {
		return false
	}
	lower := strings.ToLower(name)
	for _, ext := range archiveExts {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	// An unnamed or oddly named zip: take it if its first entry is app-like.
	return bytes.Contains(head, []byte("Payload/")) || bytes.Contains(head, []byte(".app/"))
}

func parseBundle(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	b, err := bundle.Open(in.R, in.Size, zipfs.Limits{})
	if err != nil {
		var le *zipfs.LimitError
		if errors.As(err, &le) {
			return &bundleInput{LimitErr: le}, nil, err
		}
		return nil, nil, err
	}
	return analyseBundle(ctx, in, opts, b, false)
}

// parseFolder analyses a folder input as parseBundle analyses its zip.
func parseFolder(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	z, err := zipfs.FromFolder(in.Folder, zipfs.Limits{})
	if err != nil {
		var le *zipfs.LimitError
		if errors.As(err, &le) {
			return &bundleInput{LimitErr: le}, nil, err
		}
		return nil, nil, err
	}
	browser := false
	for _, f := range in.Folder {
		if f.NoUnixMode {
			browser = true
			break
		}
	}
	return analyseBundle(ctx, in, opts, bundle.OpenFS(z), browser)
}

// analyseBundle analyses the code in b; browserFolder says b is a folder
// read in the browser, which shows no links or permissions.
func analyseBundle(ctx context.Context, in *Input, opts *Options, b *bundle.Bundle, browserFolder bool) (any, []report.Artifact, error) {
	bi := &bundleInput{B: b, byPath: map[string]*bundleNode{}, now: opts.now(), opts: opts, BrowserFolder: browserFolder}
	// One bar for the whole archive: its binaries' code is hashed first,
	// then the sealed files; either may be most of it. Every file's size is
	// the total, so the bar may end short of 100% (files nothing reads).
	var total, done int64
	for _, name := range b.FS.Names() {
		if e := b.FS.Entry(name); e != nil && e.Mode.IsRegular() {
			total += e.UncompressedSize
		}
	}
	sub := *opts
	for _, n := range b.Nodes() {
		opts.yield()
		bn := &bundleNode{Node: n}
		bi.Nodes = append(bi.Nodes, bn)
		bi.byPath[n.Path] = bn
		if n.ExecPath != "" && n.IsMachO {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			ra, size, err := b.ReaderAt(n.ExecPath)
			if err != nil {
				bn.MachOErr = err
				continue
			}
			exe := &Input{File: File{Name: in.Name + ": " + n.ExecPath, Size: size, R: ra}, Kind: KindMachO}
			if opts.Progress != nil {
				// The binary's share of the bar fills as its code is hashed.
				before := done
				sub.Progress = func(_ string, d, t int64) {
					if t > 0 {
						opts.Progress(in.Name, before+int64(float64(size)*float64(d)/float64(t)), total)
					}
				}
			}
			sub.special = bn.sealedFiles()
			v, _, err := parseMachO(ctx, exe, &sub)
			// Keep the facts, drop the decompressor: thousands of nested
			// binaries must not each hold one for the whole analysis.
			zipfs.Release(ra)
			if err != nil {
				bn.MachOErr = err
			}
			bn.MachO, _ = v.(*machoInput)
			bn.checkSpecialSlots()
			done += size
			if opts.Progress != nil {
				opts.Progress(in.Name, done, total)
			}
		}
		if n.ProfileRaw != nil {
			bn.Profile = parseEmbeddedProfile(n.ProfileRaw, opts)
		}
	}
	var hashed func(int64)
	if opts.Progress != nil {
		hashed = func(n int64) {
			done += n
			opts.Progress(in.Name, min(done, total), total)
			opts.yield()
		}
	}
	// Seals last: nested code is judged by the cdhashes found above.
	for _, bn := range bi.Nodes {
		if bn.Seal != nil {
			opts.yield()
			b.VerifySeal(ctx, bn.Node, bi.nested, hashed)
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
	}
	return bi, []report.Artifact{report.NewArtifact(in.Name, bi.facts())}, nil
}

// nested tells the seal verifier what code sits at an archive path.
func (bi *bundleInput) nested(p string) (isCode, signed bool, cdhashes [][]byte) {
	bn := bi.byPath[p]
	if bn == nil || bn.MachO == nil {
		return false, false, nil
	}
	for _, s := range bn.MachO.Slices {
		if s.Signature == nil {
			continue
		}
		signed = true
		for _, cd := range s.Signature.CodeDirectories {
			cdhashes = append(cdhashes, cd.CDHash)
		}
	}
	return true, signed, cdhashes
}

// sealedFiles supplies the verifier with the Info.plist and CodeResources
// beside the executable (special slots -1 and -3); nil data says the bundle
// has none. A loose file's slots describe its own build, not a bundle, so
// it gets none.
func (bn *bundleNode) sealedFiles() func(slot int) ([]byte, bool) {
	if bn.Kind == bundle.KindDylib || bn.Kind == bundle.KindExecutable {
		return nil
	}
	info, seal := bn.InfoPlistRaw, bn.SealRaw
	return func(slot int) ([]byte, bool) {
		switch slot {
		case macho.SlotInfoPlist:
			return info, true
		case macho.SlotResourceDir:
			return seal, true
		}
		return nil, false
	}
}

// checkSpecialSlots says, in the bundle checks' words, which of the files
// sealedFiles supplied the verifier found changed or missing.
func (bn *bundleNode) checkSpecialSlots() {
	if bn.MachO == nil {
		return
	}
	for _, s := range bn.MachO.Slices {
		if s.Result == nil {
			continue
		}
		for _, f := range s.Result.Failures {
			into, what := &bn.InfoPlistChanged, "an Info.plist"
			switch f.Slot {
			case macho.SlotInfoPlist:
			case macho.SlotResourceDir:
				into, what = &bn.SealFileChanged, "a _CodeSignature/CodeResources"
			default:
				continue
			}
			switch f.Reason {
			case macho.SuppliedDataMissing:
				*into = append(*into, fmt.Sprintf("[%s] the %s CodeDirectory seals %s, but the bundle has none", s.Arch, f.CD.HashName(), what))
			case macho.SuppliedDataChanged:
				*into = append(*into, fmt.Sprintf("[%s] %s hash %x, the %s CodeDirectory records %x", s.Arch, f.CD.HashName(), f.Got, f.CD.HashName(), f.CD.SpecialSlot(uint32(f.Slot))))
			}
		}
	}
}

func isZeroBytes(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// embeddedProfile is an embedded provisioning profile as the profile parser
// reads it, with what the bundle checks compare.
type embeddedProfile struct {
	Err     error
	Profile *profile.Profile
	Name    string
	Team    string
	AppID   string // application-identifier (com.apple.application-identifier on macOS)
}

// parseEmbeddedProfile reads a bundle's profile with the profile parser
// (signature and chain judged against the same trust as a dropped profile).
func parseEmbeddedProfile(raw []byte, opts *Options) *embeddedProfile {
	trust, err := trustFor(opts)
	if err != nil {
		return &embeddedProfile{Err: err}
	}
	pr, err := readProfile(raw, trust)
	if err != nil {
		return &embeddedProfile{Err: err}
	}
	return &embeddedProfile{Profile: pr, Name: pr.Name, Team: pr.Team, AppID: pr.AppID}
}

// signatureSummary is the first slice's signature kind, or "missing".
func (bn *bundleNode) signatureSummary() string {
	switch {
	case bn.ExecPath == "":
		return "missing"
	case !bn.IsMachO:
		return "not-macho"
	case bn.MachO == nil || len(bn.MachO.Slices) == 0:
		return sigInvalid
	}
	return bn.MachO.Slices[0].Kind
}

// signed says every slice carries a signature.
func (bn *bundleNode) signed() bool {
	if bn.MachO == nil || len(bn.MachO.Slices) == 0 {
		return false
	}
	for _, s := range bn.MachO.Slices {
		if s.Kind == sigUnsigned {
			return false
		}
	}
	return true
}

// team is the signing team: the certificate's OU, else the CodeDirectory's
// team identifier.
func (bn *bundleNode) team() string {
	if bn.MachO == nil {
		return ""
	}
	for _, s := range bn.MachO.Slices {
		if s.Leaf != nil {
			if t := orgUnit(s.Leaf); t != "" {
				return t
			}
		}
		if s.Signature != nil {
			if cd := s.Signature.Primary(); cd != nil && cd.TeamID != "" {
				return cd.TeamID
			}
		}
	}
	return ""
}

// appleSigned says the code is signed by Apple itself (the Swift runtime
// dylibs Xcode copied in before iOS 12.2, system frameworks): no team.
func (bn *bundleNode) appleSigned() bool {
	if bn.MachO == nil {
		return false
	}
	for _, s := range bn.MachO.Slices {
		if s.Leaf == nil {
			continue
		}
		org := strings.Join(s.Leaf.Subject.Organization, " ")
		cn := s.Leaf.Subject.CommonName
		if org == "Apple Inc." && (cn == "Software Signing" || strings.HasPrefix(cn, "Apple ")) {
			return true
		}
	}
	return false
}

// identifier is the signature's identifier (codesign's Identifier=).
func (bn *bundleNode) identifier() string {
	if bn.MachO == nil {
		return ""
	}
	for _, s := range bn.MachO.Slices {
		if s.Signature != nil {
			if cd := s.Signature.Primary(); cd != nil {
				return cd.Identifier
			}
		}
	}
	return ""
}

// runtime says every signed slice has the hardened runtime flag.
func (bn *bundleNode) runtime() bool {
	if bn.MachO == nil {
		return false
	}
	signedAny := false
	for _, s := range bn.MachO.Slices {
		if s.Signature == nil {
			continue
		}
		cd := s.Signature.Primary()
		if cd == nil || cd.Flags&macho.FlagRuntime == 0 {
			return false
		}
		signedAny = true
	}
	return signedAny
}

// simulator says the executable is built for a simulator: LC_BUILD_VERSION
// names a simulator platform, or an iOS-family minimum on an Intel slice.
func (bn *bundleNode) simulator() bool {
	if bn.MachO == nil {
		return false
	}
	for _, s := range bn.MachO.Slices {
		if strings.HasSuffix(s.Platform, "simulator") {
			return true
		}
		if (s.Arch == "x86_64" || s.Arch == "i386") && (s.Platform == "ios" || s.Platform == "tvos" || s.Platform == "watchos") {
			return true
		}
	}
	return false
}

func (bi *bundleInput) facts() *report.Bundle {
	b := bi.B
	f := &report.Bundle{Entries: len(b.FS.Names()), Code: []report.BundleNode{}, Stray: b.Stray}
	for _, p := range b.FS.Problems {
		f.Limits = append(f.Limits, p.Error())
	}
	if len(b.Roots) > 0 {
		f.Layout = b.Roots[0].Layout
	}
	var build func(n *bundle.Node) report.BundleNode
	build = func(n *bundle.Node) report.BundleNode {
		bn := bi.byPath[n.Path]
		fn := report.BundleNode{
			Path: n.Path, Type: n.Kind, Identifier: n.Identifier, Executable: n.ExecPath,
			Signature: bn.signatureSummary(), Team: bn.team(), ProfilePath: n.ProfilePath,
			StapledTicket: n.StapledTicket, Status: "ok",
		}
		if n.StapledTicket {
			fn.Ticket = ticketFacts(n.Ticket, bn.cdHashes())
		}
		if bn.MachO != nil {
			fn.MachO = machoFacts(bn.MachO)
			for i, ms := range bn.MachO.Slices {
				fn.MachO.Slices[i].RequirementEval = requirementEval(bi.opts, signedCode{ms: ms, info: bn.InfoPlist})
				fn.MachO.Slices[i].ImplicitRequirement = implicitRequirement(bi.opts, ms)
			}
			for _, s := range fn.MachO.Slices {
				if len(s.Failures) > 0 {
					fn.Status = "error"
				}
			}
		}
		fn.Libraries = bi.libraryFacts(bn)
		if bn.MachOErr != nil || len(bn.InfoPlistChanged)+len(bn.SealFileChanged) > 0 {
			fn.Status = "error"
		}
		if r := n.SealResult; r != nil {
			fn.Seal = &report.BundleSeal{Version: n.Seal.Version(), Checked: r.Checked,
				Added: changePaths(r.Added), Removed: changePaths(r.Removed), Modified: changePaths(r.Modified)}
			if !r.OK() {
				fn.Status = "error"
			}
		}
		if p := bn.Profile; p != nil && p.Profile != nil {
			fn.Profile = profileFacts(p.Profile, bi.now)
		}
		if fn.Status == "ok" && n.ExecPath != "" && n.IsMachO && !bn.signed() {
			fn.Status = "warning"
		}
		for _, c := range n.Children {
			fn.Children = append(fn.Children, build(c))
		}
		bn.Facts = &fn
		return fn
	}
	for _, r := range b.Roots {
		f.Code = append(f.Code, build(r))
	}
	return f
}

func changePaths(cs []coderesources.Change) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Path)
	}
	return out
}

// bundleName is the last element of a bundle path, for messages.
func bundleName(p string) string { return path.Base(p) }
