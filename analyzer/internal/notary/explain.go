package notary

import (
	"strings"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// Known is the explanation of one kind of notary issue.
type Known struct {
	// ID is the analyzer check that reports this issue from a log.
	ID    string
	Title string
	// Message is the message the service prints, without its final period.
	Message     string
	Explanation string
	Fix         string
	// LocalChecks are the checks that find the same problem in the binary
	// before it is submitted.
	LocalChecks []string
}

// UnknownID is the check for an issue message not in the table.
const UnknownID = "notary-issue"

// Known issues. The messages are the service's; the explanations are ours.
var knownIssues = []*Known{
	{
		ID: "notary-not-developer-id", Title: "Not signed with a valid Developer ID certificate",
		Message:     "The binary is not signed with a valid Developer ID certificate",
		Explanation: "Only code signed with a Developer ID Application certificate can be notarized. This file is signed with something else — an Apple Development, Apple Distribution or Mac App Distribution certificate, an ad hoc signature — or the certificate had expired or its chain was incomplete. Bundled tools, Python and Node modules and helper binaries keep the signature they came with unless you re-sign them.",
		Fix:         "Re-sign the file, and every other binary inside the submission, with `codesign -f -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE`, nested code first, then sign the container and submit again.",
		LocalChecks: []string{"macho-development-signed", "macho-app-store-signed", "macho-adhoc", "macho-linker-signed", "macho-unsigned", "macho-installer-cert", "macho-untrusted-chain"},
	},
	{
		ID: "notary-not-signed", Title: "Binary is not signed",
		Message:     "The binary is not signed",
		Explanation: "The file has no code signature at all. Every executable, library and plug-in in a notarized product must be signed.",
		Fix:         "Sign it with `codesign -s \"Developer ID Application: NAME (TEAMID)\" --options runtime --timestamp FILE` before signing its container.",
		LocalChecks: []string{"macho-unsigned"},
	},
	{
		ID: "notary-no-hardened-runtime", Title: "Hardened runtime not enabled",
		Message:     "The executable does not have the hardened runtime enabled",
		Explanation: "The notary service requires every executable to opt in to the hardened runtime (the runtime flag in its code signature). It is off when the target's Hardened Runtime setting is off, or when a file was signed separately without --options runtime.",
		Fix:         "Sign with `codesign -f --options runtime --timestamp -s \"Developer ID Application: NAME (TEAMID)\" FILE`; in Xcode enable Hardened Runtime in Signing & Capabilities. Add only the runtime exceptions the code needs.",
		LocalChecks: []string{"macho-no-hardened-runtime"},
	},
	{
		ID: "notary-no-timestamp", Title: "No secure timestamp",
		Message:     "The signature does not include a secure timestamp",
		Explanation: "Each signature must carry a secure timestamp from Apple's timestamp server, which proves when it was made. codesign adds one only with --timestamp; Xcode adds one only when exporting for distribution.",
		Fix:         "Re-sign with `codesign -f --timestamp --options runtime -s \"Developer ID Application: NAME (TEAMID)\" FILE` (the build machine must reach timestamp.apple.com).",
		LocalChecks: []string{"macho-no-secure-timestamp"},
	},
	{
		ID: "notary-get-task-allow", Title: "Requests the get-task-allow entitlement",
		Message:     "The executable requests the com.apple.security.get-task-allow entitlement",
		Explanation: "get-task-allow lets a debugger attach to the process. Development builds have it; the notary service rejects code that requests it, because it would let other processes take control of the app.",
		Fix:         "Archive a Release build, or re-sign with an entitlements file that does not contain com.apple.security.get-task-allow (`codesign -d --entitlements - FILE` shows what it has).",
		LocalChecks: []string{"macho-get-task-allow", "ent-get-task-allow"},
	},
	{
		ID: "notary-signature-invalid", Title: "Signature of the binary is invalid",
		Message:     "The signature of the binary is invalid",
		Explanation: "The service could not validate this file's signature: the file changed after it was signed (by strip, install_name_tool, a packaging step, or a container signed before its contents), the signature is only ad hoc or linker-made, or the certificate chain is incomplete.",
		Fix:         "Sign as the last step, inside out, and check with `codesign --verify --strict -vvv FILE` before submitting; for installer packages use `pkgutil --check-signature`.",
		LocalChecks: []string{"macho-page-hash-mismatch", "macho-special-slot-mismatch", "macho-cdhash-mismatch", "macho-cms-invalid", "macho-signature-invalid", "macho-signature-truncated", "macho-linker-signed", "macho-adhoc", "macho-untrusted-chain"},
	},
	{
		ID: "notary-old-sdk", Title: "Built with an SDK older than macOS 10.9",
		Message:     "The binary uses an SDK older than the 10.9 SDK",
		Explanation: "The notary service refuses executables linked against an SDK older than macOS 10.9 (their signatures and load commands predate what it checks). This is usually an old prebuilt library or tool shipped inside the product.",
		Fix:         "Rebuild the file with a current Xcode (the deployment target may stay low) or replace it with a current build.",
		LocalChecks: nil,
	},
}

// Explain returns the explanation of an issue: from the table when its
// message is known, else from the text catalogue when the message is an error
// it knows, else nil.
func Explain(is Issue) (*Known, *text.Entry) {
	msg := normMessage(is.Message)
	for _, k := range knownIssues {
		if msg == normMessage(k.Message) || strings.HasPrefix(msg, normMessage(k.Message)) {
			return k, nil
		}
	}
	if r := text.Analyze([]byte(is.Message)); len(r.Matches) > 0 {
		return nil, r.Matches[0].Entry
	}
	return nil, nil
}

func normMessage(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRight(s, ". ")
}

// KnownIssues returns the table of known issue kinds.
func KnownIssues() []*Known { return append([]*Known(nil), knownIssues...) }

// StatusExplanation says what the log's status means, in plain words.
func (l *Log) StatusExplanation() string {
	switch {
	case l.Accepted():
		return "The notary service accepted the submission: Gatekeeper will find its ticket online. Staple it (`xcrun stapler staple`) so it also opens offline the first time."
	case strings.EqualFold(l.Status, "Invalid"):
		return "The notary service found problems in the submission (listed below); nothing was notarized. Fix every file listed, sign the container again, and resubmit."
	case strings.EqualFold(l.Status, "Rejected"):
		return "The notary service rejected the submission without examining its contents; the status summary says why (for example a team not yet set up for notarization or agreements to accept)."
	case strings.EqualFold(l.Status, "In Progress"):
		return "The notary service has not finished; wait with `xcrun notarytool wait ID`."
	}
	return ""
}
