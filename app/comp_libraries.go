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
	rows := make([]goapp.UI, len(libs))
	missing := 0
	for i, l := range libs {
		if l.Status == "missing" || l.Status == "build-path" {
			missing++
		}
		where := libraryStatusText(l)
		rows[i] = goapp.Tr().Class("library", "library-"+l.Status).Body(
			goapp.Td().Body(goapp.Code().Class("wrap").Text(l.Path)),
			goapp.Td().Text(strings.TrimPrefix(l.Command, "LC_")),
			goapp.Td().Body(goapp.Span().Class("wrap").Text(where)),
			goapp.Td().Text(strings.Join(l.Archs, ", ")),
		)
	}
	title := fmt.Sprintf("Loads (%s)", plural(len(libs), "library", "libraries"))
	if missing > 0 {
		title = fmt.Sprintf("Loads (%s, %d not found)", plural(len(libs), "library", "libraries"), missing)
	}
	return goapp.Section().Class("card-section", "libraries").Body(
		goapp.H4().Text(title),
		goapp.Div().Class("table-scroll").Body(
			goapp.Table().Class("libraries-table").Body(
				goapp.THead().Body(goapp.Tr().Body(
					goapp.Th().Text("Library"), goapp.Th().Text("Load command"), goapp.Th().Text("Where"), goapp.Th().Text("Slices"),
				)),
				goapp.TBody().Body(rows...),
			),
		),
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
