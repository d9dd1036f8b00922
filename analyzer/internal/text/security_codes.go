package text

import (
	"regexp"
	"strconv"
	"strings"
)

// osStatus is one row of the Security framework's status table: the code,
// its constant, the entry a paste holding it lands on, and the message
// SecCopyErrorMessageString gives for it (matched alone when alone is set:
// the rest are too general to name the code without it).
type osStatus struct {
	code  int64
	name  string
	entry string
	msg   string
	alone bool
}

const (
	stStatus   = "text-codesigning-status"
	stModified = "text-code-signature-modified"
	stResource = "text-signed-resource-modified"
	stFormat   = "text-bundle-format"
	stEnvelope = "text-resource-envelope-obsolete"
)

// osStatusTable: every errSecCS* code of CSCommon.h with its message, and
// the keychain and trust codes signing tools print. A message the entry
// already matches in its own words is left out.
var osStatusTable = []osStatus{
	{-67072, "errSecCSUnimplemented", stStatus, "unimplemented code signing feature", true},
	{-67071, "errSecCSInvalidObjectRef", stStatus, "invalid API object reference", false},
	{-67070, "errSecCSInvalidFlags", stStatus, "invalid or inappropriate API flag(s) specified", true},
	{-67069, "errSecCSObjectRequired", stStatus, "a required pointer argument was NULL", true},
	{-67068, "errSecCSStaticCodeNotFound", stStatus, "cannot find code object on disk", true},
	{-67067, "errSecCSUnsupportedGuestAttributes", stStatus, "cannot locate guests using this attribute set", true},
	{-67066, "errSecCSInvalidAttributeValues", stStatus, "given attribute values are invalid", false},
	{-67065, "errSecCSNoSuchCode", stStatus, "host has no guest with the requested attributes", true},
	{-67064, "errSecCSMultipleGuests", stStatus, "ambiguous guest specification (host has multiple guests with these attribute values)", true},
	{-67063, "errSecCSGuestInvalid", stModified, "code identity has been invalidated", true},
	{-67062, "errSecCSUnsigned", "text-not-signed", "", false},
	{-67061, "errSecCSSignatureFailed", stModified, "", false},
	{-67060, "errSecCSSignatureNotVerifiable", stStatus, "the code cannot be read by the verifier (file system permissions etc.)", true},
	{-67059, "errSecCSSignatureUnsupported", stStatus, "unsupported type or version of signature", true},
	{-67058, "errSecCSBadDictionaryFormat", stStatus, "a required plist file or resource is malformed", true},
	{-67057, "errSecCSResourcesNotSealed", stResource, "resources are present but not sealed by signature", true},
	{-67056, "errSecCSResourcesNotFound", "text-no-resources", "", false},
	{-67055, "errSecCSResourcesInvalid", stResource, "the sealed resource directory is invalid", true},
	{-67054, "errSecCSBadResource", stResource, "", false},
	{-67053, "errSecCSResourceRulesInvalid", stEnvelope, "invalid resource specification rule(s)", true},
	{-67052, "errSecCSReqInvalid", stStatus, "invalid or corrupted code requirement(s)", true},
	{-67051, "errSecCSReqUnsupported", stStatus, "unsupported type or version of code requirement(s)", true},
	{-67050, "errSecCSReqFailed", "text-csreq-67050", "code failed to satisfy specified code requirement(s)", true},
	{-67049, "errSecCSBadObjectFormat", stFormat, "object file format unrecognized, invalid, or unsuitable", true},
	{-67048, "errSecCSInternalError", "text-codesign-internal-error", "", false},
	{-67047, "errSecCSHostReject", stStatus, "code rejected its host", false},
	{-67046, "errSecCSNotAHost", stStatus, "attempt to specify guest of code that is not a host", true},
	{-67045, "errSecCSSignatureInvalid", stModified, "", false},
	{-67044, "errSecCSHostProtocolRelativePath", stStatus, "host protocol violation - absolute guest path required", true},
	{-67043, "errSecCSHostProtocolContradiction", stStatus, "host protocol violation - contradictory hosting modes", true},
	{-67042, "errSecCSHostProtocolDedicationError", stStatus, "host protocol violation - operation not allowed with/for a dedicated guest", true},
	{-67041, "errSecCSHostProtocolNotProxy", stStatus, "host protocol violation - proxy hosting not engaged", true},
	{-67040, "errSecCSHostProtocolStateError", stStatus, "host protocol violation - invalid guest state change request", true},
	{-67039, "errSecCSHostProtocolUnrelated", stStatus, "host protocol violation - the given guest is not a guest of the given host", true},
	{-67037, "errSecCSNotSupported", stStatus, "operation inapplicable or not supported for this type of code", true},
	{-67036, "errSecCSCMSTooLarge", stStatus, "signature too large to embed (size limitation of on-disk representation)", true},
	{-67035, "errSecCSHostProtocolInvalidHash", stStatus, "host protocol violation - invalid guest hash", true},
	{-67034, "errSecCSStaticCodeChanged", stModified, "the code on disk does not match what is running", true},
	{-67033, "errSecCSDBDenied", stStatus, "permission to use a database denied", false},
	{-67032, "errSecCSDBAccess", stStatus, "cannot access a database", false},
	{-67031, "errSecCSHostProtocolInvalidAttribute", stStatus, "host returned invalid or inconsistent guest attributes", true},
	{-67030, "errSecCSInfoPlistFailed", stModified, "", false},
	{-67029, "errSecCSNoMainExecutable", stFormat, "the code has no main executable file", true},
	{-67028, "errSecCSBadBundleFormat", stFormat, "", false},
	{-67027, "errSecCSNoMatches", stStatus, "no matches for search or update operation", false},
	{-67026, "errSecCSFileHardQuarantined", stStatus, "File created by an AppSandbox, exec/open not allowed", true},
	{-67025, "errSecCSOutdated", stStatus, "presented data is out of date", false},
	{-67024, "errSecCSDbCorrupt", stStatus, "a system database or file is corrupt", false},
	{-67023, "errSecCSResourceDirectoryFailed", stModified, "", false},
	{-67022, "errSecCSUnsignedNestedCode", "text-nested-code-invalid", "", false},
	{-67021, "errSecCSBadNestedCode", "text-nested-code-invalid", "", false},
	{-67020, "errSecCSBadCallbackValue", stStatus, "monitor callback returned invalid value", false},
	{-67019, "errSecCSHelperFailed", "text-codesign-allocate-failed", "", false},
	{-67018, "errSecCSVetoed", stStatus, "", false},
	{-67017, "errSecCSBadLVArch", stStatus, "library validation flag cannot be used with an i386 binary", true},
	{-67016, "errSecCSResourceNotSupported", stFormat, "", false},
	{-67015, "errSecCSRegularFile", stFormat, "", false},
	{-67014, "errSecCSUnsealedAppRoot", stFormat, "", false},
	{-67013, "errSecCSWeakResourceRules", stEnvelope, "", false},
	{-67012, "errSecCSDSStoreSymlink", stFormat, ".DS_Store files cannot be a symlink", true},
	{-67011, "errSecCSAmbiguousBundleFormat", stFormat, "", false},
	{-67010, "errSecCSBadMainExecutable", stModified, "", false},
	{-67009, "errSecCSBadFrameworkVersion", stFormat, "", false},
	{-67008, "errSecCSUnsealedFrameworkRoot", stFormat, "", false},
	{-67007, "errSecCSWeakResourceEnvelope", stEnvelope, "", false},
	{-67006, "errSecCSCancelled", stStatus, "operation was terminated by explicit cancelation", false},
	{-67005, "errSecCSInvalidPlatform", stStatus, "invalid platform identifier or platform mismatch", true},
	{-67004, "errSecCSTooBig", stStatus, "code is too big for current signing format", true},
	{-67003, "errSecCSInvalidSymlink", stFormat, "", false},
	{-67002, "errSecCSNotAppLike", "text-spctl-not-an-app", "", false},
	{-67001, "errSecCSBadDiskImageFormat", stStatus, "disk image format unrecognized, invalid, or unsuitable", true},
	{-67000, "errSecCSUnsupportedDigestAlgorithm", stStatus, "a requested signature digest algorithm is not supported", true},
	{-66999, "errSecCSInvalidAssociatedFileData", "text-detritus", "", false},
	{-66998, "errSecCSInvalidTeamIdentifier", stStatus, "a Team Identifier string is invalid", true},
	{-66997, "errSecCSBadTeamIdentifier", stStatus, "a Team Identifier is wrong or inappropriate", true},
	{-66996, "errSecCSSignatureUntrusted", "text-cert-not-trusted", "signature is valid but signer is not trusted", true},
	{-66995, "errSecMultipleExecSegments", stStatus, "the image contains multiple executable segments", true},
	{-66994, "errSecCSInvalidEntitlements", "text-invalid-entitlements-blob", "invalid entitlement plist", true},
	{-66993, "errSecCSInvalidRuntimeVersion", stStatus, "an invalid runtime version was explicitly set", true},
	{-66992, "errSecCSRevokedNotarization", "text-gatekeeper-will-damage", "notarization indicates this code has been revoked", true},
	{-66991, "errSecCSCMSConstructionFailed", stStatus, "CMS construction failed, see logs for deeper error", true},
	{-66990, "errSecCSRemoteSignerFailed", stStatus, "remote signing block did not return a signature", true},
	{-2070, "", "text-errsec-internal-component", "", false},
	{-25300, "", "text-identity-not-found", "", false},
	{-25294, "errSecNoSuchKeychain", stStatus, "The specified keychain could not be found", true},
	{-25295, "errSecInvalidKeychain", stStatus, "The specified keychain is not a valid keychain file", true},
	{-25307, "errSecNoDefaultKeychain", stStatus, "A default keychain could not be found", true},
	{-67818, "errSecCertificateExpired", "text-cert-expired", "An expired certificate was detected", true},
	{-67820, "errSecCertificateRevoked", "text-cert-revoked", "The certificate was revoked", true},
	{-67843, "errSecNotTrusted", "text-cert-not-trusted", "The certificate was not trusted", true},
	{-2147409654, "", "text-cert-expired", "", false},
	{-2147409622, "", "text-cert-not-trusted", "", false},
	{-2147409646, "CSSMERR_TP_INVALID_ANCHOR_CERT", "text-chain-to-root", "", false},
	{-2147409653, "CSSMERR_TP_CERT_NOT_VALID_YET", stStatus, "", false},
	{-2147416032, "CSSMERR_CSP_OPERATION_AUTH_DENIED", "text-errsec-internal-component", "", false},
}

// statusLead is what comes before a status code in a message ("failed with
// error", "Code=", "SecStaticCodeCheckValidity returned"): a bare negative
// number is an amount or an offset as often as a status.
const statusLead = `(?:\b(?:status|error|err|osstatus|result|returned|failed|code)\b|\bSec[A-Za-z]+\b)[^\n\d]{0,30}?|cserror</key>\s{0,20}<integer>`

// osStatusPatterns are each entry's patterns for the rows of the table that
// name it: the numbers after a status word, the constants, the messages.
func osStatusPatterns(entry string) []pattern {
	var nums, names, msgs []string
	for _, s := range osStatusTable {
		if s.entry != entry {
			continue
		}
		nums = append(nums, strconv.FormatInt(-s.code, 10))
		if s.name != "" {
			names = append(names, s.name)
		}
		if s.alone || entry == stStatus && s.msg != "" {
			msgs = append(msgs, regexp.QuoteMeta(s.msg))
		}
	}
	if len(nums) == 0 {
		return nil
	}
	// One pattern for each first three digits, its keyword.
	var ps []pattern
	for len(nums) > 0 {
		head, same := nums[0][:3], nums[:0:0]
		rest := nums[:0:0]
		for _, n := range nums {
			if n[:3] == head {
				same = append(same, n[3:])
			} else {
				rest = append(rest, n)
			}
		}
		ps = append(ps, codePat("-"+head, `(?:`+statusLead+`)-`+head+`(?:`+strings.Join(same, "|")+`)\b`))
		nums = rest
	}
	if len(names) > 0 {
		ps = append(ps, pat("errsec", `\b(?:`+strings.Join(names, "|")+`)\b`))
	}
	if len(msgs) > 0 {
		ps = append(ps, pat("the", strings.Join(msgs, "|")))
	}
	return ps
}

// osStatusMeaning is Apple's message for each status found in a paste.
func osStatusMeaning(vals []Value) []string {
	var out []string
	for _, v := range vals {
		if v.Kind != "code" {
			continue
		}
		for _, s := range osStatusTable {
			if s.msg != "" && (v.Value == s.name || v.Value == strconv.FormatInt(s.code, 10)) {
				out = append(out, s.name+" ("+strconv.FormatInt(s.code, 10)+"): "+s.msg+".")
				break
			}
		}
	}
	return out
}

// generalStatusMessages are the messages too general to name a status
// without the rest of the paste placing it in code signing.
func generalStatusMessages() string {
	var msgs []string
	for _, s := range osStatusTable {
		if !s.alone && s.msg != "" {
			msgs = append(msgs, regexp.QuoteMeta(s.msg))
		}
	}
	return `(?i)` + strings.Join(msgs, "|")
}

var (
	reGeneralStatusMessage = lazyCompile(generalStatusMessages())
	reStatusNamed          = lazyCompile(`errSec|CSSMERR_|-6(?:70[0-7]\d|699\d)\b`)
)

func init() {
	for _, e := range catalogue {
		e.patterns = append(e.patterns, osStatusPatterns(e.ID)...)
		if e.ID == stStatus {
			e.skip = func(near, all string) bool {
				return reGeneralStatusMessage.MatchString(near) && !reStatusNamed.MatchString(near) && !reAppleSigningContext.MatchString(all)
			}
		}
	}
}
