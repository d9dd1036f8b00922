package app

import (
	"fmt"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// unlockForm asks for the password of each identity (.p12) the analysis
// could not open, beside its name. The password fields are read from the
// page when the form is sent and emptied at once: the component keeps no
// copy, and the value reaches only the analyzer's Options.Password for the
// run it starts.
type unlockForm struct {
	goapp.Compo
	Locked []lockedIdentity
}

type lockedIdentity struct {
	Name  string
	Wrong bool // a password was given and did not open it
}

// lockedIdentities lists the identities of a report that need a password.
func lockedIdentities(r *report.Report) []lockedIdentity {
	if r == nil {
		return nil
	}
	var out []lockedIdentity
	for _, a := range r.Artifacts {
		if id, ok := a.Facts.(*report.Identity); ok && id.Password != "accepted" {
			out = append(out, lockedIdentity{Name: a.Name, Wrong: id.Password == "wrong"})
		}
	}
	return out
}

func unlockFieldID(i int) string { return fmt.Sprintf("identity-password-%d", i) }

func (u *unlockForm) Render() goapp.UI {
	return goapp.Form().ID("unlock").Class("unlock").OnSubmit(u.onSubmit).Body(
		goapp.H2().Text("Identity password"),
		goapp.P().Text("The password opens the .p12 here, in this page, once; it is not kept, not put in the report and never in a share link."),
		goapp.Range(u.Locked).Slice(func(i int) goapp.UI {
			l := u.Locked[i]
			label := "Password for " + l.Name
			if l.Wrong {
				label += " (the last one did not open it)"
			}
			return goapp.Div().Class("unlock-row").Body(
				goapp.Label().For(unlockFieldID(i)).Text(label),
				goapp.Input().Type("password").ID(unlockFieldID(i)).Name(unlockFieldID(i)).
					AutoComplete(false).Spellcheck(false),
			)
		}),
		goapp.Button().Type("submit").ID("unlock-submit").Text("Open and analyse again"),
	)
}

func (u *unlockForm) onSubmit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	passwords := map[string]string{}
	doc := goapp.Window().Get("document")
	for i, l := range u.Locked {
		f := doc.Call("getElementById", unlockFieldID(i))
		if f == nil || !f.Truthy() {
			continue
		}
		passwords[l.Name] = f.Get("value").String()
		f.Set("value", "")
	}
	ctx.NewActionWithValue(actionUnlock, unlockRequest{passwords: passwords})
}
