package text

// Look-alikes of the readings added for the tools' message tables
// (the seventh look-alike review, lookalike_rg_test.go: fastlane, the desktop and mobile packagers, .NET and Godot, codesign,
// Gatekeeper's alerts): the same words in another system's message, or
// named in prose about another system.

var (
	// reNamedElsewhereTools: systems whose messages share these tools'
	// words (a store's sandbox review, a signer's identity, a profile or
	// team of a cloud account, a device list); not the CI systems and
	// clouds that run Apple builds too (Jenkins, GitLab, Docker, AWS).
	reNamedElsewhereTools = lazyCompile(`(?i)\bSigstore\b|\bcosign\b|\bTailscale\b|\btailnet\b|\bSnapcraft\b|\bSnap Store\b|\bFlathub\b|\bSolaris\b|\bAWS CLI\b|~/\.aws/|\bFirefox\b|\bNotary v[12]\b|\bDocker (?:Notary|Content Trust)\b|\bgit-crypt\b|\bAnsible\b|\bKerberos\b|\bMailchimp\b|\bMicrosoft Teams\b|\bAzure AD\b|\bGodot (?:Android|Windows|Linux)\b|\bGDK\b|\buser\.signingkey\b|\bSSH signing\b|\bDebian\b|\bsources\.list\b`)
	// reTitleNotOpened: an e-mail, a campaign or a ticket reported as not
	// opened, not macOS 15's alert title.
	reTitleNotOpened = lazyCompile(`(?i)\b(?:e-?mail|message|mail|campaign|newsletter|ticket|issue|task|case|card|link|letter|invoice|attachment)s?:?\s+["“][^"”\n]{1,80}["”]\s+Not Opened\b`)
	// reThirdPartyAntivirus: another antivirus that moved a file to the
	// Trash, not XProtect.
	reThirdPartyAntivirus = lazyCompile(`(?i)\b(?:Avast|AVG|Norton|McAfee|Malwarebytes|Sophos|Bitdefender|Kaspersky|ESET|Defender|Intego|Webroot|Trend Micro|CrowdStrike|SentinelOne)\b`)
	reXProtectNamed       = lazyCompile(`(?i)\bXProtect\b|\bGatekeeper\b|\bApple\b`)
)

// saidElsewhereTools is saidElsewhere with these systems named too.
func saidElsewhereTools(generic *lazyRegexp) func(near, all string) bool {
	plain := saidElsewhere(generic)
	return func(near, all string) bool {
		if plain(near, all) {
			return true
		}
		if !generic.MatchString(near) || !reNamedElsewhereTools.MatchString(all) {
			return false
		}
		return nothingAppleBeyond(generic, all)
	}
}

func init() {
	for id, generic := range map[string]string{
		"text-invalid-signature-upload":  `\bInvalid Signature - the nested app bundle\b|\bnot signed (?:using|with) an Apple submission certificate\b`,
		"text-app-sandbox-not-enabled":   `\bApp sandbox (?:is required for App Store distribution|not enabled)\b`,
		"text-bundle-format":             `\bCode Signing: Cannot sign file \S[^\n]{0,200}`,
		"text-invalid-entitlements-blob": `\binvalid length in entitlement blob\b`,
		"text-codesign-clock-skew":       `\btimestamps differ by [0-9][0-9.e+]{0,20} seconds - check your system clock\b|\bpostdated (?:timestamp|signing date) or bad system clock\b`,
		"text-cert-not-trusted":          `\bThe package "[^"\n]{1,120}?\.m?pkg" is untrusted\b|\bpkg set-publisher\b`,
		"text-identity-not-found":        `\bfailed to resolve signing identity\b|\bno local code ?signing identities found\b|\bNo valid (?:[A-Za-z]{2,12} )?code signing keys? found in keychain\b|\bcode signing key '[^'\n]{1,160}' not found in keychain\b`,
		"text-profile-wrong-kind":        `\bYou must use an? [A-Za-z -]{2,30} provisioning profile\b[^\n]{0,80}?\bfor (?:internal|store|app store) distribution\b`,
		"text-ambiguous-identity":        `\bMultiple matching certificates are found for '[^'\n]{1,160}'|\b(?:Developer|Development|Distribution|Application|Installer): ambiguous\b`,
		"text-p12-import-failed":         `\bCould not parse distribution certificate\. Check that your password is correct\b|\bUnable to access certificate serial number\.\s*Make sure that certificate and password are correct\b`,
		"text-keychain-password-wrong":   `\bCould not configure imported keychain item \(certificate\) to prevent UI permission popup\b`,
		"text-profile-undecodable":       `\bProvisioning profile is malformed\b|\bfailed to decode provisioning profile\b`,
		"text-match-decrypt-failed":      `\bCouldn't decrypt the repo\b`,
		"text-system-extension-rejected": `\bextension category returned (?:an )?error\b`,
		"text-not-developer-id":          `\bCode signing is required for notari[sz]ation\b`,
		"text-notary-auth":               `\bUnable to store credentials for team ID\b|\bApple ID password not specified\b`,
		"text-agreement-required":        `\bnotari[sz]\w*[^\n]{0,200}?\bexpired agreements?\b`,
		"text-no-profiles-found":         `\bCould not locate the provisioning profile with a Name or UUID of\b|\bThere is no provisioning profile with the requested identifier on this team\b|\b(?:cannot|can'?t|can not|could not|couldn'?t) find (?:a |the |any |my )?(?:valid |matching )?provisioning profile\b|\bUnable to find saved provisioning profile \S{1,300}|\b(?:Failed to|Could not) find profile (?:for bundle identifier "[^"\n]{1,160}" )?with profile id "[^"\n]{1,64}"`,
		"text-profile-name-taken":        `\bMultiple profiles found with the name '[^'\n]{1,160}'\.\s{1,4}Please remove the duplicate profiles\b`,
		"text-team-access-denied":        `\bdoesn't have enough permission for the following action\b|\bdoes not have access to any teams with an active membership\b`,
		"text-codesign-command-failed":   `\bFailed to codesign '[^'\n]{1,300}'`,
		"text-no-devices":                `\bThere are still no registered devices\b`,
	} {
		alsoSkip(id, saidElsewhereTools(lazyCompile(`(?i)`+generic)))
	}
	// macOS 15's title "“Acme” Not Opened" names no kind before the quote;
	// a mail, a campaign or a ticket "Not Opened" is a report's.
	alsoSkip("text-gatekeeper-unverified", func(near, all string) bool {
		return reTitleNotOpened.MatchString(near) && !appleOrMacNamed(all)
	})
	// A third-party antivirus on a Mac that trashed a file as malware is
	// not XProtect.
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return reThirdPartyAntivirus.MatchString(near) && !reXProtectNamed.MatchString(all)
	})
}
