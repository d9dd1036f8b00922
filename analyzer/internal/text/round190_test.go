package text

import "testing"

// TestRound190Readings: the readings added for held-out round 190
// (keychain, certificate, identity and .p12 threads of 2023-2026), each on
// lines of the round's texts or the same said otherwise, and their near
// misses.
func TestRound190Readings(t *testing.T) {
	readEach(t, []readCase{
		// find-identity's empty list retold
		// (https://github.com/Apple-Actions/import-codesign-certs/issues/149).
		{"- `security find-identity -v -p codesigning` shows none.", "text-identity-not-found"},
		{"After the import, security find-identity -v -p codesigning returns 0 valid identities.", "text-identity-not-found"},
		// The certificate without its private key in Keychain Access
		// (https://github.com/philburk/hmsl/issues/165).
		{"It shows up in my Keychain Accesss under \"Certificates\" but not \"My Certificates\".", "text-identity-not-found"},
		{"The Developer ID certificate is not listed in My Certificates on the build Mac.", "text-identity-not-found"},
		// An imported identity xcodebuild does not resolve
		// (https://github.com/tauri-apps/tauri/issues/15740).
		{"fails at signing: xcodebuild cannot resolve the imported identity.", "text-identity-not-found"},
		// The chain retold, and Apple's intermediate missing or needed
		// (https://github.com/Jellman86/optimisarr/pull/142,
		// https://github.com/darkmatter/nixmac/pull/613,
		// https://github.com/electron-userland/electron-builder/issues/5684).
		{"`security find-identity -v -p codesigning` then reports \"0 valid identities found\", because the certificate does not chain to a trusted issuer.", "text-chain-to-root"},
		{"Custom Tahoe runners omit Apple Developer ID intermediate CAs, so a P12-only import left the leaf with 0 valid identities.", "text-chain-to-root"},
		{"For example, the developer certificate on my computer requires an intermediate certificate named G2.", "text-chain-to-root"},
		{"1. Go to the official website, and download `Developer ID - G2` certificate and import keychain", "text-chain-to-root"},
		// A keychain password prompt that stalls a signing job
		// (https://github.com/sudara/pamplejuce/pull/141), and codesign
		// raising the locked keychain's dialog in Chinese
		// (https://github.com/sudoprivacy/sudowork/pull/930).
		{"The keychain created in Import Certificates seems to lock after a period of time. A prompt to enter the keychain passwork had popped up and the step kept running until the whole workflow timed out.", "text-codesign-key-access-prompt"},
		{"codesign 访问锁定 keychain 触发 GUI 授权框 → headless CI 无法响应 → 永久 hang 到 timeout。", "text-codesign-key-access-prompt"},
		// An expired Developer ID told in a reply
		// (https://github.com/SAP/script-to-package-tool-for-macos/issues/5).
		{"Turns out my developer ID cert was indeed expired, refreshing the cert in Xcode resolved this.", "text-cert-expired"},
		// A .p12 import told as failing (https://github.com/free2z/zuu/issues/284,
		// https://github.com/tauri-apps/tauri/issues/15843).
		{"The workflow preflight import succeeds; Tauri’s duplicate import fails with a misleading MAC verification error.\n\n- Keep the dedicated, verified ephemeral signing keychain available through Tauri build/export.", "text-p12-import-failed"},
		{"`tauri ios build` with `IOS_CERTIFICATE` and `IOS_CERTIFICATE_PASSWORD` fails while importing a valid Apple Distribution PKCS#12 on a GitHub-hosted `macos-26` runner.", "text-p12-import-failed"},
	})
	for _, c := range []struct{ text, id string }{
		// find-identity listing an identity; a certificate that is in My
		// Certificates.
		{"`security find-identity -v -p codesigning` shows my Developer ID Application identity.", "text-identity-not-found"},
		{"The certificate shows under My Certificates with its private key.", "text-identity-not-found"},
		// An identity provider's user, not a signing identity.
		{"Keycloak could not resolve the imported identity of the user from the SAML provider.", "text-identity-not-found"},
		// A web server's chain, and an intermediate that is no Apple one.
		{"The nginx certificate does not chain to a trusted root, browsers show a warning.", "text-chain-to-root"},
		{"Our Let's Encrypt chain is missing the R3 intermediate on the load balancer.", "text-chain-to-root"},
		{"I downloaded the Developer ID certificate from the portal.", "text-chain-to-root"},
		// An app asking for its own keychain item's password, with no
		// signing in the paste; a prompt avoided.
		{"Chrome keeps showing a prompt to enter the keychain password; it popped up again after the update.", "text-codesign-key-access-prompt"},
		{"codesign 完成后 app 弹窗提示“已损坏”。", "text-codesign-key-access-prompt"},
		// A certificate not expired; a TLS certificate that is.
		{"The Developer ID cert is not expired, it is valid until 2027.", "text-cert-expired"},
		{"curl: (60) SSL certificate problem: the server cert was expired.", "text-cert-expired"},
		// A Windows .pfx import, and a .p12 that imported.
		{"XCA on Windows: PKCS#12/PFX import fails with a password error, openssl says Mac verify error: invalid password?", "text-p12-import-failed"},
		{"Importing a valid Apple Distribution PKCS#12 worked once the -legacy export was used.", "text-p12-import-failed"},
		// The same MAC error told of a Java keystore, nothing of Apple's.
		{"The Gradle build's keystore import fails with a MAC verification error after the password rotation.", "text-p12-import-failed"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
