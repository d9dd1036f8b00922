package staticsite

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeSite lays out files the way go-app's GenerateStaticWebsite writes them:
// index.html for "/", ROUTE.html for every other route (checks.html and the
// checks/ folder side by side), and the app's own files.
func fakeSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":                  "<html>home</html>",
		"checks.html":                 "<html>catalogue</html>",
		"checks/input-malformed.html": "<html>check page</html>",
		"about.html":                  "<html>about</html>",
		"app.js":                      "// app",
		"app-worker.js":               "// worker",
		"wasm_exec.js":                "// wasm_exec",
		"app.css":                     "body{}",
		"manifest.webmanifest":        `{"name":"signdoctor"}`,
		"web/app.wasm":                "\x00asm\x01\x00\x00\x00",
		"web/icon.svg":                "<svg/>",
		"web/docs/index.html":         "<html>docs index</html>",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A secret next to the site must never be reachable through it.
	if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestStaticHandlerServesLikeAStaticHost(t *testing.T) {
	srv := httptest.NewServer(Handler(fakeSite(t)))
	defer srv.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	cases := []struct {
		path, status, ctype, body string
	}{
		{"/", "200", "text/html; charset=utf-8", "home"},
		{"/index.html", "200", "text/html; charset=utf-8", "home"},
		{"/checks", "200", "text/html; charset=utf-8", "catalogue"},
		{"/checks/input-malformed", "200", "text/html; charset=utf-8", "check page"},
		{"/about", "200", "text/html; charset=utf-8", "about"},
		{"/about?from=link", "200", "text/html; charset=utf-8", "about"},
		{"/web/app.wasm", "200", "application/wasm", "\x00asm"},
		{"/app.js", "200", "text/javascript; charset=utf-8", "// app"},
		{"/app-worker.js", "200", "text/javascript; charset=utf-8", "// worker"},
		{"/app.css", "200", "text/css; charset=utf-8", "body"},
		{"/manifest.webmanifest", "200", "application/manifest+json", "signdoctor"},
		{"/web/icon.svg", "200", "image/svg+xml", "<svg/>"},
		{"/web/docs/", "200", "text/html; charset=utf-8", "docs index"},
		{"/about/", "301", "", ""},
		{"/checks/no-such-check", "404", "", ""},
		{"/../secret.txt", "404", "", ""},
		{"/%2e%2e/secret.txt", "404", "", ""},
		{"/web/../../secret.txt", "404", "", ""},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			req, err := http.NewRequest("GET", srv.URL+c.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Keep the path as written: the client would clean "..".
			req.URL.Opaque = strings.SplitN(c.path, "?", 2)[0]
			res, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if got := res.Status[:3]; got != c.status {
				t.Fatalf("status %s, want %s (body %q)", res.Status, c.status, body)
			}
			if strings.Contains(string(body), "secret") {
				t.Fatalf("served a file outside the site: %q", body)
			}
			if c.ctype != "" && res.Header.Get("Content-Type") != c.ctype {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), c.ctype)
			}
			if !strings.Contains(string(body), c.body) {
				t.Errorf("body %q does not contain %q", body, c.body)
			}
			if c.status == "301" && res.Header.Get("Location") != strings.TrimSuffix(c.path, "/") {
				t.Errorf("redirect to %q", res.Header.Get("Location"))
			}
		})
	}
}

func TestStaticHandlerRefusesWrites(t *testing.T) {
	srv := httptest.NewServer(Handler(fakeSite(t)))
	defer srv.Close()
	for _, method := range []string{"POST", "PUT", "DELETE"} {
		req, _ := http.NewRequest(method, srv.URL+"/index.html", strings.NewReader("x"))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("%s: status %d", method, res.StatusCode)
		}
	}
	res, err := http.Head(srv.URL + "/web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("HEAD: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
}

func TestStaticHandlerUsesSite404Page(t *testing.T) {
	dir := fakeSite(t)
	if err := os.WriteFile(filepath.Join(dir, "404.html"), []byte("<html>lost</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	res, err := http.Get(srv.URL + "/nowhere")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 404 || !strings.Contains(string(body), "lost") || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("got %d %q %q", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
}

// Symbolic links out of the served folder are refused, to a file, a folder
// or the root; a link to another file of the site is served. Every answer
// forbids framing.
func TestStaticHandlerRefusesSymlinksOutOfTheFolder(t *testing.T) {
	dir := fakeSite(t)
	outside := filepath.Join(filepath.Dir(dir), "secret.txt")
	for name, target := range map[string]string{
		"passwd.txt":   outside,
		"etc":          filepath.Dir(dir),
		"root":         "/",
		"alias.js":     filepath.Join(dir, "app.js"),
		"relative.txt": "../secret.txt",
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	for _, tc := range []struct {
		path   string
		status int
	}{
		{"/passwd.txt", 404},
		{"/relative.txt", 404},
		{"/etc/secret.txt", 404},
		{"/root/etc/passwd", 404},
		{"/alias.js", 200},
		{"/", 200},
	} {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s: %d, want %d", tc.path, resp.StatusCode, tc.status)
		}
		if strings.Contains(string(body), "secret") {
			t.Errorf("%s: served the file outside the folder", tc.path)
		}
		if resp.Header.Get("X-Frame-Options") != "DENY" || resp.Header.Get("Content-Security-Policy") != "frame-ancestors 'none'" {
			t.Errorf("%s: framing headers %q %q", tc.path, resp.Header.Get("X-Frame-Options"), resp.Header.Get("Content-Security-Policy"))
		}
	}
}

// TestServePrecompressed: app.wasm goes out as the brotli (or gzip) file
// make build writes beside it when the browser accepts that encoding, with
// the wasm's own type, and as itself otherwise.
func TestServePrecompressed(t *testing.T) {
	dir := fakeSite(t)
	for name, body := range map[string]string{"web/app.wasm.br": "BROTLI", "web/app.wasm.gz": "GZIP"} {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	// No transparent decompression: the test reads what was sent.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	cases := []struct {
		accept, encoding, body string
	}{
		{"gzip, deflate, br, zstd", "br", "BROTLI"},
		{"br", "br", "BROTLI"},
		{"gzip", "gzip", "GZIP"},
		{"br;q=0, gzip", "gzip", "GZIP"},
		{"*", "br", "BROTLI"},
		{"", "", "\x00asm\x01\x00\x00\x00"},
		{"identity", "", "\x00asm\x01\x00\x00\x00"},
	}
	for _, c := range cases {
		req, _ := http.NewRequest("GET", srv.URL+"/web/app.wasm", nil)
		if c.accept != "" {
			req.Header.Set("Accept-Encoding", c.accept)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := resp.Header.Get("Content-Encoding"); got != c.encoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.encoding)
		}
		if string(body) != c.body {
			t.Errorf("Accept-Encoding %q: body %q, want %q", c.accept, body, c.body)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q, want application/wasm", c.accept, ct)
		}
		if resp.ContentLength != int64(len(c.body)) {
			t.Errorf("Accept-Encoding %q: Content-Length %d, want %d", c.accept, resp.ContentLength, len(c.body))
		}
		if c.encoding != "" && !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: no Vary: Accept-Encoding", c.accept)
		}
	}
	// A page without a compressed copy is served as it is.
	req, _ := http.NewRequest("GET", srv.URL+"/about", nil)
	req.Header.Set("Accept-Encoding", "br")
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("/about has Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
}
