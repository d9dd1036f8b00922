// Package certs knows Apple's code-signing certificates: what kind a leaf is
// (by Apple's marker extensions), whose team it belongs to, and whether a chain
// ends at one of Apple's roots at a given time.
//
// Trust is pinned: Apple Root CA, Apple Root CA - G2 and Apple Root CA - G3,
// identified by SHA-256 fingerprint. The bytes of Apple Root CA (and of the
// Developer ID intermediate) are embedded from roots/, which
// TestExtractRoots -update takes out of a real Apple signature (see
// roots_test.go); nothing here is typed by hand except the fingerprints.
package certs

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"embed"
	"encoding/asn1"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Apple's certificate marker extensions (1.2.840.113635.100.6.…).
var (
	oidApple            = asn1.ObjectIdentifier{1, 2, 840, 113635}
	OIDiPhoneDeveloper  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 2}
	OIDiPhoneDistrib    = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 4}
	OIDMacAppStoreApp   = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 7}
	OIDMacInstaller     = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 8}
	OIDMacDeveloper     = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 12}
	OIDDeveloperIDApp   = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 13}
	OIDDeveloperIDInst  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 14}
	OIDDeveloperIDDate  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 33}
	OIDWWDRIntermediate = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 2, 1}
	OIDDeveloperIDCA    = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 2, 6}
)

// Certificate kinds, as Keychain Access and the developer portal name them.
const (
	KindAppleDevelopment    = "Apple Development"
	KindAppleDistribution   = "Apple Distribution"
	KindiPhoneDeveloper     = "iPhone Developer"
	KindiPhoneDistribution  = "iPhone Distribution"
	KindMacDevelopment      = "Mac Development"
	KindMacAppDistribution  = "3rd Party Mac Developer Application"
	KindMacInstallerDistrib = "3rd Party Mac Developer Installer"
	KindDeveloperIDApp      = "Developer ID Application"
	KindDeveloperIDInstall  = "Developer ID Installer"
)

// HasExtension says whether c carries the extension oid.
func HasExtension(c *x509.Certificate, oid asn1.ObjectIdentifier) bool {
	for _, e := range c.Extensions {
		if e.Id.Equal(oid) {
			return true
		}
	}
	return false
}

// Kind names an Apple code-signing leaf by its marker extensions, or returns
// "" when c is not one. The extensions decide; the common name only chooses
// between names Apple used for the same marker over the years (an
// "iPhone Distribution" leaf and an in-house one share .6.1.4; "Mac Developer"
// was the old name of .6.1.12; "Mac App Distribution" and "Mac Installer
// Distribution" are the new names of .6.1.7 and .6.1.8).
func Kind(c *x509.Certificate) string {
	if c == nil {
		return ""
	}
	has := func(o asn1.ObjectIdentifier) bool { return HasExtension(c, o) }
	cn := c.Subject.CommonName
	prefixed := func(names ...string) string {
		for _, n := range names {
			if strings.HasPrefix(cn, n+":") || cn == n {
				return n
			}
		}
		return ""
	}
	switch {
	case has(OIDDeveloperIDApp):
		return KindDeveloperIDApp
	case has(OIDDeveloperIDInst):
		return KindDeveloperIDInstall
	case has(OIDiPhoneDeveloper) && has(OIDMacDeveloper):
		return KindAppleDevelopment
	case has(OIDiPhoneDistrib) && has(OIDMacAppStoreApp):
		return KindAppleDistribution
	case has(OIDiPhoneDeveloper):
		if n := prefixed(KindAppleDevelopment); n != "" {
			return n
		}
		return KindiPhoneDeveloper
	case has(OIDiPhoneDistrib):
		if n := prefixed(KindAppleDistribution); n != "" {
			return n
		}
		return KindiPhoneDistribution
	case has(OIDMacDeveloper):
		if n := prefixed("Mac Developer"); n != "" {
			return n
		}
		return KindMacDevelopment
	case has(OIDMacAppStoreApp):
		if n := prefixed("Mac App Distribution"); n != "" {
			return n
		}
		return KindMacAppDistribution
	case has(OIDMacInstaller):
		if n := prefixed("Mac Installer Distribution"); n != "" {
			return n
		}
		return KindMacInstallerDistrib
	}
	return ""
}

// IsDevelopment says whether a kind is a development (not distribution) certificate.
func IsDevelopment(kind string) bool {
	switch kind {
	case KindAppleDevelopment, KindiPhoneDeveloper, KindMacDevelopment, "Mac Developer":
		return true
	}
	return false
}

// Team is the team ID: the subject's organizational unit.
func Team(c *x509.Certificate) string {
	if c == nil || len(c.Subject.OrganizationalUnit) == 0 {
		return ""
	}
	return c.Subject.OrganizationalUnit[0]
}

// SHA1Fingerprint is the certificate's SHA-1 fingerprint as Keychain Access
// and `security find-identity` show it: upper-case hex, no separators.
func SHA1Fingerprint(c *x509.Certificate) string {
	sum := sha1.Sum(c.Raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// SHA256Fingerprint is the SHA-256 fingerprint, upper-case hex.
func SHA256Fingerprint(c *x509.Certificate) string {
	sum := sha256.Sum256(c.Raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// Pinned Apple roots, by SHA-256 of the DER certificate. Apple Root CA's bytes
// are also embedded (roots/AppleRootCA.cer) because old signatures do not
// carry it; G2 and G3 are accepted when a chain carries them.
const (
	AppleRootCASHA256   = "B0B1730ECBC7FF4505142C49F1295E6EDA6BCAED7E2C68C5BE91B5A11001F024"
	AppleRootCAG2SHA256 = "C2B9B042DD57830E7D117DAC55AC8AE19407D38E41D88F3215BC3A890444A050"
	AppleRootCAG3SHA256 = "63343ABFB89A6A03EBB57E9B3F5FA7BE7C4F5C756F3017B3A8C488C3653E9179"
	// DeveloperIDCASHA256 is the first Developer ID intermediate, embedded so
	// a lone Developer ID leaf can be judged.
	DeveloperIDCASHA256 = "7AFC9D01A62F03A2DE9637936D4AFE68090D2DE18D03F29C88CFB0B1BA63587F"
)

var pinnedApple = map[string]string{
	AppleRootCASHA256:   "Apple Root CA",
	AppleRootCAG2SHA256: "Apple Root CA - G2",
	AppleRootCAG3SHA256: "Apple Root CA - G3",
}

// IsAppleRoot says whether c is one of Apple's pinned roots.
func IsAppleRoot(c *x509.Certificate) bool {
	return c != nil && pinnedApple[SHA256Fingerprint(c)] != ""
}

//go:embed roots/*.cer
var rootFiles embed.FS

// Embedded returns the certificates embedded from roots/ (Apple Root CA and
// Developer ID Certification Authority).
func Embedded() []*x509.Certificate {
	entries, _ := rootFiles.ReadDir("roots")
	var out []*x509.Certificate
	for _, e := range entries {
		b, err := rootFiles.ReadFile("roots/" + e.Name())
		if err != nil {
			continue
		}
		if c, err := x509.ParseCertificate(b); err == nil {
			out = append(out, c)
		}
	}
	return out
}

// Trust is a set of trusted roots plus known intermediates.
type Trust struct {
	roots         map[string]*x509.Certificate // by SHA-256; nil value: pinned, bytes unknown
	intermediates []*x509.Certificate
	// apple is false for a trust that holds test roots: chains ending at one
	// are trusted but not called Apple's by name.
	extra map[string]bool
}

// Apple returns the production trust: Apple's pinned roots only. It is built
// on first use, not at start-up, where parsing the embedded certificates cost
// the page 50–125 ms before it could draw.
var Apple = sync.OnceValue(newAppleTrust)

func newAppleTrust() *Trust {
	t := &Trust{roots: map[string]*x509.Certificate{}, extra: map[string]bool{}}
	for fp := range pinnedApple {
		t.roots[fp] = nil
	}
	for _, c := range Embedded() {
		fp := SHA256Fingerprint(c)
		if _, pinned := t.roots[fp]; pinned {
			t.roots[fp] = c
		} else {
			t.intermediates = append(t.intermediates, c)
		}
	}
	// The embedded intermediates' links to their roots verified once, with
	// the trust (the web app builds it while warming up), so a file they
	// issued does not pay for them (linksVerified).
	for _, c := range t.intermediates {
		for _, r := range t.roots {
			if r != nil && bytes.Equal(c.RawIssuer, r.RawSubject) {
				_ = checkLink(c, r) // a link that fails is checked, and refused, again in VerifyChain
			}
		}
	}
	return t
}

// WithRoots returns Apple's trust plus extra roots (DER). Tests use it so a
// project test CA can stand in for Apple; production code passes none.
func WithRoots(extraDER ...[]byte) (*Trust, error) {
	t := newAppleTrust()
	for _, der := range extraDER {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, fmt.Errorf("extra root: %v", err)
		}
		fp := SHA256Fingerprint(c)
		t.roots[fp] = c
		t.extra[fp] = true
	}
	return t, nil
}

// IsTrustedRoot says whether c is a root of this trust.
func (t *Trust) IsTrustedRoot(c *x509.Certificate) bool {
	if t == nil || c == nil {
		return false
	}
	_, ok := t.roots[SHA256Fingerprint(c)]
	return ok
}

// ChainError says why a chain does not end at a trusted root.
type ChainError struct{ Msg string }

func (e *ChainError) Error() string { return e.Msg }

// maxChainLen bounds chain building (Apple's chains have three links).
const maxChainLen = 8

// VerifyChain is Apple.VerifyChain.
func VerifyChain(leaf *x509.Certificate, pool []*x509.Certificate, at time.Time) ([]*x509.Certificate, error) {
	return Apple().VerifyChain(leaf, pool, at)
}

// VerifyChain builds the chain from leaf to a trusted root out of pool (the
// certificates a signature carries) and the embedded certificates, and judges
// it at time at (the signing or timestamp time): every certificate must be
// valid then, every issuer a CA, every signature must hold.
//
// It does not use x509.Verify, for two reasons. Go 1.24 and later refuse
// SHA-1-signed certificates there, and Apple's older intermediates ("Apple
// iPhone Certification Authority", WWDR until 2023) are SHA-1-signed; each
// link is instead checked with the issuer's CheckSignature, which still
// accepts SHA-1 (CheckSignatureFrom does not). And Apple's leaves carry
// critical Apple extensions (1.2.840.113635…) that x509.Verify rejects as
// unhandled; here they are cleared (ignored), while any other unhandled
// critical extension still fails the chain.
//
// A self-signed certificate that the pool carries counts as the end only when
// its fingerprint is pinned; an expired "Apple Computer" root that old
// profiles carry is simply not used. Usage (EKU) is the caller's question.
func (t *Trust) VerifyChain(leaf *x509.Certificate, pool []*x509.Certificate, at time.Time) ([]*x509.Certificate, error) {
	if leaf == nil {
		return nil, &ChainError{"there is no signer certificate"}
	}
	candidates := make([]*x509.Certificate, 0, len(pool)+len(t.intermediates)+len(t.roots))
	candidates = append(candidates, pool...)
	candidates = append(candidates, t.intermediates...)
	for _, r := range t.roots {
		if r != nil {
			candidates = append(candidates, r)
		}
	}
	chain := []*x509.Certificate{leaf}
	cur := leaf
	var lastErr error
	for len(chain) <= maxChainLen {
		if err := checkCert(cur, at); err != nil {
			return chain, err
		}
		if t.IsTrustedRoot(cur) {
			return chain, nil
		}
		if isSelfSigned(cur) {
			return chain, &ChainError{fmt.Sprintf("the chain ends at the self-signed certificate %q, which is not an Apple root", name(cur))}
		}
		var next *x509.Certificate
		for _, c := range candidates {
			if c == cur || !bytes.Equal(c.RawSubject, cur.RawIssuer) || inChain(chain, c) {
				continue
			}
			if err := checkLink(cur, c); err != nil {
				lastErr = err
				continue
			}
			next = c
			if t.IsTrustedRoot(c) {
				break // prefer the root when several issuers match
			}
		}
		if next == nil {
			if lastErr != nil {
				return chain, lastErr
			}
			return chain, &ChainError{fmt.Sprintf("the issuer of %q (%s) is not among the certificates carried, so the chain stops before any trusted root", name(cur), dnName(cur.Issuer.CommonName, cur.Issuer.String()))}
		}
		chain = append(chain, next)
		cur = next
	}
	return chain, &ChainError{"the chain is longer than any Apple chain"}
}

// checkLink checks that parent issued child.
func checkLink(child, parent *x509.Certificate) error {
	if !parent.BasicConstraintsValid || !parent.IsCA {
		return &ChainError{fmt.Sprintf("%q is named as the issuer of %q but is not a certificate authority", name(parent), name(child))}
	}
	if parent.KeyUsage != 0 && parent.KeyUsage&x509.KeyUsageCertSign == 0 {
		return &ChainError{fmt.Sprintf("%q may not sign certificates", name(parent))}
	}
	key := linkKey{sha256.Sum256(child.Raw), sha256.Sum256(parent.Raw)}
	if linksVerified.has(key) {
		return nil
	}
	// CheckSignature (unlike CheckSignatureFrom) still accepts SHA-1, which
	// Apple's older intermediates use.
	if err := parent.CheckSignature(child.SignatureAlgorithm, child.RawTBSCertificate, child.Signature); err != nil {
		return &ChainError{fmt.Sprintf("the signature of %q does not verify with the key of %q: %v", name(child), name(parent), err)}
	}
	linksVerified.add(key)
	return nil
}

// linksVerified remembers the certificate pairs whose signature verified:
// the same few Apple intermediates and roots sign every file, and an RSA
// verification costs milliseconds in the web app (a Developer ID binary's
// two chains: ~40 ms of its analysis). The answer is a function of the
// two certificates' bytes alone. Only successes are kept, at most
// linksVerifiedMax.
var linksVerified linkCache

const linksVerifiedMax = 256

type linkKey struct{ child, parent [sha256.Size]byte }

type linkCache struct {
	mu sync.Mutex
	m  map[linkKey]struct{}
}

func (c *linkCache) has(k linkKey) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[k]
	return ok
}

func (c *linkCache) add(k linkKey) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[linkKey]struct{}{}
	}
	if len(c.m) < linksVerifiedMax {
		c.m[k] = struct{}{}
	}
}

// checkCert checks validity at time at and unhandled critical extensions.
func checkCert(c *x509.Certificate, at time.Time) error {
	if at.Before(c.NotBefore) || at.After(c.NotAfter) {
		return &ChainError{fmt.Sprintf("%q was not valid on %s (valid %s to %s)", name(c), at.UTC().Format("2006-01-02"), c.NotBefore.UTC().Format("2006-01-02"), c.NotAfter.UTC().Format("2006-01-02"))}
	}
	for _, oid := range c.UnhandledCriticalExtensions {
		if !hasPrefix(oid, oidApple) {
			return &ChainError{fmt.Sprintf("%q has an unknown critical extension %v", name(c), oid)}
		}
	}
	return nil
}

// ClearAppleCriticalExtensions returns a copy of c without Apple's critical
// extensions in UnhandledCriticalExtensions, so that x509.Verify can be used
// on Apple leaves by callers that want it.
func ClearAppleCriticalExtensions(c *x509.Certificate) *x509.Certificate {
	cc := *c
	cc.UnhandledCriticalExtensions = nil
	for _, oid := range c.UnhandledCriticalExtensions {
		if !hasPrefix(oid, oidApple) {
			cc.UnhandledCriticalExtensions = append(cc.UnhandledCriticalExtensions, oid)
		}
	}
	return &cc
}

// HasCodeSigningEKU says whether c may sign code (EKU code signing, or no EKU).
func HasCodeSigningEKU(c *x509.Certificate) bool {
	if len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0 {
		return true
	}
	for _, u := range c.ExtKeyUsage {
		if u == x509.ExtKeyUsageCodeSigning || u == x509.ExtKeyUsageAny {
			return true
		}
	}
	return false
}

// IsAppleChain says whether a verified chain ends at one of Apple's pinned
// roots (and not at an extra test root).
func (t *Trust) IsAppleChain(chain []*x509.Certificate) bool {
	return len(chain) > 0 && IsAppleRoot(chain[len(chain)-1])
}

// IsTestRoot says whether c is an extra (test) root of this trust.
func (t *Trust) IsTestRoot(c *x509.Certificate) bool {
	return t != nil && c != nil && t.extra[SHA256Fingerprint(c)]
}

func isSelfSigned(c *x509.Certificate) bool {
	if !bytes.Equal(c.RawSubject, c.RawIssuer) {
		return false
	}
	return c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

func inChain(chain []*x509.Certificate, c *x509.Certificate) bool {
	for _, x := range chain {
		if x.Equal(c) {
			return true
		}
	}
	return false
}

func hasPrefix(oid, prefix asn1.ObjectIdentifier) bool {
	if len(oid) < len(prefix) {
		return false
	}
	return oid[:len(prefix)].Equal(prefix)
}

func name(c *x509.Certificate) string {
	return dnName(c.Subject.CommonName, c.Subject.String())
}

func dnName(cn, dn string) string {
	if cn != "" {
		return cn
	}
	return dn
}

// ErrNoRoot is returned by RootName for a certificate that is not pinned.
var ErrNoRoot = errors.New("not a pinned Apple root")

// RootName names a pinned Apple root ("Apple Root CA - G3").
func RootName(c *x509.Certificate) (string, error) {
	if n := pinnedApple[SHA256Fingerprint(c)]; n != "" {
		return n, nil
	}
	return "", ErrNoRoot
}
