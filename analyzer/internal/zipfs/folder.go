package zipfs

import (
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

// FolderFile is one file, folder or symbolic link of a folder handed over
// as it is (a dropped .app, `signdoctor check MyApp.app`), not zipped.
type FolderFile struct {
	// Name is slash-separated and starts with the folder's own name
	// ("MyApp.app/Contents/Info.plist"), as `ditto -c -k --keepParent` names
	// the entries of its zip.
	Name string
	Mode fs.FileMode // fs.ModeDir, fs.ModeSymlink, or a regular file's permissions
	Size int64
	R    io.ReaderAt // a regular file's bytes, read on demand
	// Link is a symbolic link's target.
	Link string
	// NoUnixMode: the permission bits are not known (a browser does not
	// show them); they are then not judged, as for a zip made on Windows.
	NoUnixMode bool
}

// FromFolder builds the same file system Open builds from the folder's zip,
// with the same limits on counts, names, depth and links. Files are read
// through their ReaderAt only when the analysis opens them.
func FromFolder(files []FolderFile, limits Limits) (*FS, error) {
	l := limits.withDefaults()
	if len(files) > l.MaxEntries {
		return nil, &LimitError{Limit: LimitEntries, Msg: fmt.Sprintf("the folder holds %d entries, more than the limit of %d", len(files), l.MaxEntries)}
	}
	z := &FS{limits: l, entries: map[string]*Entry{}}
	var total int64
	for _, f := range files {
		name := z.checkName(f.Name)
		if name == "" {
			continue
		}
		if _, dup := z.entries[name]; dup {
			z.problem(LimitDuplicate, f.Name, "the folder lists this name more than once; the first is used")
			continue
		}
		e := &Entry{Name: name, Mode: f.Mode, UnixMode: !f.NoUnixMode, UncompressedSize: f.Size, CompressedSize: f.Size}
		switch {
		case f.Mode.IsDir():
			e.UncompressedSize, e.CompressedSize = 0, 0
		case f.Mode&fs.ModeSymlink != 0:
			target := f.Link
			e.link = &target
			e.UncompressedSize, e.CompressedSize = int64(len(target)), int64(len(target))
		case f.Mode.IsRegular():
			if f.R == nil || f.Size < 0 {
				z.problem(LimitEntrySize, f.Name, "the file cannot be read")
				continue
			}
			total += f.Size
			if total > l.MaxTotalSize {
				return nil, &LimitError{Limit: LimitTotalSize, Msg: fmt.Sprintf("the files hold more than %d bytes in all", l.MaxTotalSize)}
			}
			e.src = f.R
		default:
			continue // sockets, devices: nothing a bundle holds
		}
		if strings.HasPrefix(name, "/") {
			continue
		}
		if f.NoUnixMode {
			z.LinksHidden = true
		}
		z.entries[name] = e
	}
	z.addParents()
	z.names = make([]string, 0, len(z.entries))
	for n := range z.entries {
		z.names = append(z.names, n)
	}
	sort.Strings(z.names)
	return z, nil
}
