package text

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// Every text a pattern matches contains one of the keywords it is searched
// by, or the pattern would never be tried on it.
func TestKeywordsCoverEveryAlternative(t *testing.T) {
	for _, e := range catalogue {
		for _, p := range e.patterns {
			if p.keyword == "" {
				continue
			}
			re, err := syntax.Parse(p.re.String(), syntax.Perl)
			if err != nil {
				t.Fatalf("%s: %v", e.ID, err)
			}
			re = re.Simplify()
			kws := p.keywords()
			if len(kws) == 1 && requiresLiteral(re, kws[0]) {
				continue
			}
			set, ok := anyLiteral(re, p.keyword)
			if !ok || strings.Join(set, "\x00") != strings.Join(kws, "\x00") {
				t.Errorf("%s: %q can match text without any of its keywords %q", e.ID, p.re.String(), kws)
			}
		}
	}
}

// The alternatives the keyword named by the catalogue left out are found.
func TestAlternativesOutsideTheKeyword(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		{"“sign_update” can’t be opened because Apple cannot check it for malicious software.", "text-gatekeeper-unverified"},
		{`Provisioning profile "Foo" does not include signing certificate "Apple Development: Jane Doe (ABCDE12345)".`, "text-profile-missing-certificate"},
		{`codesign: SecKeychainItemCopyAccess: -25308`, "text-user-interaction-not-allowed"},
	} {
		found := false
		for _, m := range Analyze([]byte(c.text)).Matches {
			found = found || m.Entry.ID == c.id
		}
		if !found {
			t.Errorf("%q: %s not found (%v)", c.text, c.id, ids(Analyze([]byte(c.text))))
		}
	}
}
