package main

import (
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// SARIF 2.1.0, the subset code-scanning services read: one run, the tool with
// every check as a rule, one result per finding located at its input file.
// Spec: OASIS SARIF v2.1.0 (sarif-schema-2.1.0.json).

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string        `json:"id"`
	Name                 string        `json:"name"`
	ShortDescription     sarifText     `json:"shortDescription"`
	FullDescription      sarifText     `json:"fullDescription"`
	Help                 sarifText     `json:"help"`
	DefaultConfiguration sarifRuleConf `json:"defaultConfiguration"`
}

type sarifRuleConf struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex *int            `json:"ruleIndex,omitempty"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}

// sarifLevel maps severities to SARIF's levels; SARIF calls info "note".
func sarifLevel(s report.Severity) string {
	switch s {
	case report.Error:
		return "error"
	case report.Warning:
		return "warning"
	}
	return "note"
}

func buildSARIF(rep *report.Report, files []analyzer.File) *sarifLog {
	checks := analyzer.Checks()
	index := map[string]int{}
	rules := make([]sarifRule, 0, len(checks))
	for i, c := range checks {
		index[c.ID] = i
		rules = append(rules, sarifRule{
			ID:                   c.ID,
			Name:                 ruleName(c.ID),
			ShortDescription:     sarifText{c.Title},
			FullDescription:      sarifText{c.Doc},
			Help:                 sarifText{"Fix: " + c.Fix},
			DefaultConfiguration: sarifRuleConf{sarifLevel(c.Severity)},
		})
	}
	results := make([]sarifResult, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		r := sarifResult{RuleID: f.ID, Level: sarifLevel(f.Severity), Message: sarifText{f.Message}}
		if f.Fix != "" {
			r.Message.Text += " Fix: " + f.Fix
		}
		if i, ok := index[f.ID]; ok {
			r.RuleIndex = &i
		}
		if loc, ok := locate(f.Subject, files); ok {
			r.Locations = []sarifLocation{loc}
		}
		results = append(results, r)
	}
	return &sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:    sarifTool{Driver: sarifDriver{Name: "signdoctor", Rules: rules}},
			Results: results,
		}},
	}
}

// locate turns a subject ("App.ipa: Payload/App.app/App [arm64]") into a
// location: the input file it starts with, and the rest as a logical place
// inside it. Subjects that name no input (stdin text, the tool itself) get a
// logical location only.
func locate(subject string, files []analyzer.File) (sarifLocation, bool) {
	if subject == "" {
		return sarifLocation{}, false
	}
	// Longest name first, so "a.ipa" does not claim "a.ipa.bak: …".
	best := -1
	for i, f := range files {
		if f.Name == stdinName {
			continue
		}
		if (subject == f.Name || strings.HasPrefix(subject, f.Name+": ")) && (best < 0 || len(f.Name) > len(files[best].Name)) {
			best = i
		}
	}
	if best < 0 {
		return sarifLocation{LogicalLocations: []sarifLogical{{FullyQualifiedName: subject}}}, true
	}
	loc := sarifLocation{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifact{URI: filepath.ToSlash(files[best].Name)}}}
	if rest := strings.TrimPrefix(subject, files[best].Name+": "); rest != subject {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: rest}}
	}
	return loc, true
}

// ruleName is the ID in PascalCase, the form SARIF viewers show as a name.
func ruleName(id string) string {
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

func writeSARIF(w io.Writer, rep *report.Report, files []analyzer.File) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(buildSARIF(rep, files))
}
