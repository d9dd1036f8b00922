package testsign

import (
	"testing"
	"time"

	"github.com/smallstep/pkcs7"
)

// SetSigningTime puts the time given in the signed attributes and signs
// them again: the signature verifies and carries that time.
func TestSetSigningTime(t *testing.T) {
	ca, err := NewCA("signdoctor Test Root CA")
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := NewLeaf(ca, "Apple Development", "TESTTEAM01")
	if err != nil {
		t.Fatal(err)
	}
	sd, err := pkcs7.NewSignedData([]byte("content"))
	if err != nil {
		t.Fatal(err)
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(leaf.Cert, leaf.Key, pkcs7.SignerInfoConfig{}); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	if err := SetSigningTime(sd, leaf.Key, at); err != nil {
		t.Fatal(err)
	}
	der, err := sd.Finish()
	if err != nil {
		t.Fatal(err)
	}
	p7, err := pkcs7.Parse(der)
	if err != nil {
		t.Fatal(err)
	}
	if err := p7.Verify(); err != nil {
		t.Fatalf("the signature no longer verifies: %v", err)
	}
	var got time.Time
	if err := p7.UnmarshalSignedAttribute(pkcs7.OIDAttributeSigningTime, &got); err != nil {
		t.Fatal(err)
	}
	if !got.Equal(at) {
		t.Errorf("signing time %s, want %s", got, at)
	}
}
