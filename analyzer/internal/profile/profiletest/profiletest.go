// Package profiletest builds provisioning profiles in Apple's real format (a
// CMS SignedData with an attached XML plist) signed by a test CA, for tests
// and the case generator. Production code never imports it.
package profiletest

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/smallstep/pkcs7"
	"howett.net/plist"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// Identity is a certificate with its key.
type Identity struct {
	Cert *x509.Certificate
	Key  crypto.Signer
}

// CA is a test root and the profile-signing certificate it issued (the
// stand-in for "Apple iPhone OS Provisioning Profile Signing").
type CA struct {
	Root, Signer *Identity
}

var serial int64 = 1000

func nextSerial() *big.Int { serial++; return big.NewInt(serial) }

// NewIdentity makes a certificate for cn under parent (self-signed when
// parent is nil), valid from notBefore to notAfter, with the given extensions
// marked critical as Apple marks its own.
func NewIdentity(cn, ou, org string, parent *Identity, isCA bool, notBefore, notAfter time.Time, markers ...asn1.ObjectIdentifier) (*Identity, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          nextSerial(),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             notBefore,
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  isCA,
	}
	if org != "" {
		tmpl.Subject.Organization = []string{org}
	}
	if ou != "" {
		tmpl.Subject.OrganizationalUnit = []string{ou}
	}
	if isCA {
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	} else {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning}
	}
	for _, m := range markers {
		tmpl.ExtraExtensions = append(tmpl.ExtraExtensions, pkix.Extension{Id: m, Critical: true, Value: []byte{0x05, 0x00}})
	}
	signer, signerKey := tmpl, crypto.Signer(key)
	if parent != nil {
		signer, signerKey = parent.Cert, parent.Key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signerKey)
	if err != nil {
		return nil, err
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	return &Identity{Cert: c, Key: key}, nil
}

// NewCA makes a fresh test root and profile signer valid 2020-2040.
func NewCA(name string) (*CA, error) {
	from, to := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	root, err := NewIdentity(name+" Root CA", "", "signdoctor test", nil, true, from, to)
	if err != nil {
		return nil, err
	}
	signer, err := NewIdentity(name+" Provisioning Profile Signing", "", "signdoctor test", root, false, from, to)
	if err != nil {
		return nil, err
	}
	return &CA{Root: root, Signer: signer}, nil
}

// PEM encodes an identity as a certificate block and a key block.
func (id *Identity) PEM() (cert, key []byte, err error) {
	kd, err := x509.MarshalPKCS8PrivateKey(id.Key)
	if err != nil {
		return nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: id.Cert.Raw}),
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kd}), nil
}

// LoadIdentity reads what PEM wrote.
func LoadIdentity(certPEM, keyPEM []byte) (*Identity, error) {
	cb, _ := pem.Decode(certPEM)
	kb, _ := pem.Decode(keyPEM)
	if cb == nil || kb == nil {
		return nil, errors.New("profiletest: no PEM block")
	}
	c, err := x509.ParseCertificate(cb.Bytes)
	if err != nil {
		return nil, err
	}
	k, err := x509.ParsePKCS8PrivateKey(kb.Bytes)
	if err != nil {
		return nil, err
	}
	s, ok := k.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("profiletest: key %T cannot sign", k)
	}
	return &Identity{Cert: c, Key: s}, nil
}

// Sign wraps payload in a CMS SignedData signed by signer, carrying chain,
// as Apple's provisioning service does (SHA-256, attached content).
func Sign(payload []byte, signer *Identity, chain ...*x509.Certificate) ([]byte, error) {
	sd, err := pkcs7.NewSignedData(payload)
	if err != nil {
		return nil, err
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(signer.Cert, signer.Key, pkcs7.SignerInfoConfig{}); err != nil {
		return nil, err
	}
	if err := testsign.SetSigningTime(sd, signer.Key, time.Time{}); err != nil {
		return nil, err
	}
	for _, c := range chain {
		sd.AddCertificate(c)
	}
	return sd.Finish()
}

// Sign signs payload with the CA's profile signer, carrying the root.
func (ca *CA) Sign(payload []byte) ([]byte, error) {
	return Sign(payload, ca.Signer, ca.Root.Cert)
}

// Apple's marker extensions for developer certificates.
var (
	OIDDevelopment  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 2}
	OIDDistribution = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 4}
	OIDMacAppStore  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 7}
	OIDMacDev       = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 12}
	OIDDeveloperID  = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 13}
)

// DeveloperCert makes a developer certificate "KIND: Test Developer (TEAM)"
// for a profile's DeveloperCertificates.
func (ca *CA) DeveloperCert(kind, team string, notBefore, notAfter time.Time) (*x509.Certificate, error) {
	var markers []asn1.ObjectIdentifier
	switch kind {
	case "Apple Development":
		markers = []asn1.ObjectIdentifier{OIDDevelopment, OIDMacDev}
	case "Apple Distribution":
		markers = []asn1.ObjectIdentifier{OIDDistribution, OIDMacAppStore}
	case "iPhone Developer":
		markers = []asn1.ObjectIdentifier{OIDDevelopment}
	case "iPhone Distribution":
		markers = []asn1.ObjectIdentifier{OIDDistribution}
	case "Developer ID Application":
		markers = []asn1.ObjectIdentifier{OIDDeveloperID}
	}
	id, err := NewIdentity(fmt.Sprintf("%s: Test Developer (%s)", kind, team), team, "Test Developer", ca.Root, false, notBefore, notAfter, markers...)
	if err != nil {
		return nil, err
	}
	return id.Cert, nil
}

// Spec describes a profile's payload.
type Spec struct {
	Name         string
	AppIDName    string
	Team         string
	TeamName     string
	BundleID     string // without the team prefix; "*" for a wildcard
	Platforms    []string
	NoPlatform   bool // leave the Platform key out, as profiles before 2016 did
	Devices      []string
	AllDevices   bool
	GetTaskAllow *bool
	Created      time.Time
	Expires      time.Time
	TimeToLive   int
	XcodeManaged bool
	Certificates []*x509.Certificate
	Entitlements map[string]any // added to application-identifier and team
	UUID         string
}

// Plist renders the payload as an XML property list, as Apple writes it.
func (s Spec) Plist() ([]byte, error) {
	ents := map[string]any{}
	appIDKey := "application-identifier"
	mac := len(s.Platforms) == 1 && s.Platforms[0] == "OSX"
	if mac {
		appIDKey = "com.apple.application-identifier"
	}
	ents[appIDKey] = s.Team + "." + s.BundleID
	ents["com.apple.developer.team-identifier"] = s.Team
	ents["keychain-access-groups"] = []any{s.Team + ".*"}
	if s.GetTaskAllow != nil {
		ents["get-task-allow"] = *s.GetTaskAllow
	}
	for k, v := range s.Entitlements {
		ents[k] = v
	}
	certs := make([]any, 0, len(s.Certificates))
	for _, c := range s.Certificates {
		certs = append(certs, c.Raw)
	}
	m := map[string]any{
		"AppIDName":                   s.AppIDName,
		"ApplicationIdentifierPrefix": []any{s.Team},
		"CreationDate":                s.Created.UTC(),
		"ExpirationDate":              s.Expires.UTC(),
		"DeveloperCertificates":       certs,
		"Entitlements":                ents,
		"IsXcodeManaged":              s.XcodeManaged,
		"Name":                        s.Name,
		"TeamIdentifier":              []any{s.Team},
		"TeamName":                    s.TeamName,
		"TimeToLive":                  s.TimeToLive,
		"UUID":                        s.UUID,
		"Version":                     1,
	}
	if !s.NoPlatform {
		pl := make([]any, 0, len(s.Platforms))
		for _, p := range s.Platforms {
			pl = append(pl, p)
		}
		m["Platform"] = pl
	}
	if len(s.Devices) > 0 {
		ds := make([]any, 0, len(s.Devices))
		for _, d := range s.Devices {
			ds = append(ds, d)
		}
		m["ProvisionedDevices"] = ds
	}
	if s.AllDevices {
		m["ProvisionsAllDevices"] = true
	}
	return plist.MarshalIndent(m, plist.XMLFormat, "\t")
}
