package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// librariesSection lists the libraries a bundle's executable loads, as
// resolved inside the bundle: the answer to "Library not loaded".
func librariesSection(libs []report.BundleLibrary) goapp.UI {
	if len(libs) == 0 {
		return nil
	}
	// A list, not a table: paths are long, and a phone has room for one
	// column.
	rows := make([]goapp.UI, len(libs))
	missing := 0
	for i, l := range libs {
		if l.Status == "missing" || l.Status == "build-path" {
			missing++
		}
		rows[i] = goapp.Li().Class("library", "library-"+l.Status).Body(
			goapp.Code().Class("wrap").Text(l.Path),
			goapp.Div().Class("library-detail").Body(
				goapp.Span().Class("library-where", "wrap").Text(libraryStatusText(l)),
				goapp.Text(" · "+strings.TrimPrefix(l.Command, "LC_")+" · "+strings.Join(l.Archs, ", ")),
			),
		)
	}
	title := fmt.Sprintf("Loads (%s)", plural(len(libs), "library", "libraries"))
	if missing > 0 {
		title = fmt.Sprintf("Loads (%s, %d not found)", plural(len(libs), "library", "libraries"), missing)
	}
	return goapp.Section().Class("card-section", "libraries").Body(
		goapp.H4().Text(title),
		goapp.Ul().Class("libraries-list").Body(rows...),
	)
}

func libraryStatusText(l report.BundleLibrary) string {
	switch l.Status {
	case "found":
		return l.Resolved
	case "system":
		return "in macOS / iOS"
	case "missing":
		return "not in the bundle"
	case "build-path":
		return "only on the Mac that built it"
	case "hidden":
		return "not seen: the browser shows no symbolic links (drop the zip to check)"
	}
	return "outside the bundle: not checked"
}
