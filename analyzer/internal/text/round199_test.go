package text

import "testing"

// TestRound199Readings: the readings added for held-out round 199 (AI
// coding tools and local model apps on macOS), each on a line of the
// round's texts or the same said otherwise, and their near misses.
func TestRound199Readings(t *testing.T) {
	readEach(t, []readCase{
		// Gatekeeper's alert retold as the Mac failing to verify who made
		// it (https://github.com/mozilla-ai/llamafile/issues/108).
		{"Mac is unable to verify publisher and so will not let me run the llama file. What do I do now?", "text-gatekeeper-unverified"},
		{"macOS can't verify the developer, so the app won't open.", "text-gatekeeper-unverified"},
		// A Mac binary said unsigned in a person's words
		// (https://github.com/ollama/ollama/issues/8027).
		{"The `ollama_llama_server` binary for macOS doesn't seem to be signed. This causes problems", "text-not-signed"},
		{"The macOS binary does not appear to be code-signed at all.", "text-not-signed"},
		// The keychain's access list broken by an ad hoc signature, or
		// retold as bound to the signature
		// (https://github.com/anthropics/claude-code/issues/53501,
		// https://github.com/stellar/stellar-cli/issues/2661).
		{"The daemon ships adhoc-codesigned (`Signature=adhoc`), which silently breaks macOS Keychain partition-list ACLs whenever the daemon binary is replaced by an auto-update.", "text-keychain-prompt-signature-changed"},
		{"- Secure-store keys are stored in the macOS keychain. A keychain item's ACL is pinned to the **code-signing designated requirement (DR)** of the binary that created it.", "text-keychain-prompt-signature-changed"},
	})
	for _, c := range []struct{ text, id string }{
		// Windows or a browser verifying a publisher; a Mac verifying a
		// server or a publisher's certificate.
		{"Windows is unable to verify publisher, so SmartScreen blocks the installer.", "text-gatekeeper-unverified"},
		{"My Mac can't verify the server identity of imap.example.com.", "text-gatekeeper-unverified"},
		{"Mac is unable to verify the publisher's certificate for this website.", "text-gatekeeper-unverified"},
		// Another platform's binary unsigned; a Mac binary signed by the
		// wrong team is another matter.
		{"The Windows binary doesn't seem to be signed.", "text-not-signed"},
		{"The binary for Linux does not appear to be signed.", "text-not-signed"},
		// Ad hoc signing beside a keychain set up for CI; an ACL bound to
		// a user, not a signature.
		{"Ad hoc signing needs no certificate; the keychain ACL step is skipped.", "text-keychain-prompt-signature-changed"},
		{"The keychain ACL is bound to the login user, not to the app.", "text-keychain-prompt-signature-changed"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
