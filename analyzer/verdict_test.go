package analyzer

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

// analyzeCorpus analyses files of the shared corpus together, or skips.
func analyzeCorpus(t *testing.T, now time.Time, names ...string) *report.Report {
	t.Helper()
	var files []File
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(corpusDir(t), n))
		if err != nil {
			t.Skipf("corpus not present at %s: %v", corpusDir(t), err)
		}
		files = append(files, File{Name: filepath.Base(n), Size: int64(len(b)), R: bytes.NewReader(b)})
	}
	rep, err := Analyze(context.Background(), files, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func verdictOf(rep *report.Report, g report.Goal) *report.Verdict {
	for i := range rep.Verdicts {
		if rep.Verdicts[i].Goal == g {
			return &rep.Verdicts[i]
		}
	}
	return nil
}

func findingByRef(rep *report.Report, ref string) *report.Finding {
	for i := range rep.Findings {
		if rep.Findings[i].Ref == ref {
			return &rep.Findings[i]
		}
	}
	return nil
}

// wantVerdict checks one goal's status and, for a fail, the check of the
// first finding that decides it.
func wantVerdict(t *testing.T, rep *report.Report, g report.Goal, status report.VerdictStatus, firstCause string) {
	t.Helper()
	v := verdictOf(rep, g)
	switch {
	case v == nil && status == "":
		return
	case v == nil:
		t.Errorf("%s: no verdict, want %s", g, status)
		return
	case status == "":
		t.Errorf("%s: %s, want no verdict (the goal does not concern these files)", g, v.Status)
		return
	case v.Status != status:
		t.Errorf("%s: %s (because %v, needs %q), want %s", g, v.Status, v.Because, v.Needs, status)
		return
	}
	if firstCause != "" && (len(v.Because) == 0 || report.RefID(v.Because[0]) != firstCause) {
		t.Errorf("%s: because %v, want %s first", g, v.Because, firstCause)
	}
	for _, ref := range v.Because {
		if findingByRef(rep, ref) == nil {
			t.Errorf("%s: because %s, which no finding is", g, ref)
		}
	}
	if status == report.Unknown && v.Needs == "" {
		t.Errorf("%s: unknown without saying what would decide it", g)
	}
}

// An .ipa whose app and extension embed the same expired in-house profile:
// one root cause, in 2 places, first; its certificates under it; installing
// and launching fail because of it; the signature itself is fine.
func TestVerdictsExpiredProfileIPA(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/appinfo-embedded.ipa")
	first := rep.Findings[0]
	if first.ID != "profile-expired" || len(first.Places) != 2 || first.Ref != "profile-expired#1" {
		t.Fatalf("first finding %s %s in %v, want profile-expired in 2 places", first.Ref, first.Subject, first.Places)
	}
	if n := strings.Count(formatWant(rep.Findings), "| profile-expired |"); n != 1 {
		t.Errorf("profile-expired listed %d times, want once", n)
	}
	second := rep.Findings[1]
	if second.ID != "profile-no-valid-cert" || second.Cause != first.Ref {
		t.Errorf("second finding %s (cause %q), want profile-no-valid-cert under %s", second.ID, second.Cause, first.Ref)
	}
	wantVerdict(t, rep, report.GoalSignature, report.Pass, "")
	wantVerdict(t, rep, report.GoalInstalls, report.Fail, "profile-expired")
	wantVerdict(t, rep, report.GoalLaunches, report.Fail, "profile-expired")
	wantVerdict(t, rep, report.GoalNotarization, "", "")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, "", "")
	wantVerdict(t, rep, report.GoalAppStore, "", "")
}

// A notary log pasted as text: notarization fails for the reason it gives,
// Gatekeeper has no ticket; nothing is said about installing on a device.
func TestVerdictsPastedNotaryLog(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir(t), "notary/PromptBar-notarization-log.json"))
	if err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	rep, err := Analyze(context.Background(), []File{{Name: "<stdin>", Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	wantVerdict(t, rep, report.GoalNotarization, report.Fail, "notary-not-developer-id")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Fail, "notary-not-developer-id")
	wantVerdict(t, rep, report.GoalInstalls, "", "")
	wantVerdict(t, rep, report.GoalSignature, "", "")
}

// A real Developer ID binary with the hardened runtime and a timestamp: the
// signature passes, and notarization stays unknown — only Apple decides.
func TestVerdictsDeveloperIDUnknownUntilNotarized(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "macho/gofmt-go1.27.4-darwin-arm64")
	wantVerdict(t, rep, report.GoalSignature, report.Pass, "")
	wantVerdict(t, rep, report.GoalLaunches, report.Pass, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Unknown, "")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Unknown, "")
	wantVerdict(t, rep, report.GoalInstalls, "", "")
	if v := verdictOf(rep, report.GoalNotarization); v != nil && !strings.Contains(v.Needs, onlyAppleDecides) {
		t.Errorf("notarization needs %q, want it to say %q", v.Needs, onlyAppleDecides)
	}
}

// A stapled ticket opens the app after download even where today's notary
// service would ask for more (this 2019 installer has no hardened runtime).
func TestVerdictsStapledTicket(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/opera-beta-installer.app.zip")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Pass, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Fail, "macho-no-hardened-runtime")
}

// A ticket speaks only for the file it is stapled to: beside the stapled
// installer, an unstapled Developer ID binary still waits on the notary
// service, and the installer's own notary gaps still do not stop it opening.
func TestVerdictsStapledTicketNotLent(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/opera-beta-installer.app.zip", "macho/gofmt-go1.27.4-darwin-arm64")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Unknown, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Fail, "macho-no-hardened-runtime")
}

// The same with generated files of the real formats: a package stapled with
// a ticket naming it, and an app with no ticket whose helper lacks the
// hardened runtime.
func TestVerdictsStapledPackageBesideUnstapledApp(t *testing.T) {
	pkg := stapledPkg(t, "own")
	app := macApp(t, macOpts{}).zipBytes(t, true)
	analyze := func(files ...File) *report.Report {
		rep, err := Analyze(context.Background(), files, Options{Now: defaultCaseTime, testRoots: [][]byte{loadPkgTestCA(t).Cert.Raw}})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	pkgFile := func() File { return File{Name: "Tool.pkg", Size: int64(len(pkg)), R: bytes.NewReader(pkg)} }
	appFile := func() File { return File{Name: "Mac.zip", Size: int64(len(app)), R: bytes.NewReader(app)} }
	alone := analyze(appFile())
	wantVerdict(t, analyze(pkgFile()), report.GoalOpensAfterDownload, report.Pass, "")
	both := analyze(pkgFile(), appFile())
	if a, b := verdictOf(alone, report.GoalOpensAfterDownload), verdictOf(both, report.GoalOpensAfterDownload); a == nil || b == nil || a.Status != b.Status || !slices.Equal(a.Because, b.Because) {
		t.Errorf("the app's opens-after-download verdict alone %+v, beside a stapled package %+v: want the same", a, b)
	}
}

// A package's ticket names the code inside it too: the app dropped beside
// the stapled package it was notarized in opens as the package does.
func TestVerdictsPackageTicketNamesAppBeside(t *testing.T) {
	app := macApp(t, macOpts{helperRuntime: true}).zipBytes(t, true)
	analyze := func(files ...File) *report.Report {
		rep, err := Analyze(context.Background(), files, Options{Now: defaultCaseTime, testRoots: [][]byte{loadPkgTestCA(t).Cert.Raw}})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	appFile := func() File { return File{Name: "Mac.zip", Size: int64(len(app)), R: bytes.NewReader(app)} }
	var appHash []byte
	for _, a := range analyze(appFile()).Artifacts {
		if b, ok := a.Facts.(*report.Bundle); ok && len(b.Code) > 0 && b.Code[0].MachO != nil {
			appHash, _ = hex.DecodeString(b.Code[0].MachO.Slices[0].CDHash)
		}
	}
	if len(appHash) != 20 {
		t.Fatalf("the app's CDHash %x", appHash)
	}
	for _, c := range []struct {
		name  string
		hash  []byte
		opens report.VerdictStatus
	}{{"names the app", appHash, report.Pass}, {"names other code", otherCode, report.Unknown}} {
		pkg := stapledPkgWith(t, func(checksum []byte) []byte {
			b, err := testsign.Ticket([]testsign.TicketHash{{Type: testsign.HashSHA1, Hash: checksum[:20]}, {Type: testsign.HashSHA256, Hash: c.hash}}, ticketIssued)
			if err != nil {
				t.Fatal(err)
			}
			return b
		})
		rep := analyze(File{Name: "Tool.pkg", Size: int64(len(pkg)), R: bytes.NewReader(pkg)}, appFile())
		if v := verdictOf(rep, report.GoalOpensAfterDownload); v == nil || v.Status != c.opens {
			t.Errorf("a package ticket that %s: opens after download %+v, want %s", c.name, v, c.opens)
		}
	}
}

// An iOS App Store profile dropped beside a Mac app says nothing of how the
// Mac app ships: Gatekeeper and notarization still concern it. A Mac App
// Store profile does: the app reaches people through the store.
func TestVerdictsIOSStoreProfileBesideMacApp(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/relic-fatfile.app.zip", "profiles/appinfo-ios_appstore.mobileprovision")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Unknown, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Unknown, "")
	rep = analyzeCorpus(t, defaultCaseTime, "bundles/relic-fatfile.app.zip", "profiles/appinfo-macos_appstore.provisionprofile")
	wantVerdict(t, rep, report.GoalOpensAfterDownload, "", "")
	wantVerdict(t, rep, report.GoalNotarization, "", "")
}

// An accepted notary log clears the code its ticket names, not code beside
// it: gon's accepted log (for gon.zip/foo) says nothing of gofmt, until the
// same log names gofmt's own CDHash.
func TestVerdictsAcceptedLogOnlyForItsCode(t *testing.T) {
	bin, err := os.ReadFile(filepath.Join(corpusDir(t), "macho/gofmt-go1.27.4-darwin-arm64"))
	if err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	logText, err := os.ReadFile(filepath.Join(corpusDir(t), "notary/gon-log_test-accepted.json"))
	if err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	const gonHash = "b7049085e21423f102d6119bca93d57ebd903289"
	if !bytes.Contains(logText, []byte(gonHash)) {
		t.Fatalf("the gon log no longer names %s", gonHash)
	}
	analyze := func(log []byte) *report.Report {
		rep, err := Analyze(context.Background(), []File{
			{Name: "notary.json", Size: int64(len(log)), R: bytes.NewReader(log)},
			{Name: "gofmt", Size: int64(len(bin)), R: bytes.NewReader(bin)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	rep := analyze(logText)
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Unknown, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Unknown, "")
	var own string
	for _, a := range rep.Artifacts {
		if m, ok := a.Facts.(*report.MachO); ok && len(m.Slices) > 0 {
			own = m.Slices[0].CDHash
		}
	}
	if len(own) != 40 {
		t.Fatalf("gofmt's CDHash %q", own)
	}
	rep = analyze(bytes.ReplaceAll(logText, []byte(gonHash), []byte(own)))
	wantVerdict(t, rep, report.GoalOpensAfterDownload, report.Pass, "")
	wantVerdict(t, rep, report.GoalNotarization, report.Pass, "")
}

// The same finding on both slices of a universal file is one finding in 2
// places.
func TestUniversalFindingOnce(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "macho/santa-yikes-universal_signed")
	var dev []report.Finding
	for _, f := range rep.Findings {
		if f.ID == "macho-development-signed" {
			dev = append(dev, f)
		}
	}
	if len(dev) != 1 || len(dev[0].Places) != 2 {
		t.Fatalf("macho-development-signed: %+v, want one finding in 2 places", dev)
	}
	if !strings.HasSuffix(dev[0].Places[0], "[i386]") || !strings.HasSuffix(dev[0].Places[1], "[x86_64]") {
		t.Errorf("places %v, want the i386 and x86_64 slices", dev[0].Places)
	}
}

// Refs are unique, name their check and count from 1 in report order; a
// cause is a finding of the report that comes before its consequence.
func TestRefsAndCauses(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/appinfo-embedded.ipa", "bundles/appinfo-ipad.ipa", "macho/santa-yikes-universal_signed")
	pos := map[string]int{}
	count := map[string]int{}
	for i, f := range rep.Findings {
		count[f.ID]++
		if want := f.ID + "#" + strconv.Itoa(count[f.ID]); f.Ref != want {
			t.Errorf("finding %d: ref %q, want %q", i, f.Ref, want)
		}
		pos[f.Ref] = i
	}
	for i, f := range rep.Findings {
		if f.Cause == "" {
			continue
		}
		if c, ok := pos[f.Cause]; !ok || c >= i {
			t.Errorf("%s: cause %s is not an earlier finding", f.Ref, f.Cause)
		}
	}
	// Sorting a decoded report keeps the order it was made in.
	again := &report.Report{Findings: append([]report.Finding(nil), rep.Findings...)}
	again.Sort()
	for i := range again.Findings {
		if again.Findings[i].Ref != rep.Findings[i].Ref {
			t.Fatalf("Sort moved %s to %d", again.Findings[i].Ref, i)
		}
	}
}

// A report decoded from JSON gets the same verdicts again from its findings
// and facts, so a page can work them out instead of trusting a link.
func TestVerdictsFromDecodedReport(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/appinfo-embedded.ipa")
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back report.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	got, want := Verdicts(&back), rep.Verdicts
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if string(gb) != string(wb) {
		t.Errorf("verdicts from the decoded report:\n%s\nwant:\n%s", gb, wb)
	}
}

// iosApp is the facts of a signed iOS app whose signature verifies, with
// an embedded profile of the given kind.
func iosAppFacts(p *report.Profile) []report.Artifact {
	slice := report.MachOSlice{Arch: "arm64", Platform: "ios", Signature: "certificate", CertKind: "Apple Distribution", Verified: true, Trusted: true}
	node := report.BundleNode{Path: "Payload/App.app", Type: "app", MachO: &report.MachO{Slices: []report.MachOSlice{slice}},
		Seal: &report.BundleSeal{Version: 2, Checked: 3}, Profile: p}
	return []report.Artifact{report.NewArtifact("App.ipa", &report.Bundle{Layout: "ios", Code: []report.BundleNode{node}})}
}

func TestVerdictsInstallsNeedDeviceOrAllDevices(t *testing.T) {
	for _, tc := range []struct {
		name     string
		profile  *report.Profile
		findings []report.Finding
		installs report.VerdictStatus
		needs    string
	}{
		{"enterprise", &report.Profile{ProfileKind: "enterprise", Platforms: []string{"iOS"}, AllDevices: true}, nil, report.Pass, ""},
		{"ad hoc, device asked and listed", &report.Profile{ProfileKind: "ad-hoc", Platforms: []string{"iOS"}, Devices: 3},
			[]report.Finding{{ID: "profile-device-listed", Severity: report.Info, Ref: "profile-device-listed#1"}}, report.Pass, ""},
		{"ad hoc, no device asked", &report.Profile{ProfileKind: "ad-hoc", Platforms: []string{"iOS"}, Devices: 3}, nil, report.Unknown, "--device"},
		{"app store", &report.Profile{ProfileKind: "app-store", Platforms: []string{"iOS"}}, nil, report.Unknown, "TestFlight"},
		{"no profile", nil, nil, report.Unknown, "provisioning profile"},
		{"device not listed", &report.Profile{ProfileKind: "ad-hoc", Platforms: []string{"iOS"}, Devices: 3},
			[]report.Finding{{ID: "profile-device-not-listed", Severity: report.Error, Ref: "profile-device-not-listed#1"}}, report.Fail, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := &report.Report{Findings: tc.findings, Artifacts: iosAppFacts(tc.profile)}
			rep.Verdicts = Verdicts(rep)
			wantVerdict(t, rep, report.GoalSignature, report.Pass, "")
			wantVerdict(t, rep, report.GoalInstalls, tc.installs, "")
			wantVerdict(t, rep, report.GoalLaunches, tc.installs, "") // on a device, launching follows installing
			if v := verdictOf(rep, report.GoalInstalls); v != nil && !strings.Contains(v.Needs, tc.needs) {
				t.Errorf("installs needs %q, want it to mention %q", v.Needs, tc.needs)
			}
			wantVerdict(t, rep, report.GoalOpensAfterDownload, "", "")
			if tc.profile != nil && tc.profile.ProfileKind == "app-store" {
				wantVerdict(t, rep, report.GoalAppStore, report.Unknown, "")
			} else {
				wantVerdict(t, rep, report.GoalAppStore, "", "")
			}
		})
	}
}

// A FairPlay-encrypted binary cannot be checked: the signature verdict is
// unknown, never pass.
func TestVerdictsEncryptedUnknown(t *testing.T) {
	arts := iosAppFacts(&report.Profile{ProfileKind: "enterprise", Platforms: []string{"iOS"}, AllDevices: true})
	arts[0].Facts.(*report.Bundle).Code[0].MachO.Slices[0].Encrypted = true
	rep := &report.Report{Artifacts: arts}
	rep.Verdicts = Verdicts(rep)
	wantVerdict(t, rep, report.GoalSignature, report.Unknown, "")
	wantVerdict(t, rep, report.GoalInstalls, report.Unknown, "")
}

// TestPlatformFromArchitectureAndCertificate: code that names no platform
// (older linkers) is placed by its architecture, and arm64 by a Developer
// ID certificate, which signs only Mac code.
func TestPlatformFromArchitectureAndCertificate(t *testing.T) {
	for _, tc := range []struct {
		slice    report.MachOSlice
		mac, ios bool
	}{
		{report.MachOSlice{Arch: "x86_64"}, true, false},
		{report.MachOSlice{Arch: "armv7"}, false, true},
		{report.MachOSlice{Arch: "arm64", CertKind: "Developer ID Application"}, true, false},
		{report.MachOSlice{Arch: "arm64"}, false, false},
		{report.MachOSlice{Arch: "arm64", Platform: "ios", CertKind: "Apple Distribution"}, false, true},
	} {
		var c caseFacts
		c.addSlice(tc.slice)
		if c.mac != tc.mac || c.ios != tc.ios {
			t.Errorf("%+v: mac %v ios %v, want %v %v", tc.slice, c.mac, c.ios, tc.mac, tc.ios)
		}
	}
}
