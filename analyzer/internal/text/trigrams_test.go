package text

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The set of sequences only ever skips keywords that occur nowhere: over a
// large text of real messages (held-out rounds' files joined), every
// pattern of the catalogue finds the same matches with it as without it.
func TestTrigramsChangeNoMatch(t *testing.T) {
	files, err := filepath.Glob("testdata/heldout21*-messages.txt")
	if err != nil || len(files) < 5 {
		t.Fatalf("held-out files: %v (%d)", err, len(files))
	}
	var b strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(raw)
	}
	doc := normalise([]byte(b.String()))
	lower := asciiLower(doc.text)
	grams := newTrigrams(lower)
	if grams == nil {
		t.Fatalf("%d bytes made no set (trigramsFrom %d)", len(lower), trigramsFrom)
	}
	patterns, skipped, found := 0, 0, 0
	for _, e := range catalogue {
		for _, p := range e.patterns {
			full, filtered := scanBudget, scanBudget
			want := p.findAll(doc.text, lower, nil, &full)
			got := p.findAll(doc.text, lower, grams, &filtered)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %q: %d matches with the set, %d without", e.ID, p.keyword, len(got), len(want))
			}
			patterns++
			found += len(want)
			if len(grams.present(p.keywords())) == 0 {
				skipped++
			}
		}
	}
	t.Logf("%d bytes, %d patterns: %d skipped without a scan, %d matches found either way", len(lower), patterns, skipped, found)
	if skipped == 0 || found == 0 {
		t.Error("the test proves nothing: no pattern was skipped, or none matched")
	}
}

func TestTrigramsMayContain(t *testing.T) {
	text := strings.Repeat("CompileSwift normal arm64 (in target 'App')\n", trigramsFrom/40)
	g := newTrigrams(asciiLower(text))
	for kw, want := range map[string]bool{"compileswift": true, "arm64 (in": true, "ab": true, "errsecinternalcomponent": false, "target 'app'": true, "target 'apq'": false} {
		if got := g.mayContain(kw); got != want {
			t.Errorf("mayContain(%q) = %v, want %v", kw, got, want)
		}
	}
	if newTrigrams("short text") != nil {
		t.Error("a short text got a set")
	}
}
