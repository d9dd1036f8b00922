package analyzer

// The case runner: every folder testdata/cases/<check-id>/<case>/ is one
// behaviour. Its input files are analysed together; its `want` file lists the
// verdicts and the findings expected, one per line:
//
//	verdict | goal | status | because refs | needs …
//	severity | id | subject | message | cause REF
//	    in PLACE (each place of a finding made in several)
//
// An optional `options` file sets `now: RFC3339` (default 2026-11-27T00:00:00Z),
// `device: ID`, `requirement: TEXT` and `trust: PATH` (a test CA certificate,
// relative to the repository root, trusted in place of Apple's roots for this
// case only). Input files named NAME.b64 are decoded and analysed as NAME, so
// binaries are not stored as executables.
//
// A case whose folder name starts with "no-" is a near miss: the folder's check
// must not fire. Any other case must contain the folder's check. Run with
// -update to rewrite every want file from what the analyzer says now, then
// review the diff.

import (
	"bytes"
	"context"
	"encoding/base64"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

var update = flag.Bool("update", false, "rewrite testdata/cases/*/*/want from the current results")

const casesDir = "../testdata/cases"

// defaultCaseTime is the fixed clock of every case unless its options say otherwise.
var defaultCaseTime = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func TestCases(t *testing.T) {
	checkDirs, err := os.ReadDir(casesDir)
	if os.IsNotExist(err) {
		t.Skip("no cases yet")
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, cd := range checkDirs {
		if !cd.IsDir() {
			continue
		}
		checkID := cd.Name()
		if Lookup(checkID) == nil {
			t.Errorf("testdata/cases/%s: no check has that ID", checkID)
			continue
		}
		caseDirs, err := os.ReadDir(filepath.Join(casesDir, checkID))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range caseDirs {
			if !c.IsDir() {
				continue
			}
			dir := filepath.Join(casesDir, checkID, c.Name())
			t.Run(checkID+"/"+c.Name(), func(t *testing.T) { runCase(t, checkID, c.Name(), dir) })
		}
	}
}

func runCase(t *testing.T, checkID, name, dir string) {
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
	got := formatVerdicts(rep.Verdicts) + formatWant(rep.Findings)
	wantPath := filepath.Join(dir, "want")
	if *update {
		if err := os.WriteFile(wantPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(wantPath)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("findings differ from %s\n--- got\n%s--- want\n%s", wantPath, got, want)
	}
	fired := false
	for _, f := range rep.Findings {
		if f.ID == checkID {
			fired = true
		}
	}
	nearMiss := strings.HasPrefix(name, "no-")
	switch {
	case nearMiss && fired:
		t.Errorf("near-miss case: %s must not fire", checkID)
	case !nearMiss && !fired:
		t.Errorf("%s did not fire (a near miss belongs in a folder named no-…)", checkID)
	}
}

func formatWant(fs []report.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s | %s | %s | %s", f.Severity, f.ID, f.Subject, oneLine(f.Message))
		if f.Cause != "" {
			fmt.Fprintf(&b, " | cause %s", f.Cause)
		}
		b.WriteString("\n")
		for _, p := range f.Places {
			fmt.Fprintf(&b, "    in %s\n", p)
		}
	}
	return b.String()
}

// formatVerdicts writes one line per verdict: verdict | goal | status |
// because or needs.
func formatVerdicts(vs []report.Verdict) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "verdict | %s | %s", v.Goal, v.Status)
		if len(v.Because) > 0 {
			fmt.Fprintf(&b, " | %s", strings.Join(v.Because, ", "))
		}
		if v.Needs != "" {
			fmt.Fprintf(&b, " | needs %s", v.Needs)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }

func readCaseOptions(path string) (Options, error) {
	opts := Options{Now: defaultCaseTime}
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return opts, nil
	}
	if err != nil {
		return opts, err
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return opts, fmt.Errorf("%s:%d: want key: value", path, i+1)
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "now":
			tm, err := time.Parse(time.RFC3339, val)
			if err != nil {
				return opts, fmt.Errorf("%s:%d: %v", path, i+1, err)
			}
			opts.Now = tm
		case "device":
			opts.Device = val
		case "requirement":
			opts.Requirement = val
		case "trust":
			der, err := readCertDER(filepath.Join("..", val))
			if err != nil {
				return opts, fmt.Errorf("%s:%d: %v", path, i+1, err)
			}
			opts.testRoots = append(opts.testRoots, der)
		default:
			return opts, fmt.Errorf("%s:%d: unknown option %q", path, i+1, key)
		}
	}
	return opts, nil
}

// readCertDER reads a certificate file in DER or PEM form.
func readCertDER(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if i := bytes.Index(b, []byte("-----BEGIN CERTIFICATE-----")); i >= 0 {
		body := b[i+len("-----BEGIN CERTIFICATE-----"):]
		if j := bytes.Index(body, []byte("-----END")); j >= 0 {
			body = body[:j]
		}
		return base64.StdEncoding.DecodeString(string(bytes.Join(bytes.Fields(body), nil)))
	}
	return b, nil
}

func readCaseInputs(dir string) ([]File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || name == "want" || name == "options" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		if strings.HasSuffix(name, ".b64") {
			name = strings.TrimSuffix(name, ".b64")
			if b, err = base64.StdEncoding.DecodeString(string(bytes.Join(bytes.Fields(b), nil))); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
		}
		files = append(files, File{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}
