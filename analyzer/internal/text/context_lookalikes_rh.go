package text

// Look-alikes of the readings added for held-out rounds 163 to 169 (the
// eighth look-alike review, lookalike_rh_test.go): the same words in
// another system's message, or in prose that only mentions them.

var (
	// reKillerElsewhere: another system named as what kills unsigned code
	// ("Unlike macOS, Windows Defender kills unsigned executables").
	reKillerElsewhere = lazyCompile(`(?i)\b(?:Defender|SELinux|AppArmor|Falco|Play Protect|Android|Windows|Linux|antivirus|EDR|CrowdStrike)\b[^.\n]{0,20}?\b(?:kills|killed|SIGKILLs|SIGKILLed) (?:the |any |all )?(?:unsigned|ad[- ]hoc)`)
	// reSysextInSource: an error code's name in source code or a changelog
	// (a case label, a comment, code that handles it), not an error met.
	reSysextInSource    = lazyCompile(`(?im)^\s*(?:case\b|//|/\*|\*)[^\n]{0,80}?OSSystemExtensionError|\bhandl(?:e|es|ed|ing)\b[^\n]{0,40}?\bOSSystemExtensionError|OSSystemExtensionError[^\n]{0,60}?\bis handled\b|\bOSSystemExtensionError\w*[^\n]{0,30}?\b(?:code|value) \d{1,2} means\b`)
	reSysextFailureSaid = lazyCompile(`(?i)didFailWithError|Error Domain=|\bfailed with\b|\bcalled with\b|\breturn(?:s|ed)\b`)
	// reSysextNamed: a system extension in the paste, whose category check
	// is what "extension category returned error" reports.
	reSysextNamed    = lazyCompile(`(?i)OSSystemExtension|sysextd|system ?extension|DriverKit|\bdext\b|camera extension|network extension|\bCMIO|\bNEMachServiceName\b|validationFailed`)
	reSysextCategory = lazyCompile(`(?i)\bextension category returned\b`)
	// reTeamMismatchDenied: a Team ID mismatch ruled out.
	reTeamMismatchDenied = lazyCompile(`(?i)\b(?:not|isn['’]?t|wasn['’]?t|no|never) (?:a |an |the )?(?:code signing )?Team IDs? mismatch|\bsuspected (?:a |an )?Team IDs? mismatch\b|\bTeam IDs? mismatch\b[^.\n]{0,12}?\bat all\b`)
	// reBareReasonMention: electron-builder's bare reason said of a
	// certificate on a runner, or said to be expected.
	reBareReasonMention = lazyCompile(`(?i)\bcannot find valid "[^"\n]{1,80}"\s+(?:certificate|cert|is expected|was expected)\b`)
	// reOtherKeyKind: git's GPG or SSH signing keys kept in a keychain.
	reOtherKeyKind = lazyCompile(`(?i)\bNo valid (?:GPG|SSH|PGP|OpenPGP|git|Windows|Android|Java) code signing ke`)
	// reProfileNotFoundProse: the profile not found, told in a person's
	// words (catalogue_xcode.go), and systems with provisioning profiles
	// of their own (eSIM, Autopilot, cloud provisioning).
	reProfileNotFoundProse  = lazyCompile(`(?i)\b(?:cannot|can'?t|can not|could not|couldn'?t) find (?:a |the |any |my )?(?:valid |matching )?provisioning profile\b`)
	reProvisioningElsewhere = lazyCompile(`(?i)\bTerraform\b|\bAnsible\b|\bplaybook\b|\bPulumi\b|\bVMs?\b|\bPVCs?\b|\bSIM\b|\bSCIM\b|\bPIM\b|Just-In-Time|\bAWS\b|\bGCP\b|\bcosign\b|\bDocker\b`)
	reResolvedProse         = lazyCompile(`(?i)\bchangelog\b|\bFixed:|\bBefore the fix\b`)
	// reProvisioningExpired: "this provisioning has expired" (catalogue_xcode.go).
	reProvisioningExpired = lazyCompile(`(?i)\b(?:this|the|my|your|its|our) provisioning (?:has|had) (?:already )?expired\b`)
	// reRequestedIdentifierMention: Apple's sentence named in a changelog.
	reRequestedIdentifierMention = lazyCompile(`(?i)\bchangelog\b[^\n]{0,80}?\bno provisioning profile with the requested identifier\b|\bhandles? ["“]There is no provisioning profile with the requested identifier\b`)
	// reGymAdviceElsewhere: gym's advice lines in a VPN client's or a
	// mail client's words, or in a README's instructions.
	reGymAdviceElsewhere = lazyCompile(`(?i)\b(?:VPN|AnyConnect|Cisco|Outlook|PST|Thunderbird)\b[^\n]{0,40}?\bMake sure you have the profile on this computer\b|\bto download and install the provisioning profile (?:before|first|then)\b`)
	// reLinkeditOtherTool: another of cctools' programs said to refuse the
	// layout (lipo, strip), codesign said not to.
	reLinkeditOtherTool = lazyCompile(`(?i)\b(?:lipo|strip|install_name_tool|otool|vtool)\b[^\n]{0,30}?\b(?:says?|said|complains?|complained|reports?|prints?|fails?|gives?)\b[^\n]{0,12}?:?\s*(?:fatal error: )?the __LINKEDIT segment`)
	// reOtherOSSaysDamaged: Windows, Android or Linux said the file is damaged.
	reOtherOSSaysDamaged = lazyCompile(`(?i)\b(?:Windows(?: \d{1,2})?|Android|Linux|Ubuntu|Switch|Avast|Norton)\b[^.\n]{0,20}?\b(?:says?|said|shows?|showed|reports?|reported)\b[^.\n]{0,60}?\bdamaged\b`)
	// reMalwareElsewhere: a mail service, an antivirus or a document
	// reader blocking or moving malware, with XProtect not named.
	reMalwareElsewhere   = lazyCompile(`(?i)\bGmail\b|\bOutlook\b|\bBitdefender\b|\bNorton\b|\bAvast\b|\bDefender\b|\bSophos\b|\bKaspersky\b|\bESET\b|\bMalwarebytes\b|\bMcAfee\b|\bAcrobat\b|\bAdobe\b|\battachment\b|\bembedded file\b|\bquarantine\b`)
	reXProtectOrAppNamed = lazyCompile(`(?i)\bXProtect\b|\.app\b|This action did not harm your Mac`)
	reMythDenied         = lazyCompile(`(?i)\bmyth\b|\bIt (?:does(?:n['’]?t| not)|never does)\b`)
)

func init() {
	alsoSkip("text-killed-at-launch", func(near, _ string) bool { return reKillerElsewhere.MatchString(near) })
	alsoSkip("text-system-extension-rejected", func(near, all string) bool {
		return reSysextInSource.MatchString(near) && !reSysextFailureSaid.MatchString(all) ||
			reSysextCategory.MatchString(near) && !reSysextNamed.MatchString(all)
	})
	alsoSkip("text-library-validation", func(near, _ string) bool { return reTeamMismatchDenied.MatchString(near) })
	alsoSkip("text-identity-not-found", func(near, _ string) bool {
		return reOtherKeyKind.MatchString(near) || reBareReasonMention.MatchString(near)
	})
	alsoSkip("text-no-profiles-found", func(near, all string) bool {
		if !reProfileNotFoundProse.MatchString(near) {
			return false
		}
		return reResolvedProse.MatchString(near) || saidElsewhere(reProfileNotFoundProse)(near, all) ||
			reProvisioningElsewhere.MatchString(all) && !appleOrMacNamed(reProfileNotFoundProse.get().ReplaceAllString(all, ""))
	})
	alsoSkip("text-no-profiles-found", func(near, _ string) bool {
		return reRequestedIdentifierMention.MatchString(near) || reGymAdviceElsewhere.MatchString(near)
	})
	alsoSkip("text-profile-expired", func(near, all string) bool {
		if !reProvisioningExpired.MatchString(near) {
			return false
		}
		return saidElsewhere(reProvisioningExpired)(near, all) ||
			reProvisioningElsewhere.MatchString(all) && !appleOrMacNamed(reProvisioningExpired.get().ReplaceAllString(all, ""))
	})
	alsoSkip("text-codesign-command-failed", func(near, all string) bool {
		return reProvisioningElsewhere.MatchString(all) && !reAppleProductNamed.MatchString(all) && !reMacNamed.MatchString(all)
	})
	alsoSkip("text-codesign-internal-error", func(near, _ string) bool { return reLinkeditOtherTool.MatchString(near) })
	alsoSkip("text-gatekeeper-damaged", func(near, all string) bool {
		return reDamagedBinRetold.MatchString(near) && !reDamagedAlertWords.MatchString(near) && (reOtherOSSaysDamaged.MatchString(near) || reMalwareElsewhere.MatchString(near))
	})
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return reMalwareElsewhere.MatchString(near) && !reXProtectOrAppNamed.MatchString(all) || reMythDenied.MatchString(near)
	})
}
