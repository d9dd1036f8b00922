//go:build js

package app

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"hash"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageHasher returns a page hasher backed by the browser's SubtleCrypto,
// several times faster than Go's crypto in wasm when a whole batch is awaited
// at once. Without SubtleCrypto (a page served over plain http from another
// host) it returns nil and the analyzer hashes in Go.
func pageHasher() func(hashType uint8, pages [][]byte) ([][]byte, error) {
	subtle := goapp.Window().Get("crypto").Get("subtle")
	if !subtle.Truthy() {
		return nil
	}
	return func(hashType uint8, pages [][]byte) ([][]byte, error) {
		sums, err := subtleDigests(subtle, hashType, pages)
		if err != nil {
			return goDigests(hashType, pages) // a browser failure must not fail the check
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

func subtleDigests(subtle goapp.Value, hashType uint8, pages [][]byte) ([][]byte, error) {
	algo := subtleAlgorithm(hashType)
	if algo == "" {
		return nil, errors.New("hash type not supported by SubtleCrypto")
	}
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	joined := make([]byte, 0, total)
	for _, p := range pages {
		joined = append(joined, p...)
	}
	win := goapp.Window()
	buf := win.Get("Uint8Array").New(total)
	goapp.CopyBytesToJS(buf, joined)
	promises := win.Get("Array").New()
	off := 0
	for _, p := range pages {
		promises.Call("push", subtle.Call("digest", algo, buf.Call("subarray", off, off+len(p))))
		off += len(p)
	}
	all, err := await(win.Get("Promise").Call("all", promises))
	if err != nil {
		return nil, err
	}
	if all.Length() != len(pages) {
		return nil, errors.New("SubtleCrypto returned the wrong number of digests")
	}
	sums := make([][]byte, len(pages))
	for i := range pages {
		digest := win.Get("Uint8Array").New(all.Index(i))
		sums[i] = make([]byte, digest.Length())
		goapp.CopyBytesToGo(sums[i], digest)
	}
	return sums, nil
}

// goDigests hashes in Go, as the analyzer would without a page hasher.
func goDigests(hashType uint8, pages [][]byte) ([][]byte, error) {
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
	sums := make([][]byte, len(pages))
	for i, p := range pages {
		h.Reset()
		h.Write(p)
		sums[i] = h.Sum(nil)
	}
	return sums, nil
}
