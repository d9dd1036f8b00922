package text

import "testing"

// Held-out round 215 (GitHub issues of 2026): a revoked certificate told
// in the plural or with the store's name between the words, and Gatekeeper
// told by its prompts that block unsigned apps. The same words about a TLS
// certificate, a certificate not revoked, a revocation done on purpose or
// another system's prompts stay without an error.
func TestRevokedAndGatekeeperRound215(t *testing.T) {
	readEach(t, []readCase{
		{"All of the certificates are currently revoked and it needs a refresh. For extra info, I am on iOS 27 dev beta with a Free dev account. Please fix.", "text-cert-revoked"},
		{"[QUESTION] how to fix a revoked sidestore certificate?\n\ni was sideloading some apps when all of the sudden it got revoked", "text-cert-revoked"},
		{"My sideloaded apps stopped opening on the iPhone: the development certificates were revoked overnight.", "text-cert-revoked"},
		{"AltStore says I have a revoked signing certificate.", "text-cert-revoked"},
	})
	readFirst(t, "text-gatekeeper-unverified",
		"Homebrew now forces the `com.apple.quarantine` extended attribute on all cask installs, which triggers Gatekeeper prompts and blocks unsigned apps.",
		"On Tahoe, Gatekeeper warnings and blocks ad-hoc signed binaries downloaded with a browser.",
	)
	readNoError(t,
		"The certificates are not revoked, so I kept looking.",
		"Our TLS certificates were revoked by the CA after the key leaked; nginx now fails the handshake.",
		"We revoked the certificate and made a new one, then signed again.",
		"Gatekeeper prompts and then opens the app after you confirm.",
		"Windows SmartScreen prompts and blocks unsigned apps.",
	)
}
