package analyzer

// Findings that were untrue on real, intact files (issue "Right on every real
// file"): each class read from a corpus file in place where one exists, with
// a near miss that must still fire.

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// machoCorpus is the corpus folder; it skips the test when the corpus is absent.
func machoCorpus(t testing.TB) string { return testcorpus.Dir(t, "macho") }

func readCorpus(t *testing.T, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if os.IsNotExist(err) {
		t.Skip("corpus not present at ../shared/corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func analyzeOne(t *testing.T, name string, b []byte) *report.Report {
	t.Helper()
	rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func machoFactsOf(t *testing.T, rep *report.Report) *report.MachO {
	t.Helper()
	for _, a := range rep.Artifacts {
		if m, ok := a.Facts.(*report.MachO); ok {
			return m
		}
	}
	t.Fatal("no Mach-O artifact")
	return nil
}

// The .ipa's signatures carry a top-directory blob in slot 4 (a 0xfade0b01
// wrapper); its CodeDirectories seal the wrapper's payload. Intact: no finding.
func TestTopDirectorySlotOnRealIPA(t *testing.T) {
	rep := analyzeCorpusBundle(t, "appinfo-ipad.ipa")
	for _, f := range findingsOf(rep, "macho-special-slot-mismatch") {
		t.Errorf("intact file: %s: %s", f.Subject, f.Message)
	}
	var bundle *report.Bundle
	for _, a := range rep.Artifacts {
		if b, ok := a.Facts.(*report.Bundle); ok {
			bundle = b
		}
	}
	if bundle == nil || len(bundle.Code) == 0 || bundle.Code[0].MachO == nil {
		t.Fatalf("no bundle facts")
	}
	for _, s := range bundle.Code[0].MachO.Slices {
		if !s.Verified {
			t.Errorf("%s: not verified: %v", s.Arch, s.Failures)
		}
	}
}

// Old-style Simulator code: an iOS minimum (LC_VERSION_MIN_IPHONEOS) on
// x86_64 is the Simulator, as LC_BUILD_VERSION's iossimulator is.
func TestVersionMinSimulatorOnRealFile(t *testing.T) {
	rep := analyzeOne(t, "very-capable-app", readCorpus(t, machoCorpus(t), "fastlane-simulator-app-x86_64"))
	if s := machoFactsOf(t, rep).Slices[0]; s.Platform != "iossimulator" || s.MinOS != "11.2" {
		t.Errorf("platform %q min %q, want iossimulator 11.2", s.Platform, s.MinOS)
	}
	if f := findingsOf(rep, "macho-adhoc"); len(f) != 1 || strings.Contains(f[0].Message, "Gatekeeper") || !strings.Contains(f[0].Message, "Simulator") {
		t.Errorf("ad hoc Simulator build: %+v", f)
	}
	// Near miss: the same load command on arm64 is a device build.
	dev := testsign.Build(testsign.Image{Platform: testsign.PlatformIOS, MinOS: testsign.Version(9, 0), VersionMin: testsign.LCVersionMinIPhoneOS})
	if s := machoFactsOf(t, analyzeOne(t, "dev", dev)).Slices[0]; s.Platform != "ios" {
		t.Errorf("arm64 with LC_VERSION_MIN_IPHONEOS: platform %q, want ios", s.Platform)
	}
}

// flipInCMS changes one byte at a fraction of the way through the CMS blob
// (the 0xfade0b01 wrapper) of a thin signed file.
func flipInCMS(t *testing.T, b []byte, num, den int) []byte {
	t.Helper()
	i := bytes.LastIndex(b, []byte{0xfa, 0xde, 0x0b, 0x01})
	if i < 0 {
		t.Fatal("no CMS wrapper")
	}
	n := int(binary.BigEndian.Uint32(b[i+4:]))
	out := bytes.Clone(b)
	out[i+8+(n-8)*num/den] ^= 0x01
	return out
}

// One byte changed in a CMS signature: the signature fails, which
// macho-cms-invalid says; the timestamp and the chain are still there, so
// no finding may say they are missing, and the designated requirement is not
// judged on certificates the broken signature no longer vouches for.
func TestChangedCMSGivesNoUntrueSecondaryFindings(t *testing.T) {
	for _, tc := range []struct {
		file     string
		num, den int
	}{
		{"gofmt-go1.27.4-darwin-arm64", 6, 11}, // inside the timestamp token
		{"gofmt-go1.27.4-darwin-arm64", 1, 11}, // the CMS no longer decodes
		{"gofmt-go1.27.4-darwin-arm64", 5, 11}, // the signer's signature
	} {
		b := flipInCMS(t, readCorpus(t, machoCorpus(t), tc.file), tc.num, tc.den)
		rep := analyzeOne(t, tc.file, b)
		if len(findingsOf(rep, "macho-cms-invalid")) == 0 {
			t.Errorf("%s at %d/%d: no macho-cms-invalid: %+v", tc.file, tc.num, tc.den, rep.Findings)
		}
		for _, id := range []string{"macho-no-secure-timestamp", "req-designated-unsatisfied", "macho-untrusted-chain"} {
			for _, f := range findingsOf(rep, id) {
				t.Errorf("%s at %d/%d: %s: %s", tc.file, tc.num, tc.den, id, f.Message)
			}
		}
	}
	// Near miss: the intact file has a timestamp and satisfies its requirement.
	rep := analyzeOne(t, "gofmt", readCorpus(t, machoCorpus(t), "gofmt-go1.27.4-darwin-arm64"))
	if s := machoFactsOf(t, rep).Slices[0]; !s.Timestamp || !s.Verified {
		t.Errorf("intact gofmt: timestamp %v verified %v %v", s.Timestamp, s.Verified, s.Failures)
	}
}

// sdk 0 in the file is "n/a" (otool -l, vtool), not absent; an empty
// entitlements dictionary is {} in the JSON, not left out.
func TestSDKZeroAndEmptyEntitlements(t *testing.T) {
	img := testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0)})
	// LC_BUILD_VERSION's sdk field: zero it, as some linkers leave it.
	i := bytes.Index(img, []byte{0x32, 0, 0, 0, 24, 0, 0, 0})
	if i < 0 {
		t.Fatal("no LC_BUILD_VERSION")
	}
	binary.LittleEndian.PutUint32(img[i+16:], 0)
	empty := []byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict/>\n</plist>\n")
	signed, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.tool", Flags: testsign.FlagAdhoc, EmptyRequirements: true, Entitlements: empty})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyzeOne(t, "tool", signed)
	s := machoFactsOf(t, rep).Slices[0]
	if s.SDK != "n/a" {
		t.Errorf("sdk %q, want n/a", s.SDK)
	}
	j, _ := json.Marshal(s)
	if !strings.Contains(string(j), `"entitlements":{}`) || !strings.Contains(string(j), `"sdk":"n/a"`) {
		t.Errorf("JSON: %s", j)
	}
	// Near miss: no entitlements blob and a real SDK.
	plain, err := testsign.Sign(testsign.Build(testsign.Image{}), testsign.Options{Identifier: "com.example.tool", Flags: testsign.FlagAdhoc, EmptyRequirements: true})
	if err != nil {
		t.Fatal(err)
	}
	s = machoFactsOf(t, analyzeOne(t, "tool", plain)).Slices[0]
	j, _ = json.Marshal(s)
	if strings.Contains(string(j), `"entitlements"`) || s.SDK != "12.0" {
		t.Errorf("no entitlements, sdk 12.0: %s", j)
	}
}

// Real apps with their embedded profiles: the signing certificate is one of
// the profile's DeveloperCertificates (no finding, and the pair was made);
// the GuiApp carries another team's Developer ID profile while signed with a
// development certificate (a finding naming both certificates by SHA-1).
func TestProfileSignerOnRealBundles(t *testing.T) {
	for _, name := range []string{"appinfo-ipad.ipa", "appinfo-iphone.ipa", "appinfo-embedded.ipa", "appinfo-apple-tv.ipa"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join(bundleCorpus(t), name))
			if os.IsNotExist(err) {
				t.Skip("corpus not present at ../shared/corpus")
			}
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			st, _ := f.Stat()
			opts := Options{Now: defaultCaseTime}
			c := &Case{Inputs: []*Input{parseInput(context.Background(), File{Name: name, Size: st.Size(), R: f}, &opts)}}
			pairs := signerPairs(c)
			if len(pairs) == 0 {
				t.Fatal("no code paired with its embedded profile")
			}
			for _, pr := range pairs {
				if !profileListsCert(pr.prof, pr.leaf) {
					t.Errorf("%s: signing certificate %s not found in %s", pr.subject, describeCert(pr.leaf), pr.where)
				}
			}
			if f := findingsOf(analyzeCorpusBundle(t, name), "profile-cert-not-included"); len(f) != 0 {
				t.Errorf("intact app: %+v", f)
			}
		})
	}
	rep := analyzeCorpusBundle(t, "appinfo-macos-signed.zip")
	f := findingsOf(rep, "profile-cert-not-included")
	if len(f) != 1 || !strings.HasPrefix(f[0].Message, "a Developer ID profile lists Developer ID certificates only, and this code is signed with Apple Development") ||
		!strings.Contains(f[0].Message, "FE839BA34540CF6B83E72E7644A29C03754AD905") || !strings.Contains(f[0].Message, "1C825604FC42F0CF3D2B217353B60C499B382A66") {
		t.Errorf("GuiApp with another team's Developer ID profile: %+v", f)
	}
}

// A real binary dropped with its own profile (the certificate is listed),
// and with an older profile of the same team that lists the certificate's
// predecessor: same name, another certificate.
func TestProfileSignerOnRealDroppedFiles(t *testing.T) {
	bin := readCorpus(t, machoCorpus(t), "appinfo-NotificationService")
	profiles := testcorpus.Dir(t, "profiles")
	own := readCorpus(t, profiles, "appinfo-NotificationService-embedded.mobileprovision")
	older := readCorpus(t, profiles, "appinfo-ios_adhoc.mobileprovision")
	analyze := func(prof []byte) []report.Finding {
		rep, err := Analyze(context.Background(), []File{
			{Name: "NotificationService", Size: int64(len(bin)), R: bytes.NewReader(bin)},
			{Name: "p.mobileprovision", Size: int64(len(prof)), R: bytes.NewReader(prof)},
		}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		return findingsOf(rep, "profile-cert-not-included")
	}
	if f := analyze(own); len(f) != 0 {
		t.Errorf("own profile: %+v", f)
	}
	f := analyze(older)
	if len(f) != 1 || !strings.Contains(f[0].Message, "C7F531ADB75FD9981EA05B9EDF1E7751BF0BF09F") ||
		!strings.Contains(f[0].Message, "B2144D88801FF9A5C1536F179E4876B02CFFDA73") || !strings.Contains(f[0].Message, "same name but is another certificate") {
		t.Errorf("older profile: %+v", f)
	}
}
