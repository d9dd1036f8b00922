package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/staticsite"
)

// switchableSite serves one built site, then another, from the same origin,
// as a host does across deploys; with workerGone, app-worker.js answers 404
// (a site that removed the app).
type switchableSite struct {
	mu         sync.Mutex
	dir        string
	workerGone bool
}

func (s *switchableSite) set(dir string, workerGone bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dir, s.workerGone = dir, workerGone
}

func (s *switchableSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	dir, gone := s.dir, s.workerGone
	s.mu.Unlock()
	if gone && r.URL.Path == "/app-worker.js" {
		http.NotFound(w, r)
		return
	}
	staticsite.Handler(dir).ServeHTTP(w, r)
}

// testWorkerUpdate deploys a new build under a page that runs the old one:
// the service worker installs it and the page says a new version is ready;
// Reload runs it. Then the site removes app-worker.js: the page unregisters
// the worker and drops its caches instead of serving the cached app for
// ever.
func (b *browser) testWorkerUpdate(t *testing.T) {
	// A second build of the same code: go-app names each build's version
	// (and its cache) after the time it was generated.
	next := buildSite(t, "", filepath.Join(b.site, "web", "app.wasm"))
	site := &switchableSite{}
	site.set(b.site, false)
	srv := httptest.NewServer(site)
	defer srv.Close()
	own := &browser{ctx: b.ctx, base: srv.URL, site: b.site, served: &serverLog{}}

	tb := own.newTab(t)
	tb.open("/")
	waitController := chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(appTimeout))(ctx, tgt)
		return err
	})
	tb.do("wait for the service worker", waitController)
	if hidden := evaluate[bool](tb, `document.querySelector(".update-banner").hidden`); !hidden {
		t.Fatal("the update banner shows before any update")
	}
	firstCaches := cacheNames(tb)

	site.set(next, false)
	tb.do("update the worker and see the banner",
		chromedp.Evaluate[chromedp.Void](`navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, awaitPromise),
		chromedp.WaitVisible(chromedp.CSS(".update-banner button")),
	)
	if text := evaluate[string](tb, `document.querySelector(".update-banner").innerText`); !containsAll(text, "new version", "Reload") {
		t.Errorf("banner says %q", text)
	}
	// The click reloads the page: a query sent while the old document goes
	// away fails ("Cannot find context with specified id"), and one sent
	// before it goes sees the old page, so wait, retrying, for a document
	// without the mark set here, loaded and controlled by the worker.
	tb.do("reload into the new version",
		chromedp.Evaluate[chromedp.Void](`window.signdoctorBeforeReload = true`),
		chromedp.Click(chromedp.CSS(".update-banner button")),
	)
	reloadDeadline := time.Now().Add(appTimeout)
	for {
		ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
		done, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.signdoctorBeforeReload === undefined && document.getElementById("app-wasm-loader") === null && navigator.serviceWorker.controller !== null`))
		cancel()
		if err == nil && done {
			break
		}
		if time.Now().After(reloadDeadline) {
			t.Fatalf("reload into the new version: not loaded and controlled (%v)", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if hidden := evaluate[bool](tb, `document.querySelector(".update-banner").hidden`); !hidden {
		t.Error("the banner still shows after reloading into the new version")
	}
	secondCaches := cacheNames(tb)
	if len(firstCaches) != 1 || len(secondCaches) != 1 || firstCaches[0] == secondCaches[0] {
		t.Errorf("caches %v then %v: want one per version, the old one gone", firstCaches, secondCaches)
	}

	site.set(next, true)
	tb.do("reload after the site removed the worker",
		chromedp.Reload(),
		chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`navigator.serviceWorker.getRegistrations().then(rs => rs.length === 0)`,
				chromedp.WithPollingTimeout(appTimeout))(ctx, tgt)
			return err
		}),
	)
	// The page then loads itself again from the site: wait through the
	// navigation until it runs with no worker and no cache.
	deadline := time.Now().Add(appTimeout)
	var state string
	for {
		ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
		var err error
		state, err = chromedp.Run(ctx, chromedp.Evaluate[string](`Promise.all([caches.keys(), navigator.serviceWorker.getRegistrations()]).then(([ks, rs]) =>
			ks.length + " caches, " + rs.length + " workers, reloaded " + (sessionStorage.getItem("signdoctor-worker-removed") || "no"))`, awaitPromise))
		cancel()
		if err == nil && (state == "0 caches, 0 workers, reloaded 1" || state == "0 caches, 0 workers, reloaded 2") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the worker's 404: %s %v", state, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("caches %v -> %v -> none; worker unregistered on a 404 of app-worker.js (%s)", firstCaches, secondCaches, state)
}

// cacheNames are the page's Cache Storage caches (one per app version).
func cacheNames(tb *tab) []string {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`caches.keys()`, awaitPromise))
	if err != nil {
		tb.t.Fatalf("caches.keys(): %v", err)
	}
	return v
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
