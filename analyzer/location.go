package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Where findings are: the helpers that build a finding's location. The
// subject people read is the location's String (see report.Finding.At).

// Location is the location of the whole input.
func (in *Input) Location() report.Location { return report.Location{File: in.Name} }

// bundleAt is a place inside an archive or folder input.
func bundleAt(in *Input, p string) report.Location {
	return report.Location{File: in.Name, Path: p}
}

// sliceAt is one slice of a Mach-O input.
func sliceAt(in *Input, ms *machoSlice) report.Location { return archAt(in.Location(), ms) }

// archAt is one slice of the code at a location.
func archAt(at report.Location, ms *machoSlice) report.Location {
	at.Arch = ms.Arch
	if at.Arch == "" {
		at.Arch = fmt.Sprintf("slice %d", ms.Index)
	}
	return at
}

// itemAt is a named thing (a certificate) at a location.
func itemAt(at report.Location, item string) report.Location {
	at.Item = item
	return at
}

// archListAt is several slices of the code at a location.
func archListAt(at report.Location, archs []string) report.Location {
	at.Arch = strings.Join(archs, ", ")
	return at
}
