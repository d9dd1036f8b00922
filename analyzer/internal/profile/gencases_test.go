package profile

// The profile and certificate cases under testdata/cases/{profile,cert}-*
// are made here, signed by the project's test CA (testdata/testca/):
//
//	go test ./analyzer/internal/profile -run TestGenerateCases -gencases
//	go test ./analyzer -run '^TestCases$/^(profile|cert)-' -update
//
// The first writes the inputs and options files (and creates the test CA if
// it is missing), the second the expected findings. Each case's options file
// trusts the test CA in place of Apple's roots, for that case only.

import (
	"archive/zip"
	"bytes"
	"crypto/x509"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var genCases = flag.Bool("gencases", false, "rewrite the inputs of testdata/cases/{profile,cert}-*")

const (
	repoRoot  = "../../.."
	testCADir = "testdata/testca"
	caseTeam  = "A1B2C3D4E5"
)

// caseNow is the case runner's default clock.
var caseNow = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func loadOrCreateCA(t *testing.T) *profiletest.CA {
	dir := filepath.Join(repoRoot, testCADir)
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil
		}
		return b
	}
	rc, rk, sc, sk := read("root.pem"), read("root.key"), read("signer.pem"), read("signer.key")
	if rc != nil && rk != nil && sc != nil && sk != nil {
		root, err := profiletest.LoadIdentity(rc, rk)
		if err != nil {
			t.Fatal(err)
		}
		signer, err := profiletest.LoadIdentity(sc, sk)
		if err != nil {
			t.Fatal(err)
		}
		return &profiletest.CA{Root: root, Signer: signer}
	}
	ca, err := profiletest.NewCA("signdoctor Test")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, id := range map[string]*profiletest.Identity{"root": ca.Root, "signer": ca.Signer} {
		c, k, err := id.PEM()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".pem"), c, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".key"), k, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return ca
}

type genCase struct {
	check, name string
	files       map[string][]byte
	options     []string // extra option lines
	untrusted   bool     // leave the test CA out of the trust
}

func TestGenerateCases(t *testing.T) {
	if !*gencases() {
		t.Skip("run with -gencases to rewrite the generated cases")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	ca := loadOrCreateCA(t)
	cases := profileCases(t, ca)
	cases = append(cases, certCases(t, ca)...)
	for _, c := range cases {
		dir := filepath.Join(repoRoot, "testdata", "cases", c.check, c.name)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range c.files {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		opts := c.options
		if !c.untrusted {
			opts = append([]string{"trust: " + testCADir + "/root.pem"}, opts...)
		}
		if len(opts) > 0 {
			if err := os.WriteFile(filepath.Join(dir, "options"), []byte(strings.Join(opts, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func gencases() *bool { return genCases }

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

// Made-up device IDs in each form Apple uses.
const (
	deviceModern  = "00008030-001A2B3C4D5E6F70"
	deviceModern2 = "00008101-000A0B0C0D0E0F10"
	deviceClassic = "0123456789abcdef0123456789abcdef01234567"
	macUDID       = "00008103-001122334455667A"
	macHWUUID     = "4C4C4544-0042-3610-8058-B2C04F4E5A31"
)

// baseSpec is a sound iOS development profile, valid around caseNow.
func baseSpec(t *testing.T, ca *profiletest.CA) profiletest.Spec {
	cert, err := ca.DeveloperCert("Apple Development", caseTeam, date(2026, 1, 10), date(2027, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	return profiletest.Spec{
		Name:         "Example Development",
		AppIDName:    "Example",
		Team:         caseTeam,
		TeamName:     "Example Team",
		BundleID:     "com.example.app",
		Platforms:    []string{"iOS"},
		Devices:      []string{deviceModern, deviceClassic},
		GetTaskAllow: &yes,
		Created:      date(2026, 6, 1),
		Expires:      date(2027, 6, 1),
		TimeToLive:   365,
		Certificates: []*x509.Certificate{cert},
		UUID:         "11111111-2222-3333-4444-555555555555",
	}
}

func signed(t *testing.T, ca *profiletest.CA, s profiletest.Spec) []byte {
	pl, err := s.Plist()
	if err != nil {
		t.Fatal(err)
	}
	der, err := ca.Sign(pl)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func one(name string, b []byte) map[string][]byte { return map[string][]byte{name: b} }

func profileCases(t *testing.T, ca *profiletest.CA) []genCase {
	const file = "Example.mobileprovision"
	base := func() profiletest.Spec { return baseSpec(t, ca) }
	cert := func(kind string, from, to time.Time) *x509.Certificate {
		c, err := ca.DeveloperCert(kind, caseTeam, from, to)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	var out []genCase
	add := func(check, name string, s profiletest.Spec, opts ...string) {
		out = append(out, genCase{check: check, name: name, files: one(file, signed(t, ca, s)), options: opts})
	}

	good := base()
	goodDER := signed(t, ca, good)
	// profile-malformed
	out = append(out,
		genCase{check: "profile-malformed", name: "truncated-cms", files: one(file, goodDER[:len(goodDER)*2/3])},
		genCase{check: "profile-malformed", name: "missing-plist-end", files: one(file, mustCut(t, ca, good))},
		genCase{check: "profile-malformed", name: "no-intact", files: one(file, goodDER)},
	)
	// profile-expired / profile-expiring
	s := base()
	s.Created, s.Expires = date(2025, 10, 1), date(2026, 10, 1)
	add("profile-expired", "expired-last-month", s)
	add("profile-expired", "no-valid-until-next-year", base())
	out = append(out, genCase{check: "profile-expired", name: "embedded-in-ipa", files: one("Example.ipa", ipaWith(t, signed(t, ca, s)))})
	s = base()
	s.Expires = date(2026, 12, 7)
	add("profile-expiring", "expires-in-10-days", s)
	s = base()
	s.Expires = date(2027, 2, 1)
	add("profile-expiring", "no-expires-in-two-months", s)
	// certificates
	s = base()
	s.Certificates = []*x509.Certificate{cert("Apple Development", date(2025, 1, 1), date(2026, 1, 1)), cert("iPhone Developer", date(2024, 1, 1), date(2025, 1, 1))}
	add("profile-no-valid-cert", "all-certificates-expired", s)
	s = base()
	s.Certificates = append(s.Certificates, cert("iPhone Developer", date(2024, 1, 1), date(2025, 1, 1)))
	add("profile-no-valid-cert", "no-one-still-valid", s)
	add("profile-cert-expired", "one-of-two-expired", s)
	add("profile-cert-expired", "no-all-valid", base())
	s = base()
	s.Certificates = []*x509.Certificate{cert("Apple Development", date(2025, 12, 17), date(2026, 12, 17))}
	add("profile-cert-expiring", "certificate-expires-in-20-days", s)
	add("profile-cert-expiring", "no-certificate-valid-for-months", base())
	// free team
	s = base()
	s.Name = "iOS Team Provisioning Profile: com.example.app"
	s.TeamName = "Jane Appleseed"
	s.Created, s.Expires, s.TimeToLive, s.XcodeManaged = date(2026, 11, 24), date(2026, 12, 1), 7, true
	s.Devices = []string{deviceModern}
	add("profile-free-team", "seven-day-profile", s)
	s = base()
	s.Name, s.XcodeManaged = "iOS Team Provisioning Profile: com.example.app", true
	add("profile-free-team", "no-paid-team-one-year", s)
	// kind and platform
	add("profile-kind", "ios-development", base())
	s = base()
	s.Platforms, s.Devices, s.GetTaskAllow, s.AllDevices = []string{"OSX"}, nil, nil, true
	s.Certificates = []*x509.Certificate{cert("Developer ID Application", date(2026, 1, 1), date(2031, 1, 1))}
	add("profile-kind", "mac-developer-id", s)
	s = base()
	s.Devices, s.GetTaskAllow = nil, &no
	s.Platforms = []string{"iOS", "xrOS"}
	add("profile-kind", "app-store-ios-visionos", s)
	out = append(out, genCase{check: "profile-kind", name: "no-unreadable-profile", files: one(file, goodDER[:200])})
	// signature
	other, err := profiletest.NewCA("Someone Else")
	if err != nil {
		t.Fatal(err)
	}
	out = append(out,
		genCase{check: "profile-not-apple-signed", name: "signed-by-another-ca", files: one(file, signed(t, other, base()))},
		genCase{check: "profile-not-apple-signed", name: "test-ca-not-trusted", files: one(file, goodDER), untrusted: true},
		genCase{check: "profile-not-apple-signed", name: "no-trusted-signer", files: one(file, goodDER)},
	)
	pl, _ := base().Plist()
	out = append(out, genCase{check: "profile-not-apple-signed", name: "bare-plist", files: one(file, pl)})
	devSigner, err := profiletest.NewIdentity("Apple Development: Test Developer ("+caseTeam+")", caseTeam, "Test Developer", ca.Root, false,
		date(2026, 1, 1), date(2027, 6, 1), profiletest.OIDDevelopment, profiletest.OIDMacDev)
	if err != nil {
		t.Fatal(err)
	}
	selfSigned, err := profiletest.Sign(pl, devSigner, ca.Root.Cert)
	if err != nil {
		t.Fatal(err)
	}
	out = append(out, genCase{check: "profile-not-apple-signed", name: "signed-by-developer-certificate", files: one(file, selfSigned)})
	tampered := bytes.Replace(goodDER, []byte(deviceClassic), []byte(strings.Replace(deviceClassic, "0123", "9999", 1)), 1)
	out = append(out,
		genCase{check: "profile-tampered", name: "device-added-after-signing", files: one(file, tampered)},
		genCase{check: "profile-tampered", name: "no-untouched", files: one(file, goodDER)},
	)
	// wildcard
	s = base()
	s.BundleID, s.Name = "*", "Wildcard Development"
	add("profile-wildcard-app-id", "team-wildcard", s)
	add("profile-wildcard-app-id", "no-explicit-app-id", base())
	// devices
	add("profile-device-listed", "modern-udid", base(), "device: "+deviceModern)
	add("profile-device-listed", "classic-udid-other-case", base(), "device: "+strings.ToUpper(deviceClassic))
	add("profile-device-listed", "no-unlisted-device", base(), "device: "+deviceModern2)
	add("profile-device-not-listed", "unregistered-iphone", base(), "device: "+deviceModern2)
	s = base()
	s.Created, s.Expires = date(2025, 10, 1), date(2026, 10, 1)
	add("profile-device-not-listed", "unlisted-and-expired", s, "device: "+deviceModern2)
	add("profile-device-not-listed", "dash-missing", base(), "device: "+strings.ReplaceAll(deviceModern, "-", ""))
	add("profile-device-not-listed", "no-listed", base(), "device: "+deviceModern)
	mac := base()
	mac.Name, mac.Platforms, mac.GetTaskAllow, mac.Devices = "Mac Development", []string{"OSX"}, nil, []string{macUDID}
	add("profile-device-format", "mac-hardware-uuid", mac, "device: "+macHWUUID)
	add("profile-device-format", "serial-number", base(), "device: C02XK1ZZJGH5")
	add("profile-device-format", "uuid-on-ios-profile", base(), "device: "+macHWUUID)
	add("profile-device-format", "no-well-formed-unlisted", base(), "device: "+deviceModern2)
	add("profile-device-format", "no-mac-provisioning-udid", mac, "device: "+macUDID)
	macHW := mac
	macHW.Devices = []string{macHWUUID}
	add("profile-device-hardware-uuid", "vm-hardware-uuid-listed", macHW, "device: "+macHWUUID)
	add("profile-device-hardware-uuid", "no-provisioning-udid-listed", mac, "device: "+macUDID)
	s = base()
	s.Devices, s.GetTaskAllow = nil, &no
	add("profile-no-device-list", "app-store-profile", s, "device: "+deviceModern)
	s = base()
	s.Devices, s.GetTaskAllow, s.AllDevices = nil, &no, true
	add("profile-no-device-list", "enterprise-profile", s, "device: "+deviceModern)
	add("profile-no-device-list", "no-development-profile", base(), "device: "+deviceModern)
	// platform: a Mac binary (synthetic, unsigned) with an iOS or a Mac profile.
	macBin := []byte(base64.StdEncoding.EncodeToString(testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(13, 0)})))
	macProfile := base()
	macProfile.Name, macProfile.Platforms, macProfile.GetTaskAllow, macProfile.Devices = "Mac Development", []string{"OSX"}, nil, []string{macUDID}
	out = append(out,
		genCase{check: "profile-wrong-platform", name: "ios-profile-mac-binary", files: map[string][]byte{file: goodDER, "App.b64": macBin}},
		genCase{check: "profile-wrong-platform", name: "mac-profile-in-ios-ipa", files: one("Example.ipa", ipaWith(t, signed(t, ca, macProfile)))},
		genCase{check: "profile-wrong-platform", name: "no-ios-profile-in-ios-ipa", files: one("Example.ipa", ipaWith(t, goodDER))},
		genCase{check: "profile-wrong-platform", name: "no-mac-profile-mac-binary", files: map[string][]byte{"embedded.provisionprofile": signed(t, ca, macProfile), "App.b64": macBin}},
	)
	return out
}

// ipaWith zips an iOS app with a synthetic executable and the profile embedded
// under its proper name.
func ipaWith(t *testing.T, prof []byte) []byte {
	info := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>CFBundleIdentifier</key><string>com.example.app</string>
<key>CFBundleExecutable</key><string>Example</string>
<key>CFBundlePackageType</key><string>APPL</string>
</dict></plist>
`)
	exe := testsign.Build(testsign.Image{Platform: testsign.PlatformIOS, MinOS: testsign.Version(16, 0)})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct {
		name string
		b    []byte
		mode os.FileMode
	}{
		{"Payload/Example.app/Info.plist", info, 0o644},
		{"Payload/Example.app/Example", exe, 0o755},
		{"Payload/Example.app/embedded.mobileprovision", prof, 0o644},
	} {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: caseNow}
		h.SetMode(f.mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(f.b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// mustCut returns the profile's XML cut before </plist>, signed: a CMS that
// holds but wraps a broken property list.
func mustCut(t *testing.T, ca *profiletest.CA, s profiletest.Spec) []byte {
	pl, err := s.Plist()
	if err != nil {
		t.Fatal(err)
	}
	pl = pl[:bytes.Index(pl, []byte("</dict>\n</plist>"))]
	der, err := ca.Sign(pl)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func certCases(t *testing.T, ca *profiletest.CA) []genCase {
	leaf := func(kind string, from, to time.Time) []byte {
		c, err := ca.DeveloperCert(kind, caseTeam, from, to)
		if err != nil {
			t.Fatal(err)
		}
		return c.Raw
	}
	selfSigned, err := profiletest.NewIdentity("Re-signing Tool Test Signer", caseTeam, "Someone", nil, false, date(2026, 1, 1), date(2028, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := profiletest.NewIdentity("Plain Code Signer", "", "Someone", ca.Root, false, date(2026, 1, 1), date(2028, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	valid := leaf("Apple Development", date(2026, 1, 10), date(2027, 6, 1))
	return []genCase{
		{check: "cert-expired", name: "development-expired", files: one("development.cer", leaf("Apple Development", date(2025, 1, 1), date(2026, 1, 1)))},
		{check: "cert-expired", name: "no-valid", files: one("development.cer", valid)},
		{check: "cert-expiring", name: "expires-in-12-days", files: one("distribution.cer", leaf("Apple Distribution", date(2025, 12, 9), date(2026, 12, 9)))},
		{check: "cert-expiring", name: "no-valid-for-months", files: one("development.cer", valid)},
		{check: "cert-not-apple", name: "self-signed", files: one("signer.cer", selfSigned.Cert.Raw), untrusted: true},
		{check: "cert-not-apple", name: "no-issued-by-trusted-root", files: one("development.cer", valid)},
		{check: "cert-kind", name: "developer-id-application", files: one("developer-id.cer", leaf("Developer ID Application", date(2026, 1, 1), date(2031, 1, 1)))},
		{check: "cert-kind", name: "no-plain-certificate", files: one("plain.cer", plain.Cert.Raw)},
	}
}
