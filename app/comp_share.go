package app

import (
	"encoding/json"
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/sarif"
)

// shareBox offers the report to others: a link that carries it (never the
// files) and a JSON download, both made on this device.
type shareBox struct {
	goapp.Compo
	Report *report.Report
	// Files are the dropped files' names, so SARIF locations split subjects
	// at the right place.
	Files []string

	includePrivate bool
	link           string
	message        string
}

func (s *shareBox) Render() goapp.UI {
	var out goapp.UI
	if s.link != "" {
		out = goapp.Div().Class("share-out").Body(
			goapp.Label().For("share-link").Text("Share link"),
			goapp.Input().Type("text").ID("share-link").ReadOnly(true).Value(s.link).
				OnFocus(func(ctx goapp.Context, e goapp.Event) { ctx.JSSrc().Call("select") }),
		)
	}
	return goapp.Section().Class("share").Aria("label", "Share or save this report").Body(
		goapp.Div().Class("share-actions").Body(
			goapp.Button().Type("button").ID("share-button").Text("Copy share link").OnClick(s.onShare),
			goapp.Button().Type("button").ID("download-json").Class("secondary").Text("Download JSON").OnClick(s.onDownload),
			goapp.Button().Type("button").ID("download-sarif").Class("secondary").Text("Download SARIF").
				Title("SARIF 2.1.0, for code scanning (GitHub, GitLab) and editors").OnClick(s.onDownloadSARIF),
			goapp.Label().Class("checkbox").Body(
				goapp.Input().Type("checkbox").ID("share-private").Checked(s.includePrivate).OnChange(s.onTogglePrivate),
				goapp.Text(" Include device IDs and certificate serial numbers"),
			),
		),
		goapp.P().Class("help").Text("The link holds this report, not your files; it is built on this device and the part after # is never sent to a server."),
		out,
		goapp.P().ID("share-status").Class("help").Role("status").Aria("live", "polite").Text(s.message),
	)
}

func (s *shareBox) onTogglePrivate(ctx goapp.Context, e goapp.Event) {
	s.includePrivate = ctx.JSSrc().Get("checked").Bool()
	s.link, s.message = "", ""
}

func (s *shareBox) onShare(ctx goapp.Context, e goapp.Event) {
	data, err := encodeShare(s.Report, s.includePrivate)
	if err != nil {
		s.message = "Could not make a link: " + err.Error()
		return
	}
	loc := goapp.Window().Get("location")
	s.link = loc.Get("origin").String() + href("/") + "#" + shareFragmentKey + data
	s.message = fmt.Sprintf("Link made (%d characters).", len(s.link))
	if clip := goapp.Window().Get("navigator").Get("clipboard"); clip.Truthy() {
		clip.Call("writeText", s.link)
		s.message = fmt.Sprintf("Link copied to the clipboard (%d characters).", len(s.link))
	}
}

func (s *shareBox) onDownload(ctx goapp.Context, e goapp.Event) {
	b, err := json.MarshalIndent(s.Report, "", "  ")
	if err != nil {
		s.message = "Could not save: " + err.Error()
		return
	}
	saveFile("signdoctor-report.json", "application/json", b)
	s.message = "Saved signdoctor-report.json."
}

func (s *shareBox) onDownloadSARIF(ctx goapp.Context, e goapp.Event) {
	b, err := sarifReport(s.Report, s.Files)
	if err != nil {
		s.message = "Could not save: " + err.Error()
		return
	}
	saveFile("signdoctor.sarif", "application/sarif+json", b)
	s.message = "Saved signdoctor.sarif."
}

// saveFile offers bytes as a download through a Blob URL: the browser writes
// the file; nothing goes over the network.
func saveFile(name, mime string, b []byte) {
	win := goapp.Window()
	arr := win.Get("Uint8Array").New(len(b))
	goapp.CopyBytesToJS(arr, b)
	blob := win.Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	win.Get("URL").Call("revokeObjectURL", url)
}

// sharedBanner says that the report came from a link.
func sharedBanner() goapp.UI {
	return goapp.Div().ID("shared-banner").Class("notice", "shared").Role("note").Body(
		goapp.Strong().Text("Shared report. "),
		goapp.Text("Someone made this report with signdoctor on their computer and sent you the link. It holds their findings, not their files; it is shown read-only. Drop your own files to analyse them here."),
	)
}

// sarifReport is the report as SARIF, with every registered check as a rule.
func sarifReport(r *report.Report, files []string) ([]byte, error) {
	return sarif.Encode(r, analyzer.Checks(), sarif.Options{Files: files})
}
