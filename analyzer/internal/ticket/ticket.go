// Package ticket reads a stapled notarization ticket: the Apple-signed list
// of CDHashes that `xcrun stapler staple` attaches to an app bundle
// (Contents/CodeResources), a disk image (SuperBlob slot 0x10002) or an
// installer package (a t8lr trailer). Gatekeeper registers the ticket and
// then looks the code's own CDHash up in it, so a ticket vouches only for
// the code whose CDHash it names.
//
// Layout, little-endian, as read from real stapled apps, images and
// packages (and confirmed by the signature verifying over exactly these
// bounds):
//
//	"s8ch" | version u32 (1) | chain length u32 | content length u32
//	chain: a DER SEQUENCE of certificates, leaf first
//	content: "g8tk" | version u16 (2) | hash size u16 (20) | count u32 |
//	         flags u32 | issued u64 (Unix seconds) |
//	         count × (hash type u8 | hash, hash size bytes)
//	signature: DER ECDSA by the leaf over SHA-256 of everything before it,
//	           zero-padded.
//
// The hash types are the code signing ones (1 SHA-1, 2 SHA-256, …); a
// package's entry is its TOC checksum, typed by its algorithm.
package ticket

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// Limits bound what Parse reads.
const (
	// MaxSize bounds a whole ticket; real ones are about 2 KB.
	MaxSize = 1 << 20
	// MaxChain bounds the certificate chain (two certificates, 1.5 KB, in
	// real tickets).
	MaxChain = 64 << 10
	// MaxCDHashes bounds the entries (one per piece of code submitted).
	MaxCDHashes = 100000
	// MaxHashSize bounds an entry's hash.
	MaxHashSize = 64
	// maxIssued is 10000-01-01T00:00:00Z in Unix seconds.
	maxIssued = 253402300800
)

// Magic starts every ticket.
var Magic = []byte("s8ch")

var contentMagic = []byte("g8tk")

// CDHash is one entry: a code signing hash type and the (truncated) hash.
type CDHash struct {
	HashType uint8
	Hash     []byte
}

// Ticket is a parsed ticket.
type Ticket struct {
	Version uint32
	// Certificates are the chain's certificates as DER, leaf first; Leaf is
	// the first parsed, nil when it does not parse.
	Certificates [][]byte
	Leaf         *x509.Certificate
	Issued       time.Time
	Flags        uint32
	CDHashes     []CDHash
	// Signed is what the signature covers; Signature the DER ECDSA.
	Signed, Signature []byte
}

// Error says why a ticket cannot be read, with the byte offset.
type Error struct {
	Off int
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("ticket byte %d: %s", e.Off, e.Msg) }

func errorf(off int, format string, args ...any) error {
	return &Error{off, fmt.Sprintf(format, args...)}
}

// Parse reads a ticket. It fails on anything it does not know rather than
// guess: a later version of the format is reported as unread, not as a
// ticket naming nothing.
func Parse(b []byte) (*Ticket, error) {
	if len(b) > MaxSize {
		return nil, errorf(0, "%d bytes, more than the %d a ticket may take", len(b), MaxSize)
	}
	if len(b) < 16 || !bytes.Equal(b[:4], Magic) {
		return nil, errorf(0, "no s8ch header")
	}
	le := binary.LittleEndian
	t := &Ticket{Version: le.Uint32(b[4:])}
	if t.Version != 1 {
		return nil, errorf(4, "version %d, only version 1 is known", t.Version)
	}
	chainLen, contentLen := uint64(le.Uint32(b[8:])), uint64(le.Uint32(b[12:]))
	if chainLen > MaxChain {
		return nil, errorf(8, "a %d-byte certificate chain, more than %d", chainLen, MaxChain)
	}
	end := 16 + chainLen + contentLen
	if end > uint64(len(b)) {
		return nil, errorf(12, "the chain (%d bytes) and the content (%d bytes) do not fit in %d bytes", chainLen, contentLen, len(b))
	}
	if err := t.readChain(b[16:16+chainLen], 16); err != nil {
		return nil, err
	}
	if err := t.readContent(b[16+chainLen:end], int(16+chainLen)); err != nil {
		return nil, err
	}
	t.Signed = b[:end]
	sig := b[end:]
	var raw asn1.RawValue
	rest, err := asn1.Unmarshal(sig, &raw)
	if err != nil {
		return nil, errorf(int(end), "the signature is not DER: %v", err)
	}
	if len(bytes.Trim(rest, "\x00")) != 0 {
		return nil, errorf(int(end)+len(sig)-len(rest), "%d bytes after the signature are not padding", len(rest))
	}
	t.Signature = sig[:len(sig)-len(rest)]
	return t, nil
}

func (t *Ticket) readChain(b []byte, base int) error {
	var seq asn1.RawValue
	rest, err := asn1.Unmarshal(b, &seq)
	if err != nil || seq.Tag != asn1.TagSequence || len(rest) != 0 {
		return errorf(base, "the certificate chain is not one DER SEQUENCE")
	}
	body := seq.Bytes
	for len(body) > 0 {
		var c asn1.RawValue
		r, err := asn1.Unmarshal(body, &c)
		if err != nil {
			return errorf(base, "a certificate of the chain is not DER: %v", err)
		}
		t.Certificates = append(t.Certificates, c.FullBytes)
		body = r
	}
	if len(t.Certificates) == 0 {
		return errorf(base, "the certificate chain is empty")
	}
	t.Leaf, _ = x509.ParseCertificate(t.Certificates[0])
	return nil
}

func (t *Ticket) readContent(b []byte, base int) error {
	le := binary.LittleEndian
	if len(b) < 24 || !bytes.Equal(b[:4], contentMagic) {
		return errorf(base, "the content does not start with g8tk")
	}
	if v := le.Uint16(b[4:]); v != 2 {
		return errorf(base+4, "content version %d, only version 2 is known", v)
	}
	size := int(le.Uint16(b[6:]))
	if size == 0 || size > MaxHashSize {
		return errorf(base+6, "a hash size of %d bytes", size)
	}
	count := uint64(le.Uint32(b[8:]))
	t.Flags = le.Uint32(b[12:])
	// After year 9999 a time is no time to a report (JSON's RFC 3339 ends
	// there): a damaged ticket's seconds are left unsaid.
	if s := le.Uint64(b[16:]); s < maxIssued {
		t.Issued = time.Unix(int64(s), 0).UTC()
	}
	entries := b[24:]
	if count > MaxCDHashes || count*uint64(1+size) != uint64(len(entries)) {
		return errorf(base+8, "%d entries of %d bytes do not fill the %d bytes that follow", count, 1+size, len(entries))
	}
	t.CDHashes = make([]CDHash, 0, count)
	for i := 0; i < len(entries); i += 1 + size {
		t.CDHashes = append(t.CDHashes, CDHash{HashType: entries[i], Hash: entries[i+1 : i+1+size]})
	}
	return nil
}

// Names says whether the ticket lists this CDHash of this hash type; a
// longer hash is compared on the ticket's (truncated) length.
func (t *Ticket) Names(hashType uint8, hash []byte) bool {
	for _, c := range t.CDHashes {
		if c.HashType == hashType && len(hash) >= len(c.Hash) && bytes.Equal(c.Hash, hash[:len(c.Hash)]) {
			return true
		}
	}
	return false
}

// VerifySignature checks the signature with the leaf's key. It says the
// ticket is intact, not who made it: the chain is not checked here.
func (t *Ticket) VerifySignature() error {
	if t.Leaf == nil {
		return errors.New("the ticket's certificate does not parse")
	}
	pub, ok := t.Leaf.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return errors.New("the ticket's certificate has no ECDSA key")
	}
	sum := sha256.Sum256(t.Signed)
	if !ecdsa.VerifyASN1(pub, sum[:], t.Signature) {
		return errors.New("the ticket's signature does not match its contents (edited after Apple signed it)")
	}
	return nil
}
