// Command signdoctor diagnoses Apple code-signing problems from the command
// line: the same analyzer that runs in the web app, for scripts and CI.
//
//	signdoctor check [--format text|json|sarif|markdown] [--fail-on error|warning|never] [--config FILE] [--now RFC3339] [--device ID] [--requirement TEXT] FILE...
//	signdoctor diff [--format text|json] [--now RFC3339] A B
//	signdoctor explain ID
//	signdoctor checks
//	signdoctor serve [--addr 127.0.0.1:8080] [--dir web/build]
//	signdoctor version
//
// check exits 0 when no finding fails the run (an error, or with --fail-on
// warning a warning; accepted findings never do), 1 when one does, and 2
// when it could not run (a bad flag, an unreadable file, a mistake in the
// policy file .signdoctor.json).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/signdoctor/signdoctor/analyzer"
)

// Exit codes, as DESIGN.md promises them to CI scripts.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// env is everything a command touches outside itself, so tests run the real
// logic in-process with buffers instead of building a binary.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// colour says whether text output may use ANSI colours.
	colour bool
}

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, colour: wantColour(os.Stdout)}
	os.Exit(run(e, os.Args[1:]))
}

// usage names the kinds of input from the analyzer's table, wrapped.
var usage = wrap("signdoctor diagnoses Apple code-signing problems: "+
	analyzer.KindList(func(k analyzer.KindInfo) string { return k.Plural }, "and")+".", 76, "") + `

Usage:
  signdoctor check [flags] FILE...   analyse files together as one case ("-" reads text from stdin)
  signdoctor diff [flags] A B        what changed between two versions of an artifact
  signdoctor explain ID              explain a check: why it fails and how to fix it
  signdoctor checks                  list every check
  signdoctor serve [flags]           serve the web app (built with make build)
  signdoctor version                 the version, commit and Go version of this binary

Run "signdoctor COMMAND -h" for a command's flags.
`

// run dispatches to a command and returns the process exit code.
func run(e *env, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "check":
		return runCheck(e, args[1:])
	case "diff":
		return runDiff(e, args[1:])
	case "explain":
		return runExplain(e, args[1:])
	case "checks", "list":
		return runChecks(e, args[1:])
	case "serve":
		return runServe(e, args[1:])
	case "version", "-version", "--version":
		return runVersion(e, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(e.stdout, usage)
		return exitOK
	}
	fmt.Fprintf(e.stderr, "signdoctor: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}

// wantColour says whether f is a terminal that should get colours. A
// character device is a terminal for this purpose (a pipe or file is not);
// NO_COLOR and TERM=dumb turn colours off, as most tools agree.
func wantColour(f *os.File) bool {
	if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&os.ModeCharDevice != 0
}
