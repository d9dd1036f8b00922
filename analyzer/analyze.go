package analyzer

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Analyze recognises and parses every file, runs every check whose inputs are
// present, and returns the report. One input failing (even by panicking) never
// stops the others: its failure becomes a finding on it.
func Analyze(ctx context.Context, files []File, opts Options) (*report.Report, error) {
	// One trust for every parser and check of this analysis (each gets a
	// copy of opts).
	opts.resolveTrust()
	c := &Case{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		opts.yield()
		c.Inputs = append(c.Inputs, parseInput(ctx, f, &opts))
	}
	rep := &report.Report{Findings: []report.Finding{}, Artifacts: []report.Artifact{}}
	for _, in := range c.Inputs {
		rep.Artifacts = append(rep.Artifacts, in.Artifacts...)
	}
	now := opts.now()
	var findings []report.Finding
	for _, chk := range Checks() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !runnable(chk, c) || slices.Contains(opts.Disabled, chk.ID) {
			continue
		}
		opts.yield()
		findings = append(findings, runCheck(chk, c, now, opts)...)
	}
	rep.Findings, rep.Verdicts = answer(findings, rep.Artifacts)
	if reportProduced != nil {
		reportProduced(rep)
	}
	return rep, nil
}

// reportProduced, set only by this package's tests, sees every report
// Analyze returns (they validate each against report.schema.json).
var reportProduced func(*report.Report)

// answer arranges the findings root cause first and answers the goals. A
// bug in either must not cost the findings: they are then kept as found,
// with a finding that says so, and no verdicts.
func answer(fs []report.Finding, arts []report.Artifact) (out []report.Finding, vs []report.Verdict) {
	defer func() {
		if r := recover(); r != nil {
			out = append(append([]report.Finding{}, fs...), report.Finding{
				ID: "internal-check-failed", Severity: report.Error,
				Message: fmt.Sprintf("ordering the findings and answering the goals stopped with an internal error (%v); the findings are listed as found, without verdicts. Please report this with the file.", r),
			}.At(internalLocation))
			vs = nil
		}
	}()
	out = arrangeFindings(fs)
	if out == nil {
		out = []report.Finding{}
	}
	return out, computeVerdicts(out, arts)
}

// internalLocation is where a failure of signdoctor itself is reported.
var internalLocation = report.Location{Item: "signdoctor"}

func runnable(chk *Check, c *Case) bool {
	for _, k := range chk.Needs {
		if !c.has(k) {
			return false
		}
	}
	return true
}

// runCheck runs one check; a panic inside it becomes an error finding that
// names the check, so a bug in one check never hides the others.
func runCheck(chk *Check, c *Case, now time.Time, opts Options) (out []report.Finding) {
	p := &Pass{Case: c, Check: chk, Now: now, Options: opts}
	defer func() {
		if r := recover(); r != nil {
			out = append(p.findings, report.Finding{
				ID: "internal-check-failed", Severity: report.Error,
				Message: fmt.Sprintf("check %s stopped with an internal error (%v); the other checks ran. Please report this with the file.", chk.ID, r),
			}.At(internalLocation))
		}
	}()
	chk.Run(p)
	return append(p.findings, p.capped.summaries(chk.ID)...)
}

// parseInput recognises and parses one file. Panics inside a parser are caught
// and kept as the input's error.
func parseInput(ctx context.Context, f File, opts *Options) (in *Input) {
	in = &Input{File: f, Kind: KindUnknown}
	defer func() {
		if r := recover(); r != nil {
			in.Value = nil
			in.Err = &InternalError{Value: r, Stack: string(debug.Stack())}
		}
	}()
	if f.Folder != nil {
		in.Kind = KindArchive
		budget, cancel := context.WithTimeout(ctx, opts.timePerInput())
		defer cancel()
		in.Value, in.Artifacts, in.Err = parseFolder(budget, in, opts)
		if ctx.Err() == nil && errors.Is(budget.Err(), context.DeadlineExceeded) {
			in.Value, in.Artifacts, in.Err = nil, nil, &TimeLimitError{Limit: opts.timePerInput()}
		}
		return in
	}
	n := int64(sniffLen)
	if f.Size < n {
		n = f.Size
	}
	head := make([]byte, n)
	if n > 0 {
		if m, err := f.R.ReadAt(head, 0); m < len(head) {
			in.Err = fmt.Errorf("reading %s: %w", f.Name, err)
			return in
		}
	}
	r := recognize(opts.kindTable(), head, f.Name)
	if r == nil {
		return in
	}
	in.Kind = r.Kind
	budget, cancel := context.WithTimeout(ctx, opts.timePerInput())
	defer cancel()
	v, arts, err := r.parse(budget, in, opts)
	if ctx.Err() == nil && errors.Is(budget.Err(), context.DeadlineExceeded) {
		// The parser stopped because this input's time ran out, not because
		// the user cancelled: say so on this input and go on with the others.
		v, arts, err = nil, nil, &TimeLimitError{Limit: opts.timePerInput()}
	}
	if err != nil && r.Kind == KindCertificate && quotesCertificate(head) {
		// Text that quotes a PEM block it cuts short or indents (an issue's
		// code, a log) is a paste that mentions a certificate, not a
		// certificate file: read it as the paste it is.
		for _, k := range opts.kindTable() {
			if k.Kind == KindText && k.sniff(head, f.Name) {
				in.Kind = KindText
				v, arts, err = k.parse(budget, in, opts)
			}
		}
	}
	in.Value, in.Artifacts, in.Err = v, arts, err
	return in
}

// TimeLimitError is an input whose analysis took longer than
// Options.TimePerInput.
type TimeLimitError struct{ Limit time.Duration }

func (e *TimeLimitError) Error() string {
	return fmt.Sprintf("the analysis of this file was stopped after %s (the time limit per input)", e.Limit)
}

// InternalError is a panic caught while parsing an input.
type InternalError struct {
	Value any
	Stack string
}

func (e *InternalError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// IsInternal says whether err is a caught panic.
func IsInternal(err error) bool {
	var ie *InternalError
	return errors.As(err, &ie)
}
