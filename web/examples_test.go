package web

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/signdoctor/signdoctor/app"
)

func TestExamplesMatchTheirCases(t *testing.T) {
	for _, ex := range app.Examples {
		got, err := fs.ReadFile(Assets, "examples/"+ex.File)
		if err != nil {
			t.Errorf("%s is not embedded: %v", ex.File, err)
			continue
		}
		want, err := os.ReadFile(filepath.Join("..", "testdata", "cases", filepath.FromSlash(ex.Source)))
		if err != nil {
			t.Errorf("case input of %s: %v", ex.File, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("examples/%s differs from testdata/cases/%s; run go generate ./web", ex.File, ex.Source)
		}
	}
}

func TestAssetsHoldTheIcons(t *testing.T) {
	for _, name := range []string{"app.css", "icon.svg", "icon-192.png", "icon-512.png", "icon-maskable-512.png"} {
		if _, err := fs.Stat(Assets, name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
