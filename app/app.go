// Package app is signdoctor's web interface: go-app components and pages that
// run the analyzer in the browser, compiled to WebAssembly. Files are read
// from the user's disk through Blob slices and analysed on the page; nothing
// is sent anywhere.
//
// Routes registers the pages; Handler configures go-app (name, local icons,
// styles, the base path for hosting under a sub-path). The wasm/ main package
// uses both: in the browser it runs the app, natively it writes the static site.
package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// Routes registers every page: the analyzer, the check catalogue, one page per
// registered check, and the about page.
func Routes() {
	goapp.Route("/", func() goapp.Composer { return &analyzerPage{} })
	goapp.Route("/checks", func() goapp.Composer { return &catalogPage{} })
	for _, c := range analyzer.Checks() {
		id := c.ID
		goapp.Route(checkPath(id), func() goapp.Composer { return &checkPage{ID: id} })
	}
	goapp.Route("/about", func() goapp.Composer { return &aboutPage{} })
}

// RoutePaths lists every page path Routes registers, for static generation.
func RoutePaths() []string {
	paths := []string{"/", "/checks", "/about"}
	for _, c := range analyzer.Checks() {
		paths = append(paths, checkPath(c.ID))
	}
	return paths
}

// Handler returns the go-app handler: names, local icons (go-app's defaults
// point at a remote host, which breaks the offline cache), styles, and the
// base path when the site is served from a sub-path such as /signdoctor.
func Handler(base string) *goapp.Handler {
	h := &goapp.Handler{
		Name:        "signdoctor",
		ShortName:   "signdoctor",
		Title:       "signdoctor — why Apple code signing fails",
		Description: "Drop a provisioning profile, entitlements, a binary or an app and see what is wrong with its code signature, why, and how to fix it. Runs in your browser; nothing is uploaded.",
		Lang:        "en",
		Icon: goapp.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor: "#0f172a",
		ThemeColor:      "#1d4ed8",
		// No percentage: app.js compiles app.wasm straight from the
		// network response, without a progress counter (wasm/appjs.go).
		LoadingLabel: "Loading signdoctor…",
		Styles:       []string{"/web/app.css"},
		// blobread.js streams dropped files in ranges (blob_js.go);
		// digest.js hashes a batch of code pages in one call (hash_js.go)
		// and starts the workers that hash a file's pages (workers_js.go);
		// worker.js unregisters the service worker of a site that removed it;
		// folder.js walks a dropped folder (folder_js.go); page.js keeps a
		// file dropped before the app runs from replacing the page.
		Scripts: []string{"/web/blobread.js defer", "/web/digest.js defer", "/web/worker.js defer", "/web/folder.js defer", "/web/page.js defer"},
		// The SVG icon is what the page links; precache it so an offline
		// reload finds every file the page asks for.
		CacheableResources: cacheable(),
		// An empty list, not none: go-app decodes GOAPP_INTERNAL_URLS (JSON)
		// on every navigation until the list is non-nil, the first time
		// during the app's start, where decoding "null" cost the most of
		// encoding/json's code to compile.
		InternalURLs: []string{},
		RawHeaders:   []string{cspMeta()},
	}
	if b := cleanBase(base); b != "" {
		h.Resources = goapp.PrefixedLocation(b)
	}
	return h
}

// ContentSecurityPolicy is the page's policy: everything from the site
// itself, nothing inline, nothing from elsewhere. The page fetches only its
// own files (app.wasm, the checks' words, the examples, the text likeness model) and reads dropped files through Blob
// slices, which no directive governs.
//
// What go-app v10.1.11 forces: 'wasm-unsafe-eval' in script-src, because its
// app.js compiles app.wasm with WebAssembly.instantiateStreaming. Nothing
// else: its page loads wasm_exec.js and app.js from the site (no inline
// script), its loader and components set no style attributes (so no
// 'unsafe-inline' in style-src), its icons are local files; the service
// worker (app-worker.js) and the manifest come from 'self' through
// default-src, and the page-hashing workers' script (web/pageworker.js)
// through script-src, which worker-src falls back to. go-app puts RawHeaders after its own links and scripts, so the
// policy governs what loads after them: the scripts before it are the
// site's own, which the policy allows anyway. frame-ancestors cannot be set
// from a meta tag; a host that wants it sends the header.
const ContentSecurityPolicy = "default-src 'self'; " +
	"connect-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"img-src 'self' data:; " +
	"style-src 'self'; " +
	"object-src 'none'; " +
	"base-uri 'self'"

// cspMeta is the policy as a meta tag for the page's head.
func cspMeta() string {
	return `<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">`
}

// LikenessModelPath is where the site serves the model that names the
// message an unrecognised paste reads like (wasm/main_other.go writes it). It
// is a file of its own, fetched when the page has loaded, because built into
// app.wasm it would pass app.wasm's size budget.
const LikenessModelPath = "/web/likeness.model"

// ProsePath is where the site serves the words of every check and pasted
// message (analyzer.Prose; wasm/main_other.go writes it). app.wasm is built
// without them (internal/prosestrip) to stay within its size budget; app.js
// fetches them beside app.wasm and the app puts them back before its first
// page (UseFetchedProse).
const ProsePath = "/web/prose.json"

// cacheable lists the static files the service worker keeps beyond go-app's
// own list: every prerendered page (go-app keeps only "/"), the SVG icon the
// page links, the page-hashing worker's script (digest.js starts it), the
// checks' words, the text likeness model and the example files, so opening or reloading any page offline finds everything
// it asks for.
func cacheable() []string {
	out := []string{"/web/icon.svg", "/web/pageworker.js", LikenessModelPath, ProsePath}
	for _, p := range RoutePaths() {
		if p != "/" {
			out = append(out, p)
		}
	}
	for _, ex := range Examples {
		out = append(out, examplePath(ex.File))
	}
	out = append(out, examplePath(WarmUp.File))
	return out
}

// cleanBase turns "sub/path/", "/sub/path" or "/" into "/sub/path" or "".
func cleanBase(base string) string {
	b := strings.Trim(strings.TrimSpace(base), "/")
	if b == "" {
		return ""
	}
	return "/" + b
}

// href makes an in-app link. Prerendered pages get their links prefixed by
// the handler's resource resolver; in the browser go-app leaves page links
// alone, so the root prefix is added here.
func href(path string) string {
	if goapp.IsClient {
		return strings.TrimRight(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
	}
	return path
}
