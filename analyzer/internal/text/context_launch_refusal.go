package text

// Context rules for launch refusals retold in other words (round 220).
func init() {
	// A malware alert with the app not opening is XProtect's only on a
	// Mac: Windows Defender and antivirus programs warn of malware too.
	alsoSkip("text-gatekeeper-will-damage", func(near, all string) bool {
		return reMalwareAlertAppShut.MatchString(near) && (!reMacNamed.MatchString(all) && !reXProtectAlertWords.MatchString(all) || reOtherPlatform.MatchString(all) || reMalwareScanner.MatchString(all))
	})
}

// reMalwareAlertAppShut: the pattern's own words, the alert named and the
// app not opening, so that a paste only naming a malware alert is not
// skipped.
var reMalwareAlertAppShut = lazyCompile(`(?i)\b(?:malware (?:error|warning|alert|pop-?up|pop up|message|dialog)|(?:pop-?up|pop up|alert|dialog|warning) (?:for|about) malware)\b[^.\n]{0,60}?\b(?:(?:is |was )?unable to (?:open|launch|start|run)|can(?:not|['’]?t) be opened|(?:can(?:not|['’]?t)|won['’]?t|does(?:n['’]?t| not)) (?:open|launch|start|run))\b`)
