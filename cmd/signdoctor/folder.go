package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/signdoctor/signdoctor/analyzer"
)

// maxFolderEntries stops the walk of a folder long before it could list a
// whole disk (the analyzer's own limit is the same: zipfs.DefaultLimits).
const maxFolderEntries = 200000

// readFolder lists a folder for the analyzer as `ditto -c -k --keepParent`
// would zip it: names start with the folder's own name, symbolic links are
// kept as links (never followed), permissions are as they are. Files are
// opened only when the analysis reads them.
func readFolder(dir string) ([]analyzer.FolderFile, error) {
	dir = filepath.Clean(dir)
	root := filepath.Base(dir)
	var out []analyzer.FolderFile
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if len(out) >= maxFolderEntries {
			return fmt.Errorf("%s holds more than %d files and folders; pass the bundle itself", dir, maxFolderEntries)
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name := root
		if rel != "." {
			name = root + "/" + filepath.ToSlash(rel)
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		f := analyzer.FolderFile{Name: name, Mode: fi.Mode()}
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			f.Link = filepath.ToSlash(target)
		case fi.Mode().IsRegular():
			f.Size, f.R = fi.Size(), &lazyFile{path: p}
		}
		out = append(out, f)
		return nil
	})
	return out, err
}

// lazyFile opens its file for each read, so a bundle of thousands of files
// holds no descriptors open.
type lazyFile struct{ path string }

func (l *lazyFile) ReadAt(b []byte, off int64) (int, error) {
	f, err := os.Open(l.path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n, err := f.ReadAt(b, off)
	if errors.Is(err, io.EOF) && n == len(b) {
		err = nil
	}
	return n, err
}
