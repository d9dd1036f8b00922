package text

import "testing"

// Round 225's fixes (devicectl and CoreDevice device installs), each with
// texts that look alike and are not that failure.
func TestRound225Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// The developer profile not yet trusted on the device, retold.
		{"In this case the root cause was that the iPhone had not trusted the sideloaded developer profile under Settings > General > VPN & Device Management.", "text-untrusted-developer"},
		{"The launch failed because I hadn't trusted the enterprise app on the iPad yet.", "text-untrusted-developer"},
		// Xcode's bare launch error "Security", and the developer untrusted.
		{`Xcode wouldn't launch it, with the cryptic error "Security". Tapping the icon on the iPad home screen provided more context, saying the developer was untrusted and that I could fix it in Settings.`, "text-untrusted-developer"},
		{`Running on my iPhone stops with the error "Security".`, "text-untrusted-developer"},
		{"The iPhone says the developer is untrusted.", "text-untrusted-developer"},
		// Xcode's App ID mismatch told through the entitlement.
		{"the failed installation error message: profile doesn't match the entitlements file's value for the application-identifier entitlement.", "text-profile-app-id-mismatch"},
		{`error: Provisioning profile "Foo Dev" doesn’t match the entitlements file’s value for the com.apple.application-identifier entitlement.`, "text-profile-app-id-mismatch"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A certificate trusted in Keychain Access, a framework named
		// Security, a publisher on Windows or Gatekeeper on a Mac.
		{"I have not trusted the developer certificate in Keychain Access yet.", "text-untrusted-developer"},
		{`When I open the project the build stops with error "Security" module not found.`, "text-untrusted-developer"},
		{`ld: framework not found Security when I run the tests`, "text-untrusted-developer"},
		{"Windows SmartScreen says the developer is untrusted and blocks the installer on my PC.", "text-untrusted-developer"},
		{"macOS Gatekeeper on my Mac says the developer is not trusted.", "text-untrusted-developer"},
		{"The team has not trusted the development app store yet.", "text-untrusted-developer"},
		// Another entitlement's value is not the App ID's.
		{`Provisioning profile "Foo Dev" doesn't match the entitlements file's value for the aps-environment entitlement.`, "text-profile-app-id-mismatch"},
		{`Provisioning profile "Foo Dev" doesn't match the entitlements file's value for the com.apple.developer.associated-domains entitlement.`, "text-profile-app-id-mismatch"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
