package text

import "testing"

// Round 224 (apps' own updaters): an updater that cannot read the running
// copy's team ID, Sparkle's alert for an app neither code signed nor
// EdDSA keyed, Sparkle 2's 4005 team ID requirement, a helper refused as
// modified after signing, and an update's "code signature error" after
// building the Mac app with another certificate.
func TestLookalikesOfRound224(t *testing.T) {
	readEach(t, []readCase{
		{"Update failed. DMG signature validation failed: could not read current team ID", "text-not-signed"},
		{"Acme: For security reasons, you need to code sign your application or sign your updates with an EdDSA key.", "text-not-signed"},
		{"Failure: The remote port connection was invalidated from the updater. Otherwise if Autoupdate is not adhoc signed, your app must be signed with a matching team ID.", "text-csreq-67050"},
		{"*** ERROR *** The helper has been modified after signing!\nRefusing to run child process with invalid signature.", "text-signed-resource-modified"},
		{"We used a new certificate to sign the mac app; when updating the app it shows code signature error.", "text-csreq-67050"},
		{`No signing certificate "Mac Development" found: No "Mac Development" signing certificate matching team ID "ABCDE12345" with a private key was found.`, "text-no-signing-certificate"},
	})
	readLookalikesP(t,
		// team IDs and EdDSA keys elsewhere
		"Team ID: could not read current team ID from the CSV export.",
		"Please sign your updates with an EdDSA key before releasing.",
		"Tauri updater: your app must be signed with a matching key id (minisign), UnexpectedKeyId.",
		// modified after signing, of a document
		"Signature is invalid: the document has been modified after signing. Refusing to open it.",
		// another certificate on Windows, or no error at all
		"We signed the Windows installer with a new certificate; when I update the app it shows code signature error from SmartScreen.",
		"I used a new certificate to sign the mac app. After updating, no code signature error any more.",
	)
}
