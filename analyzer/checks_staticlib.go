package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A universal static library (lipo -create of .a files) is read as a
// universal file whose slices are ar archives. It is linker input: nothing in
// it is signed, and the other Mach-O checks leave its slices alone.

var machoStaticLibrary = &Check{
	ID:       "macho-static-library",
	Severity: report.Info,
	Title:    "Static library",
	Doc: "A static library (.a) is an archive of object files for the linker, not code that runs: " +
		"`lipo -create` joins one per architecture into a universal file, whose slices are ar archives " +
		"(`!<arch>`) instead of Mach-O images. The linker copies the objects it needs into your app or " +
		"framework, and that product is what gets signed. The library itself carries no signature and " +
		"needs none; `codesign` has nothing to verify in it.",
	Fix: "Nothing to fix in the library. Sign the app or framework it is linked into; `lipo -info FILE` " +
		"lists its architectures and `ar -t FILE` (for one slice: `lipo -thin arm64 FILE -output x.a`) " +
		"its members.",
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindMachO) {
			mi := in.machoInput()
			if mi == nil {
				continue
			}
			var archs []string
			members, problems := 0, []string{}
			for _, ms := range mi.Slices {
				if a := ms.Archive; a != nil {
					archs = append(archs, ms.Arch)
					members = max(members, a.MemberCount)
					if a.Problem != "" {
						problems = append(problems, ms.Arch+": "+a.Problem)
					}
				}
			}
			if len(archs) == 0 {
				continue
			}
			msg := fmt.Sprintf("a static library for %s (up to %d member%s per architecture): linker input, never signed or loaded by itself",
				strings.Join(archs, ", "), members, plural(members, "", "s"))
			if n := len(mi.Slices) - len(archs); n > 0 {
				msg += fmt.Sprintf("; %d other slice%s %s Mach-O code", n, plural(n, "", "s"), plural(n, "is", "are"))
			}
			if len(problems) > 0 {
				msg += "; the member list stops early (" + strings.Join(problems, "; ") + ")"
			}
			p.Report(in.Location(), "%s", msg)
		}
	},
}
