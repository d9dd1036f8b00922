package text

import "testing"

// tableRow is one form of a message in a table of one family of Apple's
// messages (table_<family>_test.go): key names it in failures, want is
// the entry the first text finding must be, "" for a message that is not
// a signing failure (then nothing above a note may be found).
type tableRow struct{ key, text, want string }

// readsAs says whether a paste reads as a table row wants it to.
func readsAs(r Result, want string) bool {
	if want != "" {
		return len(r.Matches) > 0 && r.Matches[0].Entry.ID == want
	}
	for _, m := range r.Matches {
		if m.Entry.Severity != Info {
			return false
		}
	}
	return true
}

// checkTable judges every row and logs how many read right. known lists the
// rows known to miss (each with its reason beside it): they may miss, and
// one that reads right must leave the list, so the list only shrinks.
func checkTable(t *testing.T, rows []tableRow, known map[string]bool) {
	t.Helper()
	right := 0
	for _, row := range rows {
		r := Analyze([]byte(row.text))
		ok := readsAs(r, row.want)
		switch {
		case ok && known[row.key]:
			right++
			t.Errorf("%s: now read right; take it off the known misses", row.key)
		case ok:
			right++
		case !known[row.key]:
			t.Errorf("%s: got %v, want %q", row.key, ids(r), row.want)
		}
	}
	t.Logf("%d of %d forms read right", right, len(rows))
}

// knownRows returns the key, want and text of the rows known to miss in the
// text reader's own order, for a test of the report's order.
func knownRows(rows []tableRow, known map[string]bool) [][3]string {
	var out [][3]string
	for _, row := range rows {
		if known[row.key] {
			out = append(out, [3]string{row.key, row.want, row.text})
		}
	}
	return out
}
