package xar

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"errors"
	"fmt"
)

// RSAResult is what the <signature> check found.
type RSAResult struct {
	// DoubleHashed: the PKCS#1 DigestInfo holds the hash of the checksum, not
	// the checksum itself (some 2020-2021 packages). Installer accepts both.
	DoubleHashed bool
}

// VerifyRSA checks a <signature style="RSA">: PKCS#1 v1.5 over a DigestInfo
// whose digest is the TOC checksum (signed as a precomputed hash of the
// checksum's own algorithm), or, in some packages, the SHA-1 of that
// checksum.
func VerifyRSA(cert *x509.Certificate, checksum, sig []byte) (RSAResult, error) {
	pub, ok := cert.PublicKey.(*rsa.PublicKey)
	if !ok {
		return RSAResult{}, fmt.Errorf("the signing certificate's key is %T, not RSA", cert.PublicKey)
	}
	var h crypto.Hash
	switch len(checksum) {
	case 16:
		h = crypto.MD5
	case 20:
		h = crypto.SHA1
	case 32:
		h = crypto.SHA256
	case 48:
		h = crypto.SHA384
	case 64:
		h = crypto.SHA512
	default:
		return RSAResult{}, fmt.Errorf("a %d-byte checksum is no hash signdoctor knows", len(checksum))
	}
	if err := rsa.VerifyPKCS1v15(pub, h, checksum, sig); err == nil {
		return RSAResult{}, nil
	}
	d := sha1.Sum(checksum)
	if err := rsa.VerifyPKCS1v15(pub, crypto.SHA1, d[:], sig); err == nil {
		return RSAResult{DoubleHashed: true}, nil
	}
	return RSAResult{}, errors.New("the RSA signature does not match the TOC checksum with the signing certificate's key")
}

// TrimDER cuts a CMS slot to its DER element: productsign reserves a fixed
// slot (9216 bytes) and pads it with zeros. A BER indefinite length is kept
// whole.
func TrimDER(b []byte) []byte {
	if len(b) < 2 || b[0] != 0x30 {
		return b
	}
	l := int(b[1])
	hdr := 2
	switch {
	case l < 0x80:
	case l == 0x80:
		return b
	default:
		n := l & 0x7f
		if n > 4 || len(b) < 2+n {
			return b
		}
		l = 0
		for _, c := range b[2 : 2+n] {
			l = l<<8 | int(c)
		}
		hdr += n
	}
	if l < 0 || hdr+l > len(b) {
		return b
	}
	return b[:hdr+l]
}
