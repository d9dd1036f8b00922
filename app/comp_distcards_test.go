package app

import (
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestDistributionCards(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	pkg := &report.Pkg{PackageKind: "product-archive", Signature: "valid", SignatureStyles: []string{"RSA", "CMS"},
		CertKind: "Developer ID Installer", Team: "ABCDE12345", ChainVerified: true, StapledTicket: true,
		Certificates: []string{"Developer ID Installer: Example (ABCDE12345)", "Developer ID Certification Authority", "Apple Root CA"},
		Components:   []report.PkgComponent{{Identifier: "com.example.tool", Version: "1.2", InstallLocation: "/Applications", Scripts: []string{"postinstall"}}}}
	dmg := &report.DMG{Format: "UDIF", Signature: "invalid", Failures: []string{"the image changed after signing"}, NotInspected: "the file system inside"}
	id := &report.Identity{Password: "accepted", Decrypted: true, CertKind: "Developer ID Application", CommonName: "Developer ID Application: Example (ABCDE12345)",
		PrivateKey: true, KeyMatches: true, NotAfter: now.Add(-24 * time.Hour)}
	for name, c := range map[string]struct {
		ui   goapp.UI
		want []string
	}{
		"pkg": {pkgCard(report.NewArtifact("Tool.pkg", pkg), pkg, now, nil), []string{"Installer package: product archive", "RSA and CMS signatures verify", "stapled", "com.example.tool 1.2 → /Applications (scripts: postinstall)", "Apple Root CA"}},
		"dmg": {dmgCard(report.NewArtifact("Tool.dmg", dmg), dmg, now, nil), []string{"Disk image (UDIF)", "invalid: the image changed after signing", "not stapled", "the file system inside"}},
		"p12": {identityCard(report.NewArtifact("id.p12", id), id, now, nil), []string{"Identity: Developer ID Application", "yes, and it belongs to the certificate", "no: install Apple", "expired"}},
	} {
		html := goapp.HTMLString(c.ui)
		for _, w := range c.want {
			if !strings.Contains(html, w) {
				t.Errorf("%s card lacks %q", name, w)
			}
		}
	}
}

// TestTicketText: a stapled ticket's card line says whether it names the
// code, and says plainly when its contents are not read.
func TestTicketText(t *testing.T) {
	issued := time.Date(2020, 6, 24, 1, 21, 11, 0, time.UTC)
	own := []string{"sha256 6e7d7228b60605e6e022b6e1182d2f229af29171"}
	for name, c := range map[string]struct {
		t    *report.Ticket
		want []string
		not  string
	}{
		"names": {&report.Ticket{Size: 1694, Read: true, Issued: issued, SignatureIntact: true, NamesCode: "yes",
			CDHashes: append(own, "sha256 742dbfcc7b0bb11f4f13151fabcfde36533d3773"), CodeCDHashes: own},
			[]string{"issued 2020-06-24", "naming 2 CDHashes", "the image's CDHash among them (sha256 6e7d72"}, "refuses"},
		"other code": {&report.Ticket{Size: 1694, Read: true, Issued: issued, SignatureIntact: true, NamesCode: "no",
			CDHashes: []string{"sha256 742dbfcc7b0bb11f4f13151fabcfde36533d3773"}, CodeCDHashes: own},
			[]string{"but not the image's CDHash (sha256 6e7d72", "Gatekeeper offline refuses"}, "among them"},
		"unread": {&report.Ticket{Size: 30, NamesCode: "unknown", Unread: "the ticket's contents are not read: ticket byte 4: version 2"},
			[]string{"stapled (30 bytes)", "contents are not read", "version 2"}, "naming"},
		"edited": {&report.Ticket{Size: 1694, Read: true, Issued: issued, NamesCode: "yes", CDHashes: own, CodeCDHashes: own},
			[]string{"does not match its contents"}, ""},
	} {
		s := ticketText(true, c.t, "the image's CDHash")
		for _, w := range c.want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: %q lacks %q", name, s, w)
			}
		}
		if c.not != "" && strings.Contains(s, c.not) {
			t.Errorf("%s: %q says %q", name, s, c.not)
		}
	}
}
