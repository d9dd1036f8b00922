package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// bundleCard shows an app archive as the tree of code it holds, each node
// with its status; the selected node's card (signature facts, seal, profile)
// and its findings sit beside the tree. The tree is a list of buttons: Tab
// reaches it, Enter or Space selects, the arrow keys, Home and End move.
type bundleCard struct {
	goapp.Compo
	Artifact report.Artifact
	Bundle   *report.Bundle
	Findings []report.Finding
	Now      time.Time
	// Index tells cards apart in element ids when several bundles are shown.
	Index int

	selected string
	// ids are the tree's element ids by node path, made once per render:
	// looking each node up in the flattened tree made drawing it quadratic.
	ids map[string]string
}

func (c *bundleCard) Render() goapp.UI {
	b := c.Bundle
	flat := flattenCode(b.Code)
	c.ids = c.nodeIDs(flat)
	sel := c.selectedNode(flat)
	byNode := findingsByNode(c.Findings, c.Artifact.Name, b.Code)

	var treeUI goapp.UI = goapp.P().Class("muted").Text("This archive holds no code: no app, framework, plug-in or Mach-O file was found in it.")
	if len(flat) > 0 {
		treeUI = goapp.Ul().Class("bundle-tree").Aria("label", "Code in "+c.Artifact.Name).
			OnKeyDown(c.onKey).
			Body(c.renderNodes(b.Code, sel, byNode, 0)...)
	}
	facts := []goapp.UI{
		factRow("layout", "Layout", b.Layout, goapp.Text(orDash(b.Layout))),
		factRow("entries", "Entries", strconv.Itoa(b.Entries), goapp.Text(strconv.Itoa(b.Entries))),
	}
	if len(b.Stray) > 0 {
		facts = append(facts, factRow("stray", "Left by archivers", "", pathList(b.Stray)))
	}
	if len(b.Limits) > 0 {
		facts = append(facts, factRow("limits", "Refused entries", "", pathList(b.Limits)))
	}
	var detail goapp.UI
	if sel != nil {
		detail = c.renderNode(sel, byNode[sel.Path])
	}
	return goapp.Article().Class("artifact-card", "bundle-card").DataSet("kind", c.Artifact.Kind).Body(
		goapp.Header().Class("card-header").Body(
			goapp.Span().Class("card-kind").Text("App archive"),
			goapp.H2().Class("card-title").Text(c.Artifact.Name),
		),
		goapp.Dl().Class("facts").Body(facts...),
		goapp.Div().Class("bundle-layout").Body(
			goapp.Nav().Class("bundle-nav").Aria("label", "Code in the archive").Body(
				goapp.H3().Text("Code"),
				treeUI,
			),
			detail,
		),
	)
}

// selectedNode is the node the user picked, or the first one.
func (c *bundleCard) selectedNode(flat []flatNode) *report.BundleNode {
	for _, f := range flat {
		if f.Node.Path == c.selected {
			return f.Node
		}
	}
	if len(flat) > 0 {
		return flat[0].Node
	}
	return nil
}

// nodeIDs gives each path the element id of its first node in the tree.
func (c *bundleCard) nodeIDs(flat []flatNode) map[string]string {
	ids := make(map[string]string, len(flat))
	for i, f := range flat {
		if _, ok := ids[f.Node.Path]; !ok {
			ids[f.Node.Path] = "code-node-" + strconv.Itoa(c.Index) + "-" + strconv.Itoa(i)
		}
	}
	return ids
}

func (c *bundleCard) renderNodes(nodes []report.BundleNode, sel *report.BundleNode, byNode map[string][]report.Finding, depth int) []goapp.UI {
	if depth > maxTreeDepth {
		return nil
	}
	items := make([]goapp.UI, 0, len(nodes))
	for i := range nodes {
		n := &nodes[i]
		status := nodeStatus(n, byNode[n.Path])
		selected := sel != nil && sel.Path == n.Path
		label := nodeLabel(n)
		count := len(byNode[n.Path])
		btn := goapp.Button().Type("button").ID("%s", c.ids[n.Path]).Class("code-node", "status-"+status).
			DataSet("path", n.Path).
			DataSet("status", status).
			Aria("pressed", strconv.FormatBool(selected)).
			Aria("label", fmt.Sprintf("%s (%s), %s, %s", label, n.Type, statusWord(status), plural(count, "finding", "findings"))).
			TabIndex(tabIndex(selected)).
			OnClick(c.onSelect(n.Path)).
			Body(
				goapp.Span().Class("node-status", "sev-"+statusSeverity(status)).Aria("hidden", "true").Text(statusMark(status)),
				goapp.Span().Class("node-name").Text(label),
				goapp.Span().Class("node-type").Text(n.Type),
			)
		var children goapp.UI
		if len(n.Children) > 0 {
			children = goapp.Ul().Body(c.renderNodes(n.Children, sel, byNode, depth+1)...)
		}
		items = append(items, goapp.Li().Body(btn, children))
	}
	return items
}

// tabIndex keeps one node in the tab order (the selected one); the arrow
// keys move between the others.
func tabIndex(selected bool) int {
	if selected {
		return 0
	}
	return -1
}

func statusSeverity(status string) string {
	switch status {
	case "error", "warning":
		return status
	}
	return "ok"
}

func statusMark(status string) string {
	switch status {
	case "error":
		return "✕"
	case "warning":
		return "!"
	}
	return "✓"
}

func (c *bundleCard) onSelect(path string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) { c.selected = path }
}

func (c *bundleCard) onKey(ctx goapp.Context, e goapp.Event) {
	key := e.Get("key").String()
	switch key {
	case "ArrowDown", "ArrowUp", "Home", "End":
	default:
		return
	}
	e.PreventDefault()
	flat := flattenCode(c.Bundle.Code)
	cur := c.selected
	if n := c.selectedNode(flat); n != nil {
		cur = n.Path
	}
	c.selected = stepNode(flat, cur, key)
	id := c.nodeIDs(flat)[c.selected]
	ctx.Defer(func(ctx goapp.Context) {
		if el := goapp.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// renderNode is the selected node's card.
func (c *bundleCard) renderNode(n *report.BundleNode, findings []report.Finding) goapp.UI {
	status := nodeStatus(n, findings)
	facts := []goapp.UI{
		factRow("path", "Path", n.Path, goapp.Code().Text(n.Path)),
		factRow("type", "Type", n.Type, goapp.Text(orDash(n.Type))),
		factRow("identifier", "Identifier", n.Identifier, goapp.Text(orDash(n.Identifier))),
		factRow("executable", "Executable", n.Executable, goapp.Code().Text(orDash(n.Executable))),
		factRow("signature", "Signature", n.Signature, goapp.Text(orDash(n.Signature))),
		factRow("team", "Team", n.Team, goapp.Text(orDash(n.Team))),
		factRow("status", "Status", status, goapp.Text(statusWord(status))),
	}
	if n.StapledTicket {
		facts = append(facts, factRow("stapled_ticket", "Stapled ticket", "true", goapp.Text(ticketText(true, n.Ticket, "the executable's CDHash"))))
	}
	var slices goapp.UI
	if n.MachO != nil {
		slices = goapp.Section().Class("card-section", "macho-section").Body(
			goapp.H4().Text("Signature of "+orDash(pathBase(n.Executable))),
			machoTable(n.MachO, c.Now),
			machoEntitlements(n.MachO),
		)
	}
	var req goapp.UI
	if hasSignedSlice(n.MachO) {
		req = &requirementBox{Artifact: c.Artifact.Name, Executable: n.Executable, Label: nodeLabel(n)}
	}
	// The findings are in the list above the cards: link to them, do not
	// repeat them.
	at := make(map[string]int, len(c.Findings))
	for i, f := range c.Findings {
		if _, dup := at[findingKey(f)]; !dup {
			at[findingKey(f)] = i
		}
	}
	items := make([]goapp.UI, 0, len(findings))
	for _, g := range groupFindings(findings) {
		for _, f := range g.Findings {
			// An unknown check (a shared report's) is never a link.
			title := checkLink(f.ID, f.Title)
			if i, ok := at[findingKey(f.Finding)]; ok {
				title = goapp.A().Href("#" + findingAnchor(i)).Text(f.Title)
			}
			items = append(items, goapp.Li().Class("node-finding", "sev-"+string(f.Severity)).
				DataSet("id", f.ID).DataSet("severity", string(f.Severity)).Body(
				severityBadge(string(f.Severity)),
				goapp.Text(" "),
				title,
			))
		}
	}
	var findingsUI goapp.UI = goapp.P().Class("muted").Text("No findings about this code.")
	if len(items) > 0 {
		findingsUI = goapp.Ul().Class("node-findings").Body(items...)
	}
	return goapp.Section().Class("node-card").DataSet("path", n.Path).DataSet("status", status).
		Aria("live", "polite").Body(
		goapp.H3().Class("node-title").Text(nodeLabel(n)),
		goapp.Dl().Class("facts").Body(facts...),
		goapp.Section().Class("card-section").Body(
			goapp.H4().Text(fmt.Sprintf("Findings (%d)", len(items))),
			findingsUI,
		),
		slices,
		librariesSection(n.Libraries),
		req,
		sealSection(n.Seal),
		profileSummary(n, c.Now),
	)
}

// hasSignedSlice says whether any slice carries a signature a requirement can
// be checked against.
func hasSignedSlice(m *report.MachO) bool {
	if m == nil {
		return false
	}
	for _, s := range m.Slices {
		if s.Signature != "" && s.Signature != "unsigned" {
			return true
		}
	}
	return false
}

// sealSection lists what changed since the bundle was signed.
func sealSection(s *report.BundleSeal) goapp.UI {
	if s == nil {
		return goapp.Section().Class("card-section", "seal").Body(
			goapp.H4().Text("Sealed resources"),
			goapp.P().Class("muted").Text("No seal: this code has no _CodeSignature/CodeResources."),
		)
	}
	part := func(class, title string, paths []string) goapp.UI {
		return goapp.Div().Class("seal-part", class).DataSet("count", len(paths)).Body(
			goapp.H5().Text(fmt.Sprintf("%s (%d)", title, len(paths))),
			pathList(paths),
		)
	}
	return goapp.Section().Class("card-section", "seal").Body(
		goapp.H4().Text(fmt.Sprintf("Sealed resources (version %d, %s checked)", s.Version, plural(s.Checked, "file", "files"))),
		part("seal-added", "Added after signing", s.Added),
		part("seal-removed", "Removed after signing", s.Removed),
		part("seal-modified", "Modified after signing", s.Modified),
	)
}

// profileSummary shows the node's embedded profile in a few lines.
func profileSummary(n *report.BundleNode, now time.Time) goapp.UI {
	p := n.Profile
	if p == nil {
		return nil
	}
	return goapp.Section().Class("card-section", "embedded-profile").Body(
		goapp.H4().Text("Embedded profile"),
		goapp.Dl().Class("facts").Body(
			factRow("profile_path", "File", n.ProfilePath, goapp.Code().Text(orDash(n.ProfilePath))),
			factRow("profile_name", "Name", p.ProfileName, goapp.Text(orDash(p.ProfileName))),
			factRow("profile_kind", "Kind", p.ProfileKind, goapp.Text(orDash(p.ProfileKind))),
			factRow("app_id", "App ID", p.AppID, goapp.Code().Text(orDash(p.AppID))),
			factRow("team", "Team", p.Team, goapp.Text(orDash(p.Team))),
			factRow("expires", "Expires", timeRaw(p.Expires), dateWithDaysLeft(p.Expires, now)...),
		),
	)
}

// pathList lists paths (or short lines) as code, or says there are none.
func pathList(paths []string) goapp.UI {
	if len(paths) == 0 {
		return goapp.P().Class("muted").Text("none")
	}
	items := make([]goapp.UI, len(paths))
	for i, p := range paths {
		items[i] = goapp.Li().Body(goapp.Code().Text(p))
	}
	return goapp.Ul().Class("path-list").Body(items...)
}

// pathBase is the last element of an archive path.
func pathBase(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
