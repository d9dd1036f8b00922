package testsign

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"math/big"
	"time"
)

// TicketHash is one entry of a test notarization ticket.
type TicketHash struct {
	Type uint8 // HashSHA1, HashSHA256
	Hash []byte
}

// Ticket writes a notarization ticket in the format stapler staples
// (s8ch header, certificate chain, g8tk content, ECDSA signature padded to
// 72 bytes), naming the hashes given (each cut to 20 bytes) and signed by a
// fresh self-signed P-256 key: the structure of Apple's, not its trust.
func Ticket(hashes []TicketHash, issued time.Time) ([]byte, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test Ticket Signing (not Apple)"},
		NotBefore: issued.Add(-time.Hour), NotAfter: issued.Add(365 * 24 * time.Hour)}
	cert, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	chain, err := asn1.Marshal(asn1.RawValue{Class: asn1.ClassUniversal, Tag: asn1.TagSequence, IsCompound: true, Bytes: cert})
	if err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	content := make([]byte, 24)
	copy(content, "g8tk")
	le.PutUint16(content[4:], 2)
	le.PutUint16(content[6:], 20)
	le.PutUint32(content[8:], uint32(len(hashes)))
	le.PutUint64(content[16:], uint64(issued.Unix()))
	for _, h := range hashes {
		e := make([]byte, 21)
		e[0] = h.Type
		copy(e[1:], h.Hash)
		content = append(content, e...)
	}
	out := make([]byte, 16)
	copy(out, "s8ch")
	le.PutUint32(out[4:], 1)
	le.PutUint32(out[8:], uint32(len(chain)))
	le.PutUint32(out[12:], uint32(len(content)))
	out = append(append(out, chain...), content...)
	sum := sha256.Sum256(out)
	sig, err := ecdsa.SignASN1(rand.Reader, key, sum[:])
	if err != nil {
		return nil, err
	}
	pad := make([]byte, 72)
	copy(pad, sig)
	return append(out, pad...), nil
}
