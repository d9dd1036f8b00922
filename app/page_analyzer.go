package app

import (
	"fmt"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// analyzerPage is the home page: drop or pick files (or paste text), watch
// the progress, read the report.
type analyzerPage struct {
	goapp.Compo

	state    analysisState
	pasted   string
	dragging bool
	// focusedSeq is the analysis whose report got the focus, so it moves
	// once per report, not on every update.
	focusedSeq int
	// startedOver asks for the focus on the file input once the report
	// has gone.
	startedOver bool
}

func (p *analyzerPage) OnMount(ctx goapp.Context) {
	if goapp.IsClient {
		// Back from another page: the report is still here; put the reader
		// where they were, and leave the focus alone.
		var st analysisState
		ctx.GetState(stateAnalysis, &st)
		if st.Report != nil && !st.Running {
			p.focusedSeq = st.Seq
			if y, open, ok := savedView(st.Seq); ok {
				ctx.After(80*time.Millisecond, func(goapp.Context) { restoreView(y, open) })
			}
		}
	}
	ctx.ObserveState(stateAnalysis, &p.state).OnChange(func() {
		ctx.Defer(p.afterChange)
	})
	if goapp.IsClient {
		startWarmUp(ctx)
	}
}

// afterChange runs once the page shows a new state: when a report has just
// arrived, the focus moves to its verdicts, so the answer is what is on
// screen and what a screen reader reads next.
func (p *analyzerPage) afterChange(ctx goapp.Context) {
	st := p.state
	if p.startedOver && st.Report == nil && !st.Running {
		// Start over: back to the drop zone, ready for the next files.
		p.startedOver = false
		if in := goapp.Window().GetElementByID("file-input"); in.Truthy() {
			in.Set("value", "")
			in.Call("focus")
		}
		goapp.Window().Call("scrollTo", 0, 0)
		return
	}
	if st.Report == nil || st.Running || st.Seq == p.focusedSeq {
		return
	}
	p.focusedSeq = st.Seq
	// Once the browser has drawn the report: focusing lays the page out at
	// once, which was about a quarter of the task that drew a large report.
	ctx.Async(func() {
		time.Sleep(focusDelay)
		if el := goapp.Window().GetElementByID("verdicts"); el.Truthy() {
			el.Call("focus")
			el.Call("scrollIntoView", map[string]any{"block": "start"})
		}
	})
}

// focusDelay is about a frame.
const focusDelay = 20 * time.Millisecond

func (p *analyzerPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s", "signdoctor — why Apple code signing fails")
	if data := shareFragment(ctx.Page().URL().Fragment); data != "" {
		ctx.NewActionWithValue(actionOpenShared, data)
	}
}

func (p *analyzerPage) Render() goapp.UI {
	st := p.state
	var progress goapp.UI
	if st.Running {
		pct := overallPercent(st.Index, len(st.Files), st.Done, st.Total)
		progress = goapp.Div().Class("progress").Body(
			goapp.Progress().ID("progress").Max(100).Value(pct).Aria("label", "Analysis progress"),
			goapp.Span().Class("pct").Text(fmt.Sprintf("%d%%", pct)),
			goapp.Button().Type("button").ID("cancel").Class("secondary").Text("Cancel").OnClick(p.onCancel),
		)
	}
	var result goapp.UI
	if st.Report != nil && !st.Running {
		now := st.Finished
		if now.IsZero() {
			now = time.Now()
		}
		result = &reportView{Report: st.Report, Now: now, Shared: st.Shared, Files: st.Files, SharedMeta: st.SharedMeta, Simulated: st.Simulated, Facts: st.Facts, Staged: true}
	}
	status := goapp.Div().ID("status").Role("status").Aria("live", "polite").Body(statusText(st))
	var content []goapp.UI
	if result != nil {
		// A report: the answer comes first. The intro gives way to one bar
		// that says what was analysed and offers to start over; dropping
		// anywhere on the page analyses other files.
		content = []goapp.UI{
			goapp.Div().Class("report-bar").Body(
				goapp.H1().Class("report-title").Text(reportTitle(st)),
				goapp.Div().Class("report-actions").Body(
					p.dropZone(true),
					goapp.Button().Type("button").ID("start-over").Class("secondary").Text("Start over").OnClick(p.onStartOver),
				),
			),
			// Second, in both layouts, so the live region stays the same
			// element and screen readers announce what changes in it.
			status,
			p.renderUnlock(st),
			result,
			goapp.Section().Class("again").Aria("label", "Analyse something else").Body(
				p.folderPick(),
				p.pasteBox(),
				p.renderExamples(),
			),
		}
	} else {
		content = []goapp.UI{
			goapp.H1().Text("Why does code signing fail?"),
			status,
			progress,
			goapp.P().Class("lead").Text("Drop an .app folder or any file signdoctor reads: " + droppableKinds + ". signdoctor tells you what is wrong, why, and how to fix it. Your files never leave this device."),
			p.dropZone(false),
			p.folderPick(),
			p.renderUnlock(st),
			p.pasteBox(),
			p.renderExamples(),
		}
	}
	cls := []string{"drop-anywhere"}
	if p.dragging {
		cls = append(cls, "dragging")
	}
	// The whole page takes a drop, not only the drop zone.
	wrap := goapp.Div().Class(cls...)
	if result != nil {
		// web/page.js reads it to keep the reader's place for Back.
		wrap = wrap.DataSet("report-seq", st.Seq)
	}
	return wrap.
		On("dragenter", p.onDragOver).
		On("dragover", p.onDragOver).
		On("dragleave", p.onDragLeave).
		On("drop", p.onDrop).
		Body(layout("analyze", content...))
}

// reportTitle names what the report is about.
func reportTitle(st analysisState) string {
	switch {
	case st.Shared:
		return "Shared report"
	case len(st.Files) == 1:
		return "Report for " + st.Files[0]
	case len(st.Files) > 1:
		return fmt.Sprintf("Report for %d files", len(st.Files))
	}
	return "Report"
}

// dropZone is a label for the hidden file input, so a click, Enter or Space
// opens the picker. Prerendered (before the analyzer has loaded) it says it
// is getting ready; compact, it is the report bar's "analyse other files".
func (p *analyzerPage) dropZone(compact bool) goapp.UI {
	cls := []string{"drop-zone"}
	if p.dragging {
		cls = append(cls, "dragging")
	}
	if compact {
		cls = append(cls, "compact")
	}
	ready := goapp.IsClient
	input := goapp.Input().Type("file").ID("file-input").Class("visually-hidden").Multiple(true).
		Aria("describedby", "status").
		Disabled(!ready).
		OnChange(p.onPick)
	var body []goapp.UI
	switch {
	case !ready:
		cls = append(cls, "getting-ready")
		body = []goapp.UI{
			goapp.Span().Class("drop-title").Text("Getting ready…"),
			goapp.Progress().Class("ready-progress").Aria("label", "Loading the analyzer"),
			goapp.Span().Class("drop-or").Text("The analyzer is loading into this page; you can drop files in a moment."),
		}
	case compact:
		body = []goapp.UI{goapp.Span().Class("drop-title").Text("Analyse other files")}
	default:
		body = []goapp.UI{
			goapp.Span().Class("drop-title").Text("Drop files here"),
			goapp.Span().Class("drop-or").Text("or press to choose files (several at once are analysed together)"),
		}
	}
	return goapp.Label().ID("drop-zone").Class(cls...).For("file-input").Body(append(body, input)...)
}

// pasteBox takes pasted text; Ctrl+Enter (Cmd+Enter on a Mac) analyses it.
func (p *analyzerPage) pasteBox() goapp.UI {
	return goapp.Details().ID("paste").Class("paste").Body(
		goapp.Summary().Text("Or paste text: an error message, a device ID"),
		goapp.Label().For("paste-input").Text("Text to analyse"),
		goapp.Textarea().ID("paste-input").Rows(5).Spellcheck(false).
			Placeholder("Paste the error from Xcode, codesign, altool or the notary service").
			Aria("keyshortcuts", "Control+Enter Meta+Enter").
			Text(p.pasted).
			OnInput(p.onPasteInput).
			OnKeyDown(p.onPasteKey),
		goapp.Button().Type("button").ID("paste-analyze").Text("Analyse text").OnClick(p.onPasteAnalyze),
		goapp.Span().Class("help", "shortcut").Text(" or Ctrl+Enter (⌘+Enter)"),
	)
}

// spokenVerdicts is the verdicts in one sentence for screen readers: the
// status line announces it; on screen the panel below says the same.
func spokenVerdicts(r *report.Report) goapp.UI {
	s := verdictSentence(verdictViews(r))
	if s == "" {
		return nil
	}
	return goapp.Span().Class("visually-hidden").Text(s)

}

// folderPick chooses a folder (an .app, .xcarchive or .framework), analysed
// as its zip would be.
func (p *analyzerPage) folderPick() goapp.UI {
	return goapp.P().Class("folder-pick").Body(
		goapp.Label().For("folder-input").Class("button", "secondary").Text("Choose a folder"),
		goapp.Text(" an .app, .xcarchive or .framework folder is analysed as its zip"),
		goapp.Input().Type("file").ID("folder-input").Class("visually-hidden").
			Attr("webkitdirectory", true).Aria("describedby", "status").
			Disabled(!goapp.IsClient).
			OnChange(p.onPickFolder),
	)
}

// renderUnlock offers password fields for the identities the last run could
// not open (never for a shared report: it has no files).
func (p *analyzerPage) renderUnlock(st analysisState) goapp.UI {
	if st.Running || st.Shared || st.Report == nil {
		return nil
	}
	if locked := lockedIdentities(st.Report); len(locked) > 0 {
		return &unlockForm{Locked: locked}
	}
	return nil
}

// statusText says what is going on, in one line.
func statusText(st analysisState) goapp.UI {
	switch {
	case st.Running && st.Input != "":
		if len(st.Files) > 1 {
			return goapp.Text(fmt.Sprintf("Analysing %s (%d of %d)… %d%%", st.Input, st.Index+1, len(st.Files), overallPercent(st.Index, len(st.Files), st.Done, st.Total)))
		}
		return goapp.Text(fmt.Sprintf("Analysing %s… %d%%", st.Input, percent(st.Done, st.Total)))
	case st.Running:
		return goapp.Text("Analysing " + strings.Join(st.Files, ", ") + "…")
	case st.Err != "":
		return goapp.Span().Class("error-text").Text(st.Err)
	case st.Report != nil && st.Shared:
		e, w, i := st.Report.Counts()
		if e+w+i == 0 {
			return goapp.Span().Body(
				goapp.Text("Showing a shared report, not checked here: the link lists no findings. "),
				spokenVerdicts(st.Report),
			)
		}
		return goapp.Span().Body(
			goapp.Text("Showing a shared report, not checked here: the link lists "+strings.ToLower(countsText(e, w, i))+". "),
			spokenVerdicts(st.Report),
		)
	case st.Report != nil:
		e, w, i := st.Report.Counts()
		return goapp.Span().Body(
			goapp.Text(fmt.Sprintf("Analysed %s in %s: %s. ", plural(len(st.Files), "file", "files"), st.ElapsedText, strings.ToLower(countsText(e, w, i)))),
			spokenVerdicts(st.Report),
		)
	}
	return goapp.Text("")
}

func (p *analyzerPage) onDragOver(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault() // without it the browser opens the file instead of dropping it here
	if !p.dragging {
		p.dragging = true
	} else {
		ctx.PreventUpdate()
	}
}

func (p *analyzerPage) onDragLeave(ctx goapp.Context, e goapp.Event) {
	p.dragging = false
}

func (p *analyzerPage) onDrop(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	p.dragging = false
	files, folders := dropItems(e.Get("dataTransfer"))
	if len(folders) > 0 {
		// Walking a folder waits on the browser: an action does it.
		ctx.NewActionWithValue(actionAnalyzeDrop, droppedItems{Files: files, Folders: folders})
		return
	}
	p.analyze(ctx, files)
}

func (p *analyzerPage) onPick(ctx goapp.Context, e goapp.Event) {
	p.analyze(ctx, filesFromList(ctx.JSSrc().Get("files")))
}

func (p *analyzerPage) onPickFolder(ctx goapp.Context, e goapp.Event) {
	p.analyze(ctx, foldersFromList(ctx.JSSrc().Get("files")))
}

func (p *analyzerPage) onPasteInput(ctx goapp.Context, e goapp.Event) {
	p.pasted = ctx.JSSrc().Get("value").String()
}

func (p *analyzerPage) onPasteKey(ctx goapp.Context, e goapp.Event) {
	if e.Get("key").String() != "Enter" || !(e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool()) {
		ctx.PreventUpdate()
		return
	}
	e.PreventDefault()
	// The input event may not have run for the last keystroke's text.
	p.pasted = ctx.JSSrc().Get("value").String()
	p.onPasteAnalyze(ctx, e)
}

func (p *analyzerPage) onStartOver(ctx goapp.Context, e goapp.Event) {
	p.pasted = ""
	p.startedOver = true
	ctx.NewAction(actionStartOver)
}

func (p *analyzerPage) onPasteAnalyze(ctx goapp.Context, e goapp.Event) {
	p.analyze(ctx, pastedFiles(p.pasted))
}

func (p *analyzerPage) onCancel(ctx goapp.Context, e goapp.Event) {
	ctx.NewAction(actionCancel)
}

// analyze hands the files to the analyze action; the handler reads them.
func (p *analyzerPage) analyze(ctx goapp.Context, files []analyzer.File) {
	if len(files) == 0 {
		return
	}
	ctx.NewActionWithValue(actionAnalyze, files)
}

// renderExamples offers generated example files that show typical problems.
func (p *analyzerPage) renderExamples() goapp.UI {
	buttons := make([]goapp.UI, 0, len(Examples)+1)
	buttons = append(buttons, goapp.Span().Class("examples-label").Text("Try an example:"))
	for _, ex := range Examples {
		ex := ex
		buttons = append(buttons, goapp.Button().Type("button").Class("secondary", "example").
			DataSet("example", ex.File).
			Text(ex.Label).
			OnClick(func(ctx goapp.Context, e goapp.Event) {
				ctx.NewActionWithValue(actionExample, ex)
			}))
	}
	return goapp.Div().Class("examples").Body(buttons...)
}
