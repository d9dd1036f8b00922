package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Findings are located, never named by a string built on the way: a
// report.Finding literal that sets Subject, or an assignment to a finding's
// Subject, outside the report package would let the subject and the
// location part. Every Go file of the analyzer, the web app and the CLI is
// read (tests included, but for fixtures that stand for other reports).
func TestNoSubjectIsBuiltOutsideTheReport(t *testing.T) {
	var files []string
	for _, dir := range []string{".", "sarif", "../app", "../cmd/signdoctor"} {
		fs, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if !strings.HasSuffix(f, "_test.go") {
				files = append(files, f)
			}
		}
	}
	if len(files) < 50 {
		t.Fatalf("only %d files found", len(files))
	}
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if isFindingType(n.Type) {
					checkFindingLiteral(t, fset, n)
				}
				if at, ok := n.Type.(*ast.ArrayType); ok && isFindingType(at.Elt) {
					for _, el := range n.Elts {
						if lit, ok := el.(*ast.CompositeLit); ok && lit.Type == nil {
							checkFindingLiteral(t, fset, lit)
						}
					}
				}
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Subject" {
						t.Errorf("%s: a subject is assigned; locate the finding with Finding.At", fset.Position(sel.Pos()))
					}
				}
			}
			return true
		})
	}
}

func isFindingType(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "report" && sel.Sel.Name == "Finding"
}

func checkFindingLiteral(t *testing.T, fset *token.FileSet, lit *ast.CompositeLit) {
	t.Helper()
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Subject" {
				t.Errorf("%s: a finding's Subject is set by hand; report it at a report.Location", fset.Position(kv.Pos()))
			}
		}
	}
}

func TestLocationWords(t *testing.T) {
	for _, c := range []struct {
		at   report.Location
		want string
	}{
		{report.Location{File: "App.ipa", Path: "Payload/App.app/App", Arch: "arm64"}, "App.ipa: Payload/App.app/App [arm64]"},
		{report.Location{File: "tool", Arch: "slice 2"}, "tool [slice 2]"},
		{report.Location{File: "error.txt", Line: 3}, "error.txt: line 3"},
		{report.Location{File: "codesign.txt", Line: 1, Command: "codesign -d App"}, "codesign.txt: line 1 (codesign -d App)"},
		{report.Location{File: "dev.pem", Index: 2, Item: "Apple Development: A"}, "dev.pem [2]: Apple Development: A"},
		{report.Location{File: "Tool.pkg", Component: "tool.pkg", Path: "usr/local/bin/tool"}, "Tool.pkg: tool.pkg: usr/local/bin/tool"},
		{report.Location{File: "notary.json", Path: "A.zip/A.app/A", Arch: "x86_64"}, "notary.json: A.zip/A.app/A [x86_64]"},
		{report.Location{Item: "requirement"}, "requirement"},
		{report.Location{}, ""},
	} {
		if got := c.at.String(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.at, got, c.want)
		}
	}
	at := report.Location{File: "App.ipa", Path: "Payload/App.app/embedded.mobileprovision", Item: "Apple Development: A"}
	for name, want := range map[string]bool{
		"App.ipa": true, "App.ipa: Payload/App.app/embedded.mobileprovision": true, at.String(): true,
		"App.ipa: Payload/App.app": false, "App": false, "Payload/App.app/embedded.mobileprovision": false,
	} {
		if got := at.Within(name); got != want {
			t.Errorf("Within(%q) = %v", name, got)
		}
	}
	pasted := report.Location{File: "p.txt", Line: 4, Command: "security cms -D"}
	if !pasted.Within("p.txt: line 4 (security cms -D)") || !pasted.Within("p.txt") || pasted.Within("p.txt: line 4") {
		t.Error("a pasted section is within its own name and its text's, not a bare line's")
	}
}
