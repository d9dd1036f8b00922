package text

// Look-alikes of the readings added for held-out rounds 187 to 190 (the
// thirteenth look-alike review, lookalike_rm_test.go): the same words in
// another system's message, in prose that only mentions them (a changelog,
// a code comment, docs), said not to happen, or in a step's expected output.

var (
	// reNamedElsewhereRM: systems whose messages share these readings'
	// words, beyond those saidElsewhereRI and reNamedElsewhereRK know.
	reNamedElsewhereRM = lazyCompile(`(?i)\bPixel\b|\bHoloLens\b|\bUWP\b|\.pfx\b|\bappliance\b|\bDigiCert\b|\bTrusted Signing\b|\bKeycloak\b|\bCN=`)
	// reProseRM: a code comment, a changelog, release notes, docs, a FAQ,
	// a pull request or a feature request about the words.
	reProseRM = lazyCompile(`(?im)^\s*(?://|/\*)|\bchangelog(?:\s+v?\d[\w.]*)?\s*:|\brelease notes\b|^\s*(?:Fixed|Docs?|FAQ|PR|Feature request)\s*:`)
	// reDeniedRM: the failure said not to happen (any more), macOS's check
	// named only to compare another system's with it, or the words told as
	// a step's expected output.
	reDeniedRM = lazyCompile(`(?i)\bno longer (?:fails?|crash(?:es)?|says?|shows?|refuses?|blocks?|prints?|asks?|prompts?)\b|\bno more [^.\n]{0,40}?\b(?:issues?|errors?|problems?|warnings?|prompts?)\b|\b(?:won['’]?t|will not|doesn['’]?t|does not|didn['’]?t|did not) (?:block|refuse|stop|prevent|complain)|\bdoes(?:n['’]t| not) apply\b|\bworks? without\b|\byou(?:['’]ll| will) (?:see|get|be shown) (?:a |an |the )?(?:prompt|pop-?up|dialog|alert)\b|\byou(?:['’]ll| will) be (?:asked|prompted)\b|\bas expected\b|\b(?:like|unlike|similar to) (?:the )?mac\s?OS(?:['’]s?)? (?:security|Gatekeeper)\b|\(expected\)|不再|已解决`)
	// reNoSigningMeantRM: a build that signs nothing (a simulator's, manual
	// signing) or a wish for the option, where the flag is not needed.
	reNoSigningMeantRM = lazyCompile(`(?i)\bsimulator\b|\bnothing is signed\b|\bmanual signing\b|\bCODE_SIGNING_ALLOWED=NO\b|\boption to run\b`)
	// reFlagInSourceRM: the exec segment flag as a C identifier in a
	// header or a build of a signer.
	reFlagInSourceRM = lazyCompile(`(?i)\bundeclared identifier\b|\bSDK headers?\b|\bcs_blobs\.h\b|#define\b|\bfails? to compile\b`)
	// reNotStoreProfileRM: a distribution profile of the kinds that do
	// install on devices (ad hoc, in-house).
	reNotStoreProfileRM = lazyCompile(`(?i)\bad[- ]?hoc\b|\benterprise\b|\bin-house\b`)
	// reOtherPolicyRM: find-identity asked for another policy than code
	// signing.
	reOtherPolicyRM = lazyCompile(`(?i)\bfind-identity\b[^\n]{0,20}?\s-p\s+(?:ssl-client|ssl-server|smime|eap|ipsec|basic|timestamping|pkinit-\w+)\b`)
)

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-code-signature-invalid":     execSegMainBinaryMissing,
		"text-requires-development-team":  `\b(?:device)\b[^\n.]{0,60}?\bbut (?:code )?signing (?:isn't|is not|wasn't|was not|hasn't been|has not been) (?:set ?up|configured)\b`,
		"text-no-profiles-found":          `\b(?:without|missing|lacks?|doesn't pass|does not pass|not passing) (?:the )?-allowProvisioningUpdates\b`,
		"text-eas-capability-sync-failed": `\bBundleIdCapabilities(?:Create|Delete|Update)Instance\b`,
		"text-certificate-limit":          `\bThe following certificates must be revoked:`,
		"text-profile-wrong-kind":         `\bdistribution provision(?:ing)? profile\b[^\n.]{0,40}?\bto (?:deploy|install|run|debug)\b`,
		"text-gatekeeper-unverified":      `\bunidentified developer["”']? (?:issue|problem|error|message|prompt|block|restriction)s?\b|\bbecause (?:it|the app|this app|the application)(?: is|['’]s| was)? (?:an? )?(?:non-?|un|not )notari[sz]ed\b|\b(?:Security|Gatekeeper)(?: feature| protection| check)?,? (?:which |that )?(?:blocks?|blocked|blocking|prevents?|refuses?)\b|\bfree (?:of|from) malware\b|\bcheck(?:ed)?\b[^.\n]{0,30}?\bmalicious\b`,
		"text-library-validation":         `\bhardened runtime\b[^.\n]{0,80}?\bto (?:load|dlopen|open)\b`,
		"text-hardened-runtime-exception": `\ballow-(?:jit|unsigned-executable-memory)\b`,
		"text-ticket-not-stapled":         `\bnotari[sz]ed\b[^.\n]{0,60}?\bbut\s\W{0,2}(?:not|never) (?:been )?stapled\b`,
		"text-developer-mode-off":         `\bDeveloper mode is disabled, [\w.\-]{1,60} is disallowed\b`,
		"text-kext-not-approved":          `\bto (?:approve|allow) (?:the |a |its |this |my )?(?:legacy )?(?:system|kernel) extensions?\b`,
		"text-identity-not-found":         `\bfind-identity\b|\b0 valid (?:code ?signing |signing )?identities\b|\bMy Certificates\b|\b(?:resolve|locate|see|find) (?:the |an? |any |my |our )?(?:(?:imported|installed|valid|matching) )?(?:code ?)?signing identity\b`,
		"text-chain-to-root":              `\bintermediates?\b|\bdownload(?:ed|ing)?\b[^.\n]{0,20}?\bG[1-6]\b`,
		"text-codesign-key-access-prompt": `(?:keychain|钥匙串)[^\n。]{0,30}?(?:授权框|授权弹窗|授权对话框|弹窗|弹框|对话框|提示框|密码框)`,
		"text-p12-import-failed":          `\bimporting (?:a |an |the |my |our |its )?(?:valid )?[A-Za-z ]{2,40}(?:PKCS ?#?12|\.?p12)\b`,
	} {
		w := lazyCompile(`(?i)` + words)
		elsewhere := saidElsewhereRI(w)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (reProseRM.MatchString(near) || reDeniedRM.MatchString(near) ||
				wordsOfOtherSystem(w, elsewhere, near, all, reNamedElsewhereRK, reNamedElsewhereRM))
		})
	}
	// Each reading's own misses: the flag left out where nothing signs, the
	// exec segment flag in source code, an ad hoc or in-house distribution
	// profile, find-identity for another policy, a certificate that signs
	// no code under My Certificates.
	alsoSkip("text-no-profiles-found", func(near, _ string) bool {
		return reNoAllowProvisioningUpdates.MatchString(near) && reNoSigningMeantRM.MatchString(near)
	})
	alsoSkip("text-code-signature-invalid", func(near, _ string) bool {
		return reExecSegMainBinaryMissing.MatchString(near) && reFlagInSourceRM.MatchString(near)
	})
	alsoSkip("text-profile-wrong-kind", func(near, _ string) bool {
		return reDistributionProfileToDevice.MatchString(near) && reNotStoreProfileRM.MatchString(near)
	})
	alsoSkip("text-cert-expired", func(near, _ string) bool { return reServerCertExpiredRM.MatchString(near) })
	alsoSkip("text-gatekeeper-unverified", func(near, all string) bool {
		return reGatekeeperProductRM.MatchString(near) && !reAppleProductNamed.MatchString(all)
	})
	alsoSkip("text-identity-not-found", func(near, all string) bool {
		return reOtherPolicyRM.MatchString(near) || reMyCertificatesRM.MatchString(near) && reOtherCertificateRJ.MatchString(all) && !reCodeSigningCertRJ.MatchString(all)
	})
}

var (
	reMyCertificatesRM = lazyCompile(`(?i)\bMy Certificates\b`)
	// reServerCertExpiredRM: a web server's or a proxy's certificate told
	// as expired (round 190's "was expired"), which signs no code.
	reServerCertExpiredRM = lazyCompile(`(?i)\b(?:HTTPS|SSL|TLS|web ?(?:site|server)|domain|Jenkins|nginx|Apache|IIS|proxy)(?:['’]s)?\b[^.\n]{0,30}?\b(?:certificate|cert)\b[^.\n]{0,60}?\b(?:was|is|were|are|got)\b[^.\n]{0,12}?\bexpired\b`)
	// reGatekeeperProductRM: a mail or network filter called Gatekeeper.
	reGatekeeperProductRM = lazyCompile(`(?i)\b(?:mail|e-?mail|web|network)\s+Gatekeeper\b|\bGatekeeper\s+(?:appliance|gateway|proxy|filter)\b`)
)

// wordsOfOtherSystem: the words w matched are another system's here. The
// paste names no tool whose own words they are, and either saidElsewhereRI's
// test (elsewhere) holds or one of the named systems is in the paste with
// nothing of Apple's left once w's words are taken out. Reviews M to O ask
// it, each with the systems it knows.
func wordsOfOtherSystem(w *lazyRegexp, elsewhere func(near, all string) bool, near, all string, named ...*lazyRegexp) bool {
	if reOwnToolNamedRK.MatchString(all) {
		return false
	}
	if elsewhere(near, all) {
		return true
	}
	for _, n := range named {
		if n.MatchString(all) {
			return nothingAppleBeyond(w, all)
		}
	}
	return false
}
