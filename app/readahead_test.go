package app

import (
	"bytes"
	"io"
	"math/rand"
	"testing"
)

// countingReader counts the underlying reads, which in the browser are
// promise round trips.
type countingReader struct {
	r     *bytes.Reader
	reads int
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	c.reads++
	return c.r.ReadAt(p, off)
}

func TestReadAheadMatchesTheFile(t *testing.T) {
	data := make([]byte, 3*readAheadWindow+123)
	rand.New(rand.NewSource(1)).Read(data)
	under := &countingReader{r: bytes.NewReader(data)}
	ra := newReadAhead(under, int64(len(data)))
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 2000; i++ {
		off := rng.Int63n(int64(len(data)) + 10)
		n := rng.Intn(300)
		if i%100 == 0 {
			n = readAheadWindow + rng.Intn(1000) // large reads pass straight through
		}
		got := make([]byte, n)
		m, err := ra.ReadAt(got, off)
		want := make([]byte, n)
		wm, werr := bytes.NewReader(data).ReadAt(want, off)
		if m != wm || !bytes.Equal(got[:m], want[:wm]) {
			t.Fatalf("ReadAt(%d bytes at %d) = %d bytes, want %d", n, off, m, wm)
		}
		if (err == nil) != (werr == nil) {
			t.Fatalf("ReadAt(%d bytes at %d) error %v, want %v", n, off, err, werr)
		}
	}
	if _, err := ra.ReadAt(make([]byte, 4), -1); err == nil {
		t.Error("negative offset: no error")
	}
}

func TestReadAheadServesSmallSequentialReadsFromOneWindow(t *testing.T) {
	data := make([]byte, readAheadWindow)
	under := &countingReader{r: bytes.NewReader(data)}
	ra := newReadAhead(under, int64(len(data)))
	buf := make([]byte, 16)
	for off := int64(0); off+16 <= int64(len(data)); off += 16 {
		if _, err := ra.ReadAt(buf, off); err != nil {
			t.Fatal(err)
		}
	}
	if under.reads != 1 {
		t.Errorf("%d underlying reads for one window, want 1", under.reads)
	}
	if n, err := ra.ReadAt(buf, int64(len(data))); n != 0 || err != io.EOF {
		t.Errorf("read at the end: %d, %v; want 0, EOF", n, err)
	}
}
