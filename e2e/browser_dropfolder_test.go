package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/testfixture"
)

// dropFolderApp is a Mac app the project generates (testdata/cases): signed
// executables with their x bit, a versioned framework with its symbolic
// links, and a stapled ticket of the real format naming the executable.
const dropFolderApp = "../testdata/cases/bundle-ticket-mismatch/no-names-app/Mac.zip"

// dropJS records what the page's drop handler receives, for the log and the
// assertion that the drop carried a folder: one entry per item, with its
// kind and whether webkitGetAsEntry calls it a directory.
const dropJS = `window.__signdoctorDrops = [];
window.addEventListener("drop", (e) => {
	const items = [...(e.dataTransfer && e.dataTransfer.items || [])].map((it) => {
		const entry = it.webkitGetAsEntry ? it.webkitGetAsEntry() : null;
		return {kind: it.kind, name: entry ? entry.name : "", dir: !!(entry && entry.isDirectory)};
	});
	window.__signdoctorDrops.push(items);
}, true);`

type droppedItem struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	Dir  bool   `json:"dir"`
}

// testDropFolder drops a real folder on the page the way a user's drag from
// Finder arrives: Input.dispatchDragEvent with the folder's path, which
// chromium turns into a DataTransfer item whose entry is a directory. The
// page's findings must be the command line's for the same app zipped, plus
// only the one note that says what a browser cannot see (the generated app
// has links and executable bits, so that note is due).
func (b *browser) testDropFolder(t *testing.T) {
	zipAbs, err := filepath.Abs(dropFolderApp)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	top := testfixture.Unzip(t, zipAbs, tmp)
	dir := filepath.Join(tmp, top)
	link := filepath.Join(dir, "Contents/Frameworks/Kit.framework/Versions/Current")
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the generated app lost its symbolic link %s: %v", link, err)
	}
	if fi, err := os.Stat(filepath.Join(dir, "Contents/MacOS/Mac")); err != nil || fi.Mode()&0o111 == 0 {
		t.Fatalf("the generated app's executable has no x bit: %v", err)
	}

	zipped := cliFindingLines(t, zipAbs)
	if onDisk := cliFindingLines(t, dir); !slices.Equal(onDisk, zipped) {
		t.Errorf("signdoctor check on the folder and on its zip differ:\nfolder: %q\nzip:    %q", onDisk, zipped)
	}

	tb := b.newTab(t)
	tb.open("/")
	tb.do("watch drops", chromedp.Evaluate[chromedp.Void](dropJS))
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: []string{dir}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
		tb.do("drag "+string(typ), func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, tg, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: 200, Y: 200, Data: data})
			return chromedp.Void{}, err
		})
	}
	drops := evaluate[[][]droppedItem](tb, `window.__signdoctorDrops`)
	t.Logf("the page received: %+v", drops)
	if len(drops) != 1 || len(drops[0]) != 1 || !drops[0][0].Dir || drops[0][0].Name != top {
		t.Fatalf("the drop did not carry the folder %s as a directory entry: %+v", top, drops)
	}
	tb.do("wait for findings", chromedp.WaitReady(chromedp.CSS(`.finding[data-id="bundle-browser-folder"]`)), chromedp.WaitReady(chromedp.CSS(reportDrawn)))
	page := findingLines(evaluate[[]domFinding](tb, findingsJS), "")

	notes := 0
	var rest []string
	for _, f := range page {
		if f == "info bundle-browser-folder: "+browserFolderNote {
			notes++
			continue
		}
		rest = append(rest, f)
	}
	if notes != 1 {
		t.Errorf("the browser-folder note is said %d times, want once: %q", notes, page)
	}
	if !slices.Equal(rest, zipped) {
		t.Errorf("the dropped folder and signdoctor check on its zip differ:\npage: %q\ncli:  %q", rest, zipped)
	}
	t.Logf("page: %d findings, cli on the zip: %d", len(page), len(zipped))

	// The stapled ticket is read in the page too: the card says it names
	// the executable's CDHash.
	ticket := evaluate[string](tb, `[...document.querySelectorAll('.fact[data-fact="stapled_ticket"]')].map(f => f.textContent).join("\n")`)
	if !strings.Contains(ticket, "the executable's CDHash among them (sha256 ") {
		t.Errorf("the app's card does not say the ticket names its executable: %q", ticket)
	}
}

// browserFolderNote is the one thing a folder read in a browser adds.
const browserFolderNote = "read from the browser: executable bits and symbolic links are not visible, so they were not checked; drop its zip (`ditto -c -k --keepParent`) for the full check"

// cliFindingLines runs `signdoctor check --format json` on one path and
// returns its findings as findingLines does for the page. go run caches the
// linked command, so only the first call builds it.
func cliFindingLines(t *testing.T, path string) []string {
	t.Helper()
	cmd := exec.Command(goCommand(), "run", "./cmd/signdoctor", "check", "--format", "json", "--fail-on", "never", path)
	cmd.Dir = testfixture.ModuleRoot(t)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("signdoctor check %s: %v (stderr %s)", path, err, stderr.String())
	}
	var rep struct {
		Findings []domFinding `json:"findings"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("signdoctor check %s: %v (stderr %s)", path, err, stderr.String())
	}
	return findingLines(rep.Findings, "")
}
