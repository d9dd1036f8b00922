package text

import "testing"

// Texts that share words with a Gatekeeper, device, keychain or launch
// reading but are about something else (another system, a document, a
// disk, a browser, a licence) get no error or warning; next to them, the
// real message each narrowed reading was made for still reads.
func TestLookalikesGatekeeperDeviceKeychainLaunch(t *testing.T) {
	readNoError(t,
		"macOS says the disk is damaged, run First Aid in Disk Utility",
		"Chrome shows an unknown developer warning for my extension",
		"The extension is from an unverified developer according to the Chrome Web Store",
		"This app is from an unverified developer. Android will block installing it from 2026.",
		"Our new constraint template is triggering Gatekeeper on the Kubernetes cluster",
		"The deployment keeps triggering Gatekeeper admission webhook denials (OPA)",
		"Documents must be notarized by a notary public, otherwise the bank account cannot be opened.",
		"My Mac won't let me open the app because Screen Time downtime is on.",
		"I added the Wi-Fi certificate and macOS said it wasn't verified",
		"Apple Mail could not verify the sender, the link is malicious",
		"Apple cannot verify that the phishing site is malicious; report it to Apple",
		"Android telefonumda APK yüklerken 'geliştirici doğrulanamıyor' uyarısı çıkıyor",
		"Na Androidzie: nie można zweryfikować dewelopera tej aplikacji APK",
		"Android 手機安裝 APK 時顯示 無法驗證 App 開發者",
		"Windows menampilkan peringatan aplikasi dari pengembang tidak dikenal",
		"The update can't be installed because its digital signature is invalid. (Windows Update)",
		"The integrity of this app could not be verified. Get this app from Google Play.",
		"Google says my OAuth app needs to be verified before it can be used by external users",
		"The license is checked online: it needs to be verified over the internet once a month (Windows)",
		"Please verify the trust of the developer of this browser extension before installing it",
		"I moved from iPhone to a Pixel and Developer Mode is not showing in Android settings",
		"After the update, Windows screen recording access is denied for OBS",
		"Frida on Android: Failed to attach: unable to access process with pid 4242 from the current user account",
		"frida -U on my Pixel, Android 14: Failed to attach: unable to attach to the specified process",
		"Outlook shows the attachment is damaged and cannot be opened.",
		"macOS said it is not verified: my iCloud email address",
		"Windows: the integrity of the app could not be verified, reinstall from the Microsoft Store",
		"The integrity of your app cannot be verified; please reinstall it from Microsoft Store on Windows",
		`iPhone user here: "Spotify" is no longer available in your region`,
		// Certificates an iPhone or a Mac holds that sign no code.
		"My iPhone's Wi-Fi certificate expired today and it cannot join eduroam",
		"The Exchange certificate on my iPhone shows expired",
		"My macOS S/MIME certificate has expired, Mail cannot sign messages",
		"Apple Pay merchant certificate has expired",
		"iOS Mail can't find a certificate to sign this email",
		"The iPhone says revoked for the Exchange ActiveSync certificate",
		"My iPad shows revoked for the school's Wi-Fi profile certificate",
		"The website certificate was revoked and Safari on macOS refuses it",
		// Photos, archives, drivers and game files a Mac calls damaged.
		"My iPhone says the photo is damaged",
		"macOS says the ZIP archive is damaged",
		"Mac says the printer driver is damaged",
		"On my Mac, the Steam game says it is damaged, verify integrity of game files",
		"Flutter iOS build on Windows says Developer Mode is not enabled for symlinks",
		"I build for iOS with Flutter and Windows Developer Mode is not enabled",
		"My Mac won't let me open the app because it's not compatible with this version of macOS",
		// Days left in a trial or another store, a virtual machine's
		// settings elsewhere, Android Enterprise's provisioning.
		"The Android app shows unverified despite 5 days remaining in the trial",
		"My Windows app says not verified even though 3 days left on the license",
		"The game app is no longer available while 10 days left in the Xbox Game Pass",
		"“Acme” Is No Longer Available on Google Play",
		"Docker Desktop on Windows: missing the virtualization entitlement? No, enable Hyper-V",
		"VirtualBox on Linux: missing virtualization entitlement in BIOS, enable VT-x",
		"the provision doesnt include my phone UDID — the MDM provision profile for Android Enterprise",
	)
	for _, c := range []struct{ text, want string }{
		{"“Acme.app” is damaged and can’t be opened. You should move it to the Trash.", "text-gatekeeper-damaged"},
		{"Signing the App (Unknown Developer Warning)", "text-gatekeeper-unverified"},
		{"Version 1.0.5 is triggering Gatekeeper on Tahoe", "text-gatekeeper-unverified"},
		{"Since macOS Catalina all apps must be notarized by Apple. Therefore the app currently can't be launched under macOS Catalina.", "text-gatekeeper-unverified"},
		{"my mac doesn't allow me to open the program", "text-gatekeeper-unverified"},
		{"I downloaded it and Mac OS said it wasn't verified", "text-gatekeeper-unverified"},
		{"Apple cannot check if this software is malicious", "text-gatekeeper-unverified"},
		{"“Acme.pkg” can’t be installed because its digital signature is invalid.", "text-pkg-signature-invalid"},
		{"Unable to Install “Acme”. This app cannot be installed because its integrity could not be verified.", "text-integrity-not-verified"},
		{"It never opens even after trust tells me that I have to connect to the Internet until the application is trusted.", "text-untrusted-developer"},
		{"On my iPhone 15 the Developer Mode option is not showing under Privacy & Security", "text-developer-mode-off"},
		{"“Acme” Is No Longer Available", "text-app-no-longer-available"},
		{"My Apple Development certificate expired yesterday and Xcode cannot sign", "text-cert-expired"},
		{"The Developer ID Application certificate was revoked", "text-cert-revoked"},
		{"Xcode can't find a signing certificate for the Release configuration", "text-identity-not-found"},
		{"macOS says the app is damaged, and the .app won't open", "text-gatekeeper-damaged"},
		{"AltStore: the app is not verified despite 5 days left", "text-cert-revoked"},
		{"VZErrorDomain: missing the com.apple.security.virtualization entitlement on macOS", "text-virtualization-entitlement-missing"},
		{"the provision dosent include my ipad UDID", "text-device-not-in-profile"},
		{"frida -U Acme on my iPhone: Failed to attach: unable to access process with pid 123 from the current user account", "text-debugger-attach-denied"},
	} {
		r := Analyze([]byte(c.text))
		if firstMatch(r, c.want) == nil {
			t.Errorf("%q: got %v, want %s", c.text, ids(r), c.want)
		}
	}
}
