//go:build !js

package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/app"
)

// TestPagesCarryTheContentSecurityPolicy checks every generated page: the
// policy is there, and nothing in the page needs what it forbids (inline
// scripts, style attributes, inline event handlers).
func TestPagesCarryTheContentSecurityPolicy(t *testing.T) {
	out := t.TempDir()
	if err := generate(out, "", "../testdata/cases"); err != nil {
		t.Fatal(err)
	}
	pages := []string{"index.html", "checks.html", "about.html"}
	for _, c := range analyzer.Checks()[:3] {
		pages = append(pages, "checks/"+c.ID+".html")
	}
	inlineScript := regexp.MustCompile(`<script[^>]*>[^<]`)
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		html := string(b)
		if !strings.Contains(html, `<meta http-equiv="Content-Security-Policy" content="`+app.ContentSecurityPolicy+`">`) {
			t.Errorf("%s has no CSP meta tag", p)
		}
		if inlineScript.MatchString(html) || strings.Contains(html, " style=") || regexp.MustCompile(` on[a-z]+=`).MatchString(html) {
			t.Errorf("%s has inline script or style the policy blocks", p)
		}
	}
	for _, d := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'self'", "style-src 'self';"} {
		if !strings.Contains(app.ContentSecurityPolicy, d) {
			t.Errorf("policy lacks %s", d)
		}
	}
}

// TestPolicyHoldsInChromium loads the built site in headless chromium, goes
// through the new views (bundle tree, a node's card, the requirement box, the
// compare view, the device lookup) and fails on any CSP violation the page
// reports. It skips without chromium, and under -short (it builds the wasm).
func TestPolicyHoldsInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the wasm and starts chromium")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed and CI=true")
		}
		t.Skip("chromium is not installed")
	}
	site := t.TempDir()
	if err := generate(site, "", "../testdata/cases"); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(site, "web", "app.wasm"), ".")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the wasm: %v\n%s", err, out)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()

	var mu sync.Mutex
	var messages []string
	record := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *log.EventEntryAdded:
			messages = append(messages, fmt.Sprintf("log %s/%s: %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text))
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			messages = append(messages, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			messages = append(messages, "exception: "+ev.ExceptionDetails.Text)
		}
	}
	if err := chromedp.Listen(ctx, record); err != nil {
		t.Fatal(err)
	}
	for _, enable := range []cdp.Command[cdp.Empty, cdp.Empty]{log.Enable, runtime.Enable} {
		if _, err := chromedp.Call(ctx, enable, cdp.Empty{}); err != nil {
			t.Fatal(err)
		}
	}
	// A profile and an app archive whose framework is of another team: the
	// profile card, the bundle tree, a node's card and the requirement box
	// all render under the policy.
	var inputs []string
	for _, rel := range []string{app.Examples[0].Source, "bundle-nested-team-mismatch/framework-of-other-team/Demo.ipa"} {
		p, err := filepath.Abs("../testdata/cases/" + rel)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, p)
	}
	const kit = `.code-node[data-path="Payload/Demo.app/Frameworks/Kit.framework"]`
	// Then two profiles: the compare view and the device lookup.
	var profiles []string
	for _, rel := range []string{app.Examples[0].Source, "profile-wrong-platform/no-mac-profile-mac-binary/embedded.provisionprofile"} {
		p, err := filepath.Abs("../testdata/cases/" + rel)
		if err != nil {
			t.Fatal(err)
		}
		profiles = append(profiles, p)
	}
	steps := []struct {
		what string
		do   chromedp.Action[chromedp.Void]
	}{
		{"load", chromedp.Navigate(srv.URL + "/")},
		// Violations also reach the page as events; a blocked wasm compile
		// would stop the loader, so the ones after load are what is left.
		{"listen", chromedp.Evaluate[chromedp.Void](`window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); 0`)},
		{"start the wasm", chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader"))},
		{"drop", chromedp.SetUploadFiles(chromedp.ID("file-input"), inputs)},
		{"profile card", chromedp.WaitVisible(chromedp.CSS(".artifact-card[data-kind=profile]"))},
		{"bundle tree", chromedp.WaitVisible(chromedp.CSS(".bundle-tree " + kit + `[data-status="error"]`))},
		{"select a node", chromedp.Click(chromedp.CSS(kit))},
		{"node findings", chromedp.WaitVisible(chromedp.CSS(`.node-finding[data-id="bundle-nested-team-mismatch"]`))},
		{"type a bad requirement", chromedp.SendKeys(chromedp.CSS(".node-card .requirement-input"), `identifier "nope" and`)},
		{"syntax error", chromedp.WaitVisible(chromedp.CSS(".requirement-result .req-syntax-error"))},
		{"finish it", chromedp.SendKeys(chromedp.CSS(".node-card .requirement-input"), ` anchor apple generic`)},
		{"verdict", chromedp.WaitVisible(chromedp.CSS(`.requirement-result .req-slice[data-verdict="not-satisfied"]`))},
		{"drop two profiles", chromedp.SetUploadFiles(chromedp.ID("file-input"), profiles)},
		{"compare button", chromedp.WaitVisible(chromedp.ID("compare-button"))},
		{"compare", chromedp.Click(chromedp.ID("compare-button"))},
		{"changes", chromedp.WaitVisible(chromedp.CSS(`.compare-table .change[data-field="profile_name"]`))},
		{"type a device", chromedp.SendKeys(chromedp.ID("device-lookup-input"), "0000-not-a-device")},
		{"lookup rows", chromedp.WaitVisible(chromedp.CSS(`.lookup-row[data-listed="not-listed"]`))},
		{"analyzer hints", chromedp.WaitVisible(chromedp.CSS(`.device-lookup-result .device-hint`))},
	}
	for _, st := range steps {
		if err = chromedp.Do(ctx, st.do); err != nil {
			err = fmt.Errorf("%s: %w", st.what, err)
			break
		}
	}
	var violations string
	if err == nil {
		violations, err = chromedp.Run(ctx, chromedp.Evaluate[string](`window.__csp.join('; ')`))
	}
	mu.Lock()
	defer mu.Unlock()
	if err != nil {
		t.Fatalf("page did not load and analyse: %v\n%s", err, strings.Join(messages, "\n"))
	}
	if violations != "" {
		t.Errorf("CSP violations: %s", violations)
	}
	for _, m := range messages {
		if strings.Contains(m, "Content Security Policy") || strings.Contains(m, "Content-Security-Policy") {
			t.Errorf("console: %s", m)
		}
	}
	t.Logf("loaded, analysed and used every view under the policy; %d console messages", len(messages))
	if testing.Verbose() {
		t.Log(strings.Join(messages, "\n"))
	}
}
