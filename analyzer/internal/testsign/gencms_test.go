package testsign

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"
)

// cmsCases are generated with fresh keys each run, so they are written only
// with -write-cases and not compared (their bytes differ every time).
func cmsCases(t *testing.T) map[string][]byte {
	ca, err := loadTestCA()
	if err != nil {
		t.Fatal(err)
	}
	leaf := func(kind string) *Identity {
		id, err := NewLeaf(ca, kind, "TESTTEAM01")
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	dev, devid, inst, store := leaf("Apple Development"), leaf("Developer ID Application"), leaf("Developer ID Installer"), leaf("3rd Party Mac Developer Application")
	img := Build(Image{Seed: 7})
	var tsa *Identity
	sign := func(id *Identity, flags uint32, ents []byte, tamper func([][]byte)) []byte {
		b, err := Sign(img, Options{Identifier: "com.example.signed", TeamID: "TESTTEAM01", Flags: flags, Runtime: Version(14, 0),
			Hashes: []uint8{HashSHA256}, EmptyRequirements: true, Entitlements: ents, CMSReserve: 4000,
			Signer: CMSSigner(id, []*x509.Certificate{ca.Cert}, CMSOptions{Tamper: tamper, TSA: tsa, Time: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)})})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	debuggable := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>com.apple.security.get-task-allow</key><true/></dict></plist>
`)
	notDebuggable := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict><key>com.apple.security.get-task-allow</key><false/></dict></plist>
`)
	devidOK := sign(devid, FlagRuntime, nil, nil)
	tsa, err = NewTSA(ca)
	if err != nil {
		t.Fatal(err)
	}
	timestamped := sign(devid, FlagRuntime, nil, nil)
	tsa = nil
	damaged := append([]byte(nil), devidOK...)
	cms := cmsPayload(damaged)
	cms[len(cms)-6] ^= 0x01
	return map[string][]byte{
		"macho-development-signed/apple-development/tool":                   sign(dev, 0, nil, nil),
		"macho-development-signed/no-developer-id/tool":                     devidOK,
		"macho-installer-cert/developer-id-installer/tool":                  sign(inst, FlagRuntime, nil, nil),
		"macho-installer-cert/no-developer-id-application/tool":             devidOK,
		"macho-no-hardened-runtime/developer-id-without-runtime/tool":       sign(devid, 0, nil, nil),
		"macho-no-hardened-runtime/no-runtime/tool":                         devidOK,
		"macho-no-secure-timestamp/developer-id-untimestamped/tool":         devidOK,
		"macho-no-secure-timestamp/no-development-certificate/tool":         sign(dev, 0, nil, nil),
		"macho-no-secure-timestamp/no-timestamped/tool":                     timestamped,
		"macho-get-task-allow/developer-id-debuggable/tool":                 sign(devid, FlagRuntime, debuggable, nil),
		"macho-get-task-allow/no-get-task-allow-false/tool":                 sign(devid, FlagRuntime, notDebuggable, nil),
		"macho-cdhash-mismatch/cdhash-list-wrong/tool":                      sign(devid, FlagRuntime, nil, func(h [][]byte) { h[0][0] ^= 0xff }),
		"macho-cdhash-mismatch/no-intact/tool":                              devidOK,
		"macho-cms-invalid/signature-damaged/tool":                          damaged,
		"macho-cms-invalid/no-intact/tool":                                  devidOK,
		"macho-app-store-signed/third-party-mac-developer-application/tool": sign(store, FlagRuntime, nil, nil),
		"macho-app-store-signed/no-developer-id/tool":                       devidOK,
		"macho-untrusted-chain/not-apple-issued/tool":                       devidOK,
		"macho-untrusted-chain/no-trusted-root/tool":                        devidOK,
	}
}

// cmsPayload returns the CMS bytes inside a signed image (aliasing it).
func cmsPayload(b []byte) []byte {
	sig := b[binary.LittleEndian.Uint32(findSigCmd(b)):]
	be := binary.BigEndian
	n := be.Uint32(sig[8:])
	for i := uint32(0); i < n; i++ {
		if be.Uint32(sig[12+8*i:]) == 0x10000 {
			off := be.Uint32(sig[16+8*i:])
			l := be.Uint32(sig[off+4:])
			return sig[off+8 : off+l]
		}
	}
	return nil
}

func TestWriteCMSCases(t *testing.T) {
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	if !*writeCases {
		// Still exercise the signer so it cannot rot.
		cases := cmsCases(t)
		if len(cases) == 0 {
			t.Fatal("no cases")
		}
		return
	}
	for path, b := range cmsCases(t) {
		writeCase(t, path, b)
		if strings.HasPrefix(path, "macho-untrusted-chain/not-") {
			continue // the test root is not trusted here: that is the case
		}
		opts := filepath.Join(casesDir, filepath.Dir(path), "options")
		if err := os.WriteFile(opts, []byte("trust: "+testCAPath+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testCAPath is the test root the CMS cases chain to, relative to the
// repository root (the case runner's trust: option). Its key is a test key.
const testCAPath = "testdata/cases/macho-test-ca.pem"

// loadTestCA reads the stored test root, making it on first use, so that
// regenerating the cases keeps the trust anchor their options name.
func loadTestCA() (*Identity, error) {
	path := filepath.Join(casesDir, "..", "..", testCAPath)
	if b, err := os.ReadFile(path); err == nil {
		id, err := ParseIdentityPEM(b)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, ErrNoIdentity) {
			return nil, err
		}
	}
	ca, err := NewCA("signdoctor Test Root CA")
	if err != nil {
		return nil, err
	}
	if *writeCases {
		keyDER, err := x509.MarshalECPrivateKey(ca.Key.(*ecdsa.PrivateKey))
		if err != nil {
			return nil, err
		}
		out := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: ca.Cert.Raw})
		out = append(out, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})...)
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return nil, err
		}
	}
	return ca, nil
}
