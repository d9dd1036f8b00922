package text

// Look-alikes of the readings added for held-out rounds 227 to 229 (the
// twenty-second look-alike review, lookalike_rv_test.go): the new words in
// prose (a changelog, docs, a code comment, a Korean changelog), in a
// cluster's, a package manager's, a web server's or Windows' sentence, and
// an in-app purchase's paid level called an entitlement.

var (
	// reOtherSystemRV: systems whose sentences share these words.
	reOtherSystemRV = lazyCompile(`(?i)\b(?:kubectl|Kubernetes|admission webhook|npm|npmjs|npmrc|nginx|SignTool|Windows|GPG|Slack)\b`)
	// reProseKoRV: a Korean changelog or release notes ("변경 기록 2.0:").
	reProseKoRV = lazyCompile(`(?m)^\s*(?:변경\s?(?:기록|사항|로그)|릴리스\s?노트|업데이트 내역)[^\n:]{0,20}:`)
	// rePaidLevelRV: a purchase's paid level called an entitlement, which no
	// provisioning profile carries.
	rePaidLevelRV = lazyCompile(`(?i)\b(?:Premium|Pro|Plus|Gold|VIP|Lifetime|Paid|Subscriber) entitlement\b`)
)

func init() {
	for id, words := range map[string]string{
		"text-cert-expired":                entryWords("text-cert-expired", "please check end date"),
		"text-invalid-entitlements":        entryWords("text-invalid-entitlements", "cannot have wildcards"),
		"text-gatekeeper-unverified":       entryWords("text-gatekeeper-unverified", "확인되지 않은 개발자"),
		"text-profile-missing-entitlement": reProfileLacksNamedEntitlement.src,
		"text-detritus":                    reCodesignRefusesFinderInfo.src,
		"text-library-validation":          reLibrariesOfAnotherTeam.src,
		"text-embedded-bundle-id-prefix":   entryWords("text-embedded-bundle-id-prefix", "of the application extension", "embedded binary bundle identifier:"),
		"text-upload-missing-entitlement":  entryWords("text-upload-missing-entitlement", "missing entitlement -"),
	} {
		w := skipWordsToldElsewhere(id, words, reOtherSystemRV)
		alsoSkip(id, func(near, _ string) bool { return w.MatchString(near) && reProseKoRV.MatchString(near) })
	}
	alsoSkip("text-profile-missing-entitlement", func(near, _ string) bool {
		return rePaidLevelRV.MatchString(near) && rePurchaseEntitlement.MatchString(near)
	})
}
