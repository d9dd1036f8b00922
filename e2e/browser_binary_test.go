package e2e

import (
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/signdoctor/signdoctor/app"
	"github.com/signdoctor/signdoctor/internal/testfixture"
)

// testDropBinary drops a signed Mach-O of several MB, so its code goes
// through the page's workers (web/digest.js's pool, web/pageworker.js) in
// more than one run of pages, and a copy with one
// byte of a code page changed: the page must report what the CLI reports,
// finding for finding, and name the changed page.
func (b *browser) testDropBinary(t *testing.T) {
	dir := t.TempDir()
	intact := filepath.Join(dir, "Big")
	f, err := os.Create(intact)
	if err != nil {
		t.Fatal(err)
	}
	const codePages = 1500 // about 6 MB: two of the verifier's 4 MB reads
	if err := writeSignedMachO(f, rand.New(rand.NewSource(3)), codePages, "com.example.big"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	data, err := os.ReadFile(intact)
	if err != nil {
		t.Fatal(err)
	}
	const changedPage = 1300 // in the second read
	data[changedPage*4096+10] ^= 0x40
	changed := filepath.Join(dir, "BigChanged")
	if err := os.WriteFile(changed, data, 0o644); err != nil {
		t.Fatal(err)
	}

	for _, file := range []string{intact, changed} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			tb := b.newTab(t)
			tb.open("/")
			tb.drop(file)
			tb.do("wait for the report", chromedp.WaitReady(chromedp.CSS(reportDrawn)))
			got := evaluate[[]domFinding](tb, findingsJS)
			want := analyzeNatively(t, file)
			var gotLines, wantLines []string
			for _, f := range got {
				gotLines = append(gotLines, f.ID+" "+f.Severity+" "+f.Message)
			}
			for _, f := range want.Findings {
				wantLines = append(wantLines, f.ID+" "+string(f.Severity)+" "+f.Message)
			}
			sort.Strings(gotLines)
			sort.Strings(wantLines)
			if strings.Join(gotLines, "\n") != strings.Join(wantLines, "\n") {
				t.Errorf("the page shows\n  %s\nthe analyzer reports\n  %s", strings.Join(gotLines, "\n  "), strings.Join(wantLines, "\n  "))
			}
			mismatch := false
			for _, f := range got {
				if f.ID == "macho-page-hash-mismatch" {
					mismatch = true
					if !strings.Contains(f.Message, "page 1300 at offset 0x514000") {
						t.Errorf("the changed page is not named: %q", f.Message)
					}
				}
			}
			if mismatch != (file == changed) {
				t.Errorf("macho-page-hash-mismatch shown: %v, want %v", mismatch, file == changed)
			}
			// The code pages were read and hashed by the page's workers
			// (web/pageworker.js), not read into Go: the warm-up's small
			// binary alone cannot account for this many bytes.
			if n := evaluate[float64](tb, `window.signdoctorPagePool ? signdoctorPagePool.answeredBytes : -1`); n < codePages*4096 {
				t.Errorf("the page's workers hashed %.0f bytes, fewer than the binary's %d bytes of code", n, codePages*4096)
			}
		})
	}
}

// testExamples presses every "try an example" button: each example, read
// from the site as a dropped file is read, gets the findings the CLI reports
// for the case file it was copied from.
func (b *browser) testExamples(t *testing.T) {
	for _, ex := range app.Examples {
		t.Run(ex.File, func(t *testing.T) {
			tb := b.newTab(t)
			tb.open("/")
			tb.do("press the example", chromedp.Click(chromedp.CSS(`button.example[data-example="`+ex.File+`"]`)))
			tb.do("wait for the report", chromedp.WaitReady(chromedp.CSS(reportDrawn)))
			got := map[string]bool{}
			for _, f := range evaluate[[]domFinding](tb, findingsJS) {
				got[f.ID] = true
			}
			src := filepath.Join(testfixture.ModuleRoot(t), "testdata", "cases", filepath.FromSlash(ex.Source))
			want := analyzeNatively(t, src)
			if len(want.Findings) == 0 {
				t.Fatalf("the example's case %s has no findings", ex.Source)
			}
			for _, f := range want.Findings {
				if !got[f.ID] {
					t.Errorf("the page does not show %s (%s) for the example", f.ID, f.Message)
				}
			}
		})
	}
}
