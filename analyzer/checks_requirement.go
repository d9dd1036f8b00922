package analyzer

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/requirement"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks on code requirements: the designated requirement each signature
// carries, and the requirement the user asks about (Options.Requirement).

// requirementContext is what a slice's signature says, in the terms the
// requirement evaluator needs. Trust is Apple's pinned roots plus the test
// roots of the case runner.
func requirementContext(opts *Options, ms *machoSlice) *requirement.Context {
	sig := ms.Signature
	if sig == nil || sig.Primary() == nil {
		return nil
	}
	cd := sig.Primary()
	ctx := &requirement.Context{Identifier: cd.Identifier, Platform: int32(cd.Platform)}
	for _, c := range sig.CodeDirectories {
		ctx.CDHashes = append(ctx.CDHashes, c.CDHash)
	}
	ctx.Entitlements = ms.Entitlements
	if ctx.Entitlements == nil {
		ctx.Entitlements = ms.EntitlementsDER
	}
	// A CMS whose signature fails proves nothing about who signed: judge the
	// code as if it had no chain.
	if ms.Leaf == nil || ms.CMSErr != nil {
		return ctx
	}
	ctx.Chain = ms.Chain
	if len(ctx.Chain) == 0 {
		// The chain was not accepted as a whole (an expired certificate, a
		// missing issuer). Requirements look only at the certificates, not
		// at their dates, so use the issuers whose signatures hold.
		ctx.Chain = linkedOrder(ms.Leaf, ms.Certificates)
	}
	ctx.AppleRoot = requirementTrust(opts).IsTrustedRoot
	return ctx
}

// requirementTrust is the analysis's trust; with unreadable test roots a
// requirement is still evaluated against Apple's.
func requirementTrust(opts *Options) *certs.Trust {
	trust, err := trustFor(opts)
	if err != nil {
		return certs.Apple()
	}
	return trust
}

// linkedOrder is the leaf and its issuers among certs, as far as each
// issuer's signature verifies, so a forged issuer never stands in for
// Apple's.
func linkedOrder(leaf *x509.Certificate, pool []*x509.Certificate) []*x509.Certificate {
	order := issuerOrder(leaf, pool)
	for i := 1; i < len(order); i++ {
		child, parent := order[i-1], order[i]
		if parent.CheckSignature(child.SignatureAlgorithm, child.RawTBSCertificate, child.Signature) != nil {
			return order[:i]
		}
	}
	return order
}

// designated returns the slice's explicit designated requirement, or nil.
func designated(ms *machoSlice) *requirement.Node {
	if ms.Signature == nil || ms.Signature.Requirements == nil || ms.RequirementErr != nil {
		return nil
	}
	set, err := requirement.DecodeSet(ms.Signature.Requirements)
	if err != nil {
		return nil
	}
	return set[requirement.TypeDesignated]
}

// signedCode is one slice of code the requirement checks look at, with the
// Info.plist bound to it when it sits in a bundle.
type signedCode struct {
	subject report.Location
	ms      *machoSlice
	info    map[string]any
}

// eachSignedCode calls fn for every slice of every Mach-O input and of every
// executable inside an app archive.
func eachSignedCode(p *Pass, fn func(c signedCode)) {
	eachSlice(p, func(in *Input, ms *machoSlice, subject report.Location) {
		fn(signedCode{subject: subject, ms: ms})
	})
	eachNode(p, func(in *Input, bi *bundleInput, bn *bundleNode) {
		if bn.MachO == nil {
			return
		}
		for _, ms := range bn.MachO.Slices {
			fn(signedCode{subject: archAt(bundleAt(in, bn.ExecPath), ms), ms: ms, info: bn.InfoPlist})
		}
	})
}

// context is the evaluation context of one piece of signed code.
func (c signedCode) context(opts *Options) *requirement.Context {
	ctx := requirementContext(opts, c.ms)
	if ctx != nil {
		ctx.InfoPlist = c.info
	}
	return ctx
}

// signerName says who signed a slice, for messages.
func signerName(ms *machoSlice) string {
	if ms.Leaf != nil {
		return fmt.Sprintf("%q", ms.Leaf.Subject.CommonName)
	}
	return "an ad hoc signature"
}

var reqDesignatedAnchorApple = &Check{
	ID:       "req-designated-anchor-apple",
	Severity: report.Error,
	Title:    `Designated requirement says "anchor apple" on code that is not Apple's`,
	Doc: `"anchor apple" in a code requirement does not mean "signed with a certificate from Apple": it means ` +
		`Apple's own software, signed with the certificate Apple Code Signing Certification Authority issues to ` +
		`Apple itself. No developer certificate (Apple Development, Developer ID, Apple Distribution) satisfies it. ` +
		`A designated requirement that says "anchor apple" on third-party code can never be met by that code: ` +
		`codesign --verify reports that it does not satisfy its designated requirement, and anything that checks ` +
		`the code against its designated requirement (keychain access, TCC, XPC peers, updaters) refuses it. ` +
		`The same mistake in an XPC or launchd requirement (setCodeSigningRequirement("anchor apple")) makes the ` +
		`connection fail with -67050 (errSecCSReqFailed).`,
	Fix: `Require Apple-issued certificates of your team instead: ` +
		`anchor apple generic and certificate leaf[subject.OU] = "TEAMID" (add identifier "…" to name one program). ` +
		`Re-sign with the corrected requirement, or drop the explicit one and let codesign make the default: ` +
		`codesign --force --sign "Developer ID Application: …" -r='designated => identifier "com.example.app" and anchor apple generic and certificate leaf[subject.OU] = "TEAMID"' PATH`,
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachSignedCode(p, func(sc signedCode) {
			ms, subject := sc.ms, sc.subject
			dr := designated(ms)
			if dr == nil {
				return
			}
			ctx := sc.context(&p.Options)
			if ctx == nil || ctx.Platform != 0 {
				return // Apple's platform binaries may satisfy it through the trust cache
			}
			for _, issue := range requirement.Lint(dr) {
				if issue.Code != "anchor-apple" {
					continue
				}
				res := requirement.Evaluate(&requirement.Node{Op: requirement.OpAppleAnchor}, ctx)
				if res.Satisfied || res.Undetermined {
					return
				}
				team := ""
				if ms.Leaf != nil {
					team = orgUnit(ms.Leaf)
				}
				if team == "" {
					team = ms.Signature.Primary().TeamID
				}
				p.Report(subject, "the designated requirement `%s` asks for Apple's own code (anchor apple), but this code is signed by %s, so it never satisfies its own designated requirement; use `%s`",
					dr.String(), signerName(ms), requirement.ThirdPartyRequirement(team))
				return
			}
		})
	},
}

var reqDesignatedRootPinned = &Check{
	ID:       "req-designated-root-pinned",
	Severity: report.Error,
	Title:    "Designated requirement looks for an intermediate's marker on the root (or the leaf's on another certificate)",
	Doc: `Apple marks its certificates with extensions: 1.2.840.113635.100.6.2.* on the intermediate authorities ` +
		`(6.2.1 Apple Worldwide Developer Relations, 6.2.6 Developer ID) and 1.2.840.113635.100.6.1.* on the ` +
		`developer's own (leaf) certificate (6.1.13 Developer ID Application, 6.1.12 Mac Development, …). Apple's ` +
		`designated requirements therefore say certificate 1[field.1.2.840.113635.100.6.2.6] (the first ` +
		`certificate above the leaf) and certificate leaf[field.1.2.840.113635.100.6.1.13]. A hand-written ` +
		`requirement that asks certificate root[…] for an intermediate's marker, or asks the wrong certificate ` +
		`for a leaf marker, can never hold: Apple's root carries no such extension. The code then fails its ` +
		`own designated requirement.`,
	Fix: `Ask the certificate that carries the marker: certificate 1[field.1.2.840.113635.100.6.2.6] for the ` +
		`Developer ID intermediate (6.2.1 for WWDR), certificate leaf[field.1.2.840.113635.100.6.1.13] for the ` +
		`Developer ID Application leaf, then re-sign with codesign -r='designated => …'. Check the result with ` +
		`codesign -d -r- PATH and codesign --verify --strict PATH.`,
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachSignedCode(p, func(sc signedCode) {
			dr := designated(sc.ms)
			if dr == nil {
				return
			}
			subject := sc.subject
			for _, issue := range requirement.Lint(dr) {
				if issue.Code == "root-pinned" || issue.Code == "marker-wrong-certificate" {
					p.Report(subject, "the designated requirement says `%s`: %s; write `%s`", issue.Clause, issue.Message, issue.Suggest)
				}
			}
		})
	},
}

var reqDesignatedUnsatisfied = &Check{
	ID:       "req-designated-unsatisfied",
	Severity: report.Error,
	Title:    "Code does not satisfy its own designated requirement",
	Doc: `The designated requirement (DR) is how macOS recognises "the same program" across updates: the ` +
		`keychain, privacy permissions (TCC), XPC peers and updaters compare code against it. codesign ` +
		`--verify also checks that the code satisfies its own DR. When the DR was written by hand, copied from ` +
		`another target, or left over from an earlier signature (a different identifier or team), the code ` +
		`fails it: verification fails and every permission tied to the DR is lost.`,
	Fix: `Let codesign make the DR (drop -r / --requirements), or write one that matches what the signature ` +
		`says, then re-sign: codesign --force --sign IDENTITY PATH. Test a requirement before shipping it with ` +
		`codesign --verify -R='<requirement>' PATH, or with signdoctor check --requirement '<requirement>'.`,
	Needs:  []Kind{KindMachO},
	Blocks: []report.Goal{report.GoalSignature},
	Run: func(p *Pass) {
		eachSignedCode(p, func(sc signedCode) {
			dr, subject := designated(sc.ms), sc.subject
			if sc.ms.cmsBroken() {
				return // the signature itself fails (macho-cms-invalid); its certificates prove nothing
			}
			ctx := sc.context(&p.Options)
			if dr == nil || ctx == nil {
				return
			}
			// Clauses the more specific checks explain are left to them.
			explained := map[string]bool{}
			for _, issue := range requirement.Lint(dr) {
				explained[issue.Clause] = true
			}
			res := requirement.Evaluate(dr, ctx)
			if res.Satisfied || res.Undetermined {
				return
			}
			var why []string
			for _, c := range res.Failed() {
				if !explained[c.Text] {
					why = append(why, c.Text+": "+c.Why)
				}
			}
			if len(why) == 0 {
				return
			}
			p.Report(subject, "the designated requirement `%s` does not hold for this code: %s", dr.String(), strings.Join(why, "; "))
		})
	},
}

// userRequirement compiles Options.Requirement; nil when none was given.
func userRequirement(p *Pass) (*requirement.Node, error) {
	text := strings.TrimSpace(p.Options.Requirement)
	if text == "" {
		return nil, nil
	}
	return requirement.ParseRequirement(text)
}

var reqInvalid = &Check{
	ID:       "req-invalid",
	Severity: report.Error,
	Title:    "The requirement you gave is not valid requirement language",
	Doc: `Code requirements are written in Apple's requirement language: conditions such as identifier "…", ` +
		`anchor apple generic, certificate leaf[subject.OU] = "TEAMID", info[KEY] = VALUE, ` +
		`entitlement["KEY"] exists and cdhash H"…", joined with and, or, ! and parentheses. Words with dots ` +
		`or dashes must be quoted, keywords (anchor, apple, leaf, …) cannot be used as bare values, and hashes ` +
		`are 40 hex digits. SecRequirementCreateWithString, setCodeSigningRequirement and codesign -R refuse ` +
		`text that does not parse.`,
	Fix: `Correct the text at the column the message names. Quote values containing dots or dashes ` +
		`("com.example.app"); check the grammar with csreq -r='<requirement>' -t on a Mac.`,
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		_, err := userRequirement(p)
		if err == nil {
			return
		}
		var se *requirement.SyntaxError
		if errors.As(err, &se) {
			p.Report(report.Location{Item: "requirement"}, "`%s`: %s", p.Options.Requirement, se.Error())
			return
		}
		p.Report(report.Location{Item: "requirement"}, "`%s`: %v", p.Options.Requirement, err)
	},
}

// eachRequirementEval evaluates Options.Requirement against every signed
// slice.
func eachRequirementEval(p *Pass, fn func(subject report.Location, req *requirement.Node, res requirement.Result)) {
	req, err := userRequirement(p)
	if req == nil || err != nil {
		return
	}
	eachSignedCode(p, func(sc signedCode) {
		if ctx := sc.context(&p.Options); ctx != nil {
			fn(sc.subject, req, requirement.Evaluate(req, ctx))
		}
	})
}

var reqUnsatisfied = &Check{
	ID:       "req-unsatisfied",
	Severity: report.Error,
	Title:    "The code does not satisfy the requirement you gave",
	Doc: `A code requirement is checked against the code's signature: the signing identifier, the certificate ` +
		`chain (anchor apple, anchor apple generic, certificate fields and Apple's marker extensions), ` +
		`Info.plist keys, entitlements and the CDHash. When a requirement given to ` +
		`setCodeSigningRequirement, SecStaticCodeCheckValidity, an XPC listener or an updater does not hold, ` +
		`the check fails with -67050 (errSecCSReqFailed). The finding lists each condition that fails and why. ` +
		`A common cause: "anchor apple" only matches Apple's own software, never code signed with a developer ` +
		`certificate.`,
	Fix: `Change the requirement or the signature so each failing condition holds. For your own team's code ` +
		`use anchor apple generic and certificate leaf[subject.OU] = "TEAMID" (plus identifier "…" to name one ` +
		`program). On a Mac, confirm with codesign --verify -R='<requirement>' PATH.`,
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		eachRequirementEval(p, func(subject report.Location, req *requirement.Node, res requirement.Result) {
			if res.Satisfied {
				return
			}
			var why []string
			for _, c := range res.Failed() {
				why = append(why, c.Text+": "+c.Why)
			}
			if res.Undetermined {
				p.ReportFinding(report.Finding{Severity: report.Warning, Location: subject,
					Message: fmt.Sprintf("whether this code satisfies `%s` depends on the Mac that checks it: %s", req.String(), strings.Join(why, "; "))})
				return
			}
			p.Report(subject, "does not satisfy `%s`: %s", req.String(), strings.Join(why, "; "))
		})
	},
}

var reqSatisfied = &Check{
	ID:       "req-satisfied",
	Severity: report.Info,
	Title:    "The code satisfies the requirement you gave",
	Doc: `The requirement holds for this signature: every condition (identifier, anchor, certificate ` +
		`fields, Info.plist keys, entitlements, CDHash) matches. A connection or check that uses this ` +
		`requirement will accept this code, as long as the signature itself is valid on the Mac that checks ` +
		`it.`,
	Fix: `Nothing to fix. Keep the requirement as narrow as you need: include the team ` +
		`(certificate leaf[subject.OU] = "TEAMID") so that code signed by others cannot pass.`,
	Needs: []Kind{KindMachO},
	Run: func(p *Pass) {
		eachRequirementEval(p, func(subject report.Location, req *requirement.Node, res requirement.Result) {
			if res.Satisfied {
				p.Report(subject, "satisfies `%s`", req.String())
			}
		})
	},
}

// RequirementEval evaluates the requirement the user gave (opts.Requirement)
// against one slice, for the slice's facts (requirement_eval). It returns nil
// when no requirement was given or the slice is not signed; a requirement that
// does not compile gives an Error and nothing else.
func requirementEval(opts *Options, code signedCode) *report.RequirementEval {
	text := strings.TrimSpace(opts.Requirement)
	if text == "" {
		return nil
	}
	ctx := code.context(opts)
	if ctx == nil {
		return nil
	}
	req, err := requirement.ParseRequirement(text)
	if err != nil {
		return &report.RequirementEval{Text: text, Clauses: []report.RequirementClause{}, Error: err.Error()}
	}
	res := requirement.Evaluate(req, ctx)
	out := &report.RequirementEval{Text: req.String(), Satisfied: res.Satisfied, Undetermined: res.Undetermined,
		Clauses: make([]report.RequirementClause, 0, len(res.Clauses))}
	for _, c := range res.Clauses {
		out.Clauses = append(out.Clauses, report.RequirementClause{Text: c.Text, Satisfied: c.Satisfied, Undetermined: c.Undetermined, Why: c.Why})
	}
	return out
}

// implicitRequirement is the designated requirement the system makes for a
// slice that carries none, as codesign -d -r- prints it after
// "# designated => ": the CDHashes for ad hoc code, DRMaker's form for
// certificate-signed code. "" when the slice has an explicit one or no
// signature.
func implicitRequirement(opts *Options, ms *machoSlice) string {
	if designated(ms) != nil {
		return ""
	}
	ctx := requirementContext(opts, ms)
	if ctx == nil {
		return ""
	}
	var n *requirement.Node
	if len(ctx.Chain) > 0 {
		n = requirement.ImplicitDesignated(ctx.Identifier, ctx.Chain, ctx.AppleRoot)
	} else {
		n = requirement.ImplicitAdhoc(ctx.CDHashes)
	}
	if n == nil {
		return ""
	}
	return n.String()
}

// RequirementSyntaxError is a requirement text that does not compile; Line
// and Column (from 1) say where, so a text box can point at it.
type RequirementSyntaxError = requirement.SyntaxError

// RequirementResult is a requirement evaluated against one signed slice.
type RequirementResult struct {
	// Subject names the slice as findings do: "name [arch]".
	Subject string `json:"subject"`
	// Location is the slice in parts, as a finding's.
	Location report.Location        `json:"location,omitzero"`
	Eval     report.RequirementEval `json:"requirement_eval"`
}

// CheckRequirementSyntax compiles requirement text and returns nil or the
// error (a *RequirementSyntaxError for text that does not parse), without
// looking at any file.
func CheckRequirementSyntax(text string) error {
	_, err := requirement.ParseRequirement(text)
	return err
}

// EvaluateRequirement evaluates requirement text against every signed slice
// of the Mach-O files given. It reads only the signatures (no page hashes),
// so a requirement box can call it as the user types. Files that are not
// Mach-O are skipped. The error is the compile error, if any
// (*RequirementSyntaxError), or the context's.
func EvaluateRequirement(ctx context.Context, files []File, text string, opts Options) ([]RequirementResult, error) {
	req, err := requirement.ParseRequirement(text)
	if err != nil {
		return nil, err
	}
	out := []RequirementResult{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if f.R == nil {
			continue
		}
		mf, err := macho.Open(f.R, f.Size)
		if err != nil {
			continue
		}
		in := &Input{File: f, Kind: KindMachO}
		for _, s := range mf.Slices {
			if s.Signature == nil || s.Signature.Primary() == nil {
				continue
			}
			ms := signatureOnlySlice(s, &opts)
			rc := requirementContext(&opts, ms)
			if rc == nil {
				continue
			}
			res := requirement.Evaluate(req, rc)
			ev := report.RequirementEval{Text: req.String(), Satisfied: res.Satisfied, Undetermined: res.Undetermined,
				Clauses: make([]report.RequirementClause, 0, len(res.Clauses))}
			for _, c := range res.Clauses {
				ev.Clauses = append(ev.Clauses, report.RequirementClause{Text: c.Text, Satisfied: c.Satisfied, Undetermined: c.Undetermined, Why: c.Why})
			}
			at := sliceAt(in, ms)
			out = append(out, RequirementResult{Subject: at.String(), Location: at, Eval: ev})
		}
	}
	return out, nil
}

// signatureOnlySlice reads a slice's signature as the analysis does
// (readSignature), without hashing its pages.
func signatureOnlySlice(s *macho.Slice, opts *Options) *machoSlice {
	ms := &machoSlice{Slice: s, Kind: signatureKind(s)}
	readSignature(ms, opts)
	return ms
}
