package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on disk images (.dmg): the image's own code signature, the one
// `codesign --sign ID App.dmg` writes and `spctl -a -t open --context
// context:primary-signature` judges. The apps inside are not read.

func eachDMG(p *Pass, fn func(in *Input, di *dmgInput)) {
	for _, in := range p.Case.OfKind(KindDMG) {
		if di := in.dmgInput(); di != nil {
			fn(in, di)
		}
	}
}

var dmgSignatureInvalid = &Check{
	ID:       "dmg-signature-invalid",
	Severity: report.Error,
	Title:    "Disk image signature does not verify",
	Doc: "A signed disk image's CodeDirectory holds the hash of every byte before the signature and of its " +
		"UDIF trailer, and its CMS signs the CodeDirectory. Here one of them does not match: the image was " +
		"changed after `codesign` signed it (converted, resized, edited), or the signature itself was " +
		"damaged. `codesign --verify App.dmg` fails, Gatekeeper rejects the image after download and " +
		"notarization refuses it.",
	Fix: "Sign the final image again, after the last `hdiutil` step: `codesign --force --sign \"Developer ID " +
		"Application: NAME (TEAMID)\" --timestamp App.dmg`, then notarize and staple it.",
	Needs:  []Kind{KindDMG},
	Blocks: []report.Goal{report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			for _, f := range di.Failures {
				p.Report(in.Location(), "%s", f)
			}
		})
	},
}

var dmgUntrustedChain = &Check{
	ID:       "dmg-untrusted-chain",
	Severity: report.Error,
	Title:    "Disk image signed by a certificate that does not chain to Apple",
	Doc: "The image's signing certificate must chain to an Apple root through Apple's Developer ID or WWDR " +
		"intermediate, judged at the signature's secure timestamp or signing time. Otherwise Gatekeeper " +
		"treats the image as from an unidentified developer and notarization refuses it.",
	Fix: "Sign with an Apple-issued Developer ID Application certificate: `codesign --force --sign " +
		"\"Developer ID Application: NAME (TEAMID)\" --timestamp App.dmg`.",
	Needs:  []Kind{KindDMG},
	Blocks: []report.Goal{report.GoalSignature, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			if ms := di.Sig; ms != nil && ms.Leaf != nil && ms.ChainErr != nil {
				p.Report(in.Location(), "the signer %q does not chain to an Apple root: %v", ms.Leaf.Subject.CommonName, ms.ChainErr)
			}
		})
	},
}

var dmgNotDeveloperID = &Check{
	ID:       "dmg-not-developer-id",
	Severity: report.Warning,
	Title:    "Disk image not signed with Developer ID",
	Doc: "A disk image distributed outside the Mac App Store is signed with a Developer ID Application " +
		"certificate; the notary service accepts no other, and Gatekeeper does not accept an image signed " +
		"for development or ad hoc. Signing the image is optional (an unsigned image can be notarized), " +
		"but a signature of the wrong kind fails.",
	Fix: "Sign with `codesign --force --sign \"Developer ID Application: NAME (TEAMID)\" --timestamp App.dmg`, " +
		"or leave the image unsigned and notarize it as it is.",
	Needs:  []Kind{KindDMG},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			f := di.Facts
			switch {
			case f.Signature == "unsigned":
			case di.Sig == nil:
				p.Report(in.Location(), "signed ad hoc (no certificate)")
			case di.Sig.Leaf != nil && di.Sig.CertKind != "Developer ID Application":
				kind := di.Sig.CertKind
				if kind == "" {
					kind = "non-Apple"
				}
				p.Report(in.Location(), "signed with %q (%s certificate): notarization and Gatekeeper expect Developer ID Application", di.Sig.Leaf.Subject.CommonName, kind)
			}
		})
	},
}

var dmgNoSecureTimestamp = &Check{
	ID:       "dmg-no-secure-timestamp",
	Severity: report.Error,
	Title:    "Developer ID disk image without a secure timestamp",
	Doc: "Notarization requires a secure timestamp in every Developer ID signature, the disk image's " +
		"included (\"The signature does not include a secure timestamp.\").",
	Fix: "Sign with `--timestamp`: `codesign --force --sign \"Developer ID Application: NAME (TEAMID)\" " +
		"--timestamp App.dmg`.",
	Needs:  []Kind{KindDMG},
	Blocks: []report.Goal{report.GoalNotarization},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			if ms := di.Sig; ms != nil && ms.CertKind == "Developer ID Application" && ms.Timestamp.IsZero() {
				p.Report(in.Location(), "Developer ID signed without a secure timestamp: notarization will reject it")
			}
		})
	},
}

var dmgKind = &Check{
	ID:       "dmg-kind",
	Severity: report.Info,
	Title:    "What the disk image is",
	Doc: "A summary of the disk image's own signature as `codesign -dvv App.dmg` shows it, and whether a " +
		"notarization ticket is stapled (`xcrun stapler validate App.dmg`). The file system inside the " +
		"image, and so the app it holds, is not inspected: drop the .app folder or its zip for that. " +
		"Whether it passes notarization only Apple's service decides, unless a ticket is stapled.",
	Fix: "Nothing to fix. After notarization succeeds, `xcrun stapler staple App.dmg` staples the ticket so " +
		"the image opens without a network check.",
	Needs: []Kind{KindDMG},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			f := di.Facts
			var parts []string
			what := "disk image"
			if f.Encrypted {
				what = "encrypted disk image"
			}
			switch {
			case f.Signature == "unsigned":
				parts = append(parts, what+", not signed")
			case di.Sig == nil:
				parts = append(parts, fmt.Sprintf("%s signed ad hoc (identifier %q, CDHash %s)", what, f.Identifier, f.CDHash))
			default:
				s := fmt.Sprintf("%s signed by %q (identifier %q, CDHash %s", what, f.Leaf, f.Identifier, f.CDHash)
				if !f.Timestamp.IsZero() {
					s += ", timestamped " + f.Timestamp.UTC().Format("2006-01-02")
				}
				parts = append(parts, s+")")
			}
			if f.StapledTicket {
				parts = append(parts, "notarization ticket stapled")
			} else {
				parts = append(parts, "no stapled ticket")
			}
			parts = append(parts, f.NotInspected)
			p.Report(in.Location(), "%s", strings.Join(parts, "; "))
		})
	},
}
