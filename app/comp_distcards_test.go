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
