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
