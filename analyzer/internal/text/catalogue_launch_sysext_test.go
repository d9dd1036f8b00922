package text

import (
	"strings"
	"testing"
)

// A system extension's refused activation retold as forum posts tell it:
// the code in words after the domain, Swift's name for it, and sysextd's
// refusal of a Mach service name outside the extension's app groups, whose
// cause is put first. Near misses: Apple's sample code comment stating the
// rule, and code 4 (the extension not found) in the same spellings.
func TestSystemExtensionCodesRetold(t *testing.T) {
	const machName = "When attempting to activate the extension, sysextd says that the extensions has an invalid mach service name or is not signed, the value must be prefixed with one of the App Groups in the entitlement."
	readFirst(t, "text-system-extension-rejected",
		// https://developer.apple.com/forums/thread/814055
		"but the didFailWithError callback is called with OSSystemExtensionErrorDomain of a value of 9, which appears to be a general failure to activate the driver.",
		// https://forums.developer.apple.com/forums/thread/708017
		"The delegate's request(_ request: OSSystemExtensionRequest, didFailWithError error: Error) method is being called with error code 9 (OSSystemExtensionError.Code.validationFailed) and the system dialog does not appear.",
		// https://forums.developer.apple.com/forums/thread/706184
		machName,
		// https://developer.apple.com/forums/thread/812857
		"OSSystemExtensionErrorDomain error 9 (validationFailed) with the message: extension category returned error")
	causes := Lookup("text-system-extension-rejected").Causes
	for _, c := range []struct{ text, lead string }{
		{machName, causes[4]},
		{"is being called with error code 9 (OSSystemExtensionError.Code.validationFailed)", causes[1]},
		{"the didFailWithError callback is called with OSSystemExtensionErrorDomain of a value of 9", causes[1]},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-system-extension-rejected")
		if m == nil || len(m.Causes) == 0 || m.Causes[0] != c.lead {
			t.Errorf("%q: lead cause %v, want %q", c.text, m, c.lead)
		}
	}
	if !strings.Contains(causes[4], "CMIOExtensionMachServiceName") {
		t.Errorf("Mach service name cause moved: %q", causes[4])
	}
	readNothing(t,
		// Apple's Filtering Network Traffic sample, IPCConnection.swift.
		"The Mach service name must be prefixed with one of the app groups in the system extension's com.apple.security.application-groups entitlement.",
		"OSSystemExtensionErrorDomain with code 4",
		"OSSystemExtensionErrorDomain of a value of 100",
		"didFailWithError: OSSystemExtensionError.Code.extensionNotFound",
		"OSSystemExtensionError.Code.requestCanceled")
}
