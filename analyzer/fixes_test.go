package analyzer

import (
	"bytes"
	"context"
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// hostileNames are file names an archive or a dropped file can carry, each
// of which runs code or splits words when pasted into a shell unquoted.
var hostileNames = []string{
	"App`touch PWNED`",
	"App$(touch PWNED)",
	"App'; touch PWNED; '",
	`App"; touch PWNED; "`,
	"My App $HOME",
	"App\ntouch PWNED",
	"App\x1b]52;c;dG91Y2ggUFdORUQ=\x07",
	"build-\u202eelifnoisivorp.exe\u202c",
	"App\\",
	"-App",
	"App\xff\xfe",
	"",
}

// runBash runs script in an empty folder with codesign, chmod and the
// other commands fixes use replaced by functions that print their
// arguments, one per NUL. It returns what they printed and fails the test
// when the script is not valid bash or left a file behind.
func runBash(t *testing.T, script string) []string {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	if out, err := exec.Command(bash, "-n", "-c", script).CombinedOutput(); err != nil {
		t.Fatalf("bash -n rejects %q: %v\n%s", script, err, out)
	}
	dir := t.TempDir()
	stubs := `codesign() { printf '%s\0' "$@"; }; chmod() { printf '%s\0' "$@"; }; xcrun() { printf '%s\0' "$@"; }; `
	cmd := exec.Command(bash, "-c", stubs+script)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("running %q: %v", script, err)
	}
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Fatalf("pasting %q created %s", script, left[0].Name())
	}
	return strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
}

func TestShellQuoteIsOneWord(t *testing.T) {
	for _, name := range hostileNames {
		got := runBash(t, "codesign "+shellQuote(name))
		if len(got) != 1 || got[0] != name {
			t.Errorf("shellQuote(%q) = %s: bash reads %q", name, shellQuote(name), got)
		}
		if q := shellQuote(name); strings.ContainsFunc(q, invisibleRune) {
			t.Errorf("shellQuote(%q) = %q keeps a control or direction character", name, q)
		}
	}
}

// A fix built from a dropped file's name passes that name to codesign as
// one argument and runs nothing else, whatever the name holds.
func TestFixQuotesFileNames(t *testing.T) {
	b64, err := os.ReadFile(filepath.Join(casesDir, "macho-sha1-missing", "old-target-sha256-only", "tool.b64"))
	if err != nil {
		t.Fatal(err)
	}
	bin, err := base64.StdEncoding.DecodeString(string(bytes.TrimSpace(b64)))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range hostileNames {
		if name == "" || strings.ContainsAny(name, "/\x00") {
			continue
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(bin)), R: bytes.NewReader(bin)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		fix := ""
		for _, f := range rep.Findings {
			if f.ID == "macho-sha1-missing" {
				fix = f.Fix
			}
		}
		if fix == "" {
			t.Fatalf("%q: macho-sha1-missing gave no fix", name)
		}
		args := runBash(t, fix)
		if want := baseName(name); args[len(args)-1] != want {
			t.Errorf("%q: the fix %q signs %q, want %q", name, fix, args[len(args)-1], want)
		}
		if strings.Contains(fix, "IDENTITY") {
			t.Errorf("%q: the fix %q leaves the identity out, which the signature names", name, fix)
		}
	}
}

// Names inside an archive reach fixes too: the executable to chmod, the
// bundle to re-sign.
func TestFixQuotesArchiveNames(t *testing.T) {
	for _, name := range []string{"App`touch PWNED`", "App$(touch PWNED)", "App'; touch PWNED; '", `My "App" $HOME`} {
		zb := macApp(t, macOpts{name: name, mainMode: 0o644}).zipBytes(t, true)
		rep, err := Analyze(context.Background(), []File{{Name: "Mac.zip", Size: int64(len(zb)), R: bytes.NewReader(zb)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, f := range rep.Findings {
			if f.Fix == "" || strings.HasPrefix(f.ID, "text-") {
				continue
			}
			args := runBash(t, f.Fix)
			last := args[len(args)-1]
			switch f.ID {
			case "bundle-exec-not-executable":
				if want := name + ".app/Contents/MacOS/" + name; last != want {
					t.Errorf("%q: %s fix %q changes %q, want %q", name, f.ID, f.Fix, last, want)
				}
			case "bundle-nested-no-runtime":
				if want := name + ".app"; last != want {
					t.Errorf("%q: %s fix %q re-signs %q last, want %q", name, f.ID, f.Fix, last, want)
				}
			}
			seen[f.ID] = true
		}
		if !seen["bundle-exec-not-executable"] || !seen["bundle-nested-no-runtime"] {
			t.Errorf("%q: fixes of %v, want bundle-exec-not-executable and bundle-nested-no-runtime", name, seen)
		}
	}
}
