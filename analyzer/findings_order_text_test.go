package analyzer

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// heldOutText returns the pasted text of the held-out record named name.
func heldOutText(t *testing.T, name string) []byte {
	t.Helper()
	files, err := filepath.Glob("internal/text/testdata/heldout*-messages.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range strings.Split("\n"+string(b), "\n@@@ ")[1:] {
			head, body, ok := strings.Cut(rec, "\n---\n")
			if ok && strings.TrimSpace(strings.SplitN(head, "\n", 2)[0]) == name {
				return []byte(body)
			}
		}
	}
	t.Fatalf("no held-out record %q", name)
	return nil
}

// For a pasted message the report's first finding is the diagnosis: the
// reason before the status or symptom that follows from it. Each class has
// a near miss, a paste without the reason, where the symptom is rightly
// first.
func TestPastedTextDiagnosisFirst(t *testing.T) {
	for _, c := range []struct{ record, first, after string }{
		// A notary log's issue before the status "Invalid"; an unsigned or
		// unreadable signature before its missing timestamp.
		{"rcodesign notary-submit: the notary log behind a \"notary log>\" prefix", "text-binary-signature-invalid", "text-notary-invalid"},
		{"notary log JSON: binary signature invalid in an Electron app", "text-binary-signature-invalid", "text-notary-invalid"},
		{"notarization prose: not signed, no secure timestamp", "text-not-signed", "text-no-secure-timestamp"},
		{"quill notarizing a binary it never signed", "text-not-developer-id", "text-notary-invalid"},
		{"wayland: notarytool's Invalid status and the stapler failing after it", "text-notary-invalid", "text-stapler-failed"},
		{"shorebird release macos, then notarytool: no secure timestamp", "text-no-secure-timestamp", "text-notary-invalid"},
		// A launch constraint before the CODESIGNING kill it causes, and the
		// kill before a shell's "killed".
		{"MeshAgent on Tahoe: the LaunchDaemon killed for a launch constraint", "text-launch-constraint", "text-code-signature-invalid"},
		{"launchd job of an ad-hoc daemon: Launch Constraint Violation, code 4", "text-launch-constraint", "text-code-signature-invalid"},
		{"temm1e: zsh: killed, and the crash report's taskgated termination", "text-code-signature-invalid", "text-killed-at-launch"},
		{"opencode: the kernel's load code signature error 2 and SIGKILL", "text-kernel-signature-rejected", "text-killed-at-launch"},
		// An installer's reason before its "no valid signature".
		{"Reveil: appinst's NSError, MIInstallerErrorDomain 63", "text-missing-application-identifier", "text-app-no-valid-signature"},
		{"devicectl: 0xe8008012, the profile cannot be installed on this device", "text-device-not-in-profile", "text-app-no-valid-signature"},
		{"zsign: appstored refuses an over-the-air install, a signed resource changed", "text-signed-resource-modified", "text-app-no-valid-signature"},
		// Why Xcode found no profile before "no profiles found".
		{"match: no profile allowed the iCloud and associated-domains entitlements", "text-profile-missing-entitlement", "text-no-profiles-found"},
		{"xcpretty: no profile allows the entitlements", "text-profile-missing-entitlement", "text-no-profiles-found"},
		{"free account: maximum App ID limit, then no profiles", "text-free-team-limit", "text-no-profiles-found"},
		{"orca: archive on CI, No Accounts then no profiles", "text-xcode-account-unavailable", "text-no-profiles-found"},
		{"Bluefruit: none of your accounts are a member of the sample's team", "text-requires-development-team", "text-no-profiles-found"},
		{"herdrup: export with cloud signing, no profiles", "text-no-profiles-found", "text-no-signing-certificate"},
		// What codesign found wrong before the failure it explains.
		{"osx-sign: not signed at all in a subcomponent, as a title", "text-not-signed", "text-nested-code-invalid"},
		{"Tauri: nested code modified", "text-nested-code-invalid", "text-signed-resource-modified"},
		{"Santa: kextutil says the kext's signature is invalid, codesign says resources", "text-code-signature-modified", "text-kext-not-loaded"},
		{"Tauri DMG: only the linker's signature, \"damaged\", no resources", "text-no-resources", "text-gatekeeper-damaged"},
		{"Go linker's ad hoc signature only: Gatekeeper says damaged", "text-gatekeeper-damaged", "text-codesign-adhoc"},
		{"lovely-injector: downloaded dylib refused by system policy", "text-gatekeeper-unverified", "text-library-validation"},
		// The reason before "can't be opened", which names none.
		{"MAS login helper will not open (-10810): signed with the inherit entitlement", "text-sandbox-inheritance", "text-app-cant-be-opened"},
		{"fourth round: launch failed with amfid -413", "text-app-cant-be-opened", "text-unsatisfied-entitlements"},
		// Entitlements no profile authorises before the kernel's refusal.
		{"fourth round: Console lines, unsatisfied and kernel", "text-unsatisfied-entitlements", "text-kernel-signature-rejected"},
		// A keychain that may not ask its user before the failed import.
		{"vagrant box: import refused, user interaction not allowed", "text-user-interaction-not-allowed", "text-p12-import-failed"},
		{"third round: p12 import then identity not found", "text-p12-import-failed", "text-identity-not-found"},
	} {
		b := heldOutText(t, c.record)
		rep, err := Analyze(t.Context(), []File{{Name: "pasted text", Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, f := range rep.Findings {
			if strings.HasPrefix(f.ID, "text-") && f.ID != "text-unknown" {
				ids = append(ids, f.ID)
			}
		}
		if len(ids) == 0 || ids[0] != c.first || !strings.Contains(strings.Join(ids[1:], " ")+" ", c.after+" ") {
			t.Errorf("%s: findings %v, want %s first and %s after it", c.record, ids, c.first, c.after)
		}
	}
}

// A warning that an error follows from is read with the errors, before the
// errors that explain nothing else; alone, a warning comes after them.
func TestCauseRanksWithItsConsequence(t *testing.T) {
	fs := []report.Finding{
		{ID: "text-a-error", Severity: report.Error, Subject: "x"},
		{ID: "text-b-warning", Severity: report.Warning, Subject: "x"},
		{ID: "text-c-error", Severity: report.Error, Subject: "x"},
		{ID: "text-d-warning", Severity: report.Warning, Subject: "x"},
	}
	causeOf := func(i int) int {
		if i == 2 {
			return 1
		}
		return -1
	}
	var got []string
	for _, i := range report.CauseOrder(fs, causeOf) {
		got = append(got, fs[i].ID)
	}
	if want := "text-b-warning text-c-error text-a-error text-d-warning"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}
