package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestLibrariesSection(t *testing.T) {
	if librariesSection(nil) != nil {
		t.Error("no libraries: no section")
	}
	html := goapp.HTMLString(librariesSection([]report.BundleLibrary{
		{Command: "LC_LOAD_DYLIB", Path: "@rpath/libffi.8.dylib", Status: "missing", Archs: []string{"arm64", "x86_64"}},
		{Command: "LC_LOAD_DYLIB", Path: "@rpath/Kit.framework/Kit", Status: "found", Resolved: "App.app/Contents/Frameworks/Kit.framework/Versions/A/Kit", Archs: []string{"arm64"}},
		{Command: "LC_LOAD_DYLIB", Path: "/usr/lib/libSystem.B.dylib", Status: "system", Archs: []string{"arm64"}},
	}))
	for _, want := range []string{
		"Loads (3 libraries, 1 not found)",
		`class="library library-missing"`,
		"not in the bundle",
		"App.app/Contents/Frameworks/Kit.framework/Versions/A/Kit",
		"in macOS / iOS",
		"arm64, x86_64",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %q in\n%s", want, html)
		}
	}
}
