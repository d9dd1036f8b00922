package text

// Look-alikes of the readings added for held-out rounds 223 to 226 (the
// twenty-first look-alike review, lookalike_ru_test.go): the new words in
// prose (a changelog, docs, a code comment, "<tool> docs:"), and in a TLS
// client's, a VPN's or a container's sentence.

var (
	// reOtherSystemRU: the TLS clients, VPNs and containers whose
	// sentences share these words.
	reOtherSystemRU = lazyCompile(`(?i)\b(?:git|curl|SSL|TLS|VPN|nginx|Docker|container|seccomp|pod|kubectl)\b`)
	// reDocsOfRU: a project's own docs quoted ("Sparkle docs:").
	reDocsOfRU = lazyCompile(`(?im)^\s*[\w.-]{1,20} docs?\s*:`)
)

func init() {
	for id, words := range map[string]string{
		"text-not-signed":               entryWords("text-not-signed", "could not read current team id", "you need to code sign your application"),
		"text-csreq-67050":              entryWords("text-csreq-67050", "matching team id", "update after another cert"),
		"text-signed-resource-modified": entryWords("text-signed-resource-modified", "refusing to run"),
		"text-ambiguous-identity":       entryWords("text-ambiguous-identity", "in the keychain"),
		"text-untrusted-developer":      entryWordsWith("text-untrusted-developer", "untrusted", "Security"),
		// Xcode's application-identifier wording also reads as the older
		// entitlement-value entry.
		"text-profile-app-id-mismatch":   entryWords("text-profile-app-id-mismatch", "for the application-identifier entitlement"),
		"text-profile-entitlement-value": entryWords("text-profile-app-id-mismatch", "for the application-identifier entitlement"),
	} {
		w := skipWordsToldElsewhere(id, words, reOtherSystemRU)
		alsoSkip(id, func(near, _ string) bool { return w.MatchString(near) && reDocsOfRU.MatchString(near) })
	}
}
