//go:build !js

package app

// pageHasher is nil outside the browser: the analyzer hashes in Go.
func pageHasher() func(hashType uint8, code []byte, pageSize int) ([]byte, error) { return nil }
