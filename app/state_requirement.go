package app

import (
	"strings"
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
)

const (
	// actionRequirement carries a reqQuery from a requirement box.
	actionRequirement = "requirement"
	// stateRequirement holds a reqResults.
	stateRequirement = "requirement"
)

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

// requirementDebounce waits for a pause in typing before evaluating.
const requirementDebounce = 300 * time.Millisecond

var reqSession struct {
	sync.Mutex
	seq     map[string]int
	results reqResults
}

func init() { goapp.Handle(actionRequirement, handleRequirement) }

func handleRequirement(ctx goapp.Context, a goapp.Action) {
	q, ok := a.Value.(reqQuery)
	if !ok {
		return
	}
	key := q.key()
	reqSession.Lock()
	if reqSession.seq == nil {
		reqSession.seq = map[string]int{}
	}
	reqSession.seq[key]++
	seq := reqSession.seq[key]
	empty := strings.TrimSpace(q.Text) == ""
	bad := requirementSyntax(q.Text) != nil
	setRequirement(ctx, key, reqResult{Text: q.Text, Checking: !empty && !bad})
	reqSession.Unlock()
	if empty || bad {
		return // the box shows the syntax error itself
	}

	time.Sleep(requirementDebounce)
	session.Lock()
	files := filesFor(q.Artifact, session.files)
	shared := len(session.files) == 0
	session.Unlock()
	if !current(key, seq) {
		return
	}
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
		rep, err := analyzer.Analyze(ctx, files, analyzer.Options{Requirement: q.Text, PageHasher: pageHasher(), Yield: yielder()})
		if err != nil {
			res.Err = err.Error()
		} else {
			res.Slices = nodeEvalViews(rep, q.Artifact, q.Executable)
		}
	}
	reqSession.Lock()
	defer reqSession.Unlock()
	if reqSession.seq[key] != seq {
		return
	}
	setRequirement(ctx, key, res)
}

func current(key string, seq int) bool {
	reqSession.Lock()
	defer reqSession.Unlock()
	return reqSession.seq[key] == seq
}

// setRequirement stores one box's answer; the caller holds reqSession's lock.
func setRequirement(ctx goapp.Context, key string, r reqResult) {
	next := make(reqResults, len(reqSession.results)+1)
	for k, v := range reqSession.results {
		next[k] = v
	}
	next[key] = r
	reqSession.results = next
	ctx.SetState(stateRequirement, next)
}

// resetRequirements forgets every box's answer when a new analysis starts:
// the names may be the same, the files are not.
func resetRequirements(ctx goapp.Context) {
	reqSession.Lock()
	for k := range reqSession.seq {
		reqSession.seq[k]++ // answers still on their way are stale
	}
	reqSession.results = reqResults{}
	reqSession.Unlock()
	ctx.SetState(stateRequirement, reqResults{})
}
