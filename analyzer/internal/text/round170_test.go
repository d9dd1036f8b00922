package text

import "testing"

// TestRound170Readings: the readings added for held-out round 170 (blog
// posts and tutorials retelling a signing error), each on a message of the
// round or of the same family, and their near misses: the same words where
// they are no Apple signing failure, or another one.
func TestRound170Readings(t *testing.T) {
	readEach(t, []readCase{
		// Xcode's "doesn't include the currently selected device" quoted
		// short, as a course's list of common issues has it.
		{"Common Issues\n- “No provisioning profile found” / “Profile doesn’t include the device”: regenerate and include the target device.", "text-device-not-in-profile"},
		{"The provisioning profile doesn't include the device, so Xcode refuses to run the app on it.", "text-device-not-in-profile"},
		// Xcode's older wording of a missing certificate and key.
		{"all I could see was that soul-crushing Xcode error: “No valid signing identities found.” I spent the next four hours in a frantic haze of revoking certificates", "text-no-signing-certificate"},
		{"No matching code signing identity found", "text-no-signing-certificate"},
		// The untrusted-developer alert retold by a vendor's help page.
		{"When you first open an enterprise app you've manually installed, you may see a notification that the developer of the app isn't trusted on your device. You can dismiss this message but you can't open the app.", "text-untrusted-developer"},
		{"The developer is not trusted on this iPhone yet, so the app will not open.", "text-untrusted-developer"},
	})
	readNoError(t,
		// Other profiles and other devices' words.
		"The Android work profile doesn't include the device admin app.",
		"“Profile doesn’t include the device's serial number” is shown when the MDM enrollment report is incomplete.",
		"The Bluetooth profile doesn't include the device class the headset reports.",
		// GPG and Windows, not Apple signing identities.
		"gpg: No valid signing keys found in the keyring",
		"No valid signing certificates found in the Windows certificate store.",
		// A publisher on Windows, not a developer on iOS.
		"Windows says the publisher of this app isn't trusted on your device.",
	)
	// On a Mac the same words are Gatekeeper's, not the iOS trust setting.
	for _, s := range []string{
		"The developer of this app isn't trusted on your Mac, so macOS blocks it.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-untrusted-developer"); m != nil {
			t.Errorf("%q: read as text-untrusted-developer", s)
		}
	}
}
