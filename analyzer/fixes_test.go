package analyzer

import (
	"bytes"
	"context"
	"encoding/base64"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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

// runFix runs each command of a fix (its code spans) with runBash and
// returns the arguments of the last.
func runFix(t *testing.T, fix string) []string {
	t.Helper()
	spans := strings.Split(fix, "`")
	if len(spans)%2 == 0 {
		t.Fatalf("fix %q has an unpaired backtick", fix)
	}
	if len(spans) < 3 {
		t.Fatalf("fix %q shows no command in backticks", fix)
	}
	var args []string
	for i := 1; i < len(spans); i += 2 {
		args = runBash(t, spans[i])
	}
	return args
}

func TestShellQuoteIsOneWord(t *testing.T) {
	for _, name := range hostileNames {
		got := runBash(t, "codesign "+shellQuote(name))
		if len(got) != 1 || got[0] != name {
			t.Errorf("shellQuote(%q) = %s: bash reads %q", name, shellQuote(name), got)
		}
		if q := shellQuote(name); strings.ContainsFunc(q, escapedRune) {
			t.Errorf("shellQuote(%q) = %q keeps a backtick, control or direction character", name, q)
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
		args := runFix(t, fix)
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
			args := runFix(t, f.Fix)
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

func TestFillFix(t *testing.T) {
	devID := "Developer ID Application: Example Corp (ABCDE12345)"
	for _, tc := range []struct {
		fix  string
		fv   fixValues
		want string
	}{
		{"`codesign -s \"Developer ID Application: NAME (TEAMID)\" --options runtime FILE`",
			fixValues{"identity": devID, "path": "My App.app/Contents/MacOS/My App"},
			"`codesign -s 'Developer ID Application: Example Corp (ABCDE12345)' --options runtime 'My App.app/Contents/MacOS/My App'`"},
		// An identity of another kind does not stand in for a Developer ID.
		{"`codesign -s \"Developer ID Application: …\" FILE`", fixValues{"identity": "Apple Development: Jo (ABCDE12345)"},
			"`codesign -s \"Developer ID Application: …\" FILE`"},
		{"`codesign -f -s IDENTITY App.app`", fixValues{"identity": "Apple Development: Jo (ABCDE12345)"},
			"`codesign -f -s 'Apple Development: Jo (ABCDE12345)' App.app`"},
		// FILE.entitlements and TEAMID.name are other names.
		{"`--entitlements FILE.entitlements FILE`, or use TEAMID.name with team TEAMID.", fixValues{"path": "tool", "team": "ABCDE12345"},
			"`--entitlements FILE.entitlements tool`, or use TEAMID.name with team ABCDE12345."},
		{"`xcrun notarytool log SUBMISSION-ID`", fixValues{"submission": "2efe2717-52ef-43a5-96dc-0797e4ca1041"},
			"`xcrun notarytool log 2efe2717-52ef-43a5-96dc-0797e4ca1041`"},
		// Two different values: which one is meant is unknown.
		{"`codesign -dvvv FILE`", func() fixValues { fv := fixValues{}; fv.add("path", "a"); fv.add("path", "b"); return fv }(),
			"`codesign -dvvv FILE`"},
		{"team TEAMID", fixValues{"team": "abc; rm -rf"}, "team TEAMID"},
	} {
		if got := fillFix(tc.fix, tc.fv); got != tc.want {
			t.Errorf("fillFix(%q, %v)\n got %q\nwant %q", tc.fix, tc.fv, got, tc.want)
		}
	}
}

// A notary log names files; its fixes quote them, and a quoted name never
// ends the code span the command is shown in.
func TestNotaryFixQuotesPaths(t *testing.T) {
	for _, name := range []string{"App`touch PWNED`", "App$(touch PWNED)", "A'pp", "App\n::error::x"} {
		log := `{"jobId":"2efe2717-52ef-43a5-96dc-0797e4ca1041","status":"Invalid","statusCode":4000,"issues":[` +
			`{"severity":"error","path":` + strconv.Quote("Sub.zip/"+name+".app/Contents/MacOS/App") +
			`,"message":"The signature of the binary is invalid.","architecture":"arm64"}]}`
		rep, err := Analyze(context.Background(), []File{{Name: "log.json", Size: int64(len(log)), R: strings.NewReader(log)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, f := range rep.Findings {
			if f.ID != "notary-signature-invalid" {
				continue
			}
			spans := strings.Split(f.Fix, "`")
			if len(spans)%2 == 0 {
				t.Fatalf("%q: fix %q has an unpaired backtick", name, f.Fix)
			}
			for i := 1; i < len(spans); i += 2 {
				if !strings.HasPrefix(spans[i], "codesign ") {
					continue
				}
				args := runBash(t, spans[i])
				if want := name + ".app/Contents/MacOS/App"; args[len(args)-1] != want {
					t.Errorf("%q: %q checks %q, want %q", name, spans[i], args[len(args)-1], want)
				}
				checked++
			}
		}
		if checked == 0 {
			t.Errorf("%q: no fix command named the file: %+v", name, rep.Findings)
		}
	}
}

// Every command in every fix the cases produce is valid bash: filling in
// values never breaks a command's syntax.
func TestCaseFixesParse(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	dirs, _ := filepath.Glob(filepath.Join(casesDir, "*", "*"))
	seen := map[string]bool{}
	for _, dir := range dirs {
		opts, err := readCaseOptions(filepath.Join(dir, "options"))
		if err != nil {
			t.Fatal(err)
		}
		files, err := readCaseInputs(dir)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Analyze(context.Background(), files, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			// A finding on code knows the code's path: its fix names it.
			if (strings.HasPrefix(f.ID, "macho-") || strings.HasPrefix(f.ID, "bundle-")) && f.Fix != "" &&
				replaceWord(f.Fix, "FILE", "") != f.Fix {
				t.Errorf("%s: %s: fix %q says FILE for a file it knows", dir, f.ID, f.Fix)
			}
			spans := strings.Split(f.Fix, "`")
			if len(spans)%2 == 0 {
				t.Errorf("%s: %s: fix %q has an unpaired backtick", dir, f.ID, f.Fix)
				continue
			}
			for i := 1; i < len(spans); i += 2 {
				cmd := spans[i]
				name, _, _ := strings.Cut(cmd, " ")
				switch name {
				case "codesign", "chmod", "xcrun", "ditto", "spctl", "pkgutil", "/usr/libexec/PlistBuddy":
				default:
					continue
				}
				if seen[cmd] {
					continue
				}
				seen[cmd] = true
				if out, err := exec.Command(bash, "-n", "-c", cmd).CombinedOutput(); err != nil {
					t.Errorf("%s: %s: %q is not valid bash: %s", dir, f.ID, cmd, out)
				}
			}
		}
	}
	if len(seen) < 20 {
		t.Errorf("only %d commands in the cases' fixes", len(seen))
	}
}

// The crafted archives of the security review: every command in every fix
// parses, runs nothing it does not show, and leaves nothing behind.
func TestCraftedFilesFixesAreSafe(t *testing.T) {
	ran := 0
	for _, name := range []string{"Backtick.ipa", "Backtick2.ipa", "esc2.ipa", "esc-notary.json"} {
		b, err := os.ReadFile(filepath.Join("../../shared/crashers/security", name))
		if err != nil {
			t.Skipf("crashers not present: %v", err)
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			spans := strings.Split(f.Fix, "`")
			if len(spans)%2 == 0 {
				t.Errorf("%s: %s: fix %q has an unpaired backtick", name, f.ID, f.Fix)
				continue
			}
			for i := 1; i < len(spans); i += 2 {
				switch cmd, _, _ := strings.Cut(spans[i], " "); cmd {
				case "codesign", "chmod", "xcrun":
					runBash(t, spans[i])
					ran++
				}
			}
		}
	}
	if ran < 3 {
		t.Errorf("%d commands ran, want one per crafted file with a fix", ran)
	}
}
