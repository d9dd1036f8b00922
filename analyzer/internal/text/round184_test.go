package text

import "testing"

// TestRound184Readings: the readings added for held-out round 184 (signing
// alerts retold in people's own words in GitHub issues), each on lines of
// the round's texts and others of the same family, and their near misses.
func TestRound184Readings(t *testing.T) {
	readEach(t, []readCase{
		// macOS 15's alert cut short (https://github.com/OpenEmu/OpenEmu/issues/5056).
		{`Then I click on the App itself and it says (as to be expected) "Apple can't verify OpenEmu".`, "text-gatekeeper-unverified"},
		{`if I click the App to open it again  it says "OpenEmu could not be  opened because Apple could not verify"...`, "text-gatekeeper-unverified"},
		{`It says “Apple could not verify The Unarchiver.”`, "text-gatekeeper-unverified"},
		// The damaged alert in the past tense after a download
		// (https://github.com/VCasecnikovs/hlopya/issues/8).
		{"I downloaded from the latest release and got an error that the app was damaged and could not be opened.", "text-gatekeeper-damaged"},
		{"Downloading the zip worked, but my app was damaged and couldn't be opened.", "text-gatekeeper-damaged"},
		{"On my MacBook it shows an error that the application is damaged.", "text-gatekeeper-damaged"},
		// macOS or the Mac marking an app as malware, and XProtect's dialog
		// named by what it did (https://github.com/alienator88/Pearcleaner/issues/187,
		// https://github.com/alyssaxuu/later/issues/23, https://github.com/openai/codex/issues/31251).
		{"After upgrading to macOS 15.2 Pearcleaner was marked as malware:", "text-gatekeeper-will-damage"},
		{"I did not download the app bc my Mac flagged it as malware", "text-gatekeeper-will-damage"},
		{"then immediately got this macOS malware dialog and it deleted Codex Computer User.app!", "text-gatekeeper-will-damage"},
		{"XProtect's malware alert popped up and moved it to the Trash.", "text-gatekeeper-will-damage"},
	})
	for _, c := range []struct{ text, id string }{
		// An account, a purchase or a device Apple could not verify.
		{`It says "Apple can't verify your Apple ID".`, "text-gatekeeper-unverified"},
		{`The popup said "Apple could not verify Apple ID."`, "text-gatekeeper-unverified"},
		{`I got "Apple couldn't verify This iPhone" when signing in.`, "text-gatekeeper-unverified"},
		{"The receipt could not be opened because Apple could not verify the purchase.", "text-gatekeeper-unverified"},
		// A file, a document, an Android app, a Windows app.
		{"I downloaded the video and the file was damaged and could not be opened.", "text-gatekeeper-damaged"},
		{"I downloaded the APK and the app was damaged and could not be opened.", "text-gatekeeper-damaged"},
		{"On Windows 11 I downloaded it and the application was damaged and could not be opened.", "text-gatekeeper-damaged"},
		// An antivirus, a scanning service or a browser on a Mac; an
		// unbuilt dialog; malware research.
		{"My Mac antivirus (Avast) flagged it as malware.", "text-gatekeeper-will-damage"},
		{"On my Mac, VirusTotal marked the dmg as malware.", "text-gatekeeper-will-damage"},
		{"Chrome on my Mac flagged it as malware and blocked the download.", "text-gatekeeper-will-damage"},
		{"We are designing a macOS malware dialog for the security course.", "text-gatekeeper-will-damage"},
		{"New Mac stealer found: researchers marked it as malware last week.", "text-gatekeeper-will-damage"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
