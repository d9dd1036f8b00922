package main

import (
	"encoding/json"
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/analyzer/sarif"
)

// writeSARIF prints the report as SARIF 2.1.0 with the encoder the web app's
// download uses, so both give the same log for the same files.
func writeSARIF(w io.Writer, rep *report.Report, files []analyzer.File) error {
	names := make([]string, 0, len(files))
	for _, f := range files {
		if f.Name != stdinName {
			names = append(names, f.Name)
		}
	}
	v, _ := readBuildVersion()
	log := sarif.Build(rep, analyzer.Checks(), sarif.Options{Files: names, ToolVersion: v.toolVersion()})
	unlocateStdin(log, rep)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// unlocateStdin keeps findings on text read from stdin from pointing at a
// file: there is no "<stdin>" in the repository a code-scanning service
// matches locations against, so they get a logical location only. (The
// encoder takes the subject's first part for a file when it is given no
// file names, as when stdin is the only input.) Results are in the order of
// the report's findings.
func unlocateStdin(log *sarif.Log, rep *report.Report) {
	if len(log.Runs) != 1 || len(log.Runs[0].Results) != len(rep.Findings) {
		return
	}
	run := &log.Runs[0]
	dropped := -1
	for i, f := range rep.Findings {
		if f.Subject != stdinName && !strings.HasPrefix(f.Subject, stdinName+": ") {
			continue
		}
		res := &run.Results[i]
		for _, loc := range res.Locations {
			if p := loc.PhysicalLocation; p != nil && p.ArtifactLocation.Index != nil {
				dropped = *p.ArtifactLocation.Index
			}
		}
		res.Locations = []sarif.Location{{LogicalLocations: []sarif.LogicalLocation{{FullyQualifiedName: f.Subject}}}}
	}
	if dropped < 0 || dropped >= len(run.Artifacts) {
		return
	}
	run.Artifacts = append(run.Artifacts[:dropped:dropped], run.Artifacts[dropped+1:]...)
	if len(run.Artifacts) == 0 {
		run.Artifacts = nil
	}
	for i := range run.Results {
		for _, loc := range run.Results[i].Locations {
			if p := loc.PhysicalLocation; p != nil && p.ArtifactLocation.Index != nil && *p.ArtifactLocation.Index > dropped {
				p.ArtifactLocation.Index = new(*p.ArtifactLocation.Index - 1)
			}
		}
	}
}
