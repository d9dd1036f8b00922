package analyzer

import (
	"bytes"
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Every Kind constant of the package is a row of the table of input kinds
// (except unknown and any, which no sniff claims), once, with its names,
// sniff and parse: a kind declared but left out of the table fails here.
func TestEveryKindIsInTheTable(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	declared := map[Kind]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if typ, ok := vs.Type.(*ast.Ident); !ok || typ.Name != "Kind" {
					continue
				}
				for i, v := range vs.Values {
					bl, ok := v.(*ast.BasicLit)
					if !ok {
						continue
					}
					s, err := strconv.Unquote(bl.Value)
					if err != nil {
						t.Fatal(err)
					}
					declared[Kind(s)] = fset.Position(vs.Names[i].Pos()).String()
				}
			}
		}
	}
	if len(declared) < 10 {
		t.Fatalf("found only %d Kind constants: the test no longer sees them", len(declared))
	}
	rows := map[Kind]int{}
	for _, k := range inputKinds {
		rows[k.Kind]++
		if k.Short == "" || k.Noun == "" || k.Plural == "" || k.Forms == "" || k.sniff == nil || k.parse == nil {
			t.Errorf("kind %s: a name, its sniff or its parse is missing: %+v", k.Kind, k.KindInfo)
		}
		if _, ok := declared[k.Kind]; !ok {
			t.Errorf("kind %s is in the table but declared as no Kind constant", k.Kind)
		}
	}
	for k, at := range declared {
		switch {
		case k == KindUnknown || k == KindAny:
			if rows[k] != 0 {
				t.Errorf("kind %s is in the table: no sniff may claim it", k)
			}
		case rows[k] == 0:
			t.Errorf("%s: kind %s is declared but not in inputKinds (kinds.go)", at, k)
		case rows[k] > 1:
			t.Errorf("kind %s is in inputKinds %d times", k, rows[k])
		}
	}
}

// The table's order decides overlaps, as its comments say: each file here
// is accepted by the sniffs of two kinds, and the one earlier in the table
// must win.
func TestKindOrderDecidesOverlaps(t *testing.T) {
	entitlementsPlist := []byte(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>` +
		`<key>get-task-allow</key><true/></dict></plist>`)
	thinMachO := append([]byte{0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0x00, 0x00, 0x01}, make([]byte, 64)...)
	pfxShaped := append([]byte{0x30, 0x82, 0x01, 0x00, 0x02, 0x01, 0x03, 0x30, 0x82, 0x00, 0x10}, make([]byte, 32)...)
	for _, tc := range []struct {
		name       string
		head       []byte
		win, loser Kind
	}{
		{"x.mobileprovision", thinMachO, KindMachO, KindProfile},
		{"x.mobileprovision", entitlementsPlist, KindProfile, KindEntitlements},
		{"x.cer", pfxShaped, KindIdentity, KindCertificate},
		{"x.dmg", []byte("codesign failed\n"), KindDMG, KindText},
		{"log.json", []byte(`{"jobId":"x","status":"Accepted","logFormatVersion":1,"issues":null}`), KindNotaryLog, KindText},
	} {
		for _, k := range []Kind{tc.win, tc.loser} {
			if !kindRow(t, k).sniff(tc.head, tc.name) {
				t.Errorf("%s (%s): the %s sniff does not accept it, so it shows no overlap", tc.name, tc.win, k)
			}
		}
		got := Kind("nothing")
		if r := recognize(inputKinds, tc.head, tc.name); r != nil {
			got = r.Kind
		}
		if got != tc.win {
			t.Errorf("%s: recognised as %s, want %s (before %s)", tc.name, got, tc.win, tc.loser)
		}
	}
}

func kindRow(t *testing.T, k Kind) inputKind {
	for _, r := range inputKinds {
		if r.Kind == k {
			return r
		}
	}
	t.Fatalf("kind %s is not in the table", k)
	return inputKind{}
}

// A test adds a kind of its own through Options, without touching the
// package's table: the kind is recognised and parsed, its failure reads as a
// finding, and an analysis without the option does not see it.
func TestInjectedKind(t *testing.T) {
	before := len(inputKinds)
	fake := inputKind{
		KindInfo: KindInfo{Kind: "fake", Short: "fake", Noun: "fake file", Plural: "fake files", Forms: ".fake"},
		sniff:    func(head []byte, _ string) bool { return bytes.HasPrefix(head, []byte("FAKE-KIND")) },
		parse: func(context.Context, *Input, *Options) (any, []report.Artifact, error) {
			return nil, nil, errors.New("the fake parser refuses it")
		},
	}
	data := []byte("FAKE-KIND\x00\x01\xff")
	files := []File{{Name: "x.fake", Size: int64(len(data)), R: bytes.NewReader(data)}}
	rep, err := Analyze(context.Background(), files, Options{Now: defaultCaseTime, kinds: withKindFirst(fake)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].ID != "input-malformed" || !strings.Contains(rep.Findings[0].Message, "the fake parser refuses it") {
		t.Errorf("with the fake kind: want one input-malformed finding from its parser, got %+v", rep.Findings)
	}
	if len(inputKinds) != before {
		t.Errorf("the package's table changed: %d kinds, was %d", len(inputKinds), before)
	}
	rep, err = Analyze(context.Background(), files, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].ID != "input-unrecognized" {
		t.Errorf("without the fake kind: want input-unrecognized, got %+v", rep.Findings)
	}
}
