package tooloutput

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("[Dict]\n[Key] a [Value] [Array] [String] b [Key]\n"))
	f.Add([]byte("{\n\"jobId\": \"{\\\"\", \"status\": [\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out := Parse(b)
		if len(out.Sections) > MaxSections {
			t.Fatalf("%d sections", len(out.Sections))
		}
		prevEnd := 0
		for _, s := range out.Sections {
			if s.Start < 1 || s.End < s.Start || s.Start <= prevEnd {
				t.Fatalf("section %s lines %d-%d after %d", s.Tool, s.Start, s.End, prevEnd)
			}
			prevEnd = s.End
			if len(s.Fields) > 4*MaxItems || len(s.Block) > maxBlock+MaxInput/8 {
				t.Fatalf("%s: %d fields, block %d", s.Tool, len(s.Fields), len(s.Block))
			}
			for _, fl := range s.Fields {
				if len(fl.Value) > MaxValue || (utf8.Valid(b) && !utf8.ValidString(fl.Value)) {
					t.Fatalf("%s: field %q value %d bytes", s.Tool, fl.Name, len(fl.Value))
				}
			}
			if d := s.Display; d != nil && (len(d.Authorities) > MaxItems || len(d.Entitlements) > 4*MaxItems) {
				t.Fatalf("display lists too long")
			}
		}
	})
}
