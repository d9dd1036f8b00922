package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
)

// testProseFetched pastes a known message into the site as make build
// writes it, whose app.wasm has none of the checks' words: the words the
// finding shows (its check's explanation, the message's likely causes) must
// be the full build's, fetched from web/prose.json.
func (b *browser) testProseFetched(t *testing.T) {
	const id = "text-errsec-internal-component"
	pasted := "/Users/username/Library/Developer/Xcode/DerivedData/App/Build/Products/Debug-iphoneos/App.app: errSecInternalComponent\nCommand CodeSign failed with a nonzero exit code"
	tb := b.newTab(t)
	tb.open("/")
	tb.do("paste a known message", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById("paste-input");
		ta.value = %q;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		document.getElementById("paste-analyze").click();
	})()`, pasted)))
	tb.do("wait for the finding", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`document.querySelector(".text-card") !== null`,
			chromedp.WithPollingTimeout(appTimeout))(ctx, target)
		return err
	}))
	// A finding's explanation is drawn when it is opened.
	tb.do("open the finding's explanation", chromedp.Evaluate[chromedp.Void](`document.querySelector(".finding-details summary").click()`),
		chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			_, err := chromedp.Poll[bool](`document.querySelector(".finding-doc") !== null`, chromedp.WithPollingTimeout(appTimeout))(ctx, target)
			return err
		}))
	page := evaluate[string](tb, `document.body.textContent`)
	full := analyzer.Lookup(id).Doc
	_, causes, _ := strings.Cut(full, "\n1. ")
	doc, cause := plainStart(full), plainStart(causes)
	if doc == "" || cause == "" {
		t.Fatalf("%s has no words natively", id)
	}
	for what, words := range map[string]string{"the check's explanation": doc, "the first likely cause": cause} {
		if !strings.Contains(page, words) {
			t.Errorf("the page lacks %s (%q): were the words fetched?", what, words)
		}
	}
	asked := false
	for _, r := range tb.recorded() {
		asked = asked || strings.HasSuffix(r.Request.URL, "/web/prose.json")
	}
	if !asked {
		t.Error("the page never asked for /web/prose.json")
	}
}

// plainStart is the first 40 bytes of s before any markup the page renders
// (a backtick, a link).
func plainStart(s string) string {
	if i := strings.IndexAny(s, "`[<*\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}
