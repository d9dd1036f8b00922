//go:build !js

package analyzer

// TestBundleMemory analyses a large generated archive (a sealed resource of
// -bundle-mem MB, stored, plus a 300 MB signed executable, deflated) and
// checks that the heap stays small: the archive is read through ReaderAt, entries
// are streamed and hashed, never held whole. It runs only when asked:
//
//	go test ./analyzer -run TestBundleMemory -bundle-mem=800
//
// (about a minute natively, most of it writing the archive).
//
// Measured 2026-11-27 on an 888 MB archive (800 MB stored resource + 300 MB
// deflated executable, 1.1 GB uncompressed): natively the Go heap peaks at
// 10 MB (max RSS 22 MB); under Node (GOOS=js, go_js_wasm_exec, os.File) the
// Go heap peaks at 15 MB (node RSS 485 MB, mostly node's own read buffers).
// In chromium, dropping the same file on the built site (chromedp
// SetUploadFiles, renderer VmRSS polled from /proc every 100 ms,
// performance.memory.usedJSHeapSize every 500 ms) took 65-80 s, and the tab's
// renderer peaked at 1.1 GB with the JS heap at 810 MB: the ArrayBuffers of
// the per-read blob.slice().arrayBuffer() calls pile up faster than V8
// collects them, so the page stays over 300 MB until that read path changes
// (app/blob_js.go); the analyzer side holds no entry whole.

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"flag"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/coderesources"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var bundleMem = flag.Int("bundle-mem", 0, "MB of sealed resource in the archive TestBundleMemory analyses (0 skips it)")

func TestBundleMemory(t *testing.T) {
	if *bundleMem == 0 {
		t.Skip("run with -bundle-mem=MB")
	}
	p := filepath.Join(t.TempDir(), "big.ipa")
	writeBigIPA(t, p, *bundleMem)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan bool)
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
		}
	}()
	t0 := time.Now()
	rep, err := Analyze(t.Context(), []File{{Name: "big.ipa", Size: st.Size(), R: f}}, Options{Now: defaultCaseTime})
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	for _, fd := range rep.Findings {
		if fd.Severity != "info" {
			t.Errorf("%s %s: %s", fd.ID, fd.Subject, fd.Message)
		}
	}
	t.Logf("archive %d MB analysed in %v; peak heap in use %d MB", st.Size()>>20, time.Since(t0), peak.Load()>>20)
	if peak.Load() > 300<<20 {
		t.Errorf("peak heap %d MB, over 300 MB", peak.Load()>>20)
	}
}

func writeBigIPA(t *testing.T, p string, resMB int) {
	out, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := zip.NewWriter(out)
	rng := rand.New(rand.NewSource(1))
	h1, h2 := sha1.New(), sha256.New()
	fw, _ := w.CreateHeader(&zip.FileHeader{Name: "Payload/Big.app/Resources/blob.bin", Method: zip.Store})
	buf := make([]byte, 1<<20)
	for i := 0; i < resMB; i++ {
		rng.Read(buf)
		fw.Write(buf)
		h1.Write(buf)
		h2.Write(buf)
	}
	fw, _ = w.Create("Payload/Big.app/Info.plist")
	fw.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>CFBundleExecutable</key><string>Big</string><key>CFBundleIdentifier</key><string>com.example.big</string></dict></plist>`))
	seal, _ := coderesources.Encode(map[string]*coderesources.Entry{"Resources/blob.bin": {Hash: h1.Sum(nil), Hash2: h2.Sum(nil)}}, coderesources.DefaultRules2())
	fw, _ = w.Create("Payload/Big.app/_CodeSignature/CodeResources")
	fw.Write(seal)
	img := testsign.Build(testsign.Image{Platform: testsign.PlatformIOS, MinOS: testsign.Version(15, 0), CodePages: (300 << 20) / 4096, Seed: 7})
	for i := 4096; i < len(img)-300; i += 64 { // less compressible, as real code is
		rng.Read(img[i : i+16])
	}
	signed, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.big", TeamID: "ABCDE12345", Flags: testsign.FlagAdhoc})
	if err != nil {
		t.Fatal(err)
	}
	h := &zip.FileHeader{Name: "Payload/Big.app/Big", Method: zip.Deflate}
	h.SetMode(0o755)
	fw, _ = w.CreateHeader(h)
	io.Copy(fw, bytes.NewReader(signed))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out.Close()
}
