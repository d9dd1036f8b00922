package app

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// TestCrasherLinksAreRefused: the links that took the tab down (an
// entitlement nested 9,000 deep, a bundle of 150,000 nodes, 500 bundles of
// 300 nodes) are refused quickly, with a message that says why.
func TestCrasherLinksAreRefused(t *testing.T) {
	for _, name := range []string{"deep-nesting-link.txt", "bundle-150k-nodes-link.txt", "500-bundles-link.txt"} {
		t.Run(name, func(t *testing.T) {
			data := crasherLink(t, name)
			start := time.Now()
			_, err := decodeShare(data)
			took := time.Since(start)
			if err == nil {
				t.Fatal("the link was accepted")
			}
			if !strings.Contains(err.Error(), "too large to show") || !strings.Contains(err.Error(), "this page shows") {
				t.Errorf("the message does not say why: %v", err)
			}
			if took > 2*time.Second {
				t.Errorf("refusing took %s", took)
			}
			t.Logf("%s: refused in %s: %v", name, took.Round(time.Microsecond), err)
		})
	}
}

func nested(depth int) any {
	var v any = "x"
	for i := 0; i < depth; i++ {
		v = []any{v}
	}
	return v
}

// entitlementsLink is a link holding one entitlements artifact whose value
// is v.
func entitlementsLink(t *testing.T, v any) string {
	js, err := json.Marshal(map[string]any{"findings": []any{}, "artifacts": []any{
		map[string]any{"kind": "entitlements", "name": "e", "entitlements": map[string]any{"k": v}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return linkData(t, shareVersionV1, js)
}

func bundleWith(nodes, perNode int) *report.Bundle {
	b := &report.Bundle{Layout: "ios"}
	for i := 0; i < nodes; i++ {
		n := report.BundleNode{Path: fmt.Sprintf("Payload/App.app/Frameworks/F%d.framework", i), Type: "framework", Signature: "adhoc", Status: "ok"}
		b.Code = append(b.Code, n)
	}
	return b
}

func TestShareBounds(t *testing.T) {
	if _, err := decodeShare(entitlementsLink(t, nested(maxShareDepth-6))); err != nil {
		t.Errorf("a value nested below the bound is refused: %v", err)
	}
	if _, err := decodeShare(entitlementsLink(t, nested(maxShareDepth+1))); err == nil {
		t.Error("a value nested past the bound is accepted")
	}
	many := make([]any, maxShareValues)
	for i := range many {
		many[i] = i
	}
	if _, err := decodeShare(entitlementsLink(t, many)); err == nil {
		t.Error("more values than the bound are accepted")
	}
	if _, err := decodeShare(entitlementsLink(t, many[:500])); err != nil {
		t.Errorf("an entitlement of 500 values is refused: %v", err)
	}
	if _, err := decodeShare(entitlementsLink(t, many[:maxShareValues/4])); err == nil || !strings.Contains(err.Error(), "drawing it") {
		t.Errorf("an entitlement of %d values, under the values bound but costly to draw, gave %v", maxShareValues/4, err)
	}

	for _, tc := range []struct {
		nodes int
		ok    bool
	}{{maxShareElements/costNode - 10, true}, {maxShareElements/costNode + 10, false}, {maxShareNodes + 1, false}} {
		r := &report.Report{Findings: []report.Finding{}, Artifacts: []report.Artifact{report.NewArtifact("App.ipa", bundleWith(tc.nodes, 0))}}
		js, _ := json.Marshal(r)
		_, err := decodeShare(linkData(t, shareVersionV1, js))
		if (err == nil) != tc.ok {
			t.Errorf("%d nodes: err %v", tc.nodes, err)
		}
		// The encoder applies the same bounds: every link it makes opens.
		if _, err := encodeShare(r, nil, shareOptions{}, shareNow); (err == nil) != tc.ok {
			t.Errorf("%d nodes: encoding gave %v", tc.nodes, err)
		}
	}
	findings := make([]report.Finding, maxShareFindings+1)
	for i := range findings {
		findings[i] = report.Finding{ID: "profile-expired", Severity: report.Error, Subject: "x", Message: "m"}
	}
	js, _ := json.Marshal(report.Report{Findings: findings})
	if _, err := decodeShare(linkData(t, shareVersionV1, js)); err == nil {
		t.Error("more findings than the bound are accepted")
	}
}

// TestBundleCardAtTheBoundIsQuick: a bundle card with as many nodes and
// findings as a link may hold renders in well under a second natively
// (drawing it was quadratic in the nodes).
func TestBundleCardAtTheBoundIsQuick(t *testing.T) {
	b := bundleWith(maxShareNodes, 0)
	var findings []report.Finding
	for i := 0; i < maxShareFindings; i++ {
		findings = append(findings, report.Finding{ID: "bundle-nested-team-mismatch", Severity: report.Error, Message: "m"}.At(
			report.Location{File: "App.ipa", Path: fmt.Sprintf("Payload/App.app/Frameworks/F%d.framework/F%d", i, i)}))
	}
	start := time.Now()
	html := goapp.HTMLString(&bundleCard{Artifact: report.NewArtifact("App.ipa", b), Bundle: b, Findings: findings, Now: shareNow})
	took := time.Since(start)
	if n := strings.Count(html, `class="code-node`); n != maxShareNodes {
		t.Errorf("%d node buttons, want %d", n, maxShareNodes)
	}
	if strings.Count(html, `data-status="error"`) < maxShareNodes {
		t.Error("the findings were not filed under their nodes")
	}
	t.Logf("bundle card with %d nodes and %d findings rendered in %s", maxShareNodes, len(findings), took)
	if took > time.Second {
		t.Errorf("rendering took %s", took)
	}
}

// findingsByNodeQuadratic is the straightforward filing findingsByNode
// replaced: each finding asks every node.
func findingsByNodeQuadratic(findings []report.Finding, artifact string, nodes []report.BundleNode) map[string][]report.Finding {
	flat := flattenCode(nodes)
	out := map[string][]report.Finding{}
	for _, f := range findings {
		p := f.Location.Path
		if f.Location.File != artifact || p == "" {
			continue
		}
		var best *flatNode
		for i := range flat {
			if nodeOwns(flat[i].Node, p) && (best == nil || flat[i].Depth > best.Depth) {
				best = &flat[i]
			}
		}
		if best != nil {
			out[best.Node.Path] = append(out[best.Node.Path], f)
		}
	}
	return out
}

func TestFindingsByNodeMatchesTheQuadraticFiling(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"a", "b", "a.app", "F.framework", "x", ""}
	randPath := func() string {
		n := 1 + rng.Intn(4)
		s := make([]string, n)
		for i := range s {
			s[i] = parts[rng.Intn(len(parts))]
		}
		p := strings.Join(s, "/")
		if rng.Intn(5) == 0 {
			p += "/"
		}
		return p
	}
	var tree func(depth int) []report.BundleNode
	tree = func(depth int) []report.BundleNode {
		if depth > 3 {
			return nil
		}
		var ns []report.BundleNode
		for i := rng.Intn(4); i > 0; i-- {
			n := report.BundleNode{Path: randPath(), Children: tree(depth + 1)}
			if rng.Intn(2) == 0 {
				n.Executable = randPath()
			}
			ns = append(ns, n)
		}
		return ns
	}
	for round := 0; round < 300; round++ {
		nodes := tree(0)
		var findings []report.Finding
		for i := 0; i < 20; i++ {
			findings = append(findings, report.Finding{ID: fmt.Sprint(i)}.At(report.Location{File: "A.ipa", Path: randPath()}))
		}
		got, want := findingsByNode(findings, "A.ipa", nodes), findingsByNodeQuadratic(findings, "A.ipa", nodes)
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		if string(gj) != string(wj) {
			t.Fatalf("round %d: filed differently\n got %s\nwant %s", round, gj, wj)
		}
	}
}
