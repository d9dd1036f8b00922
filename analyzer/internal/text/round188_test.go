package text

import "testing"

// TestRound188Readings: the readings added for held-out round 188 (GitHub
// issues of 2024-2026 about notarization, stapling, the hardened runtime
// and library validation), each on lines of the round's texts, and their
// near misses.
func TestRound188Readings(t *testing.T) {
	readEach(t, []readCase{
		// A JIT's crash told with the entitlement it lacks
		// (https://github.com/TomoyukiAota/photo-location-map/pull/597).
		{"The signed macOS application crashes immediately on Apple Silicon because the entitlements do not include `com.apple.security.cs.allow-jit`.", "text-hardened-runtime-exception"},
		// Gatekeeper's alert told by Apple's word, as a problem
		// (https://github.com/TagStudioDev/TagStudio/issues/643).
		{"I'm pretty sure you can get around the unidentified developer issue you command right clicking on the app and opening anyway.", "text-gatekeeper-unverified"},
		// macOS refusing a non-notarized app
		// (https://github.com/sil-quirk/sil-q/issues/174).
		{"1. Analyze why macOS still refuses to launch Sil.app because it is a non-notarized app (even after `xattr`), forcing the user to manually unblock the app via the macOS System Settings.", "text-gatekeeper-unverified"},
		// Gatekeeper named by what it does
		// (https://github.com/ClusterM/open-bamboo-networking/issues/86).
		{"After a new installation/update of the plugin, sometimes (I have 0 clue why it doesn't always trigger), it triggers macOS Security feature which blocks unsigned code.", "text-gatekeeper-unverified"},
		// The malware doubt retold as the system's
		// (https://github.com/alexkay/spek/issues/324).
		{"The latest Sequoia version isn't satisfied that spek 0.8.5 is free of malware. ", "text-gatekeeper-unverified"},
		// Library validation told after the hardened runtime
		// (https://github.com/finnvoor/SwiftUIFX/issues/4).
		{"When the Mac app has hardened runtime enabled, the plugin fails to load the built dylibs (#2). Disabling library validation _should_ fix this, but doesn't.", "text-library-validation"},
		// Notarized but not stapled, with emphasis or in one word
		// (https://github.com/iliyami/MacSai/pull/121,
		// https://github.com/gitx/gitx/issues/650).
		{"The app inside was notarized (by cdhash, via the DMG submission) but **not stapled**, so once Homebrew/DMG copies a fresh app into /Applications it carries no embedded ticket", "text-ticket-not-stapled"},
		{"Both artifacts on the releases page are notarized but unstapled, so Gatekeeper\nhas to ask Apple about them at first launch", "text-ticket-not-stapled"},
	})
	// The stapling named leads Gatekeeper's alert where nothing says the
	// app was not notarized; where something does, it does not.
	macSai := "Fixes the \"Apple could not verify Mac Sai\" Gatekeeper block that can hit users whose first-launch online notarization check doesn't complete.\n\n## Cause\n`build-dmg.sh` stapled only the **DMG**. The app inside was notarized (by cdhash, via the DMG submission) but **not stapled**"
	if m := firstMatch(Analyze([]byte(macSai)), "text-gatekeeper-unverified"); m == nil || len(m.Causes) == 0 || m.Causes[0] != "The ticket is not stapled and the Mac is offline." {
		t.Errorf("notarized but not stapled: Gatekeeper's alert not led by the stapling")
	}
	unnotarized := "MDHero_0.2.9_aarch64.dmg: rejected\nsource=Unnotarized Developer ID\n\n$ xcrun stapler validate MDHero_0.2.9_aarch64.dmg\nMDHero_0.2.9_aarch64.dmg does not have a ticket stapled to it."
	if m := firstMatch(Analyze([]byte(unnotarized)), "text-gatekeeper-unverified"); m == nil || len(m.Causes) == 0 || m.Causes[0] == "The ticket is not stapled and the Mac is offline." {
		t.Errorf("unnotarized and unstapled: Gatekeeper's alert led by the stapling")
	}
	// The damaged alert beside spctl's verdict that the disk image is not
	// notarized (https://github.com/PyModel/pythinker-code/pull/194) is led
	// by that; an ad hoc signature shown keeps its own lead.
	pythinker := "Users downloading `Pythinker-0.3.1-arm64.dmg` from the site see **\"Pythinker.app is damaged and can't be opened\"**. The app bundle inside is signed, notarized and stapled, but the DMG itself only carries a Developer ID signature: `spctl --assess --type open` reports `rejected, Unnotarized Developer ID`."
	if m := firstMatch(Analyze([]byte(pythinker)), "text-gatekeeper-damaged"); m == nil || len(m.Causes) == 0 || m.Causes[0] != causeDamagedUnnotarized {
		t.Errorf("damaged beside Unnotarized Developer ID: not led by the missing notarization")
	}
	adhoc := "\"Acme.app\" is damaged and can't be opened.\nSignature=adhoc\nsource=Unnotarized Developer ID"
	if m := firstMatch(Analyze([]byte(adhoc)), "text-gatekeeper-damaged"); m == nil || len(m.Causes) == 0 || m.Causes[0] == causeDamagedUnnotarized {
		t.Errorf("damaged, ad hoc: led by the missing notarization")
	}
	for _, c := range []struct{ text, id string }{
		// Crashes not for a missing JIT entitlement; the entitlement added.
		{"The app crashes on launch because the entitlements file is missing from the bundle.", "text-hardened-runtime-exception"},
		{"After adding com.apple.security.cs.allow-jit the app no longer crashes.", "text-hardened-runtime-exception"},
		// Android's "unknown developer".
		{"Play Protect shows an unknown developer issue when installing the APK.", "text-gatekeeper-unverified"},
		// macOS refusing for another reason; a notarized app it does not block.
		{"macOS refuses to launch the app because it is not signed for this architecture.", "text-gatekeeper-unverified"},
		{"macOS does not block the app because it is notarized.", "text-gatekeeper-unverified"},
		// Another security feature, another code.
		{"macOS Security feature which blocks unsigned kernel extensions needs a reboot into Recovery.", "text-gatekeeper-unverified"},
		{"The macOS security update blocks USB accessories until you approve them.", "text-gatekeeper-unverified"},
		// A scanner's doubt; a Mac's antivirus.
		{"VirusTotal isn't sure the upload is free of malware.", "text-gatekeeper-unverified"},
		{"The antivirus on my Mac isn't satisfied that the file is free of malware.", "text-gatekeeper-unverified"},
		// The hardened runtime with a load that is not a library.
		{"With hardened runtime enabled, the app fails to load its settings file.", "text-library-validation"},
		{"Hardened runtime is enabled and the plugin loads fine.", "text-library-validation"},
		// Stapled after notarizing; stapling not needed.
		{"The app is notarized and stapled.", "text-ticket-not-stapled"},
		{"It was notarized, but not stapling is fine for a zip.", "text-ticket-not-stapled"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
