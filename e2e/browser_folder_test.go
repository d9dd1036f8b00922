package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
	"github.com/signdoctor/signdoctor/internal/testfixture"

	"github.com/chromedp/chromedp"
)

// testChooseFolder gives the page real app folders through "Choose a
// folder" and compares their findings with those of the same apps zipped.
// A browser hides symbolic links (Chrome leaves them out of a chosen folder),
// so a folder may say less than its zip — never more, but for the one note
// that says what a browser cannot see — and exactly as much when the app has
// no links.
func (b *browser) testChooseFolder(t *testing.T) {
	for _, c := range []struct {
		zip   string
		links bool
	}{
		{"relic-fatfile.app.zip", false},
		{"opera-beta-installer.app.zip", false},
		{"fluid-lector.app.zip", true},     // versioned frameworks: 24 links
		{"emergya-notifier.app.zip", true}, // Contents/CodeResources is a link
	} {
		t.Run(c.zip, func(t *testing.T) {
			zipAbs := testcorpus.Dir(t, "bundles", c.zip)
			if _, err := os.Stat(zipAbs); err != nil {
				t.Skip("no corpus bundle at " + zipAbs)
			}
			tmp := t.TempDir()
			top := testfixture.Unzip(t, zipAbs, tmp)

			tb := b.newTab(t)
			tb.open("/")
			tb.do("choose the folder", chromedp.SetUploadFiles(chromedp.ID("folder-input"), []string{filepath.Join(tmp, top)}))
			tb.do("wait for findings", chromedp.WaitReady(chromedp.CSS(`.finding[data-id="bundle-browser-folder"]`)))
			folder := findingLines(evaluate[[]domFinding](tb, findingsJS), "bundle-browser-folder")

			tz := b.newTab(t)
			tz.open("/")
			tz.drop(zipAbs)
			tz.do("wait for findings", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
			zipped := findingLines(evaluate[[]domFinding](tz, findingsJS), "")

			for _, f := range folder {
				if !slices.Contains(zipped, f) {
					t.Errorf("the folder says what its zip does not: %q", f)
				}
			}
			if !c.links && !slices.Equal(folder, zipped) {
				t.Errorf("the folder and its zip differ:\nfolder: %q\nzip:    %q", folder, zipped)
			}
			t.Logf("folder: %d findings, zip: %d", len(folder), len(zipped))
		})
	}
}

// findingLines are findings as sorted "severity id: message" lines, without
// the check skip.
func findingLines(fs []domFinding, skip string) []string {
	var out []string
	for _, f := range fs {
		if f.ID != skip {
			out = append(out, f.Severity+" "+f.ID+": "+f.Message)
		}
	}
	slices.Sort(out)
	return out
}
