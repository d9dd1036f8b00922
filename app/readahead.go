package app

import (
	"io"
	"sync"
)

// readAheadWindow is how much one underlying read fetches. Parsers read in
// small pieces (headers, load commands, zip entries); in the browser each
// underlying read is a promise round trip, so small reads are served from the
// last window instead.
const readAheadWindow = 256 << 10

// readAhead serves small reads from a window of the underlying reader and
// passes large reads straight through. It keeps at most one window.
type readAhead struct {
	mu   sync.Mutex
	r    io.ReaderAt
	size int64
	off  int64  // offset of buf in the file
	buf  []byte // bytes [off, off+len(buf))
}

func newReadAhead(r io.ReaderAt, size int64) *readAhead {
	return &readAhead{r: r, size: size}
}

func (ra *readAhead) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || len(p) >= readAheadWindow {
		return ra.r.ReadAt(p, off)
	}
	ra.mu.Lock()
	defer ra.mu.Unlock()
	if off < ra.off || off+int64(len(p)) > ra.off+int64(len(ra.buf)) {
		if err := ra.fill(off); err != nil && err != io.EOF {
			return 0, err
		}
	}
	if off < ra.off || off >= ra.off+int64(len(ra.buf)) {
		return 0, io.EOF
	}
	n := copy(p, ra.buf[off-ra.off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (ra *readAhead) fill(off int64) error {
	if off >= ra.size {
		ra.off, ra.buf = off, ra.buf[:0]
		return io.EOF
	}
	n := int64(readAheadWindow)
	if rest := ra.size - off; rest < n {
		n = rest
	}
	if int64(cap(ra.buf)) < n {
		ra.buf = make([]byte, n)
	}
	ra.buf = ra.buf[:n]
	m, err := ra.r.ReadAt(ra.buf, off)
	ra.off, ra.buf = off, ra.buf[:m]
	if m == int(n) {
		return nil
	}
	return err
}
