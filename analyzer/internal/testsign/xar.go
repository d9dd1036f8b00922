package testsign

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/smallstep/pkcs7"
)

// PkgFile is one file stored in a test installer package.
type PkgFile struct {
	Path string // "Distribution", "App.pkg/Payload", …
	Data []byte
	// Zlib stores it with encoding application/x-gzip (zlib), as xar does
	// for PackageInfo and Distribution; otherwise octet-stream.
	Zlib bool
}

// PkgOptions describe a test installer package (xar).
type PkgOptions struct {
	Files []PkgFile
	// Signer signs the TOC checksum (RSA <signature>, and a CMS
	// <x-signature> when CMS is set); nil leaves the package unsigned. Its
	// key must be RSA.
	Signer *Identity
	Chain  []*x509.Certificate // certificates after the leaf, in order
	CMS    bool
	// CreationTime is the TOC's <creation-time> (default 2026-01-02T03:04:05).
	CreationTime string
}

// XAR writes a package as pkgbuild/productbuild and productsign do: header,
// zlib TOC, heap with the SHA-1 TOC checksum, the signatures, then the files.
func XAR(o PkgOptions) ([]byte, error) {
	if o.CreationTime == "" {
		o.CreationTime = "2026-01-02T03:04:05"
	}
	var heap bytes.Buffer
	heap.Write(make([]byte, 20)) // checksum slot
	var sigOff, xsigOff int64 = -1, -1
	const rsaSlot, cmsSlot = 256, 9216
	if o.Signer != nil {
		sigOff = int64(heap.Len())
		heap.Write(make([]byte, rsaSlot))
		if o.CMS {
			xsigOff = int64(heap.Len())
			heap.Write(make([]byte, cmsSlot))
		}
	}
	type node struct {
		name     string
		file     *PkgFile
		off, len int64
		sum      string // archived-checksum, hex
		children map[string]*node
	}
	root := &node{children: map[string]*node{}}
	for i := range o.Files {
		f := &o.Files[i]
		parts := strings.Split(f.Path, "/")
		n := root
		for _, p := range parts {
			c := n.children[p]
			if c == nil {
				c = &node{name: p, children: map[string]*node{}}
				n.children[p] = c
			}
			n = c
		}
		n.file = f
		stored := f.Data
		if f.Zlib {
			var b bytes.Buffer
			w := zlib.NewWriter(&b)
			w.Write(f.Data)
			w.Close()
			stored = b.Bytes()
		}
		n.off, n.len = int64(heap.Len()), int64(len(stored))
		heap.Write(stored)
		sum := sha1.Sum(stored)
		n.sum = hex.EncodeToString(sum[:])
	}
	var toc strings.Builder
	toc.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xar>\n <toc>\n")
	fmt.Fprintf(&toc, "  <creation-time>%s</creation-time>\n", o.CreationTime)
	toc.WriteString("  <checksum style=\"sha1\">\n   <offset>0</offset>\n   <size>20</size>\n  </checksum>\n")
	certsXML := func() string {
		var s strings.Builder
		s.WriteString("   <KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n    <X509Data>\n")
		for _, c := range append([]*x509.Certificate{o.Signer.Cert}, o.Chain...) {
			fmt.Fprintf(&s, "     <X509Certificate>%s</X509Certificate>\n", base64.StdEncoding.EncodeToString(c.Raw))
		}
		s.WriteString("    </X509Data>\n   </KeyInfo>\n")
		return s.String()
	}
	if sigOff >= 0 {
		fmt.Fprintf(&toc, "  <signature style=\"RSA\">\n   <offset>%d</offset>\n   <size>%d</size>\n%s  </signature>\n", sigOff, rsaSlot, certsXML())
	}
	if xsigOff >= 0 {
		fmt.Fprintf(&toc, "  <x-signature style=\"CMS\">\n   <offset>%d</offset>\n   <size>%d</size>\n%s  </x-signature>\n", xsigOff, cmsSlot, certsXML())
	}
	id := 0
	var write func(n *node, indent string)
	write = func(n *node, indent string) {
		names := make([]string, 0, len(n.children))
		for k := range n.children {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			c := n.children[k]
			id++
			fmt.Fprintf(&toc, "%s<file id=\"%d\">\n%s <name>%s</name>\n", indent, id, indent, c.name)
			if c.file != nil {
				enc := "application/octet-stream"
				if c.file.Zlib {
					enc = "application/x-gzip"
				}
				fmt.Fprintf(&toc, "%s <type>file</type>\n%s <data>\n%s  <length>%d</length>\n%s  <offset>%d</offset>\n%s  <size>%d</size>\n%s  <encoding style=\"%s\"/>\n%s  <archived-checksum style=\"sha1\">%s</archived-checksum>\n%s </data>\n",
					indent, indent, indent, c.len, indent, c.off, indent, len(c.file.Data), indent, enc, indent, c.sum, indent)
			} else {
				fmt.Fprintf(&toc, "%s <type>directory</type>\n", indent)
				write(c, indent+" ")
			}
			fmt.Fprintf(&toc, "%s</file>\n", indent)
		}
	}
	write(root, "  ")
	toc.WriteString(" </toc>\n</xar>\n")
	var ztoc bytes.Buffer
	zw := zlib.NewWriter(&ztoc)
	zw.Write([]byte(toc.String()))
	zw.Close()
	sum := sha1.Sum(ztoc.Bytes())
	h := heap.Bytes()
	copy(h, sum[:])
	if sigOff >= 0 {
		key, ok := o.Signer.Key.(*rsa.PrivateKey)
		if !ok {
			return nil, fmt.Errorf("the package signer's key is %T, not RSA", o.Signer.Key)
		}
		sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA1, sum[:])
		if err != nil {
			return nil, err
		}
		copy(h[sigOff:sigOff+rsaSlot], sig)
	}
	if xsigOff >= 0 {
		sd, err := pkcs7.NewSignedData(sum[:])
		if err != nil {
			return nil, err
		}
		sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
		if err := sd.AddSignerChain(o.Signer.Cert, o.Signer.Key, o.Chain, pkcs7.SignerInfoConfig{}); err != nil {
			return nil, err
		}
		if err := SetSigningTime(sd, o.Signer.Key, time.Time{}); err != nil {
			return nil, err
		}
		sd.Detach()
		der, err := sd.Finish()
		if err != nil {
			return nil, err
		}
		if len(der) > cmsSlot {
			return nil, fmt.Errorf("CMS of %d bytes does not fit its slot", len(der))
		}
		copy(h[xsigOff:xsigOff+cmsSlot], der)
	}
	var out bytes.Buffer
	hdr := make([]byte, 28)
	copy(hdr, "xar!")
	be := binary.BigEndian
	be.PutUint16(hdr[4:], 28)
	be.PutUint16(hdr[6:], 1)
	be.PutUint64(hdr[8:], uint64(ztoc.Len()))
	be.PutUint64(hdr[16:], uint64(len(toc.String())))
	be.PutUint32(hdr[24:], 1)
	out.Write(hdr)
	out.Write(ztoc.Bytes())
	out.Write(h)
	return out.Bytes(), nil
}

// CPIOEntry is one file of a test payload.
type CPIOEntry struct {
	Name string // "./Applications/App.app/…"
	Mode uint32 // st_mode, with the file type bits
	Data []byte
}

// Payload writes entries as Apple's payloads are: an odc cpio archive
// ("070707") compressed with gzip.
func Payload(entries []CPIOEntry) []byte {
	var c bytes.Buffer
	add := func(name string, mode uint32, data []byte) {
		fmt.Fprintf(&c, "070707%06o%06o%06o%06o%06o%06o%06o%011o%06o%011o", 0, 0, mode, 0, 0, 1, 0, 0, len(name)+1, len(data))
		c.WriteString(name)
		c.WriteByte(0)
		c.Write(data)
	}
	for _, e := range entries {
		add(e.Name, e.Mode, e.Data)
	}
	add("TRAILER!!!", 0, nil)
	var g bytes.Buffer
	w := gzip.NewWriter(&g)
	w.Write(c.Bytes())
	w.Close()
	return g.Bytes()
}

// NewRSALeaf makes a leaf like NewLeaf with an RSA key (xar's <signature>
// is RSA only).
func NewRSALeaf(ca *Identity, kind, team string) (*Identity, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	return newCertWithKey(fmt.Sprintf("%s: Test Developer (%s)", kind, team), team, ca, false, key, markerOIDs[kind])
}
