package analyzer

import (
	"bytes"
	"context"
	"crypto/x509"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Profile returns the parsed provisioning profile, or nil when the input is
// not one (or could not be read; see Err).
func (in *Input) Profile() *profile.Profile {
	p, _ := in.Value.(*profile.Profile)
	return p
}

// profileFailure is the value of a profile input that could not be read.
type profileFailure struct{ Err error }

// oidSignedData is the DER of the PKCS #7 signedData content type OID, which
// a profile's CMS names in its first bytes.
var oidSignedData = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}

// sniffProfile: a file named like a profile (even a broken one, so it gets a
// clear finding), a CMS SignedData whose head shows a property list, or a
// bare property list with profile keys.
func sniffProfile(head []byte, name string) bool {
	lower := strings.ToLower(baseName(name))
	if len(head) > 0 && (strings.HasSuffix(lower, ".mobileprovision") || strings.HasSuffix(lower, ".provisionprofile")) {
		return true
	}
	if len(head) > 2 && head[0] == 0x30 && bytes.Contains(head[:min(len(head), 32)], oidSignedData) {
		return bytes.Contains(head, []byte("<plist")) || bytes.Contains(head, []byte("bplist00")) || bytes.Contains(head, []byte("<?xml"))
	}
	return profile.IsBarePlist(head) && profile.HasProfileKeys(head)
}

// trustFor is Apple's pinned trust, plus the case runner's test roots: the
// one Analyze resolved, else (EvaluateRequirement, a parser called alone)
// built now.
func trustFor(opts *Options) (*certs.Trust, error) {
	if opts.trustResolved {
		return opts.trust, opts.trustErr
	}
	if len(opts.TestRoots()) == 0 {
		return certs.Apple(), nil
	}
	return certs.WithRoots(opts.TestRoots()...)
}

// resolveTrust builds the trust once, so the parsers and checks of one
// analysis judge every chain against the same value.
func (o *Options) resolveTrust() {
	o.trust, o.trustErr = trustFor(o)
	o.trustResolved = true
}

// readProfile is the one place the analyzer parses a profile's bytes
// (CMS verification and chain building included); profile checks read the
// case's profiles, parsed once (Case.profiles).
func readProfile(b []byte, trust *certs.Trust) (*profile.Profile, error) {
	if profileParsed != nil {
		profileParsed()
	}
	return profile.Parse(b, trust)
}

// profileParsed, set only by this package's tests, counts readProfile calls.
var profileParsed func()

func parseProfile(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	if in.Size > profile.MaxSize {
		return nil, nil, fmt.Errorf("%d bytes is more than a provisioning profile holds (limit %d)", in.Size, profile.MaxSize)
	}
	b := make([]byte, in.Size)
	if n, err := in.R.ReadAt(b, 0); n < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	trust, err := trustFor(opts)
	if err != nil {
		return nil, nil, err
	}
	p, err := readProfile(b, trust)
	if err != nil {
		// A value, so that profile-malformed (not the generic
		// input-malformed) explains it.
		return &profileFailure{err}, nil, err
	}
	return p, []report.Artifact{report.NewArtifact(in.Name, profileFacts(p, opts.now()))}, nil
}

// profileFacts is what the report shows of a profile.
func profileFacts(p *profile.Profile, now time.Time) *report.Profile {
	f := &report.Profile{
		ProfileName:  p.Name,
		UUID:         p.UUID,
		ProfileKind:  string(p.Kind),
		Platforms:    p.Platforms,
		Team:         p.Team,
		TeamName:     p.TeamName,
		AppIDName:    p.AppIDName,
		AppID:        p.AppID,
		Created:      p.CreationDate,
		Expires:      p.ExpirationDate,
		TimeToLive:   p.TimeToLive,
		XcodeManaged: p.IsXcodeManaged,
		Devices:      len(p.ProvisionedDevices),
		AllDevices:   p.ProvisionsAllDevices,
		DeviceIDs:    p.ProvisionedDevices,
		Format:       string(p.Format),
		Entitlements: p.Entitlements,
	}
	if s := p.Signature; s != nil {
		f.AppleSigned, f.NotAppleSigned, f.Tampered = s.AppleSigned, s.NotAppleReason, s.Tampered
		if s.Signer != nil {
			f.Signer = s.Signer.Subject.CommonName
		}
		if !s.SigningTime.IsZero() {
			t := s.SigningTime
			f.SigningTime = &t
		}
	} else {
		f.NotAppleSigned = "the profile has no CMS signature (a bare property list)"
	}
	for _, c := range p.DeveloperCertificates {
		if c.Cert == nil {
			continue
		}
		cf := certificateFacts(c.Cert, now)
		// Apple's provisioning service lists only certificates it issued.
		cf.AppleIssued = f.AppleSigned && c.Kind != ""
		f.Certificates = append(f.Certificates, *cf)
	}
	return f
}

// certificateFacts describes one certificate.
func certificateFacts(c *x509.Certificate, now time.Time) *report.Certificate {
	kind := certs.Kind(c)
	if kind == "" {
		kind = "unknown"
	}
	team := certs.Team(c)
	if c.IsCA {
		team = "" // an authority's OU names a department, not a team
	}
	return &report.Certificate{
		IsCA:       c.IsCA,
		CommonName: c.Subject.CommonName,
		CertKind:   kind,
		Team:       team,
		Issuer:     c.Issuer.CommonName,
		NotBefore:  c.NotBefore.UTC(),
		NotAfter:   c.NotAfter.UTC(),
		SHA1:       certs.SHA1Fingerprint(c),
		SHA256:     certs.SHA256Fingerprint(c),
		Serial:     fmt.Sprintf("%X", c.SerialNumber),
		Expired:    now.After(c.NotAfter),
	}
}
