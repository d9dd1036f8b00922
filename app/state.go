package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

// Loading lives here, in action handlers; components post actions and observe
// the states the session shows. go-app runs global action handlers in their
// own goroutine, so the analysis never runs inside an event handler and blob
// reads can wait for their promises while the page keeps painting. Each
// handler reads its action's value, calls one session method, and returns.

const (
	// actionAnalyze carries []analyzer.File: analyse them as one case.
	actionAnalyze = "analyze"
	// actionCancel stops the running analysis.
	actionCancel = "cancel"
	// actionExample carries an Example to load and analyse.
	actionExample = "example"
	// actionOpenShared carries the data of a share link.
	actionOpenShared = "open-shared"
	// actionUnlock carries an unlockRequest.
	actionUnlock = "unlock"
	// actionAnalyzeDrop carries droppedItems: a drop that holds folders.
	actionAnalyzeDrop = "analyze-drop"
	// actionStartOver clears the report and the dropped files.
	actionStartOver = "start-over"
	// actionLookup carries the text of the device lookup box.
	actionLookup = "device-lookup"
	// actionRequirement carries a reqQuery from a requirement box.
	actionRequirement = "requirement"

	// stateAnalysis holds an analysisState.
	stateAnalysis = "analysis"
	// stateLookup holds a lookupResult.
	stateLookup = "device-lookup"
	// stateRequirement holds a reqResults.
	stateRequirement = "requirement"
)

// pageSession is the analyzer page's one session.
var pageSession = func() *session {
	s := newSession(realClock{})
	s.options = func() analyzer.Options {
		return analyzer.Options{PageHasher: pageHasher(), Yield: yielder()}
	}
	return s
}()

// statePage shows what the session says as go-app states.
type statePage struct{ ctx goapp.Context }

func (p statePage) showAnalysis(st analysisState) { p.ctx.SetState(stateAnalysis, st) }
func (p statePage) showLookup(r lookupResult)     { p.ctx.SetState(stateLookup, r) }
func (p statePage) showRequirements(r reqResults) { p.ctx.SetState(stateRequirement, r) }
func (p statePage) pause(d time.Duration)         { time.Sleep(d) }

// unlockRequest carries the passwords typed beside locked identities
// (.p12), by file name: the same files are analysed again with them. The
// passwords live only in this value and the run's Options.Password; they
// are never put in a state, the report, the page or a link.
type unlockRequest struct {
	passwords map[string]string
}

// droppedItems are a drop's files and its folders' entries, still to walk.
type droppedItems struct {
	Files   []analyzer.File
	Folders []goapp.Value
}

func init() {
	goapp.Handle(actionAnalyze, handleAnalyze)
	goapp.Handle(actionAnalyzeDrop, handleAnalyzeDrop)
	goapp.Handle(actionCancel, func(goapp.Context, goapp.Action) { pageSession.Cancel() })
	goapp.Handle(actionExample, handleExample)
	goapp.Handle(actionOpenShared, handleOpenShared)
	goapp.Handle(actionUnlock, handleUnlock)
	goapp.Handle(actionStartOver, handleStartOver)
	goapp.Handle(actionLookup, handleLookup)
	goapp.Handle(actionRequirement, handleRequirement)
}

func handleAnalyze(ctx goapp.Context, a goapp.Action) {
	files, _ := a.Value.([]analyzer.File)
	analyze(ctx, files)
}

func analyze(ctx goapp.Context, files []analyzer.File) (analysisState, bool) {
	if len(files) == 0 {
		return analysisState{}, false
	}
	stopWarmUp()
	loadProse() // if app.js could not fetch them
	loadLikeness(ctx)
	return pageSession.Analyze(ctx, files, nil, statePage{ctx})
}

// handleAnalyzeDrop walks the dropped folders, then analyses them with the
// files dropped beside them as one case.
func handleAnalyzeDrop(ctx goapp.Context, a goapp.Action) {
	d, ok := a.Value.(droppedItems)
	if !ok {
		return
	}
	files := d.Files
	for _, entry := range d.Folders {
		f, err := walkFolder(entry)
		if err != nil {
			pageSession.Fail("The folder could not be read: "+err.Error(), statePage{ctx})
			return
		}
		files = append(files, f)
	}
	analyze(ctx, files)
}

// handleExample loads an example file from the site and analyses it like a
// dropped file.
func handleExample(ctx goapp.Context, a goapp.Action) {
	ex, ok := a.Value.(Example)
	if !ok {
		return
	}
	files, err := staticFile(ctx.ResolveStaticResource(examplePath(ex.File)), ex.File)
	if err != nil {
		pageSession.Fail(err.Error(), statePage{ctx})
		return
	}
	if st, ok := analyze(ctx, files); ok {
		pageSession.MarkSimulated(st.Seq, ex.Simulated, statePage{ctx})
	}
}

// handleOpenShared shows the report a link carries, read-only.
func handleOpenShared(ctx goapp.Context, a goapp.Action) {
	data, _ := a.Value.(string)
	pageSession.OpenShared(data, statePage{ctx})
}

func handleUnlock(ctx goapp.Context, a goapp.Action) {
	if req, ok := a.Value.(unlockRequest); ok {
		stopWarmUp()
		pageSession.Unlock(ctx, req.passwords, statePage{ctx})
	}
}

func handleLookup(ctx goapp.Context, a goapp.Action) {
	if q, ok := a.Value.(string); ok {
		pageSession.SearchDevice(ctx, q, statePage{ctx})
	}
}

func handleRequirement(ctx goapp.Context, a goapp.Action) {
	if q, ok := a.Value.(reqQuery); ok {
		pageSession.CheckRequirement(ctx, q, statePage{ctx})
	}
}

// yieldEvery is the longest stretch an analysis keeps the page's thread
// before giving it back: Go in wasm runs on the page's only thread, and a
// browser counts a task over 50 ms as long.
const yieldEvery = 40 * time.Millisecond

// yielder returns an analyzer.Options.Yield that gives the thread back (a
// short sleep: Go's wasm scheduler then returns to the browser's event loop)
// once yieldEvery has passed since the last time.
func yielder() func() {
	last := time.Now()
	return func() {
		if time.Since(last) < yieldEvery {
			return
		}
		time.Sleep(time.Millisecond)
		last = time.Now()
	}
}
