package analyzer

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// heldOutFirstFloor is how many held-out messages have their diagnosis
// (a record's first want) as the report's first pasted-text finding; it may
// only go up.
const heldOutFirstFloor = 3981

// TestHeldOutDiagnosisFirst reads every held-out message of the text
// catalogue's rounds through the whole analyzer, as a paste, and counts how
// often the diagnosis is the first finding a reader meets. The rounds' own
// scores (internal/text's TestHeldOutMessages) only ask that it be found.
func TestHeldOutDiagnosisFirst(t *testing.T) {
	files, err := filepath.Glob("internal/text/testdata/heldout*-messages.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out records: %v", err)
	}
	all, first := 0, 0
	for _, f := range files {
		for _, r := range textRecords(t, f) {
			body := r.body
			var want string
			for _, l := range strings.Split(r.head, "\n") {
				if v, ok := strings.CutPrefix(l, "want:"); ok && len(strings.Fields(v)) > 0 {
					want = strings.Fields(v)[0]
				}
			}
			if want == "" {
				continue
			}
			all++
			rep, err := Analyze(context.Background(), []File{{Name: "pasted text", Size: int64(len(body)), R: bytes.NewReader([]byte(body))}}, Options{Now: defaultCaseTime})
			if err != nil {
				t.Fatal(err)
			}
			for _, fd := range rep.Findings {
				if strings.HasPrefix(fd.ID, "text-") && fd.ID != "text-unknown" {
					if fd.ID == want {
						first++
					} else if testing.Verbose() {
						t.Logf("%s %q: first %s, diagnosis %s", filepath.Base(f), r.title, fd.ID, want)
					}
					break
				}
			}
		}
	}
	t.Logf("held-out messages whose diagnosis is the report's first finding: %d of %d", first, all)
	if first < heldOutFirstFloor {
		t.Errorf("%d of %d held-out messages have their diagnosis first, fewer than the %d reached before", first, all, heldOutFirstFloor)
	}
}
