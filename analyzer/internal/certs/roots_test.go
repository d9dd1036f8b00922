package certs

// The embedded roots come from a real Apple signature, never from typed
// bytes: Go's official darwin toolchain, served by the Go module proxy as the
// module golang.org/toolchain, ships Developer ID signed binaries whose CMS
// carries "Developer ID Certification Authority" and "Apple Root CA".
//
//	go test ./analyzer/internal/certs -run TestExtractRoots -update
//
// downloads that module through the ordinary go command (module proxy,
// checksum database), reads bin/gofmt's LC_CODE_SIGNATURE, parses its CMS and
// writes the two certificates to roots/. Without -update the test re-extracts
// when the module is already in the module cache and compares.

import (
	"archive/zip"
	"bytes"
	"crypto/x509"
	"debug/macho"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/cms"
)

var update = flag.Bool("update", false, "download the darwin Go toolchain and rewrite roots/*.cer from its signature")

const (
	toolchainModule = "golang.org/toolchain@v0.0.1-go1.26.8.darwin-arm64"
	toolchainFile   = "golang.org/toolchain@v0.0.1-go1.26.8.darwin-arm64/bin/gofmt"
)

// rootFileNames maps the subject CN to extract to its file in roots/.
var rootFileNames = map[string]string{
	"Apple Root CA":                        "AppleRootCA.cer",
	"Developer ID Certification Authority": "DeveloperIDCA.cer",
}

func TestExtractRoots(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("no go command under wasm")
	}
	zipPath, err := toolchainZip(*update)
	if err != nil {
		if *update {
			t.Fatal(err)
		}
		t.Skipf("toolchain module not in the module cache (%v); run with -update to fetch it", err)
	}
	got, err := extractFromToolchain(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	for cn, file := range rootFileNames {
		c := got[cn]
		if c == nil {
			t.Fatalf("the signature of %s carries no %q", toolchainFile, cn)
		}
		path := filepath.Join("roots", file)
		if *update {
			if err := os.WriteFile(path, c.Raw, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		have, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, c.Raw) {
			t.Errorf("%s differs from %q in %s's signature; run with -update", path, cn, toolchainFile)
		}
	}
}

// toolchainZip finds (or, with download, fetches) the module zip.
func toolchainZip(download bool) (string, error) {
	args := []string{"mod", "download", "-json", toolchainModule}
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	if !download {
		cmd.Env = append(cmd.Env, "GOPROXY=off")
	}
	out, err := cmd.Output()
	var res struct{ Zip, Error string }
	if jerr := json.Unmarshal(out, &res); jerr != nil && err == nil {
		err = jerr
	}
	if res.Error != "" {
		return "", fmt.Errorf("%s", res.Error)
	}
	if err != nil {
		return "", err
	}
	return res.Zip, nil
}

// extractFromToolchain returns the certificates of gofmt's CMS by common name.
func extractFromToolchain(zipPath string) (map[string]*x509.Certificate, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	f, err := zr.Open(toolchainFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, err
	}
	der, err := machoCMS(buf.Bytes())
	if err != nil {
		return nil, err
	}
	sd, err := cms.Parse(der)
	if err != nil {
		return nil, err
	}
	out := map[string]*x509.Certificate{}
	for _, c := range sd.Certificates {
		out[c.Subject.CommonName] = c
	}
	return out, nil
}

// machoCMS returns the CMS blob (magic 0xfade0b01, slot 0x10000) of a thin
// Mach-O's code signature.
func machoCMS(b []byte) ([]byte, error) {
	mf, err := macho.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	for _, l := range mf.Loads {
		raw := l.Raw()
		if len(raw) < 16 || mf.ByteOrder.Uint32(raw) != 0x1d { // LC_CODE_SIGNATURE
			continue
		}
		off, size := uint64(mf.ByteOrder.Uint32(raw[8:])), uint64(mf.ByteOrder.Uint32(raw[12:]))
		if off+size > uint64(len(b)) {
			return nil, fmt.Errorf("signature outside the file")
		}
		sb := b[off : off+size]
		if len(sb) < 12 || binary.BigEndian.Uint32(sb) != 0xfade0cc0 {
			return nil, fmt.Errorf("no SuperBlob")
		}
		n := binary.BigEndian.Uint32(sb[8:])
		for i := uint32(0); i < n && 12+8*uint64(i)+8 <= uint64(len(sb)); i++ {
			typ, o := binary.BigEndian.Uint32(sb[12+8*i:]), uint64(binary.BigEndian.Uint32(sb[16+8*i:]))
			if typ != 0x10000 || o+8 > uint64(len(sb)) {
				continue
			}
			ln := uint64(binary.BigEndian.Uint32(sb[o+4:]))
			if binary.BigEndian.Uint32(sb[o:]) != 0xfade0b01 || o+ln > uint64(len(sb)) || ln < 8 {
				return nil, fmt.Errorf("bad CMS blob")
			}
			return sb[o+8 : o+ln], nil
		}
	}
	return nil, fmt.Errorf("no CMS signature")
}

// TestEmbeddedRoots: what roots/ holds is what the pins say.
func TestEmbeddedRoots(t *testing.T) {
	got := map[string]bool{}
	for _, c := range Embedded() {
		got[SHA256Fingerprint(c)] = true
	}
	for _, fp := range []string{AppleRootCASHA256, DeveloperIDCASHA256} {
		if !got[fp] {
			t.Errorf("roots/ lacks the certificate with SHA-256 %s", fp)
		}
	}
	if len(got) != 2 {
		t.Errorf("roots/ holds %d certificates, want 2", len(got))
	}
	if Apple().roots[AppleRootCASHA256] == nil {
		t.Error("Apple Root CA's bytes are not loaded")
	}
}

// TestPinnedRootsAgainstCorpus: G2 and G3 (pinned by fingerprint only) and
// Apple Root CA match the copies apple-platform-rs ships.
func TestPinnedRootsAgainstCorpus(t *testing.T) {
	for file, want := range map[string]string{
		"AppleRootCA-G2.cer":          "Apple Root CA - G2",
		"AppleRootCA-G3.cer":          "Apple Root CA - G3",
		"AppleIncRootCertificate.cer": "Apple Root CA",
	} {
		c := corpusCert(t, file)
		if c == nil {
			return
		}
		n, err := RootName(c)
		if err != nil || n != want || !IsAppleRoot(c) {
			t.Errorf("%s: RootName = %q, %v; want %q", file, n, err, want)
		}
	}
	if c := corpusCert(t, "AppleComputerRootCertificate.cer"); c != nil && IsAppleRoot(c) {
		t.Error("the expired Apple Computer root must not be pinned")
	}
}
