package text

import (
	"strings"
	"testing"
)

// fastlaneForm is one way a message of fastlane's own signing tools
// reaches a paste: match (sync_code_signing), sigh (get_provisioning_profile,
// resign), cert (get_certificates), gym (build_app), the notarize action,
// import_certificate and setup_ci / create_keychain (fastlane_core's
// keychain importer and certificate checker), update_code_signing_settings,
// and spaceship's portal errors, as fastlane prints them: the line alone,
// with its timestamp prefix ("[10:11:12]: "), as the closing "[!] " of a
// failed lane, or inside a CI log, around Apple's own output where the
// tool wraps it. want is the entry the first finding must be; "" means the
// output is progress, success or a skip by design, so nothing above a note
// may be found.
//
// 66 of 119 forms read right at first, 115 after the fixes; four pilot
// rows added after them read right untouched (119 of 123). Two
// judgements changed after reading the code again: sigh's "Could not find
// a matching code signing identity" is text-identity-not-found (sigh keeps
// only the portal's certificates installed in the keychain; first judged
// text-no-signing-certificate, so 69 of 119 with the wants as they stand),
// and match's "An app with that bundle ID needs to exist" is
// text-no-profiles-found, whose first cause is an unregistered App ID
// (first judged text-bundle-id-unavailable, another team's).
type fastlaneForm struct {
	msg, form, text, want string
}

// Forms fastlane puts around a message.
func flLine(msg string) string {
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = "[10:11:12]: " + l
	}
	return strings.Join(lines, "\n")
}

func flFail(msg string) string { return "[!] " + msg }

// flCI is a failed lane in a GitHub Actions log: the tool's lines, then
// fastlane's closing line.
func flCI(lines, fail string) string {
	return ghaLogLines(flLine(lines) + "\n+------+\n[!] " + fail + "\nError: Process completed with exit code 1.")
}

// The messages are fastlane's own wording, copied from its source at
// https://github.com/fastlane/fastlane/tree/d5347690d47de21d0e6fe78bd5ce77e35a714350
// (the file and line beside each; "fl:" stands for that address plus
// /blob/d5347690d47de21d0e6fe78bd5ce77e35a714350/). Bundle IDs, team IDs,
// certificate IDs, profile names, UUIDs, user names and paths are neutral
// placeholders. Left out: option-validation errors (a wrong export_method
// name, a missing file given as an option, "Keychain not found at path"),
// which name a typo, not a signing failure; match's storage and git
// errors and nuke's prompts; pilot's other messages (changelog, testers,
// build processing), which say nothing about signing; spaceship's "You already have a
// current …" and ProgramLicenseAgreementUpdated, whose leading sentence is
// Apple's and no source showed in full; notarize's crash for a status
// other than Accepted or Invalid, whose status word no source showed.
const (
	flUUID = "00000000-0000-0000-0000-000000000000"

	// match: storage passphrase.
	flMatchDecrypt      = `Couldn't decrypt the repo, please make sure you enter the right password!`                                        // fl:match/lib/match/encryption/openssl.rb#L57
	flMatchBadPassword  = `Invalid password passed via 'MATCH_PASSWORD'`                                                                     // fl:match/lib/match/encryption/openssl.rb#L58
	flMatchNoPassword   = `Neither the MATCH_PASSWORD environment variable nor the local keychain contained a password.`                     // fl:match/lib/match/encryption/openssl.rb#L102
	flMatchBailing      = `Bailing out instead of asking for a password, since this is non-interactive mode.`                                // fl:match/lib/match/encryption/openssl.rb#L103
	flMatchTrySetting   = `Try setting the MATCH_PASSWORD environment variable, or temporarily enable interactive mode to store a password.` // fl:match/lib/match/encryption/openssl.rb#L104
	flMatchErrDecrypt   = `Error decrypting '/var/folders/xy/abcdef/T/d20260105-12345-abcdef/certs/distribution/ABCDE12345.p12'`             // fl:match/lib/match/encryption/openssl.rb#L133
	flMatchDecryptedOK  = `🔓  Successfully decrypted certificates repo`                                                                      // fl:match/lib/match/encryption/openssl.rb#L65
	flMatchEncryptedOK  = `🔒  Successfully encrypted certificates repo`                                                                      // fl:match/lib/match/encryption/openssl.rb#L44
	flMatchAllInstalled = `All required keys, certificates and provisioning profiles are installed 🙌`                                        // fl:match/lib/match/runner.rb#L129

	// match: certificates.
	flMatchCertLimit    = "Could not create a new certificate as you reached the maximum number of certificates for this account. You can use the `fastlane match nuke` command to revoke your existing certificates. More information https://docs.fastlane.tools/actions/match/" // fl:match/lib/match/generator.rb#L46
	flMatchCreatingCert = `Couldn't find a valid code signing identity for distribution... creating one for you now`                                                                                                                                                               // fl:match/lib/match/runner.rb#L204
	flMatchReadonlyCert = "No code signing identity found and cannot create a new one because you enabled `readonly`"                                                                                                                                                              // fl:match/lib/match/runner.rb#L205
	flMatchCertInvalid  = `Your certificate 'ABCDE12345.cer' is not valid, please check end date and renew it if necessary`                                                                                                                                                        // fl:match/lib/match/runner.rb#L221
	flMatchInstalling   = `Installing certificate...`                                                                                                                                                                                                                              // fl:match/lib/match/runner.rb#L225
	flMatchCertGone     = `Certificate 'ABCDE12345' (stored in your storage) is not available on the Developer Portal
for the user acme-ci
Make sure to use the same user and team every time you run 'match' for this
Git repository. This might be caused by revoking the certificate on the Dev Portal
If missing certificate is a Developer ID Installer, you may need to auth with Apple ID instead of App Store API Key` // fl:match/lib/match/spaceship_ensure.rb#L73-L78
	flMatchNuke       = "To reset the certificates of your Apple account, you can use the `fastlane match nuke` feature, more information on https://docs.fastlane.tools/actions/match/" // fl:match/lib/match/spaceship_ensure.rb#L79
	flMatchImportNone = `This certificate cannot be imported - the certificate contents did not match with any available on the Developer Portal`                                        // fl:match/lib/match/importer.rb#L99
	flMatchVerifying  = `Verifying that the certificate and profile are still valid on the Dev Portal...`                                                                                // fl:match/lib/match/spaceship_ensure.rb#L11

	// match: profiles and App IDs.
	flMatchReadonlyProfile = `No matching provisioning profiles found for 'AppStore_com.example.acme.mobileprovision'
A new one cannot be created because you enabled ` + "`readonly`" + `
If you are certain that a profile should exist, double-check the recent changes to your match repository` // fl:match/lib/match/runner.rb#L314-L321
	flMatchReadonlyProfileFail = "No matching provisioning profiles found and cannot create a new one because you enabled `readonly`. Check the output above for more information." // fl:match/lib/match/runner.rb#L322
	flMatchNoApp               = `An app with that bundle ID needs to exist in order to create a provisioning profile for it`                                                       // fl:match/lib/match/spaceship_ensure.rb#L55
	flMatchNoAppFail           = `Couldn't find bundle identifier 'com.example.acme' for the user 'acme-ci'`                                                                        // fl:match/lib/match/spaceship_ensure.rb#L61
	flMatchProfileFixing       = `Provisioning profile '` + flUUID + `' is not available on the Developer Portal for the user acme-ci, fixing this now for you 🔨`                   // fl:match/lib/match/spaceship_ensure.rb#L91
	flMatchDevicesDiffer       = `Devices in the profile and available on the portal differ. Recreating a profile`                                                                  // fl:match/lib/match/profile_includes.rb#L59
	flMatchCertsDiffer         = `Certificates in the profile and available on the portal differ. Recreating a profile`                                                             // fl:match/lib/match/profile_includes.rb#L115
	flMatchInHouse             = `You defined the profile type 'enterprise', but your Apple account doesn't support In-House profiles`                                              // fl:match/lib/match/runner.rb#L60
	flMatchSkipInHouse         = `Skipping MAC_APP_INHOUSE and MAC_CATALYST_APP_INHOUSE... only available with Apple ID auth`                                                       // fl:match/lib/match/module.rb#L63

	// sigh.
	flSighReadonly      = "No matching provisioning profile found and cannot create a new one because you enabled `readonly`"                                                                                                                                                                                        // fl:sigh/lib/sigh/runner.rb#L51
	flSighCreating      = `No existing profiles found, that match the certificates you have installed locally! Creating a new provisioning profile for you`                                                                                                                                                          // fl:sigh/lib/sigh/runner.rb#L52
	flSighNoIdentity    = `Could not find a matching code signing identity for type 'App Store'. It is recommended to use match to manage code signing for you, more information on https://codesigning.guide. If you don't want to do so, you can also use cert to generate a new one: https://fastlane.tools/cert` // fl:sigh/lib/sigh/runner.rb#L294-L297
	flSighFound         = `Found 1 matching profile(s)`                                                                                                                                                                                                                                                              // fl:sigh/lib/sigh/runner.rb#L41
	flSighNotValidSkip  = `Provisioning Profile 'Acme AppStore' is not valid, skipping this one...`                                                                                                                                                                                                                  // fl:sigh/lib/sigh/runner.rb#L101
	flSighCertNotLocal  = `Certificate for Provisioning Profile 'Acme AppStore' not available locally: ABCDE12345, skipping this one...`                                                                                                                                                                             // fl:sigh/lib/sigh/runner.rb#L140
	flSighMoreThanOne   = "Found more than one code signing identity. Choosing the first one. Check out `fastlane sigh --help` to see all available options."                                                                                                                                                        // fl:sigh/lib/sigh/runner.rb#L281
	flSighDownloaded    = `Successfully downloaded provisioning profile...`                                                                                                                                                                                                                                          // fl:sigh/lib/sigh/runner.rb#L328
	flSighInstalled     = `Profile installed at "/Users/dev/Library/MobileDevice/Provisioning Profiles/` + flUUID + `.mobileprovision"`                                                                                                                                                                              // fl:sigh/lib/sigh/local_manage.rb#L37
	flSighSkipExpired   = `Skipping invalid/expired profile 'Acme AppStore'`                                                                                                                                                                                                                                         // fl:sigh/lib/sigh/download_all.rb#L85
	flSighRepairedAll   = `All provisioning profiles are valid, nothing to do`                                                                                                                                                                                                                                       // fl:sigh/lib/sigh/repair.rb#L19
	flSighInstallFailed = `Failed installation of provisioning profile at location: /Users/dev/Library/MobileDevice/Provisioning Profiles/` + flUUID + `.mobileprovision`                                                                                                                                            // fl:sigh/lib/sigh/local_manage.rb#L39
	flResignNoIdentity  = `Couldn't find signing identity 'iPhone Distribution: Acme Inc (ABCDE12345)'.`                                                                                                                                                                                                             // fl:sigh/lib/sigh/resign.rb#L126
	flResignFailed      = `Something went wrong while code signing Acme.ipa`                                                                                                                                                                                                                                         // fl:sigh/lib/sigh/resign.rb#L83
	flResignOK          = `Successfully signed Acme.ipa!`                                                                                                                                                                                                                                                            // fl:sigh/lib/sigh/resign.rb#L80

	// cert.
	flCertLimit         = `Could not create another Distribution certificate, reached the maximum number of available Distribution certificates.`                                                                                                                                                                                                                          // fl:cert/lib/cert/runner.rb#L213
	flCertNoPermission  = "You do not have permission to create this certificate. Only Team Admins can create Distribution certificates\n 🔍 See https://developer.apple.com/library/content/documentation/IDEs/Conceptual/AppDistributionGuide/ManagingYourTeam/ManagingYourTeam.html for more information."                                                               // fl:cert/lib/cert/runner.rb#L215
	flCertNotInstalled  = `Could not find the newly generated certificate installed`                                                                                                                                                                                                                                                                                       // fl:cert/lib/cert/runner.rb#L18
	flCertNotLocal      = `Certificate ABCDE12345 (Acme Inc) can't be found on your local computer`                                                                                                                                                                                                                                                                        // fl:cert/lib/cert/runner.rb#L132
	flCertCreating      = `Couldn't find an existing certificate... creating a new one`                                                                                                                                                                                                                                                                                    // fl:cert/lib/cert/runner.rb#L138
	flCertUsing         = `Found the certificate ABCDE12345 (Acme Inc) which is installed on the local machine. Using this one.`                                                                                                                                                                                                                                           // fl:cert/lib/cert/runner.rb#L116
	flCertGenerated     = `Successfully generated ABCDE12345 which was imported to the local machine.`                                                                                                                                                                                                                                                                     // fl:cert/lib/cert/runner.rb#L245
	flCertVerified      = `Successfully installed certificate ABCDE12345`                                                                                                                                                                                                                                                                                                  // fl:cert/lib/cert/runner.rb#L19
	flCertNoneExpired   = `No expired certificates were found to revoke! 👍`                                                                                                                                                                                                                                                                                                // fl:cert/lib/cert/runner.rb#L74
	flCertSkipNonMac    = `Skipping importing certificates as it would not work on this operating system.`                                                                                                                                                                                                                                                                 // fl:cert/lib/cert/runner.rb#L237
	flCertCheckNoIdents = "There are no local code signing identities found.\nYou can run `security find-identity -v -p codesigning` to get this output.\nThis Stack Overflow thread has more information: https://stackoverflow.com/q/35390072/774.\n(Check in Keychain Access for an expired WWDR certificate: https://stackoverflow.com/a/35409835/774 has more info.)" // fl:fastlane_core/lib/fastlane_core/cert_checker.rb#L81-L84
	flCertCheckWWDR     = `Could not install WWDR certificate`                                                                                                                                                                                                                                                                                                             // fl:fastlane_core/lib/fastlane_core/cert_checker.rb#L201

	// Keychain importer (import_certificate, match, cert) and setup_ci.
	flKeychainPartition = "Could not configure imported keychain item (certificate) to prevent UI permission popup when code signing\nCheck if you supplied the correct `keychain_password` for keychain: `/Users/runner/Library/Keychains/fastlane_tmp_keychain-db`\nsecurity: SecKeychainItemSetAccessWithPassword: The user name or passphrase you entered is not correct." // fl:fastlane_core/lib/fastlane_core/keychain_importer.rb#L72-L74
	flKeychainNoPass    = `Keychain password for /Users/runner/Library/Keychains/login.keychain-db was not specified and not found in your keychain. Specify the 'keychain_password' option to prevent the UI permission popup when code signing`                                                                                                                              // fl:fastlane_core/lib/fastlane_core/keychain_importer.rb#L115
	flKeychainSetting   = `Setting key partition list... (this can take a minute if there are a lot of keys installed)`                                                                                                                                                                                                                                                        // fl:fastlane_core/lib/fastlane_core/keychain_importer.rb#L57
	flKeychainUsingPass = `Using keychain password from keychain item fastlane_keychain_login in /Users/dev/Library/Keychains/login.keychain-db`                                                                                                                                                                                                                               // fl:fastlane_core/lib/fastlane_core/keychain_importer.rb#L104
	flSetupCICreating   = `Creating temporary keychain: "fastlane_tmp_keychain".`                                                                                                                                                                                                                                                                                              // fl:fastlane/lib/fastlane/actions/setup_ci.rb#L41
	flSetupCISkipNonMac = `Skipping Keychain setup on non-macOS CI Agent`                                                                                                                                                                                                                                                                                                      // fl:fastlane/lib/fastlane/actions/setup_ci.rb#L28
	flSetupCISkipGiven  = `Skipping Keychain setup as a keychain was already specified`                                                                                                                                                                                                                                                                                        // fl:fastlane/lib/fastlane/actions/setup_ci.rb#L33
	flCreateKCFound     = `Found keychain '/Users/runner/Library/Keychains/build.keychain-db', creation skipped`                                                                                                                                                                                                                                                               // fl:fastlane/lib/fastlane/actions/create_keychain.rb#L32

	// update_code_signing_settings.
	flUCSSUpdated  = `Successfully updated project settings to use Code Sign Style = 'Manual'`                                                    // fl:fastlane/lib/fastlane/actions/update_code_signing_settings.rb#L85
	flUCSSSetTeam  = `Set Team id to: ABCDE12345 for target: Acme for build configuration: Release`                                               // fl:fastlane/lib/fastlane/actions/update_code_signing_settings.rb#L47
	flUCSSSetIdent = `Set Code Sign identity to: iPhone Distribution for target: Acme for build configuration: Release`                           // fl:fastlane/lib/fastlane/actions/update_code_signing_settings.rb#L51
	flUCSSUpdating = `Updating the Automatic Codesigning flag to disabled for the given project '/Users/dev/Acme/Acme.xcodeproj/project.pbxproj'` // fl:fastlane/lib/fastlane/actions/update_code_signing_settings.rb#L12
	flUCSSNoTarget = `None of the specified targets has been modified`                                                                            // fl:fastlane/lib/fastlane/actions/update_code_signing_settings.rb#L79

	// gym: what it prints after xcodebuild's archive or export failed.
	flGymProfileUUID = `Invalid code signing settings
Your project defines a provisioning profile which doesn't exist on your local machine
You can use sigh (https://docs.fastlane.tools/actions/sigh/) to download and install the provisioning profile
Follow this guide: https://docs.fastlane.tools/codesigning/GettingStarted/` // fl:gym/lib/gym/error_handler.rb#L16-L19
	flGymProfileBundle = `Invalid code signing settings
Your project defines a provisioning profile that doesn't match the bundle identifier of your app
Make sure you use the correct provisioning profile for this app
Take a look at the output above for more information
You can follow this guide: https://docs.fastlane.tools/codesigning/GettingStarted/` // fl:gym/lib/gym/error_handler.rb#L21-L25
	flGymNoProfileFor = `You don't have the provisioning profile for 'com.example.acme' installed on the local machine
Make sure you have the profile on this computer and it's properly installed
You can use sigh (https://docs.fastlane.tools/actions/sigh/) to download and install the provisioning profile
Follow this guide: https://docs.fastlane.tools/codesigning/GettingStarted/` // fl:gym/lib/gym/error_handler.rb#L27-L30
	flGymNoProfileAdvice = `Make sure you have the profile on this computer and it's properly installed
You can use sigh (https://docs.fastlane.tools/actions/sigh/) to download and install the provisioning profile` // fl:gym/lib/gym/error_handler.rb#L28-L29
	flGymRequired = `Your project settings define invalid code signing settings
To generate an ipa file you need to enable code signing for your project
Additionally make sure you have a code signing identity set
Follow this guide: https://docs.fastlane.tools/codesigning/GettingStarted/` // fl:gym/lib/gym/error_handler.rb#L39-L42
	flGymNotHappy = `Seems like Xcode is not happy with the code signing setup
Please make sure to check out the raw ` + "`xcodebuild`" + ` output
/Users/runner/Library/Logs/gym/Acme-Acme.log
The very bottom of the file will tell you the raw Xcode error message
indicating on why the code signing step failed` // fl:gym/lib/gym/error_handler.rb#L66-L70
	flGymNoIdentity = `Could not find code signing identity 'iPhone Distribution: Acme Inc (ABCDE12345)'
Make sure the name of the code signing identity is correct
and it matches a locally installed code signing identity
You can pass the name of the code signing identity using the
` + "`codesigning_identity`" + ` option`  // fl:gym/lib/gym/error_handler.rb#L84-L88
	flGymNoProfileNamed = `Could not find provisioning profile with the name 'Acme AppStore'
Make sure the name of the provisioning profile is correct
and it matches a locally installed profile` // fl:gym/lib/gym/error_handler.rb#L90-L92
	flGymMismatch = `Mismatch between provisioning profile and code signing identity
This means, the specified provisioning profile was not created using
the specified certificate.
Run cert and sigh before gym to make sure to have all signing resources ready` // fl:gym/lib/gym/error_handler.rb#L94-L97
	flGymNoProfile = `No provisioning profile provided
Make sure to pass a valid provisioning for each required target
Check out the docs on how to fix this: https://docs.fastlane.tools/actions/gym/#export-options` // fl:gym/lib/gym/error_handler.rb#L99-L101
	flGymGeneral = `A general code signing error occurred. Make sure you passed a valid
provisioning profile and code signing identity.` // fl:gym/lib/gym/error_handler.rb#L104-L105
	flGymExportMismatch = "There seems to be a mismatch between your provided `export_method` in gym\nand the selected provisioning profiles. You passed the following options:\n  export_method:      app-store\n  Profile name:       Acme AdHoc\n  Profile type:       ad-hoc\nMake sure to either change the `export_method` passed from your Fastfile or CLI\nor select the correct provisioning profiles by updating your Xcode project\nor passing the profiles to use by using match or manually via the `export_options` hash" // fl:gym/lib/gym/error_handler.rb#L292-L300
	flGymNoMapping      = `Looks like no provisioning profile mapping was provided
Please check the complete output, in particular the very top
and see if you can find more information. You can also run fastlane
with the ` + "`--verbose`" + ` flag.
Alternatively you can provide the provisioning profile mapping manually
https://docs.fastlane.tools/codesigning/xcode-project/#xcode-9-and-up` // fl:gym/lib/gym/error_handler.rb#L184-L189
	flGymMultipleProfiles = `Couldn't automatically detect the provisioning profile mapping
There were multiple profiles for bundle identifier(s): com.example.acme
You need to provide an explicit mapping of what provisioning
profile to use for each bundle identifier of your app` // fl:gym/lib/gym/code_signing_mapping.rb#L188-L191
	flGymBuildFailure   = `Error building the application - see the log above`                                              // fl:gym/lib/gym/error_handler.rb#L73
	flGymPackageFailure = `Error packaging up the application`                                                              // fl:gym/lib/gym/error_handler.rb#L112
	flGymDetected       = `Detected provisioning profile mapping: {:"com.example.acme"=>"match AppStore com.example.acme"}` // fl:gym/lib/gym/detect_values.rb#L91
	flGymExportedIPA    = `Successfully exported and signed the ipa file:`                                                  // fl:gym/lib/gym/runner.rb#L239
	flGymExportedPkg    = `Successfully exported and signed the pkg file:`                                                  // fl:gym/lib/gym/runner.rb#L254
	flGymArchived       = `Successfully stored the archive. You can find it in the Xcode Organizer.`                        // fl:gym/lib/gym/runner.rb#L120

	// notarize.
	flNotarizeNoLog    = `Could not notarize package. To see the error, please set 'print_log' to true.`           // fl:fastlane/lib/fastlane/actions/notarize.rb#L103
	flNotarizeUpload   = `Successfully uploaded package to notarization service with request identifier ` + flUUID // fl:fastlane/lib/fastlane/actions/notarize.rb#L77
	flNotarizeStapled  = `Successfully notarized and stapled package`                                              // fl:fastlane/lib/fastlane/actions/notarize.rb#L86
	flNotarizeNoStaple = `Successfully notarized artifact`                                                         // fl:fastlane/lib/fastlane/actions/notarize.rb#L80
	flNotarizeStapling = `Stapling package`                                                                        // fl:fastlane/lib/fastlane/actions/notarize.rb#L82

	// pilot (upload_to_testflight): it passes the transporter's errors on,
	// quotes taken out.
	flPilotUploadFailed = "Error uploading ipa file: \n [Transporter Error Output]: ERROR ITMS-90035: Invalid Signature. A sealed resource is missing or invalid. The file at path [Acme.iOS.app/Acme.iOS] is not properly signed. Make sure you have signed your application with a distribution certificate, not an ad hoc certificate or a development certificate." // fl:pilot/lib/pilot/build_manager.rb#L61, fl:fastlane_core/lib/fastlane_core/itunes_transporter.rb#L158; Apple's sentence as table_appstore_test.go has it
	flPilotUploaded     = `Successfully uploaded the new binary to App Store Connect`                                                                                                                                                                                                                                                                                   // fl:pilot/lib/pilot/build_manager.rb#L64
	flPilotDistributed  = `Successfully distributed build to External testers 🚀`                                                                                                                                                                                                                                                                                        // fl:pilot/lib/pilot/build_manager.rb#L211
	flPilotEncryption   = `Set 'ITSAppUsesNonExemptEncryption' in the 'Info.plist' to skip this step and speed up the submission`                                                                                                                                                                                                                                       // fl:pilot/lib/pilot/build_manager.rb#L487

	// spaceship: the portal's refusals as fastlane titles them.
	flSpaceshipPermission = "Insufficient permissions for your Apple ID:\nUser acme-ci (Team ID ABCDE12345) doesn't have enough permission for the following action: create_certificate"                                            // fl:spaceship/lib/spaceship/errors.rb#L33, fl:spaceship/lib/spaceship/client.rb#L961
	flSpaceshipNoTeams    = `User 'acme-ci' does not have access to any teams with an active membership`                                                                                                                            // fl:spaceship/lib/spaceship/portal/portal_client.rb#L63
	flSpaceshipNoCerts    = `No valid signing certificates were found to repair or regenerate this provisioning profile. Please create or import an appropriate signing certificate in your Apple Developer account and try again.` // fl:spaceship/lib/spaceship/portal/provisioning_profile.rb#L457-L459
	flSpaceshipAgreement  = `Please manually log into your Apple Developer account to review and accept the updated agreement.`                                                                                                     // fl:spaceship/lib/spaceship/client.rb#L946 (after Apple's own sentence)
)

var fastlaneForms = []fastlaneForm{
	// match: the storage's passphrase is wrong or missing.
	{"decrypt the repo", "line", flMatchDecrypt, "text-match-decrypt-failed"},
	{"decrypt the repo", "fastlane", flLine(flMatchDecrypt), "text-match-decrypt-failed"},
	{"decrypt the repo", "ci", flCI(flMatchDecrypt, flMatchBadPassword), "text-match-decrypt-failed"},
	{"Invalid password passed via", "line", flMatchBadPassword, "text-match-decrypt-failed"},
	{"Invalid password passed via", "fail", flFail(flMatchBadPassword), "text-match-decrypt-failed"},
	{"Neither the MATCH_PASSWORD", "line", flMatchNoPassword, "text-match-decrypt-failed"},
	{"Neither the MATCH_PASSWORD", "ci", flCI(flMatchNoPassword+"\n"+flMatchBailing, flMatchTrySetting), "text-match-decrypt-failed"},
	{"Try setting MATCH_PASSWORD", "fail", flFail(flMatchTrySetting), "text-match-decrypt-failed"},
	{"Error decrypting", "line", flMatchErrDecrypt, "text-match-decrypt-failed"},
	{"Error decrypting", "fail", flFail(flMatchErrDecrypt), "text-match-decrypt-failed"},
	{"decrypted", "fastlane", flLine(flMatchDecryptedOK), ""},
	{"encrypted", "fastlane", flLine(flMatchEncryptedOK), ""},
	{"all installed", "fastlane", flLine(flMatchAllInstalled), ""},
	{"all installed", "ci", ghaLogLines(flLine(flMatchVerifying + "\n" + flMatchDecryptedOK + "\n" + flMatchInstalling + "\n" + flMatchAllInstalled)), ""},

	// match: certificates.
	{"match certificate limit", "line", flMatchCertLimit, "text-certificate-limit"},
	{"match certificate limit", "fail", flFail(flMatchCertLimit), "text-certificate-limit"},
	{"match certificate limit", "ci", flCI(flMatchCreatingCert, flMatchCertLimit), "text-certificate-limit"},
	{"creating one for you now", "fastlane", flLine(flMatchCreatingCert), ""},
	{"readonly identity", "line", flMatchReadonlyCert, "text-no-signing-certificate"},
	{"readonly identity", "ci", flCI(flMatchCreatingCert, flMatchReadonlyCert), "text-no-signing-certificate"},
	{"certificate not valid", "line", flMatchCertInvalid, "text-cert-expired"},
	{"certificate not valid", "fail", flFail(flMatchCertInvalid), "text-cert-expired"},
	{"certificate not valid", "ci", flCI(flMatchDecryptedOK, flMatchCertInvalid), "text-cert-expired"},
	// The certificate in the storage is gone from the portal: fastlane's
	// own guess, revoked, is the first thing to check.
	{"certificate not on the portal", "line", `Certificate 'ABCDE12345' (stored in your storage) is not available on the Developer Portal`, "text-cert-revoked"},
	{"certificate not on the portal", "ci", flCI(flMatchCertGone, flMatchNuke), "text-cert-revoked"},
	{"certificate cannot be imported", "fail", flFail(flMatchImportNone), "text-cert-revoked"},
	{"installing certificate", "fastlane", flLine(flMatchInstalling), ""},

	// match: profiles and App IDs.
	{"readonly profile", "fail", flFail(flMatchReadonlyProfileFail), "text-no-profiles-found"},
	{"readonly profile", "ci", flCI(flMatchReadonlyProfile, flMatchReadonlyProfileFail), "text-no-profiles-found"},
	{"readonly profile", "line", `No matching provisioning profiles found for 'AppStore_com.example.acme.mobileprovision'`, "text-no-profiles-found"},
	// No App ID for the bundle ID on this team: the App ID is registered
	// elsewhere or not at all.
	{"no app with that bundle ID", "line", flMatchNoApp, "text-no-profiles-found"},
	{"no app with that bundle ID", "ci", flCI(flMatchNoApp, flMatchNoAppFail), "text-no-profiles-found"},
	{"Couldn't find bundle identifier", "fail", flFail(flMatchNoAppFail), "text-no-profiles-found"},
	{"profile fixing now", "fastlane", flLine(flMatchProfileFixing), ""},
	{"devices differ", "fastlane", flLine(flMatchDevicesDiffer), ""},
	{"certificates differ", "fastlane", flLine(flMatchCertsDiffer), ""},
	{"In-House", "fail", flFail(flMatchInHouse), "text-team-access-denied"},
	{"skip In-House", "fastlane", flLine(flMatchSkipInHouse), ""},

	// sigh.
	{"sigh readonly", "fail", flFail(flSighReadonly), "text-no-profiles-found"},
	{"sigh readonly", "ci", flCI("Fetching profiles...\n"+flSighNotValidSkip, flSighReadonly), "text-no-profiles-found"},
	{"sigh no identity", "line", flSighNoIdentity, "text-identity-not-found"},
	{"sigh no identity", "fail", flFail(flSighNoIdentity), "text-identity-not-found"},
	{"sigh no identity", "ci", flCI("Verifying certificates...", flSighNoIdentity), "text-identity-not-found"},
	{"sigh creating", "fastlane", flLine(flSighCreating), ""},
	{"sigh found", "fastlane", flLine(flSighFound), ""},
	{"sigh not valid, skipping", "fastlane", flLine(flSighNotValidSkip), ""},
	{"sigh cert not local, skipping", "fastlane", flLine(flSighCertNotLocal), ""},
	{"sigh more than one", "fastlane", flLine(flSighMoreThanOne), ""},
	{"sigh downloaded", "fastlane", flLine(flSighDownloaded + "\n" + flSighInstalled), ""},
	{"sigh skip expired", "fastlane", flLine(flSighSkipExpired), ""},
	{"sigh all valid", "fastlane", flLine(flSighRepairedAll), ""},
	{"sigh install failed", "fail", flFail(flSighInstallFailed), "text-profile-undecodable"},
	{"resign no identity", "line", flResignNoIdentity, "text-identity-not-found"},
	{"resign no identity", "fastlane", flLine(flResignNoIdentity), "text-identity-not-found"},
	{"resign failed", "ci", flCI(flResignFailed, "Failed to re-sign .ipa"), "text-codesign-command-failed"},
	{"resign ok", "fastlane", flLine(flResignOK), ""},

	// cert.
	{"cert limit", "line", flCertLimit, "text-certificate-limit"},
	{"cert limit", "fail", flFail(flCertLimit), "text-certificate-limit"},
	{"cert limit", "ci", flCI(flCertCreating, flCertLimit), "text-certificate-limit"},
	{"cert no permission", "line", flCertNoPermission, "text-team-access-denied"},
	{"cert no permission", "fail", flFail(flCertNoPermission), "text-team-access-denied"},
	{"cert not installed", "fail", flFail(flCertNotInstalled), "text-identity-not-found"},
	{"cert not installed", "ci", flCI("Verifying the certificate is properly installed locally...", flCertNotInstalled), "text-identity-not-found"},
	// cert goes on to the next certificate, then creates one.
	{"cert not local", "fastlane", flLine(flCertNotLocal + "\n" + flCertCreating + "\n" + flCertGenerated), ""},
	{"cert using", "fastlane", flLine(flCertUsing), ""},
	{"cert installed", "fastlane", flLine(flCertVerified), ""},
	{"cert none expired", "fastlane", flLine(flCertNoneExpired), ""},
	{"cert skip non-mac", "fastlane", flLine(flCertSkipNonMac), ""},
	{"no local identities", "fastlane", flLine(flCertCheckNoIdents), "text-identity-not-found"},
	{"no local identities", "line", `There are no local code signing identities found.`, "text-identity-not-found"},
	{"WWDR", "fail", flFail(flCertCheckWWDR), "text-chain-to-root"},

	// The keychain importer and setup_ci.
	{"partition list password", "fastlane", flLine(flKeychainPartition), "text-keychain-password-wrong"},
	{"partition list password", "line", `Could not configure imported keychain item (certificate) to prevent UI permission popup when code signing`, "text-keychain-password-wrong"},
	{"keychain password not specified", "fastlane", flLine(flKeychainNoPass), "text-codesign-key-access-prompt"},
	{"setting partition list", "fastlane", flLine(flKeychainSetting), ""},
	{"using keychain password", "fastlane", flLine(flKeychainUsingPass), ""},
	{"setup_ci", "fastlane", flLine(flSetupCICreating), ""},
	{"setup_ci non-mac", "fastlane", flLine(flSetupCISkipNonMac), ""},
	{"setup_ci keychain given", "fastlane", flLine(flSetupCISkipGiven), ""},
	{"create_keychain found", "fastlane", flLine(flCreateKCFound), ""},

	// update_code_signing_settings: every line is progress.
	{"update_code_signing_settings", "fastlane", flLine(flUCSSUpdating + "\n" + flUCSSSetTeam + "\n" + flUCSSSetIdent + "\n" + flUCSSUpdated), ""},
	{"update_code_signing_settings none", "fastlane", flLine(flUCSSNoTarget), ""},

	// gym, after xcodebuild failed.
	{"gym profile UUID", "fastlane", flLine(flGymProfileUUID), "text-no-profiles-found"},
	{"gym profile UUID", "ci", flCI(flGymProfileUUID, flGymBuildFailure), "text-no-profiles-found"},
	{"gym profile bundle", "fastlane", flLine(flGymProfileBundle), "text-profile-app-id-mismatch"},
	{"gym profile bundle", "ci", flCI(flGymProfileBundle, flGymBuildFailure), "text-profile-app-id-mismatch"},
	{"gym no profile for", "fastlane", flLine(flGymNoProfileFor), "text-no-profiles-found"},
	{"gym no profile for", "line", `You don't have the provisioning profile for 'com.example.acme' installed on the local machine`, "text-no-profiles-found"},
	// Its advice lines pasted without the line that names the bundle ID.
	{"gym no profile for, advice only", "fastlane", flLine(flGymNoProfileAdvice), "text-no-profiles-found"},
	{"gym code signing required", "fastlane", flLine(flGymRequired), "text-requires-development-team"},
	{"gym code signing required", "ci", flCI(flGymRequired, flGymBuildFailure), "text-requires-development-team"},
	{"gym not happy", "fastlane", flLine(flGymNotHappy), "text-codesign-command-failed"},
	{"gym no identity", "fastlane", flLine(flGymNoIdentity), "text-identity-not-found"},
	{"gym no identity", "ci", flCI(flGymNoIdentity, flGymPackageFailure), "text-identity-not-found"},
	{"gym no profile named", "fastlane", flLine(flGymNoProfileNamed), "text-no-profiles-found"},
	{"gym no profile named", "ci", flCI(flGymNoProfileNamed, flGymPackageFailure), "text-no-profiles-found"},
	{"gym mismatch", "fastlane", flLine(flGymMismatch), "text-profile-missing-certificate"},
	{"gym mismatch", "ci", flCI(flGymMismatch, flGymPackageFailure), "text-profile-missing-certificate"},
	{"gym no profile provided", "fastlane", flLine(flGymNoProfile), "text-no-profiles-found"},
	{"gym no profile provided", "ci", flCI(flGymNoProfile, flGymPackageFailure), "text-no-profiles-found"},
	{"gym general", "fastlane", flLine(flGymGeneral), "text-codesign-command-failed"},
	{"gym export mismatch", "fastlane", flLine(flGymExportMismatch), "text-profile-wrong-kind"},
	{"gym export mismatch", "ci", flCI(flGymExportMismatch, flGymPackageFailure), "text-profile-wrong-kind"},
	// Printed after any failed export when no mapping was given: a hint,
	// not the cause, so the failure stays unnamed.
	{"gym no mapping", "fastlane", flLine(flGymNoMapping), ""},
	// gym goes on without a mapping: xcodebuild decides.
	{"gym multiple profiles", "fastlane", flLine(flGymMultipleProfiles), ""},
	{"gym detected mapping", "fastlane", flLine(flGymDetected), ""},
	{"gym exported ipa", "fastlane", flLine(flGymExportedIPA + "\n/Users/dev/Acme/Acme.ipa"), ""},
	{"gym exported pkg", "fastlane", flLine(flGymExportedPkg + "\n/Users/dev/Acme/Acme.pkg"), ""},
	{"gym archived", "fastlane", flLine(flGymArchived), ""},

	// notarize.
	{"notarize no log", "fail", flFail(flNotarizeNoLog), "text-notary-invalid"},
	{"notarize no log", "ci", flCI("$ xcrun notarytool submit /Users/dev/Acme/Acme.dmg --output-format json --wait --key /tmp/key.p8 --key-id ABCDE12345 --issuer "+flUUID, flNotarizeNoLog), "text-notary-invalid"},
	{"notarize with log", "fail", flFail("Could not notarize package with message '" + ntLogInvalid + "'"), "text-not-developer-id"},
	{"notarize polling 401", "fastlane", flLine("Error polling for notarization info: " + nt401), "text-notary-auth"},
	{"notarize uploaded", "fastlane", flLine(flNotarizeUpload + "\n" + flNotarizeStapling + "\n" + flNotarizeStapled), ""},
	{"notarize no staple", "fastlane", flLine(flNotarizeUpload + "\n" + flNotarizeNoStaple), ""},

	// pilot.
	{"pilot upload failed", "fail", flFail(flPilotUploadFailed), "text-invalid-signature-upload"},
	{"pilot upload failed", "ci", ghaLogLines(flFail(flPilotUploadFailed)), "text-invalid-signature-upload"},
	{"pilot uploaded", "fastlane", flLine(flPilotUploaded + "\n" + flPilotDistributed), ""},
	{"pilot encryption", "fastlane", flLine(flPilotEncryption), ""},

	// spaceship.
	{"insufficient permissions", "fail", flFail(flSpaceshipPermission), "text-team-access-denied"},
	{"insufficient permissions", "ci", flCI("Creating authorization token for App Store Connect API", flSpaceshipPermission), "text-team-access-denied"},
	{"no teams with active membership", "line", flSpaceshipNoTeams, "text-team-access-denied"},
	{"no valid signing certificates to repair", "line", flSpaceshipNoCerts, "text-no-signing-certificate"},
	{"agreement", "line", flSpaceshipAgreement, "text-agreement-required"},
}

// Rows known to miss, each with why. 66 of 119 forms read right at first,
// 115 after the fixes, 119 of 123 with pilot's rows, 120 of 124 with
// gym's advice lines alone (round 165)
// (go test ./analyzer/internal/text -run TestFastlane -v).
var fastlaneKnown = map[string]bool{
	// The line alone names nothing of Apple's ("Developer Portal" is other
	// vendors' word too), so the revoked-certificate reading, which stays
	// off other systems' certificates, is skipped; every fastlane form
	// around it names fastlane or match and reads right.
	"certificate not on the portal (line)": true,
	// match import's certificate is on no portal list: revoked, or another
	// team's; no entry says which, and the line names nothing of Apple's.
	"certificate cannot be imported (fail)": true,
	// Copying the profile into ~/Library/MobileDevice failed: a file
	// system error, which no entry describes.
	"sigh install failed (fail)": true,
	// The notary log inside fastlane's message: its "status": "Invalid"
	// comes before the issue, and the notary table's own log rows miss the
	// same way (knownMissNotaryBefore); that order is the notary family's.
	"notarize with log (fail)": true,
}

func TestFastlaneMessageTable(t *testing.T) {
	rows := make([]tableRow, 0, len(fastlaneForms))
	for _, f := range fastlaneForms {
		rows = append(rows, tableRow{f.msg + " (" + f.form + ")", f.text, f.want})
	}
	checkTable(t, rows, fastlaneKnown)
}

// Near misses of the patterns the table's fixes added: the same words in
// other tools' output, and fastlane's own lines that are no failure, read
// nothing.
func TestFastlaneMessageTableNearMisses(t *testing.T) {
	readNothing(t,
		`Error decrypting 'secrets.yml.enc': bad decrypt`,
		`Error decrypting '/home/ci/android/keystores/upload.p12'`,
		`gpg: decryption failed: No secret key`,
		`Please review and accept the updated agreement in the Play Console.`,
		`Could not find the newly generated certificate in the Windows certificate store`,
		`Something went wrong while code signing app-release.apk`,
		`Error: ci-bot doesn't have enough permission to push to this branch`,
		`Could not install the Let's Encrypt certificate`,
		flLine(flMatchCreatingCert),
		flLine(flKeychainSetting),
		// notarize's own lines and option help about stapling and ZIPs.
		flLine("Successfully notarized and stapled package"),                                                         // fl:fastlane/lib/fastlane/actions/notarize.rb#L86
		"Do not staple the notarization ticket to the artifact; useful for single file executables and ZIP archives", // fl:fastlane/lib/fastlane/actions/notarize.rb#L142
		// gym's export options, where teamID is a key, not a failure.
		flLine("▸ \t<key>teamID</key>\n▸ \t<string>ABCDE12345</string>"),
		// gym's advice for a profile that exists but is the wrong one.
		flLine("Make sure you use the correct provisioning profile for this app"),
	)
	// Xcode 7's export for an archive built without a team (a pilot thread).
	readFirst(t, "text-requires-development-team", "Assertion: exportArchive: No 'teamID' specified and no team ID found in the archive")
	// A poster's notarize run on a ZIP, which holds no ticket (a fastlane thread).
	readFirst(t, "text-stapler-failed", "One point: I'm uploading a .zip file, which cannot be stapled. Perhaps that is the problem?")
	// match's readonly refusal after the line that would have created one.
	readFirst(t, "text-no-signing-certificate", flLine(flMatchCreatingCert)+"\n"+flFail(flMatchReadonlyCert))
	// The storage's files, in the folders match keeps them in.
	readFirst(t, "text-match-decrypt-failed", `Error decrypting '/tmp/d20260105-1-x/profiles/appstore/AppStore_com.example.acme.mobileprovision'`)
}
