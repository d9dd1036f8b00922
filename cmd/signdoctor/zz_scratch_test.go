package main

import (
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestScratchScreens(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	chromium := browserPath(t)
	site := buildSite(t, "", "")
	srv := httptest.NewServer(staticHandler(site))
	t.Cleanup(srv.Close)
	b := startBrowser(t, chromium)
	b.base, b.site = srv.URL, site
	files := map[string]string{
		"linkage":  "../../testdata/cases/linkage-library-missing/rpath-libraries-not-embedded/Ffi.zip",
		"isign":    "../../../shared/corpus/bundles/isign-TestSimulator.app.zip",
		"pkg":      "../../../shared/corpus/pkg/" + os.Getenv("PKG"),
		"restrict": "../../testdata/cases/ent-restricted-without-profile/developer-id-app-keychain-groups-no-profile/Ffi.zip",
	}
	for name, f := range files {
		for _, vp := range []struct {
			w, h   int64
			mobile bool
			n      string
		}{{1280, 900, false, "desktop"}, {390, 844, true, "phone"}} {
			tb := b.newTab(t)
			var opts []chromedp.EmulateViewportOption
			if vp.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			tb.do("viewport", chromedp.EmulateViewport(vp.w, vp.h, opts...))
			tb.open("/")
			tb.drop(f)
			tb.do("wait", chromedp.WaitVisible(chromedp.ID("verdicts")), chromedp.Sleep(500e6))
			tb.screenshot("/tmp/shots", name+"-"+vp.n, vp.w, true)
		}
	}
}
