package requirement_test

import (
	"encoding/base64"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"
	"time"

	"crypto/x509"

	"github.com/signdoctor/signdoctor/analyzer/internal/requirement"
	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

var writeCases = flag.Bool("write-cases", false, "write the generated inputs of testdata/cases/req-*")

const (
	casesDir   = "../../../testdata/cases"
	testCAPath = "testdata/cases/macho-test-ca.pem" // relative to the repository root
)

// loadTestCA reads the project's stored test root and its (test) key.
func loadTestCA(t *testing.T) *testsign.Identity {
	b, err := os.ReadFile(filepath.Join(casesDir, "..", "..", testCAPath))
	if err != nil {
		t.Skipf("test CA: %v", err)
	}
	id, err := testsign.ParseIdentityPEM(b)
	if errors.Is(err, testsign.ErrNoIdentity) {
		t.Skip("test CA file lacks a certificate or key")
	}
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// reqCase is one generated case: its input and options.
type reqCase struct {
	input   []byte
	options string
}

// reqCases builds the inputs of the req-* cases. Certificate-signed ones use
// fresh keys each run, so the files are written only with -write-cases.
func reqCases(t *testing.T) map[string]reqCase {
	ca := loadTestCA(t)
	devid, err := testsign.NewLeaf(ca, "Developer ID Application", "TESTTEAM01")
	if err != nil {
		t.Fatal(err)
	}
	img := testsign.Build(testsign.Image{Seed: 9})
	must := func(b []byte, err error) []byte {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	reqs := func(text string) []byte { return must(requirement.Compile(text)) }
	signed := func(dr string) []byte {
		return must(testsign.Sign(img, testsign.Options{Identifier: "com.example.signed", TeamID: "TESTTEAM01", Flags: testsign.FlagRuntime,
			Requirements: reqs(dr), CMSReserve: 4000,
			Signer: testsign.CMSSigner(devid, []*x509.Certificate{ca.Cert}, testsign.CMSOptions{Time: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)})}))
	}
	adhoc := func(dr string) []byte {
		return must(testsign.Sign(img, testsign.Options{Identifier: "com.example.tool", Flags: testsign.FlagAdhoc, Requirements: reqs(dr), EmptyCMS: true}))
	}
	trust := "trust: " + testCAPath + "\n"
	teamDR := `designated => identifier "com.example.signed" and anchor apple generic and certificate leaf[subject.OU] = TESTTEAM01`
	good := signed(teamDR)
	return map[string]reqCase{
		"req-designated-anchor-apple/developer-id/tool":            {signed(`designated => identifier "com.example.signed" and anchor apple`), trust},
		"req-designated-anchor-apple/no-anchor-apple-generic/tool": {good, trust},
		"req-designated-root-pinned/root-pinned/tool": {signed(`designated => identifier "com.example.signed" and anchor apple generic and ` +
			`certificate root[field.1.2.840.113635.100.6.2.6] exists and certificate leaf[subject.OU] = TESTTEAM01`), trust},
		"req-designated-root-pinned/no-leaf-marker-on-leaf/tool": {signed(`designated => identifier "com.example.signed" and anchor apple generic and ` +
			`certificate leaf[field.1.2.840.113635.100.6.1.13] exists and certificate leaf[subject.OU] = TESTTEAM01`), trust},
		"req-designated-unsatisfied/identifier-changed/tool":     {adhoc(`designated => identifier "com.example.old"`), ""},
		"req-designated-unsatisfied/other-team/tool":             {signed(`designated => identifier "com.example.signed" and anchor apple generic and certificate leaf[subject.OU] = OTHERTEAM1`), trust},
		"req-designated-unsatisfied/no-matching-identifier/tool": {adhoc(`designated => identifier "com.example.tool"`), ""},
		"req-designated-unsatisfied/no-team-requirement/tool":    {good, trust},
		"req-unsatisfied/anchor-apple/tool":                      {good, trust + "requirement: anchor apple\n"},
		"req-unsatisfied/trust-settings/tool":                    {good, trust + "requirement: anchor trusted\n"},
		"req-unsatisfied/no-team-requirement/tool":               {good, trust + `requirement: anchor apple generic and certificate leaf[subject.OU] = "TESTTEAM01"` + "\n"},
		"req-satisfied/team-requirement/tool":                    {good, trust + `requirement: identifier "com.example.signed" and anchor apple generic and certificate leaf[subject.OU] = "TESTTEAM01"` + "\n"},
		"req-satisfied/no-other-team/tool":                       {good, trust + `requirement: anchor apple generic and certificate leaf[subject.OU] = "OTHERTEAM1"` + "\n"},
		"req-invalid/unquoted-dotted-value/tool":                 {good, trust + `requirement: identifier "com.example.signed" and info[CFBundleVersion] = 1.0` + "\n"},
		"req-invalid/no-valid/tool":                              {good, trust + `requirement: identifier "com.example.signed"` + "\n"},
	}
}

func TestWriteCases(t *testing.T) {
	// Keys, signatures and serial numbers come from a seeded source, so the
	// same generator writes the same bytes again.
	cryptotest.SetGlobalRandom(t, 1)
	cases := reqCases(t)
	if !*writeCases {
		return // generated with fresh keys: nothing stable to compare
	}
	for path, c := range cases {
		file := filepath.Join(casesDir, path+".b64")
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		enc := base64.StdEncoding.EncodeToString(c.input)
		var lines []string
		for len(enc) > 76 {
			lines, enc = append(lines, enc[:76]), enc[76:]
		}
		lines = append(lines, enc)
		if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		opts := filepath.Join(filepath.Dir(file), "options")
		if c.options == "" {
			os.Remove(opts)
			continue
		}
		if err := os.WriteFile(opts, []byte(c.options), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
