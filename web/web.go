// Package web holds the web app's static assets: the icons (local, so the
// offline cache can hold them) and the style sheet. The static site
// generator copies them into the site's web/ folder; the generated site
// itself goes to web/build, which git ignores.
package web

import "embed"

//go:generate go run gen_icons.go

// Assets are the files served under /web/ (app.wasm is built separately).
//
//go:embed app.css blobread.js digest.js pageworker.js worker.js folder.js page.js icon.svg icon-192.png icon-512.png icon-maskable-512.png
var Assets embed.FS
