package analyzer

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/cms"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/xar"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// sniffPkg: a xar archive, by its magic number.
func sniffPkg(head []byte, _ string) bool { return bytes.HasPrefix(head, []byte("xar!")) }

// pkgInput is what the package parser leaves for the checks.
type pkgInput struct {
	A      *xar.Archive
	Facts  *report.Pkg
	Leaf   *x509.Certificate
	Kind   string // certs.Kind of the leaf
	Signed bool
	// Failures say what does not verify (the TOC checksum, RSA, CMS).
	Failures []string
	ChainErr error
	// AppleChain: the chain ends at a pinned Apple root (not a test root).
	AppleChain bool
	Expired    bool // the leaf has expired at the analysis time
	Product    bool // a product archive (has a Distribution file)
	Code       []*pkgCode
}

// pkgCode is a Mach-O file found in a payload.
type pkgCode struct {
	Component, Path string
	MachO           *machoInput
}

func (in *Input) pkgInput() *pkgInput {
	p, _ := in.Value.(*pkgInput)
	return p
}

func parsePkg(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	a, err := xar.Open(in.R, in.Size, xar.Limits{})
	if err != nil {
		return nil, nil, err
	}
	pi := &pkgInput{A: a}
	f := &report.Pkg{TOCChecksum: a.ChecksumStyle, TOCChecksumOK: a.ChecksumOK(), CreationTime: a.CreationTime,
		StapledTicket: a.Ticket != nil}
	pi.Facts = f
	switch {
	case a.ChecksumErr != nil:
		pi.Failures = append(pi.Failures, "the TOC checksum cannot be checked: "+a.ChecksumErr.Error())
	case !a.ChecksumOK():
		pi.Failures = append(pi.Failures, fmt.Sprintf("the table of contents changed after signing: its %s is %x, the checksum stored in the package is %x", a.ChecksumStyle, a.ComputedChecksum, a.StoredChecksum))
	}
	if a.TicketErr != nil {
		f.Limits = append(f.Limits, "stapled ticket: "+a.TicketErr.Error())
	}
	if a.Ticket != nil {
		f.Ticket = ticketFacts(a.Ticket, pkgCodeHashes(a))
	}
	now := opts.now()
	pi.verifySignatures(opts, now)
	pi.Product = a.Lookup("Distribution") != nil
	f.PackageKind = "component package"
	if pi.Product {
		f.PackageKind = "product archive"
		if b, err := a.ReadSmall(a.Lookup("Distribution"), xar.Limits{}); err != nil {
			pi.noteRead(err)
		} else {
			readDistribution(b, f)
		}
	}
	if err := pi.readComponents(ctx, in, opts); err != nil {
		return nil, nil, err
	}
	switch {
	case !pi.Signed:
		f.Signature = "unsigned"
	case len(pi.Failures) > 0:
		f.Signature = "invalid"
	default:
		f.Signature = "valid"
	}
	f.Failures = pi.Failures
	return pi, []report.Artifact{report.NewArtifact(in.Name, f)}, nil
}

// noteRead records a file of the package that could not be read: a checksum
// mismatch is a failure of the signature, anything else a limit.
func (pi *pkgInput) noteRead(err error) {
	var ce *xar.ChecksumError
	if errors.As(err, &ce) {
		pi.Failures = append(pi.Failures, "a file changed after signing: "+ce.Msg)
		return
	}
	pi.Facts.Limits = append(pi.Facts.Limits, err.Error())
}

func (pi *pkgInput) verifySignatures(opts *Options, now time.Time) {
	a, f := pi.A, pi.Facts
	var pool []*x509.Certificate
	var leaf *x509.Certificate
	if s := a.Signature; s != nil {
		pi.Signed = true
		f.SignatureStyles = append(f.SignatureStyles, s.Style)
		for _, der := range s.Certificates {
			if c, err := x509.ParseCertificate(der); err == nil {
				pool = append(pool, c)
			}
		}
		switch {
		case s.Err != nil:
			pi.Failures = append(pi.Failures, "the RSA signature cannot be read: "+s.Err.Error())
		case len(pool) == 0:
			pi.Failures = append(pi.Failures, "the RSA signature lists no certificate that can be read")
		case a.StoredChecksum == nil:
		default:
			leaf = pool[0]
			res, err := xar.VerifyRSA(leaf, a.StoredChecksum, s.Data)
			if err != nil {
				pi.Failures = append(pi.Failures, "the RSA signature (<signature>) does not verify: "+err.Error())
			}
			f.DoubleHashed = res.DoubleHashed
		}
	}
	if s := a.XSignature; s != nil {
		pi.Signed = true
		f.SignatureStyles = append(f.SignatureStyles, s.Style)
		var sd *cms.SignedData
		var err error
		if s.Err == nil {
			sd, err = cms.Parse(xar.TrimDER(s.Data))
		} else {
			err = s.Err
		}
		switch {
		case err != nil:
			pi.Failures = append(pi.Failures, "the CMS signature (<x-signature>) cannot be read: "+err.Error())
		case a.StoredChecksum == nil:
		default:
			if err := sd.Verify(a.StoredChecksum); err != nil {
				pi.Failures = append(pi.Failures, "the CMS signature (<x-signature>) does not verify: "+err.Error())
			}
			pool = append(pool, sd.Certificates...)
			if leaf == nil {
				leaf = sd.Signer
			}
			f.SigningTime = sd.SigningTime
			if sd.Timestamp != nil && sd.TimestampErr == nil {
				f.Timestamp = sd.Timestamp.Time
			}
		}
	}
	if leaf == nil {
		return
	}
	pi.Leaf = leaf
	pi.Kind = certs.Kind(leaf)
	f.Leaf, f.CertKind, f.Team, f.LeafExpires = leaf.Subject.CommonName, pi.Kind, certs.Team(leaf), leaf.NotAfter
	seen := map[string]bool{}
	for _, c := range pool {
		if !seen[string(c.Raw)] {
			seen[string(c.Raw)] = true
			f.Certificates = append(f.Certificates, c.Subject.CommonName)
		}
	}
	// The chain is judged when the package was signed: at the secure
	// timestamp, else the CMS signing time, else the TOC's creation time.
	at := f.Timestamp
	if at.IsZero() {
		at = f.SigningTime
	}
	if at.IsZero() {
		if t, err := time.Parse("2006-01-02T15:04:05", a.CreationTime); err == nil {
			at = t
		} else {
			at = now
		}
	}
	trust, err := trustFor(opts)
	if err != nil {
		pi.ChainErr = err
		return
	}
	chain, err := trust.VerifyChain(leaf, pool, at)
	if err != nil {
		pi.ChainErr = err
		f.ChainError = err.Error()
	} else {
		f.ChainVerified = true
		pi.AppleChain = trust.IsAppleChain(chain)
	}
	pi.Expired = now.After(leaf.NotAfter)
}

// readDistribution takes the facts Installer shows from a Distribution file.
func readDistribution(b []byte, f *report.Pkg) {
	err := scanXML(b, func(stack []string, e xml.StartElement) {
		name := e.Name.Local
		switch {
		case name == "options":
			for _, a := range strings.Split(xmlAttr(e, "hostArchitectures"), ",") {
				if a = strings.TrimSpace(a); a != "" {
					f.HostArchitectures = append(f.HostArchitectures, a)
				}
			}
		case name == "os-version" && len(stack) > 0 && stack[len(stack)-1] == "allowed-os-versions" && f.MinOS == "":
			f.MinOS = xmlAttr(e, "min")
		}
	}, func(stack []string, text string) {
		if len(stack) == 2 && stack[1] == "title" && f.Title == "" {
			f.Title = strings.TrimSpace(text)
		}
	})
	if err != nil {
		f.Limits = append(f.Limits, "Distribution: not well-formed XML: "+err.Error())
	}
}

// scanXML walks a small XML document as tokens (encoding/xml's reflection
// based Unmarshal costs the web app tens of KB), with nesting bounded.
// stack holds the names of the open elements above the current one.
func scanXML(b []byte, start func(stack []string, e xml.StartElement), text func(stack []string, text string)) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= 64 {
				return errors.New("elements nest more than 64 deep")
			}
			start(stack, t)
			stack = append(stack, t.Name.Local)
		case xml.CharData:
			if len(stack) > 0 {
				text(stack, string(t))
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

func xmlAttr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// readComponents reads each component's PackageInfo, lists its Scripts and
// Payload, and analyses the Mach-O files in the payload.
func (pi *pkgInput) readComponents(ctx context.Context, in *Input, opts *Options) error {
	a := pi.A
	dirs := map[string]bool{}
	for _, f := range a.Files {
		switch path.Base(f.Path) {
		case "PackageInfo", "Payload", "Scripts":
			dirs[path.Dir(f.Path)] = true
		}
	}
	var names []string
	for d := range dirs {
		names = append(names, d)
	}
	sort.Strings(names)
	var codeBytes int64
	for _, d := range names {
		join := func(n string) string {
			if d == "." {
				return n
			}
			return d + "/" + n
		}
		c := report.PkgComponent{Path: strings.TrimPrefix(d, ".")}
		if f := a.Lookup(join("PackageInfo")); f != nil {
			if b, err := a.ReadSmall(f, xar.Limits{}); err != nil {
				pi.noteRead(err)
			} else {
				readPackageInfo(b, &c)
			}
		}
		walk := func(name string, fn func(xar.PayloadEntry, io.Reader) error) string {
			f := a.Lookup(join(name))
			if f == nil {
				return ""
			}
			r, verdict, err := a.Open(f)
			if err != nil {
				pi.noteRead(err)
				return ""
			}
			comp, err := xar.WalkPayload(r, xar.PayloadLimits{}, fn)
			if ctx.Err() != nil {
				return comp
			}
			// A payload whose bytes changed usually fails to decompress
			// too: the checksum says what happened, so it is judged first.
			if msg := verdict(); msg != "" {
				pi.Failures = append(pi.Failures, "a file changed after signing: "+msg)
			} else if err != nil {
				pi.Facts.Limits = append(pi.Facts.Limits, fmt.Sprintf("%s: %v", f.Path, err))
			}
			return comp
		}
		walk("Scripts", func(e xar.PayloadEntry, _ io.Reader) error {
			if e.Mode.IsRegular() {
				c.Scripts = append(c.Scripts, e.Name)
			}
			return ctx.Err()
		})
		c.Payload = walk("Payload", func(e xar.PayloadEntry, body io.Reader) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			c.PayloadFiles++
			if !e.Mode.IsRegular() || e.Size < 4 {
				return nil
			}
			var head [4]byte
			if _, err := io.ReadFull(body, head[:]); err != nil {
				return err
			}
			if !macho.IsMachO(head[:]) {
				return nil
			}
			pc := report.PkgCode{Path: e.Name}
			if e.Size > maxPkgMachO || codeBytes+e.Size > maxPkgMachOTotal {
				pc.Skipped = fmt.Sprintf("not analysed: %d bytes, past the %d MiB signdoctor reads from a payload", e.Size, maxPkgMachOTotal>>20)
				c.Code = append(c.Code, pc)
				return nil
			}
			codeBytes += e.Size
			buf := make([]byte, e.Size)
			copy(buf, head[:])
			if _, err := io.ReadFull(body, buf[4:]); err != nil {
				return err
			}
			opts.yield()
			exe := &Input{File: File{Name: in.Name + ": " + e.Name, Size: e.Size, R: bytes.NewReader(buf)}, Kind: KindMachO}
			sub := *opts
			sub.Progress = nil
			v, _, err := parseMachO(ctx, exe, &sub)
			mi, _ := v.(*machoInput)
			if err != nil || mi == nil {
				pc.Signature = sigInvalid
				c.Code = append(c.Code, pc)
				return nil
			}
			pi.Code = append(pi.Code, &pkgCode{Component: c.Path, Path: e.Name, MachO: mi})
			fillPkgCode(&pc, mi)
			c.Code = append(c.Code, pc)
			return nil
		})
		pi.Facts.Components = append(pi.Facts.Components, c)
	}
	return ctx.Err()
}

func fillPkgCode(pc *report.PkgCode, mi *machoInput) {
	pc.Runtime, pc.Timestamp = true, true
	for i, ms := range mi.Slices {
		if i == 0 {
			pc.Signature, pc.CertKind = ms.Kind, ms.CertKind
		}
		if ms.Leaf != nil && pc.Team == "" {
			pc.Team = certs.Team(ms.Leaf)
		}
		if ms.Signature == nil || ms.Signature.Best() == nil || ms.Signature.Best().Flags&macho.FlagRuntime == 0 {
			pc.Runtime = false
		}
		if ms.Timestamp.IsZero() {
			pc.Timestamp = false
		}
	}
}

func readPackageInfo(b []byte, c *report.PkgComponent) {
	_ = scanXML(b, func(stack []string, e xml.StartElement) {
		if len(stack) == 0 && e.Name.Local == "pkg-info" {
			c.Identifier, c.Version, c.InstallLocation = xmlAttr(e, "identifier"), xmlAttr(e, "version"), xmlAttr(e, "install-location")
		}
	}, func([]string, string) {})
}
