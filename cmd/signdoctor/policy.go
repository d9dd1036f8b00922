package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// configName is the CI policy file, looked for in the working directory and
// each folder above it, as linters look for theirs.
const configName = ".signdoctor.json"

// maxConfig bounds the policy file: it is a few acceptances, never megabytes.
const maxConfig = 1 << 20

// policyFile is .signdoctor.json:
//
//	{
//	  "fail_on": "warning",
//	  "disable": ["profile-expires-soon"],
//	  "accept": [
//	    {"check": "bundle-stray-files", "subject": "*.ipa: *", "reason": "the ._ files come from our archiver; FB1234"}
//	  ]
//	}
type policyFile struct {
	FailOn  string              `json:"fail_on,omitempty"`
	Disable []string            `json:"disable,omitempty"`
	Accept  []report.Acceptance `json:"accept,omitempty"`
}

// policy is a loaded policy file (the zero value: no file, nothing changed).
type policy struct {
	path string
	policyFile
	// failOn is --fail-on, which wins over the file's fail_on.
	failOn string
	// sarifPath and markdownPath are --sarif and --markdown.
	sarifPath, markdownPath string
}

// writeExtraOutputs writes --sarif (replacing the file) and --markdown
// (appending, as GitHub's step summary file is shared by the steps).
func writeExtraOutputs(rep *report.Report, files []analyzer.File, p *policy) error {
	if p == nil {
		return nil
	}
	if p.sarifPath != "" {
		var buf bytes.Buffer
		if err := writeSARIF(&buf, rep, files); err != nil {
			return err
		}
		if err := os.WriteFile(p.sarifPath, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("--sarif: %w", err)
		}
	}
	if p.markdownPath != "" {
		var buf bytes.Buffer
		if err := writeMarkdown(&buf, rep, len(files)); err != nil {
			return err
		}
		f, err := os.OpenFile(p.markdownPath, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		if err != nil {
			return fmt.Errorf("--markdown: %w", err)
		}
		_, err = f.Write(buf.Bytes())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("--markdown: %w", err)
		}
	}
	return nil
}

// effectiveFailOn is --fail-on, else the file's fail_on, else error.
func (p *policy) effectiveFailOn() string {
	switch {
	case p == nil:
		return failOnError
	case p.failOn != "":
		return p.failOn
	case p.FailOn != "":
		return p.FailOn
	}
	return failOnError
}

// writeUnusedAcceptances tells, on stderr, which acceptances matched no
// finding: the problem they accepted is gone (or the pattern is wrong), and
// the entry should go.
func writeUnusedAcceptances(w io.Writer, rep *report.Report) {
	if rep.Policy == nil {
		return
	}
	for _, a := range rep.Policy.Unused {
		fmt.Fprintf(w, "signdoctor: %s: the acceptance of %s on %q matched no finding; remove it if the problem is gone\n",
			terminalSafe(rep.Policy.Config), a.Check, terminalSafe(a.Subject))
	}
}

// Fail-on levels: which findings make check exit 1.
const (
	failOnError   = "error"
	failOnWarning = "warning"
	failOnNever   = "never"
)

func validFailOn(s string) bool {
	return s == failOnError || s == failOnWarning || s == failOnNever
}

// findConfig looks for .signdoctor.json in dir and each folder above it; ""
// when there is none.
func findConfig(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, configName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// loadPolicy reads and validates a policy file: every check it names must
// exist, every acceptance needs a check, a subject pattern and a reason, and
// unknown fields are mistakes (a misspelt "acept" would silently accept
// nothing).
func loadPolicy(path string) (*policy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfig+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxConfig {
		return nil, fmt.Errorf("%s: larger than %d KiB", path, maxConfig>>10)
	}
	p := &policy{path: path}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p.policyFile); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: more than one JSON value", path)
	}
	var problems []string
	if p.FailOn != "" && !validFailOn(p.FailOn) {
		problems = append(problems, fmt.Sprintf("fail_on is %q; want error, warning or never", p.FailOn))
	}
	for _, id := range p.Disable {
		if analyzer.Lookup(id) == nil {
			problems = append(problems, fmt.Sprintf("disable names %q, which is no check (signdoctor checks lists them)", id))
		}
	}
	for i, a := range p.Accept {
		where := fmt.Sprintf("accept[%d]", i)
		switch {
		case a.Check == "":
			problems = append(problems, where+": no check")
		case analyzer.Lookup(a.Check) == nil:
			problems = append(problems, fmt.Sprintf("%s: %q is no check (signdoctor checks lists them)", where, a.Check))
		}
		if a.Subject == "" {
			problems = append(problems, where+`: no subject pattern (use "*" for every subject)`)
		}
		if strings.TrimSpace(a.Reason) == "" {
			problems = append(problems, where+": no reason; say why the finding is accepted")
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%s: %s", path, strings.Join(problems, "; "))
	}
	return p, nil
}

// apply marks the findings the acceptances match (the first matching
// acceptance gives the reason) and records what the policy did.
func (p *policy) apply(rep *report.Report) {
	if p == nil || p.path == "" {
		return
	}
	used := make([]bool, len(p.Accept))
	accepted := 0
	for i := range rep.Findings {
		f := &rep.Findings[i]
		for j, a := range p.Accept {
			if a.Check == f.ID && matchSubject(a.Subject, f.Subject) {
				f.Accepted = strings.TrimSpace(a.Reason)
				used[j] = true
				accepted++
				break
			}
		}
	}
	pol := &report.Policy{Config: p.path, Disabled: p.Disable, Accepted: accepted}
	for j, a := range p.Accept {
		if !used[j] {
			pol.Unused = append(pol.Unused, a)
		}
	}
	rep.Policy = pol
}

// matchSubject matches a subject against a pattern in which "*" stands for
// any run of characters (slashes and spaces included: subjects are
// "App.ipa: Payload/App.app/App [arm64]") and "?" for one; the rest is
// literal, and the whole subject must match.
func matchSubject(pattern, subject string) bool {
	// Iterative wildcard matching with one backtrack point: linear in
	// practice, never exponential.
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(subject) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && (pattern[p] == '?' || pattern[p] == subject[s]):
			if pattern[p] == '?' {
				// "?" is one character, not one byte.
				_, n := utf8.DecodeRuneInString(subject[s:])
				s += n
			} else {
				s++
			}
			p++
		case star >= 0:
			p = star + 1
			mark++
			s = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// failed says whether the report fails the run at this level: accepted
// findings never do.
func failed(rep *report.Report, failOn string) bool {
	for _, f := range rep.Findings {
		if f.Accepted != "" {
			continue
		}
		switch failOn {
		case failOnWarning:
			if f.Severity == report.Error || f.Severity == report.Warning {
				return true
			}
		case failOnNever:
		default:
			if f.Severity == report.Error {
				return true
			}
		}
	}
	return false
}

// resolvePolicy loads the policy the flags ask for: --config PATH, or the
// file found upward from the working directory; --config none uses none.
func resolvePolicy(configFlag string) (*policy, error) {
	switch configFlag {
	case "none":
		return &policy{}, nil
	case "":
		wd, err := os.Getwd()
		if err != nil {
			return &policy{}, nil
		}
		path := findConfig(wd)
		if path == "" {
			return &policy{}, nil
		}
		// Named relative to the working directory in reports ("../.signdoctor.json"),
		// not by the runner's absolute path.
		if rel, err := filepath.Rel(wd, path); err == nil {
			path = rel
		}
		return loadPolicy(path)
	}
	p, err := loadPolicy(configFlag)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("--config %s: no such file", configFlag)
	}
	return p, err
}
