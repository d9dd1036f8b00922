package app

import (
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fact is one line of a card as plain data. The cards describe their facts
// as values and one function lays them all out: every go-app call site costs
// WebAssembly code, plain Go that fills a struct costs little.
type fact struct {
	Key, Label string
	// Raw is the JSON value, for data-value (tests and scripts).
	Raw  string
	Text string
	// Code shows Text as code (identifiers, hashes, paths, requirements).
	Code bool
	// List shows these lines as a numbered list (a certificate chain).
	List []string
	// Note follows the value, muted or in NoteClass ("days-left expired").
	Note, NoteClass string
	// Copy adds a copy button for Text; CopyLabel says what is copied.
	Copy      bool
	CopyLabel string
}

// same is the text two cells are compared by (a row of a universal binary
// differs when its cells do).
func (f fact) same() string { return f.Text + "\x00" + strings.Join(f.List, "\x00") + "\x00" + f.Note }

func (f fact) empty() bool { return f.Text == "" && len(f.List) == 0 }

// value lays out a fact's value.
func (f fact) value() []goapp.UI {
	var out []goapp.UI
	switch {
	case len(f.List) > 0:
		items := make([]goapp.UI, len(f.List))
		for i, l := range f.List {
			items[i] = goapp.Li().Text(l)
		}
		out = append(out, goapp.Ol().Class("chain").Body(items...))
	case f.Code && f.Text != "":
		out = append(out, goapp.Code().Text(f.Text))
	default:
		out = append(out, goapp.Text(orDash(f.Text)))
	}
	if f.Note != "" {
		cls := f.NoteClass
		if cls == "" {
			cls = "muted"
		}
		out = append(out, goapp.Span().Class(cls).Text(" "+f.Note))
	}
	if f.Copy && f.Text != "" {
		out = append(out, &copyButton{Text: f.Text, Label: f.CopyLabel})
	}
	return out
}

// factList lays out facts as the card's definition list, leaving out the
// empty ones.
func factList(facts []fact) goapp.UI {
	rows := make([]goapp.UI, 0, len(facts))
	for _, f := range facts {
		if f.empty() {
			continue
		}
		rows = append(rows, factRow(f.Key, f.Label, f.Raw, f.value()...))
	}
	return goapp.Dl().Class("facts").Body(rows...)
}

// dateFact is a date with how far it is from now: an expiry ("expires in 12
// days", "expired 3 days ago") or any other date ("300 days ago").
func dateFact(key, label string, t, now time.Time, expiry bool) fact {
	if t.IsZero() {
		return fact{Key: key, Label: label}
	}
	f := fact{Key: key, Label: label, Raw: timeRaw(t), Text: formatDate(t)}
	if !expiry {
		f.Note = "(" + relativeDays(t, now) + ")"
		return f
	}
	f.Note, f.NoteClass = "("+daysLeft(t, now)+")", "days-left"
	if t.Before(now) {
		f.NoteClass += " expired"
	} else if t.Sub(now) < 30*24*time.Hour {
		f.NoteClass += " soon"
	}
	return f
}

// relativeDays says how far a date is from now in whole days: "12 days
// ago", "in 3 days", "today".
func relativeDays(t, now time.Time) string {
	d := t.Sub(now)
	days := int(d.Hours() / 24)
	switch {
	case days == 0:
		return "today"
	case d < 0:
		return plural(-days, "day", "days") + " ago"
	}
	return "in " + plural(days, "day", "days")
}

// Small builders for the cards: one direct call in place of a chain of
// go-app calls at each place, which keeps app.wasm smaller.

// para is a paragraph of text with a class, or nothing without text.
func para(class, text string) goapp.UI {
	if text == "" {
		return nil
	}
	return goapp.P().Class(class).Text(text)
}

// span is a span of text with a class.
func span(class, text string) goapp.UI { return goapp.Span().Class(class).Text(text) }

// heading3 and heading4 are section headings.
func heading3(text string) goapp.UI { return goapp.H3().Text(text) }
func heading4(text string) goapp.UI { return goapp.H4().Text(text) }

// link is a link with a class.
func link(url, class, text string) goapp.UI { return goapp.A().Href(url).Class(class).Text(text) }

// textList is a list of lines, numbered or not.
func textList(ordered bool, class string, lines []string) goapp.UI {
	items := make([]goapp.UI, len(lines))
	for i, l := range lines {
		items[i] = goapp.Li().Text(l)
	}
	if ordered {
		return goapp.Ol().Class(class).Body(items...)
	}
	return goapp.Ul().Class(class).Body(items...)
}
