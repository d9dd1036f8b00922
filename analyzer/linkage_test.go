package analyzer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Real apps from the corpus: every library each executable loads resolves
// (inside the bundle or to the OS), so the linkage checks say nothing, and
// the resolver does find embedded libraries where the apps have them.
func TestLinkageOnRealBundles(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "bundles")
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
