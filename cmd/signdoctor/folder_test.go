package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
	"github.com/signdoctor/signdoctor/internal/testfixture"
)

// TestFolderAsItsZip: `signdoctor check DIR` says exactly what `check
// DIR.zip` says, on the real bundles of the corpus unzipped with their
// symbolic links and permissions.
func TestFolderAsItsZip(t *testing.T) {
	dir := testcorpus.Dir(t, "bundles")
	zips, _ := filepath.Glob(filepath.Join(dir, "*.app.zip"))
	if len(zips) == 0 {
		t.Skip("no corpus bundles at " + dir)
	}
	for _, zp := range zips {
		t.Run(filepath.Base(zp), func(t *testing.T) {
			tmp := t.TempDir()
			top := testfixture.Unzip(t, zp, tmp)
			_, zipOut, _ := runCLI(t, "", false, "check", "--now", "2026-12-01T00:00:00Z", zp)
			_, dirOut, _ := runCLI(t, "", false, "check", "--now", "2026-12-01T00:00:00Z", filepath.Join(tmp, top))
			zipOut = strings.ReplaceAll(zipOut, zp+": ", "")
			// The folder is the input: a path inside it is named once.
			dirOut = strings.ReplaceAll(dirOut, top+": "+top, top)
			if zipOut != dirOut {
				t.Errorf("the folder and its zip differ:\n--- zip\n%s--- folder\n%s", zipOut, dirOut)
			}
			if zipOut == "" {
				t.Error("no findings at all")
			}
		})
	}
}
