package app

import (
	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// View-model of the device lookup: one device ID asked of every profile the
// report holds, dropped on its own or embedded in an app.

// profileEntry is a profile the lookup asks.
type profileEntry struct {
	Name    string // artifact name, or the place in an archive: "App.ipa: Payload/App.app/embedded.mobileprovision"
	Profile *report.Profile
}

// reportProfiles lists every profile of a report: dropped ones, then the
// ones embedded in archives, in report order.
func reportProfiles(r *report.Report) []profileEntry {
	if r == nil {
		return nil
	}
	var out []profileEntry
	for _, a := range r.Artifacts {
		if p, ok := a.Facts.(*report.Profile); ok && p != nil {
			out = append(out, profileEntry{Name: a.Name, Profile: p})
		}
	}
	for _, a := range r.Artifacts {
		b, ok := a.Facts.(*report.Bundle)
		if !ok || b == nil {
			continue
		}
		for _, f := range flattenCode(b.Code) {
			if f.Node.Profile != nil {
				where := f.Node.ProfilePath
				if where == "" {
					where = f.Node.Path
				}
				at := report.Location{File: a.Name, Path: where}
				out = append(out, profileEntry{Name: at.String(), Profile: f.Node.Profile})
			}
		}
	}
	return out
}

// deviceIDsLeftOut says whether a profile lists devices but its IDs are not
// in the report: a share link made without them. Asked about a device, such
// a profile can answer neither listed nor not listed.
func deviceIDsLeftOut(p *report.Profile) bool {
	return p != nil && !p.AllDevices && p.Devices > 0 && len(p.DeviceIDs) == 0
}

// leftOutAnswer is what the device lookup says for such a profile.
func leftOutAnswer(p *report.Profile) string {
	return "Can't tell: this shared report leaves out the profile's " + plural(p.Devices, "device ID", "device IDs") +
		". Ask for a link made with device IDs included, or drop the profile itself."
}

// lookupRow is one profile's answer.
type lookupRow struct {
	profileEntry
	Listed   bool
	Findings []report.Finding // the analyzer's findings about this profile and the device
}

// lookupRows answers the query for every profile. Findings (what the run
// with Options.Device added) go to the profile their location is in; the rest
// (hints about the ID itself) are returned apart.
func lookupRows(entries []profileEntry, query string, findings []report.Finding) ([]lookupRow, []report.Finding) {
	rows := make([]lookupRow, len(entries))
	for i, e := range entries {
		rows[i] = lookupRow{profileEntry: e, Listed: deviceListed(e.Profile.DeviceIDs, query)}
	}
	var general []report.Finding
	for _, f := range findings {
		best := -1
		for i, e := range entries {
			if f.Location.Within(e.Name) && (best < 0 || len(e.Name) > len(entries[best].Name)) {
				best = i
			}
		}
		if best < 0 {
			general = append(general, f)
			continue
		}
		rows[best].Findings = append(rows[best].Findings, f)
	}
	return rows, general
}

// lookupFiles are the dropped files the profiles came from.
func lookupFiles(entries []profileEntry, files []analyzer.File) []analyzer.File {
	seen := map[string]bool{}
	var out []analyzer.File
	for _, e := range entries {
		for _, f := range filesFor(e.Name, files) {
			if !seen[f.Name] {
				seen[f.Name] = true
				out = append(out, f)
			}
		}
	}
	return out
}
