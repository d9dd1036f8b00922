package main

import (
	"archive/zip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
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
			top := unzipTo(t, zp, tmp)
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

// unzipTo extracts an archive as `ditto -x -k` would, keeping symbolic links
// and Unix permissions, and returns its top-level folder's name.
func unzipTo(t *testing.T, zp, dst string) string {
	zr, err := zip.OpenReader(zp)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	top := ""
	for _, f := range zr.File {
		name := strings.TrimSuffix(f.Name, "/")
		if strings.HasPrefix(name, "__MACOSX") || name == "" {
			continue
		}
		if top == "" {
			top = strings.SplitN(name, "/", 2)[0]
		}
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		mode := f.Mode()
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case mode.IsDir() || strings.HasSuffix(f.Name, "/"):
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
		case mode&fs.ModeSymlink != 0:
			if err := os.Symlink(string(b), p); err != nil {
				t.Fatal(err)
			}
		default:
			if err := os.WriteFile(p, b, mode.Perm()|0o200); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, mode.Perm()); err != nil {
				t.Fatal(err)
			}
		}
	}
	return top
}
