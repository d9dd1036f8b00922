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
		for _, r := range textRecords(t, f) {
			texts++
			for _, fd := range analyzeBytes(t, "pasted text", []byte(r.body)).Findings {
				if fd.Severity == report.Error || fd.Severity == report.Warning {
					t.Errorf("%s %q: %s %s: %s", filepath.Base(f), r.title, fd.Severity, fd.ID, fd.Message)
				}
			}
		}
	}
	t.Logf("%d texts that are not Apple code signing, through the whole analyzer", texts)
}

// textRecord is one record of the text catalogue's testdata files: its
// title, its header lines (source:, want: …) and the text itself.
type textRecord struct {
	title, head, body string
}

// textRecords reads a testdata file of records ("@@@ title", header lines,
// "---", the text), as internal/text's tests do.
func textRecords(t *testing.T, path string) []textRecord {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []textRecord
	for _, record := range strings.Split("\n"+string(b), "\n@@@ ")[1:] {
		head, body, ok := strings.Cut(record, "\n---\n")
		if !ok {
			t.Fatalf("%s: a record without its --- line", path)
		}
		out = append(out, textRecord{title: strings.SplitN(head, "\n", 2)[0], head: head, body: body})
	}
	return out
}
