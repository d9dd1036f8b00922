package macho

import (
	"encoding/binary"
	"io"
)

// File is a thin or universal Mach-O file.
type File struct {
	Size      int64
	Universal bool
	Slices    []*Slice
	r         io.ReaderAt
}

// Slice is one architecture's Mach-O image. In a thin file it is the whole file.
type Slice struct {
	Index  int
	Offset int64 // where the slice starts in the file
	Size   int64 // bytes of the slice

	CPU, CPUSubtype uint32
	Arch            string
	Is64            bool
	BigEndian       bool
	FileType        uint32
	NCmds           uint32
	SizeofCmds      uint32
	HeaderFlags     uint32

	// Platform and MinOS come from LC_BUILD_VERSION or LC_VERSION_MIN_*.
	Platform string
	MinOS    Version
	SDK      Version
	HasMinOS bool

	// Encrypted is true when an LC_ENCRYPTION_INFO has a non-zero cryptid
	// (App Store FairPlay): the encrypted pages cannot match their hashes.
	Encrypted bool
	// CryptOff and CryptSize are the encrypted range (relative to the slice).
	CryptOff, CryptSize uint32

	Segments []Segment

	// Libraries are the dylibs the slice loads, in load-command order;
	// RPaths its LC_RPATH entries; InstallName its LC_ID_DYLIB (dylibs only).
	Libraries   []Library
	RPaths      []string
	InstallName string
	// LinkageDropped counts load commands past the caps on Libraries and
	// RPaths (a crafted file).
	LinkageDropped int

	// HasCodeSignature says LC_CODE_SIGNATURE is present; SigOffset and
	// SigSize are its dataoff and datasize (relative to the slice).
	HasCodeSignature bool
	SigOffset        uint32
	SigSize          uint32
	// Signature is the parsed signature, nil when absent or unreadable.
	Signature *Signature
	// SigErr says why the signature could not be read.
	SigErr error

	// Archive is set when the slice is a static library (an ar archive, in
	// a universal file) rather than a Mach-O image: it has no load commands
	// and no signature.
	Archive *Archive

	// Err is why the slice's header or load commands could not be read; the
	// other fields are then partly filled.
	Err error
	// Problems are anomalies that do not stop reading (a readable
	// __PAGEZERO, a signature not at the end of __LINKEDIT).
	Problems []Problem

	r *io.SectionReader
}

// Segment is the part of a segment load command the checks need.
type Segment struct {
	Name              string
	VMAddr, VMSize    uint64
	FileOff, FileSize uint64
	MaxProt, InitProt uint32
}

// Problem is an anomaly in a slice.
type Problem struct {
	// Code is a short stable tag: "signature-truncated", "signature-misplaced",
	// "pagezero", "load-commands".
	Code string
	Msg  string
}

// Reader gives random access to the slice's bytes.
func (s *Slice) Reader() io.ReaderAt { return s.r }

func (s *Slice) byteOrder() binary.ByteOrder {
	if s.BigEndian {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// IsMachO says whether the first bytes look like a Mach-O or universal file.
// For 0xcafebabe it also requires a plausible architecture count, because
// Java class files begin with the same four bytes.
func IsMachO(head []byte) bool {
	if len(head) < 4 {
		return false
	}
	switch binary.BigEndian.Uint32(head) {
	case magic32, magic64, cigam32, cigam64:
		return true
	case magicFat, magicFat64:
		return len(head) >= 8 && binary.BigEndian.Uint32(head[4:]) < 32
	case cigamFat, cigamFat64:
		return len(head) >= 8 && binary.LittleEndian.Uint32(head[4:]) < 32
	}
	return false
}

// Open reads the headers, load commands and signature of every slice. It
// fails only when the file is not a Mach-O file at all or its universal
// header cannot be read; problems inside a slice are kept on the slice.
func Open(r io.ReaderAt, size int64) (*File, error) {
	f := &File{Size: size, r: r}
	var head [8]byte
	if size < 4 {
		return nil, formatErr(0, "file too short for a Mach-O header (%d bytes)", size)
	}
	n := int64(8)
	if size < n {
		n = size
	}
	if err := readAt(r, head[:n], 0); err != nil {
		return nil, err
	}
	m := binary.BigEndian.Uint32(head[:])
	switch m {
	case magic32, magic64, cigam32, cigam64:
		s := &Slice{Offset: 0, Size: size}
		s.r = io.NewSectionReader(r, 0, size)
		s.read()
		f.Slices = []*Slice{s}
		return f, nil
	case magicFat, magicFat64, cigamFat, cigamFat64:
		f.Universal = true
		if err := f.readFat(m); err != nil {
			return nil, err
		}
		return f, nil
	}
	return nil, formatErr(0, "not a Mach-O file (magic %#08x)", m)
}

func (f *File) readFat(m uint32) error {
	var bo binary.ByteOrder = binary.BigEndian
	if m == cigamFat || m == cigamFat64 {
		bo = binary.LittleEndian
	}
	is64 := m == magicFat64 || m == cigamFat64
	if f.Size < 8 {
		return formatErr(0, "universal header truncated: %d bytes, need 8", f.Size)
	}
	var hdr [8]byte
	if err := readAt(f.r, hdr[:], 0); err != nil {
		return err
	}
	count := bo.Uint32(hdr[4:])
	if count == 0 {
		return formatErr(4, "universal header lists no architectures")
	}
	if count > MaxFatArches {
		return formatErr(4, "universal header lists %d architectures (at most %d are plausible)", count, MaxFatArches)
	}
	entSize := int64(20)
	if is64 {
		entSize = 32
	}
	tableEnd := 8 + int64(count)*entSize
	if tableEnd > f.Size {
		return formatErr(8, "universal header lists %d architectures but the file ends at %d bytes, inside the table", count, f.Size)
	}
	table := make([]byte, tableEnd-8)
	if err := readAt(f.r, table, 8); err != nil {
		return err
	}
	type span struct{ off, end int64 }
	var spans []span
	for i := 0; i < int(count); i++ {
		e := table[int64(i)*entSize:]
		s := &Slice{Index: i}
		s.CPU, s.CPUSubtype = bo.Uint32(e), bo.Uint32(e[4:])
		var off, sz uint64
		if is64 {
			off, sz = bo.Uint64(e[8:]), bo.Uint64(e[16:])
		} else {
			off, sz = uint64(bo.Uint32(e[8:])), uint64(bo.Uint32(e[12:]))
		}
		s.Arch = ArchName(s.CPU, s.CPUSubtype)
		entOff := 8 + int64(i)*entSize
		switch {
		case off < uint64(tableEnd):
			s.Err = formatErr(entOff, "%s slice starts at %#x, inside the universal header", s.Arch, off)
		case off > uint64(f.Size) || sz > uint64(f.Size)-off:
			s.Err = formatErr(entOff, "%s slice (offset %#x, size %d) runs past the end of the file (%d bytes)", s.Arch, off, sz, f.Size)
		}
		if s.Err == nil {
			for _, o := range spans {
				if int64(off) < o.end && o.off < int64(off+sz) {
					s.Err = formatErr(entOff, "%s slice (offset %#x, size %d) overlaps another slice", s.Arch, off, sz)
				}
			}
		}
		if s.Err != nil {
			f.Slices = append(f.Slices, s)
			continue
		}
		spans = append(spans, span{int64(off), int64(off + sz)})
		s.Offset, s.Size = int64(off), int64(sz)
		s.r = io.NewSectionReader(f.r, s.Offset, s.Size)
		fatCPU, fatSub := s.CPU, s.CPUSubtype
		s.read()
		if s.Err == nil && (s.CPU != fatCPU || (s.CPUSubtype&^cpuSubtypeMask) != (fatSub&^cpuSubtypeMask)) {
			s.Problems = append(s.Problems, Problem{"arch-mismatch",
				"the universal header says " + ArchName(fatCPU, fatSub) + " but the slice's own header says " + s.Arch})
		}
		f.Slices = append(f.Slices, s)
	}
	return nil
}

// read fills the slice from its Mach-O header and load commands.
func (s *Slice) read() {
	if s.Size >= int64(len(archiveMagic)) {
		var m [len(archiveMagic)]byte
		if readAt(s.r, m[:], 0) == nil && IsArchive(m[:]) {
			s.Archive = s.readArchive()
			return
		}
	}
	if s.Size < 28 {
		s.Err = formatErr(s.Offset, "Mach-O header truncated: slice has %d bytes, the header needs 28", s.Size)
		return
	}
	var h [32]byte
	n := int64(32)
	if s.Size < n {
		n = s.Size
	}
	if err := readAt(s.r, h[:n], 0); err != nil {
		s.Err = err
		return
	}
	m := binary.BigEndian.Uint32(h[:])
	switch m {
	case magic32:
		s.BigEndian = true
	case magic64:
		s.BigEndian, s.Is64 = true, true
	case cigam32:
	case cigam64:
		s.Is64 = true
	default:
		s.Err = formatErr(s.Offset, "slice does not start with a Mach-O header (magic %#08x)", m)
		return
	}
	bo := s.byteOrder()
	s.CPU, s.CPUSubtype = bo.Uint32(h[4:]), bo.Uint32(h[8:])
	s.Arch = ArchName(s.CPU, s.CPUSubtype)
	s.FileType = bo.Uint32(h[12:])
	s.NCmds, s.SizeofCmds = bo.Uint32(h[16:]), bo.Uint32(h[20:])
	s.HeaderFlags = bo.Uint32(h[24:])
	hdrSize := int64(28)
	if s.Is64 {
		hdrSize = 32
		if s.Size < 32 {
			s.Err = formatErr(s.Offset, "64-bit Mach-O header truncated: slice has %d bytes, the header needs 32", s.Size)
			return
		}
	}
	if s.NCmds > maxLoadCommands {
		s.Err = formatErr(s.Offset+16, "header claims %d load commands", s.NCmds)
		return
	}
	if int64(s.SizeofCmds) > s.Size-hdrSize {
		s.Err = formatErr(s.Offset+20, "load commands (%d bytes) run past the end of the slice (%d bytes after the header)", s.SizeofCmds, s.Size-hdrSize)
		return
	}
	if s.SizeofCmds > maxLoadCommandBytes {
		s.Err = formatErr(s.Offset+20, "load commands claim %d bytes", s.SizeofCmds)
		return
	}
	if uint64(s.NCmds)*8 > uint64(s.SizeofCmds) {
		s.Err = formatErr(s.Offset+16, "header claims %d load commands in %d bytes: they cannot fit", s.NCmds, s.SizeofCmds)
		return
	}
	cmds := make([]byte, s.SizeofCmds)
	if err := readAt(s.r, cmds, hdrSize); err != nil {
		s.Err = err
		return
	}
	s.readLoadCommands(cmds, hdrSize)
	if s.Err == nil && s.HasCodeSignature {
		s.Signature, s.SigErr = s.readSignature()
	}
	s.checkLayout()
}

func (s *Slice) readLoadCommands(cmds []byte, base int64) {
	bo := s.byteOrder()
	off := 0
	for i := uint32(0); i < s.NCmds; i++ {
		at := s.Offset + base + int64(off)
		if len(cmds)-off < 8 {
			s.Err = formatErr(at, "load command %d of %d is truncated: the load commands end after %d bytes", i+1, s.NCmds, s.SizeofCmds)
			return
		}
		cmd, size := bo.Uint32(cmds[off:]), bo.Uint32(cmds[off+4:])
		if size < 8 {
			s.Err = formatErr(at, "load command %d (%#x) has size %d, less than its own header", i+1, cmd, size)
			return
		}
		if uint64(size) > uint64(len(cmds)-off) {
			s.Err = formatErr(at, "load command %d (%#x) claims %d bytes but only %d remain in the load commands", i+1, cmd, size, len(cmds)-off)
			return
		}
		c := cmds[off : off+int(size)]
		if err := s.loadCommand(cmd&^0x80000000, c, at); err != nil {
			s.Err = err
			return
		}
		off += int(size)
	}
}

func cstring(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

func (s *Slice) loadCommand(cmd uint32, c []byte, at int64) error {
	bo := s.byteOrder()
	need := func(n int, what string) error {
		if len(c) < n {
			return formatErr(at, "%s load command is %d bytes, needs %d", what, len(c), n)
		}
		return nil
	}
	switch cmd {
	case lcSegment:
		if err := need(56, "LC_SEGMENT"); err != nil {
			return err
		}
		s.Segments = append(s.Segments, Segment{
			Name: cstring(c[8:24]), VMAddr: uint64(bo.Uint32(c[24:])), VMSize: uint64(bo.Uint32(c[28:])),
			FileOff: uint64(bo.Uint32(c[32:])), FileSize: uint64(bo.Uint32(c[36:])),
			MaxProt: bo.Uint32(c[40:]), InitProt: bo.Uint32(c[44:]),
		})
	case lcSegment64:
		if err := need(72, "LC_SEGMENT_64"); err != nil {
			return err
		}
		s.Segments = append(s.Segments, Segment{
			Name: cstring(c[8:24]), VMAddr: bo.Uint64(c[24:]), VMSize: bo.Uint64(c[32:]),
			FileOff: bo.Uint64(c[40:]), FileSize: bo.Uint64(c[48:]),
			MaxProt: bo.Uint32(c[56:]), InitProt: bo.Uint32(c[60:]),
		})
	case lcCodeSignature:
		if err := need(16, "LC_CODE_SIGNATURE"); err != nil {
			return err
		}
		if s.HasCodeSignature {
			return formatErr(at, "more than one LC_CODE_SIGNATURE")
		}
		s.HasCodeSignature = true
		s.SigOffset, s.SigSize = bo.Uint32(c[8:]), bo.Uint32(c[12:])
	case lcEncryptionInfo, lcEncryptionInfo64:
		if err := need(20, "LC_ENCRYPTION_INFO"); err != nil {
			return err
		}
		if bo.Uint32(c[16:]) != 0 {
			s.Encrypted = true
			s.CryptOff, s.CryptSize = bo.Uint32(c[8:]), bo.Uint32(c[12:])
		}
	case lcLoadDylib, lcLoadWeakDylib, lcReexportDylib, lcLazyLoadDylib, lcLoadUpwardDylib, lcIDDylib, lcRPath:
		return s.linkageCommand(cmd, c, at)
	case lcBuildVersion:
		if err := need(24, "LC_BUILD_VERSION"); err != nil {
			return err
		}
		s.Platform = PlatformName(bo.Uint32(c[8:]))
		s.MinOS, s.SDK, s.HasMinOS = Version(bo.Uint32(c[12:])), Version(bo.Uint32(c[16:])), true
	case lcVersionMinMacOSX, lcVersionMinIPhone, lcVersionMinTVOS, lcVersionMinWatchOS:
		if err := need(16, "LC_VERSION_MIN"); err != nil {
			return err
		}
		if s.HasMinOS && s.Platform != "" {
			break // LC_BUILD_VERSION wins
		}
		s.Platform = map[uint32]string{lcVersionMinMacOSX: "macos", lcVersionMinIPhone: "ios",
			lcVersionMinTVOS: "tvos", lcVersionMinWatchOS: "watchos"}[cmd]
		if cmd != lcVersionMinMacOSX && s.CPU&^cpuArch64 == cpuX86 {
			// Before LC_BUILD_VERSION, Intel code with an iOS, tvOS or
			// watchOS minimum was built for the Simulator (dyld and ld64
			// read it so): it is iossimulator, not ios.
			s.Platform += "simulator"
		}
		s.MinOS, s.SDK, s.HasMinOS = Version(bo.Uint32(c[8:])), Version(bo.Uint32(c[12:])), true
	}
	return nil
}

// checkLayout notes anomalies in where things sit.
func (s *Slice) checkLayout() {
	if s.Err != nil {
		return
	}
	for _, seg := range s.Segments {
		if seg.Name == "__PAGEZERO" && (seg.MaxProt != 0 || seg.InitProt != 0 || seg.FileSize != 0) {
			s.Problems = append(s.Problems, Problem{"pagezero",
				"the __PAGEZERO segment is mapped with access rights or file contents (maxprot " +
					itoa(uint64(seg.MaxProt)) + ", initprot " + itoa(uint64(seg.InitProt)) + ", filesize " +
					itoa(seg.FileSize) + "); it must be an inaccessible guard region, and macOS refuses such an executable"})
		}
	}
	if !s.HasCodeSignature {
		return
	}
	end := uint64(s.SigOffset) + uint64(s.SigSize)
	if end > uint64(s.Size) {
		return // reported as the signature error
	}
	for _, seg := range s.Segments {
		if seg.Name != "__LINKEDIT" {
			continue
		}
		segEnd := seg.FileOff + seg.FileSize
		if uint64(s.SigOffset) < seg.FileOff || end > segEnd {
			s.Problems = append(s.Problems, Problem{"signature-misplaced",
				"the code signature (offset " + hex(uint64(s.SigOffset)) + ", " + itoa(uint64(s.SigSize)) +
					" bytes) lies outside the __LINKEDIT segment (" + hex(seg.FileOff) + "–" + hex(segEnd) + ")"})
		}
	}
	if end < uint64(s.Size) {
		// Nothing should follow the signature: bytes after it
		// are not covered by any hash (strip and install_name_tool leave this).
		s.Problems = append(s.Problems, Problem{"data-after-signature",
			itoa(uint64(s.Size)-end) + " bytes follow the code signature at the end of the file; no signature covers them"})
	}
}
