package analyzer

// The generator of testdata/cases/linkage-*: a Developer ID Mac app (signed
// with the test CA, hardened runtime) whose executable loads libraries
// through @rpath, changed one way per case. Run it with
//
//	go test ./analyzer -run TestGenerateLinkageCases -gen-linkage-cases
//	go test ./analyzer -run TestCases/linkage -update
//
// and review the diff.

import (
	"archive/zip"
	"bytes"
	"crypto/x509"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/cryptotest"
	"time"

	"howett.net/plist"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var genLinkageCases = flag.Bool("gen-linkage-cases", false, "write testdata/cases/linkage-* archives")

const linkageTeam = "TESTTEAM01"

// linkLib is one library the generated app embeds (or not).
type linkLib struct {
	path   string // in Contents/, e.g. Frameworks/libffi.8.dylib
	cpu    uint32 // default arm64
	team   string // default linkageTeam; "-" signs ad hoc with no team
	absent bool
	ents   map[string]any
}

type linkApp struct {
	libs     []testsign.Library
	rpaths   []string
	embedded []linkLib
	ents     map[string]any
	// profile is embedded as Contents/embedded.provisionprofile.
	profile []byte
	// helperEnts, when set, adds Contents/Helpers/helper signed with them.
	helperEnts map[string]any
	// info adds keys to the app's Info.plist.
	info map[string]any
	// extra files are added, by path in Contents/, before the app is sealed.
	extra map[string]gfile
	// linkerSigned leaves the main executable with only the linker's
	// signature and the app unsealed.
	linkerSigned bool
	// certKind is the signing certificate's kind (default Developer ID
	// Application).
	certKind string
	// helper, when set, is a login item app nested in Library/LoginItems.
	helper *nestedApp
}

// nestedApp is Contents/Library/LoginItems/Helper.app.
type nestedApp struct {
	ents    map[string]any
	profile []byte
}

// defaultLinkApp loads three libraries through @rpath, as an app built
// against Homebrew's libffi, OpenSSL and a framework would.
func defaultLinkApp() linkApp {
	return linkApp{
		libs: []testsign.Library{
			{Cmd: testsign.LCLoadDylib, Path: "@rpath/libffi.8.dylib"},
			{Cmd: testsign.LCLoadDylib, Path: "@rpath/libcrypto.3.dylib"},
			{Cmd: testsign.LCLoadDylib, Path: "@rpath/Parser.framework/Versions/A/Parser"},
			{Cmd: testsign.LCLoadDylib, Path: "/usr/lib/libSystem.B.dylib"},
		},
		rpaths: []string{"@executable_path/../Frameworks", "/usr/lib/swift"},
		embedded: []linkLib{
			{path: "Frameworks/libffi.8.dylib"},
			{path: "Frameworks/libcrypto.3.dylib"},
			{path: "Frameworks/Parser.framework/Versions/A/Parser"},
		},
	}
}

func linkageCA(tb testing.TB) *testsign.Identity {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "cases", "macho-test-ca.pem"))
	if err != nil {
		tb.Fatal(err)
	}
	ca, err := testsign.ParseIdentityPEM(b)
	if err != nil {
		tb.Fatal(err)
	}
	return ca
}

func (a linkApp) build(tb testing.TB) []byte {
	kind := a.certKind
	if kind == "" {
		kind = "Developer ID Application"
	}
	signer := linkageSigner(tb, kind)
	sign := func(img []byte, id, team string, ents map[string]any, slots map[uint32][]byte) []byte {
		o := testsign.Options{Identifier: id, TeamID: team, Flags: testsign.FlagRuntime, Runtime: testsign.Version(14, 0),
			EmptyRequirements: true, CMSReserve: 4000, Signer: signer, SlotData: slots}
		if team == "-" {
			o = testsign.Options{Identifier: id, Flags: testsign.FlagAdhoc | testsign.FlagRuntime, EmptyRequirements: true, SlotData: slots}
		}
		if ents != nil {
			xml, err := plist.MarshalIndent(ents, plist.XMLFormat, "\t")
			if err != nil {
				tb.Fatal(err)
			}
			o.Entitlements = xml
			if o.EntitlementsDER, err = entitlements.EncodeDER(ents); err != nil {
				tb.Fatal(err)
			}
		}
		out, err := testsign.Sign(img, o)
		if err != nil {
			tb.Fatal(err)
		}
		return out
	}
	t := gtree{}
	c := "Ffi.app/Contents"
	infoKeys := map[string]any{"CFBundleIdentifier": "com.example.ffi", "CFBundleExecutable": "Ffi", "CFBundleName": "Ffi",
		"CFBundleShortVersionString": "1.0", "CFBundleVersion": "1"}
	for k, v := range a.info {
		infoKeys[k] = v
	}
	info, err := plist.MarshalIndent(infoKeys, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	t[c+"/Info.plist"] = gfile{data: info}
	t[c+"/Resources/en.lproj/InfoPlist.strings"] = gfile{data: []byte(`"CFBundleName" = "Ffi";`)}
	if a.profile != nil {
		t[c+"/embedded.provisionprofile"] = gfile{data: a.profile}
	}
	for i, l := range a.embedded {
		if l.absent {
			continue
		}
		cpu, sub := uint32(testsign.CPUARM64), uint32(testsign.SubtypeARM64)
		if l.cpu == testsign.CPUX86_64 {
			cpu, sub = testsign.CPUX86_64, testsign.SubtypeX86_64
		}
		team := l.team
		if team == "" {
			team = linkageTeam
		}
		img := testsign.Build(testsign.Image{CPU: cpu, Subtype: sub, Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0),
			CodePages: 1, Seed: byte(10 + i), FileType: testsign.MHDylib, InstallName: "@rpath/" + filepath.Base(l.path)})
		t[c+"/"+l.path] = gfile{data: sign(img, "com.example."+filepath.Base(l.path), team, l.ents, nil), mode: 0o755}
	}
	if _, ok := t[c+"/Frameworks/Parser.framework/Versions/A/Parser"]; ok {
		fw := c + "/Frameworks/Parser.framework"
		t[fw+"/Versions/A/Resources/Info.plist"] = gfile{data: infoPlist(tb, "com.example.Parser", "Parser")}
		t[fw+"/Versions/Current"] = gfile{data: []byte("A"), mode: fs.ModeSymlink | 0o755}
		t[fw+"/Parser"] = gfile{data: []byte("Versions/Current/Parser"), mode: fs.ModeSymlink | 0o755}
		t[fw+"/Resources"] = gfile{data: []byte("Versions/Current/Resources"), mode: fs.ModeSymlink | 0o755}
		// Re-sign the framework's binary with its Info.plist and seal bound.
		bin := t[fw+"/Versions/A/Parser"].data
		seal := sealBundle(tb, t, fw+"/Versions/A", "Parser")
		img := testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0), CodePages: 1, Seed: 12,
			FileType: testsign.MHDylib, InstallName: "@rpath/Parser.framework/Versions/A/Parser"})
		_ = bin
		t[fw+"/Versions/A/Parser"] = gfile{data: sign(img, "com.example.Parser", linkageTeam, nil,
			map[uint32][]byte{1: t[fw+"/Versions/A/Resources/Info.plist"].data, 3: seal}), mode: 0o755}
	}
	if a.helperEnts != nil {
		img := testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0), CodePages: 1, Seed: 20})
		t[c+"/Helpers/helper"] = gfile{data: sign(img, "com.example.ffi.helper", linkageTeam, a.helperEnts, nil), mode: 0o755}
	}
	for k, v := range a.extra {
		t[c+"/"+k] = v
	}
	if h := a.helper; h != nil {
		hc := c + "/Library/LoginItems/Helper.app/Contents"
		hinfo := infoPlist(tb, "com.example.ffi.helper", "Helper")
		t[hc+"/Info.plist"] = gfile{data: hinfo}
		if h.profile != nil {
			t[hc+"/embedded.provisionprofile"] = gfile{data: h.profile}
		}
		t[hc+"/MacOS/Helper"] = gfile{}
		hseal := sealBundle(tb, t, hc, "MacOS/Helper")
		img := testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0), CodePages: 1, Seed: 21})
		t[hc+"/MacOS/Helper"] = gfile{data: sign(img, "com.example.ffi.helper", linkageTeam, h.ents, map[uint32][]byte{1: hinfo, 3: hseal}), mode: 0o755}
	}
	main := testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0), CodePages: 2, Seed: 5,
		Libraries: a.libs, RPaths: a.rpaths})
	if a.linkerSigned {
		out, err := testsign.Sign(main, testsign.Options{Identifier: "Ffi", Flags: testsign.FlagAdhoc | testsign.FlagLinkerSigned})
		if err != nil {
			tb.Fatal(err)
		}
		t[c+"/MacOS/Ffi"] = gfile{data: out, mode: 0o755}
		return t.zipBytes(tb, true)
	}
	t[c+"/MacOS/Ffi"] = gfile{}
	seal := sealBundle(tb, t, c, "MacOS/Ffi")
	t[c+"/MacOS/Ffi"] = gfile{data: sign(main, "com.example.ffi", linkageTeam, a.ents, map[uint32][]byte{1: info, 3: seal}), mode: 0o755}
	return t.zipBytes(tb, true)
}

func linkageGenCases() []genCase {
	app := func(edit func(*linkApp)) func(testing.TB) []byte {
		return func(tb testing.TB) []byte {
			a := defaultLinkApp()
			edit(&a)
			return a.build(tb)
		}
	}
	intact := app(func(*linkApp) {})
	return []genCase{
		{"linkage-library-missing", "rpath-libraries-not-embedded", "Ffi.zip", app(func(a *linkApp) {
			for i := range a.embedded {
				a.embedded[i].absent = true
			}
		})},
		{"linkage-library-missing", "without-any-lc-rpath", "Ffi.zip", app(func(a *linkApp) { a.rpaths = nil; a.embedded[0].absent = true })},
		{"linkage-library-missing", "no-libraries-embedded-same-team", "Ffi.zip", intact},
		{"linkage-weak-library-missing", "weak-framework-not-embedded", "Ffi.zip", app(func(a *linkApp) {
			a.libs[2].Cmd = testsign.LCLoadWeakDylib
			a.embedded[2].absent = true
		})},
		{"linkage-weak-library-missing", "no-weak-framework-embedded", "Ffi.zip", app(func(a *linkApp) { a.libs[2].Cmd = testsign.LCLoadWeakDylib })},
		{"linkage-build-machine-path", "homebrew-libffi", "Ffi.zip", app(func(a *linkApp) {
			a.libs[0].Path = "/opt/homebrew/opt/libffi/lib/libffi.8.dylib"
			a.embedded[0].absent = true
		})},
		{"linkage-build-machine-path", "no-system-and-bundle-paths", "Ffi.zip", intact},
		{"linkage-arch-missing", "x86-64-library-in-arm64-app", "Ffi.zip", app(func(a *linkApp) { a.embedded[1].cpu = testsign.CPUX86_64 })},
		{"linkage-arch-missing", "no-arm64-library", "Ffi.zip", intact},
		{"linkage-library-validation", "adhoc-library-under-hardened-runtime", "Ffi.zip", app(func(a *linkApp) { a.embedded[0].team = "-" })},
		{"linkage-library-validation", "no-library-validation-disabled", "Ffi.zip", app(func(a *linkApp) {
			a.embedded[0].team = "-"
			a.ents = map[string]any{"com.apple.security.cs.disable-library-validation": true}
		})},
		{"ent-restricted-without-profile", "developer-id-app-keychain-groups-no-profile", "Ffi.zip", app(func(a *linkApp) { a.ents = keychainEnts })},
		{"ent-restricted-without-profile", "no-profile-embedded-authorises", "Ffi.zip", func(tb testing.TB) []byte {
			a := defaultLinkApp()
			a.ents = keychainEnts
			a.profile = macProfile(tb, keychainEnts)
			return a.build(tb)
		}},
		{"ent-restricted-without-profile", "no-sandbox-only", "Ffi.zip", app(func(a *linkApp) {
			a.ents = map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.network.client": true}
		})},
		{"ent-restricted-without-profile", "bare-tool-keychain-groups", "tool", func(tb testing.TB) []byte { return devIDTool(tb, keychainEnts) }},
		{"ent-restricted-without-profile", "no-bare-tool-plain-entitlements", "tool", func(tb testing.TB) []byte {
			return devIDTool(tb, map[string]any{"com.apple.security.cs.allow-jit": true})
		}},
		{"ent-on-library", "framework-with-app-entitlements", "Ffi.zip", app(func(a *linkApp) { a.embedded[0].ents = sandboxEnts })},
		{"ent-on-library", "no-entitlements-on-executables-only", "Ffi.zip", app(func(a *linkApp) { a.ents = sandboxEnts })},
		{"ent-copied-to-nested", "deep-signed-helper", "Ffi.zip", app(func(a *linkApp) { a.ents, a.helperEnts = sandboxEnts, sandboxEnts })},
		{"ent-copied-to-nested", "no-helper-inherits", "Ffi.zip", app(func(a *linkApp) {
			a.ents = sandboxEnts
			a.helperEnts = map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.inherit": true}
		})},
		{"ent-sandbox-helper-inherit", "inherit-plus-network", "Ffi.zip", app(func(a *linkApp) {
			a.ents = sandboxEnts
			a.helperEnts = map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.inherit": true, "com.apple.security.network.client": true}
		})},
		{"ent-sandbox-helper-inherit", "no-exactly-sandbox-and-inherit", "Ffi.zip", app(func(a *linkApp) {
			a.ents = sandboxEnts
			a.helperEnts = map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.inherit": true}
		})},
		{"ent-privacy-usage-without-entitlement", "microphone-and-camera-descriptions-only", "Ffi.zip", app(func(a *linkApp) {
			a.info = map[string]any{"NSMicrophoneUsageDescription": "To record notes.", "NSCameraUsageDescription": "To scan codes."}
			a.ents = map[string]any{"com.apple.security.device.camera": true}
		})},
		{"ent-privacy-usage-without-entitlement", "no-microphone-with-audio-input", "Ffi.zip", app(func(a *linkApp) {
			a.info = map[string]any{"NSMicrophoneUsageDescription": "To record notes."}
			a.ents = map[string]any{"com.apple.security.device.audio-input": true}
		})},
		{"appstore-testflight-profile", "helper-with-app-id-no-profile", "Ffi.zip", func(tb testing.TB) []byte {
			a := defaultLinkApp()
			a.certKind = "3rd Party Mac Developer Application"
			a.ents = masEnts("com.example.ffi")
			a.profile = macProfile(tb, nil)
			a.helper = &nestedApp{ents: masEnts("com.example.ffi.helper")}
			return a.build(tb)
		}},
		{"appstore-testflight-profile", "main-bundle-without-profile", "Ffi.zip", app(func(a *linkApp) {
			a.certKind = "3rd Party Mac Developer Application"
			a.ents = map[string]any{"com.apple.security.app-sandbox": true}
		})},
		{"appstore-testflight-profile", "no-profiles-where-needed", "Ffi.zip", func(tb testing.TB) []byte {
			a := defaultLinkApp()
			a.certKind = "3rd Party Mac Developer Application"
			a.ents = masEnts("com.example.ffi")
			a.profile = macProfile(tb, nil)
			a.helper = &nestedApp{ents: masEnts("com.example.ffi.helper"), profile: macProfileFor(tb, "com.example.ffi.helper", nil)}
			return a.build(tb)
		}},
		{"appstore-testflight-profile", "no-developer-id-build", "Ffi.zip", intact},
		{"bundle-app-root-content", "readme-beside-contents", "Ffi.zip", func(tb testing.TB) []byte {
			return addEntry(tb, defaultLinkApp().build(tb), "Ffi.app/README.txt", []byte("read me"))
		}},
		{"bundle-app-root-content", "no-ds-store-beside-contents", "Ffi.zip", func(tb testing.TB) []byte {
			return addEntry(tb, defaultLinkApp().build(tb), "Ffi.app/.DS_Store", []byte("Bud1"))
		}},
		{"bundle-framework-root-content", "no-module-map-at-root", "Ffi.zip", func(tb testing.TB) []byte {
			return addEntry(tb, defaultLinkApp().build(tb), "Ffi.app/Contents/Frameworks/Parser.framework/module.map", []byte("framework module Parser {}"))
		}},
		{"bundle-framework-no-current", "current-link-lost", "Ffi.zip", func(tb testing.TB) []byte {
			b := defaultLinkApp().build(tb)
			return dropEntry(tb, b, "Ffi.app/Contents/Frameworks/Parser.framework/Versions/Current")
		}},
		{"bundle-framework-no-current", "no-current-link-kept", "Ffi.zip", intact},
		{"bundle-linker-signed-only", "final-codesign-skipped", "Ffi.zip", app(func(a *linkApp) { a.linkerSigned = true })},
		{"bundle-linker-signed-only", "no-signed-after-linking", "Ffi.zip", intact},
		{"bundle-framework-root-content", "info-plist-copied-to-framework-root", "Ffi.zip", app(func(a *linkApp) {
			a.extra = map[string]gfile{"Frameworks/Parser.framework/Info.plist": {data: []byte("<plist><dict/></plist>")}}
		})},
		{"bundle-framework-root-content", "no-links-only-at-root", "Ffi.zip", intact},
		{"bundle-symlink-outside", "link-climbs-out-of-the-app", "Ffi.zip", app(func(a *linkApp) {
			a.extra = map[string]gfile{"Resources/Shared": {data: []byte("../../../Shared"), mode: fs.ModeSymlink | 0o755}}
		})},
		{"bundle-symlink-outside", "no-link-within-the-app", "Ffi.zip", app(func(a *linkApp) {
			a.extra = map[string]gfile{"Resources/Localized": {data: []byte("en.lproj"), mode: fs.ModeSymlink | 0o755}}
		})},
		{"appstore-minimum-os-below-binary", "lsminimumsystemversion-older", "Ffi.zip", app(func(a *linkApp) {
			a.info = map[string]any{"LSMinimumSystemVersion": "10.13"}
		})},
		{"appstore-minimum-os-below-binary", "no-same-minimum", "Ffi.zip", app(func(a *linkApp) {
			a.info = map[string]any{"LSMinimumSystemVersion": "12.0"}
		})},
		{"appstore-simulator-slices", "fat-framework-with-x86-64", "Demo.ipa", func(tb testing.TB) []byte { return iosFatApp(tb, true) }},
		{"appstore-simulator-slices", "no-device-only-framework", "Demo.ipa", func(tb testing.TB) []byte { return iosFatApp(tb, false) }},
	}
}

// iosFatApp is Payload/Demo.app with a framework that is universal: arm64
// for devices and, when sim is set, an x86_64 Simulator slice (old-style:
// only LC_VERSION_MIN-like iOS platform on an Intel slice).
func iosFatApp(tb testing.TB, sim bool) []byte {
	t := gtree{}
	a := "Payload/Demo.app"
	fw := a + "/Frameworks/Kit.framework"
	t[a+"/Info.plist"] = gfile{data: infoPlist(tb, "com.example.demo", "Demo")}
	t[fw+"/Info.plist"] = gfile{data: infoPlist(tb, "com.example.kit", "Kit")}
	t[fw+"/Kit"] = gfile{}
	fwSeal := sealBundle(tb, t, fw, "Kit")
	thin := func(cpu, sub uint32, seed byte) []byte {
		img := testsign.Build(testsign.Image{CPU: cpu, Subtype: sub, Platform: testsign.PlatformIOS, MinOS: testsign.Version(15, 0), CodePages: 1, Seed: seed, FileType: testsign.MHDylib})
		out, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.kit", TeamID: genTeam, Flags: testsign.FlagAdhoc, EmptyRequirements: true,
			SlotData: map[uint32][]byte{1: t[fw+"/Info.plist"].data, 3: fwSeal}})
		if err != nil {
			tb.Fatal(err)
		}
		return out
	}
	bin := thin(testsign.CPUARM64, testsign.SubtypeARM64, 31)
	if sim {
		bin = testsign.Universal(bin, thin(testsign.CPUX86_64, testsign.SubtypeX86_64, 32))
	}
	t[fw+"/Kit"] = gfile{data: bin, mode: 0o755}
	t[a+"/Demo"] = gfile{}
	signBundle(tb, t, a, "Demo", signSpec{id: "com.example.demo", team: genTeam, seed: 1})
	return t.zipBytes(tb, true)
}

// dropEntry rewrites a zip without one entry (as a tool that loses links).
func dropEntry(tb testing.TB, b []byte, name string) []byte {
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range r.File {
		if f.Name == name {
			continue
		}
		if err := w.Copy(f); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// addEntry rewrites a zip with one more file (0644), as a packaging step.
func addEntry(tb testing.TB, b []byte, name string, data []byte) []byte {
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	w := zip.NewWriter(&out)
	for _, f := range r.File {
		if err := w.Copy(f); err != nil {
			tb.Fatal(err)
		}
	}
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	h.SetMode(0o644)
	fw, err := w.CreateHeader(h)
	if err == nil {
		_, err = fw.Write(data)
	}
	if err == nil {
		err = w.Close()
	}
	if err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

// masEnts are a Mac App Store app's usual entitlements for bundle ID id.
func masEnts(id string) map[string]any {
	return map[string]any{"com.apple.security.app-sandbox": true, "com.apple.application-identifier": linkageTeam + "." + id,
		"com.apple.developer.team-identifier": linkageTeam}
}

var sandboxEnts = map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.network.client": true}

var keychainEnts = map[string]any{"keychain-access-groups": []any{linkageTeam + ".com.example.shared"}}

// macProfile is a Developer ID profile (signed by a test CA) authorising ents.
func macProfile(tb testing.TB, ents map[string]any) []byte {
	return macProfileFor(tb, "com.example.ffi", ents)
}

// macProfileFor is macProfile for the App ID of bundleID.
func macProfileFor(tb testing.TB, bundleID string, ents map[string]any) []byte {
	all := map[string]any{"com.apple.application-identifier": linkageTeam + "." + bundleID, "com.apple.developer.team-identifier": linkageTeam}
	for k, v := range ents {
		all[k] = v
	}
	pl, err := plist.MarshalIndent(map[string]any{
		"Name": "Ffi Developer ID", "UUID": "00000000-1111-2222-3333-555555555555", "TeamIdentifier": []string{linkageTeam},
		"TeamName": "Test Team", "Platform": []string{"OSX"}, "ExpirationDate": time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC),
		"CreationDate": time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), "ProvisionsAllDevices": true, "Entitlements": all,
	}, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	return signedProfile(tb, linkageCA(tb), linkageTeam, pl)
}

// devIDTool is a bare Developer ID command-line tool claiming ents.
func devIDTool(tb testing.TB, ents map[string]any) []byte {
	xml, err := plist.MarshalIndent(ents, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	der, err := entitlements.EncodeDER(ents)
	if err != nil {
		tb.Fatal(err)
	}
	out, err := testsign.Sign(testsign.Build(testsign.Image{Platform: testsign.PlatformMacOS, MinOS: testsign.Version(12, 0), Seed: 9}),
		testsign.Options{Identifier: "com.example.tool", TeamID: linkageTeam, Flags: testsign.FlagRuntime, Runtime: testsign.Version(14, 0),
			EmptyRequirements: true, CMSReserve: 4000, Entitlements: xml, EntitlementsDER: der,
			Signer: linkageSigner(tb, "Developer ID Application")})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// linkageSigner signs CMS with a leaf of kind from the test CA, timestamped
// by the test CA's timestamp authority.
func linkageSigner(tb testing.TB, kind string) func([]byte, [][]byte) ([]byte, error) {
	ca := linkageCA(tb)
	leaf, err := testsign.NewLeaf(ca, kind, linkageTeam)
	if err != nil {
		tb.Fatal(err)
	}
	tsa, err := testsign.NewTSA(ca)
	if err != nil {
		tb.Fatal(err)
	}
	return testsign.CMSSigner(leaf, []*x509.Certificate{ca.Cert}, testsign.CMSOptions{TSA: tsa, Time: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)})
}

func TestGenerateLinkageCases(t *testing.T) {
	if !*genLinkageCases {
		t.Skip("run with -gen-linkage-cases to rewrite testdata/cases/linkage-*")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	for _, c := range linkageGenCases() {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), c.build(t), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "options"), []byte("trust: testdata/cases/macho-test-ca.pem\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
