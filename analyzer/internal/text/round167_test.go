package text

import "testing"

// TestRound167Readings: the readings added for held-out round 167 (MAUI,
// Xamarin, Avalonia and Godot pastes), each on a message of the round or of
// the same family, and their near misses: the same words where they are no
// Apple signing failure.
func TestRound167Readings(t *testing.T) {
	readEach(t, []readCase{
		// The .NET iOS SDK's key-not-found line as people paste it: the
		// closing quote lost, no quotes, the words retyped.
		{"**iOS code signing key 'iPhone Distribution not found in keychain**", "text-identity-not-found"},
		{"All configured, but appear this error with my account: code signing key iPhone Developer: not found in keychain. what i need to do?", "text-identity-not-found"},
		{"**No valid iOP code signing kes found in keychain. You need to request a codesigning certificate from https://developer.apple.com**", "text-identity-not-found"},
		{"error : iOS code signing key ''iPhone Distribution: ****'' not found in keychain.", "text-identity-not-found"},
		// A profile not found, told in a person's words.
		{"This version still does not because it cannot find a provisioning profile for a release build.", "text-no-profiles-found"},
		{"### Actual Behavior\nCannot find provisioning profile", "text-no-profiles-found"},
		{"In the yaml below I get to dotnet publish however it says it can not find the provisioning profile.   I feel like there is a step missing", "text-no-profiles-found"},
		// Visual Studio's automatic provisioning (Hot Restart), also typed "whilte".
		{"the **Hot Restart** window gives me the message `There was an error while trying to automatically provision the project, please check the logs`", "text-automatic-signing-failed"},
		{"\"There was an error whilte trying to automatically provision the project please check the logs\"", "text-automatic-signing-failed"},
		// cctools' refusal of an mkbundle binary, passed on by codesign.
		{"`codesign` gives me the following message `fatal error: the __LINKEDIT segment does not cover the end of the file (can't be processed) in: ...`.", "text-codesign-internal-error"},
	})
	readNoError(t,
		// strip, not codesign, refusing the same layout.
		"/usr/bin/strip: the __LINKEDIT segment does not cover the end of the file (can't be processed) in: /tmp/app",
		// A setting looked for in an IDE, not a profile missing.
		"I can't find the provisioning profile option in Visual Studio 2022, where is it?",
		"Where can I find the provisioning profile settings for the Android build?",
		// Other systems' keys: a keystore, Windows' certificate store.
		"error: signing key mykey not found in keystore.",
		"SignTool Error: No certificates were found that met all the given criteria. The code signing key was not found in the certificate store.",
		// The device, not the build, "unable to find" a profile: an install
		// refused for its integrity (round 76) is read as that.
		"App will not install on device when com.apple.developer.applesignin key is in Entitlements.plist after publishing. It is unable to find a valid provisioning profile.",
		// Android Studio's provisioning of a virtual device.
		"There was an error while trying to start the emulator, please check the logs",
	)
}
