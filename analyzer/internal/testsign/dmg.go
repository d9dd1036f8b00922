package testsign

import (
	"encoding/binary"
	"fmt"
)

// DMGOptions describe a test disk image: a UDIF trailer after some data,
// signed the way `codesign --sign` signs a .dmg.
type DMGOptions struct {
	Data       []byte // the image's bytes before the signature (data fork and plist)
	Identifier string
	TeamID     string
	// Signer (CMSSigner) signs the CodeDirectory; nil with Sign set makes an
	// ad hoc signature; Sign false leaves the image unsigned.
	Sign   bool
	Signer func(primary []byte, cds [][]byte) ([]byte, error)
	// Ticket staples a (fake) notarization ticket in slot 0x10002, or
	// TicketData when set (testsign.Ticket writes a real-format one).
	Ticket     bool
	TicketData []byte
}

// DMG writes the image: Data, the SuperBlob when signed, then the 512-byte
// koly trailer with CodeSignatureOffset/Length at 296/304.
func DMG(o DMGOptions) ([]byte, error) {
	be := binary.BigEndian
	koly := make([]byte, 512)
	copy(koly, "koly")
	be.PutUint32(koly[4:], 4)
	be.PutUint32(koly[8:], 512)
	be.PutUint32(koly[12:], 1)
	be.PutUint64(koly[32:], uint64(len(o.Data)))
	be.PutUint32(koly[488:], 1)
	be.PutUint64(koly[492:], uint64(len(o.Data)+511)/512)
	out := append([]byte(nil), o.Data...)
	if !o.Sign && !o.Ticket {
		return append(out, koly...), nil
	}
	be.PutUint64(koly[296:], uint64(len(o.Data)))
	type entry struct {
		slot uint32
		data []byte
	}
	var entries []entry
	if o.Sign {
		reqs := blob(0xfade0c01, []byte{0, 0, 0, 0})   // an empty requirements set
		special := map[uint32][]byte{2: reqs, 6: koly} // koly with CodeSignatureLength still 0
		cd := dmgCodeDirectory(o, out, special)
		entries = append(entries, entry{0, cd}, entry{2, reqs})
		if o.Signer == nil {
			be.PutUint32(cd[12:], FlagAdhoc)
		} else {
			cms, err := o.Signer(cd, [][]byte{cd})
			if err != nil {
				return nil, err
			}
			entries = append(entries, entry{0x10000, blob(0xfade0b01, cms)})
		}
	}
	if o.Ticket {
		t := o.TicketData
		if t == nil {
			t = []byte("s8chTEST-TICKET-NOT-FROM-APPLE")
		}
		entries = append(entries, entry{0x10002, blob(0xfade0b01, t)})
	}
	sb := make([]byte, 12+8*len(entries))
	be.PutUint32(sb, 0xfade0cc0)
	be.PutUint32(sb[8:], uint32(len(entries)))
	for i, e := range entries {
		be.PutUint32(sb[12+8*i:], e.slot)
		be.PutUint32(sb[16+8*i:], uint32(len(sb)))
		sb = append(sb, e.data...)
	}
	be.PutUint32(sb[4:], uint32(len(sb)))
	be.PutUint64(koly[304:], uint64(len(sb)))
	out = append(out, sb...)
	return append(out, koly...), nil
}

// dmgCodeDirectory is a version 0x20200 CodeDirectory with one code slot
// over the whole data (page size 0) and the special slots given.
func dmgCodeDirectory(o DMGOptions, code []byte, special map[uint32][]byte) []byte {
	be := binary.BigEndian
	const hs, hdr, nSpecial = 32, 52, 6
	identOff := hdr
	teamOff := identOff + len(o.Identifier) + 1
	hashOff := teamOff + teamLen(o.TeamID) + nSpecial*hs
	cd := make([]byte, hashOff+hs)
	be.PutUint32(cd, 0xfade0c02)
	be.PutUint32(cd[4:], uint32(len(cd)))
	be.PutUint32(cd[8:], 0x20200)
	be.PutUint32(cd[16:], uint32(hashOff))
	be.PutUint32(cd[20:], uint32(identOff))
	be.PutUint32(cd[24:], nSpecial)
	be.PutUint32(cd[28:], 1)
	be.PutUint32(cd[32:], uint32(len(code)))
	cd[36], cd[37] = hs, HashSHA256
	if o.TeamID != "" {
		be.PutUint32(cd[48:], uint32(teamOff))
		copy(cd[teamOff:], o.TeamID)
	}
	copy(cd[identOff:], o.Identifier)
	for s, b := range special {
		h := newHash(HashSHA256)
		h.Write(b)
		copy(cd[hashOff-int(s)*hs:], h.Sum(nil))
	}
	h := newHash(HashSHA256)
	h.Write(code)
	copy(cd[hashOff:], h.Sum(nil))
	if len(cd) > 1<<20 {
		panic(fmt.Sprintf("testsign: a %d-byte CodeDirectory", len(cd)))
	}
	return cd
}
