package app

import (
	"strconv"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Cards of what a Mac developer distributes and signs with: an installer
// package (as `pkgutil --check-signature` reads it), a disk image (as
// `codesign -dvvv` does) and an identity (.p12).

func yesNo(b bool, yes, no string) string {
	if b {
		return yes
	}
	return no
}

func pkgSignatureText(p *report.Pkg) string {
	switch p.Signature {
	case "valid":
		return "signed: " + strings.Join(p.SignatureStyles, " and ") + " signatures verify"
	case "unsigned":
		return "not signed"
	}
	return "invalid: " + strings.Join(p.Failures, "; ")
}

func pkgCard(a report.Artifact, p *report.Pkg, now time.Time, laid *factsView) goapp.UI {
	var comps []string
	for _, c := range p.Components {
		s := orDash(c.Identifier)
		if c.Version != "" {
			s += " " + c.Version
		}
		if c.InstallLocation != "" {
			s += " → " + c.InstallLocation
		}
		if len(c.Scripts) > 0 {
			s += " (scripts: " + strings.Join(c.Scripts, ", ") + ")"
		}
		comps = append(comps, s)
	}
	title := p.Title
	if title == "" {
		title = a.Name
	}
	return goapp.Article().Class("artifact-card", "pkg-card").DataSet("kind", a.Kind).Body(
		cardHeader("Installer package: "+strings.ReplaceAll(orDash(p.PackageKind), "-", " "), title, a.Name),
		factList([]fact{
			{Key: "signature", Label: "Signature", Raw: p.Signature, Text: pkgSignatureText(p)},
			{Key: "cert_kind", Label: "Certificate", Raw: p.CertKind, Text: p.CertKind},
			{Key: "certificates", Label: "Signed by", List: p.Certificates},
			{Key: "team", Label: "Team", Raw: p.Team, Text: p.Team},
			{Key: "chain_verified", Label: "Chain to Apple", Raw: strconv.FormatBool(p.ChainVerified),
				Text: yesNo(p.ChainVerified, "yes: it ends at an Apple root", orDash(p.ChainError))},
			dateFact("leaf_expires", "Certificate expires", p.LeafExpires, now, true),
			dateFact("timestamp", "Timestamp", p.Timestamp, now, false),
			{Key: "stapled_ticket", Label: "Notarization ticket", Raw: strconv.FormatBool(p.StapledTicket),
				Text: ticketText(p.StapledTicket, p.Ticket, "the package's TOC checksum")},
			{Key: "min_os", Label: "Minimum macOS", Raw: p.MinOS, Text: p.MinOS},
			{Key: "host_architectures", Label: "Architectures", Text: strings.Join(p.HostArchitectures, ", ")},
			{Key: "components", Label: "Installs", List: comps},
		}),
		allFacts(laidOut(laid, a.Facts)),
	)
}

func dmgCard(a report.Artifact, d *report.DMG, now time.Time, laid *factsView) goapp.UI {
	sig := d.Signature
	switch d.Signature {
	case "valid":
		sig = "signed: the image's hash and the signature verify"
	case "unsigned":
		sig = "not signed"
	case "invalid":
		sig = "invalid: " + strings.Join(d.Failures, "; ")
	}
	return goapp.Article().Class("artifact-card", "dmg-card").DataSet("kind", a.Kind).Body(
		cardHeader("Disk image ("+orDash(d.Format)+")", a.Name, ""),
		factList([]fact{
			{Key: "signature", Label: "Signature", Raw: d.Signature, Text: sig},
			{Key: "identifier", Label: "Identifier", Raw: d.Identifier, Text: d.Identifier, Code: true},
			{Key: "cert_kind", Label: "Certificate", Raw: d.CertKind, Text: d.CertKind},
			{Key: "leaf", Label: "Signed by", Raw: d.Leaf, Text: d.Leaf},
			{Key: "team", Label: "TeamIdentifier", Raw: d.Team, Text: d.Team},
			{Key: "cdhash", Label: "CDHash", Raw: d.CDHash, Text: d.CDHash, Code: true},
			dateFact("timestamp", "Timestamp", d.Timestamp, now, false),
			{Key: "stapled_ticket", Label: "Notarization ticket", Raw: strconv.FormatBool(d.StapledTicket),
				Text: ticketText(d.StapledTicket, d.Ticket, "the image's CDHash")},
			{Key: "not_inspected", Label: "Not checked", Raw: d.NotInspected, Text: d.NotInspected},
		}),
		allFacts(laidOut(laid, a.Facts)),
	)
}

func identityCard(a report.Artifact, id *report.Identity, now time.Time, laid *factsView) goapp.UI {
	key := "no private key: it cannot sign"
	switch {
	case id.PrivateKey && id.KeyMatches:
		key = "yes, and it belongs to the certificate"
	case id.PrivateKey:
		key = "yes, but it belongs to another certificate"
	}
	title := id.CommonName
	if title == "" {
		title = a.Name
	}
	kind := "Identity: " + orDash(id.CertKind)
	if !id.Decrypted {
		kind = "Identity: locked (the password opens it)"
	}
	return goapp.Article().Class("artifact-card", "identity-card").DataSet("kind", a.Kind).Body(
		cardHeader(kind, title, a.Name),
		factList([]fact{
			{Key: "password", Label: "Password", Raw: id.Password, Text: id.Password},
			{Key: "cert_kind", Label: "Certificate", Raw: id.CertKind, Text: id.CertKind},
			{Key: "team", Label: "Team", Raw: id.Team, Text: id.Team},
			dateFact("not_after", "Expires", id.NotAfter, now, true),
			{Key: "private_key", Label: "Private key", Raw: strconv.FormatBool(id.PrivateKey), Text: yesNo(id.Decrypted, key, "")},
			{Key: "intermediate_included", Label: "Intermediate included", Raw: strconv.FormatBool(id.IntermediateIncluded),
				Text: yesNo(id.Decrypted, yesNo(id.IntermediateIncluded, "yes", "no: install Apple's intermediate on the Mac that signs"), "")},
			{Key: "certificates", Label: "Certificates", List: id.Certificates},
			{Key: "readers", Label: "Read by", Raw: id.Readers, Text: id.Readers},
			{Key: "sha1", Label: "SHA-1", Raw: id.SHA1, Text: id.SHA1, Code: true},
			{Key: "error", Label: "Could not open", Raw: id.Error, Text: id.Error},
		}),
		allFacts(laidOut(laid, a.Facts)),
	)
}

// ticketText says what a stapled ticket vouches for: whether it names the
// code's own hash (what is the code's hash, for the sentence), as far as
// its contents can be read.
func ticketText(stapled bool, t *report.Ticket, what string) string {
	switch {
	case !stapled:
		return "not stapled: Gatekeeper looks it up online"
	case t == nil:
		return "stapled"
	case !t.Read:
		return "stapled (" + strconv.Itoa(t.Size) + " bytes); its contents are not read, so whether it names " + what + " is not known: " + t.Unread
	}
	s := "stapled, issued " + t.Issued.UTC().Format("2006-01-02") + ", naming " + strconv.Itoa(len(t.CDHashes)) + " CDHashes"
	switch t.NamesCode {
	case "yes":
		s += ", " + what + " among them (" + strings.Join(t.CodeCDHashes, ", ") + ")"
	case "no":
		s += " but not " + what + " (" + strings.Join(t.CodeCDHashes, ", ") + "): it vouches for other code, so Gatekeeper offline refuses this one"
	default:
		s += "; whether one is " + what + " cannot be told from the file"
	}
	if !t.SignatureIntact {
		s += "; its signature does not match its contents"
	}
	return s
}
