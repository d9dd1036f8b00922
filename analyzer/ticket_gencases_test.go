package analyzer

// The generator of the *-ticket-mismatch cases: a disk image, a package and
// a Mac app, each stapled with a ticket of the real format (testsign.Ticket)
// that names the code's own hash, a hash one byte off, or another code's.
// Run with -gen-ticket-cases to rewrite them, then -update.

import (
	"bytes"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/internal/udif"
	"github.com/signdoctor/signdoctor/analyzer/internal/xar"
)

var genTicketCases = flag.Bool("gen-ticket-cases", false, "write testdata/cases/*-ticket-mismatch cases")

var ticketIssued = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// otherCode is a CDHash of no generated code.
var otherCode = bytes.Repeat([]byte{0x5a}, 20)

// ticketNaming writes a ticket naming own (as how says: "own", "off" one
// byte off, "other" another code's) beside an unrelated entry.
func ticketNaming(tb testing.TB, hashType uint8, own []byte, how string) []byte {
	h := append([]byte(nil), own[:20]...)
	switch how {
	case "off":
		h[19] ^= 1
	case "other":
		h = otherCode
	}
	b, err := testsign.Ticket([]testsign.TicketHash{{Type: testsign.HashSHA256, Hash: bytes.Repeat([]byte{0x11}, 20)}, {Type: hashType, Hash: h}}, ticketIssued)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func stapledDMG(tb testing.TB, how string) []byte {
	ca := loadPkgTestCA(tb)
	img := buildDMG(tb, ca, dmgSpec{kind: "Developer ID Application", timestamp: true})
	u, err := udif.Open(bytes.NewReader(img), int64(len(img)))
	if err != nil {
		tb.Fatal(err)
	}
	sig, err := macho.ParseSuperBlob(u.Signature, u.SigOffset)
	if err != nil {
		tb.Fatal(err)
	}
	cd := sig.Primary()
	// The CodeDirectory does not cover the ticket: signing again with the
	// ticket stapled gives the same CDHash.
	data := img[:u.SigOffset]
	leaf, err := testsign.NewLeaf(ca, "Developer ID Application", pkgTeam)
	if err != nil {
		tb.Fatal(err)
	}
	tsa, err := testsign.NewTSA(ca)
	if err != nil {
		tb.Fatal(err)
	}
	out, err := testsign.DMG(testsign.DMGOptions{Data: data, Identifier: "Tool", TeamID: pkgTeam, Sign: true,
		Signer:     testsign.CMSSigner(leaf, nil, testsign.CMSOptions{TSA: tsa, Time: ticketIssued}),
		Ticket:     true,
		TicketData: ticketNaming(tb, cd.HashType, cd.CDHash, how)})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// stapledPkg appends stapler's trailer: a terminator record, the ticket,
// and the record that gives its length.
func stapledPkg(tb testing.TB, how string) []byte {
	return stapledPkgWith(tb, func(checksum []byte) []byte { return ticketNaming(tb, testsign.HashSHA1, checksum, how) })
}

// stapledPkgWith staples the ticket that ticket makes from the package's
// TOC checksum.
func stapledPkgWith(tb testing.TB, ticket func(checksum []byte) []byte) []byte {
	pkg := buildPkg(tb, loadPkgTestCA(tb), pkgSpec{kind: "Developer ID Installer", product: true})
	a, err := xar.Open(bytes.NewReader(pkg), int64(len(pkg)), xar.Limits{})
	if err != nil {
		tb.Fatal(err)
	}
	tk := ticket(a.ComputedChecksum)
	record := func(typ uint16, n int) []byte {
		r := make([]byte, 16)
		copy(r, "t8lr")
		binary.LittleEndian.PutUint16(r[4:], 1)
		binary.LittleEndian.PutUint16(r[6:], typ)
		binary.LittleEndian.PutUint32(r[8:], uint32(n))
		return r
	}
	out := append(append([]byte(nil), pkg...), record(1, 0)...)
	out = append(out, tk...)
	return append(out, record(2, len(tk))...)
}

func stapledMacApp(tb testing.TB, how string) []byte {
	t := macApp(tb, macOpts{helperRuntime: true})
	exe := t["Mac.app/Contents/MacOS/Mac"].data
	f, err := macho.Open(bytes.NewReader(exe), int64(len(exe)))
	if err != nil {
		tb.Fatal(err)
	}
	sig := f.Slices[0].Signature
	if sig == nil {
		tb.Fatal("the generated app is not signed")
	}
	cd := sig.Best()
	t["Mac.app/Contents/CodeResources"] = gfile{data: ticketNaming(tb, cd.HashType, cd.CDHash, how)}
	return t.zipBytes(tb, true)
}

func TestGenerateTicketCases(t *testing.T) {
	if !*genTicketCases {
		t.Skip("run with -gen-ticket-cases to rewrite testdata/cases/*-ticket-mismatch")
	}
	cases := []struct {
		check, name, file string
		build             func(testing.TB, string) []byte
		how               string
		trust             bool
	}{
		{"dmg-ticket-mismatch", "signed-again", "Tool.dmg", stapledDMG, "other", true},
		{"dmg-ticket-mismatch", "one-byte-off", "Tool.dmg", stapledDMG, "off", true},
		{"dmg-ticket-mismatch", "no-names-image", "Tool.dmg", stapledDMG, "own", true},
		{"pkg-ticket-mismatch", "other-package", "Tool.pkg", stapledPkg, "other", true},
		{"pkg-ticket-mismatch", "no-names-package", "Tool.pkg", stapledPkg, "own", true},
		{"bundle-ticket-mismatch", "signed-again", "Mac.zip", stapledMacApp, "other", false},
		{"bundle-ticket-mismatch", "no-names-app", "Mac.zip", stapledMacApp, "own", false},
	}
	for _, c := range cases {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), c.build(t, c.how), 0o644); err != nil {
			t.Fatal(err)
		}
		if c.trust {
			if err := os.WriteFile(filepath.Join(dir, "options"), []byte("trust: "+pkgTestCA+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
