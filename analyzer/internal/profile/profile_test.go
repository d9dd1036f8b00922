package profile

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/internal/certs"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"howett.net/plist"
)

var (
	t2026 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	yes   = true
	no    = false
)

func newCA(t testing.TB) (*profiletest.CA, *certs.Trust) {
	t.Helper()
	ca, err := profiletest.NewCA("Test")
	if err != nil {
		t.Fatal(err)
	}
	trust, err := certs.WithRoots(ca.Root.Cert.Raw)
	if err != nil {
		t.Fatal(err)
	}
	return ca, trust
}

func build(t testing.TB, ca *profiletest.CA, s profiletest.Spec) []byte {
	t.Helper()
	if s.Team == "" {
		s.Team = "ABCDE12345"
	}
	if s.BundleID == "" {
		s.BundleID = "com.example.app"
	}
	if s.Created.IsZero() {
		s.Created, s.Expires = t2026, t2026.AddDate(1, 0, 0)
	}
	if s.Platforms == nil && !s.NoPlatform {
		s.Platforms = []string{"iOS"}
	}
	dev, err := ca.DeveloperCert("Apple Development", s.Team, s.Created, s.Expires)
	if err != nil {
		t.Fatal(err)
	}
	s.Certificates = append(s.Certificates, dev)
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

func TestKinds(t *testing.T) {
	ca, trust := newCA(t)
	devices := []string{"00008030-001A2B3C4D5E6F70"}
	for _, tc := range []struct {
		spec      profiletest.Spec
		kind      Kind
		platforms string
	}{
		{profiletest.Spec{Devices: devices, GetTaskAllow: &yes}, Development, "iOS"},
		{profiletest.Spec{Devices: devices, GetTaskAllow: &no}, AdHoc, "iOS"},
		{profiletest.Spec{GetTaskAllow: &no}, AppStore, "iOS"},
		{profiletest.Spec{AllDevices: true, GetTaskAllow: &no}, Enterprise, "iOS"},
		{profiletest.Spec{AllDevices: true, Platforms: []string{"OSX"}}, DeveloperID, "macOS"},
		{profiletest.Spec{Devices: devices, Platforms: []string{"OSX"}}, MacDevelopment, "macOS"},
		{profiletest.Spec{Platforms: []string{"OSX"}}, MacAppStore, "macOS"},
		{profiletest.Spec{Platforms: []string{"iOS", "xrOS"}, GetTaskAllow: &no}, AppStore, "iOS,visionOS"},
		{profiletest.Spec{Platforms: []string{"tvOS"}, Devices: devices, GetTaskAllow: &yes}, Development, "tvOS"},
		{profiletest.Spec{NoPlatform: true, GetTaskAllow: &no}, AppStore, "iOS"},
	} {
		p, err := Parse(build(t, ca, tc.spec), trust)
		if err != nil {
			t.Fatal(err)
		}
		if p.Kind != tc.kind || strings.Join(p.Platforms, ",") != tc.platforms {
			t.Errorf("%+v: kind %s platforms %v, want %s %s", tc.spec, p.Kind, p.Platforms, tc.kind, tc.platforms)
		}
		if p.Format != FormatCMSXML || p.Team != "ABCDE12345" || p.AppID != "ABCDE12345.com.example.app" {
			t.Errorf("format %s team %s app id %s", p.Format, p.Team, p.AppID)
		}
		if !p.Signature.AppleSigned {
			t.Errorf("not trusted under the test root: %s", p.Signature.NotAppleReason)
		}
		if len(p.DeveloperCertificates) != 1 || p.DeveloperCertificates[0].Kind != certs.KindAppleDevelopment {
			t.Errorf("developer certificates: %+v", p.DeveloperCertificates)
		}
	}
}

func TestTrustIsPinned(t *testing.T) {
	ca, _ := newCA(t)
	p, err := Parse(build(t, ca, profiletest.Spec{}), nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Signature.AppleSigned || !strings.Contains(p.Signature.NotAppleReason, "not an Apple root") {
		t.Errorf("a test CA passed as Apple: %q", p.Signature.NotAppleReason)
	}
}

func TestTampered(t *testing.T) {
	ca, trust := newCA(t)
	der := build(t, ca, profiletest.Spec{Name: "Original Name"})
	i := bytes.Index(der, []byte("Original"))
	copy(der[i:], "Modified")
	p, err := Parse(der, trust)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Signature.Tampered || p.Signature.AppleSigned || p.Name != "Modified Name" {
		t.Errorf("tampered %v apple %v name %q", p.Signature.Tampered, p.Signature.AppleSigned, p.Name)
	}
}

func TestDeveloperSignedIsNotApple(t *testing.T) {
	ca, trust := newCA(t)
	dev, err := profiletest.NewIdentity("Apple Development: Someone (ABCDE12345)", "ABCDE12345", "Someone", ca.Root, false,
		t2026.AddDate(-1, 0, 0), t2026.AddDate(2, 0, 0), profiletest.OIDDevelopment, profiletest.OIDMacDev)
	if err != nil {
		t.Fatal(err)
	}
	pl, _ := profiletest.Spec{Team: "ABCDE12345", BundleID: "x", Created: t2026, Expires: t2026}.Plist()
	der, err := profiletest.Sign(pl, dev, ca.Root.Cert)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(der, trust)
	if err != nil {
		t.Fatal(err)
	}
	if p.Signature.AppleSigned || !strings.Contains(p.Signature.NotAppleReason, "developer's certificate") {
		t.Errorf("developer-signed profile: %q", p.Signature.NotAppleReason)
	}
}

func TestMalformed(t *testing.T) {
	ca, trust := newCA(t)
	good := build(t, ca, profiletest.Spec{})
	deep := []byte(`<?xml version="1.0"?><plist><dict><key>ExpirationDate</key><date>2020-01-01T00:00:00Z</date><key>TeamIdentifier</key>` +
		strings.Repeat("<array>", 100) + strings.Repeat("</array>", 100) + `</dict></plist>`)
	for name, tc := range map[string]struct {
		b    []byte
		want string
	}{
		"empty":       {nil, "empty"},
		"text":        {[]byte("hello"), "neither"},
		"truncated":   {good[:len(good)/2], "CMS"},
		"huge":        {make([]byte, MaxSize+1), "limit"},
		"deep":        {deep, "deeper"},
		"no keys":     {[]byte(`<?xml version="1.0"?><plist><dict><key>a</key><string>b</string></dict></plist>`), "not a provisioning profile"},
		"wrong types": {[]byte(`<plist><dict><key>ExpirationDate</key><string>soon</string><key>TeamIdentifier</key><string>X</string><key>CreationDate</key><date>2020-01-01T00:00:00Z</date></dict></plist>`), "not a date"},
		"cut xml":     {[]byte("<?xml version=\"1.0\"?>\n<plist version=\"1.0\">\n"), "cannot be read"},
	} {
		_, err := Parse(tc.b, trust)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to mention %q", name, err, tc.want)
		}
	}
}

func TestHasDevice(t *testing.T) {
	p := &Profile{ProvisionedDevices: []string{"00008103-000A1B2C3D4E5F6A"}}
	if !p.HasDevice("00008103-000a1b2c3d4e5f6a") || p.HasDevice("00008103-000A1B2C3D4E5F6B") {
		t.Error("HasDevice")
	}
}

func TestBinaryPlistPayloads(t *testing.T) {
	ca, trust := newCA(t)
	xml, err := profiletest.Spec{Team: "ABCDE12345", BundleID: "com.example.app", Created: t2026, Expires: t2026.AddDate(1, 0, 0),
		Platforms: []string{"OSX"}, AllDevices: true}.Plist()
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if _, err := plist.Unmarshal(xml, &v); err != nil {
		t.Fatal(err)
	}
	bin, err := plist.Marshal(v, plist.BinaryFormat)
	if err != nil {
		t.Fatal(err)
	}
	der, err := ca.Sign(bin)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(der, trust)
	if err != nil {
		t.Fatal(err)
	}
	if p.Format != FormatCMSBinary || p.Kind != DeveloperID || !p.Signature.AppleSigned || p.AppID != "ABCDE12345.com.example.app" {
		t.Errorf("format %s kind %s apple %v app id %s", p.Format, p.Kind, p.Signature.AppleSigned, p.AppID)
	}
	bare, err := Parse(bin, trust)
	if err != nil || bare.Format != FormatBare || bare.Signature != nil || bare.Team != "ABCDE12345" {
		t.Errorf("bare binary plist: %v %+v", err, bare)
	}
}
