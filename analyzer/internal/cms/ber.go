package cms

import "fmt"

// The PKCS #7 library converts BER to DER before parsing, re-encoding every
// nested level into a fresh buffer: on deeply nested input (a few kilobytes of
// indefinite-length headers) that costs seconds to minutes and a lot of
// memory. checkBERShape walks the encoding once, linearly, and refuses
// nesting deeper and element counts larger than any real CMS has, before
// the library sees the bytes.

const (
	// maxBERDepth: Apple's CMS nests about 12 levels (SignedData, SignerInfo,
	// attributes, certificates with their extensions); 48 leaves room.
	maxBERDepth = 48
	// maxBERElements bounds the element count (a profile has a few thousand).
	maxBERElements = 200000
)

type berWalker struct {
	b      []byte
	budget int
}

// checkBERShape checks the element starting at offset 0; bytes after it
// are left to the library.
func checkBERShape(b []byte) error {
	w := &berWalker{b: b, budget: maxBERElements}
	_, err := w.element(0, 0)
	return err
}

func (w *berWalker) element(off, depth int) (int, error) {
	if depth > maxBERDepth {
		return 0, fmt.Errorf("nested deeper than %d levels at byte %d", maxBERDepth, off)
	}
	w.budget--
	if w.budget < 0 {
		return 0, fmt.Errorf("more than %d elements", maxBERElements)
	}
	b := w.b
	if off+2 > len(b) {
		return 0, fmt.Errorf("element at byte %d runs past the end", off)
	}
	constructed := b[off]&0x20 != 0
	pos := off + 1
	if b[off]&0x1f == 0x1f { // high tag number: base-128 digits
		for n := 0; ; n++ {
			if pos >= len(b) || n > 4 {
				return 0, fmt.Errorf("bad tag at byte %d", off)
			}
			pos++
			if b[pos-1] < 0x80 {
				break
			}
		}
	}
	if pos >= len(b) {
		return 0, fmt.Errorf("element at byte %d runs past the end", off)
	}
	l := b[pos]
	pos++
	switch {
	case l == 0x80:
		if !constructed {
			return 0, fmt.Errorf("indefinite length on a primitive element at byte %d", off)
		}
		for {
			if pos+2 > len(b) {
				return 0, fmt.Errorf("indefinite-length element at byte %d has no end", off)
			}
			if b[pos] == 0 && b[pos+1] == 0 {
				return pos + 2, nil
			}
			next, err := w.element(pos, depth+1)
			if err != nil {
				return 0, err
			}
			pos = next
		}
	case l > 0x80:
		n := int(l & 0x7f)
		if n > 4 || pos+n > len(b) {
			return 0, fmt.Errorf("bad length at byte %d", off)
		}
		length := 0
		for i := 0; i < n; i++ {
			length = length<<8 | int(b[pos+i])
		}
		pos += n
		return w.content(off, pos, length, constructed, depth)
	default:
		return w.content(off, pos, int(l), constructed, depth)
	}
}

func (w *berWalker) content(off, pos, length int, constructed bool, depth int) (int, error) {
	end := pos + length
	if length < 0 || end > len(w.b) {
		return 0, fmt.Errorf("the element at byte %d needs more bytes than the file has (cut short?)", off)
	}
	if !constructed {
		return end, nil
	}
	for pos < end {
		next, err := w.element(pos, depth+1)
		if err != nil {
			return 0, err
		}
		if next > end {
			return 0, fmt.Errorf("element at byte %d runs past its parent", pos)
		}
		pos = next
	}
	return end, nil
}
