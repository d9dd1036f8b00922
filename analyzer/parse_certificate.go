package analyzer

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// certificateInput is one certificate file: one or more certificates (a PEM
// file may hold a chain).
type certificateInput struct {
	Certs []*x509.Certificate
	// Facts are parallel to Certs.
	Facts []*report.Certificate
}

// Certificates returns the certificates of a certificate input, or nil.
func (in *Input) Certificates() []*x509.Certificate {
	if ci, ok := in.Value.(*certificateInput); ok {
		return ci.Certs
	}
	return nil
}

// maxCertificateFile bounds a .cer/.pem file (a chain of a few certificates).
const maxCertificateFile = 1 << 20

// maxCertificatesPerFile bounds how many PEM blocks are read.
const maxCertificatesPerFile = 64

// sniffCertificate: PEM certificate blocks, or DER whose shape is an X.509
// certificate (SEQUENCE { SEQUENCE { [0] version … } }), or a .cer/.der/.crt
// file name with DER content.
func sniffCertificate(head []byte, name string) bool {
	if bytes.Contains(head, []byte("-----BEGIN CERTIFICATE-----")) {
		return true
	}
	if len(head) < 12 || head[0] != 0x30 {
		return false
	}
	lower := strings.ToLower(name)
	for _, ext := range []string{".cer", ".der", ".crt"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	// 30 82 LL LL 30 82 LL LL A0 03 02 01 0x: certificate with a version.
	i := derHeaderLen(head, 0)
	if i <= 0 || i+1 >= len(head) || head[i] != 0x30 {
		return false
	}
	j := derHeaderLen(head, i)
	return j > 0 && j+4 < len(head) && head[i+j] == 0xa0 && head[i+j+1] == 0x03 && head[i+j+2] == 0x02
}

// derHeaderLen is the length of the tag and length octets at off, or 0.
func derHeaderLen(b []byte, off int) int {
	if off+2 > len(b) {
		return 0
	}
	l := b[off+1]
	switch {
	case l < 0x80:
		return 2
	case l == 0x81 || l == 0x82 || l == 0x83:
		return 2 + int(l&0x7f)
	}
	return 0
}

func parseCertificate(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	if in.Size > maxCertificateFile {
		return nil, nil, fmt.Errorf("%d bytes is more than a certificate file holds (limit %d)", in.Size, maxCertificateFile)
	}
	b := make([]byte, in.Size)
	if n, err := in.R.ReadAt(b, 0); n < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	var ders [][]byte
	if bytes.Contains(b, []byte("-----BEGIN")) {
		rest := b
		for len(ders) < maxCertificatesPerFile {
			var blk *pem.Block
			blk, rest = pem.Decode(rest)
			if blk == nil {
				break
			}
			if blk.Type == "CERTIFICATE" {
				ders = append(ders, blk.Bytes)
			}
		}
		if len(ders) == 0 {
			return nil, nil, fmt.Errorf("the PEM file holds no readable CERTIFICATE block")
		}
	} else {
		// Some .cer files carry bytes after the certificate (a newline, a
		// second copy); read the first DER element, as Keychain Access does.
		var rv asn1.RawValue
		if _, err := asn1.Unmarshal(b, &rv); err != nil {
			return nil, nil, fmt.Errorf("not a DER certificate: %v", err)
		}
		ders = [][]byte{rv.FullBytes}
	}
	ci := &certificateInput{}
	for i, d := range ders {
		c, err := x509.ParseCertificate(d)
		if err != nil {
			return nil, nil, fmt.Errorf("certificate %d is not a valid X.509 certificate: %v", i+1, err)
		}
		ci.Certs = append(ci.Certs, c)
	}
	trust, err := trustFor(opts)
	if err != nil {
		return nil, nil, err
	}
	now := opts.now()
	var arts []report.Artifact
	for i, c := range ci.Certs {
		f := certificateFacts(c, now)
		// Judge the chain within the certificate's own validity, so an expired
		// certificate is still known as Apple's; expiry is its own finding.
		at := now
		if at.After(c.NotAfter) {
			at = c.NotAfter
		}
		chain, err := trust.VerifyChain(c, ci.Certs, at)
		if err == nil {
			root := chain[len(chain)-1]
			f.ChainVerified = certs.IsAppleRoot(root) || trust.IsTestRoot(root)
		}
		f.AppleIssued = f.ChainVerified
		ci.Facts = append(ci.Facts, f)
		name := in.Name
		if len(ci.Certs) > 1 {
			name = fmt.Sprintf("%s [%d]", in.Name, i+1)
		}
		arts = append(arts, report.NewArtifact(name, f))
	}
	return ci, arts, nil
}

// quotesCertificate says whether a PEM certificate block stands after other
// text (prose or code) rather than opening the file as a .pem file,
// `security find-certificate -p` or openssl pkcs12's attribute lines do.
func quotesCertificate(head []byte) bool {
	i := bytes.Index(head, []byte("-----BEGIN CERTIFICATE-----"))
	for _, line := range strings.Split(string(head[:max(i, 0)]), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "-----") && !strings.HasPrefix(line, "Bag Attributes") &&
			!strings.HasPrefix(line, "localKeyID:") && !strings.HasPrefix(line, "friendlyName:") &&
			!strings.HasPrefix(line, "subject=") && !strings.HasPrefix(line, "issuer=") {
			return true
		}
	}
	return false
}
