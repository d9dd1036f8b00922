package requirement

import "fmt"

// Decode reads one requirement blob (0xfade0c00) into its expression tree.
// Unlike the decompiler, which prints whatever it walks over, it refuses
// programs Apple's interpreter would refuse to run: unknown opcodes without
// a skip flag, truncated operands, nesting past 1000.
func Decode(blob []byte) (*Node, error) {
	b, err := openBlob(blob)
	if err != nil {
		return nil, err
	}
	r := &blobReader{b: b, pc: 12}
	return decodeExpr(r, 0)
}

// DecodeSet reads a requirements set (0xfade0c01). When a type appears twice
// the first one counts, as in Apple's lookup by type.
func DecodeSet(blob []byte) (Set, error) {
	entries, err := openSet(blob)
	if err != nil {
		return nil, err
	}
	s := make(Set, len(entries))
	for _, e := range entries {
		if _, dup := s[e.Type]; dup {
			continue
		}
		n, err := Decode(e.Blob)
		if err != nil {
			return nil, fmt.Errorf("%s requirement: %w", typeLabel(e.Type), err)
		}
		s[e.Type] = n
	}
	return s, nil
}

func decodeExpr(r *blobReader, depth int) (*Node, error) {
	if depth >= maxDepth {
		return nil, &FormatError{Offset: r.pc, Msg: "expression nested too deeply"}
	}
	at := r.pc
	w, err := r.u32()
	if err != nil {
		return nil, err
	}
	n := &Node{Op: Op(w &^ opFlagMask), Flags: w & opFlagMask}
	str := func() error {
		b, err := r.bytes()
		n.Str = string(b)
		return err
	}
	slot := func() error {
		v, err := r.u32()
		n.Slot = int32(v)
		return err
	}
	switch n.Op {
	case OpFalse, OpTrue, OpAppleAnchor, OpAppleGenericAnchor, OpTrustedCerts, OpNotarized, OpLegacyDevID:
	case OpIdent, OpNamedAnchor, OpNamedCode:
		err = str()
	case OpAnchorHash:
		if err = slot(); err == nil {
			n.Hash, err = r.bytes()
		}
	case OpInfoKeyValue:
		if err = str(); err == nil {
			var v []byte
			v, err = r.bytes()
			n.Match = Match{Op: MatchEqual, Value: string(v)}
		}
	case OpAnd, OpOr:
		if n.Left, err = decodeExpr(r, depth+1); err == nil {
			n.Right, err = decodeExpr(r, depth+1)
		}
	case OpNot:
		n.Left, err = decodeExpr(r, depth+1)
	case OpCDHash:
		n.Hash, err = r.bytes()
	case OpInfoKeyField, OpEntitlementField:
		if err = str(); err == nil {
			n.Match, err = decodeMatch(r)
		}
	case OpCertField:
		if err = slot(); err == nil {
			if err = str(); err == nil {
				n.Match, err = decodeMatch(r)
			}
		}
	case OpCertGeneric, OpCertPolicy, OpCertFieldDate:
		if err = slot(); err == nil {
			if n.OID, err = r.bytes(); err == nil {
				n.Match, err = decodeMatch(r)
			}
		}
	case OpTrustedCert:
		err = slot()
	case OpPlatform:
		var v uint32
		v, err = r.u32()
		n.Platform = int32(v)
	default:
		if w&(opGenericFalse|opGenericSkip) == 0 {
			return nil, &FormatError{Offset: at, Msg: fmt.Sprintf("unknown opcode %d", w)}
		}
		// Apple skips the payload, then either fails the expression or lets
		// the next expression stand in for it.
		*n = Node{Raw: w}
		var size uint32
		if size, err = r.u32(); err != nil {
			return nil, err
		}
		if err = r.need(uint64(size)); err != nil {
			return nil, err
		}
		n.Payload = r.b[r.pc : r.pc+int(size)]
		r.pc += int(size)
		if w&opGenericFalse == 0 {
			n.Left, err = decodeExpr(r, depth+1)
		}
	}
	if err != nil {
		return nil, err
	}
	return n, nil
}

func decodeMatch(r *blobReader) (Match, error) {
	w, err := r.u32()
	if err != nil {
		return Match{}, err
	}
	m := Match{Op: MatchOp(w)}
	switch {
	case m.Op == MatchExists || m.Op == MatchAbsent:
	case m.Op.isDateMatch():
		m.Time, err = r.i64()
	default:
		// Known string matches and, as Apple assumes, unknown ones carry one
		// data operand.
		var b []byte
		b, err = r.bytes()
		m.Value = string(b)
	}
	return m, err
}
