package app

import (
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

var likenessLoad sync.Mutex

// loadLikeness fetches and installs the model once; a failed fetch is tried
// again at the next paste. It waits for promises: call it from an action
// handler or ctx.Async, never from an event handler.
func loadLikeness(ctx goapp.Context) {
	likenessLoad.Lock()
	defer likenessLoad.Unlock()
	if analyzer.TextLikenessLoaded() {
		return
	}
	resp, err := await(goapp.Window().Call("fetch", ctx.ResolveStaticResource(LikenessModelPath)))
	if err != nil || !resp.Get("ok").Bool() {
		return
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return
	}
	view := goapp.Window().Get("Uint8Array").New(buf)
	b := make([]byte, view.Get("length").Int())
	goapp.CopyBytesToGo(b, view)
	_ = analyzer.UseTextLikenessModel(b) // a damaged file leaves guesses off
}
