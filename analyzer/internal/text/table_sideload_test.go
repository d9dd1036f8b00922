package text

import (
	"strconv"
	"strings"
	"testing"
)

// The sideloading and re-signing tools for iOS apps: AltStore and AltServer
// with the AltSign library they sign through, SideStore (AltStore's fork),
// iOS App Signer, zsign, ldid and ios-deploy. People who sideload paste
// what these tools print, not Apple's words, and most of it is about the
// limits of a free Apple ID (3 active apps, 7-day profiles, 10 App IDs a
// week, one certificate), a certificate revoked on the portal, a .p12 or
// key that will not load, and a profile that does not match.
//
// Sources, each message's file and line beside it:
//   - AltSign, https://github.com/rileytestut/AltSign (the submodule
//     altstoreio/AltStore uses; altstoreio/AltSign could not be fetched):
//     AltSign/Categories/NSError+ALTErrors.m.
//   - AltStore, https://github.com/altstoreio/AltStore:
//     Shared/Categories/NSError+ALTServerError.m,
//     AltStore/Operations/Errors/OperationError.swift.
//   - SideStore, https://github.com/SideStore/SideStore:
//     AltStore/Authentication/RefreshAltStoreViewController.swift,
//     AltStore/Operations/AuthenticationOperation.swift,
//     AltStore/Operations/Errors/OperationError.swift,
//     AltStore/My Apps/MyAppsViewController.swift.
//   - iOS App Signer, https://github.com/DanTheMan827/ios-app-signer:
//     AppSigner/MainView.swift (setStatus, Log.write and NSAlert texts).
//   - zsign, https://github.com/zhlynn/zsign: src/openssl.cpp,
//     src/bundle.cpp, src/zsign.cpp, src/certcheck.cpp (ZLog lines).
//   - ldid, https://github.com/ProcursusTeam/ldid: ldid.cpp.
//   - ios-deploy, https://github.com/ios-control/ios-deploy:
//     src/ios-deploy/ios-deploy.m (on_error prints "[ !! ] " through NSLog;
//     the descriptions of the MobileDevice codes it wraps come from
//     errors.h and are judged in table_mobiledevice_test.go).
//
// Left out: Apple ID sign-in messages (wrong password, two-factor code,
// app-specific password, anisette data, the authentication handshake),
// connection and usbmuxd errors, a locked device, OS-version requirements,
// sources and pledges, Mach-O, zip, plist and icon parsing errors, usage
// errors, and the API errors no catalogue entry names a cause for (an
// invalid app name, bundle ID, app group or profile identifier, an App ID
// or profile that does not exist on the team, an invalid certificate
// request): they are not signing failures or would need an entry that
// says nothing a user can act on. Placeholders: Acme, com.example.acme,
// ABCDE12345, dates in 2025-2026. OpenSSL's error string in ldid's
// messages is filled with what ERR_error_string prints for code 0.
//
// Measured with go test ./analyzer/internal/text -run TestSideload -v:
// 34 of 77 at first (the first commit measured 30 of its 67 forms; ten
// forms were added later and measured against that commit's catalogue),
// 75 of 77 after (the two left are in sideloadKnown).
const (
	// AltSign/Categories/NSError+ALTErrors.m
	slAltSignNoProfile     = `Could not find matching provisioning profile.`                                                                                                                                                                                                                                                                          // :54
	slAltSignDeviceExists  = `This device is already registered with this team.`                                                                                                                                                                                                                                                                      // :83
	slAltSignNoSerial      = `There is no certificate with the requested serial number for this team.`                                                                                                                                                                                                                                                // :89
	slAltSignBundleIDTaken = `The bundle identifier for this app has already been registered.`                                                                                                                                                                                                                                                        // :98
	slAltSignAppIDLimit    = `You may only register 10 App IDs every 7 days.`                                                                                                                                                                                                                                                                         // :104
	slAltServerThreeApps   = `You cannot activate more than 3 apps with a non-developer Apple ID.`                                                                                                                                                                                                                                                    // NSError+ALTServerError.m:223
	slAltServerDeactivate  = "Please deactivate a sideloaded app with AltStore in order to install another app.\n\nIf you're running iOS 13.5 or later, make sure 'Offload Unused Apps' is disabled in Settings > iTunes & App Stores, then install or delete all offloaded apps to prevent them from erroneously counting towards this limit."       // :304
	slAltStoreAppIDWeek    = `You cannot register more than 10 App IDs within a 7 day period.`                                                                                                                                                                                                                                                        // OperationError.swift:140
	slAltStoreAppIDSlots   = `Acme requires 3 App IDs, but only 1 is available. Delete sideloaded apps to free up App ID slots.`                                                                                                                                                                                                                      // OperationError.swift:179-196
	slSideStoreAppIDWeek   = `Cannot register more than 10 App IDs within a 7 day period.`                                                                                                                                                                                                                                                            // SideStore OperationError.swift:207
	slSideStoreExpired     = `The signing certificate used to install SideStore has expired.`                                                                                                                                                                                                                                                         // RefreshAltStoreViewController.swift:37
	slSideStoreRevoked     = `The signing certificate used to install SideStore was revoked on the Apple Developer portal.`                                                                                                                                                                                                                           // :39
	slSideStoreOneCert     = `Free developer accounts are limited to 1 active signing certificate. Since the private key for the active certificate was not found on this device, SideStore will create a new certificate. This will automatically revoke the active certificate, which may disable installations on other devices or made by Xcode.` // :41
	slSideStoreKeyLost     = `The private key for the active signing certificate is missing from this device's keychain.`                                                                                                                                                                                                                             // :47
	slSideStoreProfile     = `The provisioning profile for SideStore is corrupt or missing.`                                                                                                                                                                                                                                                          // :51
	slSideStoreMismatch    = `Signing certificate mismatch detected.`                                                                                                                                                                                                                                                                                 // :61
	slSideStoreMissingKey  = `The certificate's private key could not be found.`                                                                                                                                                                                                                                                                      // AuthenticationOperation.swift:36
	slSideStoreCertFree    = `You have already exhausted the limit of 1 certificate for free developer accounts. Please revoke the existing certificate and try again.`                                                                                                                                                                               // :38
	slSideStoreCertPaid    = `You have already exhausted the maximum certificates that can be generated by a paid developer account. Please revoke at least one certificate and try again.`                                                                                                                                                           // :39
	slSideStoreThreeApps   = `Non-developer Apple IDs are limited to 3 apps. Inactive apps are backed up and uninstalled so they don't count towards your total, but will be reinstalled with all their data when activated again.`                                                                                                                   // MyAppsViewController.swift:1065

	slSideStoreReminder = `SideStore will expire in 24 hours. Open the app and refresh it to prevent it from expiring.` // AltStore/Managing Apps/AppManager.swift:2204
	slSideStoreImported = `Certificate imported successfully!`                                                          // AltStore/Settings/SettingsViewController.swift:1523

	// iOS App Signer, AppSigner/MainView.swift
	slIASNoCerts        = "No codesigning certificates found\nI can attempt to fix this automatically, would you like me to try?"                                                                                                                                                                                                                                                                                                    // :274-275
	slIASAmbiguous      = "Codesign failed due to ambiguous certificates\nApple Development: ambiguous (matches \"Apple Development: Acme (ABCDE12345)\" and \"Apple Development: Acme (ABCDE12345)\" in /Users/dev/Library/Keychains/login.keychain-db)\nOpen Keychain Access and remove the duplicate certificates."                                                                                                               // :516-517, codesign's words inside
	slIASFoundNone      = `Found 0 Codesigning Certificates`                                                                                                                                                                                                                                                                                                                                                                         // :291
	slIASFoundOne       = `Found 1 Codesigning Certificate`                                                                                                                                                                                                                                                                                                                                                                          // :291
	slIASCodesignErr    = "Codesigning error\nYou appear to have a error with your codesigning certificate, do you want me to try and fix the problem?"                                                                                                                                                                                                                                                                              // :650-653
	slIASUnableToFix    = "Unable to Fix\nI was unable to automatically resolve your codesigning issue ☹\n\nIf you have previously trusted your certificate using Keychain, please set the Trust setting back to the system default."                                                                                                                                                                                                // :659-661
	slIASProfileExpired = `Provisioning profile expired`                                                                                                                                                                                                                                                                                                                                                                             // :309
	slIASSkipped        = `Skipped profile com.example.acme, expired (Jan 2, 2025)`                                                                                                                                                                                                                                                                                                                                                  // :249
	slIASAdded          = `Added profile com.example.acme, expires (Jan 2, 2026)`                                                                                                                                                                                                                                                                                                                                                    // :247
	slIASInvalidProfile = `Invalid provisioning profile`                                                                                                                                                                                                                                                                                                                                                                             // :325
	slIASChangeAppID    = `Unable to change App ID to com.example.acme, provisioning profile won't allow it`                                                                                                                                                                                                                                                                                                                         // :893
	slIASNoEntitlements = `Unable to read entitlements from provisioning profile`                                                                                                                                                                                                                                                                                                                                                    // :908
	slIASCorrupt        = `Unable to parse provisioning profile, it may be corrupt`                                                                                                                                                                                                                                                                                                                                                  // :912
	slIASErrCodesign    = `Error codesign: /tmp/Payload/Acme.app: errSecInternalComponent`                                                                                                                                                                                                                                                                                                                                           // :512 around codesign's output
	slIASVerifyFailed   = "Error verifying code signature!\n/tmp/Payload/Acme.app: a sealed resource is missing or invalid"                                                                                                                                                                                                                                                                                                          // :1062-1063 around codesign -v's output
	slIASProgress       = "Found 2 Provisioning Profiles\nAdded signing certificate \"Apple Development: Acme (ABCDE12345)\"\nSelected provisioning profile com.example.acme\nDeleting embedded.mobileprovision\nCopying provisioning profile to app bundle\nParsing entitlements\nSaved entitlements to /tmp/entitlements.plist\nCodesigning Acme.app with entitlements\nPackaging IPA\nDone, output at /Users/dev/Acme-signed.ipa" // :220-1111
	slIASTestOK         = `Error testing codesign: `                                                                                                                                                                                                                                                                                                                                                                                 // :540, logged when the test signature verifies

	// zsign
	slZsignP12     = `>>> Can't load p12 or private key file. Please input the correct file and password!`                                                                                                                                                                                                                                                                             // openssl.cpp:907
	slZsignPaired  = `>>> Can't find paired certificate and private key!`                                                                                                                                                                                                                                                                                                              // openssl.cpp:949
	slZsignIssuer  = `>>> Unknown issuer hash 0x1a2b3c4d! No embedded WWDR intermediate matches and the p12 carries no usable CA chain.`                                                                                                                                                                                                                                               // openssl.cpp:396
	slZsignEntFile = `>>> Can't read entitlements file!`                                                                                                                                                                                                                                                                                                                               // openssl.cpp:846
	slZsignSigning = ">>> Signing: \t/tmp/Acme.app ...\n>>> AppName: \tAcme\n>>> BundleId: \tcom.example.acme\n>>> Version: \t1.0\n>>> TeamId: \tABCDE12345\n>>> SubjectCN: \tApple Development: Acme (ABCDE12345)\n>>> ReadCache: \tYES\n>>> SignFolder: Acme.app, (Acme)\n>>> Warning: Skipping non-Mach-O file: \tREADME\n>>> Removed embedded.mobileprovision"                     // bundle.cpp:888-894, 361, 322, 188
	slZsignCheckOK = ">>> Check:\tdev.p12 (P12)\n>>> Name:\tApple Development: Acme (ABCDE12345)\n>>> Type:\tDevelopment\n>>> Team:\tABCDE12345\n>>> Serial:\t1A2B3C4D\n>>> Issued:\t2025-01-02\n>>> Expires:\t2026-01-02 (200 days remaining)\n>>> Algorithm:\tRSA 2048\n>>> Issuer:\tApple Worldwide Developer Relations Certification Authority\n>>> OCSP:\tValid (ocsp.apple.com)" // certcheck.cpp:611-633
	slZsignExpired = ">>> Name:\tApple Development: Acme (ABCDE12345)\n>>> Issued:\t2024-01-02\n>>> Expires:\t2025-01-02 (EXPIRED 30 days ago)"                                                                                                                                                                                                                                        // certcheck.cpp:619
	slZsignRevoked = ">>> Name:\tiPhone Distribution: Acme (ABCDE12345)\n>>> OCSP:\tREVOKED\n>>> Revoked:\t2025-03-04"                                                                                                                                                                                                                                                                 // certcheck.cpp:635-637

	// ldid, ldid.cpp
	slLdidP12       = "ldid: An error occured while parsing: error:00000000:lib(0)::reason(0)\nYour p12 cert might not be valid" // :1899
	slLdidCert      = `ldid: Your certificate might not be valid: error:00000000:lib(0)::reason(0)`                              // :2448
	slLdidEntFormat = `ldid: Existing entitlements are in wrong format`                                                          // :2520
	slLdidEntDict   = `ldid: Entitlements should be a plist dicionary`                                                           // :2608
	slLdidUnsigned  = `ldid: -e, -q, and -h require a signed binary`                                                             // :3931

	// ios-deploy, src/ios-deploy/ios-deploy.m
	slIDNoProfile = `[ !! ] Error 0xe8008015: A valid provisioning profile for this executable was not found. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)`                                                 // :171 check_error
	slIDBadEnts   = `[ !! ] Error 0xe8008016: The executable was signed with invalid entitlements. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)`                                                            // :171
	slIDIdentity  = `[ !! ] Error 0xe8008018: The identity used to sign the executable is no longer valid. AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)`                                                    // :171
	slIDDevMode   = `Developer mode is not enabled.`                                                                                                                                                                                          // :2445
	slIDDevModeOn = `Developer mode is enabled.`                                                                                                                                                                                              // :2445
	slIDInstall   = "------ Install phase ------\n[  0%] Found Acme's iPhone connected through USB, beginning install\n[ 52%] InstallingEmbeddedProfile\n[ 60%] VerifyingApplication\n[100%] Installed package build/Debug-iphoneos/Acme.app" // :3307-3368, 875
	slIDUninstall = `[ OK ] Uninstalled package with bundle id com.example.acme`                                                                                                                                                              // :2413
)

// slNSError is how an NSError of AltServer's or AltSign's domain prints
// (AltServer's log, AltStore's error log); the codes are the enums'
// (Shared/Categories/NSError+ALTServerError.h,
// AltSign/Categories/NSError+ALTErrors.h).
func slNSError(domain string, code int, desc string) string {
	return "Error Domain=" + domain + " Code=" + strconv.Itoa(code) + ` "` + desc + `"`
}

// zsign colours its error lines on a terminal (src/common/log.cpp).
func slZsignRed(s string) string { return "\x1b[31m" + s + "\n\x1b[0m" }

// slNSLog is how NSLog prefixes a line on stderr (ios-deploy, iOS App
// Signer's Log.write uses the same date form).
func slNSLog(s string) string { return "2026-01-05 10:11:12.345 ios-deploy[4242:123456] " + s }

func slAppSignerLog(s string) string { return "2026-01-05 10:11:12 " + s }

func sideloadRows() []tableRow {
	return []tableRow{
		{"altsign-no-profile/alone", slAltSignNoProfile, "text-no-profiles-found"},
		{"altsign-no-profile/alert", "Installation Failed\n" + slAltSignNoProfile, "text-no-profiles-found"},
		{"altsign-device-exists/alone", slAltSignDeviceExists, ""},
		{"altsign-no-serial/alone", slAltSignNoSerial, "text-cert-revoked"},
		{"altsign-bundle-id-taken/alone", slAltSignBundleIDTaken, "text-bundle-id-unavailable"},
		{"altsign-appid-limit/alone", slAltSignAppIDLimit, "text-free-team-limit"},
		{"altsign-appid-limit/alert", "Failed to Refresh Acme\n" + slAltSignAppIDLimit, "text-free-team-limit"},
		{"altsign-no-serial/nserror", slNSError("com.rileytestut.ALTAppleAPI", 8, slAltSignNoSerial), "text-cert-revoked"},
		{"altsign-appid-limit/nserror", slNSError("com.rileytestut.ALTAppleAPI", 13, slAltSignAppIDLimit), "text-free-team-limit"},
		{"altserver-three-apps/alone", slAltServerThreeApps, "text-free-team-limit"},
		{"altserver-three-apps/nserror", slNSError("AltServer.ServerError", 9, slAltServerThreeApps), "text-free-team-limit"},
		{"altserver-three-apps/with-fix", slAltServerThreeApps + "\n\n" + slAltServerDeactivate, "text-free-team-limit"},
		{"altserver-deactivate/alone", slAltServerDeactivate, "text-free-team-limit"},
		{"altstore-appid-week/alone", slAltStoreAppIDWeek, "text-free-team-limit"},
		{"altstore-appid-slots/alone", slAltStoreAppIDSlots, "text-free-team-limit"},
		{"sidestore-appid-week/alone", slSideStoreAppIDWeek, "text-free-team-limit"},
		{"sidestore-expired/alone", slSideStoreExpired, "text-cert-expired"},
		{"sidestore-revoked/alone", slSideStoreRevoked, "text-cert-revoked"},
		{"sidestore-revoked/header", slSideStoreMismatch + "\n" + slSideStoreRevoked, "text-cert-revoked"},
		{"sidestore-one-cert/alone", slSideStoreOneCert, "text-free-team-limit"},
		{"sidestore-key-lost/alone", slSideStoreKeyLost, "text-no-signing-certificate"},
		{"sidestore-profile/alone", slSideStoreProfile, "text-embedded-profile-invalid"},
		{"sidestore-missing-key/alone", slSideStoreMissingKey, "text-no-signing-certificate"},
		{"sidestore-cert-free/alone", slSideStoreCertFree, "text-certificate-limit"},
		{"sidestore-cert-paid/alone", slSideStoreCertPaid, "text-certificate-limit"},
		{"sidestore-three-apps/alone", slSideStoreThreeApps, "text-free-team-limit"},
		{"sidestore-reminder/alone", slSideStoreReminder, ""},
		{"sidestore-imported/alone", slSideStoreImported, ""},

		{"ias-no-certs/alert", slIASNoCerts, "text-cert-not-trusted"},
		{"ias-found-none/log", slAppSignerLog(slIASFoundNone), "text-cert-not-trusted"},
		{"ias-found-one/log", slAppSignerLog(slIASFoundOne), ""},
		{"ias-ambiguous/alert", slIASAmbiguous, "text-ambiguous-identity"},
		{"ias-codesign-error/alert", slIASCodesignErr, "text-cert-not-trusted"},
		{"ias-unable-to-fix/alert", slIASUnableToFix, "text-cert-not-trusted"},
		{"ias-profile-expired/alone", slIASProfileExpired, "text-profile-expired"},
		{"ias-profile-expired/log", slAppSignerLog(slIASProfileExpired), "text-profile-expired"},
		{"ias-skipped/log", slAppSignerLog(slIASSkipped), ""},
		{"ias-added/log", slAppSignerLog(slIASAdded), ""},
		{"ias-invalid-profile/alone", slIASInvalidProfile, "text-profile-undecodable"},
		{"ias-change-appid/alone", slIASChangeAppID, "text-profile-app-id-mismatch"},
		{"ias-change-appid/log", slAppSignerLog(slIASChangeAppID), "text-profile-app-id-mismatch"},
		{"ias-no-entitlements/alone", slIASNoEntitlements, "text-profile-undecodable"},
		{"ias-corrupt/alone", slIASCorrupt, "text-profile-undecodable"},
		{"ias-errsec/log", slAppSignerLog(slIASErrCodesign), "text-errsec-internal-component"},
		{"ias-verify-failed/alert", slIASVerifyFailed, "text-signed-resource-modified"},
		{"ias-progress/log", slIASProgress, ""},
		{"ias-test-ok/log", slAppSignerLog(slIASTestOK), ""},

		{"zsign-p12/alone", slZsignP12, "text-p12-import-failed"},
		{"zsign-p12/run", "zsign -k dev.p12 -p *** -m dev.mobileprovision -o out.ipa Acme.ipa\n" + slZsignP12, "text-p12-import-failed"},
		{"zsign-p12/terminal", slZsignRed(slZsignP12), "text-p12-import-failed"},
		{"zsign-p12/ci", ghaLogLines("zsign -k dev.p12 -p *** -m dev.mobileprovision -o out.ipa Acme.ipa\n" + slZsignP12), "text-p12-import-failed"},
		{"zsign-paired/alone", slZsignPaired, "text-profile-missing-certificate"},
		{"zsign-paired/terminal", slZsignSigning + "\n" + slZsignRed(slZsignPaired), "text-profile-missing-certificate"},
		{"zsign-issuer/alone", slZsignIssuer, "text-chain-to-root"},
		{"zsign-ent-file/alone", slZsignEntFile, "text-entitlements-file-missing"},
		{"zsign-signing/run", slZsignSigning, ""},
		{"zsign-check-ok/run", slZsignCheckOK, ""},
		{"zsign-expired/run", slZsignExpired, "text-cert-expired"},
		{"zsign-revoked/run", slZsignRevoked, "text-cert-revoked"},
		{"zsign-revoked/ci", ghaLogLines(slZsignRevoked), "text-cert-revoked"},

		{"ldid-p12/alone", slLdidP12, "text-p12-import-failed"},
		{"ldid-p12/run", "$ ldid -Kdev.p12 -Upassword -Sent.xml Payload/Acme.app\n" + slLdidP12, "text-p12-import-failed"},
		{"ldid-p12/ci", ghaLogLines("ldid -Kdev.p12 -Sent.xml Payload/Acme.app/Acme\n" + slLdidP12), "text-p12-import-failed"},
		{"ldid-cert/alone", slLdidCert, "text-signing-certificate-invalid"},
		{"ldid-ent-format/alone", slLdidEntFormat, "text-invalid-entitlements-blob"},
		{"ldid-ent-dict/alone", slLdidEntDict, "text-invalid-entitlements-blob"},
		{"ldid-unsigned/alone", slLdidUnsigned, "text-not-signed"},

		{"iosdeploy-no-profile/nslog", slNSLog(slIDNoProfile), "text-install-no-valid-profile"},
		{"iosdeploy-no-profile/ci", ghaLog(slIDNoProfile), "text-install-no-valid-profile"},
		{"iosdeploy-bad-ents/nslog", slNSLog(slIDBadEnts), "text-install-invalid-entitlements"},
		{"iosdeploy-identity/nslog", slNSLog(slIDIdentity), "text-identity-no-longer-valid"},
		{"iosdeploy-identity/ci", ghaLogLines(slIDInstall[:strings.Index(slIDInstall, "[100%]")] + slNSLog(slIDIdentity)), "text-identity-no-longer-valid"},
		{"iosdeploy-dev-mode/alone", slIDDevMode, "text-developer-mode-off"},
		{"iosdeploy-dev-mode-on/alone", slIDDevModeOn, ""},
		{"iosdeploy-install/run", slIDInstall, ""},
		{"iosdeploy-install/ci", ghaLogLines(slIDInstall), ""},
		{"iosdeploy-uninstall/alone", slIDUninstall, ""},
	}
}

// sideloadKnown are the rows known to miss, each with why.
var sideloadKnown = map[string]bool{
	// SideStore's "The certificate's private key could not be found." names
	// no tool and no Apple word: a server's TLS certificate says the same.
	"sidestore-missing-key/alone": true,
	// iOS App Signer's bare "Invalid provisioning profile" is also the
	// title of App Store Connect's upload error, which it reads as.
	"ias-invalid-profile/alone": true,
}

func TestSideloadTable(t *testing.T) {
	checkTable(t, sideloadRows(), sideloadKnown)
}

// The sideloading tools' words that other systems use too must not be
// read as these failures there.
func TestSideloadNearMisses(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		// Windows' own Developer Mode, and Android's, go on with how to turn it on.
		{"Developer Mode is not enabled. Turn it on in Settings > Update & Security > For developers.", "text-developer-mode-off"},
		{"adb: Developer mode is not enabled.\nEnable USB debugging in Developer options on the Android device.", "text-developer-mode-off"},
		// A web server's OCSP answer and a TLS certificate's expiry.
		{"nginx: OCSP: REVOKED for https://www.example.com (Let's Encrypt R3)", "text-cert-revoked"},
		{"Let's Encrypt certificate for example.com\nExpires: 2025-01-02 (EXPIRED 30 days ago)", "text-cert-expired"},
		// zsign's passing certificate check.
		{slZsignCheckOK, "text-cert-expired"},
		{slZsignCheckOK, "text-cert-revoked"},
		// A limit of three apps that is not a free Apple ID's.
		{"Windows 10 in S mode: you cannot activate more than 3 apps with a non-admin account.", "text-free-team-limit"},
		// A paid team's certificate limit is not a free team's.
		{slSideStoreCertPaid, "text-free-team-limit"},
	} {
		if hasID(Analyze([]byte(c.text)), c.not) {
			t.Errorf("%q read as %s", c.text, c.not)
		}
	}
}
