package zipfs

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// zipEntry describes one entry for buildZip.
type zipEntry struct {
	name   string
	data   string
	mode   fs.FileMode // 0: a regular file 0644
	stored bool
}

func buildZip(t testing.TB, entries ...zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
		if e.stored {
			h.Method = zip.Store
		}
		m := e.mode
		if m == 0 {
			m = 0o644
		}
		h.SetMode(m)
		fw, err := w.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write([]byte(e.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func open(t testing.TB, b []byte, l Limits) *FS {
	t.Helper()
	z, err := Open(bytes.NewReader(b), int64(len(b)), l)
	if err != nil {
		t.Fatal(err)
	}
	return z
}

func frameworkZip(t testing.TB) []byte {
	return buildZip(t,
		zipEntry{name: "App.app/Contents/Info.plist", data: "<plist/>"},
		zipEntry{name: "App.app/Contents/MacOS/App", data: "\xcf\xfa\xed\xfe", mode: 0o755},
		zipEntry{name: "App.app/Contents/Frameworks/F.framework/Versions/A/F", data: "framework code", mode: 0o755, stored: true},
		zipEntry{name: "App.app/Contents/Frameworks/F.framework/Versions/A/Resources/Info.plist", data: "<fw/>"},
		zipEntry{name: "App.app/Contents/Frameworks/F.framework/Versions/Current", data: "A", mode: fs.ModeSymlink | 0o755},
		zipEntry{name: "App.app/Contents/Frameworks/F.framework/F", data: "Versions/Current/F", mode: fs.ModeSymlink | 0o755},
		zipEntry{name: "App.app/Contents/Frameworks/F.framework/Resources", data: "Versions/Current/Resources", mode: fs.ModeSymlink | 0o755},
	)
}

func TestFSConformance(t *testing.T) {
	z := open(t, buildZip(t,
		zipEntry{name: "Payload/A.app/Info.plist", data: "<plist/>"},
		zipEntry{name: "Payload/A.app/A", data: "code", mode: 0o755, stored: true},
		zipEntry{name: "Payload/A.app/Base.lproj/", mode: fs.ModeDir | 0o755},
		zipEntry{name: "Payload/A.app/Base.lproj/Main.strings", data: "x"},
	), Limits{})
	if err := fstest.TestFS(z, "Payload/A.app/Info.plist", "Payload/A.app/A", "Payload/A.app/Base.lproj/Main.strings"); err != nil {
		t.Fatal(err)
	}
	if len(z.Problems) != 0 {
		t.Errorf("problems: %v", z.Problems)
	}
}

func TestSymlinksResolveInside(t *testing.T) {
	z := open(t, frameworkZip(t), Limits{})
	b, err := fs.ReadFile(z, "App.app/Contents/Frameworks/F.framework/F")
	if err != nil || string(b) != "framework code" {
		t.Fatalf("through two links: %q, %v", b, err)
	}
	b, err = fs.ReadFile(z, "App.app/Contents/Frameworks/F.framework/Resources/Info.plist")
	if err != nil || string(b) != "<fw/>" {
		t.Fatalf("through a directory link: %q, %v", b, err)
	}
	e := z.Entry("App.app/Contents/Frameworks/F.framework/Versions/Current")
	if e == nil || !e.IsSymlink() {
		t.Fatal("Current is not kept as a link")
	}
	if e := z.Entry("App.app/Contents/MacOS/App"); !e.Executable() {
		t.Error("the x bit from the external attributes is lost")
	}
	if e := z.Entry("App.app/Contents/Info.plist"); e.Executable() || !e.UnixMode {
		t.Error("Info.plist: want a recorded mode without x")
	}
}

func TestSymlinkEscapes(t *testing.T) {
	for _, target := range []string{"../../etc/passwd", "/etc/passwd", "../..", "loop"} {
		z := open(t, buildZip(t,
			zipEntry{name: "A.app/ok", data: "fine"},
			zipEntry{name: "A.app/loop", data: "loop", mode: fs.ModeSymlink | 0o777},
			zipEntry{name: "A.app/link", data: target, mode: fs.ModeSymlink | 0o777},
		), Limits{})
		_, err := fs.ReadFile(z, "A.app/link")
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitLink {
			t.Errorf("link to %q: want a symbolic-link limit error, got %v", target, err)
		}
	}
}

func TestHostileNames(t *testing.T) {
	long := strings.Repeat("a", 2000)
	deep := strings.Repeat("d/", 70) + "f"
	z := open(t, buildZip(t,
		zipEntry{name: "../evil", data: "x"},
		zipEntry{name: "a/../../evil", data: "x"},
		zipEntry{name: "/abs", data: "x"},
		zipEntry{name: `win\evil`, data: "x"},
		zipEntry{name: long, data: "x"},
		zipEntry{name: deep, data: "x"},
		zipEntry{name: "dup", data: "first"},
		zipEntry{name: "dup", data: "second"},
		zipEntry{name: "good", data: "ok"},
	), Limits{})
	got := map[string]int{}
	for _, p := range z.Problems {
		got[p.Limit]++
		if !strings.Contains(p.Error(), p.Limit) {
			t.Errorf("%v does not name its limit", p)
		}
	}
	want := map[string]int{LimitTraversal: 2, LimitAbsolute: 1, LimitBackslash: 1, LimitNameLen: 1, LimitDepth: 1, LimitDuplicate: 1}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d problems, want %d (all: %v)", k, got[k], n, z.Problems)
		}
	}
	if b, _ := fs.ReadFile(z, "dup"); string(b) != "first" {
		t.Errorf("duplicate: read %q, want the first copy", b)
	}
	if b, _ := fs.ReadFile(z, "good"); string(b) != "ok" {
		t.Error("a good entry beside bad ones does not open")
	}
	if _, err := z.Open("evil"); err == nil {
		t.Error("a traversing entry is reachable")
	}
}

func TestEntryCountLimit(t *testing.T) {
	var es []zipEntry
	for i := 0; i < 20; i++ {
		es = append(es, zipEntry{name: strings.Repeat("x", i+1), data: "x"})
	}
	b := buildZip(t, es...)
	_, err := Open(bytes.NewReader(b), int64(len(b)), Limits{MaxEntries: 10})
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != LimitEntries {
		t.Fatalf("want an entry-count error, got %v", err)
	}
}

// rawDeflated writes an entry whose header declares declared bytes but whose
// data inflates to actual bytes: a lying zip bomb.
func rawDeflated(t testing.TB, name string, actual []byte, declared uint64) []byte {
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(actual)
	fw.Close()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(actual),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared}
	raw, err := w.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	raw.Write(comp.Bytes())
	w.Close()
	return buf.Bytes()
}

func TestExpansionLimits(t *testing.T) {
	zeros := make([]byte, 4<<20)
	// Declared honestly: the ratio on the declared sizes catches it.
	b := rawDeflated(t, "bomb", zeros, uint64(len(zeros)))
	_, err := Open(bytes.NewReader(b), int64(len(b)), Limits{})
	var le *LimitError
	if !errors.As(err, &le) || le.Limit != LimitTotalRatio {
		t.Fatalf("want a total-ratio error, got %v", err)
	}
	z := open(t, b, Limits{MaxTotalRatio: 1 << 30})
	if len(z.Problems) != 1 || z.Problems[0].Limit != LimitEntryRatio {
		t.Fatalf("want one entry-ratio problem, got %v", z.Problems)
	}
	// Declared small: reading stops at the declared size.
	b = rawDeflated(t, "liar", zeros, 100)
	z = open(t, b, Limits{})
	_, err = fs.ReadFile(z, "liar")
	if err == nil {
		t.Fatal("an entry expanding past its declared size was read")
	}
	if _, err := z.ReadFile("liar", 1<<20); err == nil {
		t.Fatal("ReadFile read past the declared size")
	}
}

func TestChecksumErrorKept(t *testing.T) {
	b := buildZip(t, zipEntry{name: "f", data: strings.Repeat("data ", 1000)})
	// Flip the CRC in both headers.
	for _, sig := range []struct {
		magic string
		at    int
	}{{"PK\x03\x04", 14}, {"PK\x01\x02", 16}} {
		i := bytes.Index(b, []byte(sig.magic))
		b[i+sig.at] ^= 0xff
	}
	z := open(t, b, Limits{})
	data, err := z.ReadFile("f", 1<<20)
	if !errors.Is(err, zip.ErrChecksum) || len(data) != 5000 {
		t.Fatalf("got %d bytes, %v; want all bytes and a checksum error", len(data), err)
	}
}

func TestReaderAt(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	data := make([]byte, 3*windowSize+1234)
	rng.Read(data[:len(data)/2]) // half random, half zeros: a realistic mix
	for _, stored := range []bool{true, false} {
		b := buildZip(t, zipEntry{name: "bin", data: string(data), stored: stored})
		z := open(t, b, Limits{})
		ra, size, err := z.ReaderAt("bin")
		if err != nil || size != int64(len(data)) {
			t.Fatal(size, err)
		}
		_, isSection := ra.(*io.SectionReader)
		if isSection != stored {
			t.Errorf("stored=%v: section reader=%v", stored, isSection)
		}
		for i := 0; i < 200; i++ {
			off := rng.Int63n(int64(len(data)))
			n := rng.Intn(2*windowSize) + 1
			p := make([]byte, n)
			m, err := ra.ReadAt(p, off)
			end := off + int64(n)
			if end > int64(len(data)) {
				end = int64(len(data))
				if err != io.EOF {
					t.Fatalf("read past the end: err %v", err)
				}
			} else if err != nil {
				t.Fatalf("ReadAt(%d, %d): %v", n, off, err)
			}
			if !bytes.Equal(p[:m], data[off:end]) {
				t.Fatalf("stored=%v ReadAt(%d, %d): wrong bytes", stored, n, off)
			}
			if i%50 == 49 {
				// Released readers read on, starting the entry over.
				Release(ra)
			}
		}
	}
}

func TestCorpusArchives(t *testing.T) {
	dir := testcorpus.Dir(t, "bundles")
	names, _ := filepath.Glob(filepath.Join(dir, "*"))
	if len(names) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	for _, n := range names {
		if strings.HasSuffix(n, "CodeResources") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		z, err := Open(bytes.NewReader(b), int64(len(b)), Limits{})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(n), err)
			continue
		}
		err = fs.WalkDir(z, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Type()&fs.ModeSymlink != 0 {
				return err
			}
			if _, err := fs.ReadFile(z, p); err != nil && !errors.Is(err, zip.ErrChecksum) {
				return err
			}
			return nil
		})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(n), err)
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(frameworkZip(f))
	f.Add(buildZip(f, zipEntry{name: "a/../b", data: "x"}, zipEntry{name: "l", data: "/x", mode: fs.ModeSymlink | 0o777}))
	f.Add(rawDeflated(f, "liar", make([]byte, 10000), 10))
	f.Fuzz(func(t *testing.T, b []byte) {
		z, err := Open(bytes.NewReader(b), int64(len(b)), Limits{MaxTotalSize: 1 << 24})
		if err != nil {
			return
		}
		for _, n := range z.Names() {
			z.ReadFile(n, 1<<20)
			if ra, size, err := z.ReaderAt(n); err == nil && size > 0 {
				p := make([]byte, 64)
				ra.ReadAt(p, size/2)
				ra.ReadAt(p, 0)
			}
			z.ReadDir(n)
		}
	})
}

func TestReadLink(t *testing.T) {
	z := open(t, frameworkZip(t), Limits{})
	var _ fs.ReadLinkFS = z
	got, err := z.ReadLink("App.app/Contents/Frameworks/F.framework/F")
	if err != nil || got != "Versions/Current/F" {
		t.Fatalf("ReadLink: %q, %v", got, err)
	}
	fi, err := z.Lstat("App.app/Contents/Frameworks/F.framework/Versions/Current")
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("Lstat: %v, %v", fi, err)
	}
	if _, err := z.ReadLink("App.app/Contents/Info.plist"); err == nil {
		t.Error("ReadLink of a file succeeded")
	}
}

// countBypassZip is make-zip-count-bypass.py's archive: n central-directory
// records and no data, the end record declaring n mod 65,536 entries.
func countBypassZip(n int, prefix []byte) []byte {
	var cd bytes.Buffer
	cd.Write(prefix)
	start := cd.Len()
	for i := 0; i < n; i++ {
		var h [46]byte
		binary.LittleEndian.PutUint32(h[0:], 0x02014b50)
		binary.LittleEndian.PutUint16(h[4:], 0x031e)
		binary.LittleEndian.PutUint16(h[6:], 20)
		binary.LittleEndian.PutUint32(h[38:], 0o100644<<16)
		cd.Write(h[:])
	}
	dirSize := cd.Len() - start
	var end [22]byte
	binary.LittleEndian.PutUint32(end[0:], 0x06054b50)
	binary.LittleEndian.PutUint16(end[8:], uint16(n%65536))
	binary.LittleEndian.PutUint16(end[10:], uint16(n%65536))
	binary.LittleEndian.PutUint32(end[12:], uint32(dirSize))
	// The recorded offset ignores the prefix, as a self-extracting stub's.
	cd.Write(end[:])
	return cd.Bytes()
}

func TestEntryCountIsCountedNotDeclared(t *testing.T) {
	for _, prefix := range [][]byte{nil, bytes.Repeat([]byte("stub"), 100)} {
		// 65,536 + 5 records declared as 5: archive/zip alone would accept
		// them all.
		b := countBypassZip(65541, prefix)
		_, err := Open(bytes.NewReader(b), int64(len(b)), Limits{MaxEntries: 1000})
		var le *LimitError
		if !errors.As(err, &le) || le.Limit != LimitEntries {
			t.Errorf("prefix %d bytes: want an entry-count error, got %v", len(prefix), err)
		}
		n, err := countRecords(bytes.NewReader(b), int64(len(b)), 1<<30)
		if err != nil || n != 65541 {
			t.Errorf("prefix %d bytes: counted %d records (%v), want 65541", len(prefix), n, err)
		}
	}
	// Within the limit the archive opens as before.
	b := countBypassZip(5, nil)
	if _, err := Open(bytes.NewReader(b), int64(len(b)), Limits{MaxEntries: 1000}); err != nil {
		t.Errorf("5 records: %v", err)
	}
}

// A small compressed entry's reader holds no more than the entry.
func TestReaderAtBufferFitsTheEntry(t *testing.T) {
	b := buildZip(t, zipEntry{name: "tiny.dylib", data: strings.Repeat("x", 1000)})
	z := open(t, b, Limits{})
	ra, _, err := z.ReaderAt("tiny.dylib")
	if err != nil {
		t.Fatal(err)
	}
	p := make([]byte, 10)
	if _, err := ra.ReadAt(p, 500); err != nil {
		t.Fatal(err)
	}
	if in := ra.(*inflater); cap(in.buf) > 1000 {
		t.Errorf("buffer of %d bytes for a 1,000-byte entry", cap(in.buf))
	}
	Release(ra)
	if in := ra.(*inflater); in.buf != nil || in.rc != nil || in.head != nil {
		t.Error("Release kept the buffers")
	}
	if _, err := ra.ReadAt(p, 990); err != nil || string(p) != "xxxxxxxxxx" {
		t.Errorf("read after Release: %q %v", p, err)
	}
}

// An entry whose data descriptor is missing or wrong but whose bytes match
// the central directory's CRC-32 reads in full, as unzip takes it; bytes
// that differ from it still fail (TestChecksumErrorKept).
func TestDataDescriptorOnlyWrong(t *testing.T) {
	b := buildZip(t, zipEntry{name: "f", data: strings.Repeat("data ", 1000)})
	i := bytes.Index(b, []byte("PK\x07\x08"))
	if i < 0 {
		t.Fatal("the writer wrote no data descriptor")
	}
	b[i+4] ^= 0xff
	if _, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err != nil {
		t.Fatal(err)
	}
	z := open(t, b, Limits{})
	if data, err := z.ReadFile("f", 1<<20); err != nil || len(data) != 5000 {
		t.Fatalf("ReadFile: %d bytes, %v; want all 5000 and no error", len(data), err)
	}
	f, err := z.Open("f")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if data, err := io.ReadAll(f); err != nil || len(data) != 5000 {
		t.Fatalf("Open: %d bytes, %v; want all 5000 and no error", len(data), err)
	}
}

// fastlane's iOSAppOnly.ipa sets the data-descriptor flag on its entries but
// writes no descriptor; unzip and Python's zipfile read it without error.
func TestCorpusMissingDataDescriptor(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testcorpus.Dir(t), "bundles/fastlane-iOSAppOnly.ipa"))
	if err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	z := open(t, b, Limits{})
	data, err := z.ReadFile("iOSAppOnly/Payload/Sample.app/Info.plist", 1<<20)
	if err != nil || crc32.ChecksumIEEE(data) != 0x7b0054e9 {
		t.Fatalf("Info.plist: %d bytes (CRC-32 %08x), %v; want its bytes (CRC-32 7b0054e9) and no error", len(data), crc32.ChecksumIEEE(data), err)
	}
}
