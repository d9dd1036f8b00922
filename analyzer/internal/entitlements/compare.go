package entitlements

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Difference is one way the XML and DER entitlements of a signature differ.
type Difference struct {
	Key string
	// XML and DER are the values on each side; nil when the key is absent.
	XML, DER any
}

func (d Difference) String() string {
	switch {
	case d.XML == nil:
		return fmt.Sprintf("%s is only in the DER entitlements (%s)", d.Key, Format1(d.DER))
	case d.DER == nil:
		return fmt.Sprintf("%s is only in the XML entitlements (%s)", d.Key, Format1(d.XML))
	}
	return fmt.Sprintf("%s is %s in the XML entitlements but %s in the DER entitlements", d.Key, Format1(d.XML), Format1(d.DER))
}

// CompareXMLDER lists the keys whose values differ between the XML (slot 5)
// and DER (slot 7) entitlements of one signature, by key. The OS uses the DER
// form on recent systems, so a difference means the app runs with
// entitlements other than the ones a reader of the XML sees. Integers compare
// by value whatever their Go type.
func CompareXMLDER(xml, der map[string]any) []Difference {
	var out []Difference
	for _, k := range sortedKeys(xml) {
		dv, ok := der[k]
		if !ok {
			out = append(out, Difference{Key: k, XML: xml[k]})
			continue
		}
		if !sameValue(xml[k], dv, 0) {
			out = append(out, Difference{Key: k, XML: xml[k], DER: dv})
		}
	}
	for _, k := range sortedKeys(der) {
		if _, ok := xml[k]; !ok {
			out = append(out, Difference{Key: k, DER: der[k]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func sameValue(a, b any, depth int) bool {
	if depth > MaxDepth {
		return false
	}
	if ai, ok := asInt(a); ok {
		bi, ok := asInt(b)
		return ok && ai == bi
	}
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !sameValue(x[i], y[i], depth+1) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			w, ok := y[k]
			if !ok || !sameValue(v, w, depth+1) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

func asInt(v any) (int64, bool) {
	switch x := v.(type) {
	case int64:
		return x, true
	case int:
		return int64(x), true
	case uint64:
		if x <= 1<<63-1 {
			return int64(x), true
		}
	}
	return 0, false
}

// Format1 writes a value compactly, the way codesign's plist output reads:
// strings quoted, arrays in brackets.
func Format1(v any) string {
	var b strings.Builder
	format1(&b, v, 0)
	return b.String()
}

func format1(b *strings.Builder, v any, depth int) {
	if depth > MaxDepth {
		b.WriteString("…")
		return
	}
	switch x := v.(type) {
	case string:
		fmt.Fprintf(b, "%q", x)
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			format1(b, e, depth+1)
		}
		b.WriteByte(']')
	case map[string]any:
		b.WriteByte('{')
		for i, k := range sortedKeys(x) {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "%q: ", k)
			format1(b, x[k], depth+1)
		}
		b.WriteByte('}')
	case []byte:
		fmt.Fprintf(b, "<%d bytes of data>", len(x))
	case nil:
		b.WriteString("nothing")
	default:
		fmt.Fprintf(b, "%v", x)
	}
}

// Normalize converts values decoded by other readers into the forms this
// package uses ([]any for arrays, int64 for integers), so profile and
// Mach-O entitlements compare the same way whoever decoded them.
func Normalize(m map[string]any) map[string]any {
	out, _ := normalizeValue(m, 0).(map[string]any)
	return out
}

func normalizeValue(v any, depth int) any {
	if depth > MaxDepth {
		return v
	}
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = normalizeValue(e, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = normalizeValue(e, depth+1)
		}
		return out
	case []string:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = e
		}
		return out
	case float64:
		// JSON numbers (a report read back) that are whole stay integers.
		if x == float64(int64(x)) {
			return int64(x)
		}
		return x
	}
	if i, ok := asInt(v); ok {
		return i
	}
	switch x := v.(type) {
	case int32:
		return int64(x)
	case uint32:
		return int64(x)
	case uint:
		return int64(x)
	}
	return v
}
