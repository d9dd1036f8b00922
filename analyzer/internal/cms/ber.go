package cms

import (
	"errors"
	"fmt"
)

// Apple writes CMS in BER (indefinite lengths, constructed OCTET STRINGs);
// encoding/asn1 reads DER lengths only. checkBERShape walks the encoding
// once, linearly, and refuses nesting deeper and element counts larger than
// any real CMS has; berToDER then rewrites the lengths.

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
// (a code signature's zero padding) are not read.
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

// berNode is one element of a BER encoding: its identifier octets as read,
// and a primitive's contents or a constructed element's children.
type berNode struct {
	tag      []byte
	contents []byte
	children []berNode
	// size is the length of the contents once re-encoded with definite
	// lengths.
	size int
}

var errBERLength = errors.New("a BER length has a leading zero byte")

// berToDER re-encodes the element at offset 0 of b (which checkBERShape
// accepted) with definite, minimal lengths, and drops the bytes after it.
// Tags, constructed strings and the order of SET elements stay as they are.
func berToDER(b []byte) ([]byte, error) {
	n, _, err := readBER(b, 0)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(n.tag)+derLengthSize(n.size)+n.size)
	return n.appendDER(out), nil
}

func readBER(b []byte, off int) (berNode, int, error) {
	var n berNode
	start := off
	if off+2 > len(b) {
		return n, 0, fmt.Errorf("element at byte %d runs past the end", off)
	}
	constructed := b[off]&0x20 != 0
	off++
	if b[start]&0x1f == 0x1f {
		for off < len(b) && b[off] >= 0x80 {
			off++
		}
		off++
	}
	if off >= len(b) {
		return n, 0, fmt.Errorf("element at byte %d runs past the end", start)
	}
	n.tag = b[start:off]
	l := int(b[off])
	off++
	indefinite := l == 0x80
	length := l
	if l > 0x80 {
		k := l & 0x7f
		if k > 4 || off+k > len(b) {
			return n, 0, fmt.Errorf("bad length at byte %d", start)
		}
		if b[off] == 0 {
			return n, 0, errBERLength
		}
		length = 0
		for _, c := range b[off : off+k] {
			length = length<<8 | int(c)
		}
		off += k
	}
	if !constructed {
		if indefinite || off+length > len(b) {
			return n, 0, fmt.Errorf("bad primitive element at byte %d", start)
		}
		n.contents = b[off : off+length]
		n.size = length
		return n, off + length, nil
	}
	end := off + length
	if !indefinite && end > len(b) {
		return n, 0, fmt.Errorf("element at byte %d runs past the end", start)
	}
	for {
		if indefinite {
			if off+2 > len(b) {
				return n, 0, fmt.Errorf("indefinite-length element at byte %d has no end", start)
			}
			if b[off] == 0 && b[off+1] == 0 {
				return n, off + 2, nil
			}
		} else if off >= end {
			return n, end, nil
		}
		child, next, err := readBER(b, off)
		if err != nil {
			return n, 0, err
		}
		if !indefinite && next > end {
			return n, 0, fmt.Errorf("element at byte %d runs past its parent", off)
		}
		n.children = append(n.children, child)
		n.size += len(child.tag) + derLengthSize(child.size) + child.size
		off = next
	}
}

// derLengthSize is how many bytes the DER length octets of n take.
func derLengthSize(n int) int {
	if n < 0x80 {
		return 1
	}
	size := 1
	for ; n > 0; n >>= 8 {
		size++
	}
	return size
}

func (n *berNode) appendDER(out []byte) []byte {
	out = append(out, n.tag...)
	if n.size < 0x80 {
		out = append(out, byte(n.size))
	} else {
		k := derLengthSize(n.size) - 1
		out = append(out, 0x80|byte(k))
		for i := k - 1; i >= 0; i-- {
			out = append(out, byte(n.size>>(8*i)))
		}
	}
	if n.children == nil {
		return append(out, n.contents...)
	}
	for i := range n.children {
		out = n.children[i].appendDER(out)
	}
	return out
}
