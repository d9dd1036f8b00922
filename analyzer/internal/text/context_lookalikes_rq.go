package text

// Look-alikes of the readings added for held-out rounds 205 to 208 (the
// seventeenth look-alike review, lookalike_rq_test.go): the same words in
// another system's sentence, in prose that only mentions them (a changelog,
// docs, a code comment, a question), a browser's own sandboxed helper, a
// TLS certificate called self-signed, an app's own update banner.

var (
	// reOtherSystemRQ: systems whose sentences share these readings' words
	// (a phone's store or carrier, Windows, a browser, Linux, a VPN).
	reOtherSystemRQ = lazyCompile(`(?i)\bAndroid\b|\bPlay Protect\b|\bSmartScreen\b|\bWindows\b|\bDefender\b|\bIntune\b|\beSIM\b|\bcarrier\b|\bPasspoint\b|\bChrom(?:e|ium)\b|\bFirefox\b|\bZoom\b|\bPipeWire\b|\bFlatpak\b|\bLinux\b|\bNetGuard\b|\bufw\b|\bVPN\b:|\badb\b|\bbundletool\b|\bapksigner\b|\bGradle\b|\bAPKs?\b`)
	// reSentenceEndRQ: where a sentence or a clause ends.
	reSentenceEndRQ = lazyCompile(`[.;!?]\s|\n`)
	// reProseRQ: docs or a FAQ for one platform ("Docs (iOS):").
	reProseRQ = lazyCompile(`(?im)^\s*(?:Docs?|FAQ)\s*\([^)\n]{1,30}\)\s*:`)
	// reBrowserDenyRQ: a browser's own sandboxed helper (Chrome's,
	// Firefox's plugin-container), denied by its own profile, not by an
	// app's missing entitlement; process names are cut at 16 characters.
	reBrowserDenyRQ = lazyCompile(`(?i)\b(?:(?:Google Chrome|Chromium|Microsoft Edge|Brave Browser) H\w*|plugin-contain\w*|firefox\w*)\(\d{1,7}\) deny`)
	// reTLSSelfSignedRQ: a server's or a proxy's certificate called
	// self-signed, which signs no app.
	reTLSSelfSignedRQ = lazyCompile(`(?i)\b(?:proxy|server|HTTPS|TLS|SSL|VPN|web ?site|nginx)\b[^.\n]{0,40}?\bself-?signed\b|\bself-?signed (?:SSL |TLS |HTTPS )(?:certificate|cert)`)
	// reOwnUpdateBannerRQ: an app's own "App needs update" banner or prompt.
	reOwnUpdateBannerRQ = lazyCompile(`(?i)\b(?:our|my|in-app|custom)\s+["“]App needs update["”]|["“]App needs update["”]\s+(?:banner|prompt|screen|popup|page)\b`)
)

// otherSystemsSentence: some sentence of near where w's words are told
// with another system's name (reOtherSystemRQ's or named's), and where nothing of Apple's or a Mac's is left
// once the words are taken out.
func otherSystemsSentence(w *lazyRegexp, near string, named ...*lazyRegexp) bool {
	for _, s := range reSentenceEndRQ.get().Split(near, -1) {
		if !w.MatchString(s) || !reOtherSystemRQ.MatchString(s) && !anyMatches(named, s) {
			continue
		}
		if rest := w.get().ReplaceAllString(s, ""); !reAppleProductNamed.MatchString(rest) && !appleOrMacNamed(rest) {
			return true
		}
	}
	return false
}

// skipWordsToldElsewhere: the entry's match is skipped where words (its
// new readings' words) are near and told in a code comment, a changelog,
// docs or a fix, asked of a case to come ("does Xcode require that ...?",
// "does notarytool report ...?"), or in another system's sentence.
func skipWordsToldElsewhere(id, words string, named ...*lazyRegexp) *lazyRegexp {
	w := lazyCompile(`(?im)` + words)
	asked := lazyCompile(`(?im)(?:^\s*|[.!]\s+|Question:\s*)(?:will|would|should|does|do)\s+(?:(?:an?|any|our|the|users?|Macs?|Xcode(?: \d+)?|altool|notarytool)\b[^?\n]{0,200}?)?(?:` + words + `)[^?\n]{0,200}\?`)
	alsoSkip(id, func(near, _ string) bool {
		return w.MatchString(near) && (reProseRM.MatchString(near) || reProseRP.MatchString(near) || reProseRQ.MatchString(near) ||
			asked.MatchString(near) || otherSystemsSentence(w, near, named...))
	})
	return w
}

func init() {
	// The new readings' words by entry, one regexp per entry.
	for id, words := range map[string]string{
		"text-resource-envelope-obsolete":    `\bobsolete resource envelope\b|\bversion 1 signatures?\b[^\n]{0,120}?\b(?:considered obsolete|no longer be recognized by Gatekeeper)`,
		"text-requires-development-team":     `\brequires? (?:that )?(?:every|each|all) targets?\b[^\n.]{0,40}?\b(?:specify|specifies|have|has) a development team\b`,
		"text-untrusted-developer":           `\b(?:warning|alert|message) (?:that|saying) (?:your|the|this) (?:app|developer) is not trusted\b`,
		"text-signature-version-unsupported": `["“]App needs update\b|\bneeds to update it to work with this version of iOS\b`,
		"text-device-not-in-profile":         `\bIMEI\b[^\n]{0,40}?\b(?:added|registered|included) (?:to|in) the (?:ad ?hoc |provisioning )?profile\b`,
		"text-profile-wrong-kind":            `\b(?:signed App ?Store|App ?Store[- ]signed) build\b[^\n]{0,80}?\b(?:not|n't|never|fail\w*)\b[^\n]{0,40}?\binstall`,
		"text-profile-expired":               `\bprovisioning profiles (?:have |had |are )?(?:been )?expired\b`,
		"text-install-invalid-entitlements":  `(?:executable|application) was signed with invalid entitlements?`,
		"text-app-no-valid-signature":        `\b0xe8008001:? .{0,60}?AMDevice(?:Secure)?InstallApplication\b|Failed to verify code signature of(?: ?(?:!\[|<img\b)|\s*$)`,
		"text-sandbox-denied":                `\b(?:sandbox\w*|macOS)\b[^.\n]{0,60}\b(?:deny|denies|denying|blocks|blocking)\b[^.\n]{0,20}\bnetwork\b`,
		"text-hardened-runtime-exception":    `\b(?:missing|without|lacks?|lacking|no)\W{0,3}(?:the )?JIT entitlement\b`,
		"text-app-group-prefix":              `\baccessing another (?:app|application)'s group container\b`,
		"text-privacy-access-refused":        `\bnot authori[sz]ed to capture (?:video|audio)\b`,
	} {
		skipWordsToldElsewhere(id, words)
	}
	// A deny line or Dart's EPERM in docs, or in another system's sentence
	// (a report saying the app "no longer" connects is the real one).
	sandboxLine := lazyCompile(`\(\d{1,7}\) deny(?:\(\d{1,3}\))? \S|SocketException\b[\s\S]{0,80}?Operation not permitted`)
	alsoSkip("text-sandbox-denied", func(near, _ string) bool {
		return sandboxLine.MatchString(near) && (reProseRM.MatchString(near) || reProseRQ.MatchString(near) || otherSystemsSentence(sandboxLine, near))
	})
	// Every deny line a browser's own helper's.
	alsoSkip("text-sandbox-denied", func(near, _ string) bool {
		n := len(reBrowserDenyRQ.get().FindAllStringIndex(near, 8))
		return n > 0 && n == len(reDenyingProcess.get().FindAllStringIndex(near, 8))
	})
	// installd's unknown error where "self-signed" is only a server's
	// certificate: no app signed by hand.
	alsoSkip("text-app-no-valid-signature", func(near, all string) bool {
		return reInstallUnknownError.MatchString(near) && !reFailedSignatureCheck.MatchString(all) &&
			len(reSignedByHand.get().FindAllStringIndex(all, -1)) <= len(reTLSSelfSignedRQ.get().FindAllStringIndex(all, -1))
	})
	alsoSkip("text-signature-version-unsupported", func(near, _ string) bool { return reOwnUpdateBannerRQ.MatchString(near) })
}

// anyMatches: one of res matches s.
func anyMatches(res []*lazyRegexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}
