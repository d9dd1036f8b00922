package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzAnalyze(f *testing.F) {
	for _, cs := range [][]textCase{seedCases, variantCases} {
		for _, c := range cs {
			f.Add([]byte(c.text))
		}
	}
	for _, s := range negativeCases {
		f.Add([]byte(s))
	}
	f.Add([]byte{0xff, 0xfe, '\n', 0xe2, 0x80})
	f.Add([]byte("“”‘’ &amp; \u00a0\u2028 0xE8008018 -67050 Code=-212"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := Analyze(b)
		for _, m := range r.Matches {
			if m.Entry == nil || m.Offset < 0 || m.Line < 1 || m.Count < 1 {
				t.Fatalf("bad match %+v", m)
			}
			if len(m.Values) > maxValues || len(m.Excerpt) > maxExcerpt+len("…") {
				t.Fatalf("%s: %d values, excerpt %d bytes", m.Entry.ID, len(m.Values), len(m.Excerpt))
			}
			if !utf8.ValidString(m.Excerpt) {
				t.Fatalf("%s: excerpt not UTF-8: %q", m.Entry.ID, m.Excerpt)
			}
			for _, v := range m.Values {
				if v.Value == "" || !utf8.ValidString(v.Value) || strings.TrimSpace(v.Value) != v.Value {
					t.Fatalf("%s: bad value %+v", m.Entry.ID, v)
				}
			}
		}
	})
}
