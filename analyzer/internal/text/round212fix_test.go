package text

import (
	"strings"
	"testing"
)

// TestRound212Readings: the readings added for held-out rounds 212 to 214
// (retold Gatekeeper alerts and privacy re-prompts, a deactivated account
// beside notarytool, a JIT engine signed with the runtime option and no
// entitlements, tools' and Apple's own lines), each on a line of the
// rounds' texts, and their near misses.
func TestRound212Readings(t *testing.T) {
	readEach(t, []readCase{
		// https://github.com/bubio/xm8m/issues/38
		{`Trying to run the Apple Silicon version on my Macbook Air M2 gives an error saying the .dmg file is "damaged" and I cannot run it.`, "text-gatekeeper-damaged"},
		// https://github.com/angelespejo/macos-app-trial-extender/issues/9
		{"This issue is being opened because the aarch64 version is damaged: https://github.com/angelespejo/macos-app-trial-extender/tree/0.2.0", "text-gatekeeper-damaged"},
		// https://github.com/exislow/tidal-dl-ng/issues/343
		{"Last working version to my MacBook Air M3 : 0.23.8\n\n0.24.X versions not work with message : This application is corrupted and can't be started.", "text-gatekeeper-damaged"},
		// https://github.com/TheBoredTeam/boring.notch/issues/552
		{"The app did not open after i click open anyway button on privacy setting, even enter password prompt did not show up.", "text-gatekeeper-unverified"},
		// https://github.com/saihgupr/NotifiCLI/issues/12
		{"The homebrew install keeps dying because the program is not signed. Even though I give it permissions in the system setting dialog, the script dies and homebrew removes it.", "text-gatekeeper-unverified"},
		// https://github.com/NotWadeGrimridge/PingPlace/issues/1
		{"it lists as having permission, but app continues to ask for accessibility permissions on launch.", "text-privacy-access-refused"},
		// https://github.com/PCSX2/pcsx2/issues/12202
		{"PCSX2 is recognized as a new app by the MacOS launchpad after updating, causing it to require the user to re-grant permissions to the app after relaunch.", "text-privacy-access-refused"},
		// https://github.com/Starmel/OpenSuperWhisper/issues/3
		{"- The app appears under **Accessibility** permissions but does not get added under **Microphone** permissions.", "text-privacy-access-refused"},
		// https://developer.apple.com/forums/tags/notarization?page=6
		{"we were using the --wait flag with notarytool, and as a result it hangs indefinitely.\nApparently our old developer account was deactivated unexpectedly", "text-team-access-denied"},
		// https://github.com/alephium/desktop-wallet/issues/739
		{">   ⨯ ❌ Notarization Error,please check notarization-error.log  failedTask=build", "text-notary-invalid"},
		// https://github.com/OWASP/threat-dragon/issues/767
		{"Notarizing software with altool was deprecated in Xcode 13, and the Apple notary service will no longer accept uploads from altool as of November 1, 2023.", "text-altool-retired"},
		// https://github.com/LinusHenze/Fugu14/issues/17
		{"xcode couldn’t find any ios app development provisioning profile", "text-no-profiles-found"},
		// https://github.com/altstoreio/AltStore/issues/779
		{"Failed to Verify Code Signature #319\n\nThis is occurring again in Mac Catalina iOS 14.7.", "text-app-no-valid-signature"},
	})
	// A Unity app signed with the runtime option and no entitlements that
	// stops opening; its cause names Unity's Mono among the JITs
	// (https://endurance.zhuoran.dev/forums/topics/code-signing-topic/code-signing-topic-notarization?page=8&sortBy=replies&sortOrder=DESC).
	unity := "Hi, I have an app built in Unity that I am trying to sign an notarize for distribution. I can successfully codesign the app and it runs properly. But after successfully notarizing the app, the app stops opening.\n" +
		"codesign --force --deep --verify --verbose --option runtime --sign \"Developer ID Application: ORG NAME (ZZZZZZZZZ)\" path/to/app.app\n"
	if r := Analyze([]byte(unity)); !hasID(r, "text-hardened-runtime-exception") || !strings.Contains(Lookup("text-hardened-runtime-exception").Causes[0], "Unity") {
		t.Errorf("Unity signed with the runtime option: got %v, want the hardened runtime's exception naming Unity", ids(r))
	}
	// A lost grant's stale signature first, for a grant shown yet asked.
	if r := Analyze([]byte("it lists as having permission, but app continues to ask for accessibility permissions on launch.")); len(r.Matches) == 0 || !strings.Contains(r.Matches[0].Causes[0], "older signature") {
		t.Errorf("grant shown yet asked: got %v, want the grant for an older signature first", ids(r))
	}
	// A deactivated account's membership first, not a member's role.
	if r := Analyze([]byte("we were using the --wait flag with notarytool, and as a result it hangs indefinitely.\nApparently our old developer account was deactivated unexpectedly")); len(r.Matches) == 0 || !strings.Contains(r.Matches[0].Causes[0], "deactivated") {
		t.Errorf("deactivated account: got %v, want the membership first", ids(r))
	}
	// Near misses: the same words about something else, a success, a
	// question, another system.
	for _, c := range []struct{ in, id string }{
		{"Linux: the aarch64 version is damaged, the tarball fails its checksum.", "text-gatekeeper-damaged"},
		{"The arm64 build is damaged.", "text-gatekeeper-damaged"},
		{"Windows 11: This application is corrupted and can't be started. Reinstall it.", "text-gatekeeper-damaged"},
		{"VirtualBox gives an error saying the disk image is damaged.", "text-gatekeeper-damaged"},
		{"It opens fine after I click Open Anyway in Privacy & Security.", "text-gatekeeper-unverified"},
		{"On Windows the installer keeps dying because the driver is not signed, even after I give it permissions in the system settings.", "text-gatekeeper-unverified"},
		{"After updating to macOS Sequoia I had to re-grant permissions to all my apps.", "text-privacy-access-refused"},
		{"After the update, Android asks me to re-grant permissions to the app.", "text-privacy-access-refused"},
		{"Zoom on Windows does not get added under Microphone permissions.", "text-privacy-access-refused"},
		{"Screen Recording is listed as having permission, but the app keeps asking for Screen Recording permission until it is relaunched.", "text-privacy-access-refused"},
		{"Would a build listed as having permission still prompt for Accessibility access?", "text-privacy-access-refused"},
		{"We migrated our apps to the new developer account after the merger; notarization with notarytool works fine.", "text-team-access-denied"},
		{"Our Android developer account was suspended; the Mac build is notarized with notarytool as before.", "text-team-access-denied"},
		{"codesign --force --options runtime --sign \"Developer ID Application: ORG (TEAMID)\" MyTool.app\nThe app opens fine after notarization.", "text-hardened-runtime-exception"},
		{"Our Unity game: codesign --force --deep --options runtime --sign \"Developer ID Application: ORG (TEAMID)\" Game.app\nIt launches and plays fine after notarization.", "text-hardened-runtime-exception"},
		{"Failed to verify code signature #12\n\nOn Windows 11 the updater fails.", "text-app-no-valid-signature"},
		{"Changelog: the Notarization Error message now names notarization-error.log.", "text-notary-invalid"},
		{"altool still accepts uploads to App Store Connect; only notarization moved to notarytool.", "text-altool-retired"},
		{"Android Studio couldn’t find any signing config for the release build.", "text-no-profiles-found"},
	} {
		if r := Analyze([]byte(c.in)); hasID(r, c.id) {
			t.Errorf("%q: got %v, want no %s", c.in, ids(r), c.id)
		}
	}
}
