package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
)

// diffOutput is what `signdoctor diff --format json` prints.
type diffOutput struct {
	A string `json:"a"`
	B string `json:"b"`
	// Identical is true when every compared artifact is unchanged and
	// neither file has an artifact the other lacks.
	Identical   bool             `json:"identical"`
	Comparisons []diffComparison `json:"comparisons"`
	// Artifacts found in only one of the two files (a bundle in A, a
	// profile in B), by kind and name.
	OnlyInA []diffArtifactRef `json:"only_in_a,omitempty"`
	OnlyInB []diffArtifactRef `json:"only_in_b,omitempty"`
}

type diffComparison struct {
	Kind string `json:"kind"`
	A    string `json:"a"`
	B    string `json:"b"`
	// Comparable is false for kinds the comparison does not cover (pasted
	// text, notary logs); Changes is then empty.
	Comparable bool                  `json:"comparable"`
	Changes    []analyzer.DiffChange `json:"changes"`
}

type diffArtifactRef struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
}

func runDiff(e *env, args []string) int {
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "text", "output format: text or json")
	now := fs.String("now", "", "judge dates (expired or not) as of this time (RFC 3339, or YYYY-MM-DD) instead of now")
	width := fs.Int("width", terminalWidth(), "text output: the width the side-by-side columns fill")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, `Usage: signdoctor diff [flags] A B

Compares two versions of an artifact (two binaries, two provisioning profiles,
two entitlements files, two certificates, two bundles or archives): what
changed in entitlements, flags, team, certificates, hash types, requirements,
devices and dates, A being the old version and B the new one. Artifacts of the
same kind are paired, in the order the files hold them.
Exit status: 0 no differences, 1 differences, 2 could not compare.

Flags:
`)
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(paths) != 2 {
		fmt.Fprintf(e.stderr, "signdoctor diff: want two files (old and new), got %d\n", len(paths))
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "signdoctor diff: unknown format %q (want text or json)\n", *format)
		return exitUsage
	}
	var opts analyzer.Options
	if *now != "" {
		t, err := parseNow(*now)
		if err != nil {
			fmt.Fprintf(e.stderr, "signdoctor diff: --now: %v\n", err)
			return exitUsage
		}
		opts.Now = t
	}

	files, closeAll, err := openInputs(e.stdin, paths)
	defer closeAll()
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor diff: %v\n", err)
		return exitUsage
	}
	// Each file is analysed on its own: together they would be one case, and
	// the artifacts of one would be judged against the other.
	var reps [2]*report.Report
	for i, f := range files {
		rep, err := analyzer.Analyze(context.Background(), []analyzer.File{f}, opts)
		if err != nil {
			fmt.Fprintf(e.stderr, "signdoctor diff: %v\n", err)
			return exitUsage
		}
		if len(rep.Artifacts) == 0 {
			fmt.Fprintf(e.stderr, "signdoctor diff: %s: nothing to compare, it was not read as any artifact:\n", f.Name)
			writeText(e.stderr, rep, false)
			return exitUsage
		}
		reps[i] = rep
	}

	out := compareReports(files[0].Name, files[1].Name, reps[0].Artifacts, reps[1].Artifacts)
	if len(out.Comparisons) == 0 {
		fmt.Fprintf(e.stderr, "signdoctor diff: %s (%s) and %s (%s) hold nothing of one kind to compare\n",
			out.A, kindList(out.OnlyInA), out.B, kindList(out.OnlyInB))
		return exitUsage
	}
	if !anyComparable(out.Comparisons) {
		fmt.Fprintf(e.stderr, "signdoctor diff: %s artifacts are not compared (binaries, profiles, entitlements, certificates and bundles are)\n", out.Comparisons[0].Kind)
		return exitUsage
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(e.stderr, "signdoctor diff: writing the comparison: %v\n", err)
			return exitUsage
		}
	} else {
		writeDiffText(e.stdout, out, *width)
	}
	if out.Identical {
		return exitOK
	}
	return exitFindings
}

// compareReports pairs the artifacts of one kind, in order, and compares
// each pair.
func compareReports(nameA, nameB string, a, b []report.Artifact) diffOutput {
	out := diffOutput{A: nameA, B: nameB, Identical: true, Comparisons: []diffComparison{}}
	usedB := make([]bool, len(b))
	for _, x := range a {
		j := -1
		for k, y := range b {
			if !usedB[k] && y.Kind == x.Kind {
				j = k
				break
			}
		}
		if j < 0 {
			out.OnlyInA = append(out.OnlyInA, diffArtifactRef{x.Kind, x.Name})
			out.Identical = false
			continue
		}
		usedB[j] = true
		res := analyzer.Diff(x, b[j])
		c := diffComparison{Kind: x.Kind, A: x.Name, B: b[j].Name, Comparable: res.Comparable, Changes: res.Changes}
		if c.Changes == nil {
			c.Changes = []analyzer.DiffChange{}
		}
		if len(c.Changes) > 0 {
			out.Identical = false
		}
		out.Comparisons = append(out.Comparisons, c)
	}
	for k, y := range b {
		if !usedB[k] {
			out.OnlyInB = append(out.OnlyInB, diffArtifactRef{y.Kind, y.Name})
			out.Identical = false
		}
	}
	return out
}

func anyComparable(cs []diffComparison) bool {
	for _, c := range cs {
		if c.Comparable {
			return true
		}
	}
	return false
}

// terminalWidth is $COLUMNS when the shell exports it, 100 otherwise.
func terminalWidth() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= 40 {
		return n
	}
	return 100
}

func kindList(refs []diffArtifactRef) string {
	var kinds []string
	for _, r := range refs {
		kinds = append(kinds, r.Kind)
	}
	return strings.Join(kinds, ", ")
}

// writeDiffText prints each comparison as a table: the fact, its value in A
// and in B side by side, long values wrapped within their column. Changes
// are grouped under the place they are in (a slice, a path in a bundle).
func writeDiffText(w io.Writer, out diffOutput, width int) {
	for i, c := range out.Comparisons {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: %s -> %s\n", c.Kind, terminalSafe(c.A), terminalSafe(c.B))
		switch {
		case !c.Comparable:
			fmt.Fprintf(w, "  (%s artifacts are not compared)\n", c.Kind)
			continue
		case len(c.Changes) == 0:
			fmt.Fprintln(w, "  no differences")
			continue
		}
		writeChangeTable(w, c.Changes, width)
	}
	for _, r := range out.OnlyInA {
		fmt.Fprintf(w, "\nonly in %s: %s %s\n", terminalSafe(out.A), r.Kind, terminalSafe(r.Name))
	}
	for _, r := range out.OnlyInB {
		fmt.Fprintf(w, "\nonly in %s: %s %s\n", terminalSafe(out.B), r.Kind, terminalSafe(r.Name))
	}
}

// absent stands for a value one side does not have.
const absent = "-"

func writeChangeTable(w io.Writer, changes []analyzer.DiffChange, width int) {
	// Group by place, in the order places first appear.
	var places []string
	byPlace := map[string][]analyzer.DiffChange{}
	for _, ch := range changes {
		if _, ok := byPlace[ch.Where]; !ok {
			places = append(places, ch.Where)
		}
		byPlace[ch.Where] = append(byPlace[ch.Where], ch)
	}

	const indent, gap = 2, 2
	fieldW := len("FIELD")
	for _, ch := range changes {
		fieldW = max(fieldW, utf8.RuneCountInString(terminalSafe(ch.Field)))
	}
	fieldW = min(fieldW, max(40, width/2))
	valueW := max((width-indent-fieldW-2*gap)/2, 16)

	// Keys and values come from the files: escaped before they are
	// measured and wrapped, so a control character can neither act on the
	// terminal nor break the columns.
	row := func(field, oldV, newV string) {
		field, oldV, newV = terminalSafe(field), terminalSafe(oldV), terminalSafe(newV)
		fieldLines, oldLines, newLines := wrapColumn(field, fieldW), wrapColumn(oldV, valueW), wrapColumn(newV, valueW)
		for i := 0; i < max(len(fieldLines), len(oldLines), len(newLines)); i++ {
			line := strings.Repeat(" ", indent) + pad(at(fieldLines, i), fieldW+gap) + pad(at(oldLines, i), valueW+gap) + at(newLines, i)
			fmt.Fprintln(w, safetext.NoCommand(strings.TrimRight(line, " ")))
		}
	}
	row("FIELD", "A (old)", "B (new)")
	for _, p := range places {
		if p != "" {
			fmt.Fprintf(w, "  [%s]\n", terminalSafe(p))
		}
		for _, ch := range byPlace[p] {
			oldV, newV := ch.Old, ch.New
			switch ch.Kind {
			case analyzer.DiffAdded:
				oldV = absent
			case analyzer.DiffRemoved:
				newV = absent
			}
			row(ch.Field, oneLine(oldV), oneLine(newV))
			if ch.Note != "" {
				for _, l := range wrapColumn(ch.Note, max(width-2*indent, 40)) {
					fmt.Fprintln(w, strings.Repeat(" ", 2*indent)+strings.TrimSpace(l))
				}
			}
		}
	}
}

func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// wrapColumn cuts s into lines of at most n runes, after a space or comma where
// one is near the end of a line, anywhere otherwise (a certificate hash).
func wrapColumn(s string, n int) []string {
	r := []rune(s)
	var lines []string
	for len(r) > n {
		cut := n
		for k := n; k > n*2/3; k-- {
			if r[k-1] == ' ' || r[k-1] == ',' {
				cut = k
				break
			}
		}
		lines = append(lines, strings.TrimRight(string(r[:cut]), " "))
		r = r[cut:]
		for len(r) > 0 && r[0] == ' ' {
			r = r[1:]
		}
	}
	if len(r) > 0 || len(lines) == 0 {
		lines = append(lines, string(r))
	}
	return lines
}
