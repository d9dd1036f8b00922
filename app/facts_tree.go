package app

// Any artifact's facts laid out as a tree by their JSON names, for the
// kinds without a card of their own and the parts of a card that list
// everything (entitlements, tool output).

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// treeNode is one entry of a nested value (entitlements, generic facts) laid
// out for reading: a key with either a scalar value or children.
type treeNode struct {
	Key      string
	Value    string
	Children []treeNode
	// List marks children that are array elements (their keys are indexes).
	List bool
}

// toTree lays out a JSON-like value (maps, slices, scalars) as a tree. Map keys
// are sorted; lists of scalars stay one line when short.
func toTree(v any) []treeNode { return toTreeDepth(v, 0) }

// maxTreeDepth bounds nesting: a crafted share link or plist could nest
// thousands of levels, which no one reads.
const maxTreeDepth = 24

func toTreeDepth(v any, depth int) []treeNode {
	if depth > maxTreeDepth {
		return []treeNode{{Value: "(nested too deeply to show)"}}
	}
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]treeNode, 0, len(keys))
		for _, k := range keys {
			out = append(out, node(k, v[k], depth))
		}
		return out
	case []any:
		out := make([]treeNode, 0, len(v))
		for i, e := range v {
			key := fmt.Sprint(i + 1)
			if label := itemLabel(e); label != "" {
				key += " (" + label + ")"
			}
			out = append(out, node(key, e, depth))
		}
		return out
	}
	return []treeNode{{Value: scalarText(v)}}
}

// itemLabel names a list element by the field that tells elements apart
// (a slice's arch, a certificate's name), so "2 (arm64)" reads better than "2".
func itemLabel(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	for _, k := range []string{"arch", "name", "common_name", "kind", "identifier", "hash"} {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

func node(key string, v any, depth int) treeNode {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			return treeNode{Key: key, Value: "(empty)"}
		}
		return treeNode{Key: key, Children: toTreeDepth(x, depth+1)}
	case []any:
		if len(x) == 0 {
			return treeNode{Key: key, Value: "(none)"}
		}
		if line, ok := scalarLine(x); ok {
			return treeNode{Key: key, Value: line}
		}
		return treeNode{Key: key, Children: toTreeDepth(x, depth+1), List: true}
	}
	return treeNode{Key: key, Value: scalarText(v)}
}

// scalarLine joins a short list of scalars with commas.
func scalarLine(list []any) (string, bool) {
	parts := make([]string, 0, len(list))
	n := 0
	for _, e := range list {
		switch e.(type) {
		case map[string]any, []any:
			return "", false
		}
		s := scalarText(e)
		n += len(s) + 2
		parts = append(parts, s)
	}
	if n > 120 {
		return "", false
	}
	return strings.Join(parts, ", "), true
}

func scalarText(v any) string {
	switch x := v.(type) {
	case nil:
		return "—"
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case string:
		// Dates come through JSON as RFC 3339 text: show them as every
		// other date on the page.
		if len(x) >= 20 && len(x) <= 40 && x[4] == '-' && x[10] == 'T' {
			if t, err := time.Parse(time.RFC3339Nano, x); err == nil {
				return formatDate(t)
			}
		}
		return x
	case float64:
		if x == float64(int64(x)) {
			return fmt.Sprint(int64(x))
		}
		return fmt.Sprint(x)
	case time.Time:
		return formatDate(x)
	case []byte:
		return fmt.Sprintf("%d bytes", len(x))
	}
	return fmt.Sprint(v)
}

// factsTree lays out the facts of any artifact kind by their JSON field names,
// so a kind the page has no special card for still shows everything it says.
// Keys are the JSON names, the same ones the CLI prints.
func factsTree(f report.Facts) []treeNode { return layoutFacts(f).Tree }

// rawValues are the JSON scalars of a facts value, as text, by field name
// (objects and lists are left out).
func rawValues(f report.Facts) map[string]string { return layoutFacts(f).Raw }

// factsView is a facts value as the page lays it out; the components only
// read it.
type factsView struct {
	Tree []treeNode
	Raw  map[string]string
}

// laidOut is v when the facts were laid out before the render, else f laid
// out now.
func laidOut(v *factsView, f report.Facts) factsView {
	if v != nil {
		return *v
	}
	return layoutFacts(f)
}

// layoutFacts makes a facts value's view with one JSON round trip.
func layoutFacts(f report.Facts) factsView {
	v := factsView{Raw: map[string]string{}}
	if f == nil {
		return v
	}
	b, err := json.Marshal(f)
	if err != nil {
		v.Tree = []treeNode{{Key: "error", Value: err.Error()}}
		return v
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		v.Tree = []treeNode{{Key: "error", Value: err.Error()}}
		return v
	}
	v.Tree = toTree(m)
	for k, x := range m {
		switch x := x.(type) {
		case string:
			v.Raw[k] = x
		case bool:
			v.Raw[k] = strconv.FormatBool(x)
		case float64:
			v.Raw[k] = scalarText(x)
		}
	}
	return v
}
