package entitlements

import (
	"encoding/binary"
	"math"
	"time"
	"unicode/utf16"
)

// ParseBinary reads a binary property list (bplist00) whose top level is a
// dictionary. It is our own reader rather than the plist package's because a
// binary plist may share one object from many places: expanding that into Go
// values naively grows exponentially, so every produced value is charged
// against MaxElements here.
func ParseBinary(b []byte) (map[string]any, error) {
	if len(b) > MaxSize {
		return nil, errorf(FormatBinary, -1, "%d bytes is over the %d-byte limit", len(b), MaxSize)
	}
	p, err := newBplist(b)
	if err != nil {
		return nil, err
	}
	v, err := p.object(p.top, 0)
	if err != nil {
		return nil, err
	}
	return topDict(FormatBinary, v)
}

type bplist struct {
	b          []byte
	offsetSize int
	refSize    int
	numObjects uint64
	top        uint64
	table      int // offset of the offset table
	budget     int
	stack      []uint64 // objects being expanded, to refuse cycles
}

const bplistTrailer = 32

func newBplist(b []byte) (*bplist, error) {
	if len(b) < 8+bplistTrailer || string(b[:8]) != "bplist00" {
		return nil, errorf(FormatBinary, 0, "no bplist00 header and trailer")
	}
	t := b[len(b)-bplistTrailer:]
	p := &bplist{
		b:          b,
		offsetSize: int(t[6]),
		refSize:    int(t[7]),
		numObjects: binary.BigEndian.Uint64(t[8:]),
		top:        binary.BigEndian.Uint64(t[16:]),
		budget:     MaxElements,
	}
	tableOff := binary.BigEndian.Uint64(t[24:])
	end := uint64(len(b) - bplistTrailer)
	switch {
	case p.offsetSize < 1 || p.offsetSize > 8 || p.refSize < 1 || p.refSize > 8:
		return nil, errorf(FormatBinary, len(b)-bplistTrailer, "offset size %d or reference size %d is not 1-8", p.offsetSize, p.refSize)
	case p.numObjects == 0 || p.numObjects > uint64(len(b)):
		return nil, errorf(FormatBinary, len(b)-bplistTrailer, "object count %d does not fit the file", p.numObjects)
	case p.top >= p.numObjects:
		return nil, errorf(FormatBinary, len(b)-bplistTrailer, "top object %d is not among the %d objects", p.top, p.numObjects)
	case tableOff < 8 || tableOff > end || (end-tableOff)/uint64(p.offsetSize) < p.numObjects:
		return nil, errorf(FormatBinary, len(b)-bplistTrailer, "offset table at %d does not fit the file", tableOff)
	}
	p.table = int(tableOff)
	return p, nil
}

// uint reads a big-endian unsigned integer of n (1-8) bytes at off.
func (p *bplist) uint(off, n int) (uint64, bool) {
	if off < 0 || n < 1 || n > 8 || off > len(p.b)-n {
		return 0, false
	}
	var v uint64
	for _, c := range p.b[off : off+n] {
		v = v<<8 | uint64(c)
	}
	return v, true
}

func (p *bplist) objectOffset(ref uint64) (int, error) {
	if ref >= p.numObjects {
		return 0, errorf(FormatBinary, -1, "reference to object %d of %d", ref, p.numObjects)
	}
	off, ok := p.uint(p.table+int(ref)*p.offsetSize, p.offsetSize)
	if !ok || off < 8 || off >= uint64(p.table) {
		return 0, errorf(FormatBinary, -1, "object %d has offset %d outside the object area", ref, off)
	}
	return int(off), nil
}

// count reads the length of a variable-size object: the marker's low nibble,
// or, when that is 0xF, an integer object that follows.
func (p *bplist) count(off int) (n uint64, next int, err error) {
	low := p.b[off] & 0x0f
	if low != 0x0f {
		return uint64(low), off + 1, nil
	}
	if off+1 >= p.table || p.b[off+1]&0xf0 != 0x10 {
		return 0, 0, errorf(FormatBinary, off, "length is not an integer object")
	}
	size := 1 << (p.b[off+1] & 0x0f)
	v, ok := p.uint(off+2, size)
	if !ok || size > 8 || off+2+size > p.table {
		return 0, 0, errorf(FormatBinary, off, "length runs past the object area")
	}
	return v, off + 2 + size, nil
}

// span checks that n items of size bytes starting at off lie in the object
// area, before anything is allocated for them.
func (p *bplist) span(off int, n uint64, size int) error {
	if n > uint64(p.table) || uint64(off)+n*uint64(size) > uint64(p.table) {
		return errorf(FormatBinary, off, "%d items run past the object area", n)
	}
	return nil
}

func (p *bplist) object(ref uint64, depth int) (any, error) {
	p.budget--
	if p.budget < 0 {
		return nil, errorf(FormatBinary, -1, "more than %d elements", MaxElements)
	}
	if depth > MaxDepth {
		return nil, errorf(FormatBinary, -1, "nested deeper than %d levels", MaxDepth)
	}
	off, err := p.objectOffset(ref)
	if err != nil {
		return nil, err
	}
	marker := p.b[off]
	switch marker >> 4 {
	case 0x0:
		switch marker {
		case 0x08:
			return false, nil
		case 0x09:
			return true, nil
		}
		return nil, errorf(FormatBinary, off, "unsupported marker 0x%02x", marker)
	case 0x1:
		size := 1 << (marker & 0x0f)
		if size > 16 {
			return nil, errorf(FormatBinary, off, "integer of %d bytes", size)
		}
		if size == 16 {
			// 128-bit integers store the value in the low 8 bytes.
			v, ok := p.uint(off+9, 8)
			if !ok || off+17 > p.table {
				return nil, errorf(FormatBinary, off, "integer runs past the object area")
			}
			return int64(v), nil
		}
		v, ok := p.uint(off+1, size)
		if !ok || off+1+size > p.table {
			return nil, errorf(FormatBinary, off, "integer runs past the object area")
		}
		if size == 8 {
			return int64(v), nil // 8-byte integers are signed
		}
		return int64(v), nil
	case 0x2:
		size := 1 << (marker & 0x0f)
		v, ok := p.uint(off+1, size)
		if !ok || off+1+size > p.table {
			return nil, errorf(FormatBinary, off, "real runs past the object area")
		}
		switch size {
		case 4:
			return float64(math.Float32frombits(uint32(v))), nil
		case 8:
			return math.Float64frombits(v), nil
		}
		return nil, errorf(FormatBinary, off, "real of %d bytes", size)
	case 0x3:
		v, ok := p.uint(off+1, 8)
		if marker != 0x33 || !ok || off+9 > p.table {
			return nil, errorf(FormatBinary, off, "malformed date")
		}
		secs := math.Float64frombits(v)
		if math.IsNaN(secs) || math.Abs(secs) > 1e11 {
			return nil, errorf(FormatBinary, off, "date out of range")
		}
		// Dates count seconds from 2001-01-01 UTC.
		return time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(secs * float64(time.Second))), nil
	case 0x4, 0x5, 0x6:
		n, start, err := p.count(off)
		if err != nil {
			return nil, err
		}
		unit := 1
		if marker>>4 == 0x6 {
			unit = 2
		}
		if err := p.span(start, n, unit); err != nil {
			return nil, err
		}
		raw := p.b[start : start+int(n)*unit]
		switch marker >> 4 {
		case 0x4:
			return append([]byte(nil), raw...), nil
		case 0x5:
			return string(raw), nil
		}
		u := make([]uint16, n)
		for i := range u {
			u[i] = binary.BigEndian.Uint16(raw[2*i:])
		}
		return string(utf16.Decode(u)), nil
	case 0xA, 0xD:
		n, start, err := p.count(off)
		if err != nil {
			return nil, err
		}
		if n > uint64(p.table) {
			return nil, errorf(FormatBinary, off, "%d items run past the object area", n)
		}
		refs := n
		if marker>>4 == 0xD {
			refs = 2 * n // n is at most the file size here, so this cannot overflow
		}
		if err := p.span(start, refs, p.refSize); err != nil {
			return nil, err
		}
		if refs > uint64(p.budget) {
			return nil, errorf(FormatBinary, off, "more than %d elements", MaxElements)
		}
		for _, s := range p.stack {
			if s == ref {
				return nil, errorf(FormatBinary, off, "collection contains itself")
			}
		}
		p.stack = append(p.stack, ref)
		defer func() { p.stack = p.stack[:len(p.stack)-1] }()
		ref := func(i uint64) uint64 {
			v, _ := p.uint(start+int(i)*p.refSize, p.refSize)
			return v
		}
		if marker>>4 == 0xA {
			out := make([]any, 0, n)
			for i := uint64(0); i < n; i++ {
				v, err := p.object(ref(i), depth+1)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return out, nil
		}
		out := make(map[string]any, n)
		for i := uint64(0); i < n; i++ {
			k, err := p.object(ref(i), depth+1)
			if err != nil {
				return nil, err
			}
			key, ok := k.(string)
			if !ok {
				return nil, errorf(FormatBinary, off, "dictionary key is %s, not a string", TypeName(k))
			}
			v, err := p.object(ref(n+i), depth+1)
			if err != nil {
				return nil, err
			}
			out[key] = v
		}
		return out, nil
	}
	return nil, errorf(FormatBinary, off, "unsupported marker 0x%02x", marker)
}
