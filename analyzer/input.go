package analyzer

import (
	"context"
	"io"
	"sort"
	"strings"
	"sync"

	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Kind is what an input turned out to be.
type Kind string

const (
	KindProfile      Kind = "profile"
	KindEntitlements Kind = "entitlements"
	KindMachO        Kind = "macho"
	KindArchive      Kind = "archive"
	KindCertificate  Kind = "certificate"
	KindNotaryLog    Kind = "notary"
	KindText         Kind = "text"
	// KindUnknown is an input no parser recognised; it still gets a finding.
	KindUnknown Kind = "unknown"
	// KindAny marks checks that look at every input (malformed input, limits).
	KindAny Kind = "any"
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

// recognizer knows one input format: sniff says whether the first bytes (and
// the name) look like it, parse builds the parsed value.
type recognizer struct {
	kind Kind
	// priority orders recognizers whose sniffs overlap (a bare plist can be a
	// profile payload or entitlements); lower runs first.
	priority int
	sniff    func(head []byte, name string) bool
	parse    func(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error)
}

var (
	recognizersMu sync.Mutex
	recognizers   []recognizer
)

func registerRecognizer(r recognizer) {
	recognizersMu.Lock()
	defer recognizersMu.Unlock()
	recognizers = append(recognizers, r)
	sort.SliceStable(recognizers, func(i, j int) bool { return recognizers[i].priority < recognizers[j].priority })
}

// sniffLen is how many leading bytes recognizers see.
const sniffLen = 4096

func recognize(head []byte, name string) *recognizer {
	recognizersMu.Lock()
	defer recognizersMu.Unlock()
	for i := range recognizers {
		if recognizers[i].sniff(head, name) {
			return &recognizers[i]
		}
	}
	return nil
}

// baseName is the last element of a slash-separated name.
func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
