package text

import "strings"

// reEditedInPlaceTool: a tool that rewrites a Mach-O file in place.
var reEditedInPlaceTool = lazyCompile(`(?i)\binstall_name_tool\b|\bvtool\s+-set`)

// reAppleSiliconMac: a paste naming an Apple silicon Mac (an M-series
// chip, "Apple silicon") or Rosetta.
var reAppleSiliconMac = lazyCompile(`(?i)\bApple (?:silicon|M[1-9])\b|\bM[1-9](?: (?:Pro|Max|Ultra))? (?:Mac|MacBook|iMac|chip|processor)|\b(?:MacBook(?: Air| Pro)?|Mac ?mini|iMac|Mac Studio) M[1-9]\b|\bRosetta\b`)

// reIntelMac: a paste naming an Intel Mac or processor.
var reIntelMac = lazyCompile(`(?i)\bIntel\b`)

func init() {
	// codesign_allocate failing on a binary install_name_tool rewrote is
	// the file edited in place, not missing tools.
	rule("text-codesign-allocate-failed", nil, func(c leadContext) []string {
		if reEditedInPlaceTool.MatchString(c.All) && !strings.Contains(c.All, "malformed object") {
			return Lookup("text-codesign-allocate-failed").Causes[1:2]
		}
		return nil
	})
	// "bad CPU type" on an Apple silicon Mac is x86_64 code without
	// Rosetta; on an Intel Mac it is arm64-only code.
	rule("text-bad-cpu-type", nil, func(c leadContext) []string {
		if reAppleSiliconMac.MatchString(c.All) && !reIntelMac.MatchString(c.All) {
			return Lookup("text-bad-cpu-type").Causes[1:2]
		}
		return nil
	})
}
