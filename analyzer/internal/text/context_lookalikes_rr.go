package text

import "strings"

// Look-alikes of the readings added for held-out rounds 209 to 211 (the
// eighteenth look-alike review, lookalike_rr_test.go): the words in prose
// that only mentions them (a changelog, docs, a code comment, a question),
// in another system's sentence, or of a push server's APNs key or a TLS
// certificate quota.

// reOtherSystemRR: systems whose messages share these readings' words: a
// push server's APNs token key (an AuthKey_KEYID.p8 that signs no code),
// a quota of HTTPS or TLS certificates.
var reOtherSystemRR = lazyCompile(`(?i)\bAPNs\b|\bapns2\b|\bpush notifications?\b|\bOneSignal\b|\bFirebase\b|\bFCM\b|\b(?:HTTPS|SSL|TLS) cert(?:ificate)?s?\b`)

// entryWords: the regexps of id's patterns with these keywords, joined, so
// a skip reads the words the entry reads without restating them.
func entryWords(id string, keywords ...string) string {
	var srcs []string
	for _, p := range Lookup(id).patterns {
		for _, k := range keywords {
			if p.keyword == k {
				srcs = append(srcs, p.re.src)
			}
		}
	}
	return strings.Join(srcs, "|")
}

func init() {
	never := func(near, all string) bool { return false }
	for id, keywords := range map[string][]string{
		"text-notary-auth":              {"authkey"},
		"text-certificate-limit":        {"to revoke", "quota"},
		"text-gatekeeper-unverified":    {"be verified", "untrusted and"},
		"text-binary-signature-invalid": {"signature of the binary is invalid"},
	} {
		w := skipWordsToldElsewhere(id, entryWords(id, keywords...))
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && wordsOfOtherSystem(w, never, near, all, reOtherSystemRR, reNamedElsewhereRK)
		})
	}
}
