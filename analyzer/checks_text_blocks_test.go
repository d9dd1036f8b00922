package analyzer

import (
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Every goal a catalogue entry names is one of report.Goals, so a typo does
// not silently block nothing.
func TestTextEntryBlocksAreGoals(t *testing.T) {
	known := map[report.Goal]bool{}
	for _, g := range report.Goals {
		known[g] = true
	}
	for _, e := range text.Catalogue() {
		for _, g := range e.Blocks {
			if !known[report.Goal(g)] {
				t.Errorf("%s: Blocks names %q, which is no goal", e.ID, g)
			}
		}
	}
}
