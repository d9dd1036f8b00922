package analyzer

// The generator of testdata/cases/bundle-*: small synthetic apps, sealed and
// signed the way codesign does it (seal over the resources, then each
// executable with the hashes of its Info.plist and CodeResources in special
// slots -1 and -3), then broken one way per case. Run it with
//
//	go test ./analyzer -run TestGenerateBundleCases -gen-bundle-cases
//	go test ./analyzer -run TestCases -update
//
// and review the diff. Signatures are ad hoc with a team identifier in the
// CodeDirectory (what the bundle checks compare); certificate chains are the
// Mach-O cases' business.

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"github.com/smallstep/pkcs7"
	"howett.net/plist"

	"github.com/signdoctor/signdoctor/analyzer/internal/coderesources"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
)

var genBundleCases = flag.Bool("gen-bundle-cases", false, "write testdata/cases/bundle-* archives")

// gfile is one entry of a generated archive.
type gfile struct {
	data []byte
	mode fs.FileMode // 0 = 0644; fs.ModeSymlink for links (data is the target)
}

// gtree is an archive under construction, by path.
type gtree map[string]gfile

// zipBytes writes the tree; unixModes false makes a zip without Unix
// attributes (as a Windows tool would).
func (t gtree) zipBytes(tb testing.TB, unixModes bool) []byte {
	var names []string
	for n := range t {
		names = append(names, n)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, n := range names {
		f := t[n]
		h := &zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
		if unixModes {
			m := f.mode
			if m == 0 {
				m = 0o644
			}
			h.SetMode(m)
		}
		fw, err := w.CreateHeader(h)
		if err != nil {
			tb.Fatal(err)
		}
		fw.Write(f.data)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// fsys opens the tree as an archive, to compute seals with the same code
// that verifies them.
func (t gtree) fsys(tb testing.TB) *zipfs.FS {
	b := t.zipBytes(tb, true)
	z, err := zipfs.Open(bytes.NewReader(b), int64(len(b)), zipfs.Limits{})
	if err != nil {
		tb.Fatal(err)
	}
	return z
}

func infoPlist(tb testing.TB, id, exec string) []byte {
	b, err := plist.MarshalIndent(map[string]any{
		"CFBundleIdentifier": id, "CFBundleExecutable": exec, "CFBundleName": exec,
		"CFBundleShortVersionString": "1.0", "CFBundleVersion": "1",
	}, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// signSpec says how one executable is signed.
type signSpec struct {
	id, team string
	runtime  bool
	unsigned bool
	platform uint32
	seed     byte
}

// signExec builds and signs an executable whose special slots seal info
// and seal (either may be nil).
func signExec(tb testing.TB, s signSpec, info, seal []byte) []byte {
	plat := s.platform
	if plat == 0 {
		plat = testsign.PlatformIOS
	}
	img := testsign.Build(testsign.Image{Platform: plat, MinOS: testsign.Version(15, 0), CodePages: 1, Seed: s.seed})
	if s.unsigned {
		return img
	}
	flags := uint32(testsign.FlagAdhoc)
	if s.runtime {
		flags |= testsign.FlagRuntime
	}
	ents := []byte(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict></dict></plist>`)
	der, err := entitlements.EncodeDER(map[string]any{})
	if err != nil {
		tb.Fatal(err)
	}
	out, err := testsign.Sign(img, testsign.Options{Identifier: s.id, TeamID: s.team, Flags: flags, Entitlements: ents, EntitlementsDER: der, EmptyRequirements: true})
	if err != nil {
		tb.Fatal(err)
	}
	// Patch the Info.plist and CodeResources hashes into slots -1 and -3:
	// the signature has no CMS, so only the CodeDirectory changes.
	f, err := macho.Open(bytes.NewReader(out), int64(len(out)))
	if err != nil || f.Slices[0].Signature == nil {
		tb.Fatalf("re-reading the signed image: %v", err)
	}
	cd := f.Slices[0].Signature.Primary()
	at := bytes.Index(out, cd.Raw)
	for slot, data := range map[uint32][]byte{1: info, 3: seal} {
		if data == nil {
			continue
		}
		h := sha256.Sum256(data)
		off := at + int(cd.HashOffset) - int(slot)*int(cd.HashSize)
		copy(out[off:off+int(cd.HashSize)], h[:cd.HashSize])
	}
	return out
}

// sealBundle computes root/_CodeSignature/CodeResources over what is in the
// tree now, skipping the executable.
func sealBundle(tb testing.TB, t gtree, root, exec string) []byte {
	entries, err := coderesources.Compute(t.fsys(tb), root, coderesources.DefaultRules2(), func(rel string) bool {
		return rel == exec || rel == "_CodeSignature" || rel == "CodeResources"
	})
	if err != nil {
		tb.Fatal(err)
	}
	raw, err := coderesources.Encode(entries, coderesources.DefaultRules2())
	if err != nil {
		tb.Fatal(err)
	}
	t[root+"/_CodeSignature/CodeResources"] = gfile{data: raw}
	return raw
}

// signBundle seals a bundle and signs its executable, as codesign does.
// execRel is the executable relative to the content root.
func signBundle(tb testing.TB, t gtree, contentRoot, execRel string, s signSpec) {
	info := t[contentRoot+"/Info.plist"].data
	if strings.HasSuffix(contentRoot, "/Versions/A") {
		info = t[contentRoot+"/Resources/Info.plist"].data
	}
	seal := sealBundle(tb, t, contentRoot, execRel)
	t[contentRoot+"/"+execRel] = gfile{data: signExec(tb, s, info, seal), mode: 0o755}
}

const genTeam, otherTeam = "ABCDE12345", "ZYXWV98765"

// iosApp is Payload/Demo.app with one framework, all signed by genTeam.
// mutate runs before signing (fw for the framework, app for the app).
func iosApp(tb testing.TB, fw, app signSpec) gtree {
	t := gtree{}
	a := "Payload/Demo.app"
	t[a+"/Info.plist"] = gfile{data: infoPlist(tb, "com.example.demo", "Demo")}
	t[a+"/Assets.car"] = gfile{data: []byte("compiled asset catalog")}
	t[a+"/en.lproj/Localizable.strings"] = gfile{data: []byte(`"hello" = "Hello";`)}
	t[a+"/Frameworks/Kit.framework/Info.plist"] = gfile{data: infoPlist(tb, "com.example.kit", "Kit")}
	t[a+"/Frameworks/Kit.framework/Kit"] = gfile{}
	signBundle(tb, t, a+"/Frameworks/Kit.framework", "Kit", fw)
	t[a+"/Demo"] = gfile{}
	signBundle(tb, t, a, "Demo", app)
	return t
}

func defaultIOS(tb testing.TB) gtree {
	return iosApp(tb, signSpec{id: "com.example.kit", team: genTeam, seed: 2}, signSpec{id: "com.example.demo", team: genTeam, seed: 1})
}

// macApp is Mac.app with a versioned framework and a helper tool.
type macOpts struct {
	name, team    string         // default Mac, genTeam
	info          map[string]any // extra Info.plist keys
	helperRuntime bool
	mainMode      fs.FileMode
	extra         map[string]gfile // added before signing
}

func macApp(tb testing.TB, o macOpts) gtree {
	if o.name == "" {
		o.name = "Mac"
	}
	if o.team == "" {
		o.team = genTeam
	}
	id := "com.example." + strings.ToLower(o.name)
	t := gtree{}
	c := o.name + ".app/Contents"
	info := map[string]any{"CFBundleIdentifier": id, "CFBundleExecutable": o.name}
	for k, v := range o.info {
		info[k] = v
	}
	ib, err := plist.MarshalIndent(info, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	t[c+"/Info.plist"] = gfile{data: ib}
	t[c+"/PkgInfo"] = gfile{data: []byte("APPL????")}
	t[c+"/Resources/Base.lproj/MainMenu.nib"] = gfile{data: []byte("nib")}
	fw := c + "/Frameworks/Kit.framework"
	t[fw+"/Versions/A/Resources/Info.plist"] = gfile{data: infoPlist(tb, "com.example.kit", "Kit")}
	t[fw+"/Versions/A/Kit"] = gfile{}
	t[fw+"/Versions/Current"] = gfile{data: []byte("A"), mode: fs.ModeSymlink | 0o755}
	t[fw+"/Kit"] = gfile{data: []byte("Versions/Current/Kit"), mode: fs.ModeSymlink | 0o755}
	t[fw+"/Resources"] = gfile{data: []byte("Versions/Current/Resources"), mode: fs.ModeSymlink | 0o755}
	signBundle(tb, t, fw+"/Versions/A", "Kit", signSpec{id: "com.example.kit", team: o.team, runtime: true, platform: testsign.PlatformMacOS, seed: 3})
	t[c+"/Helpers/tool"] = gfile{data: signExec(tb, signSpec{id: "tool", team: o.team, runtime: o.helperRuntime, platform: testsign.PlatformMacOS, seed: 4}, nil, nil), mode: 0o755}
	for k, v := range o.extra {
		t[k] = v
	}
	t[c+"/MacOS/"+o.name] = gfile{}
	signBundle(tb, t, c, "MacOS/"+o.name, signSpec{id: id, team: o.team, runtime: true, platform: testsign.PlatformMacOS, seed: 5})
	if o.mainMode != 0 {
		f := t[c+"/MacOS/"+o.name]
		f.mode = o.mainMode
		t[c+"/MacOS/"+o.name] = f
	}
	return t
}

// unsignedMacApp is a Mac app whose main executable, for one CPU, was never
// signed.
func unsignedMacApp(tb testing.TB, cpu, subtype uint32) gtree {
	exe := testsign.Build(testsign.Image{CPU: cpu, Subtype: subtype, Platform: testsign.PlatformMacOS, MinOS: testsign.Version(10, 13), Seed: 6})
	return gtree{
		"Mac.app/Contents/Info.plist": {data: infoPlist(tb, "com.example.mac", "Mac")},
		"Mac.app/Contents/MacOS/Mac":  {data: exe, mode: 0o755},
		"Mac.app/Contents/PkgInfo":    {data: []byte("APPL????")},
	}
}

// dataBundle is a bundle without an executable, signed as codesign signs
// one: the seal, then the CodeDirectory and an empty (ad hoc) signature as
// files in _CodeSignature.
func dataBundle(tb testing.TB) gtree {
	c := "Data.bundle/Contents"
	info, err := plist.MarshalIndent(map[string]any{"CFBundleIdentifier": "com.example.data", "CFBundlePackageType": "BNDL"}, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	t := gtree{c + "/Info.plist": {data: info}, c + "/Resources/key.pem": {data: []byte("public key")}}
	sealBundle(tb, t, c, "")
	exe := signExec(tb, signSpec{id: "com.example.data", seed: 7}, info, t[c+"/_CodeSignature/CodeResources"].data)
	signed, err := macho.Open(bytes.NewReader(exe), int64(len(exe)))
	if err != nil {
		tb.Fatal(err)
	}
	t[c+"/_CodeSignature/CodeDirectory"] = gfile{data: signed.Slices[0].Signature.Primary().Raw}
	t[c+"/_CodeSignature/CodeSignature"] = gfile{data: []byte{}}
	return t
}

// profile makes a CMS-signed provisioning profile.
func genProfile(tb testing.TB, team, appID string) []byte {
	pl, err := plist.MarshalIndent(map[string]any{
		"Name": "Demo Profile", "UUID": "00000000-1111-2222-3333-444444444444", "TeamIdentifier": []string{team},
		"TeamName": "Test Team", "Platform": []string{"iOS"}, "ExpirationDate": time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC),
		"CreationDate": time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC),
		"Entitlements": map[string]any{"application-identifier": team + "." + appID, "com.apple.developer.team-identifier": team},
	}, plist.XMLFormat, "\t")
	if err != nil {
		tb.Fatal(err)
	}
	ca, err := testsign.NewCA("signdoctor bundle test CA")
	if err != nil {
		tb.Fatal(err)
	}
	return signedProfile(tb, ca, team, pl)
}

// signedProfile wraps a profile's plist in CMS signed by an Apple
// Development leaf of ca for team (not Apple's signer: the cases say so).
func signedProfile(tb testing.TB, ca *testsign.Identity, team string, pl []byte) []byte {
	leaf, err := testsign.NewLeaf(ca, "Apple Development", team)
	if err != nil {
		tb.Fatal(err)
	}
	sd, err := pkcs7.NewSignedData(pl)
	if err != nil {
		tb.Fatal(err)
	}
	if err := sd.AddSigner(leaf.Cert, leaf.Key, pkcs7.SignerInfoConfig{}); err != nil {
		tb.Fatal(err)
	}
	if err := testsign.SetSigningTime(sd, leaf.Key, time.Time{}); err != nil {
		tb.Fatal(err)
	}
	der, err := sd.Finish()
	if err != nil {
		tb.Fatal(err)
	}
	return der
}

// iosWithProfile embeds a profile under name, then signs.
func iosWithProfile(tb testing.TB, name string, profile []byte) gtree {
	t := gtree{}
	a := "Payload/Demo.app"
	t[a+"/Info.plist"] = gfile{data: infoPlist(tb, "com.example.demo", "Demo")}
	t[a+"/Assets.car"] = gfile{data: []byte("compiled asset catalog")}
	t[a+"/"+name] = gfile{data: profile}
	t[a+"/Demo"] = gfile{}
	signBundle(tb, t, a, "Demo", signSpec{id: "com.example.demo", team: genTeam, seed: 1})
	return t
}

type genCase struct {
	check, name, file string
	build             func(tb testing.TB) []byte
}

// secondArchive is another archive dropped with the first in every case of
// a check.
var secondArchive = map[string]func(tb testing.TB) (string, []byte){
	"bundle-updater-team-mismatch": updater,
}

func bundleGenCases(tb testing.TB) []genCase {
	ios := func(tb testing.TB) gtree { return defaultIOS(tb) }
	with := func(base func(testing.TB) gtree, edit func(gtree)) func(testing.TB) []byte {
		return func(tb testing.TB) []byte {
			t := base(tb)
			edit(t)
			return t.zipBytes(tb, true)
		}
	}
	intact := with(ios, func(gtree) {})
	a := "Payload/Demo.app"
	mac := func(o macOpts) func(testing.TB) gtree { return func(tb testing.TB) gtree { return macApp(tb, o) } }
	return []genCase{
		{"bundle-seal-modified", "resource-edited", "Demo.ipa", with(ios, func(t gtree) { t[a+"/Assets.car"] = gfile{data: []byte("edited after signing")} })},
		{"bundle-seal-modified", "no-intact", "Demo.ipa", intact},
		{"bundle-seal-added", "file-added", "Demo.ipa", with(ios, func(t gtree) { t[a+"/notes.txt"] = gfile{data: []byte("added later")} })},
		{"bundle-seal-added", "no-omitted-file-added", "Demo.ipa", with(ios, func(t gtree) { t[a+"/en.lproj/locversion.plist"] = gfile{data: []byte("<plist/>")} })},
		{"bundle-seal-removed", "file-removed", "Demo.ipa", with(ios, func(t gtree) { delete(t, a+"/Assets.car") })},
		{"bundle-seal-removed", "no-optional-file-removed", "Demo.ipa", with(ios, func(t gtree) { delete(t, a+"/en.lproj/Localizable.strings") })},
		{"bundle-sealed-plist-changed", "info-plist-edited", "Demo.ipa", with(ios, func(t gtree) {
			t[a+"/Info.plist"] = gfile{data: bytes.Replace(t[a+"/Info.plist"].data, []byte("<string>1</string>"), []byte("<string>2</string>"), 1)}
		})},
		{"bundle-sealed-plist-changed", "no-intact", "Demo.ipa", intact},
		{"bundle-main-unsigned", "main-unsigned-framework-signed", "Demo.ipa", zipOfBuild(func(tb testing.TB) gtree {
			return iosApp(tb, signSpec{id: "com.example.kit", team: genTeam, seed: 2}, signSpec{unsigned: true, seed: 1})
		})},
		{"bundle-main-unsigned", "no-all-signed", "Demo.ipa", intact},
		{"bundle-main-unsigned", "mac-intel-unsigned", "Mac.zip", func(tb testing.TB) []byte {
			return unsignedMacApp(tb, testsign.CPUX86_64, testsign.SubtypeX86_64).zipBytes(tb, true)
		}},
		{"bundle-main-unsigned", "mac-arm64-unsigned", "Mac.zip", func(tb testing.TB) []byte {
			return unsignedMacApp(tb, testsign.CPUARM64, testsign.SubtypeARM64).zipBytes(tb, true)
		}},
		{"bundle-nested-unsigned", "framework-unsigned", "Demo.ipa", zipOfBuild(func(tb testing.TB) gtree {
			return iosApp(tb, signSpec{unsigned: true, seed: 2}, signSpec{id: "com.example.demo", team: genTeam, seed: 1})
		})},
		{"bundle-nested-unsigned", "no-all-signed", "Demo.ipa", intact},
		{"bundle-nested-team-mismatch", "framework-of-other-team", "Demo.ipa", zipOfBuild(func(tb testing.TB) gtree {
			return iosApp(tb, signSpec{id: "com.example.kit", team: otherTeam, seed: 2}, signSpec{id: "com.example.demo", team: genTeam, seed: 1})
		})},
		{"bundle-nested-team-mismatch", "no-same-team", "Demo.ipa", intact},
		{"bundle-nested-no-runtime", "helper-without-runtime", "Mac.zip", with(mac(macOpts{}), func(gtree) {})},
		{"bundle-nested-no-runtime", "no-helper-with-runtime", "Mac.zip", with(mac(macOpts{helperRuntime: true}), func(gtree) {})},
		{"bundle-exec-not-executable", "main-mode-644", "Mac.zip", with(mac(macOpts{helperRuntime: true, mainMode: 0o644}), func(gtree) {})},
		{"bundle-exec-not-executable", "no-zip-without-unix-modes", "Mac.zip", func(tb testing.TB) []byte {
			return macApp(tb, macOpts{helperRuntime: true, mainMode: 0o644}).zipBytes(tb, false)
		}},
		{"bundle-code-in-resources", "dylib-in-resources", "Mac.zip", with(mac(macOpts{helperRuntime: true, extra: map[string]gfile{
			"Mac.app/Contents/Resources/libextra.dylib": {data: signExec(tb, signSpec{id: "libextra", team: genTeam, runtime: true, platform: testsign.PlatformMacOS, seed: 6}, nil, nil)},
		}}), func(gtree) {})},
		{"bundle-code-in-resources", "no-dylib-in-frameworks", "Mac.zip", with(mac(macOpts{helperRuntime: true, extra: map[string]gfile{
			"Mac.app/Contents/Frameworks/libextra.dylib": {data: signExec(tb, signSpec{id: "libextra", team: genTeam, runtime: true, platform: testsign.PlatformMacOS, seed: 6}, nil, nil)},
		}}), func(gtree) {})},
		{"bundle-data-in-macos", "config-in-macos", "Mac.zip", with(mac(macOpts{helperRuntime: true, extra: map[string]gfile{
			"Mac.app/Contents/MacOS/settings.json": {data: []byte(`{"debug": false}`)},
		}}), func(gtree) {})},
		{"bundle-data-in-macos", "no-config-in-resources", "Mac.zip", with(mac(macOpts{helperRuntime: true, extra: map[string]gfile{
			"Mac.app/Contents/Resources/settings.json": {data: []byte(`{"debug": false}`)},
		}}), func(gtree) {})},
		{"bundle-appledouble", "macosx-folder", "Demo.ipa", with(ios, func(t gtree) {
			t["__MACOSX/Payload/Demo.app/._Assets.car"] = gfile{data: []byte("\x00\x05\x16\x07AppleDouble")}
		})},
		{"bundle-appledouble", "no-clean-zip", "Demo.ipa", intact},
		{"bundle-ds-store", "ds-store-in-app", "Demo.ipa", with(ios, func(t gtree) { t[a+"/.DS_Store"] = gfile{data: []byte("Bud1")} })},
		{"bundle-ds-store", "no-clean-zip", "Demo.ipa", intact},
		{"bundle-profile-misnamed", "macos-name-in-ios-app", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.provisionprofile", genProfile(tb, genTeam, "com.example.demo")).zipBytes(tb, true)
		}},
		{"bundle-profile-misnamed", "no-correct-name", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.mobileprovision", genProfile(tb, genTeam, "com.example.demo")).zipBytes(tb, true)
		}},
		{"bundle-identifier-mismatch", "signed-with-other-identifier", "Demo.ipa", zipOfBuild(func(tb testing.TB) gtree {
			return iosApp(tb, signSpec{id: "com.example.kit", team: genTeam, seed: 2}, signSpec{id: "Demo", team: genTeam, seed: 1})
		})},
		{"bundle-identifier-mismatch", "no-same-identifier", "Demo.ipa", intact},
		{"bundle-profile-app-id-mismatch", "profile-for-other-app", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.mobileprovision", genProfile(tb, genTeam, "com.example.other")).zipBytes(tb, true)
		}},
		{"bundle-profile-app-id-mismatch", "no-wildcard-profile", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.mobileprovision", genProfile(tb, genTeam, "com.example.*")).zipBytes(tb, true)
		}},
		{"bundle-profile-team-mismatch", "profile-of-other-team", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.mobileprovision", genProfile(tb, otherTeam, "com.example.demo")).zipBytes(tb, true)
		}},
		{"bundle-profile-team-mismatch", "no-profile-of-signing-team", "Demo.ipa", func(tb testing.TB) []byte {
			return iosWithProfile(tb, "embedded.mobileprovision", genProfile(tb, genTeam, "com.example.demo")).zipBytes(tb, true)
		}},
		{"bundle-stapled-ticket", "mac-app-stapled", "Mac.zip", with(mac(macOpts{helperRuntime: true}), func(t gtree) {
			t["Mac.app/Contents/CodeResources"] = gfile{data: []byte("s8ch\x00\x00\x00\x01 stapled ticket")}
		})},
		{"bundle-stapled-ticket", "no-ios-app", "Demo.ipa", intact},
		{"bundle-archive-limit", "traversal-entry", "Demo.ipa", with(ios, func(t gtree) { t["Payload/../../evil.sh"] = gfile{data: []byte("#!/bin/sh")} })},
		{"bundle-archive-limit", "no-normal-names", "Demo.ipa", intact},
		{"bundle-damaged-archive", "crc-mismatch", "Demo.ipa", func(tb testing.TB) []byte {
			b := defaultIOS(tb).zipBytes(tb, true)
			return corruptCRC(tb, b, "Payload/Demo.app/Assets.car")
		}},
		{"bundle-damaged-archive", "no-intact", "Demo.ipa", intact},
		{"bundle-no-code", "skeleton-ipa", "Skeleton.ipa", func(tb testing.TB) []byte {
			return gtree{"Payload/Sample.app/Info.plist": {data: infoPlist(tb, "com.example.sample", "Sample")}}.zipBytes(tb, true)
		}},
		{"bundle-no-code", "no-app-with-code", "Demo.ipa", intact},
		{"bundle-no-code", "bundle-signed-without-code", "Data.zip", zipOfBuild(dataBundle)},
		{"bundle-executable-missing", "framework-executable-missing", "Demo.ipa", with(ios, func(t gtree) { delete(t, a+"/Frameworks/Kit.framework/Kit") })},
		{"bundle-executable-missing", "no-intact", "Demo.ipa", intact},
		{"bundle-info-plist-invalid", "merge-conflict-marker", "Demo.ipa", with(ios, func(t gtree) {
			t[a+"/Frameworks/Kit.framework/Info.plist"] = gfile{data: []byte("<<<<<<< HEAD\n<?xml version=\"1.0\"?>\n<plist><dict>")}
		})},
		{"bundle-info-plist-invalid", "no-binary-plist", "Demo.ipa", with(ios, func(t gtree) {
			b, _ := plist.Marshal(map[string]any{"CFBundleIdentifier": "com.example.kit", "CFBundleExecutable": "Kit"}, plist.BinaryFormat)
			t[a+"/Frameworks/Kit.framework/Info.plist"] = gfile{data: b}
		})},
		{"bundle-seal-invalid", "truncated-seal", "Demo.ipa", with(ios, func(t gtree) {
			f := t[a+"/_CodeSignature/CodeResources"]
			t[a+"/_CodeSignature/CodeResources"] = gfile{data: f.data[:len(f.data)/2]}
		})},
		{"bundle-seal-invalid", "no-intact", "Demo.ipa", intact},
		{"bundle-ipa-layout", "payload-one-folder-down", "Demo.ipa", func(tb testing.TB) []byte {
			moved := gtree{}
			for k, v := range defaultIOS(tb) {
				moved["build/"+k] = v
			}
			return moved.zipBytes(tb, true)
		}},
		{"bundle-ipa-layout", "no-payload-at-top", "Demo.ipa", intact},
		{"bundle-updater-team-mismatch", "updater-of-other-team", "Mac.zip", with(mac(macOpts{helperRuntime: true}), func(gtree) {})},
		{"bundle-updater-team-mismatch", "no-policy-allows-updater", "Mac.zip", with(mac(macOpts{helperRuntime: true, info: map[string]any{
			"NSUpdateSecurityPolicy": map[string]any{"AllowProcesses": map[string]any{otherTeam: []string{"com.example.updater"}}},
		}}), func(gtree) {})},
	}
}

// updater is a second Mac app of another team.
func updater(tb testing.TB) (string, []byte) {
	return "Updater.zip", macApp(tb, macOpts{name: "Updater", team: otherTeam, helperRuntime: true}).zipBytes(tb, true)
}

func zipOfBuild(build func(testing.TB) gtree) func(testing.TB) []byte {
	return func(tb testing.TB) []byte { return build(tb).zipBytes(tb, true) }
}

// corruptCRC flips the stored CRC-32 of one entry in both headers.
func corruptCRC(tb testing.TB, b []byte, name string) []byte {
	out := append([]byte(nil), b...)
	n := 0
	for _, sig := range []struct {
		magic       string
		crcAt, name int
	}{{"PK\x03\x04", 14, 30}, {"PK\x01\x02", 16, 46}} {
		for i := 0; ; {
			j := bytes.Index(out[i:], []byte(sig.magic))
			if j < 0 {
				break
			}
			at := i + j
			if bytes.HasPrefix(out[at+sig.name:], []byte(name)) {
				out[at+sig.crcAt] ^= 0xff
				n++
			}
			i = at + 4
		}
	}
	if n == 0 {
		tb.Fatalf("no header for %s", name)
	}
	return out
}

func TestGenerateBundleCases(t *testing.T) {
	if !*genBundleCases {
		t.Skip("run with -gen-bundle-cases to rewrite testdata/cases/bundle-*")
	}
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	for _, c := range bundleGenCases(t) {
		dir := filepath.Join(casesDir, c.check, c.name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.file), c.build(t), 0o644); err != nil {
			t.Fatal(err)
		}
		if second := secondArchive[c.check]; second != nil {
			name, b := second(t)
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestBundleGeneratorSound checks the generator itself: an intact app has no
// error or warning at all, so each case's finding comes from its one change.
func TestBundleGeneratorSound(t *testing.T) {
	for name, build := range map[string]func(testing.TB) []byte{
		"ios": func(tb testing.TB) []byte { return defaultIOS(tb).zipBytes(tb, true) },
		"mac": func(tb testing.TB) []byte { return macApp(tb, macOpts{helperRuntime: true}).zipBytes(tb, true) },
	} {
		b := build(t)
		file := name + ".zip"
		rep, err := Analyze(t.Context(), []File{{Name: file, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			if f.Severity != "info" && !strings.HasPrefix(f.ID, "macho-") {
				t.Errorf("%s: %s %s: %s", name, f.ID, f.Subject, f.Message)
			}
		}
		if fmt.Sprint(rep.Artifacts[0].Facts) == "" || path.Ext(file) != ".zip" {
			t.Fatal("no facts")
		}
	}
}
