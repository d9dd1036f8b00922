package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// MaxFindingsPerCheckInput bounds the findings one check reports on one
// input. A CodeResources with 200,000 bad entries would otherwise give
// 200,000 findings: seconds of work and hundreds of megabytes for every
// page, log and SARIF upload that shows them, and nothing more learnt after
// the first few. The first ones are kept, and one more finding says how many
// were left out.
const MaxFindingsPerCheckInput = 100

// capFindings keeps the first MaxFindingsPerCheckInput findings of a check
// per input (the input its subject names) and adds "and N more" for each
// input past the bound.
func capFindings(chk *Check, fs []report.Finding, inputs []*Input) []report.Finding {
	if len(fs) <= MaxFindingsPerCheckInput {
		return fs
	}
	kept := make(map[string]int)
	dropped := make(map[string]int)
	var order []string
	severity := make(map[string]report.Severity)
	out := fs[:0:0]
	for _, f := range fs {
		in := inputNamed(f.Subject, inputs)
		if kept[in] < MaxFindingsPerCheckInput {
			kept[in]++
			out = append(out, f)
			continue
		}
		if dropped[in] == 0 {
			order = append(order, in)
		}
		dropped[in]++
		if s, ok := severity[in]; !ok || f.Severity.Rank() < s.Rank() {
			severity[in] = f.Severity
		}
	}
	for _, in := range order {
		out = append(out, report.Finding{
			ID: chk.ID, Severity: severity[in], Subject: in,
			Message: fmt.Sprintf("and %d more like these, left out: signdoctor lists the first %d findings of a check on one file", dropped[in], MaxFindingsPerCheckInput),
		})
	}
	return out
}

// inputNamed is the input a subject names: the longest input name it
// starts with ("App.ipa: Payload/…", "tool [arm64]"), else "".
func inputNamed(subject string, inputs []*Input) string {
	best := ""
	for _, in := range inputs {
		n := in.File.Name
		if len(n) > len(best) && (subject == n || strings.HasPrefix(subject, n+": ") || strings.HasPrefix(subject, n+" [")) {
			best = n
		}
	}
	return best
}
