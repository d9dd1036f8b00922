package app

import (
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// actionStartOver clears the report and the dropped files.
const actionStartOver = "start-over"

func init() { goapp.Handle(actionStartOver, handleStartOver) }

// handleStartOver forgets the current report: a running analysis stops, the
// files and the device and requirement answers go, and a shared report's
// link leaves the address bar.
func handleStartOver(ctx goapp.Context, a goapp.Action) {
	session.Lock()
	if session.cancel != nil {
		session.cancel()
	}
	session.seq++
	seq := session.seq
	session.files = nil
	session.devices = deviceResults{}
	session.deviceSeq = map[string]int{}
	session.baseline = map[string][]report.Finding{}
	session.Unlock()
	ctx.SetState(stateDevice, deviceResults{})
	resetRequirements(ctx)
	resetLookup(ctx)
	ctx.SetState(stateAnalysis, analysisState{Seq: seq})
	if goapp.IsClient {
		loc := goapp.Window().Get("location")
		if loc.Get("hash").String() != "" {
			goapp.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String())
		}
	}
}

// view is where the reader was in a report when they left the page (a check
// page, About): Back brings them to the same place with the same sections
// open. Only one report's view is kept, by its analysis number.
var view struct {
	sync.Mutex
	seq     int
	scrollY float64
	open    []string
}

// savedView is the analysis whose view is kept.
func savedView() int {
	view.Lock()
	defer view.Unlock()
	return view.seq
}

// saveView records the scroll position and the open sections (details
// elements with an id) of the report on the page.
func saveView(seq int) {
	doc := goapp.Window().Get("document")
	var open []string
	list := doc.Call("querySelectorAll", ".report details[open][id], #paste[open]")
	for i := 0; i < list.Length() && i < 500; i++ {
		open = append(open, list.Index(i).Get("id").String())
	}
	view.Lock()
	view.seq = seq
	view.scrollY = goapp.Window().Get("scrollY").Float()
	view.open = open
	view.Unlock()
}

// restoreView reopens the saved sections and scrolls back.
func restoreView(ctx goapp.Context) {
	view.Lock()
	y, open := view.scrollY, append([]string(nil), view.open...)
	view.Unlock()
	for _, id := range open {
		if id == "" || strings.ContainsAny(id, `"\`) {
			continue
		}
		if el := goapp.Window().GetElementByID(id); el.Truthy() {
			el.Set("open", true)
		}
	}
	goapp.Window().Call("scrollTo", 0, y)
}
