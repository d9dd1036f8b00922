// Package safetext makes text that came from files safe to print where a
// terminal, a CI log or a viewer interprets it: control characters (C0, DEL,
// C1), bidirectional overrides and invalid UTF-8 become visible escapes
// (\x1b, \u202e), and no line starts with "::", which GitHub Actions runs
// as a workflow command.
//
// A zip entry name, a notary log path or an entitlement value can hold any
// bytes: OSC 52 writes the clipboard, others retitle the window or move the
// cursor to overwrite earlier lines, and U+202E reverses what follows so
// "…exe\u202Etxt.…" reads as something else.
package safetext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Visible returns s with every character that could act on a terminal or
// reorder the text shown as a Go-style escape. Newlines and tabs are
// escaped too: a value is one line. Everything else is kept as is.
func Visible(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
			i++
			continue
		}
		writeRune(&b, r)
		i += n
	}
	return b.String()
}

// Lines is Visible for text that may span lines (a message, a Markdown
// block): newlines are kept, carriage returns and every other control
// character escaped, and a line that would start with "::" (after any
// spaces) has its first colon escaped.
func Lines(s string) string {
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = NoCommand(Visible(p))
	}
	return strings.Join(parts, "\n")
}

// NoCommand escapes the first colon of a line that starts with "::" after
// leading spaces, so the GitHub Actions runner cannot read it as a workflow
// command (::error, ::add-mask::, ::stop-commands::).
func NoCommand(line string) string {
	trimmed := strings.TrimLeft(line, " \t")
	if strings.HasPrefix(trimmed, "::") {
		lead := len(line) - len(trimmed)
		return line[:lead] + `\x3a` + trimmed[1:]
	}
	return line
}

// Dangerous says whether r acts on a terminal or on the order text is
// shown in: C0 controls, DEL, C1 controls, bidirectional embeddings,
// overrides, isolates and marks.
func Dangerous(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			// Decode the rest properly only when there is non-ASCII.
			for _, r := range s[i:] {
				if r == utf8.RuneError || Dangerous(r) {
					return false
				}
			}
			return utf8.ValidString(s[i:])
		}
	}
	return true
}

func writeRune(b *strings.Builder, r rune) {
	switch {
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r == '\t':
		b.WriteString(`\t`)
	case r < 0x20 || r == 0x7f:
		fmt.Fprintf(b, `\x%02x`, r)
	case Dangerous(r):
		fmt.Fprintf(b, `\u%04x`, r)
	default:
		b.WriteRune(r)
	}
}
