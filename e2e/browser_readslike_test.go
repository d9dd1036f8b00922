package e2e

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// testPasteRetelling pastes a real report that retells Gatekeeper's alert
// in its own words, which no pattern reads: the page fetches the likeness
// model (a file of the site) and the text card names the message the words
// read like, as a guess, linking its page.
func (b *browser) testPasteRetelling(t *testing.T) {
	raw, err := os.ReadFile("../analyzer/internal/text/testdata/heldout184-messages.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(raw), "\n@@@ Vorssaint 3.1.13 on Tahoe")
	_, body, ok2 := strings.Cut(rest, "\n---\n")
	if !ok || !ok2 {
		t.Fatal("heldout184-messages.txt: the Vorssaint record is gone")
	}
	pasted, _, _ := strings.Cut(body, "\n@@@ ")
	tb := b.newTab(t)
	tb.open("/")
	tb.do("paste a retold message", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const ta = document.getElementById("paste-input");
		ta.value = %q;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
		document.getElementById("paste-analyze").click();
	})()`, pasted)))
	tb.do("wait for the guess", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := chromedp.Poll[bool](`document.querySelector(".text-card .text-guess") !== null`,
			chromedp.WithPollingTimeout(appTimeout))(ctx, target)
		return err
	}))
	guess := evaluate[string](tb, `document.querySelector(".text-card .text-guess").dataset.check`)
	link := evaluate[string](tb, `document.querySelector(".text-card .text-guess a").getAttribute("href")`)
	if guess != "text-gatekeeper-damaged" || !strings.HasSuffix(link, "/checks/text-gatekeeper-damaged") {
		t.Errorf("guess %q linking %q, want text-gatekeeper-damaged", guess, link)
	}
	// The answer box says so first, not "no problems found".
	if answer := evaluate[string](tb, `document.querySelector(".verdict-headline").innerText`); !strings.Contains(answer, "knows no code-signing message") || !strings.Contains(answer, "app is damaged") {
		t.Errorf("the answer reads %q", answer)
	}
	if !evaluate[bool](tb, `document.body.innerText.includes("A guess from the wording alone")`) {
		t.Error("the guess is not said to be a guess")
	}
	for _, vp := range viewports {
		tb.do("at "+vp.name, chromedp.EmulateViewport(vp.width, vp.height, chromedp.EmulateMobile), chromedp.Sleep(200e6))
		tb.screenshot(screenshotDir(t), "paste-reads-like-"+vp.name, vp.width, true)
	}
}
