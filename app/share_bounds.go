package app

import (
	"fmt"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Bounds on what a share link may hold. Anyone can craft a link, and a page
// that renders it runs on the tab's only thread: a 5 KB link once inflated to
// 150,000 bundle nodes and froze the tab for 40 s. The report is measured
// before anything is built from it, and a link past a bound is refused with
// a message; the encoder applies the same bounds, so every link this page
// makes opens again. Real reports are far below them: the largest of the
// shared corpus's archives gives about 1,300 JSON values, 13 levels deep.
const (
	// maxShareDepth bounds nesting (objects and arrays inside each other).
	// A report is about 12 levels deep; an entitlement value nested 9,000
	// times overflowed the browser's stack while laying out the page.
	maxShareDepth = 48
	// maxShareValues bounds the JSON values (objects, arrays, strings,
	// numbers…) of the whole report: each becomes at most a few elements on
	// the page.
	maxShareValues = 20000
	// maxShareNodes bounds the code nodes of all bundles together: each is
	// a button in a bundle card's tree.
	maxShareNodes = 1000
	// maxShareFindings and maxShareArtifacts bound the report's lists.
	maxShareFindings  = 1000
	maxShareArtifacts = 200
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
	return nil
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
