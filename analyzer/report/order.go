package report

import (
	"sort"
	"strings"
)

// Sort puts the findings in report order, root cause first: a finding with
// consequences comes before the others of its severity and is followed by
// its consequences (findings whose Cause is its Ref); otherwise by
// severity, subject, ID and message, so output is stable. A decoded report
// keeps the order it was made in.
func (r *Report) Sort() {
	byRef := make(map[string]int, len(r.Findings))
	for i, f := range r.Findings {
		if f.Ref != "" {
			byRef[f.Ref] = i
		}
	}
	r.Findings = OrderByCause(r.Findings, func(i int) int {
		if j, ok := byRef[r.Findings[i].Cause]; ok && r.Findings[i].Cause != "" {
			return j
		}
		return -1
	})
}

// OrderByCause returns fs in report order given each finding's cause (an
// index into fs, or -1).
func OrderByCause(fs []Finding, causeOf func(i int) int) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, i := range CauseOrder(fs, causeOf) {
		out = append(out, fs[i])
	}
	return out
}

// CauseOrder returns the indices of fs in report order given each finding's
// cause (an index into fs, or -1). Chains are followed to their root; a
// cycle is broken by treating its findings as roots.
func CauseOrder(fs []Finding, causeOf func(i int) int) []int {
	n := len(fs)
	root := make([]int, n)
	for i := range fs {
		root[i] = i
		for j, steps := causeOf(i), 0; j >= 0 && j < n && j != i && steps < n; j, steps = causeOf(j), steps+1 {
			root[i] = j
		}
		if root[i] != i && causeOf(root[i]) >= 0 {
			root[i] = i // a cycle: no root to hang it on
		}
	}
	effects := make(map[int][]int)
	var roots []int
	for i := range fs {
		if root[i] == i {
			roots = append(roots, i)
		} else {
			effects[root[i]] = append(effects[root[i]], i)
		}
	}
	// A cause ranks with its most severe consequence: a warning that an
	// error follows from is read before other warnings and with the errors.
	rank := make([]int, n)
	for i := range fs {
		rank[i] = fs[i].Severity.Rank()
	}
	for _, r := range roots {
		for _, e := range effects[r] {
			rank[r] = min(rank[r], fs[e].Severity.Rank())
		}
	}
	less := func(a, b int) bool {
		x, y := fs[a], fs[b]
		if rank[a] != rank[b] {
			return rank[a] < rank[b]
		}
		if ex, ey := len(effects[a]) > 0, len(effects[b]) > 0; ex != ey {
			return ex
		}
		if c := strings.Compare(x.Subject, y.Subject); c != 0 {
			return c < 0
		}
		if x.ID != y.ID {
			return x.ID < y.ID
		}
		return x.Message < y.Message
	}
	sort.SliceStable(roots, func(i, j int) bool { return less(roots[i], roots[j]) })
	out := make([]int, 0, n)
	for _, r := range roots {
		out = append(out, r)
		es := effects[r]
		sort.SliceStable(es, func(i, j int) bool { return less(es[i], es[j]) })
		out = append(out, es...)
	}
	return out
}
