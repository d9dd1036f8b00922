package text

import (
	"strings"
	"testing"
)

// codesign_allocate failing after install_name_tool leads with the binary
// edited in place; alone it leads with the command-line tools.
func TestCodesignAllocateAfterInstallNameTool(t *testing.T) {
	const msg = "hello_world: the codesign_allocate helper tool cannot be found or used\n"
	m := firstMatch(Analyze([]byte("install_name_tool -add_rpath ./ hello_world\ncodesign -s - -f hello_world\n"+msg)), "text-codesign-allocate-failed")
	if m == nil || !strings.Contains(m.Causes[0], "edited in place") {
		t.Errorf("after install_name_tool: got %v", m)
	}
	m = firstMatch(Analyze([]byte(msg)), "text-codesign-allocate-failed")
	if m == nil || !strings.Contains(m.Causes[0], "command-line tools") {
		t.Errorf("alone: got %v", m)
	}
}

// "bad CPU type" leads with Rosetta where the paste names an Apple silicon
// Mac, and with a single-architecture build where it names an Intel one or
// no Mac at all.
func TestBadCPUTypeOnAppleSilicon(t *testing.T) {
	const msg = "zsh: bad CPU type in executable: ./tool\n"
	for _, c := range []struct{ text, first string }{
		{msg + "I'm on a 2020 M1 Macbook Air running Ventura 13.6.", "Rosetta"},
		{"It is a new Macbook Air (so Apple M1 processor) running Big Sur.\n" + msg, "Rosetta"},
		{msg + "Processor Name: 8-Core Intel Core i9", "one architecture"},
		{msg + "Works on my M1, fails on my Intel MacBook Pro.", "one architecture"},
		{msg, "one architecture"},
	} {
		m := firstMatch(Analyze([]byte(c.text)), "text-bad-cpu-type")
		if m == nil || !strings.Contains(m.Causes[0], c.first) {
			t.Errorf("%q: got %v, want first cause with %q", c.text, m, c.first)
		}
	}
}

// dyld's "missing compatible arch" for a plug-in is library validation
// where the paste says so; alone, or the words alone, it is not.
func TestMissingCompatibleArchLibraryValidation(t *testing.T) {
	const dl = "Error loading /Library/CoreMediaIO/Plug-Ins/DAL/X.plugin/Contents/MacOS/X:  dlopen(/Library/CoreMediaIO/Plug-Ins/DAL/X.plugin/Contents/MacOS/X, 0x0106): missing compatible arch in /Library/CoreMediaIO/Plug-Ins/DAL/X.plugin/Contents/MacOS/X\n"
	if firstMatch(Analyze([]byte(dl+"On ARM MacBooks I'm not getting the usual library validation errors, but it appears to be just that.")), "text-library-validation") == nil {
		t.Error("dlopen's missing compatible arch with library validation errors named: no text-library-validation")
	}
	for _, s := range []string{dl, "Are there any library validation errors in the log?"} {
		if firstMatch(Analyze([]byte(s)), "text-library-validation") != nil {
			t.Errorf("%q: text-library-validation", s)
		}
	}
}

// The "damaged" alert for "the M1 version" of an app leads with an unsigned
// or ad hoc build downloaded on Apple silicon; for an M1 Mac alone it does
// not.
func TestDamagedM1Version(t *testing.T) {
	const alert = `Mac gives me a popup saying "This application is damaged and cannot be opened".`
	m := firstMatch(Analyze([]byte("The M1 version of Headlamp fails to launch for me. "+alert)), "text-gatekeeper-damaged")
	if m == nil || m.Causes[0] != causeDamagedAdhoc {
		t.Errorf("M1 version: got %v", m)
	}
	m = firstMatch(Analyze([]byte("On my M1 MacBook the app fails to launch. "+alert)), "text-gatekeeper-damaged")
	if m == nil || m.Causes[0] == causeDamagedAdhoc {
		t.Errorf("M1 Mac only: got %v", m)
	}
}
