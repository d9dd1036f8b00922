package analyzer

import (
	"bytes"
	"context"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// A genuine Apple Development (or older iPhone Developer) certificate is
// Apple's when it chains to Apple Root CA through its WWDR intermediate:
// dropped with the intermediate (one PEM file, as `security find-certificate
// -a -p` writes them), it is judged Apple's; dropped alone, signdoctor does
// not carry the intermediate and says it cannot tell, never "not Apple".
// The leaves come from real profiles of the corpus and the intermediates
// from its certs folder, read in place.
func TestLoneDeveloperCertificateIsApples(t *testing.T) {
	dir := testcorpus.Dir(t, "profiles")
	for _, c := range []struct {
		profile string
		issuer  string // the intermediate that issued it, in ../shared/corpus/certs
	}{
		{"credctl-mac-team-7day.provisionprofile", "AppleWWDRCAG3.cer"},
		{"appinfo-ios_development.mobileprovision", "AppleWWDRCA.cer"},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.profile))
		if os.IsNotExist(err) {
			t.Skip("corpus not present at ../shared/corpus")
		}
		if err != nil {
			t.Fatal(err)
		}
		pr, err := profile.Parse(b, certs.Apple())
		if err != nil || len(pr.DeveloperCertificates) == 0 {
			t.Fatalf("%s: %v, %d certificates", c.profile, err, len(pr.DeveloperCertificates))
		}
		cert := pr.DeveloperCertificates[0].Cert
		inter, err := os.ReadFile(filepath.Join(testcorpus.Dir(t, "certs"), c.issuer))
		if err != nil {
			t.Fatal(err)
		}
		both := append(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: pr.DeveloperCertificates[0].Raw}),
			pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: inter})...)
		// Judge it while it was valid, as a user would have.
		now := cert.NotBefore.Add(24 * time.Hour)
		rep, err := Analyze(context.Background(), []File{{Name: "developer.pem", Size: int64(len(both)), R: bytes.NewReader(both)}}, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range rep.Artifacts {
			if f, ok := a.Facts.(*report.Certificate); ok && f.CommonName == cert.Subject.CommonName {
				found = true
				if !f.AppleIssued {
					t.Errorf("%s (issued by %s): apple_issued false for %q", c.profile, c.issuer, cert.Subject.CommonName)
				}
			}
		}
		if !found {
			t.Errorf("%s: no certificate artifact", c.profile)
		}
		// Alone, without the intermediate, it cannot be checked, and is not
		// called someone else's.
		der := pr.DeveloperCertificates[0].Raw
		alone, err := Analyze(context.Background(), []File{{Name: "developer.cer", Size: int64(len(der)), R: bytes.NewReader(der)}}, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range append(rep.Findings, alone.Findings...) {
			if f.ID == "cert-not-apple" {
				t.Errorf("%s: %s", c.profile, f.Message)
			}
		}
	}
}
