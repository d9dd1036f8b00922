package main

// The browser tests drive Debian's chromium through the DevTools protocol
// against the real site: the wasm and the pages are built into a temporary
// folder and served by the same handler `signdoctor serve` uses, so what is
// tested is what deploys. They skip when chromium is missing, except with
// CI=true, where they must run.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"image"
	_ "image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/app"
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
	srv := httptest.NewServer(served.wrap(staticHandler(site)))
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

// moduleRoot is where go.mod is, two levels above this package.
func moduleRoot(t testing.TB) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod at %s: %v", root, err)
	}
	return root
}

// wasmGCFlags are the Makefile's WASM_GCFLAGS (cold packages compiled
// without inlining, which keeps app.wasm smaller), read from the Makefile so
// the browser tests load the app.wasm make build writes.
func wasmGCFlags(t testing.TB, root string) []string {
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
			v, ok := strings.CutPrefix(line, "WASM_GCFLAGS ?=")
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
	flags := strings.Fields(value.String())
	if len(flags) == 0 {
		t.Fatal("the Makefile sets no WASM_GCFLAGS")
	}
	return flags
}

// buildSite does what `make build` does, into a temporary folder. With
// wasmFrom set, it copies that app.wasm instead of building it again.
func buildSite(t testing.TB, base, wasmFrom string) string {
	t.Helper()
	root := moduleRoot(t)
	out := t.TempDir()
	goBin := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		goBin = "go"
	}
	type step struct {
		env  []string
		args []string
	}
	var steps []step
	if wasmFrom == "" {
		steps = append(steps, step{[]string{"GOOS=js", "GOARCH=wasm"}, append(append([]string{"build", "-trimpath"}, wasmGCFlags(t, root)...), "-ldflags=-s -w", "-o", filepath.Join(out, "web", "app.wasm"), "./wasm")})
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

type domCard struct {
	Title string            `json:"title"`
	Facts map[string]string `json:"facts"`
}

const findingsJS = `[...document.querySelectorAll(".finding[data-id]")].map(e => ({
	id: e.dataset.id, severity: e.dataset.severity || "",
	message: ((e.querySelector(".finding-message") || {}).textContent || "").trim()}))`

const profileCardsJS = `[...document.querySelectorAll(".artifact-card[data-kind=profile]")].map(c => {
	const facts = {};
	c.querySelectorAll(".fact[data-fact]").forEach(f => { facts[f.dataset.fact] = f.textContent.trim(); });
	return {title: ((c.querySelector(".card-title") || {}).textContent || "").trim(), facts};
})`

// profilesToDrop are real-format profiles: the corpus one when the shared
// corpus is beside the repo, and one the project generates in its cases.
func profilesToDrop(t *testing.T) (corpus string, generated []string) {
	if _, err := os.Stat(corpusProfile); err == nil {
		corpus = corpusProfile
	} else {
		t.Logf("shared corpus absent (%v); dropping generated profiles only", err)
	}
	generated, _ = filepath.Glob("../../testdata/cases/profile-*/*/*.mobileprovision")
	sort.Strings(generated)
	if len(generated) > 1 {
		generated = generated[:1]
	}
	if corpus == "" && len(generated) == 0 {
		t.Fatal("no profile to drop: neither ../shared/corpus nor testdata/cases/profile-*/ has one")
	}
	return corpus, generated
}

// profileCards returns the page's profile cards, failing with the findings
// shown instead when there is not exactly one.
func (tb *tab) profileCards() []domCard {
	tb.t.Helper()
	cards := evaluate[[]domCard](tb, profileCardsJS)
	if len(cards) != 1 {
		tb.t.Fatalf("want one .artifact-card[data-kind=profile], got %d; the page shows findings %+v", len(cards), evaluate[[]domFinding](tb, findingsJS))
	}
	return cards
}

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

// letters keeps the lower-cased letters: "App Store" and "app-store" agree.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return -1
	}, s)
}

func (b *browser) testDropProfile(t *testing.T) {
	corpus, generated := profilesToDrop(t)
	for _, file := range append([]string{corpus}, generated...) {
		if file == "" {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			tb := b.newTab(t)
			tb.open("/")
			start := time.Now()
			tb.drop(file)
			// Findings come with every analysis, whatever the file turned out
			// to be, so waiting for them fails fast when the card is missing.
			tb.do("wait for the findings",
				chromedp.WaitReady(chromedp.CSS(".finding[data-id]")),
				chromedp.WaitReady(chromedp.ID("summary")),
			)
			t.Logf("analysed in the page in %s", time.Since(start).Round(time.Millisecond))
			cards := tb.profileCards()
			facts := cards[0].Facts
			if cards[0].Title == "" {
				t.Error("the profile card has no .card-title")
			}
			for _, f := range []string{"team", "profile_kind", "app_id"} {
				if facts[f] == "" {
					t.Errorf("the profile card has no fact %q: %+v", f, facts)
				}
			}
			if file == corpus {
				if !strings.Contains(facts["team"], corpusProfileTeam) {
					t.Errorf("team fact %q, want %s", facts["team"], corpusProfileTeam)
				}
				if !strings.Contains(facts["app_id"], corpusProfileAppID) {
					t.Errorf("app_id fact %q, want %s", facts["app_id"], corpusProfileAppID)
				}
				if !strings.Contains(strings.ToLower(facts["profile_kind"]), "development") {
					t.Errorf("profile_kind fact %q, want development", facts["profile_kind"])
				}
			}
			// The page shows what the CLI reports for the same file: the same
			// facts and the same findings.
			want := analyzeNatively(t, file)
			for _, a := range want.Artifacts {
				p, ok := a.Facts.(*report.Profile)
				if !ok {
					continue
				}
				if !strings.Contains(facts["team"], p.Team) || !strings.Contains(facts["app_id"], p.AppID) ||
					!strings.Contains(letters(facts["profile_kind"]), letters(p.ProfileKind)) {
					t.Errorf("page facts %+v differ from the analyzer's team=%s app_id=%s profile_kind=%s", facts, p.Team, p.AppID, p.ProfileKind)
				}
			}
			findings := evaluate[[]domFinding](tb, findingsJS)
			checkFindings(t, findings)
			var got, wantIDs []string
			for _, f := range findings {
				got = append(got, f.ID+"/"+f.Severity)
			}
			for _, f := range want.Findings {
				wantIDs = append(wantIDs, f.ID+"/"+string(f.Severity))
			}
			sort.Strings(got)
			sort.Strings(wantIDs)
			if strings.Join(got, " ") != strings.Join(wantIDs, " ") {
				t.Errorf("the page shows findings %v, the analyzer reports %v", got, wantIDs)
			}
			summary := evaluate[string](tb, `document.getElementById("summary").textContent`)
			if !regexp.MustCompile(`\d`).MatchString(summary) {
				t.Errorf("#summary shows no counts: %q", summary)
			}
			tb.askDeviceLookup(file)
		})
	}
}

// askDeviceLookup types a device ID in the wrong form into the device
// lookup: once typing pauses, the page runs the analysis again with the
// device and shows what that run adds, as --device does natively.
func (tb *tab) askDeviceLookup(file string) {
	t := tb.t
	t.Helper()
	const device = "00008030DEADBEEF" // made up, and too short to be a UDID
	withDevice := analyzeNativelyWith(t, file, analyzer.Options{Device: device})
	seen := map[string]bool{}
	for _, f := range analyzeNatively(t, file).Findings {
		seen[f.ID+"\x00"+f.Subject+"\x00"+f.Message] = true
	}
	var want []string
	for _, f := range withDevice.Findings {
		if !seen[f.ID+"\x00"+f.Subject+"\x00"+f.Message] {
			want = append(want, f.ID)
		}
	}
	sort.Strings(want)
	if len(want) == 0 {
		t.Fatalf("the analyzer adds nothing for device %s in %s", device, file)
	}
	hintsJS := `[...document.querySelectorAll("#device-lookup .device-hint")].map(e => e.dataset.id).sort().join(" ")`
	tb.do("ask the device lookup",
		chromedp.SendKeys(chromedp.ID("device-lookup-input"), device),
		chromedp.Poll[chromedp.Void](hintsJS+` === `+jsString(strings.Join(want, " ")), chromedp.WithPollingTimeout(appTimeout)))
	if got := evaluate[string](tb, `document.querySelector(".lookup-row").dataset.listed`); got != "not-listed" {
		t.Errorf("the lookup row says %q for a made-up device", got)
	}
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

func (b *browser) testNoUpload(t *testing.T) {
	// A file whose content is a marker nobody else could send: if any request
	// carries it, in its URL or its body, file content left the page.
	var nonce [12]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		t.Fatal(err)
	}
	marker := "signdoctor-no-upload-" + hex.EncodeToString(nonce[:])
	notes := writeFile(t, "build-log.txt", []byte("error: The code signature version is no longer supported.\n"+marker+"\n"))
	secrets := [][]byte{[]byte(marker), []byte(hex.EncodeToString([]byte(marker)))}
	files := []string{notes}
	corpus, generated := profilesToDrop(t)
	for _, p := range append([]string{corpus}, generated...) {
		if p == "" {
			continue
		}
		files = append(files, p)
		// A run of the profile's bytes from its middle stands for its content.
		if content, err := os.ReadFile(p); err == nil && len(content) > 256 {
			secrets = append(secrets, content[len(content)/2:len(content)/2+64])
		}
	}

	servedBefore := len(b.served.snapshot())
	tb := b.newTab(t)
	tb.open("/")
	tb.drop(files...)
	tb.do("wait for findings", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
	// Give anything the page would send after the analysis time to go out.
	tb.do("settle", chromedp.Sleep(2*time.Second))

	requests, served := tb.recorded(), b.served.snapshot()[servedBefore:]
	if len(requests) == 0 {
		t.Fatal("no request was recorded: the recording does not work")
	}
	for _, v := range b.uploadViolations(requests, tb.webSockets(), served, secrets) {
		t.Error(v)
	}
	t.Logf("%d requests recorded in the page, %d reached the server; none carried file content", len(requests), len(served))

	// Control: the same recording does catch a page that sends the marker,
	// in a URL and in a body, so the pass above means something.
	tb.do("plant uploads", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`Promise.allSettled([fetch("/?q=%[1]s"), fetch("/", {method: "POST", body: "%[1]s"})])`, marker), awaitPromise))
	planted := b.uploadViolations(tb.recorded()[len(requests):], nil, b.served.snapshot()[servedBefore+len(served):], secrets)
	if len(planted) < 2 {
		t.Errorf("the recording missed planted uploads; it reported only %q", planted)
	}
}

func (tb *tab) recorded() []*network.EventRequestWillBeSent {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]*network.EventRequestWillBeSent(nil), tb.requests...)
}

func (tb *tab) webSockets() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.sockets...)
}

// uploadViolations lists every request that could have sent something away:
// to another origin, with a body or a method other than GET/HEAD, for a path
// that is not one of the site's static files, or carrying any of secrets in
// its URL or body. Both sides are checked: what the page asked for (DevTools
// events) and what reached the server (from the page or its service worker).
func (b *browser) uploadViolations(requests []*network.EventRequestWillBeSent, sockets []string, served []servedRequest, secrets [][]byte) []string {
	var out []string
	for _, s := range sockets {
		out = append(out, "the page opened a web socket: "+s)
	}
	base, _ := url.Parse(b.base)
	for _, ev := range requests {
		req := ev.Request
		for _, s := range secrets {
			if bytes.Contains([]byte(req.URL), s) {
				out = append(out, "request URL carries file content: "+req.URL)
			}
			for _, e := range req.PostDataEntries {
				if bytes.Contains(e.Bytes, s) {
					out = append(out, "request body carries file content: "+req.Method+" "+req.URL)
				}
			}
		}
		u, err := url.Parse(req.URL)
		if err != nil {
			out = append(out, "unparsable request URL "+req.URL)
			continue
		}
		switch u.Scheme {
		case "data", "blob":
			continue // these never leave the page
		}
		switch {
		case u.Host != base.Host || u.Scheme != base.Scheme:
			out = append(out, "request to another origin: "+req.Method+" "+req.URL)
		case req.Method != http.MethodGet && req.Method != http.MethodHead || req.HasPostData:
			out = append(out, "request that sends data: "+req.Method+" "+req.URL)
		case resolve(b.site, path.Clean("/"+u.Path)) == "":
			out = append(out, "request for something that is not one of the app's static files: "+req.URL)
		}
	}
	for _, r := range served {
		if r.Method != http.MethodGet && r.Method != http.MethodHead || len(r.Body) > 0 {
			out = append(out, fmt.Sprintf("the server got a %s %s with a %d-byte body", r.Method, r.URI, len(r.Body)))
		}
		for _, s := range secrets {
			if bytes.Contains([]byte(r.URI), s) || bytes.Contains(r.Body, s) {
				out = append(out, "the server got file content in "+r.Method+" "+r.URI)
			}
		}
		if u, err := url.Parse(r.URI); err != nil || resolve(b.site, path.Clean("/"+u.Path)) == "" {
			out = append(out, "the server was asked for something that is not a static file: "+r.URI)
		}
	}
	return out
}

// screenshotProfile is a generated profile (screenshots are committed, and a
// corpus profile shows real people's names and device IDs), preferably one
// with a typical problem.
func screenshotProfile(t *testing.T) string {
	for _, p := range []string{
		"../../testdata/cases/profile-expiring/expires-in-10-days/Example.mobileprovision",
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
	mux.Handle(prefix+"/", http.StripPrefix(prefix, staticHandler(site)))
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
	srv := httptest.NewServer(staticHandler(site))
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
			var total time.Duration
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
				start := time.Now()
				err = chromedp.Do(tctx,
					chromedp.Navigate(srv.URL+"/"),
					chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
					chromedp.WaitReady(chromedp.CSS(`#file-input:not([disabled])`)),
				)
				total += time.Since(start)
				tcancel()
				cancel()
				if err != nil {
					b.Fatalf("cold load: %v", err)
				}
			}
			b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/load")
		})
	}
}
