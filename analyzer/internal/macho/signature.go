package macho

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"hash"
)

// Blob magics.
const (
	MagicSuperBlob       = 0xfade0cc0
	MagicCodeDirectory   = 0xfade0c02
	MagicRequirements    = 0xfade0c01
	MagicRequirement     = 0xfade0c00
	MagicEntitlements    = 0xfade7171
	MagicEntitlementsDER = 0xfade7172
	MagicBlobWrapper     = 0xfade0b01
)

// SuperBlob slot types.
const (
	SlotCodeDirectory    = 0
	SlotInfoPlist        = 1
	SlotRequirements     = 2
	SlotResourceDir      = 3
	SlotApplication      = 4
	SlotEntitlements     = 5
	SlotEntitlementsDER  = 7
	SlotAlternateCDFirst = 0x1000
	SlotAlternateCDLast  = 0x1004
	SlotSignature        = 0x10000
)

// SlotName names a special slot the way the documentation does.
func SlotName(slot int) string {
	switch slot {
	case SlotInfoPlist:
		return "Info.plist"
	case SlotRequirements:
		return "requirements"
	case SlotResourceDir:
		return "CodeResources"
	case SlotApplication:
		return "application"
	case SlotEntitlements:
		return "entitlements"
	case 6:
		return "repSpecific"
	case SlotEntitlementsDER:
		return "DER entitlements"
	case 8:
		return "launch constraints (self)"
	case 9:
		return "launch constraints (parent)"
	case 10:
		return "launch constraints (responsible)"
	case 11:
		return "library constraints"
	}
	return fmt.Sprintf("slot %d", slot)
}

// BlobIndex is one entry of the SuperBlob index.
type BlobIndex struct {
	Type   uint32
	Offset uint32 // from the start of the SuperBlob
	Magic  uint32
	Length uint32
}

// Signature is the embedded code signature of one slice.
type Signature struct {
	Offset, Size uint32 // LC_CODE_SIGNATURE's dataoff and datasize
	Length       uint32 // the SuperBlob's own length
	Index        []BlobIndex
	// CodeDirectories in slot order: slot 0 first, then alternates.
	CodeDirectories []*CodeDirectory
	// Requirements is the whole requirements blob (magic 0xfade0c01) or nil.
	Requirements []byte
	// Entitlements is the XML payload (without the 8-byte blob header) or nil.
	Entitlements []byte
	// EntitlementsDER is the DER payload (without the blob header) or nil.
	EntitlementsDER []byte
	// CMS is the payload of the signature wrapper; empty for ad hoc.
	CMS        []byte
	HasWrapper bool

	blobs map[uint32][]byte // whole blobs by slot, for special-slot hashes
}

// Blob returns the whole blob (header included) in a slot, or nil.
func (sig *Signature) Blob(slot uint32) []byte { return sig.blobs[slot] }

// Primary is the CodeDirectory in slot 0, the one the CMS signs.
func (sig *Signature) Primary() *CodeDirectory {
	if len(sig.CodeDirectories) == 0 {
		return nil
	}
	return sig.CodeDirectories[0]
}

// Best is the CodeDirectory with the strongest hash; the kernel and codesign
// prefer it.
func (sig *Signature) Best() *CodeDirectory {
	var best *CodeDirectory
	for _, cd := range sig.CodeDirectories {
		if best == nil || hashRank(cd.HashType) > hashRank(best.HashType) {
			best = cd
		}
	}
	return best
}

func hashRank(t uint8) int {
	switch t {
	case HashSHA1:
		return 1
	case HashSHA256Truncated:
		return 2
	case HashSHA256:
		return 3
	case HashSHA384:
		return 4
	}
	return 0
}

// CodeDirectory hash types.
const (
	HashSHA1            = 1
	HashSHA256          = 2
	HashSHA256Truncated = 3
	HashSHA384          = 4
)

// HashName names a hash type as codesign prints it.
func HashName(t uint8) string {
	switch t {
	case HashSHA1:
		return "sha1"
	case HashSHA256:
		return "sha256"
	case HashSHA256Truncated:
		return "sha256-truncated"
	case HashSHA384:
		return "sha384"
	}
	return fmt.Sprintf("hash type %d", t)
}

func hashSizeOf(t uint8) int {
	switch t {
	case HashSHA1, HashSHA256Truncated:
		return 20
	case HashSHA256:
		return 32
	case HashSHA384:
		return 48
	}
	return 0
}

// NewHash returns the hash function of a CodeDirectory hash type, nil for
// one signdoctor does not know (a disk image's signature hashes with it too).
func NewHash(t uint8) hash.Hash { return newHash(t) }

// newHash returns the hash function of a hash type (truncation is applied by
// the caller, who compares only hashSize bytes).
func newHash(t uint8) hash.Hash {
	switch t {
	case HashSHA1:
		return sha1.New()
	case HashSHA256, HashSHA256Truncated:
		return sha256.New()
	case HashSHA384:
		return sha512.New384()
	}
	return nil
}

// CodeDirectory flags.
const (
	FlagHost              = 0x1
	FlagAdhoc             = 0x2
	FlagForceHard         = 0x100
	FlagForceKill         = 0x200
	FlagForceExpiration   = 0x400
	FlagRestrict          = 0x800
	FlagEnforcement       = 0x1000
	FlagLibraryValidation = 0x2000
	FlagRuntime           = 0x10000
	FlagLinkerSigned      = 0x20000
)

var flagNames = []struct {
	bit  uint32
	name string
}{
	{FlagHost, "host"}, {FlagAdhoc, "adhoc"}, {0x4, "get-task-allow"}, {0x8, "installer"},
	{0x10, "forced-lv"}, {0x20, "invalid-allowed"}, {FlagForceHard, "hard"}, {FlagForceKill, "kill"},
	{FlagForceExpiration, "expires"}, {FlagRestrict, "restrict"}, {FlagEnforcement, "enforcement"},
	{FlagLibraryValidation, "library-validation"}, {FlagRuntime, "runtime"}, {FlagLinkerSigned, "linker-signed"},
}

// FlagNames lists the flags as codesign -dv prints them in "flags=0x…(…)".
func FlagNames(flags uint32) []string {
	out := []string{}
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			out = append(out, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		out = append(out, fmt.Sprintf("%#x", flags))
	}
	return out
}

var execSegNames = []struct {
	bit  uint64
	name string
}{
	{0x1, "main-binary"}, {0x10, "allow-unsigned"}, {0x20, "debugger"}, {0x40, "jit"},
	{0x80, "skip-lv"}, {0x100, "can-load-cdhash"}, {0x200, "can-exec-cdhash"},
}

// ExecSegFlagNames names the exec-segment flags.
func ExecSegFlagNames(flags uint64) []string {
	out := []string{}
	for _, f := range execSegNames {
		if flags&f.bit != 0 {
			out = append(out, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		out = append(out, fmt.Sprintf("%#x", flags))
	}
	return out
}

// CodeDirectory is one parsed CodeDirectory.
type CodeDirectory struct {
	Slot          uint32
	Raw           []byte // the whole blob, as hashed for the CDHash
	Version       uint32
	Flags         uint32
	HashOffset    uint32
	IdentOffset   uint32
	NSpecialSlots uint32
	NCodeSlots    uint32
	CodeLimit     uint64
	HashSize      uint8
	HashType      uint8
	Platform      uint8
	PageSizeLog2  uint8
	ScatterOffset uint32
	TeamOffset    uint32
	Identifier    string
	TeamID        string
	ExecSegBase   uint64
	ExecSegLimit  uint64
	ExecSegFlags  uint64
	Runtime       Version
	// CDHash is the blob hashed with its own hash type, first 20 bytes.
	CDHash []byte
	// FullHash is the untruncated hash of the blob (for 1.2.840.113635.100.9.2).
	FullHash []byte
}

// PageSize is the code page size; 0 means one page covering all the code.
func (cd *CodeDirectory) PageSize() uint64 {
	if cd.PageSizeLog2 == 0 {
		return 0
	}
	return 1 << cd.PageSizeLog2
}

// HashName names the CD's hash type.
func (cd *CodeDirectory) HashName() string { return HashName(cd.HashType) }

// CDHashHex is the CDHash as codesign prints it.
func (cd *CodeDirectory) CDHashHex() string { return fmt.Sprintf("%x", cd.CDHash) }

// CodeSlot returns the stored hash of code page i.
func (cd *CodeDirectory) CodeSlot(i uint32) []byte {
	o := int(cd.HashOffset) + int(i)*int(cd.HashSize)
	return cd.Raw[o : o+int(cd.HashSize)]
}

// SpecialSlot returns the stored hash of special slot n (1 = Info.plist …),
// nil when the CD has no such slot.
func (cd *CodeDirectory) SpecialSlot(n uint32) []byte {
	if n == 0 || n > cd.NSpecialSlots {
		return nil
	}
	o := int(cd.HashOffset) - int(n)*int(cd.HashSize)
	return cd.Raw[o : o+int(cd.HashSize)]
}

// readSignature reads the LC_CODE_SIGNATURE data and parses the SuperBlob.
func (s *Slice) readSignature() (*Signature, error) {
	at := s.Offset + int64(s.SigOffset)
	if uint64(s.SigOffset) > uint64(s.Size) {
		return nil, &TruncatedError{formatErr(at, "the code signature starts at %#x, after the end of the %s slice (%d bytes)", s.SigOffset, s.Arch, s.Size)}
	}
	if uint64(s.SigOffset)+uint64(s.SigSize) > uint64(s.Size) {
		return nil, &TruncatedError{formatErr(at, "the code signature (offset %#x, %d bytes) runs %d bytes past the end of the %s slice: the file was cut short or changed after signing",
			s.SigOffset, s.SigSize, uint64(s.SigOffset)+uint64(s.SigSize)-uint64(s.Size), s.Arch)}
	}
	if s.SigSize < 12 {
		return nil, formatErr(at, "the code signature is %d bytes, too small for a SuperBlob", s.SigSize)
	}
	if s.SigSize > maxSignatureBytes {
		return nil, formatErr(at, "the code signature claims %d bytes", s.SigSize)
	}
	buf := make([]byte, s.SigSize)
	if err := readAt(s.r, buf, int64(s.SigOffset)); err != nil {
		return nil, err
	}
	sig, err := ParseSuperBlob(buf, at)
	if sig == nil || len(sig.CodeDirectories) == 0 {
		return nil, err // a slice's signature is one with a CodeDirectory, or none
	}
	sig.Offset, sig.Size = s.SigOffset, s.SigSize
	return sig, err
}

// TruncatedError marks a signature that lies (partly) outside its slice.
type TruncatedError struct{ *FormatError }

// ParseSuperBlob parses an embedded signature SuperBlob. base is its file
// offset, used in error messages only.
func ParseSuperBlob(b []byte, base int64) (*Signature, error) {
	be := binary.BigEndian
	if len(b) < 12 {
		return nil, formatErr(base, "SuperBlob truncated: %d bytes", len(b))
	}
	if m := be.Uint32(b); m != MagicSuperBlob {
		return nil, formatErr(base, "the code signature does not start with a SuperBlob (magic %#08x, expected 0xfade0cc0)", m)
	}
	length, count := be.Uint32(b[4:]), be.Uint32(b[8:])
	if uint64(length) > uint64(len(b)) {
		return nil, formatErr(base+4, "SuperBlob claims %d bytes but LC_CODE_SIGNATURE gives it %d", length, len(b))
	}
	if length < 12 {
		return nil, formatErr(base+4, "SuperBlob length %d is smaller than its header", length)
	}
	b = b[:length]
	if count > maxBlobs || 12+uint64(count)*8 > uint64(length) {
		return nil, formatErr(base+8, "SuperBlob claims %d blobs, more than fit in its %d bytes", count, length)
	}
	sig := &Signature{Length: length, blobs: map[uint32][]byte{}}
	for i := uint32(0); i < count; i++ {
		e := b[12+8*i:]
		typ, off := be.Uint32(e), be.Uint32(e[4:])
		at := base + int64(off)
		if uint64(off) < 12+uint64(count)*8 || uint64(off)+8 > uint64(length) {
			return nil, formatErr(base+12+8*int64(i), "blob %d (slot %#x) at offset %d lies outside the SuperBlob (%d bytes)", i, typ, off, length)
		}
		magic, blen := be.Uint32(b[off:]), be.Uint32(b[off+4:])
		if blen < 8 || uint64(off)+uint64(blen) > uint64(length) {
			return nil, formatErr(at, "blob in slot %#x (magic %#08x) claims %d bytes, past the end of the SuperBlob", typ, magic, blen)
		}
		if _, dup := sig.blobs[typ]; dup {
			return nil, formatErr(at, "two blobs in slot %#x", typ)
		}
		blob := b[off : off+blen]
		sig.blobs[typ] = blob
		sig.Index = append(sig.Index, BlobIndex{typ, off, magic, blen})
		want := map[uint32]uint32{SlotCodeDirectory: MagicCodeDirectory, SlotRequirements: MagicRequirements,
			SlotEntitlements: MagicEntitlements, SlotEntitlementsDER: MagicEntitlementsDER, SlotSignature: MagicBlobWrapper}
		if typ >= SlotAlternateCDFirst && typ <= SlotAlternateCDLast {
			want[typ] = MagicCodeDirectory
		}
		if w, ok := want[typ]; ok && magic != w {
			return nil, formatErr(at, "slot %#x holds a blob with magic %#08x, expected %#08x", typ, magic, w)
		}
		switch {
		case typ == SlotCodeDirectory || (typ >= SlotAlternateCDFirst && typ <= SlotAlternateCDLast):
			cd, err := ParseCodeDirectory(blob, at)
			if err != nil {
				return nil, err
			}
			cd.Slot = typ
			sig.CodeDirectories = append(sig.CodeDirectories, cd)
		case typ == SlotRequirements:
			sig.Requirements = blob
		case typ == SlotEntitlements:
			sig.Entitlements = blob[8:]
		case typ == SlotEntitlementsDER:
			sig.EntitlementsDER = blob[8:]
		case typ == SlotSignature:
			sig.CMS, sig.HasWrapper = blob[8:], true
		}
	}
	if len(sig.CodeDirectories) == 0 {
		// No signature without a CodeDirectory: a code signature's callers
		// rely on Primary. The blobs read are still returned with the error,
		// for a disk image that carries only a stapled ticket.
		return sig, formatErr(base, "the code signature has no CodeDirectory")
	}
	// Slot 0 must come first even if the index lists it later.
	cds := sig.CodeDirectories
	for i, cd := range cds {
		if cd.Slot == SlotCodeDirectory && i != 0 {
			cds[0], cds[i] = cds[i], cds[0]
		}
	}
	if cds[0].Slot != SlotCodeDirectory {
		return sig, formatErr(base, "the code signature has alternate CodeDirectories but none in slot 0")
	}
	return sig, nil
}

// ParseCodeDirectory parses and bounds-checks one CodeDirectory blob.
func ParseCodeDirectory(b []byte, base int64) (*CodeDirectory, error) {
	be := binary.BigEndian
	if len(b) < 44 {
		return nil, formatErr(base, "CodeDirectory truncated: %d bytes, the header needs 44", len(b))
	}
	if m := be.Uint32(b); m != MagicCodeDirectory {
		return nil, formatErr(base, "not a CodeDirectory (magic %#08x)", m)
	}
	length := be.Uint32(b[4:])
	if uint64(length) > uint64(len(b)) || length < 44 {
		return nil, formatErr(base+4, "CodeDirectory length %d does not fit its %d-byte blob", length, len(b))
	}
	b = b[:length]
	cd := &CodeDirectory{Raw: b}
	cd.Version, cd.Flags = be.Uint32(b[8:]), be.Uint32(b[12:])
	cd.HashOffset, cd.IdentOffset = be.Uint32(b[16:]), be.Uint32(b[20:])
	cd.NSpecialSlots, cd.NCodeSlots = be.Uint32(b[24:]), be.Uint32(b[28:])
	cd.CodeLimit = uint64(be.Uint32(b[32:]))
	cd.HashSize, cd.HashType, cd.Platform, cd.PageSizeLog2 = b[36], b[37], b[38], b[39]
	if cd.Version < 0x20001 {
		return nil, formatErr(base+8, "CodeDirectory version %#x is older than any Apple has shipped", cd.Version)
	}
	hdr := uint64(44)
	field32 := func(off int) uint32 {
		if off+4 <= len(b) {
			return be.Uint32(b[off:])
		}
		return 0
	}
	field64 := func(off int) uint64 {
		if off+8 <= len(b) {
			return be.Uint64(b[off:])
		}
		return 0
	}
	needHdr := func(v uint32, size uint64) error {
		if cd.Version >= v {
			if uint64(length) < size {
				return formatErr(base, "CodeDirectory version %#x needs a %d-byte header, blob has %d", cd.Version, size, length)
			}
			hdr = size
		}
		return nil
	}
	for _, h := range []struct {
		v    uint32
		size uint64
	}{{0x20100, 48}, {0x20200, 52}, {0x20300, 64}, {0x20400, 88}, {0x20500, 96}} {
		if err := needHdr(h.v, h.size); err != nil {
			return nil, err
		}
	}
	if cd.Version >= 0x20100 {
		cd.ScatterOffset = field32(44)
	}
	if cd.Version >= 0x20200 {
		cd.TeamOffset = field32(48)
	}
	if cd.Version >= 0x20300 {
		if cl := field64(56); cl != 0 {
			cd.CodeLimit = cl
		}
	}
	if cd.Version >= 0x20400 {
		cd.ExecSegBase, cd.ExecSegLimit, cd.ExecSegFlags = field64(64), field64(72), field64(80)
	}
	if cd.Version >= 0x20500 {
		cd.Runtime = Version(field32(88))
	}
	if want := hashSizeOf(cd.HashType); want == 0 {
		return nil, formatErr(base+37, "CodeDirectory uses unknown hash type %d", cd.HashType)
	} else if int(cd.HashSize) != want {
		return nil, formatErr(base+36, "CodeDirectory hash size %d does not match its hash type %s (%d bytes)", cd.HashSize, HashName(cd.HashType), want)
	}
	if cd.PageSizeLog2 != 0 && (cd.PageSizeLog2 < 9 || cd.PageSizeLog2 > 30) {
		return nil, formatErr(base+39, "CodeDirectory page size 2^%d is implausible", cd.PageSizeLog2)
	}
	hs := uint64(cd.HashSize)
	special := uint64(cd.NSpecialSlots) * hs
	if uint64(cd.HashOffset) < hdr+special {
		return nil, formatErr(base+16, "CodeDirectory hashes (offset %d, %d special slots) overlap its header", cd.HashOffset, cd.NSpecialSlots)
	}
	if uint64(cd.HashOffset)+uint64(cd.NCodeSlots)*hs > uint64(length) {
		return nil, formatErr(base+28, "CodeDirectory claims %d code slots at offset %d, past its end (%d bytes)", cd.NCodeSlots, cd.HashOffset, length)
	}
	if ps := cd.PageSize(); ps != 0 {
		want := (cd.CodeLimit + ps - 1) / ps
		if uint64(cd.NCodeSlots) != want {
			return nil, formatErr(base+28, "CodeDirectory has %d code slots but its code limit %d needs %d pages of %d bytes", cd.NCodeSlots, cd.CodeLimit, want, ps)
		}
	} else if cd.CodeLimit > 0 && cd.NCodeSlots != 1 {
		return nil, formatErr(base+28, "CodeDirectory without a page size must have one code slot, has %d", cd.NCodeSlots)
	}
	var err error
	if cd.Identifier, err = cdString(b, cd.IdentOffset, hdr); err != nil {
		return nil, formatErr(base+20, "CodeDirectory identifier: %v", err)
	}
	if cd.TeamOffset != 0 {
		if cd.TeamID, err = cdString(b, cd.TeamOffset, hdr); err != nil {
			return nil, formatErr(base+48, "CodeDirectory team identifier: %v", err)
		}
	}
	h := newHash(cd.HashType)
	h.Write(b)
	cd.FullHash = h.Sum(nil)
	cd.CDHash = cd.FullHash[:20]
	return cd, nil
}

func cdString(b []byte, off uint32, hdr uint64) (string, error) {
	if uint64(off) < hdr || uint64(off) >= uint64(len(b)) {
		return "", fmt.Errorf("offset %d lies outside the CodeDirectory (%d bytes)", off, len(b))
	}
	end := bytes.IndexByte(b[off:], 0)
	if end < 0 {
		return "", fmt.Errorf("string at offset %d is not terminated", off)
	}
	return string(b[off : int(off)+end]), nil
}
