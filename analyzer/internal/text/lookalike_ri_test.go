package text

import "testing"

// The ninth look-alike review, of the readings added for the CI services
// table (table_cisteps_test.go), the sideloading tools table
// (table_sideload_test.go), the build systems table (table_buildsys_test.go)
// and held-out rounds 170 and 171 (merges f583590d, f6d35642, b6a0389e,
// 9e9f0ae9, 60cea13e): each new or widened pattern or rule meets the same
// words in another system's message (Android, Windows, Linux, GPG, TLS
// certificates, Java keystores, Docker, Kubernetes, a TV, a browser, an
// MDM, eSIM), or in prose that only mentions them; none may get an error
// or warning, while one real message per reading, copied from the tables'
// and rounds' sources, still reads right.
//
// Measured before any change (commit 6f8f79d0, the readings as merged at
// c64726e1): 75 of the 109 look-alikes got an error or warning (listed in
// reviewIKnown at that commit). The readings were then narrowed by class
// (context_lookalikes_ri.go, and the Bitrise patterns): 0 of the 109 get
// one now. Narrowed: each new tool message is skipped where the paste
// names another system (Windows provisioning packages, Android
// Enterprise, Knox, Azure IoT, eSIM, Meraki, VPN and Wi-Fi profiles,
// certbot, Docker, update-ca-trust, Firebase, Appium, a TV, a browser or
// a headset with a developer mode, git, Gradle, cosign, signtool, ZeroSSL,
// Sectigo, FortiGate, nginx) and no Apple product once its own words are
// left out (saidElsewhereRI); strict signature verification only where
// Apple or a Mac is named; an ad hoc privacy grant only where the ad hoc
// is a signature's; a stay-unverified badge or subscription; a profile's
// refusal of a developer key only when met, not in a condition or a
// question; the agreement code in source code; a changelog's "no longer
// reports"; a host's TLS certificate expired for apt, curl or git;
// Bitrise's certificate types only the App Store Connect API's. 21 more
// written after (TestLookalikesOfReviewIAfter, 130 in all) found 4 gaps
// (Terraform's provisioning, npm's provenance, pfSense's OpenVPN, a code
// comment quoting zsign), closed by class the same way (other
// provisioning systems, more names, a code comment quoting what a tool
// prints); 0 of the 130 get an error or warning, and the real messages
// still read right where another system is named beside Apple's.
//
// Still read: none (reviewIStillRead is empty).

// reviewIKnown: look-alikes read before this review's narrowing.
var reviewIKnown = map[string]string{}

// reviewIStillRead: look-alikes still read, with why.
var reviewIStillRead = map[string]string{}

// readLookalikesI asserts that no text gets an error or warning, apart from
// those reviewIStillRead lists, which must still get one.
func readLookalikesI(t *testing.T, texts ...string) {
	t.Helper()
	readListed(t, reviewIKnown, reviewIStillRead, texts...)
}

// Round 170: Xcode's device sentence quoted short, the untrusted developer
// retold by a vendor, Xcode's older "No valid signing identities found".
func TestLookalikesOfRound170(t *testing.T) {
	readEach(t, []readCase{
		{"Common Issues\n- “No provisioning profile found” / “Profile doesn’t include the device”: regenerate and include the target device.", "text-device-not-in-profile"},
		{"When you first open an enterprise app you've manually installed, you may see a notification that the developer of the app isn't trusted on your device. You can dismiss this message but you can't open the app.", "text-untrusted-developer"},
		{"all I could see was that soul-crushing Xcode error: “No valid signing identities found.” I spent the next four hours in a frantic haze of revoking certificates", "text-no-signing-certificate"},
	})
	readLookalikesI(t,
		// Provisioning profiles of Windows, Android and MDMs.
		"Autopilot: the provisioning profile doesn't include this device, so OOBE skips the enrollment.",
		"Intune says the Android Enterprise provisioning profile does not include the device after the factory reset.",
		"Knox Mobile Enrollment: the provisioning profile doesn't include this device; add its IMEI in the KME portal.",
		"Samsung Knox ticket: “Profile doesn’t include the device” after re-enrollment through KME.",
		"Windows Configuration Designer: the provisioning profile did not contain the target device, so the .ppkg was skipped.",
		// Another system's untrusted developer.
		"Android 14 warns that the developer of this app isn't trusted on your device because it came from outside Google Play.",
		"Windows 11 Smart App Control: the developer of this application isn't trusted on this device.",
		"Samsung: the developer of this app is not trusted on your device. Turn on Install unknown apps for My Files.",
		"Steam Deck: the developer isn't trusted on this device, so the Decky plugin is blocked.",
		// Signing identities of git, GPG, Sigstore, Windows and Android.
		"git commit -S failed: No signing identity found. Set user.signingkey to your SSH key.",
		"cosign sign: No valid signing identities found in the OIDC token.",
		"signtool: No valid signing identities found in the Windows certificate store for the EV token.",
		"gpg: No signing identity was found for the Debian package.",
		"Android Studio question: No signing identity found when I build the release APK; do I need a keystore?",
		"Sigstore: No signing identity was found in the ambient credentials of the GitHub runner.",
		"electron-builder on Linux: No code signing identity found, skipping AppImage signing.",
		"Our Zebra StageNow development profile does not list this device yet.",
	)
}

// Round 171: strict verification retold as failing, an app left unverified,
// an ad hoc signature refused a privacy grant, a profile rejecting a key.
func TestLookalikesOfRound171(t *testing.T) {
	readEach(t, []readCase{
		{"The application fails strict code-signature verification, so users cannot open the official macOS\nrelease without an unsafe local workaround.", "text-code-signature-modified"},
		{"iOS needs this app verification in order to run it, so it tries to verify the app and the developer \"via internet\" but there's no way of checking, it just stands as \"Not verified\".", "text-untrusted-developer"},
		{"macOS 26 tightened TCC behavior such that ad-hoc signed binaries can no longer trigger Calendar / Reminders permission grants — the permission dialog never appears", "text-privacy-access-refused"},
		{"Fresh prebuilds materialize `com.apple.developer.default-data-protection`, and Xcode's wildcard dev provisioning profile rejects it (device build error 65).", "text-profile-missing-entitlement"},
	})
	readLookalikesI(t,
		// Package managers', documents' and mail's signatures.
		"apt update: the Release file fails strict signature verification (SHA1 is no longer accepted by sqv).",
		"The PDF fails strict signature verification in Acrobat because the timestamp is missing.",
		"After the key rotation, JWT strict-verification checks failed with 401 on every request.",
		"rpm -K: the package failed strict signature verification under the new crypto policy.",
		"The DKIM signature fails strict signature verification at Gmail, so the mail lands in spam.",
		"pgpverify-maven-plugin: the artifact failed strict-verification because the key is not in the keys map.",
		"NuGet in require mode: the package fails strict signature verification (untrusted repository signer).",
		// Accounts, commits, cards and Wi-Fi certificates left unverified on iOS.
		"In the iOS GitHub app the commit stays unverified until I upload the GPG key.",
		"On iPhone, eduroam's certificate remains “Not Verified” when I join the network.",
		"The Apple Pay card on my iPad stays as not verified until the bank calls me.",
		"My Twitter badge on iOS remains unverified after the subscription renewed.",
		"WhatsApp Business on iPhone: the number stays unverified because the SMS never arrives.",
		// Ad hoc meetings, networks and commands.
		"Ad hoc Zoom meetings can't request Camera access until the host admits the guest.",
		"Ad hoc guests in Teams cannot get Microphone access when they join from the browser.",
		"On Android 13 an ad-hoc Wi-Fi Direct group can no longer get Location Services permission.",
		"Ad-hoc Slack huddles never show the Screen Recording prompt on Windows.",
		// A profile's key named in a condition or a question.
		"If your provisioning profile doesn't allow com.apple.developer.healthkit, regenerate it with EAS.",
		"Does a wildcard provisioning profile reject com.apple.developer.icloud-services, or only an explicit one?",
		"On my iPhone, the Signal safety number stays unverified.",
		"Ad hoc contractors cannot get Full Disk Access on the shared Windows laptops.",
	)
}

// The CI services table: Azure's, Bitrise's, Codemagic's and Apple-Actions'
// own words for a certificate, keychain or profile step that failed.
func TestLookalikesOfCISteps(t *testing.T) {
	readEach(t, []readCase{
		{"##[error]Certificate \"Apple Distribution: Acme Inc (ABCDE12345)\" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) expired on Jan  5 10:11:12 2025 GMT", "text-cert-expired"},
		{"##[error]Error: Failed to identify the private key name: /Users/runner/work/_temp/acme.p12", "text-p12-import-failed"},
		{"Did not find any certificates from specified locations", "text-signing-certificate-file-missing"},
		{"none of the profile's certificates are installed", "text-no-signing-certificate"},
		{"No applications found with bundle id 'com.example.acme'.", "text-no-profiles-found"},
	})
	readLookalikesI(t,
		// TLS and Kubernetes certificates with a fingerprint.
		"cert-monitor: Certificate \"CN=api.example.com\" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) expired on Jan  5 2025 — renew it with certbot.",
		"kubeadm certs check-expiration: Certificate \"apiserver\" (fingerprint: 89ABCDEF0123456789ABCDEF0123456789ABCDEF) isn't valid until Feb  1 2026 (clock skew on the node).",
		// Private keys, .pfx files and containers of other systems.
		"certbot renew: Failed to identify the private key name for example.com; check /etc/letsencrypt/renewal/example.com.conf",
		"Azure Key Vault task: Failed to identify the private key name in the PFX for the App Service binding.",
		"Azure App Service: Error parsing certificate. This might be caused by an unsupported algorithm in the uploaded .pfx (use TripleDES-SHA1).",
		"Android signing: Certificate was not found from PKCS#12 container upload-keystore.p12 (wrong alias?)",
		"Linux: Unable to add certificate corp-ca.crt to keychain: p11-kit trust anchor failed.",
		"Unable to add certificate rootCA.pem to keychain; Firefox will not trust the local HTTPS certificates.",
		// Certificate folders of Linux and Docker.
		"update-ca-trust extract\nDid not find any certificates from specified locations",
		"dockerd: loading /etc/docker/certs.d/registry.example.com\nDid not find any certificates from specified locations",
		// VPN and Wi-Fi profiles.
		"Windows VPN: Connection failed, none of the profile's certificates are installed (EAP-TLS).",
		"Android Wi-Fi: none of the profile's certificates are installed — import the CA first.",
		// Provisioning of Windows and Azure IoT.
		"Windows Configuration Designer: Failed to find details for the provisioning profile Kiosk.ppkg",
		"Azure IoT DPS: Failed to find the UUID for provisioning profile of device sensor-01",
		// Android apps.
		"Firebase App Distribution: No applications found with bundle id 'com.example.android'.",
		"Appium (Android, UiAutomator2): No applications found with bundle id 'com.example.app'.",
		// Source code and a changelog naming the codes.
		"case \"FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED\": // handled by the retry below",
		"Changelog 2.3.1 — Fixed: Xcode@5 no longer reports \"Failed to find the iOS signing identity\" on Android-only pipelines.",
		// Load balancers' and proxies' certificate types.
		"Load balancer: No valid TLS_SERVER type certificates uploaded to the listener.",
		"Traefik: Maybe you forgot to provide a(n) DEFAULT type certificate for the TLS store.",
		// The steps' own progress and success lines.
		"Certificate \"Apple Distribution: Acme Inc (ABCDE12345)\" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) is valid until Jan  5 10:11:12 2027 GMT",
		"Added certificate /tmp/acme.p12 to keychain /Users/builder/Library/codemagic-cli-tools/keychains/build.keychain-db",
		"Found provisioning profile matching bundle identifier \"com.example.acme\" for target \"Acme\"",
	)
}

// The sideloading tools table: AltSign, AltServer, SideStore, iOS App
// Signer, zsign, ldid and ios-deploy, and the names of these tools added to
// what places a paste in Apple code signing.
func TestLookalikesOfSideload(t *testing.T) {
	readEach(t, []readCase{
		{slIDDevMode, "text-developer-mode-off"},
		{slSideStoreExpired, "text-cert-expired"},
		{slSideStoreRevoked, "text-cert-revoked"},
		{slZsignExpired, "text-cert-expired"},
		{slZsignRevoked, "text-cert-revoked"},
		{slZsignP12, "text-p12-import-failed"},
		{slLdidP12, "text-p12-import-failed"},
		{slSideStoreProfile, "text-embedded-profile-invalid"},
		{slZsignPaired, "text-profile-missing-certificate"},
		{slAltSignBundleIDTaken, "text-bundle-id-unavailable"},
		{slSideStoreCertFree, "text-certificate-limit"},
		{slIASCorrupt, "text-profile-undecodable"},
		{slIASCodesignErr, "text-cert-not-trusted"},
		{slZsignEntFile, "text-entitlements-file-missing"},
	})
	readLookalikesI(t,
		// Developer mode of a browser, a TV, a streaming stick and Windows.
		"chrome://extensions\nLoad unpacked is greyed out.\nDeveloper mode is not enabled.",
		"sdb connect 192.168.1.20\nerror: failed to connect to remote target\nDeveloper mode is not enabled.",
		"Roku: sideload failed (HTTP 401).\nDeveloper mode is not enabled.",
		"PS> New-Item -ItemType SymbolicLink -Path link -Target file\nNew-Item: Administrator privilege required for this operation.\nDeveloper mode is not enabled.",
		"adb install app-debug.apk\nDeveloper mode is not enabled.",
		// Windows drivers and add-ins installed with a certificate.
		"Device Manager: The signing certificate used to install this driver has expired (Code 52).",
		"The signing certificate used to install the Outlook add-in has expired.",
		"The signing certificate used to install the VPN client was revoked by the CA, so Defender blocks it.",
		// Certificate and domain checkers' dates and OCSP answers.
		"$ ssl-check example.com\nSubject: CN=example.com\nExpires: 2025-01-02 (EXPIRED 30 days ago)",
		"whois example.org\nDomain: example.org\nExpires: 2024-11-30 (EXPIRED 12 days ago)",
		"gpg --list-keys\nKey: 0xABCD1234\nExpires: 2023-05-01 (EXPIRED 400 days ago)",
		"testssl.sh example.com\nOCSP:  REVOKED\nCertificate: CN=example.com",
		"cert-checker: mail.example.com\nOCSP:\tREVOKED (keyCompromise)",
		// .p12 files of other systems.
		"Firebase Admin SDK: Can't load p12 or private key file service-account.p12",
		"IIS import: Your p12 cert might not be valid — check the export password.",
		// Provisioning profiles of Windows and Android, a proxy's key pair.
		"Windows Autopilot: The provisioning profile for this device is corrupt or missing.",
		"Android Enterprise: the provisioning profile for the work profile is corrupt or missing (QR enrollment).",
		"Windows Configuration Designer: Unable to parse provisioning profile, it may be corrupt.",
		"nginx-proxy: Can't find paired certificate and private key for host app.example.com",
		// Bundle IDs registered elsewhere, certificates of free TLS accounts.
		"Firebase: The bundle identifier for this app has already been registered in another project.",
		"Meta for Developers: The bundle identifier for this app has already been registered to another Facebook app.",
		"ZeroSSL: You have exhausted the limit of 3 certificates for free developer accounts.",
		// A Windows tool with the same words as iOS App Signer.
		"Electron Forge on Windows: You appear to have an error with your codesigning certificate (signtool exit 1).",
		// The tools named beside another system's failure.
		"AltStore PAL is available in the EU; on Android the APK signature is invalid and Play Protect blocks it.",
		"I used ldid on Linux for my jailbreak tweak; now apt says: certificate has expired for repo.example.com.",
		"Meta Quest: adb devices shows the headset as unauthorized.\nDeveloper mode is not enabled.",
		"1Password: Passport\nExpires: 2025-10-01 (EXPIRED 2 days ago)",
		"cert-manager check\nOCSP: REVOKED\nSecret: ingress-tls",
		"The signing certificate used to install the Java applet has expired; the browser blocks it.",
		"FortiGate: Can't find paired certificate and private key for the SSL inspection profile.",
		"Sectigo: there is no certificate with the requested serial number for this team account.",
		// The tools' own progress and success lines.
		"ios-deploy --check-developer-mode\nDeveloper mode is enabled.",
		">>> Name:\tApple Development: Acme (ABCDE12345)\n>>> Expires:\t2026-01-02 (200 days remaining)\n>>> OCSP:\tGOOD",
		"Certificate imported successfully!",
	)
}

// The build systems table: rules_apple (Bazel) and Tuist.
func TestLookalikesOfBuildSystems(t *testing.T) {
	readEach(t, []readCase{
		{raNoIdentity, "text-identity-not-found"},
		{raFinder, "text-no-profiles-found"},
		{tuExpired, "text-profile-expired"},
		{tuInvalid, "text-profile-undecodable"},
		{tuRevoked, "text-cert-revoked"},
	})
	readLookalikesI(t,
		// Signing identities of Gradle, cosign and git.
		"Gradle signing plugin: No signing identity found for 'release' — configure signingConfigs.release.",
		"cosign: No signing identity found for 'github-actions' in the Fulcio certificate.",
		"git: No signing identity found for 'release-bot'; set user.signingkey.",
		// Provisioning of Windows, Ansible, eSIM, Azure IoT and Meraki.
		"Windows Configuration Designer: no provisioning profile was found named 'Kiosk'",
		"Ansible: no provisioning profile was found named 'web-prod' in the inventory.",
		"Provisioning profile at C:\\ppkg\\kiosk.ppkg is invalid - check if it has the expected structure",
		"Windows: The provisioning profile Contoso-Kiosk has expired. Ask IT for a new .ppkg.",
		"eSIM: The provisioning profile for your carrier has expired. Contact T-Mobile.",
		"Azure IoT DPS: The provisioning profile sensor-fleet has expired.",
		"Meraki: The provisioning profile for this access point has expired.",
		"Intune: The provisioning profile Android-Kiosk has expired. Re-enroll the tablets.",
		"Windows Configuration Designer: failed to extract from the provisioning profile \"kiosk.ppkg\".",
		"Docs: the provisioning profile has expired. is shown by the eSIM carrier app when the QR code is old.",
		// Bazel's and Tuist's own progress lines.
		"INFO: Found 1 target...\nTarget //app:Acme up-to-date:\n  bazel-bin/app/Acme.ipa",
		"Installed provisioning profile Acme Development (00000000-0000-0000-0000-000000000000)",
	)
}

// Written after the narrowing, to test it: more systems with the same
// words, and prose or code that only names a tool's message.
func TestLookalikesOfReviewIAfter(t *testing.T) {
	// Another system named beside Apple's: the message still reads right.
	readEach(t, []readCase{
		{"git clone done; xcodebuild archive\nERROR: No signing identity found for 'Apple Distribution: Acme (ABCDE12345)'", "text-identity-not-found"},
		{"Built the Windows installer first, then on the Mac: The provisioning profile Acme Development has expired.", "text-profile-expired"},
		{"ios-deploy --check-developer-mode (after git pull and a Docker build)\nDeveloper mode is not enabled.", "text-developer-mode-off"},
		{"WireGuard is on (SideStore's VPN).\n" + slSideStoreProfile, "text-embedded-profile-invalid"},
		{"Docker build done. Now the iOS app: the Apple signing fails strict signature verification on macOS 26.", "text-code-signature-modified"},
	})
	readLookalikesI(t,
		"# Troubleshooting\nDeveloper mode is not enabled.\nOn Windows 11, open Settings > For developers and turn on Developer Mode.",
		"Chromebook powerwash done.\nDeveloper mode is not enabled.",
		"Kubernetes: The provisioning profile for node pool gpu-a has expired.",
		"Terraform: The provisioning profile vm-base has expired.",
		"Windows Hello: No signing identity found for 'work-account'",
		"npm publish --provenance: No signing identity was found (missing id-token permission).",
		"Jira ticket: Firebase says 'The bundle identifier for this app has already been registered.'",
		"Slack: the developer of this app isn't trusted on your device — install it from the Slack Marketplace.",
		"Docker Content Trust: the image fails strict signature verification because the root key rotated.",
		"The save file fails strict signature verification after editing it with a hex editor.",
		"Zoom ad hoc meetings can no longer show the Camera permission prompt on Linux.",
		"Java keystore: Can't find paired certificate and private key for alias tomcat.",
		"Bitwarden card\nExpires: 2025-01-01 (EXPIRED 5 days ago)",
		"pfSense: none of the profile's certificates are installed for the OpenVPN client export.",
		"Android: no provisioning profile was found named 'corp-wifi'.",
		"The eSIM provisioning profile doesn't include this device, says the carrier.",
		"gpg: No valid signing identities found in ~/.gnupg",
		"Android Enterprise: Unable to read entitlements from provisioning profile for the work profile.",
		"Let's Encrypt: You have exhausted the limit of 5 certificates for free developer accounts this week.",
		"// zsign prints \"Can't load p12 or private key file\" for a wrong password; map it to errBadP12.",
		"Should the provisioning profile accept com.apple.developer.kernel.increased-memory-limit without a request?",
	)
}
