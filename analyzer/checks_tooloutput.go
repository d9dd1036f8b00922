package analyzer

import (
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/internal/tooloutput"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on pasted tool output. The Mach-O checks whose facts a
// `codesign -d` output shows call the report… functions below, so a pasted
// output gets the same finding, under the same ID and in the same words, as
// the binary itself; the checks of this file judge what only tool output
// shows (a Mac's signing identities, a decoded profile).

// reportPastedDevelopment is macho-development-signed on pasted output.
func reportPastedDevelopment(p *Pass) {
	for _, c := range pastedCodes(p.Case) {
		if c.d.Certificate() && developmentKinds[c.certKind] {
			p.Report(c.subject, "signed with the %s certificate %q: for your own devices only, not for distribution", c.certKind, c.d.Leaf())
		}
	}
}

// reportPastedNoRuntime is macho-no-hardened-runtime on pasted output: the
// CodeDirectory line's flags word lacks 0x10000 (runtime). As on files, only
// Mach-O code is judged: a disk image's signature has no runtime flag.
func reportPastedNoRuntime(p *Pass) {
	for _, c := range pastedCodes(p.Case) {
		if c.d.Certificate() && c.d.MachO() && c.certKind == certs.KindDeveloperIDApp && c.d.HasFlags && c.d.Flags&tooloutput.FlagRuntime == 0 {
			p.Report(c.subject, "Developer ID signed without the hardened runtime flag: notarization will reject it")
		}
	}
}

// reportPastedNoTimestamp is macho-no-secure-timestamp on pasted output:
// codesign prints "Timestamp=" for a secure timestamp and "Signed Time="
// otherwise; the output must reach the lines printed after those (so a
// paste cut short says nothing).
func reportPastedNoTimestamp(p *Pass) {
	for _, c := range pastedCodes(p.Case) {
		if c.d.Certificate() && c.d.MachO() && c.certKind == certs.KindDeveloperIDApp && c.d.Complete && c.d.Timestamp == "" {
			p.Report(c.subject, "Developer ID signed without a secure timestamp: notarization will reject it")
		}
	}
}

// reportPastedGetTaskAllow is macho-get-task-allow on pasted output with
// its entitlements (codesign -d --entitlements -).
func reportPastedGetTaskAllow(p *Pass) {
	for _, c := range pastedCodes(p.Case) {
		switch c.certKind {
		case "Developer ID Application", "Apple Distribution", "iPhone Distribution",
			"3rd Party Mac Developer Application", "Mac App Distribution":
		default:
			continue
		}
		if v, ok := c.d.Entitlements["com.apple.security.get-task-allow"].(bool); ok && v && c.d.Certificate() {
			p.Report(c.subject, "signed with %s but carries com.apple.security.get-task-allow = true", c.certKind)
		}
	}
}

// identityLabel names an identity as find-identity prints it.
func identityLabel(id tooloutput.Identity) string {
	if id.SHA1 == "" {
		return fmt.Sprintf("%q", id.Name)
	}
	return fmt.Sprintf("%q (SHA-1 %s)", id.Name, id.SHA1)
}

var toolIdentityInvalid = &Check{
	ID:       "tool-identity-invalid",
	Severity: report.Error,
	Title:    "Signing identity on this Mac is not valid",
	Doc: "`security find-identity -p codesigning` lists the code-signing identities (certificate and private " +
		"key) in the keychains, then those that are valid. codesign and Xcode only sign with a valid one. An " +
		"identity listed under \"Matching identities\" but missing from \"Valid identities only\", with no " +
		"reason printed, almost always lacks its issuer: the Apple intermediate (Apple Worldwide Developer " +
		"Relations - G3, or Developer ID Certification Authority - G2) is not in the keychain, so no chain " +
		"reaches Apple's root; a custom trust setting on one of the certificates is the other cause. Signing " +
		"then fails with \"errSecInternalComponent\" or \"unable to build chain to self-signed root\". With " +
		"-v, \"0 valid identities found\" alone cannot tell a missing identity from an invalid one. A reason " +
		"printed after an identity (CSSMERR_TP_NOT_TRUSTED, CSSMERR_TP_CERT_EXPIRED, CSSMERR_TP_CERT_REVOKED) is " +
		"explained by the text checks of that message.",
	Fix: "Missing issuer: download the intermediate named in the certificate's Issuer from Apple PKI " +
		"(https://www.apple.com/certificateauthority/) and add it to the login keychain; check `security " +
		"dump-trust-settings` and `security dump-trust-settings -d` find no override. Expired or revoked: " +
		"create a new certificate (Xcode > Settings > Accounts > Manage Certificates) and delete the old " +
		"identity. Then `security find-identity -v -p codesigning` lists it as valid.",
	Needs: []Kind{KindText},
	// No goal: the finding is about the Mac that signs, not about the code
	// or the profile dropped.
	Run: func(p *Pass) {
		subjects, lists := pastedIdentities(p)
		for i, ids := range lists {
			subject := subjects[i]
			for _, id := range ids.List {
				// A reason printed (CSSMERR_TP_NOT_TRUSTED, …) is the
				// message catalogue's to explain: its line is left to it.
				switch {
				case id.Problem != "":
				case !id.Valid && ids.Valid >= 0 && !ids.ValidOnly:
					p.Report(subject, "identity %s is listed but not among the valid identities (%d valid identities found), with no reason printed: most often its issuer, Apple's intermediate certificate, is missing from the keychain", identityLabel(id), ids.Valid)
				}
			}
			if ids.ValidOnly && ids.Valid == 0 && len(ids.List) == 0 {
				p.Report(subject, "no valid code-signing identity on this Mac (0 valid identities found): the certificate or its private key is not in the keychain, or the certificate is not valid; `security find-identity -p codesigning` (without -v) lists the invalid ones and why")
			}
		}
	},
}

var toolIdentityNotInProfile = &Check{
	ID:       "tool-identity-not-in-profile",
	Severity: report.Error,
	Title:    "No signing identity on this Mac is in the profile",
	Doc: "A provisioning profile lists the certificates (DeveloperCertificates) that may sign code using it. " +
		"Xcode signs with an identity from the keychain whose certificate is one of them; when none is, it " +
		"says \"Provisioning profile … doesn't include signing certificate …\" (or finds no identity for the " +
		"profile), and code signed anyway does not install (0xe8008015, \"A valid provisioning profile for this " +
		"executable was not found\"). The identities `security find-identity` printed are compared with the " +
		"profile's certificates by SHA-1 fingerprint, which names a certificate exactly (names repeat across " +
		"renewals).",
	Fix: "Either add this Mac's certificate to the profile (developer portal: Profiles > the profile > Edit > " +
		"select the certificate > Save, then download it or let Xcode fetch it), or install on this Mac the " +
		"identity (.p12: certificate and private key) of a certificate the profile lists.",
	Needs:  []Kind{KindText},
	Blocks: []report.Goal{report.GoalInstalls},
	Run: func(p *Pass) {
		subjects, lists := pastedIdentities(p)
		if len(lists) == 0 {
			return
		}
		for _, c := range profilesToCheck(p) {
			if c.pr == nil || len(c.pr.DeveloperCertificates) == 0 {
				continue
			}
			inProfile := map[string]profile.Certificate{}
			var listed []string
			for _, pc := range c.pr.DeveloperCertificates {
				if pc.Cert == nil {
					continue
				}
				inProfile[certs.SHA1Fingerprint(pc.Cert)] = pc
				listed = append(listed, fmt.Sprintf("%s expires %s", certLabel(pc), profileDay(pc.Cert.NotAfter)))
			}
			for i, ids := range lists {
				var valid []string
				found, hidden := false, false
				for _, id := range ids.List {
					if !id.Valid {
						continue // tool-identity-invalid says why
					}
					hidden = hidden || id.SHA1 == "" // a fingerprint the paste hid may be the profile's
					valid = append(valid, identityLabel(id))
					if _, ok := inProfile[id.SHA1]; ok {
						found = true
					}
				}
				if len(valid) > 0 && !found && !hidden {
					p.Report(c.subject, "none of the %s on this Mac (%s: %s) is one of the profile's certificates (%s): Xcode will say the profile doesn't include the signing certificate",
						countOf(len(valid), "valid identity", "valid identities"), subjects[i], strings.Join(valid, ", "), strings.Join(listed, "; "))
				}
			}
		}
	},
}

var toolProfileDecoded = &Check{
	ID:       "tool-profile-decoded",
	Severity: report.Info,
	Title:    "Profile read from security cms -D output",
	Doc: "`security cms -D -i FILE.mobileprovision` prints the property list inside a provisioning profile " +
		"without the CMS signature around it. Its facts (team, App ID, entitlements, devices, certificates, " +
		"dates) are checked as those of the file, but two things cannot be: whether Apple signed the profile, " +
		"and whether it was changed after signing. A device or Mac checks both.",
	Fix: "Drop the .mobileprovision or .provisionprofile file itself (in an app: Payload/App.app/" +
		"embedded.mobileprovision or App.app/Contents/embedded.provisionprofile) to have the signature checked.",
	Needs: []Kind{KindProfile}, // pasted text, or a profile's XML pasted alone
	Run: func(p *Pass) {
		for _, c := range append(pastedProfiles(p.Case), pastedBareProfiles(p)...) {
			if c.pr == nil {
				continue
			}
			p.Report(c.subject, "profile %q (UUID %s) read from decoded text: its contents are checked, but not Apple's signature, which `security cms -D` leaves out", c.pr.Name, c.pr.UUID)
		}
	},
}

var toolNotStapled = &Check{
	ID:       "tool-not-stapled",
	Severity: report.Info,
	Title:    "No notarization ticket stapled",
	Doc: "`xcrun stapler validate` found no notarization ticket attached to the app, disk image or " +
		"installer package. A notarized item without a stapled ticket still opens: Gatekeeper asks Apple's " +
		"servers for the ticket at first launch, which fails when the Mac is offline or the network blocks it. " +
		"A disk image or package made from the app before it was stapled carries no ticket either. Code that " +
		"was never notarized has no ticket to staple (spctl then says \"source=Unnotarized Developer ID\").",
	Fix: "After notarization is accepted, staple the item you ship: `xcrun stapler staple App.app` (or the " +
		".dmg / .pkg; a .zip cannot be stapled: staple the app, then zip it again), and check with " +
		"`xcrun stapler validate`.",
	Needs:  []Kind{KindText},
	Blocks: nil, // it opens anyway when online
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindText) {
			pt := in.toolOutput()
			if pt == nil {
				continue
			}
			for i, s := range pt.out.Sections {
				if s.Stapler != nil && s.Stapler.NoTicket && !s.Stapler.Worked {
					p.Report(pt.at[i], "%s has no notarization ticket stapled: Gatekeeper must fetch it online, if it was notarized at all", s.Stapler.Path)
				}
			}
		}
	},
}

// pastedPackages calls fn for each pkgutil --check-signature output.
func pastedPackages(p *Pass, fn func(subject report.Location, pk *tooloutput.Package)) {
	for _, in := range p.Case.OfKind(KindText) {
		if pt := in.toolOutput(); pt != nil {
			for i, s := range pt.out.Sections {
				if s.Package != nil {
					fn(pt.at[i], s.Package)
				}
			}
		}
	}
}

var toolPkgUnsigned = &Check{
	ID:       "tool-pkg-unsigned",
	Severity: report.Error,
	Title:    "Installer package is not signed",
	Doc: "`pkgutil --check-signature` says \"Status: no signature\": the flat installer package carries no " +
		"signature. Downloaded, Gatekeeper refuses to open it (\"can't be opened because it is from an " +
		"unidentified developer\"), and the notary service accepts only packages signed with a Developer ID " +
		"Installer certificate. Signing the app inside is not enough: the package has its own signature.",
	Fix: "Sign the package with the Developer ID Installer certificate: `productsign --sign \"Developer ID " +
		"Installer: NAME (TEAMID)\" unsigned.pkg signed.pkg` (or `pkgbuild`/`productbuild --sign`), then " +
		"notarize and staple it.",
	Needs:  []Kind{KindText},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		pastedPackages(p, func(subject report.Location, pk *tooloutput.Package) {
			if pk.Status == "no signature" {
				p.Report(subject, "package %q has no signature: Gatekeeper will not open it after download, and notarization needs a Developer ID Installer signature", pk.Name)
			}
		})
	},
}

var toolPkgStoreCertificate = &Check{
	ID:       "tool-pkg-store-certificate",
	Severity: report.Warning,
	Title:    "Package signed for the Mac App Store",
	Doc: "A package signed with a Mac Installer Distribution (formerly 3rd Party Mac Developer Installer) " +
		"certificate is meant for upload to App Store Connect. Outside the Mac App Store, Gatekeeper does not " +
		"accept it and the notary service rejects it: packages distributed directly need the Developer ID " +
		"Installer certificate.",
	Fix: "For distribution outside the Mac App Store sign with `productsign --sign \"Developer ID Installer: " +
		"NAME (TEAMID)\" in.pkg out.pkg`; keep the Mac Installer Distribution signature for uploads to App " +
		"Store Connect.",
	Needs:  []Kind{KindText},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		pastedPackages(p, func(subject report.Location, pk *tooloutput.Package) {
			if len(pk.Chain) == 0 {
				return
			}
			switch leaf := pk.Chain[0].Name; certKindFromName(leaf) {
			case "Mac Installer Distribution", "3rd Party Mac Developer Installer":
				p.Report(subject, "package %q is signed with %q, a Mac App Store installer certificate: outside the store it is not accepted", pk.Name, leaf)
			}
		})
	},
}
