package text

import "testing"

// TestRound181Readings: the readings added for held-out round 181 (GitHub
// issues of 2026 about an app refused for its signature), each on lines of
// the round's messages, and their near misses.
func TestRound181Readings(t *testing.T) {
	readEach(t, []readCase{
		// Gatekeeper's malware alert retold after a MacBook
		// (https://github.com/saif0200/notchprompt/issues/6).
		{"I downloaded the app from the website in my macbook (iOS 26) and it won't open because it can't verify it's free of malware. Any solution or workaround?", "text-gatekeeper-unverified"},
		// installd's error name before its message, no path
		// (https://github.com/claration/Impactor/issues/166).
		{"[Help] Application verification failed: Failed to verify code signature.\n\nI tried to sideload an .ipa but it showed this error.", "text-app-no-valid-signature"},
		{"Install failed: ApplicationVerificationFailed: Failed to verify code signature", "text-app-no-valid-signature"},
		// A kill under npm that ad hoc re-signing cured
		// (https://github.com/evanw/esbuild/issues/4504).
		{"`@esbuild/darwin-arm64@0.28.1` is killed by the kernel (SIGKILL, exit 137) on every invocation, on macOS 26.4.1 / arm64. This makes `npm install esbuild@0.28.1` fail in esbuild's postinstall.\n\nRe-signing fixes it, which suggests the signature rather than the executable:\n\n```bash\ncodesign --remove-signature ./resigned\ncodesign -s - ./resigned\n```", "text-killed-at-launch"},
	})
	for _, c := range []struct{ text, id string }{
		// A MacBook named, but no verdict on malware; "MacBooks" elsewhere.
		{"My MacBook can't verify the battery health of the external drive.", "text-gatekeeper-unverified"},
		{"On my MacBook, ClamAV can't verify the PDF attachment is free of malware.", "text-gatekeeper-unverified"},
		// Another verification failing, not the code signature.
		{"Application verification failed: the download was interrupted.", "text-app-no-valid-signature"},
		{"CodeSignatureVerifier: Error: Code signature verification failed.", "text-app-no-valid-signature"},
		// A build killed for memory: re-signing did not help, or a Developer
		// ID signature made afterwards.
		{"npm run build exited with code 137 in Docker (out of memory). Re-signing didn't help.", "text-killed-at-launch"},
		{"The webpack build under npm was killed (exit 137) for running out of memory; afterwards I ran codesign --sign \"Developer ID Application\" on the app.", "text-killed-at-launch"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
