package report

// Goal is one question a person comes with: will it install, launch, pass
// notarization... A check names the goals its errors block (Check.Blocks), and
// the report answers each goal with a Verdict.
type Goal string

// The goals, in the order the report answers them.
const (
	// GoalSignature: `codesign --verify --strict` accepts the code.
	GoalSignature Goal = "valid-signature"
	// GoalInstalls: it installs on a device (iOS, iPadOS, tvOS, watchOS, visionOS).
	GoalInstalls Goal = "installs"
	// GoalLaunches: trusted execution lets it run (signature, entitlements
	// against the profile, restricted entitlements, library loading).
	GoalLaunches Goal = "launches"
	// GoalOpensAfterDownload: Gatekeeper lets it open once downloaded.
	GoalOpensAfterDownload Goal = "opens-after-download"
	// GoalNotarization: Apple's notary service accepts it.
	GoalNotarization Goal = "notarization"
	// GoalAppStore: App Store Connect / TestFlight accepts the upload.
	GoalAppStore Goal = "app-store-connect"
)

// Goals lists every goal in report order.
var Goals = []Goal{GoalSignature, GoalInstalls, GoalLaunches, GoalOpensAfterDownload, GoalNotarization, GoalAppStore}

// VerdictStatus is a goal's answer.
type VerdictStatus string

const (
	Pass    VerdictStatus = "pass"
	Fail    VerdictStatus = "fail"
	Unknown VerdictStatus = "unknown"
)

// Verdict answers one goal from the files given.
type Verdict struct {
	Goal   Goal          `json:"goal"`
	Status VerdictStatus `json:"status"`
	// Because refers to the findings that decide a fail (or weigh on a pass).
	Because []string `json:"because,omitempty"`
	// Needs names the file that would decide an unknown.
	Needs string `json:"needs,omitempty"`
}

// Title is the goal as a person asks it, for verdict lines.
func (g Goal) Title() string {
	switch g {
	case GoalSignature:
		return "Valid signature"
	case GoalInstalls:
		return "Installs on a device"
	case GoalLaunches:
		return "Launches"
	case GoalOpensAfterDownload:
		return "Opens after download"
	case GoalNotarization:
		return "Passes notarization"
	case GoalAppStore:
		return "Accepted by App Store Connect"
	}
	return string(g)
}

// RefID is the check ID of a finding reference ("profile-expired#1" →
// "profile-expired").
func RefID(ref string) string {
	for i := len(ref) - 1; i >= 0; i-- {
		if ref[i] == '#' {
			return ref[:i]
		}
	}
	return ref
}
