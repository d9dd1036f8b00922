// Package staticsite serves the site that make build writes (the web app,
// its prerendered pages and app.wasm) as static hosts serve it: for
// signdoctor serve and for the browser tests, so what is tested is what
// deploys.
package staticsite

import (
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

// contentTypes are set explicitly rather than taken from the system's
// mime.types, which differs between machines: browsers refuse to stream-
// compile wasm that is not application/wasm, and a manifest or module script
// with the wrong type fails quietly.
var contentTypes = map[string]string{
	".html":             "text/html; charset=utf-8",
	".js":               "text/javascript; charset=utf-8",
	".mjs":              "text/javascript; charset=utf-8",
	".css":              "text/css; charset=utf-8",
	".wasm":             "application/wasm",
	".webmanifest":      "application/manifest+json",
	".json":             "application/json",
	".svg":              "image/svg+xml",
	".png":              "image/png",
	".jpg":              "image/jpeg",
	".jpeg":             "image/jpeg",
	".gif":              "image/gif",
	".webp":             "image/webp",
	".ico":              "image/x-icon",
	".txt":              "text/plain; charset=utf-8",
	".xml":              "application/xml",
	".woff":             "font/woff",
	".woff2":            "font/woff2",
	".mobileprovision":  "application/octet-stream",
	".provisionprofile": "application/octet-stream",
	".entitlements":     "application/xml",
}

// Handler serves dir the way a static host (GitHub Pages, Netlify, any
// plain web server with clean URLs) serves the folder go-app's
// GenerateStaticWebsite writes: "/" is index.html, a route such as
// /checks/ID is the file checks/ID.html, and every other file is served as it
// is. Only GET and HEAD exist; nothing is ever written.
func Handler(dir string) http.Handler {
	root, _ := filepath.Abs(dir)
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w.Header())
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		urlPath := r.URL.Path
		if !strings.HasPrefix(urlPath, "/") {
			urlPath = "/" + urlPath
		}
		// Pretty-URL hosts redirect /about/ to /about when only about.html
		// exists; doing the same keeps relative links resolving alike.
		clean := path.Clean(urlPath)
		if urlPath != "/" && strings.HasSuffix(urlPath, "/") {
			if file := Resolve(root, clean); file != "" && !isIndex(file) {
				target := clean
				if r.URL.RawQuery != "" {
					target += "?" + r.URL.RawQuery
				}
				http.Redirect(w, r, target, http.StatusMovedPermanently)
				return
			}
		}
		file := Resolve(root, clean)
		if file == "" {
			notFound(w, r, root)
			return
		}
		if enc, pre := precompressed(r, file); pre != "" {
			serveEncoded(w, r, file, pre, enc)
			return
		}
		serveFile(w, r, file, http.StatusOK)
	})
}

// Resolve maps a cleaned URL path to a regular file under root, or "". The
// candidates are the path itself, path.html, then path/index.html, in the
// order static hosts try them. root is absolute with its links resolved, as
// Handler makes it.
func Resolve(root, clean string) string {
	rel := filepath.FromSlash(strings.TrimPrefix(clean, "/"))
	base := filepath.Join(root, rel)
	// path.Clean of a rooted path cannot climb above it, but check anyway:
	// the handler must never serve a file outside the folder.
	if base != root && !strings.HasPrefix(base, root+string(filepath.Separator)) {
		return ""
	}
	for _, cand := range []string{base, base + ".html", filepath.Join(base, "index.html")} {
		if fi, err := os.Stat(cand); err == nil && fi.Mode().IsRegular() && inside(root, cand) {
			return cand
		}
	}
	return ""
}

// inside says whether file, with every symbolic link on its path followed,
// is still under root (itself resolved): a link in the site to /etc/passwd,
// /etc or / is refused, one to another file of the site is served.
func inside(root, file string) bool {
	real, err := filepath.EvalSymlinks(file)
	if err != nil {
		return false
	}
	return strings.HasPrefix(real, root+string(filepath.Separator))
}

// setSecurityHeaders are sent with every answer: no other site may frame
// the app (a meta tag cannot say frame-ancestors, so the header must), and
// browsers must not guess types.
func setSecurityHeaders(h http.Header) {
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
}

func isIndex(file string) bool { return filepath.Base(file) == "index.html" }

// notFound answers 404 with the site's 404.html when it has one, as static
// hosts do.
func notFound(w http.ResponseWriter, r *http.Request, root string) {
	page := filepath.Join(root, "404.html")
	if fi, err := os.Stat(page); err == nil && fi.Mode().IsRegular() && inside(root, page) {
		serveFile(w, r, page, http.StatusNotFound)
		return
	}
	http.Error(w, "404 page not found", http.StatusNotFound)
}

func serveFile(w http.ResponseWriter, r *http.Request, file string, status int) {
	f, err := os.Open(file)
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	setFileHeaders(w.Header(), file)
	if status != http.StatusOK {
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			io.Copy(w, f)
		}
		return
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// setFileHeaders sets what every file is served with: its type by its
// extension, no sniffing, and revalidation every time (the service worker is
// what keeps the app offline, and a developer who rebuilds must see the new
// build).
func setFileHeaders(h http.Header, file string) {
	ct, ok := contentTypes[strings.ToLower(filepath.Ext(file))]
	if !ok {
		ct = "application/octet-stream"
	}
	h.Set("Content-Type", ct)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
}

// encodings are the precompressed siblings `make build` writes next to a
// large file (app.wasm.br, app.wasm.gz), best first.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// precompressed picks the precompressed sibling of file that the request
// accepts, if there is one: its encoding and path. A browser that accepts
// neither gets the file itself.
func precompressed(r *http.Request, file string) (string, string) {
	for _, e := range encodings {
		if !acceptsEncoding(r.Header.Values("Accept-Encoding"), e.name) {
			continue
		}
		if fi, err := os.Stat(file + e.ext); err == nil && fi.Mode().IsRegular() {
			return e.name, file + e.ext
		}
	}
	return "", ""
}

// acceptsEncoding reads Accept-Encoding: the coding is listed (or "*" is),
// without q=0.
func acceptsEncoding(headers []string, coding string) bool {
	for _, h := range headers {
		for _, part := range strings.Split(h, ",") {
			name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			name = strings.ToLower(strings.TrimSpace(name))
			if name != coding && name != "*" {
				continue
			}
			if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
				if v, err := strconv.ParseFloat(q, 64); err == nil && v <= 0 {
					continue
				}
			}
			return true
		}
	}
	return false
}

// serveEncoded serves the precompressed copy pre of file, with file's type
// and the Content-Encoding the browser undoes.
func serveEncoded(w http.ResponseWriter, r *http.Request, file, pre, encoding string) {
	f, err := os.Open(pre)
	if err != nil {
		serveFile(w, r, file, http.StatusOK)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	setFileHeaders(h, file)
	h.Set("Content-Encoding", encoding)
	h.Add("Vary", "Accept-Encoding")
	// ServeContent leaves Content-Length out of an encoded response; the
	// whole file's length is right unless a range was asked for.
	if r.Header.Get("Range") == "" {
		h.Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}
