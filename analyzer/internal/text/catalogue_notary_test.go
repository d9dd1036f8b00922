package text

import (
	"strings"
	"testing"
)

// A CI step that ran stapler and reports only its exit status is a stapling
// failure (66: a file that cannot hold a ticket); a stapler run that worked
// leaves a later exit status to another step.
func TestStaplerExitStatus(t *testing.T) {
	r := Analyze([]byte("→ stapling ticket onto binary...\nProcessing: /Users/runner/work/x/bin/tool\n##[error]Process completed with exit code 66."))
	var m *Match
	for i := range r.Matches {
		if r.Matches[i].Entry.ID == "text-stapler-failed" {
			m = &r.Matches[i]
		}
	}
	if m == nil {
		t.Fatalf("got %v, want text-stapler-failed", ids(r))
	}
	if len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "status 66") {
		t.Errorf("first cause %q does not explain exit status 66", m.Causes)
	}
	if r := Analyze([]byte("xcrun stapler staple MyApp.dmg\nThe staple and validate action worked!\nnpm test: exit code 65")); hasID(r, "text-stapler-failed") {
		t.Errorf("a stapler run that worked: got %v", ids(r))
	}
}

// A message quoted inside a JSON or source string keeps its paths whole:
// escaped slashes, quotes and line breaks are read as what they stand for,
// and line numbers still count input lines.
func TestEscapedStrings(t *testing.T) {
	for _, c := range []struct{ in, id, path string }{
		{`{"issues":[{"severity":"error","message":"The binary is not signed with a valid Developer ID certificate.","path":"Foo.zip\/Foo.app\/Contents\/MacOS\/Foo"}]}`, "text-not-developer-id", "Foo.zip/Foo.app/Contents/MacOS/Foo"},
		{`"stderr": "\/Users\/ci\/Foo.app: resource fork, Finder information, or similar detritus not allowed\nCommand CodeSign failed with a nonzero exit code\n"`, "text-detritus", "/Users/ci/Foo.app"},
	} {
		r := Analyze([]byte(c.in))
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != c.id {
			t.Errorf("%q: got %v, want %s", c.in, ids(r), c.id)
			continue
		}
		if m := r.Matches[0]; !hasValue(m.Values, "path", c.path) || m.Line != 1 {
			t.Errorf("%q: values %v line %d, want path %s on line 1", c.in, m.Values, m.Line, c.path)
		}
	}
	if d := normalise([]byte(`a\qb c:\\d e\`)); d.text != `a\qb c:\d e\` {
		t.Errorf("other backslashes: got %q", d.text)
	}
}

// The Tauri bundler's "Finished with status Invalid for id" is the notary
// service's verdict; an accepted submission is not.
func TestNotaryStatusInvalidForID(t *testing.T) {
	s := "Error failed to bundle project: Finished with status Invalid for id 8108c3d3-5e55-4d1e-b265-28d2152b1530 (Processing complete)"
	if firstMatch(Analyze([]byte(s)), "text-notary-invalid") == nil {
		t.Errorf("%q: not read as notarization status Invalid", s)
	}
	near := "Finished with status Accepted for id 8108c3d3-5e55-4d1e-b265-28d2152b1530 (Processing complete)"
	if firstMatch(Analyze([]byte(near)), "text-notary-invalid") != nil {
		t.Errorf("%q: read as status Invalid", near)
	}
}

// fastlane's notarize action retells a status Invalid as "Could not
// notarize package with message '...'", the message often empty; a
// notary public who could not notarize packages of papers is not that.
func TestNotaryInvalidFastlaneRetold(t *testing.T) {
	for _, s := range []string{
		"[!] Could not notarize package with message ''",
		"[12:01:44]: Could not notarize package. To see the error, please set 'print_log' to true.",
	} {
		if firstMatch(Analyze([]byte(s)), "text-notary-invalid") == nil {
			t.Errorf("%q: not read as notarization status Invalid", s)
		}
	}
	readNothing(t, "The clerk could not notarize packages with messages attached, per county rules.")
}

// A stapler that finds no ticket after notarytool said Invalid leads with
// the build not notarized; the same failure alone leads with waiting.
func TestStaplerAfterInvalid(t *testing.T) {
	firstCause := func(s string) string {
		m := firstMatch(Analyze([]byte(s)), "text-stapler-failed")
		if m == nil || len(m.Causes) == 0 {
			t.Fatalf("%q: not read as a failed staple", s)
		}
		return m.Causes[0]
	}
	notFound := "CloudKit query for App.app (2/6f1a...) failed due to \"Record not found\".\nThe staple and validate action failed! Error 65."
	if c := firstCause("  status: Invalid\n" + notFound); c != staplerNotNotarized {
		t.Errorf("after status Invalid: first cause %q", c)
	}
	if c := firstCause(notFound); c != staplerNotYet {
		t.Errorf("alone: first cause %q", c)
	}
}

// stapler refusing a zip or a bare binary leads with the file's kind; a
// ticket not found leads with notarization.
func TestStaplerFileTypeLead(t *testing.T) {
	kind := Lookup("text-stapler-failed").Causes[2]
	s := "bare binary   notarytool: Accepted   stapler: Error 73\nzip                                  stapler: incapable of working with ZIP archives"
	if m := firstMatch(Analyze([]byte(s)), "text-stapler-failed"); m == nil || m.Causes[0] != kind {
		t.Errorf("%q: not read, or not led with the file's kind", s)
	}
	near := "CloudKit query for Acme.app (2/abc) failed due to \"Record not found\".\nThe staple and validate action failed! Error 65."
	if m := firstMatch(Analyze([]byte(near)), "text-stapler-failed"); m == nil || m.Causes[0] == kind {
		t.Errorf("%q: not read, or led with the file's kind", near)
	}
}

// The notary log's statusCode 7000 is read where the paste is about
// notarization; other services' statusCode 7000 is not.
func TestNotaryStatusCode7000(t *testing.T) {
	s := "fix: enable reliable 7000 notarization fallback\n- local run confirmed Rejected + statusCode 7000 exits 0 with warning"
	if !hasID(Analyze([]byte(s)), "text-notary-team-not-configured") {
		t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
	}
	readNothing(t, "On Successful Login\n```\n{\n    \"statusCode\": 7000,\n    \"message\": \"Login is successful\"\n}\n```")
}

// A notary log retold without the article still names the Developer ID
// failure; App Store Connect's expired profile "included in the bundle"
// is the expired profile of an upload, while the same profile said to be
// invalid is not an expired one.
func TestDeveloperIDRetoldAndProfileExpiredInBundle(t *testing.T) {
	if m := firstMatch(Analyze([]byte("239 binaries not signed with valid Developer ID certificate")), "text-not-developer-id"); m == nil {
		t.Error("Developer ID without the article: not read")
	}
	m := firstMatch(Analyze([]byte("an automated email with a body like “the provisioning profile included in the bundle has expired”")), "text-profile-expired")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "uploaded build") {
		t.Fatalf("profile included in the bundle has expired: %+v", m)
	}
	if m := firstMatch(Analyze([]byte("The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate].")), "text-profile-expired"); m != nil {
		t.Errorf("an invalid profile in the bundle read as expired: %+v", m)
	}
	m = firstMatch(Analyze([]byte(`Provisioning profile "iOS Team Provisioning Profile: com.acme.app" expired on Jan 2, 2026.`)), "text-profile-expired")
	if m == nil || len(m.Causes) > 0 && strings.Contains(m.Causes[0], "uploaded build") {
		t.Errorf("Xcode's expired profile led with an upload: %+v", m)
	}
}

// stapler's limit retold for a bare Mach-O leads with the file type.
func TestStaplerRawExecutableFirstCause(t *testing.T) {
	s := "Apple notarization returns Accepted, but fails afterward because `xcrun stapler` cannot attach a ticket to a raw standalone Mach-O executable."
	m := firstMatch(Analyze([]byte(s)), "text-stapler-failed")
	if m == nil {
		t.Fatalf("%q not read", s)
	}
	if !strings.Contains(m.Causes[0], "bare executable") {
		t.Errorf("first cause %q does not name the file type", m.Causes[0])
	}
}

// Apple's tools' own words met in the forty-fifth round: altool's
// deprecation warning, stapler on a file type it cannot staple, pkgutil's
// status of an unsigned package, and security find-identity listing an
// identity with its trust error next to an openssl command; prose naming
// them is not the error.
func TestToolOutputWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`"message": "altool has been deprecated for notarization and starting in fall 2023 will no longer be supported by the Apple notary service."`, "text-altool-retired"},
		{"Processing: /tmp/x\nStapler is incapable of working with Folder files.", "text-stapler-failed"},
		{"pkgutil --check-signature x.pkg\nPackage \"x.pkg\":\n   Status: no signature\n", "text-not-signed"},
		{"$ security find-identity -p codesigning\n  1) DF40E24B... \"Local Signing\" (CSSMERR_TP_NOT_TRUSTED)\n$ security find-certificate -c \"Local Signing\" -p | openssl x509 -checkend 0", "text-cert-not-trusted"},
	} {
		r := Analyze([]byte(c.text))
		found := false
		for _, m := range r.Matches {
			found = found || m.Entry.ID == c.want
		}
		if !found {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
	readNoError(t,
		"Altool deprecated in favor of notarytool",
		"Our script reads the status line; a no signature status fails the job.",
		"curl: (60) SSL certificate problem: CSSMERR_TP_NOT_TRUSTED",
	)
}

// The hundred-and-seventeenth round's classes, each with its near miss:
// notarytool refusing a password without --apple-id, led with altool's
// --username only where the command shows it; Gatekeeper's alert retold
// as "broken" only beside its help page's "signed code"; and a notary
// log led with nested code only where every file named is nested or the
// paste says a bundled file was left unsigned; a launch kill led with the
// unauthorised entitlement only where a restricted one is named; and an
// unrecognised bundle format led with the framework's symlinks only where
// the subcomponent is a Mac framework.
func TestHeldOut117Classes(t *testing.T) {
	refused := "Error: Must provide an Apple ID (--apple-id) to authenticate with an app-specific password."
	if c := firstCause("xcrun notarytool submit app.zip --wait --username id@example.com --password ***\n"+refused, "text-notary-auth"); !strings.Contains(c, "--username") {
		t.Errorf("notarytool with --username: first cause %q", c)
	}
	if c := firstCause("xcrun notarytool submit app.zip --wait --password ***\n"+refused, "text-notary-auth"); c == "" || strings.Contains(c, "--username") {
		t.Errorf("notarytool without --username: first cause %q", c)
	}
	broken := "I get an error that the app is broken. The help page says it is because it differs from the signed app."
	if r := Analyze([]byte(broken)); !hasID(r, "text-gatekeeper-damaged") {
		t.Errorf("broken beside the signed app: got %v", ids(r))
	}
	readNothing(t,
		"I get an error that the app is broken after the update, it crashes on launch.",
		"The dialog says the app is broken; the backup file differs from the last one.",
	)
	nested := "Tauri signs sidecars but not resource files: wsh (bundled as a resource in binaries/bin/) was unsigned.\npath: binaries/bin/wsh-darwin.arm64\n- The binary is not signed with a valid Developer ID certificate."
	if c := firstCause(nested, "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("bundled file left unsigned: first cause %q", c)
	}
	log := func(paths ...string) string {
		s := `{"status": "Invalid", "issues": [`
		for _, p := range paths {
			s += `{"severity": "error", "path": "` + p + `", "message": "The binary is not signed with a valid Developer ID certificate."},`
		}
		return s + "]}"
	}
	if c := firstCause(log("App.zip/App.app/Contents/Frameworks/Foo.framework/Versions/A/Foo", "App.zip/App.app/Contents/Resources/bin/tool"), "text-not-developer-id"); !strings.Contains(c, "nested binary") {
		t.Errorf("only nested files named: first cause %q", c)
	}
	if c := firstCause(log("App.zip/App.app/Contents/MacOS/App", "App.zip/App.app/Contents/Resources/bin/tool"), "text-not-developer-id"); strings.Contains(c, "nested binary") {
		t.Errorf("the main executable named too: first cause %q", c)
	}
	kill := "Exception Type:  EXC_CRASH (SIGKILL (Code Signature Invalid))\nTermination Reason:    Namespace CODESIGNING, Code 1 Taskgated Invalid Signature"
	if c := firstCause("<key>keychain-access-groups</key>\n<array/>\n"+kill, "text-code-signature-invalid"); !strings.Contains(c, "restricted entitlements") {
		t.Errorf("keychain-access-groups named: first cause %q", c)
	}
	if c := firstCause("<key>com.apple.security.app-sandbox</key>\n<true/>\n"+kill, "text-code-signature-invalid"); strings.Contains(c, "restricted entitlements") {
		t.Errorf("only the sandbox named: first cause %q", c)
	}
	unrecognized := "/tmp/x/Tool.app/Contents/MacOS/tool: bundle format unrecognized, invalid, or unsuitable\n\nIn subcomponent: /private/tmp/x/Tool.app/Contents/"
	if c := firstCause(unrecognized+"Frameworks/nwjs Framework.framework", "text-bundle-format"); !strings.Contains(c, "symlinks") {
		t.Errorf("a Mac framework as the subcomponent: first cause %q", c)
	}
	if c := firstCause(unrecognized+"Resources/helper.bundle", "text-bundle-format"); strings.Contains(c, "symlinks") {
		t.Errorf("a resource bundle as the subcomponent: first cause %q", c)
	}
}

// The notary service's invalid binary signature leads with the missing
// certificate chain only where the paste says the chain is missing.
func TestNotaryInvalidSignatureChainLead(t *testing.T) {
	firstCause := func(in string) string {
		for _, m := range Analyze([]byte(in)).Matches {
			if m.Entry.ID == "text-binary-signature-invalid" && len(m.Causes) > 0 {
				return m.Causes[0]
			}
		}
		return ""
	}
	const issue = `"message": "The signature of the binary is invalid.",`
	if c := firstCause("Without the full chain, Apple will reject the notarization request:\n" + issue); !strings.Contains(c, "certificate chain is incomplete") {
		t.Errorf("a paste saying the full chain is missing: first cause %q", c)
	}
	// Near miss: the chain named, but as present.
	if c := firstCause("The p12 has the full chain attached.\n" + issue); strings.Contains(c, "certificate chain is incomplete") {
		t.Errorf("a paste saying the chain is attached: first cause %q", c)
	}
}

// altool given an .app bundle for --notarize-app answers with the
// system's "Is a directory"; a tool parsing altool's reply names the
// notarization-upload it did not get, which a refused login leaves out.
func TestNotaryUploadNotArchive(t *testing.T) {
	readFirst(t, "text-notary-upload-not-archive",
		"$ xcrun altool --notarize-app --primary-bundle-id com.example.tool -u dev@example.com -p @keychain:AC_PASSWORD --file build/Tool.app\n*** Error: Is a directory The operation couldn't be completed. Is a directory",
		"notarizing Example.app failed: Error: Is a directory. The operation couldn’t be completed. Is a directory")
	readFirst(t, "text-notary-auth",
		"Uploading to notarization service\nError: altool reply could not be decoded: missing field 'notarization-upload'")
	// Near misses: the same words about a folder where no notarization
	// is named (a copy, codesign's own "Is a directory"), and a field
	// missing from another reply.
	readNothing(t,
		"cp: build/Tool.app: Error: Is a directory The operation couldn't be completed. Is a directory",
		"Error: missing field `upload-id` in the server's reply")
}

// Notarization's status Invalid retold in prose reads; a notary public's
// status and a status Accepted do not.
func TestNotaryStatusInvalidRetold(t *testing.T) {
	readFirst(t, "text-notary-invalid",
		"The `v0.7.4` release workflow received Apple notarization status `Invalid`, but `notarytool submit --wait` still exited successfully.",
		"notarytool came back with status: **Invalid** for the universal build, the arm64 one was Accepted.")
	readNoError(t, "The release workflow received Apple notarization status `Accepted` and stapled the ticket.",
		"DocuSign: remote online notarization status: Invalid. The notary public's commission had lapsed; the deed must be signed again.")
}

// Notarization failures retold in 2025-2026 threads (heldout139): the
// verdict without "status:", a submission left In Progress, a wrapper's
// missing credential or non-.p8 API key, --timestamp=none as what broke
// notarization, stapler's status in prose, and Chinese retellings. Each
// class has its near miss: the same words about something else.
func TestNotarizationRetold(t *testing.T) {
	readEach(t, []readCase{
		{"The release script kept going after Apple returned `Invalid`, so the log only showed a stapler error.", "text-notary-invalid"},
		{"notarytool reported \"Invalid\" for the second architecture.", "text-notary-invalid"},
		{"收到 Apple 返回的 *Invalid* 判定后脚本就退出了。", "text-notary-invalid"},
		{"The build is stuck at the notarizing stage: it only prints \"Notarizing MyApp.app\".", "text-notary-in-progress"},
		{"Our notarization submission has been `In Progress` since yesterday.", "text-notary-in-progress"},
		{"签名成功了，卡住的是公证：提交之后二十分钟没有输出。", "text-notary-in-progress"},
		{"Error: The teamId property is required when using notarization with password credentials", "text-notary-auth"},
		{"notarization failed: unable to parse EC private key for JWT: invalid key: Key must be a PEM encoded PKCS1 or PKCS8", "text-notary-auth"},
		{"Signing the helpers with --timestamp=none broke notarization again.", "text-no-secure-timestamp"},
		{"Notarization was rejected because the helper was signed with codesign --timestamp=none.", "text-no-secure-timestamp"},
		{"The job then tries to staple the app and fails with exit code 65.", "text-stapler-failed"},
		{"notarytool 返回 403：团队的协议已过期，需要账户持有人重新签署。", "text-agreement-required"},
	})
	for _, c := range []struct{ text, cause string }{
		{"When Apple rejects notarization, the script still staples and reports error 65.", "not notarized"},
		{"Error: The appleIdPassword property is required when using notarization with password credentials", "APPLE_APP_SPECIFIC_PASSWORD"},
		{"notarization failed: unable to parse EC private key for JWT: invalid key", ".p8"},
	} {
		r := Analyze([]byte(c.text))
		if len(r.Matches) == 0 || len(r.Matches[0].Causes) == 0 || !strings.Contains(r.Matches[0].Causes[0], c.cause) {
			t.Errorf("%q: first cause should say %q, got %v", c.text, c.cause, r.Matches)
		}
	}
	readNothing(t,
		"The payment API returned `Invalid` for the card token.",
		"The notary server returned `Invalid` for the TUF root metadata.",
		"The Jira submission remained In Progress for two weeks.",
		"材料卡在公证处了，公证书还没拿到。",
		"Error: The apiKey property is required when using authentication with tokens",
		"jwt: unable to parse EC private key for JWT: invalid key: Key must be a PEM encoded PKCS1 or PKCS8",
		"rsync reports error 65 after the upload step.",
		"HTTP 403：请求头中协议缺失。",
		"公证处说我们的协议已过期，需要重新签署。",
	)
	readNoError(t, "Our conference talk submission is still In Progress.")
	if r := Analyze([]byte("codesign --force --sign - --timestamp=none MyApp.app # ad-hoc build; notarization is skipped for dev builds")); hasID(r, "text-no-secure-timestamp") {
		t.Errorf("an ad-hoc dev build that skips notarization: got %v", ids(r))
	}
}

// notarytool that gets no reply from the notary service (offline, a
// timeout) fails before any status: the network, not the app.
func TestNotaryUnreachable(t *testing.T) {
	readFirst(t, "text-notary-unreachable",
		"Notarizing /Users/runner/work/app/src-tauri/target/release/bundle/macos/App.app\nfailed to bundle project: Error: HTTPError(statusCode: nil, error: Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\")",
		"Error: Failed to notarize via notarytool\nError: HTTPClientError.connectTimeout",
		"Macos: failed to notarize app. The Internet connection appears to be offline.")
	// Near misses: the same words from a Swift server's HTTP client and
	// from Safari, where nothing is notarized.
	readNothing(t,
		"[ ERROR ] webhook delivery failed: HTTPClientError.connectTimeout (retrying in 5s)",
		"Safari can't open the page because the Internet connection appears to be offline.",
		"Error: HTTPError(statusCode: nil, error: Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\") while fetching the feed")
}

// rcodesign's wait for the notary service, polled again and again.
func TestRcodesignPollInProgress(t *testing.T) {
	readFirst(t, "text-notary-in-progress", "2026-04-23 12:07:56,878 - signingscript.rcodesign - WARNING - poll state after 24s: InProgress")
	if hasID(Analyze([]byte("poll state after 24s: Accepted")), "text-notary-in-progress") {
		t.Errorf("an accepted submission read as in progress")
	}
}

// The Notary API's own "Unauthenticated", printed by a client that calls
// it with an App Store Connect API key (rcodesign) under the request it
// made, is a refused login; the token's cause leads. The same word from
// another service, or alone, is not the notary's.
func TestNotaryAPIUnauthenticated(t *testing.T) {
	for _, s := range []string{
		"HTTP error from https://appstoreconnect.apple.com/notary/v2/submissions\nUnauthenticated\n\n    Request ID: ABCDEFGHIJKLMNOPQRSTUVWXYZ.0.0\n\nError: error interacting with Notary API",
		"Error: appstore connect error:\nPOST https://appstoreconnect.apple.com/notary/v2/submissions\nUnauthenticated",
	} {
		readFirst(t, "text-notary-auth", s)
		if c := firstCause(s, "text-notary-auth"); !strings.Contains(c, "clock") || !strings.Contains(c, "Individual API key") {
			t.Errorf("%q: first cause %q", s, c)
		}
	}
	readNothing(t,
		"rpc error: code = Unauthenticated desc = transport: invalid token",
		"HTTP error from https://api.example.com/v2/submissions\nUnauthenticated",
		"GET https://appstoreconnect.apple.com/notary/v2/submissions\n200 OK",
	)
}

// notarytool's --key takes the .p8 file's path; a CI secret's PEM body
// passed instead is refused as an option, retold as "Invalid option".
// notarytool's "Invalid option" with no key named, and a key's "Invalid
// option" said of another tool, are not that.
func TestNotaryKeyPassedAsContent(t *testing.T) {
	for _, in := range []string{
		// runloom/pier#111 (verbatim).
		"- Notarize failed: `notarytool` got `Invalid option` because `APPLE_API_KEY` was the PEM body; it must be a path to a `.p8` file.",
		// netease-lcap/wave-agent#1684 (verbatim line).
		"根因：@electron/notarize 2.5.0（electron-builder 26.15.3 透传）把 APPLE_API_KEY 原样作为 notarytool --key 参数，期望 p8 文件路径而非内容。GitHub secret 存的 PEM 内容以 ----BEGIN 开头，被 notarytool 当 option 解析报 Invalid option。",
	} {
		r := Analyze([]byte(in))
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-notary-auth" {
			t.Errorf("%q: got %v, want text-notary-auth", in, ids(r))
			continue
		}
		if c := r.Matches[0].Causes; len(c) == 0 || c[0] != causeNotaryKeyPassedAsContent {
			t.Errorf("%q: causes %q, want the PEM text passed as --key", in, c)
		}
	}
	for _, in := range []string{
		"xcrun notarytool submit MyApp.zip --wait: Invalid option, did you mean --wait?",
		"openssl pkey -in AuthKey.p8: Invalid option -nocrypt",
		"ssh-keygen reported Invalid option for the PEM key; notarytool was never run",
	} {
		if r := Analyze([]byte(in)); hasID(r, "text-notary-auth") {
			t.Errorf("%q: got %v, want no notary login failure", in, ids(r))
		}
	}
}

// notarytool's invalid signature retold (round 211); codesign's own words
// about a signature are another entry's.
func TestBinarySignatureInvalidRetold(t *testing.T) {
	if !hasID(Analyze([]byte("notarization would always fail, with `notarytool` reporting that the signature for the main binary was invalid.")), "text-binary-signature-invalid") {
		t.Error("notarytool's verdict retold not read")
	}
	for _, s := range []string{
		"codesign reporting that the signature for the main binary was invalid",
		"notarytool reporting that the signature for the main binary was valid",
	} {
		if hasID(Analyze([]byte(s)), "text-binary-signature-invalid") {
			t.Errorf("read as the notary service's verdict: %q", s)
		}
	}
}
