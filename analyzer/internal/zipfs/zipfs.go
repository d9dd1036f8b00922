// Package zipfs opens a zip archive (.ipa, zipped .app, .xcarchive, .appex)
// as a read-only fs.FS without extracting it and without reading it whole.
//
// archive/zip reads only the central directory through the io.ReaderAt; an
// entry's bytes are read when it is opened. In the browser the ReaderAt is a
// Blob, so a 1 GB archive costs its central directory plus whatever entries
// the analysis opens.
//
// Archives are hostile until proven otherwise. Before archive/zip allocates
// anything, the end record's entry count is checked against Limits; then every
// name is checked (traversal, absolute paths, backslashes, length, depth,
// duplicates) and the declared sizes are summed and compared (expansion
// ratio). An entry that breaks a per-entry limit is left out of the file
// system and recorded as a Problem; a limit that makes the whole archive
// unsafe (entry count, total expansion) is an error. While an entry is read,
// its declared size is enforced again, so a lying header cannot expand
// further.
//
// Symbolic links stored in the archive (a framework's Versions/Current) are
// followed within the archive only; a link that leaves it, or loops, is a
// Problem and the path does not open.
package zipfs

import (
	"archive/zip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// Limits bound what an archive may make the reader do. Zero fields take the
// default.
type Limits struct {
	MaxEntries int // entries in the central directory
	// MaxTotalSize bounds the sum of the declared uncompressed sizes.
	MaxTotalSize int64
	// MaxTotalRatio bounds that sum divided by the archive's size.
	MaxTotalRatio int64
	// MaxEntryRatio bounds one entry's uncompressed size over its compressed
	// size; it applies to entries larger than RatioFloor.
	MaxEntryRatio int64
	RatioFloor    int64
	MaxNameLen    int // bytes in one entry name
	MaxDepth      int // path elements in one entry name
	MaxLinkHops   int // symbolic links followed while resolving one path
	MaxLinkTarget int // bytes of a symbolic link's target
}

// DefaultLimits are generous for real apps (Xcode's largest archives hold
// tens of thousands of files, a few GB) and small for bombs.
var DefaultLimits = Limits{
	MaxEntries:    200000,
	MaxTotalSize:  16 << 30,
	MaxTotalRatio: 200,
	MaxEntryRatio: 1000,
	RatioFloor:    1 << 20,
	MaxNameLen:    1024,
	MaxDepth:      64,
	MaxLinkHops:   32,
	MaxLinkTarget: 1024,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxEntries > 0 {
		d.MaxEntries = l.MaxEntries
	}
	if l.MaxTotalSize > 0 {
		d.MaxTotalSize = l.MaxTotalSize
	}
	if l.MaxTotalRatio > 0 {
		d.MaxTotalRatio = l.MaxTotalRatio
	}
	if l.MaxEntryRatio > 0 {
		d.MaxEntryRatio = l.MaxEntryRatio
	}
	if l.RatioFloor > 0 {
		d.RatioFloor = l.RatioFloor
	}
	if l.MaxNameLen > 0 {
		d.MaxNameLen = l.MaxNameLen
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxLinkHops > 0 {
		d.MaxLinkHops = l.MaxLinkHops
	}
	if l.MaxLinkTarget > 0 {
		d.MaxLinkTarget = l.MaxLinkTarget
	}
	return d
}

// The names of the limits, as LimitError.Limit and Problem.Limit spell them.
const (
	LimitEntries    = "entry count"
	LimitTotalSize  = "total size"
	LimitTotalRatio = "total expansion ratio"
	LimitEntryRatio = "entry expansion ratio"
	LimitEntrySize  = "entry size"
	LimitTraversal  = "path traversal"
	LimitAbsolute   = "absolute path"
	LimitBackslash  = "backslash in name"
	LimitNameLen    = "name length"
	LimitDepth      = "nesting depth"
	LimitDuplicate  = "duplicate name"
	LimitLink       = "symbolic link"
)

// LimitError says which limit an archive or an entry broke.
type LimitError struct {
	Limit string // one of the Limit* names
	Entry string // the entry's name as stored; empty for the whole archive
	Msg   string
}

func (e *LimitError) Error() string {
	if e.Entry == "" {
		return fmt.Sprintf("archive limit (%s): %s", e.Limit, e.Msg)
	}
	return fmt.Sprintf("archive limit (%s) on %q: %s", e.Limit, e.Entry, e.Msg)
}

// Entry is one file, directory or symbolic link of the archive.
type Entry struct {
	Name string // cleaned, slash-separated, no trailing slash
	Mode fs.FileMode
	// UnixMode says the archive recorded Unix permissions for the entry (a
	// zip made on Windows does not, and then Mode's permission bits are
	// invented).
	UnixMode         bool
	Method           uint16
	CompressedSize   int64
	UncompressedSize int64
	Modified         time.Time
	// Synthetic: the directory is implied by the names below it.
	Synthetic bool

	f *zip.File
	// A folder's file (FromFolder) reads from src; a link's target is link.
	src  io.ReaderAt
	link *string
}

// IsSymlink says the entry is a symbolic link.
func (e *Entry) IsSymlink() bool { return e.Mode&fs.ModeSymlink != 0 }

// Executable says any x bit is set in the recorded Unix mode.
func (e *Entry) Executable() bool { return e.UnixMode && e.Mode.Perm()&0o111 != 0 }

// Stored says the entry's bytes are stored uncompressed, so ranges of it can
// be read directly from the archive.
func (e *Entry) Stored() bool { return e.src != nil || (e.f != nil && e.Method == zip.Store) }

// FS is an archive opened as a file system.
type FS struct {
	r       io.ReaderAt
	size    int64
	limits  Limits
	entries map[string]*Entry
	// Names lists every entry name (files, links and directories) in order.
	names []string
	// Problems are entries left out or links not followed, each naming the
	// limit it broke.
	Problems []*LimitError
	// LinksHidden: a folder read in a browser, which shows no symbolic links
	// (FromFolder with NoUnixMode files): a framework's Versions/Current
	// may be missing only because of that.
	LinksHidden bool
}

// Open reads the central directory of the zip archive in r.
func Open(r io.ReaderAt, size int64, limits Limits) (*FS, error) {
	l := limits.withDefaults()
	count, err := entryCount(r, size)
	if err != nil {
		return nil, err
	}
	if count > uint64(l.MaxEntries) {
		return nil, &LimitError{Limit: LimitEntries, Msg: fmt.Sprintf("the archive declares %d entries, more than the limit of %d", count, l.MaxEntries)}
	}
	// The end record's count can understate the directory (archive/zip
	// checks it only modulo 65,536): count the headers themselves.
	if n, err := countRecords(r, size, l.MaxEntries); err == nil && n > l.MaxEntries {
		return nil, &LimitError{Limit: LimitEntries, Msg: fmt.Sprintf("the central directory holds more than %d entries (the end record declares %d)", l.MaxEntries, count)}
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("not a readable zip archive: %w", err)
	}
	if len(zr.File) > l.MaxEntries {
		return nil, &LimitError{Limit: LimitEntries, Msg: fmt.Sprintf("the archive holds %d entries, more than the limit of %d", len(zr.File), l.MaxEntries)}
	}
	z := &FS{r: r, size: size, limits: l, entries: map[string]*Entry{}}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > uint64(l.MaxTotalSize) {
			return nil, &LimitError{Limit: LimitTotalSize, Msg: fmt.Sprintf("the entries declare more than %d bytes in all", l.MaxTotalSize)}
		}
		z.add(f)
	}
	if size > 0 && total/uint64(size) > uint64(l.MaxTotalRatio) {
		return nil, &LimitError{Limit: LimitTotalRatio, Msg: fmt.Sprintf("the entries declare %d bytes from a %d-byte archive, more than %d times its size", total, size, l.MaxTotalRatio)}
	}
	z.addParents()
	z.names = make([]string, 0, len(z.entries))
	for n := range z.entries {
		z.names = append(z.names, n)
	}
	sort.Strings(z.names)
	return z, nil
}

// entryCount reads the end of central directory record (and its zip64 form)
// so the count can be judged before archive/zip allocates for it.
func entryCount(r io.ReaderAt, size int64) (uint64, error) {
	const eocdLen = 22
	if size < eocdLen {
		return 0, errors.New("not a zip archive: too short for an end of central directory record")
	}
	tail := int64(eocdLen + 65535)
	if tail > size {
		tail = size
	}
	buf := make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return 0, fmt.Errorf("reading the end of the archive: %w", err)
	}
	for i := len(buf) - eocdLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) != 0x06054b50 {
			continue
		}
		count := uint64(binary.LittleEndian.Uint16(buf[i+10:]))
		if count != 0xffff {
			return count, nil
		}
		// zip64: the locator sits just before the end record.
		if i < 20 || binary.LittleEndian.Uint32(buf[i-20:]) != 0x07064b50 {
			return count, nil
		}
		off := int64(binary.LittleEndian.Uint64(buf[i-20+8:]))
		if off < 0 || off > size-56 {
			return 0, errors.New("not a readable zip archive: zip64 end record outside the file")
		}
		rec := make([]byte, 56)
		if _, err := r.ReadAt(rec, off); err != nil && err != io.EOF {
			return 0, fmt.Errorf("reading the zip64 end record: %w", err)
		}
		if binary.LittleEndian.Uint32(rec) != 0x06064b50 {
			return 0, errors.New("not a readable zip archive: bad zip64 end record")
		}
		return binary.LittleEndian.Uint64(rec[32:]), nil
	}
	return 0, errors.New("not a zip archive: no end of central directory record")
}

func (z *FS) problem(limit, entry, format string, args ...any) {
	z.Problems = append(z.Problems, &LimitError{Limit: limit, Entry: entry, Msg: fmt.Sprintf(format, args...)})
}

// checkName returns the cleaned name, or "" after recording why the entry is
// refused.
func (z *FS) checkName(raw string) string {
	l := z.limits
	switch {
	case len(raw) > l.MaxNameLen:
		z.problem(LimitNameLen, raw[:64]+"…", "the name is %d bytes long, more than the limit of %d", len(raw), l.MaxNameLen)
		return ""
	case strings.Contains(raw, `\`):
		z.problem(LimitBackslash, raw, "the name contains a backslash; zip names use '/', and a backslash may be read as a separator elsewhere")
		return ""
	case strings.HasPrefix(raw, "/") || (len(raw) >= 2 && raw[1] == ':'):
		z.problem(LimitAbsolute, raw, "the name is an absolute path")
		return ""
	case strings.ContainsRune(raw, 0):
		z.problem(LimitTraversal, raw, "the name contains a NUL byte")
		return ""
	}
	for _, el := range strings.Split(raw, "/") {
		if el == ".." {
			z.problem(LimitTraversal, raw, "the name climbs out of the archive with '..'")
			return ""
		}
	}
	name := strings.TrimSuffix(path.Clean(raw), "/")
	if name == "." || name == "" {
		return ""
	}
	if d := strings.Count(name, "/") + 1; d > l.MaxDepth {
		z.problem(LimitDepth, raw, "the name is %d levels deep, more than the limit of %d", d, l.MaxDepth)
		return ""
	}
	return name
}

func (z *FS) add(f *zip.File) {
	name := z.checkName(f.Name)
	if name == "" {
		return
	}
	if prev, dup := z.entries[name]; dup {
		// Two directory records for one folder are harmless.
		if !(prev.Mode.IsDir() && strings.HasSuffix(f.Name, "/")) {
			z.problem(LimitDuplicate, f.Name, "the archive holds this name more than once; which copy an unzip tool keeps differs, so the first is used")
		}
		return
	}
	l := z.limits
	if f.UncompressedSize64 > uint64(l.RatioFloor) {
		c := f.CompressedSize64
		if c == 0 {
			c = 1
		}
		if f.UncompressedSize64/c > uint64(l.MaxEntryRatio) {
			z.problem(LimitEntryRatio, f.Name, "%d bytes expand from %d, more than %d times", f.UncompressedSize64, f.CompressedSize64, l.MaxEntryRatio)
			return
		}
	}
	if f.UncompressedSize64 > uint64(l.MaxTotalSize) || f.CompressedSize64 > uint64(z.size) {
		z.problem(LimitEntrySize, f.Name, "the declared sizes (%d bytes, %d compressed) do not fit the archive", f.UncompressedSize64, f.CompressedSize64)
		return
	}
	creator := f.CreatorVersion >> 8
	e := &Entry{
		Name:             name,
		Mode:             f.Mode(),
		UnixMode:         creator == 3 || creator == 19, // Unix, OS X
		Method:           f.Method,
		CompressedSize:   int64(f.CompressedSize64),
		UncompressedSize: int64(f.UncompressedSize64),
		Modified:         f.Modified,
		f:                f,
	}
	if strings.HasSuffix(f.Name, "/") {
		e.Mode = fs.ModeDir | e.Mode.Perm()
	}
	z.entries[name] = e
}

// addParents makes the directories that only names imply.
func (z *FS) addParents() {
	for name := range z.entries {
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			if e, ok := z.entries[d]; ok {
				if !e.Mode.IsDir() && !e.IsSymlink() {
					// A file that is also a folder: keep the folder view.
					e.Mode = fs.ModeDir | 0o755
				}
				break
			}
			z.entries[d] = &Entry{Name: d, Mode: fs.ModeDir | 0o755, Synthetic: true}
		}
	}
}

// Names returns every entry (files, directories, links) as stored, sorted.
func (z *FS) Names() []string { return z.names }

// Entry returns the entry with exactly that name, without following links.
func (z *FS) Entry(name string) *Entry { return z.entries[name] }

// Resolve follows symbolic links in every element of name and returns the
// entry it reaches.
func (z *FS) Resolve(name string) (*Entry, error) {
	if !fs.ValidPath(name) {
		return nil, fs.ErrInvalid
	}
	if name == "." {
		return &Entry{Name: ".", Mode: fs.ModeDir | 0o755, Synthetic: true}, nil
	}
	hops := 0
	elems := strings.Split(name, "/")
	cur := ""
	for i := 0; i < len(elems); i++ {
		next := elems[i]
		if cur != "" {
			next = cur + "/" + elems[i]
		}
		e, ok := z.entries[next]
		if !ok {
			return nil, fs.ErrNotExist
		}
		if !e.IsSymlink() {
			cur = next
			continue
		}
		hops++
		if hops > z.limits.MaxLinkHops {
			return nil, &LimitError{Limit: LimitLink, Entry: name, Msg: fmt.Sprintf("more than %d symbolic links to follow (a loop?)", z.limits.MaxLinkHops)}
		}
		target, err := z.linkTarget(e)
		if err != nil {
			return nil, err
		}
		if strings.HasPrefix(target, "/") || strings.Contains(target, `\`) {
			return nil, &LimitError{Limit: LimitLink, Entry: e.Name, Msg: fmt.Sprintf("the link points outside the archive (%q)", target)}
		}
		joined := path.Join(path.Dir(next), target)
		if joined == ".." || strings.HasPrefix(joined, "../") {
			return nil, &LimitError{Limit: LimitLink, Entry: e.Name, Msg: fmt.Sprintf("the link points outside the archive (%q)", target)}
		}
		rest := elems[i+1:]
		elems = append(strings.Split(joined, "/"), rest...)
		if joined == "." {
			elems = rest
		}
		if len(elems) == 0 {
			return z.Resolve(".")
		}
		cur, i = "", -1
	}
	return z.entries[cur], nil
}

// LinkTarget returns a symbolic link's target as stored.
func (z *FS) LinkTarget(e *Entry) (string, error) { return z.linkTarget(e) }

func (z *FS) linkTarget(e *Entry) (string, error) {
	if e.link != nil {
		if len(*e.link) > z.limits.MaxLinkTarget {
			return "", &LimitError{Limit: LimitLink, Entry: e.Name, Msg: "the link's target is too long"}
		}
		return *e.link, nil
	}
	if e.f == nil || e.UncompressedSize > int64(z.limits.MaxLinkTarget) {
		return "", &LimitError{Limit: LimitLink, Entry: e.Name, Msg: "the link's target is too long"}
	}
	rc, err := z.openEntry(e)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, int64(z.limits.MaxLinkTarget)))
	if err != nil {
		return "", fmt.Errorf("reading link %s: %w", e.Name, err)
	}
	return string(b), nil
}

// openEntry streams an entry's bytes, never more than it declared.
func (z *FS) openEntry(e *Entry) (io.ReadCloser, error) {
	if e.src != nil {
		return &limitedReadCloser{r: io.NopCloser(io.NewSectionReader(e.src, 0, e.UncompressedSize+1)), left: e.UncompressedSize, name: e.Name}, nil
	}
	if e.f == nil {
		return nil, fmt.Errorf("opening %s: no data", e.Name)
	}
	rc, err := e.f.Open()
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", e.Name, err)
	}
	l := &limitedReadCloser{r: rc, left: e.UncompressedSize, name: e.Name}
	if e.f.Flags&0x8 != 0 {
		// archive/zip checks the data descriptor after the bytes too; some
		// zip writers set its flag but write none (fastlane's iOSAppOnly.ipa),
		// and unzip takes the bytes when they match the central directory.
		l.crc, l.wantCRC = crc32.NewIEEE(), e.f.CRC32
	}
	return l, nil
}

type limitedReadCloser struct {
	r    io.ReadCloser
	left int64
	name string
	// crc sums the bytes read when the entry has a data descriptor, to tell
	// a descriptor missing from bytes that really differ from wantCRC.
	crc     hash.Hash32
	wantCRC uint32
}

// descriptorOnly says err is archive/zip's checksum error for an entry read
// in full whose bytes match the central directory's CRC-32: only its data
// descriptor is missing or wrong.
func (l *limitedReadCloser) descriptorOnly(err error) bool {
	return l.crc != nil && l.left == 0 && errors.Is(err, zip.ErrChecksum) && l.crc.Sum32() == l.wantCRC
}

func (l *limitedReadCloser) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One more byte says whether the entry runs past its declared size.
		var one [1]byte
		n, err := l.r.Read(one[:])
		switch {
		case n > 0 || errors.Is(err, zip.ErrFormat):
			// archive/zip says ErrFormat when more bytes come than declared.
			return 0, &LimitError{Limit: LimitEntrySize, Entry: l.name, Msg: "the entry expands past its declared size"}
		case err != nil && err != io.EOF && !l.descriptorOnly(err):
			return 0, err // a CRC mismatch shows here, at the end
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.crc != nil {
		l.crc.Write(p[:n])
	}
	if l.descriptorOnly(err) {
		err = io.EOF
	}
	if err == io.EOF && l.left > 0 {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (l *limitedReadCloser) Close() error { return l.r.Close() }

// ReadFile reads a whole entry, refusing one larger than max bytes. When the
// entry's CRC does not match (a damaged archive) it returns the bytes and an
// error wrapping zip.ErrChecksum.
func (z *FS) ReadFile(name string, max int64) ([]byte, error) {
	e, err := z.Resolve(name)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if e.Mode.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a directory")}
	}
	if e.UncompressedSize > max {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%d bytes, more than the %d this reader accepts", e.UncompressedSize, max)}
	}
	rc, err := z.openEntry(e)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	// The declared size may lie; start small and let the bytes read grow it.
	b := make([]byte, 0, min(e.UncompressedSize, 1<<20))
	buf := make([]byte, 32<<10)
	for {
		n, err := rc.Read(buf)
		b = append(b, buf[:n]...)
		if err == io.EOF {
			return b, nil
		}
		if errors.Is(err, zip.ErrChecksum) {
			// Every byte was read; the archive is damaged, the caller decides.
			return b, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
	}
}

// Open implements fs.FS, following symbolic links within the archive.
func (z *FS) Open(name string) (fs.File, error) {
	e, err := z.Resolve(name)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if e.Mode.IsDir() {
		return &dirFile{z: z, e: e, name: name}, nil
	}
	rc, err := z.openEntry(e)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &file{ReadCloser: rc, info: fileInfo{e, path.Base(name)}}, nil
}

// Stat implements fs.StatFS.
func (z *FS) Stat(name string) (fs.FileInfo, error) {
	e, err := z.Resolve(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	return fileInfo{e, path.Base(name)}, nil
}

// ReadDir implements fs.ReadDirFS. Links are listed as links.
func (z *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	e, err := z.Resolve(name)
	if err != nil {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
	}
	if !e.Mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	return z.children(e.Name), nil
}

func (z *FS) children(dir string) []fs.DirEntry {
	prefix := dir + "/"
	if dir == "." {
		prefix = ""
	}
	i := sort.SearchStrings(z.names, prefix)
	var out []fs.DirEntry
	for ; i < len(z.names) && strings.HasPrefix(z.names[i], prefix); i++ {
		rest := z.names[i][len(prefix):]
		if rest == "" || strings.Contains(rest, "/") {
			continue
		}
		out = append(out, fs.FileInfoToDirEntry(fileInfo{z.entries[z.names[i]], rest}))
	}
	return out
}

type fileInfo struct {
	e    *Entry
	base string
}

func (fi fileInfo) Name() string       { return fi.base }
func (fi fileInfo) Size() int64        { return fi.e.UncompressedSize }
func (fi fileInfo) Mode() fs.FileMode  { return fi.e.Mode }
func (fi fileInfo) ModTime() time.Time { return fi.e.Modified }
func (fi fileInfo) IsDir() bool        { return fi.e.Mode.IsDir() }
func (fi fileInfo) Sys() any           { return fi.e }

type file struct {
	io.ReadCloser
	info fileInfo
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }

type dirFile struct {
	z    *FS
	e    *Entry
	name string
	list []fs.DirEntry
	read bool
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return fileInfo{d.e, path.Base(d.name)}, nil }
func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}
func (d *dirFile) Close() error { return nil }

func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if !d.read {
		d.list, d.read = d.z.children(d.e.Name), true
	}
	if n <= 0 {
		out := d.list
		d.list = nil
		return out, nil
	}
	if len(d.list) == 0 {
		return nil, io.EOF
	}
	if n > len(d.list) {
		n = len(d.list)
	}
	out := d.list[:n]
	d.list = d.list[n:]
	return out, nil
}

// ReadLink implements fs.ReadLinkFS: the target of the link at name, with
// links in the folders above it followed.
func (z *FS) ReadLink(name string) (string, error) {
	e, err := z.lresolve(name)
	if err != nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: err}
	}
	if !e.IsSymlink() {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	return z.linkTarget(e)
}

// Lstat implements fs.ReadLinkFS: like Stat, but a link is described, not followed.
func (z *FS) Lstat(name string) (fs.FileInfo, error) {
	e, err := z.lresolve(name)
	if err != nil {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: err}
	}
	return fileInfo{e, path.Base(name)}, nil
}

func (z *FS) lresolve(name string) (*Entry, error) {
	if !fs.ValidPath(name) {
		return nil, fs.ErrInvalid
	}
	dir, base := path.Split(name)
	if dir == "" {
		if e := z.entries[base]; e != nil {
			return e, nil
		}
		return z.Resolve(name)
	}
	d, err := z.Resolve(strings.TrimSuffix(dir, "/"))
	if err != nil {
		return nil, err
	}
	e := z.entries[d.Name+"/"+base]
	if e == nil {
		return nil, fs.ErrNotExist
	}
	return e, nil
}
