package analyzer

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// entitlementsInput is a parsed entitlements file.
type entitlementsInput struct {
	Map    map[string]any
	Format entitlements.Format
	DER    entitlements.DERInfo // for DER input
	// AMFIErr is why AMFI's parser, which codesign uses, cannot read the
	// file (XML and binary plists only); nil when it can.
	AMFIErr *entitlements.AMFIError
}

// Entitlements returns the entitlements of an entitlements file, or nil when
// the input is not one.
func (in *Input) Entitlements() map[string]any {
	if e, ok := in.Value.(*entitlementsInput); ok {
		return e.Map
	}
	return nil
}

func (in *Input) entitlementsInput() *entitlementsInput {
	e, _ := in.Value.(*entitlementsInput)
	return e
}

// sniffEntitlements accepts an XML or binary property list, or a DER
// entitlements blob, that is not a provisioning profile's payload or a
// bundle's Info.plist.
func sniffEntitlements(head []byte, name string) bool {
	switch entitlements.Sniff(head) {
	case entitlements.FormatDER:
		return true
	case entitlements.FormatXML, entitlements.FormatBinary:
		if bytes.Contains(head, []byte("ExpirationDate")) && bytes.Contains(head, []byte("TeamIdentifier")) {
			return false // a profile's plist
		}
		if bytes.Contains(head, []byte("CFBundleIdentifier")) || bytes.Contains(head, []byte("CFBundleExecutable")) {
			return false // an Info.plist
		}
		return true
	}
	return false
}

func parseEntitlements(ctx context.Context, in *Input, opts *Options) (any, []report.Artifact, error) {
	if in.Size > entitlements.MaxSize {
		return nil, nil, fmt.Errorf("%d bytes is more than an entitlements file holds (limit %d)", in.Size, entitlements.MaxSize)
	}
	b := make([]byte, in.Size)
	if n, err := in.R.ReadAt(b, 0); n < len(b) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, nil, fmt.Errorf("reading %s: %w", in.Name, err)
	}
	ei := &entitlementsInput{}
	var err error
	ei.Format = entitlements.Sniff(b)
	switch ei.Format {
	case entitlements.FormatDER:
		ei.Map, ei.DER, err = entitlements.DecodeDERInfo(b)
	default:
		ei.Map, ei.Format, err = entitlements.Parse(b)
		ei.AMFIErr = entitlements.CheckAMFI(b)
	}
	if err != nil {
		if ei.AMFIErr != nil {
			// What codesign itself says is the more useful half.
			return nil, nil, fmt.Errorf("%w; codesign stops with \"Failed to parse entitlements: %v\"%s", err, ei.AMFIErr, amfiCauseText(ei.AMFIErr))
		}
		return nil, nil, err
	}
	return ei, []report.Artifact{report.NewArtifact(in.Name, entitlementsFacts(ei))}, nil
}

func entitlementsFacts(ei *entitlementsInput) *report.Entitlements {
	platform := entitlements.PlatformOfEntitlements(ei.Map)
	f := &report.Entitlements{
		Format:       string(ei.Format),
		Platform:     string(platform),
		Entitlements: ei.Map,
		Keys:         DescribeEntitlements(ei.Map, string(platform)),
	}
	if ei.Format == entitlements.FormatDER {
		switch {
		case ei.DER.Canonical:
			f.DERForm = "codesign"
		case ei.DER.AppleForm:
			f.DERForm = "apple-noncanonical"
		default:
			f.DERForm = "bare-set"
		}
	}
	f.AppID, _ = entitlements.AppID(ei.Map)
	f.Team, _ = ei.Map["com.apple.developer.team-identifier"].(string)
	for _, u := range entitlements.UnexpandedVariables(ei.Map) {
		f.UnexpandedVariables = append(f.UnexpandedVariables, u.Path+": "+u.Variable)
	}
	return f
}

// DescribeEntitlements says what each key of an entitlements dictionary
// means, in key order, for platform "macOS", "iOS" or "" (unknown). The web
// app uses it for the entitlements of profiles and binaries too.
func DescribeEntitlements(ents map[string]any, platform string) []report.EntitlementKey {
	out := make([]report.EntitlementKey, 0, len(ents))
	for _, k := range entitlements.SortedKeys(ents) {
		out = append(out, DescribeEntitlement(k, ents[k], platform))
	}
	return out
}

// DescribeEntitlement says what one entitlement key means.
func DescribeEntitlement(key string, value any, platform string) report.EntitlementKey {
	e, known := entitlements.Lookup(key)
	k := report.EntitlementKey{
		Key:         key,
		Value:       value,
		Known:       known,
		Restriction: string(entitlements.RestrictionFor(key, entitlements.Platform(platform))),
	}
	if known {
		k.Meaning, k.ValueType, k.Platforms, k.Group = e.Meaning, e.ValueType, e.Platforms, e.Group
	}
	return k
}
