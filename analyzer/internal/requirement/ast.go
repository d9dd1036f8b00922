package requirement

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// Blob magics.
const (
	MagicRequirement  = 0xfade0c00
	MagicRequirements = 0xfade0c01
)

// Requirement kinds: 1 is the expression form this package reads; 2 is the
// DER "lightweight code requirement" form of macOS 14, which it does not.
const (
	KindExpr = 1
	KindLWCR = 2
)

// Requirement types inside a set (SecRequirementType).
const (
	TypeHost       = 1
	TypeGuest      = 2
	TypeDesignated = 3
	TypeLibrary    = 4
	TypePlugin     = 5
)

// typeNames are the set labels as codesign prints them; index 0 is Apple's
// name for an invalid type.
var typeNames = []string{"invalid", "host", "guest", "designated", "library", "plugin"}

// TypeName returns codesign's label for a requirement type ("designated"), or
// "" for types it has no name for.
func TypeName(t uint32) string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return ""
}

// Op is an expression opcode.
type Op uint32

// The opcodes, numbered as in Apple's requirement.h.
const (
	OpFalse              Op = iota // never
	OpTrue                         // always
	OpIdent                        // identifier "…"
	OpAppleAnchor                  // anchor apple
	OpAnchorHash                   // certificate <slot> = H"…"
	OpInfoKeyValue                 // legacy info[key] = value
	OpAnd                          // a and b
	OpOr                           // a or b
	OpCDHash                       // cdhash H"…"
	OpNot                          // ! a
	OpInfoKeyField                 // info[key] <match>
	OpCertField                    // certificate <slot>[subject.X] <match>
	OpTrustedCert                  // certificate <slot> trusted
	OpTrustedCerts                 // anchor trusted
	OpCertGeneric                  // certificate <slot>[field.OID] <match>
	OpAppleGenericAnchor           // anchor apple generic
	OpEntitlementField             // entitlement[key] <match>
	OpCertPolicy                   // certificate <slot>[policy.OID] <match>
	OpNamedAnchor                  // anchor apple <name>
	OpNamedCode                    // (<name>)
	OpPlatform                     // platform = N
	OpNotarized                    // notarized
	OpCertFieldDate                // certificate <slot>[timestamp.OID] <match>
	OpLegacyDevID                  // legacy
	opCount
)

// Flags in an opcode's high byte: an unknown opcode with one of them carries
// a length and can be passed over.
const (
	opFlagMask     = 0xff000000
	opGenericFalse = 0x80000000 // unknown: evaluates false
	opGenericSkip  = 0x40000000 // unknown: skipped, the next expression decides
)

// MatchOp is a match operation, the suffix of info, entitlement and
// certificate field conditions.
type MatchOp uint32

// The match operations, numbered as in Apple's requirement.h.
const (
	MatchExists       MatchOp = iota // /* exists */
	MatchEqual                       // = v
	MatchContains                    // ~ v
	MatchBeginsWith                  // = v*
	MatchEndsWith                    // = *v
	MatchLessThan                    // < v
	MatchGreaterThan                 // > v
	MatchLessEqual                   // <= v
	MatchGreaterEqual                // >= v
	MatchOn                          // = <date>
	MatchBefore                      // < <date>
	MatchAfter                       // > <date>
	MatchOnOrBefore                  // <= <date>
	MatchOnOrAfter                   // >= <date>
	MatchAbsent                      // absent
	matchCount
)

// isDateMatch says the operand is a timestamp rather than a string.
func (m MatchOp) isDateMatch() bool { return m >= MatchOn && m <= MatchOnOrAfter }

// Certificate positions: 0 is the leaf, -1 the anchor (root); other positive
// numbers count up from the leaf, other negative ones down from the root.
const (
	SlotLeaf = 0
	SlotRoot = -1
)

// Match is the suffix of a field condition.
type Match struct {
	Op    MatchOp
	Value string // string operand (bytes; may be binary)
	Time  int64  // date operand, seconds since 2001-01-01 UTC (Apple's absolute time)
}

// Node is one expression of a requirement program.
type Node struct {
	Op Op
	// Left and Right are the operands of and/or; Not uses Left. A skippable
	// unknown opcode keeps the expression after it in Left.
	Left, Right *Node
	// Str is the identifier, the Info.plist or entitlement key, the subject
	// field name (subject.CN), the named anchor or code name, or the legacy
	// info value's key.
	Str string
	// OID is the DER content of the OID of certificate field, policy and date
	// conditions.
	OID []byte
	// Slot is the certificate position.
	Slot int32
	// Hash is the SHA-1 of anchor hashes or the CDHash.
	Hash []byte
	// Platform is the platform number of OpPlatform.
	Platform int32
	// Match is the suffix of field conditions; for OpInfoKeyValue its Value
	// is the value.
	Match Match
	// Flags are high-byte flags found on a known opcode; Apple ignores them
	// and so does evaluation, but they are written back.
	Flags uint32
	// Raw is the opcode word and payload of an unknown opcode.
	Raw     uint32
	Payload []byte
}

// Set is a requirements set, by type.
type Set map[uint32]*Node

// FormatError is a binary requirement that cannot be read.
type FormatError struct {
	Offset int // byte offset in the blob
	Msg    string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("requirement blob: %s (at byte %d)", e.Msg, e.Offset)
}

// encoder assembles a program the way Apple's Requirement::Maker does:
// 32-bit big-endian words, data as a length word and bytes padded with zeros
// to 4-byte alignment.
type encoder struct{ b []byte }

func (e *encoder) u32(v uint32) { e.b = binary.BigEndian.AppendUint32(e.b, v) }
func (e *encoder) i64(v int64)  { e.b = binary.BigEndian.AppendUint64(e.b, uint64(v)) }
func (e *encoder) data(d []byte) {
	e.u32(uint32(len(d)))
	e.b = append(e.b, d...)
	for len(e.b)%4 != 0 {
		e.b = append(e.b, 0)
	}
}

func (e *encoder) node(n *Node) {
	if n == nil {
		e.u32(uint32(OpFalse))
		return
	}
	if n.Raw != 0 {
		// The length of an unknown opcode's payload counts bytes, unpadded:
		// Apple's interpreter skips exactly that many.
		e.u32(n.Raw)
		e.u32(uint32(len(n.Payload)))
		e.b = append(e.b, n.Payload...)
		if n.Raw&opGenericFalse == 0 {
			e.node(n.Left)
		}
		return
	}
	e.u32(uint32(n.Op) | n.Flags)
	switch n.Op {
	case OpIdent, OpNamedAnchor, OpNamedCode:
		e.data([]byte(n.Str))
	case OpAnchorHash:
		e.u32(uint32(n.Slot))
		e.data(n.Hash)
	case OpInfoKeyValue:
		e.data([]byte(n.Str))
		e.data([]byte(n.Match.Value))
	case OpAnd, OpOr:
		e.node(n.Left)
		e.node(n.Right)
	case OpNot:
		e.node(n.Left)
	case OpCDHash:
		e.data(n.Hash)
	case OpInfoKeyField, OpEntitlementField:
		e.data([]byte(n.Str))
		e.match(n.Match)
	case OpCertField:
		e.u32(uint32(n.Slot))
		e.data([]byte(n.Str))
		e.match(n.Match)
	case OpCertGeneric, OpCertPolicy, OpCertFieldDate:
		e.u32(uint32(n.Slot))
		e.data(n.OID)
		e.match(n.Match)
	case OpTrustedCert:
		e.u32(uint32(n.Slot))
	case OpPlatform:
		e.u32(uint32(n.Platform))
	}
}

func (e *encoder) match(m Match) {
	e.u32(uint32(m.Op))
	switch {
	case m.Op == MatchExists || m.Op == MatchAbsent:
	case m.Op.isDateMatch():
		e.i64(m.Time)
	default:
		e.data([]byte(m.Value))
	}
}

// Encode returns the requirement blob (magic 0xfade0c00, kind 1) of an
// expression.
func Encode(n *Node) []byte {
	e := &encoder{b: make([]byte, 12, 64)}
	e.node(n)
	binary.BigEndian.PutUint32(e.b, MagicRequirement)
	binary.BigEndian.PutUint32(e.b[4:], uint32(len(e.b)))
	binary.BigEndian.PutUint32(e.b[8:], KindExpr)
	return e.b
}

// EncodeSet returns the requirements set blob (magic 0xfade0c01). As Apple's
// SuperBlob maker does, it orders the requirements by type.
func EncodeSet(s Set) []byte {
	types := make([]uint32, 0, len(s))
	for t := range s {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return types[i] < types[j] })
	out := make([]byte, 12+8*len(types))
	binary.BigEndian.PutUint32(out, MagicRequirements)
	binary.BigEndian.PutUint32(out[8:], uint32(len(types)))
	for i, t := range types {
		binary.BigEndian.PutUint32(out[12+8*i:], t)
		binary.BigEndian.PutUint32(out[16+8*i:], uint32(len(out)))
		out = append(out, Encode(s[t])...)
	}
	binary.BigEndian.PutUint32(out[4:], uint32(len(out)))
	return out
}

// String is the requirement as codesign prints it.
func (n *Node) String() string {
	s, err := Decompile(Encode(n))
	if err != nil {
		return "/* " + err.Error() + " */"
	}
	return s
}
