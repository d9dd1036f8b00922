// Package udif reads the parts of a macOS disk image (.dmg) that code
// signing touches: the UDIF "koly" trailer (the last 512 bytes) and the
// embedded code signature it points at, or, for an encrypted image, the
// signature stored in the "encrcdsa" header's blob table. The file system
// inside the image is not read.
//
// `codesign --sign` on a .dmg writes a SuperBlob like a Mach-O's after the
// image's property list and records it in the trailer (CodeSignatureOffset
// at 296, CodeSignatureLength at 304). Its CodeDirectory has one code slot,
// the hash of the file before the signature, and a representation-specific
// special slot (6), the hash of the trailer with CodeSignatureLength zeroed.
// `stapler` adds the ticket as a SuperBlob entry of type 0x10002 and grows
// CodeSignatureLength; nothing signed covers it.
package udif

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

// MaxSignature bounds the signature read whole (real ones are 5-20 KB).
const MaxSignature = 1 << 20

const kolySize = 512

// Koly is the trailer's fields that matter here.
type Koly struct {
	Version, HeaderSize, Flags     uint32
	DataForkOffset, DataForkLength uint64
	XMLOffset, XMLLength           uint64
	CodeSignatureOffset            uint64
	CodeSignatureLength            uint64
	SectorCount                    uint64
	// Raw is the 512-byte trailer as stored.
	Raw []byte
}

// Image is what was read.
type Image struct {
	Size int64
	// Koly is nil for an encrypted image.
	Koly *Koly
	// Encrypted: the image starts with an "encrcdsa" (version 2) header.
	Encrypted bool
	// DataOffset is where an encrypted image's payload starts.
	DataOffset int64
	// SigOffset and Signature are the embedded SuperBlob (nil when unsigned).
	SigOffset int64
	Signature []byte
}

// Error is an image that breaks the format.
type Error struct{ Msg string }

func (e *Error) Error() string { return "dmg: " + e.Msg }

// IsEncrypted says the file starts with an encrypted image's header.
func IsEncrypted(head []byte) bool { return bytes.HasPrefix(head, []byte("encrcdsa")) }

// Open reads the trailer (or the encrypted header) and the signature.
func Open(r io.ReaderAt, size int64) (*Image, error) {
	img := &Image{Size: size}
	head := make([]byte, min(size, 4096))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return nil, &Error{"reading the start: " + err.Error()}
	}
	if IsEncrypted(head) {
		return img, img.openEncrypted(r, head)
	}
	if size < kolySize {
		return nil, &Error{fmt.Sprintf("%d bytes is too short for a UDIF trailer", size)}
	}
	raw := make([]byte, kolySize)
	if _, err := r.ReadAt(raw, size-kolySize); err != nil {
		return nil, &Error{"reading the trailer: " + err.Error()}
	}
	if string(raw[:4]) != "koly" {
		return nil, &Error{"no koly trailer in the last 512 bytes (not a UDIF disk image, or a truncated one)"}
	}
	be := binary.BigEndian
	k := &Koly{Raw: raw, Version: be.Uint32(raw[4:]), HeaderSize: be.Uint32(raw[8:]), Flags: be.Uint32(raw[12:]),
		DataForkOffset: be.Uint64(raw[24:]), DataForkLength: be.Uint64(raw[32:]),
		XMLOffset: be.Uint64(raw[216:]), XMLLength: be.Uint64(raw[224:]),
		CodeSignatureOffset: be.Uint64(raw[296:]), CodeSignatureLength: be.Uint64(raw[304:]),
		SectorCount: be.Uint64(raw[492:])}
	img.Koly = k
	if k.HeaderSize != kolySize {
		return nil, &Error{fmt.Sprintf("the trailer says it is %d bytes, not 512", k.HeaderSize)}
	}
	if k.CodeSignatureLength == 0 {
		return img, nil
	}
	end := uint64(size - kolySize)
	if k.CodeSignatureOffset > end || k.CodeSignatureLength > end-k.CodeSignatureOffset {
		return nil, &Error{fmt.Sprintf("the code signature (offset %d, %d bytes) runs past the image", k.CodeSignatureOffset, k.CodeSignatureLength)}
	}
	if k.CodeSignatureLength > MaxSignature {
		return nil, &Error{fmt.Sprintf("a %d-byte code signature (limit %d)", k.CodeSignatureLength, MaxSignature)}
	}
	img.SigOffset = int64(k.CodeSignatureOffset)
	img.Signature = make([]byte, k.CodeSignatureLength)
	if _, err := r.ReadAt(img.Signature, img.SigOffset); err != nil {
		return nil, &Error{"reading the code signature: " + err.Error()}
	}
	return img, nil
}

// openEncrypted reads the encrcdsa v2 header: the payload's offset and the
// blob table, whose entry of type 3 is the code signature.
func (img *Image) openEncrypted(r io.ReaderAt, head []byte) error {
	img.Encrypted = true
	be := binary.BigEndian
	if len(head) < 76 || be.Uint32(head[8:]) != 2 {
		return &Error{"an encrypted image header of a version other than 2"}
	}
	img.DataOffset = int64(be.Uint64(head[64:]))
	n := be.Uint32(head[72:])
	if n > 16 || 76+int(n)*20 > len(head) {
		return &Error{fmt.Sprintf("the encrypted image header lists %d blobs", n)}
	}
	for i := 0; i < int(n); i++ {
		e := head[76+20*i:]
		typ, off, l := be.Uint32(e), be.Uint64(e[4:]), be.Uint64(e[12:])
		if typ != 3 {
			continue
		}
		if off > uint64(img.Size) || l > uint64(img.Size)-off || l > MaxSignature {
			return &Error{fmt.Sprintf("the signature blob (offset %d, %d bytes) lies outside the image", off, l)}
		}
		img.SigOffset = int64(off)
		img.Signature = make([]byte, l)
		if _, err := r.ReadAt(img.Signature, int64(off)); err != nil {
			return &Error{"reading the code signature: " + err.Error()}
		}
	}
	if img.DataOffset < 0 || img.DataOffset > img.Size {
		return &Error{fmt.Sprintf("the encrypted payload starts at %d, past the image", img.DataOffset)}
	}
	return nil
}

// KolyForHash is the trailer as its special slot 6 hashes it: with
// CodeSignatureLength zeroed (stapling grows it after signing).
func (k *Koly) KolyForHash() []byte {
	b := bytes.Clone(k.Raw)
	clear(b[304:312])
	return b
}

// CodeStart is where the signed bytes start: 0, or an encrypted image's
// payload offset.
func (img *Image) CodeStart() int64 {
	if img.Encrypted {
		return img.DataOffset
	}
	return 0
}
