package app

import (
	"encoding/json"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// handleStartOver forgets the current report (Session.StartOver), and a
// shared report's link leaves the address bar.
func handleStartOver(ctx goapp.Context, a goapp.Action) {
	pageSession.StartOver(statePage{ctx})
	if goapp.IsClient {
		loc := goapp.Window().Get("location")
		if loc.Get("hash").String() != "" {
			goapp.Window().Get("history").Call("replaceState", nil, "", loc.Get("pathname").String())
		}
	}
}

// viewKey is where web/page.js keeps, in sessionStorage, where the reader
// was in a report when they followed a link to another page of the site:
// {"seq","y","open":[ids of open details]}. It is written on the click,
// while the report is still on the page; Back puts the reader there again.
const viewKey = "signdoctor-view"

// savedView is what was kept for the report of analysis seq, if anything.
func savedView(seq int) (y float64, open []string, ok bool) {
	store := goapp.Window().Get("sessionStorage")
	if !store.Truthy() {
		return 0, nil, false
	}
	raw := store.Call("getItem", viewKey)
	if raw.IsNull() || raw.IsUndefined() {
		return 0, nil, false
	}
	var v struct {
		Seq  string   `json:"seq"`
		Y    float64  `json:"y"`
		Open []string `json:"open"`
	}
	if err := json.Unmarshal([]byte(raw.String()), &v); err != nil || v.Seq != strconv.Itoa(seq) {
		return 0, nil, false
	}
	if len(v.Open) > 500 {
		v.Open = v.Open[:500]
	}
	return v.Y, v.Open, true
}

// restoreView reopens the kept sections and scrolls back, once.
func restoreView(y float64, open []string) {
	goapp.Window().Get("sessionStorage").Call("removeItem", viewKey)
	for _, id := range open {
		if id == "" {
			continue
		}
		if el := goapp.Window().GetElementByID(id); el.Truthy() {
			el.Set("open", true)
		}
	}
	goapp.Window().Call("scrollTo", 0, y)
}
