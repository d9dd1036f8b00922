package app

import (
	"errors"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// View-model of the requirement box: what the analyzer says about the
// requirement a user types, slice by slice and clause by clause.

// Verdicts of a requirement against one slice.
const (
	verdictSatisfied    = "satisfied"
	verdictNotSatisfied = "not-satisfied"
	verdictUndetermined = "undetermined"
)

// reqSliceView is a requirement judged against one slice of signed code.
type reqSliceView struct {
	Subject string
	Verdict string
	Clauses []report.RequirementClause
	// Note carries the analyzer's sentence when no clause list is available
	// (code inside an archive, judged through the requirement findings).
	Note string
}

// reqSyntax is a requirement that does not compile, with where.
type reqSyntax struct {
	Line, Column int
	Msg          string
}

// requirementSyntax checks the text; nil when it compiles or is empty.
func requirementSyntax(text string) *reqSyntax {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	err := analyzer.CheckRequirementSyntax(text)
	if err == nil {
		return nil
	}
	var se *analyzer.RequirementSyntaxError
	if errors.As(err, &se) {
		return &reqSyntax{Line: se.Line, Column: se.Column, Msg: se.Msg}
	}
	return &reqSyntax{Msg: err.Error()}
}

func verdictOf(satisfied, undetermined bool) string {
	switch {
	case satisfied:
		return verdictSatisfied
	case undetermined:
		return verdictUndetermined
	}
	return verdictNotSatisfied
}

// evalViews turns EvaluateRequirement's answer into the box's rows, keeping
// the slices of the one artifact the box sits on.
func evalViews(results []analyzer.RequirementResult, artifact string) []reqSliceView {
	var out []reqSliceView
	for _, r := range results {
		if artifact != "" && (r.Location.File != artifact || r.Location.Path != "") {
			continue
		}
		out = append(out, sliceEvalView(r.Subject, r.Eval))
	}
	return out
}

func sliceEvalView(subject string, ev report.RequirementEval) reqSliceView {
	return reqSliceView{Subject: subject, Verdict: verdictOf(ev.Satisfied, ev.Undetermined), Clauses: ev.Clauses}
}

// nodeEvalViews reads a requirement's outcome for the executable of one node
// of an archive from a report made with Options.Requirement: from the
// slices' requirement_eval when the analyzer fills it for nested code, else
// from the req-satisfied and req-unsatisfied findings about that executable.
func nodeEvalViews(rep *report.Report, artifact, executable string) []reqSliceView {
	var out []reqSliceView
	for _, a := range rep.Artifacts {
		b, ok := a.Facts.(*report.Bundle)
		if !ok || a.Name != artifact {
			continue
		}
		for _, f := range flattenCode(b.Code) {
			if f.Node.Executable != executable || f.Node.MachO == nil {
				continue
			}
			for _, s := range f.Node.MachO.Slices {
				if s.RequirementEval != nil && s.RequirementEval.Error == "" {
					at := report.Location{File: artifact, Path: executable, Arch: s.Arch}
					out = append(out, sliceEvalView(at.String(), *s.RequirementEval))
				}
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, f := range rep.Findings {
		if f.ID != "req-satisfied" && f.ID != "req-unsatisfied" {
			continue
		}
		if f.Location.File != artifact || f.Location.Component != "" || f.Location.Path != executable {
			continue
		}
		v := reqSliceView{Subject: f.Subject, Note: f.Message}
		switch {
		case f.ID == "req-satisfied":
			v.Verdict = verdictSatisfied
		case f.Severity == report.Warning:
			v.Verdict = verdictUndetermined
		default:
			v.Verdict = verdictNotSatisfied
		}
		out = append(out, v)
	}
	return out
}

// verdictText says a verdict in words.
func verdictText(v string) string {
	switch v {
	case verdictSatisfied:
		return "Satisfied"
	case verdictUndetermined:
		return "Undetermined: depends on the Mac that checks it"
	}
	return "Not satisfied"
}

// clauseVerdict is one clause's verdict.
func clauseVerdict(c report.RequirementClause) string {
	return verdictOf(c.Satisfied, c.Undetermined)
}
