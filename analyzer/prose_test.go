package analyzer

import (
	"bytes"
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// TestUseProseRestoresTheStrippedBuild runs in a build made as app.wasm is
// (internal/prosestrip's test starts it with the overlay and the full
// build's Prose in SIGNDOCTOR_PROSE_FILE): it must start without the words
// and, after UseProse, have every word the full build has.
func TestUseProseRestoresTheStrippedBuild(t *testing.T) {
	name := os.Getenv("SIGNDOCTOR_PROSE_FILE")
	if name == "" {
		t.Skip("run by internal/prosestrip's TestStrippedBuildGetsEveryWordBack, in a build without the words")
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if c := Lookup("profile-expired"); c.Doc != "" || c.Fix != "" {
		t.Fatalf("profile-expired has its words in the stripped build: %q", c.Doc)
	}
	if e := text.Lookup("text-embedded-profile-invalid"); e.Meaning != "" || len(e.Causes) == 0 || e.Causes[0] != "" {
		t.Fatalf("text-embedded-profile-invalid has its words in the stripped build: %q %q", e.Meaning, e.Causes)
	}
	if err := UseProse(want); err != nil {
		t.Fatal(err)
	}
	if got := Prose(); !bytes.Equal(got, want) {
		t.Errorf("after UseProse the words differ from the full build's (%d bytes, want %d)", len(got), len(want))
	}
	for _, c := range Checks() {
		if err := c.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func TestUseProseRefusesDamagedFiles(t *testing.T) {
	for _, b := range []string{"", "{", `{"checks":{}}`, `[]`} {
		if err := UseProse([]byte(b)); err == nil {
			t.Errorf("UseProse(%q) took it", b)
		}
	}
	// A file from another build: an unknown check, a list of causes of
	// another length. What the code expects stays.
	orig := Prose()
	e := text.Lookup("text-embedded-profile-invalid")
	causes := e.Causes
	doc := Lookup("profile-expired").Doc
	if err := UseProse([]byte(`{"checks":{"no-such-check":{"doc":"x","fix":"y"}},"entries":{"text-embedded-profile-invalid":{"meaning":"m","causes":["one"]}}}`)); err != nil {
		t.Fatal(err)
	}
	defer func() { // put back what this test changed for the tests after it
		if err := UseProse(orig); err != nil {
			t.Fatal(err)
		}
	}()
	if len(e.Causes) != len(causes) {
		t.Errorf("causes of another length were taken: %q", e.Causes)
	}
	if Lookup("profile-expired").Doc != doc {
		t.Error("a check the file does not name changed")
	}
}

// FuzzUseProse: any file where the words should be leaves every check
// valid (a cause list keeps its length) and never panics.
func FuzzUseProse(f *testing.F) {
	orig := Prose()
	f.Add(orig[:len(orig)/2])
	f.Add([]byte(`{"checks":{"profile-expired":{"doc":"d","fix":"f"}},"entries":{"text-embedded-profile-invalid":{"causes":["a","b","c","d"]}}}`))
	f.Add([]byte(`{"checks":{"x":{}},"entries":{"text-unknown":null}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		defer func() {
			if err := UseProse(orig); err != nil {
				t.Fatal(err)
			}
		}()
		lens := map[string]int{}
		for _, e := range text.Catalogue() {
			lens[e.ID] = len(e.Causes)
		}
		_ = UseProse(b)
		for _, e := range text.Catalogue() {
			if len(e.Causes) != lens[e.ID] {
				t.Fatalf("%s: %d causes, the code expects %d", e.ID, len(e.Causes), lens[e.ID])
			}
		}
	})
}
