package analyzer

import (
	"bytes"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/internal/tooloutput"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Tool output pasted as text (codesign -dvvv, spctl, pkgutil,
// security find-identity, security cms -D, stapler, notarytool) is read as
// facts: each output becomes a tool-output artifact, and the checks that
// need only those facts run on them as they do on files. The lines that
// are facts are hidden from the error-message catalogue, so a field such as
// "Authority=Apple Development: …" is not read as an error message.

// pastedTools is what the tool outputs in one pasted text hold.
type pastedTools struct {
	out      *tooloutput.Output
	profiles []pastedProfile
	// at locates each section for findings, by section index.
	at []report.Location
}

// pastedProfile is a provisioning profile decoded by `security cms -D`.
type pastedProfile struct {
	subject report.Location
	pr      *profile.Profile
	err     error
}

// toolOutput returns the tool outputs found in a text input, or nil.
func (in *Input) toolOutput() *pastedTools {
	if t, ok := in.Value.(*textInput); ok {
		return t.Tools
	}
	return nil
}

// readPastedTools finds tool outputs in b. It returns the text with the
// fact lines blanked (line numbers unchanged) for the message catalogue,
// what was found (nil when nothing was) and the artifacts to report.
func readPastedTools(b []byte, name string, opts *Options) ([]byte, *pastedTools, []report.Artifact) {
	out := tooloutput.Parse(b)
	if len(out.Sections) == 0 {
		return b, nil, nil
	}
	pt := &pastedTools{out: out}
	var arts []report.Artifact
	for i := range out.Sections {
		s := &out.Sections[i]
		at := report.Location{File: name, Line: s.Start, Command: string(s.Tool)}
		if s.Display != nil && s.Display.Executable != "" {
			at.Command += " " + path.Base(s.Display.Executable)
		}
		subject := at.String()
		pt.at = append(pt.at, at)
		f := toolOutputFacts(s)
		switch s.Tool {
		case tooloutput.CMSProfile:
			pp := pastedProfile{subject: at}
			if trust, err := trustFor(opts); err == nil {
				pp.pr, pp.err = readProfile(s.Block, trust)
			}
			if pp.pr != nil {
				pf := profileFacts(pp.pr, opts.now())
				pf.NotAppleSigned = decodedProfileNote
				arts = append(arts, report.NewArtifact(subject, pf))
				f.Note = decodedProfileNote
			} else if pp.err != nil {
				f.Note = "the decoded profile's property list could not be read: " + pp.err.Error()
			}
			pt.profiles = append(pt.profiles, pp)
		case tooloutput.NotarytoolLog:
			if l, err := notary.Parse(s.Block); err == nil {
				arts = append(arts, report.NewArtifact(subject, notaryFacts(l)))
				f.Verdict = l.Status
			}
		}
		arts = append(arts, report.NewArtifact(subject, f))
	}
	return maskFactLines(b, out), pt, arts
}

const decodedProfileNote = "decoded by `security cms -D`, which prints the property list without Apple's " +
	"signature: whether Apple signed this profile, and whether it was changed since, cannot be checked " +
	"from the text (drop the .mobileprovision or .provisionprofile file for that)"

// maskFactLines replaces each fact line with "-": the message catalogue
// then neither reads it nor renumbers the lines after it (it counts lines
// that hold something).
func maskFactLines(b []byte, out *tooloutput.Output) []byte {
	masked := make([]byte, 0, len(b))
	line, sec := 1, 0
	for len(b) > 0 {
		l := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			l = b[:i+1]
		}
		b = b[len(l):]
		for sec < len(out.Sections) && out.Sections[sec].End < line {
			sec++
		}
		content := bytes.TrimRight(l, "\r\n")
		if sec < len(out.Sections) && line >= out.Sections[sec].Start && len(bytes.TrimSpace(content)) > 0 &&
			(out.Sections[sec].Facts && !catalogueReads(content) || toolCheckReads(out.Sections[sec], content)) {
			masked = append(masked, '-')
			masked = append(masked, l[len(content):]...)
		} else {
			masked = append(masked, l...)
		}
		line++
	}
	return masked
}

// catalogueReads says whether a fact line is one the message catalogue
// explains itself, so it stays visible to it: codesign's ad hoc lines
// (text-codesign-adhoc; no Mach-O check runs on them as pasted facts) and
// find-identity's reasons (CSSMERR_TP_NOT_TRUSTED, …_CERT_EXPIRED,
// …_CERT_REVOKED), which the catalogue explains in full.
func catalogueReads(l []byte) bool {
	t := strings.TrimSpace(string(l))
	return t == "Signature=adhoc" || (strings.HasPrefix(t, "CodeDirectory v=") && strings.Contains(t, "adhoc")) ||
		strings.Contains(t, "(CSSMERR_")
}

// toolCheckReads says whether a message line of a section is one a tool
// check explains in full, so the catalogue need not: pkgutil's "Status: no
// signature" (tool-pkg-unsigned).
func toolCheckReads(s tooloutput.Section, l []byte) bool {
	return s.Tool == tooloutput.Pkgutil && s.Package != nil && strings.TrimSpace(string(l)) == "Status: no signature"
}

// toolOutputFacts is what the report shows of one tool output.
func toolOutputFacts(s *tooloutput.Section) *report.ToolOutput {
	f := &report.ToolOutput{Tool: string(s.Tool), Command: s.Command, Line: s.Start, EndLine: s.End}
	for _, fl := range s.Fields {
		f.Fields = append(f.Fields, report.ToolField{Name: fl.Name, Value: fl.Value})
	}
	switch {
	case s.Display != nil:
		d := s.Display
		switch {
		case d.Adhoc:
			f.Signature = "adhoc"
		case d.Certificate():
			f.Signature = "certificate"
		}
		f.Identifier = d.Identifier
		if d.TeamIdentifier != "not set" {
			f.Team = d.TeamIdentifier
		}
		if d.HasFlags {
			f.Flags = macho.FlagNames(d.Flags)
		}
		f.Leaf, f.CertKind, f.Authorities = d.Leaf(), certKindFromName(d.Leaf()), d.Authorities
		switch {
		case d.Timestamp != "":
			f.Timestamp = "yes"
		case d.Certificate() && d.Complete:
			f.Timestamp = "no"
		}
		f.Entitlements, f.Requirements = d.Entitlements, d.Requirements
		if d.Certificate() && len(d.Authorities) == 0 {
			f.Note = "the output does not list the certificate chain (Authority= lines, printed from `codesign -dvv` on): the certificate type cannot be told"
		}
	case s.Verify != nil:
		v := s.Verify
		f.Verdict = "invalid"
		if v.ValidOnDisk && len(v.Errors) == 0 {
			f.Verdict = "valid"
		}
		f.Errors, f.Added, f.Modified, f.Missing = v.Errors, v.Added, v.Modified, v.Missing
	case s.Assessment != nil:
		f.Verdict = "rejected"
		if s.Assessment.Accepted {
			f.Verdict = "accepted"
		}
		if o := s.Assessment.Origin; o != "" {
			f.Leaf, f.CertKind = o, certKindFromName(o)
		}
	case s.Stapler != nil:
		switch {
		case s.Stapler.Worked:
			f.Verdict = "stapled"
		case s.Stapler.NoTicket:
			f.Verdict = "not-stapled"
		default:
			f.Verdict = "failed"
		}
	case s.Identities != nil:
		f.Identities = []report.ToolIdentity{}
		for _, id := range s.Identities.List {
			f.Identities = append(f.Identities, report.ToolIdentity{SHA1: id.SHA1, Name: id.Name, Valid: id.Valid, Problem: id.Problem})
		}
	case s.Package != nil:
		for _, c := range s.Package.Chain {
			f.Certificates = append(f.Certificates, report.ToolCertificate{CommonName: c.Name, Expires: c.Expires, SHA256: c.SHA256, SHA1: c.SHA1})
		}
		if len(s.Package.Chain) > 0 {
			f.Leaf = s.Package.Chain[0].Name
			f.CertKind = certKindFromName(f.Leaf)
		}
	case s.Tool == tooloutput.NotarytoolInfo:
		f.Verdict = s.Status
	}
	return f
}

// certNamePrefixes are the common-name prefixes of Apple's code-signing
// certificates, longest first, with the type each names (as certs.Kind
// names them).
var certNamePrefixes = []struct{ prefix, kind string }{
	{"3rd Party Mac Developer Application", "3rd Party Mac Developer Application"},
	{"3rd Party Mac Developer Installer", "3rd Party Mac Developer Installer"},
	{"Mac Installer Distribution", "Mac Installer Distribution"},
	{"Developer ID Application", "Developer ID Application"},
	{"Developer ID Installer", "Developer ID Installer"},
	{"Mac App Distribution", "Mac App Distribution"},
	{"iPhone Distribution", "iPhone Distribution"},
	{"Apple Distribution", "Apple Distribution"},
	{"Apple Development", "Apple Development"},
	{"iPhone Developer", "iPhone Developer"},
	{"Mac Developer", "Mac Developer"},
}

// certKindFromName is the certificate type a common name shows, or "".
// Text carries no certificate extensions, so the name is all there is;
// Apple's certificates are named "TYPE: NAME (TEAMID)".
func certKindFromName(cn string) string {
	for _, p := range certNamePrefixes {
		if strings.HasPrefix(cn, p.prefix+": ") {
			return p.kind
		}
	}
	return ""
}

// pastedCode is one `codesign -d` output, as the Mach-O checks see it.
type pastedCode struct {
	subject  report.Location
	d        *tooloutput.Display
	certKind string
}

// pastedCodes lists the codesign -d outputs pasted in the case.
func pastedCodes(c *Case) []pastedCode {
	var out []pastedCode
	for _, in := range c.OfKind(KindText) {
		pt := in.toolOutput()
		if pt == nil {
			continue
		}
		for i := range pt.out.Sections {
			s := &pt.out.Sections[i]
			if s.Display == nil {
				continue
			}
			out = append(out, pastedCode{subject: pt.at[i], d: s.Display, certKind: certKindFromName(s.Display.Leaf())})
		}
	}
	return out
}

// pastedProfiles lists the decoded profiles pasted in the case, for the
// profile checks.
func pastedProfiles(c *Case) []profileToCheck {
	var out []profileToCheck
	for _, in := range c.OfKind(KindText) {
		if pt := in.toolOutput(); pt != nil {
			for _, pp := range pt.profiles {
				out = append(out, profileToCheck{subject: pp.subject, in: in, pr: pp.pr, err: pp.err})
			}
		}
	}
	return out
}

// pastedNames are the names pasted text gets: in the web page's text box
// (app/page_analyzer.go) and on the CLI's stdin (cmd/signdoctor).
var pastedNames = map[string]bool{"pasted text": true, "<stdin>": true}

// pastedBareProfiles lists profiles whose XML was pasted on its own: with
// no command line above it, it reaches the profile recognizer as a bare
// property list, and pasted text can only be `security cms -D` output.
func pastedBareProfiles(p *Pass) []profileToCheck {
	var out []profileToCheck
	for _, in := range p.Case.OfKind(KindProfile) {
		if pr := in.Profile(); pr != nil && pr.Signature == nil && pastedNames[in.Name] {
			out = append(out, profileToCheck{subject: in.Location(), in: in, pr: pr})
		}
	}
	return out
}

// decodedProfile says whether pr came from pasted `security cms -D` output,
// whose missing signature says nothing about the profile file.
func decodedProfile(p *Pass, pr *profile.Profile) bool {
	for _, c := range append(pastedProfiles(p.Case), pastedBareProfiles(p)...) {
		if c.pr == pr {
			return true
		}
	}
	return false
}

// pastedIdentities lists each find-identity output with its location.
func pastedIdentities(p *Pass) (at []report.Location, lists []*tooloutput.Identities) {
	for _, in := range p.Case.OfKind(KindText) {
		pt := in.toolOutput()
		if pt == nil {
			continue
		}
		for i := range pt.out.Sections {
			if ids := pt.out.Sections[i].Identities; ids != nil {
				at = append(at, pt.at[i])
				lists = append(lists, ids)
			}
		}
	}
	return
}

// pastedEntitlementSources are the entitlements of pasted
// `codesign -d --entitlements -` output, as the entitlement checks read a
// binary's: signed claims, with the signer's team and certificate type.
func pastedEntitlementSources(in *Input) []entSource {
	pt := in.toolOutput()
	if pt == nil {
		return nil
	}
	var out []entSource
	for i := range pt.out.Sections {
		d := pt.out.Sections[i].Display
		if d == nil || len(d.Entitlements) == 0 {
			continue
		}
		ents := entitlements.Normalize(d.Entitlements)
		out = append(out, entSource{
			At: pt.at[i], Ents: ents, Platform: entitlements.PlatformOfEntitlements(ents), FromBinary: true,
			SigningTeam: teamOfName(d.Leaf()), CertKind: certKindFromName(d.Leaf()), Identifier: d.Identifier,
		})
	}
	return out
}

// teamOfName is the team ID at the end of an Apple certificate's common
// name ("Apple Development: Name (A1B2C3D4E5)"), or "".
func teamOfName(cn string) string {
	i := strings.LastIndexByte(cn, '(')
	if i < 0 || !strings.HasSuffix(cn, ")") {
		return ""
	}
	if t := cn[i+1 : len(cn)-1]; entitlements.IsTeamID(t) {
		return t
	}
	return ""
}
