package text

// Context of the readings added for held-out round 222 (Homebrew casks):
// the refusal retold as "execution blocked because not signed" and an app
// "quarantined as \"damaged\"" are Gatekeeper's only on a Mac; Windows
// blocks unsigned programs and flags files as damaged too.
func init() {
	for id, words := range map[string]string{
		"text-gatekeeper-unverified": `\bblocked because (?:(?:it|they)(?: is|['’]s| was| are|['’]re| were) )?(?:not signed|unsigned)\b`,
		"text-gatekeeper-damaged":    `\b(?:quarantined|flagged) as ["“']?damaged\b`,
	} {
		w := lazyCompile(`(?i)` + words)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && (otherSystemsSentence(w, near) || !reMacNamed.MatchString(all) && !reAppleSigningContext.MatchString(all))
		})
	}
}
