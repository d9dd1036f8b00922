//go:build js

// Command wasm is signdoctor's web app. Compiled for the browser
// (GOOS=js GOARCH=wasm) it runs the pages; run natively it writes the static
// site (see main_other.go).
package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/app"
)

func main() {
	app.UseFetchedProse() // app.wasm is built without the checks' words
	app.Routes()
	goapp.RunWhenOnBrowser()
}
