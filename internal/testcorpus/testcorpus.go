// Package testcorpus finds the shared corpus of real files (profiles,
// binaries, archives, logs) that tests read in place: the folder
// shared/corpus beside the repository. It is not part of the repository, so
// a test that needs it skips, with a message, where it is absent.
package testcorpus

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var root struct {
	sync.Once
	dir string
	err error
}

// Find returns the corpus folder, or ok false when it is absent: for tests
// that go on without it (a fuzz target's seeds).
func Find() (dir string, ok bool) {
	root.Do(func() { root.dir, root.err = locate() })
	return root.dir, root.err == nil
}

// Dir returns the corpus folder joined with elem, or skips the test when the
// corpus is absent.
func Dir(t testing.TB, elem ...string) string {
	t.Helper()
	dir, ok := Find()
	if !ok {
		t.Skipf("the shared corpus is absent (%v): these tests read real files from ../shared/corpus beside the repository", root.err)
	}
	return filepath.Join(append([]string{dir}, elem...)...)
}

// Glob returns the corpus files that match the pattern made of elem (the
// last may hold wildcards), or none when the corpus is absent: for fuzz
// targets, which seed from it when they can and run without it.
func Glob(elem ...string) []string {
	dir, ok := Find()
	if !ok {
		return nil
	}
	m, _ := filepath.Glob(filepath.Join(append([]string{dir}, elem...)...))
	return m
}

// ReadFile reads the corpus file named by elem; it fails, without skipping,
// when the corpus is absent.
func ReadFile(elem ...string) ([]byte, error) {
	dir, ok := Find()
	if !ok {
		return nil, root.err
	}
	return os.ReadFile(filepath.Join(append([]string{dir}, elem...)...))
}

// locate finds the module's root (the folder of go.mod) from the working
// directory, which go test sets to the package's folder, and the corpus
// beside it.
func locate() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			dir := filepath.Join(d, "..", "shared", "corpus")
			if _, err := os.Stat(dir); err != nil {
				return "", err
			}
			return filepath.Clean(dir), nil
		}
		if filepath.Dir(d) == d {
			return "", os.ErrNotExist
		}
	}
}
