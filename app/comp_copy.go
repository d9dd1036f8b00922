package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// copyButton copies Text to the clipboard and says so for a moment.
type copyButton struct {
	goapp.Compo
	Text  string
	Label string // what is copied, for screen readers ("Copy command …")

	copied bool
}

func (c *copyButton) Render() goapp.UI {
	label := "Copy"
	if c.copied {
		label = "Copied"
	}
	return goapp.Button().Type("button").Class("copy").
		Aria("label", "Copy "+c.Label).
		Title("%s", "Copy to the clipboard").
		OnClick(c.onClick).
		Text(label)
}

func (c *copyButton) onClick(ctx goapp.Context, e goapp.Event) {
	clip := goapp.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		return // no clipboard outside secure contexts; the text stays selectable
	}
	clip.Call("writeText", c.Text) // the promise is not awaited: nothing waits in a handler
	c.copied = true
	ctx.After(1500*time.Millisecond, func(ctx goapp.Context) { c.copied = false })
}

// richText renders a check's text, with `commands` as code plus a copy button.
// Everything is text nodes: nothing here is parsed as markup.
func richText(s string, withCopy bool) []goapp.UI {
	var out []goapp.UI
	for _, seg := range splitCode(s) {
		if !seg.Code {
			out = append(out, goapp.Text(seg.Text))
			continue
		}
		out = append(out, goapp.Code().Text(seg.Text))
		if withCopy {
			out = append(out, &copyButton{Text: seg.Text, Label: "command " + seg.Text})
		}
	}
	return out
}
