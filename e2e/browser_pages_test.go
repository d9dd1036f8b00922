package e2e

// The pages at each viewport (and the screenshots in docs/screenshots), the
// app offline after a first visit, and the site served under a sub-path.

import (
	"bytes"
	"context"
	"image"
	_ "image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/staticsite"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/app"
)

// screenshotProfile is a generated profile (screenshots are committed, and a
// corpus profile shows real people's names and device IDs), preferably one
// with a typical problem.
func screenshotProfile(t *testing.T) string {
	for _, p := range []string{
		"../testdata/cases/profile-expiring/expires-in-10-days/Example.mobileprovision",
	} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	corpus, generated := profilesToDrop(t)
	if len(generated) > 0 {
		return generated[0]
	}
	if os.Getenv("SIGNDOCTOR_SCREENSHOTS") != "" {
		t.Fatal("no generated profile for screenshots to be committed; a corpus one would show people's names")
	}
	return corpus
}

// screenshotDir is where screenshots go: docs/screenshots with `make
// screenshots`, a temporary folder otherwise (so a test run changes no
// committed file).
func screenshotDir(t *testing.T) string {
	if dir := os.Getenv("SIGNDOCTOR_SCREENSHOTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.TempDir()
}

var viewports = []struct {
	name          string
	width, height int64
	mobile        bool
}{
	{"desktop", 1280, 900, false},
	{"phone", 360, 780, true},
}

func (b *browser) testPages(t *testing.T) {
	dir := screenshotDir(t)
	profile := screenshotProfile(t)
	checks := analyzer.Checks()
	for _, vp := range viewports {
		t.Run(vp.name, func(t *testing.T) {
			tb := b.newTab(t)
			var opts []chromedp.EmulateViewportOption
			if vp.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("viewport", chromedp.EmulateViewport(vp.width, vp.height, opts...))

			tb.open("/")
			tb.drop(profile)
			tb.do("wait for the report", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
			tb.screenshot(dir, "home-"+vp.name, vp.width, true)

			tb.open("/checks")
			if n := evaluate[int](tb, `document.querySelectorAll("a.check-link").length`); n != len(checks) {
				t.Errorf("/checks lists %d checks, the registry has %d", n, len(checks))
			}
			tb.screenshot(dir, "checks-"+vp.name, vp.width, false)

			id := checks[0].ID
			tb.open("/checks/" + id)
			if got := evaluate[string](tb, `(document.getElementById("check-id") || {}).textContent || ""`); !strings.Contains(got, id) {
				t.Errorf("/checks/%s shows #check-id %q", id, got)
			}

			tb.open("/about")
			tb.screenshot(dir, "about-"+vp.name, vp.width, false)

			// At phone width nothing may stick out sideways.
			if w := evaluate[int](tb, `document.documentElement.scrollWidth`); vp.mobile && int64(w) > vp.width {
				t.Errorf("/about is %dpx wide at a %dpx viewport", w, vp.width)
			}
		})
	}
	t.Logf("screenshots in %s", dir)
}

// screenshot saves the viewport (or, with full, the whole page: a report
// runs long) as name.png and checks it is a real image of the viewport's
// width.
func (tb *tab) screenshot(dir, name string, width int64, full bool) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
	defer cancel()
	capture := chromedp.CaptureScreenshot()
	if full {
		capture = chromedp.FullScreenshot(100) // 100 means PNG
	}
	png, err := chromedp.Run(ctx, capture)
	if err != nil {
		tb.t.Fatalf("screenshot %s: %v", name, err)
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(png))
	if err != nil || format != "png" {
		tb.t.Fatalf("screenshot %s is not a PNG: %v", name, err)
	}
	if int64(cfg.Width) != width {
		tb.t.Errorf("screenshot %s is %dpx wide, want %d", name, cfg.Width, width)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

func (b *browser) testOfflineReload(t *testing.T) {
	corpus, generated := profilesToDrop(t)
	profile := corpus
	if profile == "" {
		profile = generated[0]
	}
	tb := b.newTab(t)
	tb.open("/")
	// The service worker precaches the app on install; wait until it is
	// active and controls this page, so the reload goes through it.
	tb.do("wait for the service worker",
		chromedp.Evaluate[chromedp.Void](`navigator.serviceWorker.ready.then(() => true)`, awaitPromise),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`, chromedp.WithPollingTimeout(appTimeout))(ctx, t)
			return err
		}),
	)
	// go-app's worker fills its cache after it activates (its install
	// handler does not wait for cache.addAll), all at once when every entry
	// has loaded: wait until it holds at least every page.
	pages := len(app.RoutePaths())
	var cached int
	for deadline := time.Now().Add(appTimeout); ; {
		ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`caches.keys().then(async ks => {
		let n = 0;
		for (const k of ks) n += (await (await caches.open(k)).keys()).length;
		return n;
	})`, awaitPromise))
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		cached = n
		if cached >= pages || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if cached == 0 {
		t.Fatal("the service worker cached nothing: the app cannot work offline (a precache entry that fails, such as a remote icon, empties it)")
	}
	if cached < pages {
		t.Errorf("the service worker cached %d responses, fewer than the site's %d pages", cached, pages)
	}

	if _, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: new(true),
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		t.Fatalf("going offline: %v", err)
	}
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatalf("going offline: %v", err)
	}
	servedBefore := len(b.served.snapshot())
	tb.do("reload offline",
		chromedp.Reload(),
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
	)
	if online := evaluate[bool](tb, `navigator.onLine`); online {
		t.Error("navigator.onLine is still true: the offline emulation did not apply")
	}
	tb.drop(profile)
	tb.do("analyse offline", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
	tb.profileCards()
	// The page-hashing workers' script is precached: offline, a binary's
	// pages are hashed in workers too.
	ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
	worker, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`caches.match(signdoctorPagePool.url).then(Boolean)`, awaitPromise))
	cancel()
	if err != nil || !worker {
		t.Errorf("web/pageworker.js is not in the service worker's cache (%v)", err)
	}
	checkFindings(t, evaluate[[]domFinding](tb, findingsJS))
	// Every prerendered page opens, and reloads, offline too.
	checks := analyzer.Checks()
	id := checks[len(checks)/2].ID
	for _, page := range []string{"/checks/" + id, "/checks", "/about"} {
		tb.do("open "+page+" offline",
			chromedp.Navigate(tb.b.base+page),
			chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
			chromedp.Reload(),
			chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
			chromedp.WaitVisible(chromedp.CSS("main h1")),
		)
		if strings.HasPrefix(page, "/checks/") {
			if got := evaluate[string](tb, `(document.getElementById("check-id") || {}).textContent || ""`); got != id {
				t.Errorf("%s reloaded offline shows #check-id %q", page, got)
			}
		}
		if h1 := evaluate[string](tb, `document.querySelector("main h1").textContent`); h1 == "" {
			t.Errorf("%s reloaded offline has no heading", page)
		}
	}
	// The browser itself checks the service worker's script for an update
	// after a navigation, and the offline emulation does not always stop
	// that check (seen in full runs, after the other subtests: one GET of
	// app-worker.js reached the server). It is the browser's bookkeeping,
	// not the page being online; anything else reaching the server is.
	var updateChecks int
	for _, r := range b.served.snapshot()[servedBefore:] {
		if r.Method == http.MethodGet && len(r.Body) == 0 && strings.TrimPrefix(r.URI, "/") == "app-worker.js" {
			updateChecks++
			continue
		}
		t.Errorf("offline, the server still got %s %s", r.Method, r.URI)
	}
	t.Logf("%d responses cached; reloaded and analysed with the network off (%d service-worker update checks by the browser)", cached, updateChecks)
}

// testSubPath serves a site built with -base /signdoctor under that prefix,
// as a GitHub Pages project site would, and uses it: every request must stay
// under the prefix, and links must carry it.
func (b *browser) testSubPath(t *testing.T) {
	const prefix = "/signdoctor"
	site := buildSite(t, prefix, filepath.Join(b.site, "web", "app.wasm"))
	served := &serverLog{}
	mux := http.NewServeMux()
	mux.Handle(prefix+"/", http.StripPrefix(prefix, staticsite.Handler(site)))
	srv := httptest.NewServer(served.wrap(mux))
	defer srv.Close()
	sub := &browser{ctx: b.ctx, base: srv.URL + prefix, site: site, served: served}

	corpus, generated := profilesToDrop(t)
	profile := corpus
	if profile == "" {
		profile = generated[0]
	}
	tb := sub.newTab(t)
	tb.open("/")
	tb.drop(profile)
	tb.do("analyse under a sub-path", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
	checkFindings(t, evaluate[[]domFinding](tb, findingsJS))
	tb.open("/checks")
	if bad := evaluate[[]string](tb, `[...document.querySelectorAll("a.check-link")].map(a => a.getAttribute("href")).filter(h => !h.startsWith("`+prefix+`/"))`); len(bad) > 0 {
		t.Errorf("check links without the base path: %v", bad)
	}
	for _, r := range served.snapshot() {
		// The bare prefix is fine: hosts redirect it to prefix/, as the mux does.
		if r.URI != prefix && !strings.HasPrefix(r.URI, prefix+"/") {
			t.Errorf("request outside the base path: %s %s", r.Method, r.URI)
		}
	}
	t.Logf("%d requests to the server under %s", len(served.snapshot()), prefix)
}
