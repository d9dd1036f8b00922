// Package xar reads macOS installer packages (.pkg): the xar archive format
// that pkgbuild and productbuild write, and productsign signs.
//
// A xar file is a 28-byte (or longer) big-endian header, a zlib-compressed XML
// table of contents (TOC), then the heap. The heap starts with the checksum of
// the compressed TOC; the TOC's <signature> (PKCS#1 RSA) and <x-signature>
// (CMS) elements point into the heap at signatures over that checksum, with
// their certificates in the TOC itself. Every file's archived bytes carry a
// checksum in the TOC, so the signature covers the whole package through the
// TOC checksum.
//
// `stapler` appends the notarization ticket after everything the TOC
// references, framed by 16-byte little-endian "t8lr" records.
//
// Nothing is read whole: the TOC is bounded (Limits), file data is read
// through the io.ReaderAt and decompressed as a stream, bounded by the sizes
// the TOC declares.
package xar

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"io"
	"path"
	"strconv"
	"strings"
)

// Limits bound what a package may make the reader do.
type Limits struct {
	MaxTOCCompressed int64 // bytes of compressed TOC
	MaxTOCSize       int64 // bytes of TOC XML once inflated
	MaxFiles         int   // <file> elements in the TOC
	MaxDepth         int   // nesting of <file> elements
	MaxSmallFile     int64 // bytes of a file read whole (Distribution, PackageInfo)
	MaxTicket        int64 // bytes of a stapled ticket
}

// DefaultLimits fit every real package seen (TOCs of a few KB to a few
// hundred KB: a product archive lists its component packages, not their
// payloads) with a wide margin.
var DefaultLimits = Limits{
	MaxTOCCompressed: 16 << 20,
	MaxTOCSize:       64 << 20,
	MaxFiles:         100000,
	MaxDepth:         64,
	MaxSmallFile:     4 << 20,
	MaxTicket:        1 << 20,
}

// Header is the fixed part of a xar file.
type Header struct {
	Size            uint16
	Version         uint16
	TOCCompressed   uint64
	TOCUncompressed uint64
	ChecksumAlg     uint32 // 0 none, 1 sha1, 2 md5, 3 named (ChecksumName)
	ChecksumName    string
}

// Error is a package that breaks the format or a limit.
type Error struct {
	Off int64
	Msg string
}

func (e *Error) Error() string {
	if e.Off >= 0 {
		return fmt.Sprintf("xar: %s (at offset %d)", e.Msg, e.Off)
	}
	return "xar: " + e.Msg
}

func errorf(off int64, format string, args ...any) error {
	return &Error{Off: off, Msg: fmt.Sprintf(format, args...)}
}

// Signature is one <signature> or <x-signature> element.
type Signature struct {
	Style string // "RSA" or "CMS"
	// Offset and Size locate the signature in the heap.
	Offset, Size int64
	// Certificates are the DER certificates the TOC lists, leaf first.
	Certificates [][]byte
	// Data is the signature as stored (a CMS slot is zero-padded).
	Data []byte
	// Err says why the signature could not be read from the heap.
	Err error
}

// File is one file of the archive, with its path from the root.
type File struct {
	Path string
	Type string // file, directory, symlink, hardlink
	Data *Data  // nil for directories and files without data
}

// Data is where a file's bytes are and how they are stored.
type Data struct {
	Offset, Length, Size int64  // heap offset, archived length, extracted size
	Encoding             string // application/x-gzip (zlib), application/octet-stream, application/x-bzip2
	ArchivedAlg          string
	ArchivedChecksum     string // hex, as the TOC records it
}

// Archive is an opened package.
type Archive struct {
	Header  Header
	r       io.ReaderAt
	size    int64
	HeapOff int64
	// TOC is the inflated XML.
	TOC []byte
	// CreationTime is the TOC's <creation-time>, as written.
	CreationTime string
	// ChecksumStyle, ChecksumOffset, ChecksumSize are the TOC's <checksum>.
	ChecksumStyle                string
	ChecksumOffset, ChecksumSize int64
	// StoredChecksum is the checksum the heap holds; Computed is the hash of
	// the compressed TOC as it is now. They differ when the TOC changed.
	StoredChecksum, ComputedChecksum []byte
	ChecksumErr                      error
	Signature, XSignature            *Signature
	Files                            []*File
	// End is the first byte after every heap range the TOC references.
	End int64
	// Ticket is the stapled notarization ticket ("s8ch…"), nil when none.
	Ticket    []byte
	TicketErr error
}

// Open reads the header, the TOC, the checksum, the signatures and the
// stapled ticket. Files' data is read later, on demand.
func Open(r io.ReaderAt, size int64, l Limits) (*Archive, error) {
	if l == (Limits{}) {
		l = DefaultLimits
	}
	var hb [28]byte
	if size < int64(len(hb)) {
		return nil, errorf(0, "%d bytes is shorter than a xar header", size)
	}
	if _, err := r.ReadAt(hb[:], 0); err != nil {
		return nil, errorf(0, "reading the header: %v", err)
	}
	if string(hb[:4]) != "xar!" {
		return nil, errorf(0, "no xar! magic")
	}
	be := binary.BigEndian
	a := &Archive{r: r, size: size}
	h := &a.Header
	h.Size, h.Version = be.Uint16(hb[4:]), be.Uint16(hb[6:])
	h.TOCCompressed, h.TOCUncompressed = be.Uint64(hb[8:]), be.Uint64(hb[16:])
	h.ChecksumAlg = be.Uint32(hb[24:])
	if h.Size < 28 {
		return nil, errorf(4, "header size %d is smaller than 28", h.Size)
	}
	if h.Version != 1 {
		return nil, errorf(6, "version %d (only version 1 exists)", h.Version)
	}
	if h.ChecksumAlg == 3 && h.Size > 28 {
		name := make([]byte, int(h.Size)-28)
		if int64(h.Size) > size {
			return nil, errorf(4, "header size %d runs past the end of the file", h.Size)
		}
		if _, err := r.ReadAt(name, 28); err != nil {
			return nil, errorf(28, "reading the checksum name: %v", err)
		}
		h.ChecksumName = string(bytes.TrimRight(name, "\x00"))
	}
	if h.TOCCompressed == 0 || h.TOCCompressed > uint64(l.MaxTOCCompressed) {
		return nil, errorf(8, "compressed TOC of %d bytes (limit %d)", h.TOCCompressed, l.MaxTOCCompressed)
	}
	if h.TOCUncompressed > uint64(l.MaxTOCSize) {
		return nil, errorf(16, "TOC of %d bytes once inflated (limit %d)", h.TOCUncompressed, l.MaxTOCSize)
	}
	a.HeapOff = int64(h.Size) + int64(h.TOCCompressed)
	if a.HeapOff > size {
		return nil, errorf(8, "the TOC (%d bytes after the header) runs past the end of the %d-byte file", h.TOCCompressed, size)
	}
	raw := make([]byte, h.TOCCompressed)
	if _, err := r.ReadAt(raw, int64(h.Size)); err != nil {
		return nil, errorf(int64(h.Size), "reading the TOC: %v", err)
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, errorf(int64(h.Size), "the TOC is not zlib data: %v", err)
	}
	toc, err := io.ReadAll(io.LimitReader(zr, l.MaxTOCSize+1))
	if err != nil {
		return nil, errorf(int64(h.Size), "inflating the TOC: %v", err)
	}
	if int64(len(toc)) > l.MaxTOCSize {
		return nil, errorf(16, "the TOC inflates past %d bytes", l.MaxTOCSize)
	}
	if uint64(len(toc)) != h.TOCUncompressed {
		return nil, errorf(16, "the TOC inflates to %d bytes, the header says %d", len(toc), h.TOCUncompressed)
	}
	a.TOC = toc
	if err := a.parseTOC(l); err != nil {
		return nil, err
	}
	a.readChecksum(raw)
	for _, s := range []*Signature{a.Signature, a.XSignature} {
		if s != nil {
			s.Data, s.Err = a.heap(s.Offset, s.Size, "signature")
		}
	}
	a.readTicket(l)
	return a, nil
}

// heap reads n bytes at heap offset off.
func (a *Archive) heap(off, n int64, what string) ([]byte, error) {
	if off < 0 || n < 0 || n > 1<<20 || off > a.size-a.HeapOff || n > a.size-a.HeapOff-off {
		return nil, errorf(-1, "the %s (heap offset %d, %d bytes) lies outside the file", what, off, n)
	}
	b := make([]byte, n)
	if _, err := a.r.ReadAt(b, a.HeapOff+off); err != nil {
		return nil, errorf(a.HeapOff+off, "reading the %s: %v", what, err)
	}
	return b, nil
}

// newHash returns the hash named by a TOC style ("sha1", "md5", "sha256", …).
func newHash(style string) hash.Hash {
	switch strings.ToLower(style) {
	case "sha1":
		return sha1.New()
	case "md5":
		return md5.New()
	case "sha256":
		return sha256.New()
	case "sha384":
		return sha512.New384()
	case "sha512":
		return sha512.New()
	}
	return nil
}

func (a *Archive) readChecksum(rawTOC []byte) {
	if a.ChecksumStyle == "" {
		a.ChecksumErr = errors.New("the TOC names no checksum")
		return
	}
	h := newHash(a.ChecksumStyle)
	if h == nil {
		a.ChecksumErr = fmt.Errorf("checksum style %q is not one signdoctor knows", a.ChecksumStyle)
		return
	}
	h.Write(rawTOC)
	a.ComputedChecksum = h.Sum(nil)
	if a.ChecksumSize != int64(h.Size()) {
		a.ChecksumErr = fmt.Errorf("the TOC's %s checksum is %d bytes long, not %d", a.ChecksumStyle, a.ChecksumSize, h.Size())
		return
	}
	a.StoredChecksum, a.ChecksumErr = a.heap(a.ChecksumOffset, a.ChecksumSize, "TOC checksum")
}

// ChecksumOK says the heap's TOC checksum is the hash of the TOC as it is.
func (a *Archive) ChecksumOK() bool {
	return a.ChecksumErr == nil && bytes.Equal(a.StoredChecksum, a.ComputedChecksum)
}

// readTicket looks for stapler's trailer in the last 16 bytes: "t8lr",
// version (u16 LE), type (u16 LE, 2 = ticket), length (u32 LE), 4 zero
// bytes; the ticket precedes it, and a terminator record (type 1) precedes
// the ticket.
func (a *Archive) readTicket(l Limits) {
	const rec = 16
	if a.size-a.End < rec {
		return
	}
	var t [rec]byte
	if _, err := a.r.ReadAt(t[:], a.size-rec); err != nil {
		return
	}
	if string(t[:4]) != "t8lr" {
		return
	}
	le := binary.LittleEndian
	typ, n := le.Uint16(t[6:]), int64(le.Uint32(t[8:]))
	if typ != 2 {
		a.TicketErr = fmt.Errorf("the trailer record at the end is of type %d, not a ticket (2)", typ)
		return
	}
	if n <= 0 || n > l.MaxTicket || n > a.size-a.End-2*rec {
		a.TicketErr = fmt.Errorf("the trailer declares a %d-byte ticket that does not fit after the archive", n)
		return
	}
	tk := make([]byte, n)
	if _, err := a.r.ReadAt(tk, a.size-rec-n); err != nil {
		a.TicketErr = err
		return
	}
	var term [rec]byte
	if _, err := a.r.ReadAt(term[:], a.size-rec-n-rec); err != nil || string(term[:4]) != "t8lr" || le.Uint16(term[6:]) != 1 {
		a.TicketErr = errors.New("the ticket is not preceded by stapler's terminator record")
	}
	if !bytes.HasPrefix(tk, []byte("s8ch")) {
		a.TicketErr = errors.New("the stapled data does not start with a ticket's s8ch magic")
		return
	}
	a.Ticket = tk
}

// parseTOC walks the TOC XML as a stream of tokens: nesting and size are
// bounded here, not by encoding/xml's recursion into structs.
func (a *Archive) parseTOC(l Limits) error {
	dec := xml.NewDecoder(bytes.NewReader(a.TOC))
	dec.Strict = true
	type open struct {
		name string
		file *File
	}
	var stack []open
	var files []*File // the <file> elements enclosing the current token
	var sig *Signature
	var text []byte
	const maxText = 1 << 20
	parent := func(n int) string {
		if len(stack) > n {
			return stack[len(stack)-1-n].name
		}
		return ""
	}
	attr := func(e xml.StartElement, name string) string {
		for _, at := range e.Attr {
			if at.Name.Local == name {
				return at.Value
			}
		}
		return ""
	}
	num := func(s string) (int64, error) {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v < 0 {
			return 0, errorf(-1, "the TOC holds %q where a number belongs", s)
		}
		return v, nil
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return errorf(-1, "the TOC is not well-formed XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if len(stack) >= 2*l.MaxDepth+8 {
				return errorf(-1, "elements nest more than %d deep in the TOC", 2*l.MaxDepth+8)
			}
			text = text[:0]
			o := open{name: name}
			switch {
			case name == "file":
				if len(a.Files) >= l.MaxFiles {
					return errorf(-1, "the TOC lists more than %d files", l.MaxFiles)
				}
				if len(files) >= l.MaxDepth {
					return errorf(-1, "files nest more than %d deep in the TOC", l.MaxDepth)
				}
				o.file = &File{}
				files = append(files, o.file)
			case name == "data" && parent(0) == "file" && len(files) > 0:
				files[len(files)-1].Data = &Data{}
			case name == "encoding" && parent(0) == "data" && len(files) > 0 && files[len(files)-1].Data != nil:
				files[len(files)-1].Data.Encoding = attr(t, "style")
			case name == "archived-checksum" && parent(0) == "data" && len(files) > 0 && files[len(files)-1].Data != nil:
				files[len(files)-1].Data.ArchivedAlg = attr(t, "style")
			case name == "checksum" && parent(0) == "toc":
				a.ChecksumStyle = attr(t, "style")
			case (name == "signature" || name == "x-signature") && parent(0) == "toc":
				sig = &Signature{Style: attr(t, "style")}
				if name == "signature" {
					a.Signature = sig
				} else {
					a.XSignature = sig
				}
			}
			stack = append(stack, o)
		case xml.CharData:
			if len(text)+len(t) > maxText {
				return errorf(-1, "an element of the TOC holds more than %d bytes of text", maxText)
			}
			text = append(text, t...)
		case xml.EndElement:
			if len(stack) == 0 {
				return errorf(-1, "the TOC closes an element it never opened")
			}
			name, up, up2 := parent(0), parent(1), parent(2)
			val := strings.TrimSpace(string(text))
			text = text[:0]
			var cur *File
			if len(files) > 0 {
				cur = files[len(files)-1]
			}
			switch {
			case name == "creation-time" && up == "toc":
				a.CreationTime = val
			case (name == "offset" || name == "size") && up == "checksum" && up2 == "toc":
				v, err := num(val)
				if err != nil {
					return err
				}
				if name == "offset" {
					a.ChecksumOffset = v
				} else {
					a.ChecksumSize = v
				}
			case (name == "offset" || name == "size") && (up == "signature" || up == "x-signature") && up2 == "toc" && sig != nil:
				v, err := num(val)
				if err != nil {
					return err
				}
				if name == "offset" {
					sig.Offset = v
				} else {
					sig.Size = v
				}
			case name == "X509Certificate" && sig != nil && up == "X509Data":
				if der, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(val), "")); err == nil {
					sig.Certificates = append(sig.Certificates, der)
				}
			case (name == "signature" || name == "x-signature") && up == "toc":
				sig = nil
			case name == "name" && up == "file" && cur != nil:
				cur.Path = val
			case name == "type" && up == "file" && cur != nil:
				cur.Type = val
			case (name == "offset" || name == "length" || name == "size") && up == "data" && up2 == "file" && cur != nil && cur.Data != nil:
				v, err := num(val)
				if err != nil {
					return err
				}
				switch name {
				case "offset":
					cur.Data.Offset = v
				case "length":
					cur.Data.Length = v
				default:
					cur.Data.Size = v
				}
			case name == "archived-checksum" && up == "data" && cur != nil && cur.Data != nil:
				cur.Data.ArchivedChecksum = strings.ToLower(val)
			case name == "file" && cur != nil:
				if err := a.addFile(files); err != nil {
					return err
				}
				files = files[:len(files)-1]
			}
			stack = stack[:len(stack)-1]
		}
	}
	a.End = a.HeapOff + a.ChecksumOffset + a.ChecksumSize
	for _, s := range []*Signature{a.Signature, a.XSignature} {
		if s != nil {
			a.End = max(a.End, a.HeapOff+s.Offset+s.Size)
		}
	}
	for _, f := range a.Files {
		if d := f.Data; d != nil {
			if d.Offset > a.size || d.Length > a.size-a.HeapOff-d.Offset {
				return errorf(-1, "%s: its data (heap offset %d, %d bytes) lies outside the file", f.Path, d.Offset, d.Length)
			}
			a.End = max(a.End, a.HeapOff+d.Offset+d.Length)
		}
	}
	return nil
}

// addFile completes the innermost open <file>: its path is its name under
// the names of the files that enclose it (<name> comes before nested files).
func (a *Archive) addFile(open []*File) error {
	f := open[len(open)-1]
	name := f.Path
	if name == "" || strings.Contains(name, "/") || name == "." || name == ".." {
		return errorf(-1, "a file in the TOC has the name %q", name)
	}
	var parts []string
	for _, p := range open[:len(open)-1] {
		parts = append(parts, baseOf(p.Path))
	}
	f.Path = path.Join(append(parts, name)...)
	a.Files = append(a.Files, f)
	return nil
}

// baseOf is the last element of a file's path (an enclosing file's path is
// still its bare name until it closes).
func baseOf(p string) string { return path.Base(p) }

// Lookup returns the file at p, or nil.
func (a *Archive) Lookup(p string) *File {
	for _, f := range a.Files {
		if f.Path == p {
			return f
		}
	}
	return nil
}

// Open returns the file's extracted bytes as a stream, at most its declared
// size, and a function that says, once the stream has been read to its end,
// whether the archived bytes matched their checksum ("" when they did or when
// there is none to check).
func (a *Archive) Open(f *File) (io.Reader, func() string, error) {
	d := f.Data
	if d == nil {
		return bytes.NewReader(nil), func() string { return "" }, nil
	}
	sr := io.NewSectionReader(a.r, a.HeapOff+d.Offset, d.Length)
	var h hash.Hash
	var src io.Reader = sr
	if d.ArchivedChecksum != "" {
		if h = newHash(d.ArchivedAlg); h != nil {
			src = io.TeeReader(sr, h)
		}
	}
	verdict := func() string {
		if h == nil {
			return ""
		}
		// Hash whatever the decoder left unread, so the archived bytes are
		// judged whole.
		if _, err := io.Copy(io.Discard, src); err != nil {
			return fmt.Sprintf("%s: reading its data: %v", f.Path, err)
		}
		if got := hex.EncodeToString(h.Sum(nil)); got != d.ArchivedChecksum {
			return fmt.Sprintf("%s: its data's %s is %s, the TOC records %s", f.Path, d.ArchivedAlg, got, d.ArchivedChecksum)
		}
		return ""
	}
	var out io.Reader
	switch d.Encoding {
	case "application/x-gzip", "application/zlib":
		zr, err := zlib.NewReader(src)
		if err != nil {
			return nil, verdict, fmt.Errorf("%s: not zlib data: %w", f.Path, err)
		}
		out = zr
	case "application/x-bzip2":
		zr, err := newBzip2Reader(src)
		if err != nil {
			return nil, verdict, fmt.Errorf("%s: %w", f.Path, err)
		}
		out = zr
	case "", "application/octet-stream":
		out = src
	default:
		return nil, verdict, fmt.Errorf("%s: stored with encoding %q, which signdoctor does not read", f.Path, d.Encoding)
	}
	return io.LimitReader(out, d.Size), verdict, nil
}

// ReadSmall reads a whole small file (Distribution, PackageInfo), checking
// its archived checksum.
func (a *Archive) ReadSmall(f *File, l Limits) ([]byte, error) {
	if l == (Limits{}) {
		l = DefaultLimits
	}
	if f.Data == nil {
		return nil, nil
	}
	if f.Data.Size > l.MaxSmallFile {
		return nil, fmt.Errorf("%s is %d bytes, more than the %d read whole", f.Path, f.Data.Size, l.MaxSmallFile)
	}
	r, verdict, err := a.Open(f)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(r)
	// A file whose bytes changed usually fails to inflate too: its checksum
	// says what happened, so it is judged first.
	if msg := verdict(); msg != "" {
		return b, &ChecksumError{Msg: msg}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	return b, nil
}

// ChecksumError is file data that does not match the TOC's checksum.
type ChecksumError struct{ Msg string }

func (e *ChecksumError) Error() string { return e.Msg }
