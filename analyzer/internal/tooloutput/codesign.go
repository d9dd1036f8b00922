package tooloutput

import (
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
)

// Display is `codesign -d` output (Apple's cs_dump): the fields that say
// what signs the code. The raw lines are in Section.Fields.
type Display struct {
	Executable, Identifier, Format string
	// Flags is the CodeDirectory's flags word ("flags=0x10000(runtime)");
	// HasFlags says the CodeDirectory line was there.
	Flags    uint32
	HasFlags bool
	// Adhoc: "Signature=adhoc". SignatureSize: "Signature size=N", a CMS
	// signature.
	Adhoc         bool
	SignatureSize int
	// Authorities are the certificate chain's common names, leaf first
	// (printed from -dvv on).
	Authorities []string
	// Timestamp is the secure timestamp ("Timestamp="); SignedTime the
	// signer's own clock ("Signed Time="), printed only when there is no
	// secure timestamp.
	Timestamp, SignedTime string
	TeamIdentifier        string
	// Complete says the lines codesign prints after the signature's were
	// there (Info.plist, TeamIdentifier, Sealed Resources, Internal
	// requirements), so a missing Timestamp= line is a fact, not a cut paste.
	Complete bool
	// Requirements are the `-r-` lines ("designated => …").
	Requirements []string
	// Entitlements from `--entitlements -`, XML or the [Dict] form; nil
	// when none were printed. EntitlementsXML is the XML form as printed.
	Entitlements    map[string]any
	EntitlementsXML []byte
}

// CodeDirectory flags (Apple's kSecCodeSignature… values).
const (
	FlagAdhoc        = 0x2
	FlagRuntime      = 0x10000
	FlagLinkerSigned = 0x20000
)

// displayKeys are the names cs_dump prints before "=", in its order.
var displayKeys = map[string]bool{
	"Executable": true, "Identifier": true, "Format": true, "CodeDirectory v": true,
	"VersionPlatform": true, "VersionMin": true, "VersionSDK": true, "Hash type": true,
	"Hash UNKNOWN type": true, "CandidateCDHash sha1": true, "CandidateCDHash sha256": true,
	"CandidateCDHash sha384": true, "CandidateCDHashFull sha1": true, "CandidateCDHashFull sha256": true,
	"CandidateCDHashFull sha384": true, "Hash choices": true, "CMSDigest": true, "CMSDigestType": true,
	"Executable Segment base": true, "Executable Segment limit": true, "Executable Segment flags": true,
	"Page size": true, "CDHash": true, "Signature size": true, "Signature": true, "Authority": true,
	"Timestamp": true, "Signed Time": true, "Info.plist entries": true, "Info.plist": true,
	"TeamIdentifier": true, "Runtime Version": true, "Sealed Resources version": true,
	"Sealed Resources": true, "Internal requirements count": true, "Internal requirements": true,
	"Platform identifier": true, "ScatterVector count": true, "Notarization Ticket": true,
	"Launch Constraints": true, "Nested": true, "Library validation": true,
}

// displayField splits a cs_dump line into its name and value.
func displayField(s string) (string, string, bool) {
	i := strings.IndexByte(s, '=')
	if i <= 0 {
		return "", "", false
	}
	name := s[:i]
	if displayKeys[name] {
		return name, s[i+1:], true
	}
	// "CodeDirectory v=20500 size=… flags=… hashes=… location=…"
	if strings.HasPrefix(s, "CodeDirectory v=") {
		return "CodeDirectory v", s[len("CodeDirectory v="):], true
	}
	return "", "", false
}

// slotLine is a -dvvvvv hash line ("    -5=e4f7…", "     0=0758…").
func slotLine(s string) bool {
	i := strings.IndexByte(s, '=')
	if i <= 0 || i > 8 {
		return false
	}
	if _, err := strconv.Atoi(s[:i]); err != nil {
		return false
	}
	for _, c := range s[i+1:] {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return true
}

// requirementLine is a line of `codesign -d -r-`.
func requirementLine(s string) bool {
	for _, p := range []string{"designated => ", "# designated => ", "host => ", "library => ", "guest => ", "plugin => "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// readDisplay reads codesign -d output. It starts at an "Executable=" or
// "Identifier=" line (codesign prints Executable first; a paste may start
// lower) and runs while lines are cs_dump fields, hash slots, requirement
// lines or an entitlements dump.
func readDisplay(p *parser, i int, s *Section) int {
	first := p.text(i)
	if !strings.HasPrefix(first, "Executable=") && !strings.HasPrefix(first, "Identifier=") {
		return i
	}
	d := &Display{}
	j := i
	fields := 0
	for j < len(p.lines) {
		t := p.text(j)
		if name, value, ok := displayField(t); ok {
			if name == "Executable" && fields > 0 {
				break // the next file's output
			}
			d.set(name, value)
			s.addField(name, value)
			fields++
			j++
			continue
		}
		if slotLine(t) {
			j++
			continue
		}
		if requirementLine(t) {
			if len(d.Requirements) < MaxItems {
				d.Requirements = append(d.Requirements, clip(t))
			}
			j++
			continue
		}
		if t == "[Dict]" || strings.HasPrefix(t, "<?xml") || strings.HasPrefix(t, "<!DOCTYPE plist") || strings.HasPrefix(t, "<plist") {
			if end, ok := p.readEntitlements(j, d); ok {
				j = end
				continue
			}
		}
		break
	}
	// One "Executable=" line alone (codesign -d --entitlements - with
	// nothing to show) is still codesign's; a lone "Identifier=" is not.
	if fields < 2 && !(strings.HasPrefix(first, "Executable=") && (d.Entitlements != nil || len(d.Requirements) > 0)) {
		return i
	}
	s.Display = d
	s.Facts = true
	return j
}

func (d *Display) set(name, value string) {
	value = strings.TrimSpace(value)
	switch name {
	case "Executable":
		d.Executable = clip(value)
	case "Identifier":
		d.Identifier = clip(value)
	case "Format":
		d.Format = clip(value)
	case "CodeDirectory v":
		for _, part := range strings.Fields(value) {
			if v, ok := strings.CutPrefix(part, "flags="); ok {
				hex := v
				if k := strings.IndexByte(hex, '('); k >= 0 {
					hex = hex[:k]
				}
				if n, err := strconv.ParseUint(strings.TrimPrefix(hex, "0x"), 16, 32); err == nil && strings.HasPrefix(hex, "0x") {
					d.Flags, d.HasFlags = uint32(n), true
				}
			}
		}
	case "Signature":
		d.Adhoc = value == "adhoc"
	case "Signature size":
		d.SignatureSize, _ = strconv.Atoi(value)
	case "Authority":
		if len(d.Authorities) < MaxItems {
			d.Authorities = append(d.Authorities, clip(value))
		}
	case "Timestamp":
		d.Timestamp = clip(value)
	case "Signed Time":
		d.SignedTime = clip(value)
	case "TeamIdentifier":
		d.TeamIdentifier = clip(value)
		d.Complete = true
	case "Info.plist entries", "Info.plist", "Sealed Resources version", "Sealed Resources",
		"Internal requirements count", "Internal requirements":
		d.Complete = true
	}
}

// MachO says the code is a Mach-O binary or a bundle around one (Format=),
// the code the hardened runtime applies to (not a disk image or a script).
func (d *Display) MachO() bool { return strings.Contains(d.Format, "Mach-O") }

// Certificate says the signature is a CMS one (codesign printed its size).
func (d *Display) Certificate() bool { return d.SignatureSize > 0 && !d.Adhoc }

// Leaf is the signing certificate's common name, or "" when the output
// does not show the chain (printed from -dvv on).
func (d *Display) Leaf() string {
	if len(d.Authorities) == 0 {
		return ""
	}
	return d.Authorities[0]
}

// readEntitlements reads an entitlements dump at line j: the XML property
// list codesign printed up to macOS 11, or the "[Dict]" form of macOS 12 on.
func (p *parser) readEntitlements(j int, d *Display) (int, bool) {
	if p.text(j) == "[Dict]" {
		m, end := readDictForm(p, j+1)
		d.Entitlements = m
		return end, true
	}
	block, end, ok := p.plistBlock(j)
	if !ok {
		return j, false
	}
	m, err := entitlements.ParseXML(block)
	if err != nil {
		return j, false
	}
	d.Entitlements, d.EntitlementsXML = m, block
	return end, true
}

// readDictForm reads the "[Dict]" entitlements form: "[Key] name" lines,
// each followed (on the same line or the next ones) by its value:
// "[Bool] true", "[String] s", "[Number] n", or "[Array]" with "[String]"
// items. Nested dictionaries are kept as empty maps: the checks only read
// top-level booleans and strings.
func readDictForm(p *parser, j int) (map[string]any, int) {
	m := map[string]any{}
	var key string
	var arr []any
	inArray := false
	flush := func() {
		if key != "" && inArray {
			m[key] = arr
		}
		inArray, arr = false, nil
	}
	for ; j < len(p.lines); j++ {
		t := p.text(j)
		if !strings.HasPrefix(t, "[") {
			break
		}
		for t != "" {
			tag, rest, ok := dictToken(t)
			if !ok {
				return m, j
			}
			value, after := splitNextTag(rest)
			t = after
			switch tag {
			case "Key":
				flush()
				if len(m) >= 4*MaxItems {
					key = ""
					continue
				}
				key = clip(value)
				m[key] = nil
			case "Value":
			case "Bool":
				if key != "" && !inArray {
					m[key] = value == "true"
				}
			case "String":
				switch {
				case inArray && len(arr) < MaxItems:
					arr = append(arr, clip(value))
				case key != "" && !inArray:
					m[key] = clip(value)
				}
			case "Number", "Integer":
				if key != "" && !inArray {
					if n, err := strconv.ParseInt(value, 10, 64); err == nil {
						m[key] = n
					}
				}
			case "Array":
				if key != "" {
					inArray, arr = true, []any{}
				}
			case "Dict":
				if key != "" && !inArray {
					m[key] = map[string]any{}
				}
			}
		}
	}
	flush()
	for k, v := range m {
		if v == nil {
			delete(m, k) // a key whose value was not read
		}
	}
	return m, j
}

// dictToken reads "[Tag] rest".
func dictToken(t string) (tag, rest string, ok bool) {
	if !strings.HasPrefix(t, "[") {
		return "", "", false
	}
	i := strings.IndexByte(t, ']')
	if i < 2 || i > 16 {
		return "", "", false
	}
	return t[1:i], strings.TrimSpace(t[i+1:]), true
}

// splitNextTag separates a value from a tag that follows on the same line
// ("com.apple.security.app-sandbox    [Bool] true").
func splitNextTag(s string) (value, rest string) {
	cut := -1
	for _, tag := range []string{"[Bool]", "[String]", "[Value]", "[Array]", "[Dict]", "[Number]", "[Integer]", "[Key]"} {
		if i := strings.Index(s, tag); i >= 0 && (cut < 0 || i < cut) && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			cut = i
		}
	}
	if cut < 0 {
		return strings.TrimSpace(s), ""
	}
	return strings.TrimSpace(s[:cut]), strings.TrimSpace(s[cut:])
}
