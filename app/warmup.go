package app

import (
	"context"
	"runtime"
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// WarmUp is a small signed binary the page analyses, out of sight, once it
// has loaded: the browser compiles the app's WebAssembly function by function
// on first use and optimises what runs often, and without a warm-up the
// user's first file paid for all of it (bun, 88.7 MB, in headless chromium:
// 1.6 s from drop to report on a fresh page, 0.9 s after a warm-up). It is
// one of the site's own static files; nothing leaves the page, nothing is
// shown, and a drop cancels it.
var WarmUp = Example{File: "warm-up", Source: "macho-no-secure-timestamp/developer-id-untimestamped/tool.b64"}

// warmUpDelay leaves the page's first paint and the service worker's start to
// themselves before the warm-up takes its turns on the thread.
const warmUpDelay = 300 * time.Millisecond

var warmUpRun struct {
	once   sync.Once
	mu     sync.Mutex
	cancel context.CancelFunc
}

// startWarmUp runs the warm-up once per page life, in the background.
func startWarmUp(ctx goapp.Context) {
	warmUpRun.once.Do(func() {
		run, cancel := context.WithCancel(context.Background())
		warmUpRun.mu.Lock()
		warmUpRun.cancel = cancel
		warmUpRun.mu.Unlock()
		url := ctx.ResolveStaticResource(examplePath(WarmUp.File))
		ctx.Async(func() {
			defer cancel()
			time.Sleep(warmUpDelay)
			if run.Err() != nil {
				return
			}
			loadLikeness(ctx)
			files, err := staticFile(url, WarmUp.File)
			if err != nil || run.Err() != nil {
				return
			}
			rep, err := analyzer.Analyze(run, files, analyzer.Options{PageHasher: pageHasher(), Yield: yielder()})
			if err != nil || run.Err() != nil {
				return
			}
			// The share box's preview of a report, made the same way: its
			// patterns are compiled once, here rather than after a drop.
			encodeShareYielding(rep, []string{WarmUp.File}, shareOptions{}, time.Now(), yielder())
			// The warm-up's garbage is collected now, while the page is
			// idle, and not by the first drop's analysis.
			runtime.GC()
			// For benchmarks that measure a drop after the warm-up.
			goapp.Window().Get("document").Get("documentElement").Get("dataset").Set("warmedUp", "true")
		})
	})
}

// stopWarmUp cancels a warm-up still running: the user's files come first.
func stopWarmUp() {
	warmUpRun.mu.Lock()
	defer warmUpRun.mu.Unlock()
	if warmUpRun.cancel != nil {
		warmUpRun.cancel()
	}
}
