package app

import (
	"context"
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Loading lives here, in action handlers; components post actions and observe
// the states these handlers set. go-app runs global action handlers in their
// own goroutine, so the analysis never runs inside an event handler and blob
// reads can wait for their promises while the page keeps painting.

const (
	// actionAnalyze carries []analyzer.File: analyse them as one case.
	actionAnalyze = "analyze"
	// actionCancel stops the running analysis.
	actionCancel = "cancel"
	// actionExample carries an Example to load and analyse.
	actionExample = "example"
	// actionOpenShared carries the data of a share link.
	actionOpenShared = "open-shared"

	// stateAnalysis holds an analysisState.
	stateAnalysis = "analysis"
)

// analysisState is what the analyzer page shows.
type analysisState struct {
	Seq     int
	Running bool
	// Input, Done and Total are the latest progress report; Index is the
	// input's place among Files.
	Input       string
	Done, Total int64
	Index       int
	Files       []string
	Report      *report.Report
	// Facts are the report's artifacts' facts laid out, by artifact index,
	// so a render (which holds the page's thread) does not redo the JSON
	// round trip: for a large binary that cost 100-300 ms per render.
	Facts    []factsView
	Err      string
	Canceled bool
	// Shared marks a report opened from a link: there are no files.
	Shared bool
	// SharedMeta is what the link says about when and how it was made.
	SharedMeta shareMeta
	// Simulated says what in an example file is made up (Example.Simulated).
	Simulated   string
	Started     time.Time
	Finished    time.Time
	ElapsedText string
}

func init() {
	goapp.Handle(actionAnalyze, handleAnalyze)
	goapp.Handle(actionCancel, handleCancel)
	goapp.Handle(actionOpenShared, handleOpenShared)
	goapp.Handle(actionExample, handleExample)
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
		ctx.SetState(stateAnalysis, analysisState{Err: err.Error()})
		return
	}
	handleAnalyze(ctx, goapp.Action{Name: actionAnalyze, Value: files})
	if ex.Simulated == "" {
		return
	}
	// Say what is made up on the example's report, unless another drop has
	// replaced it meanwhile.
	session.Lock()
	seq := session.seq
	session.Unlock()
	var st analysisState
	ctx.GetState(stateAnalysis, &st)
	if st.Seq == seq && st.Report != nil {
		st.Simulated = ex.Simulated
		ctx.SetState(stateAnalysis, st)
	}
}

// handleOpenShared shows the report a link carries, read-only.
func handleOpenShared(ctx goapp.Context, a goapp.Action) {
	data, _ := a.Value.(string)
	r, err := decodeShare(data)
	session.Lock()
	if session.cancel != nil {
		session.cancel()
	}
	session.seq++
	seq := session.seq
	session.files = nil
	session.Unlock()
	resetRequirements(ctx)
	resetLookup(ctx)
	st := analysisState{Seq: seq, Shared: true, Finished: time.Now()}
	if err != nil {
		st.Err = "This share link cannot be opened: " + err.Error() + ". Nothing from it is shown."
	} else {
		st.Report, st.SharedMeta = r.Report, r.Meta
		// The answers come from this page's own rules over the link's
		// findings and facts, never from verdicts the link states.
		st.Report.Verdicts = analyzer.Verdicts(st.Report)
		st.Facts = layoutReportFacts(st.Report, nil)
	}
	ctx.SetState(stateAnalysis, st)
}

// session is what the handlers keep between actions: the dropped files (their
// readers stay valid while the page lives) and how to stop the current run.
var session struct {
	sync.Mutex
	seq    int
	files  []analyzer.File
	cancel context.CancelFunc
}

// progressEvery limits how often progress reaches the page: each report costs
// a render, and the pause lets the browser paint it.
const progressEvery = 120 * time.Millisecond

// unlockRequest carries the passwords typed beside locked identities
// (.p12), by file name: the same files are analysed again with them. The
// passwords live only in this value and the run's Options.Password; they
// are never put in a state, the report, the page or a link.
type unlockRequest struct {
	passwords map[string]string
}

const actionUnlock = "unlock"

// actionAnalyzeDrop carries droppedItems: a drop that holds folders.
const actionAnalyzeDrop = "analyze-drop"

// droppedItems are a drop's files and its folders' entries, still to walk.
type droppedItems struct {
	Files   []analyzer.File
	Folders []goapp.Value
}

func init() { goapp.Handle(actionAnalyzeDrop, handleAnalyzeDrop) }

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
			ctx.SetState(stateAnalysis, analysisState{Err: "The folder could not be read: " + err.Error()})
			return
		}
		files = append(files, f)
	}
	runAnalysis(ctx, files, nil)
}

func init() { goapp.Handle(actionUnlock, handleUnlock) }

func handleUnlock(ctx goapp.Context, a goapp.Action) {
	req, ok := a.Value.(unlockRequest)
	if !ok {
		return
	}
	session.Lock()
	files := session.files
	session.Unlock()
	if len(files) == 0 {
		return
	}
	runAnalysis(ctx, files, func(name string) (string, bool) {
		pw, ok := req.passwords[name]
		return pw, ok
	})
}

func handleAnalyze(ctx goapp.Context, a goapp.Action) {
	files, _ := a.Value.([]analyzer.File)
	runAnalysis(ctx, files, nil)
}

// runAnalysis analyses files as one case; password gives identities'
// passwords (nil: none given).
func runAnalysis(ctx goapp.Context, files []analyzer.File, password func(string) (string, bool)) {
	if len(files) == 0 {
		return
	}
	stopWarmUp()
	run, cancel := context.WithCancel(ctx)
	defer cancel()

	session.Lock()
	if session.cancel != nil {
		session.cancel()
	}
	session.seq++
	seq := session.seq
	session.files = files
	session.cancel = cancel
	session.Unlock()
	resetRequirements(ctx)
	resetLookup(ctx)

	names := make([]string, len(files))
	var total int64
	for i, f := range files {
		names[i] = f.Name
		total += f.Size
	}
	st := analysisState{Seq: seq, Running: true, Files: names, Total: total, Started: time.Now()}
	ctx.SetState(stateAnalysis, st)
	// Let the page show that work started before the analyzer takes the thread.
	time.Sleep(20 * time.Millisecond)

	var last time.Time
	yield := yielder()
	opts := analyzer.Options{
		PageHasher: pageHasher(),
		Password:   password,
		Yield:      yield,
		Progress: func(input string, done, total int64) {
			if time.Since(last) < progressEvery {
				return
			}
			last = time.Now()
			p := st
			p.Input, p.Done, p.Total = input, done, total
			p.Index = indexOf(names, input)
			ctx.SetState(stateAnalysis, p)
			// Go in wasm shares the page's thread: pausing hands it back so
			// the progress bar is drawn.
			time.Sleep(10 * time.Millisecond)
		},
	}
	rep, err := analyzer.Analyze(run, files, opts)

	session.Lock()
	current := session.seq == seq
	session.Unlock()
	if !current {
		return // a newer drop replaced this run
	}
	st.Running = false
	st.Finished = time.Now()
	st.ElapsedText = st.Finished.Sub(st.Started).Round(time.Millisecond).String()
	switch {
	case run.Err() != nil:
		st.Canceled = true
		st.Err = "Analysis cancelled."
	case err != nil:
		st.Err = err.Error()
	default:
		st.Report = rep
		st.Facts = layoutReportFacts(rep, yield)
	}
	ctx.SetState(stateAnalysis, st)
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

func handleCancel(ctx goapp.Context, a goapp.Action) {
	session.Lock()
	defer session.Unlock()
	if session.cancel != nil {
		session.cancel()
	}
}

// deviceDebounce waits for the user to stop typing before the analysis runs
// again with the device.
const deviceDebounce = 350 * time.Millisecond
