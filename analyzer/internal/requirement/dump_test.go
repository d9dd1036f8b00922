package requirement

import (
	"encoding/binary"
	"strings"
	"testing"
)

// prog assembles a requirement blob from words (uint32/int32/Op/MatchOp),
// data items (string) and 64-bit dates (int64), as Apple's Maker lays them out.
func prog(items ...any) []byte {
	e := &encoder{b: make([]byte, 12)}
	for _, it := range items {
		switch v := it.(type) {
		case uint32:
			e.u32(v)
		case int:
			e.u32(uint32(int32(v)))
		case Op:
			e.u32(uint32(v))
		case MatchOp:
			e.u32(uint32(v))
		case string:
			e.data([]byte(v))
		case []byte:
			e.data(v)
		case int64:
			e.i64(v)
		default:
			panic("prog: bad item")
		}
	}
	binary.BigEndian.PutUint32(e.b, MagicRequirement)
	binary.BigEndian.PutUint32(e.b[4:], uint32(len(e.b)))
	binary.BigEndian.PutUint32(e.b[8:], KindExpr)
	return e.b
}

var (
	oidDevIDCA    = string([]byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x02, 0x06})
	oidDevIDLeafS = string(oidDevIDLeaf)
	sha1Hash      = string([]byte{0xa6, 0x84, 0x3b, 0x65, 0x5e, 0x81, 0x1f, 0x43, 0xf0, 0x7b, 0x0a, 0xe1, 0xb3, 0x4a, 0xe8, 0xc7, 0x87, 0x4b, 0x3d, 0x63})
)

// The text each program must decompile to, as codesign prints it.
var decompileTests = []struct {
	name string
	blob []byte
	want string
}{
	{"never", prog(OpFalse), "never"},
	{"always", prog(OpTrue), "always"},
	{"identifier dotted is quoted", prog(OpIdent, "org.golang.gofmt"), `identifier "org.golang.gofmt"`},
	{"identifier plain word is bare", prog(OpIdent, "goodcert"), `identifier goodcert`},
	{"identifier starting with digit is quoted", prog(OpIdent, "9lives"), `identifier "9lives"`},
	{"identifier keyword is quoted", prog(OpIdent, "anchor"), `identifier "anchor"`},
	{"identifier empty", prog(OpIdent, ""), `identifier ""`},
	{"identifier escapes", prog(OpIdent, `a"b\c`), `identifier "a\"b\\c"`},
	{"identifier with newline stays printable", prog(OpIdent, "a\nb"), "identifier \"a\nb\""},
	{"identifier non-ASCII is hex", prog(OpIdent, "caf\xc3\xa9"), `identifier 0x636166c3a9`},
	{"identifier control byte is hex", prog(OpIdent, "a\x00"), `identifier 0x6100`},
	{"anchor apple", prog(OpAppleAnchor), "anchor apple"},
	{"anchor apple generic", prog(OpAppleGenericAnchor), "anchor apple generic"},
	{"anchor hash root", prog(OpAnchorHash, -1, sha1Hash), `certificate root = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
	{"anchor hash leaf", prog(OpAnchorHash, 0, sha1Hash), `certificate leaf = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
	{"anchor hash positive", prog(OpAnchorHash, 1, sha1Hash), `certificate 1 = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
	{"anchor hash negative", prog(OpAnchorHash, -2, sha1Hash), `certificate -2 = H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
	{"legacy info key value", prog(OpInfoKeyValue, "CFBundleVersion", "1.0"), `info[CFBundleVersion] = "1.0"`},
	{"cdhash", prog(OpCDHash, sha1Hash), `cdhash H"a6843b655e811f43f07b0ae1b34ae8c7874b3d63"`},
	{"not", prog(OpNot, OpAppleAnchor), "! anchor apple"},
	{"not of and gets parentheses", prog(OpNot, OpAnd, OpTrue, OpFalse), "! (always and never)"},
	{"left-nested and", prog(OpAnd, OpAnd, OpTrue, OpFalse, OpTrue), "always and never and always"},
	{"right-nested and prints the same", prog(OpAnd, OpTrue, OpAnd, OpFalse, OpTrue), "always and never and always"},
	{"or under and gets parentheses", prog(OpAnd, OpOr, OpTrue, OpFalse, OpTrue), "(always or never) and always"},
	{"and under or does not", prog(OpOr, OpAnd, OpTrue, OpFalse, OpTrue), "always and never or always"},
	{"info exists", prog(OpInfoKeyField, "CFBundleName", MatchExists), "info[CFBundleName] /* exists */"},
	{"info key with dots is bare", prog(OpInfoKeyField, "a.b.c", MatchExists), "info[a.b.c] /* exists */"},
	{"entitlement key with dash is quoted", prog(OpEntitlementField, "com.apple.security.app-sandbox", MatchExists), `entitlement["com.apple.security.app-sandbox"] /* exists */`},
	{"absent", prog(OpEntitlementField, "x", MatchAbsent), "entitlement[x] absent "},
	{"equal", prog(OpInfoKeyField, "k", MatchEqual, "v"), "info[k] = v"},
	{"contains", prog(OpInfoKeyField, "k", MatchContains, "v"), "info[k] ~ v"},
	{"begins with", prog(OpInfoKeyField, "k", MatchBeginsWith, "v"), "info[k] = v*"},
	{"ends with", prog(OpInfoKeyField, "k", MatchEndsWith, "v"), "info[k] = *v"},
	{"less than", prog(OpInfoKeyField, "k", MatchLessThan, "1.2"), `info[k] < "1.2"`},
	{"greater than", prog(OpInfoKeyField, "k", MatchGreaterThan, "v"), "info[k] > v"},
	{"less equal", prog(OpInfoKeyField, "k", MatchLessEqual, "v"), "info[k] <= v"},
	{"greater equal", prog(OpInfoKeyField, "k", MatchGreaterEqual, "v"), "info[k] >= v"},
	{"hex value", prog(OpInfoKeyField, "k", MatchEqual, "\xff\x01"), "info[k] = 0xff01"},
	{"on", prog(OpInfoKeyField, "k", MatchOn, int64(581040000)), "info[k] = <2019-06-01 00:00:00 +0000>"},
	{"before", prog(OpInfoKeyField, "k", MatchBefore, int64(0)), "info[k] < <2001-01-01 00:00:00 +0000>"},
	{"after", prog(OpInfoKeyField, "k", MatchAfter, int64(-1)), "info[k] > <2000-12-31 23:59:59 +0000>"},
	{"on or before", prog(OpInfoKeyField, "k", MatchOnOrBefore, int64(86400)), "info[k] <= <2001-01-02 00:00:00 +0000>"},
	{"on or after", prog(OpInfoKeyField, "k", MatchOnOrAfter, int64(86399)), "info[k] >= <2001-01-01 23:59:59 +0000>"},
	{"unknown match op", prog(OpInfoKeyField, "k", uint32(99), "v"), "info[k]MATCH OPCODE 99 NOT UNDERSTOOD"},
	{"subject field", prog(OpCertField, 0, "subject.OU", MatchEqual, "EQHXZ8M8AV"), "certificate leaf[subject.OU] = EQHXZ8M8AV"},
	{"team starting with digit", prog(OpCertField, 0, "subject.OU", MatchEqual, "72LA85G59H"), `certificate leaf[subject.OU] = "72LA85G59H"`},
	{"field exists", prog(OpCertGeneric, 1, oidDevIDCA, MatchExists), "certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */"},
	{"field on root", prog(OpCertGeneric, -1, oidDevIDCA, MatchExists), "certificate root[field.1.2.840.113635.100.6.2.6] /* exists */"},
	{"policy", prog(OpCertPolicy, 0, "\x2a\x86\x48\x86\xf7\x63\x64\x05\x01", MatchExists), "certificate leaf[policy.1.2.840.113635.100.5.1] /* exists */"},
	{"timestamp field", prog(OpCertFieldDate, 0, "\x2a\x86\x48\x86\xf7\x63\x64\x06\x01\x21", MatchBefore, int64(581040000)),
		"certificate leaf[timestamp.1.2.840.113635.100.6.1.33] < <2019-06-01 00:00:00 +0000>"},
	{"empty OID", prog(OpCertGeneric, 0, "", MatchExists), "certificate leaf[field.] /* exists */"},
	{"OID first arc 2", prog(OpCertGeneric, 0, "\x88\x37\x03", MatchExists), "certificate leaf[field.2.999.3] /* exists */"},
	{"OID with trailing continuation reads the padding", prog(OpCertGeneric, 0, "\x2a\x86", MatchExists), "certificate leaf[field.1.2.768] /* exists */"},
	{"OID first arcs cut at 9 characters", prog(OpCertGeneric, 0, "\x8f\xff\xff\xff\x7f", MatchExists), "certificate leaf[field.2.4294967] /* exists */"},
	{"trusted cert", prog(OpTrustedCert, 1), "certificate 1trusted"},
	{"trusted certs", prog(OpTrustedCerts), "anchor trusted"},
	{"named anchor", prog(OpNamedAnchor, "foo"), "anchor apple foo"},
	{"named code", prog(OpNamedCode, "bar"), "(bar)"},
	{"platform", prog(OpPlatform, 2), "platform = 2"},
	{"platform negative", prog(OpPlatform, -3), "platform = -3"},
	{"notarized", prog(OpNotarized), "notarized"},
	{"legacy", prog(OpLegacyDevID), "legacy"},
	{"flagged known opcode", prog(uint32(0x80000001)), "always"},
	{"unknown generic false", prog(uint32(0x80000063), 0), "false /* opcode 99 */"},
	{"unknown generic skip", prog(uint32(0x40000063), 0), "/* opcode 99 */"},
	{"unknown opcode", prog(uint32(99)), "OPCODE 99 NOT UNDERSTOOD (ending print)"},
	{"unknown opcode inside and keeps reading", prog(OpAnd, uint32(99), OpTrue), "OPCODE 99 NOT UNDERSTOOD (ending print) and always"},
	{"developer ID designated requirement (codesign's own form, right-nested)",
		prog(OpAnd, OpIdent, "org.golang.gofmt", OpAnd, OpAppleGenericAnchor, OpAnd, OpCertGeneric, 1, oidDevIDCA, MatchExists,
			OpAnd, OpCertGeneric, 0, oidDevIDLeafS, MatchExists, OpCertField, 0, "subject.OU", MatchEqual, "EQHXZ8M8AV"),
		`identifier "org.golang.gofmt" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = EQHXZ8M8AV`},
}

func TestDecompile(t *testing.T) {
	for _, tt := range decompileTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decompile(tt.blob)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestDecompileLongBareWordIsWhole(t *testing.T) {
	word := strings.Repeat("a", 300)
	got, err := Decompile(prog(OpIdent, word))
	if err != nil || got != "identifier "+word {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestDecompileErrors(t *testing.T) {
	valid := prog(OpIdent, "x")
	for name, blob := range map[string][]byte{
		"empty":           nil,
		"short":           valid[:8],
		"bad magic":       append([]byte{0xfa, 0xde, 0x0c, 0x01}, valid[4:]...),
		"length too long": func() []byte { b := append([]byte(nil), valid...); binary.BigEndian.PutUint32(b[4:], 999); return b }(),
		"length too short": func() []byte {
			b := append([]byte(nil), valid...)
			binary.BigEndian.PutUint32(b[4:], 4)
			return b
		}(),
		"kind 2":            func() []byte { b := append([]byte(nil), valid...); b[11] = 2; return b }(),
		"truncated data":    valid[:len(valid)-4],
		"no program":        prog(),
		"and missing right": prog(OpAnd, OpTrue),
		"data past end":     prog(OpIdent, uint32(1000)),
	} {
		t.Run(name, func(t *testing.T) {
			b := blob
			// keep the declared length honest where the test cut the bytes
			if len(b) >= 12 && name == "truncated data" {
				b = append([]byte(nil), b...)
				binary.BigEndian.PutUint32(b[4:], uint32(len(b)))
			}
			if s, err := Decompile(b); err == nil {
				t.Errorf("no error; got %q", s)
			}
		})
	}
}

func TestDecompileDeepNesting(t *testing.T) {
	var items []any
	for i := 0; i < 5000; i++ {
		items = append(items, OpNot)
	}
	items = append(items, OpTrue)
	if _, err := Decompile(prog(items...)); err == nil {
		t.Error("5000 nested nots decompiled without error")
	}
	if _, err := Decode(prog(items...)); err == nil {
		t.Error("5000 nested nots decoded without error")
	}
}

func set(entries ...any) []byte {
	n := len(entries) / 2
	out := make([]byte, 12+8*n)
	binary.BigEndian.PutUint32(out, MagicRequirements)
	binary.BigEndian.PutUint32(out[8:], uint32(n))
	for i := 0; i < n; i++ {
		binary.BigEndian.PutUint32(out[12+8*i:], entries[2*i].(uint32))
		binary.BigEndian.PutUint32(out[16+8*i:], uint32(len(out)))
		out = append(out, entries[2*i+1].([]byte)...)
	}
	binary.BigEndian.PutUint32(out[4:], uint32(len(out)))
	return out
}

func TestSetText(t *testing.T) {
	s := set(uint32(3), prog(OpIdent, "x"), uint32(1), prog(OpAppleAnchor), uint32(0), prog(OpTrue), uint32(9), prog(OpFalse),
		uint32(0x80000000), prog(OpTrue), uint32(4), prog(uint32(0x40000063), 0))
	got, err := SetText(s)
	if err != nil {
		t.Fatal(err)
	}
	want := "designated => identifier x\nhost => anchor apple\ninvalid => always\n/*unknown type*/ 9 => never\n" +
		"/*unknown type*/ -2147483648 => always\nlibrary =>  /* opcode 99 */\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	m, err := DecompileSet(s)
	if err != nil || m[3] != "identifier x" || m[1] != "anchor apple" {
		t.Errorf("DecompileSet = %v, %v", m, err)
	}
	if got, _ := SetText(prog(OpTrue)); got != "always\n" {
		t.Errorf("single requirement: %q", got)
	}
	empty := set()
	if m, err := DecompileSet(empty); err != nil || len(m) != 0 {
		t.Errorf("empty set: %v, %v", m, err)
	}
}

func TestSetErrors(t *testing.T) {
	good := set(uint32(3), prog(OpTrue))
	mutate := func(f func(b []byte)) []byte { b := append([]byte(nil), good...); f(b); return b }
	for name, b := range map[string][]byte{
		"short":            good[:8],
		"bad magic":        mutate(func(b []byte) { b[3] = 0xc0 }),
		"count too big":    mutate(func(b []byte) { binary.BigEndian.PutUint32(b[8:], 1000) }),
		"offset in index":  mutate(func(b []byte) { binary.BigEndian.PutUint32(b[16:], 4) }),
		"offset past end":  mutate(func(b []byte) { binary.BigEndian.PutUint32(b[16:], 1000) }),
		"zero offset":      mutate(func(b []byte) { binary.BigEndian.PutUint32(b[16:], 0) }),
		"member too long":  mutate(func(b []byte) { binary.BigEndian.PutUint32(b[24:], 1000) }),
		"member bad magic": mutate(func(b []byte) { b[23] = 0x05 }),
	} {
		if _, err := SetText(b); err == nil {
			t.Errorf("%s: SetText: no error", name)
		}
		if _, err := DecodeSet(b); err == nil {
			t.Errorf("%s: DecodeSet: no error", name)
		}
	}
}
