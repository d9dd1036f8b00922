package analyzer

import (
	"os"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A paste that quotes a PEM certificate inside prose or code, cut short or
// not at a line's start (audit 2: goproxy's issue 529), is read as text; a
// file that opens with the PEM block keeps its malformed-certificate error.
func TestPasteQuotingACertificate(t *testing.T) {
	b, err := os.ReadFile("internal/text/testdata/audit2-not-signing.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, rec, _ := strings.Cut(string(b), "source: https://github.com/elazarl/goproxy/issues/529\n---\n")
	rec, _, _ = strings.Cut(rec, "\n@@@ ")
	if !strings.Contains(rec, "-----BEGIN CERTIFICATE-----") {
		t.Fatal("goproxy record not found")
	}
	rep := analyzeBytes(t, "paste.txt", []byte(rec))
	if len(rep.Artifacts) == 0 || rep.Artifacts[0].Kind != string(KindText) {
		t.Errorf("not read as text: %+v", rep.Artifacts)
	}
	for _, f := range rep.Findings {
		if f.Severity == report.Error || f.Severity == report.Warning {
			t.Errorf("%s %s: %s", f.Severity, f.ID, f.Message)
		}
	}
	_, pemOnly, _ := strings.Cut(rec, "[]byte(`")
	for _, s := range []string{pemOnly, "Bag Attributes\n    friendlyName: Apple Development\nsubject=/CN=Apple Development\n" + pemOnly} {
		rep = analyzeBytes(t, "cut.pem", []byte(s))
		if len(rep.Findings) == 0 || rep.Findings[0].ID != "input-malformed" {
			t.Errorf("a cut PEM file: %+v", rep.Findings)
		}
	}
}
