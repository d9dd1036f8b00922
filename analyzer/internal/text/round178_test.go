package text

import "testing"

// TestRound178Readings: the readings added for held-out round 178 (the
// reporter's own words), each on lines of the round's messages, and their
// near misses: the same words where they are not that failure.
func TestRound178Readings(t *testing.T) {
	readEach(t, []readCase{
		// The keychain prompt coming back, on one line with the ad hoc
		// signature that brings it back
		// (https://github.com/nguyenphutrong/quotio/issues/447,
		// https://github.com/i365dev/free4chat/issues/179).
		{"Repeated macOS keychain password prompts: ad-hoc code signature prevents XARA partition approval from persisting", "text-keychain-prompt-signature-changed"},
		{"keychain: ad-hoc signed macOS binaries can re-trigger credential password prompts", "text-keychain-prompt-signature-changed"},
		{"2. **Release upgrades:** a newly installed ad-hoc-signed Runtime may prompt again on first Keychain read because macOS ACL matching sees a different code identity.", "text-keychain-prompt-signature-changed"},
		// The dialog's words quoted short (https://github.com/VortXTV/VortX/issues/34,
		// https://github.com/mfat/sshpilot/pull/1070).
		{"The ad-hoc-signed macOS app triggers a 'wants to use confidential information stored in your keychain' prompt because the keychain ACL cannot bind to a stable signing identity across rebuilds.", "text-keychain-prompt-signature-changed"},
		{"On macOS, choosing **Always Allow** on the Keychain dialog (“SSHPilot wants to use your confidential information stored in sshPilot”) still re-prompts on the next launch.", "text-keychain-prompt-signature-changed"},
		// "on app update" (https://github.com/WoojinAhn/CursorMeter/issues/31).
		{"fix: Keychain password prompt on app update (requires ADP)", "text-keychain-prompt-signature-changed"},
		// The shell's kill retold (https://github.com/CosmoCreeper/Sine/issues/181).
		{"Not sure if this happens with the other executables, but zsh says that sine-osx-arm64 was killed, presumably by the MacOS kernel.", "text-killed-at-launch"},
		// The alert retold where an Apple chip names the Mac
		// (https://github.com/Mouadzz/zushi/issues/4).
		{"This doesn't seem to work at all on M2. :(\nedit: I picked wrong version, but only because the one I need says it's damaged and cannot be opened.", "text-gatekeeper-damaged"},
	})
	for _, c := range []struct{ text, id string }{
		// A signing tool's own prompt, a GPG passphrase kept in the
		// keychain, a keychain prompt with no signature named.
		{"codesign keeps prompting for my keychain password when signing the app", "text-keychain-prompt-signature-changed"},
		{"Xcode asks for the keychain password every time I archive a signed build", "text-keychain-prompt-signature-changed"},
		{"Signed commits: pinentry-mac keeps prompting for the GPG passphrase stored in the macOS Keychain.", "text-keychain-prompt-signature-changed"},
		{"Goose Desktop on Mac repeatedly prompts for a password to unlock the keychain when setting up a new model provider.", "text-keychain-prompt-signature-changed"},
		{"The keychain stores the signature image; the pop-up shows it.", "text-keychain-prompt-signature-changed"},
		// A kill retold that memory or time explains, or on Linux.
		{"On Ubuntu, bash says that my script was killed because it ran out of memory (OOM).", "text-killed-at-launch"},
		{"The terminal says the build was killed after 3 hours of running.", "text-killed-at-launch"},
		// Damaged said of something else, with a chip or an M.2 drive named.
		{"My M.2 SSD says it's damaged and cannot be opened in Windows.", "text-gatekeeper-damaged"},
		{"This doesn't work on M2. The zip says it's damaged and cannot be opened in 7-Zip on Windows.", "text-gatekeeper-damaged"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
