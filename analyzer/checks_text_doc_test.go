package analyzer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// TestTextCheckDocUnchanged: the documentation of every text check, built
// without fmt, is the text the fmt-built version gave.
func TestTextCheckDocUnchanged(t *testing.T) {
	for _, e := range text.Catalogue() {
		var want strings.Builder
		want.WriteString(e.Meaning)
		fmt.Fprintf(&want, "\n\nWho prints it: %s.\n\nLikely causes, most likely first:", e.Source)
		for i, c := range e.Causes {
			fmt.Fprintf(&want, "\n%d. %s", i+1, c)
		}
		fmt.Fprintf(&want, "\n\nTo confirm, drop %s.", e.Confirm)
		if ids := registeredChecks(e.Checks); len(ids) > 0 {
			fmt.Fprintf(&want, "\n\nChecks that find this in the files themselves: %s.", strings.Join(ids, ", "))
		}
		if got := Lookup(e.ID); got == nil || got.Doc != want.String() {
			t.Errorf("%s: the registered check's Doc differs from the fmt-built text", e.ID)
		}
	}
}

// TestNotaryIssueDocUnchanged: likewise for the notary issue checks, and the
// text-too-long check.
func TestNotaryIssueDocUnchanged(t *testing.T) {
	for _, k := range notary.KnownIssues() {
		want := fmt.Sprintf("The notary log says %q.\n\n%s", k.Message, k.Explanation)
		if ids := registeredChecks(k.LocalChecks); len(ids) > 0 {
			want += fmt.Sprintf("\n\nDrop the binary before submitting and these checks find the same problem: %s.", strings.Join(ids, ", "))
		}
		if got := Lookup(k.ID); got == nil || got.Doc != want {
			t.Errorf("%s: the registered check's Doc differs from the fmt-built text", k.ID)
		}
	}
	want := fmt.Sprintf("signdoctor reads the first %d KiB of pasted text, and gives up scanning a text made of little else "+
		"than the words it looks for. Errors after that point are not reported.", text.MaxInput>>10)
	if textTooLong.Doc != want {
		t.Errorf("text-too-long: Doc %q, want %q", textTooLong.Doc, want)
	}
}
