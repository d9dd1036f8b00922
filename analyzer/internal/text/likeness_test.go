package text

import (
	"os"
	"strings"
	"testing"
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
	m, err := parseLikeness(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range m.labels {
		if l != lookAlikeLabel && Lookup(l) == nil {
			t.Errorf("centroid %q names no entry", l)
		}
	}
}

func TestParseLikenessRejectsDamagedModels(t *testing.T) {
	good := "likeness 1 3\nt\tdamaged\t5\nt\tkilled\t4\nc\ttext-gatekeeper-damaged\t0:1\nc\tnone\t1:1\n"
	m, err := parseLikeness([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if id, score := m.nearest("it says the app is damaged"); id != "text-gatekeeper-damaged" || score <= 0 || score > 1 {
		t.Errorf("nearest: %s %.2f", id, score)
	}
	if id, _ := m.nearest("killed"); id != lookAlikeLabel {
		t.Errorf("nearest of a look-alike's word: %s", id)
	}
	if id, score := m.nearest("!!"); id != lookAlikeLabel || score != 0 {
		t.Errorf("no words: %s %.2f", id, score)
	}
	for name, bad := range map[string]string{
		"empty":           "",
		"other header":    "likeness 2 3\nc\tnone\t\n",
		"rest weight":     "likeness 1 1e9\nt\ta\t1\nc\tnone\t0:1\n",
		"term weight":     "likeness 1 3\nt\ta\t-1\nc\tnone\t0:1\n",
		"index past end":  "likeness 1 3\nt\ta\t1\nc\tnone\t1:1\n",
		"weight over one": "likeness 1 3\nt\ta\t1\nc\tnone\t0:2\n",
		"no centroid":     "likeness 1 3\nt\ta\t1\n",
		"unknown line":    "likeness 1 3\nx\ta\t1\nc\tnone\t0:1\n",
		"long centroid":   "likeness 1 3\nt\ta\t1\nc\tnone\t" + strings.Repeat("0:1,", maxLikenessPerLine) + "0:1\n",
	} {
		if _, err := parseLikeness([]byte(bad)); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}

func FuzzParseLikeness(f *testing.F) {
	f.Add([]byte("likeness 1 3\nt\tdamaged\t5\nc\ttext-gatekeeper-damaged\t0:1\n"))
	f.Add([]byte("likeness 1 3\nt\ta b\t1\nt\tc\t2\nc\tnone\t0:0.5,1:0.5\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseLikeness(b)
		if err != nil {
			return
		}
		if _, score := m.nearest("the app is damaged and can't be opened"); score < 0 || score > 1e6 {
			t.Fatalf("score %v", score)
		}
	})
}
