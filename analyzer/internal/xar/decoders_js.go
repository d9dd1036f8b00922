//go:build js

package xar

import (
	"errors"
	"io"
)

// ErrNotInBrowser is a payload compression the web app does not decode (its
// decoders would push app.wasm past its size budget).
var ErrNotInBrowser = errors.New("compressed with xz (pbzx) or bzip2, which the web page does not decode: `signdoctor check PKG` on the command line lists it")

func newXZReader(io.Reader) (io.Reader, error) { return nil, ErrNotInBrowser }

func newBzip2Reader(io.Reader) (io.Reader, error) { return nil, ErrNotInBrowser }
