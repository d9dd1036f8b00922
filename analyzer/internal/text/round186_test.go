package text

import "testing"

// TestRound186Readings: the readings added for held-out round 186 (GitHub
// issues of 2017-2021), each on lines of the round's texts, and their near
// misses.
func TestRound186Readings(t *testing.T) {
	readEach(t, []readCase{
		// kextutil's refusal of a kext without user approval, the sentence
		// TN2459 names (https://github.com/pqrs-org/Karabiner-Elements/issues/777).
		{"/Library/Extensions/org.pqrs.driver.Karabiner.VirtualHIDDevice.kext appears to be loadable (not including linkage for on-disk libraries).\nSystem policy prevents loading the kernel extension.", "text-kext-not-approved"},
		// No profile ever installed: the folder is missing
		// (https://github.com/NativeScript/nativescript-cli/issues/3231).
		{"Unable to apply changes on device: DEVICE-UDID. Error is: ENOENT: no such file or directory, scandir '/Users/username/Library/MobileDevice/Provisioning Profiles/'.", "text-no-profiles-found"},
		{"ls: /Users/username/Library/MobileDevice/Provisioning Profiles: No such file or directory", "text-no-profiles-found"},
		// NativeScript's table of fitting profiles with no row
		// (https://github.com/NativeScript/nativescript-cli/issues/5341).
		{"┌──────────────────────────────────────────┬──────┬────────────┬─────────┐\n│ Provision Name / Provision UUID / App Id │ Team │ Type / Due │ Devices │\n└──────────────────────────────────────────┴──────┴────────────┴─────────┘\n\nThere are also 0 non-eligable provisioning profiles.", "text-no-profiles-found"},
		// installd refusing a free team's app from a CLI installer
		// (https://github.com/NativeScript/NativeScript/issues/3125).
		{"> Error: ApplicationVerificationFailed \n> ErrorDescription: The bundle being installed with bundle ID co.wearing.HelloWorld is authorized by a free provisioning profile, but apps validated by those are not allowed to be installed from this source.", "text-free-team-limit"},
		// The profile "doesn't include" the certificate, retold with markup
		// (https://github.com/NativeScript/nativescript-cli/issues/5346).
		{"tns prepare ios --for-device --release --provision EA-9-8-Profile\nI'm getting a strange error saying that the profile _\"doesn't include\"_ the certificate...", "text-profile-missing-certificate"},
		{"Xcode says the provisioning profile doesn't include the certificate I just created.", "text-profile-missing-certificate"},
	})
	for _, c := range []struct{ text, id string }{
		// Another policy, another extension.
		{"Your organization's policy prevents loading this browser extension.", "text-kext-not-approved"},
		{"Group Policy prevents loading the extension until IT allows it.", "text-kext-not-approved"},
		// One named profile file missing, a copy into the folder; another
		// folder.
		{"ENOENT: no such file or directory, open '/Users/username/Library/MobileDevice/Provisioning Profiles/3f2c9a0e-1111-2222-3333-444455556666.mobileprovision'", "text-no-profiles-found"},
		{"ENOENT: no such file or directory, scandir '/Users/username/Library/MobileDevice/Devices/'", "text-no-profiles-found"},
		// The same table with a profile in it.
		{"│ Provision Name / Provision UUID / App Id │ Team │ Type / Due │ Devices │\n├──────────────────────────────────────────┼──────┼────────────┼─────────┤\n│ \"Dev Profile\" │ Acme │ Development │ 3 total │\n└──────────────────────────────────────────┴──────┴────────────┴─────────┘", "text-no-profiles-found"},
		// A free profile in prose; a free trial of another product.
		{"I'm using a free provisioning profile and the app runs fine from Xcode.", "text-free-team-limit"},
		{"This build is authorized by a free licence, but licences validated by those are not allowed in production.", "text-free-team-limit"},
		// A VPN's or a Wi-Fi's profile; a profile and its device.
		{"The VPN connection fails because the profile doesn't include the certificate for the server.", "text-profile-missing-certificate"},
		{"The Wi-Fi configuration profile doesn't include the certificate, so EAP-TLS fails.", "text-profile-missing-certificate"},
		{"The provisioning profile doesn't include the device I'm testing on.", "text-profile-missing-certificate"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
