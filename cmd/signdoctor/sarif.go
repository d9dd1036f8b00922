package main

import (
	"encoding/json"
	"io"

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
	// Text read from stdin is no file a code-scanning service can match a
	// location against: its findings get a logical location only.
	log := sarif.Build(rep, analyzer.Checks(), sarif.Options{Files: names, ToolVersion: v.toolVersion()})
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
