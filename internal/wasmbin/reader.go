// Package wasmbin reads the parts of a WebAssembly binary that the build's
// tools look at (internal/wasmsize, internal/wasmdata): bytes, LEB128
// numbers and names, every read bounded by the input.
package wasmbin

import "errors"

// ErrShort is a read past the end of the input.
var ErrShort = errors.New("truncated wasm")

// Module returns a Reader at the first section of the wasm binary b, or an
// error when b does not start with wasm's magic number and a version.
func Module(b []byte) (*Reader, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly binary")
	}
	return &Reader{B: b, Off: 8}, nil
}

// Reader reads B from Off on.
type Reader struct {
	B   []byte
	Off int
}

// Byte reads one byte.
func (r *Reader) Byte() (byte, error) {
	if r.Off >= len(r.B) {
		return 0, ErrShort
	}
	r.Off++
	return r.B[r.Off-1], nil
}

// ULEB reads an unsigned LEB128 of at most 32 bits.
func (r *Reader) ULEB() (int, error) {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.Byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			if v > 1<<32-1 {
				return 0, errors.New("LEB128 value too large")
			}
			return int(v), nil
		}
	}
	return 0, errors.New("LEB128 too long")
}

// SLEB reads an i32 in signed LEB128 (a data segment's offset) as the
// unsigned address it is.
func (r *Reader) SLEB() (int, error) {
	var v int64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.Byte()
		if err != nil {
			return 0, err
		}
		v |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v -= 1 << (shift + 7)
			}
			if v < -1<<31 || v > 1<<31-1 {
				return 0, errors.New("i32.const out of range")
			}
			return int(uint32(int32(v))), nil
		}
	}
	return 0, errors.New("LEB128 too long")
}

// Bytes reads the next n bytes, without copying them.
func (r *Reader) Bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.B)-r.Off {
		return nil, ErrShort
	}
	r.Off += n
	return r.B[r.Off-n : r.Off], nil
}

// Name reads a name: its length in LEB128, then its bytes.
func (r *Reader) Name() (string, error) {
	n, err := r.ULEB()
	if err != nil {
		return "", err
	}
	b, err := r.Bytes(n)
	return string(b), err
}

// Section reads a section: its id, then its payload (length-prefixed).
func (r *Reader) Section() (id byte, payload []byte, err error) {
	if id, err = r.Byte(); err != nil {
		return 0, nil, err
	}
	n, err := r.ULEB()
	if err != nil {
		return 0, nil, err
	}
	payload, err = r.Bytes(n)
	return id, payload, err
}
