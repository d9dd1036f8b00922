// Package cms reads CMS (PKCS #7) SignedData as Apple uses it: provisioning
// profiles (attached plist content) and code signatures (detached, over the
// CodeDirectory).
//
// It is the only package that imports a PKCS #7 library, so switching library
// is one import line. It uses github.com/smallstep/pkcs7, the maintained fork
// of go.mozilla.org/pkcs7 with the same API: go.mozilla.org/pkcs7 v0.10.0 ships
// a non-test file (verify_test_dsa.go) that imports os/exec and testing into
// every importer, which the pure analyzer must not carry.
//
// Parse never panics: the library is called under recover, and inputs larger
// than MaxSize are refused before it sees them. Verify checks the signature
// only; whether the signer chains to a trusted root, and at what time, is
// internal/certs' question.
package cms

import (
	"bytes"
	"crypto"
	_ "crypto/sha1" // digests the CMS may name
	_ "crypto/sha256"
	_ "crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"time"

	"github.com/smallstep/pkcs7"
)

// MaxSize bounds a CMS blob. Profiles are a few KiB (the largest real ones,
// with hundreds of devices and certificates, stay well under 1 MiB); code
// signatures carry a handful of certificates.
const MaxSize = 8 << 20

// Well-known attribute OIDs.
var (
	OIDSigningTime    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 5}
	OIDMessageDigest  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 4}
	OIDContentType    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 3}
	OIDTimestampToken = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 16, 2, 14}
	// OIDAppleCDHashes is Apple's signed attribute with a plist of all CDHashes.
	OIDAppleCDHashes = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 9, 1}
	// OIDAppleCDHashes2 is Apple's signed attribute with (algorithm, digest) per CodeDirectory.
	OIDAppleCDHashes2 = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 9, 2}
)

// SignedData is one parsed CMS SignedData.
type SignedData struct {
	// Content is the encapsulated content; nil when the signature is detached.
	Content []byte
	// Certificates is every certificate the CMS carries, in its order.
	Certificates []*x509.Certificate
	// Signer is the signer's certificate, nil when the CMS does not carry it.
	Signer *x509.Certificate
	// Signers is how many SignerInfos there are (Apple uses exactly one).
	Signers int
	// SigningTime is the signing-time signed attribute; zero when absent.
	SigningTime time.Time
	// DigestAlgorithm is the signer's digest algorithm (0 when unknown).
	DigestAlgorithm crypto.Hash
	// Signature is the signer's encrypted digest (what a timestamp stamps).
	Signature []byte
	// Timestamp is the RFC 3161 token in the unsigned attribute
	// 1.2.840.113549.1.9.16.2.14, parsed; nil when absent.
	Timestamp *Timestamp
	// TimestampErr says why a present token could not be read or does not
	// hold (bad signature, imprint of another signature).
	TimestampErr error

	p7 *pkcs7.PKCS7
}

// Timestamp is a secure timestamp (RFC 3161) from a time-stamping authority.
type Timestamp struct {
	Time time.Time
	// Authority is the TSA signer's common name.
	Authority    string
	Certificates []*x509.Certificate
	Signer       *x509.Certificate
}

// Error is a CMS blob that cannot be read, or a signature that does not
// verify. Callers decide by Reason and show Msg (Error adds the package's
// prefix, for logs).
type Error struct {
	Reason Reason
	Msg    string
}

func (e *Error) Error() string { return "cms: " + e.Msg }

// Reason is why a CMS failed, as crypto/x509's InvalidReason.
type Reason int

const (
	// Malformed: the bytes are not a SignedData that can be read.
	Malformed Reason = iota
	// NoSigner: the SignedData names no signer.
	NoSigner
	// NoContent: there is nothing to verify (no SignedData, or a detached
	// signature without the content).
	NoContent
	// ContentDiffers: the content given is not the content the CMS carries.
	ContentDiffers
	// DigestMismatch: the content changed after signing.
	DigestMismatch
	// BadSignature: the signature over the signed attributes does not verify.
	BadSignature
)

// Message is what err says without the package's prefix: a CMS error's Msg,
// else err's text.
func Message(err error) string {
	var ce *Error
	if errors.As(err, &ce) {
		return ce.Msg
	}
	return err.Error()
}

// IsReason says whether err is a CMS error with that reason.
func IsReason(err error, r Reason) bool {
	var ce *Error
	return errors.As(err, &ce) && ce.Reason == r
}

// Parse reads DER or BER SignedData. It never panics.
func Parse(der []byte) (sd *SignedData, err error) {
	p7, err := parsePKCS7(der)
	if err != nil {
		return nil, err
	}
	sd = &SignedData{p7: p7, Content: p7.Content, Certificates: p7.Certificates, Signers: len(p7.Signers)}
	if len(p7.Signers) == 0 {
		return sd, &Error{NoSigner, "the SignedData has no signer"}
	}
	sd.Signer = p7.GetOnlySigner()
	if sd.Signer == nil && len(p7.Signers) > 1 {
		// Apple signs with one signer; take the first one's certificate so the
		// caller can still name it.
		sd.Signer = certForSigner(p7, 0)
	}
	s := p7.Signers[0]
	sd.Signature = s.EncryptedDigest
	sd.DigestAlgorithm = hashForOID(s.DigestAlgorithm.Algorithm)
	if v := sd.SignedAttribute(OIDSigningTime); len(v) > 0 {
		var t time.Time
		if _, err := asn1.Unmarshal(v[0], &t); err == nil {
			sd.SigningTime = t.UTC()
		}
	}
	if tok := sd.UnsignedAttribute(OIDTimestampToken); len(tok) > 0 {
		sd.Timestamp, sd.TimestampErr = parseTimestamp(tok[0], sd.Signature)
	}
	return sd, nil
}

// parsePKCS7 calls the library under recover with the size bounded.
func parsePKCS7(der []byte) (p7 *pkcs7.PKCS7, err error) {
	if len(der) == 0 {
		return nil, &Error{Malformed, "empty input"}
	}
	if len(der) > MaxSize {
		return nil, &Error{Malformed, fmt.Sprintf("%d bytes is more than the %d a signature may take", len(der), MaxSize)}
	}
	if der[0] != 0x30 {
		return nil, &Error{Malformed, fmt.Sprintf("not a DER/BER SEQUENCE (first byte 0x%02x)", der[0])}
	}
	if err := checkBERShape(der); err != nil {
		return nil, &Error{Malformed, "malformed encoding: " + err.Error()}
	}
	defer func() {
		if r := recover(); r != nil {
			p7, err = nil, &Error{Malformed, fmt.Sprintf("malformed encoding (%v)", r)}
		}
	}()
	p7, err = pkcs7.Parse(der)
	if err != nil {
		return nil, &Error{Malformed, err.Error()}
	}
	return p7, nil
}

func certForSigner(p7 *pkcs7.PKCS7, i int) *x509.Certificate {
	ias := p7.Signers[i].IssuerAndSerialNumber
	for _, c := range p7.Certificates {
		if c.SerialNumber != nil && ias.SerialNumber != nil && c.SerialNumber.Cmp(ias.SerialNumber) == 0 &&
			bytes.Equal(c.RawIssuer, ias.IssuerName.FullBytes) {
			return c
		}
	}
	return nil
}

// Verify checks every signer's signature: the message digest attribute
// against the content (or against detached when the content is detached) and
// the signature over the signed attributes. It does not judge the chain or
// the certificates' validity period: that is certs.VerifyChain's job at the
// signing time.
func (s *SignedData) Verify(detached []byte) (err error) {
	if s == nil || s.p7 == nil {
		return &Error{NoContent, "nothing to verify"}
	}
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Malformed, fmt.Sprintf("verifying stopped on malformed data (%v)", r)}
		}
	}()
	// The library refuses a signing time outside the signer's validity before
	// it checks the signature. Old Apple profiles are signed by certificates
	// long expired; the time question belongs to the chain check, so the
	// library sees copies whose validity covers every time.
	p := *s.p7
	p.Certificates = make([]*x509.Certificate, len(s.p7.Certificates))
	for i, c := range s.p7.Certificates {
		cc := *c
		cc.NotBefore = time.Time{}
		cc.NotAfter = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
		p.Certificates[i] = &cc
	}
	if s.Content == nil {
		if detached == nil {
			return &Error{NoContent, "the signature is detached and no content was given"}
		}
		p.Content = detached
	} else if detached != nil && !bytes.Equal(detached, s.Content) {
		return &Error{ContentDiffers, "the content given differs from the content the CMS carries"}
	}
	if err := p.Verify(); err != nil {
		var mm *pkcs7.MessageDigestMismatchError
		if errors.As(err, &mm) {
			return &Error{DigestMismatch, "the content does not match the signed message digest (it changed after signing)"}
		}
		return &Error{BadSignature, "the signature does not verify: " + err.Error()}
	}
	return nil
}

// SignedAttribute returns the raw values of the first signer's signed
// attribute oid, each the DER of one AttributeValue.
func (s *SignedData) SignedAttribute(oid asn1.ObjectIdentifier) [][]byte {
	if s == nil || s.p7 == nil || len(s.p7.Signers) == 0 {
		return nil
	}
	for _, a := range s.p7.Signers[0].AuthenticatedAttributes {
		if a.Type.Equal(oid) {
			return setValues(a.Value.Bytes)
		}
	}
	return nil
}

// UnsignedAttribute returns the raw values of the first signer's unsigned
// attribute oid, each the DER of one AttributeValue.
func (s *SignedData) UnsignedAttribute(oid asn1.ObjectIdentifier) [][]byte {
	if s == nil || s.p7 == nil || len(s.p7.Signers) == 0 {
		return nil
	}
	for _, a := range s.p7.Signers[0].UnauthenticatedAttributes {
		if a.Type.Equal(oid) {
			return setValues(a.Value.Bytes)
		}
	}
	return nil
}

// setValues splits the contents of a SET OF into each element's DER.
func setValues(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		var rv asn1.RawValue
		rest, err := asn1.Unmarshal(b, &rv)
		if err != nil {
			break
		}
		out = append(out, rv.FullBytes)
		b = rest
	}
	return out
}

var (
	oidSHA1   = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26}
	oidSHA256 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidSHA512 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
	// Some signers put the signature algorithm where the digest belongs.
	oidSHA1WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 5}
	oidSHA256WithRSA = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 11}
)

func hashForOID(oid asn1.ObjectIdentifier) crypto.Hash {
	switch {
	case oid.Equal(oidSHA1), oid.Equal(oidSHA1WithRSA):
		return crypto.SHA1
	case oid.Equal(oidSHA256), oid.Equal(oidSHA256WithRSA):
		return crypto.SHA256
	case oid.Equal(oidSHA384):
		return crypto.SHA384
	case oid.Equal(oidSHA512):
		return crypto.SHA512
	}
	return 0
}

// tstInfo is RFC 3161's TSTInfo, as far as we read it.
type tstInfo struct {
	Version        int
	Policy         asn1.ObjectIdentifier
	MessageImprint struct {
		Alg    pkix.AlgorithmIdentifier
		Digest []byte
	}
	Serial  asn1.RawValue
	GenTime time.Time `asn1:"generalized"`
}

// parseTimestamp reads an RFC 3161 token. The token's own signature must hold
// and its message imprint must be the hash of the signature it stamps
// (signature), or the time proves nothing: then the Timestamp is still
// returned with the error, so the caller can show what it claims.
func parseTimestamp(token, signature []byte) (*Timestamp, error) {
	inner, err := Parse(token)
	if err != nil {
		return nil, fmt.Errorf("the secure timestamp cannot be decoded: %v", err)
	}
	var info tstInfo
	if _, err := asn1.Unmarshal(inner.Content, &info); err != nil {
		return nil, fmt.Errorf("the secure timestamp's TSTInfo cannot be decoded: %v", err)
	}
	ts := &Timestamp{Time: info.GenTime.UTC(), Certificates: inner.Certificates, Signer: inner.Signer}
	if inner.Signer != nil {
		ts.Authority = inner.Signer.Subject.CommonName
	}
	if err := inner.Verify(nil); err != nil {
		return ts, fmt.Errorf("the secure timestamp's own signature does not verify: %v", err)
	}
	h := hashForOID(info.MessageImprint.Alg.Algorithm)
	if h == 0 || !h.Available() {
		return ts, fmt.Errorf("the secure timestamp uses an unknown digest %v", info.MessageImprint.Alg.Algorithm)
	}
	d := h.New()
	d.Write(signature)
	if !bytes.Equal(d.Sum(nil), info.MessageImprint.Digest) {
		return ts, errors.New("the secure timestamp was made for another signature (its message imprint does not match)")
	}
	return ts, nil
}
