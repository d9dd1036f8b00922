package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// checkLink links to a check's page when this page has the check. An ID it
// does not know (a shared report can carry any text as an ID) is shown as
// unknown and is never a link.
func checkLink(id, text string) goapp.UI {
	if analyzer.Lookup(id) != nil {
		return goapp.A().Href(href(checkPath(id))).Text(text)
	}
	return goapp.Span().Class("unknown-check").Text("Unknown check “" + id + "”: this page has no such check, so it cannot explain it")
}

// noFindingsText is what an empty findings list says: a shared report's
// list is only what its link claims.
func noFindingsText(shared bool) string {
	if shared {
		return "The link lists no findings. This page has not checked the files, so that is the link's claim, not an analysis."
	}
	return "No problems found in these files."
}

// cardsHeading heads the artifact cards: a shared report's facts are what
// its link says, not what this page read.
func cardsHeading(shared bool) string {
	if shared {
		return "What the link says the files hold (not checked here)"
	}
	return "What the files say"
}
