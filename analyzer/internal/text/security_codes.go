package text

import (
	"regexp"
	"strings"
)

// osStatusRows is the Security framework's status table, one row a line:
// the code without its minus sign, the letter of the entry a paste holding
// it lands on (osStatusEntries), its constant ("." stands for errSecCS, "-"
// for one the entry matches in its own words) and, after "|", the message
// SecCopyErrorMessageString gives for it. A message after "|!" is matched
// alone; the rest are too general to name the status without the rest of
// the paste. Every errSecCS* code of CSCommon.h is here, with the keychain
// and trust codes signing tools print.
const osStatusRows = `67072 s .Unimplemented|!unimplemented code signing feature
67071 s .InvalidObjectRef|invalid API object reference
67070 s .InvalidFlags|!invalid or inappropriate API flag(s) specified
67069 s .ObjectRequired|!a required pointer argument was NULL
67068 s .StaticCodeNotFound|!cannot find code object on disk
67067 s .UnsupportedGuestAttributes|!cannot locate guests using this attribute set
67066 s .InvalidAttributeValues|given attribute values are invalid
67065 s .NoSuchCode|!host has no guest with the requested attributes
67064 s .MultipleGuests|!ambiguous guest specification (host has multiple guests with these attribute values)
67063 m .GuestInvalid|!code identity has been invalidated
67062 n .Unsigned
67061 m .SignatureFailed
67060 s .SignatureNotVerifiable|!the code cannot be read by the verifier (file system permissions etc.)
67059 s .SignatureUnsupported|!unsupported type or version of signature
67058 s .BadDictionaryFormat|!a required plist file or resource is malformed
67057 r .ResourcesNotSealed|!resources are present but not sealed by signature
67056 o .ResourcesNotFound
67055 r .ResourcesInvalid|!the sealed resource directory is invalid
67054 r .BadResource
67053 e .ResourceRulesInvalid|!invalid resource specification rule(s)
67052 s .ReqInvalid|!invalid or corrupted code requirement(s)
67051 s .ReqUnsupported|!unsupported type or version of code requirement(s)
67050 q .ReqFailed|!code failed to satisfy specified code requirement(s)
67049 f .BadObjectFormat|!object file format unrecognized, invalid, or unsuitable
67048 i .InternalError
67047 s .HostReject|code rejected its host
67046 s .NotAHost|!attempt to specify guest of code that is not a host
67045 m .SignatureInvalid
67044 s .HostProtocolRelativePath|!host protocol violation - absolute guest path required
67043 s .HostProtocolContradiction|!host protocol violation - contradictory hosting modes
67042 s .HostProtocolDedicationError|!host protocol violation - operation not allowed with/for a dedicated guest
67041 s .HostProtocolNotProxy|!host protocol violation - proxy hosting not engaged
67040 s .HostProtocolStateError|!host protocol violation - invalid guest state change request
67039 s .HostProtocolUnrelated|!host protocol violation - the given guest is not a guest of the given host
67037 s .NotSupported|!operation inapplicable or not supported for this type of code
67036 s .CMSTooLarge|!signature too large to embed (size limitation of on-disk representation)
67035 s .HostProtocolInvalidHash|!host protocol violation - invalid guest hash
67034 m .StaticCodeChanged|!the code on disk does not match what is running
67033 s .DBDenied|permission to use a database denied
67032 s .DBAccess|cannot access a database
67031 s .HostProtocolInvalidAttribute|!host returned invalid or inconsistent guest attributes
67030 m .InfoPlistFailed
67029 f .NoMainExecutable|!the code has no main executable file
67028 f .BadBundleFormat
67027 s .NoMatches|no matches for search or update operation
67026 s .FileHardQuarantined|!File created by an AppSandbox, exec/open not allowed
67025 s .Outdated|presented data is out of date
67024 s .DbCorrupt|a system database or file is corrupt
67023 m .ResourceDirectoryFailed
67022 t .UnsignedNestedCode
67021 t .BadNestedCode
67020 s .BadCallbackValue|monitor callback returned invalid value
67019 a .HelperFailed
67018 s .Vetoed
67017 s .BadLVArch|!library validation flag cannot be used with an i386 binary
67016 f .ResourceNotSupported
67015 f .RegularFile
67014 f .UnsealedAppRoot
67013 e .WeakResourceRules
67012 f .DSStoreSymlink|!.DS_Store files cannot be a symlink
67011 f .AmbiguousBundleFormat
67010 m .BadMainExecutable
67009 f .BadFrameworkVersion
67008 f .UnsealedFrameworkRoot
67007 e .WeakResourceEnvelope
67006 s .Cancelled|operation was terminated by explicit cancelation
67005 s .InvalidPlatform|!invalid platform identifier or platform mismatch
67004 s .TooBig|!code is too big for current signing format
67003 f .InvalidSymlink
67002 p .NotAppLike
67001 s .BadDiskImageFormat|!disk image format unrecognized, invalid, or unsuitable
67000 s .UnsupportedDigestAlgorithm|!a requested signature digest algorithm is not supported
66999 d .InvalidAssociatedFileData
66998 s .InvalidTeamIdentifier|!a Team Identifier string is invalid
66997 s .BadTeamIdentifier|!a Team Identifier is wrong or inappropriate
66996 u .SignatureUntrusted|!signature is valid but signer is not trusted
66995 s errSecMultipleExecSegments|!the image contains multiple executable segments
66994 b .InvalidEntitlements|!invalid entitlement plist
66993 s .InvalidRuntimeVersion|!an invalid runtime version was explicitly set
66992 g .RevokedNotarization|!notarization indicates this code has been revoked
66991 s .CMSConstructionFailed|!CMS construction failed, see logs for deeper error
66990 s .RemoteSignerFailed|!remote signing block did not return a signature
2070 c -
25300 k -
25294 s errSecNoSuchKeychain|!The specified keychain could not be found
25295 s errSecInvalidKeychain|!The specified keychain is not a valid keychain file
25307 s errSecNoDefaultKeychain|!A default keychain could not be found
67818 x errSecCertificateExpired|!An expired certificate was detected
67820 v errSecCertificateRevoked|!The certificate was revoked
67843 u errSecNotTrusted|!The certificate was not trusted
2147409654 x -
2147409622 u -
2147409646 h CSSMERR_TP_INVALID_ANCHOR_CERT
2147409653 s CSSMERR_TP_CERT_NOT_VALID_YET
2147416032 c CSSMERR_CSP_OPERATION_AUTH_DENIED`

var osStatusEntries = map[byte]string{
	's': "text-codesigning-status", 'm': "text-code-signature-modified", 'r': "text-signed-resource-modified",
	'f': "text-bundle-format", 'e': "text-resource-envelope-obsolete", 'n': "text-not-signed",
	'o': "text-no-resources", 'q': "text-csreq-67050", 'i': "text-codesign-internal-error",
	'a': "text-codesign-allocate-failed", 't': "text-nested-code-invalid", 'd': "text-detritus",
	'p': "text-spctl-not-an-app", 'u': "text-cert-not-trusted", 'b': "text-invalid-entitlements-blob",
	'g': "text-gatekeeper-will-damage", 'c': "text-errsec-internal-component", 'k': "text-identity-not-found",
	'x': "text-cert-expired", 'v': "text-cert-revoked", 'h': "text-chain-to-root",
}

const stStatus = "text-codesigning-status"

// osStatus is one row of osStatusRows.
type osStatus struct {
	num, name, msg string
	entry          byte
	alone          bool
}

func osStatuses() []osStatus {
	var out []osStatus
	for _, line := range strings.Split(osStatusRows, "\n") {
		head, msg, _ := strings.Cut(line, "|")
		f := strings.Fields(head)
		s := osStatus{num: f[0], entry: f[1][0], name: f[2]}
		switch {
		case s.name == "-":
			s.name = ""
		case s.name[0] == '.':
			s.name = "errSecCS" + s.name[1:]
		}
		s.msg, s.alone = strings.CutPrefix(msg, "!")
		out = append(out, s)
	}
	return out
}

// statusLead is what comes before a status code in a message ("failed with
// error", "Code=", "SecStaticCodeCheckValidity returned", spctl --raw's
// cserror): a bare negative number is an amount or an offset as often as a
// status.
const statusLead = `(?:\b(?:status|error|err|osstatus|result|returned|failed|code)\b|\bSec[A-Za-z]+\b)[^\n\d]{0,30}?|cserror</key>\s{0,20}<integer>`

// osStatusPatterns are an entry's patterns for the rows that name it: the
// numbers after a status word, the constants, the messages.
func osStatusPatterns(rows []osStatus, entry string) []pattern {
	var nums, names, msgs []string
	for _, s := range rows {
		if osStatusEntries[s.entry] != entry {
			continue
		}
		nums = append(nums, s.num)
		if s.name != "" {
			names = append(names, s.name)
		}
		if s.msg != "" && (s.alone || entry == stStatus) {
			msgs = append(msgs, regexp.QuoteMeta(s.msg))
		}
	}
	// One pattern for each first three digits, its keyword.
	var ps []pattern
	for len(nums) > 0 {
		head := nums[0][:3]
		var same, rest []string
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
		for _, s := range osStatuses() {
			if s.msg != "" && (v.Value == s.name || v.Value == "-"+s.num) {
				out = append(out, s.name+" (-"+s.num+"): "+s.msg+".")
				break
			}
		}
	}
	return out
}

var (
	reGeneralStatusMessage *lazyRegexp
	reStatusNamed          = lazyCompile(`errSec|CSSMERR_|-6(?:70[0-7]\d|699\d)\b`)
)

func init() {
	rows := osStatuses()
	var general []string
	for _, s := range rows {
		if !s.alone && s.msg != "" {
			general = append(general, regexp.QuoteMeta(s.msg))
		}
	}
	reGeneralStatusMessage = lazyCompile(`(?i)` + strings.Join(general, "|"))
	for _, e := range catalogue {
		e.patterns = append(e.patterns, osStatusPatterns(rows, e.ID)...)
		if e.ID == stStatus {
			// A general message counts where the paste is about code
			// signing or names the status.
			e.skip = func(near, all string) bool {
				return reGeneralStatusMessage.MatchString(near) && !reStatusNamed.MatchString(near) && !reAppleSigningContext.MatchString(all)
			}
		}
	}
}
