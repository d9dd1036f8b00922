package p12

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusPasswords are MANIFEST.md's ("Identities") passwords of the corpus files.
var corpusPasswords = map[string]string{
	"apple-platform-rs-apple-codesign-testuser.p12":                    "password123",
	"apple-platform-rs-self-signed-rsa-apple-development.p12":          "password",
	"apple-platform-rs-self-signed-rsa-apple-distribution.p12":         "password",
	"apple-platform-rs-self-signed-rsa-developer-id-application.p12":   "password",
	"apple-platform-rs-self-signed-rsa-developer-id-installer.p12":     "password",
	"apple-platform-rs-self-signed-rsa-mac-installer-distribution.p12": "password",
	"cryptography-vectors-cert-key-aes256cbc.p12":                      "cryptography",
	"cryptography-vectors-cert-none-key-none.p12":                      "cryptography",
	"cryptography-vectors-cert-rc2-key-3des.p12":                       "cryptography",
	"cryptography-vectors-no-password.p12":                             "",
	"fastlane-match_self_signed.p12":                                   "",
	"gino0631-xar-mycert.p12":                                          "test",
	"go-pkcs12-TestPBES2_ad.standalone.com.p12":                        "password",
}

func TestCorpus(t *testing.T) {
	dir := testcorpus.Dir(t, "p12")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpus at " + dir)
	}
	for name, pw := range corpusPasswords {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
			continue
		}
		info, err := Inspect(b, Limits{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		id, err := Decode(b, pw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if _, err := Decode(b, pw+"x"); err != ErrWrongPassword {
			t.Errorf("%s: wrong password gave %v", name, err)
		}
		// MANIFEST.md: "opens without -legacy" for these three, "needs OpenSSL -legacy" for the rest.
		modernOK := map[string]bool{"cryptography-vectors-cert-key-aes256cbc.p12": true, "cryptography-vectors-cert-none-key-none.p12": true,
			"gino0631-xar-mycert.p12": true, "go-pkcs12-TestPBES2_ad.standalone.com.p12": true}
		if legacy := info.Certs.Legacy || info.Key.Legacy; legacy == modernOK[name] {
			t.Errorf("%s: legacy %v, MANIFEST says the opposite", name, legacy)
		}
		if !id.KeyMatches {
			t.Errorf("%s: key does not match", name)
		}
		t.Logf("%s: MAC %s/%d certs %s key %s names %q leaf %q match %v chain %d", name, info.MAC, info.MACIterations, info.Certs, info.Key, info.FriendlyNames, id.Leaf.Subject.CommonName, id.KeyMatches, len(id.Chain))
	}
}
