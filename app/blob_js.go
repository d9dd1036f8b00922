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

// blobReaderAt reads a browser Blob (a dropped or picked File) on demand, so
// a 2 GB archive never sits whole in memory. ReadAt waits for a promise, so it
// must run outside event handlers (the analysis runs in an action handler
// goroutine).
//
// With web/blobread.js loaded (the page), large reads go through its reader,
// which streams a file read in order into a few reused buffers and reads the
// next ranges while this one is hashed. Without it (wasm tests under Node),
// and for small reads, each read is blob.slice(off, end).arrayBuffer().
type blobReaderAt struct {
	blob goapp.Value
	size int64

	// mu makes reads one at a time: the stream reader's buffers are reused
	// on the assumption that a range is copied before the next is asked for.
	mu     sync.Mutex
	reader goapp.Value // blobread.js's reader, or nil
}

// streamMin is the smallest read that goes through blobread.js's stream:
// readAhead's windows and the verifier's chunks. Smaller ones are the
// parsers' scattered reads (headers, directories), cheaper as one slice.
const streamMin = readAheadWindow

func newBlobReaderAt(blob goapp.Value, size int64) *blobReaderAt {
	b := &blobReaderAt{blob: blob, size: size}
	if newReader := goapp.Window().Get("signdoctorBlobReader"); newReader.Truthy() {
		b.reader = newReader.Invoke(blob)
	}
	return b
}

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
	b.mu.Lock()
	defer b.mu.Unlock()
	var n int
	if b.reader != nil && end-off >= streamMin {
		view, err := await(b.reader.Call("read", float64(off), float64(end-off)))
		if err != nil {
			return 0, err
		}
		n = goapp.CopyBytesToGo(p, view)
	} else {
		buf, err := await(b.blob.Call("slice", float64(off), float64(end)).Call("arrayBuffer"))
		if err != nil {
			return 0, err
		}
		n = goapp.CopyBytesToGo(p, goapp.Window().Get("Uint8Array").New(buf))
		releaseReadBuffers(n) // a new ArrayBuffer per read
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// gcEvery is how many bytes may be read through new ArrayBuffers (slices)
// between two Go garbage collections. Each such read leaves its buffer
// referenced from Go's table of JS values; the table entry goes only when a Go
// finalizer runs, which needs a GC, and the Go heap hardly grows while hashing
// a big file, so without this the tab kept every buffer of a 900 MB archive
// alive (about 1.1 GB). Stream reads reuse two buffers and need none.
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
			R:    blobFile(f, size),
		})
	}
	return out
}

// staticFile fetches one of the app's own static files (an example, the
// warm-up) as a Blob and reads it as a dropped file is read. It waits for
// promises, so it runs in an action handler, never in an event handler.
func staticFile(url, name string) ([]analyzer.File, error) {
	resp, err := await(goapp.Window().Call("fetch", url))
	if err != nil {
		return nil, err
	}
	if !resp.Get("ok").Bool() {
		return nil, errors.New("could not load " + url + ": " + resp.Get("statusText").String())
	}
	blob, err := await(resp.Call("blob"))
	if err != nil {
		return nil, err
	}
	size := int64(blob.Get("size").Float())
	return []analyzer.File{{Name: name, Size: size, R: blobFile(blob, size)}}, nil
}
