package text

import "testing"

// Patterns compile on first use, so a typo would panic only when some paste
// reaches it; compile every one here instead.
func TestEveryPatternCompiles(t *testing.T) {
	all := []*lazyRegexp{reAnchorAppleOnly, listSplit, entitlementKey, reHexCode, reNamedCode,
		reCodeEquals, reStatusCode, reParenCode, reEntitle, reTeamCtx, reIdentity, reAppIDTeam,
		reProfile, reSigner, reAbsPath, reBundlePath}
	for _, e := range catalogue {
		for _, p := range e.patterns {
			all = append(all, p.re)
		}
	}
	for _, re := range all {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", re, r)
				}
			}()
			re.get()
		}()
	}
}
