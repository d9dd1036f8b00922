package analyzer

import (
	"bytes"
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/p12"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// sniffIdentity: DER named .p12/.pfx, or DER shaped as a PFX
// (SEQUENCE { INTEGER 3, SEQUENCE … }).
func sniffIdentity(head []byte, name string) bool {
	if len(head) < 8 || head[0] != 0x30 {
		return false
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".p12") || strings.HasSuffix(lower, ".pfx") {
		return true
	}
	i := derHeaderLen(head, 0)
	return i > 0 && i+4 < len(head) && bytes.Equal(head[i:i+3], []byte{2, 1, 3}) && head[i+3] == 0x30
}

// identityInput is what the identity parser leaves for the checks.
type identityInput struct {
	Info  *p12.Info
	ID    *p12.Identity // nil until decrypted
	Facts *report.Identity
	// WrongPassword: a password was given and does not open the file;
	// NeedsPassword: none was given and the empty one does not either.
	WrongPassword, NeedsPassword bool
	DecodeErr                    error
}

func (in *Input) identityInput() *identityInput {
	v, _ := in.Value.(*identityInput)
	return v
}

func parseIdentity(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	if in.Size > int64(p12.DefaultLimits.MaxSize) {
		return nil, nil, fmt.Errorf("%d bytes is more than an identity holds (limit %d)", in.Size, p12.DefaultLimits.MaxSize)
	}
	der := make([]byte, in.Size)
	if n, err := in.R.ReadAt(der, 0); n < len(der) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, err
	}
	info, err := p12.Inspect(der, p12.Limits{})
	if err != nil {
		return nil, nil, err
	}
	ii := &identityInput{Info: info}
	f := &report.Identity{MAC: info.MAC, MACIterations: info.MACIterations, FriendlyNames: info.FriendlyNames,
		CertEncryption: info.Certs.String(), KeyEncryption: info.Key.String(), Readers: identityReaders(info)}
	if !info.KeyVisible {
		f.KeyEncryption = "" // inside an encrypted safe: known only after decryption
	}
	ii.Facts = f
	password, given := "", false
	if opts.Password != nil {
		password, given = opts.Password(in.Name)
	}
	id, err := p12.Decode(der, password)
	switch {
	case errors.Is(err, p12.ErrWrongPassword) && given:
		ii.WrongPassword, f.Password = true, "wrong"
	case errors.Is(err, p12.ErrWrongPassword):
		ii.NeedsPassword, f.Password = true, "not given"
	case err != nil:
		f.Password, ii.DecodeErr, f.Error = "accepted", err, err.Error()
	default:
		f.Password, f.Decrypted = "accepted", true
		ii.ID = id
		ii.describe(opts)
	}
	return ii, []report.Artifact{report.NewArtifact(in.Name, f)}, nil
}

// identityReaders says which tools open a file protected this way.
func identityReaders(info *p12.Info) string {
	switch {
	case info.Certs.Legacy || info.Key.Legacy:
		return "legacy encryption (RC2/RC4, as Keychain Access exports): macOS `security import` and Keychain read it; OpenSSL 3 needs `-legacy`"
	case info.Certs.Modern || info.Key.Modern:
		return "modern encryption (PBES2/AES, OpenSSL 3's default): OpenSSL 3 reads it; older macOS `security import` and Keychain Access refuse it (\"MAC verification failed\"): re-export with `openssl pkcs12 -export -legacy` for them"
	}
	return "3DES or no encryption: read by macOS `security import`, Keychain Access and OpenSSL 3 alike"
}

func (ii *identityInput) describe(opts *Options) {
	id, f := ii.ID, ii.Facts
	leaf := id.Leaf
	f.CommonName, f.CertKind, f.Team = leaf.Subject.CommonName, certs.Kind(leaf), certs.Team(leaf)
	if f.CertKind == "" {
		f.CertKind = "not Apple"
	}
	f.NotBefore, f.NotAfter, f.SHA1 = leaf.NotBefore, leaf.NotAfter, certs.SHA1Fingerprint(leaf)
	f.Expired = opts.now().After(leaf.NotAfter)
	f.PrivateKey, f.KeyMatches = id.Key != nil, id.KeyMatches
	for _, c := range id.Chain {
		f.Certificates = append(f.Certificates, c.Subject.CommonName)
		if bytes.Equal(c.RawSubject, leaf.RawIssuer) {
			f.IntermediateIncluded = true
		}
	}
	if trust, err := trustFor(opts); err == nil {
		if _, err := trust.VerifyChain(leaf, id.Chain, opts.now()); err == nil {
			f.ChainVerified = true
		}
	}
}

// identityLeaf is the decrypted signing certificate, or nil.
func (ii *identityInput) leaf() *x509.Certificate {
	if ii == nil || ii.ID == nil {
		return nil
	}
	return ii.ID.Leaf
}
