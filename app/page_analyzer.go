package app

import (
	"fmt"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// analyzerPage is the home page: drop or pick files (or paste text), watch
// the progress, read the report.
type analyzerPage struct {
	goapp.Compo

	state    analysisState
	pasted   string
	dragging bool
}

func (p *analyzerPage) OnMount(ctx goapp.Context) {
	ctx.ObserveState(stateAnalysis, &p.state)
	if goapp.IsClient {
		startWarmUp(ctx)
	}
}

func (p *analyzerPage) OnNav(ctx goapp.Context) {
	ctx.Page().SetTitle("%s", "signdoctor — why Apple code signing fails")
	if data := shareFragment(ctx.Page().URL().Fragment); data != "" {
		ctx.NewActionWithValue(actionOpenShared, data)
	}
}

func (p *analyzerPage) Render() goapp.UI {
	st := p.state
	dropClass := []string{"drop-zone"}
	if p.dragging {
		dropClass = append(dropClass, "dragging")
	}
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
		result = &reportView{Report: st.Report, Now: now, Shared: st.Shared, Files: st.Files, SharedMeta: st.SharedMeta}
	}
	return layout("analyze",
		goapp.H1().Text("Why does code signing fail?"),
		goapp.P().Class("lead").Text("Drop a provisioning profile, an entitlements file, a binary, an .app folder, an .ipa or a zipped .app, a .pkg, a .dmg, a .p12 identity, a certificate or a notary log. signdoctor tells you what is wrong, why, and how to fix it. Your files never leave this device."),
		goapp.Label().ID("drop-zone").Class(dropClass...).For("file-input").
			On("dragenter", p.onDragOver).
			On("dragover", p.onDragOver).
			On("dragleave", p.onDragLeave).
			On("drop", p.onDrop).
			Body(
				goapp.Span().Class("drop-title").Text("Drop files here"),
				goapp.Span().Class("drop-or").Text("or press to choose files (several at once are analysed together)"),
				goapp.Input().Type("file").ID("file-input").Class("visually-hidden").Multiple(true).
					Aria("describedby", "status").
					OnChange(p.onPick),
			),
		goapp.P().Class("folder-pick").Body(
			goapp.Label().For("folder-input").Class("button", "secondary").Text("Choose a folder"),
			goapp.Text(" an .app, .xcarchive or .framework folder is analysed as its zip"),
			goapp.Input().Type("file").ID("folder-input").Class("visually-hidden").
				Attr("webkitdirectory", true).Aria("describedby", "status").
				OnChange(p.onPickFolder),
		),
		goapp.Details().Class("paste").Body(
			goapp.Summary().Text("Or paste text: an error message, a device ID"),
			goapp.Label().For("paste-input").Text("Text to analyse"),
			goapp.Textarea().ID("paste-input").Rows(5).Spellcheck(false).
				Placeholder("Paste the error from Xcode, codesign, altool or the notary service").
				Text(p.pasted).
				OnInput(p.onPasteInput),
			goapp.Button().Type("button").ID("paste-analyze").Text("Analyse text").OnClick(p.onPasteAnalyze),
		),
		p.renderExamples(),
		goapp.Div().ID("status").Role("status").Aria("live", "polite").Body(statusText(st)),
		progress,
		p.renderUnlock(st),
		result,
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
			return goapp.Text("Showing a shared report, not checked here: the link lists no findings.")
		}
		return goapp.Text("Showing a shared report, not checked here: the link lists " + countsText(e, w, i) + ".")
	case st.Report != nil:
		e, w, i := st.Report.Counts()
		return goapp.Text(fmt.Sprintf("Analysed %s in %s: %s.", plural(len(st.Files), "file", "files"), st.ElapsedText, strings.ToLower(countsText(e, w, i))))
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

func (p *analyzerPage) onPasteAnalyze(ctx goapp.Context, e goapp.Event) {
	text := strings.TrimSpace(p.pasted)
	if text == "" {
		return
	}
	p.analyze(ctx, []analyzer.File{{Name: "pasted text", Size: int64(len(text)), R: strings.NewReader(text)}})
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
