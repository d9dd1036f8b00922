package analyzer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// TestDMGCorpus reads the real disk images in ../shared/corpus/dmg in place
// and compares their facts with MANIFEST.md's independent reading.
func TestDMGCorpus(t *testing.T) {
	dir := testcorpus.Dir(t, "dmg")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpus at " + dir)
	}
	type want struct {
		signature, cdhash, team string
		timestamp, ticket       bool
	}
	const fr = "WZX9877Q59"
	wants := map[string]want{
		"format-ripper-test-encrypted-aes128-signed.dmg":           {"valid", "17d80545ef25778ec0a0dd2644da07da1a7c28f0", fr, false, false},
		"format-ripper-test-encrypted-aes128.dmg":                  {"unsigned", "", "", false, false},
		"format-ripper-test-readonly-signed.dmg":                   {"valid", "ba7f6164dedc5765c8e10c1d5b27b111e16ae33c", fr, false, false},
		"format-ripper-test-readonly.dmg":                          {"unsigned", "", "", false, false},
		"format-ripper-test-signed-edited.dmg":                     {"invalid", "7d8208acdd6518b01d286f693d60ffcbcbd5e7f3", fr, false, false},
		"format-ripper-test-signed-invalid-signature.dmg":          {"invalid", "7d8208acdd6518b01d286f693d60ffcbcbd5e7f3", fr, false, false},
		"format-ripper-test-signed.dmg":                            {"valid", "7d8208acdd6518b01d286f693d60ffcbcbd5e7f3", fr, false, false},
		"format-ripper-test.dmg":                                   {"unsigned", "", "", false, false},
		"format-ripper-test2-signed-timestamped.dmg":               {"valid", "b38061bb9dcdef933582c5c40353054c21ca2c64", fr, true, false},
		"karabiner-Karabiner-DriverKit-ExtensionManager-0.8.0.dmg": {"valid", "6e7d7228b60605e6e022b6e1182d2f229af29171", "G43BCU2T37", true, true},
		"node-udif-compression-bz2.dmg":                            {"unsigned", "", "", false, false},
		"node-udif-compression-lzfse.dmg":                          {"unsigned", "", "", false, false},
		"node-udif-compression-zlib.dmg":                           {"unsigned", "", "", false, false},
	}
	for name, w := range wants {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Artifacts) != 1 {
			t.Errorf("%s: %d artifacts (findings %v)", name, len(rep.Artifacts), rep.Findings)
			continue
		}
		f, ok := rep.Artifacts[0].Facts.(*report.DMG)
		if !ok {
			t.Errorf("%s: facts %T", name, rep.Artifacts[0].Facts)
			continue
		}
		got := want{f.Signature, f.CDHash, f.Team, !f.Timestamp.IsZero(), f.StapledTicket}
		if got != w {
			t.Errorf("%s:\n got %+v\nwant %+v (failures %q)", name, got, w, f.Failures)
		}
		if f.Signature == "valid" && !f.ChainVerified {
			t.Errorf("%s: the chain to Apple's root does not verify", name)
		}
	}
}
