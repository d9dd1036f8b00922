package analyzer

import "github.com/signdoctor/signdoctor/analyzer/report"

// bundleBrowserFolder says, once per folder read in the browser, what the
// browser does not show: it is why some checks did not run on it.
var bundleBrowserFolder = &Check{
	ID:       "bundle-browser-folder",
	Severity: report.Info,
	Title:    "Folder read in the browser: permissions and symbolic links not visible",
	Doc: "A browser hands a dropped or chosen folder over as plain files: it shows no permission bits and " +
		"no symbolic links (a link reads as the file or folder it points to, or not at all). So whether the " +
		"executables have their x bit is not checked here, and a versioned framework's links " +
		"(Versions/Current, the top-level aliases) are not compared with what the seal records. Everything " +
		"else is checked as for the zipped app.",
	Fix: "For the full check, zip the bundle with its links and permissions and drop the zip: " +
		"`ditto -c -k --keepParent MyApp.app MyApp.zip` — or run `signdoctor check MyApp.app` on the Mac.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindArchive) {
			if bi := in.bundleInput(); bi != nil && bi.BrowserFolder {
				p.Report(in.Location(), "read from the browser: executable bits and symbolic links are not visible, so they were not checked; drop its zip (`ditto -c -k --keepParent`) for the full check")
			}
		}
	},
}
