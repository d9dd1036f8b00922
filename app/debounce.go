package app

import (
	"sync"
	"time"
)

// clock is the time a session reads and waits on; tests give a fake one.
type clock interface {
	Now() time.Time
	Sleep(time.Duration)
}

type realClock struct{}

func (realClock) Now() time.Time        { return time.Now() }
func (realClock) Sleep(d time.Duration) { time.Sleep(d) }

// latest is the page's one debounce-and-sequence: a start under a key makes
// that key's earlier turns stale, so only the newest answer is shown, and a
// turn that settles first lets a burst of keystrokes end in one run.
type latest struct {
	mu    sync.Mutex
	clock clock
	n     map[string]int
}

// turn is one start under a key.
type turn struct {
	l   *latest
	key string
	n   int
}

func (l *latest) start(key string) turn {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == nil {
		l.n = map[string]int{}
	}
	l.n[key]++
	return turn{l: l, key: key, n: l.n[key]}
}

// staleAll makes every turn under way stale: the files they asked about
// have gone.
func (l *latest) staleAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k := range l.n {
		l.n[k]++
	}
}

// current says whether no newer turn has started under the key.
func (t turn) current() bool {
	t.l.mu.Lock()
	defer t.l.mu.Unlock()
	return t.l.n[t.key] == t.n
}

// settle waits d, then says whether the turn is still the newest: a
// keystroke within d of the next one runs nothing.
func (t turn) settle(d time.Duration) bool {
	t.l.clock.Sleep(d)
	return t.current()
}
