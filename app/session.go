package app

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// session is what the analyzer page knows between events: the dropped or
// pasted files (their readers stay valid while the page lives), the current
// analysis and its report with its facts laid out, the requirement boxes'
// answers, and the turns of every question under way. Each event is one method; the go-app
// handlers call it with a page that turns what it shows into states. It is
// plain Go, so native tests drive it.
type session struct {
	mu    sync.Mutex
	clock clock
	turns *latest
	// analyze runs the analyzer (analyzer.Analyze; tests count runs);
	// options are the browser's hooks every run starts from.
	analyze func(context.Context, []analyzer.File, analyzer.Options) (*report.Report, error)
	options func() analyzer.Options

	files        []analyzer.File
	cancel       context.CancelFunc
	state        analysisState
	baselines    map[string][]report.Finding
	requirements reqResults
}

// page is where a session shows what changed.
type page interface {
	showAnalysis(analysisState)
	showLookup(lookupResult)
	showRequirements(reqResults)
	// pause hands the thread to the browser for d, so it paints: Go in wasm
	// runs on the page's only thread.
	pause(d time.Duration)
}

func newSession(c clock) *session {
	return &session{
		clock:   c,
		turns:   &latest{clock: c},
		analyze: analyzer.Analyze,
		options: func() analyzer.Options { return analyzer.Options{} },
	}
}

// Turn keys of the latest: one per question the page can ask again.
const (
	turnAnalysis = "analysis"
	turnLookup   = "lookup"
)

func turnRequirement(q reqQuery) string { return "requirement\x00" + q.key() }

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

// lookupResult is the analyzer's answer to the device lookup.
type lookupResult struct {
	Query    string
	Checking bool
	Findings []report.Finding
	Note     string
}

// reqQuery is what a requirement box asks: this text against this code.
type reqQuery struct {
	Artifact   string // artifact name (the Mach-O file, or the archive)
	Executable string // path of the executable inside the archive; "" for a Mach-O file
	Text       string
}

func (q reqQuery) key() string { return q.Artifact + "\x00" + q.Executable }

// reqResult answers a reqQuery.
type reqResult struct {
	Text     string
	Checking bool
	Slices   []reqSliceView
	Err      string
}

// reqResults maps a box (reqQuery.key) to its latest answer.
type reqResults map[string]reqResult

const (
	// progressEvery limits how often progress reaches the page: each report
	// costs a render, and the pause lets the browser paint it.
	progressEvery = 120 * time.Millisecond
	// deviceDebounce waits for the user to stop typing a device ID before
	// the analysis runs again with it.
	deviceDebounce = 350 * time.Millisecond
	// requirementDebounce waits for a pause in typing before evaluating.
	requirementDebounce = 300 * time.Millisecond
)

// restart forgets the files and every answer about them, stops the running
// analysis and makes every turn under way stale; the caller holds s.mu.
func (s *session) restart(files []analyzer.File, cancel context.CancelFunc) turn {
	if s.cancel != nil {
		s.cancel()
	}
	s.turns.staleAll()
	t := s.turns.start(turnAnalysis)
	s.files, s.cancel = files, cancel
	s.baselines = nil
	s.requirements = reqResults{}
	return t
}

// showRestarted clears the answers about the files that went.
func (s *session) showRestarted(p page) {
	p.showLookup(lookupResult{})
	p.showRequirements(reqResults{})
}

// Analyze is a drop, a pick, a paste or an unlock: files analysed as one
// case (password gives identities' passwords; nil: none given). It returns
// the state it ended in and whether that is still what the page shows: a
// newer drop makes an older answer stale, and it is dropped.
func (s *session) Analyze(parent context.Context, files []analyzer.File, password func(string) (string, bool), p page) (analysisState, bool) {
	if len(files) == 0 {
		return analysisState{}, false
	}
	run, cancel := context.WithCancel(parent)
	defer cancel()
	names := make([]string, len(files))
	var total int64
	for i, f := range files {
		names[i] = f.Name
		total += f.Size
	}

	s.mu.Lock()
	t := s.restart(files, cancel)
	st := analysisState{Seq: t.n, Running: true, Files: names, Total: total, Started: s.clock.Now()}
	s.state = st
	s.mu.Unlock()
	s.showRestarted(p)
	// The page shows that work started at the analyzer's first read of a
	// file, which waits for the browser: no pause is needed for it.
	p.showAnalysis(st)

	var last time.Time
	opts := s.options()
	opts.Password = password
	opts.Progress = func(input string, done, total int64) {
		now := s.clock.Now()
		if now.Sub(last) < progressEvery || !t.current() {
			return
		}
		last = now
		at := st
		at.Input, at.Done, at.Total = input, done, total
		at.Index = indexOf(names, input)
		p.showAnalysis(at)
		p.pause(10 * time.Millisecond)
	}
	rep, err := s.analyze(run, files, opts)
	return s.finish(t, st, rep, err, run.Err() != nil, opts.Yield, p)
}

// finish is an analysis ending: its answer is shown unless a newer turn
// started meanwhile.
func (s *session) finish(t turn, st analysisState, rep *report.Report, err error, canceled bool, yield func(), p page) (analysisState, bool) {
	if !t.current() {
		return st, false
	}
	st.Running = false
	st.Finished = s.clock.Now()
	st.ElapsedText = st.Finished.Sub(st.Started).Round(time.Millisecond).String()
	switch {
	case canceled:
		st.Canceled = true
		st.Err = "Analysis cancelled."
	case err != nil:
		st.Err = err.Error()
	default:
		st.Report = rep
		st.Facts = layoutReportFacts(rep, yield)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !t.current() {
		return st, false
	}
	s.state = st
	p.showAnalysis(st)
	return st, true
}

// layoutReportFacts lays out a report's facts before it is shown, outside
// any render and giving the thread back between artifacts.
func layoutReportFacts(rep *report.Report, yield func()) []factsView {
	if rep == nil {
		return nil
	}
	out := make([]factsView, len(rep.Artifacts))
	for i, a := range rep.Artifacts {
		if yield != nil {
			yield()
		}
		out[i] = layoutFacts(a.Facts)
	}
	return out
}

// Unlock analyses the same files again with the passwords typed beside the
// locked identities (.p12), by file name. The passwords live only in this
// call and the run's Options.Password: never in the session, a state, the
// report, the page or a link.
func (s *session) Unlock(ctx context.Context, passwords map[string]string, p page) {
	s.mu.Lock()
	files := s.files
	s.mu.Unlock()
	if len(files) == 0 {
		return
	}
	s.Analyze(ctx, files, func(name string) (string, bool) {
		pw, ok := passwords[name]
		return pw, ok
	}, p)
}

// pastedFiles is pasted text as the one file the analyzer reads; none when
// there is only space.
func pastedFiles(text string) []analyzer.File {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	return []analyzer.File{{Name: "pasted text", Size: int64(len(text)), R: strings.NewReader(text)}}
}

// MarkSimulated says on an example's report what in it is made up, unless
// another drop has replaced it.
func (s *session) MarkSimulated(seq int, text string, p page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state.Seq != seq || s.state.Report == nil || text == "" {
		return
	}
	s.state.Simulated = text
	p.showAnalysis(s.state)
}

// Fail shows an error that came before any analysis (an example or a folder
// that could not be read).
func (s *session) Fail(msg string, p page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state = analysisState{Seq: s.state.Seq, Err: msg}
	p.showAnalysis(s.state)
}

// OpenShared shows the report a link carries, read-only: there are no files.
func (s *session) OpenShared(data string, p page) {
	r, err := decodeShare(data)
	s.mu.Lock()
	t := s.restart(nil, nil)
	st := analysisState{Seq: t.n, Shared: true, Finished: s.clock.Now()}
	if err != nil {
		st.Err = "This share link cannot be opened: " + err.Error() + ". Nothing from it is shown."
	} else {
		st.Report, st.SharedMeta = r.Report, r.Meta
		// The answers come from this page's own rules over the link's
		// findings and facts, never from verdicts the link states.
		st.Report.Verdicts = analyzer.Verdicts(st.Report)
		st.Facts = layoutReportFacts(st.Report, nil)
	}
	s.state = st
	s.mu.Unlock()
	s.showRestarted(p)
	p.showAnalysis(st)
}

// StartOver forgets the current report: a running analysis stops, and the
// files and every answer about them go.
func (s *session) StartOver(p page) {
	s.mu.Lock()
	t := s.restart(nil, nil)
	s.state = analysisState{Seq: t.n}
	s.mu.Unlock()
	s.showRestarted(p)
	p.showAnalysis(analysisState{Seq: t.n})
}

// Cancel stops the running analysis.
func (s *session) Cancel() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
}

// SearchDevice is a change of the text in the device lookup: whether each
// profile of the report lists the ID shows at once; once typing pauses, the
// profiles' files are analysed again with the device (as the CLI's
// --device), and what that run adds is the analyzer's answer.
func (s *session) SearchDevice(ctx context.Context, query string, p page) {
	t := s.turns.start(turnLookup)
	s.mu.Lock()
	files, rep := s.files, s.state.Report
	s.mu.Unlock()
	empty := normalizeDevice(query) == ""
	shared := len(files) == 0
	res := lookupResult{Query: query, Checking: !empty && !shared}
	if shared && !empty {
		res.Note = "A shared report carries no files: the device lists are all there is to check."
	}
	s.showLookup(t, res, p)
	if empty || shared || !t.settle(deviceDebounce) {
		return
	}
	lf := lookupFiles(reportProfiles(rep), files)
	res = lookupResult{Query: query}
	before, err := s.baseline(ctx, lf, rep)
	if err == nil {
		opts := s.options()
		opts.Device = query
		var after *report.Report
		if after, err = s.analyze(ctx, lf, opts); err == nil {
			res.Findings = addedFindings(before, after.Findings)
		}
	}
	if err != nil {
		res.Note = err.Error()
	}
	s.showLookup(t, res, p)
}

// baseline is what files say without a device: the report's findings when
// they are all the files, else one run of their own, kept until the files
// change.
func (s *session) baseline(ctx context.Context, files []analyzer.File, rep *report.Report) ([]report.Finding, error) {
	s.mu.Lock()
	all := len(files) == len(s.files)
	key := fileNames(files)
	before, ok := s.baselines[key]
	s.mu.Unlock()
	if all && rep != nil {
		return rep.Findings, nil
	}
	if ok {
		return before, nil
	}
	r, err := s.analyze(ctx, files, s.options())
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.baselines == nil {
		s.baselines = map[string][]report.Finding{}
	}
	s.baselines[key] = r.Findings
	s.mu.Unlock()
	return r.Findings, nil
}

func fileNames(files []analyzer.File) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.Name
	}
	return strings.Join(names, "\x00")
}

// showLookup shows a lookup answer that is still the newest.
func (s *session) showLookup(t turn, r lookupResult, p page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !t.current() {
		return
	}
	p.showLookup(r)
}

// CheckRequirement is a change of the text in a requirement box: once
// typing pauses, the requirement is evaluated against the box's code.
func (s *session) CheckRequirement(ctx context.Context, q reqQuery, p page) {
	t := s.turns.start(turnRequirement(q))
	empty := strings.TrimSpace(q.Text) == ""
	bad := requirementSyntax(q.Text) != nil
	s.showRequirement(t, q, reqResult{Text: q.Text, Checking: !empty && !bad}, p)
	if empty || bad || !t.settle(requirementDebounce) {
		return // the box shows a syntax error itself
	}
	s.mu.Lock()
	files := filesFor(q.Artifact, s.files)
	shared := len(s.files) == 0
	s.mu.Unlock()
	res := reqResult{Text: q.Text}
	switch {
	case shared:
		res.Err = "A shared report carries no files, so the requirement cannot be checked here. Drop the file to check it."
	case q.Executable == "":
		out, err := analyzer.EvaluateRequirement(ctx, files, q.Text, analyzer.Options{})
		if err != nil {
			res.Err = err.Error()
		} else {
			res.Slices = evalViews(out, q.Artifact)
		}
	default:
		// Code inside an archive: the analysis runs again with the
		// requirement, and the node's answer is read from its report.
		opts := s.options()
		opts.Requirement = q.Text
		rep, err := s.analyze(ctx, files, opts)
		if err != nil {
			res.Err = err.Error()
		} else {
			res.Slices = nodeEvalViews(rep, q.Artifact, q.Executable)
		}
	}
	s.showRequirement(t, q, res, p)
}

// showRequirement shows one box's answer if it is still the newest. The
// map is copied so observers never share one that changes under them.
func (s *session) showRequirement(t turn, q reqQuery, r reqResult, p page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !t.current() {
		return
	}
	next := make(reqResults, len(s.requirements)+1)
	for k, v := range s.requirements {
		next[k] = v
	}
	next[q.key()] = r
	s.requirements = next
	p.showRequirements(next)
}
