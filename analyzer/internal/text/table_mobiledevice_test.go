package text

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// mobileDeviceSigning is MobileDevice's install error table (the codes
// installd, Xcode, ios-deploy and ideviceinstaller print, with
// MobileDevice.framework's constant names and messages) where the cause is
// the app's signature or profile: each code and the entry that explains it.
// The message is pasted alone too where it names the failure by itself.
var mobileDeviceSigning = []struct {
	code    uint32
	id      string
	name    string
	message string
}{
	{0xe800002c, "text-install-no-valid-profile", "kAMDProvisioningProfileNotValid", ""},
	{0xe800003a, "text-app-no-valid-signature", "kAMDApplicationVerificationFailedError", "The application could not be verified."},
	{0xe8000044, "text-install-no-valid-profile", "kAMDEmbeddedProfileInstallFailedError", "Could not install the embedded provisioning profile."},
	{0xe800009e, "text-embedded-bundle-id-prefix", "kAMDAppexBundleIDNotPrefixed", "This app contains an app extension with an illegal bundle identifier. App extension bundle identifiers must have a prefix consisting of their containing application's bundle identifier followed by a '.'."},
	{0xe80000be, "text-application-identifier-mismatch", "kAMDMismatchedApplicationIdentifierEntitlementError", "This application's application-identifier entitlement does not match that of the installed application. These values must match for an upgrade to be allowed."},
	{0xe80000c5, "text-signing-identifier-mismatch", "kAMDMismatchedBundleIDSigningIdentifierError", "This application's bundle identifier does not match its code signing identifier."},
	{0xe8008003, "text-install-no-valid-profile", "", "This provisioning profile is malformed."},
	{0xe8008004, "text-install-no-valid-profile", "", "This provisioning profile does not have a valid signature (or it has a valid, but untrusted signature)."},
	{0xe8008005, "text-install-no-valid-profile", "", ""},
	{0xe8008006, "text-install-no-valid-profile", "", ""},
	{0xe8008007, "text-install-no-valid-profile", "", ""},
	{0xe8008008, "text-install-no-valid-profile", "", ""},
	// "The signature was not valid." alone is any signature's (a token's).
	{0xe8008009, "text-app-no-valid-signature", "", ""},
	{0xe800800e, "text-install-no-valid-profile", "", ""},
	{0xe800800f, "text-app-no-valid-signature", "", "The application's signature is valid but it does not match the expected hash."},
	{0xe8008010, "text-install-no-valid-profile", "", "This provisioning profile is unsupported."},
	{0xe8008011, "text-profile-expired", "", "This provisioning profile has expired."},
	{0xe8008012, "text-device-not-in-profile", "", "This provisioning profile cannot be installed on this device."},
	{0xe8008013, "text-install-no-valid-profile", "", ""},
	{0xe8008014, "text-app-no-valid-signature", "", "The executable contains an invalid signature."},
	{0xe8008015, "text-install-no-valid-profile", "", "A valid provisioning profile for this executable was not found."},
	{0xe8008016, "text-install-invalid-entitlements", "", "The executable was signed with invalid entitlements."},
	{0xe8008017, "text-signed-resource-modified", "", "A signed resource has been added, modified, or deleted."},
	{0xe8008018, "text-identity-no-longer-valid", "", "The identity used to sign the executable is no longer valid."},
	{0xe8008019, "text-app-no-valid-signature", "", "The application does not have a valid signature."},
	{0xe800801a, "text-install-no-valid-profile", "", ""},
	{0xe800801c, "text-app-no-valid-signature", "", "No code signature found."},
	{0xe800801d, "text-app-no-valid-signature", "", ""},
	{0xe800801e, "text-install-no-valid-profile", "", "The requested profile does not exist (it may have been removed)."},
	{0xe800801f, "text-install-no-valid-profile", "", "Attempted to install a Beta profile without the proper entitlement."},
	{0xe8008021, "text-free-team-limit", "", "The maximum number of apps for free development profiles has been reached."},
	{0xe8008024, "text-install-no-valid-profile", "", "The provisioning profile is banned."},
	{0xe8008025, "text-untrusted-developer", "", "The user did not explicitly trust the provisioning profile."},
	{0xe8008026, "text-untrusted-developer", "", "The provisioning profile requires online authorization."},
	{0xe8008027, "text-app-no-valid-signature", "", "The cdhash is not in the trust cache."},
	{0xe8008029, "text-signature-version-unsupported", "", "The code signature version is no longer supported."},
}

// mobileDeviceForms are the forms a code takes in pastes: ios-deploy's line,
// Xcode's MobileDeviceErrorDomain in decimal, installd's line through
// ideviceinstaller, and devicectl's.
func mobileDeviceForms(code uint32) []string {
	hex := "0x" + strconv.FormatUint(uint64(code), 16)
	dec := strconv.FormatInt(int64(int32(code)), 10)
	return []string{
		"[ !! ] Error " + hex + ": AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)",
		`Error Domain=com.apple.dt.MobileDeviceErrorDomain Code=` + dec + ` "(null)"`,
		"Unable to install \"Runner\"\nDomain: com.apple.dt.MobileDeviceErrorDomain\nCode: " + dec + "\n--",
		"ERROR: Install failed. Got error with code " + fmt.Sprintf("0x%X", code),
	}
}

// Before this table: 61 of 170 forms read right; with it, 170 of 170.
func TestMobileDeviceTableSigning(t *testing.T) {
	right, all := 0, 0
	check := func(id, s string) {
		all++
		r := Analyze([]byte(s))
		if len(r.Matches) > 0 && r.Matches[0].Entry.ID == id {
			right++
			return
		}
		t.Errorf("%q: got %v, want %s", s, ids(r), id)
	}
	for _, c := range mobileDeviceSigning {
		for _, s := range mobileDeviceForms(c.code) {
			check(c.id, s)
		}
		if c.name != "" {
			check(c.id, "Install failed: "+c.name)
		}
		if c.message != "" {
			check(c.id, c.message)
		}
	}
	t.Logf("%d of %d forms read right", right, all)
}

// mobileDeviceOtherNames are the constant names of the table's codes whose cause
// is not the signature (a lost connection, a full disk, the Info.plist).
var mobileDeviceOtherNames = []string{
	"kAMDUndefinedError", "kAMDBadHeaderError", "kAMDNoResourcesError", "kAMDReadError", "kAMDWriteError",
	"kAMDUnknownPacketError", "kAMDInvalidArgumentError", "kAMDNotFoundError", "kAMDIsDirectoryError",
	"kAMDPermissionError", "kAMDNotConnectedError", "kAMDTimeOutError", "kAMDOverrunError", "kAMDEOFError",
	"kAMDUnsupportedError", "kAMDFileExistsError", "kAMDBusyError", "kAMDCryptoError",
	"kAMDInvalidResponseError", "kAMDMissingKeyError", "kAMDMissingValueError", "kAMDGetProhibitedError",
	"kAMDSetProhibitedError", "kAMDRemoveProhibitedError", "kAMDImmutableValueError",
	"kAMDPasswordProtectedError", "kAMDMissingHostIDError", "kAMDInvalidHostIDError", "kAMDSessionActiveError",
	"kAMDSessionInactiveError", "kAMDMissingSessionIDError", "kAMDInvalidSessionIDError",
	"kAMDMissingServiceError", "kAMDInvalidServiceError", "kAMDInvalidCheckinError", "kAMDCheckinTimeoutError",
	"kAMDMissingPairRecordError", "kAMDInvalidActivationRecordError", "kAMDMissingActivationRecordError",
	"kAMDWrongDroidError", "kAMDSUVerificationError", "kAMDSUPatchError", "kAMDSUFirmwareError",
	"kAMDSendMessageError", "kAMDReceiveMessageError", "kAMDMissingOptionsError", "kAMDMissingImageTypeError",
	"kAMDDigestFailedError", "kAMDStartServiceError", "kAMDInvalidDiskImageError", "kAMDMissingDigestError",
	"kAMDMuxError", "kAMDApplicationAlreadyInstalledError", "kAMDApplicationMoveFailedError",
	"kAMDApplicationSINFCaptureFailedError", "kAMDApplicationSandboxFailedError",
	"kAMDArchiveDestructionFailedError", "kAMDBundleVerificationFailedError",
	"kAMDCarrierBundleCopyFailedError", "kAMDCarrierBundleDirectoryCreationFailedError",
	"kAMDCarrierBundleMissingSupportedSIMsError", "kAMDCommCenterNotificationFailedError",
	"kAMDContainerCreationFailedError", "kAMDContainerP0wnFailedError", "kAMDContainerRemovalFailedError",
	"kAMDErrorError", "kAMDExecutableTwiddleFailedError", "kAMDExistenceCheckFailedError",
	"kAMDInstallMapUpdateFailedError", "kAMDManifestCaptureFailedError", "kAMDMapGenerationFailedError",
	"kAMDMissingBundleExecutableError", "kAMDMissingBundleIdentifierError", "kAMDMissingBundlePathError",
	"kAMDMissingContainerError", "kAMDNotificationFailedError", "kAMDPackageExtractionFailedError",
	"kAMDPackageInspectionFailedError", "kAMDPackageMoveFailedError", "kAMDPathConversionFailedError",
	"kAMDRestoreContainerFailedError", "kAMDSeatbeltProfileRemovalFailedError", "kAMDStageCreationFailedError",
	"kAMDSymlinkFailedError", "kAMDiTunesArtworkCaptureFailedError", "kAMDiTunesMetadataCaptureFailedError",
	"kAMDAlreadyArchivedError", "kAMDServiceLimitError", "kAMDInvalidPairRecordError",
	"kAMDServiceProhibitedError", "kAMDCheckinSetupFailedError", "kAMDCheckinConnectionFailedError",
	"kAMDCheckinReceiveFailedError", "kAMDCheckinResponseFailedError", "kAMDCheckinSendFailedError",
	"kAMDMuxCreateListenerError", "kAMDMuxGetListenerError", "kAMDMuxConnectError", "kAMDUnknownCommandError",
	"kAMDAPIInternalError", "kAMDSavePairRecordFailedError", "kAMDCheckinOutOfMemoryError",
	"kAMDDeviceTooNewError", "kAMDDeviceRefNoGood", "kAMDCannotTranslateError",
	"kAMDMobileImageMounterMissingImageSignature", "kAMDMobileImageMounterResponseCreationFailed",
	"kAMDMobileImageMounterMissingImageType", "kAMDMobileImageMounterMissingImagePath",
	"kAMDMobileImageMounterImageMapLoadFailed", "kAMDMobileImageMounterAlreadyMounted",
	"kAMDMobileImageMounterImageMoveFailed", "kAMDMobileImageMounterMountPathMissing",
	"kAMDMobileImageMounterMountPathNotEmpty", "kAMDMobileImageMounterImageMountFailed",
	"kAMDMobileImageMounterTrustCacheLoadFailed", "kAMDMobileImageMounterDigestFailed",
	"kAMDMobileImageMounterDigestCreationFailed", "kAMDMobileImageMounterImageVerificationFailed",
	"kAMDMobileImageMounterImageInfoCreationFailed", "kAMDMobileImageMounterImageMapStoreFailed",
	"kAMDBonjourSetupError", "kAMDDeviceOSVersionTooLow", "kAMDNoWifiSyncSupportError",
	"kAMDDeviceFamilyNotSupported", "kAMDEscrowLockedError", "kAMDPairingProhibitedError",
	"kAMDProhibitedBySupervision", "kAMDDeviceDisconnectedError", "kAMDTooBigError",
	"kAMDPackagePatchFailedError", "kAMDIncorrectArchitectureError", "kAMDPluginCopyFailedError",
	"kAMDBreadcrumbFailedError", "kAMDBreadcrumbUnlockError", "kAMDGeoJSONCaptureFailedError",
	"kAMDNewsstandArtworkCaptureFailedError", "kAMDMissingCommandError", "kAMDNotEntitledError",
	"kAMDMissingPackagePathError", "kAMDMissingContainerPathError", "kAMDMissingApplicationIdentifierError",
	"kAMDMissingAttributeValueError", "kAMDLookupFailedError", "kAMDDictCreationFailedError",
	"kAMDUserDeniedPairingError", "kAMDPairingDialogResponsePendingError", "kAMDInstallProhibitedError",
	"kAMDUninstallProhibitedError", "kAMDFMiPProtectedError", "kAMDMCProtected", "kAMDMCChallengeRequired",
	"kAMDMissingBundleVersionError", "kAMDAppBlacklistedError", "kAMDInvalidSymlinkError", "kAMDNoSpaceError",
	"kAMDBundleiTunesMetadataVersionMismatchError", "kAMDInvalidiTunesMetadataPlistError",
	"kAMDDeviceNotSupportedByThinningError", "kAMDAppexBundleIDConflictWithOtherIdentifierError",
	"kAMDBundleIDConflictWithOtherIdentifierError", "kAMDMobileImageMounterDeviceLocked",
	"kAMDInvalidSINFError", "kAMDRequireCUPairingCodeError", "kAMDRequireCUPairingBackoffError",
	"kAMDCUPairingError", "kAMDCUPairingContinueError", "kAMDCUPairingResetError", "kAMDRequireCUPairingError",
	"kAMDPasswordRequiredError",
}

// The table's other codes (a lost connection, a full disk, an Info.plist
// key, pairing) and the same numbers where they are no error code get no
// error: at most a note.
func TestMobileDeviceTableNotSigning(t *testing.T) {
	signing := map[uint32]bool{}
	for _, c := range mobileDeviceSigning {
		signing[c.code] = true
	}
	var texts []string
	// 0xe800802b: Developer Mode is off, a setting on the device.
	for _, r := range [][2]uint32{{0xe8000001, 0xe80000ee}, {0xe8008001, 0xe8008028}, {0xe800802b, 0xe800802b}} {
		for code := r[0]; code <= r[1]; code++ {
			if !signing[code] {
				texts = append(texts, mobileDeviceForms(code)...)
			}
		}
	}
	for _, n := range mobileDeviceOtherNames {
		texts = append(texts, "Install failed: "+n)
	}
	texts = append(texts,
		"No space is available on the device.",
		"The device is out of storage for apps. Please remove some apps from the device and try again.",
		"There was an error communicating with your device.",
		"This application does not support this device's CPU type.",
		// The same numbers as a colour, an address, a byte count.
		"static const Color overlay = Color(0xE8008015);",
		"EXC_BAD_ACCESS (code=1, address=0xe8008015c0)",
		"Downloaded 3758346901 bytes in 42 s",
		"at line 402620395 of the log",
	)
	for _, s := range texts {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.Severity != Info {
				t.Errorf("%q: %s %s", s, m.Entry.Severity, m.Entry.ID)
			}
		}
	}
}

// A profile the device cannot read is said first; a profile that does not
// allow the app is not one.
func TestMobileDeviceProfileUnreadable(t *testing.T) {
	const lead = "could not read the embedded provisioning profile"
	for _, s := range []string{
		"[ !! ] Error 0xe8008013: AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)",
		`Error Domain=com.apple.dt.MobileDeviceErrorDomain Code=-402653116 "(null)"`,
		"This provisioning profile is malformed.",
	} {
		r := Analyze([]byte(s))
		if len(r.Matches) == 0 || len(r.Matches[0].Causes) == 0 || !strings.Contains(r.Matches[0].Causes[0], lead) {
			t.Errorf("%q: no lead about an unreadable profile: %v", s, r.Matches)
		}
	}
	for _, s := range []string{
		"[ !! ] Error 0xe8008015: AMDeviceSecureInstallApplication(0, device, url, options, install_callback, 0)",
		`Error Domain=com.apple.dt.MobileDeviceErrorDomain Code=-402620395 "(null)" at 0xe80080130`,
	} {
		r := Analyze([]byte(s))
		if len(r.Matches) == 0 || len(r.Matches[0].Causes) > 0 && strings.Contains(r.Matches[0].Causes[0], lead) {
			t.Errorf("%q: got %v", s, r.Matches)
		}
	}
}

// installd's MIInstallerErrorDomain 13 is ApplicationVerificationFailed:
// the code or sentence beside it names the cause, and devicectl's alert
// above it ("its integrity could not be verified") says less than either.
func TestMIInstallerErrorDomain13(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{`installType = 7 failureReason = 14 underlyingError = Error Domain=MIInstallerErrorDomain Code=13 "This device has reached the maximum number of installed apps using a free developer profile: {(
    "**********.com.example.flutterHelloWorld1xz",`, "text-free-team-limit"},
		{"0xe8008015 (A valid provisioning profile for this executable was not found.)\nMIInstallerErrorDomain error 13 — ApplicationVerificationFailed", "text-install-no-valid-profile"},
		{"When `devicectl install` fails with `This provisioning profile has expired` (`0xe8008011` / `MIInstallerErrorDomain error 13`)", "text-profile-expired"},
		{"ERROR: Failed to install the app on the device. (com.apple.dt.CoreDeviceError error 3002 (0xBBA))\nUnable to Install “Runner”\nDomain: IXUserPresentableErrorDomain\nCode: 1\nFailure Reason: This app cannot be installed because its integrity could not be verified.\nRecovery Suggestion: Failed to verify code signature of /private/var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.QyXWBd/extracted/Runner.app : 0xe8008015 (A valid provisioning profile for this executable was not found.)", "text-install-no-valid-profile"},
		{`Error Domain=MIInstallerErrorDomain Code=13 "Failed to verify code signature of /private/var/mobile/Library/Caches/com.apple.mobile.installd.staging/temp.bL1wVu/extracted/radio.app/Frameworks/YPJSONModel.framework : 0xe8008001 (An unknown eror has occurred.)" UserInfo={LibMISErrorNumber=-402620414, LegacyErrorString=ApplicationVerificationFailed`, "text-app-no-valid-signature"},
		{"Error Domain=MIInstallerErrorDomain Code=13", "text-app-no-valid-signature"},
	} {
		r := Analyze([]byte(c.text))
		if got := ids(r); len(got) != 1 || got[0] != c.id {
			t.Errorf("%.80q: got %v, want only %s", c.text, got, c.id)
		}
	}
	readNothing(t, "MIInstallerErrorDomain Code=130", "Error Domain=NSCocoaErrorDomain Code=13")
}

// Real pastes of installd's reasons through Xcode and devicectl: an App
// Store profile run on a device ("a Beta profile"), another team's build
// already installed; Info.plist faults of MIInstallerErrorDomain are no
// signing matter.
func TestMobileDeviceRealPastes(t *testing.T) {
	for _, c := range []struct{ text, id, lead string }{
		{"Unable to Install “Vaultaire”\nDomain: MIInstallerErrorDomain\nCode: 13\nRecovery Suggestion: Failed to install embedded profile for app.vaultaire.ios : 0xe800801f (Attempted to install a Beta profile without the proper entitlement.)\nUser Info: {\n    DVTErrorCreationDateKey = \"2026-02-26 02:46:06 +0000\";\n}\n--", "text-install-no-valid-profile", "App Store distribution profile"},
		{"Unable to Install \"Lunch\"\nDomain: IXUserPresentableErrorDomain\nCode: 14\nRecovery Suggestion: Failed to install embedded profile for com.lunch.desktop : 0xe800801f (Attempted to install a Beta profile without the proper entitlement.)", "text-install-no-valid-profile", "App Store distribution profile"},
		{"Upgrade's application-identifier entitlement string (NTC4BJ542G.com.xd.muffin.ios.kr) does not match installed application's application-identifier string (UE5H8B62F9.com.xd.muffin.ios.kr); rejecting upgrade.\n\nDomain: MIInstallerErrorDomain", "text-application-identifier-mismatch", ""},
		{"Failed to verify code signature of /var/installd/Library/Caches/com.apple.mobile.installd.staging/temp.J9ioQM/extracted/linkguard.app : 0xe8008018 (The identity used to sign the executable is no longer valid.)\nDomain: MIInstallerErrorDomain\nCode: 13\nUser Info: {\n    FunctionName = \"+[MICodeSigningVerifier _validateSignatureAndCopyInfoForURL:withOptions:error:]\";\n    LegacyErrorString = ApplicationVerificationFailed;\n    LibMISErrorNumber = \"-402620392\";\n    SourceFileLine = 80;\n}", "text-identity-no-longer-valid", ""},
	} {
		r := Analyze([]byte(c.text))
		if got := ids(r); len(got) != 1 || got[0] != c.id {
			t.Errorf("%.80q: got %v, want only %s", c.text, got, c.id)
			continue
		}
		if c.lead != "" && (len(r.Matches[0].Causes) == 0 || !strings.Contains(r.Matches[0].Causes[0], c.lead)) {
			t.Errorf("%.80q: first cause %q, want one about %s", c.text, r.Matches[0].Causes, c.lead)
		}
	}
	readNoError(t,
		"Info.plist from bundle at path .../Ekyc.framework had none of the keys that we expect\nDomain: MIInstallerErrorDomain\nCode: 35",
		"clelewisiii.Roots.watch: Missing WKCompanionAppBundleIdentifier key in WatchKit 1.0 app's Info.plist\nDomain: MIInstallerErrorDomain\nCode: 97",
		"Bundle at path .../ShareExtension.appex has missing or invalid CFBundleExecutable in its Info.plist\nDomain: MIInstallerErrorDomain\nCode: 11",
		"Unable to Install \"Multico TOTG\"\nMIInstallerErrorDomain Code 57 / LegacyErrorString = DuplicateIdentifier\nThe parent bundle has the same identifier (com.softoya.multico) as sub-bundle at",
		"  Domain: MIInstallerErrorDomain\n  Code: 35\n  User Info: {\n      FunctionName = \"-[MIBundle _validateWithError:]\";\n      LegacyErrorString = PackageInspectionFailed;\n      SourceFileLine = 128;\n  }",
	)
}
