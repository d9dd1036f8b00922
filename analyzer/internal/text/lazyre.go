package text

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regexp compiled on first use. The catalogue holds about 200
// expressions; compiling them all in package init cost 40 ms and 7.7 MB
// natively, and several times that in the browser, where it delayed the first
// paint of every page although most pages never analyse a paste. Compiled
// lazily, a paste compiles only the patterns whose keyword it contains.
type lazyRegexp struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyCompile is regexp.MustCompile deferred to the first use; a bad
// expression still panics (the package tests compile every one).
func lazyCompile(src string) *lazyRegexp { return &lazyRegexp{src: src} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRegexp) String() string                       { return l.src }
func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) SubexpNames() []string                { return l.get().SubexpNames() }
func (l *lazyRegexp) Split(s string, n int) []string       { return l.get().Split(s, n) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) FindAllString(s string, n int) []string {
	return l.get().FindAllString(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
