// Command prosestrip writes the catalogue's prose out of app.wasm: it copies
// the source files that hold the checks (package analyzer) and the pasted
// text catalogue (analyzer/internal/text) with the words of their
// explanations and fixes replaced by "", and writes an overlay file for
// `go build -overlay` that builds app.wasm from those copies. The web app
// fetches the words (web/prose.json, which the site generator writes from
// the full values: analyzer.Prose) and puts them back before it shows a
// page (analyzer.UseProse). The source stays the one place a check's words
// are written; only app.wasm leaves them out, because built in they cost
// its size budget about 55 KB of brotli.
//
//	go run ./internal/prosestrip -o DIR   (from the module's root)
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// stripped names, per package folder, the composite type whose prose
// fields are left out and those fields. Titles stay: lists and the likeness
// guess show them before anything could be fetched.
var stripped = []struct {
	dir, typ string
	fields   []string
}{
	{"analyzer", "Check", []string{"Doc", "Fix"}},
	{"analyzer/internal/text", "Entry", []string{"Meaning", "Causes", "Confirm", "Fix"}},
}

func main() {
	out := flag.String("o", "", "folder for the stripped copies and overlay.json")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: prosestrip -o DIR")
		os.Exit(2)
	}
	n, err := writeOverlay(".", *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "prosestrip:", err)
		os.Exit(1)
	}
	fmt.Printf("prosestrip: %d bytes of prose left out of app.wasm (overlay %s)\n", n, filepath.Join(*out, "overlay.json"))
}

// writeOverlay strips every non-test Go file of the listed folders under
// root that has prose, writes the copies and overlay.json to out, and
// returns how many bytes of source it left out.
func writeOverlay(root, out string) (int, error) {
	replace := map[string]string{}
	total := 0
	for _, s := range stripped {
		files, err := filepath.Glob(filepath.Join(root, s.dir, "*.go"))
		if err != nil {
			return 0, err
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				return 0, err
			}
			res, n, err := strip(f, src, s.typ, s.fields)
			if err != nil {
				return 0, err
			}
			if n == 0 {
				continue
			}
			abs, err := filepath.Abs(f)
			if err != nil {
				return 0, err
			}
			dst := filepath.Join(out, strings.ReplaceAll(filepath.ToSlash(filepath.Join(s.dir, filepath.Base(f))), "/", "_"))
			if dst, err = filepath.Abs(dst); err != nil {
				return 0, err
			}
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				return 0, err
			}
			if err := os.WriteFile(dst, res, 0o644); err != nil {
				return 0, err
			}
			replace[abs] = dst
			total += n
		}
	}
	b, err := json.MarshalIndent(map[string]any{"Replace": replace}, "", "\t")
	if err != nil {
		return 0, err
	}
	return total, os.WriteFile(filepath.Join(out, "overlay.json"), b, 0o644)
}

// strip returns src with the prose fields of every composite literal of
// type typ (&typ{…}, typ{…}, or an element of []*typ{…}) replaced by "",
// and the number of source bytes removed. A field's value is replaced only
// where it is words alone (string literals, constants, +); one computed
// from anything else is left as it is, since replacing it could leave a
// variable or an import unused. A []string keeps its length, so code that
// picks the third cause still finds one.
func strip(name string, src []byte, typ string, fields []string) ([]byte, int, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, 0, err
	}
	removed := 0
	blank := func(e ast.Expr) ast.Expr {
		removed += int(e.End() - e.Pos())
		return &ast.BasicLit{Kind: token.STRING, Value: `""`, ValuePos: e.Pos()}
	}
	var visit func(lit *ast.CompositeLit, elem string)
	visit = func(lit *ast.CompositeLit, elem string) {
		own := typeName(lit.Type)
		if own == "" {
			own = elem
		}
		inner := ""
		if at, ok := lit.Type.(*ast.ArrayType); ok {
			inner = typeName(at.Elt)
		}
		for _, el := range lit.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && own == typ {
				if k, ok := kv.Key.(*ast.Ident); ok && contains(fields, k.Name) {
					switch v := kv.Value.(type) {
					case *ast.CompositeLit:
						for i, c := range v.Elts {
							if words(c) {
								v.Elts[i] = blank(c)
							}
						}
					default:
						if words(v) {
							kv.Value = blank(v)
						}
					}
					continue
				}
				el = kv.Value
			} else if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if un, ok := el.(*ast.UnaryExpr); ok {
				el = un.X
			}
			if c, ok := el.(*ast.CompositeLit); ok {
				visit(c, inner)
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok {
			visit(lit, "")
			return false
		}
		return true
	})
	if removed == 0 {
		return src, 0, nil
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, file); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), removed, nil
}

// typeName is T for T, *T, &T and []T's element's name is not (see visit).
func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.StarExpr:
		return typeName(t.X)
	}
	return ""
}

// words reports whether e is made of string literals and constants only.
func words(e ast.Expr) bool {
	switch v := e.(type) {
	case *ast.BasicLit:
		return v.Kind == token.STRING
	case *ast.Ident:
		return v.Obj == nil || v.Obj.Kind == ast.Con
	case *ast.ParenExpr:
		return words(v.X)
	case *ast.BinaryExpr:
		return v.Op == token.ADD && words(v.X) && words(v.Y)
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
