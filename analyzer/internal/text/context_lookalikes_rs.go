package text

import "strings"

// Look-alikes of the readings added for held-out rounds 212 to 218 (the
// nineteenth look-alike review, lookalike_rs_test.go): the words in prose
// that only mentions them (a changelog, docs, a code comment, a question),
// in another system's sentence (a phone maker's settings, another store's
// developer account, a device manager, Maven's profiles, a Windows
// signer's token, a Linux kernel module, a web mail's attachment), or
// Gatekeeper named only to compare another system's check with it.

var (
	// reOtherSystemRS: systems whose sentences share these readings' words.
	reOtherSystemRS = lazyCompile(`(?i)\bSamsung\b|\bGalaxy\b|\bPartner Center\b|\bSteam\b|\bGoogle Play\b|\bEntra\b|\bConditional Access\b|\bMaven\b|\bJsign\b|\bPKCS ?#?11\b|\bFedora\b|\bSecure Boot\b|\bVirtualBox\b|\bGmail\b`)
	// reComparedRS: Gatekeeper named as the likeness of another check.
	reComparedRS = lazyCompile(`(?i)\b(?:the way|just as|like|unlike|similar to)\s+(?:macOS(?:['’]s?)?\s+)?Gatekeeper\b`)
)

// entryWordsWith: the regexps of id's patterns with keyword whose source
// holds part (a keyword several patterns share), joined.
func entryWordsWith(id, keyword, part string) string {
	var srcs []string
	for _, p := range Lookup(id).patterns {
		if p.keyword == keyword && strings.Contains(p.re.src, part) {
			srcs = append(srcs, p.re.src)
		}
	}
	return strings.Join(srcs, "|")
}

func init() {
	never := func(near, all string) bool { return false }
	for id, words := range map[string]string{
		"text-notary-invalid":                    entryWords("text-notary-invalid", "notarization error"),
		"text-conflicting-provisioning-settings": entryWords("text-conflicting-provisioning-settings", "conflicting provisioning settings"),
		"text-notary-unreachable":                entryWords("text-notary-unreachable", "failed with unexpected result:", "unexpected end of json input"),
		"text-cert-not-trusted":                  entryWords("text-cert-not-trusted", "always trust"),
		"text-no-devices":                        entryWords("text-no-devices", "registered device"),
		"text-no-profiles-found":                 entryWords("text-no-profiles-found", "find"),
		"text-spctl-rejected-development":        entryWords("text-spctl-rejected-development", "not for distribution"),
		"text-hardened-runtime-exception":        entryWords("text-hardened-runtime-exception", "runtime"),
		"text-altool-retired":                    entryWordsWith("text-altool-retired", "altool", "accept uploads"),
		"text-no-hardened-runtime":               entryWordsWith("text-no-hardened-runtime", "hardened runtime", "(?:no|without"),
		"text-gatekeeper-unverified":             entryWordsWith("text-gatekeeper-unverified", "gatekeeper", "prompts?|warnings?"),
		"text-cert-revoked":                      entryWordsWith("text-cert-revoked", "revoked", "certificates?"),
	} {
		w := skipWordsToldElsewhere(id, words, reOtherSystemRS, reOtherSystem)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (reComparedRS.MatchString(near) && reOtherSystemRQ.MatchString(near) ||
				wordsOfOtherSystem(w, never, near, all, reOtherSystemRS, reNamedElsewhereRK))
		})
	}
	// "No code signing certificates found" of a Windows signer's token.
	alsoSkip("text-no-signing-certificate", func(near, all string) bool {
		return wordsOfOtherSystem(reCertKeyGeneric, never, near, all, reOtherSystemRS, reNamedElsewhereRK)
	})
}
