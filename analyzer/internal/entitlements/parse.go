// Package entitlements reads code-signing entitlements in every form Apple's
// tools write them (XML property list, binary property list, DER), knows what
// each documented key means, and matches entitlement claims against what a
// provisioning profile authorises, the way the OS does.
//
// Values are plain Go values: string, bool, int64, float64, []byte,
// time.Time, []any and map[string]any. Every length and count read from a
// file is bounded before use; malformed input gives an error, never a panic.
package entitlements

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"howett.net/plist"
)

// Format is the encoding an entitlements blob was written in.
type Format string

const (
	FormatXML    Format = "xml"
	FormatBinary Format = "binary-plist"
	FormatDER    Format = "der"
)

// Limits keep a hostile file from costing unbounded time or memory. Real
// entitlements are a few kilobytes with a nesting depth of three or so.
const (
	MaxSize     = 1 << 20
	MaxDepth    = 32
	MaxElements = 50000
)

// Error is a parse failure with the byte offset where it was found (-1 when
// the offset is not known).
type Error struct {
	Format Format
	Offset int
	Msg    string
}

func (e *Error) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s entitlements: %s (at byte %d)", e.Format, e.Msg, e.Offset)
	}
	return fmt.Sprintf("%s entitlements: %s", e.Format, e.Msg)
}

func errorf(f Format, off int, format string, args ...any) error {
	return &Error{Format: f, Offset: off, Msg: fmt.Sprintf(format, args...)}
}

// ErrNotEntitlements says the bytes are none of the three formats.
var ErrNotEntitlements = errors.New("not an XML plist, binary plist or DER entitlements blob")

// Sniff says which format the first bytes look like, or "" for none. XML may
// start with whitespace (and a UTF-8 byte-order mark), as CoreFoundation
// accepts it.
func Sniff(head []byte) Format {
	switch {
	case bytes.HasPrefix(head, []byte("bplist00")):
		return FormatBinary
	case len(head) >= 2 && (head[0] == 0x70 || head[0] == 0x31) && derLengthPlausible(head):
		return FormatDER
	}
	t := trimXMLLead(head)
	if bytes.HasPrefix(t, []byte("<?xml")) || bytes.HasPrefix(t, []byte("<plist")) || bytes.HasPrefix(t, []byte("<!DOCTYPE plist")) {
		return FormatXML
	}
	return ""
}

// derLengthPlausible checks the outer DER header and the first element
// inside it, so text that happens to start 'p' (0x70) or '1' (0x31) does not
// pass as DER.
func derLengthPlausible(head []byte) bool {
	_, hl, ok := derLength(head, 1)
	if !ok || len(head) < hl+3 {
		return false
	}
	if head[0] == 0x70 {
		// Apple's form: [APPLICATION 16] { INTEGER version, [16] { ... } }.
		vl := int(head[hl+1])
		return head[hl] == 0x02 && vl >= 1 && vl <= 8 && len(head) > hl+2+vl && head[hl+2+vl] == 0xb0
	}
	// A bare SET whose first entry is SEQUENCE { UTF8String, ... }.
	_, el, ok := derLength(head, hl+1)
	return ok && head[hl] == 0x30 && len(head) > el && head[el] == 0x0c
}

func trimXMLLead(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte{0xef, 0xbb, 0xbf})
	return bytes.TrimLeft(b, " \t\r\n")
}

// Parse reads entitlements in any of the three formats. The top level must
// be a dictionary.
func Parse(b []byte) (map[string]any, Format, error) {
	if len(b) > MaxSize {
		return nil, "", fmt.Errorf("entitlements of %d bytes are over the %d-byte limit", len(b), MaxSize)
	}
	switch Sniff(b) {
	case FormatXML:
		m, err := ParseXML(b)
		return m, FormatXML, err
	case FormatBinary:
		m, err := ParseBinary(b)
		return m, FormatBinary, err
	case FormatDER:
		m, err := DecodeDER(b)
		return m, FormatDER, err
	}
	return nil, "", ErrNotEntitlements
}

// ParseXML reads an XML property list whose top level is a dictionary.
func ParseXML(b []byte) (map[string]any, error) {
	if len(b) > MaxSize {
		return nil, errorf(FormatXML, -1, "%d bytes is over the %d-byte limit", len(b), MaxSize)
	}
	b = trimXMLLead(b)
	if err := xmlShape(b); err != nil {
		return nil, err
	}
	var v any
	format, err := unmarshalPlist(b, &v)
	if err != nil {
		return nil, errorf(FormatXML, -1, "%v", err)
	}
	if format != plist.XMLFormat {
		return nil, errorf(FormatXML, -1, "not an XML property list")
	}
	return topDict(FormatXML, v)
}

// unmarshalPlist calls the plist decoder and turns a panic in it into an
// error, so a decoder bug cannot take the analysis down.
func unmarshalPlist(b []byte, v *any) (format int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed property list (%v)", r)
		}
	}()
	return plist.Unmarshal(b, v)
}

// xmlShape bounds nesting depth and element count before the recursive plist
// decoder sees the bytes. It counts tags, so a tag inside a comment counts
// too; that only errs towards refusing.
func xmlShape(b []byte) error {
	depth, elements := 0, 0
	for i := 0; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		rest := b[i+1:]
		switch {
		case bytes.HasPrefix(rest, []byte("dict>")), bytes.HasPrefix(rest, []byte("array>")):
			depth++
			if depth > MaxDepth {
				return errorf(FormatXML, i, "nested deeper than %d levels", MaxDepth)
			}
		case bytes.HasPrefix(rest, []byte("/dict>")), bytes.HasPrefix(rest, []byte("/array>")):
			depth--
		}
		if len(rest) > 0 && rest[0] != '/' && rest[0] != '?' && rest[0] != '!' {
			elements++
			if elements > MaxElements {
				return errorf(FormatXML, i, "more than %d elements", MaxElements)
			}
		}
	}
	return nil
}

// topDict checks that the top level is a dictionary and normalises values
// (the plist decoder gives uint64 for non-negative integers).
func topDict(f Format, v any) (map[string]any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errorf(f, -1, "top level is %s, not a dictionary", TypeName(v))
	}
	budget := MaxElements
	n, err := normalise(f, m, 0, &budget)
	if err != nil {
		return nil, err
	}
	return n.(map[string]any), nil
}

func normalise(f Format, v any, depth int, budget *int) (any, error) {
	*budget--
	if *budget < 0 {
		return nil, errorf(f, -1, "more than %d elements", MaxElements)
	}
	if depth > MaxDepth {
		return nil, errorf(f, -1, "nested deeper than %d levels", MaxDepth)
	}
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			n, err := normalise(f, e, depth+1, budget)
			if err != nil {
				return nil, err
			}
			out[k] = n
		}
		return out, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			n, err := normalise(f, e, depth+1, budget)
			if err != nil {
				return nil, err
			}
			out[i] = n
		}
		return out, nil
	case uint64:
		if x <= 1<<63-1 {
			return int64(x), nil
		}
		return nil, errorf(f, -1, "integer %d is out of range", x)
	case int64, string, bool, float64, []byte, time.Time:
		return x, nil
	case int:
		return int64(x), nil
	case float32:
		return float64(x), nil
	}
	return nil, errorf(f, -1, "unsupported value of type %T", v)
}

// TypeName names a value's type the way property-list editors do.
func TypeName(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, uint64, int:
		return "integer"
	case float64:
		return "real"
	case []byte:
		return "data"
	case time.Time:
		return "date"
	case []any:
		return "array"
	case map[string]any:
		return "dictionary"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%T", v)
}
