package tooloutput

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Identities is `security find-identity [-v] -p codesigning` output.
type Identities struct {
	Policy string
	// List is every identity printed, each once (the "Matching identities"
	// list and the "Valid identities only" list name the same identities).
	List []Identity
	// Matching and Valid are the counts the tool printed ("N identities
	// found", "N valid identities found"); -1 when not printed.
	Matching, Valid int
	// ValidOnly: only the valid list was printed (-v).
	ValidOnly bool
}

// Identity is one listed identity.
type Identity struct {
	SHA1 string // upper-case hex, as printed; "" when the paste hid it
	Name string
	// Problem is the reason printed after the name ("CSSMERR_TP_CERT_EXPIRED").
	Problem string
	// Valid: listed under "Valid identities only" (or by -v).
	Valid bool
}

// The patterns are compiled on first use, not at start-up (the web app
// loads this package on every visit), and use unbounded repetition: a
// bound such as .{0,1000} compiles to a thousand instructions; values are
// clipped after matching instead.
// People shorten or hide the hash when they paste ("<...>", "DF40E24B...",
// "XXXX"): the line is still an identity, of unknown fingerprint.
var identityLine = lazyRegexp(`^\d{1,4}\)\s+([0-9A-Fa-f]{40}|<[^<>]*>|[0-9A-Fa-f]*(?:\.\.\.|…)|[Xx*]{4,})\s+"(.*)"(?:\s+\(([^()]+)\))?$`)
var identityCount = lazyRegexp(`^(\d{1,6}) (valid )?identities found$`)

func readIdentities(p *parser, i int, s *Section) int {
	t := p.text(i)
	if !strings.HasPrefix(t, "Policy: ") && !identityLine().MatchString(t) && !identityCount().MatchString(t) &&
		t != "Matching identities" && t != "Valid identities only" {
		return i
	}
	ids := &Identities{Matching: -1, Valid: -1}
	section := "" // "matching" or "valid"
	seen := map[string]int{}
	j := i
	for ; j < len(p.lines); j++ {
		t := p.text(j)
		switch {
		case strings.HasPrefix(t, "Policy: "):
			if j > i {
				goto done // the next run's output
			}
			ids.Policy = clip(t[len("Policy: "):])
			s.addField("Policy", ids.Policy)
		case t == "Matching identities":
			section = "matching"
		case t == "Valid identities only":
			section = "valid"
		case identityCount().MatchString(t):
			m := identityCount().FindStringSubmatch(t)
			n, _ := strconv.Atoi(m[1])
			if m[2] != "" {
				ids.Valid = n
				if section == "" {
					ids.ValidOnly = true
					for k := range ids.List {
						ids.List[k].Valid = true
					}
				}
				s.addField("valid identities found", m[1])
			} else {
				ids.Matching = n
				s.addField("identities found", m[1])
			}
			section = ""
		case identityLine().MatchString(t):
			m := identityLine().FindStringSubmatch(t)
			sha, key := "", "name "+m[2]
			if len(m[1]) == 40 && !strings.ContainsAny(m[1], ".<Xx*") {
				sha = strings.ToUpper(m[1])
				key = sha
			}
			k, ok := seen[key]
			if !ok {
				if len(ids.List) >= MaxItems {
					continue
				}
				ids.List = append(ids.List, Identity{SHA1: sha, Name: clip(m[2])})
				k = len(ids.List) - 1
				seen[key] = k
			}
			if m[3] != "" {
				ids.List[k].Problem = clip(m[3])
			}
			if section == "valid" {
				ids.List[k].Valid = true
			}
		case t == "":
			// find-identity separates its lists with blank lines; two
			// blank lines, or a blank line before something else, end it.
			if !p.identityLineAhead(j + 1) {
				goto done
			}
		default:
			goto done
		}
	}
done:
	if len(ids.List) == 0 && ids.Valid < 0 && ids.Matching < 0 {
		return i
	}
	s.Identities = ids
	s.Facts = true
	for j > i && p.blank(j-1) {
		j--
	}
	return j
}

// identityLineAhead says whether the next non-blank line continues
// find-identity's output.
func (p *parser) identityLineAhead(j int) bool {
	for k := j; k < len(p.lines) && k < j+2; k++ {
		t := p.text(k)
		if t == "" {
			continue
		}
		return t == "Matching identities" || t == "Valid identities only" || identityLine().MatchString(t) || identityCount().MatchString(t)
	}
	return false
}

// Package is `pkgutil --check-signature` output.
type Package struct {
	Name   string
	Status string
	// Notarization is the "Notarization:" line, when printed.
	Notarization string
	// Timestamp is the "Signed with a trusted timestamp on:" date.
	Timestamp string
	Chain     []ChainCertificate
}

// ChainCertificate is one certificate of pkgutil's "Certificate Chain".
type ChainCertificate struct {
	Name    string
	Expires string
	SHA256  string // upper-case hex without spaces
	SHA1    string
}

var chainItem = lazyRegexp(`^(\d{1,2})\. (.+)$`)

func readPackage(p *parser, i int, s *Section) int {
	t := p.text(i)
	if !strings.HasPrefix(t, `Package "`) || !strings.HasSuffix(t, `":`) {
		return i
	}
	pk := &Package{Name: clip(strings.TrimSuffix(strings.TrimPrefix(t, `Package "`), `":`))}
	s.addField("Package", pk.Name)
	j := i + 1
	hexInto := (*string)(nil)
	for ; j < len(p.lines); j++ {
		t := p.text(j)
		var cur *ChainCertificate
		if n := len(pk.Chain); n > 0 {
			cur = &pk.Chain[n-1]
		}
		switch {
		case strings.HasPrefix(t, "Status: "):
			pk.Status = clip(t[len("Status: "):])
			s.addField("Status", pk.Status)
		case strings.HasPrefix(t, "Notarization: "):
			pk.Notarization = clip(t[len("Notarization: "):])
			s.addField("Notarization", pk.Notarization)
		case strings.HasPrefix(t, "Signed with a trusted timestamp on: "):
			pk.Timestamp = clip(t[len("Signed with a trusted timestamp on: "):])
			s.addField("Signed with a trusted timestamp on", pk.Timestamp)
		case t == "Certificate Chain:":
		case chainItem().MatchString(t):
			if len(pk.Chain) < MaxItems {
				pk.Chain = append(pk.Chain, ChainCertificate{Name: clip(chainItem().FindStringSubmatch(t)[2])})
			}
			hexInto = nil
		case cur != nil && strings.HasPrefix(t, "Expires: "):
			cur.Expires = clip(t[len("Expires: "):])
		case cur != nil && (t == "SHA256 Fingerprint:" || t == "SHA256 fingerprint:"):
			hexInto = &cur.SHA256
		case cur != nil && (strings.HasPrefix(t, "SHA1 fingerprint: ") || strings.HasPrefix(t, "SHA1 Fingerprint: ")):
			cur.SHA1 = hexDigits(t[len("SHA1 fingerprint: "):])
			hexInto = nil
		case hexInto != nil && isHexPairs(t):
			if len(*hexInto) < 64 {
				*hexInto += hexDigits(t)
			}
		case strings.Trim(t, "-") == "" && t != "":
			hexInto = nil
		default:
			goto done
		}
	}
done:
	s.Package = pk
	return j
}

func isHexPairs(t string) bool {
	if t == "" {
		return false
	}
	for _, f := range strings.Fields(t) {
		if len(f) != 2 || !isHex(f) {
			return false
		}
	}
	return true
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

func hexDigits(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// Assessment is `spctl --assess` output: "PATH: accepted|rejected[ (reason)]"
// and the source=, origin=, override= lines.
type Assessment struct {
	Path     string
	Accepted bool
	// Reason is the text in parentheses after the verdict.
	Reason                   string
	Source, Origin, Override string
}

var assessmentLine = lazyRegexp(`^(.+?): (accepted|rejected)(?: \((.+)\))?$`)

func readAssessment(p *parser, i int, s *Section) int {
	m := assessmentLine().FindStringSubmatch(p.text(i))
	if m == nil {
		return i
	}
	a := &Assessment{Path: clip(m[1]), Accepted: m[2] == "accepted", Reason: clip(m[3])}
	s.addField("path", a.Path)
	s.addField("verdict", m[2])
	if a.Reason != "" {
		s.addField("reason", a.Reason)
	}
	j := i + 1
	for ; j < len(p.lines); j++ {
		t := p.text(j)
		name, value, ok := strings.Cut(t, "=")
		if !ok {
			break
		}
		switch name {
		case "source":
			a.Source = clip(value)
		case "origin":
			a.Origin = clip(value)
		case "override":
			a.Override = clip(value)
		default:
			goto done
		}
		s.addField(name, value)
	}
done:
	// "X: rejected" alone is spctl's only when a source line follows or a
	// spctl command was pasted above it.
	if j == i+1 && !(p.cmdAt >= 0 && i-p.cmdAt <= 2 && strings.Contains(p.cmd, "spctl")) {
		return i
	}
	s.Assessment = a
	// An acceptance is a fact; a rejection's lines are messages to explain.
	s.Facts = a.Accepted
	return j
}

// Verify is `codesign --verify` output.
type Verify struct {
	Path string
	// ValidOnDisk and SatisfiesDR are codesign's two success lines.
	ValidOnDisk, SatisfiesDR bool
	// Errors are the failure lines ("PATH: a sealed resource is missing or
	// invalid"), without the path.
	Errors []string
	// Added, Modified and Missing are the resource-seal lines.
	Added, Modified, Missing []string
	// Subcomponent and Architecture are "In subcomponent:" / "In architecture:".
	Subcomponent, Architecture string
	// Validated are the nested code the verification walked (--validated:).
	Validated int
}

func readVerify(p *parser, i int, s *Section) int {
	t := p.text(i)
	start := strings.HasPrefix(t, "--prepared:") || strings.HasPrefix(t, "--validated:") ||
		strings.HasSuffix(t, ": valid on disk") ||
		(p.cmdAt >= 0 && i-p.cmdAt <= 2 && strings.Contains(p.cmd, "codesign") && verifyCommand(p.cmd) && strings.Contains(t, ": "))
	if !start {
		return i
	}
	v := &Verify{}
	j := i
	for ; j < len(p.lines); j++ {
		t := p.text(j)
		if t == "" {
			break
		}
		if _, ok := commandLine(t); ok {
			break
		}
		switch {
		case strings.HasPrefix(t, "--prepared:"):
		case strings.HasPrefix(t, "--validated:"):
			v.Validated++
		case strings.HasPrefix(t, "file added: "):
			appendItem(&v.Added, t[len("file added: "):])
		case strings.HasPrefix(t, "file modified: "):
			appendItem(&v.Modified, t[len("file modified: "):])
		case strings.HasPrefix(t, "file missing: "):
			appendItem(&v.Missing, t[len("file missing: "):])
		case strings.HasPrefix(t, "In subcomponent: "):
			v.Subcomponent = clip(t[len("In subcomponent: "):])
		case strings.HasPrefix(t, "In architecture: "):
			v.Architecture = clip(t[len("In architecture: "):])
		case strings.HasSuffix(t, ": valid on disk"):
			v.ValidOnDisk = true
			v.Path = clip(strings.TrimSuffix(t, ": valid on disk"))
		case strings.HasSuffix(t, ": satisfies its Designated Requirement"):
			v.SatisfiesDR = true
		default:
			path, msg, ok := strings.Cut(t, ": ")
			if !ok {
				goto done
			}
			if v.Path == "" {
				v.Path = clip(path)
			}
			appendItem(&v.Errors, msg)
		}
	}
done:
	if j == i {
		return i
	}
	s.Verify = v
	if v.Path != "" {
		s.addField("path", v.Path)
	}
	return j
}

func verifyCommand(cmd string) bool {
	if strings.Contains(cmd, "--verify") {
		return true
	}
	for _, f := range strings.Fields(cmd) {
		if strings.HasPrefix(f, "-") && !strings.HasPrefix(f, "--") && strings.Contains(f, "v") && !strings.ContainsAny(f, "ds") {
			return true
		}
	}
	return false
}

func appendItem(list *[]string, v string) {
	if len(*list) < MaxItems {
		*list = append(*list, clip(v))
	}
}

// StaplerResult is `xcrun stapler validate` (or `staple`) output.
type StaplerResult struct {
	Path string
	// Worked: "The validate action worked!" (or "The staple and validate
	// action worked!").
	Worked bool
	// NoTicket: "PATH does not have a ticket stapled to it."
	NoTicket bool
	// Error is the number in "The … action failed! Error N."
	Error string
}

var staplerFailed = lazyRegexp(`^The (?:staple and )?validate action failed! Error (-?\d{1,6})\.?$`)

func readStapler(p *parser, i int, s *Section) int {
	t := p.text(i)
	if !strings.HasPrefix(t, "Processing: ") && !strings.HasSuffix(t, " does not have a ticket stapled to it.") {
		return i
	}
	r := &StaplerResult{}
	j := i
	for ; j < len(p.lines) && j < i+8; j++ {
		t := p.text(j)
		switch {
		case strings.HasPrefix(t, "Processing: "):
			if r.Path != "" {
				goto done
			}
			r.Path = clip(t[len("Processing: "):])
		case t == "The validate action worked!" || t == "The staple and validate action worked!":
			r.Worked = true
		case strings.HasSuffix(t, " does not have a ticket stapled to it."):
			r.NoTicket = true
			if r.Path == "" {
				r.Path = clip(strings.TrimSuffix(t, " does not have a ticket stapled to it."))
			}
		case staplerFailed().MatchString(t):
			r.Error = staplerFailed().FindStringSubmatch(t)[1]
		default:
			goto done
		}
	}
done:
	if !r.Worked && !r.NoTicket && r.Error == "" {
		return i // "Processing:" from some other tool
	}
	s.Stapler = r
	// "worked" and "no ticket" are facts; an error number is a message.
	s.Facts = r.Error == ""
	s.addField("Processing", r.Path)
	return j
}

// submissionKeys are the fields notarytool prints for a submission.
var submissionKeys = map[string]bool{"createdDate": true, "id": true, "name": true, "status": true, "message": true}

// readSubmission reads notarytool info (and submit --wait) text output:
// "Successfully received submission info" or "Processing complete", then
// indented "key: value" lines.
func readSubmission(p *parser, i int, s *Section) int {
	t := p.text(i)
	if t != "Successfully received submission info" && t != "Processing complete" {
		return i
	}
	s.addField("message", t)
	j := i + 1
	for ; j < len(p.lines); j++ {
		name, value, ok := strings.Cut(p.text(j), ": ")
		if !ok || !submissionKeys[name] {
			break
		}
		s.addField(name, value)
		if name == "status" {
			s.Status = clip(value)
		}
	}
	if j == i+1 {
		return i
	}
	return j
}

// plistBlock returns the property list starting at line j, up to its
// closing </plist>.
func (p *parser) plistBlock(j int) ([]byte, int, bool) {
	var buf bytes.Buffer
	for k := j; k < len(p.lines); k++ {
		buf.WriteString(p.lines[k].text)
		buf.WriteByte('\n')
		if buf.Len() > maxBlock {
			return nil, j, false
		}
		if strings.Contains(p.lines[k].text, "</plist>") {
			return buf.Bytes(), k + 1, true
		}
	}
	return nil, j, false
}

// readPlistBlock reads the XML of a decoded provisioning profile
// (`security cms -D -i X.mobileprovision`). Other property lists (spctl
// --raw, notarytool --output-format plist, entitlements) are left alone.
func readPlistBlock(p *parser, i int, s *Section) int {
	t := p.text(i)
	if !strings.HasPrefix(t, "<?xml") && !strings.HasPrefix(t, "<!DOCTYPE plist") && !strings.HasPrefix(t, "<plist") {
		return i
	}
	block, end, ok := p.plistBlock(i)
	if !ok || !bytes.Contains(block, []byte("<key>ExpirationDate</key>")) || !bytes.Contains(block, []byte("<key>TeamIdentifier</key>")) {
		return i
	}
	s.Block = block
	s.Facts = true
	return end
}

// readJSONBlock reads notarytool log's JSON pasted inside text.
func readJSONBlock(p *parser, i int, s *Section) int {
	if p.text(i) != "{" {
		return i
	}
	var buf bytes.Buffer
	depth := 0
	inString, escaped := false, false
	for k := i; k < len(p.lines); k++ {
		l := p.lines[k].text
		buf.WriteString(l)
		buf.WriteByte('\n')
		if buf.Len() > maxBlock {
			return i
		}
		for _, c := range []byte(l) {
			switch {
			case escaped:
				escaped = false
			case inString && c == '\\':
				escaped = true
			case c == '"':
				inString = !inString
			case !inString && (c == '{' || c == '['):
				depth++
			case !inString && (c == '}' || c == ']'):
				depth--
			}
		}
		if depth <= 0 {
			b := buf.Bytes()
			if !bytes.Contains(b, []byte(`"jobId"`)) || !bytes.Contains(b, []byte(`"status"`)) {
				return i
			}
			s.Block = b
			return k + 1
		}
	}
	return i
}

// lazyRegexp compiles a pattern the first time it is used.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
