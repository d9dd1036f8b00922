package requirement

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Every decompile test's text compiles back to a program that prints the
// same (and, for left-grouped programs, to the same bytes).
func TestCompileDecompiledText(t *testing.T) {
	for _, tt := range decompileTests {
		if strings.Contains(tt.want, "OPCODE") || strings.Contains(tt.want, "/* opcode") || strings.Contains(tt.want, "trusted") && !strings.HasPrefix(tt.want, "anchor") {
			continue // Apple's decompiler prints these in forms no compiler reads
		}
		t.Run(tt.name, func(t *testing.T) {
			blob, err := Compile(tt.want)
			if err != nil {
				t.Fatalf("Compile(%s): %v", tt.want, err)
			}
			got, err := Decompile(blob)
			if err != nil || got != tt.want {
				t.Errorf("recompiled text: %q, %v", got, err)
			}
		})
	}
}

func TestCompileForms(t *testing.T) {
	hash := `H"A6843B655E811F43F07B0AE1B34AE8C7874B3D63"`
	tests := []struct{ in, want string }{
		{`identifier = "com.x"`, `identifier "com.x"`},
		{`identifier == com.x`, `identifier "com.x"`},
		{`anchor apple generic`, `anchor apple generic`},
		{`anchor generic apple`, `anchor apple generic`},
		{`anchor = ` + hash, `certificate root = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
		{`certificate leaf = ` + hash, `certificate leaf = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
		{`cert 2 ` + hash, `certificate 2 = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
		{`anchor[field.1.2.3] exists`, `certificate root[field.1.2.3] /* exists */`},
		{`certificate -2[extension.1.2.3]`, `certificate -2[field.1.2.3] /* exists */`},
		{`certificate trusted`, `anchor trusted`},
		{`cert 1 trusted`, `certificate 1trusted`},
		{`info[k] = *v*`, `info[k] ~ v`},
		{`info[k] = "v"*`, `info[k] = v*`},
		{`info[k] = 0x6869`, `info[k] = hi`},
		{`info["k"] < "1.2"`, `info[k] < "1.2"`},
		{`info[k] = timestamp "20190601000000Z"`, `info[k] = <2019-06-01 00:00:00 +0000>`},
		{`info[k] < timestamp "20190601020000+0200"`, `info[k] < <2019-06-01 00:00:00 +0000>`},
		{`info[k] >= <2019-06-01 02:00:00 +0200>`, `info[k] >= <2019-06-01 00:00:00 +0000>`},
		{`entitlement["com.apple.security.app-sandbox"] exists`, `entitlement["com.apple.security.app-sandbox"] /* exists */`},
		{`! a and b`, ``}, // error: a is not a condition
		{`!anchor apple and notarized or legacy`, `! anchor apple and notarized or legacy`},
		{`always or never and true`, `always or never and always`},
		{`(always or never) and false`, `(always or never) and never`},
		{`! (always)`, `! always`},
		{`(foo)`, `(foo)`},
		{`("and")`, `("and")`},
		{`anchor apple "x y"`, `anchor apple "x y"`},
		{`platform 7`, `platform = 7`},
		{`cdhash ` + hash, `cdhash H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
		{"identifier x; ;", `identifier x`},
		{"# a comment\nidentifier /* inline */ x // trailing", `identifier x`},
		{`identifier "a\"b\\c"`, `identifier "a\"b\\c"`},
		{`certificate leaf[email] = "a@b"`, `certificate leaf[email] = "a@b"`},
	}
	for _, tt := range tests {
		blob, err := Compile(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("Compile(%q): no error", tt.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("Compile(%q): %v", tt.in, err)
			continue
		}
		got, err := Decompile(blob)
		if err != nil || got != tt.want {
			t.Errorf("Compile(%q) decompiles to %q (%v), want %q", tt.in, got, err, tt.want)
		}
	}
}

// Apple's compiler groups and/or chains to the left, as csreq does.
func TestCompileGroupsLeft(t *testing.T) {
	blob, err := Compile("always and never and always")
	if err != nil {
		t.Fatal(err)
	}
	if want := prog(OpAnd, OpAnd, OpTrue, OpFalse, OpTrue); !bytes.Equal(blob, want) {
		t.Errorf("got % x\nwant % x", blob, want)
	}
}

func TestCompileSet(t *testing.T) {
	text := "designated => identifier x and anchor apple generic\nhost => anchor apple; library => always\n7 => never\n"
	blob, err := Compile(text)
	if err != nil {
		t.Fatal(err)
	}
	got, err := SetText(blob)
	if err != nil {
		t.Fatal(err)
	}
	// Apple's set maker orders the set by type.
	want := "host => anchor apple\ndesignated => identifier x and anchor apple generic\nlibrary => always\n/*unknown type*/ 7 => never\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	again, err := Compile(got)
	if err != nil || !bytes.Equal(again, blob) {
		t.Errorf("recompiled set differs: %v", err)
	}
	if _, err := ParseRequirement(text); err == nil {
		t.Error("ParseRequirement accepted a set")
	}
}

func TestCompileErrorsNameTheColumn(t *testing.T) {
	tests := []struct {
		in        string
		line, col int
		msg       string
	}{
		{`identifier`, 1, 11, "expected a name"},
		{`identifier "x" and`, 1, 19, "expected a condition"},
		{`identifier "x" anchor apple`, 1, 16, `expected "and", "or" or the end`},
		{`anchor apple generic and certificate leaf[subject.OU] = and`, 1, 57, `"and" is a keyword`},
		{`certificate leaf[foo.bar]`, 1, 18, "unrecognized certificate field"},
		{`certificate leaf[field.1]`, 1, 18, "at least two numbers"},
		{`certificate leaf[field.3.1]`, 1, 18, "not a valid OID"},
		{`cdhash H"abcd"`, 1, 8, "40 hex digits"},
		{`info[k] = 0xabc`, 1, 11, "odd number of digits"},
		{"identifier x and\n  info[k] = \"unterminated", 2, 13, "never closed"},
		{`identifier "a\n"`, 1, 14, `only \" and \\`},
		{`/* open comment`, 1, 1, "never closed"},
		{`anchor = /System/Library/x.cer`, 1, 10, "cannot be read here"},
		{`info[k] = timestamp "2019"`, 1, 21, "not a GeneralizedTime"},
		{`info[k] = <2019-13-01 00:00:00 +0000>`, 1, 11, "not in the form"},
		{`certificate 99999999999 trusted`, 1, 13, "out of range"},
		{`identifier x @`, 1, 14, "unexpected character"},
		{`(always`, 1, 8, `expected ")"`},
		{`designated => always host`, 1, 26, `expected "=>"`},
		{``, 1, 1, "expected a condition"},
	}
	for _, tt := range tests {
		_, err := Compile(tt.in)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Compile(%q): error %v is not a SyntaxError", tt.in, err)
			continue
		}
		if se.Line != tt.line || se.Column != tt.col || !strings.Contains(se.Msg, tt.msg) {
			t.Errorf("Compile(%q): %v; want line %d, column %d, %q", tt.in, err, tt.line, tt.col, tt.msg)
		}
	}
}

func TestDates(t *testing.T) {
	for _, abs := range []int64{0, -1, 1, 581040000, -978307200, 1 << 40, -(1 << 40), 1<<63 - 1, -1 << 63} {
		s := FormatTime(abs)
		back, err := parseDateLiteral(s)
		if err != nil || back != abs {
			t.Errorf("%d prints %q, reads back %d (%v)", abs, s, back, err)
		}
	}
	if got := FormatTime(-978307200); got != "1970-01-01 00:00:00 +0000" {
		t.Errorf("Unix epoch prints %q", got)
	}
}
