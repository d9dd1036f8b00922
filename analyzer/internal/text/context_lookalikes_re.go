package text

// Look-alikes of the readings added in the held-out rounds (the fifth
// look-alike review): the same words in another system's message (Android,
// Windows, Linux, a browser, a legal notary, an office stapler, a CI
// runner's other steps) or in prose that only mentions them.

// reProfileNotEmbedded: @electron/osx-sign found no profile and embeds none.
var reProfileNotEmbedded = lazyCompile(`(?i)\bNo provisioning profile found, will not embed profile\b`)

var (
	// reNamedElsewhere: systems and programs whose own messages share these
	// readings' words, beyond reOtherSystemNamed and reOtherSystem.
	reNamedElsewhere = lazyCompile(`(?i)\bGoogle Play\b|\bFirebase\b|\bGradle\b|\bChrome\b|\bVS ?Code\b|\bKMS\b|\bIntune\b|\bAutopilot\b|\bEAP-TLS\b|\beSIM\b|\bSalesforce\b|\bPatreon\b|\bMicrosoft\b|\bPartner Center\b|\bMSBuild\b|\bsigntool\b|\bsystemd\b|\bGNOME\b|\bKWallet\b|\bssh-agent\b|\bgit (?:config|commit|tag|signing)\b|\bRAID\b|\bdisk check\b|\bbilling\b|\bJSON schema\b|\bdeed\b|\bmortgage\b|\bnotary (?:public|office|app)\b|\be-notary\b|\blegal\b|\boffice stapler\b|\bjam(?:s|med)?\b|\bSlack\b|\ballowed[_ ]signers\b|\bssh-(?:ed25519|rsa|ecdsa)\b`)
	// reMentionOnly: prose that names a message only to say where it is
	// printed or ignored, not that it happened.
	reMentionOnly = lazyCompile(`(?i)\b(?:test fixtures?|sample docs?|JSON example|is never printed|are never printed|is skipped on|we ignore|is irrelevant to|plugin docs)\b`)
	// reGatekeeperNotMacs: something else called Gatekeeper (a firewall, an
	// API gateway's rate limiter).
	reGatekeeperNotMacs = lazyCompile(`(?i)\b(?:custom|API gateway|firewall)\b[^.\n]{0,20}?\bGatekeeper\b|\bGatekeeper\b[^.\n]{0,6}?\b(?:our|the|an?) (?:API gateway|firewall)\b|\bGatekeeper\b[^.\n]{0,60}?\b(?:rate limits?|bots)\b`)
	// reEnterpriseNoApp: enterprise developers trusted in the sense of a
	// company's staff, with no app, device or certificate named.
	reEnterpriseDevelopers = lazyCompile(`(?i)\btrust(?:ing)? (?:the |an |this |my |our |their )?enterprise developers?\b`)
	reAppOrDeviceNamed     = lazyCompile(`(?i)\bapps?\b|\biPhone|\biPad|\biOS\b|\binstall|\bdevices?\b|\bprofiles?\b|\bcertificates?\b|\bSettings\b|\bDevice Management\b`)
	// reKilledNegated: "did not get Killed: 9", the kill said not to
	// have happened.
	// reStrictNegated: strict verification said not to fail.
	reStrictNegated = lazyCompile(`(?i)(?:\bnot|n['’]t|\bnever|\bno longer) fail(?:s|ed)? (?:the )?strict\b`)
	// reUnidentifiedNegated: the "unidentified developer" warning named as
	// the one that was not shown.
	reUnidentifiedNegated = lazyCompile(`(?i)\b(?:is|was)(?: not|n['’]t) (?:the|an?) (?:expected |usual |normal |typical |regular )?["“']?(?:unknown|unidentified) developer["”']? (?:warning|alert|dialog|pop-?up)`)
	reKilledNegated       = lazyCompile(`(?i)\b(?:did not|didn['’]?t|never|no longer) (?:get|got|see|saw|hit)\b[^\n]{0,10}?\bKilled\b`)
	// reTrashNegated: macOS said never to have asked to move the app to
	// the Trash.
	reTrashNegated = lazyCompile(`(?i)\bmac\s?OS\b[^.\n]{0,20}?\b(?:never|didn['’]?t|did not|doesn['’]?t|does not|no longer)\b[^.\n]{0,6}?\b(?:wants|wanted|tells|told|asks|asked|says|said)\b(?: me)? to move`)
	// reAppleWordsElsewhere: Gatekeeper's words said of a Windows driver or
	// an Android APK, which Apple neither approves nor scans.
	reAppleWordsElsewhere = lazyCompile(`(?i)\bApple[- ]approved certificate\b|\bfree (?:of|from) malware\b`)
	// reOfficeStapler: the stapler on a desk, which jams.
	reOfficeStapler = lazyCompile(`(?i)\boffice stapler\b|\b(?:paper |staple )?jam(?:s|med)?\b|\bstaples\b`)
	reNotaryNamed   = lazyCompile(`(?i)\bxcrun\b|\bnotar|\.(?:app|dmg|pkg|zip)\b|\bApple\b|\bmac\s?OS\b`)
)

// alsoSkip drops entry id's occurrences for which skip holds, besides its
// rule's skip. Out of line, as rule is.
//
//go:noinline
func alsoSkip(id string, skip func(near, all string) bool) {
	e := Lookup(id)
	if e == nil {
		panic("look-alike skip for unknown entry " + id)
	}
	e.elsewhere = append(e.elsewhere, skip)
}

func (e *Entry) skipsElsewhere(near, all string) bool {
	for _, f := range e.elsewhere {
		if f(near, all) {
			return true
		}
	}
	return false
}

// saidElsewhere: the words generic matches in near are another system's,
// or only mentioned: the paste names another system (or says the words are
// printed nowhere) and, once those words are taken out, nothing of Apple's.
// nothingAppleBeyond: all names no Apple product, Apple or a Mac once the
// message's own words (generic) are left out.
func nothingAppleBeyond(generic *lazyRegexp, all string) bool {
	rest := generic.get().ReplaceAllString(all, "")
	return !reAppleProductNamed.MatchString(rest) && !appleOrMacNamed(rest)
}

func saidElsewhere(generic *lazyRegexp) func(near, all string) bool {
	return func(near, all string) bool {
		if !generic.MatchString(near) {
			return false
		}
		if !reOtherSystemNamed.MatchString(all) && !reOtherSystem.MatchString(all) && !reOtherPlatform.MatchString(all) &&
			!reNamedElsewhere.MatchString(all) && !reMentionOnly.MatchString(all) {
			return false
		}
		return nothingAppleBeyond(generic, all)
	}
}

func init() {
	for id, generic := range map[string]string{
		"text-invalid-entitlements":              `Illegal entitlement key/value pair`,
		"text-bundle-format":                     `\bCodeSign: Unknown bundle type\b`,
		"text-csreq-67050":                       `\bTeam ID(?: matching)?:[ \t]{0,3}(?:[A-Z0-9]{10})?[ \t]{0,3}\(expected:[ \t]{0,3}[A-Z0-9]{10}[ \t]{0,3}\)|\bTeam IDs do not match\b`,
		"text-requirement-invalid":               `\bThe key [“"'‘]?CodeRequirement[”"'’]? has an invalid value\b|\binvalid CodeRequirement\b`,
		"text-install-no-valid-profile":          `\bis missing a valid\s+provisioning profile\b`,
		"text-install-invalid-entitlements":      `\bsigned with invalid entitlements|\bhas value not permitted by\b|\bmismatch(?:es)? between (?:the )?entitlements\b`,
		"text-integrity-not-verified":            `\bintegrity (?:not|un)[- ]?verified\b|\bunverifiable integrity\b`,
		"text-testflight-beta-expired":           `\bbeta (?:isn['’‘]?t|is not) accepting any (?:new|more) testers|\bnot (?:currently\s+)?accepting (?:any )?(?:new |more )?testers\b|\bThis build i?s? no longer available\b`,
		"text-spctl-rejected-development":        `\bsignature does not match any Gatekeeper policy\b`,
		"text-gatekeeper-unverified":             `\bnot passing (?:the )?notari[sz]ation checks?\b|\bCommand failed: (?:/usr/sbin/)?spctl (?:--assess|-a)\b`,
		"text-identity-not-found":                `\b(?:code ?)?signing identity\b[^.\n]{0,20}?\b(?:(?:is|was|being) (?:non-?existe?a?nt|missing|not (?:found|present|installed))|does(?:n'?t| not) exist)\b`,
		"text-keychain-prompt-signature-changed": `\b(?:asks?|asking|asked|prompts?|prompting|prompted)\b(?: me| you| users?)?(?: for)?(?: my| your| the)? keychain (?:password|access)\b|\bprompt(?:s|ing|ed)?(?: (?:the )?(?:users?|me|you))? (?:on|at|with|for) (?:every|each) (?:launch|start|update|run)\b`,
		"text-codesign-key-access-prompt":        `\b(?:codesign|code ?sign(?:ing)? (?:phase|step|job))\b[^\n.]{0,80}?\b(?:(?:GUI|UI|keychain|password) )?(?:prompt(?:s|ed)?|pops? up|pop-?up|dialog)\b|\bcodesign["”]? wants? (?:to )?(?:access|acces|acess|use|sign)\b`,
		"text-p12-import-failed":                 `(?-i:MAC) verification fail(?:ed|ures?)\b|\bfailed to import keychain certificate\b`,
		"text-system-extension-rejected":         `\bnot in the list of allowed extensions\b|\bActivation decision\b[^\n]{0,120}?\bis: Deny\b`,
		"text-privacy-access-refused":            `\bis not allowed assistive access\b`,
		"text-no-secure-timestamp":               `\btimestamp=none\b|\bnotari[sz]\w*\b`,
		"text-notary-auth":                       `\bprivate key for JWT\b|\bnotari[sz]\w*\b`,
		"text-stapler-failed":                    `\bstapl(?:e|es|er|ing)\b[^\n]{0,100}?\b(?:error|code|exit (?:code|status))\s*:?\s*(?:6[4-9]|7[0-3])\b`,
		"text-notary-unreachable":                `\bHTTPError\(statusCode: nil\b|\bHTTPClientError\.\w+|\bnotari[sz]\w*\b|\bThe Internet connection appears to be offline\b`,
		"text-profile-missing-certificate":       `\bprovision(?:ing)? profile (?:doesn't|does not|didn't|did not) (?:include|match) (?:the |my |your )?(?:provided |selected |current |new )?(?:signing |code ?signing )?certificate\b`,
		"text-no-profiles-found":                 `\bNo unexpired provisioning profiles found\b|\bNo (?:["“'][A-Za-z ]{2,40}["”'] )?profiles? for team '[^'\n]{1,40}' matching '[^'\n]{1,160}' are installed|\bno provisioning profiles? match(?:es)? ['"‘“][^'"’”\n]{1,160}['"’”]`,
		"text-profile-doesnt-support":            `\bPersonal development teams\b[^\n]{0,80}?\bdo not support\b`,
		"text-eas-capability-sync-failed":        `\bFailed to sync capabilit(?:ies|y identifiers) [A-Za-z0-9.\-]+|\bUnexpected error occurred while attempting to update capabilities for app\b`,
		"text-conflicting-provisioning-settings": `\bdoes not support provisioning profiles\.`,
		"text-team-access-denied":                `\bYou currently don't have access to this membership resource\b`,
		"text-codesign-command-failed":           `\bThe following build commands failed:\s?(?:\[[^\]]{0,12}\]\s?|\d{1,2}:\d{2}:\d{2}\s{1,8})?CodeSign \S{1,300}|\bCode signing failed, see editor log for details\b|\b(?:Could not|Couldn't|Unable to) code[- ]?sign\b`,
		"text-profile-wrong-kind":                `\bwhich (?:doesn't|does not) match the current platform\b|\bplatform "?[A-Za-z ]{2,20}"?,?`,
		"text-login-item-register-failed":        `\b(?:regist(?:er|ering|ered|ration)|login item)\b[^\n]{0,160}?(?:The operation couldn[’']t be completed\.|Operation not permitted)[^\n]{0,40}|\bOperation not permitted\b`,
	} {
		alsoSkip(id, saidElsewhere(lazyCompile(`(?i)`+generic)))
	}
	alsoSkip("text-gatekeeper-unverified", func(near, all string) bool {
		return reGatekeeperNotMacs.MatchString(near) && !reAppleProductNamed.MatchString(all)
	})
	alsoSkip("text-untrusted-developer", func(near, all string) bool {
		return reEnterpriseDevelopers.MatchString(near) && !reAppOrDeviceNamed.MatchString(all)
	})
	alsoSkip("text-gatekeeper-unverified", func(near, _ string) bool { return reTrashNegated.MatchString(near) })
	alsoSkip("text-gatekeeper-unverified", func(near, all string) bool {
		return reAppleWordsElsewhere.MatchString(near) && reOtherPlatform.MatchString(all) && !reMacNamed.MatchString(all)
	})
	alsoSkip("text-stapler-failed", func(near, all string) bool {
		return reOfficeStapler.MatchString(near) && !reNotaryNamed.MatchString(all)
	})
	alsoSkip("text-killed-at-launch", func(near, _ string) bool { return reKilledNegated.MatchString(near) })
	alsoSkip("text-code-signature-modified", func(near, _ string) bool { return reStrictNegated.MatchString(near) })
	alsoSkip("text-gatekeeper-unverified", func(near, _ string) bool { return reUnidentifiedNegated.MatchString(near) })
}

// Look-alikes of the readings added since the fifth review (held-out rounds
// 150 and 155 to 161, and the Xcode message table): the same words in
// another system's message, or named in prose.
var (
	// reDeviceLimitWords: the device limit's own words, which name
	// Apple's device kinds.
	reDeviceLimitWords = lazyCompile(`(?i)\bteam has (?:already )?reached the maximum number of [A-Za-z ]{1,30} devices\b`)
	// reRequirementProse: a step of one's own pipeline said to require a
	// profile, not Xcode naming a target that does.
	reRequirementProse = lazyCompile(`(?i)(?:^|[\s(])(?:step|task|job|stage|lane|pipeline|workflow)\s[^"“”'\[\]\n]{0,60}?\brequires a provisioning profile\.`)
)

func init() {
	for id, generic := range map[string]string{
		"text-code-signature-invalid":      `\bCODESIGNING 2,? Invalid Page\b`,
		"text-device-limit":                `\bteam has (?:already )?reached the maximum number of [A-Za-z ]{1,30} devices\b`,
		"text-requires-development-team":   `\bNo account for team "[^"\n]{1,40}"\.?[^\n]{0,120}|\bNo Team Found in Archive\b`,
		"text-gatekeeper-damaged":          `\bGatekeeper\b[^.\n]{0,80}?["“][^"”\n]{1,60}? is damaged\W?["”]`,
		"text-spctl-rejected-development":  `\bdifferent code-?signature\. EXPECTED [^\n]{1,120}? but FOUND (?:Apple Development|Mac Developer|Mac Development|iPhone Developer): [^()\n]{1,80}\([A-Z0-9]{10}\)`,
		"text-codesign-command-failed":     `\bCodeSign /[^\s()]{1,300}\.(?:app|appex|framework|xctest|dylib)\s{1,8}\(\d+ failures?\)`,
		"text-profile-missing-certificate": `\bITMS-90284\b|\bProvisioning profile "[^"\n]{1,160}" (?:doesn't|doesn’t|does not) include signing cert[a-z]{0,6}\b|\bmismatch between specified provisioning profile and signing identity\b`,
		"text-bundle-format":               `\bCouldn't resolve framework symlink for '[^'\n]{1,300}'|\bMalformed Framework - The framework bundle\b[^\n]{0,300}?\bsymbolic link\b|\bsym(?:bolic )?links?\b[^\n]{0,250}?\bobject (?:is )?not signed at all\b`,
		"text-identity-not-found":          `\bno signing identity matches '[^'\n]{1,160}'|\bfailed to resolve signing identity\b`,
		"text-no-profiles-found":           `\ba valid provisioning profile matching the application's Identifier '[^'\n]{1,160}' could not be found|\bLocating signing assets failed\b|\bXcode couldn't find a provisioning profile matching '[^'\n]{1,160}'`,
		"text-profile-missing-entitlement": `(?:doesn't|doesn’t|does not) include the ["“'](?:com\.apple\.[A-Za-z0-9_.\-]{3,120}|aps-environment|keychain-access-groups|(?:com\.apple\.)?application-identifier|get-task-allow|beta-reports-active)["”'] entitlement`,
		"text-automatic-signing-failed":    `\bAutomatic signing is unable to resolve an issue with the "[^"\n]{1,160}" target's entitlements`,
		"text-xcode-account-unavailable":   `\bexportArchive:? No Accounts\b|\bNo Accounts with App Store Connect Access\b|\bUnable to log in with account '[^'\n]{1,80}'\. An unexpected failure occurred while logging in`,
	} {
		alsoSkip(id, saidElsewhere(lazyCompile(`(?i)`+generic)))
	}
	// A device cap of a licence, a plan or a subscription, where nothing
	// but the device kind names Apple.
	alsoSkip("text-device-limit", func(_, all string) bool {
		return reDeviceCapOther.MatchString(all) && !reAppleSigningContext.MatchString(reDeviceLimitWords.get().ReplaceAllString(all, ""))
	})
	alsoSkip("text-gatekeeper-damaged", func(near, all string) bool {
		return reGatekeeperNotMacs.MatchString(near) && !reAppleProductNamed.MatchString(all)
	})
	alsoSkip("text-no-profiles-found", func(near, _ string) bool { return reRequirementProse.MatchString(near) })
	// @electron/osx-sign's debug note that it goes on without a profile
	// (none is needed outside the Mac App Store).
	alsoSkip("text-no-profiles-found", func(near, _ string) bool { return reProfileNotEmbedded.MatchString(near) })
}
