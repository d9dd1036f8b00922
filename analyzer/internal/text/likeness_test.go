package text

import (
	"os"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/likeness"
)

// recordNamed is one record of a testdata file, by its title.
func recordNamed(t *testing.T, path, name string) realRecord {
	t.Helper()
	for _, r := range readRecords(t, path) {
		if r.name == name {
			return r
		}
	}
	t.Fatalf("%s has no record %q", path, name)
	return realRecord{}
}

func needLikenessModel(t *testing.T) {
	t.Helper()
	if !LikenessLoaded() {
		t.Fatal("no likeness model: built in natively, read from likeness.model by the wasm tests")
	}
}

// Retold messages that no pattern reads get the entry they read like, as a
// guess; a known message and a look-alike get none.
func TestReadsLikeGuessesRetellings(t *testing.T) {
	needLikenessModel(t)
	for _, c := range []struct{ file, name, want string }{
		{"testdata/heldout184-messages.txt", "Vorssaint 3.1.13 on Tahoe: doesn't start and says the file is damaged", "text-gatekeeper-damaged"},
		{"testdata/heldout102-messages.txt", "\"Mangayomi\" is no longer available every few days", "text-app-no-longer-available"},
		{"testdata/heldout182-messages.txt", "TextGO: Accessibility permission not recognized despite being enabled", "text-privacy-access-refused"},
	} {
		r := Analyze([]byte(recordNamed(t, c.file, c.name).text))
		if len(r.Matches) > 0 {
			t.Errorf("%s: the patterns now read it (%s): pick a record they read as nothing", c.name, r.Matches[0].Entry.ID)
			continue
		}
		if r.Likely == nil || r.Likely.Entry.ID != c.want {
			t.Errorf("%s: guess %+v, want %s", c.name, r.Likely, c.want)
		}
	}
	// The same words in a text longer than maxGuessed get no guess: a
	// paste that long is a log, and its terms would cost memory in
	// proportion. Padded with spaces and full stops, which make no terms,
	// to the limit and one byte past it.
	retold := recordNamed(t, "testdata/heldout184-messages.txt", "Vorssaint 3.1.13 on Tahoe: doesn't start and says the file is damaged").text
	atLimit := retold + strings.Repeat(" ", maxGuessed-len(retold)-1) + "."
	if readsLike(atLimit) == nil {
		t.Errorf("a %d-byte text (the limit) got no guess", len(atLimit))
	}
	if g := readsLike(atLimit + "."); g != nil {
		t.Errorf("a %d-byte text guessed as %s", len(atLimit)+1, g.Entry.ID)
	}
	known := Analyze([]byte(`"Foo.app" is damaged and can't be opened. You should move it to the Trash.`))
	if len(known.Matches) == 0 || known.Likely != nil {
		t.Errorf("a known message: %d matches, guess %+v", len(known.Matches), known.Likely)
	}
	// A look-alike of another system whose words are close to a signing
	// failure's: Android's "App not installed".
	look := recordNamed(t, "testdata/heldout184-not-signing.txt", "Signal Android: App not installed as package appears to be invalid")
	if r := Analyze([]byte(look.text)); r.Likely != nil {
		t.Errorf("look-alike guessed as %s (%.2f)", r.Likely.Entry.ID, r.Likely.Score)
	}
}

// Every centroid of the shipped model names a catalogue entry or the
// look-alikes, so a guess always has a page that explains it.
func TestLikenessModelNamesCatalogueEntries(t *testing.T) {
	b, err := os.ReadFile("likeness.model")
	if err != nil {
		t.Fatal(err)
	}
	m, err := likeness.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range m.Labels {
		if l != likeness.LookAlike && Lookup(l) == nil {
			t.Errorf("centroid %q names no entry", l)
		}
	}
}
