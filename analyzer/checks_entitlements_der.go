package analyzer

import (
	"fmt"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// The DER form of signed entitlements: present, equal to the XML form, and
// encoded as codesign encodes it.

// Source: Apple documentation "Using the latest code signature format".
var entXMLDERMismatch = &Check{
	ID:       "ent-xml-der-mismatch",
	Severity: report.Error,
	Title:    "XML and DER entitlements disagree, or the DER form is missing",
	Doc: "A signature carries the entitlements twice: as an XML property list (slot 5) and, since 2021, " +
		"in DER form (slot 7). Since iOS 15, iPadOS 15, tvOS 15 and watchOS 8 the system refuses to launch " +
		"code whose signature has XML entitlements but no DER entitlements (codesign before Xcode 12.5 / " +
		"macOS 11.3 and some re-signing tools do not write it); macOS does not require the DER form yet. " +
		"When the two disagree, the OS enforces the DER form while every tool that prints the XML shows " +
		"something else.",
	Fix: "Re-sign with a current codesign (macOS 11.3 or later), which writes both forms from one " +
		"entitlements file: `codesign --force --sign IDENTITY --entitlements FILE.entitlements " +
		"--generate-entitlement-der APP`. Re-signing tools need an update that writes DER entitlements.",
	Needs:  []Kind{KindMachO}, // Mach-O files, and binaries inside archives
	Blocks: []report.Goal{report.GoalInstalls, report.GoalLaunches},
	Run: func(p *Pass) {
		// Mach-O files and the executables inside archives, with the same
		// subjects the macho checks use.
		// App Store Connect re-signs what it receives, so an App Store
		// build's missing DER form is repaired on the way to users.
		profileKind := map[report.Location]string{}
		for _, pr := range pairings(p.Case) {
			profileKind[withoutArch(pr.S.At)] = pr.P.P.Kind
		}
		eachMachOSlice(p, func(_ machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Err != nil || ms.Signature == nil || len(ms.Signature.Entitlements) == 0 || ms.EntitlementsErr != nil {
				return
			}
			if len(ms.Signature.EntitlementsDER) == 0 {
				if len(ms.Entitlements) == 0 && platformOfBuild(ms.Platform) != entitlements.IOS {
					// An empty dictionary grants nothing and macOS does
					// not ask for the DER form: nothing to disagree.
					return
				}
				msg := fmt.Sprintf("has XML entitlements (%d keys) but no DER entitlements", len(ms.Entitlements))
				sev := report.Warning
				if platformOfBuild(ms.Platform) == entitlements.IOS {
					sev = report.Error
					if profileKind[withoutArch(subject)] == "app-store" {
						sev = report.Info
						msg += "; App Store Connect re-signs App Store and TestFlight builds in the new format, but installed any other way this signature does not launch on iOS 15 and later"
					}
				}
				p.ReportFinding(report.Finding{Location: subject, Severity: sev, Message: msg})
				return
			}
			if ms.DERErr != nil {
				p.Report(subject, "the DER entitlements cannot be read: %v", ms.DERErr)
				return
			}
			for _, d := range entitlements.CompareXMLDER(ms.Entitlements, ms.EntitlementsDER) {
				p.Report(subject, "%s", d)
			}
		})
	},
}

var entDERForm = &Check{
	ID:       "ent-der-form",
	Severity: report.Warning,
	Title:    "DER entitlements not in the form codesign writes",
	Doc: "codesign writes DER entitlements in one exact form: an [APPLICATION 16] wrapper holding version " +
		"1 and a dictionary whose entries are sorted by key, with true written as 0xff. Some third-party " +
		"signers write a bare SET of key/value pairs, unsorted keys or true as 0x01. The values may be the " +
		"same, but the OS compares and hashes the blob as written: re-signing tools that were fixed for " +
		"this report that codesign --verify and devices rejected the old form (zsign PR #391).",
	Fix: "Re-sign with codesign (macOS 11.3 or later) or an updated re-signing tool so the DER " +
		"entitlements are regenerated: `codesign --force --sign IDENTITY --entitlements FILE.entitlements APP`.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.Inputs {
			if ei := in.entitlementsInput(); ei != nil && ei.Format == entitlements.FormatDER && !ei.DER.Canonical {
				p.Report(in.Location(), "%s", derFormText(ei.DER))
			}
		}
		eachMachOSlice(p, func(_ machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Signature == nil || len(ms.Signature.EntitlementsDER) == 0 {
				return
			}
			if _, info, err := entitlements.DecodeDERInfo(ms.Signature.EntitlementsDER); err == nil && !info.Canonical {
				p.Report(subject, "%s", derFormText(info))
			}
		})
	},
}

// withoutArch is the code at a location, whichever of its slices.
func withoutArch(at report.Location) report.Location {
	at.Arch = ""
	return at
}

func derFormText(info entitlements.DERInfo) string {
	if !info.AppleForm {
		return "the DER entitlements are a bare SET of key/value pairs without Apple's [APPLICATION 16] wrapper and version, the form some third-party signers write"
	}
	return fmt.Sprintf("the DER entitlements (version %d) are not encoded exactly as codesign encodes them (key order, BOOLEAN or INTEGER encoding)", info.Version)
}
