//go:build js

package app

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// fakePoolJS stands in for web/digest.js's pool under Node, which has no Web
// Workers: it runs web/pageworker.js's signdoctorDigestRange (the workers'
// own code) in this thread and counts the requests. brokenPoolJS is a pool
// whose workers did not start.
const (
	fakePoolJS = `globalThis.signdoctorPagePool = {calls: 0, digest(blob, algo, off, n, pageSize, digestSize) {
		this.calls++;
		return signdoctorDigestRange(blob, algo, off, n, pageSize, digestSize).then((b) => new Uint8Array(b));
	}}`
	brokenPoolJS = `globalThis.signdoctorPagePool = {calls: 0, digest() { this.calls++; return Promise.reject(new Error("the worker did not start")); }}`
)

// TestWorkerFileMatchesGo runs under Node: a Mach-O analysed through the
// workers' path (Go asks for digests of page runs, the worker code reads
// the Blob and hashes) must give the report Go gives reading the bytes
// itself, byte for byte, for the file as signed and with one byte of page
// 1300 changed, where the page must be named; and so must the fallback when
// the workers cannot answer.
func TestWorkerFileMatchesGo(t *testing.T) {
	if !goapp.Window().Get("Blob").Truthy() || !goapp.Window().Get("crypto").Truthy() {
		t.Skip("no Blob or SubtleCrypto in this JS host")
	}
	intact, err := os.ReadFile(filepath.Join("../../shared/corpus/macho", "esbuild-0.28.2-darwin-arm64"))
	if err != nil {
		t.Skipf("corpus file missing: %v", err)
	}
	src, err := os.ReadFile("../web/pageworker.js")
	if err != nil {
		t.Fatal(err)
	}
	goapp.Window().Call("eval", string(src))
	if !goapp.Window().Get("signdoctorDigestRange").Truthy() {
		t.Fatal("pageworker.js did not define signdoctorDigestRange")
	}
	defer goapp.Window().Set("signdoctorDigestRange", goapp.Undefined())
	defer goapp.Window().Set("signdoctorPagePool", goapp.Undefined())

	changed := bytes.Clone(intact)
	changed[1300*4096+10] ^= 0x40 // esbuild's CodeDirectories have 4096-byte pages
	opts := analyzer.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	analyze := func(name string, f analyzer.File) []byte {
		rep, err := analyzer.Analyze(context.Background(), []analyzer.File{f}, opts)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out, _ := json.MarshalIndent(rep, "", " ")
		return out
	}
	for _, pool := range []struct{ name, js string }{{"workers", fakePoolJS}, {"workers failing", brokenPoolJS}} {
		goapp.Window().Call("eval", pool.js)
		for _, file := range []struct {
			name string
			data []byte
		}{{"intact", intact}, {"changed", changed}} {
			arr := goapp.Window().Get("Uint8Array").New(len(file.data))
			goapp.CopyBytesToJS(arr, file.data)
			blob := goapp.Window().Get("Blob").New([]any{arr})
			size := int64(len(file.data))
			r := blobFile(blob, size)
			if _, ok := r.(*workerFile); !ok {
				t.Fatalf("blobFile gave a %T with a pool on the page", r)
			}
			calls := goapp.Window().Get("signdoctorPagePool").Get("calls").Int()
			got := analyze(pool.name, analyzer.File{Name: "esbuild", Size: size, R: r})
			want := analyze("Go", analyzer.File{Name: "esbuild", Size: size, R: bytes.NewReader(file.data)})
			if !bytes.Equal(got, want) {
				t.Errorf("%s, %s: the report differs from Go's:\n%s\nGo's:\n%s", pool.name, file.name, got, want)
			}
			if goapp.Window().Get("signdoctorPagePool").Get("calls").Int() == calls {
				t.Errorf("%s, %s: the pool was never asked", pool.name, file.name)
			}
			if named := strings.Contains(string(got), "page 1300 at offset 0x514000"); named != (file.name == "changed") {
				t.Errorf("%s, %s: page 1300 named: %v", pool.name, file.name, named)
			}
		}
	}
	goapp.Window().Set("signdoctorPagePool", goapp.Undefined())
	if _, ok := blobFile(goapp.Window().Get("Blob").New([]any{}), 0).(*workerFile); ok {
		t.Error("blobFile uses workers with no pool on the page")
	}
}
