package text

import "testing"

// TestRound203Readings: the readings added for held-out round 203 (system,
// network and driver extensions, kexts, virtual devices and VPN clients on
// macOS), each on a line of the round's texts, and their near misses.
func TestRound203Readings(t *testing.T) {
	readEach(t, []readCase{
		// An app asking for the approval macOS's alert asks for, and the
		// alert after kexts changed (Tunnelblick/Tunnelblick#729,
		// utmapp/UTM#4026).
		{"To allow Tunnelblick to install its system extensions, you must allow loading of system software by developer 'NAME'. You can do that on the 'General' tab of 'Security & Privacy' in 'System Preferences'.", "text-kext-not-approved"},
		{`"System Extension Error", "An error occurred with your system extensions during startup and they need to be rebuilt before they can be used. Please go to Security & Privacy System Preferences to re-enable them."`, "text-kext-not-approved"},
		// An app's report of its activation request failing
		// (objective-see/LuLu#251, #553).
		{"```failed to activate system/network extension```\n\nmacOS 10.15.7", "text-system-extension-rejected"},
		{`I received a popup that says "ERROR: activation failed / failed to activate system extension."`, "text-system-extension-rejected"},
		// kmutil refusing a kext without an arm64e slice (macfuse#754).
		{`Error Domain=KMErrorDomain Code=71 "Incompatible architecture: Binary is for x86_64, but needed arch arm64e"`, "text-bad-cpu-type"},
		// libusb without com.apple.vm.device-access (libusb#911).
		{"libusb: info [darwin_detach_kernel_driver] no capture entitlements. can not detach the kernel driver for this device", "text-capability-entitlement-missing"},
		// "Invalid Code Signature" on Macs without the profile
		// (streamlabs/desktop#5545).
		{`(non-developer macs which did not have streamlabs provisioning profiles installed would get "Invalid Code Signature" errors from Apple Gatekeeper)`, "text-unsatisfied-entitlements"},
	})
	for _, c := range []struct{ text, id string }{
		// Another kind of extension activated; a system's own software.
		{"Failed to activate extension 'ms-python.python': command not found", "text-system-extension-rejected"},
		{"Failed to activate the browser extension after the update.", "text-system-extension-rejected"},
		{"The installer will allow loading of system software updates overnight.", "text-kext-not-approved"},
		// An architecture named by another tool; a device, not an entitlement.
		{"ERROR: Incompatible architecture: the wheel is for x86_64.", "text-bad-cpu-type"},
		{"libusb: no capture device found on bus 2", "text-capability-entitlement-missing"},
		// A profile said fine or not at issue beside the crash.
		{"There is no problem with the provisioning profile, yet the crash says Code Signature Invalid.", "text-unsatisfied-entitlements"},
		{"Code Signature Invalid, with no other details; the provisioning profile is attached.", "text-unsatisfied-entitlements"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
