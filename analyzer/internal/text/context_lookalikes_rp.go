package text

// Look-alikes of the readings added for held-out rounds 201 to 204 (the
// sixteenth look-alike review, lookalike_rp_test.go): the same words in
// another system's message, in prose that only mentions them (a changelog,
// docs, a code comment, a fix), asked about, said not to be needed, or told
// of a step done by hand.

var (
	// reNamedElsewhereRP: systems whose messages share these readings'
	// words (a mail or file service's scan, an image or a file scanner).
	reNamedElsewhereRP = lazyCompile(`(?i)\bGmail\b|\bGoogle Drive\b|\bHarbor\b|\bClamAV\b`)
	// reProseRP: a changelog naming its product or version, or a fix of a
	// quoted message.
	reProseRP = lazyCompile(`(?i)\bchangelog\b[^\n:]{0,30}:|\bfix(?:es|ed)\s+["“'\x60]`)
	// reX509ClientRP: Go's x509 error on a line of an HTTPS or TLS client
	// (a registry, a cluster, a proxy), which signs no code.
	reX509ClientRP = lazyCompile(`(?im)^[^\n]*(?:https?://|\btls\b|\bdocker\b|\bhelm\b|\bkubectl\b|\bregistry\b|\bproxy\b|connect to the server|from daemon)[^\n]*\bx509: unhandled critical extension|\bx509: unhandled critical extension\b[^\n]*(?:https?://|\btls\b|\bproxy\b)`)
	// reAppleVerifyCutRP: "Apple could not verify…" cut short, beside an
	// account, a payment or a sign-in (what else Apple verifies), where no
	// app is opened.
	reAppleVerifyCutRP = lazyCompile(`(?i)["“]Apple (?:can'?t|cannot|can not|could not|couldn'?t) verify(?:…|\.{3})["”]`)
	reAccountToldRP    = lazyCompile(`(?i)\bSign in with Apple\b|\bApple (?:Pay|ID|Account)\b|\biCloud\b|\bWallet\b|\b(?:credit )?card\b|\bbank\b|\btwo-factor\b|\b2FA\b|\bverification code\b|\bsign-?in\b|\blog-?in\b|\bpurchase\b`)
	reAppOpenedRP      = lazyCompile(`(?i)\bGatekeeper\b|\blaunch|\bopen(?:s|ed|ing)?\b|\bmalware\b|\bnotari[sz]|\.(?:app|dmg|pkg)\b|\bdownload`)
	// reKilledByHandRP: a process killed by the user, or killed only in a
	// condition ("so I killed it", "kill -9", "if it is killed").
	reKilledByHandRP   = lazyCompile(`(?i)\b(?:I|we|you)(?: then| just)? (?:killed|force[- ]quit)\b|\bkill -9\b|\bkillall\b|\bif (?:it|the helper|the process) (?:is|was|gets) killed\b`)
	rePasswordHelperRP = lazyCompile(`\bPasswordManagerBrowserExtensionHelper\b`)
	reKillSeenRP       = lazyCompile(`\bSIGKILL\b|(?i:Code Signature Invalid)|(?i:killed:? +/)`)
	reKeychainRetoldRP = lazyCompile(`(?i)` + kcRetoldWordsRP)
	// reAutoFillRP: Safari's AutoFill asking for the login password to
	// fill a card, as it always does (a browser's own autofill broken by
	// an update is the real prompt).
	reAutoFillRP = lazyCompile(`(?i)\bSafari(?:['’]s)? AutoFill\b|\b(?:when|each time|every time|before) (?:I |you )?fill(?:ing)? (?:in )?(?:a |the |my )?(?:credit card|card|form)s?\b`)
	// reIfYouSeeRP: docs telling what to do if a message is seen.
	reIfYouSeeRP = lazyCompile(`(?i)\bif you (?:ever )?(?:see|get|hit)\b`)
)

// kcRetoldWordsRP: the keychain dialog retold (round 202).
const kcRetoldWordsRP = `\b(?:trying|tries|wants?|wanted|asks?|asking|asked) to access (?:information|items?|data|passwords?|credentials) (?:in|from|stored in) (?:my|your|the)(?: login)? keychain\b`

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-not-developer-id":                  `\bx509: unhandled critical extension\b`,
		"text-gatekeeper-unverified":             `\bnot from an identifie[dr] developer\b|["“]Apple (?:can'?t|cannot|can not|could not|couldn'?t) verify(?:…|\.{3})["”]|\bquarantined\b[\s\S]{0,300}?(?:\bKilled: ?9\b|\b(?:zsh|bash|sh|fish): killed\b|\bexit(?:s|ed)?(?: with)?(?: code| status)? 137\b)|\b(?:it|the system|the OS) (?:cannot|can not|can'?t|could not|couldn'?t) check it for malicious software\b`,
		"text-keychain-prompt-signature-changed": kcRetoldWordsRP,
		"text-install-invalid-entitlements":      `\bhas the ["“'‘]?com\.apple\.[A-Za-z0-9.\-]{2,100}["”'’]? entitlement,? but (?:it )?does(?: not|n['’]t) have the\b`,
		"text-kext-not-approved":                 `\ballow(?:ing)? loading of system software (?:by|from) (?:developer|application)\b|\bsystem extensions during startup and they need to be rebuilt\b`,
		"text-system-extension-rejected":         `\b(?:failed|unable) to activate (?:the |its |a )?(?:system/network|network/system|system|driver) extension\b`,
		"text-bad-cpu-type":                      `\bIncompatible architecture: Binary is for \w{3,8}, but needed arch\b`,
		"text-capability-entitlement-missing":    `\bno capture entitlements\b`,
		"text-unsatisfied-entitlements":          `\bprovisioning[- ]profiles?\b[^\n]{0,120}?\b(?:Invalid Code Signature|Code Signature Invalid)\b|\b(?:Invalid Code Signature|Code Signature Invalid)\b[^\n]{0,120}?\bprovisioning[- ]profile`,
		"text-code-signature-invalid":            `\b(?:crash(?:es|ed)?|killed)\b[^.\n]{0,30}? (?:due to|because of) (?:an? |its )?invalid code signature\b`,
		"text-killed-at-launch":                  `\b(?:code[- ]?sign(?:ature|ing)?|signature)\b[^.\n]{0,80}?\b(?:is|was|are|were|gets?|got|being) (?:killed|terminated) (?:with|by) (?:a )?SIGKILL\b`,
	} {
		w := lazyCompile(`(?i)` + words)
		elsewhere := saidElsewhereRI(w)
		// The words asked of a case to come or of any app ("will Macs
		// without our profile get ...?", "does an app that has ...?"), or
		// said not to be needed ("you do not need to allow ...").
		asked := lazyCompile(`(?im)(?:^\s*|[.!]\s+|Question:\s*)(?:will|would|should|does|do)\s+(?:an?|any|our|the|users?|Macs?)\b[^?\n]{0,200}?(?:` + words + `)[^?\n]{0,200}\?|(?:(?:do|does|did)(?: not|n['’]t)|never) (?:need|have) to (?:` + words + `)`)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (reProseRM.MatchString(near) || reProseRP.MatchString(near) || reNoLongerRN.MatchString(near) || asked.MatchString(near) ||
				wordsOfOtherSystem(w, elsewhere, near, all, reNamedElsewhereRP))
		})
	}
	alsoSkip("text-not-developer-id", func(near, _ string) bool { return reX509ClientRP.MatchString(near) })
	alsoSkip("text-gatekeeper-unverified", func(near, _ string) bool {
		return reAppleVerifyCutRP.MatchString(near) && reAccountToldRP.MatchString(near) && !reAppOpenedRP.MatchString(near)
	})
	// Apple's password helper is named by none but Apple: its kill is
	// another's only when done by hand, or in prose.
	alsoSkip("text-launch-constraint", func(near, _ string) bool {
		return rePasswordHelperRP.MatchString(near) && (reKilledByHandRP.MatchString(near) && !reKillSeenRP.MatchString(near) ||
			reProseRM.MatchString(near) || reProseRP.MatchString(near) || reNoLongerRN.MatchString(near))
	})
	alsoSkip("text-keychain-prompt-signature-changed", func(near, _ string) bool {
		return reKeychainRetoldRP.MatchString(near) && reAutoFillRP.MatchString(near)
	})
	alsoSkip("text-killed-at-launch", func(near, _ string) bool {
		return reIfYouSeeRP.MatchString(near) && (reProseRM.MatchString(near) || reProseRP.MatchString(near))
	})
}
