package analyzer

import (
	"encoding/json"
	"errors"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// The words of every check and of every pasted-text message: app.wasm is
// built without them (internal/prosestrip), the site serves them as one
// file written from the full values (Prose), and the web app puts them back
// before it shows anything (UseProse). The CLI and the tests have them
// built in.

// proseFile is the file's form: the checks' explanations and fixes as
// they are after package init (see-also lines added), but for the checks
// of pasted messages, which are built from their entries again, and the
// catalogue entries' fields that code reads at analysis.
type proseFile struct {
	Checks  map[string]checkProse `json:"checks"`
	Entries map[string]entryProse `json:"entries"`
}

type checkProse struct {
	Doc string `json:"doc"`
	Fix string `json:"fix"`
}

type entryProse struct {
	Meaning string   `json:"meaning"`
	Causes  []string `json:"causes"`
	Confirm string   `json:"confirm"`
	Fix     string   `json:"fix"`
}

// Prose is the words UseProse puts back, as the site serves them.
func Prose() []byte {
	f := proseFile{Checks: map[string]checkProse{}, Entries: map[string]entryProse{}}
	for _, c := range byID {
		if e := text.Lookup(c.ID); e != nil && c.Doc == builtTextDoc(c, e) && c.Fix == e.Fix {
			continue // UseProse builds it again from the entry: the file is half the size
		}
		f.Checks[c.ID] = checkProse{Doc: c.Doc, Fix: c.Fix}
	}
	for _, e := range text.Catalogue() {
		f.Entries[e.ID] = entryProse{Meaning: e.Meaning, Causes: e.Causes, Confirm: e.Confirm, Fix: e.Fix}
	}
	b, err := json.Marshal(f)
	if err != nil {
		panic("analyzer: prose: " + err.Error()) // strings and maps only
	}
	return b
}

// UseProse puts back the words of a build without them. Call it before
// any analysis or page, once: it writes the shared checks. A check or entry
// the file does not know keeps what it has; a list of causes is taken only
// at the length the code expects, so a file from another build can leave
// words out but never makes a cause missing.
func UseProse(b []byte) error {
	var f proseFile
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	if len(f.Checks) == 0 {
		return errors.New("analyzer: the prose file has no checks")
	}
	for _, c := range byID {
		if p, ok := f.Checks[c.ID]; ok {
			c.Doc, c.Fix = p.Doc, p.Fix
		}
	}
	for _, e := range text.Catalogue() {
		p, ok := f.Entries[e.ID]
		if !ok {
			continue
		}
		e.Meaning, e.Confirm, e.Fix = p.Meaning, p.Confirm, p.Fix
		if len(p.Causes) == len(e.Causes) {
			e.Causes = p.Causes
		}
		if _, own := f.Checks[e.ID]; !own && registry[e.ID] != nil {
			c := registry[e.ID]
			c.Doc, c.Fix = builtTextDoc(c, e), e.Fix
		}
	}
	return nil
}

// builtTextDoc is the Doc package init gives the check of a pasted message.
func builtTextDoc(c *Check, e *text.Entry) string {
	line, _ := seeAlsoLine(c, registry)
	return textCheckDoc(e) + line
}
