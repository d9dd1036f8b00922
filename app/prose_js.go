package app

import (
	"io"
	"path"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

var prose struct {
	sync.Mutex
	loaded bool
}

// UseFetchedProse puts back the checks' words, which app.wasm is built
// without (see ProsePath): app.js fetches them beside app.wasm and leaves
// them in window.signdoctorProse before it starts the app (wasm/appjs.go).
// wasm's main calls it before the first page; it never waits.
func UseFetchedProse() {
	prose.Lock()
	defer prose.Unlock()
	w := goapp.Window()
	buf := w.Get("signdoctorProse")
	w.Set("signdoctorProse", goapp.Null())
	if prose.loaded || !buf.Truthy() {
		return
	}
	bytes := goapp.Window().Get("Uint8Array").New(buf)
	b := make([]byte, bytes.Get("length").Int())
	goapp.CopyBytesToGo(b, bytes)
	prose.loaded = analyzer.UseProse(b) == nil
}

// loadProse fetches the words where app.js could not (a failed fetch) and
// puts them back; an analysis calls it first. It waits for promises: call
// it from an action handler or ctx.Async, never from an event handler.
func loadProse() {
	prose.Lock()
	defer prose.Unlock()
	if prose.loaded {
		return
	}
	url := goapp.Getenv("GOAPP_STATIC_RESOURCES_URL") + "/" + path.Base(ProsePath)
	files, err := staticFile(url, "prose.json")
	if err != nil || len(files) != 1 {
		return
	}
	b := make([]byte, files[0].Size)
	if _, err := files[0].R.ReadAt(b, 0); err != nil && err != io.EOF {
		return
	}
	prose.loaded = analyzer.UseProse(b) == nil
}
