package text

// Context of the readings added for held-out rounds 212 to 214: a JIT
// engine's app signed with the hardened runtime and no entitlements, and
// the new retellings' words in another system's sentence or in a question.

// reRuntimeSignedNoEntSrc: a codesign command with the runtime option
// (also abbreviated, --option) and no --entitlements on its line.
const reRuntimeSignedNoEntSrc = `\bcodesign\b(?:[^\n-]|-[^\n-]|--[^\ne])*?(?:--options?[ =]runtime|\s-o runtime)\b(?:[^\n-]|-[^\n-]|--[^\ne])*(?m:$)`

var (
	reRuntimeSignedNoEnt = lazyCompile(`(?i)` + reRuntimeSignedNoEntSrc)
	// reJITEngineNamed: engines that write the code they run (Unity's
	// Mono, LuaJIT, V8 in Electron or Node, Bun, the JVM).
	reJITEngineNamed = lazyCompile(`\bUnity\b|\bMono\b|\bLuaJIT\b|\bElectron\b|\bV8\b|\bBun\b|\bJVM\b|\bjava\b`)
	// reStopsOpening: the signed app told as no longer opening or running.
	reStopsOpening         = lazyCompile(`(?i)\b(?:stops?|stopped) (?:opening|launching|running|working)\b|\b(?:won['’]?t|will not|doesn['’]?t|does not|didn['’]?t|did not|no longer) (?:open|launch|start|run)\b|\bcrash(?:es|ed)? (?:on|at) (?:launch|start)`)
	reAccountDeactivated   = lazyCompile(`(?i)\bdeveloper account (?:was|has been|had been|got|is) (?:\w+ )?(?:deactivated|disabled|suspended|terminated)\b`)
	reGrantShownYetAskedRe = lazyCompile(`(?i)` + reGrantShownYetAsked)
	// reRegrantAfterOSUpdate: permissions granted again after macOS
	// itself was updated, which changes no app's signature.
	reRegrantWords = lazyCompile(`(?i)\bre-?grant\w* (?:the |all |its |their )?(?:\w+ )?permissions?\b`)
)

func init() {
	// The runtime option without entitlements is the refusal only where a
	// JIT engine's app is said to stop opening; elsewhere (an app without
	// a JIT) it is how Developer ID apps are signed.
	alsoSkip("text-hardened-runtime-exception", func(near, all string) bool {
		return reRuntimeSignedNoEnt.MatchString(near) && !runtimeOtherWords(near) &&
			(!reJITEngineNamed.MatchString(all) || !reStopsOpening.MatchString(all))
	})
	// A deactivated account: its membership, not a role, is the cause.
	rule("text-team-access-denied", nil, func(c leadContext) []string {
		if reAccountDeactivated.MatchString(c.Near) {
			return Lookup("text-team-access-denied").Causes[2:3]
		}
		return nil
	})
	// Permissions granted again after macOS's own update.
	alsoSkip("text-privacy-access-refused", func(near, all string) bool {
		return reRegrantWords.MatchString(near) && reOSUpdated.MatchString(near) && !reAppUpdated.MatchString(reOSUpdated.get().ReplaceAllString(near, ""))
	})
	for id, words := range map[string]string{
		"text-gatekeeper-damaged":     `\b(?:aarch64|arm64|apple silicon|M[1-5])[ _-]?(?:version|build|release|binary|app|dmg)s? (?:is|are|was|were) ["“']?damaged\b|\bapplication is corrupted and (?:can'?t|cannot) be (?:opened|started|launched)|\b(?:error|message|alert|warning|popup|dialog)s? (?:that|saying) (?:the |this |my )?(?:\.?dmg(?: file)?|disk image) (?:is|was) ["“']?damaged\b`,
		"text-gatekeeper-unverified":  `\bbecause (?:the |this |it )?(?:\w+ )?(?:is not|was not|isn['’]t|wasn['’]t) signed\b|\bafter\b[^.\n]{0,30}?\bopen anyways?\b`,
		"text-privacy-access-refused": reGrantShownYetAsked + `|` + reNotAddedUnderPane + `|\bre-?grant\w* (?:the |all |its |their )?(?:\w+ )?permissions?\b`,
		"text-team-access-denied":     `\bdeveloper account (?:was|has been|had been|got|is) (?:\w+ )?(?:deactivated|disabled|suspended|terminated)\b`,
		"text-app-no-valid-signature": `(?m:^)[\s>*"“]{0,4}Failed to verify code signature[.!"”*]{0,2}(?: \(?#\d{1,6}\b|[ \t]*(?m:$))`,
	} {
		// Told in prose, asked of a case to come ("would a build ... still
		// ...?"), or in another system's sentence (skipWordsToldElsewhere).
		w := skipWordsToldElsewhere(id, words, reOtherSystemRS, reOtherSystem)
		alsoSkip(id, func(near, all string) bool {
			return w.MatchString(near) && reOtherPlatform.MatchString(all) && !appleOrMacNamed(all)
		})
	}
}

// runtimeOtherWords: near holds another of the entry's readings (a JIT's
// own failure), which the codesign line beside it must not drop.
func runtimeOtherWords(near string) bool {
	for _, p := range Lookup("text-hardened-runtime-exception").patterns {
		if p.re.src != reRuntimeSignedNoEntSrc && p.re.MatchString(near) {
			return true
		}
	}
	return false
}
