package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// verdictColour marks a verdict's status like a finding's severity.
var verdictColour = map[report.VerdictStatus]string{
	report.Fail:    severityColour[report.Error],
	report.Pass:    "\x1b[1;32m",
	report.Unknown: severityColour[report.Warning],
}

var verdictWord = map[report.VerdictStatus]string{
	report.Pass:    "pass",
	report.Fail:    "fail",
	report.Unknown: "can't tell",
}

// maxVerdictCauses is how many checks a verdict line names; the findings
// below list them all, root causes first.
const maxVerdictCauses = 4

// writeVerdicts prints one line per goal before the findings, the answer
// first: "Installs on a device: fail: profile-expired". A blank line
// separates them from the findings.
func writeVerdicts(w io.Writer, vs []report.Verdict, colour bool) {
	if len(vs) == 0 {
		return
	}
	width := 0
	for _, v := range vs {
		width = max(width, len(v.Goal.Title()))
	}
	var b strings.Builder
	for _, v := range vs {
		title := v.Goal.Title() + ":"
		b.WriteString(title + strings.Repeat(" ", width+2-len(title)))
		word := verdictWord[v.Status]
		if word == "" {
			word = string(v.Status)
		}
		if colour {
			word = verdictColour[v.Status] + word + ansiReset
		}
		b.WriteString(word)
		switch {
		case v.Status == report.Fail && len(v.Because) > 0:
			ids := checkIDs(v.Because)
			if len(ids) > maxVerdictCauses {
				ids = append(ids[:maxVerdictCauses:maxVerdictCauses], fmt.Sprintf("and %d more", len(ids)-maxVerdictCauses))
			}
			b.WriteString(": " + strings.Join(ids, ", "))
		case v.Status == report.Unknown && v.Needs != "":
			b.WriteString(": add " + oneLine(v.Needs))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	io.WriteString(w, b.String())
}

// checkIDs turns finding references into the check IDs they name, each
// once, in order.
func checkIDs(refs []string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, r := range refs {
		id := report.RefID(r)
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}
