package testfixture

// Provisioning profiles in Apple's real format (a CMS SignedData around an
// XML plist) signed by the project's test CA (testdata/testca), for tests
// that need profiles with chosen contents.

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/smallstep/pkcs7"
	"howett.net/plist"
)

// Identity is a certificate of the test CA with its private key.
type Identity struct {
	Cert *x509.Certificate
	Key  crypto.Signer
}

// LoadIdentity reads testdata/testca/NAME.pem and NAME.key (root, signer).
func LoadIdentity(t testing.TB, name string) Identity {
	t.Helper()
	dir := filepath.Join(ModuleRoot(t), "testdata", "testca")
	certPEM, err := os.ReadFile(filepath.Join(dir, name+".pem"))
	if err != nil {
		t.Fatal(err)
	}
	keyPEM, err := os.ReadFile(filepath.Join(dir, name+".key"))
	if err != nil {
		t.Fatal(err)
	}
	cb, _ := pem.Decode(certPEM)
	kb, _ := pem.Decode(keyPEM)
	if cb == nil || kb == nil {
		t.Fatalf("testdata/testca/%s: no PEM block", name)
	}
	cert, err := x509.ParseCertificate(cb.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	key, err := x509.ParsePKCS8PrivateKey(kb.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return Identity{cert, key.(crypto.Signer)}
}

// oidDevelopment marks an Apple development certificate (iPhone Developer /
// Apple Development); Apple marks it critical.
var oidDevelopment = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 2}

// DeveloperCert issues a development certificate under the test root with
// the given subject common name, organisation and team (OU), which a test
// may fill with anything (markup, for one).
func DeveloperCert(t testing.TB, root Identity, cn, org, team string) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, _ := rand.Int(rand.Reader, big.NewInt(1<<62))
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: cn, Organization: []string{org}, OrganizationalUnit: []string{team}},
		NotBefore:             time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2039, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning},
		BasicConstraintsValid: true,
		ExtraExtensions:       []pkix.Extension{{Id: oidDevelopment, Critical: true, Value: []byte{0x05, 0x00}}},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, root.Cert, &key.PublicKey, root.Key)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Profile is what a generated profile holds.
type Profile struct {
	Name, AppIDName, Team, TeamName, BundleID, UUID string
	Devices                                         []string
	Expires                                         time.Time
	Entitlements                                    map[string]any
	Certificates                                    []*x509.Certificate
}

// Build signs the profile's plist with the test CA's profile signer, as
// Apple's provisioning service signs real ones (SHA-256, content attached,
// the root carried).
func (p Profile) Build(t testing.TB) []byte {
	t.Helper()
	ents := map[string]any{
		"application-identifier":              p.Team + "." + p.BundleID,
		"com.apple.developer.team-identifier": p.Team,
		"keychain-access-groups":              []any{p.Team + ".*"},
		"get-task-allow":                      true,
	}
	for k, v := range p.Entitlements {
		ents[k] = v
	}
	certs := []any{}
	for _, c := range p.Certificates {
		certs = append(certs, c.Raw)
	}
	devices := []any{}
	for _, d := range p.Devices {
		devices = append(devices, d)
	}
	created := p.Expires.AddDate(-1, 0, 0)
	payload, err := plist.MarshalIndent(map[string]any{
		"AppIDName":                   p.AppIDName,
		"ApplicationIdentifierPrefix": []any{p.Team},
		"CreationDate":                created.UTC(),
		"ExpirationDate":              p.Expires.UTC(),
		"DeveloperCertificates":       certs,
		"Entitlements":                ents,
		"IsXcodeManaged":              false,
		"Name":                        p.Name,
		"Platform":                    []any{"iOS"},
		"ProvisionedDevices":          devices,
		"TeamIdentifier":              []any{p.Team},
		"TeamName":                    p.TeamName,
		"TimeToLive":                  int(p.Expires.Sub(created).Hours() / 24),
		"UUID":                        p.UUID,
		"Version":                     1,
	}, plist.XMLFormat, "\t")
	if err != nil {
		t.Fatal(err)
	}
	signer, root := LoadIdentity(t, "signer"), LoadIdentity(t, "root")
	sd, err := pkcs7.NewSignedData(payload)
	if err != nil {
		t.Fatal(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(signer.Cert, signer.Key, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	sd.AddCertificate(root.Cert)
	der, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// PlainProfile is an ordinary development profile for team TEAM123456.
func PlainProfile(t testing.TB) Profile {
	root := LoadIdentity(t, "root")
	return Profile{
		Name: "Shop Development", AppIDName: "Shop", Team: "TEAM123456", TeamName: "Example Shop Ltd",
		BundleID: "com.example.shop", UUID: "0F6C52B1-3D7A-4D8E-9B1C-2A5E6F7D8C9B",
		Devices:      []string{"00008030-001A2B3C4D5E6F70", "00008101-000A1B2C3D4E5F60"},
		Expires:      time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC),
		Certificates: []*x509.Certificate{DeveloperCert(t, root, "Apple Development: Test Developer (TEAM123456)", "Test Developer", "TEAM123456")},
	}
}
