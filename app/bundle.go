package app

import (
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// View-model of the bundle tree: which nodes there are, in reading order,
// and which findings talk about which node.

// flatNode is a code node with its depth, in the order the tree shows them.
type flatNode struct {
	Node  *report.BundleNode
	Depth int
}

// flattenCode lists the tree depth first, parents before their children.
// Depth is bounded like every other tree on the page.
func flattenCode(nodes []report.BundleNode) []flatNode {
	var out []flatNode
	var walk func([]report.BundleNode, int)
	walk = func(ns []report.BundleNode, depth int) {
		if depth > maxTreeDepth {
			return
		}
		for i := range ns {
			out = append(out, flatNode{Node: &ns[i], Depth: depth})
			walk(ns[i].Children, depth+1)
		}
	}
	walk(nodes, 0)
	return out
}

// nodeOwns says whether a path inside the archive belongs to a node: the
// node's own folder or file, anything under it, or its executable.
func nodeOwns(n *report.BundleNode, p string) bool {
	if p == n.Path || (n.Executable != "" && p == n.Executable) {
		return true
	}
	return n.Path != "" && strings.HasPrefix(p, strings.TrimSuffix(n.Path, "/")+"/")
}

// findingsByNode files each finding about the archive under the deepest node
// that owns the path its location names (a framework's finding goes to the
// framework, not to the app around it). Findings about the archive as a whole
// or a path no node owns are left out.
//
// The owners of a path are found through two maps (nodes by path or
// executable, and by folder) and the path's parent folders, so the work
// grows with findings plus nodes, not their product.
func findingsByNode(findings []report.Finding, artifact string, nodes []report.BundleNode) map[string][]report.Finding {
	flat := flattenCode(nodes)
	exact := map[string][]int{}  // node path or executable → nodes
	folder := map[string][]int{} // node path without a trailing slash → nodes
	for i, f := range flat {
		exact[f.Node.Path] = append(exact[f.Node.Path], i)
		if f.Node.Executable != "" && f.Node.Executable != f.Node.Path {
			exact[f.Node.Executable] = append(exact[f.Node.Executable], i)
		}
		if f.Node.Path != "" {
			dir := strings.TrimSuffix(f.Node.Path, "/")
			folder[dir] = append(folder[dir], i)
		}
	}
	out := map[string][]report.Finding{}
	for _, f := range findings {
		p := f.Location.Path
		if f.Location.File != artifact || f.Location.Component != "" || p == "" {
			continue
		}
		best := -1
		consider := func(idx []int) {
			for _, i := range idx {
				// The deepest owner wins; among equals, the first in the tree.
				if best < 0 || flat[i].Depth > flat[best].Depth || flat[i].Depth == flat[best].Depth && i < best {
					best = i
				}
			}
		}
		consider(exact[p])
		for i := strings.IndexByte(p, '/'); i >= 0; i = nextSlash(p, i) {
			consider(folder[p[:i]])
		}
		if best >= 0 {
			out[flat[best].Node.Path] = append(out[flat[best].Node.Path], f)
		}
	}
	return out
}

// nextSlash is the index of the next '/' in p after i, or -1.
func nextSlash(p string, i int) int {
	j := strings.IndexByte(p[i+1:], '/')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// nodeStatus is a node's status as the tree shows it: the worse of the
// parser's status (damaged signature, changed seal) and the findings the
// checks filed under the node (another team, no hardened runtime), which the
// parser's status, made before the checks run, does not include.
func nodeStatus(n *report.BundleNode, findings []report.Finding) string {
	status := "ok"
	switch n.Status {
	case "warning", "error":
		status = n.Status
	}
	for _, f := range findings {
		switch {
		case f.Severity == report.Error:
			status = "error"
		case f.Severity == report.Warning && status == "ok":
			status = "warning"
		}
	}
	return status
}

// statusWord says a status in words, so it never rests on colour alone.
func statusWord(s string) string {
	switch s {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "OK"
}

// nodeLabel is what the tree shows for a node: its last path element.
func nodeLabel(n *report.BundleNode) string {
	p := strings.TrimSuffix(n.Path, "/")
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if p == "" {
		return "(archive)"
	}
	return p
}

// stepNode moves the selection through the flattened tree for the arrow
// keys: delta -1 / +1, or to the first / last node with home / end.
func stepNode(flat []flatNode, current, key string) string {
	if len(flat) == 0 {
		return current
	}
	idx := 0
	for i, f := range flat {
		if f.Node.Path == current {
			idx = i
		}
	}
	switch key {
	case "ArrowDown":
		if idx < len(flat)-1 {
			idx++
		}
	case "ArrowUp":
		if idx > 0 {
			idx--
		}
	case "Home":
		idx = 0
	case "End":
		idx = len(flat) - 1
	}
	return flat[idx].Node.Path
}
