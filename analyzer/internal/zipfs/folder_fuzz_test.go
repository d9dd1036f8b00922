package zipfs

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"
)

// FuzzFromFolder: any list of names, kinds and link targets builds a file
// system or a limit error; walking it, resolving every name (links included,
// loops and escapes too) and reading every file never panics or hangs.
//
// The input is lines "kind name [target]": kind d (folder), l (link), f
// (file, whose bytes are its name).
func FuzzFromFolder(f *testing.F) {
	f.Add("d App.app\nd App.app/Contents\nf App.app/Contents/Info.plist\nl App.app/Contents/CodeResources _CodeSignature/CodeResources")
	f.Add("d F.framework\nd F.framework/Versions\nd F.framework/Versions/A\nf F.framework/Versions/A/F\nl F.framework/Versions/Current A\nl F.framework/F Versions/Current/F")
	f.Add("l a b\nl b a\nl c ../../etc/passwd\nl d /abs\nf ../x\nf a/./b\nf a//b")
	f.Fuzz(func(t *testing.T, spec string) {
		var files []FolderFile
		for _, line := range strings.Split(spec, "\n") {
			kind, rest, _ := strings.Cut(line, " ")
			name, target, _ := strings.Cut(rest, " ")
			switch kind {
			case "d":
				files = append(files, FolderFile{Name: name, Mode: fs.ModeDir | 0o755})
			case "l":
				files = append(files, FolderFile{Name: name, Mode: fs.ModeSymlink | 0o777, Link: target})
			case "f":
				files = append(files, FolderFile{Name: name, Mode: 0o644, Size: int64(len(name)), R: bytes.NewReader([]byte(name)), NoUnixMode: len(target) > 0})
			}
		}
		z, err := FromFolder(files, Limits{MaxEntries: 1000})
		if err != nil {
			return
		}
		_ = fs.WalkDir(z, ".", func(p string, d fs.DirEntry, err error) error { return nil })
		for _, n := range z.Names() {
			_, _ = z.Resolve(n)
			_, _ = z.ReadFile(n, 1<<10)
			if ra, size, err := z.ReaderAt(n); err == nil && size > 0 {
				b := make([]byte, size)
				_, _ = ra.ReadAt(b, 0)
			}
		}
	})
}
