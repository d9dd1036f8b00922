package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/sarif"
)

// shareBox offers the report to others: a link that carries it (never the
// files) and a JSON download, both made on this device. It previews what the
// link will carry and what it leaves out before the link is made.
type shareBox struct {
	goapp.Compo
	Report *report.Report
	// Files are the dropped files' names, so SARIF locations split subjects
	// at the right place; the link names them too.
	Files []string

	opts    shareOptions
	link    string
	message string
	preview *sharePreview
	// making is the preview being made in the background, if any.
	making *sharePreview
}

// sharePreview is the link the box would make for one report and choice.
type sharePreview struct {
	report *report.Report
	opts   shareOptions
	enc    *shareEncoded
	err    error
	// json is enc.JSON indented for the page (previewJSON).
	json string
}

// isFor says whether p is the preview of the box's report and choice.
func (s *shareBox) isFor(p *sharePreview) bool {
	return p != nil && p.report == s.Report && p.opts == s.opts
}

// current encodes the report for the preview once per report and choice:
// a render must not redo it.
func (s *shareBox) current() *sharePreview {
	if s.isFor(s.preview) {
		return s.preview
	}
	enc, err := encodeShare(s.Report, s.Files, s.opts, time.Now())
	s.preview = &sharePreview{report: s.Report, opts: s.opts, enc: enc, err: err}
	if err == nil {
		s.preview.json = previewJSON(enc.JSON)
	}
	return s.preview
}

// In the page, the preview is made after the report is drawn, in turns that
// give the thread back: encoding a report for a link (scrubbing every
// string of it) took longer than drawing the report itself, and both in
// one task held the page for most of a second after a large binary.
func (s *shareBox) OnMount(ctx goapp.Context)  { s.makePreview(ctx) }
func (s *shareBox) OnUpdate(ctx goapp.Context) { s.makePreview(ctx) }

// sharePreviewDelay lets the browser paint the report before the preview
// takes the thread.
const sharePreviewDelay = 20 * time.Millisecond

// makePreview encodes the report for the current choice in the background,
// unless that preview is made or being made; the box shows it when it is.
func (s *shareBox) makePreview(ctx goapp.Context) {
	if s.isFor(s.preview) || s.isFor(s.making) {
		return
	}
	p := &sharePreview{report: s.Report, opts: s.opts}
	s.making = p
	files := s.Files
	ctx.Async(func() {
		time.Sleep(sharePreviewDelay)
		yield := yielder()
		p.enc, p.err = encodeShareYielding(p.report, files, p.opts, time.Now(), yield)
		if p.err == nil {
			yield()
			p.json = previewJSON(p.enc.JSON)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if s.making == p {
				s.making = nil
			}
			if s.isFor(p) {
				s.preview = p
			}
			// The choice may have changed meanwhile.
			s.makePreview(ctx)
		})
	})
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
				goapp.Input().Type("checkbox").ID("share-private").Checked(s.opts.DeviceIDs).OnChange(s.onTogglePrivate),
				goapp.Text(" Include device IDs and device names, and certificates' serial numbers and fingerprints"),
			),
			goapp.Label().Class("checkbox").Body(
				goapp.Input().Type("checkbox").ID("share-names").Checked(s.opts.Names).OnChange(s.onToggleNames),
				goapp.Text(" Include people's names (in certificate, identity and team names)"),
			),
		),
		goapp.P().Class("help").Text("The link holds this report, not your files; it is built on this device and the part after # is never sent to a server."),
		s.renderPreview(),
		out,
		goapp.P().ID("share-status").Class("help").Role("status").Aria("live", "polite").Text(s.message),
	)
}

// renderPreview says what the link will carry and what it leaves out, with
// the exact JSON one click away.
func (s *shareBox) renderPreview() goapp.UI {
	p := s.preview
	switch {
	case s.isFor(p):
	case !goapp.IsClient:
		// Prerendered pages and tests draw the box at once.
		p = s.current()
	case p == nil || p.report != s.Report:
		return goapp.P().ID("share-preview-pending").Class("help").Aria("busy", true).Text("Preparing the link's preview…")
	}
	// A preview of the previous choice stays, marked busy, until the new
	// one is made: what the reader opened stays open.
	busy := !s.isFor(p)
	if p.err != nil {
		return goapp.P().ID("share-preview").Class("help").Aria("busy", busy).Text("No link can be made: " + p.err.Error())
	}
	files := "this report"
	if len(s.Files) > 0 {
		files = strings.Join(s.Files, ", ")
	}
	carries := fmt.Sprintf("The link will carry the findings and facts of %s, the date, and this signdoctor's version (%s). ", files, signdoctorVersion())
	return goapp.Div().ID("share-preview").Class("help").Aria("busy", busy).Body(
		goapp.P().Body(
			goapp.Text(carries),
			goapp.Span().ID("share-left-out").Text(leftOutText(p.enc.Stats, p.opts)),
		),
		goapp.Details().Body(
			goapp.Summary().Text(fmt.Sprintf("Show what the link holds (%d characters)", len(p.enc.Data)+len(shareFragmentKey)+1)),
			goapp.Pre().ID("share-preview-json").Class("share-json").Text(p.json),
		),
	)
}

// leftOutText says in words what the link leaves out.
func leftOutText(st scrubStats, opts shareOptions) string {
	var parts []string
	add := func(mask, one, many string) {
		if n := st[mask]; n > 0 {
			parts = append(parts, plural(n, one, many))
		}
	}
	add(maskDeviceID, "device ID", "device IDs")
	add(maskDeviceName, "device name", "device names")
	add(maskCertID, "certificate serial number or fingerprint", "certificate serial numbers and fingerprints")
	add(maskName, "person's or team's name", "people's and teams' names")
	var b strings.Builder
	if len(parts) > 0 {
		b.WriteString("Left out: " + strings.Join(parts, ", ") + ". ")
	} else {
		b.WriteString("Nothing private found to leave out. ")
	}
	switch {
	case opts.DeviceIDs && opts.Names:
		b.WriteString("Device IDs, certificate fingerprints and people's names are included, as you chose.")
	case opts.DeviceIDs:
		b.WriteString("Device IDs and certificate fingerprints are included, as you chose.")
	case opts.Names:
		b.WriteString("People's names are included, as you chose.")
	}
	return b.String()
}

// previewJSON is the link's JSON indented for reading, cut at a length a
// page shows at once.
func previewJSON(b []byte) string {
	var buf bytes.Buffer
	if json.Indent(&buf, b, "", "  ") != nil {
		buf.Reset()
		buf.Write(b)
	}
	const max = 20000
	if buf.Len() > max {
		return buf.String()[:max] + "\n… (the rest is cut from this preview, not from the link)"
	}
	return buf.String()
}

func (s *shareBox) onTogglePrivate(ctx goapp.Context, e goapp.Event) {
	s.opts.DeviceIDs = ctx.JSSrc().Get("checked").Bool()
	s.link, s.message = "", ""
	s.makePreview(ctx)
}

func (s *shareBox) onToggleNames(ctx goapp.Context, e goapp.Event) {
	s.opts.Names = ctx.JSSrc().Get("checked").Bool()
	s.link, s.message = "", ""
	s.makePreview(ctx)
}

func (s *shareBox) onShare(ctx goapp.Context, e goapp.Event) {
	enc, err := encodeShare(s.Report, s.Files, s.opts, time.Now())
	if err != nil {
		s.message = "Could not make a link: " + err.Error()
		return
	}
	loc := goapp.Window().Get("location")
	s.link = loc.Get("origin").String() + href("/") + "#" + shareFragmentKey + enc.Data
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

// sharedBanner says that the report came from a link, what the link says
// about it, and that this page cannot check any of it.
func sharedBanner(m shareMeta) goapp.UI {
	made := "The link does not say when it was made, from which files or by which version of signdoctor."
	if m.Known {
		files := "files it does not name"
		if len(m.Files) > 0 {
			files = strings.Join(m.Files, ", ")
		}
		when := "at a time it does not give"
		if !m.Made.IsZero() {
			when = "on " + formatDate(m.Made)
		}
		version := orDash(m.Version)
		made = fmt.Sprintf("The link says it was made %s, from %s, by signdoctor %s.", when, files, version)
	}
	var left []string
	if m.Known && !m.DeviceIDs {
		left = append(left, "device IDs and certificate fingerprints")
	}
	if m.Known && !m.Names {
		left = append(left, "people's names")
	}
	var leftOut goapp.UI
	if len(left) > 0 {
		leftOut = goapp.P().ID("shared-left-out").Text("Its maker left out " + strings.Join(left, " and ") + ": those show as “left out”.")
	}
	return goapp.Div().ID("shared-banner").Class("notice", "shared").Role("note").Body(
		goapp.P().Body(
			goapp.Strong().Text("Shared report — not checked here. "),
			goapp.Text("This is what signdoctor reported in someone else's browser. This page has not seen their files and cannot check any of it: anyone can make a link that says anything, “no problems found” and “signed by Apple” included. The findings and facts below are the link's; the explanations and fixes are this page's own checks'. To know, drop the files themselves here."),
		),
		goapp.P().ID("shared-made").Text(made),
		leftOut,
	)
}

// sarifReport is the report as SARIF, with every registered check as a rule.
func sarifReport(r *report.Report, files []string) ([]byte, error) {
	return sarif.Encode(r, analyzer.Checks(), sarif.Options{Files: files})
}
