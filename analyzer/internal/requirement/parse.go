package requirement

import (
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Parsed is the result of reading requirement text: either one requirement
// (Set is nil) or a set of typed requirements ("designated => …").
type Parsed struct {
	Req *Node
	Set Set
	// Order is the set's types in the order they were written.
	Order []uint32
}

// ParseText reads requirement text. Like Apple's compiler it decides by
// itself whether the text is one requirement or a set ("designated => …
// host => …").
func ParseText(text string) (*Parsed, error) {
	toks, err := tokenize(text)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if p.startsSet() {
		return p.set()
	}
	n, err := p.element()
	if err != nil {
		return nil, err
	}
	if err := p.expectEOF(); err != nil {
		return nil, err
	}
	return &Parsed{Req: n}, nil
}

// ParseRequirement reads text that must be a single requirement.
func ParseRequirement(text string) (*Node, error) {
	r, err := ParseText(text)
	if err != nil {
		return nil, err
	}
	if r.Req == nil {
		return nil, &SyntaxError{Line: 1, Column: 1, Msg: "this is a requirement set (type => …); a single requirement is expected"}
	}
	return r.Req, nil
}

// Compile turns requirement text into its binary form, as `csreq -b` does: a
// requirement blob (0xfade0c00) for one requirement, a requirements set
// (0xfade0c01) for text of the form "designated => … library => …".
func Compile(text string) ([]byte, error) {
	r, err := ParseText(text)
	if err != nil {
		return nil, err
	}
	if r.Set != nil {
		return EncodeSet(r.Set), nil
	}
	return Encode(r.Req), nil
}

type parser struct {
	toks []token
	pos  int
}

func (p *parser) peek() token { return p.toks[p.pos] }
func (p *parser) peekN(n int) token {
	if p.pos+n < len(p.toks) {
		return p.toks[p.pos+n]
	}
	return p.toks[len(p.toks)-1]
}
func (p *parser) take() token {
	t := p.toks[p.pos]
	if t.kind != tEOF {
		p.pos++
	}
	return t
}

func (p *parser) errAt(t token, format string, args ...any) error {
	return &SyntaxError{Line: t.line, Column: t.col, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) unexpected(t token, want string) error {
	return p.errAt(t, "expected %s, found %s", want, t)
}

func (p *parser) expect(s string) (token, error) {
	t := p.take()
	if !t.is(s) {
		return t, p.unexpected(t, fmt.Sprintf("%q", s))
	}
	return t, nil
}

func (p *parser) expectEOF() error {
	if t := p.peek(); t.kind != tEOF {
		return p.unexpected(t, `"and", "or" or the end`)
	}
	return nil
}

var setTypes = map[string]uint32{"host": TypeHost, "guest": TypeGuest, "designated": TypeDesignated, "library": TypeLibrary, "plugin": TypePlugin}

func (p *parser) startsSet() bool {
	t := p.peek()
	if t.kind == tKeyword {
		_, ok := setTypes[t.text]
		return ok
	}
	// `invalid =>` is how the decompiler labels type 0, and it prints types
	// above 2^31 as negative numbers.
	if t.is("-") {
		return p.peekN(1).kind == tInt && p.peekN(2).is("=>")
	}
	return (t.kind == tInt || (t.kind == tWord && t.text == "invalid")) && p.peekN(1).is("=>")
}

func (p *parser) set() (*Parsed, error) {
	out := &Parsed{Set: Set{}}
	for {
		t := p.take()
		var typ uint32
		switch {
		case t.kind == tKeyword && setTypes[t.text] != 0:
			typ = setTypes[t.text]
		case t.kind == tWord && t.text == "invalid":
			typ = 0
		case t.kind == tInt:
			v, err := p.integer(t, math.MaxUint32)
			if err != nil {
				return nil, err
			}
			typ = uint32(v)
		case t.is("-"):
			v, err := p.signedInt(p.take(), true)
			if err != nil {
				return nil, err
			}
			typ = uint32(v)
		default:
			return nil, p.unexpected(t, "a requirement type (designated, host, guest, library, plugin or a number)")
		}
		if _, err := p.expect("=>"); err != nil {
			return nil, err
		}
		n, err := p.element()
		if err != nil {
			return nil, err
		}
		if _, dup := out.Set[typ]; !dup {
			out.Order = append(out.Order, typ)
		}
		// Apple's set maker keeps the last requirement given for a type.
		out.Set[typ] = n
		if p.peek().kind == tEOF {
			return out, nil
		}
	}
}

// element is one requirement and the semicolons that may follow it.
func (p *parser) element() (*Node, error) {
	n, err := p.expr(0)
	if err != nil {
		return nil, err
	}
	for p.peek().is(";") {
		p.take()
	}
	return n, nil
}

// expr: term ("or" term)*, grouped to the left as Apple's compiler does.
func (p *parser) expr(depth int) (*Node, error) {
	if depth >= maxDepth {
		return nil, p.errAt(p.peek(), "expression nested too deeply")
	}
	left, err := p.term(depth)
	if err != nil {
		return nil, err
	}
	for p.peek().is("or") {
		p.take()
		right, err := p.term(depth)
		if err != nil {
			return nil, err
		}
		left = &Node{Op: OpOr, Left: left, Right: right}
	}
	return left, nil
}

func (p *parser) term(depth int) (*Node, error) {
	left, err := p.primary(depth)
	if err != nil {
		return nil, err
	}
	for p.peek().is("and") {
		p.take()
		right, err := p.primary(depth)
		if err != nil {
			return nil, err
		}
		left = &Node{Op: OpAnd, Left: left, Right: right}
	}
	return left, nil
}

func (p *parser) primary(depth int) (*Node, error) {
	if depth >= maxDepth {
		return nil, p.errAt(p.peek(), "expression nested too deeply")
	}
	t := p.take()
	if t.kind == tPunct {
		switch t.text {
		case "(":
			// (name) calls a named requirement; anything else is grouping.
			if k := p.peek().kind; k == tWord || k == tString || k == tHex {
				name, err := p.identifierString()
				if err != nil {
					return nil, err
				}
				if _, err := p.expect(")"); err != nil {
					return nil, err
				}
				return &Node{Op: OpNamedCode, Str: name}, nil
			}
			n, err := p.expr(depth + 1)
			if err != nil {
				return nil, err
			}
			if _, err := p.expect(")"); err != nil {
				return nil, err
			}
			return n, nil
		case "!":
			n, err := p.primary(depth + 1)
			if err != nil {
				return nil, err
			}
			return &Node{Op: OpNot, Left: n}, nil
		}
	}
	if t.kind != tKeyword {
		return nil, p.unexpected(t, "a condition (identifier, anchor, certificate, info, entitlement, cdhash, …)")
	}
	switch t.text {
	case "always", "true":
		return &Node{Op: OpTrue}, nil
	case "never", "false":
		return &Node{Op: OpFalse}, nil
	case "identifier":
		p.optionalEquals()
		s, err := p.identifierString()
		if err != nil {
			return nil, err
		}
		return &Node{Op: OpIdent, Str: s}, nil
	case "cdhash":
		p.optionalEquals()
		h, err := p.hash()
		if err != nil {
			return nil, err
		}
		return &Node{Op: OpCDHash, Hash: h}, nil
	case "platform":
		p.optionalEquals()
		neg := false
		if p.peek().is("-") {
			p.take()
			neg = true
		}
		nt := p.take()
		if nt.kind != tInt {
			return nil, p.unexpected(nt, "a platform number")
		}
		v, err := p.signedInt(nt, neg)
		if err != nil {
			return nil, err
		}
		return &Node{Op: OpPlatform, Platform: v}, nil
	case "notarized":
		return &Node{Op: OpNotarized}, nil
	case "legacy":
		return &Node{Op: OpLegacyDevID}, nil
	case "info", "entitlement":
		key, err := p.bracketKey()
		if err != nil {
			return nil, err
		}
		m, err := p.matchSuffix()
		if err != nil {
			return nil, err
		}
		op := OpInfoKeyField
		if t.text == "entitlement" {
			op = OpEntitlementField
		}
		return &Node{Op: op, Str: key, Match: m}, nil
	case "anchor":
		return p.anchor()
	case "certificate", "cert":
		if p.peek().is("trusted") {
			p.take()
			return &Node{Op: OpTrustedCerts}, nil
		}
		slot, err := p.certSlot()
		if err != nil {
			return nil, err
		}
		if p.peek().is("trusted") {
			p.take()
			return &Node{Op: OpTrustedCert, Slot: slot}, nil
		}
		return p.certSlotSpec(slot)
	}
	return nil, p.unexpected(t, "a condition (identifier, anchor, certificate, info, entitlement, cdhash, …)")
}

func (p *parser) anchor() (*Node, error) {
	t := p.peek()
	switch {
	case t.is("apple"):
		p.take()
		next := p.peek()
		switch {
		case next.is("generic"):
			p.take()
			return &Node{Op: OpAppleGenericAnchor}, nil
		case (next.kind == tWord || next.kind == tString || next.kind == tHex) && !p.peekN(1).is("=>"):
			name, err := p.identifierString()
			if err != nil {
				return nil, err
			}
			return &Node{Op: OpNamedAnchor, Str: name}, nil
		}
		return &Node{Op: OpAppleAnchor}, nil
	case t.is("generic"):
		p.take()
		if _, err := p.expect("apple"); err != nil {
			return nil, err
		}
		return &Node{Op: OpAppleGenericAnchor}, nil
	case t.is("trusted"):
		p.take()
		return &Node{Op: OpTrustedCerts}, nil
	}
	return p.certSlotSpec(SlotRoot)
}

func (p *parser) certSlot() (int32, error) {
	t := p.take()
	switch {
	case t.is("leaf"):
		return SlotLeaf, nil
	case t.is("root"):
		return SlotRoot, nil
	case t.is("-"):
		nt := p.take()
		if nt.kind != tInt {
			return 0, p.unexpected(nt, "a certificate number after -")
		}
		return p.signedInt(nt, true)
	case t.kind == tInt:
		return p.signedInt(t, false)
	}
	return 0, p.unexpected(t, "a certificate position (leaf, root, 1, -2, …)")
}

// certSlotSpec is what follows a certificate position: = H"…" or [field] and
// a match.
func (p *parser) certSlotSpec(slot int32) (*Node, error) {
	t := p.peek()
	if t.is("[") {
		keyTok := p.peekN(1)
		key, err := p.bracketKey()
		if err != nil {
			return nil, err
		}
		n, err := p.certField(keyTok, slot, key)
		if err != nil {
			return nil, err
		}
		if n.Match, err = p.matchSuffix(); err != nil {
			return nil, err
		}
		return n, nil
	}
	p.optionalEquals()
	t = p.peek()
	switch t.kind {
	case tHash:
		h, err := p.hash()
		if err != nil {
			return nil, err
		}
		return &Node{Op: OpAnchorHash, Slot: slot, Hash: h}, nil
	case tPath, tString, tWord:
		return nil, p.errAt(t, "certificate files cannot be read here; give the certificate's SHA-1 as H\"…\" instead")
	}
	return nil, p.unexpected(t, `[field] or = H"<SHA-1 of the certificate>"`)
}

// certField turns a bracket key into the opcode Apple's compiler picks for
// its prefix.
func (p *parser) certField(at token, slot int32, key string) (*Node, error) {
	for _, f := range []struct {
		prefix string
		op     Op
	}{{"timestamp.", OpCertFieldDate}, {"field.", OpCertGeneric}, {"extension.", OpCertGeneric}, {"policy.", OpCertPolicy}} {
		if rest, ok := strings.CutPrefix(key, f.prefix); ok {
			oid, err := encodeOID(rest)
			if err != nil {
				return nil, p.errAt(at, "%s: %v", key, err)
			}
			return &Node{Op: f.op, Slot: slot, OID: oid}, nil
		}
	}
	if strings.HasPrefix(key, "subject.") || key == "email" {
		return &Node{Op: OpCertField, Slot: slot, Str: key}, nil
	}
	return nil, p.errAt(at, "%s: unrecognized certificate field (use subject.X, field.OID, extension.OID, policy.OID or timestamp.OID)", key)
}

// matchSuffix reads the match operation after a field. Nothing (or
// "exists") means exists.
func (p *parser) matchSuffix() (Match, error) {
	t := p.peek()
	switch {
	case t.is("exists"):
		p.take()
		return Match{Op: MatchExists}, nil
	case t.is("absent"):
		p.take()
		return Match{Op: MatchAbsent}, nil
	case t.is("=") || t.is("=="):
		p.take()
		if v := p.peek(); v.kind == tDate || v.is("timestamp") {
			tm, err := p.timestamp()
			return Match{Op: MatchOn, Time: tm}, err
		}
		op := MatchEqual
		if p.peek().is("*") {
			p.take()
			op = MatchEndsWith
		}
		v, err := p.dataValue()
		if err != nil {
			return Match{}, err
		}
		if p.peek().is("*") {
			p.take()
			if op == MatchEndsWith {
				op = MatchContains
			} else {
				op = MatchBeginsWith
			}
		}
		return Match{Op: op, Value: v}, nil
	case t.is("~"):
		p.take()
		v, err := p.dataValue()
		return Match{Op: MatchContains, Value: v}, err
	case t.is("<") || t.is(">") || t.is("<=") || t.is(">="):
		p.take()
		ops := map[string][2]MatchOp{
			"<": {MatchLessThan, MatchBefore}, ">": {MatchGreaterThan, MatchAfter},
			"<=": {MatchLessEqual, MatchOnOrBefore}, ">=": {MatchGreaterEqual, MatchOnOrAfter},
		}[t.text]
		if v := p.peek(); v.kind == tDate || v.is("timestamp") {
			tm, err := p.timestamp()
			return Match{Op: ops[1], Time: tm}, err
		}
		v, err := p.dataValue()
		return Match{Op: ops[0], Value: v}, err
	}
	return Match{Op: MatchExists}, nil
}

func (p *parser) timestamp() (int64, error) {
	t := p.take()
	if t.kind == tDate {
		return t.date, nil
	}
	s := p.take()
	if s.kind != tString {
		return 0, p.unexpected(s, `a quoted GeneralizedTime after timestamp ("20190601000000Z")`)
	}
	v, err := parseGeneralizedTime(s.text)
	if err != nil {
		return 0, p.errAt(s, "%v", err)
	}
	return v, nil
}

// dataValue is a bare word, a quoted string or 0x… hex.
func (p *parser) dataValue() (string, error) {
	t := p.take()
	switch t.kind {
	case tWord, tString:
		return t.text, nil
	case tHex:
		return p.hexValue(t)
	case tKeyword:
		return "", p.errAt(t, "%q is a keyword; quote it to use it as a value", t.text)
	case tInt:
		return "", p.errAt(t, "a value that starts with a digit must be quoted (\"%s…\")", t.text)
	}
	return "", p.unexpected(t, "a value (a word, a quoted string or 0x…)")
}

func (p *parser) hexValue(t token) (string, error) {
	if len(t.text)%2 != 0 {
		return "", p.errAt(t, "0x%s has an odd number of digits", t.text)
	}
	b, err := hex.DecodeString(t.text)
	if err != nil {
		return "", p.errAt(t, "0x%s: %v", t.text, err)
	}
	return string(b), nil
}

// identifierString is a name: a word or a quoted string (and, beyond Apple's
// grammar, 0x… hex, as the decompiler prints names that are not ASCII).
func (p *parser) identifierString() (string, error) {
	t := p.take()
	switch t.kind {
	case tWord, tString:
		return t.text, nil
	case tHex:
		return p.hexValue(t)
	case tKeyword:
		return "", p.errAt(t, "%q is a keyword; quote it to use it as a name", t.text)
	}
	return "", p.unexpected(t, "a name (a word or a quoted string)")
}

func (p *parser) bracketKey() (string, error) {
	if _, err := p.expect("["); err != nil {
		return "", err
	}
	t := p.take()
	var key string
	switch t.kind {
	case tWord, tString:
		key = t.text
	case tHex:
		var err error
		if key, err = p.hexValue(t); err != nil {
			return "", err
		}
	case tKeyword:
		return "", p.errAt(t, "%q is a keyword; quote it to use it as a key", t.text)
	default:
		return "", p.unexpected(t, "a key (a word or a quoted string)")
	}
	if _, err := p.expect("]"); err != nil {
		return "", err
	}
	return key, nil
}

func (p *parser) hash() ([]byte, error) {
	t := p.take()
	if t.kind != tHash {
		return nil, p.unexpected(t, `a hash H"…"`)
	}
	// Apple's compiler takes SHA-1 sized hashes only (40 hex digits).
	if len(t.text) != 40 {
		return nil, p.errAt(t, "a hash must have 40 hex digits (SHA-1 or a CDHash); this has %d", len(t.text))
	}
	b, _ := hex.DecodeString(t.text)
	return b, nil
}

func (p *parser) optionalEquals() {
	if t := p.peek(); t.is("=") || t.is("==") {
		p.take()
	}
}

func (p *parser) integer(t token, max uint64) (uint64, error) {
	v, err := strconv.ParseUint(t.text, 10, 64)
	if err != nil || v > max {
		return 0, p.errAt(t, "number %s is out of range", t.text)
	}
	return v, nil
}

func (p *parser) signedInt(t token, neg bool) (int32, error) {
	limit := uint64(math.MaxInt32)
	if neg {
		limit++
	}
	v, err := p.integer(t, limit)
	if err != nil {
		return 0, err
	}
	if neg {
		return int32(-int64(v)), nil
	}
	return int32(v), nil
}

// encodeOID turns dotted OID text into DER content bytes. An empty string
// gives no bytes, as Apple's compiler does (and its decompiler prints).
func encodeOID(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ".")
	if len(parts) < 2 {
		return nil, fmt.Errorf("an OID has at least two numbers")
	}
	arcs := make([]uint64, len(parts))
	for i, part := range parts {
		v, err := strconv.ParseUint(part, 10, 64)
		if err != nil || part == "" || part[0] == '+' {
			return nil, fmt.Errorf("%q is not a number in an OID", part)
		}
		arcs[i] = v
	}
	if arcs[0] > 2 || (arcs[0] < 2 && arcs[1] >= 40) || arcs[1] > math.MaxUint64-80 {
		return nil, fmt.Errorf("not a valid OID")
	}
	// Apple's decompiler prints the first two numbers through a 10-byte
	// buffer and each later one through a 20-byte one; longer numbers would
	// come back cut, so they are refused.
	if len(parts[0])+1+len(parts[1]) > 9 {
		return nil, fmt.Errorf("the first two numbers of the OID are too long")
	}
	out := appendBase128(nil, arcs[0]*40+arcs[1])
	for i, a := range arcs[2:] {
		if len(parts[i+2]) > 18 {
			return nil, fmt.Errorf("OID number %s is too long", parts[i+2])
		}
		out = appendBase128(out, a)
	}
	return out, nil
}

func appendBase128(b []byte, v uint64) []byte {
	var tmp [10]byte
	i := len(tmp) - 1
	tmp[i] = byte(v & 0x7f)
	for v >>= 7; v > 0; v >>= 7 {
		i--
		tmp[i] = 0x80 | byte(v&0x7f)
	}
	return append(b, tmp[i:]...)
}
