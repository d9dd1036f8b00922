package cms

import (
	"bytes"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// opensslVerify runs `openssl cms -verify -noverify` (the signature, not the
// chain) on cms, over detached when it is not nil, and returns whether it
// verified, its diagnostics, the content it wrote and the signer's
// certificate (DER).
func opensslVerify(t *testing.T, openssl string, cms, detached []byte) (ok bool, stderr string, content, signer []byte) {
	t.Helper()
	dir := t.TempDir()
	in, out, cert := filepath.Join(dir, "cms.der"), filepath.Join(dir, "content"), filepath.Join(dir, "signer.pem")
	if err := os.WriteFile(in, cms, 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"cms", "-verify", "-noverify", "-binary", "-inform", "DER", "-in", in, "-out", out, "-signer", cert}
	if detached != nil {
		cd := filepath.Join(dir, "detached")
		if err := os.WriteFile(cd, detached, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, "-content", cd)
	}
	var errb bytes.Buffer
	cmd := exec.Command(openssl, args...)
	cmd.Stderr = &errb
	ok = cmd.Run() == nil
	content, _ = os.ReadFile(out)
	if p, err := os.ReadFile(cert); err == nil {
		if b, _ := pem.Decode(p); b != nil {
			signer = b.Bytes
		}
	}
	return ok, errb.String(), content, signer
}

func lookOpenSSL(t *testing.T) string {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl is not installed (or cannot run here)")
	}
	return openssl
}

// TestProfilesAgreeWithOpenSSL: on every real CMS profile, Parse reads the
// content and the signer openssl reads, and Verify agrees with openssl's
// verdict (a digest failure being DigestMismatch).
func TestProfilesAgreeWithOpenSSL(t *testing.T) {
	openssl := lookOpenSSL(t)
	files := testcorpus.Glob("profiles", "*")
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sd, err := Parse(b)
		if err != nil {
			continue // not CMS (TestCorpusProfiles says which)
		}
		n++
		name := filepath.Base(f)
		ok, stderr, content, signer := opensslVerify(t, openssl, b, nil)
		verr := sd.Verify(nil)
		if ok != (verr == nil) {
			t.Errorf("%s: openssl verified %v (%s), Verify = %v", name, ok, strings.TrimSpace(stderr), verr)
		}
		if !ok && strings.Contains(stderr, "digest failure") && !IsReason(verr, DigestMismatch) {
			t.Errorf("%s: openssl reports a digest failure, Verify = %v", name, verr)
		}
		if ok && !bytes.Equal(content, sd.Content) {
			t.Errorf("%s: content differs from openssl's (%d vs %d bytes)", name, len(sd.Content), len(content))
		}
		if signer != nil && (sd.Signer == nil || !bytes.Equal(signer, sd.Signer.Raw)) {
			t.Errorf("%s: signer differs from openssl's", name)
		}
	}
	if n == 0 {
		t.Error("no profile in the corpus parsed as CMS")
	}
}

// TestCodeSignaturesAgreeWithOpenSSL: the detached CMS of every signed
// Mach-O slice in the corpus verifies over its primary CodeDirectory exactly
// when openssl says so, and names the signer openssl names.
func TestCodeSignaturesAgreeWithOpenSSL(t *testing.T) {
	openssl := lookOpenSSL(t)
	files := testcorpus.Glob("macho", "*")
	if len(files) == 0 {
		t.Skip("../shared/corpus is absent")
	}
	n := 0
	for _, path := range files {
		r, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := r.Stat()
		f, err := macho.Open(r, st.Size())
		if err != nil {
			r.Close()
			continue
		}
		for i, s := range f.Slices {
			sig := s.Signature
			if sig == nil || len(sig.CMS) == 0 || sig.Primary() == nil {
				continue
			}
			sd, err := Parse(sig.CMS)
			if err != nil {
				t.Errorf("%s slice %d: %v", filepath.Base(path), i, err)
				continue
			}
			n++
			cd := sig.Primary().Raw
			ok, stderr, _, signer := opensslVerify(t, openssl, sig.CMS, cd)
			verr := sd.Verify(cd)
			if ok != (verr == nil) {
				t.Errorf("%s slice %d: openssl verified %v (%s), Verify = %v", filepath.Base(path), i, ok, strings.TrimSpace(stderr), verr)
			}
			if signer != nil && (sd.Signer == nil || !bytes.Equal(signer, sd.Signer.Raw)) {
				t.Errorf("%s slice %d: signer differs from openssl's", filepath.Base(path), i)
			}
			// A changed CodeDirectory is refused by both: by its digest, or
			// (old signatures without signed attributes sign the content
			// itself) by the signature.
			other := bytes.Clone(cd)
			other[len(other)-1] ^= 1
			want := DigestMismatch
			if sd.SignedAttribute(OIDMessageDigest) == nil {
				want = BadSignature
			}
			ok, _, _, _ = opensslVerify(t, openssl, sig.CMS, other)
			if verr := sd.Verify(other); ok || !IsReason(verr, want) {
				t.Errorf("%s slice %d: a changed CodeDirectory: openssl verified %v, Verify = %v", filepath.Base(path), i, ok, verr)
			}
		}
		r.Close()
	}
	if n == 0 {
		t.Error("no signed Mach-O slice in the corpus")
	}
	t.Logf("%d signed slices", n)
}
