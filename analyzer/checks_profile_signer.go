package analyzer

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"strings"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Xcode's most asked-about signing error, "Provisioning profile X doesn't
// include signing certificate Y" (on a device: 0xe8008015, "A valid
// provisioning profile for this executable was not found"), decided from
// files: a profile and code signed with a certificate, or a certificate, in
// one case. Certificates are compared by their bytes, never by name: two
// certificates of one person share a name.

// signerPair is one signing certificate to look for in one profile.
type signerPair struct {
	subject report.Location // the code or certificate file
	leaf    *x509.Certificate
	prof    *profile.Profile
	where   string // where the profile is, for messages
	how     string // why they go together
	nested  bool   // code inside a bundle whose profile is its parent's
}

// signerPairs lists, for every bundle, each code signed with a certificate
// with the profile embedded in its bundle (nested code of an iOS-family app
// without its own profile: the app's profile); and for dropped files, each
// signed binary or certificate with the dropped profiles it goes with.
func signerPairs(c *Case) []signerPair {
	var out []signerPair
	for _, in := range c.OfKind(KindArchive) {
		bi := in.bundleInput()
		if bi == nil {
			continue
		}
		for _, bn := range bi.Nodes {
			if bn.MachO == nil {
				continue
			}
			prof, where, nested := bundleProfileFor(bi, bn)
			if prof == nil {
				continue
			}
			for _, g := range leafGroups(bn.MachO) {
				out = append(out, signerPair{subject: archListAt(bundleAt(in, bn.ExecPath), g.archs), leaf: g.leaf,
					prof: prof, where: bundleAt(in, where).String(), how: "embedded", nested: nested})
			}
		}
	}
	var dropped []*Input
	for _, in := range c.OfKind(KindProfile) {
		if in.Profile() != nil {
			dropped = append(dropped, in)
		}
	}
	if len(dropped) == 0 {
		return out
	}
	for _, in := range c.OfKind(KindMachO) {
		mi := in.machoInput()
		if mi == nil {
			continue
		}
		for _, g := range leafGroups(mi) {
			for _, pin := range dropped {
				p := pin.Profile()
				if len(dropped) > 1 && !entitlements.AppIDMatchesBundle(p.AppID, g.identifier) {
					continue // several profiles: the one whose App ID covers the code
				}
				out = append(out, signerPair{subject: archListAt(in.Location(), g.archs), leaf: g.leaf, prof: p, where: pin.Name, how: "dropped"})
			}
		}
	}
	for _, in := range c.OfKind(KindCertificate) {
		for _, cert := range in.Certificates() {
			if cert.IsCA || certs.Kind(cert) == "" {
				continue // authorities and non-Apple certificates sign no code a profile lists
			}
			for _, pin := range dropped {
				out = append(out, signerPair{subject: in.Location(), leaf: cert, prof: pin.Profile(), where: pin.Name, how: "certificate"})
			}
		}
	}
	return out
}

// bundleProfileFor is the profile that governs a bundle node's code: its own
// embedded profile, else, for nested code of an iOS-family app, the nearest
// enclosing bundle's (macOS checks the profile of the code that carries one).
func bundleProfileFor(bi *bundleInput, bn *bundleNode) (p *profile.Profile, where string, nested bool) {
	if bn.Profile != nil && bn.Profile.Profile != nil {
		return bn.Profile.Profile, bn.ProfilePath, false
	}
	for anc := bi.parentCode(bn); anc != nil; anc = bi.parentCode(anc) {
		if anc.Profile != nil && anc.Profile.Profile != nil {
			if isMacProfile(anc.Profile.Profile) {
				return nil, "", false
			}
			return anc.Profile.Profile, anc.ProfilePath, true
		}
	}
	return nil, "", false
}

func isMacProfile(p *profile.Profile) bool {
	for _, pl := range p.Platforms {
		if pl != "macOS" {
			return false
		}
	}
	return len(p.Platforms) > 0
}

// leafGroup is the slices of one file signed by one certificate.
type leafGroup struct {
	leaf       *x509.Certificate
	archs      []string
	identifier string
}

func leafGroups(mi *machoInput) []leafGroup {
	var out []leafGroup
	for _, ms := range mi.Slices {
		if ms.Archive != nil || ms.Kind != sigCertificate || ms.Leaf == nil || ms.cmsBroken() {
			continue
		}
		if certs.Kind(ms.Leaf) == "" {
			// Apple's own signatures (Software Signing, the App Store's
			// re-signing) and non-Apple certificates: no profile lists them,
			// and Apple's are trusted without one.
			continue
		}
		id := ""
		if cd := ms.Signature.Primary(); cd != nil {
			id = cd.Identifier
		}
		merged := false
		for i := range out {
			if bytes.Equal(out[i].leaf.Raw, ms.Leaf.Raw) {
				out[i].archs = append(out[i].archs, ms.Arch)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, leafGroup{leaf: ms.Leaf, archs: []string{ms.Arch}, identifier: id})
		}
	}
	return out
}

// profileListsCert says whether the certificate itself (its bytes) is one
// of the profile's DeveloperCertificates.
func profileListsCert(p *profile.Profile, c *x509.Certificate) bool {
	for _, dc := range p.DeveloperCertificates {
		if bytes.Equal(dc.Raw, c.Raw) {
			return true
		}
	}
	return false
}

// certClass and profileClass sort kinds into development, distribution
// and Developer ID, the classes a profile and its certificates share.
func certClass(kind string) string {
	switch {
	case kind == "":
		return ""
	case certs.IsDevelopment(kind):
		return "development"
	case kind == certs.KindDeveloperIDApp:
		return "Developer ID"
	case kind == certs.KindDeveloperIDInstall, kind == certs.KindMacInstallerDistrib, strings.Contains(kind, "Installer"):
		return "installer"
	}
	return "distribution"
}

func profileClass(k profile.Kind) string {
	switch k {
	case profile.Development, profile.MacDevelopment:
		return "development"
	case profile.DeveloperID:
		return "Developer ID"
	case "":
		return ""
	}
	return "distribution"
}

// describeCert names a certificate as Keychain Access would let you find it.
func describeCert(c *x509.Certificate) string {
	return fmt.Sprintf("%q (SHA-1 %s, expires %s)", c.Subject.CommonName, certs.SHA1Fingerprint(c), c.NotAfter.UTC().Format(time.DateOnly))
}

var profileCertNotIncluded = &Check{
	ID:       "profile-cert-not-included",
	Severity: report.Error,
	Title:    "Provisioning profile doesn't include the signing certificate",
	Doc: "A provisioning profile lists the certificates allowed to sign apps that use it (DeveloperCertificates). " +
		"Code signed with any other certificate does not go with the profile, even a certificate of the same " +
		"person with the same name (a renewed or re-created one has a different SHA-1). Xcode says \"Provisioning " +
		"profile X doesn't include signing certificate Y\"; a device refuses the install with 0xe8008015, \"A valid " +
		"provisioning profile for this executable was not found\" (naming the framework when nested code was " +
		"signed with another certificate); on macOS an app whose restricted entitlements the profile should " +
		"authorise does not launch. A development profile lists development certificates only and a " +
		"distribution profile distribution certificates only, so signing a development profile's app with " +
		"Apple Distribution (or the reverse) always fails this way.",
	Fix: "Sign with a certificate the profile lists (its SHA-1 is in Keychain Access > the certificate > Details, " +
		"or `security find-identity -v -p codesigning`), or regenerate the profile with your certificate ticked: " +
		"developer portal > Profiles > the profile > Edit > Certificates, then download it (Xcode: Settings > " +
		"Accounts > Download Manual Profiles). With automatic signing, let Xcode pick both: Signing & " +
		"Capabilities > Automatically manage signing. Re-sign nested frameworks with the same certificate as the " +
		"app: `codesign --force --sign SHA1 App.app/Frameworks/X.framework`.",
	Needs:  []Kind{KindProfile}, // a profile (dropped or embedded) and signed code or a certificate
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		for _, pr := range signerPairs(p.Case) {
			if len(pr.prof.DeveloperCertificates) == 0 || profileListsCert(pr.prof, pr.leaf) {
				continue
			}
			var msg strings.Builder
			name := pr.prof.Name
			if name == "" {
				name = pr.where
			}
			leafKind := certs.Kind(pr.leaf)
			what, is := "the signing certificate", "this code is signed with"
			if pr.how == "certificate" {
				what, is = "this certificate", "this certificate is"
			}
			// The kind mismatch first: it is the reason, whatever else differs.
			if pc, cc := profileClass(pr.prof.Kind), certClass(leafKind); pc != "" && cc != "" && pc != cc {
				fmt.Fprintf(&msg, "a %s profile lists %s certificates only, and %s %s (a %s certificate): ", pc, pc, is, leafKind, cc)
			}
			fmt.Fprintf(&msg, "the provisioning profile %q (%s) doesn't include %s %s", name, pr.where, what, describeCert(pr.leaf))
			if pr.nested {
				msg.WriteString(" that signed this nested code")
			}
			listed := make([]string, 0, len(pr.prof.DeveloperCertificates))
			sameName := false
			for _, dc := range pr.prof.DeveloperCertificates {
				if dc.Cert == nil {
					continue
				}
				listed = append(listed, describeCert(dc.Cert))
				if dc.Cert.Subject.CommonName == pr.leaf.Subject.CommonName {
					sameName = true
				}
			}
			fmt.Fprintf(&msg, "; it lists %d: %s", len(listed), strings.Join(listed, ", "))
			if sameName {
				msg.WriteString("; one has the same name but is another certificate (renewed or re-created)")
			}
			p.Report(pr.subject, "%s", msg.String())
		}
	},
}
