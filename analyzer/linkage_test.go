package analyzer

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// Real apps from the corpus: every library each executable loads resolves
// (inside the bundle or to the OS), so the linkage checks say nothing, and
// the resolver does find embedded libraries where the apps have them.
func TestLinkageOnRealBundles(t *testing.T) {
	dir := filepath.Join(testcorpus.Dir(t), "bundles")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("corpus not present (%v): skipping", err)
	}
	foundInBundle := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".ipa") && !strings.HasSuffix(e.Name(), ".zip") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		in := parseInput(t.Context(), File{Name: e.Name(), Size: int64(len(b)), R: bytes.NewReader(b)}, &Options{Now: defaultCaseTime})
		bi := in.bundleInput()
		if bi == nil || bi.B == nil {
			t.Errorf("%s: not read as a bundle", e.Name())
			continue
		}
		counts := map[string]int{}
		for _, l := range bi.linkage() {
			counts[l.Status]++
			if l.Status == linkMissing || l.Status == linkBuildPath {
				t.Errorf("%s: %s [%s] %s %s: %s", e.Name(), l.Loader.ExecPath, l.Slice.Arch, l.Lib.Command, l.Lib.Path, l.Status)
			}
		}
		foundInBundle += counts[linkFound]
		t.Logf("%s: %v", e.Name(), counts)
	}
	if foundInBundle == 0 {
		t.Error("no real app had a library resolved inside its bundle: the resolver finds nothing")
	}
}

// A folder read in the browser shows no symbolic links: a framework loaded
// through its root link (@rpath/Parser.framework/Parser) is not seen there,
// and Versions/Current is missing. Neither may become an error; the same
// app as a zip, links and all, resolves everything.
func TestLinkageInBrowserFolder(t *testing.T) {
	a := defaultLinkApp()
	a.libs[2].Path = "@rpath/Parser.framework/Parser"
	b := a.build(t)
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var files []FolderFile
	for _, f := range zr.File {
		if f.Mode()&fs.ModeSymlink != 0 {
			continue // the browser does not show links
		}
		if f.FileInfo().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, FolderFile{Name: f.Name, Mode: 0o644, NoUnixMode: true, Size: int64(len(data)), R: bytes.NewReader(data)})
	}
	der, err := readCertDER(filepath.Join("..", "testdata", "cases", "macho-test-ca.pem"))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Now: defaultCaseTime, testRoots: [][]byte{der}}
	for name, in := range map[string]File{
		"zip":            {Name: "Ffi.zip", Size: int64(len(b)), R: bytes.NewReader(b)},
		"browser folder": {Name: "Ffi.app", Folder: files},
	} {
		rep, err := Analyze(t.Context(), []File{in}, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.ID, "linkage-") || f.ID == "bundle-framework-no-current" {
				t.Errorf("%s: %s %s: %s", name, f.ID, f.Subject, f.Message)
			}
		}
	}
}
