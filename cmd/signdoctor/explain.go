package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/signdoctor/signdoctor/analyzer"
)

// runExplain prints one check's page, the same text the web app's /checks/ID
// page shows, generated from the registry.
func runExplain(e *env, args []string) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "Usage: signdoctor explain ID\n\nPrints why a check fails and how to fix it. \"signdoctor checks\" lists the IDs.\n")
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	id := strings.ToLower(strings.TrimSpace(fs.Arg(0)))
	// Accept the bracketed form copied from text output: [profile-expired].
	id = strings.Trim(id, "[]")
	c := analyzer.Lookup(id)
	if c == nil {
		fmt.Fprintf(e.stderr, "signdoctor explain: no check has the ID %q\n", id)
		if near := closeMatches(id, 5); len(near) > 0 {
			fmt.Fprintf(e.stderr, "Did you mean:\n")
			for _, n := range near {
				fmt.Fprintf(e.stderr, "  %s\n", n)
			}
		} else {
			fmt.Fprintf(e.stderr, "Run \"signdoctor checks\" to list them.\n")
		}
		return exitUsage
	}
	writeExplain(e.stdout, c)
	return exitOK
}

func writeExplain(w io.Writer, c *analyzer.Check) {
	fmt.Fprintf(w, "%s (%s)\n", c.ID, c.Severity)
	fmt.Fprintf(w, "%s\n\n", c.Title)
	fmt.Fprintf(w, "Why:\n%s\n\n", wrap(c.Doc, 78, "  "))
	fmt.Fprintf(w, "Fix:\n%s\n\n", wrap(c.Fix, 78, "  "))
	needs := make([]string, 0, len(c.Needs))
	for _, k := range c.Needs {
		needs = append(needs, string(k))
	}
	fmt.Fprintf(w, "Looks at: %s\n", strings.Join(needs, ", "))
	fmt.Fprintf(w, "Web page: /checks/%s\n", c.ID)
}

// wrap fills text to width columns with an indent, keeping paragraph breaks.
func wrap(text string, width int, indent string) string {
	var out []string
	for _, para := range strings.Split(text, "\n\n") {
		line := indent
		for _, word := range strings.Fields(para) {
			if len(line) > len(indent) && len(line)+1+len(word) > width {
				out = append(out, line)
				line = indent
			}
			if len(line) > len(indent) {
				line += " "
			}
			line += word
		}
		out = append(out, line, "")
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

// closeMatches returns up to n check IDs near id: those that contain it or
// that it contains, then those within a small edit distance.
func closeMatches(id string, n int) []string {
	type scored struct {
		id    string
		score int
	}
	var cands []scored
	for _, c := range analyzer.Checks() {
		d := editDistance(id, c.ID)
		switch {
		case id != "" && (strings.Contains(c.ID, id) || strings.Contains(id, c.ID)):
			d = 0
		case d > max(3, len(id)/3):
			continue
		}
		cands = append(cands, scored{c.ID, d})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score < cands[j].score })
	var out []string
	for i := 0; i < len(cands) && i < n; i++ {
		out = append(out, cands[i].id)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// runChecks lists every check: ID, severity and title.
func runChecks(e *env, args []string) int {
	if len(args) > 0 {
		fmt.Fprintln(e.stderr, "Usage: signdoctor checks")
		return exitUsage
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, c := range analyzer.Checks() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", c.ID, c.Severity, c.Title)
	}
	tw.Flush()
	return exitOK
}
