// Package macho reads Mach-O files, thin and universal, and their code
// signatures, and verifies those signatures the way codesign --verify does.
//
// Everything is read through an io.ReaderAt: headers, load commands and the
// signature are read whole (each within a fixed limit), code pages are hashed
// streaming in large ranges. Every count, offset and size taken from the file
// is checked against the bytes that exist before it is used to slice or
// allocate, so a crafted file becomes an error, never a panic or a huge
// allocation.
package macho

import "fmt"

// Magic numbers as they appear when the first four bytes are read big-endian.
const (
	magic32    = 0xfeedface
	magic64    = 0xfeedfacf
	cigam32    = 0xcefaedfe
	cigam64    = 0xcffaedfe
	magicFat   = 0xcafebabe
	magicFat64 = 0xcafebabf
	cigamFat   = 0xbebafeca
	cigamFat64 = 0xbfbafeca
)

// Limits on what a file may claim. Real files stay far below them; they exist
// so that a length field cannot drive an allocation.
const (
	// MaxFatArches is the most architectures a universal header may list.
	// Java class files share the 0xcafebabe magic; their version number sits
	// where nfat_arch would and is at least 45, so sniffers use a lower bound.
	MaxFatArches = 64
	// maxLoadCommandBytes caps sizeofcmds.
	maxLoadCommandBytes = 16 << 20
	// maxLoadCommands caps ncmds.
	maxLoadCommands = 1 << 16
	// maxSignatureBytes caps the LC_CODE_SIGNATURE blob we read into memory.
	// A 2 GB binary with SHA-1 and SHA-256 CodeDirectories needs about 26 MB.
	maxSignatureBytes = 64 << 20
	// maxBlobs caps the SuperBlob index.
	maxBlobs = 1024
)

// Load commands we read.
const (
	lcSegment           = 0x1
	lcSegment64         = 0x19
	lcCodeSignature     = 0x1d
	lcEncryptionInfo    = 0x21
	lcEncryptionInfo64  = 0x2c
	lcVersionMinMacOSX  = 0x24
	lcVersionMinIPhone  = 0x25
	lcVersionMinTVOS    = 0x2f
	lcVersionMinWatchOS = 0x30
	lcBuildVersion      = 0x32

	// Linkage (LC_REQ_DYLD, 0x80000000, is cleared before these are compared).
	lcLoadDylib       = 0xc
	lcIDDylib         = 0xd
	lcLoadWeakDylib   = 0x18
	lcRPath           = 0x1c
	lcReexportDylib   = 0x1f
	lcLazyLoadDylib   = 0x20
	lcLoadUpwardDylib = 0x23
)

// CPU types.
const (
	cpuArch64    = 0x01000000
	cpuArch64_32 = 0x02000000
	cpuX86       = 7
	cpuX86_64    = cpuX86 | cpuArch64
	cpuARM       = 12
	cpuARM64     = cpuARM | cpuArch64
	cpuARM64_32  = cpuARM | cpuArch64_32
	cpuPPC       = 18
	cpuPPC64     = cpuPPC | cpuArch64
	cpuMC680x0   = 6
	cpuSPARC     = 14
	cpuI860      = 15
	cpuHPPA      = 11

	// cpuSubtypeMask covers the capability bits in the top byte (arm64e keeps
	// its pointer-authentication ABI version there).
	cpuSubtypeMask = 0xff000000
)

// ArchName is the architecture as lipo, file and codesign print it.
func ArchName(cpu, subtype uint32) string {
	sub := subtype &^ cpuSubtypeMask
	switch cpu {
	case cpuX86:
		return "i386"
	case cpuX86_64:
		if sub == 8 {
			return "x86_64h"
		}
		return "x86_64"
	case cpuARM:
		switch sub {
		case 5:
			return "armv4t"
		case 6:
			return "armv6"
		case 7:
			return "armv5"
		case 8:
			return "xscale"
		case 9:
			return "armv7"
		case 10:
			return "armv7f"
		case 11:
			return "armv7s"
		case 12:
			return "armv7k"
		case 13:
			return "armv8"
		case 14:
			return "armv6m"
		case 15:
			return "armv7m"
		case 16:
			return "armv7em"
		}
		return "arm"
	case cpuARM64:
		switch sub {
		case 1:
			return "arm64v8"
		case 2:
			return "arm64e"
		}
		return "arm64"
	case cpuARM64_32:
		return "arm64_32"
	case cpuPPC:
		switch sub {
		case 100:
			return "ppc970"
		case 10:
			return "ppc7400"
		case 11:
			return "ppc7450"
		}
		return "ppc"
	case cpuPPC64:
		return "ppc64"
	case cpuMC680x0:
		return "m68k"
	case cpuSPARC:
		return "sparc"
	case cpuI860:
		return "i860"
	case cpuHPPA:
		return "hppa"
	}
	return fmt.Sprintf("cputype %#x subtype %d", cpu, sub)
}

// FileTypeName names a Mach-O file type as Apple's headers do, in lower case.
func FileTypeName(t uint32) string {
	names := map[uint32]string{
		1: "object", 2: "execute", 3: "fvmlib", 4: "core", 5: "preload",
		6: "dylib", 7: "dylinker", 8: "bundle", 9: "dylib_stub", 10: "dsym",
		11: "kext_bundle", 12: "fileset",
	}
	if n, ok := names[t]; ok {
		return n
	}
	return fmt.Sprintf("filetype %d", t)
}

// PlatformName names an LC_BUILD_VERSION platform as Apple's tools (vtool,
// otool) print it.
func PlatformName(p uint32) string {
	names := map[uint32]string{
		1: "macos", 2: "ios", 3: "tvos", 4: "watchos", 5: "bridgeos",
		6: "maccatalyst", 7: "iossimulator", 8: "tvossimulator",
		9: "watchossimulator", 10: "driverkit", 11: "visionos",
		12: "visionossimulator",
	}
	if n, ok := names[p]; ok {
		return n
	}
	return fmt.Sprintf("platform %d", p)
}

// Version is an Apple packed version: xxxx.yy.zz in nibbles.
type Version uint32

func (v Version) Major() int { return int(v >> 16) }
func (v Version) Minor() int { return int(v>>8) & 0xff }
func (v Version) Patch() int { return int(v) & 0xff }

// String prints 10.9, or 10.9.1 when there is a patch level.
func (v Version) String() string {
	if v.Patch() != 0 {
		return fmt.Sprintf("%d.%d.%d", v.Major(), v.Minor(), v.Patch())
	}
	return fmt.Sprintf("%d.%d", v.Major(), v.Minor())
}

// Less reports whether v is below major.minor.
func (v Version) Less(major, minor int) bool {
	return v.Major() < major || (v.Major() == major && v.Minor() < minor)
}

// FormatError says what is wrong with a file and where.
type FormatError struct {
	Off int64 // offset in the file
	Msg string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("%s (at offset %#x)", e.Msg, e.Off)
}

func formatErr(off int64, format string, args ...any) *FormatError {
	return &FormatError{Off: off, Msg: fmt.Sprintf(format, args...)}
}
