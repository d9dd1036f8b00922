// Package cms reads CMS (PKCS #7) SignedData as Apple uses it: provisioning
// profiles (attached plist content) and code signatures (detached, over the
// CodeDirectory).
//
// It reads the SignedData itself with encoding/asn1 and crypto/x509: a PKCS #7
// library would bring its own copy of crypto/x509 into app.wasm, and Apple's
// CMS needs only this subset (one content, certificates, signer infos with
// signed and unsigned attributes).
//
// Parse never panics: inputs larger than MaxSize, or shaped beyond any real
// CMS (see checkBERShape), are refused before they are decoded. Verify checks
// the signature only; whether the signer chains to a trusted root, and at what
// time, is internal/certs' question.
package cms

import (
	"bytes"
	"crypto"
	_ "crypto/sha1" // digests the CMS may name
	_ "crypto/sha256"
	_ "crypto/sha512"
	"crypto/subtle"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
	"time"
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

	// signerInfos are the SignerInfos as read; parsed is whether Parse
	// filled them (Verify has something to check).
	signerInfos []signerInfo
	parsed      bool
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

// The SignedData structures of RFC 5652 (PKCS #7 v1.5 names), as far as
// Apple's CMS uses them.
type contentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue `asn1:"explicit,optional,tag:0"`
}

type signedData struct {
	Version          int                        `asn1:"default:1"`
	DigestAlgorithms []pkix.AlgorithmIdentifier `asn1:"set"`
	ContentInfo      contentInfo
	Certificates     rawCertificates `asn1:"optional,tag:0"`
	CRLs             asn1.RawValue   `asn1:"optional,tag:1"`
	SignerInfos      []signerInfo    `asn1:"set"`
}

// rawCertificates keeps the [0] IMPLICIT SET OF Certificate whole, for
// x509.ParseCertificates.
type rawCertificates struct {
	Raw asn1.RawContent
}

type signerInfo struct {
	Version                   int `asn1:"default:1"`
	IssuerAndSerialNumber     issuerAndSerial
	DigestAlgorithm           pkix.AlgorithmIdentifier
	AuthenticatedAttributes   []attribute `asn1:"optional,omitempty,tag:0"`
	DigestEncryptionAlgorithm pkix.AlgorithmIdentifier
	EncryptedDigest           []byte
	UnauthenticatedAttributes []attribute `asn1:"optional,omitempty,tag:1"`
}

type issuerAndSerial struct {
	IssuerName   asn1.RawValue
	SerialNumber *big.Int
}

type attribute struct {
	Type  asn1.ObjectIdentifier
	Value asn1.RawValue `asn1:"set"`
}

var (
	oidSignedData    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 2}
	oidEnvelopedData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 3}
	oidEncryptedData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 6}
)

// Parse reads DER or BER SignedData. It never panics.
func Parse(der []byte) (sd *SignedData, err error) {
	signed, err := parseSignedData(der)
	if err != nil {
		return nil, err
	}
	sd = &SignedData{signerInfos: signed.SignerInfos, parsed: true, Content: signed.content,
		Certificates: signed.certificates, Signers: len(signed.SignerInfos)}
	if len(sd.signerInfos) == 0 {
		return sd, &Error{NoSigner, "the SignedData has no signer"}
	}
	// Apple signs with one signer; with more, the first one's certificate
	// still names who signed.
	sd.Signer = certForSigner(sd.Certificates, sd.signerInfos[0].IssuerAndSerialNumber)
	s := sd.signerInfos[0]
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

// parsedSignedData is a SignedData with its content and certificates decoded.
type parsedSignedData struct {
	signedData
	content      []byte
	certificates []*x509.Certificate
}

// parseSignedData bounds the input, converts BER to DER and decodes the
// ContentInfo. Another CMS type (enveloped or encrypted data) reads as a
// SignedData without signers.
func parseSignedData(der []byte) (sd *parsedSignedData, err error) {
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
			sd, err = nil, &Error{Malformed, fmt.Sprintf("malformed encoding (%v)", r)}
		}
	}()
	der, err = berToDER(der)
	if err != nil {
		return nil, &Error{Malformed, err.Error()}
	}
	var info contentInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, &Error{Malformed, err.Error()}
	}
	sd = new(parsedSignedData)
	switch {
	case info.ContentType.Equal(oidSignedData):
	case info.ContentType.Equal(oidEnvelopedData), info.ContentType.Equal(oidEncryptedData):
		return sd, nil
	default:
		return nil, &Error{Malformed, fmt.Sprintf("the content type %v is not SignedData", info.ContentType)}
	}
	// What decodes before an error stays: a SignedData whose SignerInfos
	// cannot be read is one without signers, and says so.
	_, _ = asn1.Unmarshal(info.Content.Bytes, &sd.signedData)
	if sd.certificates, err = sd.Certificates.parse(); err != nil {
		return nil, &Error{Malformed, err.Error()}
	}
	if sd.content, err = encapsulatedContent(sd.ContentInfo.Content.Bytes); err != nil {
		return nil, &Error{Malformed, err.Error()}
	}
	return sd, nil
}

func (raw rawCertificates) parse() ([]*x509.Certificate, error) {
	if len(raw.Raw) == 0 {
		return nil, nil
	}
	var set asn1.RawValue
	if _, err := asn1.Unmarshal(raw.Raw, &set); err != nil {
		return nil, err
	}
	return x509.ParseCertificates(set.Bytes)
}

// encapsulatedContent is the eContent's bytes: an OCTET STRING, or a
// constructed one (BER, as Apple writes profiles) whose chunks are joined;
// nil when the content is absent (a detached signature).
func encapsulatedContent(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var v asn1.RawValue
	if _, err := asn1.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	if !v.IsCompound || v.Tag != asn1.TagOctetString {
		return v.Bytes, nil
	}
	var content []byte
	for rest := v.Bytes; len(rest) > 0; {
		var chunk asn1.RawValue
		if _, err := asn1.Unmarshal(rest, &chunk); err != nil {
			return nil, err
		}
		content = append(content, chunk.Bytes...)
		rest = rest[len(chunk.FullBytes):]
	}
	return content, nil
}

// certForSigner is the certificate the SignerInfo names by issuer and serial
// number, nil when the CMS does not carry it.
func certForSigner(certs []*x509.Certificate, ias issuerAndSerial) *x509.Certificate {
	for _, c := range certs {
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
	if s == nil || !s.parsed {
		return &Error{NoContent, "nothing to verify"}
	}
	defer func() {
		if r := recover(); r != nil {
			err = &Error{Malformed, fmt.Sprintf("verifying stopped on malformed data (%v)", r)}
		}
	}()
	content := s.Content
	if s.Content == nil {
		if detached == nil {
			return &Error{NoContent, "the signature is detached and no content was given"}
		}
		content = detached
	} else if detached != nil && !bytes.Equal(detached, s.Content) {
		return &Error{ContentDiffers, "the content given differs from the content the CMS carries"}
	}
	if len(s.signerInfos) == 0 {
		return &Error{BadSignature, "the signature does not verify: the SignedData has no signer"}
	}
	for _, si := range s.signerInfos {
		if err := s.verifySigner(si, content); err != nil {
			return err
		}
	}
	return nil
}

// errDigestMismatch: the signed message digest is not the content's.
var errDigestMismatch = &Error{DigestMismatch, "the content does not match the signed message digest (it changed after signing)"}

func (s *SignedData) verifySigner(si signerInfo, content []byte) error {
	bad := func(why string) error { return &Error{BadSignature, "the signature does not verify: " + why} }
	signer := certForSigner(s.Certificates, si.IssuerAndSerialNumber)
	if signer == nil {
		return bad("the CMS does not carry the signer's certificate")
	}
	signed := content
	if len(si.AuthenticatedAttributes) > 0 {
		var digest []byte
		v := attributeValues(si.AuthenticatedAttributes, OIDMessageDigest)
		if v == nil {
			return bad("the signed attributes have no message digest")
		}
		if _, err := asn1.Unmarshal(v, &digest); err != nil {
			return bad(err.Error())
		}
		h := signerDigest(si.DigestAlgorithm.Algorithm)
		if h == 0 || !h.Available() {
			return bad(fmt.Sprintf("the digest algorithm %v is not supported", si.DigestAlgorithm.Algorithm))
		}
		d := h.New()
		d.Write(content)
		if subtle.ConstantTimeCompare(digest, d.Sum(nil)) != 1 {
			return errDigestMismatch
		}
		// The signature is over the DER of the SET OF signed attributes
		// (RFC 5652 5.4), not over their [0] IMPLICIT encoding.
		var err error
		if signed, err = marshalAttributes(si.AuthenticatedAttributes); err != nil {
			return bad(err.Error())
		}
	}
	alg, err := signatureAlgorithm(si.DigestEncryptionAlgorithm.Algorithm, si.DigestAlgorithm.Algorithm)
	if err != nil {
		return bad(err.Error())
	}
	if err := signer.CheckSignature(alg, signed, si.EncryptedDigest); err != nil {
		return bad(err.Error())
	}
	return nil
}

// marshalAttributes re-encodes the signed attributes as a DER SET OF (tag
// 0x31, elements in DER order): the bytes the signer signed.
func marshalAttributes(attrs []attribute) ([]byte, error) {
	b, err := asn1.Marshal(struct {
		A []attribute `asn1:"set"`
	}{A: attrs})
	if err != nil {
		return nil, err
	}
	var outer asn1.RawValue
	if _, err := asn1.Unmarshal(b, &outer); err != nil {
		return nil, err
	}
	return outer.Bytes, nil
}

// attributeValues is the contents of the SET of values of the first attribute
// of type oid, nil when there is none.
func attributeValues(attrs []attribute, oid asn1.ObjectIdentifier) []byte {
	for _, a := range attrs {
		if a.Type.Equal(oid) {
			return a.Value.Bytes
		}
	}
	return nil
}

// SignedAttribute returns the raw values of the first signer's signed
// attribute oid, each the DER of one AttributeValue.
func (s *SignedData) SignedAttribute(oid asn1.ObjectIdentifier) [][]byte {
	if s == nil || len(s.signerInfos) == 0 {
		return nil
	}
	return setValues(attributeValues(s.signerInfos[0].AuthenticatedAttributes, oid))
}

// UnsignedAttribute returns the raw values of the first signer's unsigned
// attribute oid, each the DER of one AttributeValue.
func (s *SignedData) UnsignedAttribute(oid asn1.ObjectIdentifier) [][]byte {
	if s == nil || len(s.signerInfos) == 0 {
		return nil
	}
	return setValues(attributeValues(s.signerInfos[0].UnauthenticatedAttributes, oid))
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

var (
	oidRSA             = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}
	oidSHA384WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 12}
	oidSHA512WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 13}
	oidECDSAWithSHA1   = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 1}
	oidECDSAWithSHA256 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}
	oidECDSAWithSHA384 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 3}
	oidECDSAWithSHA512 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 4}
	oidDSA             = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}
	oidDSAWithSHA1     = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 3}
	oidNamedCurveP256  = asn1.ObjectIdentifier{1, 2, 840, 10045, 3, 1, 7}
	oidNamedCurveP384  = asn1.ObjectIdentifier{1, 3, 132, 0, 34}
	oidNamedCurveP521  = asn1.ObjectIdentifier{1, 3, 132, 0, 35}
)

// signerDigest is the hash a SignerInfo's digest algorithm names for the
// message digest; signers that put a signature algorithm there name its hash
// (rsaEncryption meaning SHA-1). 0 when unsupported.
func signerDigest(oid asn1.ObjectIdentifier) crypto.Hash {
	switch {
	case oid.Equal(oidSHA1), oid.Equal(oidECDSAWithSHA1), oid.Equal(oidDSA), oid.Equal(oidDSAWithSHA1), oid.Equal(oidRSA):
		return crypto.SHA1
	case oid.Equal(oidSHA256), oid.Equal(oidECDSAWithSHA256):
		return crypto.SHA256
	case oid.Equal(oidSHA384), oid.Equal(oidECDSAWithSHA384):
		return crypto.SHA384
	case oid.Equal(oidSHA512), oid.Equal(oidECDSAWithSHA512):
		return crypto.SHA512
	}
	return 0
}

// signatureAlgorithm is the x509 algorithm of a SignerInfo's signature
// algorithm (an ECDSA-with-hash, RSA or DSA OID, or a named curve) and digest
// algorithm.
func signatureAlgorithm(sig, digest asn1.ObjectIdentifier) (x509.SignatureAlgorithm, error) {
	oneOf := func(oid asn1.ObjectIdentifier, set ...asn1.ObjectIdentifier) bool {
		for _, o := range set {
			if oid.Equal(o) {
				return true
			}
		}
		return false
	}
	switch {
	case sig.Equal(oidECDSAWithSHA1):
		return x509.ECDSAWithSHA1, nil
	case sig.Equal(oidECDSAWithSHA256):
		return x509.ECDSAWithSHA256, nil
	case sig.Equal(oidECDSAWithSHA384):
		return x509.ECDSAWithSHA384, nil
	case sig.Equal(oidECDSAWithSHA512):
		return x509.ECDSAWithSHA512, nil
	case oneOf(sig, oidRSA, oidSHA1WithRSA, oidSHA256WithRSA, oidSHA384WithRSA, oidSHA512WithRSA):
		switch {
		case oneOf(digest, oidSHA1, oidSHA1WithRSA):
			return x509.SHA1WithRSA, nil
		case oneOf(digest, oidSHA256, oidSHA256WithRSA):
			return x509.SHA256WithRSA, nil
		case oneOf(digest, oidSHA384, oidSHA384WithRSA):
			return x509.SHA384WithRSA, nil
		case oneOf(digest, oidSHA512, oidSHA512WithRSA):
			return x509.SHA512WithRSA, nil
		}
	case oneOf(sig, oidDSA, oidDSAWithSHA1):
		switch {
		case digest.Equal(oidSHA1):
			return x509.DSAWithSHA1, nil
		case digest.Equal(oidSHA256):
			return x509.DSAWithSHA256, nil
		}
	case oneOf(sig, oidNamedCurveP256, oidNamedCurveP384, oidNamedCurveP521):
		switch {
		case digest.Equal(oidSHA1):
			return x509.ECDSAWithSHA1, nil
		case digest.Equal(oidSHA256):
			return x509.ECDSAWithSHA256, nil
		case digest.Equal(oidSHA384):
			return x509.ECDSAWithSHA384, nil
		case digest.Equal(oidSHA512):
			return x509.ECDSAWithSHA512, nil
		}
	}
	return 0, fmt.Errorf("the signature algorithm %v with the digest %v is not supported", sig, digest)
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
