package requirement

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"
)

// A small PKI shaped like Apple's: root, Developer ID intermediate (marker
// 6.2.6), leaf (marker 6.1.13, team in OU, a UTF8 date extension and a
// policy); and an Apple software-signing chain.
type testPKI struct {
	root, devIDCA, devIDLeaf, codeSigningCA, appleLeaf, selfSigned *x509.Certificate
}

var (
	pkiOnce sync.Once
	pki     testPKI
)

func makeCert(t *testing.T, tmpl *x509.Certificate, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl.NotBefore, tmpl.NotAfter = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC)
	if tmpl.SerialNumber == nil {
		tmpl.SerialNumber = big.NewInt(1)
	}
	signer := key
	if parent == nil {
		parent = tmpl
	} else {
		signer = parentKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		t.Fatal(err)
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return c, key
}

func mustOID(t *testing.T, s string) x509.OID {
	o, err := x509.ParseOID(s)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func marker(arcs ...int) pkix.Extension {
	oid := append(asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6}, arcs...)
	return pkix.Extension{Id: oid, Value: []byte{5, 0}}
}

func getPKI(t *testing.T) testPKI {
	pkiOnce.Do(func() {
		root, rootKey := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: "Test Root CA", Organization: []string{"Apple Inc."}}, IsCA: true, BasicConstraintsValid: true}, nil, nil)
		dev, devKey := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: "Developer ID Certification Authority"}, IsCA: true, BasicConstraintsValid: true,
			ExtraExtensions: []pkix.Extension{marker(2, 6)}}, root, rootKey)
		date, _ := asn1.MarshalWithParams("20190601000000Z", "utf8")
		leaf, _ := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: "Developer ID Application: Example (ABCDE12345)", OrganizationalUnit: []string{"ABCDE12345"}, Organization: []string{"Example"}},
			EmailAddresses:  []string{"dev@example.com"},
			Policies:        []x509.OID{mustOID(t, "1.2.840.113635.100.5.1")},
			ExtraExtensions: []pkix.Extension{marker(1, 13), {Id: asn1.ObjectIdentifier{1, 2, 840, 113635, 100, 6, 1, 33}, Value: date}}}, dev, devKey)
		cs, csKey := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: appleCodeSigningCA, Organization: []string{"Apple Inc."}}, IsCA: true, BasicConstraintsValid: true}, root, rootKey)
		apple, _ := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: "Software Signing", Organization: []string{"Apple Inc."}},
			ExtraExtensions: []pkix.Extension{marker(22)}}, cs, csKey)
		self, _ := makeCert(t, &x509.Certificate{Subject: pkix.Name{CommonName: "My Own CA"}, IsCA: true, BasicConstraintsValid: true}, nil, nil)
		pki = testPKI{root, dev, leaf, cs, apple, self}
	})
	if pki.root == nil {
		t.Fatal("test PKI not built")
	}
	return pki
}

func devIDContext(t *testing.T) *Context {
	p := getPKI(t)
	return &Context{
		Identifier: "com.example.app",
		Chain:      []*x509.Certificate{p.devIDLeaf, p.devIDCA, p.root},
		InfoPlist: map[string]any{"CFBundleIdentifier": "com.example.app", "CFBundleShortVersionString": "1.10",
			"LSMinimumSystemVersion": "10.13", "Flag": false, "List": []any{"a", "b"}, "Empty": []any{}, "Number": uint64(5)},
		Entitlements: map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.application-groups": []any{"ABCDE12345.group"}},
		CDHashes:     [][]byte{{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}},
		AppleRoot:    func(c *x509.Certificate) bool { return c.Equal(p.root) },
	}
}

func TestEvaluate(t *testing.T) {
	p := getPKI(t)
	rootSHA1 := sha1.Sum(p.root.Raw)
	tests := []struct {
		req  string
		want truth
	}{
		{`identifier "com.example.app"`, yes},
		{`identifier com.example`, no},
		{`anchor apple generic`, yes},
		{`anchor apple`, no},
		{`certificate root = H"` + hex.EncodeToString(rootSHA1[:]) + `"`, yes},
		{`certificate leaf = H"` + hex.EncodeToString(rootSHA1[:]) + `"`, no},
		{`certificate 5 = H"` + hex.EncodeToString(rootSHA1[:]) + `"`, no},
		{`certificate -3 = H"` + hex.EncodeToString(rootSHA1[:]) + `"`, no},
		{`certificate 1[field.1.2.840.113635.100.6.2.6] exists`, yes},
		{`certificate -2[field.1.2.840.113635.100.6.2.6] exists`, yes},
		{`certificate root[field.1.2.840.113635.100.6.2.6] exists`, no},
		{`certificate leaf[field.1.2.840.113635.100.6.1.13]`, yes},
		{`certificate leaf[field.1.2.840.113635.100.6.1.13] absent`, no},
		{`certificate leaf[field.1.2.840.113635.100.6.1.14] absent`, yes},
		{`certificate leaf[subject.OU] = ABCDE12345`, yes},
		{`certificate leaf[subject.OU] = "ABCDE"*`, yes},
		{`certificate leaf[subject.CN] ~ Example`, yes},
		{`certificate leaf[subject.CN] = *"(ABCDE12345)"`, yes},
		{`certificate leaf[subject.O] = Other`, no},
		{`certificate leaf[subject.L] absent`, no}, // Apple fails a missing subject field outright
		{`certificate leaf[email] = "dev@example.com"`, yes},
		{`certificate leaf[policy.1.2.840.113635.100.5.1]`, yes},
		{`certificate leaf[policy.1.2.840.113635.100.5.2]`, no},
		{`certificate leaf[timestamp.1.2.840.113635.100.6.1.33] = <2019-06-01 00:00:00 +0000>`, yes},
		{`certificate leaf[timestamp.1.2.840.113635.100.6.1.33] < timestamp "20200101000000Z"`, yes},
		{`certificate leaf[timestamp.1.2.840.113635.100.6.1.33] > timestamp "20200101000000Z"`, no},
		{`certificate leaf[timestamp.1.2.840.113635.100.6.1.99] absent`, yes},
		{`info[CFBundleShortVersionString] > "1.9"`, yes},
		{`info[CFBundleShortVersionString] >= "1.10"`, yes},
		{`info[CFBundleShortVersionString] < "1.9"`, no},
		{`info[LSMinimumSystemVersion] <= "10.13.0"`, yes},
		{`info[Missing] absent`, yes},
		{`info[Missing] exists`, no},
		{`info[Flag] exists`, no},
		{`info[Number] exists`, yes},
		{`info[Number] = "5"`, no},
		{`info[List] = b`, yes},
		{`info[Empty] exists`, yes},
		{`entitlement["com.apple.security.app-sandbox"] exists`, yes},
		{`entitlement["com.apple.security.app-sandbox"] = "true"`, no},
		{`entitlement["com.apple.security.application-groups"] = ABCDE12345.group`, yes},
		{`cdhash H"0102030405060708090a0b0c0d0e0f1011121314"`, yes},
		{`cdhash H"0102030405060708090a0b0c0d0e0f1011121315"`, no},
		{`platform = 0`, yes},
		{`platform = 2`, no},
		{`! anchor apple`, yes},
		{`anchor apple or anchor apple generic`, yes},
		{`anchor trusted`, unknown},
		{`anchor trusted or always`, yes},
		{`anchor trusted and never`, no},
		{`! anchor trusted`, unknown},
		{`notarized`, unknown},
		{`legacy`, unknown},
		{`(foo)`, unknown},
		{`anchor apple foo`, unknown},
	}
	for _, tt := range tests {
		res, err := EvaluateText(tt.req, devIDContext(t))
		if err != nil {
			t.Errorf("%s: %v", tt.req, err)
			continue
		}
		got := no
		switch {
		case res.Satisfied:
			got = yes
		case res.Undetermined:
			got = unknown
		}
		if got != tt.want {
			t.Errorf("%s: got %v, want %v (%+v)", tt.req, got, tt.want, res.Clauses)
		}
		for _, c := range res.Clauses {
			if c.Why == "" || c.Text == "" {
				t.Errorf("%s: clause without text or reason: %+v", tt.req, c)
			}
		}
	}
}

func TestEvaluateClauses(t *testing.T) {
	res, err := EvaluateText(`identifier "com.example.app" and anchor apple and (info[Missing] exists or cdhash H"0000000000000000000000000000000000000000")`, devIDContext(t))
	if err != nil {
		t.Fatal(err)
	}
	if res.Satisfied || len(res.Clauses) != 3 {
		t.Fatalf("%+v", res)
	}
	if !res.Clauses[0].Satisfied || res.Clauses[1].Satisfied || res.Clauses[2].Satisfied {
		t.Errorf("clause outcomes: %+v", res.Clauses)
	}
	if res.Clauses[2].Text != `info[Missing] /* exists */ or cdhash H"0000000000000000000000000000000000000000"` {
		t.Errorf("clause text %q", res.Clauses[2].Text)
	}
	if !strings.Contains(res.Clauses[1].Why, `certificate leaf[subject.OU] = "ABCDE12345"`) {
		t.Errorf("anchor apple advice missing: %s", res.Clauses[1].Why)
	}
	if len(res.Failed()) != 2 {
		t.Errorf("Failed() = %d clauses", len(res.Failed()))
	}
}

func TestEvaluateAppleAndOthers(t *testing.T) {
	p := getPKI(t)
	isRoot := func(c *x509.Certificate) bool { return c.Equal(p.root) }
	apple := &Context{Identifier: "com.apple.cal", Chain: []*x509.Certificate{p.appleLeaf, p.codeSigningCA, p.root}, AppleRoot: isRoot}
	if res, _ := EvaluateText(`identifier "com.apple.cal" and anchor apple`, apple); !res.Satisfied {
		t.Errorf("Apple's own code: %+v", res)
	}
	// Apple's software-signing CA over a leaf without the marker is not Apple's own code.
	noMarker := &Context{Chain: []*x509.Certificate{p.devIDLeaf, p.codeSigningCA, p.root}, AppleRoot: isRoot}
	if res, _ := EvaluateText(`anchor apple`, noMarker); res.Satisfied {
		t.Errorf("leaf without marker satisfied anchor apple")
	}
	self := &Context{Chain: []*x509.Certificate{p.selfSigned}, AppleRoot: isRoot}
	res, _ := EvaluateText(`anchor apple generic`, self)
	if res.Satisfied || !strings.Contains(res.Clauses[0].Why, "not an Apple root") {
		t.Errorf("self-signed: %+v", res)
	}
	adhoc := &Context{Identifier: "tool", CDHashes: [][]byte{make([]byte, 20)}}
	res, _ = EvaluateText(`anchor apple`, adhoc)
	if res.Satisfied || !strings.Contains(res.Clauses[0].Why, "no certificate chain") {
		t.Errorf("ad hoc: %+v", res)
	}
	res, _ = EvaluateText(`certificate leaf[subject.OU] = X`, adhoc)
	if res.Satisfied || !strings.Contains(res.Clauses[0].Why, "no certificate chain") {
		t.Errorf("ad hoc leaf: %+v", res)
	}
	unknownRoot := &Context{Chain: []*x509.Certificate{p.devIDLeaf, p.devIDCA, p.root}}
	if res, _ := EvaluateText(`anchor apple generic`, unknownRoot); !res.Undetermined {
		t.Errorf("without a root check: %+v", res)
	}
	yes := true
	if res, _ := EvaluateText(`notarized`, &Context{Notarized: &yes}); !res.Satisfied {
		t.Errorf("known notarized: %+v", res)
	}
	if res := Evaluate(nil, nil); res.Satisfied {
		t.Error("nil requirement satisfied")
	}
}

func TestLint(t *testing.T) {
	tests := []struct {
		req, code, suggest string
	}{
		{`certificate root[field.1.2.840.113635.100.6.2.6]`, "root-pinned", `certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */`},
		{`anchor[field.1.2.840.113635.100.6.2.1] exists`, "root-pinned", `certificate 1[field.1.2.840.113635.100.6.2.1] /* exists */`},
		{`certificate leaf[field.1.2.840.113635.100.6.2.1]`, "marker-wrong-certificate", `certificate 1[field.1.2.840.113635.100.6.2.1] /* exists */`},
		{`certificate 1[field.1.2.840.113635.100.6.1.13]`, "marker-wrong-certificate", `certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */`},
		{`identifier x and anchor apple`, "anchor-apple", `anchor apple generic and certificate leaf[subject.OU] = "TEAMID"`},
		{`! anchor apple`, "", ""},
		{`certificate 1[field.1.2.840.113635.100.6.2.6] and certificate leaf[field.1.2.840.113635.100.6.1.13]`, "", ""},
	}
	for _, tt := range tests {
		n, err := ParseRequirement(tt.req)
		if err != nil {
			t.Fatal(err)
		}
		issues := Lint(n)
		if tt.code == "" {
			if len(issues) != 0 {
				t.Errorf("%s: %+v", tt.req, issues)
			}
			continue
		}
		if len(issues) != 1 || issues[0].Code != tt.code || issues[0].Suggest != tt.suggest {
			t.Errorf("%s: %+v", tt.req, issues)
		}
	}
}

func TestThirdPartyRequirement(t *testing.T) {
	for team, want := range map[string]string{
		"EQHXZ8M8AV": `anchor apple generic and certificate leaf[subject.OU] = "EQHXZ8M8AV"`,
		"72LA85G59H": `anchor apple generic and certificate leaf[subject.OU] = "72LA85G59H"`,
	} {
		if got := ThirdPartyRequirement(team); got != want {
			t.Errorf("%s: %s", team, got)
		}
		if _, err := Compile(want); err != nil {
			t.Error(err)
		}
	}
}

func TestCompareNumerically(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{{"1.10", "1.9", 1}, {"1.9", "1.10", -1}, {"10.13", "10.13", 0}, {"a2", "a10", -1}, {"007", "7", 0}, {"1.0", "1.0.1", -1}, {"b", "a", 1}} {
		if got := compareNumerically(tt.a, tt.b); got != tt.want {
			t.Errorf("compare(%q, %q) = %d", tt.a, tt.b, got)
		}
	}
}
