// Package sarif writes a report as SARIF 2.1.0 (OASIS Static Analysis
// Results Interchange Format), the form code-scanning services and editors
// read: one run, the tool with every check as a rule (title, explanation,
// fix, default level), and one result per finding, located at the input
// file its location names.
//
// It depends on the analyzer only for the Check type; the analyzer does not
// import it, so the CLI and the web app can both use it.
package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/safetext"
)

// MaxResults is how many results GitHub code scanning shows of one run (it
// refuses a run of more than 25,000): a report is sorted most serious
// first, so the first ones are those to keep.
const MaxResults = 5000

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
	// MaxResults bounds the results of the run; zero means MaxResults
	// (GitHub code scanning's display limit). The most serious are kept,
	// and a notification says how many were left out.
	MaxResults int
	// Files, when not nil, are the inputs that are files a code-scanning
	// service can find: a finding on another input (text read from stdin)
	// gets a logical location only. When nil, every input is such a file.
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
	Tool        Tool         `json:"tool"`
	Invocations []Invocation `json:"invocations,omitempty"`
	Artifacts   []Artifact   `json:"artifacts,omitempty"`
	Results     []Result     `json:"results"`
	// Properties carry signdoctor's verdicts, one per goal, as in its JSON.
	Properties *RunProperties `json:"properties,omitempty"`
}

// RunProperties is the run's property bag.
type RunProperties struct {
	Verdicts []report.Verdict `json:"verdicts,omitempty"`
}

// Invocation is the run of the tool: whether it completed, and what it has
// to say about its configuration (a CI policy's unused acceptances) and
// its own execution (results left out past GitHub's limits).
type Invocation struct {
	ExecutionSuccessful            bool           `json:"executionSuccessful"`
	ToolConfigurationNotifications []Notification `json:"toolConfigurationNotifications,omitempty"`
	ToolExecutionNotifications     []Notification `json:"toolExecutionNotifications,omitempty"`
}

// Notification is a message about the run rather than about the code.
type Notification struct {
	Level   string  `json:"level"`
	Message Message `json:"message"`
}

// Suppression says a result was accepted by the user's configuration
// (kind external: a file outside the code, .signdoctor.json).
type Suppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status,omitempty"`
	Justification string `json:"justification,omitempty"`
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
	Suppressions        []Suppression     `json:"suppressions,omitempty"`
}

// Location is where a finding is: the file, and the place inside it.
type Location struct {
	PhysicalLocation *PhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []LogicalLocation `json:"logicalLocations,omitempty"`
}

// PhysicalLocation names the file, and the lines of pasted text.
type PhysicalLocation struct {
	ArtifactLocation ArtifactLocation `json:"artifactLocation"`
	Region           *Region          `json:"region,omitempty"`
}

// Region is a place in a text file.
type Region struct {
	StartLine int `json:"startLine"`
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
	maxResults := opts.MaxResults
	if maxResults <= 0 {
		maxResults = MaxResults
	}
	inv := Invocation{ExecutionSuccessful: true}
	if len(findings) > maxResults {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, Notification{Level: "warning",
			Message: Message{Text: fmt.Sprintf("%d findings; only the %d most serious are in this log (code scanning shows no more of one run)", len(findings), maxResults)}})
		findings = findings[:maxResults]
	}
	if rep != nil && rep.Policy != nil {
		for _, a := range rep.Policy.Unused {
			inv.ToolConfigurationNotifications = append(inv.ToolConfigurationNotifications, Notification{Level: "warning",
				Message: Message{Text: safetext.Visible(fmt.Sprintf("%s: the acceptance of %s on %q matched no finding; remove it if the problem is gone", rep.Policy.Config, a.Check, a.Subject))}})
		}
	}
	for _, f := range findings {
		// Messages quote file names and log text: control characters are
		// escaped visibly, as in the terminal, for every viewer of the log.
		res := Result{RuleID: f.ID, Level: Level(f.Severity), Message: Message{Text: safetext.Lines(f.Message)}}
		if f.Fix != "" {
			res.Message.Text += " Fix: " + safetext.Lines(f.Fix)
		}
		if f.Accepted != "" {
			res.Suppressions = []Suppression{{Kind: "external", Status: "accepted", Justification: safetext.Lines(f.Accepted)}}
		}
		if i, ok := index[f.ID]; ok {
			i := i
			res.RuleIndex = &i
		}
		// A finding made on several places (slices, nested bundles) has a
		// location for each: each needs the fix.
		places := f.PlaceLocations
		if len(places) == 0 {
			places = []report.Location{f.Location}
		}
		if len(places) == 1 && places[0].IsZero() && f.Subject != "" {
			places = []report.Location{{Item: f.Subject}} // a report from before locations
		}
		for _, place := range places {
			var loc Location
			inside := place.Inside()
			if file := place.File; file != "" && (opts.Files == nil || slices.Contains(opts.Files, file)) {
				i, ok := artifactIndex[file]
				if !ok {
					i = len(run.Artifacts)
					artifactIndex[file] = i
					run.Artifacts = append(run.Artifacts, Artifact{Location: ArtifactLocation{URI: fileURI(file)}})
				}
				loc.PhysicalLocation = &PhysicalLocation{ArtifactLocation: ArtifactLocation{URI: fileURI(file), Index: &i}}
				if place.Line > 0 {
					loc.PhysicalLocation.Region = &Region{StartLine: place.Line}
				}
			} else {
				inside = place.String() // a place in no file, or in no file the service has
			}
			if inside != "" {
				loc.LogicalLocations = []LogicalLocation{{FullyQualifiedName: safetext.Visible(inside)}}
			}
			if loc.PhysicalLocation != nil || loc.LogicalLocations != nil {
				res.Locations = append(res.Locations, loc)
			}
		}
		res.PartialFingerprints = map[string]string{FingerprintKey: Fingerprint(f)}
		run.Results = append(run.Results, res)
	}
	if rep != nil && (rep.Policy != nil || len(inv.ToolExecutionNotifications) > 0) {
		run.Invocations = []Invocation{inv}
	}
	return &Log{Schema: Schema, Version: Version, Runs: []Run{run}}
}

// FingerprintKey names signdoctor's partial fingerprint: code scanning
// matches a result with the same key and value across runs, so a finding
// keeps its alert (and its dismissal) while its check and subject stay the
// same, whatever its message says.
const FingerprintKey = "signdoctorFinding/v1"

// Fingerprint is the SHA-256 of the finding's check ID and subject, in hex:
// fixed length, and no file-controlled text in the log's fingerprints.
func Fingerprint(f report.Finding) string {
	sum := sha256.Sum256([]byte(f.ID + "\x00" + f.Subject))
	return hex.EncodeToString(sum[:])
}

// Encode writes the report as indented SARIF JSON.
func Encode(rep *report.Report, checks []*analyzer.Check, opts Options) ([]byte, error) {
	return json.MarshalIndent(Build(rep, checks, opts), "", "  ")
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
