package e2e

// The browser tests drive Debian's chromium through the DevTools protocol
// against the real site: the wasm and the pages are built into a temporary
// folder and served by the same handler `signdoctor serve` uses, so what is
// tested is what deploys. They skip when chromium is missing, except with
// CI=true, where they must run.

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/staticsite"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
	"github.com/signdoctor/signdoctor/internal/testfixture"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// appTimeout bounds one step in the page (load the wasm, analyse a file). A
// cold load of a ~9 MB wasm on a busy 2-core machine takes seconds, not
// minutes.
const appTimeout = 90 * time.Second

// corpusProfile is a real development profile read in place from the shared
// corpus ("" when the corpus is absent); MANIFEST.md gives its team and App
// ID (allowed in tests).
var corpusProfile = func() string {
	if dir, ok := testcorpus.Find(); ok {
		return filepath.Join(dir, "profiles", "appinfo-ios_development.mobileprovision")
	}
	return ""
}()

const (
	corpusProfileTeam  = "WKR87TTKML"
	corpusProfileAppID = "WKR87TTKML.com.icyleaf.appinfo.test"
)

func TestBrowser(t *testing.T) {
	chromium := browserPath(t)
	start := time.Now()
	site := buildSite(t, "", "")
	t.Logf("site built in %s", time.Since(start).Round(time.Millisecond))

	served := &serverLog{}
	srv := httptest.NewServer(served.wrap(staticsite.Handler(site)))
	t.Cleanup(srv.Close)
	b := startBrowser(t, chromium)
	b.base, b.site, b.served = srv.URL, site, served

	t.Run("DropProfile", b.testDropProfile)
	t.Run("Report", b.testReport)
	t.Run("FirstVisit", b.testFirstVisit)
	t.Run("Precompressed", b.testPrecompressed)
	t.Run("PagesAt360", b.testPagesAt360)
	t.Run("Interactions", b.testInteractions)
	t.Run("DropBinary", b.testDropBinary)
	t.Run("Examples", b.testExamples)
	t.Run("NoUpload", b.testNoUpload)
	t.Run("IdentityPassword", b.testIdentityPassword)
	t.Run("ChooseFolder", b.testChooseFolder)
	t.Run("DropFolder", b.testDropFolder)
	t.Run("ScriptInjection", b.testScriptInjection)
	t.Run("PasteToolOutput", b.testPasteToolOutput)
	t.Run("PasteRetelling", b.testPasteRetelling)
	t.Run("ProseFetched", b.testProseFetched)
	t.Run("Pages", b.testPages)
	t.Run("OfflineReload", b.testOfflineReload)
	t.Run("SubPath", b.testSubPath)
	t.Run("WorkerUpdate", b.testWorkerUpdate)
	t.Run("ShareLinks", b.testShareLinks)
}

// browserPath finds Debian's chromium, or skips (fails with CI=true).
func browserPath(t testing.TB) string {
	for _, name := range []string{"chromium", "/usr/bin/chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed and CI=true: the browser tests must run (make test installs it: apt-get install -y chromium)")
	}
	t.Skip("chromium is not installed; apt-get install -y chromium (or make test, as root) to run the browser tests")
	return ""
}

// makefileValue is the value of the Makefile's `name ?=` variable, its
// continued lines joined, so the tests build app.wasm as `make build` does.
func makefileValue(t testing.TB, root, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	var value strings.Builder
	in := false
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRight(line, "\n")
		if !in {
			v, ok := strings.CutPrefix(line, name+" ?=")
			if !ok {
				continue
			}
			line, in = v, true
		}
		more := strings.HasSuffix(line, "\\")
		value.WriteString(strings.TrimSuffix(line, "\\") + " ")
		if !more {
			break
		}
	}
	fields := strings.Fields(value.String())
	if len(fields) == 0 {
		t.Fatalf("the Makefile sets no %s", name)
	}
	return fields
}

// goCommand is the go command of the toolchain running the tests.
func goCommand() string {
	goBin := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		return "go"
	}
	return goBin
}

// buildSite does what `make build` does, into a temporary folder. With
// wasmFrom set, it copies that app.wasm instead of building it again.
func buildSite(t testing.TB, base, wasmFrom string) string {
	t.Helper()
	root := testfixture.ModuleRoot(t)
	out := t.TempDir()
	goBin := goCommand()
	type step struct {
		env  []string
		args []string
	}
	var steps []step
	if wasmFrom == "" {
		// As make build does: app.wasm without the checks' words, which
		// the page fetches (web/prose.json).
		overlay := t.TempDir()
		steps = append(steps, step{nil, []string{"run", "./internal/prosestrip", "-o", overlay}})
		wasmEnv := []string{"GOOS=js", "GOARCH=wasm", "GOWASM=" + strings.Join(makefileValue(t, root, "WASM_FEATURES"), "")}
		steps = append(steps, step{wasmEnv, append(append([]string{"build", "-trimpath"}, makefileValue(t, root, "WASM_GCFLAGS")...), "-overlay", filepath.Join(overlay, "overlay.json"), "-ldflags=-s -w", "-o", filepath.Join(out, "web", "app.wasm"), "./wasm")})
		steps = append(steps, step{nil, []string{"run", "./internal/wasmdata", filepath.Join(out, "web", "app.wasm")}})
	} else {
		wasm, err := os.ReadFile(wasmFrom)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(out, "web"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, "web", "app.wasm"), wasm, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	steps = append(steps, step{nil, []string{"run", "./wasm", "-out", out, "-base", base}})
	for _, s := range steps {
		cmd := exec.Command(goBin, s.args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), s.env...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s go %s: %v\n%s", strings.Join(s.env, " "), strings.Join(s.args, " "), err, b)
		}
	}
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest", "web/app.wasm"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Fatalf("the built site lacks %s: %v", f, err)
		}
	}
	return out
}

type browser struct {
	ctx    context.Context // has run once: it owns the browser process
	base   string          // the site's URL
	site   string          // the folder it is served from
	served *serverLog
}

// startBrowser starts chromium for the tests and benchmarks; extra adds or
// replaces flags (benchmark experiments).
func startBrowser(t testing.TB, chromium string, extra ...chromedp.ExecAllocatorOption) *browser {
	// The flags keep chromium from reaching outside hosts (the machine has no
	// network but loopback) and from needing a sandbox as root.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		// Chromium 151 and later draws the address bar's popup ahead of time
		// (two chrome://omnibox-popup renderers) for every new browser
		// context; the benchmarks open a fresh one per load, and on two
		// cores that browser UI took about a CPU-second of each measured
		// cold load. A visitor's browser does it once, not per page load;
		// Puppeteer turns it off too. The first two are chromedp's defaults,
		// which this flag replaces.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,WebUIOmniboxPopup,WebUIOmniboxAimPopup"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(opts, extra...)...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser, with no timeout
		t.Fatalf("starting %s: %v", chromium, err)
	}
	return &browser{ctx: ctx}
}

// tab is one page with everything it did recorded: every request the page
// made (DevTools network events, with post data) and its console.
type tab struct {
	t   *testing.T
	ctx context.Context
	b   *browser

	mu       sync.Mutex
	requests []*network.EventRequestWillBeSent
	sockets  []string
	console  []string
}

func (b *browser) newTab(t *testing.T) *tab {
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	tb := &tab{t: t, ctx: ctx, b: b}
	if err := chromedp.Listen(ctx, tb.record); err != nil {
		t.Fatal(err)
	}
	// Post data up to 1 MB comes with each request event, so a body can be
	// searched for file content.
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{MaxPostDataSize: new(int64(1 << 20))}); err != nil {
		t.Fatal(err)
	}
	// The console, to show what the page said when a test fails.
	if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			tb.mu.Lock()
			t.Logf("page console:\n%s", strings.Join(tb.console, "\n"))
			tb.mu.Unlock()
		}
	})
	return tb
}

// record runs on chromedp's reading goroutine: it only appends.
func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev)
	case *network.EventWebSocketCreated:
		tb.sockets = append(tb.sockets, ev.URL)
	case *runtime.EventConsoleAPICalled:
		var parts []string
		for _, a := range ev.Args {
			if a.Value != nil {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		tb.console = append(tb.console, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(parts, " ")))
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		tb.console = append(tb.console, "exception: "+msg)
	}
}

// do runs steps with a time limit, failing the test with what the page said.
func (tb *tab) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.t.Fatalf("%s: %v%s", what, err, tb.loaderState())
	}
}

// loaderState tells why the app may not have started: go-app writes a wasm
// loading error into its loader label.
func (tb *tab) loaderState() string {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	label, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.getElementById("app-wasm-loader-label") || {}).innerText || ""`))
	if err != nil || label == "" {
		return ""
	}
	return fmt.Sprintf(" (go-app loader says %q)", label)
}

// open loads a page and waits until the wasm runs: go-app prerenders the
// HTML, so only the loader's removal proves the app is live.
func (tb *tab) open(pagePath string) {
	tb.t.Helper()
	tb.do("open "+pagePath,
		chromedp.Navigate(tb.b.base+pagePath),
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
	)
}

// reportDrawn matches a report whose every part is drawn: the page draws
// the answer and the findings first, the facts in its next turn.
const reportDrawn = ".report[data-drawn=all]"

// drop hands files to the page's file input, as a user's pick or drop does.
func (tb *tab) drop(files ...string) {
	tb.t.Helper()
	abs := make([]string, len(files))
	for i, f := range files {
		p, err := filepath.Abs(f)
		if err != nil {
			tb.t.Fatal(err)
		}
		abs[i] = p
	}
	tb.do("drop files", chromedp.SetUploadFiles(chromedp.ID("file-input"), abs))
}

func evaluate[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, appTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

type domFinding struct {
	ID       string `json:"id"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

const findingsJS = `[...document.querySelectorAll(".finding[data-id]")].map(e => ({
	id: e.dataset.id, severity: e.dataset.severity || "",
	message: ((e.querySelector(".finding-message") || {}).textContent || "").trim()}))`

// analyzeNatively runs the analyzer on a file outside the browser.
func analyzeNatively(t *testing.T, file string) *report.Report {
	t.Helper()
	return analyzeNativelyWith(t, file, analyzer.Options{})
}

func analyzeNativelyWith(t *testing.T, file string, opts analyzer.Options) *report.Report {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := analyzer.Analyze(context.Background(), []analyzer.File{{Name: filepath.Base(file), Size: fi.Size(), R: f}}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// checkFindings asserts every finding in the page is a registered check with
// a valid severity and a message.
func checkFindings(t *testing.T, findings []domFinding) {
	t.Helper()
	if len(findings) == 0 {
		t.Fatal("no .finding[data-id] in the page")
	}
	for _, f := range findings {
		c := analyzer.Lookup(f.ID)
		if c == nil && f.ID != "internal-check-failed" {
			t.Errorf("finding %q is no registered check", f.ID)
		}
		switch f.Severity {
		case "error", "warning", "info":
		default:
			t.Errorf("finding %s has data-severity %q", f.ID, f.Severity)
		}
		if f.Message == "" {
			t.Errorf("finding %s has no .finding-message", f.ID)
		}
		if strings.HasPrefix(f.ID, "input-internal") || f.ID == "internal-check-failed" {
			t.Errorf("the analyzer failed in the page: %+v", f)
		}
	}
}

// serverLog records every request that reaches the test server, body included.
type serverLog struct {
	mu   sync.Mutex
	reqs []servedRequest
}

type servedRequest struct {
	Method, URI string
	Body        []byte
}

func (l *serverLog) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<20))
		r.Body = io.NopCloser(bytes.NewReader(body))
		l.mu.Lock()
		l.reqs = append(l.reqs, servedRequest{r.Method, r.RequestURI, body})
		l.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (l *serverLog) snapshot() []servedRequest {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]servedRequest(nil), l.reqs...)
}

// awaitPromise makes Evaluate wait for a promise's value.
func awaitPromise(p *runtime.EvaluateParams) { p.AwaitPromise = new(true) }

// BenchmarkBrowserColdLoad measures a first visit: a fresh browser context
// (no HTTP cache, no service worker) opens the site and waits until the
// analyzer runs and the file input is enabled (the page is usable). It runs
// on localhost as it is, and at 20 Mbit/s down (5 Mbit/s up, 20 ms latency)
// through DevTools' network throttling, a visitor's connection.
func BenchmarkBrowserColdLoad(b *testing.B) {
	chromium := browserPath(b)
	// make bench's site: app.wasm precompressed (.br, .gz) as make build
	// writes it and a static host serves it.
	site := benchSite(b)
	srv := httptest.NewServer(staticsite.Handler(site))
	b.Cleanup(srv.Close)
	// Chromium's default features, as a visitor has them: no feature turned
	// off (startBrowser turns off the address bar's popup renderers, which a
	// fresh browser context per load would otherwise pay for).
	br := startBrowser(b, chromium, chromedp.Flag("disable-features", ""))
	for _, net := range []struct {
		name              string
		latency, down, up float64 // ms, bytes/s
	}{
		{"localhost", 0, -1, -1},
		{"20Mbit", 20, 20e6 / 8, 5e6 / 8},
	} {
		b.Run(net.name, func(b *testing.B) {
			var loads, cpu []float64
			for b.Loop() {
				ctx, cancel := chromedp.NewContext(br.ctx, chromedp.WithNewBrowserContext())
				tctx, tcancel := context.WithTimeout(ctx, appTimeout)
				// The tab (and its browser context) is made before the clock
				// starts: a visitor's tab exists before they type the address.
				err := chromedp.Do(tctx)
				if err == nil && net.down > 0 {
					_, err = chromedp.Call(tctx, network.Enable, network.EnableParams{})
					if err == nil {
						_, err = chromedp.Call(tctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
							MatchedNetworkConditions: []*network.Conditions{{Latency: net.latency, DownloadThroughput: net.down, UploadThroughput: net.up}},
						})
					}
				}
				if err != nil {
					b.Fatalf("new tab: %v", err)
				}
				threads0, cpu0 := browserThreadsCPU(br), browserCPU(br)
				start := time.Now()
				err = chromedp.Do(tctx,
					chromedp.Navigate(srv.URL+"/"),
					chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
					chromedp.WaitReady(chromedp.CSS(`#file-input:not([disabled])`)),
				)
				loads = append(loads, float64(time.Since(start).Milliseconds()))
				cpu = append(cpu, browserCPU(br)-cpu0)
				b.Logf("load of %.0f ms, CPU ms by thread: %s", loads[len(loads)-1], threadsDelta(threads0, browserThreadsCPU(br)))
				tcancel()
				cancel()
				if err != nil {
					b.Fatalf("cold load: %v", err)
				}
			}
			b.ReportMetric(median(loads), "ms/load")
			b.ReportMetric(median(cpu), "cpu-ms/load")
			b.Logf("median of %d cold loads: %.0f ms, %.0f ms of the browser's CPU", len(loads), median(loads), median(cpu))
		})
	}
}
