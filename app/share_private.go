package app

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

// What a share link leaves out unless the user ticks a box. The report is
// scrubbed as JSON, whatever its fields: a field the analyzer adds later is
// scrubbed too. Two passes: the first collects the private values the
// report states in known places (a profile's device IDs, a certificate's
// fingerprints, a device named in pasted text, a team's name), the second
// drops those fields and replaces every occurrence of those values, and of
// anything shaped like a device ID or a fingerprint, in every string.

// shareOptions says what a link carries beyond findings and facts.
type shareOptions struct {
	// DeviceIDs keeps device IDs (UDIDs, Mac UUIDs), device names, and
	// certificates' serial numbers and SHA-1/SHA-256 fingerprints.
	DeviceIDs bool
	// Names keeps people's names: in certificate names ("Apple Development:
	// NAME (ID)"), team names, signing identities and e-mail addresses.
	Names bool
}

// What a left-out value is replaced with, in the link and on the page.
const (
	maskDeviceID   = "[device ID left out]"
	maskDeviceName = "[device name left out]"
	maskCertID     = "[certificate ID left out]"
	maskName       = "[name left out]"
)

// scrubStats counts the distinct values left out, by mask.
type scrubStats map[string]int

var shareRegexps = sync.OnceValue(func() (r struct {
	modernUDID, hex40, hex64, colonHex, deviceName, certName, email, uuid *regexp.Regexp
}) {
	// 00008030-001A2B3C4D5E6F70, with or without the dash.
	r.modernUDID = regexp.MustCompile(`\b[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{16}\b`)
	// Older UDIDs and SHA-1 fingerprints are 40 hex digits, as CDHashes are:
	// those the report knows as CDHashes are kept.
	r.hex40 = regexp.MustCompile(`\b[0-9A-Fa-f]{40}\b`)
	r.hex64 = regexp.MustCompile(`\b[0-9A-Fa-f]{64}\b`)
	// Fingerprints as openssl and Keychain Access print them: 3A:1F:… or 3A 1F ….
	r.colonHex = regexp.MustCompile(`\b(?:[0-9A-Fa-f]{2}[: ]){19,31}[0-9A-Fa-f]{2}\b`)
	// "Jane Doe's iPhone", "Jane’s MacBook Pro".
	r.deviceName = regexp.MustCompile(`(?:\p{Lu}[\p{L}.\-]*\s){0,3}\p{Lu}[\p{L}.\-]*['’]s\s(?:iPhone|iPad|iPod|Mac|MacBook|iMac|Apple\sWatch|Apple\sTV|Vision\sPro)(?:\s(?:Pro|Max|Air|mini|Plus|SE|touch|\(\d+\)|\d+))*`)
	// A signing certificate's name: "KIND: NAME (ID)". The kind and the ID
	// (a team or person ID, not a name) stay.
	r.certName = regexp.MustCompile(`\b((?:Apple|iPhone|iOS|Mac|Developer ID|3rd Party Mac)[A-Za-z ]{0,40}?):\s*([^:"\n]{1,100}?)(\s*\([A-Z0-9]{2,12}\))`)
	// A Mac's UDID is a UUID; so are profile UUIDs and notary submission
	// IDs, which identify no one: UUIDs are masked in pasted text only.
	r.uuid = regexp.MustCompile(`\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b`)
	r.email = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+`)
	return r
})

// scrubPrivate removes from a report decoded as generic JSON what opts does
// not keep, in place, and says what it left out. yield, if not nil, is
// called between strings: the page passes one that gives its thread back.
func scrubPrivate(v any, opts shareOptions, yield func()) (any, scrubStats) {
	if yield == nil {
		yield = func() {}
	}
	s := &scrubber{opts: opts, keep: map[string]bool{}, values: map[string]string{}, stats: scrubStats{}, seen: map[string]bool{}, yield: yield}
	s.collect(v, "", nil)
	s.build()
	return s.walk(v, "", nil, false), s.stats
}

type scrubber struct {
	opts shareOptions
	// keep are hex strings the report knows as CDHashes or file digests.
	keep map[string]bool
	// values maps each private value found (lower case) to its mask.
	values map[string]string
	exact  *regexp.Regexp
	stats  scrubStats
	seen   map[string]bool
	yield  func()
}

// isCertificate says whether an object is a certificate's facts.
func isCertificate(m map[string]any) bool {
	_, cn := m["common_name"]
	_, kind := m["cert_kind"]
	return cn || kind
}

// privateKey says whether a field is left out entirely, and with what mask
// its values are counted.
func (s *scrubber) privateKey(key string, parent map[string]any) (string, bool) {
	switch key {
	case "device_ids":
		return maskDeviceID, !s.opts.DeviceIDs
	case "sha1", "sha256", "serial":
		return maskCertID, !s.opts.DeviceIDs && parent != nil && isCertificate(parent)
	case "team_name":
		return maskName, !s.opts.Names
	}
	return "", false
}

// add records a private value. IDs and fingerprints match in any case;
// names only as written, so a team called "Example" does not mask
// com.example.app.
func (s *scrubber) add(value, mask string) {
	value = strings.TrimSpace(value)
	if len(value) < 3 {
		return
	}
	if mask == maskName {
		s.values[value] = mask
		return
	}
	s.values[strings.ToLower(value)] = mask
	if mask == maskDeviceID {
		s.values[strings.ToLower(strings.ReplaceAll(value, "-", ""))] = mask
	}
}

// maskOf is the mask of a matched value.
func (s *scrubber) maskOf(m string) string {
	if mask, ok := s.values[m]; ok {
		return mask
	}
	return s.values[strings.ToLower(m)]
}

// collect finds the private values the report states in known places.
func (s *scrubber) collect(v any, key string, parent map[string]any) {
	switch x := v.(type) {
	case map[string]any:
		if kind, ok := x["kind"].(string); ok {
			if val, ok := x["value"].(string); ok {
				switch kind {
				case "device":
					if !s.opts.DeviceIDs {
						s.add(val, maskDeviceID)
					}
				case "device_name":
					if !s.opts.DeviceIDs {
						s.add(val, maskDeviceName)
					}
				case "identity":
					s.collectNames(val)
				}
			}
		}
		for k, e := range x {
			s.collect(e, k, x)
		}
	case []any:
		for _, e := range x {
			s.collect(e, key, parent)
		}
	case string:
		if mask, drop := s.privateKey(key, parent); drop {
			// A team named like its ID (test fixtures are) keeps the ID.
			if team, _ := parent["team"].(string); key != "team_name" || x != team {
				s.add(x, mask)
			}
		}
		switch {
		case key == "cdhash" || key == "signed_cdhashes" || key == "sha256" && (parent == nil || !isCertificate(parent)):
			s.keep[strings.ToLower(x)] = true
		case key == "common_name" || key == "leaf" || key == "authorities":
			s.collectNames(x)
		}
	}
}

// collectNames records the person's name in a certificate's name.
func (s *scrubber) collectNames(text string) {
	if s.opts.Names {
		return
	}
	for _, m := range shareRegexps().certName.FindAllStringSubmatch(text, -1) {
		s.add(m[2], maskName)
	}
}

// build compiles the values found into one case-insensitive pattern,
// longest first so a value never leaves part of a longer one behind.
func (s *scrubber) build() {
	if len(s.values) == 0 {
		return
	}
	vals := make([]string, 0, len(s.values))
	for v := range s.values {
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool {
		if len(vals[i]) != len(vals[j]) {
			return len(vals[i]) > len(vals[j])
		}
		return vals[i] < vals[j]
	})
	for i, v := range vals {
		// Whole words only: a name never masks part of another word.
		q := regexp.QuoteMeta(v)
		if isWordByte(v[0]) {
			q = `\b` + q
		}
		if isWordByte(v[len(v)-1]) {
			q += `\b`
		}
		if s.values[v] != maskName {
			q = `(?i:` + q + `)`
		}
		vals[i] = q
	}
	s.exact = regexp.MustCompile(strings.Join(vals, "|"))
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func (s *scrubber) count(mask, value string) {
	k := mask + "\x00" + strings.ToLower(value)
	if !s.seen[k] {
		s.seen[k] = true
		s.stats[mask]++
	}
}

// walk drops private fields and masks private values in every string.
// inText marks what comes from pasted text: a text artifact, a text-*
// finding.
func (s *scrubber) walk(v any, key string, parent map[string]any, inText bool) any {
	switch x := v.(type) {
	case map[string]any:
		if kind, _ := x["kind"].(string); kind == "text" {
			inText = true
		}
		if id, _ := x["id"].(string); strings.HasPrefix(id, "text-") {
			inText = true
		}
		for k, e := range x {
			if mask, drop := s.privateKey(k, x); drop {
				s.countDropped(mask, e)
				delete(x, k)
				continue
			}
			x[k] = s.walk(e, k, x, inText)
		}
	case []any:
		for i, e := range x {
			x[i] = s.walk(e, key, parent, inText)
		}
	case string:
		s.yield()
		t := s.text(x)
		if inText && !s.opts.DeviceIDs && len(t) >= 36 {
			t = s.replace(t, shareRegexps().uuid, maskDeviceID)
		}
		return t
	}
	return v
}

func (s *scrubber) countDropped(mask string, v any) {
	switch x := v.(type) {
	case string:
		if x != "" {
			s.count(mask, x)
		}
	case []any:
		for _, e := range x {
			s.countDropped(mask, e)
		}
	}
}

// text masks the private values in one string. A pattern runs only on a
// string that holds what each of its matches must (a length, a character):
// most of a report's strings hold none, and running every pattern on every
// string made a report's link a long task in the page.
func (s *scrubber) text(t string) string {
	re := shareRegexps()
	if s.exact != nil {
		t = s.replaceExact(t)
	}
	if !s.opts.DeviceIDs {
		if len(t) >= 8+16 {
			t = s.replace(t, re.modernUDID, maskDeviceID)
		}
		if len(t) >= 40 {
			t = s.replace(t, re.hex40, maskCertID)
		}
		if len(t) >= 64 {
			t = s.replace(t, re.hex64, maskCertID)
		}
		if len(t) >= 20*2+19 {
			t = s.replace(t, re.colonHex, maskCertID)
		}
		if strings.Contains(t, "'s") || strings.Contains(t, "’s") {
			t = s.replace(t, re.deviceName, maskDeviceName)
		}
	}
	if !s.opts.Names {
		if strings.Contains(t, ":") && strings.Contains(t, "(") {
			t = re.certName.ReplaceAllStringFunc(t, func(m string) string {
				sub := re.certName.FindStringSubmatch(m)
				if sub[2] != maskName {
					s.count(maskName, sub[2])
				}
				return sub[1] + ": " + maskName + sub[3]
			})
		}
		if strings.Contains(t, "@") {
			t = s.replace(t, re.email, maskName)
		}
	}
	return t
}

// replaceExact masks the private values found in t. A name inside a
// dotted identifier stays: "icyleaf" is a team's name, but com.icyleaf.ios
// is a bundle ID, which a link keeps.
func (s *scrubber) replaceExact(t string) string {
	locs := s.exact.FindAllStringIndex(t, -1)
	if locs == nil {
		return t
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		m := t[l[0]:l[1]]
		mask := s.maskOf(m)
		if mask == maskName && (l[0] > 0 && t[l[0]-1] == '.' || l[1] < len(t) && t[l[1]] == '.' && l[1]+1 < len(t) && isWordByte(t[l[1]+1])) {
			continue
		}
		s.count(mask, m)
		b.WriteString(t[last:l[0]])
		b.WriteString(mask)
		last = l[1]
	}
	b.WriteString(t[last:])
	return b.String()
}

// replace masks every match of re in t, except hex the report knows as a
// CDHash or a file's digest.
func (s *scrubber) replace(t string, re *regexp.Regexp, mask string) string {
	return re.ReplaceAllStringFunc(t, func(m string) string {
		if s.keep[strings.ToLower(m)] {
			return m
		}
		s.count(mask, m)
		return mask
	})
}
