package requirement

import (
	"bytes"
	"fmt"
)

// Issue is a problem in a requirement that needs no signature to see.
type Issue struct {
	// Code is a short stable tag: "root-pinned" (an intermediate's marker
	// asked of the root), "marker-wrong-certificate" (a leaf marker asked of
	// another certificate, or an intermediate marker of the leaf),
	// "anchor-apple" (the requirement asks for Apple's own code).
	Code string
	// Clause is the condition's text.
	Clause string
	// Message explains the problem.
	Message string
	// Suggest is the corrected condition, when there is one.
	Suggest string
}

// Apple's marker extension arcs: 1.2.840.113635.100.6.1.* sit on leaf
// (developer) certificates, 1.2.840.113635.100.6.2.* on the intermediates
// that issue them (6.2.1 WWDR, 6.2.6 Developer ID).
var (
	appleLeafMarkerPrefix         = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x01}
	appleIntermediateMarkerPrefix = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x02}
)

func isMarker(oid, prefix []byte) bool {
	return len(oid) > len(prefix) && bytes.HasPrefix(oid, prefix)
}

// markerIssue says why a marker condition on this certificate position
// cannot hold on an Apple-issued chain, or "".
func markerIssue(n *Node) string {
	if n == nil || n.Raw != 0 || n.Op != OpCertGeneric || n.Match.Op != MatchExists {
		return ""
	}
	switch {
	case isMarker(n.OID, appleIntermediateMarkerPrefix) && n.Slot == SlotRoot:
		return fmt.Sprintf("%s marks Apple's intermediate certificate, never the root; Apple's own requirements check certificate 1", oidText(n.OID))
	case isMarker(n.OID, appleIntermediateMarkerPrefix) && n.Slot == SlotLeaf:
		return fmt.Sprintf("%s marks Apple's intermediate certificate, never the leaf; Apple's own requirements check certificate 1", oidText(n.OID))
	case isMarker(n.OID, appleLeafMarkerPrefix) && n.Slot != SlotLeaf:
		return fmt.Sprintf("%s marks the leaf (signing) certificate; Apple's own requirements check certificate leaf", oidText(n.OID))
	}
	return ""
}

// Lint lists the problems a requirement shows on its own: conditions that
// ask for Apple's marker extensions on a certificate that never carries them
// (typically `certificate root[field.1.2.840.113635.100.6.2.6]` where Apple's
// designated requirement says `certificate 1[…]`), and "anchor apple", which
// only Apple's own code satisfies.
func Lint(req *Node) []Issue {
	var out []Issue
	var walk func(n *Node, negated bool, depth int)
	walk = func(n *Node, negated bool, depth int) {
		if n == nil || depth > maxDepth {
			return
		}
		if n.Raw != 0 {
			walk(n.Left, negated, depth+1)
			return
		}
		switch n.Op {
		case OpAnd, OpOr:
			walk(n.Left, negated, depth+1)
			walk(n.Right, negated, depth+1)
		case OpNot:
			walk(n.Left, !negated, depth+1)
		case OpAppleAnchor:
			if !negated {
				out = append(out, Issue{Code: "anchor-apple", Clause: n.String(),
					Message: anchorAppleMeaning + "; third-party code never satisfies it",
					Suggest: ThirdPartyRequirement("")})
			}
		case OpCertGeneric:
			msg := markerIssue(n)
			if msg == "" {
				break
			}
			fixed := *n
			code := "marker-wrong-certificate"
			switch {
			case isMarker(n.OID, appleIntermediateMarkerPrefix):
				fixed.Slot = 1
				if n.Slot == SlotRoot {
					code = "root-pinned"
				}
			default:
				fixed.Slot = SlotLeaf
			}
			out = append(out, Issue{Code: code, Clause: n.String(), Message: msg + "; the condition can never hold", Suggest: fixed.String()})
		}
	}
	walk(req, false, 0)
	return out
}
