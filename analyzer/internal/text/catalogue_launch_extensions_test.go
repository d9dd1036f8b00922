package text

import (
	"strings"
	"testing"
)

// The launch entries for what macOS grants beyond a valid signature:
// system and kernel extensions, virtualization, login items, privacy
// grants and the App Sandbox.

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

// The ways a kernel extension is refused until someone approves it: kextload,
// kextutil and kmutil, each in its own words; the same refusal told in prose,
// and a kext refused for another reason, are not read as one.
func TestKextNotApproved(t *testing.T) {
	for _, s := range []string{
		"/Library/Extensions/Acme.kext failed to load - (libkern/kext) system policy prevents loading; check the system/kernel logs for errors or try kextutil(8).",
		`Kext rejected due to system policy: <OSKext 0x7f8f2add2520 [0x7fff9ca1b8e0]> { URL = "file:///Library/StagedExtensions/Library/Extensions/Acme.kext/", ID = "com.acme.driver" }`,
		"Extension with identifiers com.acme.driver,com.apple.nke.rvi not approved to load. Please approve using System Settings.",
		// kextutil's own sentence, which TN2459 names as the sign of a
		// kext without user approval (exit code 27).
		"System policy prevents loading the kernel extension. (Cannot Resolve)",
	} {
		if !hasID(Analyze([]byte(s)), "text-kext-not-approved") {
			t.Errorf("%q: got %v, want text-kext-not-approved", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"Group Policy prevents loading the extension until IT allows it.",
		"/Library/Extensions/Acme.kext failed to load - (libkern/kext) not loadable (reason unspecified); check the system/kernel logs for errors or try kextutil(8).",
		"The extension is not approved to load until IT adds it to the allow list.",
	)
}

// OSSystemExtensionErrorDomain's code 10 is the system policy (an MDM's
// System Extensions profile), its cause put first; a code outside 2, 8, 9 and
// 10 is not this entry, and the code may follow the domain after a colon.
func TestSystemExtensionCodes(t *testing.T) {
	r := Analyze([]byte(`SystemExtension "com.example.daemon" request did fail: Error Domain=OSSystemExtensionErrorDomain Code=10 "(null)"`))
	m := firstMatch(r, "text-system-extension-rejected")
	if m == nil || !strings.HasPrefix(m.Causes[0], "A policy forbids it") || !strings.Contains(m.Causes[0], "TeamIdentifier") {
		t.Errorf("code 10: got %v", r.Matches)
	}
	if !hasID(Analyze([]byte("Invalid code signature or missing entitlements (OSSystemExtensionErrorDomain:8)")), "text-system-extension-rejected") {
		t.Error("(OSSystemExtensionErrorDomain:8) not read")
	}
	for _, s := range []string{"OSSystemExtensionErrorDomain Code=100", "(OSSystemExtensionErrorDomain error 4.)", "OSSystemExtensionErrorDomain:1"} {
		if hasID(Analyze([]byte(s)), "text-system-extension-rejected") {
			t.Errorf("%q read as text-system-extension-rejected", s)
		}
	}
}

// macOS's own alerts for a kernel extension waiting for approval, as help
// pages quote them; a browser extension blocked by policy is not one.
func TestKextApprovalAlerts(t *testing.T) {
	for _, s := range []string{
		"System Extension Blocked. A program tried to load new system extension(s). Allow in Security & Privacy preferences.",
		`Look for the prompt: "System software from developer 'Acme Inc.' was blocked from loading."`,
		"Some system software was blocked from loading.",
		`General says is that "Your current security settings prevent the installation of system extensions"`,
		// Retold (google-drive-ocamlfuse#481).
		`it brings up an error about a system extension from "Benjamin Fleischer" being blocked, and it will not allow me to permit the extension to load`,
		"the kernel extension from Oracle America was blocked",
	} {
		if !hasID(Analyze([]byte(s)), "text-kext-not-approved") {
			t.Errorf("%q: got %v, want text-kext-not-approved", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"This extension was blocked by your administrator. The extension is not allowed on this device.",
		"Extension blocked from loading: the manifest is invalid.",
		"The profile keeps the system extension from being blocked by the firewall.",
		"a network extension from Acme was blocked by the content filter",
	)
}

// Virtualization.framework's refusal for want of the entitlement, as NSLog
// escapes it and retold, and an ad hoc re-sign that drops it; prose that
// only names the entitlements, and hv_vm_create unsupported on a
// virtualized host, are not it.
func TestVirtualizationEntitlementMissing(t *testing.T) {
	for _, s := range []string{
		`Error Domain=VZErrorDomain Code=2 "The process doesn’t have the “com.apple.security.virtualization” entitlement."`,
		`NSLocalizedFailureReason = "The process doesn\U2019t have the \U201ccom.apple.security.virtualization\U201d entitlement.";`,
		`> Invalid virtual machine configuration. The process doesn't have the "com.apple.security virtualization" entitlement.`,
		"Codesign seems to execute properly and verify comes back clean but I still get an error about missing the virtualization entitlement.",
		"Ad-hoc re-signing the macOS binary (`codesign --force --sign -`) drops `com.apple.security.hypervisor`; every VM start then fails.",
	} {
		if !hasID(Analyze([]byte(s)), "text-virtualization-entitlement-missing") {
			t.Errorf("%q: got %v, want text-virtualization-entitlement-missing", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"Add the com.apple.security.virtualization entitlement to the app's entitlements file.",
		"Those runners are themselves virtualized and do not expose Hypervisor.framework: hv_vm_create returns HV_UNSUPPORTED.",
		"Sign with --entitlements to keep com.apple.security.hypervisor in the signature.",
		`Error Domain=VZErrorDomain Code=2 "Invalid virtual machine configuration. The storage device attachment is invalid."`,
	)
}

// The virtualization entitlement refused to a Python script leads with the
// entitlement on another executable than the one that runs; the same
// refusal from a binary of its own does not.
func TestVirtualizationEntitlementPythonLead(t *testing.T) {
	vz := `Error Domain=VZErrorDomain Code=2 "The process doesn’t have the "com.apple.security.virtualization" entitlement."` + "\n"
	m := firstMatch(Analyze([]byte(vz+"But I have tried to give the python interpreter the following entitlements via codesign:")), "text-virtualization-entitlement-missing")
	if m == nil || len(m.Causes) == 0 || m.Causes[0] != causeVMOtherExecutable {
		t.Fatalf("python interpreter: %+v", m)
	}
	m = firstMatch(Analyze([]byte(vz+"$ codesign -d --entitlements - ./vmctl")), "text-virtualization-entitlement-missing")
	if m == nil || len(m.Causes) == 0 || m.Causes[0] == causeVMOtherExecutable {
		t.Fatalf("a binary of its own: %+v", m)
	}
}

// System, driver and network extensions and Endpoint Security clients, as
// sysextd, AppleSystemPolicy, the kernel and es_new_client say it; the
// same words about an app Gatekeeper refused, a healthy listing or another
// entitlement are not these.
func TestSystemExtensionMessages(t *testing.T) {
	for _, c := range []struct{ text, id, first string }{
		{"sysextd: no policy, cannot allow apps outside /Applications", "text-system-extension-rejected", "notarized"},
		{"This is `OSSystemExtensionErrorForbiddenBySystemPolicy` on a managed Mac.", "text-system-extension-rejected", "A policy forbids it"},
		{"The dext does not start.\nAppleSystemPolicy: ASP: Security policy would not allow process", "text-system-extension-rejected", ""},
		{"VBG97UB4TA com.example.filter (1.0/1) Filter [activated waiting for user]", "text-kext-not-approved", "systemextensionsctl"},
		{`ERROR: "Application requires 'com.apple.developer.endpoint-security.client' entitlement"`, "text-capability-entitlement-missing", ""},
		{"kernel: DK: IOUserServer(com.example.driver-0x100000a1)::exit(Entitlements check failed)", "text-capability-entitlement-missing", ""},
		{"The 'Network Extensions' feature is only available to users enrolled in Apple Developer Program.", "text-free-team-limit", "paid Apple Developer Program"},
		{"Provisioning profile ... doesn't match the entitlements file's value for the ... userclient-access entitlement.", "text-profile-entitlement-value", ""},
		{"AMFI: When validating /usr/local/bin/esclient:\n  Code has restricted entitlements, but the validation of its code signature failed.", "text-unsatisfied-entitlements", "bare executable"},
		{"Missing Entitlement. The bundle 'A.app' is missing entitlement 'com.apple.developer.networking.networkextension'.", "text-upload-missing-entitlement", ""},
		{"domain: \"NEVPNErrorDomain\" - code: 5\n\"NSLocalizedDescription\" : \"permission denied\"", "text-network-extension-permission-denied", ""},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil {
			t.Errorf("%q: got %v, want %s", c.text, ids(Analyze([]byte(c.text))), c.id)
			continue
		}
		if c.first != "" && (len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.first)) {
			t.Errorf("%q: first cause %q, want one saying %q", c.text, m.Causes, c.first)
		}
	}
	// Inside an app bundle a profile can be embedded: no bare-executable lead.
	m := firstMatch(Analyze([]byte("When validating /Applications/A.app/Contents/MacOS/A:\n  Code has restricted entitlements, but the validation of its code signature failed.")), "text-unsatisfied-entitlements")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("an app's executable: %+v", m)
	}
	m = firstMatch(Analyze([]byte("When validating /Applications/A.app:\n  Code has restricted entitlements, but the validation of its code signature failed.")), "text-unsatisfied-entitlements")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("an app bundle: %+v", m)
	}
	for _, s := range []string{
		// Gatekeeper refusing an app, no extension in sight.
		"kernel: (AppleSystemPolicy) ASP: Security policy would not allow process: 29354, /Applications/UES.app/Contents/MacOS/UES",
	} {
		if hasID(Analyze([]byte(s)), "text-system-extension-rejected") {
			t.Errorf("%q: read as a system extension refused", s)
		}
	}
	// Another NEVPNErrorDomain code is not the configuration refused.
	if s := "domain: \"NEVPNErrorDomain\" - code: 1\n\"NSLocalizedDescription\" : \"permission denied\""; hasID(Analyze([]byte(s)), "text-network-extension-permission-denied") {
		t.Errorf("%q: read as the VPN configuration refused", s)
	}
	readNoError(t,
		"*\t*\tVBG97UB4TA\tcom.objective-see.lulu.extension (2.3.0/2.3.0)\tExtension\t[activated enabled]",
		"This feature is only available to users enrolled in the beta program.",
		"The bundle 'A.app' is missing a localized name.",
	)
}

// A privacy pane's grant lost after an update or a rebuild is the stored
// requirement no longer matching the new signature; the same pane named
// after an update for other reasons is not.
func TestPrivacyGrantLostAfterUpdate(t *testing.T) {
	for _, s := range []string{
		"After updating the app, macOS asks permission for Accessibility again.",
		"After the update Screen Recording is missing although the switch is on.",
		"The app needs Input Monitoring permission, but the permissions are reset on every update.",
	} {
		m := firstMatch(Analyze([]byte(s)), "text-privacy-access-refused")
		if m == nil {
			t.Errorf("%q not read", s)
			continue
		}
		if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "older signature: TCC stores") {
			t.Errorf("%q: first cause %q, want the grant for an older signature", s, m.Causes)
		}
	}
	readNothing(t,
		"After updating Xcode, the Accessibility Inspector shows the same tree again.",
		"After the update, Accessibility settings are reset to their defaults.",
		"The Accessibility permission is missing, please grant it in System Settings.",
	)
}

// A grant said to be on while the app asks for it is the signature only
// beside an update of the app itself; alone, or after a macOS update, it
// is read as nothing.
func TestPrivacyGrantOnAfterAppUpdate(t *testing.T) {
	s := "After upgrading the app to the latest version it asks for Screen Recording permission even though it's on."
	m := firstMatch(Analyze([]byte(s)), "text-privacy-access-refused")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "older signature: TCC stores") {
		t.Errorf("%q: got %v", s, m)
	}
	readNothing(t,
		"The app asks for Screen Recording permission even though it's on.",
		"After updating to macOS Sequoia the app asks for Screen Recording permission even though it's on.",
	)
}

// sysextd's refusal of an extension an MDM profile does not allow, and
// Karabiner's "Activation was failed. (error: 1)", read as the system
// extension refused, led by the policy where the paste names a managed
// Mac; an activation that failed elsewhere (a licence, a SIM) does not.
func TestSystemExtensionManagedPolicy(t *testing.T) {
	for _, s := range []string{
		"sysextd: Extension with teamID \"G43BCU2T37\" and identifier org.example.driver is not in the list of allowed extensions",
		"sysextd: Activation decision for extension with teamID G43BCU2T37 is: Deny",
		"My Mac is managed by our IT. When I click Activate driver I see \"Activation was failed. (error: 1)\"",
	} {
		if c := firstCause(s, "text-system-extension-rejected"); !strings.Contains(c, "policy forbids it") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	readFirst(t, "text-system-extension-rejected", "Activation was failed. (error: 1)")
	readNothing(t,
		"Windows activation failed (error: 0xC004F074). The key is not in the list of allowed product keys.",
		"eSIM activation failed: error 1, carrier says try again",
		"Activation decision for the licence server is: Allow",
		"Activation was failed. (error: 1) when activating Windows 11 product key",
	)
}

// Round 141: Apple's own words for a refused privacy grant (AppleScript's
// assistive access, ScreenCaptureKit's -3801, tccd's stored requirement),
// the hardened runtime without a device entitlement, Local Network without
// its usage description, and a grant retold as lost or still on beside a
// rebuild, an ad hoc signature or an update of the app.
func TestPrivacyRound141(t *testing.T) {
	const older = "older signature: TCC stores"
	for _, c := range []struct{ text, lead string }{
		{"execution error: System Events got an error: MyTool is not allowed assistive access. (-25211)", ""},
		{`"Failed to enumerate shareable content: The user declined TCCs for application, window, display capture (domain: com.apple.ScreenCaptureKit.SCStreamErrorDomain, code: -3801)"`, ""},
		{"Error Domain=com.apple.ScreenCaptureKit.SCStreamErrorDomain Code=-3801", ""},
		{"tccd: Failed to match existing code requirement for subject com.example.recorder", older},
		{"macOS stores a csreq in the TCC database when the user grants Accessibility, so after an update the recorded requirement no longer matches the running binary.", older},
		{"kTCCServiceAccessibility | com.example.driver | 2 | csreq = cdhash H\"388846d5\"\ncurrent build cdhash = 50f6b910   <- doesn't match", older},
		{"codesign -f 会生成新的 CDHash。macOS TCC 数据库里已经有一条旧的授权记录，但旧记录对应的 CDHash 和新 binary 不匹配", older},
		{"The app is built with hardened runtime, but its entitlements omit com.apple.security.device.audio-input, so the microphone prompt never appears.", "Hardened runtime without"},
		{"The shipped signature has the hardened runtime enabled but no `com.apple.security.device.camera`.", "Hardened runtime without"},
		{"Connections to a LAN address fail on macOS 15: the app never declares NSLocalNetworkUsageDescription in its Info.plist, so macOS is blocking them.", "lacks the usage description"},
		{"The ad-hoc identity changes after a rebuild, so the rebuilt app may require Accessibility permission again.", older},
		{"Scripts/build.sh signs ad hoc, so TCC's Accessibility grant for the previous build no longer applies.", older},
		{"Full Disk Access is disabled even though it is enabled in System Settings. The release uses an ad-hoc signature.", older},
		{"I grant full disk access to the launcher, and the grant breaks after each underlying app update.", older},
		{"I've just built the app and it requests full disk access. I have already given it Full Disk Access.", older},
		{"I downloaded the built DMG and it requests accessibility access which it appears to have.", older},
		{"On a self-built Developer build, AXIsProcessTrusted() is false after any rebuild while Settings shows it granted.", older},
		{"Cannot grant permission when update to v1.26. A dialog of screen recording requirement still appear.", older},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-privacy-access-refused")
		if m == nil {
			t.Errorf("%q: not read (got %v)", c.text, ids(Analyze([]byte(c.text))))
			continue
		}
		if c.lead != "" && (len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.lead)) {
			t.Errorf("%q: first cause %q, want %q", c.text, m.Causes, c.lead)
		}
	}
	// Near misses: the same words with no refusal, no TCC, no rebuild.
	readNothing(t,
		"The keychain item's stored requirement no longer matches the app after the move.",
		"Add NSLocalNetworkUsageDescription to Info.plist so the prompt explains why.",
		"AXIsProcessTrusted() is false until the user grants access in System Settings.",
		"It requests accessibility access which it appears to have.",
		"Error Domain=com.apple.ScreenCaptureKit.SCStreamErrorDomain Code=-3821 \"Stream was stopped by the system\"",
		"Handling access request to kTCCServiceScreenCapture, from Sub:{com.example.app}\nReqResult(Auth Right: Allowed (System Set), promptType: 1, DB Action:None)",
		"The hardened runtime is enabled and com.apple.security.device.audio-input is present.",
	)
}

// Sandboxed and Mac App Store apps, 2024-2026: SMAppService refusing a
// login item, securityd's ignored entitlement retold, and macOS's prompt
// about other apps' data when the app asks about itself at each launch.
// The near misses are the same words from a registry, a config loader, a
// terminal and a script.
func TestSandboxedMacAppMessages(t *testing.T) {
	readEach(t, []readCase{
		{"cc-hdrm\tRegister (<private>) error: 1\ncc-hdrm\tFailed to register as login item: The operation couldn’t be completed. Operation not permitted", "text-login-item-register-failed"},
		{`Failed to unregister login item: Error Domain=SMAppServiceErrorDomain Code=1 "Operation not permitted" UserInfo={NSLocalizedFailureReason=Operation not permitted})`, "text-login-item-register-failed"},
		{"Register (com.example.app.LoginHelper) error: 3", "text-login-item-register-failed"},
		{"- `com.apple.security.application-groups` for `ABCDE12345.com.example.group` being ignored because of invalid application signature or incorrect provisioning profile", "text-unsatisfied-entitlements"},
		{"On macOS 15 every time you launch Example you see this prompt:\n> \"Example\" would like to access data from other apps.", "text-app-group-prefix"},
		{"\"Example.app would like to access data from other apps\" popup on macOS 15\n\nThis popup appears every time the app is opened.", "text-app-group-prefix"},
	})
	readNothing(t,
		"npm ERR! Register (registry) error: 401 Unauthorized",
		"Failed to register as login item",
		"warning: setting 'theme' being ignored because of invalid value in config file",
	)
	readNoError(t,
		"Every time I open iTerm2 it says \"iTerm2 would like to access data from other apps\" when I run ls ~/Library/Containers.",
		"Each time the backup script starts, macOS asks: python3 would like to access data from other apps.",
	)
}

// The hundred-and-fifty-third round (login items, launch daemons and
// privileged helpers): SMAppService's refusal is read where it registers
// an item, and leads with what the paste shows (an unsigned build, the
// item switched off, a registration left over, a sandboxed app's
// daemon); its status notFound only beside an unsigned build. AMFI's "no
// CMS blob" leads with the ad hoc signature.
func TestSMAppServiceRegisterRefused(t *testing.T) {
	id := "text-login-item-register-failed"
	causes := Lookup(id).Causes
	for _, c := range []struct{ text, first string }{
		{"fehler\t07:54:47.980411+0200\tcc-hdrm\tFailed to register as login item: The operation couldn’t be completed. Operation not permitted\nstandard\t07:54:47.986015+0200\tcc-hdrm\tService <private> status: 3", causes[0]},
		{"设置开机自启动失败：未能完成该操作。Operation not permitted", causes[0]},
		{"I'm building an app that has no local signing.\nEvery time I launch a new build, `SMAppService.mainApp.status == .notFound` and a new `Login Item Added` notification comes through.", causes[0]},
		{"SMAppService.mainApp.register() failed: The operation couldn’t be completed. Operation not permitted\nstatus: requiresApproval", causes[1]},
		{"Hey, did you reboot after updating? The latest changelog mentions this due to a change of certificate.\nDaemon service registering failed, error: Error Domain=SMAppServiceErrorDomain Code=1 \"Operation not permitted\"", causes[2]},
		{"My sandboxed app registers a LaunchDaemon: Error Domain=SMAppServiceErrorDomain Code=1 \"Operation not permitted\"", causes[3]},
	} {
		if got := firstCause(c.text, id); got != c.first {
			t.Errorf("%q: first cause %q", c.text, got)
		}
	}
	readNothing(t,
		// A signed app reads notFound before it first registers.
		"if SMAppService.mainApp.status == .notFound { try SMAppService.mainApp.register() }",
		// The race told in prose, no error's words.
		"register can return Operation not permitted after successful asynchronous unregister",
		// The same description for a file the app may not write.
		"Failed to write preferences: The operation couldn’t be completed. Operation not permitted",
	)
	noCMS := "launchctl bootstrap fails with 5: Input/output error\nAMFI: 'macprovider-cli' has no CMS blob?\nAMFI: 'macprovider-cli': Unrecoverable CT signature issue, bailing out."
	if got := firstCause(noCMS, "text-kernel-signature-rejected"); got != causeNoCMSBlob {
		t.Errorf("no CMS blob: first cause %q", got)
	}
}
