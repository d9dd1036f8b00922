package analyzer

import (
	"slices"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// blocksNoGoal are the error checks whose findings fail no goal, each with
// why: they judge what signdoctor was given or could read, not the code.
var blocksNoGoal = map[string]string{
	"text-capability-entitlement-missing":     "the app installs and launches; only the capability's own calls fail",
	"input-internal-error":                    "signdoctor's own failure: no goal passes while it stands (analysisIncomplete)",
	"internal-check-failed":                   "signdoctor's own failure: no goal passes while it stands (analysisIncomplete)",
	"input-time-limit":                        "the analysis stopped: no goal passes while it stands (analysisIncomplete)",
	"input-malformed":                         "the file could not be read: no goal passes while it stands (analysisIncomplete)",
	"bundle-archive-limit":                    "entries signdoctor refused to read: no goal passes while it stands (analysisIncomplete)",
	"req-invalid":                             "the requirement the user typed is not valid; the code is not judged",
	"cert-expired":                            "a certificate on its own: code signed with it is judged by the code checks, at its signing time",
	"req-unsatisfied":                         "the code fails the user's own requirement, not one the system applies",
	"identity-wrong-password":                 "the password given does not open the identity: the file is not judged, the code is not concerned",
	"tool-identity-invalid":                   "the keychain of the Mac that signs, not the code: the next signing fails, the code given is not judged",
	"text-virtualization-entitlement-missing": "the app installs and launches; only its virtual machines fail to start",
	"text-requirement-invalid":                "a profile refused for its requirement's syntax: the app installs and launches, only the privacy access the profile grants is missing",
}

// informative are the warnings that fail no goal: they say something may
// bite (depending on the OS version, the tool that unpacks the archive, what
// the user meant), so a verdict must not rest on them.
var informative = map[string]string{
	"text-sign-in-with-apple-failed":         "a sign-in failure at run time: the app installs and launches",
	"bundle-appledouble":                     "harmless unless unpacked into the bundle, which bundle-seal-added reports",
	"bundle-code-in-resources":               "fails only when that code is unsigned or loaded as code",
	"bundle-data-in-macos":                   "fails only when the detached signature is lost",
	"bundle-identifier-mismatch":             "breaks requirements and keychain access later, not signing",
	"bundle-updater-team-mismatch":           "an updater's problem, not this app's",
	"cert-expiring":                          "still valid",
	"cert-not-apple":                         "a certificate alone; macho-untrusted-chain judges code signed with it",
	"ent-app-group-not-authorised":           "the app still runs; only its app group access fails",
	"ent-der-form":                           "the values may be the same",
	"ent-hardened-runtime-exception":         "allowed, only weaker",
	"input-unrecognized":                     "a file signdoctor does not know",
	"macho-arm64e":                           "depends on the macOS version",
	"macho-signature-misplaced":              "an edit after signing, which the hash checks judge",
	"macho-slices-differ":                    "each slice is judged on its own",
	"profile-cert-expired":                   "other certificates of the profile may be valid (profile-no-valid-cert fails)",
	"profile-cert-expiring":                  "still valid",
	"profile-device-format":                  "a device ID written in another form",
	"profile-expiring":                       "still valid",
	"profile-free-team":                      "limits, not a failure",
	"text-free-team-limit":                   "limits, not a failure",
	"text-untrusted-developer":               "the user trusts the developer once in Settings",
	"text-developer-mode-off":                "the user turns Developer Mode on once in Settings",
	"text-app-management-denied":             "another app's update, not this app",
	"text-app-group-prefix":                  "the app still runs; only its app group access fails",
	"text-codesign-command-failed":           "only points at the message above it",
	"text-missing-push-entitlement":          "a warning App Store Connect mails, the upload is accepted",
	"text-codesign-adhoc":                    "codesign's output, not a failure",
	"ent-copied-to-nested":                   "the mark of --deep signing; what fails follows from the entitlements themselves",
	"ent-on-library":                         "entitlements on library code have no effect",
	"ent-privacy-usage-without-entitlement":  "the app runs; only that resource is denied",
	"identity-intermediate-missing":          "signing works where the intermediate is already in the keychain",
	"pkg-rosetta-required":                   "the package installs; on Apple silicon it asks for Rosetta first",
	"linkage-weak-library-missing":           "the process still launches; only calls into the library fail",
	"bundle-ticket-mismatch":                 "the code may be notarized under its new signature; the verdicts take it as unstapled",
	"dmg-ticket-mismatch":                    "the code may be notarized under its new signature; the verdicts take it as unstapled",
	"pkg-ticket-mismatch":                    "the code may be notarized under its new signature; the verdicts take it as unstapled",
	"text-keychain-access-loss":              "a warning App Store Connect mails, the upload is accepted",
	"text-privacy-access-refused":            "the app runs; only that resource or other app is denied",
	"text-sandbox-denied":                    "the app runs; only the operation the sandbox denies fails",
	"text-keychain-prompt-signature-changed": "the app runs; the keychain asks the user again for its item",
	"text-codesign-key-access-prompt":        "codesign waits for the dialog; once it is allowed, signing goes on",
	"text-debugger-attach-denied":            "a debugger refused: the code installs and launches",
	"text-upload-missing-entitlement":        "a warning App Store Connect mails, the upload is accepted",
	"text-login-item-register-failed":        "the app launches; only its login item or agent is not registered",
}

// Every error check names the goals its findings fail, or says why it fails
// none; every warning does or is listed as informative; every goal named is
// one of report.Goals.
func TestChecksDeclareGoals(t *testing.T) {
	for _, c := range Checks() {
		for _, g := range c.Blocks {
			if !slices.Contains(report.Goals, g) {
				t.Errorf("%s: Blocks names %q, not a goal", c.ID, g)
			}
		}
		_, none := blocksNoGoal[c.ID]
		_, info := informative[c.ID]
		switch {
		case c.Severity == report.Error && len(c.Blocks) == 0 && !none:
			t.Errorf("%s: an error check that blocks no goal (set Blocks, or say why in blocksNoGoal)", c.ID)
		case c.Severity == report.Warning && len(c.Blocks) == 0 && !info:
			t.Errorf("%s: a warning that blocks no goal and is not listed as informative", c.ID)
		case len(c.Blocks) > 0 && (none || info):
			t.Errorf("%s: blocks %v but is listed as blocking none", c.ID, c.Blocks)
		}
	}
	for id := range textBlocks {
		if Lookup(id) == nil {
			t.Errorf("textBlocks names %s, which is not a check", id)
		}
	}
	for _, list := range []map[string]string{blocksNoGoal, informative} {
		for id := range list {
			if Lookup(id) == nil {
				t.Errorf("%s is listed but is not a check", id)
			}
		}
	}
}

// A doubt is a warning listed as informative: an error fails its goals.
func TestDoubtsAreInformativeWarnings(t *testing.T) {
	for id := range doubts {
		c := Lookup(id)
		if c == nil || c.Severity != report.Warning || informative[id] == "" {
			t.Errorf("%s: doubts list only informative warnings", id)
		}
	}
}
