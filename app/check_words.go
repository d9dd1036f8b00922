package app

// What the pages say about checks and input kinds: a check's path, its
// area, what it looks at, and the kinds a file can be dropped as, in words
// from the analyzer's tables.

import (
	"net/url"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer"
)

// checkPath is the page of a check, relative to the site root.
// The ID is escaped: an ID read from a share link ("../#report=…") stays one
// path segment under /checks.
func checkPath(id string) string { return "/checks/" + url.PathEscape(id) }

// kindWords name the input kinds as a person drops them, from the
// analyzer's table of kinds.
var kindWords = func() map[analyzer.Kind]string {
	m := map[analyzer.Kind]string{}
	for _, k := range analyzer.Kinds() {
		m[k.Kind] = k.Plural + " (" + k.Forms + ")"
	}
	return m
}()

// droppableKinds lists, for the page's lead, the kinds a file can be
// dropped as (pasted text has its own box).
var droppableKinds = analyzer.KindList(func(k analyzer.KindInfo) string {
	if k.Kind == analyzer.KindText {
		return ""
	}
	return k.Plural
}, "or")

// areaNeeds says what a check that runs on any input really looks at, by its
// area: a profile check also reads the profiles embedded in an archive, so
// it is registered for any input, but it looks at profiles.
var areaNeeds = map[string]string{
	"profile": "provisioning profiles, dropped alone or embedded in an .ipa or app",
	"ent":     "entitlements: entitlements files and the entitlements signed into binaries, against the provisioning profiles given (also inside an .ipa or app)",
	"macho":   "Mach-O binaries, dropped alone or inside an .ipa or app",
	"bundle":  "app archives (.ipa, zipped .app)",
	"cert":    "certificates, dropped alone or carried by profiles and signatures",
	"notary":  "notary logs",
	"text":    "pasted text",
	"req":     "code signatures, against the requirement given",
}

// checkArea is the prefix of a check ID: profile, ent, macho …
func checkArea(id string) string {
	a, _, _ := strings.Cut(id, "-")
	return a
}

// needsText lists the input kinds a check needs, in words.
func needsText(c *analyzer.Check) string {
	parts := make([]string, 0, len(c.Needs))
	for _, k := range c.Needs {
		if k == analyzer.KindAny {
			if w := areaNeeds[checkArea(c.ID)]; w != "" {
				parts = append(parts, w)
			} else {
				parts = append(parts, "any file")
			}
			continue
		}
		if w := kindWords[k]; w != "" {
			parts = append(parts, w)
			continue
		}
		parts = append(parts, string(k))
	}
	return strings.Join(parts, "; ")
}
