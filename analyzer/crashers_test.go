package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoCaseRecordsAnInternalError keeps the crashers fixed: their inputs
// are case folders (made again by the generators, e.g.
// macho-signature-invalid/universal-no-codedirectory, the first crasher of
// the million-input robustness run), and -update would otherwise quietly
// record a panic as an expected finding.
func TestNoCaseRecordsAnInternalError(t *testing.T) {
	wants, err := filepath.Glob(filepath.Join(casesDir, "*", "*", "want"))
	if err != nil || len(wants) == 0 {
		t.Skip("no cases")
	}
	for _, w := range wants {
		b, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, "| input-internal-error |") || strings.Contains(line, "| internal-") {
				t.Errorf("%s: %s", w, line)
			}
		}
	}
}
