package macho

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// flipReader reads r with one byte inverted, as if the file had been patched.
type flipReader struct {
	r   io.ReaderAt
	off int64
}

func (f flipReader) ReadAt(p []byte, off int64) (int, error) {
	n, err := f.r.ReadAt(p, off)
	if f.off >= off && f.off < off+int64(n) {
		p[f.off-off] ^= 0xff
	}
	return n, err
}

func TestCorpusFlippedPageFails(t *testing.T) {
	for _, name := range []string{"esbuild-0.28.2-darwin-arm64", "santa-cal-yikes-universal_signed", "appinfo-FMDB", "delocate-libextfunc_rpath.dylib"} {
		t.Run(name, func(t *testing.T) {
			f, fh := openCorpus(t, name)
			if f == nil {
				t.Fatal("cannot open")
			}
			defer fh.Close()
			for _, s := range f.Slices {
				if s.Signature == nil {
					continue
				}
				page := uint64(2)
				if n := s.Signature.Primary().NCodeSlots; uint64(n) > 12 {
					page = 12
				}
				at := s.Offset + int64(page*4096) + 100
				g, err := Open(flipReader{fh, at}, f.Size)
				if err != nil {
					t.Fatal(err)
				}
				gs := g.Slices[s.Index]
				res, err := gs.Verify(VerifyOptions{})
				if err != nil {
					t.Fatal(err)
				}
				want := fmt.Sprintf("page %d at offset %#x", page, page*4096)
				if res.OK() || !strings.Contains(res.Failures[0].Msg, want) {
					t.Errorf("%s: byte flipped at %#x: failures %v, want one naming %q", s.Arch, at, res.Failures, want)
				}
				for _, other := range g.Slices {
					if other != gs && other.Signature != nil {
						if r, _ := other.Verify(VerifyOptions{}); !r.OK() {
							t.Errorf("%s: untouched slice fails: %v", other.Arch, r.Failures)
						}
					}
				}
			}
		})
	}
}

// TestBatchHasher checks the external batch hasher path (the browser's
// SubtleCrypto in the web app) against Go's own hashing on a corpus file.
func TestBatchHasher(t *testing.T) {
	f, fh := openCorpus(t, "delocate-libextfunc_rpath.dylib")
	if f == nil {
		t.Fatal("cannot open")
	}
	defer fh.Close()
	calls := 0
	hasher := func(ht uint8, code []byte, pageSize int) ([]byte, error) {
		calls++
		var out []byte
		for off := 0; off < len(code); off += pageSize {
			h := newHash(ht)
			h.Write(code[off:min(off+pageSize, len(code))])
			out = h.Sum(out)
		}
		return out, nil
	}
	for _, s := range f.Slices {
		res, err := s.Verify(VerifyOptions{HashPages: hasher})
		if err != nil || !res.OK() {
			t.Fatalf("%s: %v %v", s.Arch, err, res.Failures)
		}
	}
	if calls == 0 {
		t.Fatal("batch hasher never called")
	}
	g, _ := Open(flipReader{fh, f.Slices[1].Offset + 5*4096}, f.Size)
	res, err := g.Slices[1].Verify(VerifyOptions{HashPages: hasher})
	if err != nil || res.OK() || !strings.Contains(res.Failures[0].Msg, "page 5 at offset 0x5000") {
		t.Fatalf("flipped page through the batch hasher: %v %+v", err, res)
	}
}

// eofReader returns io.EOF with every read that reaches the end of the data,
// as io.ReaderAt allows and browser Blob readers do.
type eofReader struct{ b []byte }

func (r eofReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(r.b)) {
		return 0, io.EOF
	}
	n := copy(p, r.b[off:])
	if off+int64(n) == int64(len(r.b)) {
		return n, io.EOF
	}
	return n, nil
}

func TestReaderReturningEOFAtEnd(t *testing.T) {
	f, fh := openCorpus(t, "santa-yikes-universal_adhoc")
	if f == nil {
		t.Fatal("cannot open")
	}
	fh.Close()
	b, err := os.ReadFile(filepath.Join(corpusDir(t), "macho", "santa-yikes-universal_adhoc"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := Open(eofReader{b}, int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range g.Slices {
		if s.Err != nil || s.SigErr != nil {
			t.Fatalf("%s: %v %v", s.Arch, s.Err, s.SigErr)
		}
		if res, err := s.Verify(VerifyOptions{}); err != nil || !res.OK() {
			t.Fatalf("%s: %v %+v", s.Arch, err, res)
		}
	}
}

// TestBatchJobsRuns checks that a batch hasher gets one contiguous run per
// call: pages cut from two arrays, or after a short page, start a new run.
func TestBatchJobsRuns(t *testing.T) {
	cd := &CodeDirectory{HashType: HashSHA256, HashSize: 32}
	st := &pageState{cd: cd}
	a, b := bytes.Repeat([]byte{1}, 40), bytes.Repeat([]byte{2}, 20)
	jobs := []pageJob{
		{st, 0, a[0:10]}, {st, 1, a[10:20]}, {st, 2, a[20:25]}, // a short page ends a run
		{st, 3, a[25:35]},
		{st, 4, b[0:10]}, {st, 5, b[10:20]}, // another array
	}
	var runs []int
	checked := 0
	err := batchJobs(jobs, func(ht uint8, code []byte, pageSize int) ([]byte, error) {
		runs = append(runs, len(code))
		var out []byte
		for off := 0; off < len(code); off += pageSize {
			d := sha256.Sum256(code[off:min(off+pageSize, len(code))])
			out = append(out, d[:]...)
		}
		return out, nil
	}, func(_ *pageState, i uint32, sum []byte) {
		want := sha256.Sum256(jobs[i].data)
		if !bytes.Equal(sum, want[:]) {
			t.Errorf("page %d: wrong digest", i)
		}
		checked++
	})
	if err != nil || checked != len(jobs) || fmt.Sprint(runs) != "[25 10 20]" {
		t.Fatalf("err %v, %d pages checked, runs %v; want 6 pages in runs [25 10 20]", err, checked, runs)
	}
}
