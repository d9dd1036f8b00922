package xar

import (
	"crypto/x509"
	"io"
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t, "pkg") }

func openCorpus(t *testing.T) map[string]*Archive {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(corpusDir(t), "*"))
	if len(names) == 0 {
		t.Skip("no corpus at " + corpusDir(t))
	}
	out := map[string]*Archive{}
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		st, _ := f.Stat()
		a, err := Open(f, st.Size(), Limits{})
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(n), err)
			continue
		}
		out[filepath.Base(n)] = a
	}
	return out
}

// Every package of the corpus opens with files in its table of contents,
// and the checksum the table of contents stores matches it.
func TestCorpusOpens(t *testing.T) {
	for name, a := range openCorpus(t) {
		if len(a.Files) == 0 {
			t.Errorf("%s: no files in the table of contents", name)
		}
		if !a.ChecksumOK() {
			t.Errorf("%s: the table of contents' checksum does not match", name)
		}
		t.Logf("%s: files=%d cksum=%v sig=%v xsig=%v ticket=%d %v created=%s", name, len(a.Files), a.ChecksumOK(), a.Signature != nil, a.XSignature != nil, len(a.Ticket), a.TicketErr, a.CreationTime)
		for _, f := range a.Files {
			if f.Data != nil {
				t.Logf("   %s %s %d %s", f.Path, f.Type, f.Data.Size, f.Data.Encoding)
			}
		}
	}
}

func TestCorpusPayloadsAndRSA(t *testing.T) {
	for name, a := range openCorpus(t) {
		if s := a.Signature; s != nil && len(s.Certificates) > 0 {
			c, err := x509.ParseCertificate(s.Certificates[0])
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			res, err := VerifyRSA(c, a.StoredChecksum, s.Data)
			t.Logf("%s: RSA %+v %v", name, res, err)
		}
		for _, f := range a.Files {
			if path.Base(f.Path) != "Payload" && path.Base(f.Path) != "Scripts" {
				continue
			}
			r, verdict, err := a.Open(f)
			if err != nil {
				t.Errorf("%s: %v", f.Path, err)
				continue
			}
			n := 0
			comp, err := WalkPayload(r, PayloadLimits{}, func(e PayloadEntry, body io.Reader) error { n++; return nil })
			t.Logf("%s: %s: %s %d entries %v checksum %q", name, f.Path, comp, n, err, verdict())
		}
	}
}
