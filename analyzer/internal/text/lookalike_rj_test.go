package text

import "testing"

// The tenth look-alike review, of the readings added for held-out rounds
// 172 to 176 (merges 2a5a995f, 22a4bcc2, 6de702be, b6703896, f4ebc113):
// openssl's "unable to load certificate" and "pkcs12: Unrecognized flag"
// and `security import`'s exit status as a certificate import's failure,
// fetch-signing-files' "Did not find <TYPE> Signing Certificates", the
// "maximum app limit reached" alert, Xcode's missing bundle identifier,
// fish's SIGKILL line with a quoted command, "Signing for "X" requires a
// development" without its "team", the damaged alert quoted in the past
// tense, dyld's "different Team IDs" cut short after a loader's failure,
// a failed signing retold as "which is already signed", and Conveyor's
// notary problems cut off by the terminal. Each new or widened pattern or
// rule meets the same words in another system's message (Linux, Windows,
// Android, Docker, Kubernetes, TLS certificates, a VPN, Java keystores,
// Office, a game, a PDF signature, Slack, Shopify, a TV), in prose that
// only mentions them, or in the tool's own progress lines; none may get an
// error or warning, while one real message per reading, copied from the
// rounds' sources, still reads right.
//
// Measured before any change (commit 90497571, the readings as merged at
// 86e0920f): 29 of the 104 look-alikes got an error or warning (listed in
// reviewJKnown at that commit). The readings were then narrowed by class
// (context_lookalikes_rj.go, and two patterns): 0 of the 104 get one now.
// Narrowed: openssl's unreadable certificate and security import's exit
// status skipped where the certificate is one that signs no code (a root
// CA, a proxy's, TLS, VPN, Wi-Fi, S/MIME, a PDF signer's, Docker's or
// Kubernetes') and no code-signing certificate or step is named, or in a
// changelog or a code comment; fetch-signing-files' certificate type only
// in capitals (not signtool's "Did not find any Signing Certificates"),
// and not asked about ("...?"); Xcode's missing bundle identifier not in
// a changelog's "no longer emits" or a code comment; fish's quoted
// SIGKILL line not where a Linux system, a container, the OOM killer or
// the user's own kill -9 is named and no Mac; the maximum app limit not
// where another device is sideloaded to (a Fire TV, a Roku, a Garmin
// watch, Android) and no Apple sideloading tool; the damaged alert in the
// past tense only where its subject is an app (not a file, a library, a
// disk or a vault). 15 more written after (TestLookalikesOfReviewJAfter,
// 119 in all) found no gap: 0 of the 119 get an error or warning, and the
// real messages still read right where a proxy, a VPN, Fedora or Android
// is named beside Apple's.
//
// Still read: none (reviewJStillRead is empty).

// reviewJKnown: look-alikes read before this review's narrowing.
var reviewJKnown = map[string]string{}

// reviewJStillRead: look-alikes still read, with why.
var reviewJStillRead = map[string]string{}

// readLookalikesJ asserts that no text gets an error or warning, apart from
// those reviewJStillRead lists, which must still get one.
func readLookalikesJ(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewJKnown, reviewJStillRead, texts...)
}

// Round 172: openssl under a certificate install step, security import's
// exit status, fetch-signing-files' certificate types.
func TestLookalikesOfRound172(t *testing.T) {
	readEach(t, []readCase{
		{"- task: InstallAppleCertificate@2\n    displayName: 'Install Apple Distribution Certificate'\n\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.\nunable to load certificate\n140704383952640:error:0909006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE", "text-p12-import-failed"},
		{"The certificate is minted fine — but installing it failed:\n\n```\nsecurity import ... → exit 1\n```", "text-p12-import-failed"},
		{"Did not find IOS_DISTRIBUTION Signing Certificates", "text-no-signing-certificate"},
	})
	readLookalikesJ(t,
		// A TLS root added to a Mac's keychain, not a signing identity.
		"Adding our proxy's root CA to the System keychain on macOS:\nopenssl x509 -in proxy-root.cer -noout -text\nunable to load certificate\n140704:error:0909006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE",
		"Docker Desktop on my Mac refuses the registry: I tried to check the CA before adding it to the login keychain\nunable to load certificate\n4535426560:error:0909006C:PEM routines:get_name:no start line",
		"Trying to trust the Kubernetes API server's ca.crt in Keychain Access:\n$ openssl x509 -in ca.crt -text\nunable to load certificate\n8642:error:0909006C:PEM routines:get_name:no start line:crypto/pem/pem_lib.c:745:Expecting: TRUSTED CERTIFICATE",
		"EAP-TLS for the office Wi-Fi on macOS: the keychain wants a .p12, so\nopenssl pkcs12 -export -legacy -in user.crt -inkey user.key -out user.p12\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.",
		"openssl pkcs12 -in client.pfx -nodes -legacy -out client.pem (for the VPN profile in my keychain)\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.",
		"Converting the Android upload key for Play App Signing:\nopenssl x509 -in upload_certificate.pem -noout -fingerprint\nunable to load certificate\n1404:error:0909006C:PEM routines:get_name:no start line",
		"keytool -importcert into the Java keystore failed, so I checked the file:\nopenssl x509 -in server.crt\nunable to load certificate\n139:error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE",
		"nginx: [emerg] cannot load certificate \"/etc/nginx/ssl/site.crt\"\n$ openssl x509 -in /etc/nginx/ssl/site.crt\nunable to load certificate\n140:error:0909006C:PEM routines:get_name:no start line",
		"1Password stores the client certificate, but exporting it for curl:\nopenssl pkcs12 -in export.p12 -legacy -out client.pem\npkcs12: Unrecognized flag legacy",
		// A TLS or VPN certificate imported with security import.
		"Importing the corporate root CA on the Mac fleet:\nsecurity import corp-root.cer -k /Library/Keychains/System.keychain → exit 1, because the script did not run as root.",
		"`security import` failed with exit code 1 while installing the VPN client certificate (vpn.p12) for Cisco AnyConnect.",
		"security import wifi-eap.p12 -k ~/Library/Keychains/login.keychain-db -> exit 1 (the Wi-Fi EAP-TLS profile's certificate)",
		// Prose and changelogs about the step.
		"Changelog 2.3.1: fixed a case where `security import` failed with exit code 1 when the keychain was locked.",
		"How do I make Ansible report when `security import` command failed with exit code 0? It always says ok.",
		// fetch-signing-files' progress and other tools' words.
		"Did not find IOS_DISTRIBUTION Signing Certificates? Run fetch-signing-files with --create and it makes one for you.",
		"Found 1 Signing Certificate matching specified filters: certificateType=IOS_DISTRIBUTION.\nDid not find any Profiles for bundle id, creating one.",
		"Gradle: Did not find any signing configs for release; using the debug keystore.",
		"signtool: Did not find any Signing Certificates in the Windows certificate store that meet all given criteria.",
		"Jenkins agent on Ubuntu, loading the CA for the Git server:\nunable to load certificate\n139:error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE",
		"kubectl create secret tls web --cert=tls.crt --key=tls.key; checking tls.crt first:\nunable to load certificate\n140:error:0909006C:PEM routines:get_name:no start line",
		"Azure Key Vault import of the Authenticode .pfx for signtool:\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.",
		"Bitwarden on macOS: importing the client certificate for mutual TLS into the keychain\nunable to load certificate\n4410:error:0909006C:PEM routines:get_name:no start line",
		"S/MIME for Mail on my Mac: converting the certificate before adding it to the keychain\nopenssl x509 -in smime.cer\nunable to load certificate\n8:error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE",
		"The Zscaler root certificate for the macOS keychain:\nunable to load certificate\n4535:error:0909006C:PEM routines:get_name:no start line",
		"openssl pkcs12 -in signer.p12 -legacy -nokeys (the PDF signing certificate from the keychain)\npkcs12: Unrecognized flag legacy",
		"Java keystore to .p12 for Tomcat on macOS: openssl pkcs12 -in keystore.p12 -legacy -nodes\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.",
		"Importing the mitmproxy CA into the keychain: security import ~/.mitmproxy/mitmproxy-ca-cert.pem -k login.keychain → exit 1",
		"Our MDM script runs security import for the Wi-Fi certificate; security import failed with exit code 1 on 3 of 200 Macs.",
		"The Charles Proxy root certificate: `security import` command failed with exit status 1 on macOS Sonoma.",
		"# security import returns \"→ exit 1\" when the .p12 password is wrong; we retry with the old password (VPN certificates)",
	)
}

// Round 173: a sideloading tool's "maximum app limit reached".
func TestLookalikesOfRound173(t *testing.T) {
	readEach(t, []readCase{
		{"Maximum app limit reached when side loading sidestore. No other apps side loaded", "text-free-team-limit"},
	})
	readLookalikesJ(t,
		"Maximum app limit reached. Your workspace on the Slack free plan can install up to 10 apps and integrations.",
		"Shopify admin: maximum app limit reached for this store, remove an app to install a new one.",
		"Power Apps: maximum app limit reached in the Default environment.",
		"Sideloading on the Meta Quest with SideQuest: maximum app limit reached? I have 40 APKs installed.",
		"Fire TV Stick says maximum app limit reached after sideloading Kodi with Downloader; storage is full.",
		"Sideloaded APKs on my Android TV: maximum app limit reached, the launcher only shows 30 tiles.",
		"Zapier: Maximum app limit reached on the Free plan (2-step Zaps only).",
		"Jira Cloud: maximum app limit reached for Marketplace apps in a free site.",
		"The Samsung TV's developer mode lets you sideload Tizen widgets until the maximum app limit is reached.",
		"Microsoft Teams: maximum app limit reached for this team; remove an app from the team to add another.",
		"Heroku: maximum app limit reached (100 apps per account).",
		"Roku developer mode: sideloading a second channel replaces the first, so the maximum app limit is reached at one.",
		"Garmin Connect IQ: maximum app limit reached on the watch after sideloading a .prg.",
		"Intune: maximum app limit reached for the Android Enterprise work profile.",
	)
}

// Round 174: Xcode's missing bundle identifier, fish's quoted SIGKILL line.
func TestLookalikesOfRound174(t *testing.T) {
	readEach(t, []readCase{
		{"error: Bundle identifier is missing. demo doesn't have a bundle identifier. Add a value for PRODUCT_BUNDLE_IDENTIFIER in the build settings editor. (in target 'demo' from project 'libaes_siv')", "text-bundle-identifier-missing"},
		{"fish: \"mas list\" terminated by signal SIGKILL (Forced quit)", "text-killed-at-launch"},
	})
	readLookalikesJ(t,
		// Other tools' missing identifiers.
		"Bundle identifier is missing. Add \"ios.bundleIdentifier\" to app.json and run expo prebuild again.",
		"The Android app doesn't have a bundle identifier. Add a value for applicationId in build.gradle.",
		"Godot: Invalid bundle identifier: the package name is missing in the Android export preset.",
		"CHANGELOG: CMake 3.28's Xcode generator no longer emits \"Bundle identifier is missing. <target> doesn't have a bundle identifier\" for test targets.",
		// fish's quoted SIGKILL line on Linux, in Docker, or by the user.
		"dmesg: Out of memory: Killed process 4242 (cargo)\nfish: “cargo build --release” terminated by signal SIGKILL (Forced quit)",
		"On my Arch Linux box: fish: \"java -jar server.jar\" terminated by signal SIGKILL (Forced quit) — the OOM killer again.",
		"Inside the Docker container: fish: \"npm run build\" terminated by signal SIGKILL (Forced quit); the container has a 2 GB memory limit.",
		"I ran kill -9 on it from another tab, so fish printed: fish: \"sleep 600\" terminated by signal SIGKILL (Forced quit)",
		"Ubuntu 22.04 with fish 3.3: fish: “python train.py” terminated by signal SIGKILL (Forced quit) after using all 16 GB of RAM.",
		"systemd-oomd killed it: fish: \"code .\" terminated by signal SIGKILL (Forced quit) on Fedora 39",
		"WSL2: fish: “node server.js” terminated by signal SIGKILL (Forced quit) when vmmem ran out of memory.",
		"On the Raspberry Pi: fish: \"make -j4\" terminated by signal SIGKILL (Forced quit)",
		"fish: “adb logcat” terminated by signal SIGKILL (Forced quit) after I pressed Ctrl+\\ twice on Debian",
		"The kube pod's shell is fish: \"python worker.py\" terminated by signal SIGKILL (Forced quit), OOMKilled in kubectl describe.",
		"// Xcode prints \"Bundle identifier is missing. X doesn't have a bundle identifier.\" for targets CMake leaves without one; set it below.",
		"Unity: Bundle identifier is missing in Player Settings for Android.",
	)
}

// Round 175: "Signing for "X" requires a development" without "team".
func TestLookalikesOfRound175(t *testing.T) {
	readEach(t, []readCase{
		{"Signing for 'Runner' requires a development.", "text-requires-development-team"},
	})
	readLookalikesJ(t,
		"Signing for \"release\" requires a development keystore in Gradle; use signingConfigs.debug.",
		"Signing for \"MyAddin.msix\" requires a development certificate on Windows.",
		"Signing for \"app-release.apk\" requires a development key on Android.",
		"Signing for \"extension.vsix\" requires a development publisher on the VS Code Marketplace.",
		"Signing for \"Setup.exe\" requires a development certificate from DigiCert on Windows.",
		"Signing for \"debug\" requires a development keystore at ~/.android/debug.keystore.",
		"Signing for \"MyGame\" requires a development build in Unity (Development Build checked).",
	)
}

// Round 176: the damaged alert in the past tense, dyld's reason cut short,
// a failed signing retold, Conveyor's problems cut off.
func TestLookalikesOfRound176(t *testing.T) {
	readEach(t, []readCase{
		{"when I run the example disk image provided by the PyQt6 packaging tutorial on my Mac, it shows the message 'Application has been damaged.'", "text-gatekeeper-damaged"},
		{"[PYI-82977:ERROR] Failed to load Python shared library '.../libpython3.12.dylib':\n  ... different Team IDs", "text-library-validation"},
		{"   • There was a problem of severity 'error' with scope-1.7.5-mac-amd64.zip/Scope.app/Contents/Frameworks/Sparkle.framework/Versions/B/Updater.app/Contents/MacOS/Updater: The signature do", "text-no-secure-timestamp"},
	})
	readLookalikesJ(t,
		// Other programs' damaged files.
		"Excel shows the message 'The file has been damaged' when I open the xlsx from our SharePoint.",
		"After the patch the game shows the message \"Your save file has been damaged\" and starts a new game.",
		"Acrobat's signature panel shows the warning 'The document has been damaged' for the signed PDF.",
		"KeePassXC shows the dialog \"The database has been damaged\" after syncing through Dropbox.",
		"WinRAR shows the message \"The archive has been damaged\" on the downloaded .rar.",
		"Windows 11: the popup 'The installer has been damaged' appears when running setup.exe.",
		"Outlook: the message \"This item has been damaged\" cannot be opened.",
		"Android says the alert \"APK has been damaged\" when I sideload the app.",
		"Finder on my Mac shows the alert \"The backup disk has been damaged\" for Time Machine.",
		"Excel on my Mac shows the message 'The workbook has been damaged' and offers to repair it.",
		"Photos on macOS shows the message \"The library has been damaged\" after the migration.",
		"Chrome shows the warning 'This file has been damaged' on the download.",
		"The game's save shows the popup \"Profile has been damaged\" on Steam Deck.",
		"Slack shows the message \"This file has been damaged\" for an attachment.",
		"The firewall's dialog \"The configuration has been damaged\" appears after the FortiGate upgrade.",
		// dyld's words retold by another loader.
		"Python on Windows: Error loading Python lib 'C:\\app\\python312.dll': LoadLibrary: The specified module could not be found.",
		"[PYI-1234:ERROR] Failed to load Python shared library '/tmp/_MEI/libpython3.12.so.1.0': cannot open shared object file",
		// A failed signing retold with something already signed elsewhere.
		"gpg error: tried to sign the tag v1.2.0, which is already signed by the release key.",
		"Error: signtool attempted to sign setup.exe, which is already signed by our EV certificate, and failed with 0x800B0100.",
		"jarsigner failed when the build tried to sign the jar, which was already signed by the vendor.",
		"npm error: tried to sign the package, which is already signed by the registry (provenance).",
		"Failure: the PDF tool attempted to sign the document, which was already signed, and invalidated the first signature.",
		"   • There was a problem of severity 'error' with the Windows MSIX: the signing certificate's subject does not match the manifest's Publisher.",
		"   • Signing the Windows installer with Authenticode\n   • The signature of setup.exe was timestamped by DigiCert.",
		"GPG: The signature of the release tarball is invalid? No, gpg says BAD signature only if it changed.",
		"Maximum app limit reached for the Shopify Partner development store.",
		"Google Workspace Marketplace: maximum app limit reached for your domain.",
		"Salesforce: maximum app limit reached in this org; uninstall a managed package first.",
		"Signing for \"Installer.msi\" requires a development environment with WiX Toolset on Windows.",
		"Signing for \"my-key\" requires a development GPG key with the sign capability.",
		"Excel shows the alert \"The workbook has been damaged\" on Windows.",
		"The password manager shows the warning \"Your vault has been damaged\" after a sync error.",
		"Visual Studio: error: attempted to sign the NuGet package, which is already signed by the author.",
		"Android Studio: Failed to load the shared library libnative.so... different ABI (arm64-v8a vs armeabi-v7a)",
		"   • Notarizing the app\n   • The signature of the update is verified by Sparkle with the EdDSA key.",
		"The signature doesn't match the Windows certificate thumbprint in the installer.",
		"Docker: Error loading Python lib '/usr/lib/libpython3.11.so': dlopen: cannot open shared object file",
		// Conveyor's lines that are not these problems.
	)
}

// Written after the narrowing, to probe it: more look-alikes, and the
// real messages beside another system's words, which must still read.
func TestLookalikesOfReviewJAfter(t *testing.T) {
	readEach(t, []readCase{
		{"Our runner sits behind a proxy (Zscaler). - task: InstallAppleCertificate@2\npkcs12: Unrecognized flag legacy\npkcs12: Use -help for summary.", "text-p12-import-failed"},
		{"Importing the Apple Distribution certificate on the VPN-connected runner: `security import` failed with exit code 1", "text-p12-import-failed"},
		{"fish: \"./MyTool\" terminated by signal SIGKILL (Forced quit) on macOS 15; on Fedora the same build runs.", "text-killed-at-launch"},
		{"AltStore on my Android phone's hotspot: Maximum app limit reached", "text-free-team-limit"},
		{"Xcode shows the alert \"MyApp.app has been damaged\" when I run the build from Downloads.", "text-gatekeeper-damaged"},
	})
	readLookalikesJ(t,
		"GitLab runner on Debian, checking the registry's CA:\nunable to load certificate\n140:error:0909006C:PEM routines:get_name:no start line:Expecting: TRUSTED CERTIFICATE",
		"Setting up 802.1X for the Wi-Fi on macOS: security import radius.p12 -k /Library/Keychains/System.keychain -> exit 1",
		"Changelog: fixed \"unable to load certificate ... PEM routines\" when the keychain export had Windows line endings.",
		"The proxy's root certificate, for the keychain: openssl pkcs12 -in proxy.pfx -legacy\npkcs12: Unrecognized flag legacy",
		"Did not find MAC_APP_DISTRIBUTION Signing Certificates? Then fetch-signing-files needs --create.",
		"Did not find any Signing Certificates in the smart card; plug in the YubiKey for signtool.",
		"fish: “rustc” terminated by signal SIGKILL (Forced quit) inside the Docker build container",
		"Arch: fish: \"firefox\" terminated by signal SIGKILL (Forced quit) when I ran killall -9 firefox",
		"Oculus Quest sideloading with SideQuest: maximum app limit reached",
		"Android Auto: sideloaded apps stop at the maximum app limit reached message.",
		"Excel shows the message \"The workbook has been damaged\" on my Mac.",
		"The backup app shows the warning 'Backup set has been damaged' on Windows.",
		"# Xcode says \"Bundle identifier is missing. Tests doesn't have a bundle identifier.\" — our CMake sets it below.",
		"Release notes: Xcode no longer shows \"Bundle identifier is missing. X doesn't have a bundle identifier\" for aggregate targets.",
		"Signing for \"release\" requires a development keystore and a release keystore in Gradle.",
	)
}
