// Package testfixture builds what tests of the CLI and of the web app (in
// cmd/signdoctor and e2e) feed them: files in a temporary folder, archives
// unpacked as macOS unpacks them, and provisioning profiles signed by the
// project's test CA.
package testfixture

import (
	"archive/zip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ModuleRoot is the folder of go.mod, found upwards from the working
// directory, which go test sets to the package's folder.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s", wd)
		}
	}
}

// WriteFile makes a file in a temporary folder and returns its path.
func WriteFile(t testing.TB, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Unzip extracts an archive as `ditto -x -k` would, keeping symbolic links
// and Unix permissions, and returns its top-level folder's name.
func Unzip(t testing.TB, zp, dst string) string {
	t.Helper()
	zr, err := zip.OpenReader(zp)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	top := ""
	for _, f := range zr.File {
		name := strings.TrimSuffix(f.Name, "/")
		if strings.HasPrefix(name, "__MACOSX") || name == "" {
			continue
		}
		if top == "" {
			top = strings.SplitN(name, "/", 2)[0]
		}
		p := filepath.Join(dst, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		mode := f.Mode()
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case mode.IsDir() || strings.HasSuffix(f.Name, "/"):
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
		case mode&fs.ModeSymlink != 0:
			if err := os.Symlink(string(b), p); err != nil {
				t.Fatal(err)
			}
		default:
			if err := os.WriteFile(p, b, mode.Perm()|0o200); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, mode.Perm()); err != nil {
				t.Fatal(err)
			}
		}
	}
	return top
}
