//go:build js

package app

import (
	"bytes"
	"io"
	"os"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestBlobReaderAt runs under Node (make test's wasm step): reads of a Blob,
// in order and scattered, large and small, must give the blob's bytes, both
// through web/blobread.js's reused stream buffers and without it.
func TestBlobReaderAt(t *testing.T) {
	data := make([]byte, 3<<20+12345)
	for i := range data {
		data[i] = byte(i*31 + i>>13)
	}
	arr := goapp.Window().Get("Uint8Array").New(len(data))
	goapp.CopyBytesToJS(arr, data)
	blobCtor := goapp.Window().Get("Blob")
	if !blobCtor.Truthy() {
		t.Skip("no Blob in this JS host")
	}
	blob := blobCtor.New([]any{arr})
	type read struct{ off, n int }
	reads := []read{
		{0, 64}, {100, 4096}, {7, readAheadWindow - 1}, // small, scattered
		{0, 1 << 20}, {1 << 20, 1 << 20}, {2 << 20, 1 << 20}, {3 << 20, 1 << 20}, // in order, the last one short
		{5000, 300 << 10}, {5000 + 300<<10, 300 << 10}, // a jump back, then in order
		{1<<20 + 7, 512 << 10}, // a jump forward while a read ahead is running
		{42, 10},
	}
	check := func(how string) {
		r := newBlobReaderAt(blob, int64(len(data)))
		for _, rd := range reads {
			p := make([]byte, rd.n)
			n, err := r.ReadAt(p, int64(rd.off))
			want := data[rd.off:min(rd.off+rd.n, len(data))]
			if !bytes.Equal(p[:n], want) || (n < rd.n && err != io.EOF) || (n == rd.n && err != nil) {
				t.Fatalf("%s: read of %d at %d: %d bytes, %v; want %d bytes", how, rd.n, rd.off, n, err, len(want))
			}
		}
	}
	check("slices")
	src, err := os.ReadFile("../web/blobread.js")
	if err != nil {
		t.Fatal(err)
	}
	goapp.Window().Call("eval", string(src))
	defer goapp.Window().Set("signdoctorBlobReader", goapp.Undefined())
	if !goapp.Window().Get("signdoctorBlobReader").Truthy() {
		t.Fatal("blobread.js did not define signdoctorBlobReader")
	}
	check("blobread.js")
}
