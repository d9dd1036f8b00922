// Package p12 reads PKCS#12 identities (.p12, .pfx): what Keychain Access,
// Xcode and `openssl pkcs12 -export` write, and what CI imports with
// `security import`.
//
// Inspect reads the structure without the password — the MAC, how each part
// is encrypted, the attributes of the bags stored in the clear — so a file
// can be described, and bounded (iteration counts drive the CPU time a
// decryption takes), before anything is decrypted. Decode decrypts with
// software.sslmate.com/src/go-pkcs12. The password is never kept.
package p12

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"

	pkcs12 "software.sslmate.com/src/go-pkcs12"
)

// Limits bound a file before it is decrypted.
type Limits struct {
	MaxSize       int // bytes of the whole file
	MaxIterations int // PBKDF / MAC iteration count
	MaxBags       int
}

// DefaultLimits: real identities are a few KB; Keychain and OpenSSL use
// 2,048 iterations, newer OpenSSL and go-pkcs12's Modern2026 up to 600,000.
var DefaultLimits = Limits{MaxSize: 1 << 20, MaxIterations: 2000000, MaxBags: 256}

var (
	oidData          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	oidEncryptedData = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 6}
	oidKeyBag        = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 1}
	oidShroudedKey   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 2}
	oidCertBag       = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 3}
	oidFriendlyName  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 20}
	oidPBES2         = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBMAC1        = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 14}
)

var algNames = map[string]string{
	"1.2.840.113549.1.12.1.1":  "RC4-128 (pbeWithSHAAnd128BitRC4)",
	"1.2.840.113549.1.12.1.2":  "RC4-40 (pbeWithSHAAnd40BitRC4)",
	"1.2.840.113549.1.12.1.3":  "3DES (pbeWithSHAAnd3-KeyTripleDES-CBC)",
	"1.2.840.113549.1.12.1.4":  "2-key 3DES (pbeWithSHAAnd2-KeyTripleDES-CBC)",
	"1.2.840.113549.1.12.1.5":  "RC2-128 (pbeWithSHAAnd128BitRC2-CBC)",
	"1.2.840.113549.1.12.1.6":  "RC2-40 (pbeWithSHAAnd40BitRC2-CBC)",
	"2.16.840.1.101.3.4.1.2":   "AES-128-CBC",
	"2.16.840.1.101.3.4.1.22":  "AES-192-CBC",
	"2.16.840.1.101.3.4.1.42":  "AES-256-CBC",
	"1.2.840.113549.3.7":       "3DES-CBC",
	"1.3.14.3.2.26":            "SHA-1",
	"2.16.840.1.101.3.4.2.1":   "SHA-256",
	"2.16.840.1.101.3.4.2.2":   "SHA-384",
	"2.16.840.1.101.3.4.2.3":   "SHA-512",
	"1.2.840.113549.2.7":       "HMAC-SHA1",
	"1.2.840.113549.2.9":       "HMAC-SHA256",
	"1.2.840.113549.2.10":      "HMAC-SHA384",
	"1.2.840.113549.2.11":      "HMAC-SHA512",
	"1.2.840.113549.1.5.14":    "PBMAC1",
	"1.2.840.113549.1.12.10.1": "",
}

func algName(o asn1.ObjectIdentifier) string {
	if n, ok := algNames[o.String()]; ok && n != "" {
		return n
	}
	return o.String()
}

// Encryption says how one part of the file is protected.
type Encryption struct {
	Algorithm  string // "RC2-40 (pbeWithSHAAnd40BitRC2-CBC)", "PBES2 AES-256-CBC, PBKDF2 HMAC-SHA256"
	Iterations int
	// Legacy: RC2 or RC4, which OpenSSL 3 reads only with -legacy.
	Legacy bool
	// Modern: PBES2 (AES), which older macOS `security import` refuses.
	Modern bool
}

func (e Encryption) String() string {
	if e.Algorithm == "" {
		return "not encrypted"
	}
	if e.Iterations == 1 {
		return e.Algorithm + ", 1 iteration"
	}
	return fmt.Sprintf("%s, %d iterations", e.Algorithm, e.Iterations)
}

// Info is what the file says without the password.
type Info struct {
	MAC           string // "SHA-1", "SHA-256", "PBMAC1", "" when there is none
	MACIterations int
	// Certs is how the certificates are protected (the encrypted safe's
	// algorithm, or not encrypted); Key how the private key is.
	Certs, Key Encryption
	// KeyVisible: a key bag was found without decrypting (its own
	// encryption is Key); CertsVisible likewise for certificate bags.
	KeyVisible, CertsVisible bool
	// EncryptedSafes counts the parts that need the password to be read at all.
	EncryptedSafes int
	FriendlyNames  []string
}

// Error is a file that is not a readable PKCS#12.
type Error struct{ Msg string }

func (e *Error) Error() string { return "p12: " + e.Msg }

type algID struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type contentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue `asn1:"tag:0,explicit,optional"`
}

type pfx struct {
	Version  int
	AuthSafe contentInfo
	MacData  struct {
		Mac struct {
			Algorithm algID
			Digest    []byte
		}
		Salt       []byte
		Iterations int `asn1:"optional,default:1"`
	} `asn1:"optional"`
}

type encryptedData struct {
	Version int
	Content struct {
		ContentType asn1.ObjectIdentifier
		Algorithm   algID
		Encrypted   asn1.RawValue `asn1:"tag:0,optional"`
	}
}

type safeBag struct {
	ID         asn1.ObjectIdentifier
	Value      asn1.RawValue `asn1:"tag:0,explicit"`
	Attributes []struct {
		ID     asn1.ObjectIdentifier
		Values asn1.RawValue `asn1:"set"`
	} `asn1:"set,optional"`
}

// Inspect reads the structure. It fails on anything that is not a PFX, and
// on iteration counts past the limits.
func Inspect(der []byte, l Limits) (info *Info, err error) {
	if l == (Limits{}) {
		l = DefaultLimits
	}
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, &Error{fmt.Sprintf("malformed (%v)", r)}
		}
	}()
	if len(der) > l.MaxSize {
		return nil, &Error{fmt.Sprintf("%d bytes is more than an identity holds (limit %d)", len(der), l.MaxSize)}
	}
	var p pfx
	if rest, err := asn1.Unmarshal(der, &p); err != nil {
		return nil, &Error{"not a PKCS#12 structure: " + err.Error()}
	} else if len(rest) > 0 {
		return nil, &Error{"bytes follow the PKCS#12 structure"}
	}
	if p.Version != 3 {
		return nil, &Error{fmt.Sprintf("PFX version %d (3 is the only one)", p.Version)}
	}
	if !p.AuthSafe.ContentType.Equal(oidData) {
		return nil, &Error{"the content is not password-protected data (public-key protected files are not supported)"}
	}
	info = &Info{}
	if alg := p.MacData.Mac.Algorithm.Algorithm; len(alg) > 0 {
		info.MAC, info.MACIterations = algName(alg), p.MacData.Iterations
		if alg.Equal(oidPBMAC1) {
			info.MACIterations = pbkdf2Iterations(p.MacData.Mac.Algorithm.Parameters.FullBytes)
		}
		if info.MACIterations > l.MaxIterations || info.MACIterations < 0 {
			return nil, &Error{fmt.Sprintf("the MAC asks for %d iterations (limit %d)", info.MACIterations, l.MaxIterations)}
		}
	}
	var authData []byte
	if _, err := asn1.Unmarshal(p.AuthSafe.Content.Bytes, &authData); err != nil {
		return nil, &Error{"the authenticated safe is not an OCTET STRING: " + err.Error()}
	}
	var safes []contentInfo
	if _, err := asn1.Unmarshal(authData, &safes); err != nil {
		return nil, &Error{"the authenticated safe cannot be read: " + err.Error()}
	}
	bags := 0
	for _, ci := range safes {
		switch {
		case ci.ContentType.Equal(oidData):
			var data []byte
			if _, err := asn1.Unmarshal(ci.Content.Bytes, &data); err != nil {
				return nil, &Error{"a safe cannot be read: " + err.Error()}
			}
			var sb []safeBag
			if _, err := asn1.Unmarshal(data, &sb); err != nil {
				return nil, &Error{"a safe's bags cannot be read: " + err.Error()}
			}
			bags += len(sb)
			if bags > l.MaxBags {
				return nil, &Error{fmt.Sprintf("more than %d bags", l.MaxBags)}
			}
			for _, b := range sb {
				if err := info.bag(b, l); err != nil {
					return nil, err
				}
			}
		case ci.ContentType.Equal(oidEncryptedData):
			var ed encryptedData
			if _, err := asn1.Unmarshal(ci.Content.Bytes, &ed); err != nil {
				return nil, &Error{"an encrypted safe cannot be read: " + err.Error()}
			}
			enc, err := encryption(ed.Content.Algorithm, l)
			if err != nil {
				return nil, err
			}
			info.EncryptedSafes++
			// Keychain and OpenSSL put the certificates in the encrypted
			// safe; its algorithm is theirs.
			info.Certs = enc
		default:
			return nil, &Error{"a safe of content type " + ci.ContentType.String() + " is not supported"}
		}
	}
	return info, nil
}

func (info *Info) bag(b safeBag, l Limits) error {
	for _, a := range b.Attributes {
		if a.ID.Equal(oidFriendlyName) {
			var s asn1.RawValue
			if _, err := asn1.Unmarshal(a.Values.Bytes, &s); err == nil && s.Tag == 30 {
				info.FriendlyNames = append(info.FriendlyNames, bmp(s.Bytes))
			}
		}
	}
	switch {
	case b.ID.Equal(oidShroudedKey):
		var epki struct {
			Algorithm algID
			Data      []byte
		}
		if _, err := asn1.Unmarshal(b.Value.Bytes, &epki); err != nil {
			return &Error{"the shrouded key bag cannot be read: " + err.Error()}
		}
		enc, err := encryption(epki.Algorithm, l)
		if err != nil {
			return err
		}
		info.Key, info.KeyVisible = enc, true
	case b.ID.Equal(oidKeyBag):
		info.Key, info.KeyVisible = Encryption{}, true
	case b.ID.Equal(oidCertBag):
		info.CertsVisible = true
	}
	return nil
}

func bmp(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return strings.TrimRight(string(utf16.Decode(u)), "\x00")
}

// encryption describes a PBE algorithm and bounds its iterations.
func encryption(a algID, l Limits) (Encryption, error) {
	var e Encryption
	if a.Algorithm.Equal(oidPBES2) {
		var params struct {
			KDF algID
			Enc algID
		}
		if _, err := asn1.Unmarshal(a.Parameters.FullBytes, &params); err != nil {
			return e, &Error{"PBES2 parameters cannot be read: " + err.Error()}
		}
		e.Iterations = pbkdf2Iterations(params.KDF.Parameters.FullBytes)
		prf := "HMAC-SHA1"
		var kp struct {
			Salt       []byte
			Iterations int
			KeyLen     int   `asn1:"optional"`
			PRF        algID `asn1:"optional"`
		}
		if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kp); err == nil && len(kp.PRF.Algorithm) > 0 {
			prf = algName(kp.PRF.Algorithm)
		}
		e.Algorithm = fmt.Sprintf("PBES2 %s, PBKDF2 %s", algName(params.Enc.Algorithm), prf)
		e.Modern = true
	} else {
		var params struct {
			Salt       []byte
			Iterations int
		}
		if _, err := asn1.Unmarshal(a.Parameters.FullBytes, &params); err != nil {
			return e, &Error{"PBE parameters cannot be read: " + err.Error()}
		}
		e.Algorithm, e.Iterations = algName(a.Algorithm), params.Iterations
		e.Legacy = strings.Contains(e.Algorithm, "RC2") || strings.Contains(e.Algorithm, "RC4")
	}
	if e.Iterations > l.MaxIterations || e.Iterations < 0 {
		return e, &Error{fmt.Sprintf("the encryption asks for %d iterations (limit %d)", e.Iterations, l.MaxIterations)}
	}
	return e, nil
}

func pbkdf2Iterations(params []byte) int {
	var kp struct {
		Salt       asn1.RawValue
		Iterations int
	}
	if _, err := asn1.Unmarshal(params, &kp); err != nil {
		return 0
	}
	return kp.Iterations
}

// Identity is a decrypted file.
type Identity struct {
	Leaf  *x509.Certificate
	Chain []*x509.Certificate // the other certificates
	Key   crypto.PrivateKey
	// KeyMatches: the key is the leaf certificate's.
	KeyMatches bool
}

// ErrWrongPassword is a password that does not open the file.
var ErrWrongPassword = errors.New("the password is not this file's")

// Decode decrypts. Call Inspect first: it bounds the work.
func Decode(der []byte, password string) (id *Identity, err error) {
	defer func() {
		if r := recover(); r != nil {
			id, err = nil, &Error{fmt.Sprintf("malformed (%v)", r)}
		}
	}()
	key, leaf, chain, err := pkcs12.DecodeChain(der, password)
	if err != nil {
		if errors.Is(err, pkcs12.ErrIncorrectPassword) || errors.Is(err, pkcs12.ErrDecryption) {
			return nil, ErrWrongPassword
		}
		return nil, &Error{strings.TrimPrefix(err.Error(), "pkcs12: ")}
	}
	id = &Identity{Leaf: leaf, Chain: chain, Key: key}
	id.KeyMatches = keyMatches(key, leaf)
	return id, nil
}

func keyMatches(key crypto.PrivateKey, c *x509.Certificate) bool {
	type pub interface{ Public() crypto.PublicKey }
	k, ok := key.(pub)
	if !ok || c == nil {
		return false
	}
	switch p := k.Public().(type) {
	case *rsa.PublicKey:
		return p.Equal(c.PublicKey)
	case *ecdsa.PublicKey:
		return p.Equal(c.PublicKey)
	case ed25519.PublicKey:
		return p.Equal(c.PublicKey)
	}
	return false
}
