// Package sarif writes a report as SARIF 2.1.0 (OASIS Static Analysis
// Results Interchange Format), the form code-scanning services and editors
// read: one run, the tool with every check as a rule (title, explanation,
// fix, default level), and one result per finding, located at the input
// file its subject names.
//
// It depends on the analyzer only for the Check type; the analyzer does not
// import it, so the CLI and the web app can both use it.
package sarif

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Schema and Version are those of SARIF 2.1.0.
const (
	Schema  = "https://json.schemastore.org/sarif-2.1.0.json"
	Version = "2.1.0"
)

// Options add what the report does not know.
type Options struct {
	// ToolVersion is signdoctor's version, when known.
	ToolVersion string
	// InformationURI is the project's home page.
	InformationURI string
	// HelpURI, when set, gives each rule a helpUri: HelpURI + check ID
	// (e.g. "https://example.org/checks/").
	HelpURI string
	// Files are the input names, so a subject is split at the longest one
	// ("my app.ipa: Payload/…"); without them the subject's file part is
	// what precedes the first ": " or " [".
	Files []string
}

// Log is a SARIF log (the subset signdoctor fills).
type Log struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []Run  `json:"runs"`
}

// Run is one analysis.
type Run struct {
	Tool      Tool       `json:"tool"`
	Artifacts []Artifact `json:"artifacts,omitempty"`
	Results   []Result   `json:"results"`
	// Properties carry signdoctor's verdicts, one per goal, as in its JSON.
	Properties *RunProperties `json:"properties,omitempty"`
}

// RunProperties is the run's property bag.
type RunProperties struct {
	Verdicts []report.Verdict `json:"verdicts,omitempty"`
}

// Tool describes signdoctor.
type Tool struct {
	Driver Driver `json:"driver"`
}

// Driver is the tool's component that holds the rules.
type Driver struct {
	Name           string `json:"name"`
	Version        string `json:"version,omitempty"`
	InformationURI string `json:"informationUri,omitempty"`
	Rules          []Rule `json:"rules"`
}

// Message is SARIF's text, plain and optionally Markdown.
type Message struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// Rule is one check.
type Rule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     Message       `json:"shortDescription"`
	FullDescription      Message       `json:"fullDescription"`
	Help                 Message       `json:"help"`
	HelpURI              string        `json:"helpUri,omitempty"`
	DefaultConfiguration Configuration `json:"defaultConfiguration"`
	Properties           *Properties   `json:"properties,omitempty"`
}

// Configuration is a rule's default level.
type Configuration struct {
	Level string `json:"level"`
}

// Properties are a rule's tags (the input kinds a check needs).
type Properties struct {
	Tags []string `json:"tags,omitempty"`
}

// Artifact is an input file.
type Artifact struct {
	Location ArtifactLocation `json:"location"`
}

// Result is one finding.
type Result struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             Message           `json:"message"`
	Locations           []Location        `json:"locations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
}

// Location is where a finding is: the file, and the place inside it.
type Location struct {
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []LogicalLocation `json:"logicalLocations,omitempty"`
}

// PhysicalLocation names the file.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
}

// ArtifactLocation is a file as a relative URI reference.
type ArtifactLocation struct {
	URI   string `json:"uri"`
	Index *int   `json:"index,omitempty"`
}

// LogicalLocation is a place inside a file: a path in an archive, a slice.
type LogicalLocation struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind,omitempty"`
}

// Level maps a severity to SARIF's level; SARIF calls info "note".
func Level(s report.Severity) string {
	switch s {
	case report.Error:
		return "error"
	case report.Warning:
		return "warning"
	}
	return "note"
}

// Build makes the SARIF log of a report, with checks as the rules (pass
// analyzer.Checks()).
func Build(rep *report.Report, checks []*analyzer.Check, opts Options) *Log {
	index := map[string]int{}
	rules := make([]Rule, 0, len(checks))
	for _, c := range checks {
		if c == nil {
			continue
		}
		index[c.ID] = len(rules)
		r := Rule{
			ID:                   c.ID,
			Name:                 RuleName(c.ID),
			ShortDescription:     Message{Text: c.Title},
			FullDescription:      Message{Text: c.Doc},
			Help:                 Message{Text: c.Fix, Markdown: c.Fix},
			DefaultConfiguration: Configuration{Level: Level(c.Severity)},
		}
		if opts.HelpURI != "" {
			r.HelpURI = opts.HelpURI + c.ID
		}
		if len(c.Needs) > 0 {
			tags := make([]string, len(c.Needs))
			for i, k := range c.Needs {
				tags[i] = string(k)
			}
			r.Properties = &Properties{Tags: tags}
		}
		rules = append(rules, r)
	}

	run := Run{
		Tool:    Tool{Driver: Driver{Name: "signdoctor", Version: opts.ToolVersion, InformationURI: opts.InformationURI, Rules: rules}},
		Results: []Result{},
	}
	artifactIndex := map[string]int{}
	var findings []report.Finding
	if rep != nil {
		findings = rep.Findings
		if len(rep.Verdicts) > 0 {
			run.Properties = &RunProperties{Verdicts: rep.Verdicts}
		}
	}
	for _, f := range findings {
		res := Result{RuleID: f.ID, Level: Level(f.Severity), Message: Message{Text: f.Message}}
		if f.Fix != "" {
			res.Message.Text += " Fix: " + f.Fix
		}
		if i, ok := index[f.ID]; ok {
			i := i
			res.RuleIndex = &i
		}
		// A finding made on several places (slices, nested bundles) has a
		// location for each: each needs the fix.
		places := f.Places
		if len(places) == 0 {
			places = []string{f.Subject}
		}
		for _, place := range places {
			file, inside := SplitSubject(place, opts.Files)
			var loc Location
			if file != "" {
				i, ok := artifactIndex[file]
				if !ok {
					i = len(run.Artifacts)
					artifactIndex[file] = i
					run.Artifacts = append(run.Artifacts, Artifact{Location: ArtifactLocation{URI: fileURI(file)}})
				}
				loc.PhysicalLocation = &PhysicalLocation{ArtifactLocation: ArtifactLocation{URI: fileURI(file), Index: &i}}
			}
			if inside != "" {
				loc.LogicalLocations = []LogicalLocation{{FullyQualifiedName: inside}}
			}
			if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
				res.Locations = append(res.Locations, loc)
			}
		}
		res.PartialFingerprints = map[string]string{"signdoctorSubject/v1": f.ID + "|" + f.Subject}
		run.Results = append(run.Results, res)
	}
	return &Log{Schema: Schema, Version: Version, Runs: []Run{run}}
}

// Encode writes the report as indented SARIF JSON.
func Encode(rep *report.Report, checks []*analyzer.Check, opts Options) ([]byte, error) {
	return json.MarshalIndent(Build(rep, checks, opts), "", "  ")
}

// SplitSubject cuts a finding's subject into the input file it names and the
// place inside it: "App.ipa: Payload/App.app/App [arm64]" gives "App.ipa" and
// "Payload/App.app/App [arm64]"; "tool [arm64]" gives "tool" and "[arm64]".
// With files, the longest input name the subject starts with wins.
func SplitSubject(subject string, files []string) (file, inside string) {
	best := ""
	for _, f := range files {
		if f != "" && len(f) > len(best) && (subject == f || strings.HasPrefix(subject, f+": ") || strings.HasPrefix(subject, f+" [")) {
			best = f
		}
	}
	if best == "" && len(files) > 0 {
		return "", subject // names no input: a place only
	}
	if best == "" {
		cut := len(subject)
		if i := strings.Index(subject, ": "); i >= 0 {
			cut = i
		}
		if i := strings.Index(subject, " ["); i >= 0 && i < cut {
			cut = i
		}
		best = subject[:cut]
	}
	rest := strings.TrimPrefix(subject[len(best):], ": ")
	return best, strings.TrimSpace(rest)
}

// fileURI makes a relative URI reference of a file name (spaces and other
// reserved characters escaped, slashes kept).
func fileURI(name string) string {
	parts := strings.Split(strings.ReplaceAll(name, "\\", "/"), "/")
	for i, p := range parts {
		parts[i] = escapeSegment(p)
	}
	return strings.Join(parts, "/")
}

// escapeSegment percent-encodes every byte of a path segment outside RFC
// 3986's unreserved set and sub-delims that are safe in a path.
func escapeSegment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			strings.IndexByte("-._~!$&'()*+,;=:@", c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// RuleName is a check ID in PascalCase, the form SARIF viewers show as a name.
func RuleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]))
		b.WriteString(part[1:])
	}
	return b.String()
}
