package entitlements

import (
	"bytes"
	"fmt"
)

// AMFI reads entitlements with its own small XML parser, not with
// CoreFoundation's: codesign refuses an entitlements file it cannot read
// ("Failed to parse entitlements: AMFIUnserializeXML: syntax error near line
// N"), and the OS ignores a signature's entitlements blob it cannot read.
// The parser is the kernel's OSUnserializeXML (libkern, open source), which
// accepts much less than plutil does: only space and tab between tags (a
// carriage return is an error), no byte-order mark, no "--" inside a
// comment, only the &lt; &gt; &amp; entities, no <real> or <date>, no
// duplicate keys. CheckAMFI follows that parser's rules and its line count.

// AMFIError says where and why AMFI's parser stops.
type AMFIError struct {
	// Msg is the parser's own word: "syntax error", "duplicate dictionary
	// key" or "unexpected end of buffer".
	Msg  string
	Line int
	// Cause names the construct that stopped it, in plain words, when it is
	// one of the known ones (byte-order mark, CR LF, binary plist, …).
	Cause string
}

func (e *AMFIError) Error() string {
	return fmt.Sprintf("AMFIUnserializeXML: %s near line %d", e.Msg, e.Line)
}

// maxAMFIDepth bounds nesting; real entitlements nest two or three levels.
const maxAMFIDepth = 256

// CheckAMFI parses raw as AMFI does and returns nil when it can.
func CheckAMFI(raw []byte) *AMFIError {
	p := &amfiParser{buf: raw, line: 1}
	err := p.parse()
	if err != nil {
		err.Cause = amfiCause(raw, p)
	}
	return err
}

type amfiToken int

const (
	tokEOF amfiToken = iota
	tokError
	tokDictStart
	tokDictEnd
	tokArrayStart
	tokArrayEnd
	tokSetStart
	tokSetEnd
	tokEmptyCollection // <dict/>, <array/>, <set/>
	tokKey
	tokValue // string, data, integer, boolean
)

const (
	tagBad = iota
	tagStart
	tagEnd
	tagEmpty
	tagIgnore
)

type amfiParser struct {
	buf  []byte
	i    int
	line int
	// key is the last <key>'s text, for duplicate detection.
	key string
	// reason is the construct the lexer stopped at, for Cause.
	reason string
}

// cur and next read as the C code does from a NUL-terminated buffer.
func (p *amfiParser) cur() byte {
	if p.i >= len(p.buf) {
		return 0
	}
	return p.buf[p.i]
}

func (p *amfiParser) next() byte {
	p.i++
	return p.cur()
}

func isAMFISpace(c byte) bool { return c == ' ' || c == '\t' }
func isAMFIAlpha(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
func isAMFIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAMFIAlnum(c byte) bool { return isAMFIAlpha(c) || isAMFIDigit(c) || c == '-' }

// tag reads one tag as getTag does; name and attrs are what it found.
func (p *amfiParser) tag() (kind int, name string, attrs map[string]string) {
	c := p.cur()
	if c != '<' {
		return tagBad, "", nil
	}
	c = p.next()
	if c == '!' {
		c = p.next()
		isComment := false
		if c == '-' {
			c = p.next()
			isComment = c == '-'
		}
		if !isComment && !isAMFIAlpha(c) {
			return tagBad, "", nil
		}
		for c != 0 {
			if c = p.next(); c == 0 {
				break
			}
			if c == '\n' {
				p.line++
			}
			if isComment {
				if c != '-' {
					continue
				}
				if c = p.next(); c != '-' {
					continue
				}
				c = p.next()
			}
			if c == '>' {
				p.next()
				return tagIgnore, "", nil
			}
			if isComment {
				p.reason = "comment-dashes"
				break
			}
		}
		return tagBad, "", nil
	}
	if c == '?' {
		for {
			c = p.next()
			if c == 0 {
				return tagBad, "", nil
			}
			if c == '\n' {
				p.line++
			}
			if c != '?' {
				continue
			}
			c = p.next()
			if c == 0 || c == '>' {
				if c == '>' {
					p.next()
				}
				return tagIgnore, "", nil
			}
		}
	}
	kind = tagStart
	if c == '/' {
		c = p.next()
		kind = tagEnd
	}
	if !isAMFIAlpha(c) {
		return tagBad, "", nil
	}
	var b []byte
	for isAMFIAlnum(c) {
		b = append(b, c)
		c = p.next()
		if len(b) >= 31 {
			return tagBad, "", nil
		}
	}
	name = string(b)
	attrs = map[string]string{}
	for c != '>' && c != '/' {
		for isAMFISpace(c) {
			c = p.next()
		}
		var a []byte
		for isAMFIAlnum(c) {
			a = append(a, c)
			if len(a) >= 31 {
				return tagBad, "", nil
			}
			c = p.next()
		}
		for isAMFISpace(c) {
			c = p.next()
		}
		if c != '=' {
			return tagBad, "", nil
		}
		c = p.next()
		for isAMFISpace(c) {
			c = p.next()
		}
		if c != '"' {
			return tagBad, "", nil
		}
		c = p.next()
		var v []byte
		for c != '"' {
			v = append(v, c)
			if len(v) >= 31 {
				return tagBad, "", nil
			}
			if c = p.next(); c == 0 {
				return tagBad, "", nil
			}
		}
		c = p.next()
		attrs[string(a)] = string(v)
		if len(attrs) >= 31 {
			return tagBad, "", nil
		}
	}
	if c == '/' {
		c = p.next()
		kind = tagEmpty
	}
	if c != '>' {
		return tagBad, "", nil
	}
	p.next()
	return kind, name, attrs
}

// text reads character data up to the next '<', decoding the three
// entities AMFI knows; ok is false on any other '&' or at the end.
func (p *amfiParser) text() (string, bool) {
	start := p.i
	for c := p.cur(); c != '<'; c = p.next() {
		if c == 0 {
			return "", false
		}
		if c == '\n' {
			p.line++
		}
	}
	raw := p.buf[start:p.i]
	var out []byte
	for i := 0; i < len(raw); {
		c := raw[i]
		i++
		if c != '&' {
			out = append(out, c)
			continue
		}
		switch {
		case bytes.HasPrefix(raw[i:], []byte("lt;")):
			out, i = append(out, '<'), i+3
		case bytes.HasPrefix(raw[i:], []byte("gt;")):
			out, i = append(out, '>'), i+3
		case bytes.HasPrefix(raw[i:], []byte("amp;")):
			out, i = append(out, '&'), i+4
		default:
			p.reason = "entity"
			return "", false
		}
	}
	return string(out), true
}

// endTag reads the end tag that must close name.
func (p *amfiParser) endTag(name string) bool {
	k, n, _ := p.tag()
	return k == tagEnd && n == name
}

// lex returns the next token as yylex does.
func (p *amfiParser) lex() amfiToken {
	for {
		c := p.cur()
		for isAMFISpace(c) {
			c = p.next()
		}
		if c == '\n' {
			p.line++
			p.next()
			continue
		}
		if c == 0 {
			if p.i < len(p.buf) {
				p.reason = "nul"
			}
			return tokEOF
		}
		kind, name, attrs := p.tag()
		switch kind {
		case tagBad:
			if p.reason == "" {
				p.reason = "tag"
			}
			return tokError
		case tagIgnore:
			continue
		}
		if _, ok := attrs["IDREF"]; ok {
			if kind != tagEmpty {
				return tokError
			}
			return tokValue // a reference to an earlier value
		}
		for a := range attrs {
			if len(a) >= 2 && a[:2] == "ID" && a != "ID" {
				return tokError
			}
		}
		collection := func(start, end amfiToken) amfiToken {
			switch kind {
			case tagEmpty:
				return tokEmptyCollection
			case tagStart:
				return start
			}
			return end
		}
		switch name {
		case "array":
			return collection(tokArrayStart, tokArrayEnd)
		case "dict":
			return collection(tokDictStart, tokDictEnd)
		case "set":
			return collection(tokSetStart, tokSetEnd)
		case "plist":
			continue
		case "data":
			if kind == tagEmpty {
				return tokValue
			}
			for c := p.cur(); c != '<'; c = p.next() {
				if c == 0 {
					return tokError
				}
				if c == '\n' {
					p.line++
				}
			}
			if !p.endTag("data") {
				return tokError
			}
			return tokValue
		case "true", "false":
			if kind == tagEmpty {
				return tokValue
			}
		case "integer":
			if kind == tagEmpty {
				return tokValue
			}
			p.number()
			if !p.endTag("integer") {
				p.reason = "integer"
				return tokError
			}
			return tokValue
		case "key":
			if kind == tagEmpty {
				return tokError
			}
			s, ok := p.text()
			if !ok || !p.endTag("key") {
				return tokError
			}
			p.key = s
			return tokKey
		case "string":
			if kind == tagEmpty {
				return tokValue
			}
			if _, ok := p.text(); !ok || !p.endTag("string") {
				return tokError
			}
			return tokValue
		case "real", "date":
			p.reason = name
		}
		return tokError
	}
}

// number skips an integer's digits as getNumber reads them.
func (p *amfiParser) number() {
	c := p.cur()
	if c == '0' {
		if c = p.next(); c == 'x' {
			for c = p.next(); isAMFIDigit(c) || c >= 'a' && c <= 'f'; c = p.next() {
			}
			return
		}
	}
	if c == '-' {
		c = p.next()
	}
	for isAMFIDigit(c) {
		c = p.next()
	}
}

func (p *amfiParser) fail(msg string) *AMFIError { return &AMFIError{Msg: msg, Line: p.line} }

// parse is the grammar: one object, then anything (AMFI stops there).
func (p *amfiParser) parse() *AMFIError {
	t := p.lex()
	switch t {
	case tokEOF:
		return p.fail("unexpected end of buffer")
	case tokError:
		return p.fail("syntax error")
	}
	return p.object(t, 0)
}

// object parses the object that starts with token t.
func (p *amfiParser) object(t amfiToken, depth int) *AMFIError {
	if depth > maxAMFIDepth {
		return p.fail("syntax error")
	}
	switch t {
	case tokValue, tokEmptyCollection:
		return nil
	case tokArrayStart, tokSetStart:
		end := tokArrayEnd
		if t == tokSetStart {
			end = tokSetEnd
		}
		for {
			n := p.lex()
			if n == end {
				return nil
			}
			if err := p.object(n, depth+1); err != nil {
				return err
			}
		}
	case tokDictStart:
		seen := map[string]bool{}
		for {
			n := p.lex()
			if n == tokDictEnd {
				return nil
			}
			if n != tokKey {
				return p.fail("syntax error")
			}
			key := p.key
			if err := p.object(p.lex(), depth+1); err != nil {
				return err
			}
			if seen[key] {
				p.reason = "duplicate"
				return p.fail("duplicate dictionary key")
			}
			seen[key] = true
		}
	}
	return p.fail("syntax error")
}

// amfiCause names what stopped the parser in words a person can act on.
func amfiCause(raw []byte, p *amfiParser) string {
	switch {
	case bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")):
		return "the file starts with a UTF-8 byte-order mark"
	case bytes.HasPrefix(raw, []byte("bplist")):
		return "it is a binary property list; AMFI reads XML only"
	case bytes.HasPrefix(raw, []byte("\xfe\xff")) || bytes.HasPrefix(raw, []byte("\xff\xfe")):
		return "the file is UTF-16; AMFI reads UTF-8 only"
	case p.reason == "comment-dashes":
		return "an XML comment contains \"--\""
	case p.reason == "entity":
		return "a string uses an XML entity other than &lt; &gt; and &amp; (such as &quot; or &#39;)"
	case p.reason == "real" || p.reason == "date":
		return "a <" + p.reason + "> value, a type AMFI does not read"
	case p.reason == "duplicate":
		return "a key appears twice in one dictionary"
	case p.reason == "integer":
		return "an <integer> holds spaces or other characters around its digits"
	case p.i < len(raw) && raw[p.i] == '\r':
		return "lines end in CR LF (Windows line endings); AMFI takes only LF"
	}
	return ""
}
