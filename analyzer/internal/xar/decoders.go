//go:build !js

package xar

import (
	"compress/bzip2"
	"io"

	"github.com/ulikunitz/xz"
)

// The xz (pbzx) and bzip2 decoders are left out of the web app to keep
// app.wasm within its size budget; the command-line tool has them.

func newXZReader(r io.Reader) (io.Reader, error) { return xz.NewReader(r) }

func newBzip2Reader(r io.Reader) (io.Reader, error) { return bzip2.NewReader(r), nil }
