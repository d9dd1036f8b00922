package app

import (
	"io"
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
	// Fetched as the examples are (staticFile), then read whole: the
	// model's size is the site's own, a few hundred KB.
	files, err := staticFile(ctx.ResolveStaticResource(LikenessModelPath), "likeness.model")
	if err != nil || len(files) != 1 {
		return
	}
	b := make([]byte, files[0].Size)
	if _, err := files[0].R.ReadAt(b, 0); err != nil && err != io.EOF {
		return
	}
	_ = analyzer.UseTextLikenessModel(b) // a damaged file leaves guesses off
}
