package text_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// The forms of the keychain table the text reader lists import first
// (knownMissKeychainBefore) are read right where it counts: the analyzer's
// report leads with their want.
func TestKeychainToolTableReportOrder(t *testing.T) {
	n := 0
	for _, f := range text.KeychainFormsInReportOrder() {
		n++
		b := []byte(f[2])
		rep, err := analyzer.Analyze(t.Context(), []analyzer.File{{Name: "pasted text", Size: int64(len(b)), R: bytes.NewReader(b)}}, analyzer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, fd := range rep.Findings {
			if strings.HasPrefix(fd.ID, "text-") && fd.ID != "text-unknown" {
				ids = append(ids, fd.ID)
			}
		}
		if len(ids) == 0 || ids[0] != f[1] {
			t.Errorf("%s: report's findings %v, want %s first", f[0], ids, f[1])
		}
	}
	if n == 0 {
		t.Error("no form of the keychain table is left to the report's order")
	}
}
