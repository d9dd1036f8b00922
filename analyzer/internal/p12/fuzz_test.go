package p12

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"

	pkcs12 "software.sslmate.com/src/go-pkcs12"
)

// FuzzInspect: any input is inspected or refused with an error; what passes
// Inspect decodes (with the right or a wrong password) without panicking.
func FuzzInspect(f *testing.F) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "fuzz"},
		NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<31, 0)}
	der, _ := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	cert, _ := x509.ParseCertificate(der)
	for _, enc := range []*pkcs12.Encoder{pkcs12.LegacyRC2, pkcs12.LegacyDES, pkcs12.Modern2023, pkcs12.Passwordless} {
		if b, err := enc.Encode(key, cert, nil, ""); err == nil {
			f.Add(b)
		}
	}
	names := testcorpus.Glob("p12", "*")
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// Low limits keep each run fast: iteration counts are the cost.
		if _, err := Inspect(b, Limits{MaxSize: 1 << 16, MaxIterations: 4096, MaxBags: 16}); err != nil {
			return
		}
		_, _ = Decode(b, "")
		_, _ = Decode(b, "password")
	})
}
