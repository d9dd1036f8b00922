package entitlements

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// buildVariable matches Xcode build-setting references: $(NAME), $(NAME:mod)
// and ${NAME}. Xcode expands them when it signs; a file signed by hand with
// codesign --entitlements keeps them literally, and the OS then compares the
// literal text.
//
// It is compiled on first use, not in package init: the web app would
// otherwise compile it, and the regexp engine's code, on every start. No
// package-level initializer here calls a function either: one that did would
// stop the compiler from laying out the knowledge base (known.go) statically.
const buildVariableExpr = `\$\([A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_,=]*)?\)|\$\{[A-Za-z_][A-Za-z0-9_]*(:[A-Za-z0-9_,=]*)?\}`

var buildVariableOnce struct {
	sync.Once
	re *regexp.Regexp
}

func buildVariable() *regexp.Regexp {
	buildVariableOnce.Do(func() { buildVariableOnce.re = regexp.MustCompile(buildVariableExpr) })
	return buildVariableOnce.re
}

// VariableUse is one unexpanded build variable.
type VariableUse struct {
	// Path is where it is: the key, then array indexes or nested keys
	// ("com.apple.security.application-groups[0]").
	Path string
	// Variable is the reference as written, e.g. "$(TeamIdentifierPrefix)".
	Variable string
	// InKey says the variable is in a key rather than a value.
	InKey bool
}

// Meaning says what Xcode would have put in place of the variable.
func (u VariableUse) Meaning() string {
	name := strings.Trim(u.Variable, "$(){}")
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "TeamIdentifierPrefix", "AppIdentifierPrefix":
		// Both expand to the team ID followed by a dot (the App ID prefix,
		// which is the team ID for every App ID made since 2011).
		return "your Team ID followed by a dot (for example ABCDE12345.)"
	case "DEVELOPMENT_TEAM":
		return "your Team ID (for example ABCDE12345), without a dot"
	case "PRODUCT_BUNDLE_IDENTIFIER":
		return "the target's bundle ID"
	case "CFBundleIdentifier":
		return "the bundle ID"
	}
	return fmt.Sprintf("the value of the build setting %s", name)
}

// UnexpandedVariables finds build-variable references in keys and string
// values, in key order.
func UnexpandedVariables(m map[string]any) []VariableUse {
	var out []VariableUse
	walkStrings(m, "", 0, func(path, s string, inKey bool) {
		for _, v := range buildVariable().FindAllString(s, -1) {
			out = append(out, VariableUse{Path: path, Variable: v, InKey: inKey})
		}
	})
	return out
}

// walkStrings calls fn for each key and string value, depth-bounded.
func walkStrings(v any, path string, depth int, fn func(path, s string, inKey bool)) {
	if depth > MaxDepth {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range sortedKeys(x) {
			p := k
			if path != "" {
				p = path + "." + k
			}
			fn(p, k, true)
			walkStrings(x[k], p, depth+1, fn)
		}
	case []any:
		for i, e := range x {
			walkStrings(e, fmt.Sprintf("%s[%d]", path, i), depth+1, fn)
		}
	case string:
		fn(path, x, false)
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// SortedKeys returns a dictionary's keys in byte order.
func SortedKeys(m map[string]any) []string { return sortedKeys(m) }

// Expand returns a copy of m with the build variables it knows replaced, as
// Xcode replaces them when it signs; unknown variables stay as written. vars
// maps a setting name (TeamIdentifierPrefix, DEVELOPMENT_TEAM, …) to its value.
func Expand(m map[string]any, vars map[string]string) map[string]any {
	out, _ := expand(m, vars, 0).(map[string]any)
	return out
}

func expand(v any, vars map[string]string, depth int) any {
	if depth > MaxDepth {
		return v
	}
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[expandString(k, vars)] = expand(e, vars, depth+1)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = expand(e, vars, depth+1)
		}
		return out
	case string:
		return expandString(x, vars)
	}
	return v
}

func expandString(s string, vars map[string]string) string {
	return buildVariable().ReplaceAllStringFunc(s, func(ref string) string {
		name := strings.Trim(ref, "$(){}")
		if i := strings.IndexByte(name, ':'); i >= 0 {
			name = name[:i]
		}
		if val, ok := vars[name]; ok {
			return val
		}
		return ref
	})
}

// XcodeVariables are the values Xcode gives the usual signing variables for
// a team and bundle ID (bundleID may be empty when unknown).
func XcodeVariables(team, bundleID string) map[string]string {
	vars := map[string]string{}
	if team != "" {
		vars["TeamIdentifierPrefix"] = team + "."
		vars["AppIdentifierPrefix"] = team + "."
		vars["DEVELOPMENT_TEAM"] = team
	}
	if bundleID != "" && !strings.Contains(bundleID, "*") {
		vars["PRODUCT_BUNDLE_IDENTIFIER"] = bundleID
		vars["CFBundleIdentifier"] = bundleID
	}
	return vars
}
