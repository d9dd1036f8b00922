package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// TestNotSigningWholeAnalyzer: the texts that are not Apple code signing
// (every round's look-alikes and the false-finding audits) get no error or
// warning from the whole analyzer either, as the page and the CLI read a
// paste: a paste is sniffed as a file first (a certificate, a plist, a
// profile), and a quoted PEM block once made one a malformed certificate.
func TestNotSigningWholeAnalyzer(t *testing.T) {
	files, err := filepath.Glob("internal/text/testdata/*not-signing.txt")
	if err != nil || len(files) < 100 {
		t.Fatalf("not-signing files: %d found, %v", len(files), err)
	}
	texts := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, record := range strings.Split("\n"+string(b), "\n@@@ ")[1:] {
			head, body, ok := strings.Cut(record, "\n---\n")
			if !ok {
				t.Fatalf("%s: a record without its --- line", f)
			}
			texts++
			for _, fd := range analyzeBytes(t, "pasted text", []byte(body)).Findings {
				if fd.Severity == report.Error || fd.Severity == report.Warning {
					t.Errorf("%s %q: %s %s: %s", filepath.Base(f), strings.SplitN(head, "\n", 2)[0], fd.Severity, fd.ID, fd.Message)
				}
			}
		}
	}
	t.Logf("%d texts that are not Apple code signing, through the whole analyzer", texts)
}
