package testsign

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/smallstep/pkcs7"
)

// Identity is a test certificate with its key.
type Identity struct {
	Cert *x509.Certificate
	Key  crypto.Signer
}

// Apple's certificate marker extensions, so a classifier that reads OIDs sees
// the same kind as one that reads the common name.
var markerOIDs = map[string]asn1.ObjectIdentifier{
	"Apple Development":                   {1, 2, 840, 113635, 100, 6, 1, 2},
	"Developer ID Application":            {1, 2, 840, 113635, 100, 6, 1, 13},
	"Developer ID Installer":              {1, 2, 840, 113635, 100, 6, 1, 14},
	"3rd Party Mac Developer Installer":   {1, 2, 840, 113635, 100, 6, 1, 8},
	"3rd Party Mac Developer Application": {1, 2, 840, 113635, 100, 6, 1, 7},
}

// NewCA makes a self-signed test root.
func NewCA(name string) (*Identity, error) {
	return newCert(name, "", nil, true)
}

// NewLeaf makes a code-signing leaf under ca whose common name is
// "KIND: Test Developer (TEAM)" and whose OU is the team.
func NewLeaf(ca *Identity, kind, team string) (*Identity, error) {
	return newCert(fmt.Sprintf("%s: Test Developer (%s)", kind, team), team, ca, false, markerOIDs[kind])
}

func newCert(cn, ou string, parent *Identity, isCA bool, markers ...asn1.ObjectIdentifier) (*Identity, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	return newCertWithKey(cn, ou, parent, isCA, key, markers...)
}

func newCertWithKey(cn, ou string, parent *Identity, isCA bool, key crypto.Signer, markers ...asn1.ObjectIdentifier) (*Identity, error) {
	// A serial from crypto/rand, which the fixture generators seed
	// (cryptotest.SetGlobalRandom): the same run gives the same certificates.
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 63))
	if err != nil {
		return nil, err
	}
	serial.Add(serial, big.NewInt(1))
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cn, Organization: []string{"signdoctor test"}},
		NotBefore:    time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:     time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage:     x509.KeyUsageDigitalSignature,
	}
	if ou != "" {
		tmpl.Subject.OrganizationalUnit = []string{ou}
	}
	if isCA {
		tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	} else {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning}
	}
	for _, m := range markers {
		if m != nil {
			tmpl.ExtraExtensions = append(tmpl.ExtraExtensions, pkix.Extension{Id: m, Value: []byte{5, 0}})
		}
	}
	signerCert, signerKey := tmpl, crypto.Signer(key)
	if parent != nil {
		signerCert, signerKey = parent.Cert, parent.Key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signerCert, key.Public(), signerKey)
	if err != nil {
		return nil, err
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	return &Identity{cert, key}, nil
}

var (
	oidCDHashPlist    = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 9, 1}
	oidTimestampToken = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 2, 14}
	oidTSTInfo        = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 1, 4}
	oidSHA256         = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidTestTSAPolicy  = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 99999, 1}
)

// CMSOptions tune CMSSigner.
type CMSOptions struct {
	// Tamper, when set, may alter the CDHash list before it is signed.
	Tamper func(cdhashes [][]byte)
	// TSA, when set, adds an RFC 3161 timestamp token made by it at Time.
	TSA  *Identity
	Time time.Time
}

// CMSSigner returns an Options.Signer that signs the primary CodeDirectory
// with leaf (chain = its issuers) and lists every CDHash in attribute
// 1.2.840.113635.100.9.1, as codesign does.
func CMSSigner(leaf *Identity, chain []*x509.Certificate, o CMSOptions) func([]byte, [][]byte) ([]byte, error) {
	return func(primary []byte, cds [][]byte) ([]byte, error) {
		var hashes [][]byte
		for _, cd := range cds {
			t := cd[37]
			h := newHash(t)
			h.Write(cd)
			hashes = append(hashes, h.Sum(nil)[:20])
		}
		if o.Tamper != nil {
			o.Tamper(hashes)
		}
		plist := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>cdhashes</key>\n\t<array>\n"
		for _, h := range hashes {
			plist += "\t\t<data>" + b64(h) + "</data>\n"
		}
		plist += "\t</array>\n</dict>\n</plist>\n"
		sd, err := pkcs7.NewSignedData(primary)
		if err != nil {
			return nil, err
		}
		sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
		err = sd.AddSignerChain(leaf.Cert, leaf.Key, chain, pkcs7.SignerInfoConfig{
			ExtraSignedAttributes: []pkcs7.Attribute{{Type: oidCDHashPlist, Value: []byte(plist)}},
		})
		if err != nil {
			return nil, err
		}
		if err := SetSigningTime(sd, leaf.Key, o.Time); err != nil {
			return nil, err
		}
		if o.TSA != nil {
			si := &sd.GetSignedData().SignerInfos[0]
			token, err := timestampToken(o.TSA, si.EncryptedDigest, o.Time)
			if err != nil {
				return nil, err
			}
			if err := si.SetUnauthenticatedAttributes([]pkcs7.Attribute{{Type: oidTimestampToken, Value: asn1.RawValue{FullBytes: token}}}); err != nil {
				return nil, err
			}
		}
		sd.Detach()
		return sd.Finish()
	}
}

// timestampToken makes an RFC 3161 TimeStampToken over signature.
func timestampToken(tsa *Identity, signature []byte, at time.Time) ([]byte, error) {
	imprint := sha256.Sum256(signature)
	type algorithm struct {
		Algorithm asn1.ObjectIdentifier
	}
	info, err := asn1.Marshal(struct {
		Version        int
		Policy         asn1.ObjectIdentifier
		MessageImprint struct {
			Alg    algorithm
			Digest []byte
		}
		Serial  *big.Int
		GenTime time.Time `asn1:"generalized"`
	}{1, oidTestTSAPolicy, struct {
		Alg    algorithm
		Digest []byte
	}{algorithm{oidSHA256}, imprint[:]}, big.NewInt(at.Unix()), at.UTC()})
	if err != nil {
		return nil, err
	}
	sd, err := pkcs7.NewSignedData(info)
	if err != nil {
		return nil, err
	}
	sd.GetSignedData().ContentInfo.ContentType = oidTSTInfo
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(tsa.Cert, tsa.Key, pkcs7.SignerInfoConfig{}); err != nil {
		return nil, err
	}
	if err := SetSigningTime(sd, tsa.Key, at); err != nil {
		return nil, err
	}
	return sd.Finish()
}

// NewTSA makes a timestamping certificate under ca.
func NewTSA(ca *Identity) (*Identity, error) {
	id, err := newCert("signdoctor Test Timestamp Authority", "", ca, false)
	return id, err
}

// ParseIdentityPEM reads a certificate and its EC key from PEM blocks, as the
// project stores its test root (testdata/cases/macho-test-ca.pem).
func ParseIdentityPEM(b []byte) (*Identity, error) {
	var id Identity
	for rest := b; ; {
		var blk *pem.Block
		if blk, rest = pem.Decode(rest); blk == nil {
			break
		}
		var err error
		switch blk.Type {
		case "CERTIFICATE":
			id.Cert, err = x509.ParseCertificate(blk.Bytes)
		case "EC PRIVATE KEY":
			id.Key, err = x509.ParseECPrivateKey(blk.Bytes)
		}
		if err != nil {
			return nil, err
		}
	}
	if id.Cert == nil || id.Key == nil {
		return nil, ErrNoIdentity
	}
	return &id, nil
}

// ErrNoIdentity is ParseIdentityPEM's error when the PEM lacks the
// certificate or the key.
var ErrNoIdentity = errors.New("no certificate and key in the PEM")

// DefaultSigningTime is the signing time of generated signatures that name
// none, so that generating them again gives the same bytes.
var DefaultSigningTime = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

// SetSigningTime replaces the signing time pkcs7 gives each signer (the
// clock's) with at, or DefaultSigningTime when at is zero, and signs the
// signed attributes again with key.
func SetSigningTime(sd *pkcs7.SignedData, key crypto.Signer, at time.Time) error {
	if at.IsZero() {
		at = DefaultSigningTime
	}
	when, err := asn1.Marshal(at.UTC())
	if err != nil {
		return err
	}
	type attribute struct {
		Type  asn1.ObjectIdentifier
		Value asn1.RawValue `asn1:"set"`
	}
	for i := range sd.GetSignedData().SignerInfos {
		si := &sd.GetSignedData().SignerInfos[i]
		attrs := make([]attribute, len(si.AuthenticatedAttributes))
		for j := range si.AuthenticatedAttributes {
			a := &si.AuthenticatedAttributes[j]
			if a.Type.Equal(pkcs7.OIDAttributeSigningTime) {
				// The same length as the clock's UTCTime: the attributes'
				// DER order is unchanged.
				a.Value = asn1.RawValue{Tag: asn1.TagSet, IsCompound: true, Bytes: when}
			}
			attrs[j] = attribute{a.Type, a.Value}
		}
		set, err := asn1.Marshal(struct {
			A []attribute `asn1:"set"`
		}{attrs})
		if err != nil {
			return err
		}
		var outer asn1.RawValue
		if _, err := asn1.Unmarshal(set, &outer); err != nil {
			return err
		}
		var h crypto.Hash
		switch alg := si.DigestAlgorithm.Algorithm; {
		case alg.Equal(pkcs7.OIDDigestAlgorithmSHA256):
			h = crypto.SHA256
		case alg.Equal(pkcs7.OIDDigestAlgorithmSHA1):
			h = crypto.SHA1
		default:
			return fmt.Errorf("testsign: digest algorithm %v", alg)
		}
		d := h.New()
		d.Write(outer.Bytes)
		sig, err := key.Sign(rand.Reader, d.Sum(nil), h)
		if err != nil {
			return err
		}
		si.EncryptedDigest = sig
	}
	return nil
}
