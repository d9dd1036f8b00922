package report

import (
	"strconv"
	"strings"
)

// Location is where a finding is, in parts: the input, and the place inside
// it. Its String is the finding's subject, the form people read; tools read
// the parts (SARIF, the web app's bundle tree and lookups).
type Location struct {
	// File is the input's name as it was given.
	File string `json:"file,omitempty"`
	// Index is which of several certificates in one file, from 1.
	Index int `json:"index,omitempty"`
	// Component is the component package, inside a product package, that
	// Path is in.
	Component string `json:"component,omitempty"`
	// Path is the place inside an archive, folder, package or disk image,
	// or the path a notary log names.
	Path string `json:"path,omitempty"`
	// Arch is the slice of a Mach-O file ("arm64", or "slice 2" when the
	// slice names no architecture); several slices are listed with ", ".
	Arch string `json:"arch,omitempty"`
	// Line is the line, from 1, of pasted text the finding is about.
	Line int `json:"line,omitempty"`
	// Command is the command whose pasted output starts at Line
	// ("codesign -d App").
	Command string `json:"command,omitempty"`
	// Item names the thing at that place the finding is about: a
	// certificate (by its name), or what is not a file at all
	// ("requirement", "signdoctor").
	Item string `json:"item,omitempty"`
}

// String is the subject people read:
// "App.ipa: Payload/App.app/App [arm64]", "error.txt: line 3",
// "codesign.txt: line 1 (codesign -d App)", "dev.cer [2]: Apple Development: …".
// Every part is optional; those given appear in this order.
func (l Location) String() string {
	var b strings.Builder
	b.WriteString(l.File)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString(": ")
		}
	}
	if l.Index > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("[" + strconv.Itoa(l.Index) + "]")
	}
	if l.Component != "" {
		sep()
		b.WriteString(l.Component)
	}
	if l.Path != "" {
		sep()
		b.WriteString(l.Path)
	}
	if l.Arch != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("[" + l.Arch + "]")
	}
	if l.Line > 0 {
		sep()
		b.WriteString("line " + strconv.Itoa(l.Line))
	}
	if l.Command != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("(" + l.Command + ")")
	}
	if l.Item != "" {
		sep()
		b.WriteString(l.Item)
	}
	return b.String()
}

// IsZero says the location names nothing (a finding made before locations,
// or read from an older report).
func (l Location) IsZero() bool { return l == Location{} }

// Inside is the place within the file: the location without File, in the
// subject's words ("Payload/App.app/App [arm64]", "line 3").
func (l Location) Inside() string {
	l.File = ""
	return l.String()
}

// Within says whether the location is at or inside the place that the
// subject name names: the location itself, or one that encloses it (its
// file; its file and path; its file without the line). Artifacts are
// named this way, so a finding can be filed under the artifact it is about.
func (l Location) Within(name string) bool {
	for _, at := range l.enclosing() {
		if at.String() == name {
			return true
		}
	}
	return false
}

// enclosing lists the location and every location that holds it, innermost
// first.
func (l Location) enclosing() []Location {
	out := []Location{l}
	if l.Item != "" {
		l.Item = ""
		out = append(out, l)
	}
	if l.Arch != "" {
		l.Arch = ""
		out = append(out, l)
	}
	if l.Line > 0 || l.Command != "" {
		l.Line, l.Command = 0, ""
		out = append(out, l)
	}
	if l.Path != "" {
		l.Path = ""
		out = append(out, l)
	}
	if l.Component != "" {
		l.Component = ""
		out = append(out, l)
	}
	if l.Index > 0 {
		l.Index = 0
		out = append(out, l)
	}
	return out
}
