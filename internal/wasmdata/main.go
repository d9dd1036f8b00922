// Command wasmdata rewrites the data section of a WebAssembly binary built
// by Go into fewer, longer segments, in place. The memory the module starts
// with is the same byte for byte.
//
// Go's linker starts a new data segment after every run of 8 or more zero
// bytes, up to 100,000 segments: that is the smallest raw file, but each
// segment costs a header (its memory offset and length) that brotli
// compresses poorly. app.wasm had 100,000 segments, about 90,000 of them
// under 8 bytes (mostly the runtime's function lookup table). Writing the
// short zero runs out instead and keeping one segment per stretch of data
// made app.wasm about 1 MB larger raw and 125 KB smaller brotli'd.
//
//	go run ./internal/wasmdata app.wasm
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/signdoctor/signdoctor/internal/wasmbin"
)

// maxGap is the longest run of zero bytes written out inside a segment;
// a longer one starts a new segment. Measured on app.wasm with brotli at
// quality 11, 1 KB compressed best (64 bytes and 16 KB were within 3 KB).
const maxGap = 1024

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmdata FILE.wasm")
		os.Exit(2)
	}
	err := rewrite(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmdata:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := Merge(b, maxGap)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}

// segment is an active data segment of memory 0: bytes copied to a fixed
// offset when the module starts.
type segment struct {
	offset int
	data   []byte
}

// Merge returns the module with consecutive data segments joined where
// fewer than gap zero bytes separate them, in memory order. Only the data
// section changes;
// a module with segments in another form (passive, another memory, an
// offset that is not a constant) or with overlapping segments is refused.
func Merge(b []byte, gap int) ([]byte, error) {
	r, err := wasmbin.Module(b)
	if err != nil {
		return nil, err
	}
	out := bytes.NewBuffer(make([]byte, 0, len(b)+len(b)/8))
	out.Write(b[:8])
	merged := -1 // segments after merging, once the data section is seen
	for r.Off < len(b) {
		start := r.Off
		id, payload, err := r.Section()
		if err != nil {
			return nil, err
		}
		switch id {
		case 11: // data
			segs, err := readSegments(payload)
			if err != nil {
				return nil, err
			}
			segs = join(segs, gap)
			merged = len(segs)
			writeSection(out, 11, encodeSegments(segs))
		case 12: // data count, which must equal the number of segments
			if merged < 0 {
				return nil, errors.New("data count section before the data section is not supported")
			}
			writeSection(out, 12, appendULEB(nil, merged))
		default:
			out.Write(b[start:r.Off])
		}
	}
	return out.Bytes(), nil
}

func readSegments(p []byte) ([]segment, error) {
	r := &wasmbin.Reader{B: p}
	n, err := r.ULEB()
	if err != nil {
		return nil, err
	}
	segs := make([]segment, 0, min(n, len(p)/4))
	for range n {
		kind, err := r.Byte()
		if err != nil {
			return nil, err
		}
		if kind != 0 {
			return nil, fmt.Errorf("data segment of kind %d (only active segments of memory 0 are supported)", kind)
		}
		if op, err := r.Byte(); err != nil || op != 0x41 { // i32.const
			return nil, errors.New("data segment offset is not an i32.const")
		}
		offset, err := r.SLEB()
		if err != nil {
			return nil, err
		}
		if op, err := r.Byte(); err != nil || op != 0x0b { // end
			return nil, errors.New("data segment offset is not a single i32.const")
		}
		size, err := r.ULEB()
		if err != nil {
			return nil, err
		}
		data, err := r.Bytes(size)
		if err != nil {
			return nil, err
		}
		segs = append(segs, segment{offset, data})
	}
	if r.Off != len(p) {
		return nil, errors.New("bytes after the last data segment")
	}
	// Go's linker writes its sections' segments out of memory order.
	slices.SortStableFunc(segs, func(a, b segment) int { return a.offset - b.offset })
	for i := 1; i < len(segs); i++ {
		if end := segs[i-1].offset + len(segs[i-1].data); segs[i].offset < end {
			return nil, fmt.Errorf("data segment at %d overlaps the one before, which ends at %d", segs[i].offset, end)
		}
	}
	return segs, nil
}

// join merges segments, in memory order, across runs of fewer than gap
// zero bytes.
func join(segs []segment, gap int) []segment {
	var out []segment
	for _, s := range segs {
		if len(out) > 0 {
			last := &out[len(out)-1]
			if zeros := s.offset - (last.offset + len(last.data)); zeros < gap {
				last.data = append(append(last.data, make([]byte, zeros)...), s.data...)
				continue
			}
		}
		out = append(out, segment{s.offset, append([]byte(nil), s.data...)})
	}
	return out
}

func encodeSegments(segs []segment) []byte {
	p := appendULEB(nil, len(segs))
	for _, s := range segs {
		p = append(p, 0, 0x41)
		p = appendSLEB(p, int(int32(uint32(s.offset))))
		p = append(p, 0x0b)
		p = appendULEB(p, len(s.data))
		p = append(p, s.data...)
	}
	return p
}

func writeSection(out *bytes.Buffer, id byte, payload []byte) {
	out.WriteByte(id)
	out.Write(appendULEB(nil, len(payload)))
	out.Write(payload)
}

func appendULEB(b []byte, n int) []byte {
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// appendSLEB writes an i32.const operand: signed LEB128.
func appendSLEB(b []byte, n int) []byte {
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n == 0 && c&0x40 == 0 || n == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
