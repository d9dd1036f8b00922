//go:build !js

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGeneratedAppJSLoadsFast checks the app.js of generated sites (at the
// root and under a sub-path): the service worker is registered once the wasm
// loader has settled, not at page start, and app.wasm is compiled from the
// fetch response itself.
func TestGeneratedAppJSLoadsFast(t *testing.T) {
	for _, base := range []string{"", "/signdoctor"} {
		out := t.TempDir()
		if err := generate(out, base, "../testdata/cases"); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(out, "app.js"))
		if err != nil {
			t.Fatal(err)
		}
		js := string(b)
		for _, want := range []string{
			"\ngoappInitWebAssembly().finally(() => setTimeout(goappInitServiceWorker));\n",
			`instantiateStreaming(
      fetch("` + base + `/web/app.wasm"),
      go.importObject`,
			`navigator.serviceWorker.register(
        "` + base + `/app-worker.js"`,
			`"GOAPP_INTERNAL_URLS":"[]"`,
		} {
			if !strings.Contains(js, want) {
				t.Errorf("base %q: app.js lacks %q", base, want)
			}
		}
		// The deferred registration above is the only one.
		if n := strings.Count(js, "goappInitServiceWorker();"); n != 0 {
			t.Errorf("base %q: app.js calls goappInitServiceWorker() %d times at page start", base, n)
		}
		if strings.Contains(js, "fetchWithProgress(\"") {
			t.Errorf("base %q: app.wasm still goes through fetchWithProgress", base)
		}
		index, err := os.ReadFile(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(index), "%</p>") {
			t.Errorf("base %q: the loader label still shows a percentage no one updates", base)
		}
	}
}

// TestRewriteAppJSFailsOnUnknownText: a go-app whose app.js no longer has the
// text an edit expects must fail the build, not ship the old loader.
func TestRewriteAppJSFailsOnUnknownText(t *testing.T) {
	if _, err := rewriteAppJS("goappInitWebAssembly();\n"); err == nil || !strings.Contains(err.Error(), "go-app changed?") {
		t.Fatalf("rewriteAppJS of a foreign app.js: err = %v, want a go-app changed error", err)
	}
	// Twice is as wrong as never: the edit would be ambiguous.
	e := appJSEdits[0]
	if _, err := rewriteAppJS(e.old + e.old); err == nil {
		t.Fatal("rewriteAppJS accepted text found twice")
	}
}
