package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/signdoctor/signdoctor/internal/wasmbin"
)

func section(id byte, payload []byte) []byte {
	return append(append([]byte{id}, appendULEB(nil, len(payload))...), payload...)
}

func module(segs []segment, after ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, section(5, []byte{1, 0, 2})...) // memory: one, at least 2 pages
	b = append(b, section(11, encodeSegments(segs))...)
	for _, s := range after {
		b = append(b, s...)
	}
	return b
}

// image is the memory a module starts with, from its data segments.
func image(t *testing.T, b []byte) (mem []byte, segments int) {
	t.Helper()
	r := &wasmbin.Reader{B: b, Off: 8}
	for r.Off < len(b) {
		id, _ := r.Byte()
		size, err := r.ULEB()
		if err != nil {
			t.Fatal(err)
		}
		payload, err := r.Bytes(size)
		if err != nil {
			t.Fatal(err)
		}
		if id != 11 {
			continue
		}
		segs, err := readSegments(payload)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range segs {
			if end := s.offset + len(s.data); end > len(mem) {
				mem = append(mem, make([]byte, end-len(mem))...)
			}
			copy(mem[s.offset:], s.data)
		}
		segments = len(segs)
	}
	return mem, segments
}

// Segments closer than the gap become one, with the zeros between them
// written out; a longer run of zeros (187 after the segment at 111) still
// separates two; the memory is the
// same and the sections after the data section are kept.
func TestMerge(t *testing.T) {
	custom := section(0, append([]byte{4}, "name"...))
	in := module([]segment{
		{300, []byte{7}}, // out of memory order, as Go's linker writes them
		{100, []byte{1, 2, 3}},
		{110, []byte{4}},       // 7 zeros after the first
		{111, []byte{5, 6}},    // adjacent
		{70000, []byte{8, 9}},  // offset needing three LEB128 bytes
		{70010, []byte{0, 10}}, // data may hold zeros itself
	}, custom)
	out, err := Merge(in, 100)
	if err != nil {
		t.Fatal(err)
	}
	memIn, nIn := image(t, in)
	memOut, nOut := image(t, out)
	if !bytes.Equal(memIn, memOut) {
		t.Errorf("memory differs after merging")
	}
	if nIn != 6 || nOut != 3 {
		t.Errorf("segments: %d -> %d, want 6 -> 3", nIn, nOut)
	}
	if !bytes.HasSuffix(out, custom) {
		t.Errorf("the section after the data section is lost")
	}
	if !bytes.Equal(out[:8+len(section(5, []byte{1, 0, 2}))], in[:8+len(section(5, []byte{1, 0, 2}))]) {
		t.Errorf("the sections before the data section changed")
	}
}

// A data count section follows the new number of segments.
func TestMergeDataCount(t *testing.T) {
	in := module([]segment{{8, []byte{1}}, {10, []byte{2}}}, section(12, []byte{2}))
	out, err := Merge(in, 8)
	if err != nil {
		t.Fatal(err)
	}
	if want := section(12, []byte{1}); !bytes.HasSuffix(out, want) {
		t.Errorf("data count section not updated: % x", out[len(out)-3:])
	}
}

func TestMergeRefuses(t *testing.T) {
	for name, b := range map[string][]byte{
		"not wasm":    []byte("\x7fELF\x02\x01\x01\x00"),
		"overlapping": module([]segment{{100, []byte{1, 2, 3}}, {101, []byte{4}}}),
		"passive":     append([]byte("\x00asm\x01\x00\x00\x00"), section(11, []byte{1, 1, 1, 9})...),
		"truncated":   module([]segment{{100, []byte{1, 2, 3}}})[:20],
	} {
		if _, err := Merge(b, 8); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// app.wasm of a `make build` in this tree, where there is one: the same
// memory, in far fewer segments.
func TestMergeAppWasm(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "build", "web", "app.wasm"))
	if err != nil {
		t.Skip("no app.wasm (make build writes it):", err)
	}
	out, err := Merge(b, maxGap)
	if err != nil {
		t.Fatal(err)
	}
	memIn, nIn := image(t, b)
	memOut, nOut := image(t, out)
	if !bytes.Equal(memIn, memOut) {
		t.Errorf("memory differs after merging")
	}
	if nOut > nIn {
		t.Errorf("segments: %d -> %d", nIn, nOut)
	}
	t.Logf("segments: %d -> %d", nIn, nOut)
}
