package analyzer

import (
	"fmt"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/ticket"
	"github.com/signdoctor/signdoctor/analyzer/internal/xar"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// codeHash is one CDHash of the code a ticket is stapled to, typed as the
// ticket types its entries (code signing hash types).
type codeHash struct {
	Type uint8
	Hash []byte
}

func (c codeHash) String() string { return fmt.Sprintf("%s %x", macho.HashName(c.Type), c.Hash) }

// cdHashesOf are a signature's CDHashes, one per CodeDirectory.
func cdHashesOf(sig *macho.Signature) []codeHash {
	var out []codeHash
	if sig != nil {
		for _, cd := range sig.CodeDirectories {
			out = append(out, codeHash{cd.HashType, cd.CDHash})
		}
	}
	return out
}

// ticketFacts reads a stapled ticket and looks the code's own CDHashes up
// in it. With no code hashes (an unsigned image) whether the ticket names
// the code stays unknown.
func ticketFacts(raw []byte, code []codeHash) *report.Ticket {
	f := &report.Ticket{Size: len(raw), NamesCode: "unknown"}
	for _, c := range code {
		f.CodeCDHashes = append(f.CodeCDHashes, c.String())
	}
	t, err := ticket.Parse(raw)
	if err != nil {
		f.Unread = "the ticket's contents are not read: " + err.Error()
		return f
	}
	f.Read, f.Issued = true, t.Issued
	if t.Leaf != nil {
		f.Signer = t.Leaf.Subject.CommonName
	}
	f.SignatureIntact = t.VerifySignature() == nil
	for _, e := range t.CDHashes {
		f.CDHashes = append(f.CDHashes, codeHash{e.HashType, e.Hash}.String())
	}
	if len(code) == 0 {
		return f
	}
	f.NamesCode = "no"
	for _, c := range code {
		if t.Names(c.Type, c.Hash) {
			f.NamesCode = "yes"
		}
	}
	return f
}

// pkgCodeHashes is a package's own hash for a ticket: its SHA-1 TOC
// checksum, which Gatekeeper looks a package up by. Other checksum
// algorithms are not matched: no real stapled package shows how their
// entry is typed.
func pkgCodeHashes(a *xar.Archive) []codeHash {
	if a.ChecksumStyle != "sha1" || len(a.ComputedChecksum) != 20 {
		return nil
	}
	return []codeHash{{macho.HashSHA1, a.ComputedChecksum}}
}

// cdHashes are the main executable's CDHashes, every slice's.
func (bn *bundleNode) cdHashes() []codeHash {
	var out []codeHash
	if bn != nil && bn.MachO != nil {
		for _, s := range bn.MachO.Slices {
			out = append(out, cdHashesOf(s.Signature)...)
		}
	}
	return out
}
