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
		allFacts(c.Artifact.Facts),
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

// machoRow is one fact across the slices.
type machoRow struct {
	key, label string
	values     []goapp.UI
	texts      []string // to tell whether the slices differ
}

// machoTable lays the slices side by side. With one slice it is a plain
// list of facts; with several, a row whose values differ is marked.
func machoTable(m *report.MachO, now time.Time) goapp.UI {
	if m == nil || len(m.Slices) == 0 {
		return goapp.P().Class("muted").Text("No architecture could be read from this file.")
	}
	rows := machoRows(m.Slices, now)
	if len(m.Slices) == 1 {
		facts := make([]goapp.UI, 0, len(rows))
		for _, r := range rows {
			facts = append(facts, factRow(r.key, r.label, r.texts[0], r.values[0]))
		}
		return goapp.Dl().Class("facts", "macho-facts").DataSet("arch", m.Slices[0].Arch).Body(facts...)
	}
	head := []goapp.UI{goapp.Th().Scope("col").Text("")}
	for _, s := range m.Slices {
		head = append(head, goapp.Th().Scope("col").DataSet("arch", s.Arch).Text(orDash(s.Arch)))
	}
	body := make([]goapp.UI, 0, len(rows))
	differs := 0
	for _, r := range rows {
		diff := false
		for _, t := range r.texts[1:] {
			if t != r.texts[0] {
				diff = true
			}
		}
		label := []goapp.UI{goapp.Text(r.label)}
		cls := "fact-row"
		if diff {
			differs++
			cls += " differs"
			label = append(label, goapp.Span().Class("differs-mark").Title("differs between architectures").Text(" ≠"))
		}
		cells := []goapp.UI{goapp.Th().Scope("row").Body(label...)}
		for i, v := range r.values {
			cells = append(cells, goapp.Td().DataSet("arch", m.Slices[i].Arch).Body(v))
		}
		body = append(body, goapp.Tr().Class(cls).DataSet("fact", r.key).Body(cells...))
	}
	var legend goapp.UI
	if differs > 0 {
		legend = goapp.P().Class("help", "legend").Text(fmt.Sprintf("≠ marks the %s that differ between the architectures.", plural(differs, "row", "rows")))
	} else {
		legend = goapp.P().Class("help", "legend").Text("Every architecture is signed alike.")
	}
	return goapp.Div().Class("table-scroll").Body(
		goapp.Table().Class("macho-table").Body(
			goapp.Caption().Class("visually-hidden").Text("Signature of each architecture"),
			goapp.THead().Body(goapp.Tr().Body(head...)),
			goapp.TBody().Body(body...),
		),
		legend,
	)
}

func machoRows(slices []report.MachOSlice, now time.Time) []machoRow {
	var rows []machoRow
	add := func(key, label string, f func(s report.MachOSlice) (string, goapp.UI)) {
		r := machoRow{key: key, label: label}
		empty := true
		for _, s := range slices {
			t, v := f(s)
			if t != "" {
				empty = false
			}
			if v == nil {
				v = goapp.Text(orDash(t))
			}
			r.texts = append(r.texts, t)
			r.values = append(r.values, v)
		}
		if !empty {
			rows = append(rows, r)
		}
	}
	code := func(s string) goapp.UI {
		if s == "" {
			return goapp.Text("—")
		}
		return goapp.Code().Text(s)
	}
	add("file_type", "Kind", func(s report.MachOSlice) (string, goapp.UI) { return fileTypeWords(s.FileType), nil })
	add("signature", "Signature", func(s report.MachOSlice) (string, goapp.UI) {
		if w := signatureWords[s.Signature]; w != "" {
			return w, nil
		}
		return s.Signature, nil
	})
	add("identifier", "Identifier", func(s report.MachOSlice) (string, goapp.UI) { return s.Identifier, code(s.Identifier) })
	add("team", "TeamIdentifier", func(s report.MachOSlice) (string, goapp.UI) { return s.Team, nil })
	add("cert_kind", "Certificate", func(s report.MachOSlice) (string, goapp.UI) { return s.CertKind, nil })
	add("leaf", "Authority", func(s report.MachOSlice) (string, goapp.UI) {
		if len(s.Authorities) == 0 {
			return s.Leaf, nil
		}
		items := make([]goapp.UI, len(s.Authorities))
		for i, a := range s.Authorities {
			items[i] = goapp.Li().Text(a)
		}
		return strings.Join(s.Authorities, " → "), goapp.Ol().Class("chain").Body(items...)
	})
	add("trusted", "Chain to Apple", func(s report.MachOSlice) (string, goapp.UI) {
		if s.Signature != "certificate" {
			return "", nil
		}
		if s.Trusted {
			return "yes: ends at an Apple root", nil
		}
		return "no: does not end at an Apple root", nil
	})
	add("signing_time", "Signed", func(s report.MachOSlice) (string, goapp.UI) {
		if s.SigningTime == nil {
			return "", nil
		}
		return formatDate(*s.SigningTime), nil
	})
	add("timestamp", "Timestamp", func(s report.MachOSlice) (string, goapp.UI) {
		if s.Signature != "certificate" && !s.Timestamp {
			return "", nil
		}
		if !s.Timestamp {
			return "none (no secure timestamp)", nil
		}
		t := "secure timestamp"
		if s.TimestampTime != nil {
			t = formatDate(*s.TimestampTime)
		}
		if s.TimestampAuthority != "" {
			t += ", by " + s.TimestampAuthority
		}
		return t, nil
	})
	add("flags", "Flags", func(s report.MachOSlice) (string, goapp.UI) {
		if s.Signature == "unsigned" {
			return "", nil
		}
		if len(s.Flags) == 0 {
			return "none", nil
		}
		return strings.Join(s.Flags, ", "), nil
	})
	add("hashes", "Hash types", func(s report.MachOSlice) (string, goapp.UI) { return strings.Join(s.Hashes, ", "), nil })
	add("cdhash", "CDHash", func(s report.MachOSlice) (string, goapp.UI) { return s.CDHash, code(s.CDHash) })
	add("min_os", "Minimum OS", func(s report.MachOSlice) (string, goapp.UI) {
		t := strings.TrimSpace(platformWords(s.Platform) + " " + s.MinOS)
		if s.SDK != "" {
			t += " (SDK " + s.SDK + ")"
		}
		return t, nil
	})
	add("entitlements", "Entitlements", func(s report.MachOSlice) (string, goapp.UI) {
		if s.Signature == "unsigned" {
			return "", nil
		}
		if len(s.Entitlements) == 0 {
			return "none", nil
		}
		return plural(len(s.Entitlements), "key", "keys") + ": " + strings.Join(sortedKeys(s.Entitlements), ", "), goapp.Text(plural(len(s.Entitlements), "key", "keys") + " (below)")
	})
	add("requirement", "Designated requirement", func(s report.MachOSlice) (string, goapp.UI) {
		switch {
		case s.Requirement != "":
			return s.Requirement, code(s.Requirement)
		case s.ImplicitRequirement != "":
			return s.ImplicitRequirement, goapp.Span().Body(code(s.ImplicitRequirement), goapp.Span().Class("muted").Text(" (implicit: the signature carries none)"))
		case s.RequirementError != "":
			return s.RequirementError, nil
		}
		return "", nil
	})
	add("verified", "Verified", func(s report.MachOSlice) (string, goapp.UI) {
		switch {
		case s.Signature == "unsigned":
			return "", nil
		case s.Encrypted:
			return "encrypted (App Store FairPlay): pages cannot be checked", nil
		case s.Verified:
			return "yes: every page and the signature match", nil
		case len(s.Failures) > 0:
			return "no: " + strings.Join(s.Failures, "; "), pathList(s.Failures)
		}
		return "no", nil
	})
	return rows
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
func allFacts(f report.Facts) goapp.UI {
	nodes := factsTree(f)
	raw := rawValues(f)
	rows := make([]goapp.UI, 0, len(nodes))
	for _, n := range nodes {
		var value goapp.UI
		if len(n.Children) > 0 {
			value = tree(n.Children, 2)
		} else {
			value = goapp.Text(n.Value)
		}
		rows = append(rows, goapp.Div().Class("fact").DataSet("raw", n.Key).DataSet("value", raw[n.Key]).Body(
			goapp.Dt().Text(n.Key),
			goapp.Dd().Body(value),
		))
	}
	return goapp.Details().Class("all-facts").Body(
		goapp.Summary().Text("All facts"),
		goapp.Dl().Class("facts").Body(rows...),
	)
}
