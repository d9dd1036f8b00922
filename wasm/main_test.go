//go:build !js

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/app"
)

// TestGenerateWritesEveryPageWithLocalResources builds the static site under a
// sub-path and checks that every page and asset is there, that pages link
// under the base path, and that nothing points at another host (which would
// break the offline cache and leak requests).
func TestGenerateWritesEveryPageWithLocalResources(t *testing.T) {
	out := t.TempDir()
	if err := generate(out, "/signdoctor", "../testdata/cases"); err != nil {
		t.Fatal(err)
	}
	want := []string{"index.html", "checks.html", "about.html", "app.js", "app-worker.js", "manifest.webmanifest",
		"web/app.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/icon-maskable-512.png", "web/pageworker.js", "web/likeness.model", "web/prose.json"}
	for _, c := range analyzer.Checks() {
		want = append(want, "checks/"+c.ID+".html")
	}
	for _, ex := range app.Examples {
		want = append(want, "web/examples/"+ex.File)
	}
	for _, f := range want {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("site lacks %s: %v", f, err)
		}
	}
	remote := regexp.MustCompile(`(?:src|href)="https?://|raw\.githubusercontent`)
	for _, f := range []string{"index.html", "checks.html", "about.html", "app-worker.js", "manifest.webmanifest", "app.js"} {
		b, err := os.ReadFile(filepath.Join(out, f))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if m := remote.FindString(s); m != "" {
			t.Errorf("%s refers to another host: %s", f, m)
		}
		if strings.HasSuffix(f, ".html") && !strings.Contains(s, `href="/signdoctor/checks"`) {
			t.Errorf("%s has no link to /signdoctor/checks", f)
		}
	}
	// app.wasm is built without the checks' words; the page fetches them.
	if words, err := os.ReadFile(filepath.Join(out, "web", "prose.json")); err != nil || !bytes.Equal(words, analyzer.Prose()) {
		t.Errorf("web/prose.json: %v, or it is not the checks' words", err)
	}
	// The page fetches the text likeness model as a file of the site.
	if model, err := os.ReadFile(filepath.Join(out, "web", "likeness.model")); err != nil || analyzer.UseTextLikenessModel(model) != nil {
		t.Errorf("web/likeness.model: %v, or it does not load", err)
	}
	worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	for _, res := range []string{`"/signdoctor/web/app.wasm"`, `"/signdoctor/web/icon-192.png"`, `"/signdoctor/web/examples/expired.mobileprovision"`, `"/signdoctor/web/likeness.model"`, `"/signdoctor/web/prose.json"`} {
		if !strings.Contains(string(worker), res) {
			t.Errorf("the service worker does not precache %s", res)
		}
	}
}
