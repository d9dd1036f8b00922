package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"testing"
)

// A check written but left out of allChecks would pass every other test
// (its cases folder has no check to match, and nothing runs it): find every
// Check literal in the package's source and require its ID in the list.
func TestEveryCheckLiteralIsRegistered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	found := 0
	for _, f := range files {
		if filepath.Ext(f) != ".go" || len(f) > 8 && f[len(f)-8:] == "_test.go" {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "Check" {
				return true
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, ok := kv.Key.(*ast.Ident); !ok || k.Name != "ID" {
					continue
				}
				bl, ok := kv.Value.(*ast.BasicLit)
				if !ok {
					continue // built at run time (text checks from the catalogue)
				}
				checkID, err := strconv.Unquote(bl.Value)
				if err != nil {
					t.Fatal(err)
				}
				found++
				if Lookup(checkID) == nil {
					t.Errorf("%s: check %s is declared but not in allChecks (checks.go)", fset.Position(lit.Pos()), checkID)
				}
			}
			return true
		})
	}
	if found < 50 {
		t.Errorf("found only %d Check literals: the test no longer sees them", found)
	}
}
