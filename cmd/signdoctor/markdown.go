package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
)

// writeMarkdown prints the report for a pull-request comment or a GitHub
// Actions step summary: the verdicts first, then the findings grouped by
// the check that found them (one root cause, its title and fix once), most
// serious first. Text from the files is escaped: control characters
// visibly, Markdown and HTML so a file name cannot become a link, an image
// or markup, and no line starts with "::".
func writeMarkdown(w io.Writer, rep *report.Report, inputs int) error {
	var b strings.Builder
	errs, warns, infos := rep.Counts()
	fmt.Fprintf(&b, "## signdoctor: %s, %s, %s in %s\n\n",
		plural(errs, "error"), plural(warns, "warning"), plural(infos, "note"), plural(inputs, "file"))

	if len(rep.Verdicts) > 0 {
		b.WriteString("| Goal | Verdict | Because |\n| --- | --- | --- |\n")
		for _, v := range rep.Verdicts {
			because := make([]string, 0, len(v.Because))
			for _, id := range v.Because {
				because = append(because, mdCode(id))
			}
			why := strings.Join(because, ", ")
			if v.Needs != "" {
				if why != "" {
					why += "; "
				}
				why += "needs " + mdText(v.Needs)
			}
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mdText(string(v.Goal)), verdictMark(v.Status), why)
		}
		b.WriteString("\n")
	}

	if len(rep.Findings) == 0 {
		b.WriteString("No findings.\n")
	}
	// Groups in the report's order (severity, then subject), one per check.
	var order []string
	groups := map[string][]report.Finding{}
	for _, f := range rep.Findings {
		if _, ok := groups[f.ID]; !ok {
			order = append(order, f.ID)
		}
		groups[f.ID] = append(groups[f.ID], f)
	}
	for _, id := range order {
		fs := groups[id]
		title := ""
		var chk *analyzer.Check
		if chk = analyzer.Lookup(id); chk != nil {
			title = chk.Title
		}
		fmt.Fprintf(&b, "### %s %s %s", severityMark(fs[0].Severity), mdCode(id), safetext.Visible(title))
		if len(fs) > 1 {
			fmt.Fprintf(&b, " (%d)", len(fs))
		}
		b.WriteString("\n\n")
		perInput := map[string]int{}
		for _, f := range fs {
			in := inputOf(f, rep)
			perInput[in]++
			if n := perInput[in]; n > maxTextPerCheck {
				if n == maxTextPerCheck+1 {
					more := countGroup(rep, f.ID+"\x00"+in) - maxTextPerCheck
					fmt.Fprintf(&b, "- … and %d more on %s\n", more, mdCode(in))
				}
				continue
			}
			b.WriteString("- ")
			if f.Subject != "" {
				b.WriteString(mdCode(f.Subject) + ": ")
			}
			b.WriteString(mdText(oneLine(f.Message)))
			if f.Accepted != "" {
				b.WriteString(" *(accepted: " + mdText(oneLine(f.Accepted)) + ")*")
			}
			b.WriteString("\n")
			if f.Fix != "" {
				b.WriteString(mdIndentedBlock(f.Fix))
			}
		}
		b.WriteString("\n")
		if chk != nil && chk.Fix != "" {
			fmt.Fprintf(&b, "<details><summary>How to fix</summary>\n\n%s\n\n`signdoctor explain %s`\n</details>\n\n", safetext.Lines(chk.Fix), id)
		}
	}
	if p := rep.Policy; p != nil {
		fmt.Fprintf(&b, "Policy %s: %d accepted", mdCode(p.Config), p.Accepted)
		if len(p.Disabled) > 0 {
			ds := make([]string, len(p.Disabled))
			for i, d := range p.Disabled {
				ds[i] = mdCode(d)
			}
			fmt.Fprintf(&b, ", disabled %s", strings.Join(ds, ", "))
		}
		b.WriteString(".\n")
		for _, a := range p.Unused {
			fmt.Fprintf(&b, "- unused acceptance: %s on %s matched no finding; remove it if the problem is gone\n", mdCode(a.Check), mdCode(a.Subject))
		}
	}
	_, err := io.WriteString(w, noCommandLines(b.String()))
	return err
}

func verdictMark(s report.VerdictStatus) string {
	switch s {
	case report.Pass:
		return "✅ pass"
	case report.Fail:
		return "❌ fail"
	}
	return "❔ " + mdText(string(s))
}

func severityMark(s report.Severity) string {
	switch s {
	case report.Error:
		return "❌ error"
	case report.Warning:
		return "⚠️ warning"
	}
	return "ℹ️ note"
}

// mdText escapes text for Markdown: control characters visibly, HTML
// (GitHub renders some tags in summaries) as entities, and every Markdown
// character that opens markup with a backslash, so nothing from a file can
// open a link, an image, emphasis, a table cell or mention someone.
func mdText(s string) string {
	s = safetext.Visible(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '_', '[', ']', '!', '|', '~', '#', '@':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode puts text in a code span, with a fence longer than any run of
// backticks inside it: nothing inside is markup. (Only check IDs, which
// have no "|", go in table cells.)
func mdCode(s string) string {
	s = safetext.Visible(s)
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// mdIndentedBlock is a fenced code block inside a list item, for a fix
// command to copy.
func mdIndentedBlock(s string) string {
	s = safetext.Lines(s)
	fence := strings.Repeat("`", max(3, longestRun(s, '`')+1))
	var b strings.Builder
	b.WriteString("\n  " + fence + "\n")
	for _, line := range strings.Split(s, "\n") {
		b.WriteString("  " + line + "\n")
	}
	b.WriteString("  " + fence + "\n\n")
	return b.String()
}

func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// noCommandLines makes sure no line of the output starts with "::".
func noCommandLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = safetext.NoCommand(l)
	}
	return strings.Join(lines, "\n")
}
