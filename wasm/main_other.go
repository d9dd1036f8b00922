//go:build !js

// Command wasm is signdoctor's web app. Run natively, it writes the static
// site into a folder any static host can serve:
//
//	go run ./wasm -out web/build [-base /sub/path] [-cases testdata/cases]
//	GOOS=js GOARCH=wasm GOWASM=satconv,signext go build -trimpath -ldflags='-s -w' -o web/build/web/app.wasm ./wasm
//
// (make build does both, with the Makefile's WASM_GCFLAGS too).
//
// Every page is prerendered (the analyzer, /checks, one /checks/<ID> per
// check, /about); the local assets (icons, styles) go to web/ and the
// example files, taken from the generated cases, to web/examples/.
package main

import (
	"encoding/base64"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/app"
	"github.com/signdoctor/signdoctor/web"
)

func main() {
	out := flag.String("out", "web/build", "folder to write the static site into")
	base := flag.String("base", "", "path the site is served under, e.g. /signdoctor for a GitHub Pages project site")
	cases := flag.String("cases", "testdata/cases", "folder of the generated cases the example files are taken from")
	flag.Parse()
	if err := generate(*out, *base, *cases); err != nil {
		fmt.Fprintln(os.Stderr, "wasm:", err)
		os.Exit(1)
	}
}

func generate(out, base, cases string) error {
	app.Routes()
	if err := goapp.GenerateStaticWebsite(out, app.Handler(base), app.RoutePaths()...); err != nil {
		return fmt.Errorf("generating the site: %w", err)
	}
	if err := patchAppJS(out); err != nil {
		return err
	}
	if err := copyAssets(web.Assets, filepath.Join(out, "web")); err != nil {
		return err
	}
	model := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(app.LikenessModelPath, "/")))
	if err := os.WriteFile(model, analyzer.TextLikenessModel(), 0o644); err != nil {
		return err
	}
	words := filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(app.ProsePath, "/")))
	if err := os.WriteFile(words, analyzer.Prose(), 0o644); err != nil {
		return err
	}
	return copyExamples(cases, filepath.Join(out, "web", "examples"))
}

// copyExamples puts the "try an example" files into the site, taken from the
// generated cases as they are now, so they never go stale.
func copyExamples(cases, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, ex := range append(append([]app.Example(nil), app.Examples...), app.WarmUp) {
		b, err := os.ReadFile(filepath.Join(cases, filepath.FromSlash(ex.Source)))
		if err != nil {
			return fmt.Errorf("example %s: %w (run from the repository root, or pass -cases)", ex.File, err)
		}
		if strings.HasSuffix(ex.Source, ".b64") { // a binary case input, stored as text
			if b, err = base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b)), "")); err != nil {
				return fmt.Errorf("example %s: %w", ex.File, err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, ex.File), b, 0o644); err != nil {
			return err
		}
	}
	return nil
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
