package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
)

// maxStdin bounds pasted text read from stdin: stdin cannot be read at random
// offsets, so it is the one input held in memory whole.
const maxStdin = 16 << 20

// stdinName is the name a "-" input gets in findings.
const stdinName = "<stdin>"

type checkFlags struct {
	format      string
	now         string
	device      string
	requirement string
	// passwordFile and passwordEnv name where an identity's password is;
	// the password itself is never a flag (it would show in ps and shell
	// history).
	passwordFile string
	passwordEnv  string
	failOn       string
	config       string
	// Extra outputs written beside the main format, so CI analyses once
	// for its log, its code scanning upload and its step summary.
	sarifPath    string
	markdownPath string
}

func runCheck(e *env, args []string) int {
	var cf checkFlags
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cf.format, "format", "text", "output format: text, json, sarif or markdown")
	fs.StringVar(&cf.failOn, "fail-on", "", "which findings make the exit status 1: error (the default), warning or never")
	fs.StringVar(&cf.sarifPath, "sarif", "", "also write the report as SARIF to this file")
	fs.StringVar(&cf.markdownPath, "markdown", "", "also write the report as Markdown to this file (appended to, as $GITHUB_STEP_SUMMARY wants)")
	fs.StringVar(&cf.config, "config", "", "the policy file (default: "+configName+" in the working directory or a folder above it; none for no file)")
	fs.StringVar(&cf.now, "now", "", "judge dates as of this time (RFC 3339, or YYYY-MM-DD) instead of now")
	fs.StringVar(&cf.device, "device", "", "a device ID (UDID, or a Mac's hardware UUID) to look up in the profiles")
	fs.StringVar(&cf.requirement, "requirement", "", "a code requirement to evaluate against each signature")
	fs.StringVar(&cf.passwordFile, "password-file", "", "read the password of the .p12/.pfx identities from this file (its first line)")
	fs.StringVar(&cf.passwordEnv, "password-env", "", "read the password of the .p12/.pfx identities from this environment variable")
	fs.Usage = func() {
		fmt.Fprint(e.stderr, "Usage: signdoctor check [flags] FILE...\n\nAnalyses the files together as one case. \"-\" reads text (an error message, a log) from stdin.\nExit status: 0 nothing fails (see --fail-on), 1 a finding fails the run, 2 could not run.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "signdoctor check: no files given")
		fs.Usage()
		return exitUsage
	}
	switch cf.format {
	case "text", "json", "sarif", "markdown":
	default:
		fmt.Fprintf(e.stderr, "signdoctor check: unknown format %q (want text, json, sarif or markdown)\n", cf.format)
		return exitUsage
	}
	if cf.failOn != "" && !validFailOn(cf.failOn) {
		fmt.Fprintf(e.stderr, "signdoctor check: --fail-on %q: want error, warning or never\n", cf.failOn)
		return exitUsage
	}
	pol, err := resolvePolicy(cf.config)
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: %v\n", err)
		return exitUsage
	}
	pol.failOn = cf.failOn
	opts := analyzer.Options{Device: cf.device, Requirement: cf.requirement, Disabled: pol.Disable}
	if cf.now != "" {
		t, err := parseNow(cf.now)
		if err != nil {
			fmt.Fprintf(e.stderr, "signdoctor check: --now: %v\n", err)
			return exitUsage
		}
		opts.Now = t
	}
	password, err := readPassword(cf)
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: %v\n", err)
		return exitUsage
	}
	if password != nil {
		opts.Password = func(string) (string, bool) { return *password, true }
	}

	files, closeAll, err := openInputs(e.stdin, paths)
	defer closeAll()
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: %v\n", err)
		return exitUsage
	}
	pol.sarifPath, pol.markdownPath = cf.sarifPath, cf.markdownPath
	return analyzeAndPrint(e, cf.format, files, opts, pol)
}

// analyzeAndPrint runs the analysis over opened inputs, prints the report in
// the chosen format and returns the exit code.
func analyzeAndPrint(e *env, format string, files []analyzer.File, opts analyzer.Options, pol *policy) int {
	rep, err := analyzer.Analyze(context.Background(), files, opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: %v\n", err)
		return exitUsage
	}
	pol.apply(rep)

	switch format {
	case "json":
		err = writeJSON(e.stdout, rep)
	case "sarif":
		err = writeSARIF(e.stdout, rep, files)
	case "markdown":
		err = writeMarkdown(e.stdout, rep, len(files))
	default:
		writeText(e.stdout, rep, e.colour)
		writeTextSummary(e.stderr, rep, len(files))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: writing the report: %v\n", err)
		return exitUsage
	}
	if err := writeExtraOutputs(rep, files, pol); err != nil {
		fmt.Fprintf(e.stderr, "signdoctor check: %v\n", err)
		return exitUsage
	}
	writeUnusedAcceptances(e.stderr, rep)
	if failed(rep, pol.effectiveFailOn()) {
		return exitFindings
	}
	return exitOK
}

// parseInterspersed parses flags wherever they stand among the file names, as
// linters allow (check a.mobileprovision --format json). "--" ends flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		before := args
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		// flag stops at the first non-flag, or just after a "--" it consumed.
		if consumed := len(before) - len(args); consumed > 0 && before[consumed-1] == "--" {
			return append(positional, args...), nil
		}
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// parseNow accepts RFC 3339 or a plain date (midnight UTC).
func parseNow(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time (2026-11-27T00:00:00Z) or a date (2026-11-27)", s)
}

// openInputs opens every path for random access; nothing is read whole except
// stdin, which cannot seek. The returned func closes what was opened, also
// after an error.
func openInputs(stdin io.Reader, paths []string) ([]analyzer.File, func(), error) {
	var opened []*os.File
	closeAll := func() {
		for _, f := range opened {
			f.Close()
		}
	}
	files := make([]analyzer.File, 0, len(paths))
	usedStdin := false
	for _, p := range paths {
		if p == "-" {
			if usedStdin {
				return nil, closeAll, errors.New(`"-" (stdin) given twice`)
			}
			usedStdin = true
			b, err := io.ReadAll(io.LimitReader(stdin, maxStdin+1))
			if err != nil {
				return nil, closeAll, fmt.Errorf("reading stdin: %w", err)
			}
			if len(b) > maxStdin {
				return nil, closeAll, fmt.Errorf("stdin is larger than %d MiB; save it to a file and pass its name", maxStdin>>20)
			}
			files = append(files, analyzer.File{Name: stdinName, Size: int64(len(b)), R: bytes.NewReader(b)})
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, closeAll, err
		}
		opened = append(opened, f)
		fi, err := f.Stat()
		if err != nil {
			return nil, closeAll, err
		}
		if fi.IsDir() {
			folder, err := readFolder(p)
			if err != nil {
				return nil, closeAll, err
			}
			files = append(files, analyzer.File{Name: filepath.Base(filepath.Clean(p)), Folder: folder})
			continue
		}
		if !fi.Mode().IsRegular() {
			return nil, closeAll, fmt.Errorf("%s is not a regular file", p)
		}
		files = append(files, analyzer.File{Name: p, Size: fi.Size(), R: f})
	}
	return files, closeAll, nil
}

// writeJSON prints the report exactly as analyzer/report marshals it: the
// contract the web app renders and share links carry.
func writeJSON(w io.Writer, rep *report.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

// ANSI colours per severity; the rest of the line stays plain so it reads
// well on light and dark terminals.
var severityColour = map[report.Severity]string{
	report.Error:   "\x1b[1;31m",
	report.Warning: "\x1b[1;33m",
	report.Info:    "\x1b[1;36m",
}

const ansiReset, ansiDim = "\x1b[0m", "\x1b[2m"

// writeText prints the verdicts, then one line per finding, as compilers and
// linters do: subject: severity: message [id]. Editors and CI annotators
// parse that form; the places of a finding made in several are indented
// beneath it, and a finding that follows from another names its cause.
// Text from the files (names, paths, log messages) is printed with control
// characters escaped visibly, so a file cannot drive the terminal or write
// lines of its own; no line starts with "::" (a GitHub Actions command).
// An accepted finding ends with its reason; past maxTextPerCheck findings
// of one check on one input, a line says how many more there are.
func writeText(w io.Writer, rep *report.Report, colour bool) {
	writeVerdicts(w, rep.Verdicts, colour)
	shown := map[string]int{}
	for _, f := range rep.Findings {
		group := f.ID + "\x00" + inputOf(f, rep)
		shown[group]++
		if n := shown[group]; n > maxTextPerCheck {
			if n == maxTextPerCheck+1 {
				more := countGroup(rep, group) - maxTextPerCheck
				io.WriteString(w, safetext.NoCommand(fmt.Sprintf("%s: %s: and %d more like this [%s]",
					terminalSafe(inputOf(f, rep)), f.Severity, more, terminalSafe(f.ID)))+"\n")
			}
			continue
		}
		var b strings.Builder
		if f.Subject != "" {
			b.WriteString(terminalSafe(f.Subject))
			b.WriteString(": ")
		}
		sev := string(f.Severity)
		if colour {
			sev = severityColour[f.Severity] + sev + ansiReset
		}
		b.WriteString(sev)
		b.WriteString(": ")
		// A message is one line; newlines inside it would break the
		// one-finding-per-line contract, so they become spaces.
		b.WriteString(terminalSafe(oneLine(f.Message)))
		if len(f.Places) > 1 {
			fmt.Fprintf(&b, " (in %d places)", len(f.Places))
		}
		if f.Cause != "" {
			b.WriteString(" (follows from " + terminalSafe(report.RefID(f.Cause)) + ")")
		}
		id := "[" + terminalSafe(f.ID) + "]"
		if colour {
			id = ansiDim + id + ansiReset
		}
		b.WriteString(" ")
		b.WriteString(id)
		if f.Accepted != "" {
			b.WriteString(" (accepted: " + terminalSafe(oneLine(f.Accepted)) + ")")
		}
		io.WriteString(w, safetext.NoCommand(b.String())+"\n")
		if len(f.Places) > 1 {
			for _, p := range f.Places {
				io.WriteString(w, safetext.NoCommand("    "+terminalSafe(p))+"\n")
			}
		}
	}
}

// maxTextPerCheck is how many findings of one check on one input the text
// and Markdown reports list before "and N more" (the JSON has them all, up
// to the analyzer's own bound).
const maxTextPerCheck = 10

// inputOf is the input a finding is on: the longest artifact name its
// location is within, else its location's file (or, on no file, its subject).
func inputOf(f report.Finding, rep *report.Report) string {
	best := ""
	for _, a := range rep.Artifacts {
		if len(a.Name) > len(best) && f.Location.Within(a.Name) {
			best = a.Name
		}
	}
	if best != "" {
		return best
	}
	if f.Location.File == "" {
		return f.Subject
	}
	return f.Location.File
}

func countGroup(rep *report.Report, group string) int {
	n := 0
	for _, f := range rep.Findings {
		if f.ID+"\x00"+inputOf(f, rep) == group {
			n++
		}
	}
	return n
}

// terminalSafe escapes what a file could use to act on a terminal.
func terminalSafe(s string) string { return safetext.Visible(s) }

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\r", " ")), " ")
}

// writeTextSummary goes to stderr so that stdout stays one finding per line.
func writeTextSummary(w io.Writer, rep *report.Report, inputs int) {
	errs, warns, infos := rep.Counts()
	accepted := ""
	if rep.Policy != nil && rep.Policy.Accepted > 0 {
		accepted = fmt.Sprintf(" (%d accepted by %s)", rep.Policy.Accepted, terminalSafe(rep.Policy.Config))
	}
	fmt.Fprintf(w, "%s, %s, %s in %s%s\n",
		plural(errs, "error"), plural(warns, "warning"), plural(infos, "note"), plural(inputs, "file"), accepted)
	if len(rep.Findings) > 0 {
		fmt.Fprintf(w, "Run \"signdoctor explain ID\" for why a finding fails and how to fix it.\n")
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// readPassword reads an identity's password from --password-file (its first
// line, without the line end) or --password-env; nil when neither is given.
func readPassword(cf checkFlags) (*string, error) {
	switch {
	case cf.passwordFile != "" && cf.passwordEnv != "":
		return nil, errors.New("give --password-file or --password-env, not both")
	case cf.passwordFile != "":
		b, err := os.ReadFile(cf.passwordFile)
		if err != nil {
			return nil, fmt.Errorf("--password-file: %v", err)
		}
		pw, _, _ := strings.Cut(string(b), "\n")
		pw = strings.TrimSuffix(pw, "\r")
		return &pw, nil
	case cf.passwordEnv != "":
		pw, ok := os.LookupEnv(cf.passwordEnv)
		if !ok {
			return nil, fmt.Errorf("--password-env: the environment variable %s is not set", cf.passwordEnv)
		}
		return &pw, nil
	}
	return nil, nil
}
