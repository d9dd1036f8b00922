package text

// Look-alikes of the readings added for held-out rounds 184 to 186 (the
// twelfth look-alike review, lookalike_rl_test.go): the same words in
// another system's message, or in prose that only mentions them.

var (
	// reProseRL: a changelog, a fix note or a code or script comment
	// quoting a message rather than meeting it.
	reProseRL = lazyCompile(`(?im)^\W{0,6}(?:changelog|release notes)\b[^\n]{0,20}?:|^\W{0,6}Fixed:|\bno longer (?:emits?|prints?|says?|shows?|logs?|reports?|flags?|needs?)\b|^\s*(?://|#|/\*|\*)[^\n]{0,80}?\b(?:prints?|returns?|says?|logs?|throws?|emits?|outputs?|reports?)\s+["“'‘]`)
	// reAppleVerifiesOtherRL: Apple's services that verify a card, a
	// company, a device or a sign-in, not an app.
	reAppleVerifiesOtherRL = lazyCompile(`(?i)\bApple Pay\b|\bApple Wallet\b|\bWallet on (?:my|the) (?:iPhone|iPad|Watch)\b|\b(?:Business|School) Manager\b|\bFind My\b|\bSign in with Apple\b|\benrol(?:l)?ment\b|\bD-?U-?N-?S\b|\bAirTag\b|\bAirPods\b|\bcard ending\b`)
	reAppleCantVerifyRL    = lazyCompile(`(?i)\bApple (?:can'?t|cannot|can not|could not|couldn'?t) verify\b`)
	reAppAlertWordsRL      = lazyCompile(`(?i)malware|\.app\b|Move to (?:the )?Trash|\bGatekeeper\b|\b(?:open|launch|install|download)(?:s|ed|ing)?\b`)
	// reAllowedNotAppRL: what else is allowed in Privacy & Security (an
	// extension, a VPN, a driver) or what an opened app cannot open.
	reAllowedNotAppRL = lazyCompile(`(?i)\bextensions?\b|\bVPN\b|\bscreen shar\w*|\bvault\b|\bdrivers?\b|\bplug-?ins?\b`)
	// reOtherOSAppOnMacRL: a Windows or Android app run on a Mac
	// (Parallels, CrossOver, Wine, an emulator), whose "damaged" is its
	// own system's.
	reOtherOSAppOnMacRL = lazyCompile(`(?i)\bWindows (?:app|application|program)s?\b|\bWine\b|\bCrossOver\b|\bParallels\b|\bWhisky\b|\.exe\b|\bemulator\b|\bAPKs?\b|\bINSTALL_FAILED_\w+|\bAndroid (?:app|Studio)\b`)
	// reMalwareVerdictRL: a verdict on a Mac that is not XProtect's (an
	// endpoint tool, Play Protect) or a fake dialog; reDialogNotShownRL:
	// the dialog said never to have shown.
	reMalwareVerdictRL = lazyCompile(`(?i)\bJamf Protect\b|\bPlay Protect\b|\bEDR\b|\bfake\b|\bscam\b|\bphishing\b`)
	reDialogNotShownRL = lazyCompile(`(?i)\b(?:alert|dialog|warning|pop-?up|prompt)\b[^.\n]{0,12}?\b(?:never (?:showed|appeared|popped up)|did(?:n['’]?t| not) (?:show|appear|pop up))\s*[;,.]`)
	// reIntegrityOfBackupRL: a backup's integrity, checked on restoring.
	reIntegrityOfBackupRL = lazyCompile(`(?i)\bbackups?\b|\brestor(?:e|ed|ing)\b|备份|存档|恢复`)
	reSideloadWordsRL     = lazyCompile(`(?i)\bipa\b|签名|描述文件|sideload|TrollStore`)
	// reOtherProfileRL: profiles that carry certificates but sign nothing
	// (Wi-Fi, VPN, a browser's, a mail client's, an MDM's).
	reOtherProfileRL = lazyCompile(`(?i)\bWi-?Fi\b|\bVPN\b|\bEAP(?:-TLS)?\b|\bIKEv2\b|\b802\.1X\b|\bconfiguration profile\b|\bMDM\b|S/MIME|\bFirefox\b|\bThunderbird\b|\bbrowser\b|\bproxy\b`)
)

// newWordsRL: the new readings' words by entry, one regexp per entry.
var newWordsRL = map[string]*lazyRegexp{}

func init() {
	for id, words := range map[string]string{
		"text-gatekeeper-unverified":       `\bbecause Apple (?:could not|couldn'?t|cannot|can'?t|can not) verify\b|\bApple (?:can'?t|cannot|can not|could not|couldn'?t) verify (?-i:[A-Z0-9])`,
		"text-gatekeeper-damaged":          `\b(?:app|application|\.app["”']?) was damaged and (?:could not|couldn'?t|can'?t|cannot|can not) be opened\b|\b(?:app|application)s? (?:is|are|was|were) ["“']damaged["”']`,
		"text-gatekeeper-will-damage":      `\b(?:flag|mark|label)\w* (?:it |them |the app |this app |the dmg )?as (?:a )?malware\b|\bmalware (?:dialog|alert|warning|pop-?up|prompt|notification|message)\b`,
		"text-cert-expired":                recoveryInstallerRefused,
		"text-kext-not-approved":           `\bSystem policy prevents loading the kernel extension\b`,
		"text-no-profiles-found":           `/Provisioning Profiles/?['"]?: No such file or directory|ENOENT: no such file or directory, \w+ ['"]?[^'"\n]{0,200}?/Provisioning Profiles`,
		"text-free-team-limit":             `\bauthorized by a free provisioning profile\b`,
		"text-profile-missing-certificate": `\b(?:provisioning profile|the profile)[\s_*"'“”‘’]{1,5}(?:doesn't|doesn’t|does not)\s+include`,
		"text-integrity-not-verified":      `\bintegrity (?:could not|couldn['’]?t|cannot|can not|can['’]?t|cant) (?:be )?checked\b|(?:未能?|没有|沒有)(?:通过)?(?:验证|驗證)(?:其|它的|应用的?)?完整性`,
	} {
		newWordsRL[id] = lazyCompile(`(?i)` + words)
	}
	// Each skipped in a changelog, a fix note or a comment.
	for id, w := range newWordsRL {
		alsoSkip(id, func(near, _ string) bool { return w.MatchString(near) && reProseRL.MatchString(near) })
	}
	said := func(id, near string) bool { return newWordsRL[id].MatchString(near) }
	// "Apple can't verify" a card, a company or a device, in Apple's
	// other services.
	alsoSkip("text-gatekeeper-unverified", func(near, all string) bool {
		return said("text-gatekeeper-unverified", near) && reAppleCantVerifyRL.MatchString(near) && reAppleVerifiesOtherRL.MatchString(all) && !reAppAlertWordsRL.MatchString(all) ||
			reOverrideTold.MatchString(near) && reAllowedNotAppRL.MatchString(near)
	})
	alsoSkip("text-gatekeeper-damaged", func(near, _ string) bool {
		return said("text-gatekeeper-damaged", near) && reOtherOSAppOnMacRL.MatchString(near) && !reDamagedAlertWords.MatchString(near)
	})
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return said("text-gatekeeper-will-damage", near) && (reMalwareVerdictRL.MatchString(near) && !reXProtectAlertWords.MatchString(all) || reDialogNotShownRL.MatchString(near))
	})
	// A backup's integrity, in English or Chinese, where nothing is
	// sideloaded.
	alsoSkip("text-integrity-not-verified", func(near, all string) bool {
		return said("text-integrity-not-verified", near) && reIntegrityOfBackupRL.MatchString(all) && !reSideloadWordsRL.MatchString(all)
	})
	alsoSkip("text-profile-missing-certificate", func(near, all string) bool {
		return said("text-profile-missing-certificate", near) && reProfileCertRetoldBare.MatchString(near) && reOtherProfileRL.MatchString(all) && !reCodeSigningWords.MatchString(all)
	})
}
