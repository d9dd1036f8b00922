package macho

import (
	"fmt"
	"io"
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
