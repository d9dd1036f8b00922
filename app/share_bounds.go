package app

import (
	"encoding/json"
	"fmt"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Bounds on what a share link may hold. Anyone can craft a link, and a page
// that renders it runs on the tab's only thread: a 5 KB link once inflated to
// 150,000 bundle nodes and froze the tab for 40 s. The report is measured
// before anything is built from it, and a link past a bound is refused with
// a message; the encoder applies the same bounds, so every link this page
// makes opens again (a larger report goes as a JSON download). The largest
// of the shared corpus's archives gives about 1,300 JSON values, 13 levels
// deep. What the page draws is what takes time: on a two-core machine
// under heavy load, 1,000 code nodes with a finding each held the tab 6.6 s
// and an entitlement list of 19,000 values (six elements each) 8 s, so the
// bound that matters is on what the page would draw (drawCost). At the
// bounds the main thread works 0.6 to 1.5 s of CPU time
// (TestBrowser/ShareLinks/at-the-bounds measures it: 9,000 entitlement
// elements took 1.4 s, 390 findings 1.2 s, at a load of 7 on two cores).
const (
	// maxShareDepth bounds nesting (objects and arrays inside each other).
	// A report is about 12 levels deep; an entitlement value nested 9,000
	// times overflowed the browser's stack while laying out the page.
	maxShareDepth = 48
	// maxShareValues bounds the JSON values (objects, arrays, strings,
	// numbers…) of the whole link, before anything is built from them.
	maxShareValues = 20000
	// maxShareFindings, maxShareArtifacts and maxShareNodes (code nodes of
	// all bundles together) bound the report's lists.
	maxShareFindings  = 1000
	maxShareArtifacts = 100
	maxShareNodes     = 1000
	// maxShareElements bounds the elements the page draws for the report,
	// as estimated by drawCost.
	maxShareElements = 12000
)

// What drawing costs, in elements (or their time's worth): a finding with
// its subject, places, details and fix (about 17 elements, but each costs
// the page about twice what a fact's element does), a code node's button (5 to 15 ms each in the page, with its
// finding, as the machine's load goes), any other value of an artifact's facts, which the
// cards and the "all facts" trees show.
const (
	costFinding = 30
	costNode    = 60
	costValue   = 6
	costVerdict = 10
)

// errShareBound says which bound a report passes, in words a person reads.
type errShareBound struct {
	format     string // with the count and the bound, in that order
	got, limit int
}

func (e *errShareBound) Error() string { return fmt.Sprintf(e.format, e.got, e.limit) }

// jsonShape measures JSON text without building anything from it: how deep
// objects and arrays nest, and how many values there are. It is linear and
// allocates nothing; malformed text is left to the decoder.
func jsonShape(b []byte) (depth, values int) {
	d := 0
	inString, escaped := false, false
	inScalar := false
	for _, c := range b {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			inScalar = false
			values++
		case '{', '[':
			inScalar = false
			values++
			d++
			if d > depth {
				depth = d
			}
		case '}', ']':
			inScalar = false
			d--
		case ',', ':', ' ', '\t', '\n', '\r':
			inScalar = false
		default:
			if !inScalar { // a number, true, false or null starts
				inScalar = true
				values++
			}
		}
	}
	return depth, values
}

// checkShapeBounds refuses JSON text that nests or holds more than a page
// shows.
func checkShapeBounds(js []byte) error {
	depth, values := jsonShape(js)
	if depth > maxShareDepth {
		return &errShareBound{"its values nest %d levels deep, more than the %d this page shows", depth, maxShareDepth}
	}
	if values > maxShareValues {
		return &errShareBound{"it holds %d values, more than the %d this page shows", values, maxShareValues}
	}
	return nil
}

// checkReportBounds refuses a decoded report with more findings, artifacts
// or code nodes than the page shows.
func checkReportBounds(r *report.Report) error {
	if len(r.Findings) > maxShareFindings {
		return &errShareBound{"it holds %d findings, more than the %d this page shows", len(r.Findings), maxShareFindings}
	}
	if len(r.Artifacts) > maxShareArtifacts {
		return &errShareBound{"it describes %d files and parts, more than the %d this page shows", len(r.Artifacts), maxShareArtifacts}
	}
	nodes := 0
	for _, a := range r.Artifacts {
		if b, ok := a.Facts.(*report.Bundle); ok && b != nil {
			nodes += countNodes(b.Code, 0)
		}
	}
	if nodes > maxShareNodes {
		return &errShareBound{"its archives hold %d pieces of code, more than the %d this page shows", nodes, maxShareNodes}
	}
	if cost := drawCost(r); cost > maxShareElements {
		return &errShareBound{"drawing it would take about %d elements, more than the %d this page draws for a link", cost, maxShareElements}
	}
	return nil
}

// drawCost estimates the elements the page draws for a report: every
// finding and verdict, every code node of a bundle's tree but the facts of
// only one node at a time (the selected one; the largest is counted), and
// every value of the other artifacts' facts.
func drawCost(r *report.Report) int {
	cost := costFinding*len(r.Findings) + costVerdict*len(r.Verdicts)
	for _, a := range r.Artifacts {
		b, ok := a.Facts.(*report.Bundle)
		if !ok || b == nil {
			cost += costValue * factsValues(a.Facts)
			continue
		}
		flat := flattenCode(b.Code)
		largest := 0
		for _, f := range flat {
			n := *f.Node
			n.Children = nil
			js, _ := json.Marshal(n)
			_, v := jsonShape(js)
			largest = max(largest, v)
		}
		cost += costNode*len(flat) + costValue*(largest+len(b.Stray)+len(b.Limits))
	}
	return cost
}

// factsValues counts the JSON values of an artifact's facts.
func factsValues(f report.Facts) int {
	if f == nil {
		return 0
	}
	js, err := json.Marshal(f)
	if err != nil {
		return 0
	}
	_, v := jsonShape(js)
	return v
}

// countNodes counts a code tree's nodes; the depth bound of the JSON keeps
// the recursion short.
func countNodes(nodes []report.BundleNode, depth int) int {
	n := len(nodes)
	if depth > maxShareDepth {
		return n
	}
	for i := range nodes {
		n += countNodes(nodes[i].Children, depth+1)
	}
	return n
}
