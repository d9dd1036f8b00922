package analyzer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
)

// Pasted text: one check per known message of the text catalogue, so that
// `signdoctor explain text-…` and /checks/text-… explain that message, and a
// check for text in which nothing is known.

func textCheck(e *text.Entry) *Check {
	id := e.ID
	return &Check{
		ID:       e.ID,
		Severity: report.Severity(e.Severity),
		Title:    e.Title,
		Doc:      textCheckDoc(e),
		Fix:      e.Fix,
		Needs:    []Kind{KindText},
		Blocks:   entryBlocks(e),
		Run: func(p *Pass) {
			for _, in := range p.Case.OfKind(KindText) {
				r := in.Text()
				if r == nil {
					continue
				}
				for i := range r.Matches {
					if m := &r.Matches[i]; m.Entry.ID == id {
						p.ReportFinding(report.Finding{
							Location: report.Location{File: in.Name, Line: m.Line},
							Message:  textMessage(m),
							Fix:      fillFix(m.Fix, textFixValues(m)),
						})
					}
				}
			}
		},
	}
}

// entryBlocks are the goals a catalogue entry names as failed.
func entryBlocks(e *text.Entry) []report.Goal {
	var out []report.Goal
	for _, g := range e.Blocks {
		out = append(out, report.Goal(g))
	}
	// The goals the verdicts work listed for each message, where the
	// catalogue entry names fewer.
	for _, g := range textBlocks[e.ID] {
		if g != "" && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// textCheckDoc is a text check's documentation: the message's meaning, who
// prints it, the likely causes and what to drop. It is built for every
// catalogue entry in package init, so on every start of the web app: with
// fmt there, fmt's printing became the hottest code of the start-up, which
// the browser then spent long compiling with its optimising compiler while
// the page waited. Plain concatenation gives the same text.
func textCheckDoc(e *text.Entry) string {
	var doc strings.Builder
	n := len(e.Meaning) + len(e.Source) + len(e.Confirm) + 200
	for _, c := range e.Causes {
		n += len(c) + 8
	}
	doc.Grow(n)
	doc.WriteString(e.Meaning)
	doc.WriteString("\n\nWho prints it: ")
	doc.WriteString(e.Source)
	doc.WriteString(".\n\nLikely causes, most likely first:")
	for i, c := range e.Causes {
		doc.WriteString("\n")
		doc.WriteString(strconv.Itoa(i + 1))
		doc.WriteString(". ")
		doc.WriteString(c)
	}
	doc.WriteString("\n\nTo confirm, drop ")
	doc.WriteString(e.Confirm)
	doc.WriteString(".")
	return doc.String()
}

// textMessage says what was recognised, the values found, what follows from
// them, the likely causes in order and what to drop to confirm.
func textMessage(m *text.Match) string {
	var b strings.Builder
	// Typographic quotes: the excerpt's own quotes stay as the tool printed them.
	fmt.Fprintf(&b, "%s: “%s”", m.Entry.Title, safetext.Visible(m.Excerpt))
	if m.Count > 1 {
		fmt.Fprintf(&b, " (%d times)", m.Count)
	}
	b.WriteString(".")
	if len(m.Values) > 0 {
		var vs []string
		for _, v := range m.Values {
			vs = append(vs, strings.ReplaceAll(v.Kind, "_", " ")+" "+v.Value)
		}
		fmt.Fprintf(&b, " Found: %s.", strings.Join(vs, "; "))
	}
	for _, h := range m.Hints {
		b.WriteString(" " + h)
	}
	if len(m.Causes) == 1 {
		fmt.Fprintf(&b, " Likely cause: %s", m.Causes[0])
	} else {
		b.WriteString(" Likely causes, most likely first:")
		for i, c := range m.Causes {
			fmt.Fprintf(&b, " (%d) %s", i+1, c)
		}
	}
	fmt.Fprintf(&b, " To confirm, drop %s.", m.Confirm)
	return b.String()
}

var textUnknown = &Check{
	ID:       "text-unknown",
	Severity: report.Info,
	Title:    "No known error in the text",
	Doc: "signdoctor compared the text with every code-signing error message it knows (from Xcode, codesign, " +
		"notarytool, App Store Connect, the system log and crash reports) and none matched. That does not mean " +
		"nothing is wrong: the message may be new, reworded, or only part of it was pasted. Where the text's words " +
		"are near enough to those of real reports of one message (most unmatched pastes retell a message in their " +
		"own words), that message is named as a guess; on reports it had not seen, such a guess was right about three times in four.",
	Fix:   text.UnknownAdvice,
	Needs: []Kind{KindText},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindText) {
			r := in.Text()
			if r == nil || !r.Unknown() || in.toolOutput() != nil { // tool output is read as facts (checks_tooloutput.go)
				continue
			}
			if r.Empty {
				p.Report(in.Location(), "the text is blank; paste the whole error message, or drop the files it is about")
				continue
			}
			if g := r.Likely; g != nil {
				p.Report(in.Location(), "no known code-signing error in this text (%d bytes), but its words read like reports of “%s” (%s): a guess from the wording alone, not a message signdoctor recognised. If that is what you saw, `signdoctor explain %s` says what it means and what to do; to be sure, paste the complete message with the lines around it, or drop the files", in.Size, g.Entry.Title, g.Entry.ID, g.Entry.ID)
				continue
			}
			p.Report(in.Location(), "no known code-signing error in this text (%d bytes); paste the complete message with the lines around it, or drop the app, its profile, entitlements, certificate or notary log", in.Size)
		}
	},
}

var textTooLong = &Check{
	ID:       "text-too-long",
	Severity: report.Info,
	Title:    "Only the beginning of the text was examined",
	Doc: "signdoctor reads the first " + strconv.Itoa(text.MaxInput>>10) + " KiB of pasted text, and gives up scanning a text made of little else " +
		"than the words it looks for. Errors after that point are not reported.",
	Fix:   "Paste the part of the log around the failure (a few hundred lines at most), e.g. `log show --last 5m --predicate 'process == \"amfid\" or process == \"taskgated-helper\"'`.",
	Needs: []Kind{KindText},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindText) {
			if r := in.Text(); r != nil && r.Truncated {
				p.Report(in.Location(), "the text is %d bytes; only the first %d KiB were examined", in.Size, text.MaxInput>>10)
			}
		}
	},
}

// textFixValues are the values a message gave that its fix can use.
func textFixValues(m *text.Match) fixValues {
	fv := fixValues{}
	for _, kind := range []string{"identity", "team", "path", "submission"} {
		for _, v := range m.ValuesOf(kind) {
			fv.add(kind, v)
		}
	}
	return fv
}
