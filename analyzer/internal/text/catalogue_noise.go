package text

import "regexp"

// Harmless noise and pastes that are not errors: log lines to ignore, device identifiers, code requirements.
var noiseEntries = []*Entry{
	{
		ID: "text-integrity-question", Title: "Checking an app's integrity from inside the app", Severity: Info,
		Source:  "a question, not a tool's message",
		Meaning: "The text asks how an iOS app can check in code that its .ipa or signature was not tampered with.",
		Causes: []string{
			"There is no iOS API for an app to verify its own code signature: the system already refuses to launch code whose signature does not verify, and a modified app re-signed by someone else carries a valid signature of theirs. Apple's answer is App Attest (DeviceCheck framework, DCAppAttestService): your server verifies an attestation that the request comes from your genuine app on a genuine device.",
		},
		Confirm: "the .ipa itself: signdoctor checks offline, in the browser, that its signature, the seal of every file and the embedded profile are intact, and who signed it",
		Fix:     "Use App Attest for server-side trust in the app instance; to check a given .ipa file, drop it here (or run `codesign --verify --deep --strict Payload/App.app` on a Mac).",
		patterns: []pattern{
			pat("integrity", `\b(?:ipa|app) integrity\b|(?:check|verify|detect)[^.?\n]{0,60}\bintegrity\b[^.?\n]{0,60}\b(?:ipa|app)\b`),
			pat("tamper", `(?:check|verify|detect)[^.?\n]{0,60}\btamper(?:ed|ing)?\b[^.?\n]{0,60}\b(?:ipa|app)\b`),
		},
	},
	{
		ID: "text-detached-signatures-noise", Title: "Harmless log noise: DetachedSignatures", Severity: Info,
		Source:   "the Security framework (system log)",
		Meaning:  "The Security framework logs this while checking code; the file it mentions does not exist on current macOS. It is not the error.",
		Causes:   []string{"Nothing to fix: look at the other lines of the log."},
		Confirm:  dropNoFile,
		Fix:      "Ignore this line.",
		patterns: []pattern{pat("detachedsignatures", `(?:/private)?/var/db/DetachedSignatures`)},
	},
	{
		ID: "text-device-id", Title: "Device identifier", Severity: Info,
		Source:  "pasted text",
		Meaning: "This looks like a device identifier. A development or ad hoc profile must list the device's provisioning UDID exactly.",
		Causes: []string{
			"iPhone and iPad: 40 hex digits (older devices) or 8-16 digits with a dash (00008101-001A…).",
			"Mac: the Provisioning UDID in System Information; on Apple silicon it has the 00008xxx-… form, and it is not the Hardware UUID (8-4-4-4-12).",
		},
		Confirm: dropProfile + " — signdoctor says whether each profile lists this device",
		Fix:     "Drop the profiles together with this text (or pass --device ID) to look it up.",
		Checks:  []string{chkProfileDevice},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind != "device" {
					continue
				}
				switch {
				case len(v.Value) == 40:
					return []string{"40 hex digits: the UDID form of iPhones and iPads before the A12 chip."}
				case len(v.Value) == 25:
					return []string{"8 and 16 digits: the UDID form of newer iPhones and iPads and the Provisioning UDID of Apple silicon Macs."}
				default:
					return []string{"8-4-4-4-12 digits: a Mac's Hardware UUID, or the Provisioning UDID of an Intel Mac. On an Apple silicon Mac the profile must list the Provisioning UDID (00008xxx-…), not this."}
				}
			}
			return nil
		},
		// The identifier alone, or in a short sentence that says it is a
		// device's: a 40-digit certificate fingerprint or a submission ID in
		// other output must not pass for one.
		patterns: []pattern{
			pat("", `^\s*(?:(?:Provisioning )?UDID|Hardware UUID|device(?: ID)?)?:?\s*(?P<device>`+deviceForms+`)\s*$`),
			pat("", `^[^\n]{0,120}?\b(?:UDID|UUID|device|iPhone|iPad|Mac)\b[^\n]{0,80}?\b(?P<device2>`+deviceForms+`)\b[^\n]{0,120}$`),
			pat("", `^[^\n]{0,120}?\b(?P<device3>`+deviceForms+`)\b[^\n]{0,80}?\b(?:UDID|UUID|device|iPhone|iPad|Mac|profile)\b[^\n]{0,120}$`),
		},
		// A git commit's 40 hex digits beside "profile" ("Commit 674b…
		// shows up as an invalid profile") name no device.
		skip: func(near, _ string) bool {
			return gitCommitHash.MatchString(near) && !deviceWord.MatchString(near)
		},
		Fallback: true,
	},
	{
		ID: "text-requirement", Title: "Code requirement", Severity: Info,
		Source:   "pasted text",
		Meaning:  "This looks like a code requirement in Apple's requirement language.",
		Causes:   []string{"A requirement only matches code signed the way it describes: anchor, team (certificate leaf[subject.OU]), identifier and so on."},
		Confirm:  dropApp + " — with --requirement TEXT each clause is evaluated against the signature",
		Fix:      "Drop the binary with this requirement to see which clause fails.",
		Checks:   []string{chkReqAnchorApple},
		patterns: []pattern{pat("", `^\s*(?:designated\s*=>\s*)?(?P<requirement>(?:anchor apple(?: generic)?|identifier "?[A-Za-z0-9.\-]+"?|certificate (?:leaf|root|\d+)\[)[^\n]{0,1000}?)\s*$`)},
		hints: func(vals []Value) []string {
			for _, v := range vals {
				if v.Kind == "requirement" && reAnchorAppleOnly.MatchString(v.Value) {
					return []string{"`anchor apple` without `generic` matches only Apple's own code; third-party code needs `anchor apple generic` and a team clause."}
				}
			}
			return nil
		},
	},
}

var (
	gitCommitHash = regexp.MustCompile(`(?i)\bcommit(?:ted)?:? {1,2}[0-9a-f]{40}\b`)
	deviceWord    = regexp.MustCompile(`(?i)\b(?:UDID|device|iPhone|iPad)\b`)
)
