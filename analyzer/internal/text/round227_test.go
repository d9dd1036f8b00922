package text

import "testing"

// Round 227's fixes (pull requests that retell the failure they fix),
// each with texts that look alike and are not that failure.
func TestRound227Reads(t *testing.T) {
	for _, c := range []struct{ text, id string }{
		// A profile lacking a named entitlement, retold.
		{"Refresh the App Store provisioning profiles in CI. The current profile did not include the Sign in with Apple entitlement required by the app.", "text-profile-missing-entitlement"},
		{"The provisioning profile in the repo doesn't include the Associated Domains entitlement, so this replaces it.", "text-profile-missing-entitlement"},
		// codesign refusing extended attributes, retold.
		{"codesign fails because files in the bundle have a resource fork or Finder information attached, so strip them first.", "text-detritus"},
		// Library validation refusing another team's code, retold.
		{"The hardened runtime prevents loading plugins signed with different team IDs, so we disabled library validation.", "text-library-validation"},
	} {
		if !hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("not read as %s: %q", c.id, c.text)
		}
	}
	for _, c := range []struct{ text, id string }{
		// A subscription's entitlement in an account, with provisioning before it.
		{"User provisioning ran at sign-up. Their account does not have the Pro entitlement yet.", "text-profile-missing-entitlement"},
		{"The provisioning profile now includes the Sign in with Apple entitlement and the build passes.", "text-profile-missing-entitlement"},
		{"Copying from the disk image keeps the resource fork and Finder info; nothing to do with signing.", "text-detritus"},
		{"The Steam build ships libraries with different team IDs in the depot manifest for each branch.", "text-library-validation"},
		{"Plugins from different teams are loaded by the server in separate processes.", "text-library-validation"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("read as %s: %q", c.id, c.text)
		}
	}
}
