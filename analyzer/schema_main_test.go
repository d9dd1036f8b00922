package analyzer

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/report/reportschema"
)

// invalidReports collects every report an analysis in these tests produced
// that report.schema.json does not describe (the first few).
var invalidReports struct {
	sync.Mutex
	n       int
	checked int
	first   []string
}

// TestMain validates every report Analyze returns during the package's
// tests (the cases, the checks' own tests, robustness and fuzz inputs)
// against report.schema.json, and checks that every finding is located
// (its subject its location's words, a location for each place); it fails
// the run if one is not.
func TestMain(m *testing.M) {
	reportProduced = func(rep *report.Report) {
		b, err := json.Marshal(rep)
		if err == nil {
			err = reportschema.Validate(b)
		}
		if err == nil {
			err = unlocated(rep)
		}
		invalidReports.Lock()
		defer invalidReports.Unlock()
		invalidReports.checked++
		if err != nil {
			invalidReports.n++
			if len(invalidReports.first) < 3 {
				invalidReports.first = append(invalidReports.first, fmt.Sprintf("%v\n%.2000s", err, b))
			}
		}
	}
	code := m.Run()
	if invalidReports.n > 0 {
		fmt.Fprintf(os.Stderr, "FAIL: %d of %d reports produced by the tests do not validate against report.schema.json; the first:\n", invalidReports.n, invalidReports.checked)
		for _, s := range invalidReports.first {
			fmt.Fprintln(os.Stderr, s)
		}
		code = 1
	}
	os.Exit(code)
}

// unlocated says which finding of a report has no location, or a subject or
// places its location does not give.
func unlocated(rep *report.Report) error {
	for _, f := range rep.Findings {
		if f.Location.IsZero() || f.Subject != f.Location.String() {
			return fmt.Errorf("finding %s on %q: location %+v", f.ID, f.Subject, f.Location)
		}
		if len(f.PlaceLocations) != len(f.Places) {
			return fmt.Errorf("finding %s: %d places, %d locations", f.ID, len(f.Places), len(f.PlaceLocations))
		}
		for i, l := range f.PlaceLocations {
			if l.String() != f.Places[i] {
				return fmt.Errorf("finding %s: place %q, location %+v", f.ID, f.Places[i], l)
			}
		}
	}
	return nil
}
