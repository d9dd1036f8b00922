package text

import "testing"

// TestRound204Readings: the readings added for held-out round 204 (launch
// refusals and crash reports of 2019-2025), each on a line of the round's
// texts or the same said otherwise, and their near misses.
func TestRound204Readings(t *testing.T) {
	readEach(t, []readCase{
		// A crash retold as due to an invalid code signature
		// (https://github.com/nomic-ai/gpt4all/issues/3507).
		{"GPT4All v3.6.1 Update & Uninstall Both Crash Due to Invalid Code Signature\n- Operating System: 15.3.1 (Apple M4)", "text-code-signature-invalid"},
		{"After the update the app crashes on launch because of an invalid code signature (macOS Sonoma).", "text-code-signature-invalid"},
		// The signature's fault and the kill in one sentence
		// (https://github.com/raspberrypi/rpi-imager/issues/744).
		{"The code signature is expired and the program is killed with SIGKILL on MacOS", "text-killed-at-launch"},
		{"Its code signing is broken, so the helper gets killed by SIGKILL as it starts.", "text-killed-at-launch"},
	})
	for _, c := range []struct{ text, id string }{
		// The crash said not to be the signature's; another system's
		// signature; a kill for memory after a signature check.
		{"The crash is not due to an invalid code signature; it is a null pointer.", "text-code-signature-invalid"},
		{"On Windows 11 the driver crashes due to an invalid code signature.", "text-code-signature-invalid"},
		{"The GPG signature checks out, but the build container is killed with SIGKILL (OOMKilled).", "text-killed-at-launch"},
		{"The jar signature verifies; on Linux the JVM was killed by SIGKILL from the OOM killer.", "text-killed-at-launch"},
		{"The signature is fine. The process is stopped with SIGTERM, then killed.", "text-killed-at-launch"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
