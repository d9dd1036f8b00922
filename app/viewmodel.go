package app

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strconv"
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

// treeNode is one entry of a nested value (entitlements, generic facts) laid
// out for reading: a key with either a scalar value or children.
type treeNode struct {
	Key      string
	Value    string
	Children []treeNode
	// List marks children that are array elements (their keys are indexes).
	List bool
}

// toTree lays out a JSON-like value (maps, slices, scalars) as a tree. Map keys
// are sorted; lists of scalars stay one line when short.
func toTree(v any) []treeNode { return toTreeDepth(v, 0) }

// maxTreeDepth bounds nesting: a crafted share link or plist could nest
// thousands of levels, which no one reads.
const maxTreeDepth = 24

func toTreeDepth(v any, depth int) []treeNode {
	if depth > maxTreeDepth {
		return []treeNode{{Value: "(nested too deeply to show)"}}
	}
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]treeNode, 0, len(keys))
		for _, k := range keys {
			out = append(out, node(k, v[k], depth))
		}
		return out
	case []any:
		out := make([]treeNode, 0, len(v))
		for i, e := range v {
			key := fmt.Sprint(i + 1)
			if label := itemLabel(e); label != "" {
				key += " (" + label + ")"
			}
			out = append(out, node(key, e, depth))
		}
		return out
	}
	return []treeNode{{Value: scalarText(v)}}
}

// itemLabel names a list element by the field that tells elements apart
// (a slice's arch, a certificate's name), so "2 (arm64)" reads better than "2".
func itemLabel(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return ""
	}
	for _, k := range []string{"arch", "name", "common_name", "kind", "identifier", "hash"} {
		if s, ok := m[k].(string); ok && s != "" {
			return s
		}
	}
	return ""
}

func node(key string, v any, depth int) treeNode {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			return treeNode{Key: key, Value: "(empty)"}
		}
		return treeNode{Key: key, Children: toTreeDepth(x, depth+1)}
	case []any:
		if len(x) == 0 {
			return treeNode{Key: key, Value: "(none)"}
		}
		if line, ok := scalarLine(x); ok {
			return treeNode{Key: key, Value: line}
		}
		return treeNode{Key: key, Children: toTreeDepth(x, depth+1), List: true}
	}
	return treeNode{Key: key, Value: scalarText(v)}
}

// scalarLine joins a short list of scalars with commas.
func scalarLine(list []any) (string, bool) {
	parts := make([]string, 0, len(list))
	n := 0
	for _, e := range list {
		switch e.(type) {
		case map[string]any, []any:
			return "", false
		}
		s := scalarText(e)
		n += len(s) + 2
		parts = append(parts, s)
	}
	if n > 120 {
		return "", false
	}
	return strings.Join(parts, ", "), true
}

func scalarText(v any) string {
	switch x := v.(type) {
	case nil:
		return "—"
	case bool:
		if x {
			return "yes"
		}
		return "no"
	case string:
		// Dates come through JSON as RFC 3339 text: show them as every
		// other date on the page.
		if len(x) >= 20 && len(x) <= 40 && x[4] == '-' && x[10] == 'T' {
			if t, err := time.Parse(time.RFC3339Nano, x); err == nil {
				return formatDate(t)
			}
		}
		return x
	case float64:
		if x == float64(int64(x)) {
			return fmt.Sprint(int64(x))
		}
		return fmt.Sprint(x)
	case time.Time:
		return formatDate(x)
	case []byte:
		return fmt.Sprintf("%d bytes", len(x))
	}
	return fmt.Sprint(v)
}

// factsTree lays out the facts of any artifact kind by their JSON field names,
// so a kind the page has no special card for still shows everything it says.
// Keys are the JSON names, the same ones the CLI prints.
func factsTree(f report.Facts) []treeNode { return layoutFacts(f).Tree }

// rawValues are the JSON scalars of a facts value, as text, by field name
// (objects and lists are left out).
func rawValues(f report.Facts) map[string]string { return layoutFacts(f).Raw }

// factsView is a facts value as the page lays it out; the components only
// read it.
type factsView struct {
	Tree []treeNode
	Raw  map[string]string
}

// laidOut is v when the facts were laid out before the render, else f laid
// out now.
func laidOut(v *factsView, f report.Facts) factsView {
	if v != nil {
		return *v
	}
	return layoutFacts(f)
}

// layoutFacts makes a facts value's view with one JSON round trip.
func layoutFacts(f report.Facts) factsView {
	v := factsView{Raw: map[string]string{}}
	if f == nil {
		return v
	}
	b, err := json.Marshal(f)
	if err != nil {
		v.Tree = []treeNode{{Key: "error", Value: err.Error()}}
		return v
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		v.Tree = []treeNode{{Key: "error", Value: err.Error()}}
		return v
	}
	v.Tree = toTree(m)
	for k, x := range m {
		switch x := x.(type) {
		case string:
			v.Raw[k] = x
		case bool:
			v.Raw[k] = strconv.FormatBool(x)
		case float64:
			v.Raw[k] = scalarText(x)
		}
	}
	return v
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

// checkPath is the page of a check, relative to the site root.
// The ID is escaped: an ID read from a share link ("../#report=…") stays one
// path segment under /checks.
func checkPath(id string) string { return "/checks/" + url.PathEscape(id) }

// kindWords name the input kinds as a person drops them, from the
// analyzer's table of kinds.
var kindWords = func() map[analyzer.Kind]string {
	m := map[analyzer.Kind]string{}
	for _, k := range analyzer.Kinds() {
		m[k.Kind] = k.Plural + " (" + k.Forms + ")"
	}
	return m
}()

// droppableKinds lists, for the page's lead, the kinds a file can be
// dropped as (pasted text has its own box).
var droppableKinds = analyzer.KindList(func(k analyzer.KindInfo) string {
	if k.Kind == analyzer.KindText {
		return ""
	}
	return k.Plural
}, "or")

// areaNeeds says what a check that runs on any input really looks at, by its
// area: a profile check also reads the profiles embedded in an archive, so
// it is registered for any input, but it looks at profiles.
var areaNeeds = map[string]string{
	"profile": "provisioning profiles, dropped alone or embedded in an .ipa or app",
	"ent":     "entitlements: entitlements files and the entitlements signed into binaries, against the provisioning profiles given (also inside an .ipa or app)",
	"macho":   "Mach-O binaries, dropped alone or inside an .ipa or app",
	"bundle":  "app archives (.ipa, zipped .app)",
	"cert":    "certificates, dropped alone or carried by profiles and signatures",
	"notary":  "notary logs",
	"text":    "pasted text",
	"req":     "code signatures, against the requirement given",
}

// checkArea is the prefix of a check ID: profile, ent, macho …
func checkArea(id string) string {
	a, _, _ := strings.Cut(id, "-")
	return a
}

// needsText lists the input kinds a check needs, in words.
func needsText(c *analyzer.Check) string {
	parts := make([]string, 0, len(c.Needs))
	for _, k := range c.Needs {
		if k == analyzer.KindAny {
			if w := areaNeeds[checkArea(c.ID)]; w != "" {
				parts = append(parts, w)
			} else {
				parts = append(parts, "any file")
			}
			continue
		}
		if w := kindWords[k]; w != "" {
			parts = append(parts, w)
			continue
		}
		parts = append(parts, string(k))
	}
	return strings.Join(parts, "; ")
}
