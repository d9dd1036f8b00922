package entitlements

import (
	"bytes"
	"fmt"
	"sort"
	"unicode/utf8"
)

// DER entitlements (code-signature slot 7, blob magic 0xfade7172) as codesign
// writes them, checked against the signatures in the corpus bundles:
//
//	[APPLICATION 16] {            -- 0x70
//	    INTEGER 1                 -- version
//	    [CONTEXT 16] {            -- 0xb0: a dictionary
//	        SEQUENCE { UTF8String key, value } ...   -- sorted by key
//	    }
//	}
//
// A value is a UTF8String, BOOLEAN (0xff true), INTEGER, SEQUENCE (an array)
// or [CONTEXT 16] (a nested dictionary). Some third-party signers write a
// bare SET of key/value SEQUENCEs instead, with BOOLEAN true as 0x01 and the
// entries in DER SET order (seen in the app-info fixtures); DecodeDERInfo
// reads that too and says so.

// DERInfo describes how a DER blob was written.
type DERInfo struct {
	// AppleForm: the APPLICATION 16 wrapper with a version, as codesign writes.
	AppleForm bool
	Version   int64
	// Canonical: encoding the decoded value again gives the same bytes, so
	// the blob is in the exact form codesign produces.
	Canonical bool
}

const (
	derBoolean    = 0x01
	derInteger    = 0x02
	derUTF8String = 0x0c
	derSequence   = 0x30
	derSet        = 0x31
	derAppl16     = 0x70
	derContext16  = 0xb0
)

// DecodeDER reads DER entitlements into a dictionary.
func DecodeDER(b []byte) (map[string]any, error) {
	m, _, err := DecodeDERInfo(b)
	return m, err
}

// DecodeDERInfo reads DER entitlements and says which form they are in.
func DecodeDERInfo(b []byte) (map[string]any, DERInfo, error) {
	var info DERInfo
	if len(b) > MaxSize {
		return nil, info, errorf(FormatDER, -1, "%d bytes is over the %d-byte limit", len(b), MaxSize)
	}
	d := &derDecoder{b: b, budget: MaxElements}
	tag, content, next, err := d.tlv(0, len(b))
	if err != nil {
		return nil, info, err
	}
	if next != len(b) {
		return nil, info, errorf(FormatDER, next, "%d bytes after the entitlements", len(b)-next)
	}
	var m map[string]any
	switch tag {
	case derAppl16:
		info.AppleForm = true
		vtag, vcontent, after, err := d.tlv(content[0], content[1])
		if err != nil {
			return nil, info, err
		}
		if vtag != derInteger {
			return nil, info, errorf(FormatDER, content[0], "expected the version INTEGER, found tag 0x%02x", vtag)
		}
		version, err := d.integer(vcontent)
		if err != nil {
			return nil, info, err
		}
		info.Version = version
		dtag, dcontent, end, err := d.tlv(after, content[1])
		if err != nil {
			return nil, info, err
		}
		if dtag != derContext16 {
			return nil, info, errorf(FormatDER, after, "expected the [16] dictionary, found tag 0x%02x", dtag)
		}
		if end != content[1] {
			return nil, info, errorf(FormatDER, end, "unexpected bytes after the dictionary")
		}
		m, err = d.dict(dcontent, 1)
		if err != nil {
			return nil, info, err
		}
	case derSet:
		m, err = d.dict(content, 1)
		if err != nil {
			return nil, info, err
		}
	default:
		return nil, info, errorf(FormatDER, 0, "outer tag 0x%02x is neither [APPLICATION 16] nor SET", tag)
	}
	if info.AppleForm {
		if enc, err := EncodeDERVersion(m, info.Version); err == nil && bytes.Equal(enc, b) {
			info.Canonical = true
		}
	}
	return m, info, nil
}

type derDecoder struct {
	b      []byte
	budget int
}

// span is [start, end) of a TLV's content within b.
type span [2]int

// tlv reads one tag-length-value starting at off that must end by limit.
func (d *derDecoder) tlv(off, limit int) (tag byte, content span, next int, err error) {
	if off >= limit || limit > len(d.b) {
		return 0, span{}, 0, errorf(FormatDER, off, "element expected but the data ends")
	}
	tag = d.b[off]
	if tag&0x1f == 0x1f {
		return 0, span{}, 0, errorf(FormatDER, off, "multi-byte tags are not used in entitlements")
	}
	n, hl, ok := derLength(d.b[off:limit], 1)
	if !ok {
		return 0, span{}, 0, errorf(FormatDER, off, "malformed or indefinite length")
	}
	start := off + hl
	if n > limit-start {
		return 0, span{}, 0, errorf(FormatDER, off, "length %d runs past the end (%d bytes left)", n, limit-start)
	}
	return tag, span{start, start + n}, start + n, nil
}

// derLength reads a definite length at b[at:]; it returns the length, the
// header size counted from b[0], and whether it is well formed.
func derLength(b []byte, at int) (n, headerLen int, ok bool) {
	if at >= len(b) {
		return 0, 0, false
	}
	c := b[at]
	if c < 0x80 {
		return int(c), at + 1, true
	}
	k := int(c & 0x7f)
	if k == 0 || k > 4 || at+1+k > len(b) {
		return 0, 0, false // indefinite, or longer than any real blob
	}
	for _, x := range b[at+1 : at+1+k] {
		n = n<<8 | int(x)
	}
	if n > MaxSize {
		return 0, 0, false
	}
	return n, at + 1 + k, true
}

func (d *derDecoder) integer(c span) (int64, error) {
	raw := d.b[c[0]:c[1]]
	if len(raw) == 0 || len(raw) > 8 {
		return 0, errorf(FormatDER, c[0], "INTEGER of %d bytes", len(raw))
	}
	v := int64(int8(raw[0])) // sign-extend
	for _, x := range raw[1:] {
		v = v<<8 | int64(x)
	}
	return v, nil
}

func (d *derDecoder) value(tag byte, c span, depth int) (any, error) {
	d.budget--
	if d.budget < 0 {
		return nil, errorf(FormatDER, c[0], "more than %d elements", MaxElements)
	}
	if depth > MaxDepth {
		return nil, errorf(FormatDER, c[0], "nested deeper than %d levels", MaxDepth)
	}
	switch tag {
	case derUTF8String:
		s := d.b[c[0]:c[1]]
		if !utf8.Valid(s) {
			return nil, errorf(FormatDER, c[0], "UTF8String is not valid UTF-8")
		}
		return string(s), nil
	case derBoolean:
		if c[1]-c[0] != 1 {
			return nil, errorf(FormatDER, c[0], "BOOLEAN of %d bytes", c[1]-c[0])
		}
		return d.b[c[0]] != 0, nil
	case derInteger:
		return d.integer(c)
	case derSequence:
		var out []any
		for off := c[0]; off < c[1]; {
			t, ec, next, err := d.tlv(off, c[1])
			if err != nil {
				return nil, err
			}
			v, err := d.value(t, ec, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
			off = next
		}
		if out == nil {
			out = []any{}
		}
		return out, nil
	case derContext16, derSet:
		return d.dict(c, depth+1)
	}
	return nil, errorf(FormatDER, c[0], "unsupported element tag 0x%02x", tag)
}

// dict reads SEQUENCE { UTF8String key, value } entries.
func (d *derDecoder) dict(c span, depth int) (map[string]any, error) {
	if depth > MaxDepth {
		return nil, errorf(FormatDER, c[0], "nested deeper than %d levels", MaxDepth)
	}
	out := map[string]any{}
	for off := c[0]; off < c[1]; {
		t, ec, next, err := d.tlv(off, c[1])
		if err != nil {
			return nil, err
		}
		if t != derSequence {
			return nil, errorf(FormatDER, off, "dictionary entry has tag 0x%02x, not SEQUENCE", t)
		}
		kt, kc, afterKey, err := d.tlv(ec[0], ec[1])
		if err != nil {
			return nil, err
		}
		if kt != derUTF8String {
			return nil, errorf(FormatDER, ec[0], "dictionary key has tag 0x%02x, not UTF8String", kt)
		}
		key := string(d.b[kc[0]:kc[1]])
		vt, vc, end, err := d.tlv(afterKey, ec[1])
		if err != nil {
			return nil, err
		}
		if end != ec[1] {
			return nil, errorf(FormatDER, end, "dictionary entry %q has extra elements", key)
		}
		v, err := d.value(vt, vc, depth+1)
		if err != nil {
			return nil, err
		}
		if _, dup := out[key]; dup {
			return nil, errorf(FormatDER, off, "key %q appears twice", key)
		}
		out[key] = v
		off = next
	}
	return out, nil
}

// EncodeDER writes entitlements as codesign does (version 1, keys sorted).
// Values that DER entitlements cannot hold (data, dates, reals) are an error,
// as they are for codesign.
func EncodeDER(m map[string]any) ([]byte, error) { return EncodeDERVersion(m, 1) }

// EncodeDERVersion is EncodeDER with a chosen version number.
func EncodeDERVersion(m map[string]any, version int64) ([]byte, error) {
	dict, err := encodeDict(m, 0)
	if err != nil {
		return nil, err
	}
	body := append(derTLV(derInteger, encodeInt(version)), dict...)
	return derTLV(derAppl16, body), nil
}

func encodeDict(m map[string]any, depth int) ([]byte, error) {
	if depth > MaxDepth {
		return nil, fmt.Errorf("nested deeper than %d levels", MaxDepth)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // byte order, as codesign sorts
	var body []byte
	for _, k := range keys {
		v, err := encodeValue(m[k], depth+1)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		entry := append(derTLV(derUTF8String, []byte(k)), v...)
		body = append(body, derTLV(derSequence, entry)...)
	}
	return derTLV(derContext16, body), nil
}

func encodeValue(v any, depth int) ([]byte, error) {
	switch x := v.(type) {
	case string:
		return derTLV(derUTF8String, []byte(x)), nil
	case bool:
		if x {
			return derTLV(derBoolean, []byte{0xff}), nil
		}
		return derTLV(derBoolean, []byte{0x00}), nil
	case int64:
		return derTLV(derInteger, encodeInt(x)), nil
	case int:
		return derTLV(derInteger, encodeInt(int64(x))), nil
	case uint64:
		if x > 1<<63-1 {
			return nil, fmt.Errorf("integer %d is out of range", x)
		}
		return derTLV(derInteger, encodeInt(int64(x))), nil
	case []any:
		if depth > MaxDepth {
			return nil, fmt.Errorf("nested deeper than %d levels", MaxDepth)
		}
		var body []byte
		for _, e := range x {
			ev, err := encodeValue(e, depth+1)
			if err != nil {
				return nil, err
			}
			body = append(body, ev...)
		}
		return derTLV(derSequence, body), nil
	case map[string]any:
		return encodeDict(x, depth+1)
	}
	return nil, fmt.Errorf("a %s value cannot be written as DER entitlements", TypeName(v))
}

// encodeInt is the minimal two's-complement form.
func encodeInt(v int64) []byte {
	b := []byte{byte(v)}
	for v >>= 8; ; v >>= 8 {
		last := b[0]
		if (v == 0 && last&0x80 == 0) || (v == -1 && last&0x80 != 0) {
			return b
		}
		b = append([]byte{byte(v)}, b...)
	}
}

func derTLV(tag byte, content []byte) []byte {
	n := len(content)
	var hdr []byte
	switch {
	case n < 0x80:
		hdr = []byte{tag, byte(n)}
	case n < 0x100:
		hdr = []byte{tag, 0x81, byte(n)}
	case n < 0x10000:
		hdr = []byte{tag, 0x82, byte(n >> 8), byte(n)}
	case n < 0x1000000:
		hdr = []byte{tag, 0x83, byte(n >> 16), byte(n >> 8), byte(n)}
	default:
		hdr = []byte{tag, 0x84, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
	}
	return append(hdr, content...)
}
