//go:build !js

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// appJSEdit is one change to the app.js go-app writes: old must appear in it
// exactly once. go-app is pinned (v10.1.11); an upgrade that rewords its
// loader fails the build here rather than shipping a slower first load.
type appJSEdit struct {
	why, old, new string
}

// appJSEdits make a first visit usable sooner (issue #8). On a cold load the
// page downloads and compiles 13.5 MB of wasm, then runs Go's start-up on
// its main thread; anything else competing for the CPU delays both.
var appJSEdits = []appJSEdit{
	{
		why: "the service worker's install downloads every resource, app.wasm included, " +
			"and competed with the page's own download and compile: register it once the app runs",
		old: "goappInitServiceWorker();\ngoappWatchForUpdate();\n",
		new: "goappWatchForUpdate();\n",
	},
	{
		why: "register the service worker after the loader settles, whatever the outcome " +
			"(started, failed, or no wasm for a crawler), as go-app did before it",
		old: "\ngoappInitWebAssembly();\n",
		new: "\ngoappInitWebAssembly().finally(() => setTimeout(goappInitServiceWorker));\n",
	},
	{
		why: "compile app.wasm from the network response itself: go-app's progress counter " +
			"re-streams every chunk through a JavaScript ReadableStream on the page's main " +
			"thread, which made the load about 100 ms slower; the loader keeps its spinner",
		old: `      fetchWithProgress("`,
		new: `      fetch("`,
	},
	{
		why: "(the same call) fetch takes no progress callback",
		old: `/web/app.wasm", showProgress),`,
		new: `/web/app.wasm"),`,
	},
	{
		why: "app.wasm is built without the checks' words (web/prose.json): fetch them beside it, " +
			"so they come with no wait of their own",
		old: "    const go = new Go();\n",
		new: "    const prose = fetch(goappGetenv(\"GOAPP_STATIC_RESOURCES_URL\") + \"/prose.json\")\n" +
			"      .then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null);\n" +
			"    const go = new Go();\n",
	},
	{
		why: "(the same words) hand them to the app before it starts, which puts them back " +
			"before its first page (app.UseFetchedProse); go.run returns once the page is " +
			"mounted, and the loader goes then, as before",
		old: "    go.run(wasm.instance);\n",
		new: "    window.signdoctorProse = await prose;\n    go.run(wasm.instance);\n",
	},
}

// rewriteAppJS applies appJSEdits to the text of go-app's app.js.
func rewriteAppJS(js string) (string, error) {
	for _, e := range appJSEdits {
		if n := strings.Count(js, e.old); n != 1 {
			return "", fmt.Errorf("app.js: expected go-app's text %q once, found it %d times (go-app changed? the edit was: %s)", e.old, n, e.why)
		}
		js = strings.Replace(js, e.old, e.new, 1)
	}
	return js, nil
}

// patchAppJS rewrites the app.js of the site written to out.
func patchAppJS(out string) error {
	path := filepath.Join(out, "app.js")
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := rewriteAppJS(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(js), 0o644)
}
