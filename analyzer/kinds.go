package analyzer

import (
	"context"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Kind is what an input turned out to be.
type Kind string

const (
	KindMachO        Kind = "macho"
	KindPkg          Kind = "pkg"
	KindProfile      Kind = "profile"
	KindArchive      Kind = "archive"
	KindIdentity     Kind = "identity"
	KindCertificate  Kind = "certificate"
	KindEntitlements Kind = "entitlements"
	KindDMG          Kind = "dmg"
	KindNotaryLog    Kind = "notary"
	KindText         Kind = "text"
	// KindUnknown is an input no kind recognised; it still gets a finding.
	KindUnknown Kind = "unknown"
	// KindAny marks checks that look at every input (malformed input, limits).
	KindAny Kind = "any"
)

// inputKinds are the formats signdoctor reads, in the order they are tried:
// the first whose sniff accepts a file's first bytes (and name) parses it.
// Formats known by their magic number come first; then those known by shape
// or name, where an earlier one must win an overlap; pasted text is last.
// Lists of kinds shown to people (usage, pages, messages) are rendered from
// this table, in this order.
var inputKinds = []inputKind{
	{KindInfo{KindMachO, "Mach-O", "Mach-O binary", "Mach-O binaries", "executables, libraries, universal files"},
		sniffMachO, parseMachO},
	{KindInfo{KindPkg, "package", "installer package", "installer packages", ".pkg"},
		sniffPkg, parsePkg},
	// A profile before entitlements: a profile's bare property list would
	// otherwise be taken for entitlements.
	{KindInfo{KindProfile, "profile", "provisioning profile", "provisioning profiles", ".mobileprovision, .provisionprofile"},
		sniffProfile, parseProfile},
	{KindInfo{KindArchive, "archive", "app archive", "app archives", ".ipa, zipped .app, .xcarchive"},
		sniffArchive, parseBundle},
	// An identity before certificates: both are DER SEQUENCEs.
	{KindInfo{KindIdentity, "identity", "identity (.p12)", "identities", ".p12, .pfx"},
		sniffIdentity, parseIdentity},
	{KindInfo{KindCertificate, "certificate", "certificate", "certificates", ".cer, .pem"},
		sniffCertificate, parseCertificate},
	{KindInfo{KindEntitlements, "entitlements", "entitlements file", "entitlements files", ".entitlements, .xcent, .plist"},
		sniffEntitlements, parseEntitlements},
	// A disk image by its name (its trailer is at the end, out of sight of
	// the sniff): after every format known by its first bytes.
	{KindInfo{KindDMG, "disk image", "disk image", "disk images", ".dmg"},
		sniffDMG, parseDMG},
	// A notary log before text, which would claim any JSON.
	{KindInfo{KindNotaryLog, "notary log", "notary log", "notary logs", "notarytool log, altool output"},
		sniffNotary, parseNotary},
	// Text is whatever valid UTF-8 nothing above claims.
	{KindInfo{KindText, "text", "text", "pasted text", "errors, tool output, device IDs"},
		sniffText, parseText},
}

// KindInfo names an input kind for people.
type KindInfo struct {
	Kind Kind
	// Short is its name in a list of what a file is not: "profile".
	Short string
	// Noun names one input of the kind in a message: "provisioning profile".
	Noun string
	// Plural names the kind in a list of what signdoctor reads:
	// "provisioning profiles".
	Plural string
	// Forms are the file types or forms people hand over as this kind:
	// ".mobileprovision, .provisionprofile".
	Forms string
}

// inputKind is one row of the table: the names, and sniff says whether the
// first bytes (and the name) look like the kind, parse builds the parsed
// value.
type inputKind struct {
	KindInfo
	sniff func(head []byte, name string) bool
	parse func(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error)
}

// Kinds describes the input kinds in the order they are tried.
func Kinds() []KindInfo {
	out := make([]KindInfo, len(inputKinds))
	for i := range inputKinds {
		out[i] = inputKinds[i].KindInfo
	}
	return out
}

// KindOf describes one kind; ok is false for KindUnknown, KindAny or a kind
// not in the table.
func KindOf(k Kind) (info KindInfo, ok bool) {
	for i := range inputKinds {
		if inputKinds[i].Kind == k {
			return inputKinds[i].KindInfo, true
		}
	}
	return KindInfo{}, false
}

// KindList joins a name of each kind, in table order, as a sentence does:
// "a, b or c" with conj "or". A kind whose name is "" is left out.
func KindList(name func(KindInfo) string, conj string) string {
	names := make([]string, 0, len(inputKinds))
	for i := range inputKinds {
		if n := name(inputKinds[i].KindInfo); n != "" {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + conj + " " + names[len(names)-1]
}

// sniffLen is how many leading bytes the sniffs see.
const sniffLen = 4096

// recognize returns the first kind of kinds whose sniff accepts the file,
// or nil.
func recognize(kinds []inputKind, head []byte, name string) *inputKind {
	for i := range kinds {
		if kinds[i].sniff(head, name) {
			return &kinds[i]
		}
	}
	return nil
}
