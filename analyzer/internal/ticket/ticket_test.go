package ticket

import (
	"archive/zip"
	"bytes"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

const corpus = "../../../../shared/corpus/"

// corpusTickets are the real stapled tickets of the corpus, read in place,
// with a CDHash each must name: the image's CDHash as MANIFEST.md reads it,
// the package's SHA-1 TOC checksum (computed here), and the app's main
// executable's SHA-256 CDHash.
func corpusTickets(tb testing.TB) map[string]struct {
	raw      []byte
	hashType uint8
	want     []byte
} {
	out := map[string]struct {
		raw      []byte
		hashType uint8
		want     []byte
	}{}
	if b, err := os.ReadFile(corpus + "dmg/karabiner-Karabiner-DriverKit-ExtensionManager-0.8.0.dmg"); err == nil {
		out["dmg"] = struct {
			raw      []byte
			hashType uint8
			want     []byte
		}{dmgTicket(tb, b), 2, unhex("6e7d7228b60605e6e022b6e1182d2f229af29171")}
	}
	if b, err := os.ReadFile(corpus + "pkg/karabiner-Karabiner-DriverKit-VirtualHIDDevice-1.6.0.pkg"); err == nil {
		be := binary.BigEndian
		hdr, tocLen := int(be.Uint16(b[4:])), int(be.Uint64(b[8:]))
		sum := sha1.Sum(b[hdr : hdr+tocLen])
		n := int(binary.LittleEndian.Uint32(b[len(b)-8:]))
		out["pkg"] = struct {
			raw      []byte
			hashType uint8
			want     []byte
		}{b[len(b)-16-n : len(b)-16], 1, sum[:]}
	}
	if zr, err := zip.OpenReader(corpus + "bundles/opera-beta-installer.app.zip"); err == nil {
		defer zr.Close()
		for _, f := range zr.File {
			if f.Name == "Opera Beta Installer.app/Contents/CodeResources" {
				r, err := f.Open()
				if err != nil {
					tb.Fatal(err)
				}
				raw, _ := io.ReadAll(r)
				out["app"] = struct {
					raw      []byte
					hashType uint8
					want     []byte
				}{raw, 2, unhex("5b1e8f82d2a7717baf2411603252f66df954adc2")}
			}
		}
	}
	return out
}

// dmgTicket finds slot 0x10002 of the SuperBlob the koly trailer points at
// and strips its blob wrapper.
func dmgTicket(tb testing.TB, b []byte) []byte {
	be := binary.BigEndian
	koly := b[len(b)-512:]
	off := int(be.Uint64(koly[296:]))
	sb := b[off:]
	for i := 0; i < int(be.Uint32(sb[8:])); i++ {
		if be.Uint32(sb[12+8*i:]) == 0x10002 {
			o := int(be.Uint32(sb[16+8*i:]))
			return sb[o+8 : o+int(be.Uint32(sb[o+4:]))]
		}
	}
	tb.Fatal("no ticket slot in the image")
	return nil
}

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// TestCorpus: every real ticket parses, its signature verifies over the
// bounds Parse reads (so the layout is right), and it names the code it is
// stapled to.
func TestCorpus(t *testing.T) {
	tickets := corpusTickets(t)
	if len(tickets) == 0 {
		t.Skip("no corpus at " + corpus)
	}
	for name, c := range tickets {
		tk, err := Parse(c.raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if err := tk.VerifySignature(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if tk.Leaf == nil || tk.Leaf.Subject.CommonName != "Software Ticket Signing" || len(tk.Certificates) != 2 {
			t.Errorf("%s: signer %v, %d certificates", name, tk.Leaf, len(tk.Certificates))
		}
		if !tk.Names(c.hashType, c.want) {
			t.Errorf("%s: does not name %x among %v", name, c.want, tk.CDHashes)
		}
		if tk.Names(c.hashType^3, c.want) {
			t.Errorf("%s: names %x under the wrong hash type", name, c.want)
		}
		if y := tk.Issued.Year(); y < 2019 || y > 2021 {
			t.Errorf("%s: issued %v", name, tk.Issued)
		}
	}
}

func TestGenerated(t *testing.T) {
	own := bytes.Repeat([]byte{0xab}, 32)
	other := bytes.Repeat([]byte{0xcd}, 20)
	raw, err := testsign.Ticket([]testsign.TicketHash{{Type: 2, Hash: own}, {Type: 1, Hash: other}}, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	tk, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := tk.VerifySignature(); err != nil {
		t.Error(err)
	}
	if !tk.Names(2, own) || !tk.Names(1, other) || tk.Names(1, own) || tk.Names(2, other) {
		t.Errorf("Names wrong for %v", tk.CDHashes)
	}
	nearMiss := append([]byte(nil), own...)
	nearMiss[19] ^= 1
	if tk.Names(2, nearMiss) {
		t.Error("a CDHash one bit off is named")
	}
	if !tk.Issued.Equal(time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("issued %v", tk.Issued)
	}

	// An entry changed after signing: still read, no longer intact.
	edited := append([]byte(nil), raw...)
	edited[len(tk.Signed)-1] ^= 1
	if e, err := Parse(edited); err != nil || e.VerifySignature() == nil {
		t.Errorf("edited ticket: parse %v, signature verifies", err)
	}

	// Malformed: each fails with an Error, never a ticket.
	for name, mutate := range map[string]func([]byte) []byte{
		"truncated":      func(b []byte) []byte { return b[:len(b)-80] },
		"version 2":      func(b []byte) []byte { b[4] = 2; return b },
		"huge chain":     func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], 1<<31); return b },
		"count too high": func(b []byte) []byte { b[len(tk.Signed)-(2*21)-16] ^= 0x10; return b },
		"not padding":    func(b []byte) []byte { return append(b, 1) }, // the DER signature may fill all 72 bytes: add a byte, never edit one
		"no magic":       func(b []byte) []byte { b[0] = 'x'; return b },
	} {
		_, err := Parse(mutate(append([]byte(nil), raw...)))
		var te *Error
		if !errors.As(err, &te) {
			t.Errorf("%s: %v, want a *ticket.Error", name, err)
		}
	}
}

// A ticket's issue time past year 9999 (found by make robustness: its report
// could not be written as JSON) is left unsaid; the rest is still read.
func TestIssuedPastYear9999(t *testing.T) {
	issued := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	raw, err := testsign.Ticket([]testsign.TicketHash{{Type: 2, Hash: bytes.Repeat([]byte{0xab}, 32)}}, issued)
	if err != nil {
		t.Fatal(err)
	}
	secs := make([]byte, 8)
	binary.LittleEndian.PutUint64(secs, uint64(issued.Unix()))
	at := bytes.Index(raw, secs)
	if at < 0 {
		t.Fatal("the issue time is not in the ticket")
	}
	for _, c := range []struct {
		secs uint64
		want time.Time
	}{{1 << 39, time.Time{}}, {maxIssued, time.Time{}}, {maxIssued - 1, time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)}} {
		binary.LittleEndian.PutUint64(raw[at:], c.secs)
		tk, err := Parse(raw)
		if err != nil || !tk.Issued.Equal(c.want) || len(tk.CDHashes) != 1 {
			t.Errorf("%d seconds: %v, issued %v", c.secs, err, tk.Issued)
		}
	}
}
