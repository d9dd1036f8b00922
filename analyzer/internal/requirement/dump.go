package requirement

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// MaxBlobSize bounds the blobs this package reads. Apple expects requirement
// blobs of a few kilobytes; anything near this size is damage.
const MaxBlobSize = 1 << 20

// maxDepth bounds expression nesting, as Apple's interpreter does (it stops
// at 1000), so a hostile blob cannot exhaust the stack.
const maxDepth = 1000

// keywords are the reserved words of the language; a bare word equal to one
// must be quoted. The empty string is among them so that it prints as "".
var keywords = map[string]bool{
	"guest": true, "host": true, "designated": true, "library": true, "plugin": true,
	"or": true, "and": true, "always": true, "true": true, "never": true, "false": true,
	"identifier": true, "cdhash": true, "platform": true, "notarized": true, "legacy": true,
	"anchor": true, "apple": true, "generic": true, "certificate": true, "cert": true,
	"trusted": true, "info": true, "entitlement": true, "exists": true, "absent": true,
	"leaf": true, "root": true, "timestamp": true, "": true,
}

// blobReader walks a requirement program as Apple's Requirement::Reader does:
// reads are bounds-checked against the blob's declared length, data is a
// length word and bytes padded to 4.
type blobReader struct {
	b  []byte // the blob, cut to its declared length
	pc int
}

func (r *blobReader) need(n uint64) error {
	if n > uint64(len(r.b)-r.pc) {
		return &FormatError{Offset: r.pc, Msg: "program runs past the end of the blob"}
	}
	return nil
}

func (r *blobReader) u32() (uint32, error) {
	if err := r.need(4); err != nil {
		return 0, err
	}
	v := binary.BigEndian.Uint32(r.b[r.pc:])
	r.pc += 4
	return v, nil
}

func (r *blobReader) i64() (int64, error) {
	if err := r.need(8); err != nil {
		return 0, err
	}
	v := int64(binary.BigEndian.Uint64(r.b[r.pc:]))
	r.pc += 8
	return v, nil
}

// data returns the offset and length of the next data item.
func (r *blobReader) data() (int, int, error) {
	n, err := r.u32()
	if err != nil {
		return 0, 0, err
	}
	if err := r.need(uint64(n)); err != nil {
		return 0, 0, err
	}
	off := r.pc
	// Apple advances by the padded length without checking it; the next read
	// then fails if the padding is missing.
	r.pc += (int(n) + 3) &^ 3
	if r.pc > len(r.b) {
		r.pc = len(r.b)
	}
	return off, int(n), nil
}

func (r *blobReader) bytes() ([]byte, error) {
	off, n, err := r.data()
	if err != nil {
		return nil, err
	}
	return r.b[off : off+n], nil
}

// openBlob checks a requirement blob's header and returns it cut to its
// declared length.
func openBlob(blob []byte) ([]byte, error) {
	if len(blob) < 12 {
		return nil, &FormatError{Msg: fmt.Sprintf("%d bytes is too short for a requirement", len(blob))}
	}
	if m := binary.BigEndian.Uint32(blob); m != MagicRequirement {
		return nil, &FormatError{Msg: fmt.Sprintf("magic %#08x is not a requirement (0xfade0c00)", m)}
	}
	n := binary.BigEndian.Uint32(blob[4:])
	switch {
	case n < 12 || uint64(n) > uint64(len(blob)):
		return nil, &FormatError{Offset: 4, Msg: fmt.Sprintf("length %d does not fit the %d bytes given", n, len(blob))}
	case n > MaxBlobSize:
		return nil, &FormatError{Offset: 4, Msg: fmt.Sprintf("length %d is over the %d-byte limit", n, MaxBlobSize)}
	}
	blob = blob[:n]
	switch k := binary.BigEndian.Uint32(blob[8:]); k {
	case KindExpr:
	case KindLWCR:
		return nil, &FormatError{Offset: 8, Msg: "lightweight code requirement (DER form, kind 2) is not supported"}
	default:
		return nil, &FormatError{Offset: 8, Msg: fmt.Sprintf("unknown requirement kind %d", k)}
	}
	return blob, nil
}

// Decompile returns the text of one requirement blob (0xfade0c00) exactly as
// `codesign -d -r-` and `csreq -r- -t` print it.
func Decompile(blob []byte) (string, error) {
	b, err := openBlob(blob)
	if err != nil {
		return "", err
	}
	d := &dumper{r: blobReader{b: b, pc: 12}}
	if err := d.expr(slTop, 0); err != nil {
		return "", err
	}
	// Apple's dump() drops one leading space (printed by unknown opcodes).
	return strings.TrimPrefix(d.out.String(), " "), nil
}

// setEntry is one entry of a requirements set's index.
type setEntry struct {
	Type uint32
	Blob []byte
}

// openSet validates a requirements set (0xfade0c01) the way Apple's
// SuperBlob::validateBlob does and returns its entries in index order.
func openSet(blob []byte) ([]setEntry, error) {
	if len(blob) < 12 {
		return nil, &FormatError{Msg: fmt.Sprintf("%d bytes is too short for a requirements set", len(blob))}
	}
	if m := binary.BigEndian.Uint32(blob); m != MagicRequirements {
		return nil, &FormatError{Msg: fmt.Sprintf("magic %#08x is not a requirements set (0xfade0c01)", m)}
	}
	length := uint64(binary.BigEndian.Uint32(blob[4:]))
	count := uint64(binary.BigEndian.Uint32(blob[8:]))
	ixLimit := 12 + 8*count
	switch {
	case length > uint64(len(blob)):
		return nil, &FormatError{Offset: 4, Msg: fmt.Sprintf("length %d does not fit the %d bytes given", length, len(blob))}
	case length > MaxBlobSize:
		return nil, &FormatError{Offset: 4, Msg: fmt.Sprintf("length %d is over the %d-byte limit", length, MaxBlobSize)}
	case ixLimit > length:
		return nil, &FormatError{Offset: 8, Msg: fmt.Sprintf("index of %d entries does not fit in %d bytes", count, length)}
	}
	blob = blob[:length]
	entries := make([]setEntry, 0, count)
	for i := uint64(0); i < count; i++ {
		at := 12 + 8*i
		typ := binary.BigEndian.Uint32(blob[at:])
		off := uint64(binary.BigEndian.Uint32(blob[at+4:]))
		if off == 0 {
			return nil, &FormatError{Offset: int(at + 4), Msg: fmt.Sprintf("entry %d has no requirement", i)}
		}
		if off < ixLimit || off+8 > length {
			return nil, &FormatError{Offset: int(at + 4), Msg: fmt.Sprintf("entry %d offset %d is outside the set", i, off)}
		}
		n := uint64(binary.BigEndian.Uint32(blob[off+4:]))
		if off+n > length {
			return nil, &FormatError{Offset: int(off + 4), Msg: fmt.Sprintf("entry %d (%d bytes at %d) runs past the set's end", i, n, off)}
		}
		entries = append(entries, setEntry{Type: typ, Blob: blob[off : off+n]})
	}
	return entries, nil
}

// DecompileSet returns the text of each requirement of a set (0xfade0c01), by
// type (3 = designated). When a type appears twice the first counts, as in
// Apple's lookup by type. A single requirement blob (0xfade0c00) is accepted
// too and returned as type 3, as codesign treats an explicit requirement
// given alone.
func DecompileSet(blob []byte) (map[uint32]string, error) {
	if len(blob) >= 4 && binary.BigEndian.Uint32(blob) == MagicRequirement {
		s, err := Decompile(blob)
		if err != nil {
			return nil, err
		}
		return map[uint32]string{TypeDesignated: s}, nil
	}
	entries, err := openSet(blob)
	if err != nil {
		return nil, err
	}
	out := make(map[uint32]string, len(entries))
	for _, e := range entries {
		if _, dup := out[e.Type]; dup {
			continue
		}
		s, err := decompileEntry(e.Blob)
		if err != nil {
			return nil, fmt.Errorf("%s requirement: %w", typeLabel(e.Type), err)
		}
		out[e.Type] = s
	}
	return out, nil
}

// SetText returns a requirements set as `codesign -d -r-` prints it: one line
// per requirement, "designated => …", in the set's order. A single
// requirement blob prints as its text and a newline, as Apple's does.
func SetText(blob []byte) (string, error) {
	if len(blob) >= 4 && binary.BigEndian.Uint32(blob) == MagicRequirement {
		s, err := Decompile(blob)
		if err != nil {
			return "", err
		}
		return s + "\n", nil
	}
	entries, err := openSet(blob)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, e := range entries {
		s, err := decompileEntry(e.Blob)
		if err != nil {
			return "", fmt.Errorf("%s requirement: %w", typeLabel(e.Type), err)
		}
		b.WriteString(typePrefix(e.Type))
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return b.String(), nil
}

// decompileEntry prints one member of a set. Apple prints set members
// without dropping a leading space.
func decompileEntry(blob []byte) (string, error) {
	b, err := openBlob(blob)
	if err != nil {
		return "", err
	}
	d := &dumper{r: blobReader{b: b, pc: 12}}
	if err := d.expr(slTop, 0); err != nil {
		return "", err
	}
	return d.out.String(), nil
}

func typePrefix(t uint32) string {
	if name := TypeName(t); name != "" {
		return name + " => "
	}
	return fmt.Sprintf("/*unknown type*/ %d => ", int32(t))
}

func typeLabel(t uint32) string {
	if name := TypeName(t); name != "" {
		return name
	}
	return fmt.Sprintf("type %d", t)
}

// Syntax levels of the decompiler: an and/or printed below its own level
// gets parentheses.
const (
	slPrimary = iota
	slAnd
	slOr
	slTop
)

// dumper is the decompiler. It follows Apple's reqdumper step by step,
// including how it walks past opcodes it does not know.
type dumper struct {
	r   blobReader
	out strings.Builder
}

func (d *dumper) print(s string) { d.out.WriteString(s) }

func (d *dumper) expr(level, depth int) error {
	if depth >= maxDepth {
		return &FormatError{Offset: d.r.pc, Msg: "expression nested too deeply"}
	}
	w, err := d.r.u32()
	if err != nil {
		return err
	}
	op := Op(w &^ opFlagMask)
	switch op {
	case OpFalse:
		d.print("never")
	case OpTrue:
		d.print("always")
	case OpIdent:
		d.print("identifier ")
		return d.data(false)
	case OpAppleAnchor:
		d.print("anchor apple")
	case OpAppleGenericAnchor:
		d.print("anchor apple generic")
	case OpAnchorHash:
		d.print("certificate")
		if err := d.certSlot(); err != nil {
			return err
		}
		d.print(" = ")
		return d.hash()
	case OpInfoKeyValue:
		d.print("info[")
		if err := d.data(true); err != nil {
			return err
		}
		d.print("] = ")
		return d.data(false)
	case OpAnd, OpOr:
		mine, word := slAnd, " and "
		if op == OpOr {
			mine, word = slOr, " or "
		}
		if level < mine {
			d.print("(")
		}
		if err := d.expr(mine, depth+1); err != nil {
			return err
		}
		d.print(word)
		if err := d.expr(mine, depth+1); err != nil {
			return err
		}
		if level < mine {
			d.print(")")
		}
	case OpNot:
		d.print("! ")
		return d.expr(slPrimary, depth+1)
	case OpCDHash:
		d.print("cdhash ")
		return d.hash()
	case OpInfoKeyField, OpEntitlementField:
		if op == OpInfoKeyField {
			d.print("info[")
		} else {
			d.print("entitlement[")
		}
		if err := d.data(true); err != nil {
			return err
		}
		d.print("]")
		return d.match()
	case OpCertField:
		d.print("certificate")
		if err := d.certSlot(); err != nil {
			return err
		}
		d.print("[")
		if err := d.data(true); err != nil {
			return err
		}
		d.print("]")
		return d.match()
	case OpCertGeneric, OpCertPolicy, OpCertFieldDate:
		d.print("certificate")
		if err := d.certSlot(); err != nil {
			return err
		}
		d.print("[")
		off, n, err := d.r.data()
		if err != nil {
			return err
		}
		d.print(map[Op]string{OpCertGeneric: "field.", OpCertPolicy: "policy.", OpCertFieldDate: "timestamp."}[op])
		d.print(appleOIDString(d.r.b, off, n))
		d.print("]")
		return d.match()
	case OpTrustedCert:
		d.print("certificate")
		if err := d.certSlot(); err != nil {
			return err
		}
		d.print("trusted")
	case OpTrustedCerts:
		d.print("anchor trusted")
	case OpNamedAnchor:
		d.print("anchor apple ")
		return d.data(false)
	case OpNamedCode:
		d.print("(")
		if err := d.data(false); err != nil {
			return err
		}
		d.print(")")
	case OpPlatform:
		v, err := d.r.u32()
		if err != nil {
			return err
		}
		d.print("platform = " + strconv.Itoa(int(int32(v))))
	case OpNotarized:
		d.print("notarized")
	case OpLegacyDevID:
		d.print("legacy")
	default:
		// Apple's decompiler prints unknown opcodes without reading their
		// payload, so what follows is read as if it were code. That is what
		// codesign shows, so it is what this shows.
		switch {
		case w&opGenericFalse != 0:
			d.print(fmt.Sprintf(" false /* opcode %d */", int32(w&^opFlagMask)))
		case w&opGenericSkip != 0:
			d.print(fmt.Sprintf(" /* opcode %d */", int32(w&^opFlagMask)))
		default:
			d.print(fmt.Sprintf("OPCODE %d NOT UNDERSTOOD (ending print)", int32(w)))
		}
	}
	return nil
}

func (d *dumper) certSlot() error {
	v, err := d.r.u32()
	if err != nil {
		return err
	}
	switch s := int32(v); s {
	case SlotRoot:
		d.print(" root")
	case SlotLeaf:
		d.print(" leaf")
	default:
		d.print(" " + strconv.Itoa(int(s)))
	}
	return nil
}

func (d *dumper) match() error {
	w, err := d.r.u32()
	if err != nil {
		return err
	}
	op := MatchOp(w)
	var pre, post string
	switch op {
	case MatchExists:
		d.print(" /* exists */")
		return nil
	case MatchAbsent:
		d.print(" absent ")
		return nil
	case MatchEqual:
		pre = " = "
	case MatchContains:
		pre = " ~ "
	case MatchBeginsWith:
		pre, post = " = ", "*"
	case MatchEndsWith:
		pre = " = *"
	case MatchLessThan, MatchBefore:
		pre = " < "
	case MatchGreaterThan, MatchAfter:
		pre = " > "
	case MatchLessEqual, MatchOnOrBefore:
		pre = " <= "
	case MatchGreaterEqual, MatchOnOrAfter:
		pre = " >= "
	case MatchOn:
		pre = " = "
	default:
		d.print(fmt.Sprintf("MATCH OPCODE %d NOT UNDERSTOOD", int32(w)))
		return nil
	}
	d.print(pre)
	if op.isDateMatch() {
		t, err := d.r.i64()
		if err != nil {
			return err
		}
		d.print("<" + FormatTime(t) + ">")
		return nil
	}
	if err := d.data(false); err != nil {
		return err
	}
	d.print(post)
	return nil
}

func (d *dumper) hash() error {
	b, err := d.r.bytes()
	if err != nil {
		return err
	}
	d.print(`H"` + hexLower(b) + `"`)
	return nil
}

func (d *dumper) data(dotOK bool) error {
	b, err := d.r.bytes()
	if err != nil {
		return err
	}
	d.print(quote(b, dotOK))
	return nil
}

// Print modes of a data value, from best to worst.
const (
	isSimple = iota
	isPrintable
	isBinary
)

// quote renders data as Apple's decompiler does: a bare word when it is
// letters and digits (and dots, in keys) not starting with a digit and not a
// keyword; a quoted string when every byte is printable ASCII or white space;
// otherwise 0x and hex. Character classes are the C locale's, so any byte
// above 0x7f makes the value hex.
func quote(b []byte, dotOK bool) string {
	mode := isSimple
	for i, c := range b {
		switch {
		case isAlnum(c) || (c == '.' && dotOK):
			if i == 0 && c >= '0' && c <= '9' {
				mode = isPrintable
			}
		case (c > ' ' && c < 0x7f) || isCSpace(c):
			if mode == isSimple {
				mode = isPrintable
			}
		default:
			mode = isBinary
		}
		if mode == isBinary {
			break
		}
	}
	if mode == isSimple && keywords[string(b)] {
		mode = isPrintable
	}
	switch mode {
	case isSimple:
		return string(b)
	case isPrintable:
		var s strings.Builder
		s.WriteByte('"')
		for _, c := range b {
			if c == '\\' || c == '"' {
				s.WriteByte('\\')
			}
			s.WriteByte(c)
		}
		s.WriteByte('"')
		return s.String()
	}
	return "0x" + hexLower(b)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isCSpace is isspace in the C locale.
func isCSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func hexLower(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// appleOIDString prints the OID whose content is blob[off:off+n] as Apple's
// CssmData::toOid does, quirks included: the first two arcs go through a
// 10-byte buffer and later ones through 20-byte buffers (so long numbers are
// cut), arcs wrap at 64 bits, and an arc whose last byte has the continuation
// bit set reads one byte past the OID (the padding or next word of the blob).
func appleOIDString(blob []byte, off, n int) string {
	if n == 0 {
		return ""
	}
	at := func(i int) uint64 {
		if off+i < len(blob) {
			return uint64(blob[off+i])
		}
		return 0
	}
	pos := 0
	next := func() uint64 {
		var q uint64
		for {
			q = q*128 + at(pos)&^0x80
			if pos >= n {
				break
			}
			cont := at(pos)&0x80 != 0
			pos++
			if !cont {
				break
			}
		}
		return q
	}
	first := next()
	q1 := min(first/40, 2)
	s := cut(strconv.FormatUint(q1, 10)+"."+strconv.FormatUint(first-q1*40, 10), 9)
	for pos < n {
		s += cut("."+strconv.FormatUint(next(), 10), 19)
	}
	return s
}

// cut emulates snprintf into a buffer of max+1 bytes.
func cut(s string, max int) string {
	if len(s) > max {
		return s[:max]
	}
	return s
}
