package cms

import (
	"bytes"
	"testing"
)

// TestBERToDER: indefinite lengths become definite, non-minimal ones
// minimal; a constructed OCTET STRING stays constructed (Parse joins its
// chunks); bytes after the element (a code signature's padding) are dropped.
func TestBERToDER(t *testing.T) {
	long := bytes.Repeat([]byte{'x'}, 200)
	for _, tc := range []struct {
		name     string
		ber, der []byte
	}{
		{"indefinite", []byte{0x30, 0x80, 0x02, 0x01, 0x05, 0x00, 0x00}, []byte{0x30, 0x03, 0x02, 0x01, 0x05}},
		{"nested indefinite with chunks",
			[]byte{0x30, 0x80, 0xa0, 0x80, 0x24, 0x80, 0x04, 0x02, 'a', 'b', 0x04, 0x01, 'c', 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
			[]byte{0x30, 0x0b, 0xa0, 0x09, 0x24, 0x07, 0x04, 0x02, 'a', 'b', 0x04, 0x01, 'c'}},
		{"non-minimal length", []byte{0x30, 0x81, 0x03, 0x02, 0x01, 0x05}, []byte{0x30, 0x03, 0x02, 0x01, 0x05}},
		{"padding after", []byte{0x30, 0x03, 0x02, 0x01, 0x05, 0, 0, 0, 0}, []byte{0x30, 0x03, 0x02, 0x01, 0x05}},
		{"empty indefinite", []byte{0x30, 0x80, 0x31, 0x80, 0x00, 0x00, 0x00, 0x00}, []byte{0x30, 0x02, 0x31, 0x00}},
		{"long form out",
			append(append([]byte{0x30, 0x80, 0x04, 0x81, 200}, long...), 0, 0),
			append([]byte{0x30, 0x81, 203, 0x04, 0x81, 200}, long...)},
		{"two length bytes",
			append(append([]byte{0x30, 0x80, 0x04, 0x82, 0x01, 0x00}, bytes.Repeat([]byte{'y'}, 256)...), 0, 0),
			append([]byte{0x30, 0x82, 0x01, 0x04, 0x04, 0x82, 0x01, 0x00}, bytes.Repeat([]byte{'y'}, 256)...)},
	} {
		if err := checkBERShape(tc.ber); err != nil {
			t.Errorf("%s: checkBERShape: %v", tc.name, err)
			continue
		}
		got, err := berToDER(tc.ber)
		if err != nil || !bytes.Equal(got, tc.der) {
			t.Errorf("%s: berToDER = % x, %v; want % x", tc.name, got, err, tc.der)
		}
	}
	// A length with a leading zero byte is refused: neither DER nor the BER
	// Apple writes has one.
	if _, err := berToDER([]byte{0x30, 0x82, 0x00, 0x03, 0x02, 0x01, 0x05}); err == nil {
		t.Error("a length with a leading zero byte was accepted")
	}
}
