package app

import (
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// goalWords say, for each goal, which tool gives Apple's answer (the
// question itself is report.Goal.Title).
var goalWords = map[report.Goal]struct{ Label, Tool string }{
	report.GoalSignature:          {"Valid signature", "codesign --verify --strict"},
	report.GoalInstalls:           {"Installs on a device", "iOS, iPadOS, tvOS, watchOS, visionOS"},
	report.GoalLaunches:           {"Launches", "trusted execution: signature, entitlements, profile"},
	report.GoalOpensAfterDownload: {"Opens after download", "Gatekeeper"},
	report.GoalNotarization:       {"Passes notarization", "notarytool"},
	report.GoalAppStore:           {"Accepted by App Store Connect", "TestFlight and App Store uploads"},
}

// verdictView is one goal's answer as the panel shows it.
type verdictView struct {
	Goal   report.Goal
	Label  string
	Tool   string
	Status report.VerdictStatus
	// Word is the answer in one word or two: Yes, No, Can't tell.
	Word string
	// Because are the findings that decide it, linked on the page.
	Because []findingRef
	Needs   string
}

// findingRef points at a finding on the page.
type findingRef struct {
	Anchor string // element id of the finding
	Title  string
	Text   string // the reference itself when no finding matches it
}

// findingAnchor is the element id of the finding at index i of the report.
func findingAnchor(i int) string { return "finding-" + strconv.Itoa(i) }

// verdictViews lays out a report's verdicts in report.Goals order, with each
// reason resolved to the finding it refers to. A reference is a finding's
// Ref ("profile-expired#1"), else its index in the report, its check ID, or
// "ID: subject"; one that matches nothing is shown as written.
func verdictViews(r *report.Report) []verdictView {
	if r == nil {
		return nil
	}
	order := map[report.Goal]int{}
	for i, g := range report.Goals {
		order[g] = i
	}
	out := make([]verdictView, 0, len(r.Verdicts))
	refs := newRefIndex(r.Findings)
	for _, v := range r.Verdicts {
		w := goalWords[v.Goal]
		w.Label = v.Goal.Title()
		if w.Label == string(v.Goal) {
			w.Label = strings.ReplaceAll(string(v.Goal), "-", " ")
		}
		vv := verdictView{Goal: v.Goal, Label: w.Label, Tool: w.Tool, Status: v.Status, Needs: v.Needs, Word: verdictWord(v.Status)}
		seen := map[int]bool{}
		for _, ref := range v.Because {
			idx := refs.resolve(ref)
			if len(idx) == 0 {
				vv.Because = append(vv.Because, findingRef{Text: ref})
				continue
			}
			for _, i := range idx {
				if seen[i] {
					continue
				}
				seen[i] = true
				vv.Because = append(vv.Because, findingRef{Anchor: findingAnchor(i), Title: describeFinding(r.Findings[i]).Title})
			}
		}
		out = append(out, vv)
	}
	// Stable by goal order; unknown goals go last in the order given.
	sorted := make([]verdictView, 0, len(out))
	for _, g := range report.Goals {
		for _, v := range out {
			if v.Goal == g {
				sorted = append(sorted, v)
			}
		}
	}
	for _, v := range out {
		if _, known := order[v.Goal]; !known {
			sorted = append(sorted, v)
		}
	}
	return sorted
}

// maxRefFindings bounds how many findings one check-ID reference expands
// to: the panel names causes, the list below has them all.
const maxRefFindings = 3

// refIndex finds the findings a verdict's references name, each kind of
// reference in one map: a verdict can name hundreds of findings, and
// comparing each reference with every finding held the page for seconds.
type refIndex struct {
	count  int
	byRef  map[string]int   // Ref
	byName map[string]int   // "ID: subject" and "ID@subject"
	byID   map[string][]int // the first maxRefFindings of a check
}

func newRefIndex(findings []report.Finding) *refIndex {
	ix := &refIndex{count: len(findings), byRef: map[string]int{}, byName: map[string]int{}, byID: map[string][]int{}}
	first := func(m map[string]int, k string, i int) {
		if _, ok := m[k]; !ok {
			m[k] = i
		}
	}
	for i, f := range findings {
		if f.Ref != "" {
			first(ix.byRef, f.Ref, i)
		}
		first(ix.byName, f.ID+": "+f.Subject, i)
		first(ix.byName, f.ID+"@"+f.Subject, i)
		if len(ix.byID[f.ID]) < maxRefFindings {
			ix.byID[f.ID] = append(ix.byID[f.ID], i)
		}
	}
	return ix
}

func (ix *refIndex) resolve(ref string) []int {
	ref = strings.TrimSpace(ref)
	if i, ok := ix.byRef[ref]; ok {
		return []int{i}
	}
	if i, err := strconv.Atoi(strings.TrimPrefix(ref, "#")); err == nil {
		if i >= 0 && i < ix.count {
			return []int{i}
		}
		return nil
	}
	if i, ok := ix.byName[ref]; ok {
		return []int{i}
	}
	return ix.byID[ref]
}

func verdictWord(s report.VerdictStatus) string {
	switch s {
	case report.Pass:
		return "Yes"
	case report.Fail:
		return "No"
	}
	return "Can't tell"
}

// verdictSentence says the verdicts in one line, for the status line that a
// screen reader announces: the failures first, then what cannot be told.
func verdictSentence(vs []verdictView) string {
	var fail, pass, unknown []string
	for _, v := range vs {
		switch v.Status {
		case report.Fail:
			fail = append(fail, strings.ToLower(v.Label))
		case report.Pass:
			pass = append(pass, strings.ToLower(v.Label))
		default:
			unknown = append(unknown, strings.ToLower(v.Label))
		}
	}
	var parts []string
	if len(fail) > 0 {
		parts = append(parts, "Fails: "+strings.Join(fail, ", "))
	}
	if len(pass) > 0 {
		parts = append(parts, "passes: "+strings.Join(pass, ", "))
	}
	if len(unknown) > 0 {
		parts = append(parts, "can't tell: "+strings.Join(unknown, ", "))
	}
	if len(parts) == 0 {
		return ""
	}
	s := strings.Join(parts, "; ") + "."
	return strings.ToUpper(s[:1]) + s[1:]
}
