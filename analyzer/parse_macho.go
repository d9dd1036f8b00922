package analyzer

import (
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"fmt"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/cms"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/requirement"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// machoInput is what the Mach-O parser leaves for the checks: the file and,
// per slice, what its signature says and whether it holds.
type machoInput struct {
	File   *macho.File
	Slices []*machoSlice
}

// machoSlice is one slice with its signature analysed.
type machoSlice struct {
	*macho.Slice
	// Kind is unsigned, adhoc, linker-signed, certificate, cd-only or invalid.
	Kind      string
	Result    *macho.Result // page and slot verification; nil when not run
	VerifyErr error         // why verification could not run (a read error)

	// From the CMS (certificate signatures only).
	CMSErr         error               // the CMS could not be read or its signature fails
	CDHashErrs     []string            // CDHash attributes disagree with the CodeDirectories
	SignedCDHashes []string            // attribute 1.2.840.113635.100.9.1, hex
	Leaf           *x509.Certificate   // signer
	Certificates   []*x509.Certificate // every certificate the CMS carries
	CertKind       string              // Apple certificate kind of the leaf
	Chain          []*x509.Certificate // leaf to root, when the chain verifies
	ChainErr       error               // why the chain does not end at an Apple root
	SigningTime    time.Time
	Timestamp      time.Time // secure timestamp; zero when absent
	TSAuthority    string
	cmsChecked     bool // the CMS could be read
	// timestampUnreadable: the CMS carries a timestamp token that cannot be
	// read or does not match the signature.
	timestampUnreadable bool
	appleChain          bool // Chain ends at a pinned Apple root (not a test root)

	Entitlements    map[string]any
	EntitlementsErr error
	EntitlementsDER map[string]any
	DERErr          error
	Requirement     string // designated requirement text
	RequirementErr  error
}

// MachO returns the parsed Mach-O file, or nil when the input is not one.
func (in *Input) MachO() *macho.File {
	if m, ok := in.Value.(*machoInput); ok {
		return m.File
	}
	return nil
}

func (in *Input) machoInput() *machoInput {
	m, _ := in.Value.(*machoInput)
	return m
}

// sniffMachO: a thin or universal Mach-O, by its magic number.
func sniffMachO(head []byte, _ string) bool { return macho.IsMachO(head) }

// The signature kinds, as the JSON contract spells them.
const (
	sigUnsigned     = "unsigned"
	sigAdhoc        = "adhoc"
	sigLinkerSigned = "linker-signed"
	sigCertificate  = "certificate"
	sigCDOnly       = "cd-only"
	sigInvalid      = "invalid"
)

func signatureKind(s *macho.Slice) string {
	switch {
	case !s.HasCodeSignature:
		return sigUnsigned
	case s.Signature == nil || s.SigErr != nil:
		return sigInvalid
	}
	cd := s.Signature.Primary()
	switch {
	case cd.Flags&macho.FlagLinkerSigned != 0:
		return sigLinkerSigned
	case cd.Flags&macho.FlagAdhoc != 0:
		return sigAdhoc
	case len(s.Signature.CMS) > 0:
		return sigCertificate
	}
	return sigCDOnly
}

func parseMachO(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	f, err := macho.Open(in.R, in.Size)
	if err != nil {
		return nil, nil, err
	}
	mi := &machoInput{File: f}
	var codeTotal, codeDone int64
	for _, s := range f.Slices {
		if s.Signature != nil {
			if cd := s.Signature.Best(); cd != nil {
				codeTotal += int64(cd.CodeLimit)
			}
		}
	}
	for _, s := range f.Slices {
		ms := &machoSlice{Slice: s, Kind: signatureKind(s)}
		mi.Slices = append(mi.Slices, ms)
		if s.Err != nil || s.Signature == nil {
			continue
		}
		base := codeDone
		vo := macho.VerifyOptions{Ctx: ctx, HashPages: opts.PageHasher, Special: opts.special}
		if opts.Progress != nil {
			vo.Progress = func(done, total int64) { opts.Progress(in.Name, base+done, codeTotal) }
		}
		opts.yield()
		ms.Result, ms.VerifyErr = s.Verify(vo)
		opts.yield()
		if cd := s.Signature.Best(); cd != nil {
			codeDone += int64(cd.CodeLimit)
		}
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		readSignature(ms, opts)
	}
	facts := machoFacts(mi)
	for i, ms := range mi.Slices {
		opts.yield()
		facts.Slices[i].RequirementEval = requirementEval(opts, signedCode{ms: ms})
		facts.Slices[i].ImplicitRequirement = implicitRequirement(opts, ms)
	}
	return mi, []report.Artifact{report.NewArtifact(in.Name, facts)}, nil
}

func machoFacts(mi *machoInput) *report.MachO {
	facts := &report.MachO{Universal: mi.File.Universal, Slices: []report.MachOSlice{}}
	for _, ms := range mi.Slices {
		s := ms.Slice
		fs := report.MachOSlice{
			Arch: s.Arch, Signature: ms.Kind, Flags: []string{},
			Offset: s.Offset, Size: s.Size, Encrypted: s.Encrypted,
		}
		if s.Err == nil {
			fs.FileType = macho.FileTypeName(s.FileType)
		}
		if a := s.Archive; a != nil {
			fs.FileType = "static library"
			fs.StaticLibrary = &report.StaticLibrary{Members: a.Members, MemberCount: a.MemberCount,
				Objects: a.Objects, SymbolTable: a.SymbolTable, Problem: a.Problem}
			if fs.StaticLibrary.Members == nil {
				fs.StaticLibrary.Members = []string{}
			}
		}
		if s.HasMinOS {
			fs.MinOS, fs.Platform = s.MinOS.String(), s.Platform
			fs.SDK = "n/a"
			if s.SDK != 0 {
				fs.SDK = s.SDK.String()
			}
		}
		// A signature whose SuperBlob holds no CodeDirectory has no facts
		// of its own to show (its findings say what is wrong).
		if sig := s.Signature; sig != nil && sig.Primary() != nil {
			p := sig.Primary()
			fs.Identifier, fs.Team, fs.Flags = p.Identifier, p.TeamID, macho.FlagNames(p.Flags)
			fs.CDHash = sig.Best().CDHashHex()
			for _, cd := range sig.CodeDirectories {
				fs.Hashes = append(fs.Hashes, cd.HashName())
				fc := report.MachOCodeDirectory{
					Slot: fmt.Sprintf("%#x", cd.Slot), Version: fmt.Sprintf("%#x", cd.Version),
					Hash: cd.HashName(), CDHash: cd.CDHashHex(), Flags: macho.FlagNames(cd.Flags),
					PageSize: cd.PageSize(), CodeLimit: cd.CodeLimit, CodeSlots: cd.NCodeSlots,
					SpecialSlots: cd.NSpecialSlots, Identifier: cd.Identifier, Team: cd.TeamID,
					Platform: cd.Platform,
				}
				if cd.Slot == 0 {
					fc.Slot = "0"
				}
				if cd.Version >= 0x20400 {
					fc.ExecSegFlags = macho.ExecSegFlagNames(cd.ExecSegFlags)
				}
				if cd.Runtime != 0 {
					fc.Runtime = cd.Runtime.String()
				}
				fs.CodeDirectories = append(fs.CodeDirectories, fc)
			}
			fs.Entitlements, fs.EntitlementsDER = ms.Entitlements, ms.EntitlementsDER
			fs.SignedCDHashes = ms.SignedCDHashes
			fs.Requirement = ms.Requirement
			if ms.RequirementErr != nil {
				fs.RequirementError = ms.RequirementErr.Error()
			}
		}
		if ms.Leaf != nil {
			fs.Leaf, fs.CertKind, fs.LeafTeam = ms.Leaf.Subject.CommonName, ms.CertKind, orgUnit(ms.Leaf)
			chain := ms.Chain
			if len(chain) == 0 {
				chain = issuerOrder(ms.Leaf, ms.Certificates)
			}
			for i, c := range chain {
				fs.Authorities = append(fs.Authorities, c.Subject.CommonName)
				kind, team := "", ""
				if i == 0 {
					kind, team = ms.CertKind, orgUnit(c)
				}
				fs.Certificates = append(fs.Certificates, report.Certificate{
					CommonName: c.Subject.CommonName, CertKind: kind, Team: team,
					Issuer: c.Issuer.CommonName, NotBefore: c.NotBefore.UTC(), NotAfter: c.NotAfter.UTC(),
					SHA1: fmt.Sprintf("%X", sha1.Sum(c.Raw)), SHA256: fmt.Sprintf("%X", sha256.Sum256(c.Raw)),
					AppleIssued: ms.appleChain,
				})
			}
		}
		if !ms.SigningTime.IsZero() {
			t := ms.SigningTime
			fs.SigningTime = &t
		}
		if !ms.Timestamp.IsZero() {
			t := ms.Timestamp
			fs.Timestamp, fs.TimestampTime, fs.TimestampAuthority = true, &t, ms.TSAuthority
		}
		fs.Failures = ms.failures()
		fs.Verified = s.Signature != nil && ms.Result != nil && len(fs.Failures) == 0 &&
			(ms.Kind != sigCertificate || ms.cmsChecked)
		fs.Trusted = ms.trusted()
		facts.Slices = append(facts.Slices, fs)
	}
	return facts
}

// failures lists everything that makes the signature not match the file.
func (ms *machoSlice) failures() []string {
	var out []string
	if ms.VerifyErr != nil {
		out = append(out, "could not verify: "+ms.VerifyErr.Error())
	}
	if ms.Result != nil {
		for _, f := range ms.Result.Failures {
			if f.Reason == macho.CodeBeforeSignature {
				continue // a layout oddity, not a mismatch
			}
			if bundleFileFailure(f) {
				continue // the bundle's own facts say so
			}
			out = append(out, f.Msg)
		}
	}
	out = append(out, ms.CDHashErrs...)
	if ms.CMSErr != nil {
		out = append(out, "CMS: "+ms.CMSErr.Error())
	}
	return out
}

// buildPlatform is the platform LC_BUILD_VERSION or LC_VERSION_MIN_* names,
// or "" when the slice has neither.
func (ms *machoSlice) buildPlatform() string {
	if !ms.HasMinOS {
		return ""
	}
	return ms.Platform
}

// trusted says the slice is signed with a certificate whose chain was built
// to a trusted root (the facts' "trusted").
func (ms *machoSlice) trusted() bool {
	return ms.Kind == sigCertificate && ms.cmsChecked && ms.ChainErr == nil && len(ms.Chain) > 0
}

// cmsBroken says the slice is signed with a certificate but its CMS cannot
// be read or its signature does not verify: codesign fails it whatever its
// certificates or requirements say.
func (ms *machoSlice) cmsBroken() bool {
	return ms.Kind == sigCertificate && (ms.CMSErr != nil || !ms.cmsChecked)
}

// issuerOrder lists leaf and then each issuer found among certs, as codesign
// prints Authority= lines; it stops at a self-signed certificate or a missing
// issuer. It judges nothing: a chain is trusted only through the certs package.
func issuerOrder(leaf *x509.Certificate, certs []*x509.Certificate) []*x509.Certificate {
	out := []*x509.Certificate{leaf}
	for c := leaf; len(out) <= len(certs); {
		if bytes.Equal(c.RawIssuer, c.RawSubject) {
			break
		}
		var next *x509.Certificate
		for _, cand := range certs {
			if bytes.Equal(cand.RawSubject, c.RawIssuer) && cand != c {
				next = cand
				break
			}
		}
		if next == nil {
			break
		}
		out = append(out, next)
		c = next
	}
	return out
}

func orgUnit(c *x509.Certificate) string {
	if len(c.Subject.OrganizationalUnit) > 0 {
		return c.Subject.OrganizationalUnit[0]
	}
	return ""
}

func designatedRequirement(blob []byte) (string, error) { return requirementText(blob) }

// requirementText decompiles the designated requirement from the
// requirements set, as codesign -d -r- prints it. An empty set (ad hoc
// signatures) gives no text: the system then uses an implicit requirement.
func requirementText(blob []byte) (string, error) {
	reqs, err := requirement.DecompileSet(blob)
	if err != nil {
		return "", err
	}
	return reqs[requirement.TypeDesignated], nil
}

// readSignature reads what a slice's signature says, short of hashing its
// pages: entitlements, designated requirement, and the CMS with its chain.
// The analysis and EvaluateRequirement both read signatures through it.
func readSignature(ms *machoSlice, opts *Options) {
	sig := ms.Signature
	if sig.Entitlements != nil {
		ms.Entitlements, _, ms.EntitlementsErr = entitlements.Parse(sig.Entitlements)
	}
	if sig.EntitlementsDER != nil {
		ms.EntitlementsDER, ms.DERErr = entitlements.DecodeDER(sig.EntitlementsDER)
	}
	if sig.Requirements != nil {
		ms.Requirement, ms.RequirementErr = designatedRequirement(sig.Requirements)
	}
	if len(sig.CMS) > 0 {
		opts.yield()
		checkMachOCMS(ms, opts)
	}
}

// checkMachOCMS reads the CMS signature of a slice: signer, certificates,
// signing time, secure timestamp, the signature over the primary
// CodeDirectory and the CDHash attributes.
func checkMachOCMS(ms *machoSlice, opts *Options) {
	sig := ms.Signature
	sd, err := cms.Parse(sig.CMS)
	if err != nil {
		ms.CMSErr = fmt.Errorf("the CMS blob cannot be decoded: %s", cms.Message(err))
		return
	}
	ms.cmsChecked = true
	ms.Certificates = sd.Certificates
	ms.Leaf = sd.Signer
	ms.SigningTime = sd.SigningTime
	if ms.Leaf == nil || sd.Signers != 1 {
		ms.CMSErr = fmt.Errorf("the CMS names %d signers and carries %d certificates; expected one signer whose certificate it carries", sd.Signers, len(sd.Certificates))
		return
	}
	ms.CertKind = certs.Kind(ms.Leaf)
	if ms.CertKind == "" && ms.Leaf.Subject.CommonName == "Software Signing" {
		ms.CertKind = "Software Signing" // Apple's own code; judged by its chain below
	}
	for _, v := range sd.SignedAttribute(cms.OIDAppleCDHashes) {
		ms.CDHashErrs = append(ms.CDHashErrs, macho.CheckCDHashPlist(sig, v)...)
		if hs, err := macho.CDHashesFromPlist(v); err == nil {
			for _, h := range hs {
				ms.SignedCDHashes = append(ms.SignedCDHashes, fmt.Sprintf("%x", h))
			}
		}
	}
	ms.CDHashErrs = append(ms.CDHashErrs, macho.CheckCDHashes2(sig, sd.SignedAttribute(cms.OIDAppleCDHashes2))...)
	ms.timestampUnreadable = sd.TimestampErr != nil
	if sd.Timestamp != nil && sd.TimestampErr == nil {
		ms.Timestamp, ms.TSAuthority = sd.Timestamp.Time, sd.Timestamp.Authority
	}
	opts.yield()
	judgeChain(ms, opts)
	opts.yield()
	if err := sd.Verify(sig.Primary().Raw); err != nil {
		ms.CMSErr = fmt.Errorf("CMS signature over the primary (%s) CodeDirectory: %s", sig.Primary().HashName(), cms.Message(err))
		return
	}
	if sd.TimestampErr != nil {
		ms.CMSErr = sd.TimestampErr
	}
}

// judgeChain builds the signer's chain to a pinned Apple root (or, in the
// case runner, a test root) and judges it at the secure timestamp's time,
// else the signing time. A signature with neither (Apple's own system code)
// is judged within its leaf's validity: codesign does not fail code for a
// certificate that expired after signing unless asked to consider expiration.
func judgeChain(ms *machoSlice, opts *Options) {
	trust, err := trustFor(opts)
	if err != nil {
		ms.ChainErr = err
		return
	}
	at, when := opts.now(), "now"
	if ms.Leaf.NotAfter.Before(at) {
		at, when = ms.Leaf.NotAfter, "within the certificate's validity (the signature has no signing time)"
	}
	switch {
	case !ms.Timestamp.IsZero():
		at, when = ms.Timestamp, "at its secure timestamp "+ms.Timestamp.Format(time.RFC3339)
	case !ms.SigningTime.IsZero():
		at, when = ms.SigningTime, "at its signing time "+ms.SigningTime.Format(time.RFC3339)
	}
	chain, err := trust.VerifyChain(ms.Leaf, ms.Certificates, at)
	if err != nil {
		ms.ChainErr = fmt.Errorf("%v (judged %s)", err, when)
		return
	}
	if !certs.HasCodeSigningEKU(ms.Leaf) {
		ms.ChainErr = fmt.Errorf("the certificate %q is not allowed to sign code (no code-signing extended key usage)", ms.Leaf.Subject.CommonName)
		return
	}
	ms.Chain = chain
	ms.appleChain = trust.IsAppleChain(chain)
}
