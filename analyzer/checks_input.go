package analyzer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Checks that hold for every input, whatever its kind: a file nobody
// recognised, or one whose parser gave up, still gets a clear answer.

var inputUnrecognized = &Check{
	ID:       "input-unrecognized",
	Severity: report.Warning,
	Title:    "File type not recognised",
	Doc: "signdoctor looks at the first bytes of each file (and its name) to tell what it is, trying in turn: " +
		KindList(func(k KindInfo) string { return k.Plural + " (" + k.Forms + ")" }, "and") + ". " +
		"This file matched none of them, so nothing in it was checked. A download cut short, an encrypted " +
		"archive or a file of another kind ends up here.",
	Fix: "Drop the file the error is about: the .mobileprovision or .provisionprofile, the .entitlements " +
		"file, the binary inside the app (App.app/Contents/MacOS/App or Payload/App.app/App), or the " +
		"whole .ipa or zipped .app. On a Mac, `file PATH` tells what a file is.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.OfKind(KindUnknown) {
			if in.Err != nil {
				continue // reported by input-unreadable
			}
			if in.Size == 0 {
				p.Report(in.Location(), "the file is empty (0 bytes)")
				continue
			}
			p.Report(in.Location(), "not a file signdoctor knows (%d bytes): not a %s", in.Size, KindList(func(k KindInfo) string { return k.Short }, "or"))
		}
	},
}

var inputMalformed = &Check{
	ID:       "input-malformed",
	Severity: report.Error,
	Title:    "File is damaged or not what it claims to be",
	Doc: "The file starts like a format signdoctor knows, but its contents break that format's rules: " +
		"a length that runs past the end, a missing section, a signature that cannot be decoded. " +
		"Apple's tools refuse such a file too, usually with a message that does not say why. The " +
		"message names the first thing that is wrong and where.",
	Fix: "Get a fresh copy of the file: download the profile again from the developer portal " +
		"(Certificates, Identifiers & Profiles) or let Xcode fetch it, rebuild the binary, or export " +
		"the archive again. If the file passed through a tool (a zip utility, a CI step, a text editor), " +
		"check that it was copied as binary.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.Inputs {
			var tl *TimeLimitError
			if in.Err == nil || IsInternal(in.Err) || errors.As(in.Err, &tl) || in.Value != nil {
				continue
			}
			p.Report(in.Location(), "%s", describeKind(in.Kind, in.Err))
		}
	},
}

var inputInternalError = &Check{
	ID:       "input-internal-error",
	Severity: report.Error,
	Title:    "signdoctor failed on this file",
	Doc: "Reading this file hit a bug in signdoctor itself. The other files were still analysed. " +
		"The file may be fine; what signdoctor says about it is incomplete.",
	Fix: "Please report it with the file (or, if you cannot share it, the message). Meanwhile, on a " +
		"Mac, `codesign -dvvv PATH` or `security cms -D -i PROFILE` show the raw facts.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.Inputs {
			var ie *InternalError
			if errors.As(in.Err, &ie) {
				p.Report(in.Location(), "internal error while reading the file: %v", ie.Value)
			}
		}
	},
}

// internalCheckFailed documents the finding runCheck (a check that panicked)
// and Analyze (ordering the findings or answering the goals) make: it has no
// Run of its own, and is registered so its ID has a page and an explanation.
var internalCheckFailed = &Check{
	ID:       "internal-check-failed",
	Severity: report.Error,
	Title:    "A check of signdoctor failed",
	Doc: "One of signdoctor's checks (or the step that orders the findings and answers the goals) hit a bug " +
		"in signdoctor itself. The other checks still ran and their findings stand; what this one would have " +
		"said is missing, so no goal is answered \"pass\" while it stands.",
	Fix: "Please report it with the files (or, if you cannot share them, the message). The other findings are " +
		"still right.",
	Needs: []Kind{KindAny},
	Run:   func(*Pass) {}, // reported where the failure happens, not by a run of its own
}

var inputTimeLimit = &Check{
	ID:       "input-time-limit",
	Severity: report.Error,
	Title:    "Analysis of this file took too long and was stopped",
	Doc: "Each file gets a fixed time (five minutes unless changed) so that one file cannot keep the " +
		"page or a CI job busy forever. This one used it all: it is very large, it is stored in a " +
		"way that must be re-read many times (a deflated multi-gigabyte executable inside an archive), " +
		"or it was built to be slow to read. What was found before the limit is not shown; the other " +
		"files were analysed.",
	Fix: "Drop the part that matters instead of the whole: the app's main executable, its embedded " +
		"profile or its entitlements. In CI, `signdoctor check` on the unzipped binary is faster than " +
		"on the archive.",
	Needs: []Kind{KindAny},
	Run: func(p *Pass) {
		for _, in := range p.Case.Inputs {
			var tl *TimeLimitError
			if errors.As(in.Err, &tl) {
				p.Report(in.Location(), "%v", tl)
			}
		}
	},
}

func describeKind(k Kind, err error) string {
	if k == KindUnknown {
		return err.Error()
	}
	noun := string(k)
	if info, ok := KindOf(k); ok {
		noun = info.Noun
	}
	article := "a"
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		article = "an"
	}
	return fmt.Sprintf("looks like %s %s but cannot be read: %v", article, noun, err)
}
