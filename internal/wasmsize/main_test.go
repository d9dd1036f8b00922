package main

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

func uleb(n int) []byte {
	var out []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			out = append(out, c|0x80)
			continue
		}
		return append(out, c)
	}
}

func section(id byte, payload []byte) []byte {
	return append(append([]byte{id}, uleb(len(payload))...), payload...)
}

func str(s string) []byte { return append(uleb(len(s)), s...) }

// A module with one imported function and three bodies named for two
// packages: each body's bytes count for its package, and the index space
// starts after the import.
func TestRead(t *testing.T) {
	imports := append(uleb(1), append(append(str("go"), str("debug")...), 0, 0)...)
	var code []byte
	code = append(code, uleb(3)...)
	for _, n := range []int{10, 300, 5} {
		code = append(append(code, uleb(n)...), bytes.Repeat([]byte{0x0b}, n)...)
	}
	var fn []byte
	fn = append(fn, uleb(4)...)
	for i, name := range []string{"go.debug", "runtime.mallocgc", "github.com_signdoctor_signdoctor_analyzer.Analyze", "runtime.gcStart"} {
		fn = append(append(fn, uleb(i)...), str(name)...)
	}
	names := append(str("name"), append([]byte{1}, append(uleb(len(fn)), fn...)...)...)
	wasm := []byte("\x00asm\x01\x00\x00\x00")
	wasm = append(wasm, section(2, imports)...)
	wasm = append(wasm, section(10, code)...)
	wasm = append(wasm, section(11, make([]byte, 40))...)
	wasm = append(wasm, section(0, names)...)
	p, err := Read(wasm)
	if err != nil {
		t.Fatal(err)
	}
	if p.ByPackage["runtime"] != 15 || p.ByPackage["github.com_signdoctor_signdoctor_analyzer"] != 300 || p.Data != 40 || p.Unnamed != 0 {
		t.Errorf("profile %+v", p)
	}
	var out strings.Builder
	p.Print(&out, 5)
	if !strings.Contains(out.String(), "github.com_signdoctor_signdoctor_analyzer") || !strings.Contains(out.String(), "signdoctor") {
		t.Errorf("print:\n%s", out.String())
	}
	// Cut anywhere, it reads or fails, never panics; cut inside a section, it fails.
	for i := range wasm {
		_, _ = Read(wasm[:i])
	}
	if _, err := Read(wasm[:len(wasm)-1]); err == nil {
		t.Error("a file cut inside its last section read without error")
	}
}

// A data section holding Go's pclntab header, split by the linker around
// its zeros: the function-name and pc-value tables are sized from the
// header's offsets.
func TestReadPclntab(t *testing.T) {
	h := []byte{0xf1, 0xff, 0xff, 0xff, 0, 0, 1, 8}
	for _, v := range []uint64{100, 10, 0, 72, 1072, 1100, 1200, 1500} {
		h = binary.LittleEndian.AppendUint64(h, v)
	}
	segment := func(addr int, b []byte) []byte {
		return append(append(append([]byte{0, 0x41}, uleb(addr)...), 0x0b), append(uleb(len(b)), b...)...)
	}
	data := append(uleb(2), segment(4096, h[:24])...)
	data = append(data, segment(4096+32, h[32:])...)
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), section(11, append(data, make([]byte, 2000)...))...)
	p, err := Read(wasm)
	if err != nil {
		t.Fatal(err)
	}
	if p.FuncNames != 1000 || p.PCTables != 300 {
		t.Errorf("function names %d, pc tables %d; want 1000 and 300", p.FuncNames, p.PCTables)
	}
	var out strings.Builder
	p.Print(&out, 5)
	if !strings.Contains(out.String(), "function names 1000") {
		t.Errorf("print:\n%s", out.String())
	}
}
