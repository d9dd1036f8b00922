package analyzer

// The generator of the dmg-* cases: disk images written by testsign.DMG, a
// UDIF trailer after some bytes, signed by leaves of the project's test CA.
// Run with -gen-dmg-cases to rewrite them, then -update.

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

var genDMGCases = flag.Bool("gen-dmg-cases", false, "write testdata/cases/dmg-* images")

type dmgSpec struct {
	kind      string // "" unsigned, "adhoc", or a certificate kind
	timestamp bool
	ticket    bool
	edit      bool // change a byte of the image after signing
}

func buildDMG(tb testing.TB, ca *testsign.Identity, s dmgSpec) []byte {
	data := bytes.Repeat([]byte("signdoctor test disk image data "), 300)
	data = append(data, []byte(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict/></plist>`)...)
	o := testsign.DMGOptions{Data: data, Identifier: "Tool", TeamID: pkgTeam, Sign: s.kind != "", Ticket: s.ticket}
	if s.kind != "" && s.kind != "adhoc" {
		leaf, err := testsign.NewLeaf(ca, s.kind, pkgTeam)
		if err != nil {
			tb.Fatal(err)
		}
		co := testsign.CMSOptions{}
		if s.timestamp {
			tsa, err := testsign.NewTSA(ca)
			if err != nil {
				tb.Fatal(err)
			}
			co.TSA, co.Time = tsa, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		}
		o.Signer = testsign.CMSSigner(leaf, []*x509.Certificate{ca.Cert}, co)
	}
	b, err := testsign.DMG(o)
	if err != nil {
		tb.Fatal(err)
	}
	if s.edit {
		b[100] ^= 0xff
	}
	return b
}

func TestGenerateDMGCases(t *testing.T) {
	if !*genDMGCases {
		t.Skip("run with -gen-dmg-cases to rewrite testdata/cases/dmg-*")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	ca := loadPkgTestCA(t)
	devID := dmgSpec{kind: "Developer ID Application", timestamp: true}
	cases := []struct {
		check, name string
		spec        dmgSpec
		trust       bool
	}{
		{"dmg-signature-invalid", "edited-after-signing", dmgSpec{kind: "Developer ID Application", timestamp: true, edit: true}, true},
		{"dmg-signature-invalid", "no-intact", devID, true},
		{"dmg-untrusted-chain", "unknown-root", devID, false},
		{"dmg-untrusted-chain", "no-trusted-root", devID, true},
		{"dmg-not-developer-id", "apple-development", dmgSpec{kind: "Apple Development", timestamp: true}, true},
		{"dmg-not-developer-id", "no-unsigned", dmgSpec{}, true},
		{"dmg-not-developer-id", "adhoc", dmgSpec{kind: "adhoc"}, false},
		{"dmg-no-secure-timestamp", "without-timestamp", dmgSpec{kind: "Developer ID Application"}, true},
		{"dmg-no-secure-timestamp", "no-timestamped", devID, true},
		{"dmg-kind", "signed-stapled", dmgSpec{kind: "Developer ID Application", timestamp: true, ticket: true}, true},
		{"dmg-kind", "unsigned-stapled", dmgSpec{ticket: true}, true},
	}
	for _, c := range cases {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "Tool.dmg"), buildDMG(t, ca, c.spec), 0o644); err != nil {
			t.Fatal(err)
		}
		if c.trust {
			if err := os.WriteFile(filepath.Join(dir, "options"), []byte("trust: "+pkgTestCA+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
