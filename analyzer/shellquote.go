package analyzer

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// shellQuote returns s as one word that bash and zsh read back as s, for
// the commands in fixes: a name or a path taken from a file must never run
// as code when the fix is pasted into a terminal (a file named
// "App`touch PWNED`" or "$(curl …)"). A word of only harmless characters is
// left as it is; other words go in single quotes, inside which nothing is
// special; a word with control characters, line breaks or direction
// overrides, which would act on the terminal or hide in it, is written in
// $'…' form with each of them as a visible escape. Backticks are escaped that
// way too, so a quoted word never ends a Markdown code span: fixes are shown
// with their commands in backticks, and a name must not split one command
// into two.
func shellQuote(s string) string {
	if s == "" {
		return "''"
	}
	plain, visible := true, true
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("@%+=:,./-_", r):
		case escapedRune(r):
			plain, visible = false, false
		default:
			plain = false
		}
	}
	switch {
	case plain:
		return s
	case visible:
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	var b strings.Builder
	b.WriteString("$'")
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80 && escapedRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case escapedRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	b.WriteByte('\'')
	return b.String()
}

// escapedRune says whether shellQuote writes r as an escape.
func escapedRune(r rune) bool { return r == '`' || invisibleRune(r) }

// invisibleRune says whether r acts on a terminal or on the direction of
// the text around it instead of showing: C0 and C1 controls, DEL, and the
// bidirectional embeddings, overrides and isolates.
func invisibleRune(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == utf8.RuneError
}
