package app

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The functions in this file turn a report into what the page shows. They are
// plain Go so that native tests cover them; the components only lay them out.

// findingView is a finding with its check's documentation attached.
type findingView struct {
	report.Finding
	Title string // the check's title, or the ID when the check is unknown
	Doc   string // why it fails
	Fix   string // the check's general fix
	// Index is the finding's place in the report, which names its element
	// on the page (findingAnchor).
	Index int
}

// subjectGroup is every finding about one subject, most serious first.
type subjectGroup struct {
	Subject  string
	Worst    report.Severity
	Findings []findingView
}

// groupFindings groups findings by subject. Groups are ordered by their most
// serious finding, then by subject; inside a group findings are ordered by
// severity, then ID, then message, so the page reads the same on every run.
func groupFindings(findings []report.Finding) []subjectGroup {
	bySubject := map[string]*subjectGroup{}
	var order []*subjectGroup
	for i, f := range findings {
		g := bySubject[f.Subject]
		if g == nil {
			g = &subjectGroup{Subject: f.Subject, Worst: f.Severity}
			bySubject[f.Subject] = g
			order = append(order, g)
		}
		if f.Severity.Rank() < g.Worst.Rank() {
			g.Worst = f.Severity
		}
		v := describeFinding(f)
		v.Index = i
		g.Findings = append(g.Findings, v)
	}
	out := make([]subjectGroup, 0, len(order))
	for _, g := range order {
		sort.SliceStable(g.Findings, func(i, j int) bool {
			a, b := g.Findings[i], g.Findings[j]
			if a.Severity.Rank() != b.Severity.Rank() {
				return a.Severity.Rank() < b.Severity.Rank()
			}
			if a.ID != b.ID {
				return a.ID < b.ID
			}
			return a.Message < b.Message
		})
		out = append(out, *g)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Worst.Rank() != out[j].Worst.Rank() {
			return out[i].Worst.Rank() < out[j].Worst.Rank()
		}
		return out[i].Subject < out[j].Subject
	})
	return out
}

func describeFinding(f report.Finding) findingView {
	v := findingView{Finding: f, Title: f.ID}
	if c := analyzer.Lookup(f.ID); c != nil {
		v.Title, v.Doc, v.Fix = c.Title, c.Doc, c.Fix
	}
	return v
}

// countsText says how many findings of each kind there are, in words.
func countsText(errors, warnings, infos int) string {
	if errors+warnings+infos == 0 {
		return "No problems found"
	}
	return fmt.Sprintf("%s, %s, %s",
		plural(errors, "error", "errors"),
		plural(warnings, "warning", "warnings"),
		plural(infos, "note", "notes"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// daysLeft says how far a date is from now in whole days, the way a person
// reads an expiry date: "expires in 12 days", "expired 3 days ago".
func daysLeft(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := t.Sub(now)
	days := int(d.Hours() / 24)
	switch {
	case d < 0 && days == 0:
		return "expired today"
	case d < 0:
		return "expired " + plural(-days, "day", "days") + " ago"
	case days == 0:
		return "expires today"
	default:
		return "expires in " + plural(days, "day", "days")
	}
}

// formatDate prints a date the same way everywhere on the page.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// textSegment is a run of a fix text: plain words or a command the user can
// copy (written between backticks in the check's Fix).
type textSegment struct {
	Text string
	Code bool
}

// splitCode cuts a text at backticks, so commands render as code with a copy
// button. An unmatched backtick is kept as plain text.
func splitCode(s string) []textSegment {
	var out []textSegment
	for s != "" {
		i := strings.IndexByte(s, '`')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+1:], '`')
		if j < 0 {
			break
		}
		if i > 0 {
			out = append(out, textSegment{Text: s[:i]})
		}
		if code := s[i+1 : i+1+j]; code != "" {
			out = append(out, textSegment{Text: code, Code: true})
		}
		s = s[i+1+j+1:]
	}
	if s != "" {
		out = append(out, textSegment{Text: s})
	}
	return out
}

// normalizeDevice cleans up a device ID as people paste it: surrounding
// spaces and quotes go, case is ignored.
func normalizeDevice(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, `"'<>`)
	return strings.ToLower(strings.TrimSpace(s))
}

// deviceListed says whether the profile lists the device ID.
func deviceListed(ids []string, query string) bool {
	q := normalizeDevice(query)
	if q == "" {
		return false
	}
	for _, id := range ids {
		if normalizeDevice(id) == q {
			return true
		}
	}
	return false
}

// findingKey identifies a finding for comparing two runs.
func findingKey(f report.Finding) string {
	return f.ID + "\x00" + f.Subject + "\x00" + f.Message
}

// addedFindings returns the findings of after that before does not have: what
// asking about a device added to the analysis.
func addedFindings(before, after []report.Finding) []report.Finding {
	seen := make(map[string]bool, len(before))
	for _, f := range before {
		seen[findingKey(f)] = true
	}
	var out []report.Finding
	for _, f := range after {
		if !seen[findingKey(f)] {
			out = append(out, f)
		}
	}
	return out
}

// filesFor picks the dropped files an artifact came from: the one named like
// the artifact, or the archive whose name prefixes it ("App.ipa: Payload/…").
// When none matches, all files are used.
func filesFor(artifact string, files []analyzer.File) []analyzer.File {
	var out []analyzer.File
	for _, f := range files {
		if artifact == f.Name || strings.HasPrefix(artifact, f.Name+":") || strings.HasPrefix(artifact, f.Name+"/") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return files
	}
	return out
}

// unrecognized returns the findings that say a file was not understood, so the
// page can say so next to the drop zone and not only in the list.
func unrecognized(findings []report.Finding) []report.Finding {
	var out []report.Finding
	for _, f := range findings {
		if f.ID == "input-unrecognized" {
			out = append(out, f)
		}
	}
	return out
}

// percent is done/total as a whole percentage, clamped to 0..100.
func percent(done, total int64) int {
	if total <= 0 || done <= 0 {
		return 0
	}
	if done >= total {
		return 100
	}
	return int(done * 100 / total)
}

// overallPercent is how far the whole run is: inputs before this one count as
// done, this one by its own done/total (inputs report progress in their own
// units, so each input weighs the same).
func overallPercent(index, count int, done, total int64) int {
	if count <= 0 {
		return 0
	}
	if index < 0 {
		index = 0
	}
	return (index*100 + percent(done, total)) / count
}

// indexOf is the position of name in names, or -1.
func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}
