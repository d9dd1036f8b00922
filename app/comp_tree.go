package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// tree renders nested values (entitlements, facts of any kind) as nested lists
// of key and value. Keys and values are user data and stay text. Branches
// deeper than open levels start collapsed, so a large value stays readable.
func tree(nodes []treeNode, open int) goapp.UI {
	if len(nodes) == 0 {
		return goapp.P().Class("muted").Text("(none)")
	}
	items := make([]goapp.UI, 0, len(nodes))
	for _, n := range nodes {
		var body []goapp.UI
		if n.Key != "" {
			body = append(body, goapp.Span().Class("tree-key").Text(n.Key))
		}
		switch {
		case len(n.Children) > 0 && open <= 1:
			body = []goapp.UI{goapp.Details().Body(
				goapp.Summary().Class("tree-key").Text(n.Key),
				tree(n.Children, 0),
			)}
		case len(n.Children) > 0:
			body = append(body, tree(n.Children, open-1))
		default:
			body = append(body, goapp.Span().Class("tree-value").Text(n.Value))
		}
		items = append(items, goapp.Li().Body(body...))
	}
	return goapp.Ul().Class("tree").Body(items...)
}
