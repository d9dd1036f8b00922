package text

import "testing"

// TestRound180Readings: the readings added for held-out round 180 (Apple
// Developer Forums threads quoting a message), each on lines of the
// round's messages, and their near misses.
func TestRound180Readings(t *testing.T) {
	readEach(t, []readCase{
		// sysextd failing a driver on a Mac installing offline: the ticket
		// is not stapled (https://developer.apple.com/forums/thread/761454).
		{"no related kext found for sysex 'com.apple.usbsoundriver' com.apple.usbsoundriver:extension failed to validate! uninstalling... uninstalling invalid extension com.apple.usbsoundriver\n\nIs internet access is required for system extension validation? I install the driver without internet access.", "text-ticket-not-stapled"},
		// A DriverKit app's IOServiceOpen not permitted
		// (https://vmhkb.mspwftt.com/forums/thread/792031).
		{"We’re developing a DriverKit extension for iPadOS. In local Debug and Release builds, everything works as expected, but the same build uploaded to TestFlight fails at IOServiceOpen with the following errors:\n\n-536870201 (0xE00002F7) kIOReturnNotPermitted", "text-capability-entitlement-missing"},
		// Xcode's line cut before "entitlement"
		// (https://developer.apple.com/forums/tags/endpointsecurity?page=2).
		{"I got these errors running a build:\nProvisioning profile \"Mac Team Provisioning Profile: \"com.xxxxx.extension\" doesn't include the com.apple.developer.endpo", "text-profile-missing-entitlement"},
	})
	for _, c := range []struct{ text, id string }{
		// Offline, but no extension failing to validate; a failure online.
		{"The app failed to validate the receipt without internet access.", "text-ticket-not-stapled"},
		{"com.example.driver:extension failed to validate! uninstalling... The Mac has internet access and the app is notarized.", "text-ticket-not-stapled"},
		// Not permitted without DriverKit or IOServiceOpen: TCC, a HID open.
		{"IOHIDDeviceOpen returns kIOReturnNotPermitted from the SMAppService daemon; Accessibility is not inherited.", "text-capability-entitlement-missing"},
		{"IOServiceOpen returns kIOReturnNotPermitted when opening the IOFramebuffer from a sandboxed app.", "text-capability-entitlement-missing"},
		// The profile lacking a device or a certificate, not a key.
		{"Provisioning profile \"iOS Team Provisioning Profile: com.example.app\" doesn't include the currently selected device \"iPhone\".", "text-profile-missing-entitlement"},
		{"Provisioning profile \"X\" doesn't include signing certificate \"Apple Development: username (ABCDE12345)\".", "text-profile-missing-entitlement"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
