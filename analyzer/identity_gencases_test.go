package analyzer

// The generator of the identity-* cases: .p12 files written with go-pkcs12's
// encoders (Keychain-style legacy RC2/3DES and modern PBES2/AES) around leaves
// of the project's test CA, with a profile and a binary where a case needs
// them. Run with -gen-identity-cases to rewrite them, then -update.

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"testing/cryptotest"
	"time"

	pkcs12 "software.sslmate.com/src/go-pkcs12"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var genIdentityCases = flag.Bool("gen-identity-cases", false, "write testdata/cases/identity-* files")

const identityPassword = "correct horse"

type idSpec struct {
	modern, noChain, otherKey, certOnly, emptyPassword bool
}

func buildP12(tb testing.TB, ca, leaf *testsign.Identity, s idSpec) []byte {
	var chain []*x509.Certificate
	if !s.noChain {
		chain = []*x509.Certificate{ca.Cert}
	}
	pw := identityPassword
	if s.emptyPassword {
		pw = ""
	}
	if s.certOnly {
		b, err := pkcs12.LegacyDES.EncodeTrustStore([]*x509.Certificate{leaf.Cert}, pw)
		if err != nil {
			tb.Fatal(err)
		}
		return b
	}
	var key any = leaf.Key
	if s.otherKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			tb.Fatal(err)
		}
		key = k
	}
	enc := pkcs12.LegacyRC2
	if s.modern {
		enc = pkcs12.Modern2023
	}
	b, err := enc.Encode(key, leaf.Cert, chain, pw)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestGenerateIdentityCases(t *testing.T) {
	if !*genIdentityCases {
		t.Skip("run with -gen-identity-cases to rewrite testdata/cases/identity-*")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	ca := loadPkgTestCA(t)
	leaf, err := testsign.NewLeaf(ca, "Apple Development", pkgTeam)
	if err != nil {
		t.Fatal(err)
	}
	other, err := testsign.NewLeaf(ca, "Apple Development", pkgTeam)
	if err != nil {
		t.Fatal(err)
	}
	profileFor := func(cert *x509.Certificate) []byte {
		spec := profiletest.Spec{Name: "Tool Development", AppIDName: "Tool", Team: pkgTeam, TeamName: "Test Developer",
			BundleID: "com.example.tool", Platforms: []string{"OSX"}, Devices: []string{"00000000-0000-0000-0000-000000000001"},
			Created: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Expires: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
			TimeToLive: 365, Certificates: []*x509.Certificate{cert}, UUID: "6B1F0D2C-1111-4222-8333-944455556666"}
		payload, err := spec.Plist()
		if err != nil {
			t.Fatal(err)
		}
		b, err := profiletest.Sign(payload, &profiletest.Identity{Cert: ca.Cert, Key: ca.Key})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	binary := func(by *testsign.Identity) []byte {
		b, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{Identifier: "com.example.tool", TeamID: pkgTeam,
			Signer: testsign.CMSSigner(by, []*x509.Certificate{ca.Cert}, testsign.CMSOptions{})})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	type file struct {
		name string
		data []byte
	}
	p12 := func(s idSpec) file { return file{"Tool.p12", buildP12(t, ca, leaf, s)} }
	cases := []struct {
		check, name string
		files       []file
		password    string
		now         string
	}{
		{"identity-wrong-password", "wrong-password", []file{p12(idSpec{})}, "Correct Horse", ""},
		{"identity-wrong-password", "no-right-password", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-password-needed", "none-given", []file{p12(idSpec{modern: true})}, "", ""},
		{"identity-password-needed", "no-empty-password", []file{p12(idSpec{emptyPassword: true})}, "", ""},
		{"identity-kind", "legacy-rc2", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-kind", "modern-aes", []file{p12(idSpec{modern: true})}, identityPassword, ""},
		{"identity-kind", "no-locked", []file{p12(idSpec{})}, "", ""},
		{"identity-key-mismatch", "other-key", []file{p12(idSpec{otherKey: true})}, identityPassword, ""},
		{"identity-key-mismatch", "no-own-key", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-incomplete", "certificate-only", []file{p12(idSpec{certOnly: true})}, identityPassword, ""},
		{"identity-incomplete", "no-with-key", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-expired", "expired", []file{p12(idSpec{})}, identityPassword, "2041-01-01T00:00:00Z"},
		{"identity-expired", "no-valid", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-intermediate-missing", "leaf-alone", []file{p12(idSpec{noChain: true})}, identityPassword, ""},
		{"identity-intermediate-missing", "no-issuer-included", []file{p12(idSpec{})}, identityPassword, ""},
		{"identity-in-profile", "listed", []file{p12(idSpec{}), {"Tool.provisionprofile", profileFor(leaf.Cert)}}, identityPassword, ""},
		{"identity-in-profile", "no-other-certificate", []file{p12(idSpec{}), {"Tool.provisionprofile", profileFor(other.Cert)}}, identityPassword, ""},
		{"identity-not-in-profile", "other-certificate", []file{p12(idSpec{}), {"Tool.provisionprofile", profileFor(other.Cert)}}, identityPassword, ""},
		{"identity-not-in-profile", "no-listed", []file{p12(idSpec{}), {"Tool.provisionprofile", profileFor(leaf.Cert)}}, identityPassword, ""},
		{"identity-signed-code", "signed-binary", []file{p12(idSpec{}), {"tool", binary(leaf)}}, identityPassword, ""},
		{"identity-signed-code", "no-unsigned-binary", []file{p12(idSpec{}), {"tool", testsign.Build(testsign.Image{})}}, identityPassword, ""},
	}
	for _, c := range cases {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range c.files {
			if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		opts := "trust: " + pkgTestCA + "\n"
		if c.password != "" {
			opts += "password: " + c.password + "\n"
		}
		if c.now != "" {
			opts += "now: " + c.now + "\n"
		}
		if err := os.WriteFile(filepath.Join(dir, "options"), []byte(opts), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func pkcs12LegacyRC2() *pkcs12.Encoder { return pkcs12.LegacyRC2 }
func pkcs12Modern() *pkcs12.Encoder    { return pkcs12.Modern2023 }
