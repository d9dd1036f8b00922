package text

import "strings"

// osStatusPatterns read the Security framework's status table: every
// errSecCS* code of CSCommon.h, with the keychain and trust codes signing
// tools print, under the entry a paste holding it lands on. Each entry's
// numbers count after a status word (one pattern for each first three
// digits, its keyword), then its constants and Apple's messages for them
// (SecCopyErrorMessageString's), where the entry does not match them in its
// own words.
var osStatusPatterns = []struct {
	id string
	ps []pattern
}{
	{"text-codesigning-status", []pattern{
		codePat("-670", statusLead+`670(?:72|71|70|69|68|67|66|65|64|60|59|58|52|51|47|46|44|43|42|41|40|39|37|36|35|33|32|31|27|26|25|24|20|18|17|06|05|04|01|00)\b`),
		codePat("-669", statusLead+`669(?:98|97|95|93|91|90)\b`),
		codePat("-252", statusLead+`252(?:94|95)\b`),
		codePat("-253", statusLead+`25307\b`),
		codePat("-214", statusLead+`2147409653\b`),
		pat("errsec", `\b(?:errSecCSUnimplemented|errSecCSInvalidObjectRef|errSecCSInvalidFlags|errSecCSObjectRequired|errSecCSStaticCodeNotFound|errSecCSUnsupportedGuestAttributes|errSecCSInvalidAttributeValues|errSecCSNoSuchCode|errSecCSMultipleGuests|errSecCSSignatureNotVerifiable|errSecCSSignatureUnsupported|errSecCSBadDictionaryFormat|errSecCSReqInvalid|errSecCSReqUnsupported|errSecCSHostReject|errSecCSNotAHost|errSecCSHostProtocolRelativePath|errSecCSHostProtocolContradiction|errSecCSHostProtocolDedicationError|errSecCSHostProtocolNotProxy|errSecCSHostProtocolStateError|errSecCSHostProtocolUnrelated|errSecCSNotSupported|errSecCSCMSTooLarge|errSecCSHostProtocolInvalidHash|errSecCSDBDenied|errSecCSDBAccess|errSecCSHostProtocolInvalidAttribute|errSecCSNoMatches|errSecCSFileHardQuarantined|errSecCSOutdated|errSecCSDbCorrupt|errSecCSBadCallbackValue|errSecCSVetoed|errSecCSBadLVArch|errSecCSCancelled|errSecCSInvalidPlatform|errSecCSTooBig|errSecCSBadDiskImageFormat|errSecCSUnsupportedDigestAlgorithm|errSecCSInvalidTeamIdentifier|errSecCSBadTeamIdentifier|errSecMultipleExecSegments|errSecCSInvalidRuntimeVersion|errSecCSCMSConstructionFailed|errSecCSRemoteSignerFailed|errSecNoSuchKeychain|errSecInvalidKeychain|errSecNoDefaultKeychain|CSSMERR_TP_CERT_NOT_VALID_YET)\b`),
		pat("the", `unimplemented code signing feature|invalid API object reference|invalid or inappropriate API flag\(s\) specified|a required pointer argument was NULL|cannot find code object on disk|cannot locate guests using this attribute set|given attribute values are invalid|host has no guest with the requested attributes|ambiguous guest specification \(host has multiple guests with these attribute values\)|the code cannot be read by the verifier \(file system permissions etc\.\)|unsupported type or version of signature|a required plist file or resource is malformed|invalid or corrupted code requirement\(s\)|unsupported type or version of code requirement\(s\)|code rejected its host|attempt to specify guest of code that is not a host|host protocol violation - absolute guest path required|host protocol violation - contradictory hosting modes|host protocol violation - operation not allowed with/for a dedicated guest|host protocol violation - proxy hosting not engaged|host protocol violation - invalid guest state change request|host protocol violation - the given guest is not a guest of the given host|operation inapplicable or not supported for this type of code|signature too large to embed \(size limitation of on-disk representation\)|host protocol violation - invalid guest hash|permission to use a database denied|cannot access a database|host returned invalid or inconsistent guest attributes|no matches for search or update operation|File created by an AppSandbox, exec/open not allowed|presented data is out of date|a system database or file is corrupt|monitor callback returned invalid value|library validation flag cannot be used with an i386 binary|operation was terminated by explicit cancelation|invalid platform identifier or platform mismatch|code is too big for current signing format|disk image format unrecognized, invalid, or unsuitable|a requested signature digest algorithm is not supported|a Team Identifier string is invalid|a Team Identifier is wrong or inappropriate|the image contains multiple executable segments|an invalid runtime version was explicitly set|CMS construction failed, see logs for deeper error|remote signing block did not return a signature|The specified keychain could not be found|The specified keychain is not a valid keychain file|A default keychain could not be found`),
	}},
	{"text-code-signature-modified", []pattern{
		codePat("-670", statusLead+`670(?:63|61|45|34|30|23|10)\b`),
		pat("errsec", `\b(?:errSecCSGuestInvalid|errSecCSStaticCodeChanged|errSecCSInfoPlistFailed|errSecCSBadMainExecutable)\b`),
		pat("the", `code identity has been invalidated|the code on disk does not match what is running`),
	}},
	{"text-not-signed", []pattern{
		codePat("-670", statusLead+`67062\b`),
	}},
	{"text-signed-resource-modified", []pattern{
		codePat("-670", statusLead+`670(?:57|55|54)\b`),
		pat("errsec", `\berrSecCSResourcesNotSealed\b`),
		pat("the", `resources are present but not sealed by signature|the sealed resource directory is invalid`),
	}},
	{"text-no-resources", []pattern{
		codePat("-670", statusLead+`67056\b`),
	}},
	{"text-resource-envelope-obsolete", []pattern{
		codePat("-670", statusLead+`670(?:53|13|07)\b`),
		pat("errsec", `\b(?:errSecCSResourceRulesInvalid|errSecCSWeakResourceRules|errSecCSWeakResourceEnvelope)\b`),
		pat("the", `invalid resource specification rule\(s\)`),
	}},
	{"text-csreq-67050", []pattern{
		codePat("-670", statusLead+`67050\b`),
	}},
	{"text-bundle-format", []pattern{
		codePat("-670", statusLead+`670(?:49|29|28|16|15|14|12|11|09|08|03)\b`),
		pat("errsec", `\b(?:errSecCSBadObjectFormat|errSecCSNoMainExecutable|errSecCSDSStoreSymlink)\b`),
		pat("object file format", `object file format unrecognized, invalid, or unsuitable`),
		pat("the", `the code has no main executable file`),
		pat(".ds_store files", `\.DS_Store files cannot be a symlink`),
	}},
	{"text-codesign-internal-error", []pattern{
		codePat("-670", statusLead+`67048\b`),
	}},
	{"text-nested-code-invalid", []pattern{
		codePat("-670", statusLead+`670(?:22|21)\b`),
	}},
	{"text-codesign-allocate-failed", []pattern{
		codePat("-670", statusLead+`67019\b`),
	}},
	{"text-spctl-not-an-app", []pattern{
		codePat("-670", statusLead+`67002\b`),
	}},
	{"text-detritus", []pattern{
		codePat("-669", statusLead+`66999\b`),
	}},
	{"text-cert-not-trusted", []pattern{
		codePat("-669", statusLead+`66996\b`),
		codePat("-678", statusLead+`67843\b`),
		codePat("-214", statusLead+`2147409622\b`),
		pat("errsec", `\b(?:errSecCSSignatureUntrusted|errSecNotTrusted)\b`),
		pat("the", `signature is valid but signer is not trusted|The certificate was not trusted`),
	}},
	{"text-invalid-entitlements-blob", []pattern{
		codePat("-669", statusLead+`66994\b`),
		pat("errsec", `\berrSecCSInvalidEntitlements\b`),
		pat("the", `invalid entitlement plist`),
	}},
	{"text-gatekeeper-will-damage", []pattern{
		codePat("-669", statusLead+`66992\b`),
		pat("errsec", `\berrSecCSRevokedNotarization\b`),
		pat("the", `notarization indicates this code has been revoked`),
	}},
	{"text-errsec-internal-component", []pattern{
		codePat("-207", statusLead+`2070\b`),
		codePat("-214", statusLead+`2147416032\b`),
		pat("errsec", `\bCSSMERR_CSP_OPERATION_AUTH_DENIED\b`),
	}},
	{"text-identity-not-found", []pattern{
		codePat("-253", statusLead+`25300\b`),
	}},
	{"text-cert-expired", []pattern{
		codePat("-678", statusLead+`67818\b`),
		codePat("-214", statusLead+`2147409654\b`),
		pat("errsec", `\berrSecCertificateExpired\b`),
		pat("the", `An expired certificate was detected`),
	}},
	{"text-cert-revoked", []pattern{
		codePat("-678", statusLead+`67820\b`),
		pat("errsec", `\berrSecCertificateRevoked\b`),
		pat("the", `The certificate was revoked`),
	}},
	{"text-chain-to-root", []pattern{
		codePat("-214", statusLead+`2147409646\b`),
		pat("errsec", `\bCSSMERR_TP_INVALID_ANCHOR_CERT\b`),
	}},
}

const stStatus = "text-codesigning-status"

// statusLead is what comes before a status code in a message ("failed with
// error", "Code=", "SecStaticCodeCheckValidity returned", spctl --raw's
// cserror): a bare negative number is an amount or an offset as often as a
// status.
const statusLead = `(?:(?:\b(?:status|error|err|osstatus|result|returned|failed|code)\b|\bSec[A-Za-z]+\b)[^\n\d]{0,30}?|cserror</key>\s{0,20}<integer>)-`

// statusRows are the statuses of text-codesigning-status: the code without
// its minus sign, its constant ("." stands for errSecCS) and after "|" its
// message, escaped for a regexp.
const statusRows = `
67072 .Unimplemented|unimplemented code signing feature
67071 .InvalidObjectRef|invalid API object reference
67070 .InvalidFlags|invalid or inappropriate API flag\(s\) specified
67069 .ObjectRequired|a required pointer argument was NULL
67068 .StaticCodeNotFound|cannot find code object on disk
67067 .UnsupportedGuestAttributes|cannot locate guests using this attribute set
67066 .InvalidAttributeValues|given attribute values are invalid
67065 .NoSuchCode|host has no guest with the requested attributes
67064 .MultipleGuests|ambiguous guest specification \(host has multiple guests with these attribute values\)
67060 .SignatureNotVerifiable|the code cannot be read by the verifier \(file system permissions etc\.\)
67059 .SignatureUnsupported|unsupported type or version of signature
67058 .BadDictionaryFormat|a required plist file or resource is malformed
67052 .ReqInvalid|invalid or corrupted code requirement\(s\)
67051 .ReqUnsupported|unsupported type or version of code requirement\(s\)
67047 .HostReject|code rejected its host
67046 .NotAHost|attempt to specify guest of code that is not a host
67044 .HostProtocolRelativePath|host protocol violation - absolute guest path required
67043 .HostProtocolContradiction|host protocol violation - contradictory hosting modes
67042 .HostProtocolDedicationError|host protocol violation - operation not allowed with/for a dedicated guest
67041 .HostProtocolNotProxy|host protocol violation - proxy hosting not engaged
67040 .HostProtocolStateError|host protocol violation - invalid guest state change request
67039 .HostProtocolUnrelated|host protocol violation - the given guest is not a guest of the given host
67037 .NotSupported|operation inapplicable or not supported for this type of code
67036 .CMSTooLarge|signature too large to embed \(size limitation of on-disk representation\)
67035 .HostProtocolInvalidHash|host protocol violation - invalid guest hash
67033 .DBDenied|permission to use a database denied
67032 .DBAccess|cannot access a database
67031 .HostProtocolInvalidAttribute|host returned invalid or inconsistent guest attributes
67027 .NoMatches|no matches for search or update operation
67026 .FileHardQuarantined|File created by an AppSandbox, exec/open not allowed
67025 .Outdated|presented data is out of date
67024 .DbCorrupt|a system database or file is corrupt
67020 .BadCallbackValue|monitor callback returned invalid value
67018 .Vetoed
67017 .BadLVArch|library validation flag cannot be used with an i386 binary
67006 .Cancelled|operation was terminated by explicit cancelation
67005 .InvalidPlatform|invalid platform identifier or platform mismatch
67004 .TooBig|code is too big for current signing format
67001 .BadDiskImageFormat|disk image format unrecognized, invalid, or unsuitable
67000 .UnsupportedDigestAlgorithm|a requested signature digest algorithm is not supported
66998 .InvalidTeamIdentifier|a Team Identifier string is invalid
66997 .BadTeamIdentifier|a Team Identifier is wrong or inappropriate
66995 errSecMultipleExecSegments|the image contains multiple executable segments
66993 .InvalidRuntimeVersion|an invalid runtime version was explicitly set
66991 .CMSConstructionFailed|CMS construction failed, see logs for deeper error
66990 .RemoteSignerFailed|remote signing block did not return a signature
25294 errSecNoSuchKeychain|The specified keychain could not be found
25295 errSecInvalidKeychain|The specified keychain is not a valid keychain file
25307 errSecNoDefaultKeychain|A default keychain could not be found
2147409653 CSSMERR_TP_CERT_NOT_VALID_YET
`

// reStatusNamed: a paste that names a Code Signing status.
var reStatusNamed = lazyCompile(`errSec|CSSMERR_|-6(?:70[0-7]\d|699\d)\b`)

func init() {
	for _, s := range osStatusPatterns {
		e := Lookup(s.id)
		e.patterns = append(e.patterns, s.ps...)
	}
	e := Lookup(stStatus)
	e.hints = osStatusMeaning
	e.skip = statusUnnamed
}

// statusUnnamed: a status counts where the paste names one or is about code
// signing.
func statusUnnamed(near, all string) bool {
	return !reStatusNamed.MatchString(near) && !reAppleSigningContext.MatchString(all)
}

// osStatusMeaning is Apple's message for each status found in a paste.
func osStatusMeaning(vals []Value) []string {
	var out []string
	for _, v := range vals {
		key := strings.Replace(v.Value, "errSecCS", ".", 1) + "|"
		if n, ok := strings.CutPrefix(v.Value, "-"); ok {
			key = "\n" + n + " "
		}
		i := strings.Index(statusRows, key)
		if v.Kind != "code" || i < 0 {
			continue
		}
		row, _, _ := strings.Cut(statusRows[i+1:], "\n")
		row, msg, ok := strings.Cut(row, "|")
		if _, name, named := strings.Cut(row, " "); named {
			// Found by number: the constant first.
			v.Value = strings.Replace(name, ".", "errSecCS", 1) + " (" + v.Value + ")"
		}
		if ok {
			out = append(out, v.Value+": "+strings.ReplaceAll(msg, `\`, "")+".")
		}
	}
	return out
}
