package text

import "testing"

// launchForm is one way a refusal of signed code at launch or load reaches
// a paste: a crash report (.ips JSON or the older text form), dyld's
// message, a kernel, AMFI, amfid, taskgated or syspolicyd line of the
// system log, launchd's and launchctl's, the shell's, LaunchServices'. want
// is the entry the first finding must be; "" means the text is not a
// signing failure (an ordinary crash, a kill for memory), so nothing above
// a note may be found.
type launchForm struct {
	msg, form, text, want string
}

// Forms a paste puts around a message.
func launchLog(proc, msg string) string {
	return "2026-01-05 10:11:12.345678+0000 0x1a2b3c   Default     0x0                  0      0    " + proc + ": " + msg
}

func ipsJSON(exception, termination string) string {
	return `{"app_name":"Acme","timestamp":"2026-01-05 10:11:12.00 +0000","app_version":"1.0","bundleID":"com.acme.app","build_version":"1","os_version":"macOS 14.2 (23C64)","incident_id":"00000000-0000-0000-0000-000000000000","name":"Acme"}
{
  "uptime" : 1000,
  "procRole" : "Foreground",
  "procPath" : "\/Applications\/Acme.app\/Contents\/MacOS\/Acme",
  "cpuType" : "ARM-64",
  "exception" : ` + exception + `,
  "termination" : ` + termination + `
}`
}

func crashText(exceptionType, termination string) string {
	return `Process:               Acme [1234]
Path:                  /Applications/Acme.app/Contents/MacOS/Acme
Identifier:            com.acme.app
Version:               1.0 (1)
Code Type:             ARM-64 (Native)
Parent Process:        launchd [1]

OS Version:            macOS 14.2 (23C64)

Exception Type:        ` + exceptionType + `
Exception Codes:       0x0000000000000000, 0x0000000000000000
` + termination + `

Thread 0 Crashed:
0   dyld                          	0x0000000100e1c000 0x100e1c000 + 0`
}

// The messages are Apple's wording as macOS and iOS print it, from the
// held-out pastes in testdata/ (crash reports, system log lines, dyld's
// messages people quoted in full) and dyld's own format strings
// (https://github.com/apple-oss-distributions/dyld, Loader.cpp
// "code signature in <%s> '%s' not valid for use in process: %s",
// DyldDelegates.cpp "code signature invalid in <%s> '%s' (errno=%d)
// sliceOffset=0x%08llX, codeBlobOffset=0x%08X, codeBlobSize=0x%08X",
// JustInTimeLoader.cpp "Library not loaded: %s\n  Referenced from: <%s>
// %s%s\n  Reason: %s"). Paths, names, UUIDs and pids are neutral
// placeholders. Wordings no source showed in full (launchctl's "spawn
// failed" with 85, LaunchServices' -10826 sentence, launchctl print's
// "last exit reason" lines, AppleSystemPolicy's line alone) are left out
// rather than guessed.
const (
	lzUUID = "00000000-0000-0000-0000-000000000000"

	dyldTeam = `dyld[1234]: Library not loaded: @rpath/AcmeKit.framework/Versions/A/AcmeKit
  Referenced from: <` + lzUUID + `> /Applications/Acme.app/Contents/MacOS/Acme
  Reason: tried: '/Applications/Acme.app/Contents/Frameworks/AcmeKit.framework/Versions/A/AcmeKit' (code signature in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/AcmeKit.framework/Versions/A/AcmeKit' not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs), '/System/Library/Frameworks/AcmeKit.framework/Versions/A/AcmeKit' (no such file, not in dyld cache)`
	dyldCdhash = `dyld[1234]: Library not loaded: @rpath/libacme.dylib
  Referenced from: <` + lzUUID + `> /Applications/Acme.app/Contents/MacOS/Acme
  Reason: tried: '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' (code signature in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' not valid for use in process: mapped file has no cdhash, completely unsigned? Code has to be at least ad-hoc signed.), '/usr/lib/libacme.dylib' (no such file, not in dyld cache)`
	dyldPolicy = `dyld[1234]: Library not loaded: @rpath/libacme.dylib
  Referenced from: <` + lzUUID + `> /Users/dev/acme/bin/acme
  Reason: tried: '/Users/dev/acme/lib/libacme.dylib' (code signature in <` + lzUUID + `> '/Users/dev/acme/lib/libacme.dylib' not valid for use in process: library load disallowed by system policy), '/System/Volumes/Preboot/Cryptexes/OS/Users/dev/acme/lib/libacme.dylib' (no such file)`
	dyldErrno = `dyld[1234]: Library not loaded: @executable_path/../Frameworks/libacme.dylib
  Referenced from: <` + lzUUID + `> /Applications/Acme.app/Contents/MacOS/Acme
  Reason: tried: '/Applications/Acme.app/Contents/MacOS/../Frameworks/libacme.dylib' (code signature invalid in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' (errno=1) sliceOffset=0x00000000, codeBlobOffset=0x00012340, codeBlobSize=0x00004560), '/usr/lib/libacme.dylib' (no such file, not in dyld cache)`
	dyldNoFile = `dyld[1234]: Library not loaded: @rpath/AcmeKit.framework/Versions/A/AcmeKit
  Referenced from: <` + lzUUID + `> /Applications/Acme.app/Contents/MacOS/Acme
  Reason: tried: '/usr/lib/swift/AcmeKit.framework/Versions/A/AcmeKit' (no such file, not in dyld cache), '/Applications/Acme.app/Contents/MacOS/../Frameworks/AcmeKit.framework/Versions/A/AcmeKit' (no such file)`
	dlopenLV       = `dlopen(/Users/dev/acme/plugin.so, 0x0002): tried: '/Users/dev/acme/plugin.so' (code signature in <` + lzUUID + `> '/Users/dev/acme/plugin.so' not valid for use in process using Library Validation: Trying to load an unsigned library)`
	dlopenLVPolicy = `dlopen(/Users/dev/acme/plugin.so, 0x0002): tried: '/Users/dev/acme/plugin.so' (code signature in <` + lzUUID + `> '/Users/dev/acme/plugin.so' not valid for use in process using Library Validation: library load disallowed by system policy)`
	dlopenTeam     = `ImportError: dlopen(/Users/dev/acme/venv/lib/python3.11/site-packages/acme/_core.cpython-311-darwin.so, 0x0002): tried: '/Users/dev/acme/venv/lib/python3.11/site-packages/acme/_core.cpython-311-darwin.so' (code signature in <` + lzUUID + `> '/Users/dev/acme/venv/lib/python3.11/site-packages/acme/_core.cpython-311-darwin.so' not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs)`

	ipsSigInvalidEx   = `{"codes":"0x0000000000000000, 0x0000000000000000","rawCodes":[0,0],"type":"EXC_CRASH","signal":"SIGKILL (Code Signature Invalid)"}`
	ipsBadAccessEx    = `{"codes":"0x0000000000000032, 0x0000000100d60000","rawCodes":[50,4308992000],"type":"EXC_BAD_ACCESS","signal":"SIGKILL (Code Signature Invalid)"}`
	ipsTaskgatedTerm  = `{"flags":66,"code":1,"namespace":"CODESIGNING","indicator":"Taskgated Invalid Signature"}`
	ipsPageTerm       = `{"flags":2,"code":2,"namespace":"CODESIGNING","indicator":"Invalid Page"}`
	ipsConstraintTerm = `{"flags":0,"code":4,"namespace":"CODESIGNING","indicator":"Launch Constraint Violation"}`
	ipsSegvEx         = `{"codes":"0x0000000000000001, 0x0000000000000000","rawCodes":[1,0],"type":"EXC_BAD_ACCESS","signal":"SIGSEGV","subtype":"KERN_INVALID_ADDRESS at 0x0000000000000000"}`
	ipsSegvTerm       = `{"flags":0,"code":11,"namespace":"SIGNAL","indicator":"Segmentation fault: 11","byProc":"exc handler","byPid":1234}`
	ipsAbrtEx         = `{"codes":"0x0000000000000000, 0x0000000000000000","rawCodes":[0,0],"type":"EXC_CRASH","signal":"SIGABRT"}`
	ipsAbrtTerm       = `{"flags":0,"code":6,"namespace":"SIGNAL","indicator":"Abort trap: 6","byProc":"Acme","byPid":1234}`

	csInvalidPage = `CODE SIGNING: cs_invalid_page(0x100d74000): p=1234[Acme] final status 0x23020200, denying page sending SIGKILL`
	csRejecting   = `CODE SIGNING: process 1234[Acme]: rejecting invalid page at address 0x100d74000 from offset 0x38000 in file "/Applications/Acme.app/Contents/MacOS/Acme" (cs_mtime:1700000000.0 == mtime:1700000000.0) (signed:1 validated:1 tainted:1 nx:0 wpmapped:0 dirty:0 depth:0)`
)

var launchForms = []launchForm{
	// Crash reports: the .ips JSON (macOS 12 and later) and the text form.
	{"SIGKILL Code Signature Invalid, Taskgated", "ips", ipsJSON(ipsSigInvalidEx, ipsTaskgatedTerm), "text-code-signature-invalid"},
	{"SIGKILL Code Signature Invalid, Invalid Page", "ips", ipsJSON(ipsBadAccessEx, ipsPageTerm), "text-code-signature-invalid"},
	{"Launch Constraint Violation", "ips", ipsJSON(ipsSigInvalidEx, ipsConstraintTerm), "text-launch-constraint"},
	{"exception alone", "ips", `"exception": {"type":"EXC_CRASH","signal":"SIGKILL (Code Signature Invalid)"},`, "text-code-signature-invalid"},
	{"termination alone", "ips", `"termination" : {"flags":66,"code":1,"namespace":"CODESIGNING","indicator":"Taskgated Invalid Signature"},`, "text-code-signature-invalid"},
	{"termination Invalid Page alone", "ips", `"termination" : {"flags":0,"code":2,"namespace":"CODESIGNING","indicator":"Invalid Page"},`, "text-code-signature-invalid"},
	{"termination Launch Constraint alone", "ips", `"termination": {"namespace":"CODESIGNING","indicator":"Launch Constraint Violation"}`, "text-launch-constraint"},
	{"EXC_CRASH Taskgated Invalid Signature", "text", crashText("EXC_CRASH (SIGKILL (Code Signature Invalid))", "Termination Reason:    Namespace CODESIGNING, Code 1 Taskgated Invalid Signature"), "text-code-signature-invalid"},
	{"EXC_CRASH Code 0x1", "text", crashText("EXC_CRASH (SIGKILL (Code Signature Invalid))", "Termination Reason:    Namespace CODESIGNING, Code 0x1"), "text-code-signature-invalid"},
	{"EXC_BAD_ACCESS Invalid Page", "text", crashText("EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))", "Termination Reason:    Namespace CODESIGNING, Code 2 Invalid Page"), "text-code-signature-invalid"},
	{"EXC_BAD_ACCESS Code 0x2", "text", crashText("EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))", "Termination Reason:    Namespace CODESIGNING, Code 0x2"), "text-code-signature-invalid"},
	{"Launch Constraint Violation", "text", crashText("EXC_CRASH (SIGKILL (Code Signature Invalid))", "Termination Reason:  Namespace CODESIGNING, Code 4, Launch Constraint Violation"), "text-launch-constraint"},
	{"Library missing, different Team IDs", "text", crashText("EXC_CRASH (SIGABRT)", `Termination Reason:    Namespace DYLD, Code 1 Library missing
Library not loaded: @rpath/AcmeKit.framework/Versions/A/AcmeKit
Referenced from: <`+lzUUID+`> /Applications/Acme.app/Contents/MacOS/Acme
Reason: tried: '/Applications/Acme.app/Contents/Frameworks/AcmeKit.framework/Versions/A/AcmeKit' (code signature in <`+lzUUID+`> '/Applications/Acme.app/Contents/Frameworks/AcmeKit.framework/Versions/A/AcmeKit' not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs)`), "text-library-validation"},
	{"Library missing, code signature invalid", "text", crashText("EXC_CRASH (SIGABRT)", `Termination Reason:    Namespace DYLD, Code 1 Library missing
Library not loaded: @executable_path/../Frameworks/libacme.dylib
Referenced from: <`+lzUUID+`> /Applications/Acme.app/Contents/MacOS/Acme
Reason: tried: '/Applications/Acme.app/Contents/MacOS/../Frameworks/libacme.dylib' (code signature invalid in <`+lzUUID+`> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' (errno=1) sliceOffset=0x00000000, codeBlobOffset=0x00012340, codeBlobSize=0x00004560)`), "text-code-signature-invalid"},
	{"EXC_BAD_ACCESS SIGKILL - CODESIGNING", "text", crashText("EXC_BAD_ACCESS (SIGKILL - CODESIGNING)", "Termination Reason: CODESIGNING 2 Invalid Page"), "text-code-signature-invalid"},
	{"EXC_CRASH Code Signature Invalid (iOS)", "text", crashText("EXC_CRASH (Code Signature Invalid)", "Termination Reason: CODESIGNING 1 Taskgated Invalid Signature"), "text-code-signature-invalid"},
	{"EXC_BAD_ACCESS Code Signature Invalid (iOS)", "text", crashText("EXC_BAD_ACCESS (Code Signature Invalid)", "Termination Reason: CODESIGNING 2 Invalid Page"), "text-code-signature-invalid"},
	{"Termination Reason Launch Constraint", "line", `Termination Reason: CODESIGNING 4 Launch Constraint Violation`, "text-launch-constraint"},
	{"Termination Reason Taskgated", "line", `Termination Reason: CODESIGNING 1 Taskgated Invalid Signature`, "text-code-signature-invalid"},
	{"Termination Reason Invalid Page", "line", `Termination Reason: Namespace CODESIGNING, Code 2, Invalid Page`, "text-code-signature-invalid"},
	{"Termination Reason Code 0x2", "line", `Termination Reason:    Namespace CODESIGNING, Code 0x2`, "text-code-signature-invalid"},
	{"Exception Type", "line", `Exception Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))`, "text-code-signature-invalid"},
	{"Exception Type SIGKILL - CODESIGNING", "line", `Exception Type:  EXC_BAD_ACCESS (SIGKILL - CODESIGNING)`, "text-code-signature-invalid"},
	{"Exception Type", "pair", "Exception Type:  EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\nException Codes: UNKNOWN_0x32 at 0x0000000100d60000", "text-code-signature-invalid"},
	{"Namespace DYLD alone", "line", `Termination Reason:    Namespace DYLD, Code 1 Library missing`, "text-library-not-loaded"},

	{"Taskgated Invalid Signature", "quoted", "> Exception Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))\n> Exception Codes: 0x0000000000000000, 0x0000000000000000\n> Termination Reason: Namespace CODESIGNING, Code 1 Taskgated Invalid Signature", "text-code-signature-invalid"},
	{"Invalid Page", "fenced", "```\nException Type:  EXC_BAD_ACCESS (SIGKILL (Code Signature Invalid))\nException Codes: UNKNOWN_0x32 at 0x0000000100d60000\nTermination Reason: Namespace CODESIGNING, Code 2 Invalid Page\n```", "text-code-signature-invalid"},

	// dyld's messages, at launch (stderr, the crash report) and from dlopen.
	{"different Team IDs", "dyld", dyldTeam, "text-library-validation"},
	{"no cdhash", "dyld", dyldCdhash, "text-library-validation"},
	{"library load disallowed by system policy", "dyld", dyldPolicy, "text-gatekeeper-unverified"},
	{"code signature invalid errno=1", "dyld", dyldErrno, "text-code-signature-invalid"},
	{"Trying to load an unsigned library", "dlopen", dlopenLV, "text-library-validation"},
	{"library load disallowed, Library Validation", "dlopen", dlopenLVPolicy, "text-gatekeeper-unverified"},
	{"different Team IDs", "python", dlopenTeam, "text-library-validation"},
	{"no Team ID, not a platform binary", "dyld", `dyld[1234]: Library not loaded: @rpath/libacme.dylib
  Referenced from: <` + lzUUID + `> /Applications/Acme.app/Contents/MacOS/Acme
  Reason: tried: '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' (code signature in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' not valid for use in process: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)), '/usr/lib/libacme.dylib' (no such file, not in dyld cache)`, "text-library-validation"},
	{"no Team ID, not a platform binary", "line", `not valid for use in process: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)`, "text-library-validation"},
	{"no uuid, system policy", "line", `(code signature in <no uuid> '/private/tmp/acme/Frameworks/libacme.dylib' not valid for use in process: library load disallowed by system policy), '/usr/local/lib/libacme.dylib' (no such file)`, "text-gatekeeper-unverified"},
	{"different Team IDs", "ci", ghaLogLines(dlopenTeam), "text-library-validation"},
	{"unsigned library", "fenced", "```\n" + dlopenLV + "\n```", "text-library-validation"},
	{"different Team IDs", "reason line", `Reason: mapping process and mapped file (non-platform) have different Team IDs`, "text-library-validation"},
	{"different Team IDs", "line", `code signature in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs`, "text-library-validation"},
	{"no cdhash", "line", `not valid for use in process: mapped file has no cdhash, completely unsigned? Code has to be at least ad-hoc signed.`, "text-library-validation"},
	{"library load disallowed", "line", `not valid for use in process using Library Validation: library load disallowed by system policy`, "text-gatekeeper-unverified"},
	{"unsigned library", "line", `not valid for use in process using Library Validation: Trying to load an unsigned library`, "text-library-validation"},
	{"code signature invalid errno=1", "line", `(code signature invalid in <` + lzUUID + `> '/Applications/Acme.app/Contents/Frameworks/libacme.dylib' (errno=1) sliceOffset=0x00000000, codeBlobOffset=0x00012340, codeBlobSize=0x00004560)`, "text-code-signature-invalid"},
	{"Library Validation failed, no cdhash", "kernel", "error\t00:01:02.711811+0100\tkernel\tLibrary Validation failed: Rejecting '/private/var/folders/xx/0000000000000000000000000000gn/T/ffi000000' (Team ID: none, platform: no) for process 'acme(1234)' (Team ID: ABCDE12345, platform: no), reason: mapped file has no cdhash, completely unsigned? Code has to be at least ad-hoc signed.", "text-library-validation"},
	{"Library Validation failed, no cdhash, then system policy", "kernel", "error\t00:01:02.711811+0100\tkernel\tLibrary Validation failed: Rejecting '/private/var/folders/xx/0000000000000000000000000000gn/T/ffi000000' (Team ID: none, platform: no) for process 'acme(1234)' (Team ID: ABCDE12345, platform: no), reason: mapped file has no cdhash, completely unsigned? Code has to be at least ad-hoc signed.\ndefault\t00:01:02.712275+0100\tkernel\tASP: Library load (/private/var/folders/xx/0000000000000000000000000000gn/T/ffi000000) rejected: library load disallowed by system policy\nerror\t00:01:02.712167+0100\tsyspolicyd\tDisallowing load of <private> in 1234, <private>", "text-library-validation"},
	{"Library Validation failed, no Team ID (iOS)", "kernel", "Jan 24 17:59:05 iPhone kernel(AppleMobileFileIntegrity)[0] <Error>: Library Validation failed: Rejecting '/usr/lib/acme/Acme.dylib' (Team ID: none, platform: no) for process 'Acme(417)' (Team ID: none, platform: yes), reason: mapped file has no Team ID and is not a platform binary (signed with custom identity or adhoc?)", "text-library-validation"},
	{"deny-mmap no team identifier", "AMFI", `AMFI: Acme(pid 1234) - [deny-mmap] mapped file has no team identifier and is not a platform binary: /private/var/containers/Bundle/Application/` + lzUUID + `/Acme.app/Frameworks/AcmeKit.framework/AcmeKit`, "text-library-validation"},
	{"deny-mmap executable", "AMFI", `AMFI: Acme(pid 1234) - [deny-mmap] mapped executable file has no team identifier in its signature: /Users/dev/Library/Application Support/Acme/libacme.dylib`, "text-library-validation"},

	// The kernel's and AMFI's lines in the system log.
	{"cs_invalid_page", "kernel", launchLog("kernel", csInvalidPage), "text-code-signature-invalid"},
	{"rejecting invalid page", "kernel", launchLog("kernel", csRejecting), "text-code-signature-invalid"},
	{"cs_invalid_page", "line", csInvalidPage, "text-code-signature-invalid"},
	{"rejecting invalid page", "line", csRejecting, "text-code-signature-invalid"},
	{"AMFI code signature validation failed", "kernel", launchLog("kernel", "AMFI: code signature validation failed."), "text-kernel-signature-rejected"},
	{"AMFI When validating", "kernel", launchLog("kernel", "AMFI: When validating /Applications/Acme.app/Contents/MacOS/Acme:\n  Code has restricted entitlements, but the validation of its code signature failed.\nUnsatisfied Entitlements: com.apple.developer.endpoint-security.client"), "text-unsatisfied-entitlements"},
	{"no CMS blob, Unrecoverable CT", "kernel", launchLog("kernel", "AMFI: '/Applications/Acme.app/Contents/MacOS/Acme' has no CMS blob?") + "\n" + launchLog("kernel", "AMFI: '/Applications/Acme.app/Contents/MacOS/Acme': Unrecoverable CT signature issue, bailing out."), "text-kernel-signature-rejected"},
	{"Unrecoverable CT", "line", `AMFI: '/private/var/containers/Bundle/Application/` + lzUUID + `/Acme.app/Acme': Unrecoverable CT signature issue, bailing out.`, "text-kernel-signature-rejected"},
	{"no CMS blob", "line", `AMFI: 'acme-cli' has no CMS blob?`, "text-kernel-signature-rejected"},
	{"unsuitable CT policy", "kernel", "AMFI: '/usr/local/bin/acme' is adhoc signed.\nAMFI: '/usr/local/bin/acme': unsuitable CT policy 0 for this platform/device, rejecting signature.", "text-kernel-signature-rejected"},
	{"load code signature error 2", "kernel", launchLog("kernel", `load code signature error 2 for file "acme"`), "text-kernel-signature-rejected"},
	{"load code signature error 4", "kernel", launchLog("kernel", `load code signature error 4 for file "Acme"`), "text-kernel-signature-rejected"},
	{"AMFI Launch Constraint Violation", "kernel", launchLog("kernel", "AMFI: Launch Constraint Violation (enforcing), error info: c[5]p[1]m[1]e[0], (Constraint not matched) launching proc[vc: 6 pid: 1234]: /Applications/Acme.app/Contents/MacOS/Acme, launch type 0, failure proc [vc: 6 pid: 1234]: /Applications/Acme.app/Contents/MacOS/Acme"), "text-launch-constraint"},
	{"validation failed fatally, restricted entitlements", "kernel", "default\t14:00:00.549993-0300\tkernel\tmac_vnode_check_signature: /Applications/Acme.app/Contents/MacOS/Acme: code signature validation failed fatally: When validating /Applications/Acme.app/Contents/MacOS/Acme:\n  Code has restricted entitlements, but the validation of its code signature failed.\nUnsatisfied Entitlements:", "text-unsatisfied-entitlements"},
	{"validation failed fatally, Team ID", "kernel", "default\t14:00:00.549993-0300\tkernel\tmac_vnode_check_signature: /Applications/Acme.app/Contents/MacOS/Acme: code signature validation failed fatally: When validating /Applications/Acme.app/Contents/MacOS/Acme:\n  The code contains a Team ID, but validating its signature failed.\nPlease check your system log.", "text-kernel-signature-rejected"},
	{"cs_invalid_page clearing CS_VALID", "kernel", launchLog("kernel", "CODE SIGNING: cs_invalid_page(0x100d74000): p=1234[Acme] clearing CS_VALID"), "text-code-signature-invalid"},
	{"0xe800801a profile signature (iOS)", "amfid", "Aug 13 15:49:00 iPhone amfid[317] <Error>: /private/var/mobile/Containers/Bundle/Application/" + lzUUID + "/Acme.app/Acme not valid: 0xe800801a: This provisioning profile does not have a valid signature (or it has a valid, but untrusted signature).", "text-untrusted-developer"},
	{"bailing out restricted entitlements", "kernel", launchLog("kernel", "AMFI: bailing out because of restricted entitlements."), "text-unsatisfied-entitlements"},

	// amfid, taskgated and taskgated-helper.
	{"no eligible provisioning profiles", "taskgated-helper", launchLog("taskgated-helper", "[com.apple.ManagedClient:ProvisioningProfiles] Disallowing com.acme.app because no eligible provisioning profiles found"), "text-unsatisfied-entitlements"},
	{"no eligible provisioning profiles", "line", `Disallowing: com.acme.app because no eligible provisioning profiles found`, "text-unsatisfied-entitlements"},
	{"unsatisfied entitlements", "taskgated-helper", launchLog("taskgated-helper", "com.acme.app: Unsatisfied entitlements: com.apple.developer.team-identifier, com.apple.application-identifier"), "text-unsatisfied-entitlements"},
	{"Restricted entitlements not validated", "amfid", launchLog("amfid", `Restricted entitlements not validated, bailing out. Error: Error Domain=AppleMobileFileIntegrityError Code=-413 "No matching profile found" UserInfo={NSURL=file:///Applications/Acme.app/Contents/MacOS/Acme, unsatisfiedEntitlements=<private>, NSLocalizedDescription=No matching profile found}`), "text-unsatisfied-entitlements"},
	{"Restricted entitlements not validated", "line", `amfid: Restricted entitlements not validated, bailing out.`, "text-unsatisfied-entitlements"},
	{"No matching profile found", "amfid", `amfid: /Applications/Acme.app/Contents/MacOS/Acme not valid: Error Domain=AppleMobileFileIntegrityError Code=-413 "No matching profile found" UserInfo={NSURL=file:///Applications/Acme.app/Contents/MacOS/Acme, NSLocalizedDescription=No matching profile found}`, "text-unsatisfied-entitlements"},
	{"Requirements for restricted entitlements", "amfid", launchLog("amfid", "Requirements for restricted entitlements failed to validate, error -67050, requirements: '<private>'"), "text-unsatisfied-entitlements"},
	{"adhoc signed or unknown chain", "amfid", `amfid: /Applications/Acme.app/Contents/MacOS/Acme not valid: AppleMobileFileIntegrityError Code=-423 "The file is adhoc signed or signed by an unknown certificate chain"`, "text-code-signature-invalid"},

	// syspolicyd and AppleSystemPolicy: its line names no reason, so it is
	// read with the amfid line beside it (alone it is left out: the
	// held-out pastes read it as Gatekeeper's, a driver's or a kill's).
	{"Security policy would not allow process", "with amfid", `amfid: /Applications/Acme.app/Contents/MacOS/Acme not valid: AppleMobileFileIntegrityError Code=-423 "The file is adhoc signed or signed by an unknown certificate chain"
AppleSystemPolicy: Security policy would not allow process: 1234, /Applications/Acme.app/Contents/MacOS/Acme`, "text-code-signature-invalid"},
	{"Unsatisfied entitlements, Disallowing", "taskgated-helper", "error\t14:00:00.549418-0300\ttaskgated-helper\tcom.acme.app: Unsatisfied entitlements: com.apple.developer.team-identifier, keychain-access-groups\nerror\t14:00:00.549436-0300\ttaskgated-helper\tDisallowing: com.acme.app", "text-unsatisfied-entitlements"},

	// launchd, launchctl, the shell, LaunchServices.
	{"OS_REASON_CODESIGNING", "launchd", "2026-01-05 10:11:12.345678 (gui/501/com.acme.app.server [1234]) <Notice>: exited with exit reason (namespace: 3 code: 0x1) - OS_REASON_CODESIGNING | When validating /Applications/Acme.app/Contents/MacOS/Acme:\n  The code contains a Team ID, but validating its signature failed.\nPlease check your system log.", "text-code-signature-invalid"},
	{"OS_REASON_CODESIGNING", "xpcproxy", "2026-01-05 10:11:12.345678 (gui/501/com.acme.app.server [1234]) <Notice>: xpcproxy exited due to OS_REASON_CODESIGNING | When validating /Applications/Acme.app/Contents/MacOS/Acme:\n  The code contains a Team ID, but validating its signature failed.\nPlease check your system log.", "text-code-signature-invalid"},
	{"OS_REASON_CODESIGNING Launch Constraint", "fragment", "OS_REASON_CODESIGNING | Launch Constraint Violation", "text-launch-constraint"},
	{"zsh: killed", "shell", "$ ./acme --version\nzsh: killed     ./acme --version", "text-killed-at-launch"},
	{"zsh: killed", "app path", "zsh: killed     /Applications/Acme.app/Contents/MacOS/acme-proxy", "text-killed-at-launch"},
	{"zsh: killed", "fenced", "```\n% /usr/local/bin/acme --version\nzsh: killed     /usr/local/bin/acme --version\n```", "text-killed-at-launch"},
	{"Killed: 9", "bash", "$ ./acme\nKilled: 9", "text-killed-at-launch"},
	{"Killed: 9", "make", "make: *** [run] Killed: 9", "text-killed-at-launch"},
	{"153", "open", `The application cannot be opened for an unexpected reason, error=Error Domain=NSPOSIXErrorDomain Code=153 "Unknown error: 153" UserInfo={NSLocalizedDescription=Launchd job spawn failed}`, "text-app-cant-be-opened"},
	{"163", "open", `The application cannot be opened for an unexpected reason, error=Error Domain=RBSRequestErrorDomain Code=5 "Launch failed." UserInfo={NSLocalizedFailureReason=Launch failed., NSUnderlyingError=0x000000000 {Error Domain=NSPOSIXErrorDomain Code=163 "Unknown error: 163" UserInfo={NSLocalizedDescription=Launchd job spawn failed}}}`, "text-app-cant-be-opened"},
	{"-10810", "open", `LSOpenURLsWithRole() failed with error -10810 for the file /Applications/Acme.app.`, "text-app-cant-be-opened"},
	{"can't be opened", "alert", `The application “Acme” can’t be opened.`, "text-app-cant-be-opened"},
	// The alert retold without its name, and "this app" for "the
	// application" (game-ci/unity-actions#152, SebLague/Digital-Logic-Sim#11);
	// Gatekeeper's "Application can’t be opened because Apple cannot check
	// it" stays Gatekeeper's (heldout110).
	{"can't be opened", "nameless", `6. Notice how it says "The application can't be opened"`, "text-app-cant-be-opened"},
	{"permission to open", "this app", `Attempting to launch the built app from itch.io in macOS Big Sur 11.0.1 results in an error "You do not have permission to open this app"`, "text-app-cant-be-opened"},
	{"can't be opened because Apple cannot check it", "nameless", `Application can’t be opened because Apple cannot check it for malicious software`, "text-gatekeeper-unverified"},

	// Not signing failures: an ordinary crash, a kill for memory.
	{"SIGSEGV", "ips", ipsJSON(ipsSegvEx, ipsSegvTerm), ""},
	{"SIGABRT", "ips", ipsJSON(ipsAbrtEx, ipsAbrtTerm), ""},
	{"SIGSEGV", "text", crashText("EXC_BAD_ACCESS (SIGSEGV)", "Termination Reason:    Namespace SIGNAL, Code 11 Segmentation fault: 11"), ""},
	{"SIGABRT", "text", crashText("EXC_CRASH (SIGABRT)", "Termination Reason:    Namespace SIGNAL, Code 6 Abort trap: 6"), ""},
	{"SIGTRAP", "text", crashText("EXC_BREAKPOINT (SIGTRAP)", "Termination Reason:    Namespace SIGNAL, Code 5 Trace/BPT trap: 5"), ""},
	{"watchdog", "text", crashText("EXC_CRASH (SIGKILL)", "Termination Reason: Namespace SPRINGBOARD, Code 0x8badf00d"), ""},
	{"jetsam", "line", `Reason: The process was terminated for exceeding jetsam memory limits`, ""},
	{"TCC", "text", crashText("EXC_CRASH (SIGABRT)", "Termination Reason:    Namespace TCC, Code 0 \nThis app has crashed because it attempted to access privacy-sensitive data without a usage description."), "text-privacy-access-refused"},
	{"no such file", "dyld", dyldNoFile, "text-library-not-loaded"},
	{"image not found", "dyld", "dyld: Library not loaded: @rpath/AcmeKit.framework/AcmeKit\n  Referenced from: /private/var/containers/Bundle/Application/" + lzUUID + "/Acme.app/Acme\n  Reason: image not found", "text-library-not-loaded"},
	{"Bootstrap failed 5", "launchctl", `Bootstrap failed: 5: Input/output error`, ""},
	{"-54", "open", `LSOpenURLsWithRole() failed with error -54 for the file /Applications/Acme.app.`, ""},
}

// knownMissLaunchBefore lists the forms read wrong when the table was
// added (msg + " (" + form + ")"); each fix removes its rows. Before any
// change: 72 of 88 forms read right. Since: the .ips form of dyld's
// termination was taken out (its JSON shown in full by no source), the
// three forms of "library load disallowed by system policy" want
// Gatekeeper's entry, as the analyzer's report reads them (a quarantined,
// unnotarized library: syspolicyd refuses it; two of them, read right
// before with the old want, join the rows below), and ten forms were
// added (three kernel "Library Validation failed", two kernel "failed
// fatally", "clearing CS_VALID", iOS amfid's 0xe800801a, dyld's "no Team
// ID" twice, "<no uuid>") and five forms quoted, fenced or in a CI log:
// twelve read right when added, three join the rows below.
//
// The rest stay: the text reader lists its findings by offset, and these
// pastes name the symptom before its cause. The analyzer's report
// (findings_order.go) leads with the cause: a launch constraint before
// CODESIGNING's kill, entitlements no profile authorises before the
// kernel's refusal, an error (library validation, an invalid
// signature, Gatekeeper) before dyld's "Library not loaded" warning, as
// TestLaunchRefusalTableReportOrder asserts for each.
var knownMissLaunchBefore = map[string]bool{
	"no Team ID, not a platform binary (dyld)":                    true,
	"no uuid, system policy (line)":                               true,
	"validation failed fatally, restricted entitlements (kernel)": true,
	"library load disallowed, Library Validation (dlopen)":        true,
	"library load disallowed (line)":                              true,
	"Launch Constraint Violation (ips)":                           true,
	"termination Launch Constraint alone (ips)":                   true,
	"Launch Constraint Violation (text)":                          true,
	"Library missing, different Team IDs (text)":                  true,
	"Library missing, code signature invalid (text)":              true,
	"Termination Reason Launch Constraint (line)":                 true,
	"different Team IDs (dyld)":                                   true,
	"no cdhash (dyld)":                                            true,
	"library load disallowed by system policy (dyld)":             true,
	"code signature invalid errno=1 (dyld)":                       true,
	"OS_REASON_CODESIGNING Launch Constraint (fragment)":          true,
}

// launchRows are the table's forms as rows for checkTable.
func launchRows() []tableRow {
	rows := make([]tableRow, 0, len(launchForms))
	for _, f := range launchForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	return rows
}

func TestLaunchRefusalTable(t *testing.T) {
	checkTable(t, launchRows(), knownMissLaunchBefore)
}

// LaunchFormsInReportOrder returns the key, want and text of the forms in knownMissLaunchBefore, which the
// report must lead with their want (package text_test checks it).
func LaunchFormsInReportOrder() [][3]string {
	return knownRows(launchRows(), knownMissLaunchBefore)
}

// Near misses of the forms the table's fixes read: the same words outside
// AMFI's and the crash report's lines read nothing.
func TestLaunchRefusalTableNearMisses(t *testing.T) {
	readNothing(t,
		`openssl: the file 'acme.p7' has no CMS blob? Try -inform DER.`,
		`Termination Reason: Namespace DYLD crash was fixed in 2.3; no library missing since.`,
		`The planner is bailing out because of restricted entitlements in the license tier.`,
		`unsuitable policy 0 for this platform, rejecting request`,
	)
	// AMFI's own lines are read, wherever the log puts them.
	readFirst(t, "text-kernel-signature-rejected",
		"kernel\tAMFI: '/usr/local/bin/acme' has no CMS blob?",
		"kernel\tAMFI: '/usr/local/bin/acme': unsuitable CT policy 0 for this platform/device, rejecting signature.")
	readFirst(t, "text-unsatisfied-entitlements", "default 2026-01-05 10:11:12.306514 -0800 kernel AMFI: bailing out because of restricted entitlements.")
	readFirst(t, "text-library-not-loaded", "Termination Reason:  Namespace DYLD, Code 1, Library missing")
}
