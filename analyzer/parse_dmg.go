package analyzer

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/udif"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// sniffDMG: an encrypted image's header, or a file named .dmg (its koly
// trailer is at the end, which the sniffer does not see; the parser checks).
func sniffDMG(head []byte, name string) bool {
	return udif.IsEncrypted(head) || strings.HasSuffix(strings.ToLower(name), ".dmg")
}

// slotTicket is the SuperBlob slot where stapler puts the ticket.
const slotTicket = 0x10002

// dmgInput is what the image parser leaves for the checks.
type dmgInput struct {
	Img   *udif.Image
	Facts *report.DMG
	// Sig is the signature, analysed as a Mach-O slice's (CMS, chain,
	// certificate kind, timestamp); nil when unsigned.
	Sig      *machoSlice
	Failures []string
}

func (in *Input) dmgInput() *dmgInput {
	v, _ := in.Value.(*dmgInput)
	return v
}

// dmgNotInspected is said on every image.
const dmgNotInspected = "the file system inside the image is not inspected: to check the app it holds, drop the .app folder or its zip (`ditto -c -k --keepParent App.app App.zip`)"

func parseDMG(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	img, err := udif.Open(in.R, in.Size)
	if err != nil {
		return nil, nil, err
	}
	di := &dmgInput{Img: img}
	f := &report.DMG{Format: "UDIF", Encrypted: img.Encrypted, Signature: "unsigned", NotInspected: dmgNotInspected}
	if img.Encrypted {
		f.Format = "encrypted (encrcdsa)"
	}
	di.Facts = f
	if img.Signature != nil {
		sig, err := macho.ParseSuperBlob(img.Signature, img.SigOffset)
		if sig != nil {
			if t := sig.Blob(slotTicket); len(t) > 8 && bytes.HasPrefix(t[8:], []byte("s8ch")) {
				f.StapledTicket = true
				f.Ticket = ticketFacts(t[8:], cdHashesOf(sig))
			}
		}
		switch {
		case sig != nil && len(sig.CodeDirectories) == 0 && f.StapledTicket:
			// An unsigned image notarized and stapled: the ticket alone.
		case err != nil:
			return nil, nil, err
		default:
			di.verify(ctx, in, sig, opts)
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			f.Signature = "valid"
			if len(di.Failures) > 0 {
				f.Signature = "invalid"
			}
			f.Failures = di.Failures
		}
	}
	return di, []report.Artifact{report.NewArtifact(in.Name, f)}, nil
}

// verify checks the CodeDirectory's code slots against the image and its
// special slots against the requirements and the trailer, then the CMS, the
// chain and the certificate as a Mach-O slice's.
func (di *dmgInput) verify(ctx context.Context, in *Input, sig *macho.Signature, opts *Options) {
	f, img := di.Facts, di.Img
	cd := sig.Primary()
	f.Identifier, f.Team, f.Hash, f.CDHash = cd.Identifier, cd.TeamID, cd.HashName(), sig.Best().CDHashHex()
	for _, c := range sig.CodeDirectories {
		h := macho.NewHash(c.HashType)
		if h == nil {
			di.Failures = append(di.Failures, fmt.Sprintf("the %s CodeDirectory uses a hash signdoctor does not know", c.HashName()))
			continue
		}
		start, limit := img.CodeStart(), int64(c.CodeLimit)
		if limit < 0 || start+limit > img.Size {
			di.Failures = append(di.Failures, fmt.Sprintf("the CodeDirectory covers %d bytes, more than the image holds", limit))
			continue
		}
		page := int64(c.PageSize())
		if page == 0 {
			page = limit
		}
		buf := make([]byte, min(page, 4<<20))
		for i := uint32(0); i < c.NCodeSlots; i++ {
			off := int64(i) * page
			if off >= limit && limit > 0 {
				break
			}
			h.Reset()
			n := min(page, limit-off)
			for done := int64(0); done < n; {
				if err := ctx.Err(); err != nil {
					return
				}
				k := min(int64(len(buf)), n-done)
				if _, err := in.R.ReadAt(buf[:k], start+off+done); err != nil {
					di.Failures = append(di.Failures, "reading the image: "+err.Error())
					return
				}
				h.Write(buf[:k])
				done += k
				opts.yield()
			}
			got, want := h.Sum(nil), c.CodeSlot(i)
			if len(want) > 0 && !bytes.Equal(got[:len(want)], want) {
				di.Failures = append(di.Failures, fmt.Sprintf("the image changed after signing: the %s of bytes %d-%d is %x, the %s CodeDirectory records %x",
					c.HashName(), start+off, start+off+n, got[:len(want)], c.HashName(), want))
			}
		}
		special := func(slot uint32, data []byte, what string) {
			if c.NSpecialSlots < slot {
				return
			}
			want := c.SpecialSlot(slot)
			if isZeroBytes(want) {
				return
			}
			// Hashed as the Mach-O verifier hashes special slots.
			if got := c.SpecialHash(data); !bytes.Equal(got, want) {
				di.Failures = append(di.Failures, fmt.Sprintf("the %s changed after signing: its %s is %x, the CodeDirectory records %x", what, c.HashName(), got, want))
			}
		}
		special(macho.SlotRequirements, sig.Requirements, "requirements blob")
		if img.Koly != nil {
			special(slotRepSpecific, img.Koly.KolyForHash(), "image's UDIF trailer (koly)")
		}
	}
	if len(sig.CMS) == 0 {
		return // ad hoc: nothing more to check
	}
	ms := &machoSlice{Slice: &macho.Slice{Signature: sig, HasCodeSignature: true}, Kind: sigCertificate}
	checkMachOCMS(ms, opts)
	di.Sig = ms
	if ms.CMSErr != nil {
		di.Failures = append(di.Failures, ms.CMSErr.Error())
	}
	di.Failures = append(di.Failures, ms.CDHashErrs...)
	if ms.Leaf != nil {
		f.Leaf, f.CertKind = ms.Leaf.Subject.CommonName, ms.CertKind
	}
	f.ChainVerified = ms.ChainErr == nil && ms.Leaf != nil
	f.SigningTime, f.Timestamp = ms.SigningTime, ms.Timestamp
}

// slotRepSpecific is the representation-specific special slot; a disk
// image puts its trailer's hash there.
const slotRepSpecific = 6
