package app

import (
	"fmt"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// requirementBox lets the user type a code requirement and see, as they type,
// whether this code satisfies it: per slice, per clause, with the why. Syntax
// errors are shown at once with their line and column.
type requirementBox struct {
	goapp.Compo
	Artifact   string
	Executable string
	Label      string

	text    string
	results reqResults
}

func (b *requirementBox) OnMount(ctx goapp.Context) {
	ctx.ObserveState(stateRequirement, &b.results)
}

// OnUpdate clears the box when it is moved to other code (another node, a
// new analysis), so a requirement never sits next to code it was not checked on.
func (b *requirementBox) OnUpdate(ctx goapp.Context) {
	b.text = ""
}

func (b *requirementBox) query() reqQuery {
	return reqQuery{Artifact: b.Artifact, Executable: b.Executable, Text: b.text}
}

func (b *requirementBox) onInput(ctx goapp.Context, e goapp.Event) {
	b.text = ctx.JSSrc().Get("value").String()
	ctx.NewActionWithValue(actionRequirement, b.query())
}

func (b *requirementBox) Render() goapp.UI {
	id := "req-" + domID(b.Artifact+"-"+b.Executable)
	var out []goapp.UI
	res, asked := b.results[b.query().key()]
	switch {
	case strings.TrimSpace(b.text) == "":
	case requirementSyntax(b.text) != nil:
		se := requirementSyntax(b.text)
		where := ""
		if se.Column > 0 {
			where = fmt.Sprintf("Line %d, column %d: ", se.Line, se.Column)
		}
		out = append(out, goapp.P().Class("req-syntax-error").
			DataSet("line", se.Line).DataSet("column", se.Column).
			Text("Syntax error. "+where+se.Msg))
	case !asked || res.Text != b.text || res.Checking:
		out = append(out, goapp.P().Class("muted").Text("Checking…"))
	case res.Err != "":
		out = append(out, goapp.P().Class("error-text").Text(res.Err))
	case len(res.Slices) == 0:
		out = append(out, goapp.P().Class("muted").Text("No signed slice to check this requirement against."))
	default:
		for _, s := range res.Slices {
			out = append(out, reqSliceUI(s))
		}
	}
	return goapp.Section().Class("card-section", "requirement-box").Body(
		goapp.H4().Text("Does it satisfy a requirement?"),
		goapp.Label().For(id).Text("Code requirement, as for codesign -R or an XPC listener"),
		goapp.Input().Type("text").ID("%s", id).Class("requirement-input").
			Placeholder(`anchor apple generic and certificate leaf[subject.OU] = "TEAMID"`).
			AutoComplete(false).Spellcheck(false).Attr("autocapitalize", "off").
			Value(b.text).
			OnInput(b.onInput),
		goapp.Div().Class("requirement-result").Role("status").Aria("live", "polite").Body(out...),
	)
}

func reqSliceUI(s reqSliceView) goapp.UI {
	var body []goapp.UI
	body = append(body, goapp.P().Class("req-verdict").Body(
		goapp.Strong().Text(verdictText(s.Verdict)),
		goapp.Text(" — "+s.Subject),
	))
	if len(s.Clauses) > 0 {
		items := make([]goapp.UI, len(s.Clauses))
		for i, c := range s.Clauses {
			v := clauseVerdict(c)
			items[i] = goapp.Li().Class("req-clause", "verdict-"+v).DataSet("verdict", v).Body(
				goapp.Span().Class("req-clause-verdict").Text(verdictText(v)+": "),
				goapp.Code().Text(c.Text),
				goapp.Span().Class("req-clause-why").Text(" — "+c.Why),
			)
		}
		body = append(body, goapp.Ul().Class("req-clauses").Body(items...))
	} else if s.Note != "" {
		body = append(body, goapp.P().Class("req-note").Text(s.Note))
	}
	return goapp.Div().Class("req-slice", "verdict-"+s.Verdict).DataSet("verdict", s.Verdict).Body(body...)
}

// domID makes an element id from any text: letters and digits stay, the rest
// becomes '-'.
func domID(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}
