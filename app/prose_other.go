//go:build !js

package app

// UseFetchedProse and loadProse: natively the words are built in.
func UseFetchedProse() {}

func loadProse() {}
