package analyzer

import (
	"fmt"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// MaxFindingsPerCheckInput bounds the findings one check reports on one
// input. A CodeResources with 200,000 bad entries would otherwise give
// 200,000 findings: seconds of work and hundreds of megabytes for every
// page, log and SARIF upload that shows them, and nothing more learnt after
// the first few. The first ones are kept, and one more finding says how many
// were left out.
const MaxFindingsPerCheckInput = 100

// findingCap counts a check's findings per input as they are reported and
// refuses those past the bound, so they never take memory.
type findingCap struct {
	kept     map[string]int
	dropped  map[string]int
	severity map[string]report.Severity // the most serious left out, per input
	order    []string                   // inputs with findings left out, in order
}

// keep says whether f is within the bound for its input, and counts it.
func (c *findingCap) keep(f report.Finding) bool {
	in := f.Location.File
	if c.kept == nil {
		c.kept = map[string]int{}
	}
	if c.kept[in] < MaxFindingsPerCheckInput {
		c.kept[in]++
		return true
	}
	if c.dropped == nil {
		c.dropped, c.severity = map[string]int{}, map[string]report.Severity{}
	}
	if c.dropped[in] == 0 {
		c.order = append(c.order, in)
	}
	c.dropped[in]++
	if s, ok := c.severity[in]; !ok || f.Severity.Rank() < s.Rank() {
		c.severity[in] = f.Severity
	}
	return false
}

// summaries are the "and N more" findings, one per input past the bound.
func (c *findingCap) summaries(checkID string) []report.Finding {
	var out []report.Finding
	for _, in := range c.order {
		out = append(out, report.Finding{
			ID: checkID, Severity: c.severity[in],
			Message: fmt.Sprintf("and %d more like these, left out: signdoctor lists the first %d findings of a check on one file", c.dropped[in], MaxFindingsPerCheckInput),
		}.At(report.Location{File: in}))
	}
	return out
}
