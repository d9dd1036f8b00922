package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Fix commands filled in with what the files say: the signing identity, the
// path of the code, a submission ID. Every value a file supplied is quoted
// with shellQuote, so a pasted command runs what it shows and nothing the
// file's author hid in a name. A value the files do not tell stays a
// placeholder in capitals (IDENTITY).

// signingIdentity returns the codesign --sign argument that signs as ms was
// signed: the signing certificate's common name, which codesign looks up in
// the keychain, or "-" for an ad hoc signature; "" when the slice names no
// signer.
func signingIdentity(ms *machoSlice) string {
	if ms == nil {
		return ""
	}
	switch ms.Kind {
	case "adhoc", "linker-signed":
		return "-"
	}
	if ms.Leaf != nil && ms.Leaf.Subject.CommonName != "" {
		return ms.Leaf.Subject.CommonName
	}
	return ""
}

// firstSlice is the slice a bundle node's signature is described by.
func (bn *bundleNode) firstSlice() *machoSlice {
	if bn == nil || bn.MachO == nil || len(bn.MachO.Slices) == 0 {
		return nil
	}
	return bn.MachO.Slices[0]
}

// codesignCommand is `codesign --force <options> --sign IDENTITY PATH` with
// identity and path quoted; an unknown identity stays IDENTITY.
func codesignCommand(identity string, options []string, path string) string {
	id := "IDENTITY"
	if identity != "" {
		id = shellQuote(identity)
	}
	parts := append([]string{"codesign", "--force"}, options...)
	parts = append(parts, "--sign", id, shellQuote(path))
	return strings.Join(parts, " ")
}

// distributionOptions are the options a Developer ID signature needs for
// notarization (the hardened runtime and a secure timestamp); none for
// other signatures.
func distributionOptions(ms *machoSlice) []string {
	if ms != nil && developerID(ms) {
		return []string{"--options", "runtime", "--timestamp"}
	}
	return nil
}

// resignBundle re-signs a bundle as it was signed, keeping its entitlements,
// requirements and flags: what a change after signing needs.
func resignBundle(bn *bundleNode) string {
	ms := bn.firstSlice()
	opts := append(distributionOptions(ms), "--preserve-metadata=entitlements,requirements,flags,runtime")
	return codesignCommand(signingIdentity(ms), opts, bn.Path)
}

// preserveMetadata keeps what a re-signing would otherwise drop: without it
// `codesign --force` signs with no entitlements at all.
const preserveMetadata = "--preserve-metadata=entitlements,requirements,flags,runtime"

// withoutEntitlementFix re-signs code with its own entitlements less one
// key: dump them, delete the key, sign with the rest.
func withoutEntitlementFix(ms *machoSlice, path, key string) string {
	return commands(
		"codesign -d --entitlements - --xml "+shellQuote(path)+" > entitlements.plist",
		"/usr/libexec/PlistBuddy -c "+shellQuote("Delete :"+key)+" entitlements.plist",
		codesignCommand(signingIdentity(ms), append(distributionOptions(ms), "--entitlements", "entitlements.plist",
			"--preserve-metadata=requirements,flags,runtime"), path))
}

// resignOuter re-signs, inside-out, every bundle with code around bn: after
// nested code changes, each container's seal must be made again.
func resignOuter(bi *bundleInput, bn *bundleNode) []string {
	var cmds []string
	for p := bi.parentCode(bn); p != nil; p = bi.parentCode(p) {
		cmds = append(cmds, resignBundle(p))
	}
	return cmds
}

// commands writes shell commands as a fix: each in backticks, so the page
// shows each as code with its own copy button, in the order to run them.
// A command never contains a backtick (shellQuote escapes them).
func commands(cmds ...string) string {
	var b strings.Builder
	for i, c := range cmds {
		if i > 0 {
			b.WriteString(", then ")
		}
		b.WriteString("`" + c + "`")
	}
	return b.String()
}

// fixValues are what a message or a log told, by placeholder kind: identity,
// team, path, submission. A kind with more than one value is left out: the
// fix cannot know which one is meant.
type fixValues map[string]string

// add records v for kind, or marks the kind ambiguous on a second value.
func (fv fixValues) add(kind, v string) {
	if v == "" {
		return
	}
	if old, ok := fv[kind]; ok && old != v {
		fv[kind] = ambiguous
		return
	}
	fv[kind] = v
}

const ambiguous = "\x00ambiguous"

func (fv fixValues) get(kind string) (string, bool) {
	v, ok := fv[kind]
	return v, ok && v != ambiguous
}

// replaceIdentityPlaceholders replaces each quoted signing identity a fix
// spells out as a placeholder ("Developer ID Application: NAME (TEAMID)",
// "Developer ID Application: …") with identity, quoted, when the identity
// is of the kind the placeholder names. (No regexp: this package keeps them
// out of the web app's start-up.)
func replaceIdentityPlaceholders(s, identity string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i+1:], '"')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		inner := s[i+1 : i+1+j]
		b.WriteString(s[:i])
		kind := strings.TrimSuffix(strings.TrimSuffix(inner, "NAME (TEAMID)"), "…")
		if len(kind) < len(inner) && !strings.ContainsAny(kind, "\\`$\"") && strings.HasPrefix(identity, kind) {
			b.WriteString(shellQuote(identity))
		} else {
			b.WriteString(s[i : i+2+j])
		}
		s = s[i+2+j:]
	}
}

// fillFix puts the values into fix's placeholders, each quoted for the
// shell: IDENTITY and a quoted identity placeholder, TEAMID, FILE and APP,
// SUBMISSION-ID. A placeholder without a value stays, so the command still
// says what to put there.
func fillFix(fix string, fv fixValues) string {
	if id, ok := fv.get("identity"); ok {
		fix = replaceIdentityPlaceholders(fix, id)
		fix = replaceWord(fix, "IDENTITY", shellQuote(id))
	}
	if team, ok := fv.get("team"); ok && isTeamIDForm(team) {
		fix = replaceWord(fix, "TEAMID", team)
	}
	if p, ok := fv.get("path"); ok {
		fix = replaceWord(fix, "FILE", shellQuote(p))
		if strings.HasSuffix(p, ".app") {
			fix = replaceWord(fix, "APP", shellQuote(p))
		}
	}
	if id, ok := fv.get("submission"); ok {
		fix = replaceWord(fix, "SUBMISSION-ID", shellQuote(id))
		fix = replaceWord(fix, "SUBMISSION_ID", shellQuote(id))
	}
	return fix
}

// isTeamIDForm says whether s is ten upper-case letters and digits, which
// need no quoting.
func isTeamIDForm(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// replaceWord replaces word where it stands alone: not inside a longer
// name (FILE.entitlements, MY_FILE, TEAMID.name stay unless the dot ends a
// sentence).
func replaceWord(s, word, repl string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, word)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		end := i + len(word)
		before := i == 0 || !wordByte(s[i-1])
		after := end == len(s) || !wordByte(s[end]) && !(s[end] == '.' && end+1 < len(s) && wordByte(s[end+1]))
		b.WriteString(s[:i])
		if before && after {
			b.WriteString(repl)
		} else {
			b.WriteString(word)
		}
		s = s[end:]
	}
}

func wordByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// reportCode reports a finding on a slice of code, with the check's fix
// filled in for that code: its path, the identity and team it is signed
// with.
func (p *Pass) reportCode(t machoTarget, ms *machoSlice, subject report.Location, format string, args ...any) {
	p.ReportFinding(report.Finding{Location: subject, Message: fmt.Sprintf(format, args...), Fix: codeFix(p.Check.Fix, t, ms)})
}

// codeFix is a check's fix filled in for one piece of code, or "" when
// nothing in it could be filled (the check's fix then says it all).
func codeFix(general string, t machoTarget, ms *machoSlice) string {
	fv := fixValues{}
	fv.add("path", t.sign)
	if id := signingIdentity(ms); id != "" && id != "-" {
		fv.add("identity", id)
	}
	if ms != nil && ms.Leaf != nil && len(ms.Leaf.Subject.OrganizationalUnit) > 0 {
		fv.add("team", ms.Leaf.Subject.OrganizationalUnit[0])
	}
	if filled := fillFix(general, fv); filled != general {
		return filled
	}
	return ""
}
