package zipfs

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// countRecords walks the central directory and counts its file headers,
// stopping as soon as there are more than max. archive/zip reads every
// header it finds and compares their number with the end record's count
// only modulo 65,536, so an archive declaring 0 entries can make it
// allocate for millions (20 M records: 4 GB); counting first keeps the
// entry limit a bound on memory. The walk reads the directory in blocks and
// keeps nothing.
//
// It starts where archive/zip does: at the offset the end record gives,
// or, when no header is there, that offset shifted by the bytes before the
// archive (a self-extracting stub), computed from where the directory must
// end.
func countRecords(r io.ReaderAt, size int64, max int) (int, error) {
	dirOffset, dirSize, endOffset, err := directoryBounds(r, size)
	if err != nil {
		return 0, err
	}
	starts := []int64{dirOffset}
	if base := endOffset - dirSize - dirOffset; base > 0 {
		starts = append(starts, dirOffset+base)
	}
	var start int64 = -1
	sig := make([]byte, 4)
	for _, s := range starts {
		if s < 0 || s > size-4 {
			continue
		}
		if _, err := r.ReadAt(sig, s); err == nil && binary.LittleEndian.Uint32(sig) == 0x02014b50 {
			start = s
			break
		}
	}
	if start < 0 {
		return 0, nil // archive/zip finds no header there either
	}
	const block = 64 << 10
	buf := make([]byte, 0, block)
	bufAt := start // file offset of buf[0]
	fill := func(at int64, need int) ([]byte, bool) {
		if at >= bufAt && at+int64(need) <= bufAt+int64(len(buf)) {
			return buf[at-bufAt : at-bufAt+int64(need)], true
		}
		n := int64(max64(block, need))
		if at+n > size {
			n = size - at
		}
		if n < int64(need) {
			return nil, false
		}
		buf = buf[:n]
		if _, err := r.ReadAt(buf, at); err != nil && err != io.EOF {
			return nil, false
		}
		bufAt = at
		return buf[:need], true
	}
	count := 0
	for at := start; ; {
		h, ok := fill(at, 46)
		if !ok || binary.LittleEndian.Uint32(h) != 0x02014b50 {
			return count, nil
		}
		count++
		if count > max {
			return count, nil
		}
		at += 46 + int64(binary.LittleEndian.Uint16(h[28:])) + int64(binary.LittleEndian.Uint16(h[30:])) + int64(binary.LittleEndian.Uint16(h[32:]))
	}
}

func max64(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// directoryBounds reads the end record (and its zip64 form): the central
// directory's offset and size as recorded, and the offset where the
// directory must end (the end record, or the zip64 end record).
func directoryBounds(r io.ReaderAt, size int64) (offset, dirSize, end int64, err error) {
	const eocdLen = 22
	if size < eocdLen {
		return 0, 0, 0, errors.New("not a zip archive: too short for an end of central directory record")
	}
	tail := int64(eocdLen + 65535)
	if tail > size {
		tail = size
	}
	buf := make([]byte, tail)
	if _, err := r.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return 0, 0, 0, fmt.Errorf("reading the end of the archive: %w", err)
	}
	for i := len(buf) - eocdLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) != 0x06054b50 {
			continue
		}
		end = size - tail + int64(i)
		dirSize = int64(binary.LittleEndian.Uint32(buf[i+12:]))
		offset = int64(binary.LittleEndian.Uint32(buf[i+16:]))
		if i >= 20 && binary.LittleEndian.Uint32(buf[i-20:]) == 0x07064b50 {
			off := int64(binary.LittleEndian.Uint64(buf[i-20+8:]))
			if off < 0 || off > size-56 {
				return 0, 0, 0, errors.New("not a readable zip archive: zip64 end record outside the file")
			}
			rec := make([]byte, 56)
			if _, err := r.ReadAt(rec, off); err != nil && err != io.EOF {
				return 0, 0, 0, fmt.Errorf("reading the zip64 end record: %w", err)
			}
			if binary.LittleEndian.Uint32(rec) == 0x06064b50 {
				end = off
				dirSize = int64(binary.LittleEndian.Uint64(rec[40:]))
				offset = int64(binary.LittleEndian.Uint64(rec[48:]))
			}
		}
		return offset, dirSize, end, nil
	}
	return 0, 0, 0, errors.New("not a zip archive: no end of central directory record")
}
