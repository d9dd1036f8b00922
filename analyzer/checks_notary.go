package analyzer

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/notary"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Notary logs: one check per kind of issue the service reports, so each issue
// of a log becomes one finding that explains it and names the local check
// that would have caught it before submitting; one check for issues whose
// message signdoctor does not know; and the log's overall status.

func notaryIssueCheck(k *notary.Known) *Check {
	// Concatenated rather than formatted, as for the text checks (see
	// textCheckDoc): this runs in package init, on every start of the web app.
	doc := "The notary log says " + strconv.Quote(k.Message) + ".\n\n" + k.Explanation
	id := k.ID
	return &Check{
		ID: k.ID, Severity: report.Error, Title: k.Title, Doc: doc, Fix: k.Fix,
		Needs: []Kind{KindNotaryLog},
		// A rejected submission: nothing opens after download without a ticket.
		Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
		Run:    func(p *Pass) { reportNotaryIssues(p, func(ex notaryExplanation) bool { return ex.check == id }) },
	}
}

// reportNotaryIssues reports, for every log of the case, each issue that
// want selects: one finding per issue, subject "log: path [arch]".
func reportNotaryIssues(p *Pass, want func(notaryExplanation) bool) {
	for _, in := range p.Case.OfKind(KindNotaryLog) {
		l := in.NotaryLog()
		if l == nil {
			continue
		}
		for _, g := range l.Groups() {
			at := report.Location{File: in.Name, Path: g.Path, Arch: g.Architecture}
			for _, is := range g.Issues {
				ex := explainNotaryIssue(is)
				if !want(ex) {
					continue
				}
				p.ReportFinding(report.Finding{
					Severity: report.Severity(issueSeverity(is)),
					Location: at,
					Message:  notaryMessage(is, ex),
					Fix:      fillFix(ex.fix, notaryFixValues(l, g.Path)),
				})
			}
		}
	}
}

func notaryMessage(is notary.Issue, ex notaryExplanation) string {
	var b strings.Builder
	msg := strings.TrimRight(strings.TrimSpace(is.Message), ".")
	fmt.Fprintf(&b, "notary service: %q", msg)
	if is.Code != "" {
		fmt.Fprintf(&b, " (code %s)", is.Code)
	}
	b.WriteString(".")
	if ex.explanation != "" {
		b.WriteString(" " + ex.explanation)
	}
	if len(ex.local) > 0 {
		fmt.Fprintf(&b, " Caught before submitting by: %s (drop the app, or the file the log names).", strings.Join(ex.local, ", "))
	}
	if is.DocURL != "" {
		if AppleDocURL(is.DocURL) {
			fmt.Fprintf(&b, " Apple's note: %s", is.DocURL)
		} else {
			// The log is a file anyone can write: a link elsewhere is not Apple's.
			fmt.Fprintf(&b, " The log links to %s, which is not Apple's documentation.", is.DocURL)
		}
	}
	return b.String()
}

var notaryUnknownIssue = &Check{
	ID:       notary.UnknownID,
	Severity: report.Error,
	Title:    "Notary issue signdoctor has no entry for",
	Doc: "The notary log reports an issue whose message is not one of those signdoctor explains (the service " +
		"adds messages over time). The finding quotes it with Apple's documentation link; when the message is a " +
		"code-signing error signdoctor knows from elsewhere, that explanation is given.",
	Fix: "Read the message and the linked documentation; `codesign --verify --strict -vvv FILE` and " +
		"`codesign -dvvv --entitlements - FILE` on the file named show its signature. Drop the file here to check it.",
	Needs:  []Kind{KindNotaryLog},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		reportNotaryIssues(p, func(ex notaryExplanation) bool { return ex.check == notary.UnknownID })
	},
}

var notaryRejected = &Check{
	ID:       "notary-rejected",
	Severity: report.Error,
	Title:    "Notarization failed without issues listed",
	Doc: "The notary service did not accept the submission, and its log lists no issue in the files: the " +
		"submission was refused as a whole. The status summary says why — for example statusCode 7000, a team " +
		"not yet configured for notarization, or an archive the service could not open.",
	Fix: "Follow the status summary: accept pending agreements on the developer website or contact Developer " +
		"Programs Support for a team not configured; for an unreadable archive, zip the app with " +
		"`ditto -c -k --keepParent App.app App.zip` and submit again.",
	Needs:  []Kind{KindNotaryLog},
	Blocks: []report.Goal{report.GoalOpensAfterDownload, report.GoalNotarization},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindNotaryLog) {
			l := in.NotaryLog()
			if l == nil || l.Accepted() || len(l.Issues) > 0 || strings.EqualFold(l.Status, "In Progress") || l.Status == "" {
				continue
			}
			msg := fmt.Sprintf("status %s", l.Status)
			if l.HasStatusCode {
				msg += fmt.Sprintf(" (statusCode %d)", l.StatusCode)
			}
			if l.StatusSummary != "" {
				msg += fmt.Sprintf(": %q", strings.TrimRight(l.StatusSummary, ". "))
			}
			p.Report(in.Location(), "%s. %s", msg, l.StatusExplanation())
		}
	},
}

var notaryAccepted = &Check{
	ID:       "notary-accepted",
	Severity: report.Info,
	Title:    "Notarization accepted",
	Doc: "The notary service accepted the submission and issued a ticket for the code it lists. Gatekeeper " +
		"looks the ticket up online; stapling attaches it so the first launch works offline too. Warnings in " +
		"an accepted log are reported on their own.",
	Fix:   "Staple the ticket: `xcrun stapler staple App.app` (or the .dmg / .pkg you distribute), then `spctl -a -vvv App.app` to check.",
	Needs: []Kind{KindNotaryLog},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindNotaryLog) {
			l := in.NotaryLog()
			if l == nil || !l.Accepted() {
				continue
			}
			p.Report(in.Location(), "submission %s (%s) accepted; the ticket covers %d piece(s) of code. Staple it before distributing.", l.JobID, l.ArchiveFilename, len(l.TicketContents))
		}
	},
}

// notaryFixValues are what a log tells a fix: the submission, and the file
// an issue is about as it is on the Mac that submitted it (the path inside
// the submitted .zip or .dmg, without the archive's own name). Inside a
// .pkg the file is in a payload, not at a path to sign: that stays FILE.
func notaryFixValues(l *notary.Log, file string) fixValues {
	fv := fixValues{}
	fv.add("submission", l.JobID)
	first, rest, ok := strings.Cut(file, "/")
	switch ext := strings.ToLower(path.Ext(first)); {
	case !ok || ext == ".pkg" || strings.Contains(rest, ".pkg"):
		return fv
	case ext == ".zip" || ext == ".dmg":
		file = rest
	}
	fv.add("path", file)
	return fv
}

// AppleDocURL says a notary issue's docUrl is on Apple's documentation
// hosts (the service links developer.apple.com): only those are Apple's
// word, and only those the page shows as links.
func AppleDocURL(u string) bool {
	for _, p := range []string{"https://developer.apple.com/", "https://help.apple.com/", "https://support.apple.com/"} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}
