// Package coderesources reads a bundle's resource seal,
// _CodeSignature/CodeResources, and checks a bundle's files against it.
//
// The seal is an XML property list. Version 1 (files, rules) records a SHA-1
// per file; version 2 (files2, rules2, since OS X 10.9) records SHA-1 (hash)
// and SHA-256 (hash2), symbolic links by target, and nested code (frameworks,
// plug-ins, helpers) by designated requirement and cdhash instead of by the
// bytes of every file inside it. Rules are regular expressions over the path
// relative to the resource root (the .app on iOS, Contents/ on macOS), each
// with a weight; the heaviest matching rule decides whether a file is sealed,
// omitted, optional, or nested code. codesign uses version 2 when the seal
// has files2, and so does Verify.
package coderesources

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"

	"howett.net/plist"
)

// Limits on a seal. Large apps seal tens of thousands of files, a few MB of
// XML; these are well above that.
const (
	MaxSize     = 64 << 20
	MaxDepth    = 16
	MaxElements = 4 << 20
	MaxRules    = 1000
	MaxRuleLen  = 4096
)

// Entry is what the seal records for one path.
type Entry struct {
	Hash     []byte // SHA-1 (files: data or hash; files2: hash)
	Hash2    []byte // SHA-256 (files2)
	Optional bool
	// Symlink is the target a sealed symbolic link must point to.
	Symlink string
	// Nested code: its designated requirement and cdhash.
	Requirement string
	CDHash      []byte
}

// IsNested says the entry seals nested code rather than bytes.
func (e *Entry) IsNested() bool {
	return e.Requirement != "" || (e.CDHash != nil && e.Hash == nil && e.Hash2 == nil)
}

// Rule is one resource rule.
type Rule struct {
	Pattern  string
	Weight   float64
	Omit     bool
	Optional bool
	Nested   bool
	// Exclude: the rule's value was false; matching files are not sealed.
	Exclude bool
	re      *regexp.Regexp
}

// Seal is a parsed CodeResources.
type Seal struct {
	Files  map[string]*Entry // version 1
	Files2 map[string]*Entry // version 2; nil when absent
	Rules  []*Rule
	Rules2 []*Rule
	// Problems are parts that could not be used (a rule that does not
	// compile, an entry of an unknown shape).
	Problems []string
}

// Version is 2 when the seal has files2, else 1.
func (s *Seal) Version() int {
	if s.Files2 != nil {
		return 2
	}
	return 1
}

// Entries returns the entries Verify compares: files2 when present, else files.
func (s *Seal) Entries() map[string]*Entry {
	if s.Files2 != nil {
		return s.Files2
	}
	return s.Files
}

// ActiveRules returns rules2 with files2, else rules.
func (s *Seal) ActiveRules() []*Rule {
	if s.Files2 != nil {
		return s.Rules2
	}
	return s.Rules
}

// Parse reads a CodeResources property list.
func Parse(b []byte) (*Seal, error) {
	if len(b) > MaxSize {
		return nil, fmt.Errorf("CodeResources of %d bytes is over the %d-byte limit", len(b), MaxSize)
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte{0xef, 0xbb, 0xbf}), " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) && !bytes.HasPrefix(t, []byte("<plist")) && !bytes.HasPrefix(t, []byte("<!DOCTYPE")) {
		return nil, errors.New("CodeResources is not an XML property list")
	}
	if err := xmlShape(t); err != nil {
		return nil, err
	}
	var top map[string]any
	if err := unmarshal(t, &top); err != nil {
		return nil, fmt.Errorf("CodeResources: %w", err)
	}
	if top == nil {
		return nil, errors.New("CodeResources: the top level is not a dictionary")
	}
	s := &Seal{}
	var err error
	if s.Files, err = s.entries(top, "files"); err != nil {
		return nil, err
	}
	if _, ok := top["files2"]; ok {
		if s.Files2, err = s.entries(top, "files2"); err != nil {
			return nil, err
		}
		if s.Files2 == nil {
			s.Files2 = map[string]*Entry{}
		}
	}
	s.Rules = s.rules(top, "rules")
	s.Rules2 = s.rules(top, "rules2")
	if s.Files == nil && s.Files2 == nil {
		return nil, errors.New("CodeResources has neither files nor files2")
	}
	return s, nil
}

func unmarshal(b []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed property list (%v)", r)
		}
	}()
	_, err = plist.Unmarshal(b, v)
	return err
}

// xmlShape bounds nesting and element count before the recursive decoder
// runs, so a hostile seal cannot exhaust the stack.
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
				return fmt.Errorf("CodeResources is nested deeper than %d levels (at byte %d)", MaxDepth, i)
			}
		case bytes.HasPrefix(rest, []byte("/dict>")), bytes.HasPrefix(rest, []byte("/array>")):
			depth--
		}
		if len(rest) > 0 && rest[0] != '/' && rest[0] != '?' && rest[0] != '!' {
			elements++
			if elements > MaxElements {
				return fmt.Errorf("CodeResources has more than %d elements", MaxElements)
			}
		}
	}
	return nil
}

func (s *Seal) entries(top map[string]any, key string) (map[string]*Entry, error) {
	raw, ok := top[key]
	if !ok {
		return nil, nil
	}
	m, ok := raw.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("CodeResources: %s is not a dictionary", key)
	}
	out := make(map[string]*Entry, len(m))
	// In path order, so the problems (which are capped) are the same on every run.
	for _, path := range slices.Sorted(maps.Keys(m)) {
		v := m[path]
		e := &Entry{}
		switch x := v.(type) {
		case []byte:
			e.Hash = x
		case map[string]any:
			e.Hash, _ = x["hash"].([]byte)
			e.Hash2, _ = x["hash2"].([]byte)
			e.Optional, _ = x["optional"].(bool)
			e.Symlink, _ = x["symlink"].(string)
			e.Requirement, _ = x["requirement"].(string)
			e.CDHash, _ = x["cdhash"].([]byte)
			if e.Hash == nil && e.Hash2 == nil && e.Symlink == "" && e.Requirement == "" && e.CDHash == nil {
				s.Problems = append(s.Problems, fmt.Sprintf("%s entry %q records no hash, link or requirement", key, path))
			}
		default:
			s.Problems = append(s.Problems, fmt.Sprintf("%s entry %q is a %T, not data or a dictionary", key, path, v))
			continue
		}
		out[path] = e
	}
	return out, nil
}

func (s *Seal) rules(top map[string]any, key string) []*Rule {
	m, _ := top[key].(map[string]any)
	if len(m) > MaxRules {
		s.Problems = append(s.Problems, fmt.Sprintf("%s has %d rules, more than the %d read", key, len(m), MaxRules))
		return nil
	}
	var out []*Rule
	for _, pat := range slices.Sorted(maps.Keys(m)) {
		v := m[pat]
		r := &Rule{Pattern: pat, Weight: 1}
		switch x := v.(type) {
		case bool:
			r.Exclude = !x
		case map[string]any:
			r.Omit, _ = x["omit"].(bool)
			r.Optional, _ = x["optional"].(bool)
			r.Nested, _ = x["nested"].(bool)
			switch w := x["weight"].(type) {
			case float64:
				r.Weight = w
			case uint64:
				r.Weight = float64(w)
			case int64:
				r.Weight = float64(w)
			}
		default:
			s.Problems = append(s.Problems, fmt.Sprintf("%s rule %q is a %T", key, pat, v))
			continue
		}
		if len(pat) > MaxRuleLen {
			s.Problems = append(s.Problems, fmt.Sprintf("%s rule of %d bytes is over the %d-byte limit", key, len(pat), MaxRuleLen))
			continue
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			s.Problems = append(s.Problems, fmt.Sprintf("%s rule %q does not compile: %v", key, pat, err))
			continue
		}
		r.re = re
		out = append(out, r)
	}
	// Heaviest first. Equal weights: a rule that says something (omit,
	// nested, optional) before a plain one, as Xcode's "^" (weight 20) beside
	// "^Info\.plist$" (omit, weight 20) needs; then by pattern, so every run
	// resolves the same way.
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		if a, b := out[i].specificity(), out[j].specificity(); a != b {
			return a > b
		}
		return out[i].Pattern < out[j].Pattern
	})
	return out
}

// Match returns the heaviest rule matching path, or nil when none does
// (then the file is not sealed).
func Match(rules []*Rule, path string) *Rule {
	for _, r := range rules {
		if r.re.MatchString(path) {
			return r
		}
	}
	return nil
}

func (r *Rule) specificity() int {
	switch {
	case r.Exclude, r.Omit:
		return 3
	case r.Nested:
		return 2
	case r.Optional:
		return 1
	}
	return 0
}

// sealed says whether a path the rules reach is expected in the seal.
func (r *Rule) sealed() bool { return r != nil && !r.Omit && !r.Exclude }

// String names the rule for messages.
func (r *Rule) String() string {
	var flags []string
	if r.Omit {
		flags = append(flags, "omit")
	}
	if r.Optional {
		flags = append(flags, "optional")
	}
	if r.Nested {
		flags = append(flags, "nested")
	}
	if r.Exclude {
		flags = append(flags, "excluded")
	}
	return fmt.Sprintf("%q (weight %g%s)", r.Pattern, r.Weight, strings.Join(append([]string{""}, flags...), ", "))
}

// Encode writes a version-2 CodeResources (files with SHA-1, files2 with
// both hashes, rules2) for entries computed by Compute: the fixture generator
// and tests seal bundles with it.
func Encode(entries map[string]*Entry, rules []*Rule) ([]byte, error) {
	files, files2 := map[string]any{}, map[string]any{}
	for p, e := range entries {
		if e.Optional {
			files[p] = map[string]any{"hash": e.Hash, "optional": true}
		} else {
			files[p] = e.Hash
		}
		d := map[string]any{}
		if e.Hash != nil {
			d["hash"] = e.Hash
		}
		if e.Hash2 != nil {
			d["hash2"] = e.Hash2
		}
		if e.Optional {
			d["optional"] = true
		}
		if e.Symlink != "" {
			d = map[string]any{"symlink": e.Symlink}
		}
		if e.Requirement != "" || e.CDHash != nil {
			d = map[string]any{"cdhash": e.CDHash, "requirement": e.Requirement}
		}
		files2[p] = d
	}
	rules2 := map[string]any{}
	for _, r := range rules {
		if r.Exclude {
			rules2[r.Pattern] = false
			continue
		}
		d := map[string]any{"weight": r.Weight}
		if r.Omit {
			d["omit"] = true
		}
		if r.Optional {
			d["optional"] = true
		}
		if r.Nested {
			d["nested"] = true
		}
		rules2[r.Pattern] = d
	}
	return plist.MarshalIndent(map[string]any{"files": files, "files2": files2, "rules": map[string]any{"^.*": true}, "rules2": rules2}, plist.XMLFormat, "\t")
}
