package analyzer

import (
	"fmt"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on installer packages (.pkg): the signature pkgutil --check-signature
// judges, the certificate Installer and the notary service expect, and the
// code inside the payload that notarization will look at.

// pkgMachOTargets lists the Mach-O files of a package's payloads, so the
// Mach-O checks (hardened runtime, secure timestamp, get-task-allow, …) speak
// about them before the package is submitted.
func pkgMachOTargets(in *Input) []machoTarget {
	pi := in.pkgInput()
	if pi == nil {
		return nil
	}
	var out []machoTarget
	for _, c := range pi.Code {
		out = append(out, machoTarget{name: path.Base(c.Path), subject: pkgCodeAt(in, c), mi: c.MachO, bundled: true})
	}
	return out
}

func pkgCodeAt(in *Input, c *pkgCode) report.Location {
	return report.Location{File: in.Name, Component: c.Component, Path: c.Path}
}

// eachPkg calls fn for every package that could be read.
func eachPkg(p *Pass, fn func(in *Input, pi *pkgInput)) {
	for _, in := range p.Case.OfKind(KindPkg) {
		if pi := in.pkgInput(); pi != nil {
			fn(in, pi)
		}
	}
}

// installerKind says the certificate kind is one that signs packages.
func installerKind(kind string) bool {
	return kind == certs.KindDeveloperIDInstall || kind == certs.KindMacInstallerDistrib || kind == "Mac Installer Distribution"
}

var pkgUnsigned = &Check{
	ID:       "pkg-unsigned",
	Severity: report.Warning,
	Title:    "Installer package is not signed",
	Doc: "The package has neither a <signature> nor an <x-signature> in its table of contents. " +
		"`pkgutil --check-signature` says \"Status: no signature\". Installer opens it only after the user " +
		"overrides Gatekeeper once it has been downloaded, the notary service rejects it, and the Mac App " +
		"Store accepts only packages signed with a Mac Installer Distribution certificate. Unsigned " +
		"packages are fine for deployment through an MDM that installs them itself.",
	Fix: "Sign it with an Installer certificate: `productsign --sign \"Developer ID Installer: NAME (TEAMID)\" " +
		"--timestamp unsigned.pkg signed.pkg` (or `pkgbuild --sign` / `productbuild --sign` when you build it).",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if !pi.Signed {
				p.Report(in.Location(), "the %s is not signed (no signature in its table of contents)", pi.Facts.PackageKind)
			}
		})
	},
}

var pkgSignatureInvalid = &Check{
	ID:       "pkg-signature-invalid",
	Severity: report.Error,
	Title:    "Installer package signature does not verify",
	Doc: "A package's signature covers the checksum of its table of contents, and the table of contents " +
		"records a checksum of every file in it. Something changed after `productsign` signed it — the " +
		"table of contents, a file's data, or the signature bytes themselves — or the signature was " +
		"made with another key than its certificate's. `pkgutil --check-signature` reports " +
		"\"Status: signature invalid\" (or \"package is damaged\"), Installer refuses it and notarization " +
		"rejects it.",
	Fix: "Sign the package again from the unsigned build: `productsign --sign \"Developer ID Installer: NAME " +
		"(TEAMID)\" --timestamp unsigned.pkg signed.pkg`, and do not edit it afterwards (copy it as binary).",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			for _, f := range pi.Failures {
				p.Report(in.Location(), "%s", f)
			}
		})
	},
}

var pkgApplicationCert = &Check{
	ID:       "pkg-application-certificate",
	Severity: report.Error,
	Title:    "Package signed with an Application certificate, not an Installer one",
	Doc: "Installer packages are signed with an Installer certificate: Developer ID Installer for " +
		"distribution outside the Mac App Store, Mac Installer Distribution (3rd Party Mac Developer " +
		"Installer) for the Mac App Store. A package signed with an Application or development certificate " +
		"has a signature that verifies, but Gatekeeper rejects it (`spctl -a -vv -t install` says " +
		"\"rejected\"), the notary service refuses it and App Store Connect does not accept it.",
	Fix: "Create a Developer ID Installer certificate (Xcode > Settings > Accounts > Manage Certificates, or " +
		"the developer portal) and sign with it: `productsign --sign \"Developer ID Installer: NAME (TEAMID)\" " +
		"--timestamp unsigned.pkg signed.pkg`.",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if pi.Leaf == nil || pi.Kind == "" || installerKind(pi.Kind) {
				return
			}
			p.Report(in.Location(), "signed with %q, a %s certificate: packages need an Installer certificate (Developer ID Installer, or Mac Installer Distribution for the Mac App Store)",
				pi.Leaf.Subject.CommonName, pi.Kind)
		})
	},
}

var pkgUntrustedChain = &Check{
	ID:       "pkg-untrusted-chain",
	Severity: report.Error,
	Title:    "Package signed by a certificate that does not chain to Apple",
	Doc: "The signing certificate must chain through Apple's Developer ID or WWDR intermediate to an " +
		"Apple root. A package signed by a self-made or third-party certificate verifies as bytes but " +
		"Gatekeeper treats it as from an unidentified developer and the notary service refuses it. " +
		"The chain is judged when the package was signed (its timestamp, signing time or creation time).",
	Fix: "Sign with an Apple-issued Installer certificate: `productsign --sign \"Developer ID Installer: NAME " +
		"(TEAMID)\" --timestamp unsigned.pkg signed.pkg`. If the certificate is Apple's, install the current " +
		"intermediate (Developer ID - G2) from https://www.apple.com/certificateauthority/ on the signing Mac.",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if pi.Leaf != nil && pi.ChainErr != nil {
				p.Report(in.Location(), "the signer %q does not chain to an Apple root: %v", pi.Leaf.Subject.CommonName, pi.ChainErr)
			}
		})
	},
}

var pkgCertificateExpired = &Check{
	ID:       "pkg-certificate-expired",
	Severity: report.Warning,
	Title:    "Package signed by an expired certificate without a secure timestamp",
	Doc: "A package's signature stays valid after its certificate expires only when it carries a secure " +
		"timestamp (productsign adds one with --timestamp; since 2016 it does by default). Without one, " +
		"`pkgutil --check-signature` reports the certificate as expired and Installer refuses the package " +
		"(\"signed with a certificate that has expired\") on Macs whose clock is past the expiry.",
	Fix: "Sign the package again with a current Installer certificate and a timestamp: `productsign --sign " +
		"\"Developer ID Installer: NAME (TEAMID)\" --timestamp unsigned.pkg signed.pkg`.",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalOpensAfterDownload},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if pi.Leaf != nil && pi.Expired && pi.Facts.Timestamp.IsZero() && pi.ChainErr == nil {
				p.Report(in.Location(), "the signing certificate %q expired on %s and the signature has no secure timestamp",
					pi.Leaf.Subject.CommonName, pi.Leaf.NotAfter.UTC().Format("2006-01-02"))
			}
		})
	},
}

var pkgComponentForAppStore = &Check{
	ID:       "pkg-component-for-app-store",
	Severity: report.Error,
	Title:    "Mac App Store upload is a component package, not a product archive",
	Doc: "App Store Connect accepts a Mac app as a product archive — what `productbuild` makes (or Xcode's " +
		"Organizer exports), with a Distribution file — signed with a Mac Installer Distribution " +
		"certificate. A component package made by `pkgbuild` has no Distribution file and is refused " +
		"(\"ITMS-90264\"-style errors about an invalid package).",
	Fix: "Build the package with `productbuild --component App.app /Applications --sign \"3rd Party Mac " +
		"Developer Installer: NAME (TEAMID)\" App.pkg`, or export from Xcode's Organizer (Distribute App > " +
		"App Store Connect).",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalAppStore},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if !pi.Product && (pi.Kind == certs.KindMacInstallerDistrib || pi.Kind == "Mac Installer Distribution") {
				p.Report(in.Location(), "a component package (no Distribution file) signed for the Mac App Store with %q", pi.Leaf.Subject.CommonName)
			}
		})
	},
}

var pkgRosetta = &Check{
	ID:       "pkg-rosetta-required",
	Severity: report.Warning,
	Title:    "Package asks for Rosetta on Apple silicon",
	Doc: "A product archive's Distribution file names the architectures it installs on in " +
		"<options hostArchitectures=\"…\"/>. When arm64 is not among them, Installer on an Apple silicon " +
		"Mac asks the user to install Rosetta before it goes on, even when the app inside is universal.",
	Fix: "Add arm64 in the Distribution file — `<options hostArchitectures=\"arm64,x86_64\"/>` — and build " +
		"again with `productbuild --distribution Distribution --package-path . App.pkg`.",
	Needs: []Kind{KindPkg},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			h := pi.Facts.HostArchitectures
			if len(h) == 0 {
				return
			}
			for _, a := range h {
				if a == "arm64" {
					return
				}
			}
			p.Report(in.Location(), "the Distribution file declares hostArchitectures %q, without arm64: Installer asks for Rosetta on Apple silicon", strings.Join(h, ","))
		})
	},
}

var pkgScripts = &Check{
	ID:       "pkg-scripts",
	Severity: report.Info,
	Title:    "Package runs install scripts",
	Doc: "Scripts in a component package (preinstall, postinstall and what they call) run as root " +
		"during installation. Code among them is checked by notarization like any other code, and a " +
		"script that fails makes Installer report \"The installation failed\".",
	Fix: "Nothing to fix: this lists the scripts so you can review them. `pkgutil --expand PKG DIR` " +
		"extracts them.",
	Needs: []Kind{KindPkg},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			for _, c := range pi.Facts.Components {
				if len(c.Scripts) == 0 {
					continue
				}
				p.Report(report.Location{File: in.Name, Component: c.Path}, "install scripts: %s", strings.Join(c.Scripts, ", "))
			}
		})
	},
}

var pkgPayloadCodeUnsigned = &Check{
	ID:       "pkg-payload-code-unsigned",
	Severity: report.Error,
	Title:    "Code in the package's payload is not signed with Developer ID",
	Doc: "The notary service opens a package and checks every Mach-O file in its payloads: each must be " +
		"signed with a Developer ID Application certificate, with the hardened runtime and a secure " +
		"timestamp. An unsigned or ad hoc signed binary makes it answer \"The binary is not signed with a " +
		"valid Developer ID certificate.\" Signing the package itself does not sign the code inside.",
	Fix: "Sign the code before building the package: `codesign --force --options runtime --timestamp --sign " +
		"\"Developer ID Application: NAME (TEAMID)\" PATH`, then `pkgbuild`/`productbuild` and " +
		"`productsign` again.",
	Needs:  []Kind{KindPkg},
	Blocks: []report.Goal{report.GoalNotarization},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if pi.Kind == certs.KindMacInstallerDistrib || pi.Kind == "Mac Installer Distribution" {
				return // a Mac App Store package is not notarized
			}
			for _, c := range pi.Code {
				var kinds []string
				for _, ms := range c.MachO.Slices {
					switch ms.Kind {
					case sigUnsigned, sigAdhoc, sigLinkerSigned:
						kinds = append(kinds, fmt.Sprintf("%s %s", ms.Arch, ms.Kind))
					}
				}
				if len(kinds) > 0 {
					p.Report(pkgCodeAt(in, c), "not signed with a Developer ID certificate (%s): notarization will reject the package", strings.Join(kinds, ", "))
				}
			}
		})
	},
}

var pkgKind = &Check{
	ID:       "pkg-kind",
	Severity: report.Info,
	Title:    "What the installer package is",
	Doc: "A summary of the package as `pkgutil --check-signature` and `pkgutil --payload-files` describe it: " +
		"a product archive (productbuild, with a Distribution file) or a component package (pkgbuild), " +
		"who signed it, and whether a notarization ticket is stapled. Whether it passes notarization is " +
		"only known from Apple's service, or from a stapled ticket.",
	Fix: "Nothing to fix. `xcrun stapler staple PKG` staples the ticket after notarization succeeds, so the " +
		"package opens without a network check.",
	Needs: []Kind{KindPkg},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			f := pi.Facts
			var parts []string
			what := f.PackageKind
			if f.Title != "" {
				what += fmt.Sprintf(" %q", f.Title)
			}
			parts = append(parts, what)
			var ids []string
			for _, c := range f.Components {
				if c.Identifier != "" {
					ids = append(ids, c.Identifier+" "+c.Version)
				}
			}
			if len(ids) > 0 {
				parts = append(parts, "installs "+strings.Join(ids, ", "))
			}
			switch {
			case !pi.Signed:
				parts = append(parts, "unsigned")
			case pi.Leaf != nil:
				s := fmt.Sprintf("signed by %q (%s)", pi.Leaf.Subject.CommonName, strings.Join(f.SignatureStyles, " + "))
				if !f.Timestamp.IsZero() {
					s += ", timestamped " + f.Timestamp.UTC().Format("2006-01-02")
				}
				parts = append(parts, s)
			}
			if f.StapledTicket {
				parts = append(parts, "notarization ticket stapled")
			} else {
				parts = append(parts, "no stapled ticket")
			}
			p.Report(in.Location(), "%s", strings.Join(parts, "; "))
		})
	},
}
