package text

import (
	"fmt"
	"strings"
	"testing"
)

// The kernel's "When validating PATH:" is quoted with its whole path, not
// cut after the first character.
func TestKernelValidatingPathWhole(t *testing.T) {
	r := Analyze([]byte("kernel mac_vnode_check_signature: /Applications/Foo.app/Contents/MacOS/Foo: code signature validation failed fatally: When validating /Applications/Foo.app/Contents/MacOS/Foo:\n  Code has restricted entitlements, but the validation of its code signature failed.\n"))
	for _, m := range r.Matches {
		if m.Entry.ID == "text-kernel-signature-rejected" {
			if !strings.Contains(m.Excerpt, "When validating /Applications/Foo.app/Contents/MacOS/Foo") {
				t.Errorf("excerpt %q cuts the path", m.Excerpt)
			}
			return
		}
	}
	t.Errorf("got %v, want text-kernel-signature-rejected", ids(r))
}

// Messages Mac security and endpoint tools' users paste: securityd
// ignoring an entitlement, sysextd's failed validation (its cause put
// first), the resource directory's -67023, DetachedSignatures under
// /var/db, and an installer's chown of a .app refused; the near misses are
// the same words without the Apple context.
func TestSecurityToolMessages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`com.apple.securityd Entitlement com.apple.application-identifier=ABCDE12345.com.example.extension is ignored because of invalid application signature or incorrect provisioning profile`, "text-unsatisfied-entitlements"},
		{"co.example.systemextension: extension failed to validate! uninstalling...", "text-system-extension-rejected"},
		{"Signature Validation Errors:\tKext signature validation error code -67023", "text-code-signature-modified"},
		{"os_unix.c:44595: (2) open(/var/db/DetachedSignatures) - No such file or directory", "text-detached-signatures-noise"},
		{"Error: failed to fix permissions: chown /Library/Example/Agent/agent.app: operation not permitted", "text-app-management-denied"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.want) {
			t.Errorf("%q: %s not read", c.text, c.want)
		}
	}
	m := firstMatch(Analyze([]byte("co.example.systemextension: extension failed to validate! uninstalling...")), "text-system-extension-rejected")
	if m == nil || !strings.HasPrefix(m.Causes[0], "sysextd's own check failed") {
		t.Errorf("sysextd's cause not first: %v", m)
	}
	for _, c := range []struct{ text, id, lead string }{
		{"/Library/Extensions/example.kext: invalid resource directory (directory or signature have been modified)", "text-code-signature-modified", "cannot read it"},
		{"Error: failed to fix permissions: chown /Library/Example/Agent/agent.app: operation not permitted", "text-app-management-denied", "An installer changing a signed app bundle"},
	} {
		if m := firstMatch(Analyze([]byte(c.text)), c.id); m == nil || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: first cause does not say %q: %v", c.text, c.lead, m)
		}
	}
	readNoError(t,
		"chown /tmp/build/output.txt: operation not permitted",
		"open /Applications/Example.app/Contents/Info.plist: operation not permitted",
		"copied 67023 files",
		"the entitlement is ignored because the feature is disabled",
	)
}

// "The application can't be opened" retold as "app cannot be opened" is
// the same alert; with error -47 (a busy file) it is not about signing.
func TestAppCannotBeOpened(t *testing.T) {
	readFirst(t, "text-app-cant-be-opened",
		`in both cases it says "app cannot be opened".`,
		`I get "The app "Example" can't be opened".`,
	)
	readNoError(t,
		`I am getting an error message saying "The app "Example" can not be opened" and error code "-47"`,
		"the app cannot be opened in Rosetta mode from Get Info",
	)
}

// A crash report's JSON form of the invalid-page kill leads with a page that
// no longer matches its hash, as the text form does.
func TestInvalidPageJSON(t *testing.T) {
	js := `"termination" : {"flags":2,"code":2,"namespace":"CODESIGNING","indicator":"Invalid Page"},`
	if m := firstMatch(Analyze([]byte(js)), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("invalid page: %v", m)
	}
	launch := `"termination" : {"flags":2,"code":1,"namespace":"CODESIGNING","indicator":"Launch Constraint Violation"},`
	if m := firstMatch(Analyze([]byte(launch)), "text-code-signature-invalid"); m != nil && strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("not an invalid page, led with one: %v", m)
	}
}

// CPProfileManager -215 is a distribution profile embedded in code run
// outside the App Store; without that code the entry's own causes stay.
func TestProductionProfileAtLaunch(t *testing.T) {
	m := firstMatch(Analyze([]byte(`embedded provisioning profile not valid: file:///tmp/App.app/Contents/embedded.provisionprofile error: Error Domain=CPProfileManager Code=-215 "Only Development Provisioning Profiles can be installed in System Preferences."`)), "text-embedded-profile-invalid")
	if m == nil || !strings.Contains(m.Causes[0], "distribution (App Store)") {
		t.Errorf("-215's cause not first: %v", m)
	}
	m = firstMatch(Analyze([]byte(`embedded provisioning profile not valid: file:///tmp/App.app/Contents/embedded.provisionprofile`)), "text-embedded-profile-invalid")
	if m == nil || strings.Contains(m.Causes[0], "distribution (App Store)") {
		t.Errorf("a profile without a code read as a distribution one: %v", m)
	}
}

// dyld's "tried:" list names each path again under the OS cryptex: that
// copy is not Apple's code, one of macOS's own paths there is.
func TestCryptexTriedPathNotAppleCode(t *testing.T) {
	const user = `dlopen(/Users/dev/app/build/addon.node, 0x0001): tried: '/Users/dev/app/build/addon.node' (code signature in <E490A615-E132-35C0-AFD2-1B55963F0668> '/Users/dev/app/build/addon.node' not valid for use in process: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)), '/System/Volumes/Preboot/Cryptexes/OS/Users/dev/app/build/addon.node' (no such file)`
	for _, text := range []string{user, strings.ReplaceAll(user, "/Users/dev/app/build/", "/usr/local/lib/"), user[:strings.Index(user, "Cryptexes")-2]} {
		if m := firstMatch(Analyze([]byte(text)), "text-library-validation"); m == nil || strings.Contains(m.Causes[0], "Apple's own code") {
			t.Errorf("%q: %v", text, m)
		}
	}
	system := strings.ReplaceAll(user, "/Users/dev/app/build/addon.node", "/System/Library/Frameworks/Example.framework/Example")
	if m := firstMatch(Analyze([]byte(system)), "text-library-validation"); m == nil || !strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("macOS's own library not read as Apple's code: %v", m)
	}
}

// Exit reason 2 of namespace CODESIGNING is an invalid page (a file changed
// after signing); reason 1, taskgated's refusal at launch, is not.
func TestCodesigningExitReasonInvalidPage(t *testing.T) {
	const report = "Exception Type:        EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\nException Codes:       UNKNOWN_0x32 at 0x00000001304e0000\nTermination Reason:    Namespace CODESIGNING, Code 2 \n"
	if m := firstMatch(Analyze([]byte(report)), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("code 2 not read as an invalid page: %v", m)
	}
	taskgated := strings.Replace(report, "Code 2 ", "Code 1 Taskgated Invalid Signature", 1)
	if m := firstMatch(Analyze([]byte(taskgated)), "text-code-signature-invalid"); m == nil || strings.Contains(m.Causes[0], "changed after signing") {
		t.Errorf("code 1 read as an invalid page: %v", m)
	}
}

// A shell's kill pasted with the kernel's invalid-page lines leads with the
// file changed after signing.
func TestKilledWithInvalidPage(t *testing.T) {
	const kill = "$ ./tool\nzsh: killed     ./tool\n"
	if m := firstMatch(Analyze([]byte(kill+"CODE SIGNING: cs_invalid_page: p=1890[tool]\n  final status 0x23000200, denying page sending SIGKILL\n")), "text-killed-at-launch"); m == nil || !strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("invalid page not first: %v", m)
	}
	if m := firstMatch(Analyze([]byte(kill)), "text-killed-at-launch"); m == nil || strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("a bare kill led with a modified file: %v", m)
	}
}

// "The application is damaged and can't be opened" is Gatekeeper's alert,
// not the generic can't-be-opened one; an ad hoc signature shown beside it
// leads. A named app that can't be opened stays the generic alert.
func TestDamagedApplication(t *testing.T) {
	s := "`Signature=adhoc`, `spctl` verdict `rejected`. Gatekeeper refuses to run them, as *\"the application is damaged and can't be opened.\"*"
	res := Analyze([]byte(s))
	if len(res.Matches) == 0 || firstMatch(res, "text-app-cant-be-opened") != nil {
		t.Fatalf("%q: %v, want text-gatekeeper-damaged without text-app-cant-be-opened", s, ids(res))
	}
	if m := firstMatch(res, "text-gatekeeper-damaged"); m == nil || m.Causes[0] != causeDamagedAdhoc {
		t.Errorf("%q: not led with the ad hoc signature", s)
	}
	plain := `"Foo.app" is damaged and can't be opened. You should move it to the Trash.`
	if m := firstMatch(Analyze([]byte(plain)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] == causeDamagedAdhoc {
		t.Errorf("%q: not read, or led with an ad hoc signature it does not show", plain)
	}
	near := `The application "Foo" can't be opened.`
	if firstMatch(Analyze([]byte(near)), "text-app-cant-be-opened") == nil {
		t.Errorf("%q: not read as the application that can't be opened", near)
	}
}

// A kill at launch beside codesign's verdict on the same binary leads with
// that verdict; a kill alone keeps the catalogue's order.
func TestKilledWithCodesignVerdict(t *testing.T) {
	for _, c := range []struct{ text, first string }{
		{"$ ./hello\nzsh: killed ./hello\n$ codesign -dvv hello\nhello: code object is not signed at all", causeKilledUnsigned},
		{"$ ./tool\nzsh: killed ./tool\n$ codesign --verify ./tool\n./tool: invalid signature (code or signature have been modified)", causeKilledModified},
		{"$ ./hello\nzsh: killed ./hello", "restricted entitlement"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-killed-at-launch")
		if m == nil || !strings.Contains(m.Causes[0], c.first) {
			t.Errorf("%q: not read, or first cause not %q", c.text, c.first)
		}
	}
}

// AMFI refusing a signature it calls ad hoc leads with the trust cache;
// AMFI refusing another signature keeps the catalogue's order.
func TestAMFIAdhocRefused(t *testing.T) {
	s := "kernel\tAMFI: '/a.out' is adhoc signed.\nkernel\tAMFI: '/a.out': unsuitable CT policy 0 for this platform/device, rejecting signature.\nkernel\tAMFI: code signature validation failed."
	if m := firstMatch(Analyze([]byte(s)), "text-kernel-signature-rejected"); m == nil || !strings.Contains(m.Causes[0], "trust cache") {
		t.Errorf("%q: not read, or not led with the trust cache", s)
	}
	near := "kernel\tAMFI: code signature validation failed."
	if m := firstMatch(Analyze([]byte(near)), "text-kernel-signature-rejected"); m == nil || strings.Contains(m.Causes[0], "trust cache") {
		t.Errorf("%q: not read, or led with the trust cache", near)
	}
}

// A build tool named next to "Killed: 9" is no launch kill, unless codesign
// shows the killed program's own signature beside it.
func TestBuildToolNamedBesideSignature(t *testing.T) {
	s := "- Symptom: Binary killed by kernel with `Killed: 9` (SIGKILL), `codesign -dv` shows valid `flags=0x2(adhoc)`.\n- Same pattern hit uv, Bun and cargo-dist."
	if firstMatch(Analyze([]byte(s)), "text-killed-at-launch") == nil {
		t.Errorf("%q: not read", s)
	}
	near := "clang: error: unable to execute command: Killed: 9\nclang: error: clang frontend command failed due to signal (use -v to see invocation)"
	if firstMatch(Analyze([]byte(near)), "text-killed-at-launch") != nil {
		t.Errorf("%q: read as a launch kill", near)
	}
}

// An invalid page beside codesign naming an embedded framework leads with
// the library; an invalid page alone with the file changed after signing.
func TestInvalidPageBesideNestedFramework(t *testing.T) {
	s := "Termination Reason: Namespace CODESIGNING, Code 2, Invalid Page\n\nembedded framework contains modified or invalid version\nIn subcomponent: .../Python.framework"
	lib := Lookup("text-code-signature-invalid").Causes[3]
	if m := firstMatch(Analyze([]byte(s)), "text-code-signature-invalid"); m == nil || m.Causes[0] != lib {
		t.Errorf("%q: not read, or not led with the library", s)
	}
	near := "Termination Reason: Namespace CODESIGNING, Code 2, Invalid Page"
	if m := firstMatch(Analyze([]byte(near)), "text-code-signature-invalid"); m == nil || m.Causes[0] == lib {
		t.Errorf("%q: not read, or led with the library", near)
	}
}

// Library validation's "different Team IDs" also when quoted.
func TestDifferentTeamIDsQuoted(t *testing.T) {
	readFirst(t, "text-library-validation", `library validation rejects it because the ad-hoc signed app and framework have "different Team IDs" (both are not set).`)
}

// A killed program whose signature is the linker's leads with the file
// changed after signing (a linker signature holds no entitlements); an ad
// hoc signature made by codesign keeps the catalogue's order.
func TestKilledLinkerSigned(t *testing.T) {
	s := "zsh: killed     ./tool\n$ codesign -dv ./tool\nCodeDirectory v=20400 size=143102 flags=0x20002(adhoc,linker-signed) hashes=4467+0 location=embedded"
	if m := firstMatch(Analyze([]byte(s)), "text-killed-at-launch"); m == nil || m.Causes[0] != causeKilledModified {
		t.Errorf("%q: not read, or not led with the file changed after signing", s)
	}
	near := "zsh: killed     ./tool\n$ codesign -dv ./tool\nCodeDirectory v=20400 size=143102 flags=0x2(adhoc) hashes=4467+0 location=embedded"
	if m := firstMatch(Analyze([]byte(near)), "text-killed-at-launch"); m == nil || m.Causes[0] == causeKilledModified {
		t.Errorf("%q: not read, or led with the file changed after signing", near)
	}
}

// An extension a re-signer did not rename is read from installd's sentence,
// IXErrorDomain's placeholder and a watch app's companion identifier, and
// rules_apple's missing identity; the same hex inside a longer number and
// the same words about something else are not.
func TestAppexPrefixInstallForms(t *testing.T) {
	for _, s := range []string{
		"Error 0xe800009e: This app contains an app extension with an illegal bundle identifier.",
		`NSUnderlyingError=0xd871ac150 {Error Domain=IXErrorDomain Code=8 "Attempted to set app extension placeholder promise with bundle ID com.example.app.widget that does not match required prefix of com.example.app.ABCDE12345. for parent"`,
		"SideSign kills nested Share Extension with CODESIGNING / Invalid Page on iOS 26.6.1",
		`Got error "InvalidCompanionAppBundleIdentifier" with code 0x00000000: The Watch app contained within this app has an incorrect value, "com.example.app", for the WKCompanionAppBundleIdentifier key in the Watch app's Info.plist.`,
		"ERROR: Unable to find an identity on the system matching the ones in external/build_configuration/provisioning/Intents.mobileprovision",
	} {
		if len(Analyze([]byte(s)).Matches) == 0 {
			t.Errorf("%q: not read", s)
		}
	}
	if m := firstMatch(Analyze([]byte("SideSign kills nested Share Extension with CODESIGNING / Invalid Page")), "text-code-signature-invalid"); m == nil {
		t.Errorf("CODESIGNING / Invalid Page: not read as text-code-signature-invalid")
	}
	readNoError(t,
		"0xe800009ea020\tTCPv6\t::\t135\t::\t0\tLISTENING\t784\tsvchost.exe",
		"The license key does not match required prefix of ACME-.",
		"Codesigning: invalid page size in the PDF export",
		"Unable to find an identity on the system matching the ones in users.yaml",
		"The form has an incorrect value, \"abc\", for the zip code key.",
	)
}

// A language server updated in place and killed, retold as a code-signing
// crash, leads with the file changed after signing; a crash while signing
// is not that kill.
func TestCodeSigningCrashInPlace(t *testing.T) {
	m := firstMatch(Analyze([]byte("The fix is create a new executable file, instead of updating the existing executable file in place, the latter causing a code-signing crash if the kernel is caching the signature.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("in-place update: %+v", m)
	}
	readNoError(t,
		"Xcode crashed during code signing of the archive",
		"The installer was updated in place and crashed on start",
	)
}

// A downloaded language server's kill is read from zsh's job notice and
// fish's job report, and Node's spawn error -86 as a wrong architecture;
// other signals, other job states and other system errors are not.
func TestShellJobKillAndSpawnArch(t *testing.T) {
	readEach(t, []readCase{
		{"$ expert_darwin_arm64 --stdio\n[1]  73966 killed      --stdio", "text-killed-at-launch"},
		{"fish: Job 1, './jsonnet-language-server' terminated by signal SIGKILL (Forced quit)", "text-killed-at-launch"},
		{"Error: spawn Unknown system error -86\n    at ChildProcess.spawn (node:internal/child_process:420:11)", "text-bad-cpu-type"},
	})
	readNoError(t,
		"[1]  73966 done      --stdio",
		"fish: Job 1, './server' terminated by signal SIGSEGV (Address boundary error)",
		"Error: spawn Unknown system error -88",
		"Unknown system error -86 while reading the socket",
	)
}

// A preview killed with Code Signature Invalid where a build script's
// update_in_place step rewrote the framework leads with the file changed
// after signing; the same crash naming only an in_place option does not.
func TestCodeSignatureInvalidUpdateInPlaceStep(t *testing.T) {
	crash := "Exception Type:  EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\n"
	m := firstMatch(Analyze([]byte(crash+"This happens only in `vendored_xcframeworks`, so disable this `update_in_place` logic in SwiftUI Previews builds.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("update_in_place step: %+v", m)
	}
	m = firstMatch(Analyze([]byte(crash+"The `in_place` option of the sort is set.")), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || strings.Contains(m.Causes[0], "in-place copy") {
		t.Fatalf("an in_place option alone: %+v", m)
	}
}

// taskgated's kill of a process whose restricted entitlement no profile
// authorises names the entitlement, and its -67050 is not read as a
// requirement the developer wrote.
func TestTaskgatedEntitlementNotAllowed(t *testing.T) {
	s := "taskgated[236]: killed xyz.xhyve.xhyve[pid 44315] because its use of the com.apple.vm.hypervisor entitlement is not allowed (error code -67050)"
	m := firstMatch(Analyze([]byte(s)), "text-unsatisfied-entitlements")
	if m == nil || !hasValue(m.Values, "entitlement", "com.apple.vm.hypervisor") {
		t.Fatalf("got %v, want text-unsatisfied-entitlements naming com.apple.vm.hypervisor", ids(Analyze([]byte(s))))
	}
	// Its -67050 is the profile's requirement, not one the developer wrote.
	if hasID(Analyze([]byte(s)), "text-csreq-67050") {
		t.Errorf("taskgated's kill read as a requirement of the developer's: %v", ids(Analyze([]byte(s))))
	}
	readNothing(t, "Its use of the com.apple.vm.hypervisor entitlement is allowed on macOS 10.15 and earlier.")
}

// An iOS device's kill in memory the app allocated leads with a JIT run
// without a debugger; the same kill in a mapped file does not.
func TestIOSJITCrashLeadsWithDebugger(t *testing.T) {
	m := firstMatch(Analyze([]byte(iosJITCrash)), "text-code-signature-invalid")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "debugger is attached") {
		t.Fatalf("iOS JIT crash: %+v", m)
	}
	file := "Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)\n--->  __TEXT                 0000000100bfc000-0000000100c00000 [   16K] r-x/r-x SM=COW  /private/var/containers/Bundle/Application/X/App.app/App\nTermination Reason: Namespace CODESIGNING, Code 0x2"
	m = firstMatch(Analyze([]byte(file)), "text-code-signature-invalid")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "debugger is attached") {
		t.Fatalf("iOS crash in a file: %+v", m)
	}
}

// System logs and crash reports: a Sandbox refusal's path is no code the
// message is about; amfid's "signature not valid" beside the kernel's error
// leads with the signature, its 0xfffefa2a with the Info.plist; a launch
// constraint killing a process that is not Apple's leads with a constraint
// of its own.
func TestCrashAndLogLeads(t *testing.T) {
	lv := "kernel(AppleMobileFileIntegrity)[0] <Error>: Library Validation failed: Rejecting '/usr/lib/tweaks/Tweak.dylib' (Team ID: none, platform: no) for process 'MobileSafari(417)' (Team ID: none, platform: yes), reason: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)\nkernel(Sandbox)[0] <Notice>: Sandbox: MobileSafari(417) deny(1) file-read-metadata /usr/sbin/aslmanager"
	m := firstMatch(Analyze([]byte(lv)), "text-library-validation")
	if m == nil || hasValue(m.Values, "path", "/usr/sbin/aslmanager") || strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("sandbox path read as the rejected code: %+v", m)
	}
	own := "kernel: Library Validation failed: Rejecting '/System/Library/PrivateFrameworks/Foo.framework/Versions/A/Foo' (Team ID: none, platform: no) for process 'x(1)'"
	if m := firstMatch(Analyze([]byte(own)), "text-library-validation"); m == nil || !strings.Contains(m.Causes[0], "Apple's own code") {
		t.Errorf("near miss: Apple's library rejected: %+v", m)
	}

	amfid := "Oct 17 15:31:41 mbp amfid[110]: /Applications/Acme.app/Contents/MacOS/Acme signature not valid: 0xfffefa2a\nOct 17 15:31:41 mbp kernel[0]: proc 558: load code signature error 4 for file \"Acme\"\nOct 17 15:35:00 mbp tccd[434]: Unable to verify code signing identity of com.acme.Acme:  code identity has been invalidated"
	r := Analyze([]byte(amfid))
	if m := firstMatch(r, "text-kernel-signature-rejected"); m == nil || !strings.Contains(m.Causes[0], "does not match the file") {
		t.Errorf("amfid beside the kernel: %+v", m)
	}
	if m := firstMatch(r, "text-code-signature-modified"); m == nil || !strings.Contains(m.Causes[0], "Info.plist") {
		t.Errorf("0xfffefa2a: %+v", m)
	}
	kernel := "Oct 17 15:31:41 mbp kernel[0]: proc 558: load code signature error 4 for file \"Acme\"\nOct 17 15:35:00 mbp tccd[434]: Unable to verify code signing identity of com.acme.Acme:  code identity has been invalidated"
	r = Analyze([]byte(kernel))
	if m := firstMatch(r, "text-kernel-signature-rejected"); m == nil || strings.Contains(m.Causes[0], "does not match the file") {
		t.Errorf("near miss: the kernel alone: %+v", m)
	}
	if m := firstMatch(r, "text-code-signature-modified"); m == nil || strings.Contains(m.Causes[0], "Info.plist") {
		t.Errorf("near miss: no Info.plist status: %+v", m)
	}

	report := "Identifier:          %s\nException Type:    EXC_CRASH (SIGKILL (Code Signature Invalid))\nTermination Reason:  Namespace CODESIGNING, Code 4, Launch Constraint Violation"
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(report, "com.acme.helper.cli"))), "text-launch-constraint"); m == nil || !strings.Contains(m.Causes[0], "of your own") {
		t.Errorf("third-party process: %+v", m)
	}
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(report, "com.apple.python3"))), "text-launch-constraint"); m == nil || strings.Contains(m.Causes[0], "of your own") {
		t.Errorf("near miss: Apple's process: %+v", m)
	}
}

// The hundred-and-thirteenth round's classes, each with its near miss:
// Frida's and dtrace's refused attach, a library's first page refused
// (not the app's), and a framework's call refused for an entitlement only
// Apple's code may have.
func TestInstrumentationMessages(t *testing.T) {
	readFirst(t, "text-debugger-attach-denied",
		"Failed to attach: unable to attach to the specified process",
		"Failed to attach: unable to access process with pid 748 from the current user account",
	)
	readNothing(t,
		"Failed to attach: unable to find process with name 'Acme'",
		"Failed to attach: unexpected error while preparing pipe endpoints for process with pid 5783 (mach_port_allocate remote_rx returned '(os/kern) invalid task')",
		"dtrace: failed to execute /tmp/a.out: DTrace cannot instrument translated processes",
	)
	dtrace := "dtrace: system integrity protection is on, some features will not be available\ndtrace: failed to execute ls: dtrace cannot control executables signed with restricted entitlements"
	if m := firstMatch(Analyze([]byte(dtrace)), "text-debugger-attach-denied"); m == nil || !strings.Contains(m.Causes[0], "System Integrity Protection") {
		t.Errorf("dtrace on Apple's code: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("error: attach failed: Not allowed to attach to process.")), "text-debugger-attach-denied"); m == nil || strings.Contains(m.Causes[0], "System Integrity Protection") {
		t.Errorf("near miss: lldb's refusal names no protected target: %+v", m)
	}

	page := "dyld: Library not loaded: @rpath/X.dylib\n  Reason: no suitable image found.  Did find:\n\t/private/var/mobile/Containers/Bundle/Application/X/App.app/%s: mmap() errno=1 validating first page of '/private/var/mobile/Containers/Bundle/Application/X/App.app/%s'"
	lib := "Frameworks/X.dylib"
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(page, lib, lib))), "text-code-signature-invalid"); m == nil || !strings.Contains(m.Causes[0], "library or plug-in it loads") {
		t.Errorf("a library's first page: %+v", m)
	}
	if m := firstMatch(Analyze([]byte(fmt.Sprintf(page, "App", "App"))), "text-code-signature-invalid"); m == nil || strings.Contains(m.Causes[0], "library or plug-in it loads") {
		t.Errorf("near miss: the app's own first page: %+v", m)
	}

	spi := `Process Acme (pid 7949) is required to have an entitlement named "com.apple.private.mobileinstall.allowedSPI" with an array containing "UninstallForLaunchServices" to call the MobileInstallation SPI.`
	if m := firstMatch(Analyze([]byte(spi)), "text-capability-entitlement-missing"); m == nil || !strings.Contains(m.Causes[0], "Apple-private") {
		t.Errorf("a private entitlement required: %+v", m)
	}
	readNothing(t, "Process Acme (pid 7949) is required to have an entitlement to call this SPI.")
}

// A program's code signature called invalid is the kernel's kill where a
// kernel log or Apple code is named; a Windows program's is not.
func TestProgramSignatureInvalidRetold(t *testing.T) {
	for _, s := range []string{
		"The tool exits immediately. As I checked in dmesg it shows that the executable's code signature is invalid.",
		"On macOS 14 the binary's code signature is invalid and it is killed at launch.",
	} {
		if firstMatch(Analyze([]byte(s)), "text-code-signature-invalid") == nil {
			t.Errorf("%q not read", s)
		}
	}
	readNothing(t,
		"SmartScreen warns that the executable's code signature is invalid after we patched setup.exe on Windows 11.",
		"The executable's code signature was checked by signtool and is valid.",
	)
}

// TestLeadsRound125 checks the causes led with for round 125's classes:
// amfid's -420 names a file changed after signing, altool's missing
// keychain item and its empty provider.
func TestLeadsRound125(t *testing.T) {
	for _, c := range []struct{ text, id, lead string }{
		{"amfid\t/opt/example/Example.app/Contents/MacOS/example not valid: Error Domain=AppleMobileFileIntegrityError Code=-420 \"The signature on the file is invalid\"\nException Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))", "text-code-signature-invalid", "The file changed after signing"},
		{"*** Error: Failed to read legacy keychain item 'AC_PASSWORD', Error Domain=ITunesConnectFoundationErrorDomain Code=-25300", "text-notary-auth", "The keychain item the password is read from"},
		{"The username jane@example.com is not a member of the provider . Contact your team admin for assistance. (1296)", "text-notary-team-not-configured", "The Apple ID belongs to no team"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), c.id)
		if m == nil || !strings.HasPrefix(m.Causes[0], c.lead) {
			t.Errorf("%q: %s does not lead with %q: %v", c.text, c.id, c.lead, m)
		}
	}
}

// dyld 4 names a rejected library's UUID ("code signature invalid in <UUID>
// 'path' (errno=1)") and a library validation refusal "not valid for use in
// process": both lead with the library's signature, not a missing file; a
// Library not loaded whose reason is a missing file keeps its own cause.
func TestDyldSignatureReasonsLead(t *testing.T) {
	for _, c := range []struct {
		name, text, id, firstSays string
	}{
		{"dyld 4 invalid signature with UUID", "dyld[85476]: Library not loaded: @executable_path/lib/Python\n  Reason: tried: '/A.app/Contents/MacOS/lib/Python' (code signature invalid in <24670B23-D78A-3EAA-BCA8-22FAF877F190> '/A.app/Contents/MacOS/lib/Python' (errno=1) sliceOffset=0x00004000)", "text-code-signature-invalid", "library or plug-in"},
		{"dyld 4 invalid signature, not loaded", "dyld[85476]: Library not loaded: @executable_path/lib/Python\n  Reason: tried: '/A.app/Contents/MacOS/lib/Python' (code signature invalid in <24670B23-D78A-3EAA-BCA8-22FAF877F190> '/A.app/Contents/MacOS/lib/Python' (errno=1) sliceOffset=0x00004000)", "text-library-not-loaded", "rejected for its code signature"},
		{"not loaded, library validation", "dyld: Library not loaded: @executable_path/libpython3.8.dylib\n  Reason: no suitable image found.  Did find:\n\t/x/libpython3.8.dylib: code signature in (/x/libpython3.8.dylib) not valid for use in process using Library Validation: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)", "text-library-not-loaded", "rejected for its code signature"},
		{"not loaded, file missing (near miss)", "dyld[123]: Library not loaded: @rpath/libshiboken6.abi3.6.3.dylib\n  Reason: tried: '/x/libshiboken6.abi3.6.3.dylib' (no such file)", "text-library-not-loaded", "not in the bundle"},
	} {
		var got string
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID == c.id && len(m.Causes) > 0 {
				got, found = m.Causes[0], true
			}
		}
		if !found {
			t.Errorf("%s: %s not found (%v)", c.name, c.id, ids(Analyze([]byte(c.text))))
			continue
		}
		if !strings.Contains(got, c.firstSays) {
			t.Errorf("%s: first cause %q does not say %q", c.name, got, c.firstSays)
		}
	}
}

// The hundred-and-twenty-third round's classes, each with its near miss:
// a launch kill retold as a restricted entitlement without a profile
// (read only where the paste reports the launch refused, led with the
// other team or the missing profile where the paste says so); taskgated
// cut short ("no eligible provisioning"); a notary message retold after
// its nested path in backquotes; a release "triggering Gatekeeper"; and
// the damaged alert in Chinese asked about a missing signature on a Mac.
func TestHeldOut123Classes(t *testing.T) {
	for _, s := range []string{
		"The app exits 137 at launch. keychain-access-groups is a restricted entitlement that macOS only authorizes with an embedded provisioning profile, and the bundle embedded no profile.",
		"Finder says the app can't be opened. `keychain-access-groups` is a restricted entitlement: AMFI grants it only when an embedded provisioning profile authorizes it.",
		"The CI bundle is ad-hoc signed with team-scoped groups, which taskgated SIGKILLs at launch.",
		"taskgated-helper: Disallowing com.example.tool because no eligible provisioning pro",
	} {
		if r := Analyze([]byte(s)); !hasID(r, "text-unsatisfied-entitlements") {
			t.Errorf("%q: got %v", s, ids(r))
		}
	}
	readNothing(t,
		"keychain-access-groups is a restricted entitlement that needs an embedded provisioning profile; this guide shows how to add one.",
		"A restricted entitlement such as com.apple.developer.endpoint-security.client requires a provisioning profile from Apple.",
		"taskgated checks provisioning profiles for restricted entitlements.",
	)
	explainer := "The app's executable might claim restricted entitlements that aren't authorised by a provisioning profile. An app with unauthorised entitlements will be killed: zsh: killed OverClaim.app/Contents/MacOS/OverClaim"
	if m := firstMatch(Analyze([]byte(explainer)), "text-unsatisfied-entitlements"); m != nil {
		t.Errorf("restricted entitlements named as a possibility: got %v", ids(Analyze([]byte(explainer))))
	}
	kill := "The process is killed at exec (exit 137). aps-environment is a restricted entitlement: AMFI only grants it when the signature carries a provisioning profile that authorizes it."
	if c := firstCause(kill+" The copy is signed by a different team than the profile it inherited.", "text-unsatisfied-entitlements"); !strings.Contains(c, "another team") {
		t.Errorf("another team said: first cause %q", c)
	}
	if c := firstCause(kill+" The bundle embedded no profile.", "text-unsatisfied-entitlements"); !strings.Contains(c, "No profile is embedded") {
		t.Errorf("no profile said: first cause %q", c)
	}
	if c := firstCause(kill+" The gateway is a bare CLI binary, so it can't carry a provisioning profile.", "text-unsatisfied-entitlements"); !strings.Contains(c, "bare executable") {
		t.Errorf("bare binary said: first cause %q", c)
	}
	if c := firstCause(kill, "text-unsatisfied-entitlements"); strings.Contains(c, "another team") || strings.Contains(c, "No profile is embedded") {
		t.Errorf("no cause said: first cause %q", c)
	}
	retold := func(p string) string {
		return "The release failed notarization:\n\n> `" + p + "` — The binary is not signed with a valid Developer ID certificate."
	}
	if c := firstCause(retold("App.app/Contents/Resources/plugin.tar.gz/lib/libplugin.dylib"), "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("nested path retold: first cause %q", c)
	}
	if c := firstCause(retold("App.app/Contents/MacOS/App"), "text-not-developer-id"); strings.Contains(c, "nested binary") {
		t.Errorf("main executable retold: first cause %q", c)
	}
	for _, s := range []string{"1.0.5 is triggering Gatekeeper on Tahoe Version 26.2 (25C56) --- is this expected?", "The new build triggers Gatekeeper on every launch."} {
		if r := Analyze([]byte(s)); !hasID(r, "text-gatekeeper-unverified") {
			t.Errorf("%q: got %v", s, ids(r))
		}
	}
	readNothing(t,
		"Installing with npm is not triggering Gatekeeper, only a browser download does.",
		"Does curl trigger Gatekeeper?",
	)
	if r := Analyze([]byte("一打开它就说文件已损坏，请问是不是没有签名？Mac OS 26")); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("damaged asked unsigned on a Mac: got %v", ids(r))
	}
	readNothing(t,
		"Windows 上安装包已损坏，没有签名",
		"文档已损坏，没有签名的 PDF 打不开",
	)
}

// "killed 9" retold without its colon reads as the kill; a script that
// printed its own progress (loading a named file) before "Killed: 9" ran
// and was killed for memory, and reads as nothing; "killed 9 processes"
// is a count.
func TestKilledNineRetoldAndProgressBeforeKill(t *testing.T) {
	readEach(t, []readCase{
		{"执行的时候 出现killed 9问题怎么解决", "text-killed-at-launch"},
		{"DYLD_INSERT_LIBRARIES=/PathFrom/tool.dylib ./target\nkilled 9", "text-killed-at-launch"},
		{"Loading config.json\nzsh: killed ./app\ncodesign -dv says the app is not signed", "text-killed-at-launch"},
	})
	readNothing(t,
		"reading corpus_2019.txt\nbuilding vocab\nprocessing chunk 3\nKilled: 9",
		"loading embeddings.npy\n**Killed: 9**\nIs my laptop out of RAM?",
		"The watchdog killed 9 processes overnight.",
	)
	if c := firstCause("./EtoApp1.Mac\nzsh: killed ./EtoApp1.Mac\nThe program was not code signed. Is this needed to run?", "text-killed-at-launch"); !strings.Contains(c, "unsigned") {
		t.Errorf("unsigned program killed: first cause %q", c)
	}
}

// amfid's -423: an ad hoc signature (or an unknown chain) where a
// trusted one is required.
func TestAmfidAdhocOrUnknownChain(t *testing.T) {
	const log = "amfid: /Users/me/Tools/Example.app/Contents/MacOS/Example not valid: Error Domain=AppleMobileFileIntegrityError Code=-423 \"The file is adhoc signed or signed by an unknown certificate chain\""
	readFirst(t, "text-code-signature-invalid", log)
	if c := firstCause(log, "text-code-signature-invalid"); !strings.Contains(c, "signed ad hoc") {
		t.Errorf("amfid -423: first cause %q", c)
	}
	// Near miss: another domain's -423, and the question asked in prose.
	readNothing(t,
		"PrinterKitError Code=-423 \"The printer is offline\"",
		"is the file adhoc signed? I don't know which certificate chain it has")
}

// A restricted entitlement retold with the profile first, or named by its
// key, beside launchd's refusal is an entitlement no profile authorises;
// explained without a launch refused it is not. POSIX 163 below the
// alert leads "can't be opened" with the entitlements.
func TestRestrictedEntitlementRetoldNewest(t *testing.T) {
	readEach(t, []readCase{
		{"The DMG is signed with a Developer ID identity and no provisioning profile. In that configuration `keychain-access-groups` is a *restricted* entitlement AMFI cannot authorize, so launchd refuses to spawn the app.", "text-unsatisfied-entitlements"},
		{"The latest nightly added the `com.apple.developer.web-browser` restricted entitlement.\nerror=Error Domain=RBSRequestErrorDomain Code=5 \"Launch failed.\"", "text-unsatisfied-entitlements"},
	})
	for _, s := range []string{
		"`com.apple.developer.web-browser` is a restricted entitlement: the app needs a provisioning profile that grants it.",
		"Without a provisioning profile, keychain-access-groups is a restricted entitlement you should not add.",
	} {
		if hasID(Analyze([]byte(s)), "text-unsatisfied-entitlements") {
			t.Errorf("%q: read as text-unsatisfied-entitlements", s)
		}
	}
	s := "RepoBar fails to launch with the generic \"The application 'RepoBar' can't be opened\" dialog.\n\n## Diagnostics\nThe app is properly signed and notarized.\n\nLaunching via `open -a RepoBar` reveals the actual error:\nerror=Error Domain=RBSRequestErrorDomain Code=5 \"Launch failed.\"\nNSUnderlyingError=0xbef014a50 {Error Domain=NSPOSIXErrorDomain Code=163\n\"Unknown error: 163\"}"
	if c := firstCause(s, "text-app-cant-be-opened"); !strings.Contains(c, "restricted entitlements") {
		t.Errorf("first cause %q", c)
	}
	near := "The application \"Foo\" can't be opened.\nIts executable has no x bit after unzipping."
	if c := firstCause(near, "text-app-cant-be-opened"); strings.Contains(c, "restricted entitlements") {
		t.Errorf("%q: led with entitlements", near)
	}
}

// AMFI's "Unrecoverable CT signature issue" is CoreTrust refusing the
// certificates in the signature: that leads, unless the kernel names an
// entitlement or an ad hoc signature. Certificate Transparency's own
// signature troubles are not it.
func TestCoreTrustIssueLeads(t *testing.T) {
	ct := "AMFI: '/private/var/containers/Bundle/Application/0000/x.app/x': Unrecoverable CT signature issue, bailing out."
	if c := firstCause(ct, "text-kernel-signature-rejected"); !strings.Contains(c, "CoreTrust") {
		t.Errorf("CT issue: first cause %q", c)
	}
	adhoc := "AMFI: '/a.out' is adhoc signed.\n" + ct
	if c := firstCause(adhoc, "text-kernel-signature-rejected"); !strings.Contains(c, "ad hoc") {
		t.Errorf("ad hoc beside the CT issue: first cause %q", c)
	}
	ent := ct + "\nkernel: mac_vnode_check_signature: code signature validation failed fatally: When validating /x: disallowed without com.apple.private.security.no-sandbox"
	if c := firstCause(ent, "text-kernel-signature-rejected"); strings.Contains(c, "CoreTrust") {
		t.Errorf("entitlement named beside the CT issue: first cause %q", c)
	}
	readNothing(t,
		"ct-policy: unrecoverable SCT signature issue in log example.org, certificate rejected by Chrome",
		"Certificate Transparency: CT log signature issue (unrecoverable), retrying",
	)
}

// "Killed: 9" at a shell on an iPhone, iPad or iPod touch (a jailbroken
// device) leads with an unsigned binary and ldid; at a Mac's prompt the
// generic causes stay in their order.
func TestKilledAtIOSShellLeadsUnsigned(t *testing.T) {
	for _, s := range []string{
		"iPod-touch:/var/mobile/Developer root# ./xylex\nKilled: 9\niPod-touch:/var/mobile/Developer root# ",
		"iPhone:~ root# dumpexec\nKilled: 9",
		"mobile@iPhone-X: ~$ ./tool\nKilled: 9",
	} {
		if c := firstCause(s, "text-killed-at-launch"); !strings.Contains(c, "ldid") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	for _, s := range []string{
		"user@MacBook-Pro ~ % ./tool\nzsh: killed     ./tool",
		"iPhone photos backup script: ./backup.sh\nKilled: 9",
	} {
		if c := firstCause(s, "text-killed-at-launch"); strings.Contains(c, "ldid") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	// A jailbroken device's shell with nothing killed is no error.
	readNoError(t, "iPhone:~ root# apt install htop\nSetting up htop (3.2.1) ...\niPhone:~ root# ")
}

// iOS 16's crash log names the kill "CODESIGNING 2 Invalid Page"; with
// the faulting region executable memory the allocator tagged ("Memory
// Tag 255"), code written at run time leads. The same region in a crash
// that is no code-signing kill is no error.
func TestIOSTaggedExecRegionInvalidPage(t *testing.T) {
	crash := "Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)\n\nException Subtype: UNKNOWN_0x32 at 0x00000002a0008000\n\nVM Region Info: 0x2a0008000 is in 0x2a0004000-0x2a0020000;  bytes after start: 16384  bytes before end: 98303\n      REGION TYPE                 START - END      [ VSIZE] PRT/MAX SHRMOD  REGION DETAIL\n      Memory Tag 255           2a0000000-2a0004000 [   16K] r--/rwx SM=ZER  \n--->  Memory Tag 255           2a0004000-2a0020000 [  112K] r-x/rwx SM=ZER  \n\nTermination Reason: CODESIGNING 2 Invalid Page"
	if c := firstCause(crash, "text-code-signature-invalid"); !strings.Contains(c, "debugger") {
		t.Errorf("tagged executable region: first cause %q", c)
	}
	readFirst(t, "text-code-signature-invalid", "Termination Reason: CODESIGNING 2 Invalid Page")
	readNoError(t, "Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\n--->  Memory Tag 255           2a0004000-2a0020000 [  112K] r-x/rwx SM=ZER  \nTermination Reason: SIGNAL 11 Segmentation fault: 11")
}

// A program signed with the hardened runtime (quill always turns it on)
// killed only when it does its work, while its help and version print,
// ran before it was killed: the hardened runtime refused code it wrote.
// Without a kill or without such signing, the same words are no error.
func TestKilledOnlyInSomeCommandsAfterHardenedSigning(t *testing.T) {
	quill := "$ ./freeze README.md\nfish: Job 1, './freeze README.md' terminated by signal SIGKILL (Forced quit)\n\n1. it doesn't happen on every machine\n2. it doesn't happen on `./freeze -h` or `./freeze --version` for example\n\ngo build\nquill sign ./freeze\n./freeze README.md # will fail\nProductName: macOS"
	if firstMatch(Analyze([]byte(quill)), "text-hardened-runtime-exception") == nil {
		t.Errorf("quill: not read (got %v)", ids(Analyze([]byte(quill))))
	}
	readNoError(t,
		"The crash doesn't happen on `mytool --version`, only when I open a large file on macOS.",
		"codesign --options runtime -s \"Developer ID Application: X\" tool\nthe panic doesn't happen on `tool -h`, only on `tool run`",
	)
	if hasID(Analyze([]byte("$ ./freeze README.md\nzsh: killed     ./freeze README.md\nquill sign ./freeze on macOS")), "text-hardened-runtime-exception") {
		t.Errorf("a kill with no sign that the program ran: read as a runtime exception")
	}
}

// Bundlers' threads retell the kernel's kill and the JIT's trap in prose:
// killed "by the kernel (missing signature)", "macOS kills the binary on
// launch", JavaScriptCore that "traps in pthread_jit_write_protect_np".
// The same words about memory or about the API itself are no signing
// failure.
func TestBundlerKillAndJITTrapRetold(t *testing.T) {
	readEach(t, []readCase{
		{"The app either gets immediately killed by the kernel (missing signature) or crashes.", "text-killed-at-launch"},
		{"macOS kills the binary on launch with SIGKILL.", "text-killed-at-launch"},
		{"The bundled `bun` is signed with the hardened runtime and no entitlements, so JavaScriptCore traps in `pthread_jit_write_protect_np` and the child dies.", "text-hardened-runtime-exception"},
		{"JavaScriptCore calls pthread_jit_write_protect_np and the child dies with EXC_BREAKPOINT / SIGTRAP.", "text-hardened-runtime-exception"},
	})
	readNothing(t,
		"The build container gets killed by the kernel (out of memory) halfway through linking.",
		"Call pthread_jit_write_protect_np(0) before writing to the MAP_JIT region, then flip it back.",
	)
}

// codesign re-signing an app in /Applications that macOS protects: the
// app is named, then "In subcomponent:"; no nested code is invalid.
func TestResignInApplicationsNotPermitted(t *testing.T) {
	text := "codesign --force --deep --sign - /Applications/WeChat.app\n/Applications/WeChat.app: replacing existing signature\n/Applications/WeChat.app: Operation not permitted\nIn subcomponent: /Applications/WeChat.app/Contents/MacOS/WeChatAppEx.app\n"
	readFirst(t, "text-app-management-denied", text)
	if hasID(Analyze([]byte(text)), "text-nested-code-invalid") {
		t.Errorf("read as nested code invalid: %v", ids(Analyze([]byte(text))))
	}
	// A copy refused outside /Applications, and a Linux permission error.
	readNothing(t,
		"/home/me/build/app: Operation not permitted",
		"rsync: chown \"/srv/data/file\" failed: Operation not permitted (1)")
}

// dyld before macOS 10.13 words a library refused by library validation
// as "code signing blocked mmap()".
func TestLibraryValidationBlockedMmap(t *testing.T) {
	readFirst(t, "text-library-validation",
		"dyld: warning: could not load inserted library '/usr/local/lib/stderred/libstderred.dylib' into library validated process because no suitable image found.  Did find:\n       \t/usr/local/lib/stderred/libstderred.dylib: code signing blocked mmap() of '/usr/local/lib/stderred/libstderred.dylib'",
		"/usr/local/lib/libfoo.dylib: code signing blocked mmap() of '/usr/local/lib/libfoo.dylib'")
	readNothing(t,
		"The kernel blocked mmap() of the file because of SELinux policy.",
		"could not load inserted library libhook.so: no such file")
}

// Sandbox deny lines that are no entitlement of the app: Xcode's script
// sandbox, Safari's WebKit reading its own bundle, sandbox-exec, a
// System Policy report, a Seatbelt profile's rules.
func TestSandboxDeniedNearMisses(t *testing.T) {
	for _, s := range []string{
		"Sandbox: rsync(13334) deny(1) file-write-create /Users/.../Library/Developer/Xcode/DerivedData/.../Build/Products/Debug-iphonesimulator/....app/Frameworks/AppMetricaAdSupport.framework/AppMetricaAdSupport.bundle", // heldout22-not-signing.txt
		"7/16/15 12:54:08.399 PM sandboxd[430]: ([503]) com.apple.WebKit(503) deny file-read-data /Applications/Safari.app",                                                                                                   // heldout52-not-signing.txt
		"(Sandbox) Sandbox: sandbox-exec(27256) deny(1) forbidden-sandbox-reinit",                                                                                                                                             // heldout148-not-signing.txt
		// https://github.com/apparition47/MailTrackerBlocker/issues/11
		"erreur\t14:21:33.340755 +0100\tkernel\tSandbox: mds(76) System Policy: deny(1) file-read-metadata /Users/username/Library/Containers/com.apple.mail/Data/DataVaults/MailBundles/Library/Mail/Bundles/MailTrackerBlocker.mailbundle/Contents/Resources/fr.lproj",
		// https://github.com/GreyhavenHQ/greywall/pull/20
		"sandbox-exec -p '(version 1)(deny default)...(allow file-read-data (subpath \"/\"))\n  (deny file-read-data (literal \"/path/.env\"))' cat /path/.env\n→ Operation not permitted  (FIXED)",
	} {
		if hasID(Analyze([]byte(s)), "text-sandbox-denied") {
			t.Errorf("%q: read as a sandbox denial", s)
		}
	}
}

// A pull request's title that adds the JIT entitlement is no crash
// (https://github.com/gmickel/gno/pull/177).
func TestJITEntitlementTitleNoCrash(t *testing.T) {
	if s := "fix(desktop): embed the JIT entitlement when signing the macOS bundle"; hasID(Analyze([]byte(s)), "text-hardened-runtime-exception") {
		t.Errorf("%q: read as a runtime exception", s)
	}
}

// Ad hoc re-signing told as the cure leads a Code Signature Invalid crash
// with a change after signing (round 211); told as tried in vain, it does not.
func TestCodeSignatureInvalidAdhocCure(t *testing.T) {
	const crash = "the program immediately crashes with an `EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))` error."
	if c := firstCause("Run `codesign --force --deep --sign - libremines.app` after unzipping. Otherwise, "+crash, "text-code-signature-invalid"); !strings.Contains(c, "changed after signing") {
		t.Errorf("ad hoc cure: first cause %q", c)
	}
	if c := firstCause("I ran `codesign --force --deep --sign - app.app` and still "+crash, "text-code-signature-invalid"); strings.Contains(c, "changed after signing") {
		t.Errorf("ad hoc tried in vain: first cause %q", c)
	}
}
