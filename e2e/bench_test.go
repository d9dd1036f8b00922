package e2e

// Browser benchmarks: where a cold load's time goes, and how fast a dropped
// file is analysed in the page. They report numbers and never assert them.
//
//	go test -run NONE -bench 'BrowserColdLoadPhases' -benchtime 5x ./e2e
//	SIGNDOCTOR_BENCH_FILE=/tmp/bun go test -run NONE -bench 'BrowserVerify' -benchtime 3x ./e2e
//	SIGNDOCTOR_BENCH_WORKERS=0 ... (no page-hashing workers; 2-4: that many)
//
// SIGNDOCTOR_BENCH_SITE points at an already built site (make build) so the
// benchmarks do not build their own.

import (
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/staticsite"
)

// perfProbeJS runs in every benchmark page before the page's own scripts. It
// timestamps (performance.now(), ms since navigation start) the steps of
// go-app's loader — instantiateStreaming called and resolved, go.run called
// and returned — the removal of #app-wasm-loader, the file input's change
// event and the report's arrival in #status, and collects long tasks.
const perfProbeJS = `(() => {
	const p = window.__perf = {longtasks: []};
	const now = () => performance.now();
	try {
		new PerformanceObserver(l => { for (const e of l.getEntries()) p.longtasks.push([e.startTime, e.duration]); })
			.observe({type: "longtask", buffered: true});
	} catch (e) {}
	const inst = WebAssembly.instantiateStreaming;
	if (inst) WebAssembly.instantiateStreaming = async function(...a) {
		p.instantiateStart = now();
		const r = await inst.apply(this, a);
		p.instantiated = now();
		return r;
	};
	let G;
	Object.defineProperty(globalThis, "Go", {configurable: true, get() { return G; }, set(v) {
		const run = v.prototype.run;
		v.prototype.run = function(instance) {
			if (window.__goEnv) Object.assign(this.env, window.__goEnv);
			p.runStart = now();
			const r = run.call(this, instance);
			p.runReturned = now();
			return r;
		};
		G = v;
	}});
	// The file is kept: the page may empty or replace the input once it has read it.
	document.addEventListener("change", e => { if (e.target && e.target.id === "file-input") { p.changed = now(); p.file = e.target.files[0]; } }, true);
	new MutationObserver(() => {
		const loader = document.getElementById("app-wasm-loader");
		if (loader) p.loaderSeen = true;
		else if (p.loaderSeen && p.loaderGone === undefined) p.loaderGone = now();
		const s = document.getElementById("status");
		if (p.changed !== undefined && p.reported === undefined && s) {
			const t = s.textContent;
			if (t.startsWith("Analysed") || s.querySelector(".error-text")) { p.reported = now(); p.status = t; }
		}
		// The report is all drawn once its facts are and the share box's
		// preview is (the page makes it after the rest), or at once if there
		// is no share box.
		if (p.reported !== undefined && p.settled === undefined && document.querySelector("` + reportDrawn + `") &&
			(document.getElementById("share-preview") || !document.querySelector("section.share"))) {
			p.settled = now();
			p.elements = document.getElementsByTagName("*").length;
		}
	}).observe(document, {childList: true, subtree: true, characterData: true});
})()`

// perfResult is what perfProbeJS and the resource timing say about one load.
type perfResult struct {
	WasmFetchStart   float64     `json:"wasmFetchStart"`
	WasmResponseEnd  float64     `json:"wasmResponseEnd"`
	InstantiateStart float64     `json:"instantiateStart"`
	Instantiated     float64     `json:"instantiated"`
	RunStart         float64     `json:"runStart"`
	RunReturned      float64     `json:"runReturned"`
	LoaderGone       float64     `json:"loaderGone"`
	DOMContentLoaded float64     `json:"domContentLoaded"`
	Changed          float64     `json:"changed"`
	Reported         float64     `json:"reported"`
	Settled          float64     `json:"settled"`
	Elements         int         `json:"elements"`
	Status           string      `json:"status"`
	LongTasks        [][]float64 `json:"longtasks"`
}

const perfResultJS = `(() => {
	const p = window.__perf || {};
	const w = performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || {};
	const nav = performance.getEntriesByType("navigation")[0] || {};
	return {wasmFetchStart: w.fetchStart || 0, wasmResponseEnd: w.responseEnd || 0,
		instantiateStart: p.instantiateStart || 0, instantiated: p.instantiated || 0,
		runStart: p.runStart || 0, runReturned: p.runReturned || 0, loaderGone: p.loaderGone || 0,
		domContentLoaded: nav.domContentLoadedEventEnd || 0,
		changed: p.changed || 0, reported: p.reported || 0, settled: p.settled || 0, elements: p.elements || 0, status: p.status || "",
		longtasks: p.longtasks};
})()`

// benchSite is the site the benchmarks serve: SIGNDOCTOR_BENCH_SITE when set
// (make bench builds it once), else a fresh build.
func benchSite(b *testing.B) string {
	if dir := os.Getenv("SIGNDOCTOR_BENCH_SITE"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "web", "app.wasm")); err != nil {
			b.Fatalf("SIGNDOCTOR_BENCH_SITE: %v", err)
		}
		return dir
	}
	return buildSite(b, "", "")
}

// benchTab opens a fresh browser context (no HTTP cache, no service worker,
// as on a first visit) with the probe installed.
func benchTab(b *testing.B, br *browser, env map[string]string) (context.Context, func()) {
	ctx, cancel := chromedp.NewContext(br.ctx, chromedp.WithNewBrowserContext())
	// SIGNDOCTOR_BENCH_PROBE adds script to the probe, for experiments
	// (e.g. stubbing navigator.serviceWorker.register to see what the
	// worker's install costs a first load).
	probe := perfProbeJS + ";" + workersProbeJS(b) + ";" + os.Getenv("SIGNDOCTOR_BENCH_PROBE")
	if len(env) > 0 {
		var kv []string
		for k, v := range env {
			kv = append(kv, fmt.Sprintf("%q: %q", k, v))
		}
		probe = "window.__goEnv = {" + strings.Join(kv, ", ") + "};" + probe
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
		cancel()
		b.Fatal(err)
	}
	return ctx, cancel
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// BenchmarkBrowserColdLoadPhases splits a cold load (fresh browser context,
// localhost) into its steps, each a median over the iterations in ms since
// navigation start: wasm downloaded, instantiated (compiled), Go's run
// returned (runtime and package init, main, first render), loader gone.
// With SIGNDOCTOR_BENCH_INITTRACE=1 it also logs Go's per-package init times
// as the browser sees them (GODEBUG=inittrace=1).
func BenchmarkBrowserColdLoadPhases(b *testing.B) {
	chromium := browserPath(b)
	site := benchSite(b)
	srv := httptest.NewServer(staticsite.Handler(site))
	b.Cleanup(srv.Close)
	br := startBrowser(b, chromium)
	var env map[string]string
	if os.Getenv("SIGNDOCTOR_BENCH_INITTRACE") != "" {
		env = map[string]string{"GODEBUG": "inittrace=1"}
	}
	var fetched, instStart, inst, runStart, ran, gone, longest []float64
	for b.Loop() {
		ctx, cancel := benchTab(b, br, env)
		var console []string
		var mu sync.Mutex
		if env != nil {
			if err := chromedp.Listen(ctx, func(ev any) {
				if e, ok := ev.(*cdpruntime.EventConsoleAPICalled); ok {
					mu.Lock()
					for _, a := range e.Args {
						console = append(console, strings.Trim(string(a.Value), `"`))
					}
					mu.Unlock()
				}
			}); err != nil {
				b.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, cdpruntime.Enable, cdp.Empty{}); err != nil {
				b.Fatal(err)
			}
		}
		tctx, tcancel := context.WithTimeout(ctx, appTimeout)
		err := chromedp.Do(tctx,
			chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
			chromedp.WaitReady(chromedp.ID("file-input")),
		)
		var r perfResult
		if err == nil {
			r, err = chromedp.Run(tctx, chromedp.Evaluate[perfResult](perfResultJS))
		}
		tcancel()
		cancel()
		if err != nil {
			b.Fatalf("cold load: %v", err)
		}
		if os.Getenv("SIGNDOCTOR_BENCH_VERBOSE") != "" {
			fmt.Fprintf(os.Stderr, "load: %+v\n", r)
		}
		fetched = append(fetched, r.WasmResponseEnd)
		instStart = append(instStart, r.InstantiateStart)
		inst = append(inst, r.Instantiated)
		runStart = append(runStart, r.RunStart)
		ran = append(ran, r.RunReturned)
		gone = append(gone, r.LoaderGone)
		var lt float64
		for _, t := range r.LongTasks {
			lt = max(lt, t[1])
		}
		longest = append(longest, lt)
		mu.Lock()
		if env != nil && len(console) > 0 {
			fmt.Fprintf(os.Stderr, "Go in the browser:\n%s\n", strings.Join(console, "\n"))
			env = nil
		}
		mu.Unlock()
	}
	b.ReportMetric(median(gone), "ms/load")
	b.ReportMetric(median(fetched), "ms-wasm-fetched")
	b.ReportMetric(median(inst)-median(instStart), "ms-instantiate")
	b.ReportMetric(median(ran)-median(runStart), "ms-go-run")
	b.ReportMetric(median(longest), "ms-longest-task")
	b.Logf("median of %d cold loads, ms since navigation: wasm fetched %.0f, instantiate %.0f..%.0f, go.run %.0f..%.0f, loader gone %.0f; longest task %.0f",
		len(gone), median(fetched), median(instStart), median(inst), median(runStart), median(ran), median(gone), median(longest))
}

// BenchmarkBrowserVerify drops a file into the page and measures, in the
// page, from the file input's change event to the report in #status: time,
// throughput in MB/s and the longest main-thread task meanwhile
// (PerformanceObserver longtask); then the same file again in the same page
// (the code the first run needed is compiled by then). Files: the corpus
// profile (a small file: latency) and SIGNDOCTOR_BENCH_FILE (a large real
// Mach-O: make bench downloads one from npm).
func BenchmarkBrowserVerify(b *testing.B) {
	files := []struct{ name, path string }{{"profile", corpusProfile}}
	if f := os.Getenv("SIGNDOCTOR_BENCH_FILE"); f != "" {
		files = append(files, struct{ name, path string }{"bench-file", f})
	}
	for _, f := range files {
		// Dropped as soon as the page is up, and after the page's warm-up
		// (app/warmup.go), as a user who takes a second to find the file.
		b.Run(f.name+"/at-once", func(b *testing.B) { benchmarkBrowserVerify(b, f.path, false) })
		b.Run(f.name+"/after-warm-up", func(b *testing.B) { benchmarkBrowserVerify(b, f.path, true) })
	}
}

// warmedUpJS waits for the page's warm-up to be over (at most 30 s).
const warmedUpJS = `(async () => {
	for (let i = 0; i < 300 && document.documentElement.dataset.warmedUp !== "true"; i++) await new Promise((r) => setTimeout(r, 100));
	return document.documentElement.dataset.warmedUp === "true";
})()`

func benchmarkBrowserVerify(b *testing.B, file string, afterWarmUp bool) {
	st, err := os.Stat(file)
	if err != nil {
		b.Skipf("no file to drop: %v", err)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		b.Fatal(err)
	}
	chromium := browserPath(b)
	site := benchSite(b)
	srv := httptest.NewServer(staticsite.Handler(site))
	b.Cleanup(srv.Close)
	br := startBrowser(b, chromium)
	var ms, warmMS, longest, readMS, hashMS, bothMS, pool []float64
	var analysisTimes, longestAnalysing, longestShowing []float64
	var cpuMS, cpuWallMS, againCPU, againWall []float64
	var status string
	// SIGNDOCTOR_BENCH_CPUPROFILE=1 prints, for the first iteration, the
	// functions (Go's in the wasm, and the browser's) that took the most
	// time in each drop; build the site without -s -w for Go's names.
	profileCPU := os.Getenv("SIGNDOCTOR_BENCH_CPUPROFILE") != ""
	for b.Loop() {
		ctx, cancel := benchTab(b, br, nil)
		tctx, tcancel := context.WithTimeout(ctx, appTimeout)
		err := chromedp.Do(tctx,
			chromedp.Navigate(srv.URL+"/"),
			chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
		)
		// A first visit installs the service worker once the app runs, which
		// downloads and stores every file (app.wasm's 13 MB too); this
		// measures verification, so it waits for that to be over.
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Evaluate[bool](swReadyJS, chromedp.EvalAwaitPromise))
		}
		if err == nil && afterWarmUp {
			var warmed bool
			if warmed, err = chromedp.Run(tctx, chromedp.Evaluate[bool](warmedUpJS, chromedp.EvalAwaitPromise)); err == nil && !warmed {
				b.Fatal("the page's warm-up did not finish in 30 s")
			}
		}
		if err == nil && profileCPU {
			err = startCPUProfile(tctx)
		}
		// The CPU time the browser's processes spend from the drop to the
		// report in #status (polled every 20 ms): the page's thread, its
		// workers, the browser's file reading.
		threads0, cpu0, wall0 := browserThreadsCPU(br), browserCPU(br), time.Now()
		if err == nil {
			err = chromedp.Do(tctx, chromedp.SetUploadFiles(chromedp.ID("file-input"), []string{abs}))
		}
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Poll[bool](`window.__perf.reported !== undefined`, chromedp.WithPollingInterval(20*time.Millisecond)))
		}
		cpuMS, cpuWallMS = append(cpuMS, browserCPU(br)-cpu0), append(cpuWallMS, float64(time.Since(wall0).Milliseconds()))
		b.Logf("CPU ms by thread from the drop to the report: %s", threadsDelta(threads0, browserThreadsCPU(br)))
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Poll[bool](`window.__perf.settled !== undefined`, chromedp.WithPollingInterval(20*time.Millisecond)))
		}
		if err == nil && profileCPU {
			err = printCPUProfile(tctx, filepath.Base(file)+", first drop")
		}
		var r perfResult
		if err == nil {
			r, err = chromedp.Run(tctx, chromedp.Evaluate[perfResult](perfResultJS))
		}
		if err == nil {
			pool, err = chromedp.Run(tctx, chromedp.Evaluate[[]float64](poolJS))
		}
		if err == nil {
			pool, err = chromedp.Run(tctx, chromedp.Evaluate[[]float64](poolJS))
		}
		// The same file again in the same page: the code the first run
		// needed is compiled by then, so this is the steady state.
		var warm perfResult
		if err == nil {
			err = chromedp.Do(tctx,
				chromedp.Evaluate[chromedp.Void](`delete window.__perf.changed; delete window.__perf.reported; delete window.__perf.settled; document.getElementById("file-input").value = ""`))
		}
		if err == nil && profileCPU {
			err = startCPUProfile(tctx)
		}
		threads0, cpu0, wall0 = browserThreadsCPU(br), browserCPU(br), time.Now()
		if err == nil {
			err = chromedp.Do(tctx, chromedp.SetUploadFiles(chromedp.ID("file-input"), []string{abs}))
		}
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Poll[bool](`window.__perf.reported !== undefined`, chromedp.WithPollingInterval(20*time.Millisecond)))
		}
		againCPU, againWall = append(againCPU, browserCPU(br)-cpu0), append(againWall, float64(time.Since(wall0).Milliseconds()))
		b.Logf("the same file again: CPU ms by thread from the drop to the report: %s", threadsDelta(threads0, browserThreadsCPU(br)))
		if err == nil {
			_, err = chromedp.Run(tctx, chromedp.Poll[bool](`window.__perf.settled !== undefined`, chromedp.WithPollingInterval(20*time.Millisecond)))
		}
		if err == nil && profileCPU {
			err = printCPUProfile(tctx, filepath.Base(file)+", the same file again")
			profileCPU = false
		}
		if err == nil {
			warm, err = chromedp.Run(tctx, chromedp.Evaluate[perfResult](perfResultJS))
		}
		// The machine's ceiling: the same file read by the browser alone,
		// and its pages hashed by SubtleCrypto alone, with no Go at all.
		var c browserCeiling
		if err == nil {
			c, err = chromedp.Run(tctx, chromedp.Evaluate[browserCeiling](browserCeilingJS, chromedp.EvalAwaitPromise))
		}
		tcancel()
		cancel()
		if err != nil {
			b.Fatalf("drop %s: %v", file, err)
		}
		ms = append(ms, r.Reported-r.Changed)
		readMS, hashMS, bothMS = append(readMS, c.Read), append(hashMS, c.Hash), append(bothMS, c.Both)
		warmMS = append(warmMS, warm.Reported-warm.Changed)
		var lt, ltAnalysing, ltShowing float64
		var tasks []string
		// The page's "Analysed 1 file in 1.5s" is the analysis alone; the
		// tasks that start after it show the report, up to its share
		// preview (drawn last).
		analysed := analysisMS(r.Status)
		for _, t := range r.LongTasks {
			if t[0]+t[1] >= r.Changed && t[0] <= r.Settled {
				lt = max(lt, t[1])
				if analysed > 0 && t[0] >= r.Changed+analysed {
					ltShowing = max(ltShowing, t[1])
					tasks = append(tasks, fmt.Sprintf("%.0f ms at +%.0f (showing the report)", t[1], t[0]-r.Changed))
				} else {
					ltAnalysing = max(ltAnalysing, t[1])
					tasks = append(tasks, fmt.Sprintf("%.0f ms at +%.0f", t[1], t[0]-r.Changed))
				}
			}
		}
		b.Logf("long tasks of the first drop (of %.0f ms, analysis %.0f ms, all drawn at +%.0f, %d elements): %s", r.Reported-r.Changed, analysed, r.Settled-r.Changed, r.Elements, strings.Join(tasks, ", "))
		longest = append(longest, lt)
		longestAnalysing, longestShowing = append(longestAnalysing, ltAnalysing), append(longestShowing, ltShowing)
		analysisTimes = append(analysisTimes, analysed)
		status = r.Status
	}
	mb := float64(st.Size()) / 1e6
	b.ReportMetric(median(ms), "ms/verify")
	b.ReportMetric(mb/(median(ms)/1000), "MB/s")
	b.ReportMetric(median(longest), "ms-longest-task")
	if median(analysisTimes) > 0 {
		b.ReportMetric(mb/(median(analysisTimes)/1000), "MB/s-analysis")
		b.ReportMetric(median(longestAnalysing), "ms-longest-task-analysing")
		b.ReportMetric(median(longestShowing), "ms-longest-task-showing")
	}
	b.ReportMetric(median(warmMS), "ms/verify-again")
	b.ReportMetric(mb/(median(readMS)/1000), "MB/s-browser-read")
	b.ReportMetric(mb/(median(hashMS)/1000), "MB/s-browser-hash")
	b.ReportMetric(mb/(median(bothMS)/1000), "MB/s-browser-both")
	b.Logf("the browser alone, no Go: reads the file (a stream into a 4 MB buffer) at %.0f MB/s, hashes its 16 KB pages (SubtleCrypto, in memory, one batch) at %.0f MB/s, and does both as the page does (2 MB ranges, the next read while this one is hashed) at %.0f MB/s",
		mb/(median(readMS)/1000), mb/(median(hashMS)/1000), mb/(median(bothMS)/1000))
	b.Logf("%s (%.1f MB): median %.0f ms from drop to report (%.0f MB/s), longest main-thread task %.0f ms; the same file again in the same page %.0f ms; page said %q",
		filepath.Base(file), mb, median(ms), mb/(median(ms)/1000), median(longest), median(warmMS), status)
	b.Logf("the analysis alone (the time the page states) took %.0f ms (%.0f MB/s), its longest task %.0f ms; showing the report after it, longest task %.0f ms",
		median(analysisTimes), mb/(median(analysisTimes)/1000), median(longestAnalysing), median(longestShowing))
	if median(cpuMS) > 0 {
		b.ReportMetric(median(cpuMS), "cpu-ms/verify")
		b.Logf("the browser's processes used %.0f ms of CPU from the drop to the report (median; %.0f ms of it apart, so %.1f cores on average; this machine has %d)",
			median(cpuMS), median(cpuWallMS), median(cpuMS)/median(cpuWallMS), runtime.NumCPU())
		b.ReportMetric(median(againCPU), "cpu-ms/verify-again")
		b.Logf("the same file again: %.0f ms of CPU in %.0f ms (%.1f cores)", median(againCPU), median(againWall), median(againCPU)/median(againWall))
	}
	if len(pool) == 2 && pool[0] > 0 {
		b.Logf("code pages hashed by %.0f Web Workers (SIGNDOCTOR_BENCH_WORKERS=0: none): %.1f MB of the last page's first drop and its warm-up", pool[0], pool[1]/1e6)
	} else {
		b.Logf("code pages hashed without Web Workers (Go reads the code; SubtleCrypto on the page's thread)")
	}
}

// analysisMS is the analysis time the page states ("Analysed 1 file in
// 1.498s: ..."), in ms, or 0.
func analysisMS(status string) float64 {
	m := regexp.MustCompile(`\bin ([0-9.]+(?:ms|s|µs)):`).FindStringSubmatch(status)
	if m == nil {
		return 0
	}
	d, err := time.ParseDuration(m[1])
	if err != nil {
		return 0
	}
	return float64(d) / float64(time.Millisecond)
}

// workersProbeJS sets how many Web Workers hash a dropped file's pages
// (web/digest.js's pool) from SIGNDOCTOR_BENCH_WORKERS: unset, the page's own
// choice (from navigator.hardwareConcurrency: 2 on a 2-core machine); "0",
// no pool, so Go reads the code and hashes it with SubtleCrypto on the
// page's thread (the way before workers); 2 to 4, that many.
func workersProbeJS(b *testing.B) string {
	switch n := os.Getenv("SIGNDOCTOR_BENCH_WORKERS"); n {
	case "":
		return ""
	case "0":
		return `Object.defineProperty(globalThis, "signdoctorPagePool", {configurable: true, get() {}, set(v) {}})`
	case "2", "3", "4":
		// The pool takes half the reported cores, 2 to 4.
		return `Object.defineProperty(Navigator.prototype, "hardwareConcurrency", {configurable: true, get: () => 2 * ` + n + `})`
	default:
		b.Fatalf("SIGNDOCTOR_BENCH_WORKERS=%q: want 0, 2, 3 or 4", n)
		return ""
	}
}

// poolJS says how the first drop's pages were hashed: the workers in the
// page's pool and the bytes they read and hashed (0 and 0 without a pool).
const poolJS = `(() => { const p = window.signdoctorPagePool; return p ? [p.size, p.answeredBytes] : [0, 0]; })()`

// swReadyJS waits for the page's service worker to be active (at most 30 s).
const swReadyJS = `(async () => {
	if (!("serviceWorker" in navigator)) return false;
	const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 30000));
	return await Promise.race([navigator.serviceWorker.ready.then(() => true), timeout]);
})()`

// browserCeiling is what the browser alone does with the dropped file, in ms:
// read it through a stream into a reused 4 MB buffer (as blobread.js does);
// hash it, already in memory, as 16 KB pages in one batch of SubtleCrypto
// digests; and both at once, pipelined as the page does. A page that reads
// and hashes the file with the browser's own means verifies no faster than
// the last.
type browserCeiling struct {
	Read float64 `json:"read"`
	Hash float64 `json:"hash"`
	Both float64 `json:"both"`
}

const browserCeilingJS = `(async () => {
	const f = window.__perf.file;
	let t0 = performance.now();
	const r = f.stream().getReader({mode: "byob"});
	let buf = new ArrayBuffer(4 << 20);
	for (;;) { const {done, value} = await r.read(new Uint8Array(buf)); if (done) break; buf = value.buffer; }
	const read = performance.now() - t0;
	const u = new Uint8Array(await f.arrayBuffer());
	t0 = performance.now();
	const ps = [];
	for (let o = 0; o < u.length; o += 16384) ps.push(crypto.subtle.digest("SHA-256", u.subarray(o, Math.min(o + 16384, u.length))));
	await Promise.all(ps);
	const hash = performance.now() - t0;
	// Both at once, as the page does them, with no Go: 2 MB ranges streamed,
	// the next read while this one's pages are digested.
	t0 = performance.now();
	const r2 = f.stream().getReader({mode: "byob"});
	const fill = async (buf, n) => {
		let got = 0;
		while (got < n) { const {done, value} = await r2.read(new Uint8Array(buf, got, n - got)); if (done) break; buf = value.buffer; got += value.byteLength; }
		return new Uint8Array(buf, 0, got);
	};
	const CH = 2 << 20;
	let pending = fill(new ArrayBuffer(CH), Math.min(CH, f.size));
	const batches = [];
	for (let off = 0; off < f.size; off += CH) {
		const view = await pending;
		const next = Math.min(CH, f.size - off - CH);
		pending = next > 0 ? fill(new ArrayBuffer(CH), next) : null;
		const ds = [];
		for (let o = 0; o < view.length; o += 16384) ds.push(crypto.subtle.digest("SHA-256", view.subarray(o, Math.min(o + 16384, view.length))));
		batches.push(Promise.all(ds));
		if (batches.length > 3) await batches.shift();
	}
	await Promise.all(batches);
	return {read, hash, both: performance.now() - t0};
})()`

func startCPUProfile(ctx context.Context) error {
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 500}); err != nil {
		return err
	}
	_, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{})
	return err
}

// printCPUProfile stops the page's CPU profile and prints the 30 functions
// with the most self time. "(program)" is the browser's own work (compiling
// wasm, DOM, layout, file reads, SubtleCrypto), "(idle)" waiting.
func printCPUProfile(ctx context.Context, what string) error {
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil || res.Profile == nil {
		return err
	}
	p := res.Profile
	nodes := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		nodes[int64(n.ID)] = n
	}
	self := map[string]float64{}
	var total float64
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		n := nodes[int64(id)]
		if n == nil || n.CallFrame == nil {
			continue
		}
		ms := float64(p.TimeDeltas[i]) / 1000
		name := n.CallFrame.FunctionName
		if name == "" {
			name = "(anonymous " + filepath.Base(n.CallFrame.URL) + ")"
		}
		self[name] += ms
		total += ms
	}
	printLongRuns(p, nodes)
	printTimeline(p, nodes)
	names := make([]string, 0, len(self))
	for k := range self {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return self[names[i]] > self[names[j]] })
	var out strings.Builder
	fmt.Fprintf(&out, "CPU profile (%s): %.0f ms sampled\n", what, total)
	for _, k := range names[:min(30, len(names))] {
		fmt.Fprintf(&out, "%9.1f ms  %s\n", self[k], k)
	}
	fmt.Fprint(os.Stderr, out.String())
	return nil
}

// printLongRuns prints, for every stretch of at least 150 ms in which the
// page's thread was never idle (a long task, as the profile sees it), the
// functions that were on the stack for most of it: what to split or speed
// up to keep the page painting.
func printLongRuns(p *profiler.Profile, nodes map[int64]*profiler.ProfileNode) {
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		for _, c := range n.Children {
			parent[int64(c)] = int64(n.ID)
		}
	}
	var run []int
	var runMS float64
	flush := func() {
		if runMS >= 150 {
			incl := map[string]float64{}
			for _, i := range run {
				seen := map[string]bool{}
				for id := int64(p.Samples[i]); id != 0; id = parent[id] {
					n := nodes[id]
					if n == nil || n.CallFrame == nil {
						break
					}
					name := n.CallFrame.FunctionName
					if name == "" || seen[name] {
						continue
					}
					seen[name] = true
					incl[name] += float64(p.TimeDeltas[i]) / 1000
				}
			}
			names := make([]string, 0, len(incl))
			for k := range incl {
				names = append(names, k)
			}
			sort.Slice(names, func(i, j int) bool { return incl[names[i]] > incl[names[j]] })
			var out strings.Builder
			fmt.Fprintf(&out, "busy stretch of %.0f ms; on the stack for most of it:\n", runMS)
			for _, k := range names[:min(25, len(names))] {
				fmt.Fprintf(&out, "%9.1f ms  %s\n", incl[k], k)
			}
			fmt.Fprint(os.Stderr, out.String())
		}
		run, runMS = run[:0], 0
	}
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		n := nodes[int64(id)]
		if n == nil || n.CallFrame == nil || n.CallFrame.FunctionName == "(idle)" {
			flush()
			continue
		}
		run = append(run, i)
		runMS += float64(p.TimeDeltas[i]) / 1000
	}
	flush()
}

// printTimeline prints, for every 50 ms of the profile, the page thread's
// idle time and where the rest went: each sample is charged to the
// innermost of signdoctor's own functions on its stack (the step of the
// analysis or of drawing the report), or to the browser's own work.
func printTimeline(p *profiler.Profile, nodes map[int64]*profiler.ProfileNode) {
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		for _, c := range n.Children {
			parent[int64(c)] = int64(n.ID)
		}
	}
	const bucket = 50.0
	var buckets []map[string]float64
	var at float64
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		ms := float64(p.TimeDeltas[i]) / 1000
		at += ms
		for int(at/bucket) >= len(buckets) {
			buckets = append(buckets, map[string]float64{})
		}
		where := ""
		for cur := int64(id); cur != 0; cur = parent[cur] {
			n := nodes[cur]
			if n == nil || n.CallFrame == nil {
				break
			}
			if where == "" {
				where = n.CallFrame.FunctionName // the leaf, if no own function is on the stack
			}
			if f := n.CallFrame.FunctionName; strings.Contains(f, "signdoctor_signdoctor") {
				where = strings.TrimPrefix(f, "github.com_signdoctor_signdoctor_")
				break
			}
		}
		buckets[int(at/bucket)][where] += ms
	}
	printBuckets(buckets, bucket)
}

// browserCPU is the CPU time, in ms, that the browser's processes (the
// browser, its renderers with their Web Workers, its network and utility
// processes) have used so far, threads that have exited included, from
// Linux's /proc; 0 elsewhere.
func browserCPU(br *browser) float64 {
	return browserThreadsCPU(br)[""]
}

// browserThreadsCPU is browserCPU by thread name ("renderer main" is the
// main thread of renderers, a page's among them; DedicatedWorker a Web
// Worker's;
// ThreadPoolForeg chromium's pool, where V8 compiles wasm in the background
// and WebCrypto digests; "exited" threads that have ended), under "" all.
func browserThreadsCPU(br *browser) map[string]float64 {
	out := map[string]float64{}
	c := chromedp.FromContext(br.ctx)
	if c == nil || c.Browser == nil || c.Browser.Process() == nil {
		return out
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return out
	}
	// /proc/<pid>/stat: pid (comm) state ppid ... utime stime, fields 4, 14 and 15.
	stat := func(path string) (comm string, ppid int, ticks float64, ok bool) {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", 0, 0, false
		}
		i, j := bytes.IndexByte(b, '('), bytes.LastIndexByte(b, ')')
		if i < 0 || j < i {
			return "", 0, 0, false
		}
		f := strings.Fields(string(b[j+1:]))
		if len(f) < 13 {
			return "", 0, 0, false
		}
		ppid, _ = strconv.Atoi(f[1])
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		return string(b[i+1 : j]), ppid, ut + st, true
	}
	parent := map[int]int{}
	for _, e := range entries {
		if pid, err := strconv.Atoi(e.Name()); err == nil {
			if _, ppid, _, ok := stat(filepath.Join("/proc", e.Name(), "stat")); ok {
				parent[pid] = ppid
			}
		}
	}
	root := c.Browser.Process().Pid
	for pid := range parent {
		p := pid
		for p > 1 && p != root {
			p = parent[p]
		}
		if p != root {
			continue
		}
		// Clock ticks of 10 ms (USER_HZ 100). A process's own line counts
		// its exited threads too.
		_, _, all, ok := stat(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
		if !ok {
			continue
		}
		out[""] += all * 10
		live := 0.0
		// A process's main thread is named by its kind (--type=renderer).
		kind := "browser"
		if cmd, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "cmdline")); err == nil {
			// Chromium rewrites its children's argv as one string.
			for _, a := range strings.Fields(strings.ReplaceAll(string(cmd), "\x00", " ")) {
				if t, ok := strings.CutPrefix(a, "--type="); ok {
					kind = t
				}
			}
		}
		tasks, _ := os.ReadDir(filepath.Join("/proc", strconv.Itoa(pid), "task"))
		for _, t := range tasks {
			if comm, _, ticks, ok := stat(filepath.Join("/proc", strconv.Itoa(pid), "task", t.Name(), "stat")); ok {
				if t.Name() == strconv.Itoa(pid) {
					comm = kind + " main"
				}
				out[comm] += ticks * 10
				live += ticks
			}
		}
		out["exited"] += max(0, all-live) * 10
	}
	return out
}

// threadsDelta lists the threads that used CPU between two readings of
// browserThreadsCPU, most first.
func threadsDelta(before, after map[string]float64) string {
	var names []string
	for n := range after {
		if n != "" && after[n]-before[n] > 0 {
			names = append(names, n)
		}
	}
	sort.Slice(names, func(i, j int) bool { return after[names[i]]-before[names[i]] > after[names[j]]-before[names[j]] })
	var parts []string
	for _, n := range names {
		parts = append(parts, fmt.Sprintf("%s %.0f", n, after[n]-before[n]))
	}
	return strings.Join(parts, ", ")
}
