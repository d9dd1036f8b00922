package text

import "strings"

// osStatusRows is the Security framework's status table, grouped under the
// entry a paste holding the status lands on ("=ID"): one row a line, the
// code without its minus sign, its constant ("." stands for errSecCS; none
// where the entry matches it in its own words) and, after "|", the message
// SecCopyErrorMessageString gives for it, escaped for a regexp. Every
// errSecCS* code of CSCommon.h is here, with the keychain and trust codes
// signing tools print. A message is left out where the entry matches it in
// its own words.
const osStatusRows = `=text-codesigning-status
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
=text-code-signature-modified
67063 .GuestInvalid|code identity has been invalidated
67061 .SignatureFailed
67045 .SignatureInvalid
67034 .StaticCodeChanged|the code on disk does not match what is running
67030 .InfoPlistFailed
67023 .ResourceDirectoryFailed
67010 .BadMainExecutable
=text-not-signed
67062 .Unsigned
=text-signed-resource-modified
67057 .ResourcesNotSealed|resources are present but not sealed by signature
67055 .ResourcesInvalid|the sealed resource directory is invalid
67054 .BadResource
=text-no-resources
67056 .ResourcesNotFound
=text-resource-envelope-obsolete
67053 .ResourceRulesInvalid|invalid resource specification rule\(s\)
67013 .WeakResourceRules
67007 .WeakResourceEnvelope
=text-csreq-67050
67050 .ReqFailed|code failed to satisfy specified code requirement\(s\)
=text-bundle-format
67049 .BadObjectFormat|object file format unrecognized, invalid, or unsuitable
67029 .NoMainExecutable|the code has no main executable file
67028 .BadBundleFormat
67016 .ResourceNotSupported
67015 .RegularFile
67014 .UnsealedAppRoot
67012 .DSStoreSymlink|\.DS_Store files cannot be a symlink
67011 .AmbiguousBundleFormat
67009 .BadFrameworkVersion
67008 .UnsealedFrameworkRoot
67003 .InvalidSymlink
=text-codesign-internal-error
67048 .InternalError
=text-nested-code-invalid
67022 .UnsignedNestedCode
67021 .BadNestedCode
=text-codesign-allocate-failed
67019 .HelperFailed
=text-spctl-not-an-app
67002 .NotAppLike
=text-detritus
66999 .InvalidAssociatedFileData
=text-cert-not-trusted
66996 .SignatureUntrusted|signature is valid but signer is not trusted
67843 errSecNotTrusted|The certificate was not trusted
2147409622
=text-invalid-entitlements-blob
66994 .InvalidEntitlements|invalid entitlement plist
=text-gatekeeper-will-damage
66992 .RevokedNotarization|notarization indicates this code has been revoked
=text-errsec-internal-component
2070
2147416032 CSSMERR_CSP_OPERATION_AUTH_DENIED
=text-identity-not-found
25300
=text-cert-expired
67818 errSecCertificateExpired|An expired certificate was detected
2147409654
=text-cert-revoked
67820 errSecCertificateRevoked|The certificate was revoked
=text-chain-to-root
2147409646 CSSMERR_TP_INVALID_ANCHOR_CERT`

const stStatus = "text-codesigning-status"

// statusLead is what comes before a status code in a message ("failed with
// error", "Code=", "SecStaticCodeCheckValidity returned", spctl --raw's
// cserror): a bare negative number is an amount or an offset as often as a
// status.
const statusLead = `(?:(?:\b(?:status|error|err|osstatus|result|returned|failed|code)\b|\bSec[A-Za-z]+\b)[^\n\d]{0,30}?|cserror</key>\s{0,20}<integer>)-`

// reStatusNamed: a paste that names a Code Signing status.
var reStatusNamed = lazyCompile(`errSec|CSSMERR_|-6(?:70[0-7]\d|699\d)\b`)

// init gives each entry of the table a pattern for its numbers after a
// status word (one for each first three digits, its keyword), one for its
// constants and one for its messages.
func init() {
	var e *Entry
	var head, nums, names, msgs string
	flushNums := func() {
		if nums != "" {
			e.patterns = append(e.patterns, codePat("-"+head, statusLead+head+"(?:"+nums[1:]+`)\b`))
		}
		nums = ""
	}
	flush := func() {
		flushNums()
		if names != "" {
			e.patterns = append(e.patterns, pat("errsec", `\b(?:`+names[1:]+`)\b`))
		}
		if msgs != "" {
			e.patterns = append(e.patterns, pat("the", msgs[1:]))
		}
		names, msgs = "", ""
	}
	for _, line := range strings.Split(osStatusRows, "\n") {
		if id, ok := strings.CutPrefix(line, "="); ok {
			if e != nil {
				flush()
			}
			e = Lookup(id)
			continue
		}
		line, msg, _ := strings.Cut(line, "|")
		num, name, _ := strings.Cut(line, " ")
		if num[:3] != head {
			flushNums()
			head = num[:3]
		}
		nums += "|" + num[3:]
		if name != "" {
			names += "|" + strings.Replace(name, ".", "errSecCS", 1)
		}
		if msg != "" {
			msgs += "|" + msg
		}
	}
	flush()
	e = Lookup(stStatus)
	e.hints = osStatusMeaning
	// A status counts where the paste names one or is about code signing.
	e.skip = func(near, all string) bool {
		return !reStatusNamed.MatchString(near) && !reAppleSigningContext.MatchString(all)
	}
}

// osStatusMeaning is Apple's message for each status found in a paste.
func osStatusMeaning(vals []Value) []string {
	var out []string
	for _, v := range vals {
		key := strings.Replace(v.Value, "errSecCS", ".", 1) + "|"
		if n, ok := strings.CutPrefix(v.Value, "-"); ok {
			key = "\n" + n + " "
		}
		i := strings.Index(osStatusRows, key)
		if v.Kind != "code" || i < 0 {
			continue
		}
		row, _, _ := strings.Cut(osStatusRows[i+1:], "\n")
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
