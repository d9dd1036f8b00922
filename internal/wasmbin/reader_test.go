package wasmbin

import (
	"errors"
	"testing"
)

func TestReader(t *testing.T) {
	r := &Reader{B: []byte{0xe5, 0x8e, 0x26, 0x7f, 0x80, 0x80, 0x80, 0x80, 0x78, 3, 'a', 'b', 'c', 9}}
	if v, err := r.ULEB(); v != 624485 || err != nil {
		t.Errorf("ULEB: %d, %v", v, err)
	}
	if v, err := r.SLEB(); v != 0xffffffff || err != nil { // -1 as the address it is
		t.Errorf("SLEB -1: %#x, %v", v, err)
	}
	if v, err := r.SLEB(); v != 0x80000000 || err != nil { // -1<<31
		t.Errorf("SLEB min: %#x, %v", v, err)
	}
	if s, err := r.Name(); s != "abc" || err != nil {
		t.Errorf("Name: %q, %v", s, err)
	}
	if _, err := r.Bytes(2); !errors.Is(err, ErrShort) {
		t.Errorf("Bytes past the end: %v", err)
	}
	if _, err := (&Reader{B: []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x01}}).ULEB(); err == nil {
		t.Error("a LEB128 longer than 5 bytes was read")
	}
	if _, err := (&Reader{B: []byte{0xff, 0xff, 0xff, 0xff, 0x7f}}).ULEB(); err == nil {
		t.Error("a value over 32 bits was read")
	}
	if _, err := (&Reader{B: []byte{0x80}}).ULEB(); !errors.Is(err, ErrShort) {
		t.Errorf("truncated LEB128: %v", err)
	}
}

func TestModuleSections(t *testing.T) {
	if _, err := Module([]byte("\x7fELF\x02\x01\x01\x00")); err == nil {
		t.Error("an ELF file was taken for wasm")
	}
	r, err := Module([]byte("\x00asm\x01\x00\x00\x00\x0b\x02ab\x00\x05x"))
	if err != nil {
		t.Fatal(err)
	}
	if id, p, err := r.Section(); id != 11 || string(p) != "ab" || err != nil {
		t.Errorf("first section: %d %q %v", id, p, err)
	}
	if _, _, err := r.Section(); !errors.Is(err, ErrShort) {
		t.Errorf("a section longer than the file: %v", err)
	}
}
