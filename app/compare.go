package app

import (
	"sort"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// View-model of the compare view: which artifacts can be compared, and their
// differences grouped by where they are.

// comparableArtifacts are the indexes (into the report's artifacts) of every
// artifact whose kind occurs at least twice, in report order.
func comparableArtifacts(arts []report.Artifact) []int {
	count := map[string]int{}
	for _, a := range arts {
		if a.Facts != nil {
			count[a.Kind]++
		}
	}
	var out []int
	for i, a := range arts {
		if a.Facts != nil && count[a.Kind] >= 2 {
			out = append(out, i)
		}
	}
	return out
}

// defaultPair picks the first two comparable artifacts of one kind.
func defaultPair(arts []report.Artifact, cands []int) (int, int, bool) {
	for x, i := range cands {
		for _, j := range cands[x+1:] {
			if arts[i].Kind == arts[j].Kind {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// changeGroup is every change at one place (the artifact itself, a slice, a
// path in a bundle).
type changeGroup struct {
	Where   string
	Changes []analyzer.DiffChange
}

// groupChanges groups changes by where, the artifact itself first, keeping
// the diff's order inside a group.
func groupChanges(changes []analyzer.DiffChange) []changeGroup {
	idx := map[string]int{}
	var out []changeGroup
	for _, c := range changes {
		i, ok := idx[c.Where]
		if !ok {
			i = len(out)
			idx[c.Where] = i
			out = append(out, changeGroup{Where: c.Where})
		}
		out[i].Changes = append(out[i].Changes, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Where == "") != (out[j].Where == "") {
			return out[i].Where == ""
		}
		return false
	})
	return out
}

// changeLabel says a change's field in words people know from the cards.
func changeLabel(c analyzer.DiffChange) string {
	f := c.Field
	if rest, ok := strings.CutPrefix(f, "entitlements: "); ok {
		return "entitlement " + rest
	}
	return strings.ReplaceAll(f, "_", " ")
}

// artifactLabel names an artifact in the compare selectors.
func artifactLabel(a report.Artifact) string { return a.Name + " (" + a.Kind + ")" }
