package e2e

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkBrowserWorkers answers whether the browser reads and hashes a
// dropped file faster with more streams: the file is cut into 1, 2 or 4
// disjoint ranges, each read by its own Web Worker through its own
// Blob.slice stream and hashed as 16 KB pages with SubtleCrypto, with no Go
// at all. If more workers are not faster, the page (one stream today) is at
// the machine's ceiling. SIGNDOCTOR_BENCH_FILE names the file (make bench
// passes bun).
func BenchmarkBrowserWorkers(b *testing.B) {
	file := os.Getenv("SIGNDOCTOR_BENCH_FILE")
	if file == "" {
		b.Skip("SIGNDOCTOR_BENCH_FILE names no file (make bench sets it)")
	}
	st, err := os.Stat(file)
	if err != nil {
		b.Skipf("no file: %v", err)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(workersPage))
	}))
	b.Cleanup(srv.Close)
	br := startBrowser(b, browserPath(b))
	mb := float64(st.Size()) / 1e6
	for _, n := range []int{1, 2, 4} {
		b.Run(strconv.Itoa(n)+"-workers", func(b *testing.B) {
			var ms, cpu []float64
			for b.Loop() {
				ctx, cancel := chromedp.NewContext(br.ctx, chromedp.WithNewBrowserContext())
				tctx, tcancel := context.WithTimeout(ctx, 2*time.Minute)
				var t float64
				err := chromedp.Do(tctx, chromedp.Navigate(srv.URL+"/"), chromedp.SetUploadFiles(chromedp.ID("f"), []string{abs}))
				if err == nil {
					// The workers' start is in this CPU time too, not in t.
					threads0, cpu0 := browserThreadsCPU(br), browserCPU(br)
					t, err = chromedp.Run(tctx, chromedp.Evaluate[float64]("hashWithWorkers("+strconv.Itoa(n)+")", chromedp.EvalAwaitPromise))
					cpu = append(cpu, browserCPU(br)-cpu0)
					b.Logf("CPU ms by thread: %s", threadsDelta(threads0, browserThreadsCPU(br)))
				}
				tcancel()
				cancel()
				if err != nil {
					b.Fatal(err)
				}
				ms = append(ms, t)
			}
			b.ReportMetric(median(ms), "ms/file")
			b.ReportMetric(mb/(median(ms)/1000), "MB/s")
			b.ReportMetric(median(cpu), "cpu-ms/file")
			b.Logf("%d worker(s): %.1f MB read and hashed in %.0f ms (%.0f MB/s), median of %d; the browser's processes used %.0f ms of CPU for it (%.1f cores)",
				n, mb, median(ms), mb/(median(ms)/1000), len(ms), median(cpu), median(cpu)/median(ms))
		})
	}
}

// workersPage holds the file input and the workers' code. Each worker reads
// its range through a BYOB stream into one reused 2 MB buffer and digests
// the range's pages, one SubtleCrypto call each, as web/digest.js does.
const workersPage = `<!doctype html><meta charset="utf-8"><input type="file" id="f">
<script>
const workerSource = ` + "`" + `
onmessage = async (e) => { if (e.data === "ping") { postMessage("done"); return; } try { await hashRange(e.data); postMessage("done"); } catch (err) { postMessage("error: " + err); } };
async function hashRange({file, start, end}) {
	const r = file.slice(start, end).stream().getReader({mode: "byob"});
	let buf = new ArrayBuffer(2 << 20);
	let pending = [];
	for (;;) {
		let got = 0;
		let done = false;
		while (got < buf.byteLength) {
			const res = await r.read(new Uint8Array(buf, got, buf.byteLength - got));
			if (res.done) { if (res.value) buf = res.value.buffer; done = true; break; }
			buf = res.value.buffer;
			got += res.value.byteLength;
		}
		const view = new Uint8Array(buf, 0, got);
		const ds = [];
		// Views, as web/pageworker.js hands them (digest copies its input
		// when called); a copy of every page first (slice) halved what
		// two or four workers do.
		for (let o = 0; o < view.length; o += 16384) ds.push(crypto.subtle.digest("SHA-256", view.subarray(o, Math.min(o + 16384, view.length))));
		pending.push(Promise.all(ds));
		if (pending.length > 2) await pending.shift();
		if (done || got === 0) break;
	}
	await Promise.all(pending);
}
` + "`" + `;
async function hashWithWorkers(n) {
	const f = document.getElementById("f").files[0];
	const url = URL.createObjectURL(new Blob([workerSource], {type: "text/javascript"}));
	const workers = Array.from({length: n}, () => new Worker(url));
	// Started and answering before the clock starts: a page would keep them.
	await Promise.all(workers.map((w) => new Promise((resolve) => { w.onmessage = resolve; w.postMessage("ping"); })));
	// Ranges of whole 16 KB pages.
	const per = Math.ceil(f.size / n / 16384) * 16384;
	const t0 = performance.now();
	await Promise.all(workers.map((w, i) => new Promise((resolve, reject) => {
		w.onmessage = (m) => (m.data === "done" ? resolve() : reject(new Error(m.data)));
		w.onerror = reject;
		w.postMessage({file: f, start: Math.min(i * per, f.size), end: Math.min((i + 1) * per, f.size)});
	})));
	const ms = performance.now() - t0;
	workers.forEach((w) => w.terminate());
	return ms;
}
</script>`
