package analyzer

// The generator of the pkg-* cases: installer packages written by the test
// xar writer (testsign.XAR), signed by RSA leaves under the project's test
// CA. Run with -gen-pkg-cases to rewrite them, then -update their want files.

import (
	"bytes"
	"crypto/x509"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var genPkgCases = flag.Bool("gen-pkg-cases", false, "write testdata/cases/pkg-* packages")

const pkgTestCA = "testdata/cases/macho-test-ca.pem"

func loadPkgTestCA(tb testing.TB) *testsign.Identity {
	b, err := os.ReadFile(filepath.Join("..", pkgTestCA))
	if err != nil {
		tb.Fatal(err)
	}
	ca, err := testsign.ParseIdentityPEM(b)
	if err != nil {
		tb.Fatal(err)
	}
	return ca
}

type pkgSpec struct {
	kind       string // signing certificate kind; "" = unsigned
	product    bool
	hostArch   string
	scripts    bool
	code       string // "", "unsigned", "devid"
	changeData bool   // flip a byte of the payload after signing
}

const pkgTeam = "PKGTEAM123"

func buildPkg(tb testing.TB, ca *testsign.Identity, s pkgSpec) []byte {
	var entries []testsign.CPIOEntry
	entries = append(entries, testsign.CPIOEntry{Name: "./Applications/Tool", Mode: 0o40755})
	entries = append(entries, testsign.CPIOEntry{Name: "./Applications/Tool/README.txt", Mode: 0o100644, Data: []byte("hello\n")})
	switch s.code {
	case "unsigned":
		entries = append(entries, testsign.CPIOEntry{Name: "./Applications/Tool/tool", Mode: 0o100755, Data: testsign.Build(testsign.Image{})})
	case "devid":
		leaf, err := testsign.NewLeaf(ca, "Developer ID Application", pkgTeam)
		if err != nil {
			tb.Fatal(err)
		}
		tsa, err := testsign.NewTSA(ca)
		if err != nil {
			tb.Fatal(err)
		}
		signed, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{Identifier: "com.example.tool", TeamID: pkgTeam,
			Flags: testsign.FlagRuntime, Signer: testsign.CMSSigner(leaf, []*x509.Certificate{ca.Cert},
				testsign.CMSOptions{TSA: tsa, Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)})})
		if err != nil {
			tb.Fatal(err)
		}
		entries = append(entries, testsign.CPIOEntry{Name: "./Applications/Tool/tool", Mode: 0o100755, Data: signed})
	}
	dir := ""
	if s.product {
		dir = "com.example.tool.pkg/"
	}
	files := []testsign.PkgFile{
		{Path: dir + "PackageInfo", Zlib: true, Data: []byte(`<?xml version="1.0" encoding="utf-8"?>
<pkg-info format-version="2" identifier="com.example.tool" version="1.2" install-location="/" auth="root">
<payload numberOfFiles="3" installKBytes="20"/>
</pkg-info>
`)},
		{Path: dir + "Payload", Data: testsign.Payload(entries)},
	}
	if s.scripts {
		files = append(files, testsign.PkgFile{Path: dir + "Scripts", Data: testsign.Payload([]testsign.CPIOEntry{
			{Name: "./postinstall", Mode: 0o100755, Data: []byte("#!/bin/sh\nexit 0\n")}})})
	}
	if s.product {
		opts := ""
		if s.hostArch != "" {
			opts = `<options customize="never" hostArchitectures="` + s.hostArch + `"/>`
		}
		files = append(files, testsign.PkgFile{Path: "Distribution", Zlib: true, Data: []byte(`<?xml version="1.0" encoding="utf-8"?>
<installer-gui-script minSpecVersion="2">
<title>Example Tool</title>
` + opts + `
<allowed-os-versions><os-version min="12.0"/></allowed-os-versions>
<pkg-ref id="com.example.tool"/>
<choices-outline><line choice="default"/></choices-outline>
<pkg-ref id="com.example.tool" version="1.2">#com.example.tool.pkg</pkg-ref>
</installer-gui-script>
`)})
	}
	o := testsign.PkgOptions{Files: files, CMS: true}
	if s.kind != "" {
		leaf, err := testsign.NewRSALeaf(ca, s.kind, pkgTeam)
		if err != nil {
			tb.Fatal(err)
		}
		o.Signer, o.Chain = leaf, []*x509.Certificate{ca.Cert}
	}
	b, err := testsign.XAR(o)
	if err != nil {
		tb.Fatal(err)
	}
	if s.changeData {
		// The payload is the last file written: change its last byte.
		b[len(b)-1] ^= 0xff
	}
	return b
}

type pkgCase struct {
	check, name string
	spec        pkgSpec
	trust       bool
	now         string
}

func pkgGenCases() []pkgCase {
	devInst := pkgSpec{kind: "Developer ID Installer", product: true, hostArch: "arm64,x86_64", scripts: true}
	with := func(s pkgSpec, f func(*pkgSpec)) pkgSpec { f(&s); return s }
	return []pkgCase{
		{"pkg-unsigned", "unsigned-component", pkgSpec{scripts: true}, true, ""},
		{"pkg-unsigned", "no-developer-id-installer", devInst, true, ""},
		{"pkg-signature-invalid", "payload-changed", with(devInst, func(s *pkgSpec) { s.changeData = true; s.scripts = false }), true, ""},
		{"pkg-signature-invalid", "no-intact", devInst, true, ""},
		{"pkg-application-certificate", "developer-id-application", with(devInst, func(s *pkgSpec) { s.kind = "Developer ID Application" }), true, ""},
		{"pkg-application-certificate", "no-developer-id-installer", devInst, true, ""},
		{"pkg-untrusted-chain", "unknown-root", devInst, false, ""},
		{"pkg-untrusted-chain", "no-trusted-root", devInst, true, ""},
		{"pkg-certificate-expired", "expired-no-timestamp", devInst, true, "2041-01-01T00:00:00Z"},
		{"pkg-certificate-expired", "no-still-valid", devInst, true, ""},
		{"pkg-component-for-app-store", "component-signed-for-mas", pkgSpec{kind: "3rd Party Mac Developer Installer"}, true, ""},
		{"pkg-component-for-app-store", "no-product-archive", with(devInst, func(s *pkgSpec) { s.kind = "3rd Party Mac Developer Installer" }), true, ""},
		{"pkg-rosetta-required", "intel-only", with(devInst, func(s *pkgSpec) { s.hostArch = "x86_64" }), true, ""},
		{"pkg-rosetta-required", "no-universal", devInst, true, ""},
		{"pkg-scripts", "postinstall", devInst, true, ""},
		{"pkg-scripts", "no-scripts", with(devInst, func(s *pkgSpec) { s.scripts = false }), true, ""},
		{"pkg-payload-code-unsigned", "unsigned-tool", with(devInst, func(s *pkgSpec) { s.code = "unsigned" }), true, ""},
		{"pkg-payload-code-unsigned", "no-developer-id-tool", with(devInst, func(s *pkgSpec) { s.code = "devid" }), true, ""},
		{"pkg-kind", "product-archive", devInst, true, ""},
	}
}

func TestGeneratePkgCases(t *testing.T) {
	if !*genPkgCases {
		t.Skip("run with -gen-pkg-cases to rewrite testdata/cases/pkg-*")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	ca := loadPkgTestCA(t)
	for _, c := range pkgGenCases() {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "Tool.pkg"), buildPkg(t, ca, c.spec), 0o644); err != nil {
			t.Fatal(err)
		}
		var opts bytes.Buffer
		if c.trust {
			opts.WriteString("trust: " + pkgTestCA + "\n")
		}
		if c.now != "" {
			opts.WriteString("now: " + c.now + "\n")
		}
		if opts.Len() > 0 {
			if err := os.WriteFile(filepath.Join(dir, "options"), opts.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
