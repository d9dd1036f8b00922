package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/internal/staticsite"
)

// reportViewports are the sizes the report is judged at: a laptop and a
// phone (an iPhone 14's CSS pixels).
var reportViewports = []struct {
	name          string
	width, height int64
	mobile        bool
}{
	{"desktop", 1280, 900, false},
	{"phone", 390, 844, true},
}

// reportInput is one artifact kind as a person drops (or pastes) it. Every
// file is one of the project's generated cases, so the screenshots, which
// are committed, show nobody's name.
type reportInput struct {
	kind  string
	file  string // a case input; .b64 is decoded first
	paste bool   // pasted into the text box instead of dropped
}

var reportInputs = []reportInput{
	{kind: "profile", file: "profile-expired/expired-last-month/Example.mobileprovision"},
	{kind: "bundle", file: "profile-expired/embedded-in-ipa/Example.ipa"},
	{kind: "macho", file: "macho-get-task-allow/developer-id-debuggable/tool.b64"},
	{kind: "universal", file: "macho-slices-differ/one-slice-unsigned/tool.b64"},
	{kind: "entitlements", file: "ent-get-task-allow/debug-build/Debug.entitlements"},
	{kind: "certificate", file: "cert-expiring/expires-in-12-days/distribution.cer"},
	{kind: "notary", file: "notary-issue/message-known-from-text-catalogue/notary-log.json"},
	{kind: "text", file: "text-profile-expired/profile-expired/error.txt", paste: true},
	{kind: "tool-output", file: "macho-no-hardened-runtime/pasted-codesign-output/codesign.txt", paste: true},
	{kind: "linkage", file: "linkage-library-missing/rpath-libraries-not-embedded/Ffi.zip"},
	{kind: "pkg", file: "pkg-kind/product-archive/Tool.pkg"},
	{kind: "dmg", file: "dmg-ticket-mismatch/no-names-image/Tool.dmg"}, // a ticket in Apple's format that names the image
	{kind: "identity", file: "identity-kind/no-locked/Tool.p12"},
}

// caseFile returns a droppable path for a case input, decoding .b64 ones
// into a temporary folder.
func caseFile(t *testing.T, rel string) string {
	t.Helper()
	src := filepath.Join("../testdata/cases", filepath.FromSlash(rel))
	if !strings.HasSuffix(src, ".b64") {
		return src
	}
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	bin, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b)), ""))
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(src), ".b64"))
	if err := os.WriteFile(out, bin, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

type box struct {
	Top    float64 `json:"top"`
	Bottom float64 `json:"bottom"`
	Height float64 `json:"height"`
}

// testReport drops each artifact kind at desktop and phone size: the
// verdicts must be on the first screen with the focus on them, the status
// line must say the answer, the findings come before the facts, nothing may
// stick out sideways, and each report is photographed for docs/screenshots.
func (b *browser) testReport(t *testing.T) {
	dir := screenshotDir(t)
	for _, vp := range reportViewports {
		t.Run(vp.name, func(t *testing.T) {
			for _, in := range reportInputs {
				t.Run(in.kind, func(t *testing.T) {
					file := caseFile(t, in.file)
					tb := b.newTab(t)
					var opts []chromedp.EmulateViewportOption
					if vp.mobile {
						opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
					}
					tb.do("viewport", chromedp.EmulateViewport(vp.width, vp.height, opts...))
					tb.open("/")
					if in.paste {
						text, err := os.ReadFile(file)
						if err != nil {
							t.Fatal(err)
						}
						tb.do("paste and press Ctrl+Enter",
							chromedp.Evaluate[chromedp.Void](`document.getElementById("paste").open = true`),
							chromedp.SendKeys(chromedp.ID("paste-input"), string(text)),
							chromedp.KeyEvent("\r", chromedp.KeyModifiers(2 /* Ctrl */)),
						)
					} else {
						tb.drop(file)
					}
					tb.do("wait for the verdicts", chromedp.WaitVisible(chromedp.ID("verdicts")), chromedp.Sleep(300e6))
					v := evaluate[box](tb, `(() => { const r = document.getElementById("verdicts").getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height}; })()`)
					if v.Top < 0 || v.Top > float64(vp.height)/3 {
						t.Errorf("the verdicts start at %.0fpx, not at the top of a %dpx screen", v.Top, vp.height)
					}
					if v.Bottom > float64(vp.height) {
						t.Errorf("the verdicts end at %.0fpx, below the first %dpx screen", v.Bottom, vp.height)
					}
					if id := evaluate[string](tb, `document.activeElement ? document.activeElement.id : ""`); id != "verdicts" {
						t.Errorf("the focus is on #%s, not on the verdicts", id)
					}
					if status := evaluate[string](tb, `document.getElementById("status").textContent`); !strings.Contains(status, "Analysed") {
						t.Errorf("the status line says %q", status)
					}
					if order := evaluate[bool](tb, `(() => { const f = document.querySelector(".findings"), c = document.querySelector(".cards");
						return !c || !f || !!(f.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING); })()`); !order {
						t.Error("the facts come before the findings")
					}
					tb.checkNoOverflow(in.kind)
					if vp.mobile {
						// The narrowest phones in use: 360 CSS pixels.
						tb.do("360px", chromedp.EmulateViewport(360, vp.height, chromedp.EmulateMobile), chromedp.Sleep(200e6))
						tb.checkNoOverflow(in.kind + " at 360px")
						tb.do("back to "+vp.name, chromedp.EmulateViewport(vp.width, vp.height, chromedp.EmulateMobile), chromedp.Sleep(200e6))
					}
					// The page gives the analyzer's verdicts.
					want := analyzeNatively(t, file)
					var wantV []string
					for _, v := range want.Verdicts {
						wantV = append(wantV, string(v.Goal)+"="+string(v.Status))
					}
					gotV := evaluate[[]string](tb, `[...document.querySelectorAll("#verdicts .verdict")].map(v => v.dataset.goal + "=" + v.dataset.status)`)
					if strings.Join(gotV, " ") != strings.Join(wantV, " ") {
						t.Errorf("the page shows verdicts %v, the analyzer gives %v", gotV, wantV)
					}
					tb.screenshot(dir, "report-"+in.kind+"-"+vp.name, vp.width, true)
					if in.kind == "bundle" {
						tb.checkSharedVerdicts(vp.height, gotV)
					}
					if in.kind == "macho" {
						tb.checkKeyboardToCause(vp.height)
					}
				})
			}
		})
	}
}

// overflowJS lists what sticks out of the page sideways: elements whose box
// passes the viewport's right edge (the inside of a scrolling table and the
// visually hidden text excepted), and the page's own scroll width.
const overflowJS = `(() => {
	const w = window.innerWidth, out = [];
	if (document.documentElement.scrollWidth > w) out.push("the page is " + document.documentElement.scrollWidth + "px wide");
	for (const e of document.querySelectorAll("main *")) {
		if (e.closest(".table-scroll") || e.closest(".visually-hidden") || e.closest("details:not([open]) > :not(summary)")) continue;
		const r = e.getBoundingClientRect();
		if (r.width > 0 && r.right > w + 1) out.push(e.tagName.toLowerCase() + "." + e.className + " ends at " + Math.round(r.right) + "px: " + (e.textContent || "").trim().slice(0, 50));
		if (out.length >= 5) break;
	}
	return out;
})()`

// checkNoOverflow fails when anything leaves the page sideways.
func (tb *tab) checkNoOverflow(what string) {
	tb.t.Helper()
	if out := evaluate[[]string](tb, overflowJS); len(out) > 0 {
		tb.t.Errorf("%s: something sticks out at %dpx: %q", what, evaluate[int](tb, `window.innerWidth`), out)
	}
}

// testPagesAt360 opens every kind of page at 360px: nothing may stick out.
func (b *browser) testPagesAt360(t *testing.T) {
	tb := b.newTab(t)
	tb.do("viewport", chromedp.EmulateViewport(360, 780, chromedp.EmulateMobile))
	checks := analyzer.Checks()
	pages := []string{"/", "/checks", "/about"}
	for _, c := range checks {
		pages = append(pages, "/checks/"+c.ID)
	}
	for i, p := range pages {
		if i > 8 && i%10 != 0 {
			continue // a sample of the check pages: they share one layout
		}
		tb.open(p)
		tb.checkNoOverflow(p)
	}
	// Control: the check does see a line that cannot wrap.
	tb.do("plant a long line", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.createElement("span");
		s.style.whiteSpace = "nowrap";
		s.textContent = "x".repeat(200);
		document.querySelector("main").append(s);
	})()`))
	if out := evaluate[[]string](tb, overflowJS); len(out) == 0 {
		t.Error("the overflow check missed a planted 200-character line")
	}
}

// checkKeyboardToCause follows a failing verdict's cause with the keyboard
// only: from the verdicts (where the focus is), Tab reaches the cause and
// Enter brings its finding on screen.
func (tb *tab) checkKeyboardToCause(height int64) {
	t := tb.t
	tb.do("Tab to the first cause", chromedp.KeyEvent("\t"))
	if cls := evaluate[string](tb, `document.activeElement.className`); !strings.Contains(cls, "verdict-cause") {
		t.Errorf("Tab from the verdicts went to .%s, not to a cause", cls)
		return
	}
	target := evaluate[string](tb, `document.activeElement.getAttribute("href")`)
	tb.do("Enter", chromedp.KeyEvent("\r"), chromedp.Sleep(300e6))
	v := evaluate[box](tb, `(() => { const r = document.querySelector(`+strconv.Quote(target)+`).getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height}; })()`)
	if v.Top < 0 || v.Top > float64(height)/2 {
		t.Errorf("after Enter on the cause, its finding %s is at %.0fpx of a %dpx screen", target, v.Top, height)
	}
}

// checkSharedVerdicts opens the report's share link in a new tab: the
// verdicts are the same and again on the first screen.
func (tb *tab) checkSharedVerdicts(height int64, want []string) {
	t := tb.t
	tb.do("make a share link", chromedp.Click(chromedp.ID("share-button")), chromedp.WaitVisible(chromedp.ID("share-link")))
	link := evaluate[string](tb, `document.getElementById("share-link").value`)
	if !strings.Contains(link, "#") {
		t.Fatalf("share link %q", link)
	}
	other := tb.b.newTab(t)
	other.do("viewport", chromedp.EmulateViewport(evaluate[int64](tb, `window.innerWidth`), height))
	other.do("open the share link",
		chromedp.Navigate(link),
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
		chromedp.WaitVisible(chromedp.ID("verdicts")),
		chromedp.Sleep(300e6),
	)
	v := evaluate[box](other, `(() => { const r = document.getElementById("verdicts").getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height}; })()`)
	if v.Top < 0 || v.Bottom > float64(height) {
		t.Errorf("on the shared report the verdicts span %.0f-%.0fpx, not inside the first %dpx", v.Top, v.Bottom, height)
	}
	got := evaluate[[]string](other, `[...document.querySelectorAll("#verdicts .verdict")].map(v => v.dataset.goal + "=" + v.dataset.status)`)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the shared report shows verdicts %v, the original %v", got, want)
	}
}

// testFirstVisit serves app.wasm slowly, as a real network does: until it
// has loaded, the prerendered page is readable (go-app's loader is a small
// note, not a curtain) and the drop zone says it is getting ready; then the
// drop zone takes files.
func (b *browser) testFirstVisit(t *testing.T) {
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		staticsite.Handler(b.site).ServeHTTP(w, r)
	})
	srv := httptest.NewServer(slow)
	defer srv.Close()
	defer func() {
		select {
		case <-release:
		default:
			close(release)
		}
	}()
	tb := b.newTab(t)
	tb.do("viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	tb.do("open while app.wasm is on its way",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("main h1")),
		chromedp.WaitVisible(chromedp.ID("app-wasm-loader")),
	)
	loader := evaluate[box](tb, `(() => { const r = document.getElementById("app-wasm-loader").getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: r.height}; })()`)
	if loader.Height > 844/4 {
		t.Errorf("go-app's loader is %.0fpx high on an 844px screen: it hides the page", loader.Height)
	}
	if at := evaluate[string](tb, `(() => { const h = document.querySelector("main h1").getBoundingClientRect(); const e = document.elementFromPoint(h.left + 5, h.top + h.height / 2); return e ? e.closest("#app-wasm-loader") ? "loader" : e.tagName : ""; })()`); at == "loader" {
		t.Error("the heading is under go-app's loader")
	}
	if zone := evaluate[string](tb, `document.getElementById("drop-zone").textContent`); !strings.Contains(zone, "Getting ready") {
		t.Errorf("before the analyzer loads, the drop zone says %q", zone)
	}
	tb.screenshot(screenshotDir(t), "first-visit-phone", 390, false)
	close(release)
	tb.do("the analyzer loads",
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
		chromedp.WaitVisible(chromedp.ID("drop-zone")),
	)
	if zone := evaluate[string](tb, `document.getElementById("drop-zone").textContent`); !strings.Contains(zone, "Drop files") {
		t.Errorf("once the analyzer runs, the drop zone says %q", zone)
	}
	if disabled := evaluate[bool](tb, `document.getElementById("file-input").disabled`); disabled {
		t.Error("the file input is still disabled once the analyzer runs")
	}
}

// testInteractions drives the report page as a person would: a drop on the
// page's footer (not the drop zone) is analysed, a count pill filters the
// findings, Back from a check page returns to the same place with the same
// sections open, and Start over clears the report.
func (b *browser) testInteractions(t *testing.T) {
	tb := b.newTab(t)
	tb.do("viewport", chromedp.EmulateViewport(1280, 900))
	tb.open("/")
	ents, err := os.ReadFile(caseFile(t, "ent-get-task-allow/debug-build/Debug.entitlements"))
	if err != nil {
		t.Fatal(err)
	}
	// The status line is a live region: it must stay the same element
	// from the drop to the report, or screen readers miss the news.
	tb.do("mark the status line", chromedp.Evaluate[chromedp.Void](`document.getElementById("status").dataset.mark = "before"`))
	// A drop anywhere: a real DragEvent with a file, on the footer.
	tb.do("drop on the footer", chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File([`+strconv.Quote(string(ents))+`], "Debug.entitlements", {type: "application/xml"}));
		const target = document.querySelector(".site-footer");
		for (const type of ["dragenter", "dragover", "drop"]) {
			target.dispatchEvent(new DragEvent(type, {dataTransfer: dt, bubbles: true, cancelable: true}));
		}
	})()`), chromedp.WaitVisible(chromedp.ID("verdicts")), chromedp.WaitReady(chromedp.CSS(reportDrawn)))
	if title := evaluate[string](tb, `document.querySelector(".report-title").textContent`); !strings.Contains(title, "Debug.entitlements") {
		t.Errorf("a drop on the footer was not analysed: the page says %q", title)
	}
	if mark := evaluate[string](tb, `document.getElementById("status").dataset.mark || ""`); mark != "before" {
		t.Error("the status line (the live region) was replaced, not updated, when the report came")
	}

	// The notes pill shows only notes; pressing it again shows all.
	all := evaluate[int](tb, `document.querySelectorAll(".findings .finding").length`)
	tb.do("press the notes count", chromedp.Click(`#summary .sev-info button`), chromedp.WaitVisible(`.show-all`))
	if n := evaluate[int](tb, `[...document.querySelectorAll(".findings .finding")].filter(f => f.dataset.severity !== "info").length`); n != 0 {
		t.Errorf("filtered on notes, %d other findings show", n)
	}
	tb.do("show all again", chromedp.Click(`#summary .sev-info button`), chromedp.WaitNotPresent(`.show-all`))
	if n := evaluate[int](tb, `document.querySelectorAll(".findings .finding").length`); n != all {
		t.Errorf("after the filter, %d findings show, want %d", n, all)
	}

	// Open a finding's "why", scroll, follow its check link, come back.
	tb.do("open why", chromedp.Click(`#finding-0-why > summary`), chromedp.Sleep(100e6))
	y := evaluate[float64](tb, `(() => { window.scrollTo(0, 200); return window.scrollY; })()`)
	tb.do("follow the check link",
		chromedp.Click(`#finding-0-why a[href^="/checks/"]`),
		chromedp.WaitVisible(chromedp.ID("check-title")),
	)
	tb.do("back",
		chromedp.Evaluate[chromedp.Void](`history.back()`),
		chromedp.WaitVisible(chromedp.ID("verdicts")),
		chromedp.Sleep(500e6),
	)
	if open := evaluate[bool](tb, `!!(document.getElementById("finding-0-why") || {}).open`); !open {
		t.Error("back from the check page, the finding's explanation is closed again")
	}
	// (Clicking scrolls the link into view first, by a few pixels.)
	if got := evaluate[float64](tb, `window.scrollY`); got < y-40 || got > y+40 {
		t.Errorf("back from the check page, the page is scrolled to %.0f, it was at %.0f", got, y)
	}

	tb.do("start over", chromedp.Click(chromedp.ID("start-over")), chromedp.WaitNotPresent(chromedp.ID("verdicts")))
	if zone := evaluate[string](tb, `document.getElementById("drop-zone").textContent`); !strings.Contains(zone, "Drop files") {
		t.Errorf("after Start over the drop zone says %q", zone)
	}
	if id := evaluate[string](tb, `document.activeElement ? document.activeElement.id : ""`); id != "file-input" {
		t.Errorf("after Start over the focus is on #%s, not the file input", id)
	}
}

// testPrecompressed serves the site with app.wasm.gz beside app.wasm, as
// make build writes it (with brotli too): the browser gets the compressed
// file with Content-Encoding, and the app starts from it.
func (b *browser) testPrecompressed(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS(b.site)); err != nil {
		t.Fatal(err)
	}
	wasm, err := os.ReadFile(filepath.Join(site, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestSpeed)
	zw.Write(wasm)
	zw.Close()
	if err := os.WriteFile(filepath.Join(site, "web", "app.wasm.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var sent []string
	h := staticsite.Handler(site)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.ServeHTTP(w, r)
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			mu.Lock()
			sent = append(sent, w.Header().Get("Content-Encoding")+" "+w.Header().Get("Content-Length"))
			mu.Unlock()
		}
	}))
	defer srv.Close()
	tb := b.newTab(t)
	tb.do("open with a compressed app.wasm",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
		chromedp.WaitVisible(chromedp.ID("drop-zone")),
	)
	if zone := evaluate[string](tb, `document.getElementById("drop-zone").textContent`); !strings.Contains(zone, "Drop files") {
		t.Errorf("the app did not start from the compressed app.wasm: the drop zone says %q", zone)
	}
	mu.Lock()
	defer mu.Unlock()
	want := "gzip " + strconv.Itoa(gz.Len())
	if len(sent) == 0 || sent[0] != want {
		t.Errorf("app.wasm went out as %q, want %q (%d bytes raw)", sent, want, len(wasm))
	}
}
