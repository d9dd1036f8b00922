package text

import "strings"

// What the rest of a paste says about the hardened runtime's refusals at
// run time: a JIT's failure to reserve memory is a ulimit on Linux unless
// the paste is about a Mac; an Apple event refused to someone else's app is
// the user's stored decision, not the signature.

var (
	// reMacRuntime: the paste is about code running on a Mac.
	reMacRuntime = lazyCompile(`(?i)hardened|notari[sz]|codesign|code ?sign|entitlement|\bmacOS\b|\bMac ?OS\b|darwin|Apple Silicon|\.app\b|Developer ID|EXC_BREAKPOINT|EXC_BAD_ACCESS|DiagnosticReports|\.dylib\b`)
	// reRuntimeFailure: something failed, not a change note adding an
	// entitlement.
	reRuntimeFailure = lazyCompile(`(?i)crash|fail|kill|SIGTRAP|\btrap\b|EXC_|abort|\bdies\b|denied|refus|blocks|can't|cannot|could not|unable|Ran out`)
	reDyldVariables  = lazyCompile(`DYLD_|inserted library`)
	// reLibraryValidationNear: dyld found the inserted library but refused
	// it ("no suitable image found. Did find: … Library Validation"), which
	// text-library-validation says; the variable was not ignored.
	reLibraryValidationNear = lazyCompile(`(?i)using Library Validation|not valid for use in process|into hardened process because no suitable image found`)
	// reTCCUsageCrash: TCC's crash names a usage description key, not an
	// entitlement.
	reTCCUsageCrash = lazyCompile(`must contain an NS[A-Za-z]{2,60}UsageDescription`)
	// reDeveloperContext: the paste is from someone who builds or signs the
	// app (or says no prompt appeared), so the signature is the suspect.
	reDeveloperContext = lazyCompile(`(?i)entitlement|hardened|codesign|code ?sign|\bsigned\b|notari[sz]|\bbuil[dt]|compil|Xcode|Info\.plist|prompt|my app|our app`)
)

func init() {
	jit := Lookup("text-hardened-runtime-exception")
	jit.skip = func(near, all string) bool {
		return !reMacRuntime.MatchString(all) || !reRuntimeFailure.MatchString(all) || reLibraryValidationNear.MatchString(near)
	}
	jit.lead = func(c leadContext) []string {
		if reDyldVariables.MatchString(c.All) {
			return jit.Causes[2:3]
		}
		return nil
	}
	tcc := Lookup("text-privacy-access-refused")
	tcc.lead = func(c leadContext) []string {
		if reTCCUsageCrash.MatchString(c.All) {
			return tcc.Causes[1:2]
		}
		if !strings.Contains(c.All, "requires entitlement") && !reDeveloperContext.MatchString(c.All) {
			return tcc.Causes[2:3]
		}
		return nil
	}
}
