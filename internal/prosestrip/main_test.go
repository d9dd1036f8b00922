package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
)

func TestStripLeavesOutWordsOnly(t *testing.T) {
	src := `package p

var a = &Check{ID: "a-b", Title: "Kept", Doc: "gone " + "too", Fix: lead + "gone", Run: run}

var list = []*Entry{{ID: "e", Meaning: "gone", Causes: []string{"one", "two", made()}, Fix: fmt.Sprintf("%s", x)}}

func f(doc string) *Check { return &Check{Doc: doc, Fix: "gone"} }

const lead = "x"
`
	got, n, err := strip("p.go", []byte(src), "Check", []string{"Doc", "Fix"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(got)
	for _, want := range []string{`Title: "Kept"`, `Doc: ""`, `Fix: ""`, `Doc: doc`, `Meaning: "gone"`} {
		if !strings.Contains(s, want) {
			t.Errorf("stripped Check source lacks %s:\n%s", want, s)
		}
	}
	if strings.Count(s, `"gone"`) != 1 || n == 0 {
		t.Errorf("removed %d bytes; left:\n%s", n, s)
	}
	got, _, err = strip("p.go", []byte(src), "Entry", []string{"Meaning", "Causes", "Fix"})
	if err != nil {
		t.Fatal(err)
	}
	s = string(got)
	for _, want := range []string{`Causes: []string{"", "", made()}`, `Meaning: ""`, `Fix: fmt.Sprintf("%s", x)`, `Doc: "gone " + "too"`} {
		if !strings.Contains(s, want) {
			t.Errorf("stripped Entry source lacks %s:\n%s", want, s)
		}
	}
}

// TestStrippedBuildGetsEveryWordBack builds the analyzer's tests as
// app.wasm is built, without the words, and runs the one that puts them
// back from this (full) build's Prose.
func TestStrippedBuildGetsEveryWordBack(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the analyzer again (-short)")
	}
	dir := t.TempDir()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	n, err := writeOverlay(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	if n < 100_000 {
		t.Errorf("only %d bytes of prose left out", n)
	}
	prose := filepath.Join(dir, "prose.json")
	if err := os.WriteFile(prose, analyzer.Prose(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "test", "-count=1", "-overlay", filepath.Join(dir, "overlay.json"), "-run", "^TestUseProseRestoresTheStrippedBuild$", "-v", "./analyzer")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "SIGNDOCTOR_PROSE_FILE="+prose)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestUseProseRestoresTheStrippedBuild") {
		t.Fatalf("the stripped build did not get its words back (%v):\n%s", err, out)
	}
}
