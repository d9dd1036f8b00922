// Package report holds the data that signdoctor produces: findings, the facts
// about each input (artifacts) and the report that gathers them. It is the JSON
// contract that the CLI prints, the web app renders and share links carry, so it
// is plain data with no behaviour beyond encoding.
package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"
)

// Severity says how sure we are that something will fail.
type Severity string

const (
	// Error: this will fail (launch, install, upload, notarization, Gatekeeper).
	Error Severity = "error"
	// Warning: this is likely to bite.
	Warning Severity = "warning"
	// Info: context the user needs.
	Info Severity = "info"
)

// Rank orders severities, most serious first.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	case Info:
		return 2
	}
	return 3
}

// Finding is one thing the analyzer has to say about one subject.
type Finding struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"`
	// Subject names what the finding is about: the file name, then where in it
	// ("App.ipa: Payload/App.app/App [arm64]"): Location in words.
	Subject string `json:"subject"`
	Message string `json:"message"`
	// Location is the subject's place in parts, for tools; see Location.
	Location Location `json:"location,omitzero"`
	// Fix is a concrete command or step for this finding, when the check's
	// general fix can be made specific.
	Fix string `json:"fix,omitempty"`
	// Ref names the finding within its report: "check-id#n", the check's
	// n-th finding in report order, from 1. Verdicts and causes refer to
	// findings by it.
	Ref string `json:"ref,omitempty"`
	// Places lists every subject the same finding was made on (slices,
	// nested bundles, profiles), when there is more than one; Subject is the
	// first of them.
	Places []string `json:"places,omitempty"`
	// PlaceLocations are the Places in parts, one for each, in order.
	PlaceLocations []Location `json:"place_locations,omitempty"`
	// Cause is the Ref of the finding this one follows from (an expired
	// profile's certificates, what a broken CMS no longer lets be checked).
	Cause string `json:"cause,omitempty"`
	// Accepted is the reason a CI policy (.signdoctor.json) gives for
	// accepting this finding: it is still shown, and fails no run.
	Accepted string `json:"accepted,omitempty"`
}

// At returns the finding located at l: its Location, and its Subject in
// words. Every finding the analyzer makes is located through it, so the
// subject people read and the location tools read always agree.
func (f Finding) At(l Location) Finding {
	f.Location, f.Subject = l, l.String()
	return f
}

// Report is everything the analyzer says about one case (all inputs dropped together).
type Report struct {
	// Verdicts answer each goal first; see verdict.go.
	Verdicts  []Verdict  `json:"verdicts,omitempty"`
	Findings  []Finding  `json:"findings"`
	Artifacts []Artifact `json:"artifacts"`
	// Policy is the CI policy applied, when one was (see policy.go).
	Policy *Policy `json:"policy,omitempty"`
}

// Counts returns how many findings there are of each severity.
func (r *Report) Counts() (errors, warnings, infos int) {
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

// Facts are the kind-specific facts of one artifact (*Profile, *MachO, ...).
type Facts interface {
	ArtifactKind() string
}

// Artifact is one input (or a piece of one) with the facts a user checks first.
// In JSON its facts are flattened next to "kind" and "name".
type Artifact struct {
	Kind  string
	Name  string
	Facts Facts
}

var (
	factsMu    sync.RWMutex
	factsKinds = map[string]func() Facts{}
)

// RegisterFacts tells the decoder which type holds the facts of an artifact kind.
// Each facts file registers its own kind in init.
func RegisterFacts(kind string, make func() Facts) {
	factsMu.Lock()
	defer factsMu.Unlock()
	factsKinds[kind] = make
}

// NewArtifact wraps facts as an artifact named name.
func NewArtifact(name string, f Facts) Artifact {
	return Artifact{Kind: f.ArtifactKind(), Name: name, Facts: f}
}

// MarshalJSON writes {"kind":…,"name":…, <facts fields>}.
func (a Artifact) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	head, err := json.Marshal(struct {
		Kind string `json:"kind"`
		Name string `json:"name"`
	}{a.Kind, a.Name})
	if err != nil {
		return nil, err
	}
	buf.Write(head[:len(head)-1]) // drop the closing brace
	if a.Facts != nil {
		body, err := json.Marshal(a.Facts)
		if err != nil {
			return nil, err
		}
		body = bytes.TrimSpace(body)
		if len(body) < 2 || body[0] != '{' {
			return nil, fmt.Errorf("facts of %q are not a JSON object", a.Kind)
		}
		if inner := bytes.TrimSpace(body[1 : len(body)-1]); len(inner) > 0 {
			buf.WriteByte(',')
			buf.Write(inner)
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// UnmarshalJSON reads an artifact back, choosing the facts type by "kind".
// An unknown kind keeps its kind and name and drops the rest.
func (a *Artifact) UnmarshalJSON(data []byte) error {
	var head struct {
		Kind string `json:"kind"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return err
	}
	a.Kind, a.Name, a.Facts = head.Kind, head.Name, nil
	factsMu.RLock()
	make := factsKinds[head.Kind]
	factsMu.RUnlock()
	if make == nil {
		return nil
	}
	f := make()
	if err := json.Unmarshal(data, f); err != nil {
		return err
	}
	a.Facts = f
	return nil
}
