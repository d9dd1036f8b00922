package text

import (
	"regexp"
	"sync"
	"unsafe"
)

// lazyRegexp is a regexp compiled on first use. The catalogue holds about 200
// expressions; compiling them all in package init cost 40 ms and 7.7 MB
// natively, and several times that in the browser, where it delayed the first
// paint of every page although most pages never analyse a paste. Compiled
// lazily, a paste compiles only the patterns whose keyword it contains.
type lazyRegexp struct {
	src string
	// fold compiles src case-insensitively, as if it began with (?i).
	fold bool
	once sync.Once
	re   *regexp.Regexp

	// The context rules ask the same question of the whole paste once per
	// occurrence of a message; on a megabyte of repeated messages that is
	// thousands of scans of the same megabyte. The last answer about a long
	// text is kept with the text itself, so the same string (same bytes,
	// kept alive by the cache) is scanned once.
	mu        sync.Mutex
	lastText  string
	lastMatch []string
	lastOK    bool
	lastKind  byte
}

// memoMin is the length from which an answer is kept: shorter texts cost
// less to scan again than to compare.
const memoMin = 4096

func sameString(a, b string) bool {
	return len(a) == len(b) && unsafe.StringData(a) == unsafe.StringData(b)
}

// memo answers a question of kind k about s from the last answer, or asks
// it and keeps the answer.
func (l *lazyRegexp) memo(k byte, s string, ask func() ([]string, bool)) ([]string, bool) {
	if len(s) < memoMin {
		return ask()
	}
	l.mu.Lock()
	if l.lastKind == k && sameString(l.lastText, s) {
		m, ok := l.lastMatch, l.lastOK
		l.mu.Unlock()
		return m, ok
	}
	l.mu.Unlock()
	m, ok := ask()
	l.mu.Lock()
	l.lastKind, l.lastText, l.lastMatch, l.lastOK = k, s, m, ok
	l.mu.Unlock()
	return m, ok
}

// lazyCompile is regexp.MustCompile deferred to the first use; a bad
// expression still panics (the package tests compile every one).
func lazyCompile(src string) *lazyRegexp { return &lazyRegexp{src: src} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.String()) })
	return l.re
}

func (l *lazyRegexp) String() string {
	if l.fold {
		return `(?i)` + l.src
	}
	return l.src
}
func (l *lazyRegexp) MatchString(s string) bool {
	_, ok := l.memo('m', s, func() ([]string, bool) { return nil, l.get().MatchString(s) })
	return ok
}
func (l *lazyRegexp) SubexpNames() []string          { return l.get().SubexpNames() }
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string {
	m, _ := l.memo('s', s, func() ([]string, bool) { m := l.get().FindStringSubmatch(s); return m, m != nil })
	return m
}
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	return l.get().FindAllString(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
