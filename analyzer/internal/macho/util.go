package macho

import (
	"io"
	"strconv"
)

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }
func hex(v uint64) string  { return "0x" + strconv.FormatUint(v, 16) }

// readAt fills b from r at off. A reader may return io.EOF together with a
// full read at the end of its data (io.ReaderAt allows it; Blob readers do);
// that is success. A short read is an error whatever the reader said.
func readAt(r io.ReaderAt, b []byte, off int64) error {
	n, err := r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}
