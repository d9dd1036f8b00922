package cms

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"

	"github.com/smallstep/pkcs7"
)

type ident struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newIdent(t testing.TB, cn string, parent *ident) *ident {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		BasicConstraintsValid: true,
		IsCA:                  parent == nil,
	}
	signer, signerKey := tmpl, key
	if parent != nil {
		signer, signerKey = parent.cert, parent.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signerKey)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return &ident{c, key}
}

// sign makes SignedData over content, optionally detached and time-stamped by tsa.
func sign(t testing.TB, content []byte, leaf, ca *ident, detached bool, tsa *ident) []byte {
	t.Helper()
	sd, err := pkcs7.NewSignedData(content)
	if err != nil {
		t.Fatal(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSignerChain(leaf.cert, leaf.key, []*x509.Certificate{ca.cert}, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	if tsa != nil {
		si := &sd.GetSignedData().SignerInfos[0]
		tok := timestampToken(t, si.EncryptedDigest, tsa)
		if err := si.SetUnauthenticatedAttributes([]pkcs7.Attribute{{Type: OIDTimestampToken, Value: asn1.RawValue{FullBytes: tok}}}); err != nil {
			t.Fatal(err)
		}
	}
	if detached {
		sd.Detach()
	}
	der, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return der
}

var genTime = time.Date(2026, 5, 4, 3, 2, 1, 0, time.UTC)

func timestampToken(t testing.TB, signature []byte, tsa *ident) []byte {
	sum := sha256.Sum256(signature)
	var info tstInfo
	info.Version = 1
	info.Policy = asn1.ObjectIdentifier{1, 2, 3}
	info.MessageImprint.Alg = pkix.AlgorithmIdentifier{Algorithm: oidSHA256, Parameters: asn1.NullRawValue}
	info.MessageImprint.Digest = sum[:]
	info.Serial = asn1.RawValue{Tag: asn1.TagInteger, Bytes: []byte{7}}
	info.GenTime = genTime
	der, err := asn1.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	sd, err := pkcs7.NewSignedData(der)
	if err != nil {
		t.Fatal(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(tsa.cert, tsa.key, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	tok, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestAttachedVerifies(t *testing.T) {
	ca := newIdent(t, "Test CA", nil)
	leaf := newIdent(t, "Test Signer", ca)
	content := []byte("<plist>hello</plist>")
	sd, err := Parse(sign(t, content, leaf, ca, false, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sd.Content, content) {
		t.Errorf("content = %q", sd.Content)
	}
	if sd.Signer == nil || sd.Signer.Subject.CommonName != "Test Signer" {
		t.Errorf("signer = %v", sd.Signer)
	}
	if len(sd.Certificates) != 2 || sd.DigestAlgorithm != crypto.SHA256 {
		t.Errorf("certs %d, digest %v", len(sd.Certificates), sd.DigestAlgorithm)
	}
	if sd.SigningTime.IsZero() || time.Since(sd.SigningTime) > time.Hour {
		t.Errorf("signing time %v", sd.SigningTime)
	}
	if err := sd.Verify(nil); err != nil {
		t.Errorf("Verify: %v", err)
	}
	if sd.Timestamp != nil {
		t.Errorf("unexpected timestamp")
	}
}

func TestTamperedContentFails(t *testing.T) {
	ca := newIdent(t, "Test CA", nil)
	leaf := newIdent(t, "Test Signer", ca)
	der := sign(t, []byte("<plist>version 1</plist>"), leaf, ca, false, nil)
	i := bytes.Index(der, []byte("version 1"))
	der[i+8] = '2'
	sd, err := Parse(der)
	if err != nil {
		t.Fatal(err)
	}
	err = sd.Verify(nil)
	if err == nil || !strings.Contains(err.Error(), "changed after signing") {
		t.Errorf("Verify = %v, want a digest mismatch", err)
	}
}

func TestDetachedAndTimestamp(t *testing.T) {
	ca := newIdent(t, "Test CA", nil)
	leaf := newIdent(t, "Test Signer", ca)
	tsa := newIdent(t, "Test TSA", ca)
	cd := []byte("code directory bytes")
	sd, err := Parse(sign(t, cd, leaf, ca, true, tsa))
	if err != nil {
		t.Fatal(err)
	}
	if sd.Content != nil {
		t.Errorf("detached content = %q", sd.Content)
	}
	if err := sd.Verify(nil); err == nil {
		t.Error("Verify without the detached content succeeded")
	}
	if err := sd.Verify(cd); err != nil {
		t.Errorf("Verify(cd): %v", err)
	}
	if err := sd.Verify([]byte("other bytes")); err == nil {
		t.Error("Verify over other bytes succeeded")
	}
	if sd.TimestampErr != nil {
		t.Fatalf("timestamp: %v", sd.TimestampErr)
	}
	if ts := sd.Timestamp; ts == nil || !ts.Time.Equal(genTime) || ts.Authority != "Test TSA" {
		t.Errorf("timestamp = %+v", ts)
	}
	if n := len(sd.UnsignedAttribute(OIDTimestampToken)); n != 1 {
		t.Errorf("%d timestamp attribute values", n)
	}
	if v := sd.SignedAttribute(OIDMessageDigest); len(v) != 1 {
		t.Errorf("message digest attribute: %d values", len(v))
	}
}

func TestTimestampOfAnotherSignature(t *testing.T) {
	ca := newIdent(t, "Test CA", nil)
	leaf := newIdent(t, "Test Signer", ca)
	tsa := newIdent(t, "Test TSA", ca)
	sd, err := pkcs7.NewSignedData([]byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sd.AddSigner(leaf.cert, leaf.key, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	si := &sd.GetSignedData().SignerInfos[0]
	tok := timestampToken(t, []byte("some other signature"), tsa)
	if err := si.SetUnauthenticatedAttributes([]pkcs7.Attribute{{Type: OIDTimestampToken, Value: asn1.RawValue{FullBytes: tok}}}); err != nil {
		t.Fatal(err)
	}
	der, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Parse(der)
	if err != nil {
		t.Fatal(err)
	}
	if got.TimestampErr == nil || !strings.Contains(got.TimestampErr.Error(), "another signature") {
		t.Errorf("TimestampErr = %v", got.TimestampErr)
	}
}

func TestMalformed(t *testing.T) {
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not asn1":  []byte("<?xml version"),
		"truncated": {0x30, 0x82, 0xff, 0xff, 0x06},
		"huge":      append([]byte{0x30}, make([]byte, MaxSize)...),
		"bad ber":   {0x30, 0x80, 0x30, 0x80, 0x00},
	} {
		if _, err := Parse(b); err == nil {
			t.Errorf("%s: Parse succeeded", name)
		}
	}
}

// TestHostileBER: shapes that make the library's BER-to-DER conversion
// explode (children running past their parent re-read the same bytes at every
// level; thousands of nested indefinite lengths) are refused quickly.
func TestHostileBER(t *testing.T) {
	deep := bytes.Repeat([]byte{0x30, 0x80}, 3000)
	deep = append(deep, bytes.Repeat([]byte{0, 0}, 3000)...)
	overlap := []byte{0x30, 0x04, 0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00}
	// Many levels of definite SEQUENCEs whose last child is indefinite and
	// ends past its parent.
	var nested []byte
	for i := 0; i < 400; i++ {
		nested = append(nested, 0x30, 0x82, 0x00, 0x04, 0x30, 0x80)
	}
	nested = append(nested, bytes.Repeat([]byte{0x02, 0x01, 0x01}, 50)...)
	for name, b := range map[string][]byte{"deep": deep, "overlap": overlap, "nested overlap": nested} {
		start := time.Now()
		_, err := Parse(b)
		if err == nil || !strings.Contains(err.Error(), "malformed encoding") {
			t.Errorf("%s: %v", name, err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s took %v", name, d)
		}
	}
}

// TestCorpusProfiles parses every real profile: all but the bare plist and
// the missing-tag fixture are CMS, and their signatures hold.
func TestCorpusProfiles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testcorpus.Dir(t, "profiles"), "*"))
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		sd, err := Parse(b)
		if strings.Contains(name, "bplist") || strings.Contains(name, "invalid_missing_plist_tag") {
			if err == nil {
				t.Errorf("%s: parsed as CMS", name)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if sd.Signer == nil || len(sd.Content) == 0 {
			t.Errorf("%s: signer %v, %d content bytes", name, sd.Signer, len(sd.Content))
		}
		err = sd.Verify(nil)
		// fastlane's test.provisionprofile had its plist edited after Apple
		// signed it (openssl cms -verify -noverify agrees: "content verify
		// error").
		if name == "fastlane-test.provisionprofile" {
			if err == nil || !strings.Contains(err.Error(), "changed after signing") {
				t.Errorf("%s: Verify = %v, want the digest mismatch", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
