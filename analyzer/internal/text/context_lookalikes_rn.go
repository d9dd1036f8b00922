package text

// Look-alikes of the readings added for held-out rounds 191 to 196 (the
// fourteenth look-alike review, lookalike_rn_test.go): the same words in
// another system's message, in prose that only mentions them (a changelog,
// a code comment, docs), or said not to happen any more.

// reNamedElsewhereRN: systems whose messages share these readings' words,
// beyond those saidElsewhereRI, reNamedElsewhereRK and reNamedElsewhereRM
// know.
var reNamedElsewhereRN = lazyCompile(`(?i)\bSharePoint\b|\bJira\b|\bWeChat\b|微信|小程序|\bGNOME\b|\bkeyring\b|\brpm\b|\bOOM\b|\bSELinux\b|\bFirefox\b|\bgecko\b|\bManifest V3\b`)

// reNoLongerRN: the failure said not to happen any more (reDeniedRM's "as
// expected" is left: a report's "Expected Result ... as expected" follows
// a real failure).
var reNoLongerRN = lazyCompile(`(?i)\bno longer\b`)

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-embedded-bundle-id-prefix":         `\bprefixed (?:with|by) the (?:main|parent|host|containing|container) app['’]s bundle (?:identifier|ID)\b`,
		"text-code-signature-invalid":            `\bAMFI (?:refuses|refused|will refuse|rejects|rejected|kills|killed|will kill)\b`,
		"text-killed-at-launch":                  `\bAMFI\b[^.\n]{0,40}?\bkill|\bkilled (?:when(?:ever)?|as soon as|once|each time|every time) (?:I|we|you|users?)\b|\binvalidat(?:es?|ed|ing)\s+(?:[\w/-]{1,20}\s+){0,3}?signature\b`,
		"text-no-profiles-found":                 `\bfinding (?:the |any |my |our |your )?(?:valid |matching |installed )?provisioning profiles?\b|-allowProvisioningUpdates\b|\bfell back to (?:automatic signing|automatic provisioning|provisioning updates)\b[^\n]{0,160}`,
		"text-not-signed":                        `\bunsigned (?:safari )?extensions\b|\bto (?:code[- ]?)?sign (?:the |this |your |my |an? )?(?:app|ipa|build|bundle|it)\b`,
		"text-capability-entitlement-missing":    `\bcontainerURL\(forSecurityApplicationGroupIdentifier:|\b(?:fails? to|failed to|can(?:no|['’])t|cannot|could(?:n['’]t| not)|unable to) (?:access|read(?: from)?|write(?: to)?|open|see|load)\b[^.\n]{0,60}?\b(?:app ?groups?|shared (?:app )?container|group container)\b`,
		"text-profile-app-id-mismatch":           `\bbundle (?:ID|identifier) mismatch\b`,
		"text-profile-doesnt-support":            `\b(?:profile|provisioning)\b[^.\n]{0,160}?\b(?:didn'?t|doesn'?t|did not|does not) (?:had|have|has|include|contain|carry) (?:the )?[A-Za-z0-9 &.\-]{1,60}? capability\b`,
		"text-eas-credentials-not-set-up":        `\bhave (?:its|it'?s|their|an?) own (?:App ID|bundle ID|bundle identifier|provisioning profile)`,
		"text-conflicting-provisioning-settings": `\bforc(?:e|es|ed|ing)[- ]?(?:enabl(?:e|es|ed|ing) )?(?:the )?["“]?automatic(?:ally manage)? signing["”]?[^\n]{0,200}?\bprovision(?:ing)? profiles?\b[^\n]{0,200}?\bfail(?:s|ed)?\b`,
		"text-gatekeeper-unverified":             `\bbecause the develop{1,2}er (?:cannot|can not|can['’]?t) be verified\b|\bsecurity (?:message|warning|prompt|pop-?up|dialog|alert)s?\b[^.\n]{0,120}?\b(?:updated|newer) version\b[^.\n]{0,30}`,
		"text-cert-not-trusted":                  `\bNOT_TRUSTED\b`,
		"text-free-team-limit":                   `(?-i:7日間?(?:で|に)10(?:個|件))`,
		"text-bundle-id-unavailable":             `\bBundle ?Id(?:entifier)?\b[^\n]{0,40}?(?-i:已(?:经|經)?被)`,
		"text-app-cant-be-opened":                `\bThe application (?:can'?t|can’t|cannot) be opened\b|\bhave permission to open (?:the|this) (?:application|app)\b`,
		"text-binary-signature-invalid":          `\bsignature of the binary is invalid\b`,
		"text-no-secure-timestamp":               `\bnotar(?:y|i[sz]\w*)\b[^\n]{0,200}?\bsecure timestamp\b|\bsecure timestamp\b[^\n]{0,120}?\bnotar(?:y|i[sz]\w*)\b`,
		"text-gatekeeper-damaged":                `\b(?:rejects?|rejected|blocks?|blocked)(?: \w+){0,2}? as ["“']?damaged\b`,
		"text-keychain-password-wrong":           `\bkeychain (?:call|unlock(?:ing)?)\b[^\n]{0,60}?\bThe user name or passphrase you entered is not correct\b`,
		"text-no-hardened-runtime":               `\bbecause (?:the )?hardened runtime\b[^\n.]{0,20}? (?:was|is|were) not enabled\b`,
		"text-not-developer-id":                  `\bnotari[sz]ation\b[^\n.]{0,40}?\b(?:sees?|saw|rejects?|rejected|flags?|flagged)\s(?:the |any )?ad[- ]hoc\b`,
		"text-unsatisfied-entitlements":          `\bcould(?: not|n'?t) (?:launch|start)\b|\bAMFI (?:rejection|rejects?|rejected)\b`,
	} {
		w := lazyCompile(`(?i)` + words)
		elsewhere := saidElsewhereRI(w)
		// The words said of another system in the same clause ("Windows
		// SmartScreen blocks the installer because the developer cannot be
		// verified; on the Mac ...").
		sameClause := lazyCompile(`(?i)\b(?:Android|Gradle|Windows|SmartScreen|Defender|Play Protect|Linux|Ubuntu|Chrome|Firefox|Docker|npm)\b[^.;\n]{0,80}?(?:` + words + `)`)
		alsoSkip(id, func(near, all string) bool {
			if !w.MatchString(near) {
				return false
			}
			clause := sameClause.get().FindString(near)
			return reProseRM.MatchString(near) || reNoLongerRN.MatchString(near) ||
				clause != "" && !reMacNamed.MatchString(clause) && !reAppleProductNamed.MatchString(clause) ||
				wordsOfOtherSystem(w, elsewhere, near, all, reNamedElsewhereRK, reNamedElsewhereRM, reNamedElsewhereRN)
		})
	}
}
