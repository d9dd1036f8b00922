package certs

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"strings"
	"testing"
	"time"
)

type testCert struct {
	c   *x509.Certificate
	key *ecdsa.PrivateKey
}

var (
	from = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	to   = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	mid  = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
)

func mk(t *testing.T, cn string, parent *testCert, isCA bool, exts ...pkix.Extension) *testCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: cn, OrganizationalUnit: []string{"TEAM123456"}},
		NotBefore: from, NotAfter: to, BasicConstraintsValid: true, IsCA: isCA, ExtraExtensions: exts,
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
	}
	signer, sk := tmpl, key
	if parent != nil {
		signer, sk = parent.c, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, sk)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &testCert{c, key}
}

func marker(oid asn1.ObjectIdentifier) pkix.Extension {
	return pkix.Extension{Id: oid, Critical: true, Value: []byte{5, 0}}
}

func TestTestRootsAndAppleExtensions(t *testing.T) {
	root := mk(t, "Test Root", nil, true)
	inter := mk(t, "Test WWDR", root, true)
	leaf := mk(t, "Apple Development: T (TEAM123456)", inter, false, marker(OIDiPhoneDeveloper), marker(OIDMacDeveloper))
	if Kind(leaf.c) != KindAppleDevelopment || Team(leaf.c) != "TEAM123456" {
		t.Errorf("Kind %q Team %q", Kind(leaf.c), Team(leaf.c))
	}
	// Pinned production trust refuses the test root.
	if _, err := VerifyChain(leaf.c, []*x509.Certificate{inter.c, root.c}, mid); err == nil || !strings.Contains(err.Error(), "not an Apple root") {
		t.Errorf("Apple trust: %v", err)
	}
	trust, err := WithRoots(root.c.Raw)
	if err != nil {
		t.Fatal(err)
	}
	// The intermediate alone is enough: the root comes from the trust.
	chain, err := trust.VerifyChain(leaf.c, []*x509.Certificate{inter.c}, mid)
	if err != nil || len(chain) != 3 || !trust.IsTestRoot(chain[2]) || trust.IsAppleChain(chain) {
		t.Fatalf("test trust: %v, chain %d", err, len(chain))
	}
	// x509.Verify itself rejects the Apple critical extensions that VerifyChain clears.
	roots := x509.NewCertPool()
	roots.AddCert(root.c)
	inters := x509.NewCertPool()
	inters.AddCert(inter.c)
	if _, err := leaf.c.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: mid}); err == nil {
		t.Log("x509.Verify accepted the Apple extensions (behaviour changed upstream)")
	}
	if _, err := ClearAppleCriticalExtensions(leaf.c).Verify(x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: mid, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}}); err != nil {
		t.Errorf("with Apple extensions cleared: %v", err)
	}
	// Outside the validity period.
	if _, err := trust.VerifyChain(leaf.c, []*x509.Certificate{inter.c}, to.AddDate(1, 0, 0)); err == nil || !strings.Contains(err.Error(), "not valid on") {
		t.Errorf("after expiry: %v", err)
	}
}

func TestChainRefusals(t *testing.T) {
	root := mk(t, "Test Root", nil, true)
	trust, _ := WithRoots(root.c.Raw)
	notCA := mk(t, "Not a CA", root, false)
	leaf := mk(t, "Leaf", notCA, false)
	if _, err := trust.VerifyChain(leaf.c, []*x509.Certificate{notCA.c}, mid); err == nil || !strings.Contains(err.Error(), "not a certificate authority") {
		t.Errorf("issuer not a CA: %v", err)
	}
	odd := mk(t, "Odd", root, false, pkix.Extension{Id: asn1.ObjectIdentifier{1, 2, 3, 4}, Critical: true, Value: []byte{5, 0}})
	if _, err := trust.VerifyChain(odd.c, nil, mid); err == nil || !strings.Contains(err.Error(), "unknown critical extension") {
		t.Errorf("unknown critical extension: %v", err)
	}
	other := mk(t, "Test Root", nil, true) // same name, other key
	forged := mk(t, "Forged", other, false)
	if _, err := trust.VerifyChain(forged.c, nil, mid); err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Errorf("same-name issuer with another key: %v", err)
	}
	if _, err := trust.VerifyChain(nil, nil, mid); err == nil {
		t.Error("nil leaf verified")
	}
}

// TestLinksVerifiedCache: a link that verified once is taken from the cache
// the next time; a link whose signature fails is never kept and fails every
// time; a parent that is no authority is refused before the cache is asked;
// and a child whose signature bytes changed is a new link, checked again.
func TestLinksVerifiedCache(t *testing.T) {
	root := mk(t, "Cache Root", nil, true)
	inter := mk(t, "Cache Intermediate", root, true)
	if err := checkLink(inter.c, root.c); err != nil {
		t.Fatalf("first check: %v", err)
	}
	if !linksVerified.has(linkKey{sha256.Sum256(inter.c.Raw), sha256.Sum256(root.c.Raw)}) {
		t.Fatal("a verified link is not kept")
	}
	if err := checkLink(inter.c, root.c); err != nil {
		t.Fatalf("second check: %v", err)
	}
	other := mk(t, "Other Root", nil, true)
	for i := 0; i < 2; i++ {
		if err := checkLink(inter.c, other.c); err == nil {
			t.Fatalf("check %d: a link signed by another key verified", i+1)
		}
	}
	if linksVerified.has(linkKey{sha256.Sum256(inter.c.Raw), sha256.Sum256(other.c.Raw)}) {
		t.Error("a failed link was kept")
	}
	leaf := mk(t, "Cache Leaf", inter, false)
	if err := checkLink(leaf.c, inter.c); err != nil {
		t.Fatalf("leaf: %v", err)
	}
	if err := checkLink(inter.c, leaf.c); err == nil {
		t.Error("a parent that is no authority was accepted")
	}
	raw := bytes.Clone(inter.c.Raw)
	raw[len(raw)-3] ^= 0xff // inside the signature
	changed, err := x509.ParseCertificate(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkLink(changed, root.c); err == nil {
		t.Error("a changed signature verified: the cache answered for other bytes")
	}
}

// TestAppleTrustVerifiesEmbeddedLinks: building Apple's trust leaves the
// embedded intermediates' links to their roots verified, so the first file
// they issued does not pay for them.
func TestAppleTrustVerifiesEmbeddedLinks(t *testing.T) {
	tr := newAppleTrust()
	links := 0
	for _, c := range tr.intermediates {
		for _, r := range tr.roots {
			if r != nil && bytes.Equal(c.RawIssuer, r.RawSubject) {
				links++
				if !linksVerified.has(linkKey{sha256.Sum256(c.Raw), sha256.Sum256(r.Raw)}) {
					t.Errorf("%s -> %s: not verified with the trust", c.Subject.CommonName, r.Subject.CommonName)
				}
			}
		}
	}
	if links == 0 {
		t.Error("no embedded intermediate is issued by an embedded root")
	}
}
