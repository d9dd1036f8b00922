//go:build !js

// Command wasm is signdoctor's web app. Run natively, it writes the static
// site into a folder any static host can serve:
//
//	go run ./wasm -out web/build [-base /sub/path]
//	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o web/build/web/app.wasm ./wasm
//
// Every page is prerendered (the analyzer, /checks, one /checks/<ID> per
// check, /about) and the local assets (icons, styles) are copied to web/.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/app"
	"github.com/signdoctor/signdoctor/web"
)

func main() {
	out := flag.String("out", "web/build", "folder to write the static site into")
	base := flag.String("base", "", "path the site is served under, e.g. /signdoctor for a GitHub Pages project site")
	flag.Parse()
	if err := generate(*out, *base); err != nil {
		fmt.Fprintln(os.Stderr, "wasm:", err)
		os.Exit(1)
	}
}

func generate(out, base string) error {
	app.Routes()
	if err := goapp.GenerateStaticWebsite(out, app.Handler(base), app.RoutePaths()...); err != nil {
		return fmt.Errorf("generating the site: %w", err)
	}
	return copyAssets(web.Assets, filepath.Join(out, "web"))
}

// copyAssets writes the embedded static files (icons, styles) next to where
// app.wasm goes.
func copyAssets(assets fs.FS, dir string) error {
	return fs.WalkDir(assets, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := fs.ReadFile(assets, path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
