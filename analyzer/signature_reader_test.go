package analyzer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// TestRequirementReaderChecksEKU: the signature EvaluateRequirement reads
// is judged as the analysis judges it, so a certificate without the
// code-signing extended key usage gives its chain error there too.
func TestRequirementReaderChecksEKU(t *testing.T) {
	ca, err := testsign.NewCA("signdoctor EKU test CA")
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(7),
		Subject:      pkix.Name{CommonName: "Apple Development: No EKU (TESTTEAM01)", OrganizationalUnit: []string{"TESTTEAM01"}},
		NotBefore:    time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:     time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageEmailProtection},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Cert, key.Public(), ca.Key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	leaf := &testsign.Identity{Cert: cert, Key: key}
	b, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{
		Identifier: "com.example.tool", Hashes: []uint8{macho.HashSHA256},
		Signer: testsign.CMSSigner(leaf, []*x509.Certificate{ca.Cert}, testsign.CMSOptions{}),
	})
	if err != nil {
		t.Fatal(err)
	}
	f, err := macho.Open(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Now: defaultCaseTime, testRoots: [][]byte{ca.Cert.Raw}}
	ms := signatureOnlySlice(f.Slices[0], &opts)
	if ms.Leaf == nil || ms.CMSErr != nil {
		t.Fatalf("the CMS did not read: leaf %v, %v", ms.Leaf, ms.CMSErr)
	}
	if ms.ChainErr == nil || !strings.Contains(ms.ChainErr.Error(), "code-signing extended key usage") || ms.Chain != nil {
		t.Errorf("chain %d certificates, error %v: want the missing code-signing EKU", len(ms.Chain), ms.ChainErr)
	}
}

// TestRequirementBoxAgreesWithAnalysis: EvaluateRequirement (the web app's
// requirement box, which hashes no pages) and the analysis's requirement_eval
// read signatures the same way, so they answer alike on every signed Mach-O
// of the cases, with and without the cases' test roots.
func TestRequirementBoxAgreesWithAnalysis(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(casesDir, "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	reqs := []string{`anchor apple generic`, `anchor apple`, `anchor apple generic and certificate leaf[field.1.2.840.113635.100.6.1.13] exists`}
	compared := 0
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "want")); err != nil {
			continue
		}
		opts, err := readCaseOptions(filepath.Join(dir, "options"))
		if err != nil {
			t.Fatal(err)
		}
		files, err := readCaseInputs(dir)
		if err != nil {
			t.Fatal(err)
		}
		var machos []File
		for _, f := range files {
			if f.R == nil || f.Size < 4 {
				continue
			}
			head := make([]byte, 4)
			if _, err := f.R.ReadAt(head, 0); err == nil && recognize(inputKinds, head, f.Name) != nil && recognize(inputKinds, head, f.Name).Kind == KindMachO {
				machos = append(machos, f)
			}
		}
		if len(machos) == 0 {
			continue
		}
		for _, req := range reqs {
			o := opts
			o.Requirement = req
			rep, err := Analyze(context.Background(), machos, o)
			if err != nil {
				t.Fatal(err)
			}
			analysis := map[string]string{}
			for _, a := range rep.Artifacts {
				m, ok := a.Facts.(*report.MachO)
				if !ok {
					continue
				}
				for _, s := range m.Slices {
					if s.RequirementEval != nil {
						analysis[fmt.Sprintf("%s [%s]", a.Name, s.Arch)] = fmt.Sprintf("satisfied=%v undetermined=%v", s.RequirementEval.Satisfied, s.RequirementEval.Undetermined)
					}
				}
			}
			box, err := EvaluateRequirement(context.Background(), machos, req, opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range box {
				got := fmt.Sprintf("satisfied=%v undetermined=%v", r.Eval.Satisfied, r.Eval.Undetermined)
				want, ok := analysis[r.Subject]
				if !ok {
					continue // a slice the analysis does not evaluate (no readable signature)
				}
				compared++
				if got != want {
					t.Errorf("%s: %s, `%s`: the requirement box says %s, the analysis %s", dir, r.Subject, req, got, want)
				}
			}
		}
	}
	if compared == 0 {
		t.Fatal("no signed Mach-O in the cases: nothing was compared")
	}
	t.Logf("%d evaluations compared", compared)
}
