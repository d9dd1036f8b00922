package e2e

// The script-injection test (issue 9): files whose names, plist strings and
// certificate fields are HTML and script are dropped on the page, and text
// with markup is pasted. Nothing may run: no global the payloads set becomes
// defined, no dialog opens, no element or handler the payloads carry enters
// the DOM, and the policy reports no blocked inline script (which would mean
// markup got in and only the policy stopped it). The markup shows as text.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/testfixture"
	"howett.net/plist"
)

// payload is markup that, if the page ever parsed it as HTML, would run code
// that sets window[global] (or opens a dialog).
func payload(kind, global string) string {
	switch kind {
	case "img":
		return fmt.Sprintf(`<img src=x onerror="window.%s=1;alert('%s')">`, global, global)
	case "script":
		return fmt.Sprintf(`<script>window.%s=1;alert('%s')</script>`, global, global)
	case "svg":
		return fmt.Sprintf(`<svg onload=window.%s=1>`, global)
	}
	return fmt.Sprintf(`"><iframe src="javascript:parent.%s=1"></iframe>`, global)
}

// pwnedGlobals lists every window property a payload set.
const pwnedGlobalsJS = `Object.keys(window).filter(k => k.startsWith("__pwned"))`

// injectedJS finds what injected markup would leave in the DOM: elements the
// payloads create, inline event handlers, inline scripts carrying a payload.
const injectedJS = `(() => {
	const out = [];
	for (const e of document.querySelectorAll("*")) {
		for (const a of e.attributes) {
			if (a.name.startsWith("on")) out.push(e.tagName + " with " + a.name + "=" + a.value);
		}
		if (e.tagName === "SCRIPT" && !e.src) out.push("inline script: " + e.textContent.slice(0, 80));
		if (e.tagName === "IFRAME") out.push("iframe " + e.getAttribute("src"));
		if (e.tagName === "IMG" && e.getAttribute("src") === "x") out.push("img src=x");
	}
	return out;
})()`

// watchViolationsJS records what the Content-Security-Policy blocks.
const watchViolationsJS = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", e =>
	window.__cspViolations.push(e.effectiveDirective + " blocked " + (e.blockedURI || "inline") + " " + (e.sample || "")));`

func (b *browser) testScriptInjection(t *testing.T) {
	dir := t.TempDir()
	root := testfixture.LoadIdentity(t, "root")

	// A profile whose strings and certificate carry markup; its file name
	// too. The team ID stays a team ID, so the profile parses as usual and
	// every card and finding that shows the strings is rendered.
	p := testfixture.PlainProfile(t)
	p.Name = payload("img", "__pwnedProfileName")
	p.AppIDName = payload("script", "__pwnedAppIDName")
	p.TeamName = payload("svg", "__pwnedTeamName")
	p.Entitlements = map[string]any{
		"com.apple.developer.associated-domains": []any{"applinks:" + payload("img", "__pwnedEntValue")},
		payload("svg", "__pwnedEntKey"):          true,
	}
	p.Certificates = append(p.Certificates, testfixture.DeveloperCert(t, root,
		"Apple Development: "+payload("img", "__pwnedCertCN")+" (TEAM123456)",
		payload("script", "__pwnedCertOrg"), "TEAM123456"))
	profileName := payload("img", "__pwnedFileName") + ".mobileprovision"
	profilePath := filepath.Join(dir, profileName)
	writeBytes(t, profilePath, p.Build(t))

	// An entitlements file with markup keys and values, in a file named
	// with markup.
	ents, err := plist.MarshalIndent(map[string]any{
		"application-identifier":                           "TEAM123456.com.example.shop",
		payload("script", "__pwnedEntsKey"):                payload("img", "__pwnedEntsValue"),
		"com.apple.security.application-groups":            []any{payload("frame", "__pwnedEntsGroup")},
		"com.apple.developer.team-identifier":              "TEAM123456",
		"com.apple.developer.icloud-container-identifiers": []any{"iCloud." + payload("svg", "__pwnedEntsICloud")},
	}, plist.XMLFormat, "\t")
	if err != nil {
		t.Fatal(err)
	}
	entsName := payload("svg", "__pwnedEntsFileName") + ".entitlements"
	entsPath := filepath.Join(dir, entsName)
	writeBytes(t, entsPath, ents)

	// Known errors, so the values taken from them (a profile name, a
	// signing identity) are shown back.
	pasteProfile, pasteIdentity := payload("svg", "__pwnedPasteProfile"), payload("script", "__pwnedPasteIdentity")
	pasted := "error: Provisioning profile \"" + pasteProfile + "\" doesn't include signing certificate \"" + pasteIdentity + "\".\n" +
		"codesign: " + payload("img", "__pwnedPasteLog") + ": errSecInternalComponent\n"

	tb := b.newTab(t)
	var mu sync.Mutex
	var dialogs []string
	dialogEvents := chromedp.Events(tb.ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogEvents {
			if err != nil {
				return
			}
			mu.Lock()
			dialogs = append(dialogs, string(ev.Type)+": "+ev.Message)
			mu.Unlock()
			// An open dialog stalls the page; close it so the test can
			// report instead of timing out.
			_, _ = chromedp.Call(tb.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	tb.open("/")
	b.assertPolicy(t, tb)
	tb.do("watch the policy", chromedp.Evaluate[chromedp.Void](watchViolationsJS))

	// Files: dropped together, so the cross-file checks echo the strings too.
	tb.drop(profilePath, entsPath)
	tb.do("wait for the findings", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
	tb.do("let anything injected run", chromedp.Sleep(time.Second))
	shown := assertInert(t, tb, "dropped files")
	// What the user must see, as typed, angle brackets and all: the file
	// names, the profile's strings, the certificate's name, the
	// entitlement keys and values of both files.
	for _, s := range []string{
		profileName, entsName, p.Name, p.AppIDName, p.TeamName,
		payload("img", "__pwnedEntValue"), payload("svg", "__pwnedEntKey"), payload("img", "__pwnedCertCN"),
		payload("script", "__pwnedEntsKey"), payload("img", "__pwnedEntsValue"),
		payload("frame", "__pwnedEntsGroup"), payload("svg", "__pwnedEntsICloud"),
	} {
		if !strings.Contains(shown, s) {
			t.Errorf("the page does not show %q as text", s)
		}
	}
	cards := evaluate[int](tb, `document.querySelectorAll(".artifact-card[data-kind=profile], .artifact-card[data-kind=entitlements]").length`)
	if cards < 2 {
		t.Errorf("want a profile card and an entitlements card, got %d cards; findings %+v", cards, evaluate[[]domFinding](tb, findingsJS))
	}

	// Pasted text.
	tb.do("paste text", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById("paste-input");
		ta.value = %q;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		document.getElementById("paste-analyze").click();
	})()`, pasted)))
	tb.do("wait for the text's findings", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := chromedp.Poll[bool](
			`[...document.querySelectorAll(".finding[data-id]")].some(f => (f.dataset.id || "") === "text-profile-missing-certificate")`,
			chromedp.WithPollingTimeout(appTimeout))(ctx, target)
		return err
	}))
	tb.do("let anything injected run", chromedp.Sleep(time.Second))
	shown = assertInert(t, tb, "pasted text")
	for _, s := range []string{pasteProfile, pasteIdentity} {
		if !strings.Contains(shown, s) {
			t.Errorf("the page does not show the value %q taken from the pasted text", s)
		}
	}

	mu.Lock()
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
	mu.Unlock()

	// Control: markup planted the way an unsafe renderer would put it in
	// (as HTML) is caught by the same checks, so their silence above means
	// something. The policy blocks its handler; the DOM check and the
	// violation record still see it.
	tb.do("plant markup", chromedp.Evaluate[chromedp.Void](
		`document.body.insertAdjacentHTML("beforeend", '<img src=x onerror="window.__pwnedControl=1">')`))
	tb.do("let it run", chromedp.Sleep(500*time.Millisecond))
	if got := evaluate[[]string](tb, injectedJS); len(got) == 0 {
		t.Error("control: planted markup was not found in the DOM; the check sees nothing")
	}
	if got := evaluate[[]string](tb, `window.__cspViolations`); len(got) == 0 {
		t.Error("control: the policy reported no violation for a planted inline handler")
	}
	if got := evaluate[[]string](tb, pwnedGlobalsJS); len(got) > 0 {
		t.Errorf("control: the policy let a planted inline handler run: %v", got)
	}
}

// assertInert checks that nothing the payloads carry ran or entered the
// DOM, and returns the page's text.
func assertInert(t *testing.T, tb *tab, what string) string {
	t.Helper()
	if got := evaluate[[]string](tb, pwnedGlobalsJS); len(got) > 0 {
		t.Errorf("%s: payloads ran and set %v", what, got)
	}
	if got := evaluate[[]string](tb, injectedJS); len(got) > 0 {
		t.Errorf("%s: markup entered the DOM: %q", what, got)
	}
	if got := evaluate[[]string](tb, `window.__cspViolations || []`); len(got) > 0 {
		t.Errorf("%s: the Content-Security-Policy blocked %q: markup got into the page and only the policy stopped it", what, got)
	}
	checkFindings(t, evaluate[[]domFinding](tb, findingsJS))
	return evaluate[string](tb, `document.body.textContent`)
}

// assertPolicy checks the Content-Security-Policy the web app declares is in
// the built index.html and in force in the page: only the site's own
// connections, no inline script, no eval beyond compiling WebAssembly.
func (b *browser) assertPolicy(t *testing.T, tb *tab) {
	t.Helper()
	index, err := os.ReadFile(filepath.Join(b.site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(index), `http-equiv="Content-Security-Policy"`) {
		t.Fatal("the built index.html has no Content-Security-Policy meta tag")
	}
	policy := evaluate[string](tb, `(document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || ""`)
	if policy == "" {
		t.Fatal("the page has no Content-Security-Policy meta tag")
	}
	directives := map[string]string{}
	for _, d := range strings.Split(policy, ";") {
		if f := strings.Fields(d); len(f) > 0 {
			directives[f[0]] = strings.Join(f[1:], " ")
		}
	}
	if directives["connect-src"] != "'self'" {
		t.Errorf("connect-src is %q, want 'self' (policy %q)", directives["connect-src"], policy)
	}
	script, ok := directives["script-src"]
	if !ok {
		script = directives["default-src"]
	}
	for _, src := range strings.Fields(script) {
		switch src {
		case "'self'", "'wasm-unsafe-eval'":
		default:
			t.Errorf("script-src allows %s; the page needs only 'self' and 'wasm-unsafe-eval' (policy %q)", src, policy)
		}
	}
	if o, ok := directives["object-src"]; ok && o != "'none'" || !ok && directives["default-src"] != "'self'" {
		t.Errorf("plugins (object-src) are not shut out: %q", policy)
	}
	t.Logf("Content-Security-Policy: %s", policy)
}

func writeBytes(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
