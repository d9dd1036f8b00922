package text

// Failures a pull request or a commit message retells in its own words
// instead of quoting the tool's line (round 227).
var (
	// "the current profile did not include the Sign in with Apple
	// entitlement", "the provisioning profile ... doesn't include the Apple
	// Sign In entitlement": a profile named by "provisioning" on the line
	// or before it, so a subscription's "user profile ... Pro entitlement"
	// is not read.
	reProfileLacksNamedEntitlement = &lazyRegexp{src: `(?s)\bprovisioning\b(?:[^.\n]{0,160}?|.{0,400}?\bprofile\b[^.\n]{0,160}?)\b(?:didn'?t|doesn'?t|did not|does not) (?:have|has|include|contain|carry|list) (?:the )?[A-Z][A-Za-z0-9 &\-]{1,60}? entitlement\b`, fold: true}
	// "Code signing no longer allows any file in an app bundle to have an
	// extended attribute containing a resource fork or Finder info".
	reCodesignRefusesFinderInfo = &lazyRegexp{src: `\b(?:code ?sign(?:ing)?|codesign)\b[^\n]{0,120}?\bresource forks?\b[^.\n]{0,20}?\bFinder info(?:rmation)?\b`, fold: true}
	// "prevents users from using frameworks with different team IDs".
	reLibrariesOfAnotherTeam = &lazyRegexp{src: `\b(?:frameworks?|librar(?:y|ies)|dylibs?|plug-?ins?)\b (?:signed )?(?:with|from|having|by) (?:a )?different team IDs?\b`, fold: true}
)

func init() {
	addPatterns([]extraPattern{
		{"text-profile-missing-entitlement", "entitlement", reProfileLacksNamedEntitlement},
		{"text-detritus", "finder info", reCodesignRefusesFinderInfo},
		{"text-library-validation", "different team id", reLibrariesOfAnotherTeam},
	})
}
