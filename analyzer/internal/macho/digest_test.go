package macho

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// digestingReader stands in for the web app's dropped file: it hashes runs of
// its pages with Go's crypto, as the browser's workers would, and counts the
// calls and how many ran at once. flips are bytes read inverted (a patched
// file), in both ReadAt and DigestPages.
type digestingReader struct {
	r     io.ReaderAt
	flips []int64
	fail  error // returned by every DigestPages call when set
	short bool  // answer one digest too few

	mu                      sync.Mutex
	calls, running, maxRuns int
	bytes                   int64
}

func (d *digestingReader) ReadAt(p []byte, off int64) (int, error) {
	n, err := d.r.ReadAt(p, off)
	for _, at := range d.flips {
		if at >= off && at < off+int64(n) {
			p[at-off] ^= 0xff
		}
	}
	return n, err
}

func (d *digestingReader) DigestPages(hashType uint8, off, n int64, pageSize int) ([]byte, error) {
	d.mu.Lock()
	d.calls++
	d.bytes += n
	d.running++
	d.maxRuns = max(d.maxRuns, d.running)
	d.mu.Unlock()
	defer func() { d.mu.Lock(); d.running--; d.mu.Unlock() }()
	if d.fail != nil {
		return nil, d.fail
	}
	code := make([]byte, n)
	if err := readAt(d, code, off); err != nil {
		return nil, err
	}
	var out []byte
	for p := 0; p < len(code); p += pageSize {
		h := newHash(hashType)
		h.Write(code[p:min(p+pageSize, len(code))])
		out = h.Sum(out)
	}
	if d.short {
		out = out[:len(out)-1]
	}
	return out, nil
}

// verifyBoth verifies every signed slice of name read plainly and through a
// digesting reader with the same flipped bytes, and fails unless the results
// are the same in every field (findings, their order, bad pages, counts).
func verifyBoth(t *testing.T, name string, flips func(*File) []int64) (results []*Result, d *digestingReader) {
	t.Helper()
	f, fh := openCorpus(t, name)
	if f == nil {
		t.Fatal("cannot open")
	}
	t.Cleanup(func() { fh.Close() })
	var at []int64
	if flips != nil {
		at = flips(f)
	}
	// Only its ReadAt: the verifier reads the code itself.
	plain, err := Open(struct{ io.ReaderAt }{&digestingReader{r: fh, flips: at}}, f.Size)
	if err != nil {
		t.Fatal(err)
	}
	d = &digestingReader{r: fh, flips: at}
	digested, err := Open(d, f.Size)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range plain.Slices {
		if s.Signature == nil {
			continue
		}
		var progress []int64
		want, err := s.Verify(VerifyOptions{MaxReported: 3})
		if err != nil {
			t.Fatal(err)
		}
		got, err := digested.Slices[i].Verify(VerifyOptions{MaxReported: 3, Progress: func(done, total int64) { progress = append(progress, done) }})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %s: through the digester\n%+v\nreading the code\n%+v", name, s.Arch, got.Failures, want.Failures)
			for j := range got.CDs {
				t.Errorf("CD %d: digester %+v, read %+v", j, *got.CDs[j], *want.CDs[j])
			}
		}
		if len(progress) == 0 || progress[len(progress)-1] != int64(s.Signature.Best().CodeLimit) {
			t.Errorf("%s %s: progress %v does not end at the code limit %d", name, s.Arch, progress, s.Signature.Best().CodeLimit)
		}
		results = append(results, got)
	}
	return results, d
}

// TestDigesterMatchesReading checks the verifier through a PageDigester (the
// web app's workers) against the verifier reading and hashing the code
// itself: untouched files, a thin one and universal ones (slices at offsets
// in the file), and patched copies, one page and many, where the first bad
// page must be named as before.
func TestDigesterMatchesReading(t *testing.T) {
	for _, name := range []string{"esbuild-0.28.2-darwin-arm64", "santa-cal-yikes-universal_signed", "appinfo-FMDB", "delocate-libextfunc_rpath.dylib"} {
		t.Run(name, func(t *testing.T) {
			res, d := verifyBoth(t, name, nil)
			for _, r := range res {
				if !r.OK() {
					t.Errorf("untouched file fails: %v", r.Failures)
				}
			}
			if d.calls == 0 {
				t.Error("the digester was never asked")
			}
			if d.maxRuns > digestsInFlight {
				t.Errorf("%d calls ran at once, more than %d", d.maxRuns, digestsInFlight)
			}
		})
	}
	t.Run("one page patched", func(t *testing.T) {
		var want string
		res, _ := verifyBoth(t, "esbuild-0.28.2-darwin-arm64", func(f *File) []int64 {
			s := f.Slices[0]
			cd := s.Signature.Primary()
			page := uint64(1300)
			if uint64(cd.NCodeSlots) <= page {
				t.Fatalf("%d pages, fewer than the test needs", cd.NCodeSlots)
			}
			want = fmt.Sprintf("page %d at offset %#x", page, page*cd.PageSize())
			return []int64{s.Offset + int64(page*cd.PageSize()) + 77}
		})
		if len(res) == 0 || res[0].OK() || !strings.HasPrefix(res[0].Failures[0].Msg, want+" (") {
			t.Errorf("failures %v, want the first to name %q", res[0].Failures, want)
		}
	})
	t.Run("many pages patched", func(t *testing.T) {
		res, _ := verifyBoth(t, "santa-cal-yikes-universal_signed", func(f *File) []int64 {
			var at []int64
			for _, s := range f.Slices {
				for page := int64(0); page < 6; page++ {
					at = append(at, s.Offset+page*4096+200)
				}
			}
			return at
		})
		for _, r := range res {
			if r.OK() || !strings.Contains(r.Failures[len(r.Failures)-1].Msg, "first page 0 at offset 0x0, page 1 at offset 0x1000, page 2 at offset 0x2000 (") {
				t.Errorf("failures %v, want pages 0, 1, 2 named first", r.Failures)
			}
		}
	})
}

// TestDigesterErrors checks that a digester that fails, or answers the wrong
// number of digests, fails the verification rather than passing pages.
func TestDigesterErrors(t *testing.T) {
	f, fh := openCorpus(t, "esbuild-0.28.2-darwin-arm64")
	if f == nil {
		t.Fatal("cannot open")
	}
	defer fh.Close()
	for _, d := range []*digestingReader{{r: fh, fail: errors.New("NotReadableError")}, {r: fh, short: true}} {
		g, err := Open(d, f.Size)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := g.Slices[0].Verify(VerifyOptions{}); err == nil {
			t.Errorf("digester failing (%v) or short (%v): no error", d.fail, d.short)
		}
	}
}

// TestDigestRunFor: runs are as long as digestRunMax allows, except that a
// slice's code is cut in at least digestRunsMin runs of at least
// digestRunMin, so more than one reader shares a file.
func TestDigestRunFor(t *testing.T) {
	for _, c := range []struct{ total, want uint64 }{
		{512 << 10, 1 << 20},
		{10 << 20, 10 << 20 / 4},
		{64 << 20, 16 << 20},
		{88_661_024, 16 << 20},
		{1 << 30, 16 << 20},
	} {
		if got := digestRunFor(c.total); got != c.want {
			t.Errorf("digestRunFor(%d) = %d, want %d", c.total, got, c.want)
		}
	}
}
