package macho

// Library is one dylib load command: what dyld is asked to load, and how.
type Library struct {
	// Command is the load command as otool -l prints it: LC_LOAD_DYLIB,
	// LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LAZY_LOAD_DYLIB or
	// LC_LOAD_UPWARD_DYLIB.
	Command string
	// Path is the install name as recorded: absolute, or starting with
	// @rpath, @executable_path or @loader_path.
	Path string
}

// Weak says the process still launches when the library is missing.
func (l Library) Weak() bool { return l.Command == "LC_LOAD_WEAK_DYLIB" }

var linkageCommandNames = map[uint32]string{
	lcLoadDylib:       "LC_LOAD_DYLIB",
	lcLoadWeakDylib:   "LC_LOAD_WEAK_DYLIB",
	lcReexportDylib:   "LC_REEXPORT_DYLIB",
	lcLazyLoadDylib:   "LC_LAZY_LOAD_DYLIB",
	lcLoadUpwardDylib: "LC_LOAD_UPWARD_DYLIB",
	lcIDDylib:         "LC_ID_DYLIB",
	lcRPath:           "LC_RPATH",
}

// maxLinkagePath caps a path taken from a load command; the command's own
// size (at most the load commands' 16 MB) bounds it already, this keeps a
// crafted one from filling the facts.
const maxLinkagePath = 4096

// maxLibraries and maxRPaths cap what one slice keeps: real code loads a
// few hundred libraries at most, and a crafted file could otherwise claim
// 65,536 of each in its load commands. The rest are counted, not kept.
const (
	maxLibraries = 4096
	maxRPaths    = 256
)

// linkageCommand reads a dylib_command (name offset at 8, then timestamp and
// versions) or an rpath_command (path offset at 8). The string lies inside
// the command, from its offset to the first NUL.
func (s *Slice) linkageCommand(cmd uint32, c []byte, at int64) error {
	name := linkageCommandNames[cmd]
	min := 24
	if cmd == lcRPath {
		min = 12
	}
	if len(c) < min {
		return formatErr(at, "%s load command is %d bytes, needs %d", name, len(c), min)
	}
	off := s.byteOrder().Uint32(c[8:])
	if off < uint32(min) || uint64(off) >= uint64(len(c)) {
		return formatErr(at, "%s path offset %d lies outside the %d-byte command", name, off, len(c))
	}
	p := cstring(c[off:])
	if len(p) > maxLinkagePath {
		p = p[:maxLinkagePath]
	}
	switch {
	case cmd == lcIDDylib:
		s.InstallName = p
	case cmd == lcRPath && len(s.RPaths) < maxRPaths:
		s.RPaths = append(s.RPaths, p)
	case cmd != lcRPath && len(s.Libraries) < maxLibraries:
		s.Libraries = append(s.Libraries, Library{Command: name, Path: p})
	default:
		s.LinkageDropped++
	}
	return nil
}
