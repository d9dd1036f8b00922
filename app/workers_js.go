//go:build js

package app

import (
	"errors"
	"io"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerFile is a dropped file whose code pages the page's Web Workers read
// and hash (web/digest.js's pool, web/pageworker.js): the Mach-O verifier
// asks for the digests of runs of pages (macho.PageDigester) and never reads
// those bytes into Go. Everything else reads the file as before.
type workerFile struct {
	*readAhead
	blob goapp.Value
	pool goapp.Value
}

// blobFile is how the app reads a Blob: through the workers when the page
// has them, else (wasm tests under Node) through readAhead alone.
func blobFile(blob goapp.Value, size int64) io.ReaderAt {
	ra := newReadAhead(newBlobReaderAt(blob, size), size)
	if pool := goapp.Window().Get("signdoctorPagePool"); pool.Truthy() {
		return &workerFile{readAhead: ra, blob: blob, pool: pool}
	}
	return ra
}

// DigestPages asks the pool for the digests of [off, off+n). When the
// workers cannot answer (their script did not load, a hash SubtleCrypto
// lacks), it reads the range and hashes it here, so a browser failure costs
// speed, never the check; a file that cannot be read fails that read too.
func (f *workerFile) DigestPages(hashType uint8, off, n int64, pageSize int) ([]byte, error) {
	size := digestSize(hashType)
	if algo := subtleAlgorithm(hashType); algo != "" && pageSize > 0 {
		out, err := await(f.pool.Call("digest", f.blob, algo, float64(off), float64(n), pageSize, size))
		if err == nil {
			pages := int((n + int64(pageSize) - 1) / int64(pageSize))
			if out.Length() != pages*size {
				return nil, errors.New("the page-hashing worker returned the wrong number of digests")
			}
			sums := make([]byte, pages*size)
			goapp.CopyBytesToGo(sums, out)
			return sums, nil
		}
	}
	code := make([]byte, n)
	if m, err := f.ReadAt(code, off); m < len(code) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	if hash := pageHasher(); hash != nil {
		return hash(hashType, code, pageSize)
	}
	return goDigests(hashType, code, pageSize)
}
