package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

const (
	// actionLookup carries a lookupQuery from the device lookup box.
	actionLookup = "device-lookup"
	// stateLookup holds a lookupResult.
	stateLookup = "device-lookup"
)

// lookupQuery asks every profile about one device.
type lookupQuery struct {
	Query    string
	Profiles []profileEntry
	// Baseline are the report's findings, without a device: what the run
	// with the device adds is the analyzer's answer.
	Baseline []report.Finding
}

// lookupResult is the analyzer's answer to a lookupQuery.
type lookupResult struct {
	Query    string
	Checking bool
	Findings []report.Finding
	Note     string
}

var lookupSeq struct {
	n int
}

func init() { goapp.Handle(actionLookup, handleLookup) }

func handleLookup(ctx goapp.Context, a goapp.Action) {
	q, ok := a.Value.(lookupQuery)
	if !ok {
		return
	}
	session.Lock()
	lookupSeq.n++
	seq := lookupSeq.n
	analysisSeq := session.seq
	empty := normalizeDevice(q.Query) == ""
	files := lookupFiles(q.Profiles, session.files)
	shared := len(session.files) == 0
	session.Unlock()
	ctx.SetState(stateLookup, lookupResult{Query: q.Query, Checking: !empty && !shared})
	if empty {
		return
	}
	if shared {
		ctx.SetState(stateLookup, lookupResult{Query: q.Query, Note: "A shared report carries no files: the device lists are all there is to check."})
		return
	}
	time.Sleep(deviceDebounce)
	if !lookupCurrent(seq, analysisSeq) {
		return
	}
	rep, err := analyzer.Analyze(ctx, files, analyzer.Options{Device: q.Query, PageHasher: pageHasher(), Yield: yielder()})
	if !lookupCurrent(seq, analysisSeq) {
		return
	}
	res := lookupResult{Query: q.Query}
	if err != nil {
		res.Note = err.Error()
	} else {
		res.Findings = addedFindings(q.Baseline, rep.Findings)
	}
	ctx.SetState(stateLookup, res)
}

func lookupCurrent(seq, analysisSeq int) bool {
	session.Lock()
	defer session.Unlock()
	return lookupSeq.n == seq && session.seq == analysisSeq
}

// resetLookup drops the lookup's answer when a new analysis starts.
func resetLookup(ctx goapp.Context) {
	session.Lock()
	lookupSeq.n++
	session.Unlock()
	ctx.SetState(stateLookup, lookupResult{})
}
