package entitlements

import (
	"strings"
)

// Authorisation matching, as the OS (and App Store Connect) compares an
// executable's entitlement claims with the Entitlements dictionary of its
// provisioning profile (srcTN3125):
//   - a profile string may hold '*' wildcards: "TEAMID.*" allows any App ID
//     of the team, "*" allows anything;
//   - a profile array is the set of allowed values: a claimed string must be
//     allowed by one element, a claimed array must have every element allowed;
//   - a profile boolean true allows true and false; false allows only false;
//   - integers must be equal; dictionaries match key by key.

// MatchPattern says whether s matches a profile pattern in which '*' stands
// for any run of characters.
func MatchPattern(pattern, s string) bool {
	// Iterative wildcard matching with one backtrack point: linear enough for
	// any pattern length, no recursion.
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case p < len(pattern) && pattern[p] == s[i]:
			p++
			i++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// Allows says whether the profile value allowed authorises the claim.
func Allows(allowed, claimed any) bool { return allows(allowed, claimed, 0) }

func allows(allowed, claimed any, depth int) bool {
	if depth > MaxDepth {
		return false
	}
	if s, ok := allowed.(string); ok && s == "*" {
		return true
	}
	// A claimed array needs each of its elements allowed.
	if c, ok := claimed.([]any); ok {
		for _, e := range c {
			if !allows(allowed, e, depth+1) {
				return false
			}
		}
		return true
	}
	switch a := allowed.(type) {
	case []any:
		for _, e := range a {
			if allows(e, claimed, depth+1) {
				return true
			}
		}
		return false
	case string:
		c, ok := claimed.(string)
		return ok && MatchPattern(a, c)
	case bool:
		c, ok := claimed.(bool)
		return ok && (a || !c)
	case map[string]any:
		c, ok := claimed.(map[string]any)
		if !ok {
			return false
		}
		for k, v := range c {
			av, ok := a[k]
			if !ok || !allows(av, v, depth+1) {
				return false
			}
		}
		return true
	}
	if ai, ok := asInt(allowed); ok {
		ci, ok := asInt(claimed)
		return ok && ai == ci
	}
	return sameValue(allowed, claimed, depth)
}

// Unallowed lists the parts of a claim the profile does not allow: the
// elements of a claimed array that no allowed value matches, or the claim
// itself.
func Unallowed(allowed, claimed any) []any {
	if c, ok := claimed.([]any); ok {
		var out []any
		for _, e := range c {
			if !Allows(allowed, e) {
				out = append(out, e)
			}
		}
		return out
	}
	if Allows(allowed, claimed) {
		return nil
	}
	return []any{claimed}
}

// Profile is what authorisation needs from a provisioning profile.
type Profile struct {
	Entitlements map[string]any
	Team         string
	Platform     Platform
	// Kind as the report names it (report.Profile's profile_kind): development, ad-hoc, app-store,
	// enterprise, developer-id, mac-development, mac-app-store.
	Kind string
}

// Distribution says whether the profile is for distribution (not debugging).
func (p Profile) Distribution() bool {
	switch p.Kind {
	case "ad-hoc", "app-store", "enterprise", "developer-id", "mac-app-store":
		return true
	}
	return false
}

// Problem is one claim the profile does not authorise.
type Problem struct {
	Key     string
	Claimed any
	// Allowed is the profile's value; nil when the profile lacks the key.
	Allowed any
	// Unallowed are the claimed values the profile does not allow.
	Unallowed []any
	// Restriction of the key on the platform: Restricted means the process
	// is killed; ValidationRequired means it runs with its
	// entitlements-validated flag cleared.
	Restriction Restriction
	// SystemExtensionHints maps a claimed Network Extension value to the
	// -systemextension form that the profile does allow.
	SystemExtensionHints map[string]string
}

// skipKeys are claims that have their own, more specific checks.
var skipKeys = map[string]bool{
	"get-task-allow":                      true,
	"aps-environment":                     true,
	"com.apple.developer.aps-environment": true,
}

// Unauthorised lists the claims in ents that need a profile's authorisation
// on the profile's platform and that the profile does not give, in key
// order. Unrestricted keys are skipped, as the OS skips them; Apple-only keys
// are left to the private-entitlement check; get-task-allow and
// aps-environment to their own checks.
func Unauthorised(ents map[string]any, p Profile) []Problem {
	var out []Problem
	for _, key := range sortedKeys(ents) {
		if skipKeys[key] {
			continue
		}
		r := RestrictionFor(key, p.Platform)
		if r != Restricted && r != ValidationRequired {
			continue
		}
		claimed := ents[key]
		if b, ok := claimed.(bool); ok && !b {
			continue // claiming false claims nothing
		}
		if a, ok := claimed.([]any); ok && len(a) == 0 {
			continue // nor does an empty list (Xcode writes them for capabilities not set up yet)
		}
		allowed, present := p.Entitlements[key]
		if present && Allows(allowed, claimed) {
			continue
		}
		pr := Problem{Key: key, Claimed: claimed, Restriction: r}
		if present {
			pr.Allowed = allowed
			pr.Unallowed = Unallowed(allowed, claimed)
		} else {
			pr.Unallowed = Unallowed(nil, claimed)
		}
		if key == "com.apple.developer.networking.networkextension" && present {
			for _, u := range pr.Unallowed {
				if s, ok := u.(string); ok {
					if se := SystemExtensionForm(s); se != "" && Allows(allowed, se) {
						if pr.SystemExtensionHints == nil {
							pr.SystemExtensionHints = map[string]string{}
						}
						pr.SystemExtensionHints[s] = se
					}
				}
			}
		}
		out = append(out, pr)
	}
	return out
}

// RestrictionFor is how a key is restricted on a platform. An unknown key
// counts as restricted on iOS, where every claim must be in the profile, and
// as unknown on macOS, where we cannot say.
func RestrictionFor(key string, p Platform) Restriction {
	e, ok := Lookup(key)
	if !ok {
		if p == IOS {
			return Restricted
		}
		return UnknownRestriction
	}
	return e.RestrictionOn(p)
}

// PlatformOf decides the platform family from a profile's Platform list
// ("iOS", "OSX", "tvOS", "xrOS", "watchOS", …), falling back to the keys of
// the entitlements: macOS-only keys (App Sandbox, hardened runtime,
// com.apple.application-identifier) say macOS, application-identifier says
// iOS.
func PlatformOf(profilePlatforms []string, ents map[string]any) Platform {
	for _, p := range profilePlatforms {
		switch strings.ToLower(p) {
		case "osx", "macos":
			return MacOS
		case "ios", "tvos", "xros", "visionos", "watchos", "ipados":
			return IOS
		}
	}
	return PlatformOfEntitlements(ents)
}

// PlatformOfEntitlements guesses the platform from the keys alone.
func PlatformOfEntitlements(ents map[string]any) Platform {
	mac, ios := 0, 0
	for k := range ents {
		switch {
		case k == "com.apple.application-identifier", k == "com.apple.developer.aps-environment",
			k == "com.apple.security.get-task-allow",
			strings.HasPrefix(k, "com.apple.security.cs."),
			k == "com.apple.security.app-sandbox", k == "com.apple.developer.system-extension.install",
			k == "com.apple.developer.endpoint-security.client",
			strings.HasPrefix(k, "com.apple.security.network."), strings.HasPrefix(k, "com.apple.security.files."),
			strings.HasPrefix(k, "com.apple.security.temporary-exception."):
			mac++
		case k == "application-identifier", k == "aps-environment", k == "get-task-allow",
			k == "beta-reports-active", k == "inter-app-audio":
			ios++
		}
	}
	switch {
	case mac > ios:
		return MacOS
	case ios > mac:
		return IOS
	}
	return AnyPlatform
}

// AppID returns the application identifier claimed (iOS key first, then the
// macOS key).
func AppID(ents map[string]any) (string, string) {
	for _, k := range []string{"application-identifier", "com.apple.application-identifier"} {
		if s, ok := ents[k].(string); ok {
			return s, k
		}
	}
	return "", ""
}

// SplitAppID splits an App ID into its prefix (the Team ID for App IDs made
// since 2011, an older "App ID prefix" before) and its bundle ID.
func SplitAppID(appID string) (prefix, bundleID string) {
	prefix, bundleID, ok := strings.Cut(appID, ".")
	if !ok {
		return "", appID
	}
	return prefix, bundleID
}

// AppIDMatchesBundle says whether an App ID (possibly with a wildcard, as
// in a profile) covers a bundle ID.
func AppIDMatchesBundle(appID, bundleID string) bool {
	_, pattern := SplitAppID(appID)
	return MatchPattern(pattern, bundleID)
}

// Strings returns the strings in a value that is a string or an array; ok is
// false when the value is of another type or an array holds a non-string.
func Strings(v any) (out []string, ok bool) {
	switch x := v.(type) {
	case string:
		return []string{x}, true
	case []any:
		ok = true
		for _, e := range x {
			s, isStr := e.(string)
			if !isStr {
				ok = false
				continue
			}
			out = append(out, s)
		}
		return out, ok
	}
	return nil, false
}
