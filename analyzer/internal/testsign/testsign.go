// Package testsign writes real-format code signatures onto Mach-O files, so
// tests can have the cases the real-world corpus lacks: an old deployment
// target signed SHA-256 only, an arm64e slice, a page changed after signing,
// a universal file with one slice unsigned. It also builds the small synthetic
// Mach-O executables those signatures go on.
//
// It is test support: it trusts its inputs and is not used by the analyzer.
package testsign

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
)

// Mach-O constants the builder and signer write.
const (
	CPUARM64     = 0x0100000c
	CPUX86_64    = 0x01000007
	SubtypeARM64 = 0
	// SubtypeARM64E carries the pointer-authentication ABI flag in the top bit,
	// as Apple's compilers write it.
	SubtypeARM64E = 0x80000002
	SubtypeX86_64 = 3

	PlatformMacOS = 1
	PlatformIOS   = 2

	HashSHA1   = 1
	HashSHA256 = 2

	FlagAdhoc        = 0x2
	FlagRuntime      = 0x10000
	FlagLinkerSigned = 0x20000

	lcSegment64     = 0x19
	lcCodeSignature = 0x1d
	lcBuildVersion  = 0x32
	// LC_VERSION_MIN_* load commands.
	LCVersionMinMacOSX   = 0x24
	LCVersionMinIPhoneOS = 0x25
	LCVersionMinTVOS     = 0x2f
	LCVersionMinWatchOS  = 0x30
	pageSize             = 4096
)

// Version packs major.minor as Apple does (xxxx.yy.zz).
func Version(major, minor int) uint32 { return uint32(major)<<16 | uint32(minor)<<8 }

// Image describes a synthetic 64-bit little-endian executable.
type Image struct {
	CPU, Subtype uint32
	Platform     uint32
	MinOS        uint32
	CodePages    int  // pages of __TEXT after the header page
	Seed         byte // varies the code bytes
	// VersionMin, when set, is the load command written instead of
	// LC_BUILD_VERSION, as builds before Xcode 10 wrote it:
	// LCVersionMinIPhoneOS and the like, with MinOS as version and SDK.
	VersionMin uint32
	// Encrypted adds LC_ENCRYPTION_INFO_64 with cryptid 1 over the code pages,
	// as App Store downloads have.
	Encrypted bool
	// FileType is MH_EXECUTE (2, the default) or MH_DYLIB (6), MH_BUNDLE (8).
	FileType uint32
	// Libraries are dylib load commands; RPaths LC_RPATH entries; InstallName
	// an LC_ID_DYLIB (for a dylib).
	Libraries   []Library
	RPaths      []string
	InstallName string
}

// Library is one dylib load command to write.
type Library struct {
	Cmd  uint32 // LCLoadDylib, LCLoadWeakDylib, …
	Path string
}

// Dylib load commands, as in <mach-o/loader.h>.
const (
	LCLoadDylib       = 0xc
	LCIDDylib         = 0xd
	LCLoadWeakDylib   = 0x80000018
	LCRPath           = 0x8000001c
	LCReexportDylib   = 0x8000001f
	LCLoadUpwardDylib = 0x80000023
	MHDylib           = 6
	MHBundle          = 8
)

// pathCommand is a dylib_command (or rpath_command) with its string padded
// to 8 bytes, as ld writes them.
func pathCommand(cmd uint32, p string) []byte {
	le := binary.LittleEndian
	head := 24
	if cmd == LCRPath {
		head = 12
	}
	size := (head + len(p) + 1 + 7) &^ 7
	c := make([]byte, size)
	le.PutUint32(c, cmd)
	le.PutUint32(c[4:], uint32(size))
	le.PutUint32(c[8:], uint32(head))
	if head == 24 {
		le.PutUint32(c[16:], 0x10000) // current version 1.0
		le.PutUint32(c[20:], 0x10000) // compatibility version 1.0
	}
	copy(c[head:], p)
	return c
}

// Build writes the executable: a header page with __PAGEZERO, __TEXT,
// __LINKEDIT and LC_BUILD_VERSION (room is left for LC_CODE_SIGNATURE), then
// CodePages pages of code and a little __LINKEDIT data. It is unsigned.
func Build(img Image) []byte {
	if img.CPU == 0 {
		img.CPU, img.Subtype = CPUARM64, SubtypeARM64
	}
	if img.Platform == 0 {
		img.Platform, img.MinOS = PlatformMacOS, Version(12, 0)
	}
	if img.CodePages == 0 {
		img.CodePages = 3
	}
	le := binary.LittleEndian
	textSize := uint64(1+img.CodePages) * pageSize
	linkedit := make([]byte, 200)
	for i := range linkedit {
		linkedit[i] = byte(i) ^ img.Seed
	}
	out := make([]byte, textSize+uint64(len(linkedit)))
	var cmds []byte
	seg := func(name string, vmaddr, vmsize, off, size uint64, prot uint32) {
		c := make([]byte, 72)
		le.PutUint32(c, lcSegment64)
		le.PutUint32(c[4:], 72)
		copy(c[8:24], name)
		le.PutUint64(c[24:], vmaddr)
		le.PutUint64(c[32:], vmsize)
		le.PutUint64(c[40:], off)
		le.PutUint64(c[48:], size)
		le.PutUint32(c[56:], prot)
		le.PutUint32(c[60:], prot)
		cmds = append(cmds, c...)
	}
	seg("__PAGEZERO", 0, 1<<32, 0, 0, 0)
	seg("__TEXT", 1<<32, textSize, 0, textSize, 5)
	seg("__LINKEDIT", 1<<32+textSize, 1<<14, textSize, uint64(len(linkedit)), 1)
	if img.VersionMin != 0 {
		vm := make([]byte, 16)
		le.PutUint32(vm, img.VersionMin)
		le.PutUint32(vm[4:], 16)
		le.PutUint32(vm[8:], img.MinOS)
		le.PutUint32(vm[12:], img.MinOS)
		cmds = append(cmds, vm...)
	} else {
		bv := make([]byte, 24)
		le.PutUint32(bv, lcBuildVersion)
		le.PutUint32(bv[4:], 24)
		le.PutUint32(bv[8:], img.Platform)
		le.PutUint32(bv[12:], img.MinOS)
		le.PutUint32(bv[16:], img.MinOS)
		cmds = append(cmds, bv...)
	}
	ncmds := uint32(4)
	if img.InstallName != "" {
		cmds = append(cmds, pathCommand(LCIDDylib, img.InstallName)...)
		ncmds++
	}
	for _, l := range img.Libraries {
		cmds = append(cmds, pathCommand(l.Cmd, l.Path)...)
		ncmds++
	}
	for _, r := range img.RPaths {
		cmds = append(cmds, pathCommand(LCRPath, r)...)
		ncmds++
	}
	if img.Encrypted {
		ei := make([]byte, 24)
		le.PutUint32(ei, 0x2c)
		le.PutUint32(ei[4:], 24)
		le.PutUint32(ei[8:], pageSize)
		le.PutUint32(ei[12:], uint32(img.CodePages)*pageSize)
		le.PutUint32(ei[16:], 1)
		cmds = append(cmds, ei...)
		ncmds++
	}
	le.PutUint32(out, 0xfeedfacf)
	le.PutUint32(out[4:], img.CPU)
	le.PutUint32(out[8:], img.Subtype)
	if img.FileType == 0 {
		img.FileType = 2 // MH_EXECUTE
	}
	le.PutUint32(out[12:], img.FileType)
	le.PutUint32(out[16:], ncmds)
	le.PutUint32(out[20:], uint32(len(cmds)))
	le.PutUint32(out[24:], 0x200085)
	copy(out[32:], cmds)
	for i := pageSize; i < int(textSize); i++ {
		out[i] = byte(i*31+i/pageSize) ^ img.Seed
	}
	copy(out[textSize:], linkedit)
	return out
}

// Options say what signature to write.
type Options struct {
	Identifier string
	TeamID     string
	// Flags are the CodeDirectory flags (FlagAdhoc, FlagRuntime, …).
	Flags uint32
	// Hashes lists the CodeDirectories by hash type; the first goes in slot 0.
	// Default: SHA-256 only.
	Hashes []uint8
	// Requirements is a whole requirements blob; nil writes none unless
	// EmptyRequirements is set.
	Requirements      []byte
	EmptyRequirements bool
	Entitlements      []byte // XML
	EntitlementsDER   []byte
	ExecSegFlags      uint64
	Runtime           uint32
	// TopDirectory, when set, is written in slot 4 (cdTopDirectorySlot, the
	// "application" slot) as a 0xfade0b01 BlobWrapper around these slot
	// numbers, big-endian, as codesign writes it.
	TopDirectory []uint32
	// Signer makes the CMS over the primary CodeDirectory; cds are all the
	// CodeDirectory blobs in slot order. Nil writes no CMS unless EmptyCMS.
	Signer   func(primary []byte, cds [][]byte) ([]byte, error)
	EmptyCMS bool
	// CMSReserve is the room kept for the CMS (default 12000 bytes).
	CMSReserve int
	// SlotData is hashed into special slots without being stored in the
	// signature, as codesign seals a bundle's Info.plist (slot 1) and
	// CodeResources (slot 3).
	SlotData map[uint32][]byte
}

type lc struct {
	off        int // offset of the command in the file
	cmd, size  uint32
	name       string
	fileoff    uint64
	filesize   uint64
	vmsizeAt   int
	filesizeAt int
}

func readCmds(b []byte) (cmds []lc, ncmds, sizeof uint32, err error) {
	le := binary.LittleEndian
	if len(b) < 32 || le.Uint32(b) != 0xfeedfacf {
		return nil, 0, 0, errors.New("testsign: only 64-bit little-endian Mach-O images are supported")
	}
	ncmds, sizeof = le.Uint32(b[16:]), le.Uint32(b[20:])
	off := 32
	for i := uint32(0); i < ncmds; i++ {
		c := lc{off: off, cmd: le.Uint32(b[off:]), size: le.Uint32(b[off+4:])}
		if c.cmd == lcSegment64 {
			c.name = string(b[off+8 : off+24])
			for j, ch := range c.name {
				if ch == 0 {
					c.name = c.name[:j]
					break
				}
			}
			c.fileoff, c.filesize = le.Uint64(b[off+40:]), le.Uint64(b[off+48:])
			c.vmsizeAt, c.filesizeAt = off+32, off+48
		}
		if c.cmd == lcCodeSignature {
			c.fileoff, c.filesize = uint64(le.Uint32(b[off+8:])), uint64(le.Uint32(b[off+12:]))
		}
		cmds = append(cmds, c)
		off += int(c.size)
	}
	return cmds, ncmds, sizeof, nil
}

// Sign returns a copy of a thin 64-bit image with a fresh signature at the end
// of __LINKEDIT, replacing any signature it had.
func Sign(image []byte, o Options) ([]byte, error) {
	le, be := binary.LittleEndian, binary.BigEndian
	cmds, ncmds, sizeof, err := readCmds(image)
	if err != nil {
		return nil, err
	}
	var linkedit, text, sigCmd *lc
	for i := range cmds {
		switch {
		case cmds[i].name == "__LINKEDIT":
			linkedit = &cmds[i]
		case cmds[i].name == "__TEXT":
			text = &cmds[i]
		case cmds[i].cmd == lcCodeSignature:
			sigCmd = &cmds[i]
		}
	}
	if linkedit == nil || text == nil {
		return nil, errors.New("testsign: no __TEXT or __LINKEDIT segment")
	}
	end := uint64(len(image))
	if sigCmd != nil {
		end = sigCmd.fileoff
	}
	codeLimit := (end + 15) &^ 15
	out := make([]byte, codeLimit)
	copy(out, image[:end])
	sigAt := 0
	if sigCmd != nil {
		sigAt = sigCmd.off
	} else {
		sigAt = 32 + int(sizeof)
		for _, c := range out[sigAt : sigAt+16] {
			if c != 0 {
				return nil, errors.New("testsign: no room for LC_CODE_SIGNATURE after the load commands")
			}
		}
		le.PutUint32(out[16:], ncmds+1)
		le.PutUint32(out[20:], sizeof+16)
	}

	hashes := o.Hashes
	if len(hashes) == 0 {
		hashes = []uint8{HashSHA256}
	}
	// Blobs other than CodeDirectories, by slot.
	special := map[uint32][]byte{}
	if o.Requirements != nil {
		special[2] = o.Requirements
	} else if o.EmptyRequirements {
		special[2] = []byte{0xfa, 0xde, 0x0c, 0x01, 0, 0, 0, 12, 0, 0, 0, 0}
	}
	if o.Entitlements != nil {
		special[5] = blob(0xfade7171, o.Entitlements)
	}
	if o.EntitlementsDER != nil {
		special[7] = blob(0xfade7172, o.EntitlementsDER)
	}
	if o.TopDirectory != nil {
		var list []byte
		for _, n := range o.TopDirectory {
			list = be.AppendUint32(list, n)
		}
		special[4] = blob(0xfade0b01, list)
	}
	// hashed is what each special slot's hash is taken over: native blobs
	// whole, a BlobWrapper's payload, and SlotData as it is.
	hashed := map[uint32][]byte{}
	for s, b := range special {
		switch s {
		case 2, 5, 7, 8, 9, 10, 11: // native blobs, hashed whole
			hashed[s] = b
		default: // BlobWrappers: their payload is hashed
			hashed[s] = b[8:]
		}
	}
	for s, b := range o.SlotData {
		hashed[s] = b
	}
	nSpecial := uint32(0)
	for s := range hashed {
		if s > nSpecial {
			nSpecial = s
		}
	}
	nCode := uint32((codeLimit + pageSize - 1) / pageSize)
	cdSize := func(t uint8) int {
		hs := hashSize(t)
		return 96 + len(o.Identifier) + 1 + teamLen(o.TeamID) + int(nSpecial+nCode)*hs
	}
	nBlobs := len(hashes) + len(special)
	size := 12 + 8*(nBlobs+1)
	for _, t := range hashes {
		size += cdSize(t)
	}
	for _, b := range special {
		size += len(b)
	}
	reserve := 0
	if o.Signer != nil || o.EmptyCMS {
		reserve = 8
		if o.Signer != nil {
			reserve += o.CMSReserve
			if o.CMSReserve == 0 {
				reserve += 12000
			}
		}
	}
	size = (size + reserve + 15) &^ 15

	le.PutUint32(out[sigAt:], lcCodeSignature)
	le.PutUint32(out[sigAt+4:], 16)
	le.PutUint32(out[sigAt+8:], uint32(codeLimit))
	le.PutUint32(out[sigAt+12:], uint32(size))
	leSize := codeLimit + uint64(size) - linkedit.fileoff
	le.PutUint64(out[linkedit.filesizeAt:], leSize)
	le.PutUint64(out[linkedit.vmsizeAt:], (leSize+0x3fff)&^0x3fff)

	var cds [][]byte
	for _, t := range hashes {
		cds = append(cds, codeDirectory(out, t, o, hashed, nSpecial, nCode, codeLimit, text))
	}
	var cms []byte
	if o.Signer != nil {
		if cms, err = o.Signer(cds[0], cds); err != nil {
			return nil, err
		}
		if len(cms)+8 > reserve {
			return nil, fmt.Errorf("testsign: CMS is %d bytes, only %d reserved", len(cms), reserve-8)
		}
	}
	// SuperBlob: index in slot order (CD, requirements, entitlements, DER, alternates, CMS).
	type entry struct {
		slot uint32
		data []byte
	}
	entries := []entry{{0, cds[0]}}
	for _, s := range []uint32{1, 2, 3, 4, 5, 6, 7} {
		if b, ok := special[s]; ok {
			entries = append(entries, entry{s, b})
		}
	}
	for i, cd := range cds[1:] {
		entries = append(entries, entry{0x1000 + uint32(i), cd})
	}
	if o.Signer != nil || o.EmptyCMS {
		entries = append(entries, entry{0x10000, blob(0xfade0b01, cms)})
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
	if len(sb) > size {
		return nil, fmt.Errorf("testsign: signature is %d bytes, %d reserved", len(sb), size)
	}
	signed := make([]byte, codeLimit+uint64(size))
	copy(signed, out)
	copy(signed[codeLimit:], sb)
	return signed, nil
}

func teamLen(team string) int {
	if team == "" {
		return 0
	}
	return len(team) + 1
}

func hashSize(t uint8) int {
	if t == HashSHA1 {
		return 20
	}
	return 32
}

func newHash(t uint8) hash.Hash {
	if t == HashSHA1 {
		return sha1.New()
	}
	return sha256.New()
}

func blob(magic uint32, payload []byte) []byte {
	b := make([]byte, 8, 8+len(payload))
	binary.BigEndian.PutUint32(b, magic)
	binary.BigEndian.PutUint32(b[4:], uint32(8+len(payload)))
	return append(b, payload...)
}

func codeDirectory(code []byte, t uint8, o Options, special map[uint32][]byte, nSpecial, nCode uint32, codeLimit uint64, text *lc) []byte {
	be := binary.BigEndian
	hs := hashSize(t)
	const hdr = 96
	identOff := hdr
	teamOff := identOff + len(o.Identifier) + 1
	hashOff := teamOff + teamLen(o.TeamID) + int(nSpecial)*hs
	cd := make([]byte, hashOff+int(nCode)*hs)
	be.PutUint32(cd, 0xfade0c02)
	be.PutUint32(cd[4:], uint32(len(cd)))
	be.PutUint32(cd[8:], 0x20500)
	be.PutUint32(cd[12:], o.Flags)
	be.PutUint32(cd[16:], uint32(hashOff))
	be.PutUint32(cd[20:], uint32(identOff))
	be.PutUint32(cd[24:], nSpecial)
	be.PutUint32(cd[28:], nCode)
	be.PutUint32(cd[32:], uint32(codeLimit))
	cd[36], cd[37], cd[38], cd[39] = byte(hs), t, 0, 12
	if o.TeamID != "" {
		be.PutUint32(cd[48:], uint32(teamOff))
		copy(cd[teamOff:], o.TeamID)
	}
	be.PutUint64(cd[64:], text.fileoff)
	be.PutUint64(cd[72:], text.filesize)
	be.PutUint64(cd[80:], o.ExecSegFlags)
	be.PutUint32(cd[88:], o.Runtime)
	copy(cd[identOff:], o.Identifier)
	for s, b := range special { // the bytes each slot's hash is taken over
		h := newHash(t)
		h.Write(b)
		copy(cd[hashOff-int(s)*hs:], h.Sum(nil)[:hs])
	}
	for i := uint32(0); i < nCode; i++ {
		start := uint64(i) * pageSize
		stop := start + pageSize
		if stop > codeLimit {
			stop = codeLimit
		}
		h := newHash(t)
		h.Write(code[start:stop])
		copy(cd[hashOff+int(i)*hs:], h.Sum(nil)[:hs])
	}
	return cd
}

// Universal joins thin images into a universal file, each slice aligned to
// 16 KiB, with the CPU type and subtype read from each image.
func Universal(images ...[]byte) []byte {
	be, le := binary.BigEndian, binary.LittleEndian
	const align = 1 << 14
	hdr := make([]byte, 8+20*len(images))
	be.PutUint32(hdr, 0xcafebabe)
	be.PutUint32(hdr[4:], uint32(len(images)))
	out := hdr
	for i, img := range images {
		off := (len(out) + align - 1) &^ (align - 1)
		out = append(out, make([]byte, off-len(out))...)
		e := out[8+20*i:]
		be.PutUint32(e, le.Uint32(img[4:]))
		be.PutUint32(e[4:], le.Uint32(img[8:]))
		be.PutUint32(e[8:], uint32(off))
		be.PutUint32(e[12:], uint32(len(img)))
		be.PutUint32(e[16:], 14)
		out = append(out, img...)
	}
	return out
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// Archive writes a static library as Apple's libtool does: the BSD ar
// format, a "__.SYMDEF SORTED" table of contents first, each member's name
// stored after its header ("#1/len") and padded to 8 bytes.
func Archive(names []string, members [][]byte) []byte {
	out := []byte("!<arch>\n")
	add := func(name string, data []byte) {
		n := []byte(name)
		n = append(n, make([]byte, 4-len(n)%4)...) // NUL-padded as libtool does ("__.SYMDEF SORTED" is #1/20)
		hdr := fmt.Sprintf("#1/%-13d%-12d%-6d%-6d%-8o%-10d`\n", len(n), 0, 501, 20, 0o100644, len(n)+len(data))
		out = append(out, hdr...)
		out = append(out, n...)
		out = append(out, data...)
		if len(out)%2 == 1 {
			out = append(out, '\n')
		}
	}
	add("__.SYMDEF SORTED", make([]byte, 8)) // an empty ranlib table and string table
	for i, name := range names {
		add(name, members[i])
	}
	return out
}

// Object turns an image from Build into a relocatable object (MH_OBJECT), as
// the members of a static library are.
func Object(image []byte) []byte {
	b := bytes.Clone(image)
	binary.LittleEndian.PutUint32(b[12:], 1) // MH_OBJECT
	return b
}

// UniversalArchive joins static libraries into a universal file, each slice
// described by the CPU type and subtype given, as lipo -create does.
func UniversalArchive(cpus [][2]uint32, archives ...[]byte) []byte {
	be := binary.BigEndian
	const align = 1 << 3
	hdr := make([]byte, 8+20*len(archives))
	be.PutUint32(hdr, 0xcafebabe)
	be.PutUint32(hdr[4:], uint32(len(archives)))
	out := hdr
	for i, a := range archives {
		off := (len(out) + align - 1) &^ (align - 1)
		out = append(out, make([]byte, off-len(out))...)
		e := out[8+20*i:]
		be.PutUint32(e, cpus[i][0])
		be.PutUint32(e[4:], cpus[i][1])
		be.PutUint32(e[8:], uint32(off))
		be.PutUint32(e[12:], uint32(len(a)))
		be.PutUint32(e[16:], 3)
		out = append(out, a...)
	}
	return out
}
