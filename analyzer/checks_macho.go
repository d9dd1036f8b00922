package analyzer

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on Mach-O binaries: what kind of signature each slice has, whether it
// still matches the file, and what it will be refused for.

// machoTarget is one Mach-O file the checks look at: a dropped binary, or the
// executable of a bundle inside a dropped archive.
type machoTarget struct {
	name    string          // file name, for commands in fixes
	sign    string          // what codesign signs: the file, or the bundle it is the main executable of
	subject report.Location // "App.ipa: Payload/App.app/App" or the dropped file's name
	mi      *machoInput
	bundled bool // inside an archive: the bundle checks speak about signing presence
	nested  bool // inside another signed bundle's code
}

// machoTargets lists every Mach-O in the case, dropped or inside an archive
// (computed once per case: Case.machoTargets).
func machoTargets(p *Pass) []machoTarget { return p.Case.machoTargets() }

func collectMachOTargets(c *Case) []machoTarget {
	var out []machoTarget
	for _, in := range c.Inputs {
		switch in.Kind {
		case KindMachO:
			if mi := in.machoInput(); mi != nil {
				out = append(out, machoTarget{name: baseName(in.Name), sign: baseName(in.Name), subject: in.Location(), mi: mi})
			}
		case KindArchive:
			bi := in.bundleInput()
			if bi == nil {
				continue
			}
			for _, bn := range bi.Nodes {
				if bn.MachO == nil {
					continue
				}
				out = append(out, machoTarget{name: path.Base(bn.ExecPath), sign: bn.Path, subject: bundleAt(in, bn.ExecPath),
					mi: bn.MachO, bundled: true, nested: bi.parentCode(bn) != nil})
			}
		case KindPkg:
			out = append(out, pkgMachOTargets(in)...)
		}
	}
	return out
}

// eachMachOSlice calls fn for every slice of every Mach-O in the case, dropped
// or inside an archive, with its subject ("App.ipa: Payload/App.app/App [arm64]").
func eachMachOSlice(p *Pass, fn func(t machoTarget, ms *machoSlice, subject report.Location)) {
	for _, t := range machoTargets(p) {
		for _, ms := range t.mi.Slices {
			if ms.Archive != nil {
				continue // a static library: nothing in it is signed or run (macho-static-library)
			}
			fn(t, ms, archAt(t.subject, ms))
		}
	}
}

// eachSlice calls fn for every slice of every dropped Mach-O file (not those
// inside archives) with its subject. Other areas' checks use it.
func eachSlice(p *Pass, fn func(in *Input, ms *machoSlice, subject report.Location)) {
	for _, in := range p.Case.OfKind(KindMachO) {
		mi := in.machoInput()
		if mi == nil {
			continue
		}
		for _, ms := range mi.Slices {
			if ms.Archive != nil {
				continue // a static library slice
			}
			fn(in, ms, sliceAt(in, ms))
		}
	}
}

// appleSilicon says the slice runs natively on Apple silicon, where the
// kernel refuses code without at least an ad hoc signature.
func appleSilicon(ms *machoSlice) bool {
	return ms.CPU == 0x0100000c
}

func resultFailures(ms *machoSlice, kind string) []macho.Failure {
	if ms.Result == nil {
		return nil
	}
	var out []macho.Failure
	for _, f := range ms.Result.Failures {
		if f.Kind == kind && !bundleFileFailure(f) {
			out = append(out, f)
		}
	}
	return out
}

// bundleFileFailure says f is about the Info.plist or CodeResources beside
// a bundle's executable: the bundle checks report those
// (bundle-sealed-plist-changed), in their own words.
func bundleFileFailure(f macho.Failure) bool {
	return f.Reason == macho.SuppliedDataChanged || f.Reason == macho.SuppliedDataMissing
}

var machoMalformed = &Check{
	ID:       "macho-malformed",
	Severity: report.Error,
	Title:    "Mach-O header or load commands are damaged",
	Doc: "A Mach-O file starts with a header that says how many load commands follow and how many bytes " +
		"they take; a universal file starts with a table of slices. When a count or size points past the " +
		"end of the file, or a segment is laid out in a way the loader refuses (a readable __PAGEZERO), " +
		"dyld and the kernel reject the file before any signature is looked at, often with nothing more " +
		"than \"malformed Mach-O file\" or \"Killed: 9\".",
	Fix: "Rebuild the binary, or copy it again as binary data (a transfer in text mode, a truncated download " +
		"or a tool that edited the headers can cause this). `lipo -info FILE` and `otool -l FILE` on a Mac " +
		"show the same damage.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Err != nil {
				p.reportCode(t, ms, subject, "cannot be read: %v", ms.Err)
			}
			for _, pr := range ms.Problems {
				switch pr.Code {
				case "pagezero":
					p.reportCode(t, ms, subject, "%s", pr.Msg)
				case "arch-mismatch":
					p.ReportFinding(report.Finding{Severity: report.Warning, Location: subject, Message: pr.Msg})
				}
			}
		})
	},
}

var machoSignatureInvalid = &Check{
	ID:       "macho-signature-invalid",
	Severity: report.Error,
	Title:    "Code signature cannot be read",
	Doc: "The file has an LC_CODE_SIGNATURE load command, but the data it points to is not a valid " +
		"signature: the SuperBlob, a CodeDirectory or one of its fields is out of bounds or of the wrong " +
		"type. macOS treats such code as having an invalid signature: on Apple silicon it will not run, " +
		"elsewhere Gatekeeper rejects it.",
	Fix: "Sign the file again: `codesign --force --sign IDENTITY FILE` (or `codesign --force --sign - FILE` " +
		"for an ad hoc signature). If a tool produced this signature, update or report that tool.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			var te *macho.TruncatedError
			if ms.SigErr != nil && !errors.As(ms.SigErr, &te) {
				p.reportCode(t, ms, subject, "the code signature is malformed: %v", ms.SigErr)
			}
		})
	},
}

var machoSignatureTruncated = &Check{
	ID:       "macho-signature-truncated",
	Severity: report.Error,
	Title:    "Code signature is cut off or lies outside the file",
	Doc: "The load command that locates the code signature points (partly) past the end of the file, or " +
		"the signature covers more code than the file holds. This happens when a file is truncated in " +
		"transit, or when a tool such as strip, install_name_tool or a packer rewrote the file after it " +
		"was signed without re-signing it. The kernel refuses to run it (\"Code Signature Invalid\").",
	Fix: "Download or copy the file again; if a build step changed it after signing, move signing after that " +
		"step, or re-sign: `codesign --force --sign IDENTITY FILE`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			var te *macho.TruncatedError
			if errors.As(ms.SigErr, &te) {
				p.reportCode(t, ms, subject, "%v", te.FormatError)
			}
			for _, f := range resultFailures(ms, "limit") {
				if f.Reason == macho.CodeCutShort {
					p.reportCode(t, ms, subject, "%s", f.Msg)
				}
			}
		})
	},
}

var machoSignatureMisplaced = &Check{
	ID:       "macho-signature-misplaced",
	Severity: report.Warning,
	Title:    "Code signature is not where the tools put it",
	Doc: "codesign and the linker place the signature at the very end of the __LINKEDIT segment, and " +
		"the CodeDirectory's code limit equals the signature's offset. A signature outside __LINKEDIT, a " +
		"gap between the code and the signature, or bytes after the signature mean the file was edited " +
		"after signing (by a patcher, install_name_tool, strip, or an appended payload). Those bytes are " +
		"covered by no hash; `codesign --verify --strict` rejects such a layout.",
	Fix: "Re-sign after the last step that changes the file: `codesign --force --sign IDENTITY FILE`. " +
		"If data was appended on purpose (a self-extracting payload), move it into a section or a resource.",
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			for _, pr := range ms.Problems {
				if pr.Code == "signature-misplaced" || pr.Code == "data-after-signature" {
					p.reportCode(t, ms, subject, "%s", pr.Msg)
				}
			}
			for _, f := range resultFailures(ms, "limit") {
				if f.Reason == macho.CodeBeforeSignature || f.Reason == macho.CodeIntoSignature {
					p.reportCode(t, ms, subject, "%s", f.Msg)
				}
			}
		})
	},
}

var machoUnsigned = &Check{
	ID:       "macho-unsigned",
	Severity: report.Warning,
	Title:    "Binary is not signed",
	Doc: "This slice has no code signature at all. On Apple silicon the kernel refuses to run arm64 code " +
		"that is not at least ad hoc signed (\"Killed: 9\"). Intel code without a signature still runs " +
		"when built locally, but Gatekeeper blocks it once it is downloaded, notarization rejects it, and " +
		"iOS runs no unsigned code at all.",
	Fix: "Sign it: `codesign --sign \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE` " +
		"for distribution outside the App Store, or `codesign --sign - FILE` (ad hoc) to run it on your own Mac.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Err != nil || ms.Kind != sigUnsigned || t.bundled {
				return // inside an archive, bundle-main-unsigned and bundle-nested-unsigned say it
			}
			switch ms.FileType {
			case 2, 6, 7, 8, 11: // execute, dylib, dylinker, bundle, kext: code that runs
			default:
				return // object files, dSYMs and core dumps are never signed
			}
			// Device platforms first: an iOS arm64 slice is refused by iOS,
			// not by a Mac. Simulator slices (iossimulator, and Intel code
			// with LC_VERSION_MIN_IPHONEOS) run unsigned in the Simulator.
			switch ms.Platform {
			case "ios", "tvos", "watchos", "visionos":
				p.ReportFinding(report.Finding{Severity: report.Error, Location: subject,
					Message: "this slice is not signed: " + binaryPlatform(ms.Platform) + " runs no unsigned code"})
				return
			case "iossimulator", "tvossimulator", "watchossimulator", "visionossimulator":
				return // the Simulator runs unsigned code
			}
			if appleSilicon(ms) {
				p.ReportFinding(report.Finding{Severity: report.Error, Location: subject,
					Message: "this slice is not signed: Apple silicon refuses to run it"})
				return
			}
			p.reportCode(t, ms, subject, "this slice is not signed")
		})
	},
}

var machoAdhoc = &Check{
	ID:       "macho-adhoc",
	Severity: report.Info,
	Title:    "Ad hoc signature",
	Doc: "An ad hoc signature (`codesign --sign -`) seals the code with hashes but names no signer: no " +
		"certificate, no team. It satisfies Apple silicon's requirement that code be signed, so the file " +
		"runs on the Mac where it was made. Downloaded, Gatekeeper rejects it; it cannot be notarized, " +
		"cannot use restricted entitlements, and on iOS it runs only on a jailbroken or development setup. " +
		"Its designated requirement is its CDHash, so every rebuild looks like a different program to " +
		"TCC and the keychain.",
	Fix: "To distribute the file, sign it with a certificate: `codesign --force --sign \"Developer ID " +
		"Application: NAME (TEAMID)\" --options runtime --timestamp FILE`, then notarize it.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Kind == sigAdhoc && !t.bundled && strings.HasSuffix(ms.Platform, "simulator") {
				// Gatekeeper never sees Simulator code.
				p.Report(subject, "ad hoc signed (identifier %q, CDHash %s): how Xcode signs Simulator builds; fine for the Simulator, a device build needs a certificate",
					ms.Signature.Primary().Identifier, ms.Signature.Best().CDHashHex())
				return
			}
			if ms.Kind == sigAdhoc && !t.bundled { // in an archive, the bundle facts show each signature
				switch ms.Platform {
				case "ios", "tvos", "watchos", "visionos", "xros":
					// Gatekeeper and "where it was built" are Mac notions.
					p.reportCode(t, ms, subject, "ad hoc signed (identifier %q, CDHash %s): %s runs it only on a jailbroken or development setup; a device build needs a certificate",
						ms.Signature.Primary().Identifier, ms.Signature.Best().CDHashHex(), binaryPlatform(ms.Platform))
				default:
					p.reportCode(t, ms, subject, "ad hoc signed (identifier %q, CDHash %s): runs only where it was built; Gatekeeper rejects it after download",
						ms.Signature.Primary().Identifier, ms.Signature.Best().CDHashHex())
				}
			}
		})
	},
}

var machoLinkerSigned = &Check{
	ID:       "macho-linker-signed",
	Severity: report.Info,
	Title:    "Signed only by the linker",
	Doc: "The linker (ld64, or Go's linker for darwin/arm64) adds an ad hoc signature marked " +
		"linker-signed so that freshly built arm64 code can run. It has no certificate, no requirements " +
		"and no entitlements, and codesign replaces it without --force. It is meant for local runs: " +
		"Gatekeeper rejects it after download and notarization refuses it.",
	Fix: "Sign the final file before shipping it: `codesign --sign \"Developer ID Application: NAME (TEAMID)\" " +
		"--options runtime --timestamp FILE` (add `--entitlements FILE.entitlements` if it needs any).",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Kind == sigLinkerSigned && !t.bundled {
				p.reportCode(t, ms, subject, "signed only by the linker (identifier %q): fine for a local build, not for distribution",
					ms.Signature.Primary().Identifier)
			}
		})
	},
}

var machoCDOnly = &Check{
	ID:       "macho-cd-only",
	Severity: report.Warning,
	Title:    "CodeDirectory without a signer or the ad hoc flag",
	Doc: "The signature has CodeDirectories but neither a CMS signature nor the adhoc flag. No Apple " +
		"tool writes this form: it comes from third-party signers (re-signing tools that leave the signer " +
		"out) or from a tool that removed the CMS blob. With no signer it can count at most as ad hoc, so " +
		"anything that expects one (Gatekeeper, a requirement naming a team, library validation) rejects it.",
	Fix: "Re-sign with codesign: `codesign --force --sign - FILE` for a proper ad hoc signature, or with " +
		"your certificate for distribution.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Kind == sigCDOnly {
				p.reportCode(t, ms, subject, "CodeDirectories (%s) with no CMS signature and no adhoc flag", strings.Join(cdHashNames(ms), ", "))
			}
		})
	},
}

func cdHashNames(ms *machoSlice) []string {
	var out []string
	if ms.Signature != nil {
		for _, cd := range ms.Signature.CodeDirectories {
			out = append(out, cd.HashName())
		}
	}
	return out
}

var machoPageHashMismatch = &Check{
	ID:       "macho-page-hash-mismatch",
	Severity: report.Error,
	Title:    "Code changed after signing",
	Doc: "The CodeDirectory stores one hash per page of code. Recomputing them shows that bytes of the " +
		"file changed after it was signed: a patch, a binary edit, a tool that rewrote load commands, or " +
		"a damaged copy. macOS kills the process when it touches such a page (\"Code Signature Invalid\" " +
		"in the crash report, exception EXC_BAD_ACCESS (SIGKILL)); Gatekeeper refuses the file.",
	Fix: "Sign again after the last change: `codesign --force --sign IDENTITY FILE`, or rebuild and " +
		"re-export. If you did not change it, the copy is damaged or tampered with: get it again from its source.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			for _, f := range resultFailures(ms, "page") {
				p.ReportFinding(report.Finding{Location: subject, Message: f.Msg,
					Fix: commands(codesignCommand(signingIdentity(ms), append(distributionOptions(ms), preserveMetadata), t.sign))})
			}
			if ms.VerifyErr != nil {
				p.reportCode(t, ms, subject, "the pages could not be verified: %v", ms.VerifyErr)
			}
		})
	},
}

var machoSpecialSlotMismatch = &Check{
	ID:       "macho-special-slot-mismatch",
	Severity: report.Error,
	Title:    "Entitlements, requirements or another sealed blob changed",
	Doc: "Besides the code pages, the CodeDirectory seals other data by hash in its special slots: -1 " +
		"Info.plist, -2 the requirements, -3 the bundle's CodeResources, -5 the XML entitlements, -7 the " +
		"DER entitlements. A slot whose hash does not match means that blob was replaced after signing " +
		"(entitlements edited with a hex editor or a re-signing tool that forgot the CodeDirectory). " +
		"macOS refuses the signature; iOS refuses to install the app.",
	Fix: "Re-sign with the intended entitlements: `codesign --force --sign IDENTITY --entitlements " +
		"FILE.entitlements BINARY`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			for _, f := range resultFailures(ms, "slot") {
				p.reportCode(t, ms, subject, "%s", f.Msg)
			}
		})
	},
}

var machoCDHashMismatch = &Check{
	ID:       "macho-cdhash-mismatch",
	Severity: report.Error,
	Title:    "CodeDirectory does not match what the certificate signed",
	Doc: "The CMS signature signs the primary CodeDirectory and, in its signed attributes, the CDHash of " +
		"every CodeDirectory (1.2.840.113635.100.9.1 and .9.2). A CodeDirectory whose hash is not the one " +
		"signed was changed or swapped after signing, so nothing it seals can be trusted.",
	Fix:    "Sign the file again with your certificate: `codesign --force --sign IDENTITY FILE`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			for _, m := range ms.CDHashErrs {
				p.reportCode(t, ms, subject, "%s", m)
			}
		})
	},
}

var machoCMSInvalid = &Check{
	ID:       "macho-cms-invalid",
	Severity: report.Error,
	Title:    "CMS signature is broken",
	Doc: "The signature's CMS blob (the part made with the certificate's private key) cannot be decoded " +
		"or does not verify over the CodeDirectory. Either the blob was damaged or the CodeDirectory was " +
		"replaced after signing. macOS reports such code as having an invalid signature.",
	Fix:    "Sign the file again: `codesign --force --sign IDENTITY FILE`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.CMSErr != nil {
				p.reportCode(t, ms, subject, "%v", ms.CMSErr)
			}
		})
	},
}

var machoUntrustedChain = &Check{
	ID:       "macho-untrusted-chain",
	Severity: report.Error,
	Title:    "Signing certificate does not lead to Apple",
	Doc: "A certificate signature counts on Apple platforms only when its chain ends at one of Apple's " +
		"roots and every certificate in it was valid when the code was signed (the secure timestamp's " +
		"time, else the signing time). A self-made certificate, one from another CA, or a chain with a " +
		"missing intermediate fails: Gatekeeper rejects the code and `codesign --verify` says " +
		"\"CSSMERR_TP_NOT_TRUSTED\".",
	Fix: "Sign with a certificate Apple issued to your team (Xcode > Settings > Accounts > Manage " +
		"Certificates, or the developer portal), with its intermediate installed: `codesign --force " +
		"--sign \"Developer ID Application: NAME (TEAMID)\" --timestamp FILE`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature, report.GoalInstalls, report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Kind == sigCertificate && ms.cmsChecked && ms.CMSErr == nil && ms.ChainErr != nil {
				leaf := "an unknown signer"
				if ms.Leaf != nil {
					leaf = fmt.Sprintf("%q", ms.Leaf.Subject.CommonName)
				}
				p.reportCode(t, ms, subject, "signed by %s, whose chain does not end at an Apple root: %v", leaf, ms.ChainErr)
			}
		})
	},
}

var developmentKinds = map[string]bool{"Apple Development": true, "Mac Development": true, "iPhone Developer": true, "Mac Developer": true}

var machoDevelopmentSigned = &Check{
	ID:       "macho-development-signed",
	Severity: report.Info,
	Title:    "Signed with a development certificate",
	Doc: "Apple Development (formerly iPhone Developer and Mac Developer) certificates are for running " +
		"your own builds on your registered devices. That is fine while you develop; but code signed with " +
		"one cannot be notarized, Gatekeeper rejects it on other Macs, and on iOS it runs only on devices " +
		"listed in its development profile. If this build is meant for others, it was exported the wrong way.",
	Fix: "Export for distribution: in Xcode, Product > Archive, then Distribute App with Developer ID " +
		"(outside the App Store) or App Store Connect; by hand, `codesign --force --sign \"Developer ID " +
		"Application: NAME (TEAMID)\" --options runtime --timestamp FILE`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if developmentKinds[ms.CertKind] {
				p.reportCode(t, ms, subject, "signed with the %s certificate %q: for your own devices only, not for distribution", ms.CertKind, ms.Leaf.Subject.CommonName)
			}
		})
		reportPastedDevelopment(p) // pasted codesign -d output (checks_tooloutput.go)
	},
}

var machoAppStoreSigned = &Check{
	ID:       "macho-app-store-signed",
	Severity: report.Warning,
	Title:    "Mac code signed for App Store submission",
	Doc: "Apple Distribution and 3rd Party Mac Developer Application certificates sign a Mac app for " +
		"upload to App Store Connect. Such a build is not meant to run as it is: launched directly it " +
		"crashes or is killed at start, because its profile and entitlements are only honoured once Apple " +
		"re-signs it for the store.",
	Fix: "To test, run the Apple Development-signed build from Xcode or TestFlight; to ship outside the " +
		"store, export with Developer ID. Upload this build with Xcode or `xcrun altool`/Transporter.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalLaunches, report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			mac := ms.Platform == "macos" || ms.Platform == "maccatalyst"
			if ms.CertKind == "3rd Party Mac Developer Application" || ms.CertKind == "Mac App Distribution" || (mac && ms.CertKind == "Apple Distribution") {
				p.reportCode(t, ms, subject, "signed with %q for App Store submission: don't run this build directly", ms.Leaf.Subject.CommonName)
			}
		})
	},
}

var machoInstallerCert = &Check{
	ID:       "macho-installer-cert",
	Severity: report.Error,
	Title:    "Code signed with an installer certificate",
	Doc: "Developer ID Installer and 3rd Party Mac Developer Installer (Mac Installer Distribution) " +
		"certificates sign .pkg installers, not code. Code signed with one is rejected by Gatekeeper and " +
		"by notarization.",
	Fix: "Sign the code with the Application certificate of the same kind: `codesign --sign \"Developer ID " +
		"Application: NAME (TEAMID)\" …`, and keep the Installer certificate for `productsign`/`pkgbuild --sign`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if strings.Contains(ms.CertKind, "Installer") {
				p.reportCode(t, ms, subject, "signed with an installer certificate (%s)", ms.Leaf.Subject.CommonName)
			}
		})
	},
}

// sha1Needed says whether the slice's deployment target predates SHA-256
// CodeDirectories, and names the target.
func sha1Needed(ms *machoSlice) (bool, string) {
	if !ms.HasMinOS {
		return false, ""
	}
	v := ms.MinOS
	switch strings.TrimSuffix(ms.Platform, "simulator") {
	case "macos":
		return v.Less(10, 11), "macOS " + v.String()
	case "ios", "tvos":
		return v.Less(11, 0), ms.Platform + " " + v.String()
	case "watchos":
		return v.Less(4, 0), "watchOS " + v.String()
	}
	return false, ""
}

var machoSHA1Missing = &Check{
	ID:       "macho-sha1-missing",
	Severity: report.Error,
	Title:    "Old deployment target signed with SHA-256 only",
	Doc: "Systems before macOS 10.11 (and iOS/tvOS 11, watchOS 4) only understand SHA-1 " +
		"CodeDirectories. A slice that still supports them needs a SHA-1 CodeDirectory next to the " +
		"SHA-256 one; without it the old system treats the code as unsigned or invalid. codesign adds " +
		"SHA-1 from the deployment target it reads in the slice, but signing on Apple silicon, with a " +
		"newer tool, or a slice whose target is read wrongly, can drop it. Each slice is judged on its own.",
	Fix: "Re-sign with both digests: `codesign --force --sign IDENTITY --digest-algorithm=sha1,sha256 FILE`, " +
		"or raise the deployment target if the old systems are no longer supported.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalLaunches},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Signature == nil {
				return
			}
			need, target := sha1Needed(ms)
			if !need {
				return
			}
			for _, cd := range ms.Signature.CodeDirectories {
				if cd.HashType == macho.HashSHA1 {
					return
				}
			}
			p.ReportFinding(report.Finding{Location: subject,
				Message: fmt.Sprintf("deployment target %s but only %s CodeDirectories: that system cannot check this signature", target, strings.Join(cdHashNames(ms), ", ")),
				Fix:     commands(codesignCommand(signingIdentity(ms), append(distributionOptions(ms), "--digest-algorithm=sha1,sha256", preserveMetadata), t.sign)),
			})
		})
	},
}

var machoArm64e = &Check{
	ID:       "macho-arm64e",
	Severity: report.Warning,
	Title:    "arm64e slice in third-party code",
	Doc: "arm64e is the pointer-authentication ABI Apple uses for its own system code. Its ABI is not " +
		"stable for third parties: before macOS 26 the system refuses to run third-party arm64e code " +
		"unless arm64e preview ABI is enabled with boot arguments (for testing only), and the process " +
		"is killed (\"not running binary built against preview arm64e ABI\"). iOS App Store builds may " +
		"not contain arm64e either.",
	Fix: "Build for arm64 instead (remove arm64e from ARCHS), or ship an arm64 slice next to it: " +
		"`lipo -remove arm64e FILE -output FILE`.",
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Arch != "arm64e" {
				return
			}
			if ms.appleChain && ms.Leaf.Subject.CommonName == "Software Signing" {
				return // Apple's own code
			}
			signed := "signed as " + ms.Kind
			if ms.Kind == sigUnsigned {
				signed = "not signed"
			}
			switch platformOfBuild(ms.Platform) {
			case entitlements.MacOS, entitlements.AnyPlatform:
				p.reportCode(t, ms, subject, "an arm64e slice %s: third-party arm64e code is refused before macOS 26 except in testing setups", signed)
			default:
				// The macOS rule says nothing about an iOS slice.
				p.reportCode(t, ms, subject, "an arm64e slice for %s %s: arm64e is Apple's pointer-authentication ABI, not a stable ABI for third-party code; ship an arm64 slice", ms.Platform, signed)
			}
		})
	},
}

// developerID says the slice is signed for distribution outside the App
// Store, the case notarization applies to.
func developerID(ms *machoSlice) bool { return ms.CertKind == "Developer ID Application" }

var machoNoHardenedRuntime = &Check{
	ID:       "macho-no-hardened-runtime",
	Severity: report.Error,
	Title:    "Developer ID code without the hardened runtime",
	Doc: "Notarization requires every executable signed with Developer ID to enable the hardened " +
		"runtime (the runtime flag in its CodeDirectory). Without it the notary service answers " +
		"\"The executable does not have the hardened runtime enabled.\"",
	Fix: "Sign with `codesign --force --options runtime --timestamp --sign \"Developer ID Application: " +
		"NAME (TEAMID)\" FILE` (Xcode: Signing & Capabilities > + Hardened Runtime).",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if t.nested {
				return // bundle-nested-no-runtime judges nested code against its bundle
			}
			if developerID(ms) && ms.Signature.Best().Flags&macho.FlagRuntime == 0 {
				p.ReportFinding(report.Finding{Location: subject,
					Message: "Developer ID signed without the hardened runtime flag: notarization will reject it",
					Fix:     commands(codesignCommand(signingIdentity(ms), append(distributionOptions(ms), preserveMetadata), t.sign))})
			}
		})
		reportPastedNoRuntime(p)
	},
}

var machoNoSecureTimestamp = &Check{
	ID:       "macho-no-secure-timestamp",
	Severity: report.Error,
	Title:    "Developer ID code without a secure timestamp",
	Doc: "Notarization requires a secure timestamp from Apple's timestamp service in every Developer ID " +
		"signature (\"The signature does not include a secure timestamp.\"). The timestamp also keeps the " +
		"signature valid after the certificate expires.",
	Fix: "Sign with `--timestamp`: `codesign --force --options runtime --timestamp --sign \"Developer ID " +
		"Application: NAME (TEAMID)\" FILE` (the Mac needs to reach timestamp.apple.com).",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			// A timestamp token that is there but cannot be read is
			// macho-cms-invalid's finding, not a missing timestamp.
			if developerID(ms) && ms.Timestamp.IsZero() && !ms.timestampUnreadable {
				p.ReportFinding(report.Finding{Location: subject,
					Message: "Developer ID signed without a secure timestamp: notarization will reject it",
					Fix:     commands(codesignCommand(signingIdentity(ms), append(distributionOptions(ms), preserveMetadata), t.sign))})
			}
		})
		reportPastedNoTimestamp(p)
	},
}

var machoGetTaskAllow = &Check{
	ID:       "macho-get-task-allow",
	Severity: report.Error,
	Title:    "Distribution-signed code allows debugging",
	Doc: "The com.apple.security.get-task-allow entitlement lets a debugger attach. Xcode adds it to " +
		"debug builds. The notary service rejects Developer ID code that carries it (\"The executable " +
		"requests the com.apple.security.get-task-allow entitlement.\") and App Store Connect rejects " +
		"it too.",
	Fix: "Archive a Release build (Product > Archive) or remove the key from the entitlements file, " +
		"then sign again with `--entitlements FILE.entitlements`.",
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization, report.GoalAppStore},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			switch ms.CertKind {
			case "Developer ID Application", "Apple Distribution", "iPhone Distribution",
				"3rd Party Mac Developer Application", "Mac App Distribution":
			default:
				return
			}
			for _, ents := range []map[string]any{ms.Entitlements, ms.EntitlementsDER} {
				if v, ok := ents["com.apple.security.get-task-allow"].(bool); ok && v {
					p.ReportFinding(report.Finding{Location: subject,
						Message: fmt.Sprintf("signed with %s but carries com.apple.security.get-task-allow = true", ms.CertKind),
						Fix:     withoutEntitlementFix(ms, t.sign, "com.apple.security.get-task-allow")})
					return
				}
			}
		})
		reportPastedGetTaskAllow(p)
	},
}

var machoSlicesDiffer = &Check{
	ID:       "macho-slices-differ",
	Severity: report.Warning,
	Title:    "Slices of one universal file are signed differently",
	Doc: "Each slice of a universal file carries its own signature. Normally one codesign run signs " +
		"them all the same way. Slices with different signature kinds or teams mean the file was " +
		"assembled with lipo from separately signed (or unsigned) pieces; the slice a Mac picks then " +
		"behaves differently from the one you tested, and a requirement naming your team fails on the " +
		"other. Identifiers alone may differ in one signing run (a signer keeps each slice's existing " +
		"linker-signed identifier), and each slice still verifies on its own, so that is not reported.",
	Fix:   "Sign the universal file as a whole after lipo: `codesign --force --sign IDENTITY FILE`.",
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		for _, t := range machoTargets(p) {
			mi := t.mi
			if len(mi.Slices) < 2 {
				continue
			}
			var desc []string
			kinds, teams := map[string]bool{}, map[string]bool{}
			for _, ms := range mi.Slices {
				if ms.Err != nil || ms.Archive != nil {
					continue // static library slices are never signed
				}
				team, id := "", ""
				if ms.Signature != nil && ms.Signature.Primary() != nil {
					team, id = ms.Signature.Primary().TeamID, ms.Signature.Primary().Identifier
				}
				kinds[ms.Kind], teams[team] = true, true
				d := ms.Arch + ": " + ms.Kind
				if team != "" {
					d += " team " + team
				}
				if id != "" {
					d += " " + fmt.Sprintf("%q", id)
				}
				desc = append(desc, d)
			}
			if len(kinds) > 1 || len(teams) > 1 {
				sort.Strings(desc)
				p.Report(t.subject, "slices are signed differently: %s", strings.Join(desc, "; "))
			}
		}
	},
}

var machoEncrypted = &Check{
	ID:       "macho-encrypted",
	Severity: report.Info,
	Title:    "Encrypted App Store binary",
	Doc: "Binaries downloaded from the App Store are encrypted with FairPlay (LC_ENCRYPTION_INFO with a " +
		"non-zero cryptid). The encrypted pages were hashed before encryption, so their hashes cannot be " +
		"checked here; the other pages and the rest of the signature are.",
	Fix: "Nothing to fix. To inspect the code itself, use the build you uploaded (the .xcarchive) rather " +
		"than the App Store download.",
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		eachMachOSlice(p, func(t machoTarget, ms *machoSlice, subject report.Location) {
			if ms.Encrypted {
				n := 0
				if ms.Result != nil && len(ms.Result.CDs) > 0 {
					n = ms.Result.CDs[0].EncryptedPages
				}
				p.reportCode(t, ms, subject, "FairPlay-encrypted: %d encrypted pages not checked, the other pages and the signature were", n)
			}
		})
	},
}
