package web

import (
	"io/fs"
	"testing"
)

func TestAssetsHoldTheIconsAndStyles(t *testing.T) {
	for _, name := range []string{"app.css", "icon.svg", "icon-192.png", "icon-512.png", "icon-maskable-512.png"} {
		if _, err := fs.Stat(Assets, name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
