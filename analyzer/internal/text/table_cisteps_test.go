package text

import (
	"strings"
	"testing"
)

// ciStepForm is one way a message of a CI service's own signing steps
// reaches a paste: Codemagic's CLI tools (keychain add-certificates,
// xcode-project use-profiles, app-store-connect fetch-signing-files),
// Bitrise's certificate installer and its code signing manager (go-xcode's
// autocodesign, used by the xcode-archive step), Azure Pipelines' Apple
// tasks (InstallAppleCertificate@2, InstallAppleProvisioningProfile@1,
// Xcode@5) and GitHub Actions' Apple-Actions (import-codesign-certs,
// download-provisioning-profiles). Forms: the line alone; as the service
// prints it (Azure's "##[error]Error: " and "##[warning]", the Actions
// runner's "Error: " from core.setFailed, Codemagic's and Bitrise's plain
// step lines); inside a CI log around Apple's own output where the step
// wraps it. want is the entry the first finding must be; "" means
// progress, success or a skip by design, so nothing above a note may be
// found.
//
// 29 of 74 forms read right at first, 72 of 74 after the fixes
// (go test ./analyzer/internal/text -run TestCISteps -v).
type ciStepForm struct {
	msg, form, text, want string
}

// Forms the services put around a message.
func azError(msg string) string   { return ghaLog("##[error]Error: " + msg) }
func azWarning(msg string) string { return ghaLog("##[warning]" + msg) }
func ghaFailed(msg string) string { return ghaLog("Error: " + msg) }
func ciLines(lines ...string) string {
	return ghaLogLines(strings.Join(lines, "\n"))
}

// The messages are the tools' own wording, copied from their source (the
// file and line beside each; the prefixes stand for these addresses plus
// the path):
//
//	cm: https://github.com/codemagic-ci-cd/cli-tools/blob/139170ecde0189198bac22cabacab63e5dbeb5e4/
//	bi: https://github.com/bitrise-steplib/steps-certificate-and-profile-installer/blob/ae6aadf210f01b414e43b94f603d59d2813b1ed9/
//	gx: https://github.com/bitrise-io/go-xcode/blob/1146c9c23eb001f7ce80bf8a7e4bae470d57b641/
//	xa: https://github.com/bitrise-steplib/steps-xcode-archive/blob/497d1f007aff593aaac0bb6fccbf6dab6512538a/
//	az: https://github.com/microsoft/azure-pipelines-tasks/blob/299572e25b6cf14b21c7b60e5228603cbb5ffb42/
//	ic: https://github.com/Apple-Actions/import-codesign-certs/blob/ac35e23d042fe2c02cea5444399a97bab5823128/
//	dp: https://github.com/Apple-Actions/download-provisioning-profiles/blob/5a374da4f49d22fdfd7ac65097e1e37d91832bc0/
//
// Names, paths, bundle IDs, team IDs, serials and UUIDs are neutral
// placeholders. Left out: option and input validation ("p12Password must
// not be empty", "keychain name should not end in .keychain", an export
// options path that is not there, a profile file without the
// .mobileprovision extension, Codemagic's argument errors), which name a
// typo, not a signing failure; "requires a macOS agent", which names the
// wrong build machine; keychain housekeeping with no signing cause
// (Codemagic's create, delete, timeout and default-keychain errors);
// Bitrise's Apple Service connection and two-factor session notices,
// which are Bitrise's own account setup; Bitrise's certificate parsing
// (go-utils' certificateutil), whose source the snapshot did not hold;
// wrapped errors whose inner text is Apple's and no source showed in
// full (Bitrise's "Failed to install certificate: security … failed: …",
// Codemagic's "Listing … failed unexpectedly: <API error>").
const (
	ciKeychain = "/Users/builder/Library/codemagic-cli-tools/keychains/build.keychain-db"
	ciUUID     = "00000000-0000-0000-0000-000000000000"

	// Apple's own lines the steps wrap, as other tables hold them.
	ciAppleP12Wrong = `security: SecKeychainItemImport: MAC verification failed during PKCS12 import (wrong password?)` // catalogue_keychain_test.go

	// Codemagic: keychain.
	cmAddingCerts    = `Add certificates to keychain ` + ciKeychain                                                                     // cm:src/codemagic/tools/keychain.py#L352
	cmAddingCert     = `Add certificate /tmp/acme.p12 to keychain ` + ciKeychain                                                        // cm:src/codemagic/tools/keychain.py#L388
	cmNoCerts        = `Did not find any certificates from specified locations`                                                         // cm:src/codemagic/tools/keychain.py#L355
	cmAddCertFailed  = `Unable to add certificate /tmp/acme.p12 to keychain ` + ciKeychain                                              // cm:src/codemagic/tools/keychain.py#L458
	cmUnlock         = `Unlock keychain ` + ciKeychain                                                                                  // cm:src/codemagic/tools/keychain.py#L219
	cmUnlockFailed   = `Unable to unlock keychain ` + ciKeychain                                                                        // cm:src/codemagic/tools/keychain.py#L225
	cmCreate         = `Create keychain ` + ciKeychain                                                                                  // cm:src/codemagic/tools/keychain.py#L141
	cmTimeout        = `Set keychain ` + ciKeychain + ` timeout to "no timeout"`                                                        // cm:src/codemagic/tools/keychain.py#L196
	cmListCerts      = `List available code signing certificates in keychain ` + ciKeychain                                             // cm:src/codemagic/tools/keychain.py#L305
	cmReadCertFailed = `Failed to read certificate from keychain`                                                                       // cm:src/codemagic/tools/keychain.py#L472
	cmNoCertInP12    = `Certificate was not found from PKCS#12 container`                                                               // cm:src/codemagic/models/certificate.py#L95
	cmBadProfile     = "Invalid provisioning profile /Users/builder/Library/MobileDevice/Provisioning Profiles/acme.mobileprovision:\n" // cm:src/codemagic/models/provisioning_profile.py#L81 (openssl's stderr follows)

	// Codemagic: xcode-project use-profiles.
	cmSettingsDone  = `Completed configuring code signing settings`                                                                                                     // cm:src/codemagic/models/code_signing_settings_manager.py#L192
	cmUsingProfile  = ` - Using profile "Acme AppStore" [` + ciUUID + `] for target "Acme" [Release] from project "Acme"`                                               // cm:src/codemagic/models/code_signing_settings_manager.py#L147-L150
	cmNoProfileFor  = ` - Did not find provisioning profile matching bundle identifier "com.example.acme.widget" for target "AcmeWidget" [Release] from project "Acme"` // cm:src/codemagic/models/code_signing_settings_manager.py#L182-L186
	cmNoProfilesAll = `Did not find matching provisioning profiles for code signing!`                                                                                   // cm:src/codemagic/models/code_signing_settings_manager.py#L201

	// Codemagic: app-store-connect fetch-signing-files.
	cmNoBundleID    = `Did not find Bundle IDs with identifier com.example.acme`                                                                                                                                                                                                                                                           // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L129
	cmNoSigningCert = `Did not find Signing Certificates with type IOS_DISTRIBUTION, DISTRIBUTION`                                                                                                                                                                                                                                         // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L155
	cmNoProfiles    = `Did not find IOS_APP_STORE Profiles for Bundle IDs: "com.example.acme" [ABCDE12345]`                                                                                                                                                                                                                                // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L277
	cmStale         = "Found 2 stale profiles: ABCDE12345, ABCDE12346."                                                                                                                                                                                                                                                                    // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L201
	cmStaleAdvice   = `These profiles are expired with invalid status and cannot be used or seen in Apple Developer Portal. Requesting information about such provisioning profiles causes unnecessarily slow-downs of the action. Get rid of them and speed up future action invocations by using optional flag --delete-stale-profiles.` // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L202-L209
	cmStaleDeleting = "Found 2 stale profiles, deleting them."                                                                                                                                                                                                                                                                             // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L212
	cmStaleDeleted  = `- Deleted stale Profile ABCDE12345`                                                                                                                                                                                                                                                                                 // cm:src/codemagic/tools/app_store_connect/actions/fetch_signing_files_action.py#L220

	// Bitrise: the certificate and profile installer.
	biNoCert        = `No Certificate provided`                // bi:main.go#L260
	biNoProfile     = `No Provisioning Profile provided`       // bi:main.go#L275
	biCertsDone     = `Certificates installed.`                // bi:main.go#L329
	biProfilesDone  = `Provisioning Profiles installed.`       // bi:main.go#L372
	biCertsDownload = `1 certificate downloaded`               // bi:main.go#L309
	biInstalling    = `Installing Provisioning Profiles...`    // bi:main.go#L348
	biProfileExpiry = `Expiry: 	2026-01-05 10:11:12 +0000 UTC` // bi:main.go#L358

	// Bitrise: go-xcode's profile printer and code signing manager.
	gxProfileExpired    = `provisioning profile is not valid anymore, validity ended at: 2025-01-05 10:11:12 +0000 UTC`                                                                                                                                                                                                                     // gx:profileutil/info_model.go#L92
	gxNoCertsInstalled  = `none of the profile's certificates are installed`                                                                                                                                                                                                                                                                // gx:profileutil/profile_printer.go#L54
	gxMissingCertTitle  = `No valid DISTRIBUTION type certificates uploaded`                                                                                                                                                                                                                                                                // gx:autocodesign/certificates.go#L36
	gxMissingCertDesc   = `Maybe you forgot to provide a(n) DISTRIBUTION type certificate.`                                                                                                                                                                                                                                                 // gx:autocodesign/certificates.go#L37
	gxMissingCertRec    = `Upload a DISTRIBUTION type certificate (.p12) on the Code Signing tab of the Workflow Editor.`                                                                                                                                                                                                                   // gx:autocodesign/certificates.go#L38
	gxCertNotOnPortal   = "not found any of the following DISTRIBUTION certificates on Developer Portal:\nApple Distribution: Acme Inc (ABCDE12345) [ABCDE12345]"                                                                                                                                                                           // gx:autocodesign/certificates.go#L81
	gxIgnoringInvalid   = `Ignoring expired or not yet valid certificates: [Apple Distribution: Acme Inc (ABCDE12345)]`                                                                                                                                                                                                                     // gx:autocodesign/certificates.go#L97
	gxUITest            = `UITest target requires development code signing in addition to the specified DISTRIBUTION code signing`                                                                                                                                                                                                          // gx:autocodesign/certificates.go#L24
	gxAgreement         = `Received error FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED (status 403), retrying request...`                                                                                                                                                                                                               // gx:autocodesign/devportalclient/appstoreconnect/appstoreconnect.go#L105
	gxAppIDNotFound     = `  app ID not found, generating...`                                                                                                                                                                                                                                                                               // gx:autocodesign/profiles.go#L184
	gxProfileMissing    = `  profile does not exist, generating...`                                                                                                                                                                                                                                                                         // gx:autocodesign/profiles.go#L255
	gxProfileInSync     = `  profile is in sync with the project requirements`                                                                                                                                                                                                                                                              // gx:autocodesign/profiles.go#L269
	gxProfileInvalid    = `  the profile state is invalid, regenerating ...`                                                                                                                                                                                                                                                                // gx:autocodesign/profiles.go#L276
	gxProfileCreated    = `  profile created: Bitrise AppStore - (com.example.acme)`                                                                                                                                                                                                                                                        // gx:autocodesign/profiles.go#L299
	gxProfileExpiredUp  = `  Profile already exists, but expired, cleaning up...`                                                                                                                                                                                                                                                           // gx:autocodesign/devportalclient/appstoreconnectclient/profiles.go#L176
	gxCapsSync          = `  app ID capabilities are not in sync with the project capabilities, synchronizing...`                                                                                                                                                                                                                           // gx:autocodesign/profiles.go#L167
	gxManualReason      = `Using Bitrise-managed code signing assets with API key because Automatically managed signing is disabled in Xcode for the project.`                                                                                                                                                                              // gx:codesign/codesign.go#L273
	gxNoCertsUploaded   = `No certificates are uploaded.`                                                                                                                                                                                                                                                                                   // gx:codesign/codesign.go#L318
	gxTeamMismatch      = "buildSettings: Target (AcmeWidget) Team ID (ABCDE12346) does not match to the already registered team ID: ABCDE12345\nThis causes build issue like: `Embedded binary is not signed with the same certificate as the parent app. Verify the embedded binary target's code sign settings match the parent app's.`" // gx:autocodesign/projectmanager/projecthelper.go#L220
	gxUnsupportedEnt    = `Can not create profile with unsupported entitlement (com.apple.developer.weatherkit) for the bundle ID com.example.acme, due to App Store Connect API limitations.`                                                                                                                                              // gx:autocodesign/projectmanager/projectmanager.go#L127
	gxUnsupportedEntFix = `please generate provisioning profile manually on Apple Developer Portal and use the Certificate and profile installer Step instead`                                                                                                                                                                              // gx:autocodesign/projectmanager/projectmanager.go#L128
	xaIPAPath           = `The ipa path is now available in the Environment Variable: BITRISE_IPA_PATH (value: /Users/vagrant/deploy/Acme.ipa)`                                                                                                                                                                                             // xa:step/step.go#L667

	// Azure Pipelines: InstallAppleCertificate@2.
	azInvalidP12     = `Unable to find the certificate SHA1 hash and common name (CN). Verify that the certificate is a valid P12.`                                                                                                                                                                                                                // az:Tasks/InstallAppleCertificateV2/task.json#L189
	azNoP12Pwd       = `No P12 password was supplied. If the P12 file requires a password, the best practice is to supply it as pipeline variable and mark it secret by enabling the lock icon.`                                                                                                                                                   // az:Tasks/InstallAppleCertificateV2/task.json#L190
	azNoKeyName      = `Failed to identify the private key name: /Users/runner/work/_temp/acme.p12`                                                                                                                                                                                                                                                // az:Tasks/InstallAppleCertificateV2/task.json#L191
	azPartitionSkip  = `Skipping unnecessary keychain partition_id ACL assignment on this older OS. The security command 'set-key-partition-list' was introduced in macOS Sierra (10.12).`                                                                                                                                                         // az:Tasks/InstallAppleCertificateV2/task.json#L192
	azPartitionFail  = "Error setting the partition_id ACL for the private key. Verify that the `Keychain password` is correct, or use a `Temporary Keychain` instead."                                                                                                                                                                            // az:Tasks/InstallAppleCertificateV2/task.json#L193
	azCertNotYet     = `Certificate "Apple Distribution: Acme Inc (ABCDE12345)" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) isn't valid until Jan  5 10:11:12 2027 GMT`                                                                                                                                                                // az:Tasks/InstallAppleCertificateV2/task.json#L195
	azCertExpired    = `Certificate "Apple Distribution: Acme Inc (ABCDE12345)" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) expired on Jan  5 10:11:12 2025 GMT`                                                                                                                                                                       // az:Tasks/InstallAppleCertificateV2/task.json#L196
	azOpenSSL        = `Error parsing certificate. This might be caused by an unsupported algorithm. If you're using old certificate with a new OpenSSL version try to set -legacy flag in opensslPkcsArgs input.`                                                                                                                                 // az:Tasks/InstallAppleCertificateV2/task.json#L197
	azSignIDNotFound = `Failed to find the iOS signing identity. Verify that signing and provisioning information is provided.`                                                                                                                                                                                                                    // az:Tasks/XcodeV5/task.json#L401
	azTempKeychain   = `Failed to add the temporary keychain to the keychains search path.`                                                                                                                                                                                                                                                        // az:Tasks/XcodeV5/task.json#L402
	azProfileDetails = `Failed to find details for the provisioning profile: /Users/runner/work/_temp/acme.mobileprovision`                                                                                                                                                                                                                        // az:Tasks/XcodeV5/task.json#L403
	azProfileUUID    = `Failed to find the UUID for provisioning profile: /Users/runner/work/_temp/acme.mobileprovision`                                                                                                                                                                                                                           // az:Tasks/XcodeV5/task.json#L404
	azXcodeSuccess   = `Xcode task execution completed with no errors.`                                                                                                                                                                                                                                                                            // az:Tasks/XcodeV5/task.json#L409
	azKeychainDelete = "Failed to delete the temporary keychain created during the build: `/Users/runner/work/_temp/ios_signing_temp.keychain`"                                                                                                                                                                                                    // az:Tasks/XcodeV5/task.json#L410
	azProfileDelete  = "Failed to delete the provisioning profile `" + ciUUID + "`."                                                                                                                                                                                                                                                               // az:Tasks/XcodeV5/task.json#L411
	azExportMethod   = "Failed to automatically identify the export method to use from the archive file. This might cause errors during the build or produce an invalid package. If export fails, either enable signing (set `Signing Style` to `Project Defaults`), or configure export manually (set `Export options` to `Plist` or `Specify`)." // az:Tasks/XcodeV5/task.json#L412
	azExportPlist    = "Failed to automatically generate an `Export options` plist file to export an IPA. Please specify an `Export options` plist file in `Package options`."                                                                                                                                                                     // az:Tasks/XcodeV5/task.json#L416
	azProvStyle      = "The provisioning style was not found in a pbxProject file. Automatic signing will be used. If the project uses manual signing, auto-export may fail. As a workaround, `Export options` can be set to `Plist` or `Specify`."                                                                                                // az:Tasks/XcodeV5/task.json#L419
	azProcessFailed  = `/usr/bin/xcodebuild failed with return code: 65`                                                                                                                                                                                                                                                                           // azure-pipelines-task-lib's wording, as az:Tasks/CMakeV1/Tests/L0.ts#L29 has it

	// GitHub Actions: Apple-Actions.
	icProcessFailed = `The process '/usr/bin/security' failed with exit code 1`                                                                                   // ic:dist/index.js#L20304 (@actions/exec, bundled)
	dpNoApp         = `No applications found with bundle id 'com.example.acme'.`                                                                                  // dp:src/provisioning.ts#L40
	dpNoActive      = `Unable to find 'ACTIVE' profiles for bundleId 'com.example.acme'.`                                                                         // dp:src/provisioning.ts#L58
	dpWrote         = `Wrote IOS_APP_STORE profile 'Acme AppStore' to '/Users/runner/Library/MobileDevice/Provisioning Profiles/` + ciUUID + `.mobileprovision'.` // dp:src/main.ts#L97-L99
)

var ciStepForms = []ciStepForm{
	// Codemagic: keychain add-certificates.
	{"cm no certificates", "line", cmNoCerts, "text-signing-certificate-file-missing"},
	{"cm no certificates", "ci", ciLines(cmAddingCerts, cmNoCerts), "text-signing-certificate-file-missing"},
	{"cm add certificate failed", "line", cmAddCertFailed, "text-p12-import-failed"},
	{"cm add certificate failed", "ci", ciLines(cmAddingCert, ciAppleP12Wrong, cmAddCertFailed), "text-p12-import-failed"},
	{"cm unlock failed", "line", cmUnlockFailed, "text-keychain-password-wrong"},
	{"cm unlock failed", "ci", ciLines(cmUnlock, cmUnlockFailed), "text-keychain-password-wrong"},
	{"cm no certificate in p12", "line", cmNoCertInP12, "text-p12-import-failed"},
	{"cm invalid profile", "line", cmBadProfile + "Error reading S/MIME message" /* openssl smime's own line */, "text-profile-undecodable"},
	{"cm keychain progress", "ci", ciLines(cmCreate, cmTimeout, cmUnlock, cmAddingCerts, cmAddingCert, cmListCerts), ""},
	{"cm read certificate failed", "line", cmReadCertFailed, ""},

	// Codemagic: xcode-project use-profiles.
	{"cm settings done", "ci", ciLines(cmSettingsDone, cmUsingProfile), ""},
	// A target of the app's bundle ID family got no profile: its build
	// will fail to sign.
	{"cm no profile for target", "line", cmNoProfileFor, "text-no-profiles-found"},
	{"cm no profile for target", "ci", ciLines(cmSettingsDone, cmUsingProfile, cmNoProfileFor), "text-no-profiles-found"},
	{"cm no profiles at all", "line", cmNoProfilesAll, "text-no-profiles-found"},
	{"cm no profiles at all", "ci", ciLines(cmSettingsDone, cmNoProfilesAll), "text-no-profiles-found"},

	// Codemagic: app-store-connect fetch-signing-files.
	{"cm no bundle ID", "line", cmNoBundleID, "text-no-profiles-found"},
	{"cm no bundle ID", "ci", ghaLog(cmNoBundleID), "text-no-profiles-found"},
	{"cm no signing certificate", "line", cmNoSigningCert, "text-no-signing-certificate"},
	{"cm no signing certificate", "ci", ghaLog(cmNoSigningCert), "text-no-signing-certificate"},
	{"cm no profiles for bundle IDs", "line", cmNoProfiles, "text-no-profiles-found"},
	{"cm no profiles for bundle IDs", "ci", ghaLog(cmNoProfiles), "text-no-profiles-found"},
	{"cm stale profiles", "ci", ciLines(cmStale, cmStaleAdvice), ""},
	{"cm stale profiles deleted", "ci", ciLines(cmStaleDeleting, cmStaleDeleted), ""},

	// Bitrise: the certificate and profile installer.
	{"bi nothing provided", "ci", ciLines(biNoCert, biNoProfile), ""},
	{"bi installed", "ci", ciLines(biCertsDownload, biCertsDone, biInstalling, biProfileExpiry, biProfilesDone), ""},

	// Bitrise: go-xcode's profile printer and code signing manager.
	{"gx profile expired", "line", gxProfileExpired, "text-profile-expired"},
	{"gx profile expired", "ci", ciLines(biInstalling, "Acme AppStore", biProfileExpiry, gxProfileExpired), "text-profile-expired"},
	// The profile was made for certificates none of which is installed:
	// codesign will find no identity for it.
	{"gx profile certificates not installed", "line", gxNoCertsInstalled, "text-no-signing-certificate"},
	{"gx no valid certificates uploaded", "line", gxMissingCertTitle, "text-no-signing-certificate"},
	{"gx no valid certificates uploaded", "ci", ciLines(gxMissingCertTitle, gxMissingCertDesc, gxMissingCertRec), "text-no-signing-certificate"},
	{"gx forgot certificate", "line", gxMissingCertDesc, "text-no-signing-certificate"},
	// The uploaded certificates are on no list of the portal: revoked or
	// another team's.
	{"gx certificates not on portal", "line", gxCertNotOnPortal, "text-cert-revoked"},
	{"gx certificates not on portal", "ci", ciLines(gxIgnoringInvalid, gxCertNotOnPortal), "text-cert-revoked"},
	{"gx agreement", "line", gxAgreement, "text-agreement-required"},
	{"gx agreement", "ci", ciLines(gxAgreement, gxAgreement), "text-agreement-required"},
	{"gx team mismatch", "line", gxTeamMismatch, "text-embedded-binary-certificate"},
	// A capability the API cannot put in a profile: the step stops before
	// Apple says anything.
	{"gx unsupported entitlement", "ci", ciLines(gxUnsupportedEnt, gxUnsupportedEntFix), "text-automatic-signing-failed"},
	{"gx ignoring invalid", "line", gxIgnoringInvalid, ""},
	{"gx progress", "ci", ciLines(gxManualReason, gxUITest, gxCapsSync, gxAppIDNotFound, gxProfileMissing, gxProfileCreated), ""},
	{"gx profile regenerated", "ci", ciLines(gxProfileExpiredUp, gxProfileInvalid, gxProfileCreated, gxProfileInSync), ""},
	{"gx no certificates uploaded", "line", gxNoCertsUploaded, ""},
	{"xa ipa path", "line", xaIPAPath, ""},
	// xcode-archive wraps xcodebuild's export failure; Apple's line decides.
	{"xa export failed", "ci", ciLines("failed to export IPA: " + xcodebuildError(msgNoCert)), "text-no-signing-certificate"},

	// Azure Pipelines: InstallAppleCertificate@2.
	{"az invalid p12", "line", azInvalidP12, "text-p12-import-failed"},
	{"az invalid p12", "azure", azError(azInvalidP12), "text-p12-import-failed"},
	{"az private key name", "azure", azError(azNoKeyName), "text-p12-import-failed"},
	{"az openssl", "line", azOpenSSL, "text-p12-import-failed"},
	{"az openssl", "azure", azWarning(azOpenSSL), "text-p12-import-failed"},
	{"az partition list", "line", azPartitionFail, "text-keychain-password-wrong"},
	{"az partition list", "azure", azError(azPartitionFail), "text-keychain-password-wrong"},
	{"az cert expired", "line", azCertExpired, "text-cert-expired"},
	{"az cert expired", "azure", azError(azCertExpired), "text-cert-expired"},
	// Not valid yet: the machine's clock or a certificate issued ahead;
	// the expiry entry covers a certificate outside its dates.
	{"az cert not yet valid", "azure", azError(azCertNotYet), "text-cert-expired"},
	{"az no p12 password", "azure", azWarning(azNoP12Pwd), ""},
	{"az partition skip", "line", azPartitionSkip, ""},

	// Azure Pipelines: Xcode@5 and its signing helpers.
	{"az signing identity", "line", azSignIDNotFound, "text-identity-not-found"},
	{"az signing identity", "azure", azError(azSignIDNotFound), "text-identity-not-found"},
	{"az temp keychain", "azure", azError(azTempKeychain), "text-identity-not-found"},
	{"az profile details", "azure", azError(azProfileDetails), "text-profile-undecodable"},
	{"az profile UUID", "line", azProfileUUID, "text-profile-undecodable"},
	{"az profile UUID", "azure", azError(azProfileUUID), "text-profile-undecodable"},
	{"az export plist", "azure", azError(azExportPlist), "text-export-options-invalid"},
	// xcodebuild's own line before the task's exit line decides.
	{"az xcodebuild failed", "azure", ghaLogLines(xcodebuildError(msgNoCert)) + "\n" + azError(azProcessFailed), "text-no-signing-certificate"},
	{"az export method", "azure", azWarning(azExportMethod), ""},
	{"az provisioning style", "azure", azWarning(azProvStyle), ""},
	{"az success", "line", azXcodeSuccess, ""},
	{"az cleanup", "azure", azWarning(azKeychainDelete) + "\n" + azWarning(azProfileDelete), ""},

	// GitHub Actions: Apple-Actions.
	{"ic import failed", "ci", ciLines(ciAppleP12Wrong, "Error: "+icProcessFailed), "text-p12-import-failed"},
	{"dp no app", "line", dpNoApp, "text-no-profiles-found"},
	{"dp no app", "actions", ghaFailed(dpNoApp), "text-no-profiles-found"},
	{"dp no active profiles", "line", dpNoActive, "text-no-profiles-found"},
	{"dp no active profiles", "actions", ghaFailed(dpNoActive), "text-no-profiles-found"},
	{"dp wrote", "line", dpWrote, ""},
	{"dp wrote", "ci", ciLines(dpWrote, dpWrote), ""},
}

// Rows known to miss, each with why.
var ciStepKnown = map[string]bool{
	// Bitrise's own limit: the App Store Connect API cannot put this
	// entitlement in a profile it generates. No entry says a step's own
	// limit (text-automatic-signing-failed is Xcode's); the message itself
	// says what to do.
	"gx unsupported entitlement (ci)": true,
	// Azure's Xcode task could not work out the export method from the
	// archive to write an export options plist; text-export-options-invalid
	// is xcodebuild's refusal of a method, not this, and no entry says it.
	"az export plist (azure)": true,
}

func TestCIStepsMessageTable(t *testing.T) {
	rows := make([]tableRow, 0, len(ciStepForms))
	for _, f := range ciStepForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	checkTable(t, rows, ciStepKnown)
}

// Near misses of the patterns the table's fixes added: the same words in
// other systems' output, and the steps' own lines that are no failure,
// read nothing.
func TestCIStepsMessageTableNearMisses(t *testing.T) {
	readNothing(t,
		`Unable to add certificate to the Java keystore: keytool error: java.lang.Exception: Input not an X.509 certificate`,
		`Unable to unlock keyring: the GNOME keyring daemon is not running`,
		`gpg: Did not find any certificates from specified locations; no signing key available`,
		`Error parsing certificate. The PEM file for the TLS server is malformed.`,
		`Did not find Bundle IDs with identifier in the Android manifest`,
		`No applications found with bundle id 'com.example.acme' in the Play Console.`,
		`Certificate "www.example.com" (fingerprint: 0123456789ABCDEF0123456789ABCDEF01234567) expired on Jan  5 10:11:12 2025 GMT`,
		`Maybe you forgot to provide a(n) TLS certificate.`,
		// The steps' own progress and success lines.
		ciLines(cmAddingCerts, cmAddingCert, cmSettingsDone, cmUsingProfile),
		ciLines(gxProfileInSync, gxProfileCreated, biProfilesDone),
		azWarning(azProvStyle),
	)
	// App Store Connect's upload error keeps its reading without its code
	// (table_appstore_test.go's mail form, the code cut off).
	readFirst(t, "text-invalid-profile-upload", `Invalid Provisioning Profile - The provisioning profile included in the bundle com.acme.app [Payload/Acme.app] is invalid. [Missing code-signing certificate].`, `Invalid Provisioning Profile.`)
}
