package e2e

// Where a cold load's time goes (issue #8), for looking closer than
// BenchmarkBrowserColdLoadPhases:
//
//	SIGNDOCTOR_BENCH_SITE=$PWD/web/build go test -run NONE -bench 'BrowserColdLoadProfile' -benchtime 1x ./e2e
//	SIGNDOCTOR_BENCH_TRACE=/tmp/load.json SIGNDOCTOR_BENCH_SITE=... go test -run NONE -bench 'BrowserColdLoadTrace' -benchtime 1x ./e2e
//
// Build the site's app.wasm without -ldflags='-s -w' for Go's names. Knobs:
// SIGNDOCTOR_BENCH_NOPROFILE=1 (time the loads only), SIGNDOCTOR_BENCH_GODEBUG
// (GODEBUG for Go in the page, e.g. inittrace=1), SIGNDOCTOR_BENCH_PROFILE_OUT
// (keep the profile as a .cpuprofile), SIGNDOCTOR_BENCH_VERBOSE=1 (resource
// timings); and chromium's: SIGNDOCTOR_BENCH_JSFLAGS (V8 flags, e.g.
// --trace-wasm-compilation-times, printed to SIGNDOCTOR_BENCH_OUTPUT),
// SIGNDOCTOR_BENCH_DISABLE (features to disable).

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/signdoctor/signdoctor/internal/staticsite"
)

// BenchmarkBrowserColdLoadProfile records a DevTools CPU profile of each
// cold load, from before navigation to the loader's removal, and prints for
// the first load the functions with the most self time and, for Go's
// functions, the most inclusive time (what main, the package inits and the
// first render cost, callees included).
func BenchmarkBrowserColdLoadProfile(b *testing.B) {
	chromium := browserPath(b)
	site := benchSite(b)
	srv := httptest.NewServer(staticsite.Handler(site))
	b.Cleanup(srv.Close)
	br := startBrowser(b, chromium, experimentFlags()...)
	// SIGNDOCTOR_BENCH_NOPROFILE=1 measures the loads without the profiler.
	noProfile := os.Getenv("SIGNDOCTOR_BENCH_NOPROFILE") != ""
	first := !noProfile
	var gone []float64
	// SIGNDOCTOR_BENCH_GODEBUG sets GODEBUG for Go in the page (e.g.
	// gctrace=1) and prints what Go wrote to the console in the first load.
	var env map[string]string
	if g := os.Getenv("SIGNDOCTOR_BENCH_GODEBUG"); g != "" {
		env = map[string]string{"GODEBUG": g}
	}
	for b.Loop() {
		ctx, cancel := benchTab(b, br, env)
		var console []string
		var mu sync.Mutex
		if env != nil {
			chromedp.Listen(ctx, func(ev any) {
				if e, ok := ev.(*runtime.EventConsoleAPICalled); ok {
					mu.Lock()
					for _, a := range e.Args {
						console = append(console, strings.Trim(string(a.Value), `"`))
					}
					mu.Unlock()
				}
			})
			if _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); err != nil {
				b.Fatal(err)
			}
		}
		tctx, tcancel := context.WithTimeout(ctx, appTimeout)
		var err error
		if !noProfile {
			err = startCPUProfile(tctx)
		}
		var r perfResult
		if err == nil {
			r, err = loadUsable(tctx, srv.URL+"/")
		}
		var nav string
		if err == nil {
			nav, err = chromedp.Run(tctx, chromedp.Evaluate[string](navTimingJS))
		}
		var res profiler.StopResult
		if err == nil && !noProfile {
			res, err = chromedp.Call(tctx, profiler.Stop, cdp.Empty{})
		}
		tcancel()
		cancel()
		if err != nil {
			b.Fatalf("cold load: %v", err)
		}
		gone = append(gone, r.LoaderGone)
		mu.Lock()
		if len(console) > 0 {
			fmt.Fprintf(os.Stderr, "Go in the browser:\n%s\n", strings.Join(console, "\n"))
			env = nil
		}
		mu.Unlock()
		fmt.Fprintf(os.Stderr, "load: fetched %.0f instantiate %.0f..%.0f run %.0f..%.0f gone %.0f\n",
			r.WasmResponseEnd, r.InstantiateStart, r.Instantiated, r.RunStart, r.RunReturned, r.LoaderGone)
		if os.Getenv("SIGNDOCTOR_BENCH_VERBOSE") != "" {
			fmt.Fprintf(os.Stderr, "      %s\n", nav)
		}
		if first && res.Profile != nil {
			first = false
			printLoadProfile(res.Profile)
			// SIGNDOCTOR_BENCH_PROFILE_OUT keeps the profile (DevTools'
			// .cpuprofile format) for a closer look.
			if out := os.Getenv("SIGNDOCTOR_BENCH_PROFILE_OUT"); out != "" {
				if b, err := json.Marshal(res.Profile); err == nil {
					os.WriteFile(out, b, 0o644)
				}
			}
		}
	}
	b.ReportMetric(median(gone), "ms/load")
	b.Logf("loader gone, median of %d: %.0f ms", len(gone), median(gone))
}

// experimentFlags are chromium flags for experiments: SIGNDOCTOR_BENCH_JSFLAGS
// passes V8 flags (e.g. --wasm-lazy-compilation), SIGNDOCTOR_BENCH_DISABLE
// features to disable (e.g. WebUIOmniboxPopup,WebUIOmniboxAimPopup: chromium
// 151+ prerenders the omnibox popup in every new window, which a cold load in
// a fresh browser context then competes with for the CPU).
func experimentFlags() []chromedp.ExecAllocatorOption {
	var out []chromedp.ExecAllocatorOption
	if f := os.Getenv("SIGNDOCTOR_BENCH_JSFLAGS"); f != "" {
		out = append(out, chromedp.Flag("js-flags", f))
	}
	if f := os.Getenv("SIGNDOCTOR_BENCH_DISABLE"); f != "" {
		out = append(out, chromedp.Flag("disable-features", f))
	}
	// SIGNDOCTOR_BENCH_OUTPUT names a file for chromium's own output (V8's
	// --trace-* flags print there).
	if f := os.Getenv("SIGNDOCTOR_BENCH_OUTPUT"); f != "" {
		w, err := os.Create(f)
		if err == nil {
			out = append(out, chromedp.CombinedOutput(w), chromedp.Flag("enable-logging", "stderr"))
		}
	}
	return out
}

// printBuckets prints, for each slice of a profile bucket ms long, the four
// names that took most of it.
func printBuckets(buckets []map[string]float64, bucket float64) {
	for i, m := range buckets {
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		sort.Slice(names, func(a, b int) bool { return m[names[a]] > m[names[b]] })
		var parts []string
		for _, n := range names[:min(4, len(names))] {
			parts = append(parts, fmt.Sprintf("%s %.0f", n, m[n]))
		}
		fmt.Fprintf(os.Stderr, "%5.0f ms: %s\n", float64(i)*bucket, strings.Join(parts, ", "))
	}
}

// loadUsable opens url in a fresh tab and waits until the page is usable
// (the loader gone, the file input ready); it returns the page's own timings.
func loadUsable(ctx context.Context, url string) (perfResult, error) {
	if err := chromedp.Do(ctx,
		chromedp.Navigate(url),
		chromedp.WaitNotPresent(chromedp.ID("app-wasm-loader")),
		chromedp.WaitReady(chromedp.ID("file-input")),
	); err != nil {
		return perfResult{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[perfResult](perfResultJS))
}

func printLoadProfile(p *profiler.Profile) {
	nodes := map[int64]*profiler.ProfileNode{}
	parent := map[int64]int64{}
	for _, n := range p.Nodes {
		nodes[int64(n.ID)] = n
		for _, c := range n.Children {
			parent[c] = int64(n.ID)
		}
	}
	name := func(n *profiler.ProfileNode) string {
		if n.CallFrame.FunctionName == "" {
			return "(anonymous " + filepath.Base(n.CallFrame.URL) + ")"
		}
		return n.CallFrame.FunctionName
	}
	self := map[string]float64{}
	incl := map[string]float64{}
	var total, at float64
	const bucket = 50.0
	var buckets []map[string]float64
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		ms := float64(p.TimeDeltas[i]) / 1000
		at += ms
		n := nodes[int64(id)]
		if n == nil {
			continue
		}
		for int(at/bucket) >= len(buckets) {
			buckets = append(buckets, map[string]float64{})
		}
		buckets[int(at/bucket)][name(n)] += ms
		self[name(n)] += ms
		total += ms
		seen := map[string]bool{}
		for cur := int64(id); ; {
			nn := nodes[cur]
			if nn == nil {
				break
			}
			k := name(nn)
			if !seen[k] {
				seen[k] = true
				incl[k] += ms
			}
			pid, ok := parent[cur]
			if !ok {
				break
			}
			cur = pid
		}
	}
	top := func(m map[string]float64, keep func(string) bool, k int) string {
		var names []string
		for n := range m {
			if keep(n) {
				names = append(names, n)
			}
		}
		sort.Slice(names, func(i, j int) bool { return m[names[i]] > m[names[j]] })
		var out strings.Builder
		for _, n := range names[:min(k, len(names))] {
			fmt.Fprintf(&out, "%9.1f ms  %s\n", m[n], n)
		}
		return out.String()
	}
	all := func(string) bool { return true }
	goFn := func(n string) bool { return strings.Contains(n, ".") && !strings.HasPrefix(n, "(") }
	printBuckets(buckets, bucket)
	fmt.Fprintf(os.Stderr, "CPU profile of a cold load: %.0f ms sampled\nself:\n%s\ninclusive:\n%s",
		total, top(self, all, 40), top(incl, goFn, 80))
}

const navTimingJS = `(() => {
	const n = performance.getEntriesByType("navigation")[0];
	const r = performance.getEntriesByType("resource").map(e => e.name.split("/").pop() + " " + Math.round(e.startTime) + ".." + Math.round(e.responseEnd));
	return "doc " + Math.round(n.requestStart) + ".." + Math.round(n.responseEnd) + " interactive " + Math.round(n.domInteractive) +
		" DCL " + Math.round(n.domContentLoadedEventEnd) + "; " + r.join(", ");
})()`

// BenchmarkBrowserColdLoadTrace writes a Chrome trace (every thread: the
// page's, V8's compile workers, the service worker's) of one cold load to
// SIGNDOCTOR_BENCH_TRACE, for chrome://tracing or Perfetto.
func BenchmarkBrowserColdLoadTrace(b *testing.B) {
	out := os.Getenv("SIGNDOCTOR_BENCH_TRACE")
	if out == "" {
		b.Skip("SIGNDOCTOR_BENCH_TRACE names no file to write the trace to")
	}
	chromium := browserPath(b)
	site := benchSite(b)
	srv := httptest.NewServer(staticsite.Handler(site))
	b.Cleanup(srv.Close)
	br := startBrowser(b, chromium, experimentFlags()...)
	for b.Loop() {
		ctx, cancel := benchTab(b, br, nil)
		var mu sync.Mutex
		var events []string
		done := make(chan struct{})
		chromedp.Listen(ctx, func(ev any) {
			switch e := ev.(type) {
			case *tracing.EventDataCollected:
				mu.Lock()
				for _, v := range e.Value {
					events = append(events, string(v))
				}
				mu.Unlock()
			case *tracing.EventTracingComplete:
				close(done)
			}
		})
		tctx, tcancel := context.WithTimeout(ctx, appTimeout)
		_, err := chromedp.Call(tctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{
			IncludedCategories: []string{"devtools.timeline", "v8", "v8.wasm", "disabled-by-default-v8.wasm.detailed",
				"disabled-by-default-devtools.timeline", "blink", "loading", "v8.execute", "toplevel", "disabled-by-default-v8.compile"},
		}})
		var r perfResult
		if err == nil {
			r, err = loadUsable(tctx, srv.URL+"/")
		}
		if err == nil {
			_, err = chromedp.Call(tctx, tracing.End, cdp.Empty{})
		}
		if err == nil {
			select {
			case <-done:
			case <-tctx.Done():
				err = tctx.Err()
			}
		}
		tcancel()
		cancel()
		if err != nil {
			b.Fatalf("cold load: %v", err)
		}
		fmt.Fprintf(os.Stderr, "load: fetched %.0f instantiate %.0f..%.0f run %.0f..%.0f gone %.0f\n",
			r.WasmResponseEnd, r.InstantiateStart, r.Instantiated, r.RunStart, r.RunReturned, r.LoaderGone)
		mu.Lock()
		err = os.WriteFile(out, []byte("["+strings.Join(events, ",\n")+"]"), 0o644)
		mu.Unlock()
		if err != nil {
			b.Fatal(err)
		}
	}
}
