//go:build !js

package xar

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"testing"

	"github.com/ulikunitz/xz"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// pbzx wraps data as Apple's pbzx stream: "pbzx", flags, then chunks of
// (flags, length, xz data), the last one stored without xz.
func pbzx(t *testing.T, chunks ...[]byte) []byte {
	var out bytes.Buffer
	out.WriteString("pbzx")
	binary.Write(&out, binary.BigEndian, uint64(1<<24))
	for i, c := range chunks {
		payload := c
		if i < len(chunks)-1 {
			var x bytes.Buffer
			w, err := xz.NewWriter(&x)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(c)
			w.Close()
			payload = x.Bytes()
		}
		binary.Write(&out, binary.BigEndian, uint64(1<<24))
		binary.Write(&out, binary.BigEndian, uint64(len(payload)))
		out.Write(payload)
	}
	return out.Bytes()
}

func TestWalkPayloadPBZX(t *testing.T) {
	gz := testsign.Payload([]testsign.CPIOEntry{
		{Name: "./Applications", Mode: 0o40755},
		{Name: "./Applications/tool", Mode: 0o100755, Data: bytes.Repeat([]byte("x"), 5000)},
		{Name: "./Applications/readme", Mode: 0o100644, Data: []byte("hi")},
	})
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	cpio, _ := io.ReadAll(zr)
	half := len(cpio) / 2
	stream := pbzx(t, cpio[:half], cpio[half:])
	var names []string
	var sizes []int64
	comp, err := WalkPayload(bytes.NewReader(stream), PayloadLimits{}, func(e PayloadEntry, body io.Reader) error {
		b, _ := io.ReadAll(body)
		names, sizes = append(names, e.Name), append(sizes, int64(len(b)))
		return nil
	})
	if err != nil || comp != "pbzx" {
		t.Fatalf("compression %q, error %v", comp, err)
	}
	if len(names) != 3 || names[1] != "Applications/tool" || sizes[1] != 5000 || sizes[2] != 2 {
		t.Errorf("entries %q sizes %v", names, sizes)
	}
}
