package analyzer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A genuine Apple Development (or older iPhone Developer) certificate dropped
// on its own carries no chain; it is Apple's when it chains to Apple Root CA
// through an intermediate signdoctor carries. The certificates are read from
// real profiles of the corpus, in place.
func TestLoneDeveloperCertificateIsApples(t *testing.T) {
	dir := "../../shared/corpus/profiles"
	for _, c := range []struct {
		profile string
		issuer  string // the intermediate that issued it
	}{
		{"credctl-mac-team-7day.provisionprofile", "G3"},
		{"appinfo-ios_development.mobileprovision", "the first WWDR"},
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
		der := pr.DeveloperCertificates[0].Raw
		cert := pr.DeveloperCertificates[0].Cert
		// Judge it while it was valid, as a user would have.
		now := cert.NotBefore.Add(24 * time.Hour)
		rep, err := Analyze(context.Background(), []File{{Name: "developer.cer", Size: int64(len(der)), R: bytes.NewReader(der)}}, Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range rep.Artifacts {
			if f, ok := a.Facts.(*report.Certificate); ok {
				found = true
				if !f.AppleIssued {
					t.Errorf("%s (issued by %s): apple_issued false for %q", c.profile, c.issuer, cert.Subject.CommonName)
				}
			}
		}
		if !found {
			t.Errorf("%s: no certificate artifact", c.profile)
		}
		for _, f := range rep.Findings {
			if f.ID == "cert-not-apple" {
				t.Errorf("%s: %s", c.profile, f.Message)
			}
		}
	}
}
