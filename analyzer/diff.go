package analyzer

import (
	"github.com/signdoctor/signdoctor/analyzer/internal/diff"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// DiffChange is one difference between two versions of an artifact: where
// (a slice's architecture, a path inside a bundle), which fact (by its JSON
// name), and the old and new values.
type DiffChange = diff.Change

// DiffResult is the comparison of two artifacts. Comparable is false when
// their kinds cannot be compared (a profile and a binary).
type DiffResult = diff.Result

// Kinds of DiffChange.
const (
	DiffChanged = diff.Changed
	DiffAdded   = diff.Added   // only in the second (new) version
	DiffRemoved = diff.Removed // only in the first (old) version
)

// Diff compares two versions of an artifact — binaries, profiles,
// entitlements, certificates or bundles — a being the old one: entitlements,
// flags, team, certificates, hash types, requirements, devices, dates.
func Diff(a, b report.Artifact) DiffResult { return diff.Artifacts(a, b) }
