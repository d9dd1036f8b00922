//go:build js

package app

import (
	"errors"
	"io"
	"runtime"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// blobReaderAt reads a browser Blob (a dropped or picked File) on demand:
// each read asks for blob.slice(off, end).arrayBuffer(), so a 2 GB archive
// never sits whole in memory. ReadAt waits for the promise, so it must run
// outside event handlers (the analysis runs in an action handler goroutine).
type blobReaderAt struct {
	blob goapp.Value
	size int64

	// ahead are reads of the ranges that follow the last large read, already
	// started: the Mach-O verifier reads a file in order, a few MB at a
	// time, so the browser reads the next chunks from disk while this one is
	// hashed. A blob read is slow (about 100 ms per 4 MB in headless
	// chromium on a busy machine), slower than hashing, so one read ahead
	// is not enough.
	mu    sync.Mutex
	ahead []pendingRead
}

type pendingRead struct {
	off, end int64
	promise  goapp.Value
}

const (
	// prefetchMin is the smallest read that starts reads of what follows;
	// smaller reads are the parsers' scattered ones, not a sequential scan.
	prefetchMin = 1 << 20
	// prefetchDepth is how many reads may run ahead (each the size of the
	// read that started it: 3 × 4 MB for the verifier).
	prefetchDepth = 3
)

func (b *blobReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("blob: negative offset")
	}
	if off >= b.size {
		return 0, io.EOF
	}
	end := off + int64(len(p))
	if end > b.size {
		end = b.size
	}
	promise := b.start(off, end)
	buf, err := await(promise)
	if err != nil {
		return 0, err
	}
	n := goapp.CopyBytesToGo(p, goapp.Window().Get("Uint8Array").New(buf))
	releaseReadBuffers(n)
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// start returns the read of [off, end): the one already running when it
// continues a sequential scan, else a new one; and keeps the reads ahead
// topped up.
func (b *blobReaderAt) start(off, end int64) goapp.Value {
	b.mu.Lock()
	defer b.mu.Unlock()
	var promise goapp.Value
	if len(b.ahead) > 0 && b.ahead[0].off == off && b.ahead[0].end == end {
		promise = b.ahead[0].promise
		b.ahead = b.ahead[1:]
	} else {
		promise = b.read(off, end)
		b.ahead = nil // not a sequential scan (any more)
	}
	if end-off < prefetchMin {
		return promise
	}
	next := end
	if len(b.ahead) > 0 {
		next = b.ahead[len(b.ahead)-1].end
	}
	for len(b.ahead) < prefetchDepth && next < b.size {
		r := pendingRead{off: next, end: min(next+(end-off), b.size)}
		r.promise = b.read(r.off, r.end)
		// A read nobody takes must not report an unhandled rejection.
		r.promise.Call("catch", ignoreRejection())
		b.ahead = append(b.ahead, r)
		next = r.end
	}
	return promise
}

func (b *blobReaderAt) read(off, end int64) goapp.Value {
	return b.blob.Call("slice", float64(off), float64(end)).Call("arrayBuffer")
}

var (
	ignoreOnce sync.Once
	ignoreFunc goapp.Func
)

// ignoreRejection is one JS function, kept for the page's life, that
// swallows a promise's rejection.
func ignoreRejection() goapp.Func {
	ignoreOnce.Do(func() {
		ignoreFunc = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any { return nil })
	})
	return ignoreFunc
}

// gcEvery is how many bytes may be read from blobs between two Go garbage
// collections. Each read leaves an ArrayBuffer referenced from Go's table of JS
// values; the table entry goes only when a Go finalizer runs, which needs a
// GC, and the Go heap hardly grows while hashing a big file, so without this
// the tab kept every buffer of a 900 MB archive alive (about 1.1 GB).
const gcEvery = 64 << 20

var readSinceGC int

func releaseReadBuffers(n int) {
	readSinceGC += n
	if readSinceGC >= gcEvery {
		readSinceGC = 0
		runtime.GC()
	}
}

// await blocks the calling goroutine until the promise settles. The Go
// runtime hands the thread back to the browser meanwhile.
func await(promise goapp.Value) (goapp.Value, error) {
	type result struct {
		v   goapp.Value
		err error
	}
	ch := make(chan result, 1)
	ok := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		var v goapp.Value = goapp.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- result{v: v}
		return nil
	})
	fail := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		msg := "reading the file failed"
		if len(args) > 0 && args[0].Truthy() {
			msg += ": " + args[0].Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	defer ok.Release()
	defer fail.Release()
	promise.Call("then", ok, fail)
	r := <-ch
	return r.v, r.err
}

// filesFromList turns a FileList (from the file input or a drop) into
// analyzer inputs. It only reads names and sizes, so it is safe in an event
// handler; the bytes are read later by the analysis.
func filesFromList(list goapp.Value) []analyzer.File {
	if list == nil || !list.Truthy() {
		return nil
	}
	n := list.Length()
	out := make([]analyzer.File, 0, n)
	for i := 0; i < n; i++ {
		f := list.Index(i)
		size := int64(f.Get("size").Float())
		out = append(out, analyzer.File{
			Name: f.Get("name").String(),
			Size: size,
			R:    newReadAhead(&blobReaderAt{blob: f, size: size}, size),
		})
	}
	return out
}

// fetchStatic reads one of the app's own static files (an example). It waits
// for promises, so it runs in an action handler, never in an event handler.
func fetchStatic(url string) ([]byte, error) {
	resp, err := await(goapp.Window().Call("fetch", url))
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("could not load " + url + ": " + resp.Get("statusText").String())
	}
	buf, err := await(resp.Call("arrayBuffer"))
	if err != nil {
		return nil, err
	}
	arr := goapp.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Length())
	goapp.CopyBytesToGo(b, arr)
	return b, nil
}
