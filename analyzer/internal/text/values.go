package text

import (
	"strings"
)

// valueSet collects values without duplicates and within the caps.
type valueSet struct {
	list  []Value
	count map[string]int
}

func (s *valueSet) add(kind, v string) {
	v = trimValue(v)
	if v == "" || len(v) > 300 {
		return
	}
	if s.count == nil {
		s.count = map[string]int{}
	}
	if len(s.list) >= maxValues || s.count[kind] >= maxValuesPerKind {
		return
	}
	for i, old := range s.list {
		if old.Kind != kind {
			continue
		}
		if old.Value == v {
			return
		}
		// A path found both whole and in part is kept whole.
		if kind == "path" {
			if strings.Contains(old.Value, v) {
				return
			}
			if strings.Contains(v, old.Value) {
				s.list[i].Value = v
				return
			}
		}
	}
	s.list = append(s.list, Value{Kind: kind, Value: v})
	s.count[kind]++
}

// trimValue drops quotes and the punctuation a sentence puts after a value,
// but keeps closing brackets that belong to it ("[group.]", "(TEAMID)").
func trimValue(v string) string {
	v = strings.Trim(strings.TrimSpace(v), `"'`)
	for len(v) > 0 {
		last := v[len(v)-1]
		switch {
		case strings.IndexByte(".,;:", last) >= 0:
			v = v[:len(v)-1]
		case last == ')' && strings.Count(v, ")") > strings.Count(v, "("),
			last == ']' && strings.Count(v, "]") > strings.Count(v, "["),
			last == '}' && strings.Count(v, "}") > strings.Count(v, "{"):
			v = v[:len(v)-1]
		default:
			return strings.TrimSpace(v)
		}
	}
	return v
}

// addNamed adds the text of a named group. Names may end in digits so that
// one pattern can hold two groups of the same kind (team, team2).
func (s *valueSet) addNamed(name, v string) {
	kind := strings.TrimRight(name, "0123456789")
	switch kind {
	case "entitlements":
		for _, f := range listSplit.Split(v, -1) {
			// The last name of a list ends the sentence: "…, b, c."
			f = strings.TrimRight(f, ".")
			if entitlementKey.MatchString(f) {
				s.add("entitlement", f)
			}
		}
		return
	case "team":
		if !isTeamID(v) {
			return
		}
	case "path", "lpath", "rpath":
		kind = "path"
		v = strings.TrimRight(strings.TrimSpace(v), ".")
	}
	s.add(kind, v)
}

var listSplit = lazyCompile(`[,\s"'()]+`)

var entitlementKey = lazyCompile(`^(?:com\.apple\.[A-Za-z0-9.\-]+|keychain-access-groups|aps-environment|application-identifier|get-task-allow|beta-reports-active|platform-application|task_for_pid-allow)$`)

// isTeamID says whether s has the form of a team ID: ten upper-case letters
// and digits, with at least one of each: a digit keeps words out, a letter
// keeps numbers (a PID, a timestamp) out.
func isTeamID(s string) bool {
	if len(s) != 10 {
		return false
	}
	digit, letter := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'Z':
			letter = true
		default:
			return false
		}
	}
	return digit && letter
}

// Generic extractors run on the surroundings of every match.
var (
	reHexCode    = lazyCompile(`\b0x[0-9a-fA-F]{8}\b`)
	reNamedCode  = lazyCompile(`\b(?:CSSMERR_[A-Z_]+|errSec[A-Za-z]+|errAuthorization[A-Za-z]+|ITMS-\d{4,5})\b`)
	reCodeEquals = lazyCompile(`\b(?i:code)\s*=\s*(-?\d{1,7})\b`)
	reStatusCode = lazyCompile(`(?i:status|error|err|osstatus|result|failed)\s*[:=]?\s*\(?(-\d{3,6})\b`)
	reParenCode  = lazyCompile(`\((-\d{4,6})\)`)
	reEntitle    = lazyCompile(`\b(?:com\.apple\.(?:developer|security|private|application-identifier|icloud)[A-Za-z0-9.\-]*|keychain-access-groups|aps-environment|application-identifier|get-task-allow|beta-reports-active|platform-application|task_for_pid-allow)\b`)
	reTeamCtx    = lazyCompile(`(?i:team[ -]?(?:id|identifier)?)["']?\s*[:=]?\s*["'(<]?\s*([A-Z0-9]{10})\b`)
	reIdentity   = lazyCompile(`\b((?:Apple Development|Apple Distribution|iPhone Developer|iPhone Distribution|Mac Developer|Mac Development|Developer ID Application|Developer ID Installer|3rd Party Mac Developer Application|3rd Party Mac Developer Installer|Mac App Distribution|Mac Installer Distribution|iOS Development|iOS Distribution): [^"()\n]{1,80}?\s*\(([A-Z0-9]{10})\))`)
	reAppIDTeam  = lazyCompile(`\b([A-Z0-9]{10})\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-*]+)*`)
	reProfile    = lazyCompile(`(?i:provisioning profile|profile)\s*:?\s*"([^"]{1,160})"`)
	reSigner     = lazyCompile(`(?i:signer|identity|certificate)\s*"([^"]{1,160})"`)
	reAbsPath    = lazyCompile(`(?:^|[\s"'(=:,[]|file://)(/(?:[\p{L}\p{M}\p{N}._@+~$%\-]+/)+[\p{L}\p{M}\p{N}._@+~$%\-]+)`)
	// A notary submission as notarytool (id: …, Submission ID received) and
	// altool (RequestUUID = …) print it.
	reSubmission = lazyCompile(`(?i:\bid|submission id|requestuuid|job ?id)\s*[:=]?\s*"?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b`)
	// A bundle followed by a dot and a word is part of a longer name
	// (com.example.app.xctrunner), unless the word is an archive's extension.
	reBundlePath = lazyCompile(`\b((?:[A-Za-z0-9_+\-][A-Za-z0-9._+\-]*/)*[A-Za-z0-9_+\-][A-Za-z0-9._+\-]*\.(?:app|appex|framework|xpc|bundle|dylib|ipa|pkg|dmg|systemextension|kext|xcarchive)(?:/[A-Za-z0-9._+@\-]+)*)(?:$|\.(?:zip|dmg|tar|tgz|xip|pkg)\b|\.(?:$|[^A-Za-z0-9_\-])|[^A-Za-z0-9_.\-])`)
)

// reSpacedBundle is an absolute path to a bundle whose names have spaces
// ("/Applications/Brave Browser.app"): each further word starts with a
// capital or a digit, as app names do, so prose around it is not taken in.
var reSpacedBundle = lazyCompile(`(/(?:[A-Za-z0-9._@+~$%\-]+(?: [A-Z0-9][A-Za-z0-9._@+~$%\-]*)*/)*[A-Za-z0-9._@+~$%\-]+(?: [A-Z0-9][A-Za-z0-9._@+~$%\-]*)+\.(?:app|appex|framework|xpc|bundle|plugin|kext|systemextension)(?:/[A-Za-z0-9._@+\-]+(?: [A-Z0-9][A-Za-z0-9._@+\-]*)*)*)`)

// reLoaderPath is a dyld path relative to @rpath, @executable_path or
// @loader_path, kept with its prefix.
var reLoaderPath = lazyCompile(`@(?:rpath|executable_path|loader_path)/[A-Za-z0-9._+@\-]+(?:/[A-Za-z0-9._+@\-]+)*`)

// reUploadQuoted is a path inside an upload as App Store Connect quotes it
// ('app.pkg/Payload/My App.app/Contents/MacOS/My App'), spaces and all.
var reUploadQuoted = lazyCompile(`['‘\[]((?:[A-Za-z0-9._\-]+\.pkg/)?Payload/[^'’\[\]\n]{1,300}?)['’\]]`)

// reJSONPath is the "path" field of a notary log's issue.
var reJSONPath = lazyCompile(`"path"\s*:\s*"([^"]{1,400})"`)

func extractGeneric(s *valueSet, w string) {
	for _, m := range reSubmission.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.add("submission", strings.ToLower(m[1]))
	}
	// Paths with spaces first, so their parts are not kept separately: a
	// notary log's "path" fields, then bundle paths.
	for _, m := range reJSONPath.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.addNamed("path", m[1])
	}
	for _, m := range reUploadQuoted.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.addNamed("path", m[1])
	}
	for _, m := range reLoaderPath.FindAllString(w, maxValuesPerKind) {
		s.addNamed("path", m)
	}
	for _, m := range reSpacedBundle.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.addNamed("path", m[1])
	}
	for _, m := range reHexCode.FindAllString(w, maxValuesPerKind) {
		s.add("code", strings.ToLower(m))
	}
	for _, m := range reNamedCode.FindAllString(w, maxValuesPerKind) {
		s.add("code", m)
	}
	for _, re := range []*lazyRegexp{reCodeEquals, reStatusCode, reParenCode} {
		for _, m := range re.FindAllStringSubmatch(w, maxValuesPerKind) {
			s.add("code", m[1])
		}
	}
	for _, m := range reEntitle.FindAllString(w, maxValuesPerKind) {
		m = strings.TrimRight(m, ".-")
		switch m {
		case "com.apple.developer", "com.apple.security", "com.apple.private", "com.apple.icloud":
			continue
		}
		s.add("entitlement", m)
	}
	for _, m := range reIdentity.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.add("identity", m[1])
		s.addNamed("team", m[2])
	}
	for _, m := range reTeamCtx.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.addNamed("team", m[1])
	}
	for _, m := range reAppIDTeam.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.addNamed("team", m[1])
	}
	for _, m := range reProfile.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.add("profile", m[1])
	}
	for _, m := range reSigner.FindAllStringSubmatch(w, maxValuesPerKind) {
		s.add("identity", m[1])
	}
	for _, ix := range reAbsPath.FindAllStringSubmatchIndex(w, maxValuesPerKind) {
		path := w[ix[2]:ix[3]]
		if strings.Count(path, "/") >= 2 && !appleToolPaths[path] && !sandboxDenied(w[:ix[2]]) {
			s.addNamed("path", path)
		}
	}
	for _, m := range reBundlePath.FindAllStringSubmatch(w, maxValuesPerKind) {
		// com.example.app is a bundle ID that happens to end in .app;
		// AmneziaVPN_4.8.2.3.dmg is a file: bundle IDs hold only letters,
		// digits, hyphens and dots, and name no disk image or package.
		if !strings.Contains(m[1], "/") && strings.Count(m[1], ".") >= 2 && bundleIDForm(m[1]) {
			s.add("bundle_id", withoutTeamPrefix(m[1]))
			continue
		}
		// "Inspecting Console.app reveals…": Apple's utilities named in
		// prose are not the code the message is about.
		if appleUtilityApps[m[1]] {
			continue
		}
		s.addNamed("path", m[1])
	}
}

// reSandboxDenial ends where a Sandbox log line names the file it refused
// ("Sandbox: MobileSafari(417) deny(1) file-read-metadata /usr/sbin/…").
var reSandboxDenial = lazyCompile(`deny\(\d{1,3}\) [a-z][a-z*-]{0,40} $`)

// sandboxDenied says the text before a path is a Sandbox refusal's: that
// path is a file the process touched, not the code a message is about.
func sandboxDenied(before string) bool {
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	if len(before) > 200 {
		before = before[len(before)-200:]
	}
	return reSandboxDenial.MatchString(before)
}

// withoutTeamPrefix turns an application identifier (TEAMID.com.acme.app)
// into the bundle ID it names.
func withoutTeamPrefix(s string) string {
	if t, rest, ok := strings.Cut(s, "."); ok && len(t) == 10 && strings.Count(rest, ".") >= 1 && strings.Trim(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == "" && strings.ContainsAny(t, "0123456789") {
		return rest
	}
	return s
}

// bundleIDForm says s could be a CFBundleIdentifier rather than a file name.
func bundleIDForm(s string) bool {
	for _, ext := range []string{".dmg", ".pkg", ".ipa", ".dylib", ".xcarchive"} {
		if strings.HasSuffix(strings.ToLower(s), ext) {
			return false
		}
	}
	return strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.") == ""
}

// appleToolPaths are the signing tools a pasted command runs by full path:
// the tool, not the code the message is about.
var appleToolPaths = map[string]bool{
	"/usr/sbin/spctl": true, "/usr/bin/codesign": true, "/usr/bin/xcrun": true, "/usr/sbin/pkgutil": true,
	"/usr/bin/security": true, "/usr/bin/stapler": true, "/usr/bin/productsign": true, "/usr/bin/pkgbuild": true,
}

var appleUtilityApps = map[string]bool{
	"Console.app": true, "Terminal.app": true, "Finder.app": true, "Activity Monitor.app": true,
	"Monitor.app": true, "Access.app": true, "Settings.app": true, "Preferences.app": true,
	"System Information.app": true, "Information.app": true,
}

// Values returns the values of one kind.
func (m *Match) ValuesOf(kind string) []string {
	var out []string
	for _, v := range m.Values {
		if v.Kind == kind {
			out = append(out, v.Value)
		}
	}
	return out
}

func hasValue(vals []Value, kind, v string) bool {
	for _, x := range vals {
		if x.Kind == kind && x.Value == v {
			return true
		}
	}
	return false
}
