package app

import (
	"fmt"
	"sort"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// machoCard shows a Mach-O file as `codesign -dvvv` and Apparency do: one
// table, a column per architecture with the rows that differ marked, then
// the entitlements with their meanings. The raw facts are one click away.
type machoCard struct {
	goapp.Compo
	Artifact report.Artifact
	MachO    *report.MachO
	Now      time.Time
	// Laid are the binary's facts laid out (analysisState.Facts); nil lays
	// them out on render.
	Laid *factsView
}

func (c *machoCard) Render() goapp.UI {
	m := c.MachO
	archs := make([]string, len(m.Slices))
	for i, s := range m.Slices {
		archs[i] = orDash(s.Arch)
	}
	kind := "Mach-O binary"
	if m.Universal {
		kind = fmt.Sprintf("Universal binary (%s)", strings.Join(archs, ", "))
	} else if len(m.Slices) == 1 && m.Slices[0].FileType != "" {
		kind = "Mach-O " + fileTypeWords(m.Slices[0].FileType) + " (" + archs[0] + ")"
	}
	return goapp.Article().Class("artifact-card", "macho-card").DataSet("kind", c.Artifact.Kind).Body(
		goapp.Header().Class("card-header").Body(
			goapp.Span().Class("card-kind").Text(kind),
			goapp.H2().Class("card-title").Text(c.Artifact.Name),
		),
		machoTable(m, c.Now),
		machoEntitlements(m),
		(&artifactCard{Artifact: c.Artifact}).requirement(),
		allFacts(laidOut(c.Laid, c.Artifact.Facts)),
	)
}

// fileTypeWords names a Mach-O file type as people say it.
func fileTypeWords(t string) string {
	switch t {
	case "execute":
		return "executable"
	case "dylib":
		return "dynamic library"
	case "bundle":
		return "loadable bundle"
	case "object":
		return "object file"
	}
	return t
}

// signatureWords says what kind of signature a slice has, in codesign's terms.
var signatureWords = map[string]string{
	"unsigned":      "not signed",
	"adhoc":         "ad hoc (Signature=adhoc)",
	"linker-signed": "ad hoc, by the linker (linker-signed)",
	"certificate":   "signed with a certificate",
	"cd-only":       "CodeDirectory only: no CMS signature, no adhoc flag",
	"invalid":       "invalid signature",
}

// machoRow is one fact across the slices: a cell per slice.
type machoRow struct {
	key, label string
	cells      []fact
}

// machoTable lays the slices side by side. With one slice it is a plain
// list of facts; with several, a row whose values differ is marked.
func machoTable(m *report.MachO, now time.Time) goapp.UI {
	if m == nil || len(m.Slices) == 0 {
		return goapp.P().Class("muted").Text("No architecture could be read from this file.")
	}
	rows := machoRows(m.Slices)
	if len(m.Slices) == 1 {
		facts := make([]fact, len(rows))
		for i, r := range rows {
			facts[i] = r.cells[0]
		}
		return factList(facts)
	}
	head := []goapp.UI{goapp.Th().Scope("col").Text("")}
	for _, s := range m.Slices {
		head = append(head, goapp.Th().Scope("col").DataSet("arch", s.Arch).Text(orDash(s.Arch)))
	}
	body := make([]goapp.UI, 0, len(rows))
	differs := 0
	for _, r := range rows {
		diff := false
		for _, c := range r.cells[1:] {
			diff = diff || c.same() != r.cells[0].same()
		}
		cls, mark := "fact-row", ""
		if diff {
			differs++
			cls, mark = "fact-row differs", " ≠"
		}
		cells := []goapp.UI{goapp.Th().Scope("row").Body(goapp.Text(r.label), goapp.Span().Class("differs-mark").Text(mark))}
		for i, c := range r.cells {
			cells = append(cells, goapp.Td().DataSet("arch", m.Slices[i].Arch).Body(c.value()...))
		}
		body = append(body, goapp.Tr().Class(cls).DataSet("fact", r.key).Body(cells...))
	}
	legend := "Every architecture is signed alike."
	if differs > 0 {
		legend = fmt.Sprintf("≠ marks the %s that differ between the architectures.", plural(differs, "row", "rows"))
	}
	return goapp.Div().Class("table-scroll").Body(
		goapp.Table().Class("macho-table").Body(
			goapp.THead().Body(goapp.Tr().Body(head...)),
			goapp.TBody().Body(body...),
		),
		goapp.P().Class("help", "legend").Text(legend),
	)
}

// machoRows are the facts codesign -dvvv prints, slice by slice, in its
// order; a row no slice has is left out.
func machoRows(slices []report.MachOSlice) []machoRow {
	per := make([][]fact, len(slices))
	for i, s := range slices {
		per[i] = sliceFacts(s)
	}
	var rows []machoRow
	for j := range per[0] {
		r := machoRow{key: per[0][j].Key, label: per[0][j].Label}
		empty := true
		for i := range slices {
			r.cells = append(r.cells, per[i][j])
			empty = empty && per[i][j].empty()
		}
		if !empty {
			rows = append(rows, r)
		}
	}
	return rows
}

// sliceFacts says what one slice's signature is, in codesign's terms.
func sliceFacts(s report.MachOSlice) []fact {
	signed := s.Signature != "unsigned"
	sig := signatureWords[s.Signature]
	if sig == "" {
		sig = s.Signature
	}
	trusted := ""
	if s.Signature == "certificate" {
		trusted = "no: does not end at an Apple root"
		if s.Trusted {
			trusted = "yes: ends at an Apple root"
		}
	}
	leaf := fact{Key: "leaf", Label: "Authority", Raw: s.Leaf, List: s.Authorities}
	if len(s.Authorities) == 0 {
		leaf.Text = s.Leaf
	}
	signedAt := ""
	if s.SigningTime != nil {
		signedAt = formatDate(*s.SigningTime)
	}
	ts := ""
	switch {
	case s.Timestamp:
		ts = "secure timestamp"
		if s.TimestampTime != nil {
			ts = formatDate(*s.TimestampTime)
		}
		if s.TimestampAuthority != "" {
			ts += ", by " + s.TimestampAuthority
		}
	case s.Signature == "certificate":
		ts = "none (no secure timestamp)"
	}
	flags := ""
	if signed {
		flags = orNone(strings.Join(s.Flags, ", "))
	}
	minOS := strings.TrimSpace(platformWords(s.Platform) + " " + s.MinOS)
	if s.SDK != "" {
		minOS += " (SDK " + s.SDK + ")"
	}
	ents, entsNote := "", ""
	if signed {
		ents = orNone(strings.Join(sortedKeys(s.Entitlements), ", "))
		if len(s.Entitlements) > 0 {
			entsNote = "(" + plural(len(s.Entitlements), "key", "keys") + ", below)"
		}
	}
	req := fact{Key: "requirement", Label: "Designated requirement", Raw: s.Requirement, Text: s.Requirement, Code: true}
	switch {
	case s.Requirement == "" && s.ImplicitRequirement != "":
		req.Text, req.Note = s.ImplicitRequirement, "(implicit: the signature carries none)"
	case s.Requirement == "" && s.RequirementError != "":
		req.Text, req.Code = s.RequirementError, false
	}
	verified := ""
	switch {
	case !signed:
	case s.Encrypted:
		verified = "encrypted (App Store FairPlay): pages cannot be checked"
	case s.Verified:
		verified = "yes: every page and the signature match"
	case len(s.Failures) > 0:
		verified = "no: " + strings.Join(s.Failures, "; ")
	default:
		verified = "no"
	}
	return []fact{
		{Key: "file_type", Label: "Kind", Raw: s.FileType, Text: fileTypeWords(s.FileType)},
		{Key: "signature", Label: "Signature", Raw: s.Signature, Text: sig},
		{Key: "identifier", Label: "Identifier", Raw: s.Identifier, Text: s.Identifier, Code: true},
		{Key: "team", Label: "TeamIdentifier", Raw: s.Team, Text: s.Team},
		{Key: "cert_kind", Label: "Certificate", Raw: s.CertKind, Text: s.CertKind},
		leaf,
		{Key: "trusted", Label: "Chain to Apple", Text: trusted},
		{Key: "signing_time", Label: "Signed", Text: signedAt},
		{Key: "timestamp", Label: "Timestamp", Text: ts},
		{Key: "flags", Label: "Flags", Raw: strings.Join(s.Flags, ","), Text: flags},
		{Key: "hashes", Label: "Hash types", Raw: strings.Join(s.Hashes, ","), Text: strings.Join(s.Hashes, ", ")},
		{Key: "cdhash", Label: "CDHash", Raw: s.CDHash, Text: s.CDHash, Code: true},
		{Key: "min_os", Label: "Minimum OS", Raw: s.MinOS, Text: minOS},
		{Key: "entitlements", Label: "Entitlements", Text: ents, Note: entsNote},
		req,
		{Key: "verified", Label: "Verified", Text: verified},
	}
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// platformWords names a platform as Apple writes it.
func platformWords(p string) string {
	switch strings.ToLower(p) {
	case "macos", "macosx":
		return "macOS"
	case "ios", "iphoneos":
		return "iOS"
	case "iossimulator":
		return "iOS Simulator"
	case "tvos":
		return "tvOS"
	case "watchos":
		return "watchOS"
	case "visionos", "xros":
		return "visionOS"
	case "maccatalyst":
		return "Mac Catalyst"
	}
	return p
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// machoEntitlements shows the entitlements once when every slice carries
// the same, else per architecture.
func machoEntitlements(m *report.MachO) goapp.UI {
	if m == nil {
		return nil
	}
	var first map[string]any
	same, any := true, false
	for i, s := range m.Slices {
		if len(s.Entitlements) > 0 {
			any = true
		}
		if i == 0 {
			first = s.Entitlements
		} else if fmt.Sprint(s.Entitlements) != fmt.Sprint(first) {
			same = false
		}
	}
	if !any {
		return nil
	}
	platform := ""
	if len(m.Slices) > 0 {
		platform = entitlementPlatform([]string{platformWords(m.Slices[0].Platform)})
	}
	if same {
		return goapp.Section().Class("card-section").Body(
			goapp.H3().Text(fmt.Sprintf("Entitlements (%d)", len(first))),
			entitlementTable(first, platform),
		)
	}
	var out []goapp.UI
	for _, s := range m.Slices {
		out = append(out, goapp.Section().Class("card-section").DataSet("arch", s.Arch).Body(
			goapp.H3().Text(fmt.Sprintf("Entitlements of %s (%d)", orDash(s.Arch), len(s.Entitlements))),
			entitlementTable(s.Entitlements, platform),
		))
	}
	return goapp.Div().Body(out...)
}

// allFacts is every fact the analyzer has about an artifact, by its JSON
// name, behind one click.
func allFacts(v factsView) goapp.UI {
	return goapp.Details().Class("all-facts").Body(
		goapp.Summary().Text("All facts"),
		rawFacts(v),
	)
}
