package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir finds the corpus beside the repository and joins the names given.
func TestDir(t *testing.T) {
	dir := Dir(t, "profiles")
	want, err := filepath.Abs("../../../shared/corpus/profiles")
	if err != nil {
		t.Fatal(err)
	}
	if dir != want {
		t.Errorf("Dir = %s, want %s", dir, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "..", "MANIFEST.md")); err != nil {
		t.Errorf("the folder found has no MANIFEST.md: %v", err)
	}
}
