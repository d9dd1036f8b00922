package text

import "testing"

// Round 226's fixes (CI keychains and identities), each with texts that
// look alike and are not that failure.
func TestRound226Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// find-identity retold as not showing the key or identity.
		{"I run `security find-identity`, it doesn't show my private key in the identities list.", "text-identity-not-found"},
		{"After the import, security find-identity -v -p codesigning does not list the identity.", "text-identity-not-found"},
		{"but find-identity didn't show any signing certificate on the runner", "text-identity-not-found"},
		// A duplicate identity retold.
		{"the code-signing fails as there are multiple matched certificates in the keychain", "text-ambiguous-identity"},
		{"codesign failed because there were two identical certificates in the login keychain.", "text-ambiguous-identity"},
		// An Apple signing .p12 with a wrong password is still the import's.
		{"security import cert.p12 -k build.keychain -P *** -T /usr/bin/codesign\nsecurity: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)", "text-p12-import-failed"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		{"security find-identity doesn't show any error, it lists 2 valid identities found.", "text-identity-not-found"},
		{"find-identity does not print the password, which is good.", "text-identity-not-found"},
		{"I have multiple certificates in the keychain and signing works fine.", "text-ambiguous-identity"},
		{"The TLS handshake failed: several certificates in the keychain match the host.", "text-ambiguous-identity"},
		// A TLS server's or client's PKCS#12 is no signing identity.
		{"called `Result::unwrap()` on an `Err` value: Tls(Error { code: -25264, message: \"MAC verification failed during PKCS12 import (wrong password?)\" })", "text-p12-import-failed"},
		{"websocat: MAC verification failed during PKCS12 import (wrong password?)\nE SSL_connect(): socket closed by peer", "text-p12-import-failed"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
