package analyzer

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// TestStapledTicketCorpus: the corpus's stapled app, image and package each
// carry a ticket that reads, is intact and names the code's own hash (the
// main executable's SHA-256 CDHash, the image's CDHash as MANIFEST.md reads
// it, the package's SHA-1 TOC checksum), and no mismatch is reported.
func TestStapledTicketCorpus(t *testing.T) {
	const dir = "../../shared/corpus/"
	wants := map[string]string{
		"bundles/opera-beta-installer.app.zip":                         "sha256 5b1e8f82d2a7717baf2411603252f66df954adc2",
		"dmg/karabiner-Karabiner-DriverKit-ExtensionManager-0.8.0.dmg": "sha256 6e7d7228b60605e6e022b6e1182d2f229af29171",
		"pkg/karabiner-Karabiner-DriverKit-VirtualHIDDevice-1.6.0.pkg": "sha1 b6259e54e51f4b2cfc7f4d0bed95e4d6d45b9cd1",
	}
	for name, want := range wants {
		b, err := os.ReadFile(dir + name)
		if err != nil {
			t.Skip("no corpus at " + dir)
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var tk *report.Ticket
		switch f := rep.Artifacts[0].Facts.(type) {
		case *report.DMG:
			tk = f.Ticket
		case *report.Pkg:
			tk = f.Ticket
		case *report.Bundle:
			tk = f.Code[0].Ticket
		}
		if tk == nil || !tk.Read || !tk.SignatureIntact || tk.NamesCode != "yes" || tk.Signer != "Software Ticket Signing" {
			t.Errorf("%s: ticket %+v", name, tk)
			continue
		}
		if !slices.Contains(tk.CDHashes, want) || !slices.Contains(tk.CodeCDHashes, want) {
			t.Errorf("%s: %s not in the ticket %v or the code's %v", name, want, tk.CDHashes, tk.CodeCDHashes)
		}
		for _, f := range rep.Findings {
			if strings.HasSuffix(f.ID, "-ticket-mismatch") {
				t.Errorf("%s: %s", name, f.Message)
			}
		}
	}
}
