package analyzer

import (
	"fmt"
	"path"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Stapled notarization tickets: whether an app carries one, and whether a
// ticket names the code it is stapled to.

var bundleStapled = &Check{
	ID:       "bundle-stapled-ticket",
	Severity: report.Info,
	Title:    "Notarization ticket stapled or not",
	Doc: "A notarized Mac app can carry its notarization ticket in Contents/CodeResources (put there by " +
		"`xcrun stapler staple`), so Gatekeeper accepts it offline on first launch. Without a stapled " +
		"ticket Gatekeeper looks the ticket up online; that works when the Mac is online. This is " +
		"information, not an error: signdoctor cannot tell from the file whether the app was notarized.",
	Fix: "After notarization succeeds: `xcrun stapler staple App.app`, then zip again with " +
		"`ditto -c -k --keepParent App.app App.zip`. Check with `xcrun stapler validate App.app`.",
	Needs: []Kind{KindArchive},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, r := range bi.B.Roots {
				bn := bi.byPath[r.Path]
				if r.Layout != bundle.LayoutDeep || r.Kind != bundle.KindApp || bn == nil || bn.MachO == nil {
					continue
				}
				if r.StapledTicket {
					p.Report(bundleAt(in, r.ContentRoot+"/CodeResources"), "a notarization ticket is stapled to %s", path.Base(r.Path))
				} else {
					p.Report(bundleAt(in, r.Path), "no notarization ticket is stapled; Gatekeeper will look it up online")
				}
			}
		})
	},
}

// Gatekeeper registers a stapled ticket and then looks the code's own
// CDHash up in it (a package's TOC checksum): a ticket that does not name
// the code vouches for nothing, and the code is judged as if none were
// stapled. The checks below say so for each place stapler puts one.

const ticketMismatchDoc = "A stapled notarization ticket lists the CDHashes Apple's notary service accepted. Gatekeeper " +
	"registers the ticket, then looks up the CDHash of the code it is opening; when the ticket does not name it, " +
	"the ticket is useless: `xcrun stapler validate` fails, a Mac that is offline refuses the code, and one " +
	"that is online opens it only if this exact signature was notarized too. It happens when the code was " +
	"signed again (or rebuilt) after the ticket was stapled, or a ticket of another build was copied in."

const ticketMismatchFix = "Notarize the code as it is now and staple its own ticket: `xcrun notarytool submit FILE " +
	"--wait`, then `xcrun stapler staple FILE` (it replaces the old ticket). Check with `xcrun stapler validate FILE`."

// ticketMismatch says what a ticket names and the code's CDHashes it lacks;
// "" when the ticket names the code or that cannot be told.
func ticketMismatch(t *report.Ticket, what string) string {
	if t == nil || t.NamesCode != "no" {
		return ""
	}
	names := t.CDHashes
	if len(names) > 3 {
		names = append(names[:3:3], fmt.Sprintf("%d more", len(t.CDHashes)-3))
	}
	return fmt.Sprintf("the stapled ticket does not name %s (%s); it names %s — Gatekeeper offline refuses it and `xcrun stapler validate` fails",
		what, strings.Join(t.CodeCDHashes, ", "), strings.Join(names, ", "))
}

var bundleTicketMismatch = &Check{
	ID:       "bundle-ticket-mismatch",
	Severity: report.Warning,
	Title:    "Stapled ticket is not for this app",
	Doc:      ticketMismatchDoc,
	Fix:      ticketMismatchFix,
	Needs:    []Kind{KindArchive},
	Run: func(p *Pass) {
		eachBundle(p, func(in *Input, bi *bundleInput) {
			for _, r := range bi.B.Roots {
				bn := bi.byPath[r.Path]
				if r.Layout != bundle.LayoutDeep || !r.StapledTicket || bn == nil {
					continue
				}
				if m := ticketMismatch(ticketFacts(r.Ticket, bn.cdHashes()), "the CDHash of "+r.ExecPath); m != "" {
					p.Report(bundleAt(in, r.ContentRoot+"/CodeResources"), "%s", m)
				}
			}
		})
	},
}

var dmgTicketMismatch = &Check{
	ID:       "dmg-ticket-mismatch",
	Severity: report.Warning,
	Title:    "Stapled ticket is not for this disk image",
	Doc:      ticketMismatchDoc,
	Fix:      ticketMismatchFix,
	Needs:    []Kind{KindDMG},
	Run: func(p *Pass) {
		eachDMG(p, func(in *Input, di *dmgInput) {
			if m := ticketMismatch(di.Facts.Ticket, "the image's CDHash"); m != "" {
				p.Report(in.Location(), "%s", m)
			}
		})
	},
}

var pkgTicketMismatch = &Check{
	ID:       "pkg-ticket-mismatch",
	Severity: report.Warning,
	Title:    "Stapled ticket is not for this package",
	Doc:      ticketMismatchDoc,
	Fix:      ticketMismatchFix,
	Needs:    []Kind{KindPkg},
	Run: func(p *Pass) {
		eachPkg(p, func(in *Input, pi *pkgInput) {
			if m := ticketMismatch(pi.Facts.Ticket, "the package's TOC checksum"); m != "" {
				p.Report(in.Location(), "%s", m)
			}
		})
	},
}
