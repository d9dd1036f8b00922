package text

import "testing"

// Round 228's fixes (widgets, watch apps and App Clips), each with texts
// that look alike and are not that failure.
func TestRound228Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// App Store Connect's words for an extension outside the app's ID.
		{"ERROR ITMS-90000: Bad bundle identifier. The bundle identifier 'com.example.Widget' of the application extension Example.app/PlugIns/Widget.appex should start with the application's bundle identifier 'com.example.app' and not contain more than one period", "text-embedded-bundle-id-prefix"},
		// Xcode's identifier pair pasted without its lead line.
		{"Embedded Binary Bundle Identifier:\tcom.other.app.watchkitapp\n\t\tParent App Bundle Identifier:\t\tcom.example.app", "text-embedded-bundle-id-prefix"},
		{"Embedded Binary Bundle Identifier: .ShareExtension\nParent App Bundle Identifier: com.example.app", "text-embedded-bundle-id-prefix"},
		// App Store Connect's missing entitlement naming what the app contains.
		{"ITMS-90876: Missing entitlement - This app contains an app clip. The entitlement 'com.apple.developer.associated-appclip-app-identifiers' should be present and include the value of the app clip's application identifier.", "text-upload-missing-entitlement"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A bundle identifier rule that is not an extension's, the
		// certificate pair of another Xcode check, the parent's identifier
		// alone, and a missing entitlement that is not Apple's.
		{"The bundle identifier 'com.example' of the application should start with a reverse domain you own.", "text-embedded-bundle-id-prefix"},
		{"Embedded Binary Signing Certificate:\t- (Ad Hoc Code Signed)\n\t\tParent App Signing Certificate:\t\tMac Developer: NAME", "text-embedded-bundle-id-prefix"},
		{"Parent App Bundle Identifier: com.example.app", "text-embedded-bundle-id-prefix"},
		{"Missing entitlement - The entitlement 'billing.admin' should be present on your role before you export invoices.", "text-upload-missing-entitlement"},
		{"Missing entitlement - your license does not include the entitlement com.acme.pro; it should be present in the license file.", "text-upload-missing-entitlement"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
