package testsign

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var writeCases = flag.Bool("write-cases", false, "write the generated Mach-O cases into testdata/cases/macho-*")

const casesDir = "../../../testdata/cases"

// machoCases are the generated inputs of the macho-* case folders, by
// "check-id/case-name/file-name".
func machoCases(t *testing.T) map[string][]byte {
	must := func(b []byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	adhoc := func(img []byte, id string, hashes ...uint8) []byte {
		return must(Sign(img, Options{Identifier: id, Flags: FlagAdhoc, Hashes: hashes, EmptyRequirements: true, EmptyCMS: true}))
	}
	arm := Build(Image{Seed: 1})
	intact := adhoc(arm, "com.example.tool")
	old := Build(Image{CPU: CPUX86_64, Subtype: SubtypeX86_64, Platform: PlatformMacOS, MinOS: Version(10, 9), Seed: 2})
	e := Build(Image{CPU: CPUARM64, Subtype: SubtypeARM64E, Seed: 3})
	x86 := Build(Image{CPU: CPUX86_64, Subtype: SubtypeX86_64, Platform: PlatformMacOS, MinOS: Version(10, 13), Seed: 4})

	pageChanged := append([]byte(nil), intact...)
	pageChanged[2*4096+17] ^= 0x40

	ents := []byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>com.apple.security.app-sandbox</key><true/></dict></plist>\n")
	withEnts := must(Sign(arm, Options{Identifier: "com.example.tool", Flags: FlagAdhoc, EmptyRequirements: true, EmptyCMS: true, Entitlements: ents}))
	entsChanged := append([]byte(nil), withEnts...)
	i := strings.Index(string(entsChanged), "app-sandbox")
	copy(entsChanged[i:], "app-sandbax")

	truncated := intact[:len(intact)-64]
	appended := append(append([]byte(nil), intact...), make([]byte, 64)...)
	for i := len(intact); i < len(appended); i++ {
		appended[i] = 0xa5
	}
	badMagic := append([]byte(nil), intact...)
	sigOff := binary.LittleEndian.Uint32(findSigCmd(badMagic))
	badMagic[sigOff+3] = 0xc1 // 0xfade0cc1

	badCmd := Build(Image{Seed: 5})
	binary.LittleEndian.PutUint32(badCmd[32+4:], 0x7000) // __PAGEZERO's cmdsize past the load commands

	// A universal static library as lipo -create makes it: x86_64 and arm64
	// archives of object files; and one with an arm64e slice.
	objX86 := Object(Build(Image{CPU: CPUX86_64, Subtype: SubtypeX86_64, Seed: 7}))
	objARM := Object(Build(Image{Seed: 8}))
	members := []string{"Foo.o", "FooBarBazWithALongName.o"}
	staticLib := UniversalArchive([][2]uint32{{CPUX86_64, SubtypeX86_64}, {CPUARM64, SubtypeARM64}},
		Archive(members, [][]byte{objX86, objX86}), Archive(members, [][]byte{objARM, objARM}))
	staticLibE := UniversalArchive([][2]uint32{{CPUARM64, SubtypeARM64}, {CPUARM64, SubtypeARM64E}},
		Archive(members, [][]byte{objARM, objARM}), Archive(members, [][]byte{objARM, objARM}))
	iosE := Build(Image{CPU: CPUARM64, Subtype: SubtypeARM64E, Platform: PlatformIOS, MinOS: Version(17, 0), Seed: 9})
	// Before LC_BUILD_VERSION: an iOS minimum on Intel code is the Simulator.
	simX86 := Build(Image{CPU: CPUX86_64, Subtype: SubtypeX86_64, Platform: PlatformIOS, MinOS: Version(9, 0), VersionMin: LCVersionMinIPhoneOS, Seed: 10})
	deviceARM := Build(Image{Platform: PlatformIOS, MinOS: Version(9, 0), VersionMin: LCVersionMinIPhoneOS, Seed: 11})

	// The crasher of the million-input robustness run, made again: a
	// universal dylib whose arm64 SuperBlob lists no blob at all, so the
	// signature has no CodeDirectory (a nil dereference before).
	noCD := Universal(intact, x86)
	if i := bytes.Index(noCD, []byte{0xfa, 0xde, 0x0c, 0xc0}); i >= 0 {
		binary.BigEndian.PutUint32(noCD[i+8:], 0)
	}

	return map[string][]byte{
		"macho-signature-invalid/universal-no-codedirectory/tool": noCD,
		"macho-static-library/universal-static-library/libFoo.a":  staticLib,
		"macho-static-library/no-universal-dylib/tool":            Universal(intact, adhoc(x86, "com.example.tool")),
		"macho-malformed/no-universal-static-library/libFoo.a":    staticLib,
		"macho-arm64e/no-static-library-arm64e/libFoo.a":          staticLibE,
		"macho-arm64e/ios-arm64e/tool":                            adhoc(iosE, "com.example.e"),
		"macho-unsigned/no-simulator-version-min/tool":            simX86,
		"macho-unsigned/ios-device-version-min/tool":              deviceARM,
		"bundle-main-unsigned/simulator-in-ipa/Demo.ipa":          ipa(t, "Demo", simX86),
		"macho-adhoc/adhoc/tool":                                  intact,
		"macho-adhoc/no-linker-signed/tool":                       must(Sign(arm, Options{Identifier: "a.out", Flags: FlagAdhoc | FlagLinkerSigned})),
		"macho-linker-signed/linker-signed/tool":                  must(Sign(arm, Options{Identifier: "a.out", Flags: FlagAdhoc | FlagLinkerSigned})),
		"macho-linker-signed/no-adhoc/tool":                       intact,
		"macho-cd-only/cd-only/lib.dylib":                         must(Sign(arm, Options{Identifier: "lib", Hashes: []uint8{HashSHA1, HashSHA256}, EmptyRequirements: true})),
		"macho-cd-only/no-adhoc/lib.dylib":                        intact,
		"macho-sha1-missing/old-target-sha256-only/tool":          adhoc(old, "com.example.old", HashSHA256),
		"macho-sha1-missing/no-old-target-sha1-sha256/tool":       adhoc(old, "com.example.old", HashSHA1, HashSHA256),
		"macho-arm64e/third-party-arm64e/tool":                    adhoc(e, "com.example.e"),
		"macho-arm64e/unsigned-arm64e/tool":                       e,
		"macho-arm64e/no-arm64/tool":                              intact,
		"macho-page-hash-mismatch/page-changed/tool":              pageChanged,
		"macho-page-hash-mismatch/no-intact/tool":                 intact,
		"macho-page-hash-mismatch/inside-ipa/Demo.ipa":            ipa(t, "Demo", pageChanged),
		"macho-page-hash-mismatch/no-inside-ipa/Demo.ipa":         ipa(t, "Demo", intact),
		"macho-special-slot-mismatch/entitlements-changed/tool":   entsChanged,
		"macho-special-slot-mismatch/no-entitlements-intact/tool": withEnts,
		"macho-unsigned/universal-one-slice-unsigned/tool":        Universal(intact, x86),
		"macho-unsigned/arm64-unsigned/tool":                      arm,
		"macho-unsigned/no-all-signed/tool":                       Universal(intact, adhoc(x86, "com.example.tool")),
		"macho-slices-differ/one-slice-unsigned/tool":             Universal(intact, x86),
		"macho-slices-differ/no-same-signature/tool":              Universal(intact, adhoc(x86, "com.example.tool")),
		"macho-slices-differ/no-identifier-only/tool":             Universal(intact, adhoc(x86, "com.example.tool-x86_64")),
		"macho-signature-truncated/cut-short/tool":                truncated,
		"macho-signature-truncated/no-intact/tool":                intact,
		"macho-signature-misplaced/data-appended/tool":            appended,
		"macho-signature-misplaced/no-intact/tool":                intact,
		"macho-signature-invalid/bad-superblob-magic/tool":        badMagic,
		"macho-signature-invalid/no-intact/tool":                  intact,
		"macho-malformed/load-command-too-large/tool":             badCmd,
		"macho-malformed/no-intact/tool":                          intact,
		"macho-encrypted/fairplay/tool":                           adhoc(Build(Image{Encrypted: true, Seed: 6}), "com.example.store"),
		"macho-encrypted/no-intact/tool":                          intact,
	}
}

func findSigCmd(b []byte) []byte {
	cmds, _, _, _ := readCmds(b)
	for _, c := range cmds {
		if c.cmd == lcCodeSignature {
			return b[c.off+8:]
		}
	}
	return nil
}

// TestWriteCases regenerates the case inputs with -write-cases; without the
// flag it checks that the stored inputs are what the generator makes, so a
// change to the signer cannot silently leave stale fixtures.
func TestWriteCases(t *testing.T) {
	for path, b := range machoCases(t) {
		file := filepath.Join(casesDir, path+".b64")
		data := encodeCase(b)
		if *writeCases {
			writeCase(t, path, b)
			continue
		}
		got, err := os.ReadFile(file)
		if os.IsNotExist(err) {
			t.Skipf("%s not generated yet (run with -write-cases)", file)
		}
		if string(got) != string(data) {
			t.Errorf("%s is stale: run go test ./analyzer/internal/testsign -run TestWriteCases -write-cases", file)
		}
	}
}

func encodeCase(b []byte) []byte {
	enc := base64.StdEncoding.EncodeToString(b)
	var lines []string
	for len(enc) > 76 {
		lines = append(lines, enc[:76])
		enc = enc[76:]
	}
	lines = append(lines, enc)
	return []byte(strings.Join(lines, "\n") + "\n")
}

func writeCase(t *testing.T, path string, b []byte) {
	file := filepath.Join(casesDir, path+".b64")
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, encodeCase(b), 0o644); err != nil {
		t.Fatal(err)
	}
}

// ipa wraps an executable as Payload/NAME.app/NAME with a minimal Info.plist.
func ipa(t *testing.T, name string, exe []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(p string, b []byte, mode os.FileMode) {
		h := &zip.FileHeader{Name: p, Method: zip.Deflate, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		h.SetMode(mode)
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	plist := `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>CFBundleExecutable</key><string>` + name + `</string>
<key>CFBundleIdentifier</key><string>com.example.tool</string>
<key>CFBundlePackageType</key><string>APPL</string>
</dict></plist>
`
	add("Payload/"+name+".app/Info.plist", []byte(plist), 0o644)
	add("Payload/"+name+".app/"+name, exe, 0o755)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
