package analyzer

import (
	"slices"
	"strings"
	"testing"
)

// Every check a Doc names (the text and notary catalogues point at the
// checks that find the same problem in files) exists.
func TestCrossReferencesResolve(t *testing.T) {
	for _, d := range danglingSeeAlso {
		t.Errorf("%s: the Doc names a check that does not exist", d)
	}
	named := 0
	for _, c := range allChecks {
		named += len(c.seeAlso)
	}
	if named < 20 {
		t.Errorf("only %d cross-references between checks: the catalogues no longer give them", named)
	}
}

// indexChecks resolves a cross-reference to a check listed after the one
// that names it, and reports (and leaves out of the Doc) one to a check that
// is not in the list.
func TestIndexChecksCrossReferences(t *testing.T) {
	first := &Check{ID: "test-first", Doc: "First.", seeAlso: []string{"test-missing", "test-second"}, seeAlsoLead: "See"}
	second := &Check{ID: "test-second", Doc: "Second."}
	index, sorted, dangling := indexChecks([]*Check{second, first})
	if !slices.Equal(dangling, []string{"test-first -> test-missing"}) {
		t.Errorf("dangling = %q, want the reference to test-missing", dangling)
	}
	if first.Doc != "First.\n\nSee: test-second." {
		t.Errorf("Doc = %q", first.Doc)
	}
	if index["test-second"] != second || len(sorted) != 2 || sorted[0] != first {
		t.Errorf("index %v, sorted %v", index, sorted)
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), "duplicate check ID test-second") {
			t.Errorf("a duplicate ID: recovered %v, want a panic naming it", r)
		}
	}()
	indexChecks([]*Check{second, {ID: "test-second"}})
}
