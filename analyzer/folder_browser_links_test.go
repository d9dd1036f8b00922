package analyzer

import (
	"bytes"
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestBrowserFolderHidesSealedLinks: a signed Mac app whose seal records
// symbolic links (a versioned framework's), read as Chrome hands a dropped
// folder over — links left out, no permissions — gets the findings of its
// zip plus the one note on what a browser cannot see: the links the seal
// records are not called removed.
func TestBrowserFolderHidesSealedLinks(t *testing.T) {
	tree := macApp(t, macOpts{helperRuntime: true})
	var folder []FolderFile
	links := 0
	for name, f := range tree {
		if f.mode&fs.ModeSymlink != 0 {
			links++
			continue
		}
		folder = append(folder, FolderFile{Name: name, Mode: 0o644, Size: int64(len(f.data)), R: bytes.NewReader(f.data), NoUnixMode: true})
	}
	if links == 0 {
		t.Fatal("the generated app has no symbolic link")
	}
	zb := tree.zipBytes(t, true)
	opts := Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}
	lines := func(files ...File) []string {
		rep, err := Analyze(context.Background(), files, opts)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range rep.Findings {
			out = append(out, string(f.Severity)+" "+f.ID+": "+f.Message)
		}
		slices.Sort(out)
		return out
	}
	zipped := lines(File{Name: "Mac.zip", Size: int64(len(zb)), R: bytes.NewReader(zb)})
	var rest []string
	notes := 0
	for _, l := range lines(File{Name: "Mac.app", Folder: folder}) {
		if strings.HasPrefix(l, "info bundle-browser-folder: ") {
			notes++
			continue
		}
		rest = append(rest, l)
	}
	if notes != 1 || !slices.Equal(rest, zipped) {
		t.Errorf("browser folder (%d notes):\n%q\nzip:\n%q", notes, rest, zipped)
	}
}
