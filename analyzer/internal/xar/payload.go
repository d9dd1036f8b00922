package xar

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
)

// PayloadLimits bound the walk through a Payload or Scripts archive.
type PayloadLimits struct {
	MaxEntries int   // cpio entries
	MaxNameLen int   // bytes of one entry name
	MaxChunk   int64 // bytes of one pbzx chunk
}

// DefaultPayloadLimits fit large real payloads (Xcode's holds ~200,000 files).
var DefaultPayloadLimits = PayloadLimits{MaxEntries: 1000000, MaxNameLen: 4096, MaxChunk: 256 << 20}

// PayloadEntry is one file of a Payload (or Scripts) cpio archive.
type PayloadEntry struct {
	Name string // as stored, "./Applications/App.app/…" trimmed of "./"
	Mode fs.FileMode
	Size int64
}

// Compression names how a payload stream is compressed.
func Compression(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		return "gzip"
	case bytes.HasPrefix(head, []byte("pbzx")):
		return "pbzx"
	case bytes.HasPrefix(head, []byte("BZh")):
		return "bzip2"
	case bytes.HasPrefix(head, []byte("070707")), bytes.HasPrefix(head, []byte("070701")), bytes.HasPrefix(head, []byte("070702")):
		return "none"
	}
	return ""
}

// WalkPayload reads a payload as a stream (gzip, pbzx, bzip2 or plain cpio)
// and calls fn for every entry with a reader of its bytes; what fn leaves
// unread is skipped. It returns the compression it found.
func WalkPayload(r io.Reader, l PayloadLimits, fn func(PayloadEntry, io.Reader) error) (string, error) {
	if l == (PayloadLimits{}) {
		l = DefaultPayloadLimits
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(6)
	comp := Compression(head)
	var src io.Reader
	switch comp {
	case "gzip":
		zr, err := gzip.NewReader(br)
		if err != nil {
			return comp, err
		}
		src = zr
	case "bzip2":
		zr, err := newBzip2Reader(br)
		if err != nil {
			return comp, err
		}
		src = zr
	case "pbzx":
		src = &pbzxReader{r: br, max: l.MaxChunk}
	case "none":
		src = br
	default:
		return "", fmt.Errorf("the payload is neither gzip, pbzx, bzip2 nor cpio (it starts % x)", head)
	}
	return comp, walkCPIO(bufio.NewReaderSize(src, 64<<10), l, fn)
}

func walkCPIO(r *bufio.Reader, l PayloadLimits, fn func(PayloadEntry, io.Reader) error) error {
	for n := 0; ; n++ {
		if n >= l.MaxEntries {
			return fmt.Errorf("the payload holds more than %d entries", l.MaxEntries)
		}
		magic := make([]byte, 6)
		if _, err := io.ReadFull(r, magic); err != nil {
			if err == io.EOF && n > 0 {
				return nil // no trailer: tolerated
			}
			return fmt.Errorf("entry %d: %w", n, err)
		}
		var e PayloadEntry
		var nameSize int64
		var pad func(int64) int64
		switch string(magic) {
		case "070707":
			var h [70]byte
			if _, err := io.ReadFull(r, h[:]); err != nil {
				return fmt.Errorf("entry %d: %w", n, err)
			}
			mode, err1 := strconv.ParseUint(string(h[12:18]), 8, 32)
			ns, err2 := strconv.ParseUint(string(h[53:59]), 8, 32)
			fsz, err3 := strconv.ParseUint(string(h[59:70]), 8, 63)
			if err := errors.Join(err1, err2, err3); err != nil {
				return fmt.Errorf("entry %d: a header field is not octal", n)
			}
			e.Mode, nameSize, e.Size = cpioMode(uint32(mode)), int64(ns), int64(fsz)
			pad = func(int64) int64 { return 0 }
		case "070701", "070702":
			var h [104]byte
			if _, err := io.ReadFull(r, h[:]); err != nil {
				return fmt.Errorf("entry %d: %w", n, err)
			}
			field := func(i int) (uint64, error) { return strconv.ParseUint(string(h[i*8:i*8+8]), 16, 32) }
			mode, err1 := field(1)
			fsz, err2 := field(6)
			ns, err3 := field(11)
			if err := errors.Join(err1, err2, err3); err != nil {
				return fmt.Errorf("entry %d: a header field is not hexadecimal", n)
			}
			e.Mode, nameSize, e.Size = cpioMode(uint32(mode)), int64(ns), int64(fsz)
			pad = func(k int64) int64 { return (4 - k%4) % 4 }
		default:
			return fmt.Errorf("entry %d: no cpio magic (% x)", n, magic)
		}
		if nameSize <= 0 || nameSize > int64(l.MaxNameLen) {
			return fmt.Errorf("entry %d: a %d-byte name (limit %d)", n, nameSize, l.MaxNameLen)
		}
		name := make([]byte, nameSize)
		if _, err := io.ReadFull(r, name); err != nil {
			return fmt.Errorf("entry %d: %w", n, err)
		}
		hdrLen := int64(6 + 104)
		if string(magic) == "070707" {
			hdrLen = 76
		}
		if _, err := r.Discard(int(pad(hdrLen + nameSize))); err != nil {
			return fmt.Errorf("entry %d: %w", n, err)
		}
		e.Name = strings.TrimPrefix(strings.TrimRight(string(name), "\x00"), "./")
		if e.Name == "TRAILER!!!" {
			return nil
		}
		body := io.LimitReader(r, e.Size)
		if err := fn(e, body); err != nil {
			return err
		}
		if _, err := io.Copy(io.Discard, body); err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		if _, err := r.Discard(int(pad(e.Size))); err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
	}
}

// cpioMode converts a Unix st_mode to an fs.FileMode.
func cpioMode(m uint32) fs.FileMode {
	mode := fs.FileMode(m & 0o777)
	switch m & 0o170000 {
	case 0o040000:
		mode |= fs.ModeDir
	case 0o120000:
		mode |= fs.ModeSymlink
	case 0o100000:
	default:
		mode |= fs.ModeIrregular
	}
	return mode
}

// pbzxReader decodes Apple's pbzx stream: "pbzx", a u64 flags word, then
// chunks of (u64 flags, u64 length, data), each data xz-compressed or, when
// it does not start with xz's magic, stored.
type pbzxReader struct {
	r       *bufio.Reader
	max     int64
	started bool
	cur     io.Reader
}

func (p *pbzxReader) Read(b []byte) (int, error) {
	for {
		if p.cur != nil {
			n, err := p.cur.Read(b)
			if err == io.EOF {
				p.cur = nil
				if n > 0 {
					return n, nil
				}
				continue
			}
			return n, err
		}
		if !p.started {
			var h [12]byte
			if _, err := io.ReadFull(p.r, h[:]); err != nil {
				return 0, fmt.Errorf("pbzx header: %w", err)
			}
			p.started = true
		}
		var ch [16]byte
		if _, err := io.ReadFull(p.r, ch[:]); err != nil {
			if err == io.EOF {
				return 0, io.EOF
			}
			return 0, fmt.Errorf("pbzx chunk header: %w", err)
		}
		n := int64(binary.BigEndian.Uint64(ch[8:]))
		if n <= 0 || n > p.max {
			return 0, fmt.Errorf("a pbzx chunk of %d bytes (limit %d)", n, p.max)
		}
		chunk := io.LimitReader(p.r, n)
		head, _ := p.r.Peek(6)
		if bytes.Equal(head, []byte{0xfd, '7', 'z', 'X', 'Z', 0}) {
			xr, err := newXZReader(chunk)
			if err != nil {
				return 0, fmt.Errorf("pbzx chunk: %w", err)
			}
			p.cur = &drain{xr, chunk}
		} else {
			p.cur = chunk
		}
	}
}

// drain reads an xz stream and then whatever is left of its chunk (padding).
type drain struct {
	xr    io.Reader
	chunk io.Reader
}

func (d *drain) Read(b []byte) (int, error) {
	n, err := d.xr.Read(b)
	if err == io.EOF {
		if _, err := io.Copy(io.Discard, d.chunk); err != nil {
			return n, err
		}
	}
	return n, err
}
