package entitlements

import (
	"fmt"
	"strings"
)

// App group IDs come in two styles (srcAppGroupsPost): iOS-style IDs start
// with "group." and are assigned to a team on the Developer website; a
// profile must authorise them (on macOS too since Feb 2025). macOS-style IDs
// start with the Team ID and a dot; Mac profiles made since then authorise
// them all with "TEAMID.*".

// AppGroupStyle names the style of an app group ID.
type AppGroupStyle string

const (
	IOSStyle   AppGroupStyle = "ios"   // group.com.example.shared
	MacStyle   AppGroupStyle = "macos" // ABCDE12345.com.example.shared
	OtherStyle AppGroupStyle = "other"
)

// IsTeamID says whether s has the form of a Team ID (ten upper-case letters
// and digits). Written out rather than a regexp: a regexp compiled in package
// init runs, and compiles the regexp engine, on every start of the web app.
func IsTeamID(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// StyleOf classifies an app group ID.
func StyleOf(id string) AppGroupStyle {
	if strings.HasPrefix(id, "group.") && len(id) > len("group.") {
		return IOSStyle
	}
	if prefix, rest, ok := strings.Cut(id, "."); ok && IsTeamID(prefix) && rest != "" {
		return MacStyle
	}
	return OtherStyle
}

// AppGroupIssue is one problem with the App Groups entitlement's value.
type AppGroupIssue struct {
	// ID is the app group ID concerned ("" when the issue is the whole value).
	ID string
	// Severity: "error" (rejected or refused) or "warning" (works with
	// caveats, such as the macOS 15 container prompt).
	Severity string
	Message  string
}

// CheckAppGroups looks at the value of com.apple.security.application-groups
// alone: its type, each ID's style, and, when team is known, the team
// prefix. IDs holding build variables are skipped: the unexpanded-variable
// check speaks for them.
func CheckAppGroups(v any, team string, p Platform) []AppGroupIssue {
	var ids []string
	switch x := v.(type) {
	case string:
		ids = []string{x} // App Store Connect accepts a lone string too
	case []any:
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return []AppGroupIssue{{Severity: "error", Message: fmt.Sprintf("element %d is %s; every app group ID must be a string", i, TypeName(e))}}
			}
			ids = append(ids, s)
		}
	default:
		return []AppGroupIssue{{Severity: "error", Message: fmt.Sprintf("the value is %s; it must be an array of app group ID strings", TypeName(v))}}
	}
	var out []AppGroupIssue
	for _, id := range ids {
		if buildVariable().MatchString(id) {
			continue
		}
		switch StyleOf(id) {
		case IOSStyle:
			if p == MacOS {
				out = append(out, AppGroupIssue{ID: id, Severity: "info", Message: fmt.Sprintf("%q is an iOS-style app group ID: on macOS it works only when the embedded provisioning profile authorises it (possible for Mac profiles since Feb 2025); without that, macOS 15 and later ask the user before the app may open the group container, and the entitlements-validated flag is cleared", id)})
			}
		case MacStyle:
			prefix, _ := SplitAppID(id)
			switch {
			case p == IOS:
				out = append(out, AppGroupIssue{ID: id, Severity: "error", Message: fmt.Sprintf("%q is a macOS-style app group ID (Team ID prefix); iOS and its child platforms accept only IDs that start with group.", id)})
			case team != "" && prefix != team:
				out = append(out, AppGroupIssue{ID: id, Severity: "error", Message: fmt.Sprintf("%q starts with Team ID %s, but the team is %s: macOS-style app group IDs must start with your own Team ID, or macOS 15 prompts the user on every launch and App Store Connect refuses the upload", id, prefix, team)})
			}
		case OtherStyle:
			if p == IOS {
				out = append(out, AppGroupIssue{ID: id, Severity: "error", Message: fmt.Sprintf("%q does not start with group.; on iOS every app group ID must", id)})
			} else {
				out = append(out, AppGroupIssue{ID: id, Severity: "warning", Message: fmt.Sprintf("%q starts neither with group. nor with a Team ID: App Store Connect refuses it, and on macOS 15 and later the user is asked before the app may open its container", id)})
			}
		}
	}
	return out
}
