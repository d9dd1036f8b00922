package analyzer

import (
	"io"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// File is one input as the caller hands it over: a name and random access to
// its bytes. Nothing reads it whole unless its parser needs to and its size is
// within that parser's limit.
type File struct {
	Name string
	Size int64
	R    io.ReaderAt
	// Folder, when set, makes the input a folder (an .app, .xcarchive or any
	// folder dropped or named on the command line): it is analysed exactly
	// as its zip would be, each file read through its ReaderAt on demand.
	// R and Size are then unused.
	Folder []FolderFile
}

// FolderFile is one file, folder or symbolic link of a folder input; Name
// starts with the folder's own name ("MyApp.app/Contents/Info.plist").
type FolderFile = zipfs.FolderFile

// Input is a file after recognition and parsing.
type Input struct {
	File
	Kind Kind
	// Value is the parsed form (*profile.Profile, …); each area's file has a
	// typed accessor.
	Value any
	// Err is why parsing failed; a check turns it into a finding.
	Err error
	// Artifacts are the facts this input contributes to the report.
	Artifacts []report.Artifact
}

// Case is every input dropped together.
type Case struct {
	Inputs []*Input
	views  caseViews // see case_views.go
}

// OfKind returns the inputs of one kind, in the order they were given.
func (c *Case) OfKind(k Kind) []*Input {
	var out []*Input
	for _, in := range c.Inputs {
		if in.Kind == k {
			out = append(out, in)
		}
	}
	return out
}

// has says whether the case holds something of kind k, wherever it sits: a
// profile, Mach-O or entitlements inside an archive or a package, or pasted
// as tool output (codesign -d, security cms -D), counts as one, so a check's Needs names what it looks at.
func (c *Case) has(k Kind) bool {
	switch k {
	case KindAny:
		return len(c.Inputs) > 0
	case KindProfile:
		if len(c.profiles()) > 0 {
			return true
		}
	case KindMachO:
		if len(c.machoTargets()) > 0 || len(pastedCodes(c)) > 0 {
			return true
		}
	case KindEntitlements:
		if len(c.entitlementSources()) > 0 {
			return true
		}
	}
	return len(c.OfKind(k)) > 0
}

// baseName is the last element of a slash-separated name.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
