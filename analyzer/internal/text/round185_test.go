package text

import (
	"strings"
	"testing"
)

// TestRound185Readings: the readings added for held-out round 185 (end
// users quoting an alert about opening, installing or updating an app),
// each on lines of the round's texts, and their near misses.
func TestRound185Readings(t *testing.T) {
	readEach(t, []readCase{
		// An issue title quoting the alert's word
		// (https://github.com/ZaneH/piano-trainer/issues/25).
		{`MacOS application is "damaged"`, "text-gatekeeper-damaged"},
		{`Mac app is “damaged” after downloading the arm64 zip`, "text-gatekeeper-damaged"},
		// The iOS integrity alert translated back from Dutch and retold in
		// Chinese (https://github.com/opa334/TrollStore/issues/279,
		// https://github.com/opa334/TrollStore/issues/571).
		{"BUG: iOS 16.0 Beta (something) installer won't install\n\"Integrity can't be checked\" (sorry it's Dutch but that's what it says)", "text-integrity-not-verified"},
		{"14promax 16.4系统无法安装Trollstore2是什么原因？\n\n提示未验证完整性", "text-integrity-not-verified"},
		{"iPhone 安装 ipa 时提示未能验证其完整性", "text-integrity-not-verified"},
		// Gatekeeper's override told as done, the app still not opening
		// (https://github.com/ggkevinnnn/LaunchNow/issues/87,
		// https://github.com/rmcrackan/Libation/issues/988).
		{"Despite privacy panel override, macOS 26.0.1 will not allow latest LaunchNow version to open.", "text-gatekeeper-unverified"},
		{"After upgrade to Version 15.1 Beta (24B5055e) it cannot open, I reinstall it but no different.\nThe app was authorized in the security setting.", "text-gatekeeper-unverified"},
		{"Even after the Privacy & Security override the app won't launch on Sequoia.", "text-gatekeeper-unverified"},
		// The installer in Recovery refusing its installer's signature
		// (https://mackeeper.com/blog/the-installer-information-on-the-recovery-server-is-damaged/,
		// http://masror.com/).
		{"The installer information on the recovery server is damaged. Contact Apple for more information.", "text-cert-expired"},
		{"The installer payload failed signature check", "text-cert-expired"},
	})
	if c := firstCause("Reinstalling macOS from Recovery: The installer information on the recovery server is damaged.", "text-cert-expired"); !strings.Contains(c, "date is wrong in Recovery") {
		t.Errorf("the recovery server's damaged installer leads with %q", c)
	}
	for _, c := range []struct{ text, id string }{
		// A backup's or a disk's integrity; a download whose checksum file
		// is missing.
		{`Time Machine: "Backup integrity can't be checked" on the NAS`, "text-integrity-not-verified"},
		{`"Integrity cannot be checked" because the SHA-256 checksum file is missing; install aborted.`, "text-integrity-not-verified"},
		{"下载的文件未验证完整性，请核对 SHA256", "text-integrity-not-verified"},
		// A privacy permission allowed, a door's override, a setting
		// allowed that opens fine.
		{"Zoom is allowed in Privacy & Security > Screen Recording but it cannot open the share window.", "text-gatekeeper-unverified"},
		{"Despite the security override, the gate will not open.", "text-gatekeeper-unverified"},
		{"The app was authorized in the security settings and opens fine now.", "text-gatekeeper-unverified"},
		// A damaged box, a Recovery that cannot reach its server, the
		// app that needs a newer macOS (LaunchServices -10825).
		{`The Mac mini box is "damaged" on arrival`, "text-gatekeeper-damaged"},
		{"The recovery server could not be contacted.", "text-cert-expired"},
		{"The recovery server could not be contacted.", "text-gatekeeper-damaged"},
		{`The application cannot be opened for an unexpected reason, error=Error Domain=NSOSStatusErrorDomain Code=-10825 "kLSIncompatibleSystemVersionErr: The app cannot run on the current OS version"`, "text-app-cant-be-opened"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
