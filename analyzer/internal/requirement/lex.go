package requirement

import (
	"fmt"
	"strings"
)

// MaxTextSize bounds the requirement text the compiler reads.
const MaxTextSize = 256 << 10

// SyntaxError is a requirement text the compiler cannot read. Line and Column
// count from 1; Column counts bytes.
type SyntaxError struct {
	Line, Column int
	Msg          string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

type tokKind int

const (
	tEOF  tokKind = iota
	tWord         // a bare word (Apple's DOTKEY) that is not a keyword
	tKeyword
	tString // "…"
	tHash   // H"…"
	tHex    // 0x…
	tInt    // 123
	tPath   // /a/b
	tDate   // <2019-06-01 00:00:00 +0000>
	tPunct  // => ; ( ) [ ] < > <= >= , = == ~ - ! *
)

type token struct {
	kind      tokKind
	text      string // word, keyword, punctuation; decoded string; hex digits
	date      int64  // tDate
	line, col int
}

func (t token) String() string {
	switch t.kind {
	case tEOF:
		return "end of text"
	case tString:
		return fmt.Sprintf("string %q", t.text)
	case tHash:
		return `hash H"` + t.text + `"`
	case tHex:
		return "0x" + t.text
	case tInt:
		return "number " + t.text
	case tPath:
		return "path " + t.text
	case tDate:
		return "date <" + FormatTime(t.date) + ">"
	case tKeyword:
		return "keyword " + t.text
	}
	return fmt.Sprintf("%q", t.text)
}

func (t token) is(punctOrKeyword string) bool {
	return (t.kind == tPunct || t.kind == tKeyword) && t.text == punctOrKeyword
}

type lexer struct {
	src       string
	pos       int
	line, col int // of pos
}

func (l *lexer) errAt(line, col int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
}

func (l *lexer) advance(n int) {
	for i := 0; i < n && l.pos < len(l.src); i++ {
		if l.src[l.pos] == '\n' {
			l.line, l.col = l.line+1, 1
		} else {
			l.col++
		}
		l.pos++
	}
}

func (l *lexer) peekAt(i int) byte {
	if l.pos+i < len(l.src) {
		return l.src[l.pos+i]
	}
	return 0
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// tokenize splits the whole text into tokens.
func tokenize(src string) ([]token, error) {
	if len(src) > MaxTextSize {
		return nil, &SyntaxError{Line: 1, Column: 1, Msg: fmt.Sprintf("requirement text is over %d bytes", MaxTextSize)}
	}
	l := &lexer{src: src, line: 1, col: 1}
	var toks []token
	for {
		t, err := l.next()
		if err != nil {
			return nil, err
		}
		toks = append(toks, t)
		if t.kind == tEOF {
			return toks, nil
		}
	}
}

func (l *lexer) next() (token, error) {
	// white space and comments
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			l.advance(1)
		case c == '#' || (c == '/' && l.peekAt(1) == '/'):
			for l.pos < len(l.src) && l.src[l.pos] != '\n' {
				l.advance(1)
			}
		case c == '/' && l.peekAt(1) == '*':
			line, col := l.line, l.col
			end := strings.Index(l.src[l.pos+2:], "*/")
			if end < 0 {
				return token{}, l.errAt(line, col, "comment /* is never closed")
			}
			l.advance(end + 4)
		default:
			goto tok
		}
	}
tok:
	t := token{line: l.line, col: l.col}
	if l.pos >= len(l.src) {
		t.kind = tEOF
		return t, nil
	}
	c := l.src[l.pos]
	switch {
	case c == 'H' && l.peekAt(1) == '"':
		i := l.pos + 2
		for i < len(l.src) && isHexDigit(l.src[i]) {
			i++
		}
		if i == l.pos+2 || i >= len(l.src) || l.src[i] != '"' {
			return t, l.errAt(t.line, t.col, `a hash is H"…" with hex digits inside`)
		}
		t.kind, t.text = tHash, strings.ToLower(l.src[l.pos+2:i])
		l.advance(i + 1 - l.pos)
	case c == '0' && l.peekAt(1) == 'x':
		i := l.pos + 2
		for i < len(l.src) && isHexDigit(l.src[i]) {
			i++
		}
		if i == l.pos+2 {
			return t, l.errAt(t.line, t.col, "0x must be followed by hex digits")
		}
		t.kind, t.text = tHex, l.src[l.pos+2:i]
		l.advance(i - l.pos)
	case isLetter(c) || c == '.':
		// Apple's DOTKEY is word(.word|.number)*; this also takes the words
		// its decompiler prints bare but its lexer cannot read (a.1b, .x).
		i := l.pos + 1
		for i < len(l.src) && (isLetter(l.src[i]) || isDigit(l.src[i]) || l.src[i] == '.') {
			i++
		}
		t.text = l.src[l.pos:i]
		t.kind = tWord
		if keywords[t.text] {
			t.kind = tKeyword
		}
		l.advance(i - l.pos)
	case isDigit(c):
		i := l.pos
		for i < len(l.src) && isDigit(l.src[i]) {
			i++
		}
		t.kind, t.text = tInt, l.src[l.pos:i]
		l.advance(i - l.pos)
	case c == '"':
		var b strings.Builder
		i := l.pos + 1
		for {
			if i >= len(l.src) {
				return t, l.errAt(t.line, t.col, "string is never closed")
			}
			ch := l.src[i]
			if ch == '"' {
				break
			}
			if ch == '\\' {
				// Apple reads only \"; \\ is taken too, because Apple's
				// decompiler writes it.
				if i+1 < len(l.src) && (l.src[i+1] == '"' || l.src[i+1] == '\\') {
					b.WriteByte(l.src[i+1])
					i += 2
					continue
				}
				l.advance(i - l.pos)
				return t, l.errAt(l.line, l.col, `only \" and \\ may follow a backslash in a string`)
			}
			b.WriteByte(ch)
			i++
		}
		t.kind, t.text = tString, b.String()
		l.advance(i + 1 - l.pos)
	case c == '/' && isLetter(l.peekAt(1)):
		i := l.pos
		for i < len(l.src) && l.src[i] == '/' && i+1 < len(l.src) && isLetter(l.src[i+1]) {
			i++
			for i < len(l.src) && (isLetter(l.src[i]) || isDigit(l.src[i])) {
				i++
			}
		}
		t.kind, t.text = tPath, l.src[l.pos:i]
		l.advance(i - l.pos)
	case c == '<' && (isDigit(l.peekAt(1)) || (l.peekAt(1) == '-' && isDigit(l.peekAt(2)))):
		// A date as the decompiler prints it. A value after < is never a
		// bare number in Apple's grammar, so this cannot hide a valid form.
		end := strings.IndexByte(l.src[l.pos:], '>')
		if end < 0 || end > 64 {
			return t, l.errAt(t.line, t.col, "date literal <…> is never closed")
		}
		v, err := parseDateLiteral(l.src[l.pos+1 : l.pos+end])
		if err != nil {
			return t, l.errAt(t.line, t.col, "%v", err)
		}
		t.kind, t.date, t.text = tDate, v, l.src[l.pos:l.pos+end+1]
		l.advance(end + 1)
	default:
		for _, p := range []string{"=>", "<=", ">=", "=="} {
			if strings.HasPrefix(l.src[l.pos:], p) {
				t.kind, t.text = tPunct, p
				l.advance(2)
				return t, nil
			}
		}
		if strings.IndexByte(";()[]<>,=~-!*", c) >= 0 {
			t.kind, t.text = tPunct, string(c)
			l.advance(1)
			return t, nil
		}
		if c >= 0x20 && c < 0x7f {
			return t, l.errAt(t.line, t.col, "unexpected character %q", c)
		}
		return t, l.errAt(t.line, t.col, "unexpected byte %#02x", c)
	}
	return t, nil
}
