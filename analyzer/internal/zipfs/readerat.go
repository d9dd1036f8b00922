package zipfs

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"
)

// ReaderAt gives random access to one entry's uncompressed bytes, so a Mach-O
// inside an archive can be parsed like a loose file. A Stored entry is a
// section of the archive itself; a Deflated one is inflated as a stream that
// moves forward and restarts from the start when a read goes backwards (a
// Mach-O is read header, signature, then pages in order: a few passes at most).
// The first bytes are kept, since headers are read again and again.
func (z *FS) ReaderAt(name string) (io.ReaderAt, int64, error) {
	e, err := z.Resolve(name)
	if err != nil {
		return nil, 0, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if e.src != nil && !e.Mode.IsDir() {
		return io.NewSectionReader(e.src, 0, e.UncompressedSize), e.UncompressedSize, nil
	}
	if e.Mode.IsDir() || e.f == nil {
		return nil, 0, &fs.PathError{Op: "open", Path: name, Err: errors.New("not a file")}
	}
	if e.Method == zip.Store && e.CompressedSize == e.UncompressedSize {
		off, err := e.f.DataOffset()
		if err != nil {
			return nil, 0, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		if off < 0 || off > z.size || e.UncompressedSize > z.size-off {
			return nil, 0, &fs.PathError{Op: "open", Path: name, Err: errors.New("the entry's data runs past the end of the archive")}
		}
		return io.NewSectionReader(z.r, off, e.UncompressedSize), e.UncompressedSize, nil
	}
	return &inflater{z: z, e: e}, e.UncompressedSize, nil
}

const (
	windowSize = 256 << 10
	headSize   = 64 << 10
)

type inflater struct {
	z *FS
	e *Entry

	mu          sync.Mutex
	rc          io.ReadCloser
	pos         int64 // bytes taken from rc so far
	buf         []byte
	window      []byte // the last bytes read from rc, starting at windowStart
	windowStart int64
	head        []byte // the first bytes of the entry, once read
}

func (r *inflater) ReadAt(p []byte, off int64) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	size := r.e.UncompressedSize
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= size {
		return 0, io.EOF
	}
	want := p
	if int64(len(want)) > size-off {
		want = want[:size-off]
	}
	n := 0
	for n < len(want) {
		o := off + int64(n)
		if o < int64(len(r.head)) {
			n += copy(want[n:], r.head[o:])
			continue
		}
		if o >= r.windowStart && o < r.windowStart+int64(len(r.window)) {
			n += copy(want[n:], r.window[o-r.windowStart:])
			continue
		}
		if r.rc == nil || o < r.pos {
			if err := r.restart(); err != nil {
				return n, err
			}
		}
		if o == r.pos && len(want)-n >= windowSize {
			m, err := io.ReadFull(r.rc, want[n:])
			r.pos += int64(m)
			n += m
			if err != nil {
				return n, r.readErr(err)
			}
			continue
		}
		if err := r.fill(); err != nil {
			return n, err
		}
	}
	if len(want) < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// Release drops what a reader from ReaderAt holds to read quickly (the
// decompressor, its window, the entry's first bytes), when ra is such a
// reader: a bundle keeps a reader per nested Mach-O for the whole analysis,
// and most are never read again. A later read starts the entry over.
func Release(ra io.ReaderAt) {
	r, ok := ra.(*inflater)
	if !ok {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.rc != nil {
		r.rc.Close()
	}
	r.rc, r.pos, r.buf, r.window, r.windowStart, r.head = nil, 0, nil, nil, 0, nil
}

func (r *inflater) restart() error {
	if r.rc != nil {
		r.rc.Close()
	}
	rc, err := r.z.openEntry(r.e)
	if err != nil {
		return err
	}
	r.rc, r.pos, r.window, r.windowStart = rc, 0, nil, 0
	return nil
}

// fill reads the next window from the stream.
func (r *inflater) fill() error {
	if r.buf == nil {
		// No bigger than the entry: an archive of 20,000 tiny dylibs
		// otherwise costs 256 KB each.
		n := int64(windowSize)
		if r.e.UncompressedSize < n {
			n = r.e.UncompressedSize
		}
		r.buf = make([]byte, n)
	}
	want := int64(windowSize)
	if left := r.e.UncompressedSize - r.pos; left < want {
		want = left
	}
	if want <= 0 {
		return io.ErrUnexpectedEOF
	}
	m, err := io.ReadFull(r.rc, r.buf[:want])
	r.window, r.windowStart = r.buf[:m], r.pos
	if r.pos == 0 && r.head == nil {
		h := m
		if h > headSize {
			h = headSize
		}
		r.head = append([]byte(nil), r.buf[:h]...)
	}
	r.pos += int64(m)
	if err != nil {
		return r.readErr(err)
	}
	return nil
}

func (r *inflater) readErr(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("%s: the entry ends before its declared size: %w", r.e.Name, io.ErrUnexpectedEOF)
	}
	return err
}
