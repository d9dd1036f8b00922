package macho

import (
	"bytes"
	"encoding/asn1"
	"fmt"

	"howett.net/plist"
)

// OIDs of the CMS signed attributes that bind every CodeDirectory, not only
// the one the CMS signs.
var (
	OIDCDHashPlist = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 9, 1}
	OIDCDHashes2   = asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 9, 2}
)

var (
	oidSHA1   = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26}
	oidSHA256 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
)

// CheckCDHashPlist compares attribute 1.2.840.113635.100.9.1 (one
// AttributeValue: an OCTET STRING holding a plist {cdhashes: [data…]}) with
// the signature's CodeDirectories, in order. It returns one message per
// disagreement.
func CheckCDHashPlist(sig *Signature, value []byte) []string {
	hashes, err := CDHashesFromPlist(value)
	if err != nil {
		return []string{err.Error()}
	}
	doc := struct{ CDHashes [][]byte }{hashes}
	var out []string
	if len(doc.CDHashes) != len(sig.CodeDirectories) {
		out = append(out, fmt.Sprintf("the CMS lists %d CDHashes (1.2.840.113635.100.9.1) but the signature has %d CodeDirectories", len(doc.CDHashes), len(sig.CodeDirectories)))
	}
	for i, cd := range sig.CodeDirectories {
		if i >= len(doc.CDHashes) {
			break
		}
		if got := doc.CDHashes[i]; !bytes.Equal(got, cd.CDHash) {
			out = append(out, fmt.Sprintf("the %s CodeDirectory's CDHash is %x but the CMS signed %x (1.2.840.113635.100.9.1): the CodeDirectory was changed after signing", cd.HashName(), cd.CDHash, got))
		}
	}
	return out
}

// CDHashesFromPlist reads attribute 1.2.840.113635.100.9.1 (one
// AttributeValue: an OCTET STRING holding a plist {cdhashes: [data…]}).
func CDHashesFromPlist(value []byte) ([][]byte, error) {
	var octets []byte
	if rest, err := asn1.Unmarshal(value, &octets); err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("the CDHash list attribute (1.2.840.113635.100.9.1) is not an OCTET STRING: %v", err)
	}
	var doc struct {
		CDHashes [][]byte `plist:"cdhashes"`
	}
	if _, err := plist.Unmarshal(octets, &doc); err != nil {
		return nil, fmt.Errorf("the CDHash list attribute (1.2.840.113635.100.9.1) is not a property list: %v", err)
	}
	return doc.CDHashes, nil
}

// CheckCDHashes2 compares attribute 1.2.840.113635.100.9.2 (values, each a
// SEQUENCE {hash algorithm OID, full digest}) with the CodeDirectories.
func CheckCDHashes2(sig *Signature, values [][]byte) []string {
	var out []string
	type entry struct {
		Alg    asn1.ObjectIdentifier
		Digest []byte
	}
	seen := map[uint8]bool{}
	for _, v := range values {
		var e entry
		if rest, err := asn1.Unmarshal(v, &e); err != nil || len(rest) != 0 {
			out = append(out, fmt.Sprintf("a CDHash attribute value (1.2.840.113635.100.9.2) cannot be decoded: %v", err))
			continue
		}
		var t uint8
		switch {
		case e.Alg.Equal(oidSHA1):
			t = HashSHA1
		case e.Alg.Equal(oidSHA256):
			t = HashSHA256
		case e.Alg.Equal(oidSHA384):
			t = HashSHA384
		default:
			continue
		}
		for _, cd := range sig.CodeDirectories {
			ct := cd.HashType
			if ct == HashSHA256Truncated {
				ct = HashSHA256
			}
			if ct != t {
				continue
			}
			seen[t] = true
			if !bytes.Equal(e.Digest, cd.FullHash) {
				out = append(out, fmt.Sprintf("the %s CodeDirectory hashes to %x but the CMS signed %x (1.2.840.113635.100.9.2): the CodeDirectory was changed after signing", cd.HashName(), cd.FullHash, e.Digest))
			}
		}
	}
	return out
}
