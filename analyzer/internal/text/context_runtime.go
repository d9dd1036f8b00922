package text

import "strings"

// What the rest of a paste says about the hardened runtime's refusals at
// run time: a JIT's failure to reserve memory is a ulimit on Linux unless
// the paste is about a Mac; an Apple event refused to someone else's app is
// the user's stored decision, not the signature.

var (
	reMacRuntime = lazyCompile(`(?i)hardened|notari[sz]|codesign|code ?sign|entitlement|\bmacOS\b|\bMac ?OS\b|darwin|Apple Silicon|\.app\b|Developer ID|EXC_BREAKPOINT|EXC_BAD_ACCESS|DiagnosticReports|\.dylib\b`)
	// reDeveloperContext: the paste is from someone who builds or signs the
	// app (or says no prompt appeared), so the signature is the suspect.
	reDeveloperContext = lazyCompile(`(?i)entitlement|hardened|codesign|code ?sign|\bsigned\b|notari[sz]|\bbuil[dt]|compil|Xcode|Info\.plist|prompt|my app|our app`)
)

func skipRuntimeException(_, all string) bool { return !reMacRuntime.MatchString(all) }

func leadRuntimeException(c leadContext) []string {
	if strings.Contains(c.All, "DYLD_") || strings.Contains(c.All, "inserted library") {
		return Lookup("text-hardened-runtime-exception").Causes[2:3]
	}
	return nil
}

func leadPrivacyAccess(c leadContext) []string {
	causes := Lookup("text-privacy-access-refused").Causes
	if strings.Contains(c.All, "must contain an NS") {
		return causes[1:2]
	}
	if !strings.Contains(c.All, "requires entitlement") && !reDeveloperContext.MatchString(c.All) {
		return causes[2:3]
	}
	return nil
}
