package text

// Look-alikes of the readings added for held-out rounds 172 to 176 (the
// tenth look-alike review, lookalike_rj_test.go): the same words in
// another system's message, or in prose that only mentions them.

var (
	// reCertUnreadOrImportExitRJ: the round's certificate-install words
	// (openssl's, and security import told by its exit status).
	reCertUnreadOrImportExitRJ = lazyCompile(`(?i)\bunable to load certificate\b|\bpkcs12: Unrecognized flag\b|\bsecurity import\b[^→>\n]{0,120}?(?:→|->) ?exit(?: code| status)?:? ?[1-9]|\bsecurity import\b\x60?['"]? (?:command )?(?:failed|exited) with\b`)
	// reOtherCertificateRJ: certificates that sign no code, which a Mac's
	// keychain holds too (a root CA, a proxy's, TLS, VPN, Wi-Fi, S/MIME,
	// a PDF signer's), and the systems that use them.
	reOtherCertificateRJ = lazyCompile(`(?i)\broot (?:CA|certificate)\b|\bCA\b|\bproxy\b|\bTLS\b|\bVPN\b|\bWi-?Fi\b|\bEAP\b|S/MIME|\bmitmproxy\b|\bCharles\b|\bZscaler\b|\bKubernetes\b|\bkubectl\b|\bDocker\b|\bclient certificate\b|\bPDF\b|\bnginx\b|\bTomcat\b|\bkeystore\b|\bAnyConnect\b|\bregistry\b`)
	// reCodeSigningCertRJ: a code-signing certificate or its install step
	// named (reCodeSigningWords without "security import", which is the
	// look-alikes' own word).
	reCodeSigningCertRJ = lazyCompile(`(?i)codesign|code ?sign|xcodebuild|productsign|fastlane|provisioning|Developer ID|Apple (?:Development|Distribution|certificate)|iPhone (?:Developer|Distribution)|\b(?:iOS|Mac) (?:Distribution|Development)\b|\bDistribution certificate\b|\bInstall ?Apple ?Certificate\b`)
	// reNoLongerSaysRJ: a changelog's fix of a message, quoted.
	reNoLongerSaysRJ = lazyCompile(`(?i)\bno longer (?:emits?|produces?|reports?|prints?|shows?|logs?|gives?|says?|throws?)\s+["“'‘]`)
	// reSigningCertsAskedRJ: fetch-signing-files' words asked about, not
	// met.
	reSigningCertsAskedRJ = lazyCompile(`(?i)\bDid not find [A-Z_]{3,40} Signing Certificates\?`)
	reBundleIDMissingRJ   = lazyCompile(`(?i)\bdoesn['’]t have a bundle identifier\b`)
	// reFishSIGKILLRJ: fish's line for a job killed with SIGKILL; reKilledElsewhereRJ:
	// a Linux system, a container or a user's kill beside it.
	reFishSIGKILLRJ     = lazyCompile(`(?i)\bfish: (?:Job \d{1,5}, )?(?:'[^'\n]{1,200}'|["“][^"”\n]{1,200}["”]) terminated by signal SIGKILL\b`)
	reKilledElsewhereRJ = lazyCompile(`(?i)\b(?:Fedora|Debian|Arch|Raspberry Pi|systemd(?:-oomd)?|WSL2?|OOM\w*|out of memory|kubectl|pod|container|Docker)\b|\bkill -(?:9|KILL|s KILL)\b|\bpkill\b|\bkillall\b`)
	// reOtherSideloadTargetRJ: devices other than Apple's that sideload
	// apps (a TV, a watch, a headset, Android).
	reOtherSideloadTargetRJ = lazyCompile(`(?i)\bFire ?TV\b|\bRoku\b|\bGarmin\b|\bConnect IQ\b|\bAndroid\b|\bAPKs?\b|\bSideQuest\b|\bQuest\b|\bTizen\b|\bKodi\b|\.prg\b`)
)

func init() {
	// A certificate that signs no code, imported into a Mac's keychain,
	// or a changelog's or a comment's mention of the step.
	alsoSkip("text-p12-import-failed", func(near, all string) bool {
		return reCertUnreadOrImportExitRJ.MatchString(near) && (reOtherCertificateRJ.MatchString(all) && !reCodeSigningCertRJ.MatchString(all) ||
			reResolvedProse.MatchString(near) || reCommentQuotesMessage.MatchString(near))
	})
	alsoSkip("text-no-signing-certificate", func(near, _ string) bool { return reSigningCertsAskedRJ.MatchString(near) })
	alsoSkip("text-bundle-identifier-missing", func(near, _ string) bool {
		return reBundleIDMissingRJ.MatchString(near) && (reNoLongerSaysRJ.MatchString(near) || reCommentQuotesMessage.MatchString(near))
	})
	alsoSkip("text-killed-at-launch", func(near, all string) bool {
		return reFishSIGKILLRJ.MatchString(near) && reKilledElsewhereRJ.MatchString(all) && !appleOrMacNamed(all)
	})
	alsoSkip("text-free-team-limit", func(near, all string) bool {
		return reMaxAppLimit.MatchString(near) && reOtherSideloadTargetRJ.MatchString(all) && !reSideloadToolNamed.MatchString(all) && !appleOrMacNamed(all)
	})
}
