package entitlements_test

// Generates the Mach-O inputs of the ent-xml-der-mismatch and ent-der-form
// case folders with the project's own ad hoc signer. Without -write-cases it
// checks that the stored inputs are current.

import (
	"crypto/x509"
	"encoding/base64"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"howett.net/plist"

	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var writeCases = flag.Bool("write-cases", false, "write the generated Mach-O inputs into testdata/cases/ent-*")

const casesDir = "../../../testdata/cases"

func entCases(t *testing.T) map[string][]byte {
	t.Helper()
	xmlOf := func(m map[string]any) []byte {
		var b strings.Builder
		b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n")
		for _, k := range entitlements.SortedKeys(m) {
			b.WriteString("\t<key>" + k + "</key>\n")
			switch v := m[k].(type) {
			case bool:
				if v {
					b.WriteString("\t<true/>\n")
				} else {
					b.WriteString("\t<false/>\n")
				}
			case string:
				b.WriteString("\t<string>" + v + "</string>\n")
			}
		}
		b.WriteString("</dict>\n</plist>\n")
		return []byte(b.String())
	}
	derOf := func(m map[string]any) []byte {
		der, err := entitlements.EncodeDER(m)
		if err != nil {
			t.Fatal(err)
		}
		return der
	}
	sign := func(img []byte, xml, der []byte) []byte {
		b, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.tool", Flags: testsign.FlagAdhoc,
			EmptyRequirements: true, EmptyCMS: true, Entitlements: xml, EntitlementsDER: der})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cdOnly := func(img []byte, xml, der []byte) []byte {
		b, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.tool", Hashes: []uint8{testsign.HashSHA1, testsign.HashSHA256},
			EmptyRequirements: true, Entitlements: xml, EntitlementsDER: der})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	bplist := func(m map[string]any) []byte {
		b, err := plist.Marshal(m, plist.BinaryFormat)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	mac := testsign.Build(testsign.Image{Seed: 21})
	ios := testsign.Build(testsign.Image{Seed: 22, Platform: testsign.PlatformIOS, MinOS: testsign.Version(16, 0)})

	sandbox := map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.network.client": true}
	sandboxOnly := map[string]any{"com.apple.security.app-sandbox": true}
	keychain := map[string]any{"com.apple.security.app-sandbox": true, "com.apple.developer.team-identifier": "ABCDE12345", "com.apple.application-identifier": "ABCDE12345.com.example.tool"}
	iosEnts := map[string]any{"application-identifier": "ABCDE12345.com.example.tool", "get-task-allow": true}

	// The bare-SET form some third-party signers write: no wrapper, true as 0x01.
	bareSet := []byte{0x31, 0x25, 0x30, 0x23, 0x0c, 0x1e}
	bareSet = append(bareSet, "com.apple.security.app-sandbox"...)
	bareSet = append(bareSet, 0x01, 0x01, 0x01)

	return map[string][]byte{
		"ent-xml-der-mismatch/der-differs/tool":               sign(mac, xmlOf(sandbox), derOf(sandboxOnly)),
		"ent-xml-der-mismatch/ios-der-missing/tool":           sign(ios, xmlOf(iosEnts), nil),
		"ent-xml-der-mismatch/no-forms-agree/tool":            sign(mac, xmlOf(sandbox), derOf(sandbox)),
		"ent-xml-der-mismatch/no-mac-empty-xml-only/tool":     sign(mac, xmlOf(map[string]any{}), nil),
		"ent-der-form/bare-set-in-binary/tool":                sign(mac, xmlOf(sandboxOnly), bareSet),
		"ent-der-form/no-codesign-form-in-binary/tool":        sign(mac, xmlOf(sandboxOnly), derOf(sandboxOnly)),
		"ent-not-authorised/adhoc-mac-restricted/tool":        sign(mac, xmlOf(keychain), derOf(keychain)),
		"ent-not-authorised/no-adhoc-mac-unrestricted/tool":   sign(mac, xmlOf(sandbox), derOf(sandbox)),
		"ent-not-authorised/cd-only-mac-restricted/tool":      cdOnly(mac, xmlOf(keychain), derOf(keychain)),
		"ent-not-authorised/no-cd-only-ios/tool":              cdOnly(ios, xmlOf(keychain), derOf(keychain)),
		"ent-private/apple-only-in-binary-plist/helper.plist": bplist(map[string]any{"com.apple.private.security.no-sandbox": true, "com.apple.security.network.client": true}),
		"ent-der-form/bare-set-file/ents.der":                 bareSet,
		"ent-der-form/no-codesign-form-file/ents.der":         derOf(sandboxOnly),
	}
}

// entCMSCases are signed with certificates of a test CA made afresh each
// run, so they are written with -write-cases and not compared.
func entCMSCases(t *testing.T) map[string][]byte {
	t.Helper()
	ca := storedTestCA(t)
	devid, err := testsign.NewLeaf(ca, "Developer ID Application", "ZZZZZ99999")
	if err != nil {
		t.Fatal(err)
	}
	img := testsign.Build(testsign.Image{Seed: 23})
	sign := func(ents map[string]any) []byte {
		der, err := entitlements.EncodeDER(ents)
		if err != nil {
			t.Fatal(err)
		}
		b, err := testsign.Sign(img, testsign.Options{Identifier: "com.example.vpn.tunnel", TeamID: "ZZZZZ99999",
			Flags: testsign.FlagRuntime, Runtime: testsign.Version(14, 0), Hashes: []uint8{testsign.HashSHA256},
			EmptyRequirements: true, Entitlements: plistXML(ents), EntitlementsDER: der, CMSReserve: 4000,
			Signer: testsign.CMSSigner(devid, []*x509.Certificate{ca.Cert}, testsign.CMSOptions{Time: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)})})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	ne := func(v string, team string) map[string]any {
		return map[string]any{
			"com.apple.application-identifier":                team + ".com.example.vpn.tunnel",
			"com.apple.developer.team-identifier":             team,
			"com.apple.developer.networking.networkextension": []any{v},
		}
	}
	dev, err := testsign.NewLeaf(ca, "Apple Development", "ZZZZZ99999")
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"ent-team-mismatch/certificate-of-other-team/development.cer":           dev.Cert.Raw,
		"ent-network-extension-developer-id/developer-id-binary/tool":           sign(ne("packet-tunnel-provider", "ZZZZZ99999")),
		"ent-network-extension-developer-id/no-developer-id-binary-sysext/tool": sign(ne("packet-tunnel-provider-systemextension", "ZZZZZ99999")),
		"ent-team-mismatch/signed-by-other-team/tool":                           sign(ne("packet-tunnel-provider-systemextension", "ABCDE12345")),
		"ent-team-mismatch/no-signed-by-own-team/tool":                          sign(ne("packet-tunnel-provider-systemextension", "ZZZZZ99999")),
	}
}

// plistXML writes a flat dictionary of strings, booleans and string arrays.
func plistXML(m map[string]any) []byte {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n")
	for _, k := range entitlements.SortedKeys(m) {
		b.WriteString("\t<key>" + k + "</key>\n")
		switch v := m[k].(type) {
		case bool:
			if v {
				b.WriteString("\t<true/>\n")
			} else {
				b.WriteString("\t<false/>\n")
			}
		case string:
			b.WriteString("\t<string>" + v + "</string>\n")
		case []any:
			b.WriteString("\t<array>\n")
			for _, e := range v {
				b.WriteString("\t\t<string>" + e.(string) + "</string>\n")
			}
			b.WriteString("\t</array>\n")
		}
	}
	b.WriteString("</dict>\n</plist>\n")
	return []byte(b.String())
}

// testCAPath is the test root the macho cases already chain to (its key is
// a test key), relative to the repository root as the trust: option wants.
const testCAPath = "testdata/cases/macho-test-ca.pem"

func storedTestCA(t *testing.T) *testsign.Identity {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(casesDir, "..", "..", testCAPath))
	if err != nil {
		t.Skipf("no stored test CA yet: %v", err)
	}
	id, err := testsign.ParseIdentityPEM(b)
	if err != nil {
		t.Fatalf("%s: %v", testCAPath, err)
	}
	return id
}

func TestWriteCases(t *testing.T) {
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	if *writeCases {
		for path, b := range entCMSCases(t) {
			writeB64(t, filepath.Join(casesDir, path+".b64"), b)
			opts := filepath.Join(casesDir, filepath.Dir(path), "options")
			if err := os.WriteFile(opts, []byte("trust: "+testCAPath+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for path, b := range entCases(t) {
		file := filepath.Join(casesDir, path+".b64")
		enc := base64.StdEncoding.EncodeToString(b)
		var lines []string
		for len(enc) > 76 {
			lines = append(lines, enc[:76])
			enc = enc[76:]
		}
		data := []byte(strings.Join(append(lines, enc), "\n") + "\n")
		if *writeCases {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if os.IsNotExist(err) {
			t.Skipf("%s not generated yet (run with -write-cases)", file)
		}
		if string(got) != string(data) {
			t.Errorf("%s is stale: run go test ./analyzer/internal/entitlements -run TestWriteCases -write-cases", file)
		}
	}
}

func writeB64(t *testing.T, file string, b []byte) {
	t.Helper()
	enc := base64.StdEncoding.EncodeToString(b)
	var lines []string
	for len(enc) > 76 {
		lines = append(lines, enc[:76])
		enc = enc[76:]
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(strings.Join(append(lines, enc), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
