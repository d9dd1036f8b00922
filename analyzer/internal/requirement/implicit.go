package requirement

import (
	"crypto/sha1"
	"crypto/x509"
)

// When a signature carries no designated requirement, macOS makes one (and
// codesign -d -r- prints it after "# designated => "). These functions make
// it the way Apple's SecStaticCode and DRMaker do, byte for byte.

// ImplicitAdhoc is the designated requirement of ad hoc signed code: any of
// its CDHashes (every CodeDirectory of every architecture), grouped to the
// left as Apple's chain maker builds it.
func ImplicitAdhoc(cdhashes [][]byte) *Node {
	var out *Node
	for _, h := range cdhashes {
		n := &Node{Op: OpCDHash, Hash: append([]byte(nil), h...)}
		if out == nil {
			out = n
		} else {
			out = &Node{Op: OpOr, Left: out, Right: n}
		}
	}
	return out
}

var (
	oidWWDRMarker  = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x02, 0x01} // 1.2.840.113635.100.6.2.1
	oidDevIDMarker = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x02, 0x06} // 1.2.840.113635.100.6.2.6
	oidDevIDLeaf   = []byte{0x2a, 0x86, 0x48, 0x86, 0xf7, 0x63, 0x64, 0x06, 0x01, 0x0d} // 1.2.840.113635.100.6.1.13
)

// ImplicitDesignated is the designated requirement Apple's DRMaker makes for
// certificate-signed code: the identifier, then for Apple-anchored chains of
// three certificates the iOS (WWDR) or Developer ID form, for other Apple
// chains "anchor apple", and for other chains a hash of the highest
// certificate that shares the leaf's organization. Chain is leaf to root;
// nil when there is no chain (ad hoc), which has no such requirement.
func ImplicitDesignated(identifier string, chain []*x509.Certificate, appleRoot func(*x509.Certificate) bool) *Node {
	if len(chain) == 0 {
		return nil
	}
	ident := &Node{Op: OpIdent, Str: identifier}
	and := func(l, r *Node) *Node { return &Node{Op: OpAnd, Left: l, Right: r} }
	root := chain[len(chain)-1]
	leaf := chain[0]
	if appleRoot != nil && appleRoot(root) {
		generic := &Node{Op: OpAppleGenericAnchor}
		if len(chain) == 3 && hasExtension(chain[1], oidWWDRMarker) {
			cn := &Node{Op: OpCertField, Slot: SlotLeaf, Str: "subject.CN", Match: Match{Op: MatchEqual, Value: leaf.Subject.CommonName}}
			marker := &Node{Op: OpCertGeneric, Slot: 1, OID: oidWWDRMarker, Match: Match{Op: MatchExists}}
			return and(ident, and(generic, and(cn, marker)))
		}
		if len(chain) == 3 && hasExtension(chain[1], oidDevIDMarker) {
			ca := &Node{Op: OpCertGeneric, Slot: 1, OID: oidDevIDMarker, Match: Match{Op: MatchExists}}
			lm := &Node{Op: OpCertGeneric, Slot: SlotLeaf, OID: oidDevIDLeaf, Match: Match{Op: MatchExists}}
			ou := &Node{Op: OpCertField, Slot: SlotLeaf, Str: "subject.OU", Match: Match{Op: MatchEqual, Value: firstOf(leaf.Subject.OrganizationalUnit)}}
			return and(ident, and(generic, and(ca, and(lm, ou))))
		}
		return and(ident, &Node{Op: OpAppleAnchor})
	}
	// Walk up while the certificates share the leaf's organization and pin
	// the last one; reaching the root pins "certificate root".
	// Without an organization on the leaf, the leaf itself is pinned.
	slot, s := 0, int32(SlotLeaf)
	if org := firstOf(leaf.Subject.Organization); org != "" {
		for slot+1 < len(chain) && firstOf(chain[slot+1].Subject.Organization) == org {
			slot++
		}
		s = int32(slot)
		if slot == len(chain)-1 {
			s = SlotRoot
		}
	}
	sum := sha1.Sum(chain[slot].Raw)
	return and(ident, &Node{Op: OpAnchorHash, Slot: s, Hash: sum[:]})
}
