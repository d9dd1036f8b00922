package text

import "testing"

// TestRound195Readings: the readings added for held-out round 195
// (building and signing Apple software from Linux, Windows, containers and
// hosted runners), each on lines of the round's texts or the same said
// otherwise, and their near misses.
func TestRound195Readings(t *testing.T) {
	readEach(t, []readCase{
		// The notary's refusal retold in a PR
		// (https://github.com/Cloudgeni-ai/opengeni/pull/269).
		{"Apple's notary rejected the 0.1.4 bundle ('signature of the binary is invalid' + 'no secure timestamp').", "text-no-secure-timestamp"},
		{"Apple's notary rejected the 0.1.4 bundle ('signature of the binary is invalid' + 'no secure timestamp').", "text-binary-signature-invalid"},
		{"The app was signed without a secure timestamp, so notarization failed.", "text-no-secure-timestamp"},
		// A released tool killed at launch, the Mac or signing named
		// (https://github.com/llvm/llvm-project/issues/59406).
		{"But it gets killed when I try to run it.\n\nShould the binary be signed in some way? Any other documentation about how to run `ld64.lld` on MacOS?", "text-killed-at-launch"},
		{"On macOS 14 the downloaded binary gets killed as soon as I run it.", "text-killed-at-launch"},
		// Gatekeeper's "needs to be updated, contact the developer" retold
		// (https://github.com/espressif/llvm-project/issues/64).
		{"I lust installed the latest package for MacOS (15.0.0 20221201).  Attempting to run clangd causes a security message with the instruction to request an updated version from the developer.", "text-gatekeeper-unverified"},
		{"Opening it shows a security warning saying it needs to be updated and to contact the developer.", "text-gatekeeper-unverified"},
	})
	for _, c := range []struct{ text, id string }{
		// A signature said valid; a secure timestamp present; a timestamp
		// missing from a server's log, no notary.
		{"The signature of the binary is valid.", "text-binary-signature-invalid"},
		{"The notary accepted it: the signature has a secure timestamp.", "text-no-secure-timestamp"},
		{"The TLS handshake failed: no secure timestamp in the log entry.", "text-no-secure-timestamp"},
		// Killed without the Mac or signing, or killed for memory.
		{"My Python script gets killed when I try to run it on the cluster.", "text-killed-at-launch"},
		{"The server gets killed when I try to run it on Ubuntu; it works on macOS.", "text-killed-at-launch"},
		{"cc1plus gets killed when I try to run it on the 1 GB VPS: out of memory.", "text-killed-at-launch"},
		// A browser's or Windows' security warning, and an update that is
		// no signing matter.
		{"Windows SmartScreen shows a security warning telling me to request an updated version from the developer.", "text-gatekeeper-unverified"},
		{"The security message says the plug-in is outdated.", "text-gatekeeper-unverified"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
