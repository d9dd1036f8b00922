package profile

// The cases of profile-cert-not-included: a profile and code signed with a
// certificate it does or does not list, all under the project's test CA
// (testdata/testca), so that profile and code chains are trusted alike:
//
//	go test ./analyzer/internal/profile -run TestGenerateSignerCases -gencases-signer
//	go test ./analyzer -run '^TestCases$/^profile-cert-not-included' -update

import (
	"archive/zip"
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var genSignerCases = flag.Bool("gencases-signer", false, "rewrite the inputs of testdata/cases/profile-cert-not-included")

func TestGenerateSignerCases(t *testing.T) {
	if !*genSignerCases {
		t.Skip("run with -gencases-signer to rewrite the generated cases")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	ca := loadOrCreateCA(t)
	identity := func(kind string) *profiletest.Identity {
		markers := map[string][]asn1.ObjectIdentifier{
			"Apple Development":  {profiletest.OIDDevelopment, profiletest.OIDMacDev},
			"Apple Distribution": {profiletest.OIDDistribution, profiletest.OIDMacAppStore},
		}[kind]
		// Same name for every certificate of a kind: a renewed certificate
		// keeps the name and changes the bytes.
		id, err := profiletest.NewIdentity(kind+": Test Developer ("+caseTeam+")", caseTeam, "Test Developer", ca.Root, false,
			date(2026, 1, 10), date(2027, 6, 1), markers...)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	devA, devB, dist := identity("Apple Development"), identity("Apple Development"), identity("Apple Distribution")
	// Apple's own signature on the Swift libraries old Xcode copied in: no
	// developer marker, listed in no profile, trusted without one.
	apple, err := profiletest.NewIdentity("Software Signing", "", "Apple Inc.", ca.Root, false, date(2026, 1, 10), date(2027, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	code := func(id *profiletest.Identity, ident string, seed byte) []byte {
		img := testsign.Build(testsign.Image{Platform: testsign.PlatformIOS, MinOS: testsign.Version(16, 0), Seed: seed})
		b, err := testsign.Sign(img, testsign.Options{Identifier: ident, TeamID: caseTeam, EmptyRequirements: true,
			Hashes: []uint8{testsign.HashSHA256}, CMSReserve: 4000,
			Signer: testsign.CMSSigner(&testsign.Identity{Cert: id.Cert, Key: id.Key}, []*x509.Certificate{ca.Root.Cert}, testsign.CMSOptions{})})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	devProfile := func(listed ...*profiletest.Identity) []byte {
		s := baseSpec(t, ca)
		s.Certificates = nil
		for _, id := range listed {
			s.Certificates = append(s.Certificates, id.Cert)
		}
		return signed(t, ca, s)
	}
	const file = "Example.mobileprovision"
	cases := map[string]map[string][]byte{
		"other-certificate-same-name":           {file: devProfile(devA), "Example": code(devB, "com.example.app", 1)},
		"no-certificate-listed":                 {file: devProfile(devA, devB), "Example": code(devB, "com.example.app", 1)},
		"development-profile-distribution-cert": {file: devProfile(devA), "Example": code(dist, "com.example.app", 2)},
		"certificate-file-not-listed":           {file: devProfile(devA), "development.cer": devB.Cert.Raw},
		"no-certificate-file-listed":            {file: devProfile(devA), "development.cer": devA.Cert.Raw},
		"nested-framework-other-cert": {"Example.ipa": ipaWithFramework(t, devProfile(devA),
			code(devA, "com.example.app", 3), code(devB, "com.example.Kit", 4))},
		"no-nested-apple-signed": {"Example.ipa": ipaWithFramework(t, devProfile(devA),
			code(devA, "com.example.app", 3), code(apple, "com.example.Kit", 5))},
		"no-nested-framework-same-cert": {"Example.ipa": ipaWithFramework(t, devProfile(devA),
			code(devA, "com.example.app", 3), code(devA, "com.example.Kit", 4))},
	}
	for name, files := range cases {
		dir := filepath.Join(repoRoot, "testdata", "cases", "profile-cert-not-included", name)
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for fn, b := range files {
			if fn != file {
				b, fn = encodeB64(b), fn+".b64"
			}
			if err := os.WriteFile(filepath.Join(dir, fn), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "options"), []byte("trust: "+testCADir+"/root.pem\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// ipaWithFramework is Payload/Example.app with its profile, executable and
// one framework, Frameworks/Kit.framework.
func ipaWithFramework(t *testing.T, prof, app, kit []byte) []byte {
	plist := func(id, exe, typ string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>CFBundleIdentifier</key><string>` + id + `</string>
<key>CFBundleExecutable</key><string>` + exe + `</string>
<key>CFBundlePackageType</key><string>` + typ + `</string>
</dict></plist>
`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range []struct {
		name string
		b    []byte
		mode os.FileMode
	}{
		{"Payload/Example.app/Info.plist", plist("com.example.app", "Example", "APPL"), 0o644},
		{"Payload/Example.app/Example", app, 0o755},
		{"Payload/Example.app/embedded.mobileprovision", prof, 0o644},
		{"Payload/Example.app/Frameworks/Kit.framework/Info.plist", plist("com.example.Kit", "Kit", "FMWK"), 0o644},
		{"Payload/Example.app/Frameworks/Kit.framework/Kit", kit, 0o755},
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

// encodeB64 stores a binary input as the case runner reads NAME.b64.
func encodeB64(b []byte) []byte {
	enc := base64.StdEncoding.EncodeToString(b)
	var lines []string
	for len(enc) > 76 {
		lines = append(lines, enc[:76])
		enc = enc[76:]
	}
	return []byte(strings.Join(append(lines, enc), "\n") + "\n")
}
