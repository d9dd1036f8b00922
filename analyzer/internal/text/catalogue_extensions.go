package text

// Readings for developers of Apple's other platforms and of app extensions
// (widgets, share and notification extensions, watch and TV apps, Vision
// Pro, Safari web extensions), from held-out round 191: the words they use
// for failures the catalogue already names, added to those entries with
// the near misses each must leave alone.

var (
	// reExtensionPrefixAdvice: an extension's bundle ID said to need the
	// containing app's as its prefix ("change the bundle identifier of the
	// extension to be prefixed with the main app's bundle identifier").
	reExtensionPrefixAdvice = lazyCompile(`(?i)(?:\bbundle (?:identifier|ID) of (?:the|each|every|your|my) (?:app |notification (?:service |content )?|share |widget |watch(?:kit)? )?(?:extensions?|appex|widget|watch ?app)|\b(?:extension|appex|widget|watch ?app)['’]s bundle (?:identifier|ID))[^.\n]{0,40}?\b(?:to be|must be|should be|needs to be|has to be|is not|isn['’]t|not) prefixed (?:with|by) the (?:main|parent|host|containing|container) app['’]s bundle (?:identifier|ID)\b`)
	// reAMFIRefusesProcess: AMFI said to refuse or kill the process it
	// was asked to start (a re-signed extension without the main-binary
	// flag in its signature).
	reAMFIRefusesProcess = lazyCompile(`(?i)\bAMFI (?:refuses|refused|will refuse|rejects|rejected) to (?:start|launch|run|exec(?:ute)?|spawn) (?:the |this |its |that )?(?:process|app|extension|appex|binary|executable|program)\b|\bAMFI (?:kills|killed|will kill) (?:the |this |its |that )?(?:process|app|extension|appex|binary|executable|program)\b`)
	// reToolNotFindingProfiles: a tool said not to find the installed
	// profiles, the sentence ending there or saying why ("which is why
	// it not finding the provisioning profiles."); a profile option or
	// field not found in an IDE is left.
	reToolNotFindingProfiles = lazyCompile(`(?i)\b(?:not|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|does not|did not|won['’]t|is not|was not) (?:be )?find(?:ing)? (?:the |any |my |our |your )?(?:valid |matching |installed )?provisioning profiles?(?:[ \t]*(?:[.!,;)]|\n|$)| (?:anymore|any more|because|since|after|in (?:the|its|my|~))\b)`)
	// reSafariUnsignedExtensions: Safari's setting for extensions that
	// are not signed, named as what the user must turn on, or Safari
	// refusing to run them.
	reSafariUnsignedExtensions = lazyCompile(`(?i)\b(?:allow(?:ing|s)?|run(?:ning)?|load(?:ing|s)?|enabl(?:e|es|ing)|ignor(?:e|es|ing)) unsigned (?:safari )?extensions\b`)
	reSafariNamed              = lazyCompile(`(?i)\bSafari\b`)
	// reOtherBrowserNamed: browsers whose add-ons have unsigned modes of
	// their own (Firefox's xpinstall.signatures.required).
	reOtherBrowserNamed = lazyCompile(`(?i)\bFirefox\b|\bMozilla\b|\bThunderbird\b|\bChrom(?:e|ium)\b|\bMicrosoft Edge\b|\bOpera\b|xpinstall|about:config|\.xpi\b|\.crx\b`)
	// reSignToLoadOnDevice: the app said to need signing before it can be
	// installed on an Apple device ("you're going to have to sign the app
	// to load it onto Apple Vision Pro").
	reSignToLoadOnDevice = lazyCompile(`(?i)\b(?:have|need|needs|has|must) to (?:code[- ]?)?sign (?:the |this |your |my |an? )?(?:app|ipa|build|bundle|it)(?: yourself)? (?:to|before you can|in order to) (?:load|install|run|put|deploy|sideload|get) it on(?:to)? (?:a |the |your |my )?(?:device|iPhone|iPad|Apple (?:Vision Pro|TV|Watch)|Vision Pro|Apple TV|Apple Watch)\b`)
	reNoNeedToSign       = lazyCompile(`(?i)(?:\bdon['’]t|\bdo not|\bdoesn['’]t|\bdoes not|\bno need to|\bnever|\bwon['’]t) (?:have|need|needs) to (?:code[- ]?)?sign\b`)
	// reAppGroupContainerNil: the app group container API returning nil,
	// which it does when the signature lacks the group.
	reAppGroupContainerNil = lazyCompile(`(?i)\bcontainerURL\(forSecurityApplicationGroupIdentifier:[^)\n]{0,80}\)[\x60*'"“”‘’]{0,2}(?:\s+(?:always|still|now))?\s+(?:returns?|returned|is|was|gives?|comes back)\s+(?:as\s+)?[\x60*'"“”‘’]{0,2}nil\b`)
	// reExtensionNoAppGroup: an extension or widget said unable to reach
	// its app group.
	reExtensionNoAppGroup = lazyCompile(`(?i)\b(?:widget|extension|appex|watch ?app|app clip)s?\b[^.\n]{0,60}?\b(?:fails? to|failed to|can(?:no|['’])t|cannot|could(?:n['’]t| not)|unable to) (?:access|read(?: from)?|write(?: to)?|open|see|load)\b[^.\n]{0,60}?\b(?:app ?groups?|shared (?:app )?container|group container)\b|\b(?:widget|extension)s?\b[^.\n]{0,60}?\bhas no access to\b[^.\n]{0,60}?\bapp ?groups?\b`)
	// reProfileBundleIDMismatch: a profile given to the wrong target told
	// by its outcome ("applied the main app's profile … to all targets …,
	// causing a bundle ID mismatch").
	reProfileBundleIDMismatch = lazyCompile(`(?i)\bprofiles?\b[^\n]{0,200}?\b(?:causing|causes|caused|resulting in|results in|leading to|leads to|gives|giving|hence) (?:a |the )?bundle (?:ID|identifier) mismatch\b`)
)

// extraPattern is a reading added to an entry outside its catalogue file
// (retold forms found by a round); addPatterns also skips it where its
// words are told in prose or by another system (saidElsewhere).
type extraPattern struct {
	id, keyword string
	re          *lazyRegexp
}

func addPatterns(list []extraPattern) {
	for _, r := range list {
		e := Lookup(r.id)
		e.patterns = append(e.patterns, pattern{keyword: r.keyword, re: r.re, kw: &keywordSet{}})
		alsoSkip(r.id, saidElsewhere(r.re))
	}
}

func init() {
	addPatterns([]extraPattern{
		{"text-embedded-bundle-id-prefix", "prefixed", reExtensionPrefixAdvice},
		{"text-code-signature-invalid", "amfi", reAMFIRefusesProcess},
		{"text-no-profiles-found", "provisioning profile", reToolNotFindingProfiles},
		{"text-not-signed", "unsigned", reSafariUnsignedExtensions},
		{"text-not-signed", "sign", reSignToLoadOnDevice},
		{"text-capability-entitlement-missing", "forsecurityapplicationgroupidentifier", reAppGroupContainerNil},
		{"text-capability-entitlement-missing", "group", reExtensionNoAppGroup},
		{"text-profile-app-id-mismatch", "mismatch", reProfileBundleIDMismatch},
	})
	// Unsigned extensions of another browser, or with no Safari named.
	alsoSkip("text-not-signed", func(near, all string) bool {
		return reSafariUnsignedExtensions.MatchString(near) && (!reSafariNamed.MatchString(all) || reOtherBrowserNamed.MatchString(near))
	})
	// "You don't have to sign the app to install it on the device."
	alsoSkip("text-not-signed", func(near, all string) bool {
		return reSignToLoadOnDevice.MatchString(near) && reNoNeedToSign.MatchString(near)
	})
}
