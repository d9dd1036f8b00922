package text

import "testing"

// Round 222 (Homebrew casks): the refusal retold as "execution blocked
// because not signed", an app "quarantined as \"damaged\"", and the
// malware-check alert quoted with a typo.
func TestLookalikesOfRound222(t *testing.T) {
	readEach(t, []readCase{
		{"brew cask install soapui: the mac shows the usual \"Application execution blocked because not signed\" dialog", "text-gatekeeper-unverified"},
		{"On macOS Sequoia the installer was blocked because it is unsigned; Open Anyway in Privacy & Security let it run.", "text-gatekeeper-unverified"},
		{"On Apple Silicon the unsigned app is quarantined as \"damaged\" and Gatekeeper offers no Open Anyway path.", "text-gatekeeper-damaged"},
		{"brew install --cask foo: on my Mac the app got flagged as damaged, xattr -cr fixed it.", "text-gatekeeper-damaged"},
		{"Openwebstart installation fails because \"Apple cannot check it for mailicious software\"", "text-gatekeeper-unverified"},
	})
	readLookalikesP(t,
		// blocked because not signed, elsewhere
		"Windows 11: the driver installer was blocked because it is not signed; disable driver signature enforcement.",
		"Smart App Control: application execution blocked because not signed by a trusted publisher (Windows).",
		"The PR merge was blocked because the commits are unsigned (GPG); enable vigilant mode.",
		"Question: will a Mac app be blocked because it is unsigned if I build it locally?",
		// quarantined or flagged as damaged, elsewhere
		"The NAS flagged the disk as damaged after the SMART check; replace the drive.",
		"Outlook quarantined as damaged the attachment from the scanner (Exchange Online).",
		// the malware check of something else
		"Gmail won't attach the encrypted zip because it can't check it for malicious software.",
	)
}
