package analyzer

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on identities (.p12): can the file be opened, does it hold what
// codesign needs (a certificate with its private key, the intermediate), and
// does it belong with the profile and the code dropped beside it.

func eachIdentity(p *Pass, fn func(in *Input, ii *identityInput)) {
	for _, in := range p.Case.OfKind(KindIdentity) {
		if ii := in.identityInput(); ii != nil {
			fn(in, ii)
		}
	}
}

var identityWrongPassword = &Check{
	ID:       "identity-wrong-password",
	Severity: report.Error,
	Title:    "The password does not open the identity",
	Doc: "A .p12 file is protected by the password chosen when it was exported; the password given " +
		"does not verify its integrity MAC, so nothing in it could be read. `security import` fails the " +
		"same way (\"MAC verification failed during PKCS12 import (wrong password?)\"), and so does " +
		"fastlane match or a CI step that imports it. The other files were still analysed.",
	Fix: "Give the password used when the identity was exported (Keychain Access > File > Export Items); " +
		"with the command-line tool, `--password-file FILE` or `--password-env NAME`. If nobody knows it, " +
		"export the identity again from the Mac that holds its private key.",
	Needs: []Kind{KindIdentity},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			if ii.WrongPassword {
				p.Report(in.Location(), "the password given does not open this identity (its MAC does not verify); %s", identityProtection(ii))
			}
		})
	},
}

var identityPasswordNeeded = &Check{
	ID:       "identity-password-needed",
	Severity: report.Info,
	Title:    "The identity needs its password to be read",
	Doc: "The certificate and the private key in a .p12 are encrypted with its password. Without it " +
		"signdoctor describes only how the file is protected; with it, it also says which certificate " +
		"it holds, whether the key matches, and whether it signed the code or is listed in the profile " +
		"dropped beside it. The password is used once to decrypt and is kept nowhere.",
	Fix: "Type the password in the field beside the file, or pass `--password-file FILE` or " +
		"`--password-env NAME` to `signdoctor check`.",
	Needs: []Kind{KindIdentity},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			if ii.NeedsPassword {
				p.Report(in.Location(), "protected by a password (none given, and the empty password does not open it); %s", identityProtection(ii))
			}
		})
	},
}

func identityProtection(ii *identityInput) string {
	f := ii.Facts
	s := fmt.Sprintf("MAC %s with %d %s, certificates %s", f.MAC, f.MACIterations, plural(f.MACIterations, "iteration", "iterations"), f.CertEncryption)
	if f.KeyEncryption != "" {
		s += ", key " + f.KeyEncryption
	}
	return s
}

var identityKind = &Check{
	ID:       "identity-kind",
	Severity: report.Info,
	Title:    "What the identity is",
	Doc: "The signing identity a .p12 holds, as Keychain Access shows it under My Certificates: the " +
		"certificate's kind and team, its validity, whether the private key is there and is the " +
		"certificate's, whether the intermediate certificate travels with it, and which tools can read " +
		"the way it is encrypted.",
	Fix: "Nothing to fix. `security import FILE.p12 -k KEYCHAIN -P PASSWORD -T /usr/bin/codesign` imports " +
		"it on a CI Mac; `security find-identity -v -p codesigning` then lists it.",
	Needs: []Kind{KindIdentity},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			f := ii.Facts
			if !f.Decrypted {
				return
			}
			parts := []string{fmt.Sprintf("%q (%s", f.CommonName, f.CertKind)}
			if f.Team != "" {
				parts[0] += ", team " + f.Team
			}
			parts[0] += fmt.Sprintf(", valid %s to %s)", f.NotBefore.UTC().Format("2006-01-02"), f.NotAfter.UTC().Format("2006-01-02"))
			switch {
			case f.PrivateKey && f.KeyMatches:
				parts = append(parts, "with its private key")
			case f.PrivateKey:
				parts = append(parts, "with a private key that is not the certificate's")
			}
			if len(f.Certificates) > 0 {
				parts = append(parts, "also carries "+strings.Join(f.Certificates, ", "))
			}
			if len(f.FriendlyNames) > 0 {
				parts = append(parts, fmt.Sprintf("friendly name %q", f.FriendlyNames[0]))
			}
			parts = append(parts, f.Readers)
			p.Report(in.Location(), "%s", strings.Join(parts, "; "))
		})
	},
}

var identityKeyMismatch = &Check{
	ID:       "identity-key-mismatch",
	Severity: report.Error,
	Title:    "The private key is not the certificate's",
	Doc: "A signing identity is a certificate together with the private key it was issued for. This " +
		"file's key does not match its certificate's public key, so codesign finds no usable identity " +
		"(\"no identity found\") or its signatures fail to verify.",
	Fix: "Export the identity again from the Mac where the certificate was created: in Keychain Access, " +
		"My Certificates, select the certificate (with its key beneath it) and File > Export Items as .p12.",
	Needs:  []Kind{KindIdentity},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			if f := ii.Facts; f.Decrypted && f.PrivateKey && !f.KeyMatches {
				p.Report(in.Location(), "the private key does not match %q", f.CommonName)
			}
		})
	},
}

var identityIncomplete = &Check{
	ID:       "identity-incomplete",
	Severity: report.Error,
	Title:    "The identity lacks its private key or its certificate",
	Doc: "codesign and productsign need both the certificate and its private key. A .p12 exported from " +
		"the Certificates category of Keychain Access, or from a Mac that never had the key, holds only " +
		"the certificate: importing it gives a certificate but no identity (`security find-identity` " +
		"lists nothing, Xcode says the private key is missing).",
	Fix: "Export from My Certificates in Keychain Access on the Mac that created the certificate request, " +
		"so the key comes along; if that Mac is gone, revoke the certificate and create a new one.",
	Needs:  []Kind{KindIdentity},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			if ii.DecodeErr != nil {
				p.Report(in.Location(), "no signing identity in the file: %v", ii.DecodeErr)
			}
		})
	},
}

var identityExpired = &Check{
	ID:       "identity-expired",
	Severity: report.Error,
	Title:    "The identity's certificate has expired",
	Doc: "codesign and productsign refuse to sign with an expired certificate (\"CSSMERR_TP_CERT_EXPIRED\"), " +
		"and Xcode no longer offers it. Code signed earlier with a secure timestamp stays valid.",
	Fix: "Create a new certificate of the same kind (Xcode > Settings > Accounts > Manage Certificates, or " +
		"the developer portal), export it with its key, and replace the .p12 in CI.",
	Needs:  []Kind{KindIdentity},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			if f := ii.Facts; f.Decrypted && f.Expired {
				p.Report(in.Location(), "%q expired on %s", f.CommonName, f.NotAfter.UTC().Format("2006-01-02"))
			}
		})
	},
}

var identityNoIntermediate = &Check{
	ID:       "identity-intermediate-missing",
	Severity: report.Warning,
	Title:    "The identity does not carry Apple's intermediate certificate",
	Doc: "An Apple signing certificate is issued by an intermediate (Apple Worldwide Developer Relations " +
		"G3, or Developer ID Certification Authority G2). codesign needs that intermediate in a keychain to " +
		"build the chain; a fresh CI Mac may lack it, and signing then fails with " +
		"\"unable to build chain to self-signed root\" or errSecInternalComponent.",
	Fix: "Install the intermediate on the signing Mac (https://www.apple.com/certificateauthority/: " +
		"`security import AppleWWDRCAG3.cer -k KEYCHAIN`), or export the identity together with it.",
	Needs: []Kind{KindIdentity},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			f := ii.Facts
			if f.Decrypted && f.CertKind != "not Apple" && !f.IntermediateIncluded {
				p.Report(in.Location(), "%q comes without its issuer %q: the signing Mac must have it installed", f.CommonName, ii.ID.Leaf.Issuer.CommonName)
			}
		})
	},
}

var identityInProfile = &Check{
	ID:       "identity-in-profile",
	Severity: report.Info,
	Title:    "The identity is one of the profile's certificates",
	Doc: "The provisioning profile dropped beside the identity lists its certificate among the " +
		"DeveloperCertificates allowed to sign the app: this .p12 can sign code for that profile.",
	Fix:   "Nothing to fix.",
	Needs: []Kind{KindIdentity, KindProfile},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			leaf := ii.leaf()
			if leaf == nil {
				return
			}
			for _, pin := range p.Case.OfKind(KindProfile) {
				if pr := pin.Profile(); pr != nil {
					for _, dc := range pr.DeveloperCertificates {
						if bytes.Equal(dc.Raw, leaf.Raw) {
							p.Report(in.Location(), "%q is listed in %s (%q)", leaf.Subject.CommonName, pin.Name, pr.Name)
							break
						}
					}
				}
			}
		})
	},
}

var identityNotInProfile = &Check{
	ID:       "identity-not-in-profile",
	Severity: report.Error,
	Title:    "The identity is not one of the profile's certificates",
	Doc: "A provisioning profile lists the certificates allowed to sign the app (DeveloperCertificates). " +
		"Signing with an identity the profile does not list fails in Xcode (\"Provisioning profile doesn't " +
		"include signing certificate\"), and an app signed that way does not install.",
	Fix: "Sign with an identity the profile lists, or edit the profile in the developer portal " +
		"(Certificates, Identifiers & Profiles > Profiles), tick this certificate, and download it again.",
	Needs:  []Kind{KindIdentity, KindProfile},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		eachIdentity(p, func(in *Input, ii *identityInput) {
			leaf := ii.leaf()
			if leaf == nil {
				return
			}
			for _, pin := range p.Case.OfKind(KindProfile) {
				pr := pin.Profile()
				if pr == nil {
					continue
				}
				listed := false
				for _, dc := range pr.DeveloperCertificates {
					if bytes.Equal(dc.Raw, leaf.Raw) {
						listed = true
					}
				}
				if !listed {
					p.Report(in.Location(), "%q is not among the %d certificates of %s (%q)", leaf.Subject.CommonName, len(pr.DeveloperCertificates), pin.Name, pr.Name)
				}
			}
		})
	},
}

// signedBy lists the signatures in the case with their signing certificate.
func signedBy(p *Pass) []struct {
	subject string
	leaf    *x509.Certificate
} {
	var out []struct {
		subject string
		leaf    *x509.Certificate
	}
	eachMachOSlice(p, func(_ machoTarget, ms *machoSlice, subject report.Location) {
		if ms.Leaf != nil {
			out = append(out, struct {
				subject string
				leaf    *x509.Certificate
			}{subject.String(), ms.Leaf})
		}
	})
	eachPkg(p, func(in *Input, pi *pkgInput) {
		if pi.Leaf != nil {
			out = append(out, struct {
				subject string
				leaf    *x509.Certificate
			}{in.Name, pi.Leaf})
		}
	})
	eachDMG(p, func(in *Input, di *dmgInput) {
		if di.Sig != nil && di.Sig.Leaf != nil {
			out = append(out, struct {
				subject string
				leaf    *x509.Certificate
			}{in.Name, di.Sig.Leaf})
		}
	})
	return out
}

var identitySignedCode = &Check{
	ID:       "identity-signed-code",
	Severity: report.Info,
	Title:    "Whether the identity signed the code dropped beside it",
	Doc: "When an identity and signed code (a binary, an app archive, a package) are dropped together, " +
		"signdoctor compares the identity's certificate with the certificate in each signature, so you " +
		"know whether this .p12 is the one that signed it — the usual question when a CI keychain holds " +
		"several.",
	Fix: "Nothing to fix. `codesign -dvv PATH` (Authority=) and `pkgutil --check-signature PKG` name the " +
		"certificate that signed.",
	Needs: []Kind{KindIdentity, KindAny},
	Run: func(p *Pass) {
		sigs := signedBy(p)
		if len(sigs) == 0 {
			return
		}
		eachIdentity(p, func(in *Input, ii *identityInput) {
			leaf := ii.leaf()
			if leaf == nil {
				return
			}
			var signed, other []string
			for _, s := range sigs {
				if bytes.Equal(s.leaf.Raw, leaf.Raw) {
					signed = append(signed, s.subject)
				} else {
					other = append(other, fmt.Sprintf("%s (by %q)", s.subject, s.leaf.Subject.CommonName))
				}
			}
			if len(signed) > 0 {
				p.Report(in.Location(), "%q signed %s", leaf.Subject.CommonName, strings.Join(signed, ", "))
			}
			if len(other) > 0 {
				p.Report(in.Location(), "%q did not sign %s", leaf.Subject.CommonName, strings.Join(other, ", "))
			}
		})
	},
}
