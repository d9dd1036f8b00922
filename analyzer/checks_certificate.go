package analyzer

import (
	"crypto/x509"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on certificate files (.cer, .pem, .der) dropped on their own.

// eachCertificate calls fn for every certificate of every certificate input.
func eachCertificate(p *Pass, fn func(at report.Location, c *x509.Certificate, f *report.Certificate)) {
	for _, in := range p.Case.OfKind(KindCertificate) {
		ci, ok := in.Value.(*certificateInput)
		if !ok {
			continue
		}
		for i, c := range ci.Certs {
			at := report.Location{File: in.Name, Item: certDisplayName(c)}
			if len(ci.Certs) > 1 {
				at.Index = i + 1
			}
			fn(at, c, ci.Facts[i])
		}
	}
}

func certDisplayName(c *x509.Certificate) string {
	if c.Subject.CommonName != "" {
		return c.Subject.CommonName
	}
	return c.Subject.String()
}

// isAppleNamed says whether the issuer calls itself Apple.
func isAppleNamed(name []string) bool {
	for _, o := range name {
		if o == "Apple Inc." || o == "Apple Computer, Inc." {
			return true
		}
	}
	return false
}

var certExpired = &Check{
	ID:       "cert-expired",
	Severity: report.Error,
	Title:    "Certificate has expired",
	Doc: "A certificate is valid between its Not Before and Not After dates. After that, codesign refuses to " +
		"sign with it (\"the identity … is no longer valid\", errSecCertificateExpired), Xcode marks it expired, " +
		"and profiles that list only this certificate cannot be used. Code already signed with a secure " +
		"timestamp stays valid; development and ad hoc installs signed with it stop installing.",
	Fix: "Create a new certificate of the same type (Xcode > Settings > Accounts > Manage Certificates, or the " +
		"developer portal), add it to the profiles that need it, and sign again. Delete the expired one from " +
		"your keychains and CI secrets.",
	Needs: []Kind{KindCertificate},
	Run: func(p *Pass) {
		eachCertificate(p, func(at report.Location, c *x509.Certificate, f *report.Certificate) {
			if p.Now.After(c.NotAfter) {
				p.Report(at, "expired on %s (SHA-1 %s)", profileDay(c.NotAfter), f.SHA1)
			} else if p.Now.Before(c.NotBefore) {
				p.Report(at, "not valid before %s", profileDay(c.NotBefore))
			}
		})
	},
}

var certExpiring = &Check{
	ID:       "cert-expiring",
	Severity: report.Warning,
	Title:    "Certificate expires within 30 days",
	Doc: "The certificate is still valid but expires soon. After that date nothing can be signed with it, and " +
		"development, ad hoc and in-house apps signed with it stop installing (in-house apps stop launching).",
	Fix: "Create the replacement certificate now, add it to your profiles and CI, and ship builds signed with it " +
		"before the date.",
	Needs: []Kind{KindCertificate},
	Run: func(p *Pass) {
		eachCertificate(p, func(at report.Location, c *x509.Certificate, f *report.Certificate) {
			left := c.NotAfter.Sub(p.Now)
			if left >= 0 && left <= expiringWindow {
				p.Report(at, "expires on %s, in %s", profileDay(c.NotAfter), countOf(daysFromTo(p.Now, c.NotAfter), "day", "days"))
			}
		})
	},
}

var certNotApple = &Check{
	ID:       "cert-not-apple",
	Severity: report.Warning,
	Title:    "Certificate is not issued by Apple",
	Doc: "Code that runs on iPhone, iPad and Apple TV, and Mac code that Gatekeeper accepts, must be signed with a " +
		"certificate Apple issued (through a WWDR or Developer ID intermediate up to an Apple root). A self-made " +
		"or third-party certificate can sign, but the signature only satisfies the Mac it is trusted on: devices " +
		"refuse the app, Gatekeeper blocks it, and notarization rejects it. Re-signing tools and test fixtures " +
		"often use such certificates.",
	Fix: "Sign with an Apple certificate: Apple Development for your own devices, Apple Distribution for the App " +
		"Store and ad hoc, Developer ID Application for Mac apps outside the App Store. Create it in Xcode > " +
		"Settings > Accounts > Manage Certificates.",
	Needs: []Kind{KindCertificate},
	Run: func(p *Pass) {
		eachCertificate(p, func(at report.Location, c *x509.Certificate, f *report.Certificate) {
			if f.AppleIssued || c.IsCA {
				return // authorities do not sign code; only leaves are judged
			}
			if isAppleNamed(c.Issuer.Organization) {
				// Issued under an Apple intermediate we do not hold: cannot tell.
				return
			}
			issuer := c.Issuer.CommonName
			if issuer == "" {
				issuer = c.Issuer.String()
			}
			if strings.EqualFold(c.Issuer.String(), c.Subject.String()) {
				p.Report(at, "self-signed: issued by itself (%q), not by Apple", issuer)
				return
			}
			p.Report(at, "issued by %q, not by an Apple certification authority", issuer)
		})
	},
}

// kindUse says what a certificate of each kind signs.
var kindUse = map[string]string{
	certs.KindAppleDevelopment:    "signs development builds for your registered devices (iOS, iPadOS, tvOS, watchOS, visionOS, macOS); not for distribution",
	certs.KindiPhoneDeveloper:     "the pre-2019 name of an iOS development certificate: development builds for registered devices only",
	certs.KindMacDevelopment:      "signs Mac development builds for registered Macs; not for distribution",
	"Mac Developer":               "the older name of a Mac development certificate: development builds only",
	certs.KindAppleDistribution:   "signs App Store, TestFlight, ad hoc and (in enterprise teams) in-house builds for every platform; code signed with it for the App Store does not run directly",
	certs.KindiPhoneDistribution:  "the pre-2019 name of an iOS distribution certificate: App Store, ad hoc or in-house builds",
	certs.KindMacAppDistribution:  "signs Mac App Store uploads; such code does not launch directly, only after Apple re-signs it",
	"Mac App Distribution":        "signs Mac App Store uploads; such code does not launch directly, only after Apple re-signs it",
	certs.KindMacInstallerDistrib: "signs installer packages (.pkg) for the Mac App Store; it cannot sign code",
	"Mac Installer Distribution":  "signs installer packages (.pkg) for the Mac App Store; it cannot sign code",
	certs.KindDeveloperIDApp:      "signs Mac apps, tools and disk images distributed outside the Mac App Store (notarize them too)",
	certs.KindDeveloperIDInstall:  "signs installer packages (.pkg) distributed outside the Mac App Store; it cannot sign code",
}

var certKind = &Check{
	ID:       "cert-kind",
	Severity: report.Info,
	Title:    "What this certificate signs",
	Doc: "Apple issues one certificate type per way of distributing code, and marks each with its own extension " +
		"(1.2.840.113635.100.6.1.x). Signing with the wrong type is behind many rejections: a development " +
		"certificate on a notarized app, a Mac App Store certificate on an app run directly, an installer " +
		"certificate on code.",
	Fix: "Use the type the distribution method needs: Apple Development for testing, Apple Distribution for the " +
		"App Store and ad hoc, Developer ID Application (code) and Developer ID Installer (.pkg) outside the Mac " +
		"App Store.",
	Needs: []Kind{KindCertificate},
	Run: func(p *Pass) {
		eachCertificate(p, func(at report.Location, c *x509.Certificate, f *report.Certificate) {
			kind := certs.Kind(c)
			use, ok := kindUse[kind]
			if !ok {
				return
			}
			p.Report(at, "%s certificate of team %s, valid %s to %s: %s", kind, certs.Team(c), profileDay(c.NotBefore), profileDay(c.NotAfter), use)
		})
	},
}
