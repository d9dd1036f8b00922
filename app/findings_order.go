package app

import "github.com/signdoctor/signdoctor/analyzer/report"

// causeNode is a finding as the list shows it: a root cause with the
// findings that follow from it (Finding.Cause names it) beneath.
type causeNode struct {
	findingView
	Consequences []findingView
}

// findingsByCause lays out findings in report order (the analyzer puts each
// root cause first, then its consequences), hanging every consequence under
// the root of its chain of causes. A cause that is not in the report, or a
// cycle, leaves the finding a root.
func findingsByCause(findings []report.Finding) []causeNode {
	byRef := make(map[string]int, len(findings))
	for i, f := range findings {
		if f.Ref != "" {
			byRef[f.Ref] = i
		}
	}
	causeOf := func(i int) int {
		if c := findings[i].Cause; c != "" {
			if j, ok := byRef[c]; ok && j != i {
				return j
			}
		}
		return -1
	}
	root := make([]int, len(findings))
	for i := range findings {
		root[i] = i
		for j, steps := causeOf(i), 0; j >= 0 && steps < len(findings); j, steps = causeOf(j), steps+1 {
			root[i] = j
		}
		if root[i] != i && causeOf(root[i]) >= 0 {
			root[i] = i // a cycle
		}
	}
	at := map[int]int{} // finding index → its node
	var out []causeNode
	for i, f := range findings {
		if root[i] != i {
			continue
		}
		v := describeFinding(f)
		v.Index = i
		at[i] = len(out)
		out = append(out, causeNode{findingView: v})
	}
	for i, f := range findings {
		if root[i] == i {
			continue
		}
		v := describeFinding(f)
		v.Index = i
		n := &out[at[root[i]]]
		n.Consequences = append(n.Consequences, v)
	}
	return out
}
