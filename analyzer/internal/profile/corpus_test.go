package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

// readManifest is MANIFEST.md's reading of the corpus profiles; the test
// skips when the corpus is absent.
func readManifest(t *testing.T) map[string]profiletest.ManifestRow {
	f, err := os.Open(filepath.Join(corpusDir(t), "MANIFEST.md"))
	if err != nil {
		t.Skipf("the shared corpus is absent: %v", err)
	}
	defer f.Close()
	rows, err := profiletest.ReadManifest(f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// manifestKind maps MANIFEST's wording to ours.
func manifestKind(s string) Kind {
	switch {
	case strings.HasPrefix(s, "enterprise"):
		return Enterprise
	case strings.HasPrefix(s, "Developer ID"):
		return DeveloperID
	case strings.HasPrefix(s, "macOS development"):
		return MacDevelopment
	case strings.HasPrefix(s, "Mac App Store"):
		return MacAppStore
	case strings.HasPrefix(s, "app-store"):
		return AppStore
	case s == "ad-hoc":
		return AdHoc
	case s == "development":
		return Development
	}
	return Kind("?" + s)
}

func manifestPlatform(s string) string {
	switch s {
	case "(no Platform key)":
		return IOS
	case "OSX":
		return MacOS
	}
	return s
}

// tamperedInCorpus are profiles whose payload does not match the signed
// digest (openssl cms -verify -noverify agrees), though MANIFEST calls them
// Apple-signed by their chain alone.
var tamperedInCorpus = map[string]bool{"fastlane-test.provisionprofile": true}

// TestCorpusAgreesWithManifest: kind, platforms, team, expiry, devices and
// Apple-signed-ness of every real profile against MANIFEST.md.
func TestCorpusAgreesWithManifest(t *testing.T) {
	rows := readManifest(t)
	files, _ := filepath.Glob(filepath.Join(corpusDir(t), "profiles", "*"))
	if len(files) == 0 {
		t.Skip("no corpus profiles")
	}
	for _, path := range files {
		name := filepath.Base(path)
		row, ok := rows[name]
		if !ok {
			t.Errorf("%s: not in MANIFEST.md", name)
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(b, nil)
		if strings.Contains(name, "bplist") {
			// MANIFEST: a bare binary plist with profile keys, no CMS.
			if err != nil || p.Format != FormatBare || p.Signature != nil {
				t.Errorf("%s: %v, want a bare plist profile", name, err)
			}
			continue
		}
		if !row.WellFormed {
			if err == nil {
				t.Errorf("%s: MANIFEST says malformed, Parse succeeded", name)
			} else {
				t.Logf("%s: %v", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got, want := p.Kind, manifestKind(row.Kind); got != want {
			t.Errorf("%s: kind %s, MANIFEST %s", name, got, want)
		}
		if got, want := strings.Join(p.Platforms, ","), manifestPlatform(row.Platform); got != want {
			t.Errorf("%s: platforms %s, MANIFEST %s", name, got, want)
		}
		if p.Team != row.Team {
			t.Errorf("%s: team %s, MANIFEST %s", name, p.Team, row.Team)
		}
		if got := p.ExpirationDate.Format("2006-01-02 15:04:05"); got != row.Expires {
			t.Errorf("%s: expires %s, MANIFEST %s", name, got, row.Expires)
		}
		if len(p.ProvisionedDevices) != row.Devices {
			t.Errorf("%s: %d devices, MANIFEST %d", name, len(p.ProvisionedDevices), row.Devices)
		}
		wantApple := row.AppleSigned && !tamperedInCorpus[name]
		if p.Signature.AppleSigned != wantApple {
			t.Errorf("%s: apple_signed %v (%s), MANIFEST %v", name, p.Signature.AppleSigned, p.Signature.NotAppleReason, row.AppleSigned)
		}
		if tamperedInCorpus[name] != p.Signature.Tampered {
			t.Errorf("%s: tampered = %v", name, p.Signature.Tampered)
		}
		for i, c := range p.DeveloperCertificates {
			if c.Err != nil {
				t.Errorf("%s: certificate %d: %v", name, i, c.Err)
			}
		}
	}
}
