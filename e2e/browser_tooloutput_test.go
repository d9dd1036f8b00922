package e2e

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// testPasteToolOutput pastes codesign -dvv output into the text box: the page
// shows a tool-output card with its facts, and the Mach-O findings the same
// facts give from the binary.
func (b *browser) testPasteToolOutput(t *testing.T) {
	pasted, err := os.ReadFile("../analyzer/internal/tooloutput/testdata/codesign-dvv-no-runtime-no-timestamp.txt")
	if err != nil {
		t.Fatal(err)
	}
	tb := b.newTab(t)
	tb.open("/")
	tb.do("paste codesign output", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById("paste-input");
		ta.value = %q;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		document.getElementById("paste-analyze").click();
	})()`, string(pasted))))
	tb.do("wait for the tool-output card", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`document.querySelector(".tool-card[data-tool='codesign -d']") !== null`,
			chromedp.WithPollingTimeout(appTimeout))(ctx, target)
		return err
	}))
	facts := evaluate[map[string]string](tb, `Object.fromEntries([...document.querySelectorAll(".tool-card .fact[data-fact]")].map(f => [f.dataset.fact, f.dataset.value || ""]))`)
	for k, want := range map[string]string{"cert_kind": "Developer ID Application", "timestamp": "no", "identifier": "com.blackpixel.kaleidoscope"} {
		if facts[k] != want {
			t.Errorf("fact %s = %q, want %q (facts %v)", k, facts[k], want, facts)
		}
	}
	// The text itself holds no error message, but it was read: its card
	// must not say that nothing was.
	if evaluate[bool](tb, `document.body.innerText.includes("knows no message")`) {
		t.Error("the pasted-text card says signdoctor knows no message, although the text's tool output was read")
	}
	ids := evaluate[[]string](tb, `[...document.querySelectorAll(".finding[data-id]")].map(f => f.dataset.id)`)
	for _, want := range []string{"macho-no-hardened-runtime", "macho-no-secure-timestamp"} {
		found := false
		for _, id := range ids {
			found = found || id == want
		}
		if !found {
			t.Errorf("the page shows findings %q, not %s", ids, want)
		}
	}
}
