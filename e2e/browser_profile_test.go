package e2e

// Dropping profiles: the cards and findings the page shows for each, against
// the native analyzer, and the device lookup.

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

type domCard struct {
	Title string            `json:"title"`
	Facts map[string]string `json:"facts"`
}

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
	generated, _ = filepath.Glob("../testdata/cases/profile-*/*/*.mobileprovision")
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
	tb.do("wait for the whole report", chromedp.WaitReady(chromedp.CSS(reportDrawn)))
	cards := evaluate[[]domCard](tb, profileCardsJS)
	if len(cards) != 1 {
		tb.t.Fatalf("want one .artifact-card[data-kind=profile], got %d; the page shows findings %+v", len(cards), evaluate[[]domFinding](tb, findingsJS))
	}
	return cards
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
				chromedp.WaitReady(chromedp.CSS(reportDrawn)),
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
