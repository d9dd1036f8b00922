package macho

import (
	"bytes"
	"strconv"
	"strings"
)

// Static libraries. A universal file's slices may be ar archives ("!<arch>\n")
// instead of Mach-O images: lipo -create joins static libraries that way.
// They hold object files for the linker; nothing loads or signs them.

// archiveMagic begins every ar archive.
const archiveMagic = "!<arch>\n"

// Limits on what is listed of an archive: its member headers are walked, not
// its contents.
const (
	maxArchiveMembers = 100000
	maxListedMembers  = 200
)

// Archive is a static library slice.
type Archive struct {
	// Members are the first member names (at most maxListedMembers), the
	// symbol table ("__.SYMDEF", "__.SYMDEF SORTED", "/") left out.
	Members []string
	// MemberCount counts every member but the symbol table.
	MemberCount int
	// Objects counts members that are Mach-O object files.
	Objects int
	// SymbolTable says the archive has a table of contents (ranlib).
	SymbolTable bool
	// Problem says why the walk stopped early ("" when it reached the end).
	Problem string
}

// IsArchive says whether b begins with the ar magic.
func IsArchive(b []byte) bool { return bytes.HasPrefix(b, []byte(archiveMagic)) }

// readArchive walks the member headers of an ar archive slice: BSD names
// ("#1/len", stored after the header, as Apple's libtool writes them) and
// GNU names ("name/", "/offset" into the "//" table, shown as "/offset").
func (s *Slice) readArchive() *Archive {
	a := &Archive{}
	off := int64(len(archiveMagic))
	var hdr [60]byte
	for off < s.Size {
		if a.MemberCount+boolInt(a.SymbolTable) >= maxArchiveMembers {
			a.Problem = "more than " + itoa(maxArchiveMembers) + " members; the rest are not listed"
			break
		}
		if s.Size-off < 60 {
			a.Problem = "member header at " + hex(uint64(off)) + " is cut short"
			break
		}
		if err := readAt(s.r, hdr[:], off); err != nil {
			a.Problem = err.Error()
			break
		}
		if hdr[58] != '`' || hdr[59] != '\n' {
			a.Problem = "member header at " + hex(uint64(off)) + " does not end with the ar terminator"
			break
		}
		size, err := strconv.ParseUint(strings.TrimSpace(string(hdr[48:58])), 10, 63)
		if err != nil || size > uint64(s.Size-off-60) {
			a.Problem = "member at " + hex(uint64(off)) + " claims a size that does not fit the slice"
			break
		}
		name := strings.TrimRight(string(hdr[:16]), " ")
		data := off + 60
		nameLen := uint64(0)
		if rest, ok := strings.CutPrefix(name, "#1/"); ok {
			n, err := strconv.ParseUint(rest, 10, 16)
			if err != nil || n > size {
				a.Problem = "member at " + hex(uint64(off)) + " has a malformed long name"
				break
			}
			b := make([]byte, n)
			if err := readAt(s.r, b, data); err != nil {
				a.Problem = err.Error()
				break
			}
			name, nameLen = string(bytes.TrimRight(b, "\x00")), n
		} else if name != "/" && name != "//" {
			name = strings.TrimSuffix(name, "/")
		}
		switch name {
		case "__.SYMDEF", "__.SYMDEF SORTED", "__.SYMDEF_64", "__.SYMDEF_64 SORTED", "/", "/SYM64/":
			a.SymbolTable = true
		case "//": // GNU long-name table
		default:
			a.MemberCount++
			if len(a.Members) < maxListedMembers {
				a.Members = append(a.Members, name)
			}
			if size-nameLen >= 4 {
				var m [4]byte
				if readAt(s.r, m[:], data+int64(nameLen)) == nil {
					switch v := uint32(m[0])<<24 | uint32(m[1])<<16 | uint32(m[2])<<8 | uint32(m[3]); v {
					case magic32, magic64, cigam32, cigam64:
						a.Objects++
					}
				}
			}
		}
		off = data + int64(size)
		off += off & 1 // members start on even offsets
	}
	return a
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
