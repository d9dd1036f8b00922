package e2e

// Nothing is uploaded: every request the page and its service worker make,
// as the browser and the server see them.

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/staticsite"
	"github.com/signdoctor/signdoctor/internal/testfixture"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

func (b *browser) testNoUpload(t *testing.T) {
	// A file whose content is a marker nobody else could send: if any request
	// carries it, in its URL or its body, file content left the page.
	var nonce [12]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		t.Fatal(err)
	}
	marker := "signdoctor-no-upload-" + hex.EncodeToString(nonce[:])
	notes := testfixture.WriteFile(t, "build-log.txt", []byte("error: The code signature version is no longer supported.\n"+marker+"\n"))
	secrets := [][]byte{[]byte(marker), []byte(hex.EncodeToString([]byte(marker)))}
	files := []string{notes}
	corpus, generated := profilesToDrop(t)
	for _, p := range append([]string{corpus}, generated...) {
		if p == "" {
			continue
		}
		files = append(files, p)
		// A run of the profile's bytes from its middle stands for its content.
		if content, err := os.ReadFile(p); err == nil && len(content) > 256 {
			secrets = append(secrets, content[len(content)/2:len(content)/2+64])
		}
	}

	servedBefore := len(b.served.snapshot())
	tb := b.newTab(t)
	tb.open("/")
	tb.drop(files...)
	tb.do("wait for findings", chromedp.WaitReady(chromedp.CSS(".finding[data-id]")))
	// Give anything the page would send after the analysis time to go out.
	tb.do("settle", chromedp.Sleep(2*time.Second))

	requests, served := tb.recorded(), b.served.snapshot()[servedBefore:]
	if len(requests) == 0 {
		t.Fatal("no request was recorded: the recording does not work")
	}
	for _, v := range b.uploadViolations(requests, tb.webSockets(), served, secrets) {
		t.Error(v)
	}
	t.Logf("%d requests recorded in the page, %d reached the server; none carried file content", len(requests), len(served))

	// Control: the same recording does catch a page that sends the marker,
	// in a URL and in a body, so the pass above means something.
	tb.do("plant uploads", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`Promise.allSettled([fetch("/?q=%[1]s"), fetch("/", {method: "POST", body: "%[1]s"})])`, marker), awaitPromise))
	planted := b.uploadViolations(tb.recorded()[len(requests):], nil, b.served.snapshot()[servedBefore+len(served):], secrets)
	if len(planted) < 2 {
		t.Errorf("the recording missed planted uploads; it reported only %q", planted)
	}
}

func (tb *tab) recorded() []*network.EventRequestWillBeSent {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]*network.EventRequestWillBeSent(nil), tb.requests...)
}

func (tb *tab) webSockets() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.sockets...)
}

// uploadViolations lists every request that could have sent something away:
// to another origin, with a body or a method other than GET/HEAD, for a path
// that is not one of the site's static files, or carrying any of secrets in
// its URL or body. Both sides are checked: what the page asked for (DevTools
// events) and what reached the server (from the page or its service worker).
func (b *browser) uploadViolations(requests []*network.EventRequestWillBeSent, sockets []string, served []servedRequest, secrets [][]byte) []string {
	var out []string
	for _, s := range sockets {
		out = append(out, "the page opened a web socket: "+s)
	}
	base, _ := url.Parse(b.base)
	for _, ev := range requests {
		req := ev.Request
		for _, s := range secrets {
			if bytes.Contains([]byte(req.URL), s) {
				out = append(out, "request URL carries file content: "+req.URL)
			}
			for _, e := range req.PostDataEntries {
				if bytes.Contains(e.Bytes, s) {
					out = append(out, "request body carries file content: "+req.Method+" "+req.URL)
				}
			}
		}
		u, err := url.Parse(req.URL)
		if err != nil {
			out = append(out, "unparsable request URL "+req.URL)
			continue
		}
		switch u.Scheme {
		case "data", "blob":
			continue // these never leave the page
		}
		switch {
		case u.Host != base.Host || u.Scheme != base.Scheme:
			out = append(out, "request to another origin: "+req.Method+" "+req.URL)
		case req.Method != http.MethodGet && req.Method != http.MethodHead || req.HasPostData:
			out = append(out, "request that sends data: "+req.Method+" "+req.URL)
		case staticsite.Resolve(b.site, path.Clean("/"+u.Path)) == "":
			out = append(out, "request for something that is not one of the app's static files: "+req.URL)
		}
	}
	for _, r := range served {
		if r.Method != http.MethodGet && r.Method != http.MethodHead || len(r.Body) > 0 {
			out = append(out, fmt.Sprintf("the server got a %s %s with a %d-byte body", r.Method, r.URI, len(r.Body)))
		}
		for _, s := range secrets {
			if bytes.Contains([]byte(r.URI), s) || bytes.Contains(r.Body, s) {
				out = append(out, "the server got file content in "+r.Method+" "+r.URI)
			}
		}
		if u, err := url.Parse(r.URI); err != nil || staticsite.Resolve(b.site, path.Clean("/"+u.Path)) == "" {
			out = append(out, "the server was asked for something that is not a static file: "+r.URI)
		}
	}
	return out
}
