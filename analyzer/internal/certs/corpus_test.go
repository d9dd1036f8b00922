package certs

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusCerts is the corpus folder; it skips the test when the corpus is absent.
func corpusCerts(t testing.TB) string { return testcorpus.Dir(t, "certs") }

// corpusCert reads a certificate (DER or PEM) from the shared corpus, skipping
// the test when the corpus is absent.
func corpusCert(t *testing.T, name string) *x509.Certificate {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpusCerts(t), name))
	if os.IsNotExist(err) {
		t.Skipf("%s absent (the shared corpus is not here)", name)
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	if blk, _ := pem.Decode(b); blk != nil {
		b = blk.Bytes
	}
	c, err := x509.ParseCertificate(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return c
}

// TestKindOnRealLeaves: the marker OIDs of each certificate kind, checked on
// real leaves.
func TestKindOnRealLeaves(t *testing.T) {
	for file, want := range map[string]struct{ kind, team string }{
		"leaf-apple-signed-3rd-party-mac.cer":            {KindMacInstallerDistrib, "MK22MZP987"},
		"leaf-apple-signed-apple-development.cer":        {KindAppleDevelopment, "MK22MZP987"},
		"leaf-apple-signed-apple-distribution.cer":       {KindAppleDistribution, "MK22MZP987"},
		"leaf-apple-signed-developer-id-application.cer": {KindDeveloperIDApp, "MK22MZP987"},
		"leaf-apple-signed-developer-id-installer.cer":   {KindDeveloperIDInstall, "MK22MZP987"},
		"leaf-aps_development.cer":                       {"", "S56PJTAYEL"},
		"leaf-iphone-developer-udid_resign.cer":          {KindiPhoneDeveloper, "CMNLF4YP96"},
		"leaf-iphone-distribution-E7P4EE896K.cer":        {KindiPhoneDistribution, "439BBM9367"},
	} {
		c := corpusCert(t, file)
		if got := Kind(c); got != want.kind {
			t.Errorf("%s: Kind = %q, want %q", file, got, want.kind)
		}
		if got := Team(c); got != want.team {
			t.Errorf("%s: Team = %q, want %q", file, got, want.team)
		}
	}
	for file, oid := range map[string][]int{
		"AppleWWDRCAG3.cer":   OIDWWDRIntermediate,
		"DeveloperIDCA.cer":   OIDDeveloperIDCA,
		"AppleWWDRCAG6.cer":   OIDWWDRIntermediate,
		"DeveloperIDG2CA.cer": OIDDeveloperIDCA,
	} {
		if c := corpusCert(t, file); !HasExtension(c, oid) {
			t.Errorf("%s lacks the intermediate marker %v", file, oid)
		}
	}
}

// TestVerifyRealLeaves: real leaves chain to Apple Root CA or G3 through the
// corpus intermediates at a time they were valid, and not after they expired.
func TestVerifyRealLeaves(t *testing.T) {
	g3 := corpusCert(t, "AppleRootCA-G3.cer")
	pool := []*x509.Certificate{
		corpusCert(t, "AppleWWDRCAG3.cer"), corpusCert(t, "AppleWWDRCA.cer"), g3,
	}
	for _, tc := range []struct {
		file string
		at   time.Time
		ok   bool
	}{
		{"leaf-apple-signed-apple-development.cer", time.Date(2021, 6, 1, 0, 0, 0, 0, time.UTC), true},
		{"leaf-apple-signed-apple-development.cer", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), false},
		// Developer ID CA is embedded: no pool needed.
		{"leaf-apple-signed-developer-id-application.cer", time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), true},
		// SHA-1-signed WWDR intermediate (2013-2023): refused by x509.Verify since Go 1.24.
		{"leaf-iphone-distribution-E7P4EE896K.cer", time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC), true},
	} {
		chain, err := VerifyChain(corpusCert(t, tc.file), pool, tc.at)
		if (err == nil) != tc.ok {
			t.Errorf("%s at %s: err = %v, want ok=%v", tc.file, tc.at.Format("2006"), err, tc.ok)
			continue
		}
		if tc.ok && !IsAppleRoot(chain[len(chain)-1]) {
			t.Errorf("%s: chain ends at %s", tc.file, chain[len(chain)-1].Subject)
		}
	}
	// The G3 chain: WWDR G6 is issued by G3, pinned by fingerprint, carried in the pool.
	g6 := corpusCert(t, "AppleWWDRCAG6.cer")
	chain, err := VerifyChain(g6, []*x509.Certificate{g3}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || len(chain) != 2 {
		t.Errorf("WWDR G6 -> G3: %v (chain %d)", err, len(chain))
	}
	// Without G3 in the pool there is nothing to end at.
	if _, err := VerifyChain(g6, nil, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Error("WWDR G6 verified without its root")
	}
	// The expired "Apple Computer" root is self-signed but not pinned.
	old := corpusCert(t, "AppleComputerRootCertificate.cer")
	if _, err := VerifyChain(old, nil, time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Error("the Apple Computer root was trusted")
	}
}

func TestFingerprint(t *testing.T) {
	c := corpusCert(t, "AppleIncRootCertificate.cer")
	if got := SHA1Fingerprint(c); got != "611E5B662C593A08FF58D14AE22452D198DF6C60" {
		t.Errorf("SHA1Fingerprint = %s", got)
	}
}
