package text

import (
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A pattern's regexp is tried only near its keywords. The catalogue names
// one keyword per pattern; when an alternative of the expression can match
// without it ("can't be opened because Apple cannot check it…" under
// "developer cannot be verified", "does not include" under "doesn't
// include"), that alternative could never be found. So the keywords used
// are the named one only when every match must contain it, and otherwise
// literals read from the expression itself, one of which every match
// contains.

// keywordSet is the keywords of one pattern, worked out on first use (like
// the regexp itself, so that package init stays cheap).
type keywordSet struct {
	once sync.Once
	list []string
}

func (p pattern) keywords() []string {
	p.kw.once.Do(func() {
		p.kw.list = []string{p.keyword}
		re, err := syntax.Parse(p.re.String(), syntax.Perl)
		if err != nil {
			return // regexp compilation reports it
		}
		re = re.Simplify()
		if requiresLiteral(re, p.keyword) {
			return
		}
		if set, ok := anyLiteral(re, p.keyword); ok {
			p.kw.list = set
		}
	})
	return p.kw.list
}

// minKeyword is the shortest literal worth searching for; shorter ones would
// send the regexp engine over most of a large paste.
const minKeyword = 3

// literalRuns returns the literal text runs of a concatenation, lower case,
// each a string every match of the concatenation contains.
func literalRuns(re *syntax.Regexp) []string {
	var runs []string
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			runs = append(runs, run.String())
			run.Reset()
		}
	}
	for _, s := range re.Sub {
		switch {
		case s.Op == syntax.OpLiteral:
			run.WriteString(asciiLower(string(s.Rune)))
		case s.Op == syntax.OpCharClass && len(s.Rune) == 2 && s.Rune[0] == s.Rune[1]:
			run.WriteString(asciiLower(string(s.Rune[0])))
		case s.Op == syntax.OpCharClass && len(s.Rune) == 4 && s.Rune[0] == s.Rune[1] && s.Rune[2] == s.Rune[3] && asciiLower(string(s.Rune[0])) == asciiLower(string(s.Rune[2])):
			run.WriteString(asciiLower(string(s.Rune[0])))
		case s.Op == syntax.OpEmptyMatch || s.Op == syntax.OpWordBoundary || s.Op == syntax.OpBeginLine || s.Op == syntax.OpBeginText:
		default:
			flush()
		}
	}
	flush()
	return runs
}

// requiresLiteral says whether every match of re contains kw.
func requiresLiteral(re *syntax.Regexp, kw string) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return strings.Contains(asciiLower(string(re.Rune)), kw)
	case syntax.OpCapture, syntax.OpPlus:
		return requiresLiteral(re.Sub[0], kw)
	case syntax.OpRepeat:
		return re.Min > 0 && requiresLiteral(re.Sub[0], kw)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !requiresLiteral(s, kw) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if requiresLiteral(s, kw) {
				return true
			}
		}
		for _, r := range literalRuns(re) {
			if strings.Contains(r, kw) {
				return true
			}
		}
	}
	return false
}

// maxExact bounds the strings an expression is expanded into when its
// alternatives are combined ("doesn't|does not" then " support").
const maxExact = 8

// exact returns every string re matches when they are few, lower case.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 && !foldsInText(re.Rune) {
			return nil, false
		}
		return []string{asciiLower(string(re.Rune))}, true
	case syntax.OpCharClass:
		if len(re.Rune) == 2 && re.Rune[0] == re.Rune[1] {
			return []string{asciiLower(string(re.Rune[0]))}, true
		}
		if len(re.Rune) == 4 && re.Rune[0] == re.Rune[1] && re.Rune[2] == re.Rune[3] && asciiLower(string(re.Rune[0])) == asciiLower(string(re.Rune[2])) {
			return []string{asciiLower(string(re.Rune[0]))}, true
		}
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		set, ok := exact(re.Sub[0])
		return append(set, ""), ok && len(set) < maxExact
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := exact(s)
			if !ok || len(out)+len(set) > maxExact {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			set, ok := exact(s)
			if !ok || len(out)*len(set) > maxExact {
				return nil, false
			}
			out = cross(out, set)
		}
		return out, true
	}
	return nil, false
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// anyLiteral returns literals one of which every match of re contains, each
// at least minKeyword long. Of the candidate sets it prefers one that holds
// the catalogue's keyword (hand), then the one whose shortest is longest.
func anyLiteral(re *syntax.Regexp, hand string) ([]string, bool) {
	if set, ok := exact(re); ok && shortest(set) >= minKeyword {
		return set, true
	}
	switch re.Op {
	case syntax.OpLiteral:
		return foldSafePiece(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return anyLiteral(re.Sub[0], hand)
	case syntax.OpRepeat:
		if re.Min > 0 {
			return anyLiteral(re.Sub[0], hand)
		}
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set, ok := anyLiteral(s, hand)
			if !ok {
				return nil, false
			}
			out = append(out, set...)
		}
		return out, true
	case syntax.OpConcat:
		var cands [][]string
		run := []string{""}
		flush := func() {
			if shortest(run) >= minKeyword {
				cands = append(cands, run)
			}
			run = []string{""}
		}
		for _, s := range re.Sub {
			if set, ok := exact(s); ok && len(run)*len(set) <= maxExact {
				run = cross(run, set)
				continue
			}
			flush()
			if set, ok := anyLiteral(s, hand); ok {
				cands = append(cands, set)
			}
			if set, ok := exact(s); ok && len(set) <= maxExact {
				run = set
			}
		}
		flush()
		var best []string
		better := func(a, b []string) bool {
			if b == nil {
				return true
			}
			if ha, hb := holds(a, hand), holds(b, hand); ha != hb {
				return ha
			}
			return shortest(a) > shortest(b)
		}
		for _, c := range cands {
			if better(c, best) {
				best = c
			}
		}
		return best, best != nil
	}
	return nil, false
}

func shortest(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// holds says whether every string of set contains kw.
func holds(set []string, kw string) bool {
	for _, s := range set {
		if !strings.Contains(s, kw) {
			return false
		}
	}
	return len(set) > 0
}

// foldsInText says whether a case-insensitive literal can be looked for in
// the text as asciiLower leaves it: a letter outside ASCII that has another
// case ("ö", "Ö", Cyrillic) is kept as typed there, while the parser keeps
// its upper case, so no one spelling of it finds every match.
func foldsInText(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			return false
		}
	}
	return true
}

// foldSafePiece returns the longest run of a case-insensitive literal
// without such letters ("kann nicht ge" of "kann nicht geöffnet"), when it
// is long enough to be a keyword.
func foldSafePiece(rs []rune) ([]string, bool) {
	best, run := "", []rune{}
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && (rs[i] < utf8.RuneSelf || unicode.SimpleFold(rs[i]) == rs[i]) {
			run = append(run, rs[i])
			continue
		}
		if len(string(run)) > len(best) {
			best = string(run)
		}
		run = run[:0]
	}
	if len(best) < minKeyword {
		return nil, false
	}
	return []string{asciiLower(best)}, true
}
