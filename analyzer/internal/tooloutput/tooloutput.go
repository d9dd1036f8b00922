// Package tooloutput reads what Apple's command-line tools print, as people
// paste it: `codesign -dvvv` (with `--entitlements -` and `-r-`),
// `codesign --verify`, `spctl -a`, `pkgutil --check-signature`,
// `security find-identity`, `security cms -D` (a decoded profile),
// `stapler validate` and `xcrun notarytool info` / `log`. Each recognised
// block becomes a Section holding its fields under the names the tool prints.
//
// The formats are those of the tools' real output (codesign's field lines are
// Apple's cs_dump `note(…)` formats); nothing here guesses at a format no tool
// prints. Everything is bounded: the input is cut at MaxInput, at most
// MaxSections sections and MaxItems items per list are kept, and values are
// cut at MaxValue bytes, so no paste can make Parse slow or large.
package tooloutput

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Limits.
const (
	MaxInput    = 1 << 20
	MaxSections = 32
	MaxItems    = 64
	MaxValue    = 1024
	// maxBlock bounds an embedded property list or JSON document.
	maxBlock = 512 << 10
)

// Tool names a recognised output.
type Tool string

const (
	CodesignDisplay Tool = "codesign -d"
	CodesignVerify  Tool = "codesign --verify"
	Spctl           Tool = "spctl --assess"
	Pkgutil         Tool = "pkgutil --check-signature"
	FindIdentity    Tool = "security find-identity"
	CMSProfile      Tool = "security cms -D"
	Stapler         Tool = "stapler validate"
	NotarytoolInfo  Tool = "notarytool info"
	NotarytoolLog   Tool = "notarytool log"
)

// Field is one line of output as the tool printed it: Apple's name and the value.
type Field struct {
	Name  string
	Value string
}

// Section is one tool's output found in the text.
type Section struct {
	Tool Tool
	// Command is the command line pasted above the output, when there is one.
	Command string
	// Start and End are the 1-based lines the section covers, inclusive
	// (the command line included).
	Start, End int
	// Facts is true when every line of the section is a fact that Section
	// holds, so a reader of error messages should skip those lines; false
	// for outputs made of messages (codesign --verify, spctl, stapler,
	// notarytool), whose lines are still messages to explain.
	Facts bool
	// Fields are the "Name=Value" / "Name: value" lines in order.
	Fields []Field

	Display    *Display
	Verify     *Verify
	Assessment *Assessment
	Package    *Package
	Identities *Identities
	// Block is the embedded document: the decoded profile's XML (CMSProfile)
	// or the notary log's JSON (NotarytoolLog).
	Block   []byte
	Stapler *StaplerResult
	// Status is notarytool's submission status (NotarytoolInfo).
	Status string
}

// Output is every section found.
type Output struct {
	Sections []Section
	// Truncated: the input was longer than MaxInput, or had more than
	// MaxSections sections.
	Truncated bool
}

// Field returns the first value of the named field.
func (s *Section) Field(name string) (string, bool) {
	for _, f := range s.Fields {
		if f.Name == name {
			return f.Value, true
		}
	}
	return "", false
}

func (s *Section) addField(name, value string) {
	if len(s.Fields) < 4*MaxItems {
		s.Fields = append(s.Fields, Field{clip(name), clip(value)})
	}
}

// clip cuts a value at MaxValue bytes on a character boundary.
func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= MaxValue {
		return s
	}
	s = s[:MaxValue]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// line is one input line with quote markers and the indentation removed.
type line struct {
	raw  string // as in the input, without the line end
	text string // quote markers ("> ") and surrounding blanks removed
}

func splitLines(b []byte) []line {
	var out []line
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		var l []byte
		if i < 0 {
			l, b = b, nil
		} else {
			l, b = b[:i], b[i+1:]
		}
		raw := strings.TrimSuffix(string(l), "\r")
		out = append(out, line{raw: raw, text: unquote(raw)})
	}
	return out
}

// unquote removes Markdown / e-mail quote markers and blanks.
func unquote(s string) string {
	t := strings.TrimSpace(s)
	for i := 0; i < 4 && strings.HasPrefix(t, ">"); i++ {
		t = strings.TrimSpace(t[1:])
	}
	return t
}

// Parse finds every tool output in b.
func Parse(b []byte) *Output {
	out := &Output{}
	if len(b) > MaxInput {
		b = b[:MaxInput]
		out.Truncated = true
	}
	lines := splitLines(b)
	p := &parser{lines: lines, out: out, cmdAt: -1}
	p.run()
	return out
}

type parser struct {
	lines []line
	out   *Output
	// cmd is the last command line seen and cmdAt its index, until a
	// section takes it.
	cmd   string
	cmdAt int
}

// sectionFunc tries to read a section starting at line i; it returns the
// index after its last line, or i when nothing was read.
type sectionFunc func(p *parser, i int, s *Section) int

// readers are tried in order at every line.
var readers = []struct {
	tool Tool
	read sectionFunc
}{
	{CodesignDisplay, readDisplay},
	{FindIdentity, readIdentities},
	{Pkgutil, readPackage},
	{Spctl, readAssessment},
	{CodesignVerify, readVerify},
	{Stapler, readStapler},
	{NotarytoolInfo, readSubmission},
	{CMSProfile, readPlistBlock},
	{NotarytoolLog, readJSONBlock},
}

func (p *parser) run() {
	for i := 0; i < len(p.lines); {
		if c, ok := commandLine(p.lines[i].text); ok {
			p.cmd, p.cmdAt = c, i
			i++
			continue
		}
		next := i
		for _, r := range readers {
			s := Section{Tool: r.tool, Start: i + 1}
			if end := r.read(p, i, &s); end > i {
				if len(p.out.Sections) >= MaxSections {
					p.out.Truncated = true
					return
				}
				s.End = end
				// A command within two lines above belongs to this output.
				if p.cmdAt >= 0 && i-p.cmdAt <= 2 && commandFits(p.cmd, r.tool) {
					s.Command = clip(p.cmd)
					s.Start = p.cmdAt + 1
				}
				if s.Tool != "" {
					p.out.Sections = append(p.out.Sections, s)
				}
				p.cmdAt = -1
				next = end
				break
			}
		}
		if next == i {
			next++
		}
		i = next
	}
}

// commandFits says whether a pasted command can have printed a tool's output.
func commandFits(cmd string, t Tool) bool {
	switch t {
	case CodesignDisplay, CodesignVerify:
		return strings.Contains(cmd, "codesign")
	case Spctl:
		return strings.Contains(cmd, "spctl")
	case Pkgutil:
		return strings.Contains(cmd, "pkgutil")
	case FindIdentity:
		return strings.Contains(cmd, "find-identity")
	case CMSProfile:
		return strings.Contains(cmd, "cms") || strings.Contains(cmd, "codesign")
	case Stapler:
		return strings.Contains(cmd, "stapler")
	case NotarytoolInfo, NotarytoolLog:
		return strings.Contains(cmd, "notarytool")
	}
	return false
}

// commandNames are the tools whose command lines start a section.
var commandNames = []string{"codesign", "spctl", "pkgutil", "security", "stapler", "notarytool", "xcrun"}

// commandLine recognises a pasted command: an optional shell prompt ("$ ",
// "% ", "~ » ", "user@host dir % "), then one of the tools, possibly with
// sudo, xcrun or a full path, then its arguments.
func commandLine(s string) (string, bool) {
	if len(s) > 4*MaxValue {
		return "", false
	}
	rest := s
	// Skip a prompt: everything up to the last prompt character within the
	// first 80 bytes, when a tool name follows it.
	for _, sep := range []string{"$ ", "% ", "» ", "❯ ", "➜ ", "# "} {
		if i := strings.Index(rest, sep); i >= 0 && i < 80 {
			if cand := strings.TrimSpace(rest[i+len(sep):]); startsWithTool(cand) {
				rest = cand
				break
			}
		}
	}
	rest = strings.TrimPrefix(rest, "sudo ")
	if !startsWithTool(rest) {
		return "", false
	}
	return rest, true
}

func startsWithTool(s string) bool {
	word := s
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		word = s[:i]
	} else {
		return false // a tool name alone is prose, not a command
	}
	if i := strings.LastIndexByte(word, '/'); i >= 0 {
		word = word[i+1:]
	}
	for _, n := range commandNames {
		if word == n {
			return true
		}
	}
	return false
}

// blank says whether line i is empty (or past the end).
func (p *parser) blank(i int) bool { return i >= len(p.lines) || p.lines[i].text == "" }

// text returns line i's text, or "" past the end.
func (p *parser) text(i int) string {
	if i >= len(p.lines) {
		return ""
	}
	return p.lines[i].text
}
