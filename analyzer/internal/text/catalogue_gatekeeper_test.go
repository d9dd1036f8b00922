package text

import (
	"strings"
	"testing"
)

// Words of a message someone set in bold are read as the message; the
// underscores of segment names are left alone.
func TestMarkdownBold(t *testing.T) {
	r := Analyze([]byte(`macOS says "Foo.app" is **damaged and can't be opened**. You should move it to the Trash.`))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-gatekeeper-damaged" {
		t.Errorf("bold: got %v", ids(r))
	}
	if d := normalise([]byte("__TEXT **x**")); d.text != "__TEXT x" {
		t.Errorf("got %q", d.text)
	}
}

// A download called damaged in the user's words counts where the paste
// names a Mac or its chip, and not where nothing places it on a Mac.
func TestDamagedOnAMac(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"Downloading the Mac version, which is reporting as damaged on 12.3.1.",
		"Installed on my device (M4 Pro chipset). When I try to open it, a message about the app is damaged appears.",
	)
	readNothing(t,
		"The backup tool keeps reporting as damaged every archive I made last week.",
		"Word shows a message that the document is damaged.",
		"On my Mac, Preview says the PDF is damaged.",
	)
}

// spctl prints one assessment over several lines: its parts count once; two
// assessments rejected count twice.
func TestMultiLineMessageCountsOnce(t *testing.T) {
	count := func(s string) int {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-gatekeeper-unverified" {
				return m.Count
			}
		}
		return 0
	}
	if n := count("Example.dmg: rejected\nsource=Unnotarized Developer ID\n"); n != 1 {
		t.Errorf("one assessment counted %d times", n)
	}
	if n := count("A.app: rejected\nB.app: rejected\n"); n != 2 {
		t.Errorf("two assessments counted %d times", n)
	}
}

// An app's own dialog calling itself damaged and asking to be downloaded
// again is its App Store receipt, not Gatekeeper; Gatekeeper's alert next to
// a user who deleted and downloaded the app again is still read.
func TestAppOwnDamagedDialog(t *testing.T) {
	readNothing(t, `App successfully installs, but force quits within minutes of being opened with dialog stating "Acme Pro is damaged, please delete app and redownload".`)
	s := "“Acme.app” is damaged and can’t be opened. You should move it to the Trash.\nI tried to delete the app and redownload it, same message."
	if !hasID(Analyze([]byte(s)), "text-gatekeeper-damaged") {
		t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
	}
}

// Gatekeeper's malware alerts of newer macOS: XProtect's "Malware Blocked
// and Moved to Trash" and the could-not-verify alert quoted as "is not
// able to verify"; a writer's word "malware" or a question is neither.
func TestMalwareBlockedAndNotAbleToVerify(t *testing.T) {
	readFirst(t, "text-gatekeeper-will-damage", `Malware Blocked and Moved to Trash "Foo.app" was not opened because it contains malware. This action did not harm your Mac.`)
	readFirst(t, "text-gatekeeper-will-damage", `“Foo.app” was not opened because it contains malware.`)
	readFirst(t, "text-gatekeeper-unverified", "Apple is not able to verify that it is free from malware that could harm your Mac or compromise your privacy.")
	r := Analyze([]byte(`Apple was unable to verify “Foo” is free from malware.`))
	if len(r.Matches) == 0 || r.Matches[0].Entry.ID != "text-gatekeeper-unverified" || !hasValue(r.Matches[0].Values, "app", "Foo") {
		t.Errorf("unable to verify: got %v", r.Matches)
	}
	readNothing(t,
		"The scanner says the download contains malware.",
		"Malware blocked by your antivirus.",
		"Is Apple able to verify that it is free from malware?",
	)
}

// Gatekeeper's "damaged" beside a build said to be unsigned, a quarantine
// cleared to open it, or an arm64 build with no Developer ID shown leads
// with the unsigned or ad hoc cause; the hardened runtime's
// allow-unsigned-executable-memory and a Developer ID signature do not.
func TestDamagedUnsignedBuild(t *testing.T) {
	const alert = `"Foo.app" is damaged and can't be opened. You should move it to the Trash.`
	for _, s := range []string{
		alert + "\nThe release workflow produces **unsigned** bundles.",
		alert + "\nIt works after xattr -cr /Applications/Foo.app",
		alert + "\nOnly the Foo_1.0.0_aarch64.dmg build does this.",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] != causeDamagedAdhoc {
			t.Errorf("%q: not led with the unsigned or ad hoc cause", s)
		}
	}
	for _, s := range []string{
		alert + "\n<key>com.apple.security.cs.allow-unsigned-executable-memory</key><true/>",
		alert + "\nFoo_arm64.dmg, signed with Developer ID Application: Foo Inc (ABCDE12345)",
	} {
		if m := firstMatch(Analyze([]byte(s)), "text-gatekeeper-damaged"); m == nil || m.Causes[0] == causeDamagedAdhoc {
			t.Errorf("%q: not read, or led with an unsigned build it does not show", s)
		}
	}
}

// Gatekeeper's "damaged" retold: "saying it's damaged", a "damaged error"
// on arm64 builds, read where the paste is about a Mac; the same words
// about a document or with nothing Apple around them are not read.
func TestDamagedRetoldOnMac(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"after removing the quarantine, macos refuses to run the app, saying its damaged.",
		"The damaged error on arm64 builds is gone once the app is signed; macOS needs at least an ad hoc signature.",
	)
	readNothing(t,
		"Word keeps saying the document is damaged.",
		"The unzip tool keeps saying its damaged.",
		"The damaged error on arm64 builds of the tarball came from a truncated upload.",
	)
}

// An editor's binary retold as flagged, or a download retold as damaged,
// where the paste names the Mac only in its OS field, by "mac m1" or by
// Nix's system; a scanner's or another OS's verdict is not.
func TestFlaggedOrDamagedWithMacElsewhere(t *testing.T) {
	readFirst(t, "text-gatekeeper-will-damage",
		"Language Server is flagged as malware\n\n### Operating System\n\nmacOS Ventura 13.3.1",
		"The Mac binary was flagged as malware after the update",
	)
	readFirst(t, "text-gatekeeper-damaged",
		"`pkgs.jetbrains.idea-community` on `aarch64-darwin` gives an error of damaged and can't be opened",
		"IntelliJ on my mac m1 gives an error of damaged and can't be opened",
	)
	readNothing(t,
		"Language Server is flagged as malware\nOS: Windows 11",
		"The binary is flagged as malware by VirusTotal. Works on macOS though.",
		"the extension is flagged as malware by our antivirus on my Mac",
		"The Linux binary was flagged as malware",
		"on x86_64-linux the zip is damaged and can't be opened",
		"the mac m1 photo is damaged and cannot be opened in Preview",
	)
}

// Gatekeeper's alerts retold in Chinese: the damaged alert with the app's
// name quoted, the malware check beside the Mac; a document called damaged
// and an antivirus's words are not.
func TestGatekeeperRetoldChinese(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged",
		"macOS 下提示 “Notes” 已损坏",
		"Mac 安装程序显示 \"已损坏\" 如何处理?",
		"mac 打开提示“Notes.app”已损坏",
	)
	readFirst(t, "text-gatekeeper-unverified", "macbook打不开 说是无法检测是否含有恶意软件")
	readNothing(t,
		"macOS 下提示 “report.pdf” 已损坏",
		"杀毒软件无法检测是否含有恶意软件",
	)
}

// Apple's alerts as Japanese and Chinese users of macOS and iOS paste or
// retell them; the same words about a document, a disk or a checksum are
// not read.
func TestEastAsianAlertsRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged", "Mac os 显示已经损坏应该丢到废纸篓", "macOS 提示“Example”已损坏")
	readFirst(t, "text-gatekeeper-unverified", `"Example"は開いていません`, "「このアプリにマルウェアが含まれていないことをmacOSは確認できません」", "このAppにマルウェアが含まれていないことをmacOSで検証できません。")
	readFirst(t, "text-integrity-not-verified", "「このアプリは整合性を検証できなかったため、インストールできません」")
	readNothing(t,
		"Mac 显示硬盘已经损坏",
		"ファイルは開いていません",
		"マルウェアが含まれていないことを確認できました",
		"ダウンロードしたファイルの整合性を検証できませんでした",
	)
}

// Homebrew's and gktool's Gatekeeper refusals and the damaged alert retold
// beside a disk image are read; the same words about other things are not.
func TestCaskGatekeeperForms(t *testing.T) {
	for s, id := range map[string]string{
		"Warning: tomatobar has been deprecated because it does not pass the macOS Gatekeeper check! It will be disabled on 2026-09-01.": "text-gatekeeper-unverified",
		"Scan completed, but failed because the software is not signed by a distributor that meets the system Gatekeeper requirements.":  "text-gatekeeper-unverified",
		"Running the application from the DMG after dragging it to the /Applications folder reports the app as \"damaged\"":              "text-gatekeeper-damaged",
		"After installing via Homebrew on my MacBook, a prompt appears stating the application is damaged.":                              "text-gatekeeper-damaged",
		"The macOS v2.7 release is ad-hoc signed rather than Developer ID signed, and is rejected by macOS Gatekeeper.":                  "text-gatekeeper-unverified",
		"opening it prompts with \"This app was downloaded from internet. Apple checked it for malicious ...\"":                          "text-gatekeeper-first-launch",
		"gatekeeper catches it and verifies the file, then asks if I want to open it as it was downloaded from the internet.":            "text-gatekeeper-first-launch",
	} {
		if !hasID(Analyze([]byte(s)), id) {
			t.Errorf("%q: not read as %s (got %v)", s, id, ids(Analyze([]byte(s))))
		}
	}
	readNoError(t,
		"The goalkeeper does not pass the ball; the gatekeeper check is in the lobby.",
		"The upload failed: a prompt appears stating the application is damaged, please re-upload the form.",
		"Error: wail: It seems the App source '/Applications/WAIL.app' is not there.",
		"The PR was rejected by the gatekeeper of the project.",
	)
}

// Editor tooling's refusals are read from spctl's bare verdict on an
// executable, the malware alert retold, lldb's non-interactive refusal and
// binaries said to miss a code signature; a rejection by someone else, other
// malware talk and other missing signatures are not.
func TestEditorToolingForms(t *testing.T) {
	readEach(t, []readCase{
		{"Output:\n\n  /Users/user/.local/bin/codebase-memory-mcp: rejected\n", "text-gatekeeper-unverified"},
		{"/Applications/Tool.app/Contents/MacOS/tool: rejected\nsource=no usable signature", "text-gatekeeper-unverified"},
		{"Apple could not verify that the vscode-rust-app does not contain malware that could be harmful to your Mac", "text-gatekeeper-unverified"},
		{"process exited with status -1 (this is a non-interactive debug session, cannot get permission to debug processes.)", "text-debugger-attach-denied"},
		{"There are several binaries which are missing Codesign signature:", "text-not-signed"},
	})
	readNoError(t,
		"/Users/user/pr/123: rejected by the reviewer",
		"The upload to /api/v1/files: rejected because it is too large",
		"The scanner could not verify that the archive does not contain malware on Windows",
		"The release artifacts are missing GPG signatures",
		"cannot get permission to write to the folder",
	)
}

// Gatekeeper's alert retold for a downloaded Rust or Go binary (macOS
// flags it as malware, does not think it safe, shows an error because it
// was not notarized, Gatekeeper cannot verify the developer) is read; the
// same verbs about other systems, or notarization named without an alert,
// are not. Taskgated's "Invalid Signature" is read with its quotes, and a
// kill beside the loader's "Bad executable" leads with a file changed
// after signing.
func TestRetoldGatekeeperForBinaries(t *testing.T) {
	readEach(t, []readCase{
		{"macOS flagged notesium-darwin-arm64 as potentially containing malware and refused to open it.", "text-gatekeeper-unverified"},
		{"I tried to open it but macOS doesn't think it's safe.", "text-gatekeeper-unverified"},
		{"macos shows an error screen because the binary was not notarized.", "text-gatekeeper-unverified"},
		{"Gatekeeper checks it, finds no Developer ID, and blocks it with \"cannot verify the developer\".", "text-gatekeeper-unverified"},
		{"hardened runtime combined with an ad-hoc signature triggers Taskgated \"Invalid Signature\" SIGKILL.", "text-code-signature-invalid"},
	})
	readNoError(t,
		"Windows Defender flagged the installer as potentially containing malware.",
		"macOS doesn't think it's necessary to restart after the update.",
		"macos shows an error because the disk is full; the binary was notarized fine.",
		"We will notarize the binary in the next release.",
		"Taskgated reported nothing unusual.",
	)
	kill := "fish: Job 1, '/usr/local/bin/toru' terminated by signal SIGKILL (Forced quit)\ndtrace: failed to execute toru: Bad executable (or shared library)"
	m := firstMatch(Analyze([]byte(kill)), "text-killed-at-launch")
	if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], "modified after signing") {
		t.Errorf("kill beside Bad executable: %+v", m)
	}
}

// Gatekeeper's alerts as a new user retells them are read; the same words
// about something else are not.
func TestGatekeeperRetoldNoAudience(t *testing.T) {
	for s, want := range map[string]string{
		"I did what you've said, but MacOs repeatedly told me to move it to the Bin.": "text-gatekeeper-unverified",
		"Apple cannot check if this software is malicious":                            "text-gatekeeper-unverified",
		"Apple Cant Analyze if Malware or not":                                        "text-gatekeeper-unverified",
		"The app shows as damaged after downloading\n\nAm I missing something?":       "text-gatekeeper-damaged",
	} {
		if !hasID(Analyze([]byte(s)), want) {
			t.Errorf("%q: got %v, want %s", s, ids(Analyze([]byte(s))), want)
		}
	}
	readNothing(t,
		"macOS told me to move the old version to the Applications folder.",
		"The scanner cannot check if this software is malicious.",
		"The PDF shows as damaged after downloading.",
		"The file shows as damaged after downloading.",
	)
}

// A Mac that will not let the user open a program is Gatekeeper; one that
// will not let them open a folder or a file is not read.
func TestGatekeeperWontLetMeOpen(t *testing.T) {
	for _, s := range []string{
		"I just bought iMac and play some emulator games but my mac doesn't allow me to open the program what can ı do about it?",
		"macOS won't let me open the app.",
	} {
		if !hasID(Analyze([]byte(s)), "text-gatekeeper-unverified") {
			t.Errorf("%q: got %v", s, ids(Analyze([]byte(s))))
		}
	}
	readNothing(t,
		"macOS won't let me open the Desktop folder in Terminal.",
		"My Mac doesn't allow me to open the file.",
	)
}

// Privacy & Security's note for an app it blocked is Gatekeeper's verdict
// on an unnotarized app; an app blocked for other reasons is not.
func TestBlockedNotFromIdentifiedDeveloper(t *testing.T) {
	s := `"LiteratureClock.saver" was blocked from use because it is not from an identified developer.`
	if firstMatch(Analyze([]byte(s)), "text-gatekeeper-unverified") == nil {
		t.Errorf("%q not read", s)
	}
	near := `"Acme.app" was blocked from use because it uses too much memory.`
	if firstMatch(Analyze([]byte(near)), "text-gatekeeper-unverified") != nil {
		t.Errorf("%q read as Gatekeeper's verdict", near)
	}
}

// Line numbers count every input line, blank ones and quote markers alone on
// a line included, and quote markers do not end up in values.
func TestQuotedLinesAndNumbers(t *testing.T) {
	in := "When trying to submit:\r\n\r\n> \n> Swift Console.app: rejected (the code is valid but does not seem to be an app)\n"
	r := Analyze([]byte(in))
	if len(r.Matches) != 1 || r.Matches[0].Entry.ID != "text-spctl-not-an-app" {
		t.Fatalf("got %v", ids(r))
	}
	m := r.Matches[0]
	if m.Line != 4 {
		t.Errorf("line %d, want 4", m.Line)
	}
	if !hasValue(m.Values, "path", "Swift Console.app") {
		t.Errorf("values %v, want path Swift Console.app", m.Values)
	}
}

// Near misses of the context rules the second held-out set led to: each
// rule changes the answer only where the surroundings say so.
func TestContextNearMisses(t *testing.T) {
	first := func(in, id string) (string, bool) {
		for _, m := range Analyze([]byte(in)).Matches {
			if m.Entry.ID == id {
				if len(m.Causes) == 0 {
					return "", true
				}
				return m.Causes[0], true
			}
		}
		return "", false
	}
	for _, c := range []struct {
		name, text, id string
		found          bool
		firstSays      string // "" when the entry's own first cause must stay first
	}{
		{"spctl accepted is no failure", "Foo.app: accepted\nsource=Notarized Developer ID\norigin=Developer ID Application: Foo Ltd (ABCDE12345)", "text-gatekeeper-unverified", false, ""},
		{"spctl rejected, unnotarized", "Foo.app: rejected\nsource=Unnotarized Developer ID", "text-gatekeeper-unverified", true, ""},
		{"spctl rejected, notarized: policy", "Foo.app: rejected\nsource=Notarized Developer ID\norigin=Developer ID", "text-gatekeeper-unverified", true, "App Store only"},
		{"app target needs a team", `Signing for "LoopFollow" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, ""},
		{"pod resource bundle needs a team", `Signing for "Foo-FooResources" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, "resource bundle"},
		{"killed at launch", "$ ./tool\nzsh: killed     ./tool", "text-killed-at-launch", true, ""},
		{"killed after hours", "the service runs for a while and after a few hours:\nzsh: killed     ./tool", "text-killed-at-launch", false, ""},
		{"killed for memory", "The app crashes because of low-memory\n\n> <Warning>: Application 'UIKitApplication:com.acme.x[0x1828]' exited abnormally with signal 9: Killed: 9", "text-killed-at-launch", false, ""},
		{"system extension failed validation", "(OSSystemExtensionErrorDomain error 9.)", "text-system-extension-rejected", true, "restricted entitlements"},
		{"kmutil bad code signature", "Error Domain=KMErrorDomain Code=29 \"Authenticating extension failed: Bad code signature\"", "text-kext-not-loaded", true, "changed after signing"},
		{"dlopen, library signature invalid", "dlopen(/x/plugins/libfoo.dylib, 5): no suitable image found.  Did find:\n\t/x/plugins/libfoo.dylib: code signature invalid for '/x/plugins/libfoo.dylib'", "text-code-signature-invalid", true, "library or plug-in"},
		{"signing certificate expired", "security: CSSMERR_TP_CERT_EXPIRED\nThe certificate has expired", "text-cert-expired", true, ""},
		{"registry certificate expired", "npm ERR! request to https://registry.example.org/x.tgz failed, reason: certificate has expired", "text-cert-expired", false, ""},
		{"framework bundle format", "/x/App.app/Frameworks/Foo.framework: bundle format unrecognized, invalid, or unsuitable", "text-bundle-format", true, "Info.plist"},
		{"app bundle format", "/x/App.app: bundle format unrecognized, invalid, or unsuitable", "text-bundle-format", true, ""},
		{"stapler usage", "Error: Failed to staple your application with code: 64\n\nUsage: stapler staple [-q] [-v] path", "text-stapler-failed", true, "usage"},
		{"keychain dialog refused to codesign", "codesign: SecKeychainItemCopyAccess: User interaction is not allowed.", "text-user-interaction-not-allowed", true, ""},
		{"keychain dialog refused to another app", "getAuthToken error : User interaction is not allowed.", "text-user-interaction-not-allowed", false, ""},
		{"package resource bundle needs a team", "/x/SourcePackages/checkouts/pkg/Package.swift: error: Signing for \"Pkg_PkgResources\" requires a development team. Select a development team in the Signing & Capabilities editor.", "text-requires-development-team", true, "Swift Package Manager"},
		{"underscored app target needs a team", `Signing for "My_App" requires a development team. Select a development team in the Signing & Capabilities editor.`, "text-requires-development-team", true, ""},
		{"certificate of a team of one's own", `No signing certificate "iOS Development" found: No "iOS Development" signing certificate matching team ID "ABCDE12345" with a private key was found.`, "text-no-signing-certificate", true, ""},
		{"certificate of another's team", "None of your accounts are a member of 'ABCDE12345': An unexpected error occurred.\nNo signing certificate \"iOS Development\" found: No \"iOS Development\" signing certificate matching team ID \"ABCDE12345\" with a private key was found.", "text-no-signing-certificate", true, "ABCDE12345"},
		{"identity not found on a desk", "error: The specified item could not be found in the keychain.", "text-identity-not-found", true, ""},
		{"identity not found in CI", "Jenkins build: error: The specified item could not be found in the keychain.", "text-identity-not-found", true, "unlock"},
		{"signing certificate revoked", "MyApp.app: CSSMERR_TP_CERT_REVOKED", "text-cert-revoked", true, ""},
		{"e-mail certificate revoked in a TLS trust store", `crypto/x509: verify-cert rejected CN=user@example.com: "Cert Verify Result: CSSMERR_TP_CERT_REVOKED"`, "text-cert-revoked", false, ""},
		{"code signing required alone", "Code Signing Error: Code signing is required for product type 'Application' in SDK 'iOS 11.4'", "text-requires-development-team", true, ""},
		{"code signing required after another error", "Code Signing Error: Provisioning profile \"Ext\" has app ID \"com.example.app.ext\", which does not match the bundle ID \"com.example.app\".\nCode Signing Error: Code signing is required for product type 'App Extension' in SDK 'iOS 11.4'", "text-requires-development-team", false, ""},
		{"altool upload refused the login", "Unable to upload your app for notarization. (-1011)", "text-notary-auth", true, ""},
		{"URL loading error -1011", "Error Domain=NSURLErrorDomain Code=-1011 \"(null)\"", "text-notary-auth", false, ""},
		{"export needs a profile", `error: exportArchive: "Runner.app" requires a provisioning profile.`, "text-no-profiles-found", true, ""},
		{"profile needs a capability", `"Runner" requires a provisioning profile with the Push Notifications feature.`, "text-no-profiles-found", false, ""},
		{"framework target given a profile", `Code Signing Error: UnityFramework does not support provisioning profiles, but provisioning profile Apple_Dist has been manually specified. Set the provisioning profile value to "Automatic" in the build settings editor.`, "text-conflicting-provisioning-settings", true, "UnityFramework is a kind of target that takes no provisioning profile"},
		{"a target without profiles is no capability", `Code Signing Error: UnityFramework does not support provisioning profiles, but provisioning profile Apple_Dist has been manually specified.`, "text-profile-doesnt-support", false, ""},
		{"profile without a capability, long form", `Provisioning profile "Foo AppStore" does not support the App Groups capability.`, "text-profile-doesnt-support", true, ""},
		{"damaged in prose", "It tells me the executable is damaged and I should move it to the trash when trying to run it.", "text-gatekeeper-damaged", true, ""},
		{"damaged without the dialog", "The disk image is damaged; download it again.", "text-gatekeeper-damaged", false, ""},
		{"an Info.plist key is no entitlement", `ERROR ITMS-90713: "Missing Info.plist value. A value for the Info.plist key 'CFBundleIconName' is missing in the bundle 'org.name.app'."`, "text-invalid-entitlements", false, ""},
		{"an entitlement key in a file", `ERROR ITMS-90046: "Invalid Code Signing Entitlements. Your application bundle's signature contains code signing entitlements that are not supported on iOS. Specifically, value 'development' for key 'aps-environment' in 'Payload/EMQ.app/EMQ' is not supported."`, "text-invalid-entitlements", true, "development value"},
		{"library refused by system policy", `dyld[1]: Library not loaded: @rpath/libfoo.dylib Reason: tried: '/x/libfoo.dylib' (code signature in <no uuid> '/x/libfoo.dylib' not valid for use in process: library load disallowed by system policy)`, "text-gatekeeper-unverified", true, "quarantined"},
		{"app refused by Gatekeeper", `"Foo" cannot be opened because the developer cannot be verified.`, "text-gatekeeper-unverified", true, ""},
		{"signature format unreadable", "foo: invalid or unsupported format for signature\nIn architecture: x86_64", "text-code-signature-modified", true, "cstemp"},
		{"ITMS-90164 with get-task-allow", `ERROR ITMS-90164: "Invalid Code Signing Entitlements. The entitlements in your app bundle signature do not match the ones that are contained in the provisioning profile. According to the provisioning profile, the bundle contains a key value that is not allowed: 'true' for the key 'get-task-allow' in 'Payload/A.app/A'."`, "text-get-task-allow", true, ""},
		{"framework with an ad hoc signature", "Failed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.o0FBbl/extracted/Runner.app/Frameworks/objective_c.framework : 0xe8008014 (The executable contains an invalid signature.)", "text-app-no-valid-signature", true, "objective_c.framework inside the app"},
		{"app with an invalid signature", "Error 0xe8008014: The executable contains an invalid signature. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)", "text-app-no-valid-signature", true, ""},
		{"spctl on a bare tool", "`spctl --assess --type execute` rejects that shape with `the code is valid but does not seem to be an app`", "text-spctl-not-an-app", true, ""},
		{"plural features list", `error: exportArchive "Project.app" requires a provisioning profile with the App Groups, Apple Pay, Associated Domains, and Push Notifications features.`, "text-profile-doesnt-support", true, ""},
		{"damaged, cannot be installed", `"App is damaged and cannot be installed"`, "text-gatekeeper-damaged", true, ""},
		{"stapler record not found", `CloudKit query for A.app (2/abc) failed due to "Record not found".` + "\nThe staple and validate action failed! Error 65.", "text-stapler-failed", true, "not yet accepted"},
		{"no altool while notarizing", "Error notarizing:\nxcrun: error: unable to find utility \"altool\", not a developer tool or in PATH", "text-altool-retired", true, ""},
		{"no altool for an App Store upload", "xcrun altool --upload-app -f App.ipa -t ios\nxcrun: error: unable to find utility \"altool\", not a developer tool or in PATH", "text-altool-retired", false, ""},
		{"kill at exec retold on macOS", "Cross-compiled darwin/arm64 binaries get SIGKILLed at exec on Apple Silicon.", "text-killed-at-launch", true, ""},
		{"kill at launch retold elsewhere", "On Android the app gets killed on launch by the low-memory killer.", "text-killed-at-launch", false, ""},
		{"damaged alert retold without is", `On macOS if you see "this application Damaged and Can't Be Opened!"`, "text-gatekeeper-damaged", true, ""},
		{"a PDF damaged", "My PDF got damaged and can't be opened in Preview.", "text-gatekeeper-damaged", false, ""},
		{"the alert's reason alone", "Cannot be opened, the developer cannot be verified", "text-gatekeeper-unverified", true, ""},
		{"a developer account not verified", "Your developer account cannot be verified. Please contact support.", "text-gatekeeper-unverified", false, ""},
		{"installer identity not found", "productsign: error: Could not find appropriate signing identity for “Developer ID Installer: Acme (ABCDE12345)”.", "text-identity-not-found", true, "installer certificate"},
		{"a .p12 given as the identity", "pkgbuild: error: Could not find appropriate signing identity for “/x/installer.p12”.", "text-identity-not-found", true, ".p12 file"},
		{"a page that does not match", "Termination Reason: Namespace CODESIGNING, Code 2 Invalid Page", "text-code-signature-invalid", true, "changed after signing"},
		{"code signature invalid at launch", "Exception Type: EXC_CRASH (Code Signature Invalid)\nTermination Reason: Namespace CODESIGNING, Code 0x1", "text-code-signature-invalid", true, ""},
		{"LaunchServices: damaged or incomplete", "You can’t open the application “Foo” because it may be damaged or incomplete.", "text-app-cant-be-opened", true, ""},
		{"build settings name a profile UUID not installed", "Code Sign error: No matching provisioning profile found: Your build settings specify a provisioning profile with the UUID “0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9”, however, no such provisioning profile was found.", "text-no-profiles-found", true, "not installed on this Mac"},
		{"no matching profiles, no UUID", "Code Sign error: No matching provisioning profiles found", "text-no-profiles-found", true, ""},
	} {
		got, found := first(c.text, c.id)
		if found != c.found {
			t.Errorf("%s: found %v, want %v (%v)", c.name, found, c.found, ids(Analyze([]byte(c.text))))
			continue
		}
		if !found {
			continue
		}
		own := Lookup(c.id).Causes[0]
		switch {
		case c.firstSays == "" && got != own:
			t.Errorf("%s: first cause %q, want the entry's own %q", c.name, got, own)
		case c.firstSays != "" && !strings.Contains(got, c.firstSays):
			t.Errorf("%s: first cause %q does not say %q", c.name, got, c.firstSays)
		}
	}
}

// Gatekeeper's alerts in macOS's other languages are read by their reason
// (developer not verified, no malware check) or the advice to move the app
// to the Trash; a document that is damaged or cannot be opened is not one.
func TestLocalizedGatekeeperAlerts(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"„Foo“ kann nicht geöffnet werden, da der Entwickler nicht verifiziert werden kann.", "text-gatekeeper-unverified"},
		{"Impossibile aprire “Foo” perché lo sviluppatore non può essere verificato.", "text-gatekeeper-unverified"},
		{"无法打开“Foo”，因为无法验证开发者。", "text-gatekeeper-unverified"},
		{"“Foo”は、開発元を検証できないため開けません。", "text-gatekeeper-unverified"},
		{"„Foo“ ist beschädigt und kann nicht geöffnet werden. Du solltest es in den Papierkorb legen.", "text-gatekeeper-damaged"},
		{"“Foo”已损坏,无法打开。你应该将它移到废纸篓。", "text-gatekeeper-damaged"},
		{"无法打开“Foo”，因为 Apple 无法检查其是否包含恶意软件。", "text-gatekeeper-unverified"},
		{"macOS 打开 Foo 提示应用已损坏", "text-gatekeeper-damaged"},
		{"Windows 打开 Foo.zip 提示文件已损坏", ""},
		{"Apple无法验证“Foo”是否包含可能危害Mac安全或泄漏隐私的恶意软件。", "text-gatekeeper-unverified"},
		{"„Apple konnte nicht überprüfen, ob ‚Foo‘ frei von Schadsoftware ist“", "text-gatekeeper-unverified"},
		{"Apple n’a pas pu confirmer que « Foo » ne contenait pas de logiciel malveillant", "text-gatekeeper-unverified"},
		{"Apple no pudo verificar que «Foo» no contenga software malicioso", "text-gatekeeper-unverified"},
		{"A Apple não conseguiu verificar se o Foo está livre de software malicioso", "text-gatekeeper-unverified"},
		{"Appleは、“Foo”にMacに損害を与えたり、プライバシーを侵害する可能性のあるマルウェアが含まれていないことを検証できませんでした。", "text-gatekeeper-unverified"},
		{"‘Foo’은(는) Apple에서 악성 소프트웨어가 있는지 확인할 수 없기 때문에 열 수 없습니다.", "text-gatekeeper-unverified"},
		{"Next to \"Foo was blocked to protect your Mac\", click Open Anyway.", "text-gatekeeper-unverified"},
		{"Apple n’a pas pu confirmer cet achat. Restaurez vos achats ou réessayez.", ""},
		{"A Apple não conseguiu verificar uma transação recente.", ""},
		{"The update was blocked to protect your Mac from an unknown extension.", ""},
		{"「\"Foo.app\" は壊れているため開けません。ディスクイメージを取り出す必要があります。」", "text-gatekeeper-damaged"},
		{"“Foo”将对您的电脑造成伤害。您应该将它移到废纸篓。", "text-gatekeeper-will-damage"},
		{"Mac 上打开 Word 文档，提示文档已损坏", ""},
		{"Die Datei „Bericht.docx“ ist beschädigt und kann nicht geöffnet werden.", ""},
		{"Die Datei kann nicht geöffnet werden, da sie von einem anderen Prozess verwendet wird.", ""},
		{"Impossibile aprire il file perché è danneggiato.", ""},
		{"No se puede abrir el archivo porque está dañado.", ""},
		{"개발자를 확인할 수 없기 때문에 'Foo.vst'을(를) 열 수 없습니다.", "text-gatekeeper-unverified"},
		{"“Foo.dmg” is damaged and can’t be opened. You should eject the disk image.", "text-gatekeeper-damaged"},
		{"“Report” is damaged and can’t be opened. You should eject the disk.", ""},
		{"On macOS the app won't start, it says its damaged and says to delete it.", "text-gatekeeper-damaged"},
		{"Acrobat says the PDF is damaged and could not be repaired.", ""},
	} {
		got := ids(Analyze([]byte(c.text)))
		found := false
		for _, id := range got {
			found = found || id == c.want
			if c.want == "" && strings.HasPrefix(id, "text-gatekeeper") {
				t.Errorf("%q: %s, want no Gatekeeper alert", c.text, id)
			}
		}
		if c.want != "" && !found {
			t.Errorf("%q: %v, want %s", c.text, got, c.want)
		}
	}
}

// What end users paste: the malware alert retold with "whether", amfid's
// decimal CSSMERR_TP_CERT_REVOKED and installd's unknown error where it
// failed to verify the signature are read; the same words about anything
// else, another decimal code and installd's unknown error or lost
// connection without a failed signature check are not.
func TestEndUserPastes(t *testing.T) {
	for _, c := range []struct {
		in, id string
		want   bool
	}{
		{`Apple could not verify whether "boringNotch" is free of malware that could damage your Mac or violate your privacy.`, "text-gatekeeper-unverified", true},
		{`We could not verify whether the backup is free of errors.`, "text-gatekeeper-unverified", false},
		{"amfid\t/Applications/Foo.app/Contents/MacOS/Foo signature not valid: -2147409652", "text-cert-revoked", true},
		{"amfid\t/Applications/Foo.app/Contents/MacOS/Foo signature not valid: -2147409651", "text-cert-revoked", false},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.XhVlHm/extracted/AltStore.app : 0xe8008001 (An unknown error has occurred.)", "text-app-no-valid-signature", true},
		{"ERROR: Could not connect to lockdownd: 0xe8008001 (An unknown error has occurred.)", "text-app-no-valid-signature", false},
		{`The installation of a self-signed IPA fails with the error message: "Error 0xe8008001: An unknown error has occurred. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)"`, "text-app-no-valid-signature", true},
		{"An unknown error has occurred.\nDomain: com.apple.dt.MobileDeviceErrorDomain\nCode: -402620415\nUser Info: {\n    DVTRadarComponentKey = 280331;\n    MobileDeviceErrorCode = \"(0xE8008001)\";\n    \"com.apple.dtdevicekit.stacktrace\" = (\n\t0   DTDeviceKitBase                     0x00000001293debec DTDKCreateNSErrorFromAMDErrorCode + 272\n\t1   DTDeviceKitBase                     0x000000012941a3f4 __90-[DTDKMobileDeviceToken installApplicationBundleAtPath:withOptions:andError:withCallback:]_block_invoke + 160", "text-app-no-valid-signature", false},
		{"ios-deploy[62544:3006278] [ !! ] Error 0xe800000e: End of file. AMDeviceSecureTransferPath(0, device, url, options, transfer_callback, 0)", "text-app-no-valid-signature", false},
		{"6s ios 14\nFailed to verify code signature of\n![Screenshot from 2020-10-16 14-48-44](https://user-images.githubusercontent.com/66891134/96268277-c64cee00-0fc0-11eb-9091-e91931dfe85e.png)", "text-app-no-valid-signature", true},
		{"Failed to verify code signature of\n/private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.4TdWwd/extracted/Altstore.app : 0xe800800d (There was an error communicating with your device.)", "text-app-no-valid-signature", false},
		{"Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.4TdWwd/extracted/Altstore.app : 0xe800800d (There was an error communicating with your device.)", "text-app-no-valid-signature", false},
	} {
		got := false
		for _, m := range Analyze([]byte(c.in)).Matches {
			got = got || m.Entry.ID == c.id
		}
		if got != c.want {
			t.Errorf("%q: %s found %v, want %v", c.in, c.id, got, c.want)
		}
	}
}

// A "damaged" alert whose builder says they are not signing the app leads
// with an unsigned or ad hoc build; "not signing in" is no such statement.
func TestDamagedNotSigningLead(t *testing.T) {
	alert := "“Foo.app” is damaged and can’t be opened. You should move it to the Trash.\n"
	for _, c := range []struct {
		name, text string
		adhoc      bool
	}{
		{"not signing the app", alert + "I am NOT signing the app, PyInstaller builds it on CI.", true},
		{"we're not signing it", alert + "we're not signing it yet", true},
		{"not signing in (near miss)", alert + "I'm not signing in to iCloud on this Mac.", false},
	} {
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID != "text-gatekeeper-damaged" || len(m.Causes) == 0 {
				continue
			}
			found = true
			if got := m.Causes[0] == causeDamagedAdhoc; got != c.adhoc {
				t.Errorf("%s: first cause %q, want ad hoc first %v", c.name, m.Causes[0], c.adhoc)
			}
		}
		if !found {
			t.Errorf("%s: text-gatekeeper-damaged not found (%v)", c.name, ids(Analyze([]byte(c.text))))
		}
	}
}

// Gatekeeper's developer check retold in a reporter's words, Apple's help
// pages for it and the Russian malware alert; a developer certificate, an
// account or another help page is no such alert.
func TestRetoldDeveloperCheck(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"When opening it on a Macbook, it gives the following error. Unable to verify developer.", true},
		{"Can't run on MacOS - Apple cannot verify developer", true},
		{"I can't run this on MacOS 11.4 due to lack of verification of developer by Apple.", true},
		{"On macOS 12 Im not able to run it, Because the developer isnt recognised by Apple.", true},
		{"https://support.apple.com/guide/mac-help/apple-cant-check-app-for-malicious-software-mchleab3a043/mac", true},
		{"> Apple не удалось подтвердить, что файл «Foo.app» не содержит вредоносного ПО.", true},
		{"On my Mac the script is unable to verify developer certificate chains.", false},
		{"On the Mac mini I could not verify developer account details in Xcode.", false},
		{"The verification of the developer by email is pending.", false},
		{"https://support.apple.com/guide/mac-help/mchlp1101/mac", false},
		{"Mac can not open \"Foo\" because it can not vertify the developer?", true},
		{"App can't be opened cause the developer is no verified...", true},
		{"Mac OS started flagging this app as being from an unverified developer.", true},
		{"In Privacy and security > Open Anyways I was able to start it.", true},
		{"The form can't be opened until the developer is verified by email.", false},
		{"On macOS the docs list what an unverified developer account can do.", false},
	} {
		got := false
		for _, id := range ids(Analyze([]byte(c.text))) {
			got = got || id == "text-gatekeeper-unverified"
		}
		if got != c.want {
			t.Errorf("%q: text-gatekeeper-unverified %v, want %v", c.text, got, c.want)
		}
	}
}

// A Gatekeeper refusal whose builder says they signed with a development
// certificate leads with that cause; a Developer ID signature does not.
func TestGatekeeperDevelopmentSignedLead(t *testing.T) {
	alert := "“Foo” cannot be opened because the developer cannot be verified.\n"
	for _, c := range []struct {
		text string
		dev  bool
	}{
		{alert + "I signed with my development ID. Probably need to change that.", true},
		{alert + "We signed it with an Apple Development certificate.", true},
		{alert + "I signed with my Developer ID and notarized it.", false},
	} {
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			if m.Entry.ID != "text-gatekeeper-unverified" || len(m.Causes) == 0 {
				continue
			}
			found = true
			if got := m.Causes[0] == causeGatekeeperDevelopment; got != c.dev {
				t.Errorf("%q: first cause %q, want development first %v", c.text, m.Causes[0], c.dev)
			}
		}
		if !found {
			t.Errorf("%q: text-gatekeeper-unverified not found", c.text)
		}
	}
}

// Gatekeeper's damaged alert in other languages quoted without its advice
// to move the app to the Trash is read by its subject (a quoted name, an
// .app, the word for an app) where the paste names a Mac; a file or a
// document that is damaged is not the alert, nor is the alert's wording
// with no Mac in sight.
func TestLocalizedDamagedAlertsBySubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"macOS: «Foo» повреждено и не может быть открыто.", "text-gatekeeper-damaged"},
		{"macOS: «Приложение повреждено и не может быть открыто»", "text-gatekeeper-damaged"},
		{`macOS: "Foo" hasarlı ve açılamıyor`, "text-gatekeeper-damaged"},
		{`macOS: "Foo.app bị hỏng và không thể mở được"`, "text-gatekeeper-damaged"},
		{`macOS: "Foo" เสียหายและไม่สามารถเปิดได้`, "text-gatekeeper-damaged"},
		{"macOS: „Foo” jest uszkodzony i nie można go otworzyć", "text-gatekeeper-damaged"},
		{`macOS: "Foo" rusak dan tidak dapat dibuka`, "text-gatekeeper-damaged"},
		{"macOS: «Foo» está dañado y no se puede abrir", "text-gatekeeper-damaged"},
		{`En Sequoia: "Foo está dañado y no se puede abrir"`, "text-gatekeeper-damaged"},
		{`macOS: "Foo.app" está danificado e não pode ser aberto`, "text-gatekeeper-damaged"},
		{`macOS: "Foo açılamıyor çünkü geliştiricisi doğrulanamıyor"`, "text-gatekeeper-unverified"},
		{`Jeśli macOS pokaże ostrzeżenie "nie można zweryfikować dewelopera"`, "text-gatekeeper-unverified"},
		{"No se ha podido verificar que «Foo» no contenga software malicioso.", "text-gatekeeper-unverified"},
		{"Jak mogę stwierdzić, że plik jest uszkodzony i nie można go otworzyć?", ""},
		{"Làm thế nào để biết một tệp bị hỏng và không thể mở được?", ""},
		{"Bagaimana saya dapat mengetahui bahwa sebuah file rusak dan tidak dapat dibuka?", ""},
		{"file-damaged = { $file } está dañado y no se puede abrir.", ""},
		{"Word valida el OOXML y aborta con \"El archivo está dañado y no se puede abrir\"", ""},
		{"En el Mac, el archivo está dañado y no se puede abrir.", ""},
		{"На Mac этот файл поврежден и не может быть открыт.", ""},
		{"บน Mac ไฟล์เสียหายและไม่สามารถเปิดได้", ""},
		{`"Foo" hasarlı ve açılamıyor`, ""},
		{`Uygulama imzalı değil, bu yüzden macOS "hasarlı" uyarısı verebilir.`, "text-gatekeeper-damaged"},
		{`macOS'ta disk "hasarlı görünüyor"`, ""},
		{`Disk "hasarlı" görünüyor.`, ""},
	} {
		got := ids(Analyze([]byte(c.text)))
		found := false
		for _, id := range got {
			found = found || id == c.want
			if c.want == "" && strings.HasPrefix(id, "text-gatekeeper") {
				t.Errorf("%q: %s, want no Gatekeeper alert", c.text, id)
			}
		}
		if c.want != "" && !found {
			t.Errorf("%q: %v, want %s", c.text, got, c.want)
		}
	}
}

// The hundred-and-ninth round (installer packages and disk images):
// Installer's invalid-signature alert, pkgutil's verdict and a package
// certificate's expiry retold, and the damaged alert about a package in
// Chinese; other installers' invalid signatures, a server certificate and
// a damaged archive are not them.
func TestInstallerPackageMessages(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"“Acme.pkg” can’t be installed because its digital signature is invalid.", "text-pkg-signature-invalid"},
		{"The package may have been corrupted or tampered with. Get a new copy of the package and try again.", "text-pkg-signature-invalid"},
		{"`pkgutil --check-signature ./dist/Acme.pkg` shows 'no certificate'", "text-not-signed"},
		{"CodeSignatureVerifier: Error: Code signature verification failed.\nThe certificate on the package expired yesterday.", "text-cert-expired"},
		{"mac中无法安装，提示包已损坏", "text-gatekeeper-damaged"},
	} {
		if r := Analyze([]byte(c.text)); !hasID(r, c.want) {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
	readNothing(t,
		"[App Center] Failed to install Acme. The digital signature is invalid.",
		"A file that is required cannot be installed because the cabinet file Acme1.cab has an invalid digital signature.",
		"rpm --checksig acme.rpm says no signature",
		"The certificate on the server expired yesterday.",
		"Mac 上解压提示压缩包已损坏",
		"Windows 打开 Foo.zip 提示包已损坏",
		// Installer's second sentence alone is any package manager's; the
		// alert retold about Android or Windows is not Gatekeeper's.
		"The package may have been corrupted or tampered with. Run apt-get update",
		"Unknown developer warning when installing the APK on my Android phone",
		"The installer shows an unidentified developer alert on Windows 11",
		// Other programs' betas expire, and Android calls files damaged.
		"We shipped 2.3 to testers last week and now: This beta has expired. Please download the latest version from our website.",
		"My Android app says the file is damaged and can't be opened",
		// A user's profile and a CDN's distribution are not Apple's.
		"Missing distribution certificate for the CloudFront distribution",
		"The user profile lacks admin capability",
		"Excel says the file is damaged and cannot be opened.",
	)
}

// Installer's invalid-signature alert leads with the cause the paste
// points to: an old OS X, or a signed distribution referring to packages
// outside it; otherwise a package changed after signing.
func TestPackageSignatureInvalidLead(t *testing.T) {
	for _, c := range []struct{ text, lead string }{
		{`OS X 10.11.6 reports, "Acme.pkg can't be installed because its digital signature is invalid."`, "much newer macOS"},
		{"I have a mac yosemite and Acme.pkg can't be installed because its digital signature is invalid.", "much newer macOS"},
		{"When building a flat distribution with referenced https packages, signed, I get \"installer.pkg can’t be installed because its digital signature is invalid.\"", "component packages outside it"},
		{"Acme.pkg can't be installed because its digital signature is invalid. This is macOS 14.5.", "changed after it was signed"},
	} {
		var m *Match
		r := Analyze([]byte(c.text))
		for i := range r.Matches {
			if r.Matches[i].Entry.ID == "text-pkg-signature-invalid" {
				m = &r.Matches[i]
			}
		}
		if m == nil || len(m.Causes) == 0 || !strings.Contains(m.Causes[0], c.lead) {
			t.Errorf("%q: want a lead containing %q, got %v", c.text, c.lead, ids(r))
			if m != nil {
				t.Logf("causes: %q", m.Causes)
			}
		}
	}
}

// Gatekeeper's and XProtect's alerts retold with other verbs are read;
// the same words about another system's scanner are not.
func TestMalwareAlertsRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-unverified",
		`I get the notice about Foo Not Opened because Apple couldn't detect if it was free of malware.`,
		`Apple was unable to confirm that Foo.app is free from malware.`)
	readFirst(t, "text-gatekeeper-will-damage",
		`When I open the app, macOS moves it to the trash stating that the app is malware.`,
		`XProtect moved it to the bin because it contains malware.`)
	readNothing(t,
		`Windows Defender moves it to quarantine stating that the file is malware.`,
		`VirusTotal couldn't detect if it was free of malware.`,
		`I moved it to the trash because the site said the app is malware.`)
}

// Gatekeeper's refusal told in the active voice ("Gatekeeper rejects the
// app", "Gatekeeper blocks ad-hoc apps") and Right-click > Open told as no
// longer working on a Mac are Gatekeeper's verdict; Kubernetes' Gatekeeper
// rejecting a deployment, Gatekeeper rejecting nothing named as code, and
// a right-click that fails where nothing names a Mac are not.
func TestGatekeeperActiveVoiceAndRightClick(t *testing.T) {
	readEach(t, []readCase{
		{"open /Applications/Tool.app fails. Gatekeeper rejects the app before the launcher script even runs.", "text-gatekeeper-unverified"},
		{"On macOS 26 Gatekeeper blocked our unsigned CLI binary on first launch.", "text-gatekeeper-unverified"},
		{"OS: macOS Tahoe 26.1\nI cannot open the app. Even right-click > Open doesn't work anymore.", "text-gatekeeper-unverified"},
	})
	readNothing(t,
		"OPA Gatekeeper rejects the pod: the constraint template denies it in the cluster.",
		"Gatekeeper rejected the admission request for the app deployment in our Kubernetes cluster.",
		"Gatekeeper rejects nothing on this machine; the policy is off.",
		"In Windows Explorer right click open does not work for .txt files.",
		"Right-click to open the menu does not work on the touchpad.",
		"On my Mac, right click open does not work in Finder since the update, the context menu is empty.",
	)
}

// Gatekeeper's "no usable signature" beside words saying the code is
// signed ad hoc leads with the ad hoc signature and is not read as code
// never signed.
func TestNoUsableSignatureAdhocSaid(t *testing.T) {
	text := "The DMGs are **ad-hoc signed**. On macOS 26, Gatekeeper rejects ad-hoc menubar apps (`no usable signature`)."
	r := Analyze([]byte(text))
	if hasID(r, "text-not-signed") {
		t.Errorf("ad hoc code read as unsigned: %v", ids(r))
	}
	m := firstMatch(r, "text-gatekeeper-unverified")
	if m == nil || !strings.Contains(m.Causes[0], "signed ad hoc") {
		t.Errorf("ad hoc cause not first: %v", m)
	}
	if !hasID(Analyze([]byte("Tool.app: rejected\nsource=no usable signature\nIt was built without signing.")), "text-not-signed") {
		t.Error("no usable signature without ad hoc words not read as unsigned")
	}
}

// Gatekeeper's "developer cannot be verified" retold with "can't", or
// asked about ("how do i fix the ... issue"), is the alert; the same
// words about Windows or Android, and an article's "Fixing the ...
// issues" title, are not.
func TestDeveloperCantBeVerifiedRetold(t *testing.T) {
	readEach(t, []readCase{
		{"how do i fix the developer cannot be verified issue", "text-gatekeeper-unverified"},
		{"Can't run it on macOS Catalina: I get an error telling me that the developer can't be verified.", "text-gatekeeper-unverified"},
		{"How can I fix the developer can’t be verified message on my Mac?", "text-gatekeeper-unverified"},
	})
	readNoError(t,
		"On Windows 11 SmartScreen says the developer can't be verified when I run the installer.",
		"Fixing the developer cannot be verified issues: a guide",
	)
}

// A packaging tool quoting its failed Gatekeeper assessment without
// spctl's verdict, and Apparency's reading of a development signature.
func TestGatekeeperAssessmentRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-unverified",
		"⨯ Error: Command failed: spctl --assess --type execute -vv dist/mac/Example.app")
	readFirst(t, "text-spctl-rejected-development",
		"Apparency shows: Signed by Apple Development: Jane Appleseed (AB12CD34EF). The signature does not match any Gatekeeper policy. Gatekeeper: Rejected")
	// spctl's reason that is a bundle's format (a symlink leading out of
	// it) is that reason's entry, not a missing notarization.
	readFirst(t, "text-bundle-format",
		"/Applications/Example.app: rejected (invalid destination for symbolic link in bundle)")
	// Near misses: spctl asked for Gatekeeper's status, not an
	// assessment; a signature Apparency finds matching a policy.
	readNothing(t,
		"Error: Command failed: spctl --status",
		"Apparency: the signature matches the Gatekeeper policy Notarized Developer ID")
}

// Gatekeeper's refusal retold by those deploying an app (Jamf,
// Installomator, Nudge) reads as the app not notarized; the same words
// about Windows SmartScreen, a certificate shop or a Gatekeeper setting
// described without a refusal read as nothing.
func TestGatekeeperRefusalRetoldOnDeployment(t *testing.T) {
	readEach(t, []readCase{
		{"Gatekeeper blocks the tool on deployment: it is blocked because it's not from an identified developer.", "text-gatekeeper-unverified"},
		{"once deployed the MacOS (GateKeeper) is not allowing this to run", "text-gatekeeper-unverified"},
		{"The app is not passing notarization checks when installed via our script.", "text-gatekeeper-unverified"},
		{"The script exits with code 4 because Gatekeeper is enabled to only allow apps from identified developers.", "text-gatekeeper-unverified"},
		{"The pkg isn't using an Apple approved certificate for signing, and therefore can't be opened.", "text-gatekeeper-unverified"},
	})
	readNothing(t,
		"Our MDM baseline sets Gatekeeper to only allow apps from the App Store and identified developers.",
		"SmartScreen is not allowing this to run on Windows 11.",
		"Kubernetes Gatekeeper is not allowing the pod to start: constraint violated.",
	)
}

// Right-click > Open told as no longer working, with a plural verb
// ("open do not work any more"), where the app is a Mac's.
func TestRightClickOpenDoNotWork(t *testing.T) {
	readEach(t, []readCase{{"macOS 15 (Sequoia) makes signing/notarization of binaries mandatory. As the app is not signed, it's not possible to open (control-click / right click, open do not work any more)", "text-gatekeeper-unverified"}})
	// Near miss: the same words about a Windows shortcut menu.
	readNothing(t, "On Windows 11 the context menu changed: right click, open don't work on the pinned shortcut any more.")
}

// Gatekeeper's Chinese alert quoted as what a popup says ("出现“应用已损坏”
// 弹窗") reads as the app damaged where the paste names Apple code; the
// same quote about an Android phone, or a document's, reads as nothing.
func TestGatekeeperDamagedQuotedChinese(t *testing.T) {
	readEach(t, []readCase{
		{"导致出现“应用已损坏”弹窗的根因为系统附加的 `xattr` 属性：\n$ xattr -l /Applications/Foo.app\ncom.apple.quarantine: 0381;6a1333fa;Chrome;", "text-gatekeeper-damaged"},
		{"macOS 上双击 Foo.app，弹窗提示“App 已损坏”", "text-gatekeeper-damaged"},
	})
	readNothing(t,
		"Android 手机安装 apk 后打开，弹窗提示“应用已损坏”",
		"用 Word 打开，弹窗提示“文档已损坏”",
	)
}

// Gatekeeper's alerts told as the newest threads tell them: "damaged"
// retold as corrupt with the alert's advice, "could not verify ... free
// of malware" retold as "recognized as possibly malware", and XProtect's
// alert in German. The same words from another system, an antivirus or a
// document are not read.
func TestGatekeeperAlertsRetoldNewest(t *testing.T) {
	readFirst(t, "text-gatekeeper-damaged", "its corrupt and ask me to send to trash \nmacOS Tahoe M4")
	readFirst(t, "text-gatekeeper-unverified", "### Platform\n\nmacOS\n\n### Bug Description\n\nthe app not start are recognized are a possibily malware.")
	readFirst(t, "text-gatekeeper-will-damage", "My gui is german, so it states: _„Foo.app“ wurde nicht geöffnet, da Malware darin enthalten ist. Durch diese Aktion hat dein Mac keinen Schaden genommen._")
	readNothing(t,
		"My save file is corrupt and the game tells me to move it to the bin.",
		"The download was corrupt and Windows asks me to send it to the recycle bin.",
		"Windows Defender flagged the installer as possibly malware.",
		"Der Anhang wurde nicht geöffnet, da Malware darin enthalten sein könnte.",
	)
	readNoError(t, "On my Mac the antivirus detected the plug-in as potential malware.")
}

// Catalina's cannot-check alert retold in German ("ein Hinweis, dass Apple
// die Anwendung nicht auf Schadsoftware überprüfen konnte") is the
// notarisation alert; Apple having checked an app, or a virus scanner that
// could not check a file, is not.
func TestGermanCannotCheckRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-unverified", "Nach dem Start von Foo erscheint nach einer kurzen Zeit ein Hinweis, dass Apple die Anwendung nicht auf Schadsoftware überprüfen konnte.")
	readFirst(t, "text-gatekeeper-unverified", "macOS meldet, dass Apple die App nicht auf Schadsoftware prüfen kann.")
	readNothing(t,
		"Apple hat die App auf Schadsoftware überprüft und freigegeben.",
		"Der Virenscanner konnte die Datei nicht auf Schadsoftware überprüfen.",
	)
}

// Round 151: a package signed with the Mac App Store's installer identity
// fails when MDM or Installer installs it; signing with it for an upload
// is right, and so is saying so.
func TestPkgSignedForMacAppStoreInstalledByMDM(t *testing.T) {
	mdm := "First, i signed the pkg \"munkitools.pkg\" with \"3rd Party Mac Developer Installer: xxxx\" identity.\nThe client log shows the pkg was fully downloaded and failed at installing process."
	readFirst(t, "text-pkg-signature-invalid", mdm)
	if c := firstCause(mdm, "text-pkg-signature-invalid"); !strings.Contains(c, "Mac App Store installer identity") {
		t.Errorf("MDM install: first cause %q", c)
	}
	readNothing(t,
		"I signed the pkg with \"3rd Party Mac Developer Installer: Example Inc\" and uploaded it to App Store Connect with Transporter; the upload failed on a missing icon.",
		"We signed it with Mac Installer Distribution as the guide says.")
}

// spctl's command pasted with its verdict shortened to "rejected" on the
// next line is Gatekeeper's refusal; an accepted verdict, or "rejected"
// in prose after the command's name, is not.
func TestSpctlCommandThenRejected(t *testing.T) {
	for _, s := range []string{
		"$ spctl -a -vvv $(brew --prefix)/Caskroom/runecs/<ver>/runecs\nrejected\n```",
		"% spctl --assess --type execute -vv ./tool\nrejected\nsource=no usable signature",
	} {
		if firstMatch(Analyze([]byte(s)), "text-gatekeeper-unverified") == nil {
			t.Errorf("%q: not read (got %v)", s, ids(Analyze([]byte(s))))
		}
	}
	readNoError(t,
		"$ spctl -a -vvv /Applications/Foo.app\n/Applications/Foo.app: accepted\nsource=Notarized Developer ID",
		"We run spctl --assess in CI; builds with a broken seal are rejected by the release script.",
		"spctl -a is rejected by our linter as an unknown command",
	)
}

// spctl's "PATH: rejected" keeps its own excerpt, the path's line.
func TestSpctlPathRejectedExcerpt(t *testing.T) {
	m := firstMatch(Analyze([]byte("spctl -a -vvv -t exec Acme.app\nAcme.app: rejected\nsource=Unnotarized Developer ID")), "text-gatekeeper-unverified")
	if m == nil || strings.Contains(m.Excerpt, "spctl") {
		t.Errorf("excerpt: %+v", m)
	}
}

// The alert's title alone in quotes, put in Gatekeeper's mouth, even where
// the app's name holds a document's word; a player calling a video
// damaged on a Mac is about the video.
func TestDamagedTitleQuotedBesideGatekeeper(t *testing.T) {
	readEach(t, []readCase{
		{`The DMG was unsigned, so Gatekeeper met every macOS user with *"video-dl is damaged"* — a hard block.`, "text-gatekeeper-damaged"},
		{`Gatekeeper answers with "Foo is damaged" on every Mac.`, "text-gatekeeper-damaged"},
	})
	readNothing(t, `On macOS, VLC says "the video is damaged" and stops at 0:42.`)
}

// An update checker that compares a download's signer with the last
// release's reads as development-signed code when it found a development
// certificate, and as nothing when it found another Developer ID.
func TestUpdateCheckerFoundDevelopmentSigner(t *testing.T) {
	readFirst(t, "text-spctl-rejected-development", "Error: downloaded app has different code-signature. EXPECTED Jane Roe (AB12CD34EF) but FOUND Apple Development: Jane Roe (ZY98XW76VU)")
	readNothing(t, "Error: downloaded app has different code-signature. EXPECTED Jane Roe (AB12CD34EF) but FOUND Developer ID Application: Other Corp (ZY98XW76VU)")
}

// A bare -25300 from a keychain item call (a password store's
// SecItemCopyMatching) is the keychain's item-not-found, not a signing
// identity missing, unless the paste is about signing.
func TestBareItemNotFoundStatus(t *testing.T) {
	readNothing(t, "2020-02-09 18:32:48.593 com.example.helper[1461:11677] Error: SecItemCopyMatching returned -25300!")
	readFirst(t, "text-identity-not-found", "codesign --sign \"Apple Development\" App.app\nSecItemCopyMatching returned -25300")
}

// The malware dialog retold: its checkbox's words, or macOS named
// flagging the app as malware.
func TestGatekeeperMalwareRetold(t *testing.T) {
	readFirst(t, "text-gatekeeper-will-damage",
		"after the recent update to 13.2.1, OS refuses to open ATH and now flags it as malware. Now, options are only to Move to Trash or Cancel (with an additional checkbox to Report malware to Apple to protect other users).",
		"Since the update macOS flags it as malware and won't open it.",
		// minimax-code#95: macOS detecting malware, then blocking or trashing.
		"On launch, macOS detects malware signature and prevents execution then moves the executable to the trash.")
	readNothing(t,
		"Windows Defender flags it as malware, a false positive.",
		"VirusTotal flagged the installer as malware on 3 engines.",
		"macOS detects malware with XProtect signatures, updated in the background.",
		"Windows Defender detected malware and moved the file to quarantine.")
}

// A DAW's Gatekeeper alert for a plugin retold (round 211), and what is
// not it: a certificate or a Windows host, a document a game calls damaged.
func TestPluginAlertRetold(t *testing.T) {
	for _, s := range []string{
		"When I went to scan the folder in Ableton, a window popped up saying it cannot be used because it cannot be verified.",
		"Rescanned plugins in Ableton. Ableton throws error that indicates that RAVE.vst is untrusted and cannot be opened",
	} {
		if !hasID(Analyze([]byte(s)), "text-gatekeeper-unverified") {
			t.Errorf("not read as the Gatekeeper alert: %q", s)
		}
	}
	for _, s := range []string{
		"The server certificate cannot be used because it cannot be verified.",
		"Reaper on Windows 11: the VST3 folder is untrusted by SmartScreen and the installer cannot be opened",
		"Cubase says the project file is untrusted and cannot be opened on Windows",
		"The game tells me the save file is damaged.",
		"Windows tells me the image is damaged.",
	} {
		if r := Analyze([]byte(s)); hasID(r, "text-gatekeeper-unverified") || hasID(r, "text-gatekeeper-damaged") {
			t.Errorf("read as a Gatekeeper alert: %q", s)
		}
	}
	if !hasID(Analyze([]byte("Just downloaded LibreCAD-v2.2.1.5-arm64.dmg but it will not open.\n\nIt tells me the image is damaged.")), "text-gatekeeper-damaged") {
		t.Error("a downloaded disk image retold as damaged not read")
	}
}
