// Package text recognises the error messages people paste: output of Xcode,
// codesign, notarytool, App Store Connect, the system log (taskgated-helper,
// amfid, syspolicyd, the kernel) and crash reports. Each known message is an
// Entry of the catalogue with a stable ID, the likely causes in order, the file
// to drop to confirm, and the local checks that find the same problem in files.
//
// Matching is deliberately loose about what surrounds a message (timestamps,
// process names, quoting styles, line wraps, HTML entities from web pages) and
// strict about the words that identify it. Everything here is a pure function
// of the input; the input is capped at MaxInput bytes and Go's regexp runs in
// linear time, so no paste can make analysis slow.
package text

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxInput is the most text Analyze looks at. Real pastes are a few KiB; a
// whole system log export is cut here and the result says so.
const MaxInput = 1 << 20

// Limits on what one analysis returns, so a pathological paste (the same line
// a million times) yields a short answer.
const (
	maxOccurrences   = 16 // occurrences of one pattern examined for values
	maxValuesPerKind = 8
	maxValues        = 24
	maxExcerpt       = 240
	contextBytes     = 200 // around a match, where generic values are looked for
)

// Severity says how sure it is that the message means a failure.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Entry is one known message.
type Entry struct {
	// ID is stable once shipped (share links and CI refer to it): text-…
	ID       string
	Title    string
	Severity Severity
	// Source names who prints the message (Xcode, codesign, the kernel…).
	Source string
	// Meaning says what the message means, in plain words.
	Meaning string
	// Causes are the likely causes, most likely first.
	Causes []string
	// Confirm names the file(s) to drop into signdoctor to confirm the cause.
	Confirm string
	// Fix says what to do, with commands where they exist.
	Fix string
	// Checks are the IDs of local checks that find the same problem in files.
	Checks []string
	// Supersedes lists entries that say less than this one about the same
	// message; when both match, only this one is reported.
	Supersedes []string
	// Blocks names the goals (report.Goal values) the message says failed;
	// set on entries added since goals exist, the rest are being filled in.
	Blocks []string
	// Fallback entries only point elsewhere ("the reason is above"); any
	// other match next to them replaces them.
	Fallback bool

	patterns []pattern
	// skip drops an occurrence whose surroundings (its line, the one before
	// and the two after) show it is not this message: "Killed: 9" next to
	// clang or npm, an error's name in the title of an article.
	skip func(near, all string) bool
	// elsewhere drops an occurrence of a later pattern's words that the
	// paste shows to be another system's or a mention (alsoSkip); kept
	// apart from skip so that it does not depend on the order of rules.
	elsewhere []func(near, all string) bool
	// lead returns causes to put first because of what the paste says: the
	// values found, the surroundings of the match, or the whole text (the
	// user ruled a cause out, the code is Apple's own).
	lead func(c leadContext) []string
	// hints adds remarks that depend on the values found (a particular
	// entitlement, a requirement of "anchor apple" alone…).
	hints func(vals []Value) []string
}

// leadContext is what a lead function may look at.
type leadContext struct {
	Values []Value
	// Near is the text around the first occurrence, All the whole text.
	Near, All string
}

type pattern struct {
	// keyword is a lower-case literal the text must contain for re to be
	// tried at all; it keeps 60-odd regexps over 1 MiB cheap.
	keyword string
	re      *lazyRegexp
	kw      *keywordSet
	// summary patterns match a line that only sums up a failure ("Code
	// signing is required for product type …"); next to another error's
	// message it says nothing more and is not reported.
	summary bool
	// number is true for a pattern that matches only a number (an error
	// code in decimal); it gives the excerpt only when nothing else does.
	number bool
}

// Value is one fact pulled out of the message.
type Value struct {
	// Kind is entitlement, team, bundle_id, path, code, profile, identity,
	// device, capability, requirement, submission, app, value or reason.
	Kind  string `json:"kind"`
	Value string `json:"value"`
}

// Match is one known message found in the text.
type Match struct {
	Entry *Entry
	// Offset is where the first occurrence starts in the normalised text, and
	// Line its 1-based line number in the input.
	Offset int
	Line   int
	// Count is how many times the message occurs (capped).
	Count   int
	Excerpt string
	Values  []Value
	// Hints are remarks specific to the values found.
	Hints []string
	// Causes are the entry's likely causes, reordered by what the rest of
	// the text says (a cause the user ruled out, code that is Apple's own).
	Causes []string
	// Confirm says what to drop, with the submission ID of a notary log
	// filled in when the paste has one.
	Confirm string
	// Fix is what to do: the entry's, unless the paste shows the code is
	// Apple's own (then it is an OS problem, not the build's).
	Fix string

	spans [][2]int // every occurrence, for supersession
	// spanPatterns says which of the entry's patterns matched each span.
	spanPatterns []int
	// summaries says which spans a summary pattern matched.
	summaries []bool
}

// Result is what Analyze finds.
type Result struct {
	Matches []Match
	// Truncated is true when part of the input was not examined: it was
	// longer than MaxInput, or so full of candidate words that the scan
	// budget ran out.
	Truncated bool
	// Empty is true when the input holds no text at all.
	Empty bool
	// Likely is, when no known message is in the text, the entry whose
	// reports its words read most like (likeness.go): a guess, or nil.
	Likely *Likeness
}

// Unknown says that nothing in the text is a known message.
func (r *Result) Unknown() bool { return len(r.Matches) == 0 }

// UnknownAdvice is what to tell a user whose text matched nothing.
const UnknownAdvice = "signdoctor does not recognise this text as a code-signing error it knows. " +
	"Paste the complete message (the lines around it in the Xcode report, the codesign or notarytool " +
	"output, the crash report's Exception Type and Termination Reason, or the system log lines from " +
	"amfid, taskgated-helper, syspolicyd or the kernel), or drop the files themselves: the app " +
	"(zipped .app or .ipa), its main executable, the embedded provisioning profile, the entitlements " +
	"file, the signing certificate (.cer) or the notary log (xcrun notarytool log ID log.json)."

// Analyze finds every known message in b. It never fails: unknown text gives a
// Result with no matches.
func Analyze(b []byte) Result {
	var res Result
	if len(b) > MaxInput {
		b = b[:MaxInput]
		// Cut at a character boundary so the last rune is not half a rune.
		for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
			if utf8.RuneStart(b[i]) {
				if !utf8.FullRune(b[i:]) {
					b = b[:i]
				}
				break
			}
		}
		res.Truncated = true
	}
	doc := normalise(b)
	if strings.TrimSpace(doc.text) == "" {
		res.Empty = true
		return res
	}
	lower := asciiLower(doc.text)
	doc.grams = newTrigrams(lower)
	budget := scanBudget
	for _, e := range catalogue {
		m, ok := matchEntry(e, doc, lower, &budget)
		if !ok {
			continue
		}
		res.Matches = append(res.Matches, m)
	}
	// Drop what more specific matches next to it already say.
	var out []Match
	for i := range res.Matches {
		m := &res.Matches[i]
		var by []*Match
		for j := range res.Matches {
			// An informational note next to it ("is already signed") is no
			// reason for the failure, so the fallback stays.
			if m.Entry.Fallback && j != i && !res.Matches[j].Entry.Fallback && res.Matches[j].Entry.Severity != Info {
				by = append(by, &res.Matches[j])
				continue
			}
			for _, s := range res.Matches[j].Entry.Supersedes {
				if s == m.Entry.ID {
					by = append(by, &res.Matches[j])
				}
			}
		}
		if (len(by) == 0 || !m.nearAny(by)) && !m.onlySummaryOf(res.Matches) {
			out = append(out, *m)
		}
	}
	res.Matches = out
	if budget < 0 {
		res.Truncated = true
	}
	sort.SliceStable(res.Matches, func(i, j int) bool { return res.Matches[i].Offset < res.Matches[j].Offset })
	if len(res.Matches) == 0 {
		res.Likely = readsLike(doc.text)
	}
	return res
}

// scanBudget caps the bytes handed to the regexp engine in one analysis.
// Real pastes use a small part of it (a 141 KiB file of real forum posts ran
// out of 8 MiB when the catalogue grew: raised to 16); a megabyte made of
// nothing but keywords would otherwise cost seconds (tens of seconds in the
// browser).
const scanBudget = 16 << 20

func matchEntry(e *Entry, doc document, lower string, budget *int) (Match, bool) {
	m := Match{Entry: e, Offset: -1}
	exNumber := false
	vals := valueSet{}
	near := ""
	for pi, p := range e.patterns {
		for _, loc := range p.findAll(doc.text, lower, doc.grams, budget) {
			lo, hi := doc.window(loc[0], loc[1])
			if e.skip != nil && e.skip(doc.text[lo:hi], doc.text) || e.skipsElsewhere(doc.text[lo:hi], doc.text) {
				continue
			}
			if inTitle(doc.text, loc[0], loc[1]) || inSymptomTable(doc, loc[0]) {
				continue
			}
			// Two patterns of one entry matching the same message (the same
			// words, or two parts of one line) are one occurrence.
			if !m.sameOccurrence(doc, loc[0], loc[1], pi) {
				m.Count++
				m.spans = append(m.spans, [2]int{loc[0], loc[1]})
				m.spanPatterns = append(m.spanPatterns, pi)
				m.summaries = append(m.summaries, p.summary)
			}
			start, end := loc[0], loc[1]
			for i, name := range p.re.SubexpNames() {
				if name == "" || loc[2*i] < 0 {
					continue
				}
				v := doc.lineClip(name, loc[2*i], loc[2*i+1])
				vals.addNamed(name, v)
				switch name {
				case "lpath":
					// The message starts where the path's line does.
					start = loc[2*i+1] - len(v)
				case "rpath":
					// and ends where the path's line does.
					end = loc[2*i] + len(v)
				}
			}
			// The excerpt is the first occurrence, but a bare number only
			// when no words of the message matched.
			better := m.Offset < 0 || (exNumber && !p.number) || (exNumber == p.number && start < m.Offset)
			if better {
				m.Offset = start
				exNumber = p.number
				m.Excerpt = excerpt(doc.text, start, end)
				near = doc.text[lo:hi]
			}
			extractGeneric(&vals, doc.text[lo:hi])
		}
	}
	if m.Offset < 0 {
		return m, false
	}
	if m.Count > maxOccurrences {
		m.Count = maxOccurrences
	}
	m.Line = doc.inputLine(m.Offset)
	m.Values = vals.list
	if e.hints != nil {
		m.Hints = e.hints(m.Values)
	}
	m.Causes, m.Fix, m.Confirm = e.Causes, e.Fix, e.Confirm
	if e.lead != nil {
		m.Causes = leadCauses(e.lead(leadContext{Values: m.Values, Near: near, All: doc.text}), e.Causes)
	}
	own := appleOwnCode(m.Values)
	if own == "" && trustedExecutionIDs[e.ID] {
		own = appleOwnInKernelLog(doc.text)
	}
	if own != "" && trustedExecutionIDs[e.ID] {
		m.Causes = leadCauses([]string{own + " is Apple's own code, part of macOS: it is not yours to re-sign or change, and nothing in your build causes this. It is an OS problem: update macOS (a point release may have shipped a broken or mismatched binary), and report it with Feedback Assistant, attaching the log lines. Kernel lines about arm64e or entitlements describe the same rejection, not separate problems."}, nil)
		m.Fix = appleOwnFix
	}
	if id := submissionID(doc.text); id != "" {
		m.Fix = strings.ReplaceAll(m.Fix, "SUBMISSION-ID", id)
		m.Confirm = strings.ReplaceAll(m.Confirm, "SUBMISSION-ID", id)
		for i, c := range m.Causes {
			if strings.Contains(c, "SUBMISSION-ID") {
				m.Causes = append([]string(nil), m.Causes...)
				m.Causes[i] = strings.ReplaceAll(c, "SUBMISSION-ID", id)
			}
		}
	}
	return m, true
}

func (m *Match) sameOccurrence(doc document, start, end, pattern int) bool {
	for k, sp := range m.spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
		if d := start - sp[0]; d < sameMessageReach && d > -sameMessageReach && doc.lineAt(start) == doc.lineAt(sp[0]) {
			return true
		}
		// Another part of the message on the next or previous line (spctl's
		// "X.dmg: rejected" then "source=Unnotarized Developer ID") is the
		// same message; the same words on two lines are two.
		if l := doc.lineAt(start) - doc.lineAt(sp[0]); (l == 1 || l == -1) && m.spanPatterns[k] != pattern {
			return true
		}
	}
	return false
}

// sameMessageReach is how close two matches on one line must be to count as
// one message ("ITMS-90296: App sandbox not enabled").
const sameMessageReach = 300

// keywordReach is how far from its keyword a match may extend. Patterns cap
// their repeats well below it, so searching only near keywords finds every
// match while a large paste is scanned by the regexp engine only where it
// could match.
const keywordReach = 1500

// findAll returns up to maxOccurrences matches of p, each as the submatch
// index slice regexp returns, with offsets into text.
func (p pattern) findAll(text, lower string, grams trigrams, budget *int) [][]int {
	if p.keyword == "" {
		// Keyword-less patterns are anchored at the start of the text.
		return p.re.FindAllStringSubmatchIndex(text, maxOccurrences)
	}
	kws := grams.present(p.keywords())
	if len(kws) == 0 {
		return nil
	}
	var out [][]int
	pos := 0
	for len(out) < maxOccurrences {
		k, n := nextKeyword(lower, pos, kws)
		if k < 0 {
			break
		}
		lo := k - keywordReach
		if lo < pos {
			lo = pos
		}
		hi := k + n + keywordReach
		// Take every keyword occurrence within reach into the same region,
		// so no match is split between two regions.
		for hi < len(lower) {
			j, n := nextKeyword(lower, hi, kws)
			if j < 0 || j-hi > keywordReach {
				break
			}
			hi = j + n + keywordReach
		}
		if hi > len(text) {
			hi = len(text)
		}
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo++
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		if *budget < hi-lo {
			*budget = -1
			break
		}
		*budget -= hi - lo
		for _, loc := range p.re.FindAllStringSubmatchIndex(text[lo:hi], maxOccurrences-len(out)) {
			for j := range loc {
				if loc[j] >= 0 {
					loc[j] += lo
				}
			}
			out = append(out, loc)
		}
		pos = hi
		if pos >= len(text) {
			break
		}
	}
	return out
}

// nextKeyword returns where the first of kws occurs in lower at or after
// from, and its length, or -1.
func nextKeyword(lower string, from int, kws []string) (int, int) {
	at, n := -1, 0
	for _, kw := range kws {
		end := len(lower)
		if at >= 0 {
			end = min(len(lower), at+len(kw))
		}
		if i := strings.Index(lower[from:end], kw); i >= 0 && (at < 0 || from+i < at) {
			at, n = from+i, len(kw)
		}
	}
	return at, n
}

// nearAny says whether every occurrence of m lies close to an occurrence of
// one of others, so that they explain the same message.
func (m *Match) nearAny(others []*Match) bool {
	for _, a := range m.spans {
		close := false
		for _, o := range others {
			for _, b := range o.spans {
				if a[0] < b[1]+supersedeReach && b[0] < a[1]+supersedeReach {
					close = true
					break
				}
			}
		}
		if !close {
			return false
		}
	}
	return true
}

// onlySummaryOf says whether every occurrence of m is a summary line next
// to another error's own message, which says why the step failed.
func (m *Match) onlySummaryOf(all []Match) bool {
	for i, a := range m.spans {
		if !m.summaries[i] {
			return false
		}
		explained := false
		for j := range all {
			o := &all[j]
			if o.Entry == m.Entry || o.Entry.Severity != Error || o.Entry.Fallback {
				continue
			}
			for k, b := range o.spans {
				if !o.summaries[k] && a[0] < b[1]+supersedeReach && b[0] < a[1]+supersedeReach {
					explained = true
				}
			}
		}
		if !explained {
			return false
		}
	}
	return len(m.spans) > 0
}

// supersedeReach is how close a specific message must be to a general one
// to stand for it (the lines of one error report).
const supersedeReach = 1000

// asciiLower lowers ASCII letters only, so offsets in the result are offsets
// in s (strings.ToLower may change the length of other characters).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func excerpt(s string, start, end int) string {
	if end-start > maxExcerpt {
		end = start + maxExcerpt
		for end > start && !utf8.RuneStart(s[end]) {
			end--
		}
		return strings.TrimSpace(s[start:end]) + "…"
	}
	return strings.TrimSpace(s[start:end])
}

// document is the input after normalisation: one space for every run of white
// space, straight quotes, HTML entities decoded. Line starts are remembered so
// a match can be placed and its surroundings kept to its own line.
type document struct {
	text       string
	lineStarts []int // offsets in text where input lines begin (first is 0)
	// lineNums are the 1-based input line numbers of lineStarts: blank lines
	// (and quote markers alone on a line) start no line in text.
	lineNums []int
	// grams are the three-byte sequences of a large text (nil for a short one).
	grams trigrams
}

var replacer = strings.NewReplacer(
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "`", "'",
	"&amp;", "&", "&quot;", `"`, "&#34;", `"`, "&#39;", "'", "&apos;", "'", "&lt;", "<", "&gt;", ">", "&nbsp;", " ",
	"\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "",
	// Markdown's bold, put around words of a message someone pasted.
	"**", "",
	// A code retyped with a space: "ITMS- 90035".
	"ITMS- ", "ITMS-",
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2212", "-",
)

func normalise(b []byte) document {
	s := replacer.Replace(strings.ToValidUTF8(string(b), "\ufffd"))
	var sb strings.Builder
	sb.Grow(len(s))
	d := document{lineStarts: []int{0}, lineNums: []int{1}}
	input := 1 // the input line being read
	cr := false
	space := false
	newline := false
	// lineHead is true before the first character of a line: there, the
	// quote markers of Markdown and e-mail ("> ", "> > ") are dropped.
	lineHead := true
	escape := 0        // inside a terminal escape sequence (colours in CI logs): 1 after ESC, 2 after ESC [
	backslash := false // after a backslash, whose meaning the next character decides
	emit := func(r rune) {
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		if newline && sb.Len() > 0 {
			d.lineStarts = append(d.lineStarts, sb.Len())
			d.lineNums = append(d.lineNums, input)
		} else if sb.Len() == 0 {
			d.lineNums[0] = input
		}
		space, newline, lineHead = false, false, false
		sb.WriteRune(r)
	}
	for _, r := range s {
		switch {
		case r == 0x1b:
			escape = 1
			continue
		case escape == 1 && r == '[':
			escape = 2
			continue
		case escape == 2:
			if r >= 0x40 && r <= 0x7e {
				escape = 0
			}
			continue
		case escape == 1:
			escape = 0
		}
		// A message quoted inside a JSON or source string (a notary log, a
		// CI annotation, a Swift print) has its breaks and quotes escaped.
		if backslash {
			backslash = false
			switch r {
			case 'n', 'r', 't':
				space = true
				continue
			case '"', '/', '\\':
				// the escaped character itself, written below
			default:
				emit('\\')
			}
		} else if r == '\\' {
			backslash = true
			continue
		}
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			if !(r == '\n' && cr) {
				input++
			}
			cr = r == '\r'
			space, newline, lineHead = true, true, true
			continue
		}
		cr = false
		if isSpace(r) || (lineHead && r == '>') {
			space = true
			continue
		}
		emit(r)
	}
	if backslash {
		emit('\\')
	}
	d.text = sb.String()
	return d
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000':
		return true
	}
	return false
}

// lineAt returns the 1-based input line of an offset.
func (d document) lineAt(off int) int {
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
}

// inputLine returns the 1-based line of the input an offset comes from.
func (d document) inputLine(off int) int {
	return d.lineNums[d.lineAt(off)-1]
}

// window returns the part of the text around a match where generic values
// are looked for: at most contextBytes either side, within the line before
// the match and the two after it (tools print details on the next lines).
func (d document) window(start, end int) (int, int) {
	lo, hi := start-contextBytes, end+contextBytes
	if lo < 0 {
		lo = 0
	}
	if hi > len(d.text) {
		hi = len(d.text)
	}
	first := d.lineAt(start) - 2
	if first < 0 {
		first = 0
	}
	if ls := d.lineStarts[first]; ls > lo {
		lo = ls
	}
	last := d.lineAt(end)
	if end > start {
		last = d.lineAt(end - 1)
	}
	last += 2
	if last < len(d.lineStarts) && d.lineStarts[last] < hi {
		hi = d.lineStarts[last]
	}
	// Widen to word boundaries so a path or key is not cut in half.
	for n := 0; lo > 0 && d.text[lo-1] != ' ' && n < 100; n++ {
		lo--
	}
	for n := 0; hi < len(d.text) && d.text[hi] != ' ' && n < 100; n++ {
		hi++
	}
	for lo < hi && !utf8.RuneStart(d.text[lo]) {
		lo++
	}
	for hi < len(d.text) && hi > lo && !utf8.RuneStart(d.text[hi]) {
		hi--
	}
	return lo, hi
}

// leadCauses puts first the causes the paste points to, then the entry's
// own, each once.
func leadCauses(first, rest []string) []string {
	if len(first) == 0 {
		return rest
	}
	out := append([]string(nil), first...)
	for _, c := range rest {
		dup := false
		for _, f := range first {
			if f == c {
				dup = true
			}
		}
		if !dup {
			out = append(out, c)
		}
	}
	return out
}

// lineClip returns the text of a named group. A group named lpath or rpath is
// a path that runs to the end or from the start of a line, which the regexp
// cannot see once white space is normalised: lpath ("Swift Console.app:
// rejected") keeps the part on the line where the group ends, rpath ("In
// subcomponent: …/MyApp Helper") the part on the line where it starts. So a
// path with spaces is kept whole, and the text around it left out.
func (d document) lineClip(name string, start, end int) string {
	switch name {
	case "lpath":
		if ls := d.lineStarts[d.lineAt(max(end-1, start))-1]; ls > start {
			start = ls
		}
	case "rpath":
		if l := d.lineAt(start); l < len(d.lineStarts) && d.lineStarts[l] < end {
			end = d.lineStarts[l]
		}
	}
	return d.text[start:end]
}
