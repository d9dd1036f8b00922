package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/testsign"
)

// TestIdentityPasswordNotInReport: the password opens the file and appears
// nowhere in the report, right or wrong.
func TestIdentityPasswordNotInReport(t *testing.T) {
	ca := loadPkgTestCA(t)
	leaf, err := testsign.NewLeaf(ca, "Apple Development", pkgTeam)
	if err != nil {
		t.Fatal(err)
	}
	const marker = "Marker-Password-7c1f9e"
	for _, modern := range []bool{false, true} {
		b := buildP12WithPassword(t, leaf, modern, marker)
		for given, want := range map[string]string{marker: `"password":"accepted"`, marker + "-wrong": `"password":"wrong"`} {
			rep, err := Analyze(context.Background(), []File{{Name: "Id.p12", Size: int64(len(b)), R: bytes.NewReader(b)}},
				Options{Now: defaultCaseTime, Password: func(string) (string, bool) { return given, true }})
			if err != nil {
				t.Fatal(err)
			}
			js, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(js), marker) {
				t.Errorf("the password is in the report: %s", js)
			}
			if !strings.Contains(string(js), want) {
				t.Errorf("modern=%v: want %s in %s", modern, want, js)
			}
		}
	}
}

func buildP12WithPassword(tb testing.TB, leaf *testsign.Identity, modern bool, pw string) []byte {
	enc := pkcs12LegacyRC2()
	if modern {
		enc = pkcs12Modern()
	}
	b, err := enc.Encode(leaf.Key, leaf.Cert, nil, pw)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
