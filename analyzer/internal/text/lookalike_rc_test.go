package text

import "testing"

// TestLookalikesOfOlderPatterns: other systems' messages and prose in the
// words of the gatekeeper, device, keychain and launch entries' older
// patterns get no error or warning, and the messages those patterns were
// written for still read where the paste names another system too.
func TestLookalikesOfOlderPatterns(t *testing.T) {
	readNoError(t,
		// A virus scanner's or a browser's "will damage your computer".
		"Norton says this file will damage your computer, it contains a Trojan.",
		"Chrome: This file is malicious and will damage your computer, download blocked.",
		"Avast blocked the file: it will damage your computer (IDP.Generic).",
		// SmartScreen's and Play Protect's unverified publisher.
		"Windows Security: Open anyway? The publisher could not be verified. Are you sure you want to run this software?",
		"The Play Store says the developer cannot be verified for this app.",
		"Play Protect: Unsafe app blocked. The developer of this app is unknown, the developer cannot be verified.",
		"Windows: The publisher could not be verified. Are you sure you want to run this software? Open anyway",
		// Android's install errors.
		"Android: App not installed, the package appears to be invalid. The application does not have a valid signature.",
		"Android: The application does not have a valid signature; INSTALL_PARSE_FAILED_NO_CERTIFICATES",
		"INSTALL_PARSE_FAILED_NO_CERTIFICATES: Package /data/app/base.apk has no certificates; app integrity could not be verified",
		"adb install: Failure [INSTALL_FAILED_INVALID_APK: Failed to extract native libraries]; app integrity could not be verified",
		"Samsung Knox: the app integrity could not be verified, Knox blocked it.",
		"Android Enterprise: Untrusted developer, the app was blocked by Work profile policy.",
		// Keychain entries' words in gpg, git, Xbox and TLS messages.
		"git commit -S: error: gpg failed to sign the data, no identity found",
		"The Microsoft Store app says: A required entitlement isn't present on this Xbox account.",
		"Git: unable to build chain to self-signed root certificate for github.example.com (corporate proxy)",
		// Windows' and Linux's launch errors.
		"Windows: This app can't be opened. Microsoft Store is blocked by your administrator.",
		"Linux: permission denied, you do not have permission to open the application /opt/app",
		"Windows Defender Application Control: the app can't be opened, Library Validation failed for the DLL under WDAC policy.",
		"Windows: The signature on the file is invalid. (Catalog file, PowerShell Get-AuthenticodeSignature)",
		"PowerShell: File C:\\scripts\\deploy.ps1 cannot be loaded. The signature on the file is invalid.",
		"Windows Update: The signature on the file is invalid (0x800B0100).",
		"DocuSign: the signature on the file is invalid because the document was modified after signing.",
		"The Java app crashed with exit code 137 (Killed) on Linux.",
		"Linux systemd: launch constraint not satisfied: ConditionPathExists=/etc/foo was not met",
		"Windows: App Management blocked the update, Company Portal denied it.",
		"The code signature version is no longer supported by the Authenticode verifier on Windows 11.",
		// Other tools' profile lookups.
		"Steam: No matching profile found for controller; using default layout.",
		"VS Code: No matching profile found for terminal, default profile used.",
		"AWS CLI: No matching profile found in ~/.aws/config, the config profile could not be found.",
		// Prose: things one holds called damaged.
		"The old laptop is damaged and cannot be opened without a special screwdriver.",
		"The jar of pickles is damaged and cannot be opened.",
		"McAfee WebAdvisor: this download contains malware and will damage your computer.",
		"Windows: Untrusted developer, this app is from an unknown publisher.",
		"Android 14: This app isn't verified, untrusted developer warning on install.",
		"Android Work profile: untrusted developer, contact your IT admin.",
		"ssh-add on Linux: Could not open a connection to your authentication agent; no identity found.",
		"Xbox: A required entitlement isn't present; sign in with the account that bought the game.",
		"Android: App not installed as package appears to be invalid; the app can't be opened.",
		"Windows: You don't have permission to open the application; contact your administrator.",
		"Azure AD: No matching profile found for the user.",
		"Jenkins on Linux: Process leaked file descriptors; killed ./build.sh",
		"GitHub Actions (ubuntu-latest): Error: Process completed with exit code 137. Killed",
		// Already skipped before: kept so they stay skipped.
		"Excel says the file is damaged and cannot be opened.",
		"The Word document is damaged and can't be opened. Do you want to recover the contents?",
		"Chrome: NET::ERR_CERT_REVOKED, the certificate has been revoked.",
		"Our certificate is not revoked, OCSP still says good.",
		"The certificate hasn't expired, it is valid until 2027.",
		"Windows: This certificate has been revoked by its certification authority.",
		"jarsigner: The signer certificate has expired. (Windows, JDK 17)",
		"Ubuntu: zsh: killed ./myserver — the OOM killer ended it.",
		"Google Play: This app is no longer available for your device.",
		"Microsoft Edge beta has expired. Please download a newer version.",
	)
	for _, c := range []struct{ text, want string }{
		{"“Installer.app” will damage your computer. You should move it to the Trash.", "text-gatekeeper-will-damage"},
		{"I mostly use Windows; on the Mac: “Foo” can’t be opened because the developer cannot be verified.", "text-gatekeeper-unverified"},
		{"The app builds on Windows with a remote Mac, and the iPhone says: The application does not have a valid signature.", "text-app-no-valid-signature"},
		{"Flutter on Windows, then on the iPhone: Unable to Install “Runner”. This app cannot be installed because its integrity could not be verified.", "text-integrity-not-verified"},
		{`codesign: unable to build chain to self-signed root for signer "Apple Development: Example Dev (ABCDE12345)"`, "text-chain-to-root"},
		{"SecItemAdd returned -34018 (A required entitlement isn't present) in the iOS simulator", "text-missing-entitlement-34018"},
		{"The application “Foo” can’t be opened.", "text-app-cant-be-opened"},
		{"AMFI: the signature on the file is invalid (Windows cross-build, now run on the Mac)", "text-code-signature-invalid"},
		{"amfid: /Applications/Foo.app/Contents/MacOS/Foo: No matching profile found", "text-unsatisfied-entitlements"},
		{"zsh: killed ./foo", "text-killed-at-launch"},
		{"Library Validation failed: Rejecting '/Applications/Foo.app/Contents/Frameworks/Bar.dylib'", "text-library-validation"},
		{"“Foo” is damaged and can’t be opened. You should move it to the Trash.", "text-gatekeeper-damaged"},
	} {
		if r := Analyze([]byte(c.text)); !hasID(r, c.want) {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
}
