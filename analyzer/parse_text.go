package analyzer

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math"
	"unicode/utf8"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// textInput is analysed pasted text.
type textInput struct {
	Result text.Result
	// Tools are the tool outputs pasted in the text (parse_tooloutput.go).
	Tools *pastedTools
}

// Text returns what was found in pasted text, or nil when the input is not text.
func (in *Input) Text() *text.Result {
	if t, ok := in.Value.(*textInput); ok {
		return &t.Result
	}
	return nil
}

// sniffText accepts UTF-8 text without control characters other than white
// space and terminal colour escapes. Property lists are left out: they are
// entitlements, profiles' payloads or Info.plists, not pasted messages.
func sniffText(head []byte, name string) bool {
	h := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(h)) == 0 {
		return len(h) > 0
	}
	trimmed := bytes.TrimLeft(h, " \t\r\n")
	for _, p := range []string{"<?xml", "<!DOCTYPE plist", "<plist", "bplist"} {
		if bytes.HasPrefix(trimmed, []byte(p)) {
			return false
		}
	}
	// The head may end inside a character.
	if len(head) == sniffLen {
		if i := lastRuneStart(h); !utf8.FullRune(h[i:]) {
			h = h[:i]
		}
	}
	if !utf8.Valid(h) {
		return false
	}
	for _, c := range h {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			return false
		}
		if c == 0x7f {
			return false
		}
	}
	return true
}

func lastRuneStart(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			return i
		}
	}
	return len(b)
}

func parseText(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	// Read one byte more than the analysis looks at, so Analyze can tell
	// that the text was cut.
	n := in.Size
	if n > text.MaxInput+1 {
		n = text.MaxInput + 1
	}
	b := make([]byte, n)
	if m, err := in.R.ReadAt(b, 0); m < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	masked, tools, toolArts := readPastedTools(b, in.Name, opts)
	ti := &textInput{Result: text.Analyze(masked), Tools: tools}
	if in.Size > int64(len(b)) {
		ti.Result.Truncated = true
	}
	tf := textFacts(&ti.Result)
	if tools != nil {
		tf.Advice = "" // the text is tool output, read as facts
		tf.ToolOutput = true
		tf.ReadsLike = nil
	}
	return ti, append([]report.Artifact{report.NewArtifact(in.Name, tf)}, toolArts...), nil
}

func textFacts(r *text.Result) *report.Text {
	f := &report.Text{Matches: []report.TextMatch{}, Truncated: r.Truncated}
	if r.Unknown() {
		f.Advice = text.UnknownAdvice
	}
	if g := r.Likely; g != nil {
		f.ReadsLike = &report.TextGuess{ID: g.Entry.ID, Title: g.Entry.Title, Score: math.Round(g.Score*100) / 100}
	}
	for _, m := range r.Matches {
		tm := report.TextMatch{
			ID: m.Entry.ID, Title: m.Entry.Title, Severity: report.Severity(m.Entry.Severity),
			Line: m.Line, Count: m.Count, Excerpt: m.Excerpt,
			Causes: m.Causes, Hints: m.Hints, Confirm: m.Confirm,
			Checks: registeredChecks(m.Entry.Checks),
		}
		for _, v := range m.Values {
			tm.Values = append(tm.Values, report.TextValue{Kind: v.Kind, Value: v.Value})
		}
		f.Matches = append(f.Matches, tm)
	}
	return f
}

// registeredChecks keeps the IDs that name a registered check: the
// catalogues point at checks of other areas, some of which may not exist.
func registeredChecks(ids []string) []string {
	var out []string
	for _, id := range ids {
		if Lookup(id) != nil {
			out = append(out, id)
		}
	}
	return out
}
