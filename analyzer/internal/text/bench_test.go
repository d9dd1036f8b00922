package text

import (
	"strings"
	"testing"
)

// BenchmarkAnalyze reads what people paste: one short message, a
// retelling the patterns do not read (the likeness guess then runs), and a
// build log of 1 MiB with no message in it (every keyword is looked for in
// all of it). make bench runs it.
func BenchmarkAnalyze(b *testing.B) {
	line := "CompileSwift normal arm64 /Users/username/src/App/Sources/View.swift (in target 'App' from project 'App')\n"
	for _, c := range []struct{ name, text string }{
		{"message", "/Users/username/Library/Developer/Xcode/DerivedData/App/Build/Products/Release/App.app: errSecInternalComponent\nCommand CodeSign failed with a nonzero exit code\n"},
		{"retelling", "After the update the app does not start any more, macOS tells me it is damaged and I should move it to the bin. I downloaded it again but it still says the same."},
		{"log-1MiB", strings.Repeat(line, MaxInput/len(line))},
	} {
		b.Run(c.name, func(b *testing.B) {
			in := []byte(c.text)
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(in)
			}
		})
	}
}
