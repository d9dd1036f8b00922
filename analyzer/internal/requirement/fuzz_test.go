package requirement

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusRequirementSets finds requirements sets in the shared corpus's Mach-O
// files by their magic (small files only, to keep the seed corpus quick).
func corpusRequirementSets() [][]byte {
	files := testcorpus.Glob("macho", "*")
	var out [][]byte
	for _, path := range files {
		if st, err := os.Stat(path); err != nil || st.Size() > 4<<20 {
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		magic := []byte{0xfa, 0xde, 0x0c, 0x01}
		for i := bytes.Index(b, magic); i >= 0 && i+8 <= len(b); {
			n := int(binary.BigEndian.Uint32(b[i+4:]))
			if n >= 12 && n <= 1<<16 && i+n <= len(b) {
				out = append(out, b[i:i+n])
			}
			j := bytes.Index(b[i+4:], magic)
			if j < 0 {
				break
			}
			i += 4 + j
		}
	}
	return out
}

// gen builds requirement trees from fuzz bytes. The trees are the ones text
// can express: and/or chains grouped to the left (as every compiler builds
// them), SHA-1 sized hashes, OIDs in canonical form.
type gen struct {
	b []byte
}

func (g *gen) byte() byte {
	if len(g.b) == 0 {
		return 0
	}
	c := g.b[0]
	g.b = g.b[1:]
	return c
}

func (g *gen) u32() uint32 {
	return uint32(g.byte())<<24 | uint32(g.byte())<<16 | uint32(g.byte())<<8 | uint32(g.byte())
}

var genWords = []string{"", "a", "x.y", "com.example.app", "EQHXZ8M8AV", "72LA85G59H", "and", "anchor", "subject.OU",
	"Apple Development: X (ABC)", `q"uo\te`, "tab\there", "new\nline", "caf\xc3\xa9", "\x00\x01", ".dot", "a.1b", "H", "0x12"}

func (g *gen) str() string {
	c := g.byte()
	if c < 200 {
		return genWords[int(c)%len(genWords)]
	}
	n := int(g.byte() % 12)
	var s strings.Builder
	for i := 0; i < n; i++ {
		s.WriteByte(g.byte())
	}
	return s.String()
}

func (g *gen) hash() []byte {
	h := make([]byte, 20)
	for i := range h {
		h[i] = g.byte()
	}
	return h
}

func (g *gen) oid() []byte {
	switch g.byte() % 4 {
	case 0:
		return []byte(oidDevIDCA)
	case 1:
		return oidDevIDLeaf
	case 2:
		return nil
	}
	first := uint64(g.byte() % 3)
	second := uint64(g.byte())
	if first < 2 {
		second %= 40
	}
	out := appendBase128(nil, first*40+second)
	for i := int(g.byte() % 4); i > 0; i-- {
		out = appendBase128(out, uint64(g.u32()))
	}
	return out
}

func (g *gen) slot() int32 {
	switch g.byte() % 4 {
	case 0:
		return SlotLeaf
	case 1:
		return SlotRoot
	}
	return int32(g.u32())
}

func (g *gen) match(dates bool) Match {
	op := MatchOp(g.byte() % uint8(matchCount))
	if op.isDateMatch() && !dates {
		op = MatchEqual
	}
	m := Match{Op: op}
	switch {
	case op == MatchExists || op == MatchAbsent:
	case op.isDateMatch():
		m.Time = int64(uint64(g.u32())<<32 | uint64(g.u32()))
	default:
		m.Value = g.str()
	}
	return m
}

// node makes an expression; notAnd/notOr keep right operands from repeating
// their parent's operator, which text cannot express.
func (g *gen) node(depth int, notAnd, notOr bool) *Node {
	if depth > 6 || len(g.b) == 0 {
		return &Node{Op: OpTrue}
	}
	for {
		op := Op(g.byte() % uint8(opCount))
		switch op {
		case OpInfoKeyValue:
			continue // legacy: prints as, and compiles to, info[key] = value
		case OpAnd:
			if notAnd {
				continue
			}
		case OpOr:
			if notOr {
				continue
			}
		}
		n := &Node{Op: op}
		switch op {
		case OpIdent, OpNamedAnchor, OpNamedCode:
			n.Str = g.str()
		case OpAnchorHash:
			n.Slot, n.Hash = g.slot(), g.hash()
		case OpAnd:
			n.Left, n.Right = g.node(depth+1, false, false), g.node(depth+1, true, false)
		case OpOr:
			n.Left, n.Right = g.node(depth+1, false, false), g.node(depth+1, false, true)
		case OpNot:
			n.Left = g.node(depth+1, false, false)
		case OpCDHash:
			n.Hash = g.hash()
		case OpInfoKeyField, OpEntitlementField:
			n.Str, n.Match = g.str(), g.match(true)
		case OpCertField:
			n.Slot = g.slot()
			n.Str = []string{"subject.CN", "subject.OU", "subject.O", "email", "subject.C-OU"}[g.byte()%5]
			n.Match = g.match(true)
		case OpCertGeneric, OpCertPolicy, OpCertFieldDate:
			n.Slot, n.OID, n.Match = g.slot(), g.oid(), g.match(true)
		case OpTrustedCert:
			n.Slot = g.slot()
			if n.Slot != SlotLeaf && n.Slot != SlotRoot && n.Slot < 0 {
				n.Slot = -n.Slot // "certificate -2trusted" does not lex; "certificate 2trusted" does
			}
			if n.Slot == SlotLeaf || n.Slot == SlotRoot {
				n.Slot = 1 // "leaftrusted" is one word: Apple's printout cannot be read back
			}
		case OpPlatform:
			n.Platform = int32(g.u32())
		}
		return n
	}
}

// checkRoundTrip asserts binary -> text -> binary and text -> binary -> text.
func checkRoundTrip(t *testing.T, n *Node) {
	t.Helper()
	if n.Op == OpTrustedCert && n.Slot == -2147483648 {
		return
	}
	blob := Encode(n)
	text, err := Decompile(blob)
	if err != nil {
		t.Fatalf("Decompile: %v\nblob % x", err, blob)
	}
	again, err := Compile(text)
	if err != nil {
		t.Fatalf("Compile(%q): %v", text, err)
	}
	if !bytes.Equal(again, blob) {
		t.Fatalf("binary -> text -> binary differs for %q\n got % x\nwant % x", text, again, blob)
	}
	text2, err := Decompile(again)
	if err != nil || text2 != text {
		t.Fatalf("text -> binary -> text: %q, want %q (%v)", text2, text, err)
	}
	back, err := Decode(blob)
	if err != nil || !bytes.Equal(Encode(back), blob) {
		t.Fatalf("Decode/Encode differs: %v", err)
	}
}

func FuzzRoundTrip(f *testing.F) {
	for _, seed := range [][]byte{
		{6, 2, 0, 15},
		{6, 6, 2, 3, 15, 14, 0, 0, 4},
		{7, 9, 3, 10, 5, 1, 2, 200, 5, 'a', 'b', 'c', 0xff, 0, 0},
		{22, 0, 1, 0, 0, 0, 9, 0x80, 0, 0, 0, 0, 0, 0, 0},
		{20, 0xff, 0xff, 0xff, 0xfe},
		{4, 2, 0xff, 0xff, 0xff, 0xfe, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20},
		bytes.Repeat([]byte{6, 7, 9, 10, 16, 11, 14}, 8),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		g := &gen{b: b}
		checkRoundTrip(t, g.node(0, false, false))
	})
}

// Sets round trip too, types included.
func TestSetRoundTrip(t *testing.T) {
	g := &gen{b: []byte("some bytes to build a few requirements from, of every sort: 0123456789")}
	s := Set{TypeDesignated: g.node(0, false, false), TypeHost: g.node(0, false, false), 0: &Node{Op: OpTrue},
		17: &Node{Op: OpNotarized}, 0x80000001: &Node{Op: OpFalse}}
	blob := EncodeSet(s)
	text, err := SetText(blob)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Compile(text)
	if err != nil {
		t.Fatalf("Compile(%q): %v", text, err)
	}
	if !bytes.Equal(again, blob) {
		t.Errorf("set differs after a round trip through\n%s", text)
	}
}

// FuzzDecompile feeds arbitrary blobs to the decompiler and decoder: no
// panics, and whatever decodes cleanly and prints as compilable text
// recompiles to text that prints the same.
func FuzzDecompile(f *testing.F) {
	for _, tt := range decompileTests {
		f.Add(tt.blob)
	}
	f.Add(set(uint32(3), prog(OpIdent, "x"), uint32(1), prog(OpAppleAnchor)))
	for _, b := range corpusRequirementSets() {
		f.Add(b)
		if entries, err := openSet(b); err == nil {
			for _, e := range entries {
				f.Add(e.Blob)
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, derr := Decompile(b)
		_, _ = SetText(b)
		_, _ = DecompileSet(b)
		if s, err := DecodeSet(b); err == nil {
			for _, n := range s {
				_ = Lint(n)
			}
		}
		n, err := Decode(b)
		if err != nil {
			return
		}
		_ = Evaluate(n, &Context{})
		if hasUnprintable(n) {
			return // Apple's decompiler reads unknown opcodes differently from its interpreter
		}
		if derr != nil {
			t.Fatalf("Decode succeeded where Decompile failed: %v", derr)
		}
		blob, err := Compile(text)
		if err != nil {
			return // Apple prints some programs in forms its compiler cannot read
		}
		text2, err := Decompile(blob)
		if err != nil || text2 != text {
			t.Fatalf("%q recompiles to %q (%v)", text, text2, err)
		}
	})
}

// hasUnprintable reports nodes whose printout does not describe them:
// unknown opcodes and unknown match operations.
func hasUnprintable(n *Node) bool {
	if n == nil {
		return false
	}
	if n.Raw != 0 || n.Op >= opCount || n.Match.Op >= matchCount {
		return true
	}
	return hasUnprintable(n.Left) || hasUnprintable(n.Right)
}

// FuzzCompile feeds arbitrary text to the compiler: no panics, and whatever
// compiles prints as text that compiles to the same bytes.
func FuzzCompile(f *testing.F) {
	for _, tt := range decompileTests {
		f.Add(tt.want)
	}
	for _, s := range []string{
		"designated => identifier x\nhost => anchor apple",
		`anchor apple generic and certificate leaf[subject.OU] = "EQHXZ8M8AV"`,
		`info[k] >= timestamp "20190601000000.5-0130" or ! (a)`,
		`certificate -3[policy.2.5.29.32.0] absent`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		blob, err := Compile(text)
		if err != nil {
			return
		}
		var out string
		if binary.BigEndian.Uint32(blob) == MagicRequirements {
			out, err = SetText(blob)
		} else {
			out, err = Decompile(blob)
		}
		if err != nil {
			t.Fatalf("compiled %q but cannot decompile: %v", text, err)
		}
		if unreadableTrusted(out) {
			return // Apple's own printout of a trusted leaf or root, which it cannot read back either
		}
		again, err := Compile(out)
		if err != nil {
			t.Fatalf("%q prints as %q, which does not compile: %v", text, out, err)
		}
		if !bytes.Equal(again, blob) {
			t.Fatalf("%q prints as %q, which compiles differently", text, out)
		}
	})
}

// unreadableTrusted says out holds "certificate leaftrusted", "roottrusted"
// or "-2trusted": Apple's requirement printer writes no space before
// "trusted" (as this package's does), and the result lexes as one word.
func unreadableTrusted(out string) bool {
	for _, w := range strings.Fields(out) {
		if w == "leaftrusted" || w == "roottrusted" || strings.HasPrefix(w, "-") && strings.HasSuffix(w, "trusted") {
			return true
		}
	}
	return false
}
