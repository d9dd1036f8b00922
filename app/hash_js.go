//go:build js

package app

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"hash"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageHasher returns a page hasher backed by the browser's SubtleCrypto,
// several times faster than Go's crypto in wasm when a whole batch is awaited
// at once. Without SubtleCrypto (a page served over plain http from another
// host) it returns nil and the analyzer hashes in Go.
func pageHasher() func(hashType uint8, code []byte, pageSize int) ([]byte, error) {
	subtle := goapp.Window().Get("crypto").Get("subtle")
	if !subtle.Truthy() {
		return nil
	}
	return func(hashType uint8, code []byte, pageSize int) ([]byte, error) {
		sums, err := subtleDigests(subtle, hashType, code, pageSize)
		if err != nil {
			return goDigests(hashType, code, pageSize) // a browser failure must not fail the check
		}
		return sums, nil
	}
}

// subtleAlgorithm is the SubtleCrypto name of a CodeDirectory hash type.
func subtleAlgorithm(hashType uint8) string {
	switch hashType {
	case 1:
		return "SHA-1"
	case 2, 3:
		return "SHA-256" // type 3 is SHA-256 truncated to 20 bytes; the caller truncates
	case 4:
		return "SHA-384"
	}
	return ""
}

// digestSize is the length of a hash type's full digest.
func digestSize(hashType uint8) int {
	switch hashType {
	case 1:
		return sha1.Size
	case 4:
		return sha512.Size384
	}
	return sha256.Size
}

// digestInput is the JS copy of the code being hashed, kept between batches:
// copying into a fresh Uint8Array each time cost more than the hashing (the
// browser zeroes and maps the new memory), while copying into one that
// already exists is a plain memory copy. SubtleCrypto copies its input when
// digest is called, so the buffer is free again once every call is made.
var digestInput struct {
	mu   sync.Mutex
	js   goapp.Value
	size int
}

func subtleDigests(subtle goapp.Value, hashType uint8, code []byte, pageSize int) ([]byte, error) {
	algo := subtleAlgorithm(hashType)
	if algo == "" || pageSize <= 0 {
		return nil, errors.New("hash type not supported by SubtleCrypto")
	}
	pages := (len(code) + pageSize - 1) / pageSize
	size := digestSize(hashType)
	batch := goapp.Window().Get("signdoctorDigestPages")
	if !batch.Truthy() {
		return pageByPageDigests(subtle, algo, code, pageSize, size)
	}
	// digest.js: one copy in, one call, one copy out, however many pages.
	promise := withDigestInput(code, func(in goapp.Value) goapp.Value {
		return batch.Invoke(algo, in, len(code), pageSize, size)
	})
	out, err := await(promise)
	if err != nil {
		return nil, err
	}
	if out.Length() != pages*size {
		return nil, errors.New("SubtleCrypto returned the wrong number of digests")
	}
	sums := make([]byte, pages*size)
	goapp.CopyBytesToGo(sums, out)
	return sums, nil
}

// pageByPageDigests starts one digest per page from Go: the way without
// digest.js (wasm tests under Node), several calls across the wasm boundary
// per page.
func pageByPageDigests(subtle goapp.Value, algo string, code []byte, pageSize, size int) ([]byte, error) {
	promise := withDigestInput(code, func(in goapp.Value) goapp.Value {
		win := goapp.Window()
		promises := win.Get("Array").New()
		for off := 0; off < len(code); off += pageSize {
			promises.Call("push", subtle.Call("digest", algo, in.Call("subarray", off, min(off+pageSize, len(code)))))
		}
		return win.Get("Promise").Call("all", promises)
	})
	digests, err := await(promise)
	if err != nil {
		return nil, err
	}
	pages := (len(code) + pageSize - 1) / pageSize
	if digests.Length() != pages {
		return nil, errors.New("SubtleCrypto returned the wrong number of digests")
	}
	u8 := goapp.Window().Get("Uint8Array")
	sums := make([]byte, pages*size)
	for i := 0; i < pages; i++ {
		digest := u8.New(digests.Index(i))
		if digest.Length() != size {
			return nil, errors.New("SubtleCrypto returned a digest of the wrong size")
		}
		goapp.CopyBytesToGo(sums[i*size:(i+1)*size], digest)
	}
	return sums, nil
}

// withDigestInput copies code into the shared JS buffer and calls start with
// a view of it; start must make every digest call before it returns
// (SubtleCrypto copies the bytes then), so the buffer is free for the next
// batch as soon as start is.
func withDigestInput(code []byte, start func(in goapp.Value) goapp.Value) goapp.Value {
	in := &digestInput
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.size < len(code) {
		in.js = goapp.Window().Get("Uint8Array").New(len(code))
		in.size = len(code)
	}
	goapp.CopyBytesToJS(in.js, code)
	return start(in.js)
}

// goDigests hashes in Go, as the analyzer would without a page hasher.
func goDigests(hashType uint8, code []byte, pageSize int) ([]byte, error) {
	var h hash.Hash
	switch hashType {
	case 1:
		h = sha1.New()
	case 2, 3:
		h = sha256.New()
	case 4:
		h = sha512.New384()
	default:
		return nil, errors.New("unknown hash type")
	}
	if pageSize <= 0 {
		return nil, errors.New("page size must be positive")
	}
	var sums []byte
	for off := 0; off < len(code); off += pageSize {
		h.Reset()
		h.Write(code[off:min(off+pageSize, len(code))])
		sums = h.Sum(sums)
	}
	return sums, nil
}
