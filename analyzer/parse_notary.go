package analyzer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// NotaryLog returns the parsed notary log, or nil when the input is not one.
func (in *Input) NotaryLog() *notary.Log {
	l, _ := in.Value.(*notary.Log)
	return l
}

// sniffNotary claims JSON with the notary log's fields. A head shorter than
// sniffLen is the whole file: when that is not valid JSON (a log pasted in
// part), it is left to the text recognizer, which still knows its messages.
func sniffNotary(head []byte, name string) bool {
	if !notary.Sniff(head) {
		return false
	}
	return len(head) >= sniffLen || json.Valid(head)
}

func parseNotary(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	if in.Size > notary.MaxSize {
		return nil, nil, fmt.Errorf("%d bytes is more than a notary log holds (limit %d)", in.Size, notary.MaxSize)
	}
	b := make([]byte, in.Size)
	if n, err := in.R.ReadAt(b, 0); n < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	l, err := notary.Parse(b)
	if err != nil {
		return nil, nil, err
	}
	return l, []report.Artifact{report.NewArtifact(in.Name, notaryFacts(l))}, nil
}

func notaryFacts(l *notary.Log) *report.Notary {
	f := &report.Notary{
		Format: l.Format, JobID: l.JobID, Status: l.Status, StatusSummary: l.StatusSummary, StatusExplanation: l.StatusExplanation(),
		ArchiveFilename: l.ArchiveFilename, SHA256: l.SHA256, IssueCount: len(l.Issues),
		Groups: []report.NotaryGroup{}, Truncated: l.Truncated,
	}
	if l.HasStatusCode {
		code := l.StatusCode
		f.StatusCode = &code
	}
	if !l.UploadDate.IsZero() {
		t := l.UploadDate
		f.UploadDate = &t
	}
	for _, t := range l.TicketContents {
		f.TicketContents = append(f.TicketContents, report.NotaryTicketEntry{Path: t.Path, DigestAlgorithm: t.DigestAlgorithm, CDHash: t.CDHash, Arch: t.Arch})
	}
	for _, g := range l.Groups() {
		rg := report.NotaryGroup{Path: g.Path, Architecture: g.Architecture}
		for _, is := range g.Issues {
			ex := explainNotaryIssue(is)
			rg.Issues = append(rg.Issues, report.NotaryIssue{
				Severity: issueSeverity(is), Code: is.Code, Message: is.Message, DocURL: is.DocURL,
				Check: ex.check, Title: ex.title, Explanation: ex.explanation, LocalChecks: ex.local,
			})
		}
		f.Groups = append(f.Groups, rg)
	}
	return f
}

// notaryExplanation is what signdoctor says about one issue.
type notaryExplanation struct {
	check              string // the notary-… check that reports it
	title, explanation string
	fix                string
	local              []string // registered checks that find it in the binary
}

func explainNotaryIssue(is notary.Issue) notaryExplanation {
	k, te := notary.Explain(is)
	switch {
	case k != nil:
		return notaryExplanation{check: k.ID, title: k.Title, explanation: k.Explanation, fix: k.Fix, local: registeredChecks(k.LocalChecks)}
	case te != nil:
		ex := notaryExplanation{check: notary.UnknownID, title: te.Title, explanation: te.Meaning, fix: te.Fix, local: registeredChecks(te.Checks)}
		if len(te.Causes) > 0 {
			ex.explanation += " Most likely: " + te.Causes[0]
		}
		return ex
	}
	return notaryExplanation{check: notary.UnknownID}
}

func issueSeverity(is notary.Issue) string {
	if is.Severity == "warning" {
		return "warning"
	}
	return "error"
}
