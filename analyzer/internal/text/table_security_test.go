package text

import (
	"fmt"
	"testing"
)

// securityCode is one row of the Security framework's error table: the
// OSStatus, its constant, the message Apple's tools print for it ("" where
// that message is too general to identify the code without it), and the
// entry a paste holding it must land on.
type securityCode struct {
	code    int
	name    string
	message string
	want    string
}

// The entry for a Code Signing status that names a failed call rather than
// a fault signdoctor can find in files.
const statusEntry = "text-codesigning-status"

// securityTable is every errSecCS* code of CSCommon.h with its comment (the
// text SecCopyErrorMessageString returns), and the keychain and trust codes
// signing pastes carry.
var securityTable = []securityCode{
	{-67072, "errSecCSUnimplemented", "unimplemented code signing feature", statusEntry},
	{-67071, "errSecCSInvalidObjectRef", "invalid API object reference", statusEntry},
	{-67070, "errSecCSInvalidFlags", "invalid or inappropriate API flag(s) specified", statusEntry},
	{-67069, "errSecCSObjectRequired", "a required pointer argument was NULL", statusEntry},
	{-67068, "errSecCSStaticCodeNotFound", "cannot find code object on disk", statusEntry},
	{-67067, "errSecCSUnsupportedGuestAttributes", "cannot locate guests using this attribute set", statusEntry},
	{-67066, "errSecCSInvalidAttributeValues", "given attribute values are invalid", statusEntry},
	{-67065, "errSecCSNoSuchCode", "host has no guest with the requested attributes", statusEntry},
	{-67064, "errSecCSMultipleGuests", "ambiguous guest specification (host has multiple guests with these attribute values)", statusEntry},
	{-67063, "errSecCSGuestInvalid", "code identity has been invalidated", "text-code-signature-modified"},
	{-67062, "errSecCSUnsigned", "code object is not signed at all", "text-not-signed"},
	{-67061, "errSecCSSignatureFailed", "invalid signature (code or signature have been modified)", "text-code-signature-modified"},
	{-67060, "errSecCSSignatureNotVerifiable", "the code cannot be read by the verifier (file system permissions etc.)", statusEntry},
	{-67059, "errSecCSSignatureUnsupported", "unsupported type or version of signature", statusEntry},
	{-67058, "errSecCSBadDictionaryFormat", "a required plist file or resource is malformed", statusEntry},
	{-67057, "errSecCSResourcesNotSealed", "resources are present but not sealed by signature", "text-signed-resource-modified"},
	{-67056, "errSecCSResourcesNotFound", "code has no resources but signature indicates they must be present", "text-no-resources"},
	{-67055, "errSecCSResourcesInvalid", "the sealed resource directory is invalid", "text-signed-resource-modified"},
	{-67054, "errSecCSBadResource", "a sealed resource is missing or invalid", "text-signed-resource-modified"},
	{-67053, "errSecCSResourceRulesInvalid", "invalid resource specification rule(s)", "text-resource-envelope-obsolete"},
	{-67052, "errSecCSReqInvalid", "invalid or corrupted code requirement(s)", statusEntry},
	{-67051, "errSecCSReqUnsupported", "unsupported type or version of code requirement(s)", statusEntry},
	{-67050, "errSecCSReqFailed", "code failed to satisfy specified code requirement(s)", "text-csreq-67050"},
	{-67049, "errSecCSBadObjectFormat", "object file format unrecognized, invalid, or unsuitable", "text-bundle-format"},
	{-67048, "errSecCSInternalError", "internal error in Code Signing subsystem", "text-codesign-internal-error"},
	{-67047, "errSecCSHostReject", "code rejected its host", statusEntry},
	{-67046, "errSecCSNotAHost", "attempt to specify guest of code that is not a host", statusEntry},
	{-67045, "errSecCSSignatureInvalid", "invalid or unsupported format for signature", "text-code-signature-modified"},
	{-67044, "errSecCSHostProtocolRelativePath", "host protocol violation - absolute guest path required", statusEntry},
	{-67043, "errSecCSHostProtocolContradiction", "host protocol violation - contradictory hosting modes", statusEntry},
	{-67042, "errSecCSHostProtocolDedicationError", "host protocol violation - operation not allowed with/for a dedicated guest", statusEntry},
	{-67041, "errSecCSHostProtocolNotProxy", "host protocol violation - proxy hosting not engaged", statusEntry},
	{-67040, "errSecCSHostProtocolStateError", "host protocol violation - invalid guest state change request", statusEntry},
	{-67039, "errSecCSHostProtocolUnrelated", "host protocol violation - the given guest is not a guest of the given host", statusEntry},
	{-67037, "errSecCSNotSupported", "operation inapplicable or not supported for this type of code", statusEntry},
	{-67036, "errSecCSCMSTooLarge", "signature too large to embed (size limitation of on-disk representation)", statusEntry},
	{-67035, "errSecCSHostProtocolInvalidHash", "host protocol violation - invalid guest hash", statusEntry},
	{-67034, "errSecCSStaticCodeChanged", "the code on disk does not match what is running", "text-code-signature-modified"},
	{-67033, "errSecCSDBDenied", "permission to use a database denied", statusEntry},
	{-67032, "errSecCSDBAccess", "cannot access a database", statusEntry},
	{-67031, "errSecCSHostProtocolInvalidAttribute", "host returned invalid or inconsistent guest attributes", statusEntry},
	{-67030, "errSecCSInfoPlistFailed", "invalid Info.plist (plist or signature have been modified)", "text-code-signature-modified"},
	{-67029, "errSecCSNoMainExecutable", "the code has no main executable file", "text-bundle-format"},
	{-67028, "errSecCSBadBundleFormat", "bundle format unrecognized, invalid, or unsuitable", "text-bundle-format"},
	{-67027, "errSecCSNoMatches", "no matches for search or update operation", statusEntry},
	{-67026, "errSecCSFileHardQuarantined", "File created by an AppSandbox, exec/open not allowed", statusEntry},
	{-67025, "errSecCSOutdated", "presented data is out of date", statusEntry},
	{-67024, "errSecCSDbCorrupt", "a system database or file is corrupt", statusEntry},
	{-67023, "errSecCSResourceDirectoryFailed", "invalid resource directory (directory or signature have been modified)", "text-code-signature-modified"},
	{-67022, "errSecCSUnsignedNestedCode", "nested code is unsigned", "text-nested-code-invalid"},
	{-67021, "errSecCSBadNestedCode", "nested code is modified or invalid", "text-nested-code-invalid"},
	{-67020, "errSecCSBadCallbackValue", "monitor callback returned invalid value", statusEntry},
	{-67019, "errSecCSHelperFailed", "the codesign_allocate helper tool cannot be found or used", "text-codesign-allocate-failed"},
	{-67018, "errSecCSVetoed", "", statusEntry},
	{-67017, "errSecCSBadLVArch", "library validation flag cannot be used with an i386 binary", statusEntry},
	{-67016, "errSecCSResourceNotSupported", "unsupported resource found (something not a directory, file or symlink)", "text-bundle-format"},
	{-67015, "errSecCSRegularFile", "the main executable or Info.plist must be a regular file (no symlinks, etc.)", "text-bundle-format"},
	{-67014, "errSecCSUnsealedAppRoot", "unsealed contents present in the bundle root", "text-bundle-format"},
	{-67013, "errSecCSWeakResourceRules", "resource envelope is obsolete (custom omit rules)", "text-resource-envelope-obsolete"},
	{-67012, "errSecCSDSStoreSymlink", ".DS_Store files cannot be a symlink", "text-bundle-format"},
	{-67011, "errSecCSAmbiguousBundleFormat", "bundle format is ambiguous (could be app or framework)", "text-bundle-format"},
	{-67010, "errSecCSBadMainExecutable", "main executable failed strict validation", "text-code-signature-modified"},
	{-67009, "errSecCSBadFrameworkVersion", "embedded framework contains modified or invalid version", "text-bundle-format"},
	{-67008, "errSecCSUnsealedFrameworkRoot", "unsealed contents present in the root directory of an embedded framework", "text-bundle-format"},
	{-67007, "errSecCSWeakResourceEnvelope", "resource envelope is obsolete (version 1 signature)", "text-resource-envelope-obsolete"},
	{-67006, "errSecCSCancelled", "operation was terminated by explicit cancelation", statusEntry},
	{-67005, "errSecCSInvalidPlatform", "invalid platform identifier or platform mismatch", statusEntry},
	{-67004, "errSecCSTooBig", "code is too big for current signing format", statusEntry},
	{-67003, "errSecCSInvalidSymlink", "invalid destination for symbolic link in bundle", "text-bundle-format"},
	{-67002, "errSecCSNotAppLike", "the code is valid but does not seem to be an app", "text-spctl-not-an-app"},
	{-67001, "errSecCSBadDiskImageFormat", "disk image format unrecognized, invalid, or unsuitable", statusEntry},
	{-67000, "errSecCSUnsupportedDigestAlgorithm", "a requested signature digest algorithm is not supported", statusEntry},
	{-66999, "errSecCSInvalidAssociatedFileData", "resource fork, Finder information, or similar detritus not allowed", "text-detritus"},
	{-66998, "errSecCSInvalidTeamIdentifier", "a Team Identifier string is invalid", statusEntry},
	{-66997, "errSecCSBadTeamIdentifier", "a Team Identifier is wrong or inappropriate", statusEntry},
	{-66996, "errSecCSSignatureUntrusted", "signature is valid but signer is not trusted", "text-cert-not-trusted"},
	{-66995, "errSecMultipleExecSegments", "the image contains multiple executable segments", statusEntry},
	{-66994, "errSecCSInvalidEntitlements", "invalid entitlement plist", "text-invalid-entitlements-blob"},
	{-66993, "errSecCSInvalidRuntimeVersion", "an invalid runtime version was explicitly set", statusEntry},
	{-66992, "errSecCSRevokedNotarization", "notarization indicates this code has been revoked", "text-gatekeeper-will-damage"},
	{-66991, "errSecCSCMSConstructionFailed", "CMS construction failed, see logs for deeper error", statusEntry},
	{-66990, "errSecCSRemoteSignerFailed", "remote signing block did not return a signature", statusEntry},
	// SecBase.h: the keychain and trust codes codesign and security print.
	// errSecAuthFailed (-25293) is any keychain call's wrong password by
	// itself; TestKeychainPasswordsAndTeams holds its forms.
	{-2070, "errSecInternalComponent", "", "text-errsec-internal-component"},
	{-25300, "errSecItemNotFound", "The specified item could not be found in the keychain.", "text-identity-not-found"},
	{-25308, "errSecInteractionNotAllowed", "User interaction is not allowed.", "text-user-interaction-not-allowed"},
	{-34018, "errSecMissingEntitlement", "A required entitlement isn't present.", "text-missing-entitlement-34018"},
	{-25294, "errSecNoSuchKeychain", "The specified keychain could not be found.", statusEntry},
	{-25295, "errSecInvalidKeychain", "The specified keychain is not a valid keychain file.", statusEntry},
	{-25307, "errSecNoDefaultKeychain", "A default keychain could not be found.", statusEntry},
	{-67818, "errSecCertificateExpired", "An expired certificate was detected.", "text-cert-expired"},
	{-67820, "errSecCertificateRevoked", "The certificate was revoked.", "text-cert-revoked"},
	{-67843, "errSecNotTrusted", "The certificate was not trusted.", "text-cert-not-trusted"},
	// cssmerr.h: SecCopyErrorMessageString gives these by name.
	{-2147409654, "CSSMERR_TP_CERT_EXPIRED", "", "text-cert-expired"},
	{-2147409652, "CSSMERR_TP_CERT_REVOKED", "", "text-cert-revoked"},
	{-2147409622, "CSSMERR_TP_NOT_TRUSTED", "", "text-cert-not-trusted"},
	{-2147409646, "CSSMERR_TP_INVALID_ANCHOR_CERT", "", "text-chain-to-root"},
	{-2147409653, "CSSMERR_TP_CERT_NOT_VALID_YET", "", statusEntry},
	{-2147416032, "CSSMERR_CSP_OPERATION_AUTH_DENIED", "", "text-errsec-internal-component"},
}

// securityForms are the forms a code takes in a paste: in a sentence as a
// tool prints it, as an NSError, its constant's name, and its message after
// the path codesign prints it for.
func securityForms(c securityCode) []string {
	forms := []string{
		fmt.Sprintf("codesign failed with error %d", c.code),
		fmt.Sprintf(`Error Domain=NSOSStatusErrorDomain Code=%d "(null)"`, c.code),
		fmt.Sprintf("SecStaticCodeCheckValidity returned %s", c.name),
	}
	if c.message != "" {
		forms = append(forms, "/Applications/Example.app: "+c.message)
	}
	if c.code < -67100 || c.code > -66900 {
		// A keychain or trust status is about signing only where the paste
		// says so: the same codes come from any app's keychain calls.
		for i := range forms {
			forms[i] = "% codesign -f -s \"Apple Development\" Example.app\n" + forms[i]
		}
	}
	return forms
}

// Before this table: 108 of 384 forms read right, and a negative amount
// was read as the error of 21 of the codes (first count 103 of 388, before
// errSecAuthFailed left the table and the keychain rows got codesign's
// context). After: 384 of 384.
func TestSecurityErrorTable(t *testing.T) {
	right, all := 0, 0
	for _, c := range securityTable {
		for _, s := range securityForms(c) {
			all++
			r := Analyze([]byte(s))
			if len(r.Matches) > 0 && r.Matches[0].Entry.ID == c.want {
				right++
				continue
			}
			t.Errorf("%q: got %v, want %s", s, ids(r), c.want)
		}
	}
	t.Logf("%d of %d forms read right", right, all)
}

// The same numbers where they are no status: a byte count, an address, a
// line number, a colour, an amount.
func TestSecurityErrorTableNearMisses(t *testing.T) {
	for _, c := range securityTable {
		if c.code < -67100 || c.code > -66900 {
			continue
		}
		n := -c.code
		for _, s := range []string{
			fmt.Sprintf("Downloaded %d bytes in 2.1s", n),
			fmt.Sprintf("Thread 0 crashed at 0x00000001%d", n),
			fmt.Sprintf("main.go:%d: undefined: foo", n),
			fmt.Sprintf("color: #%d;", n),
			fmt.Sprintf("Balance changed by %d since yesterday", c.code),
		} {
			r := Analyze([]byte(s))
			for _, m := range r.Matches {
				if m.Entry.Severity == Error || m.Entry.Severity == Warning {
					t.Errorf("%q: got %v", s, ids(r))
				}
			}
		}
	}
}

// A status the catalogue has no fault for still gets Apple's meaning, by
// number or by name.
func TestSecurityStatusMeaning(t *testing.T) {
	for in, want := range map[string]string{
		"SecStaticCodeCheckValidity failed with error -67060": "errSecCSSignatureNotVerifiable (-67060): the code cannot be read by the verifier (file system permissions etc.).",
		"codesign -v X.app\nX.app: errSecCSDBAccess":          "errSecCSDBAccess: cannot access a database.",
	} {
		r := Analyze([]byte(in))
		if len(r.Matches) == 0 || r.Matches[0].Entry.ID != statusEntry || len(r.Matches[0].Hints) == 0 || r.Matches[0].Hints[0] != want {
			t.Errorf("%q: got %+v, want the hint %q", in, r.Matches, want)
		}
	}
}
