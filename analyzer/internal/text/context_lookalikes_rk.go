package text

// Look-alikes of the readings added for the auto-updaters, rcodesign/quill
// and Mac administrators' tools tables and held-out rounds 177 and 178 (the
// eleventh look-alike review, lookalike_rk_test.go): the same words in
// another system's message, or in prose that only mentions them.

var (
	// reNamedElsewhereRK: systems whose own messages share these readings'
	// words (TLS certificate services and proxies, registries' signers,
	// smart cards, other updaters, infrastructure tools), beyond those
	// saidElsewhereRI knows.
	reNamedElsewhereRK = lazyCompile(`(?i)\bAWS\b|\bCloudflare\b|\bcPanel\b|\bGoDaddy\b|\bTLS\b|\bPKI\b|\bTraefik\b|\bnotation (?:verify|sign)\b|\bwebhook\b|\bOCSP\b|\bregistry\b|\bYubiKey\b|\bPIV\b|\bssh-keygen\b|\bterraform\b|\bprint dialog\b|\bfinisher\b|\bSquirrel\b|\belectron-updater\b|\bWSL2?\b|\bRaspberry Pi\b|\bKDE\b|\blibsecret\b|\bELF\b|\bkernel module\b`)
	// reOwnToolNamedRK: the tools whose messages these are; where one is
	// named, the paste is its failure, whatever else runs beside it.
	reOwnToolNamedRK = lazyCompile(`(?i)\b(?:rcodesign|apple-codesign|quill|gon|goreleaser|cargo-dist|Sparkle|santactl|AutoPkg|CodeSignatureVerifier)\b`)
	// reQuotedProseRK: a changelog, a fix or a code comment quoting a
	// message.
	reQuotedProseRK = lazyCompile(`(?i)\bchangelog\b[^\n]{0,80}?["“'‘]|\bFixed:[^\n]{0,80}?["“'‘]|\bno longer (?:emits?|prints?|says?|shows?|logs?|reports?)\s+["“'‘]|(?m:^\s*(?://|#)[^\n]{0,80}?\b(?:prints?|says?|logs?|warns?|emits?)\s+["“'‘])`)
	// reShellSaysKilledRK: round 178's shell that "says the binary was killed".
	reShellSaysKilledRK = lazyCompile(`(?i)\b(?:zsh|bash|fish|terminal)\b[^\n.]{0,30}?\b(?:was|got|is|has been) killed\b`)
)

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-certificate-limit":                 `reached (?:the|its|their|our|your|my) maximum (?:allowed )?number of (?:[A-Za-z ]{0,40})?certificates|already have a current [A-Za-z ]{2,60}certificate or a pending certificate request`,
		"text-agreement-required":                `["“']contracts? (?:need|needs) to be signed["”']? (?:error|message)\b`,
		"text-no-signing-certificate":            `\b(?:account|team) does not have a valid [A-Za-z ]{0,20}Certificate\b|\bError: no signing certificate\b|\bno (?:private key|signing certificate) found in the p12\b|\ba PRIVATE KEY requires a corresponding CERTIFICATE\b`,
		"text-p12-import-failed":                 `\bunable to decode p12 file\b|\bincorrect password given when decrypting PFX data\b`,
		"text-chain-to-root":                     `\bfailed to verify certificate chain: x509: certificate signed by unknown authority\b|\bfull certificate chain not present\b|\bunable to get certificate chain cert CN=`,
		"text-not-signed":                        `\bbinary is not signed thus will not pass notarization\b|\bbinary does not have code signature data\b|\bBundle is not code signed: \S|\bCode-signed ?: No\b|\bStatus: no signature\b`,
		"text-code-signature-modified":           `\bfailed Apple Code Signing checks: |\bOld app bundle code signing signature failed to match new bundle code signature\b|\bFailed to validate apple code sign signature on bundle\b`,
		"text-csreq-67050":                       `\bCode signature of (?:the )?new version doesn't match the old version\b|\bnew Code Signing identity that doesn't match\b`,
		"text-codesign-adhoc":                    `\bonly ad-hoc signing, which means\b|\bCode-signed ?: Yes, but ad-hoc\b`,
		"text-notary-invalid":                    `\bsubmission result is (?:Invalid|Rejected):`,
		"text-notary-in-progress":                `\breached wait limit after \d+s\b`,
		"text-stapler-failed":                    `\bdo not know how to staple\b`,
		"text-identity-not-found":                `\bfailed to find certificate in smartcard slot\b`,
		"text-keychain-prompt-signature-changed": `\bKeychain\b[^\n]{0,160}?\bprompt(?:s|ing|ed)?(?: (?:the )?(?:users?|me|you))? (?:on|at|with|for) (?:every|each|an?|app) (?:launch|start|update|run)\b|` + kcSignPromptRe,
	} {
		w := lazyCompile(`(?i)` + words)
		elsewhere := saidElsewhereRI(w)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (reQuotedProseRK.MatchString(near) ||
				!reOwnToolNamedRK.MatchString(all) && (elsewhere(near, all) || reNamedElsewhereRK.MatchString(all) && !appleOrMacNamed(w.get().ReplaceAllString(all, ""))))
		})
	}
	// The shell's "killed" on Linux, WSL or a Raspberry Pi, no Mac named.
	alsoSkip("text-killed-at-launch", func(near, all string) bool {
		return reShellSaysKilledRK.MatchString(near) && (reKilledElsewhereRJ.MatchString(all) || reNamedElsewhereRK.MatchString(all) || reOtherPlatform.MatchString(all)) && !appleOrMacNamed(all)
	})
}
