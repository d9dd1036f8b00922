package text

import "testing"

// TestRound176Readings: the readings added for held-out round 176 (Java,
// Python and Qt packagers on the Mac), each on lines of the round's
// messages, and their near misses: the same words where they are not that
// failure.
func TestRound176Readings(t *testing.T) {
	conveyor := "   • There was a problem of severity 'error' with scope-1.7.5-mac-amd64.zip/Scope.app/Contents/Frameworks/Sparkle.framework/Versions/B/Sparkle: The signature does not include a secure tim\n" +
		"   • There was a problem of severity 'error' with scope-1.7.5-mac-amd64.zip/Scope.app/Contents/Frameworks/Sparkle.framework/Versions/B/Updater.app/Contents/MacOS/Updater: The signature of\n"
	readEach(t, []readCase{
		// Conveyor's notary problems cut off by the terminal
		// (https://github.com/hydraulic-software/conveyor/issues/21).
		{conveyor, "text-no-secure-timestamp"},
		{conveyor, "text-binary-signature-invalid"},
		{"   • There was a problem of severity 'error' with scope-1.7.5-mac-amd64.zip/Scope.app/Contents/Frameworks/Sparkle.framework/Versions/B/Updater.app/Contents/MacOS/Updater: The signature do", "text-no-secure-timestamp"},
		// PyInstaller's bootloader, dyld's reason cut short
		// (https://github.com/Krv-Labs/topos/issues/55).
		{"[PYI-82977:ERROR] Failed to load Python shared library '.../libpython3.12.dylib':\n  ... different Team IDs", "text-library-validation"},
		// A failed codesign retold by the vendor who signed the file
		// (https://github.com/corretto/corretto-8/issues/267).
		{"shows that the error is thrown when the script attempted to sign the `libpackager.dylib` (which is already signed by us) using your certificate.", "text-already-signed"},
		// The alert quoted in the past tense (https://github.com/pythonguis/feedback/issues/10).
		{"when I run the example disk image provided by the PyQt6 packaging tutorial on my Mac, it shows the message 'Application has been damaged.'", "text-gatekeeper-damaged"},
	})
	for _, c := range []struct{ text, id string }{
		// Cut short where the notary message goes on, or without
		// Conveyor's lead.
		{"   • There was a problem of severity 'error' with A.zip/A.app/Contents/MacOS/A: The signature does not match the designated requirement", "text-no-secure-timestamp"},
		{"The signature does not include a secure tim", "text-no-secure-timestamp"},
		{"The signature of", "text-binary-signature-invalid"},
		{"   • There was a problem of severity 'error' with A.zip/A.app/Contents/MacOS/A: The signature of the developer is fine", "text-binary-signature-invalid"},
		// Different Team IDs with no library refused, or a library that is
		// only missing.
		{"Keychain sharing fails between builds signed with different Team IDs.", "text-library-validation"},
		{"[PYI-1234:ERROR] Failed to load Python shared library '/tmp/_MEI/libpython3.12.dylib': dlopen(/tmp/_MEI/libpython3.12.dylib, 0x000A): tried: '/tmp/_MEI/libpython3.12.dylib' (no such file)", "text-library-validation"},
		// Already signed, but not what a failed signing ran into.
		{"The notarization failed because the dmg that is already signed was not stapled; I tried to sign the pkg next.", "text-already-signed"},
		{"I tried to sign the app, which is already notarized, and it failed.", "text-already-signed"},
		// Something other than an app's alert has been damaged.
		{"On my Mac, Mail says the message has been damaged and cannot be displayed.", "text-gatekeeper-damaged"},
		{"First screenshot error message translation: You cannot open the prorgam \"jajuk\" because it is possibly damaged or incomplete.", "text-gatekeeper-damaged"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
	// The notary messages whole stay read.
	readEach(t, []readCase{
		{"\"message\": \"The signature does not include a secure timestamp.\",", "text-no-secure-timestamp"},
		{"\"message\": \"The signature of the binary is invalid.\",", "text-binary-signature-invalid"},
	})
}
