package analyzer

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// slicesOfCase parses a case folder's inputs and returns its Mach-O slices
// and options.
func slicesOfCase(t *testing.T, dir string) ([]*machoSlice, Options) {
	t.Helper()
	dir = filepath.Join(casesDir, dir)
	opts, err := readCaseOptions(filepath.Join(dir, "options"))
	if err != nil {
		t.Skip(err)
	}
	files, err := readCaseInputs(dir)
	if err != nil || len(files) == 0 {
		t.Skipf("case %s: %v", dir, err)
	}
	var out []*machoSlice
	for _, f := range files {
		in := parseInput(context.Background(), f, &opts)
		if mi := in.machoInput(); mi != nil {
			out = append(out, mi.Slices...)
		}
	}
	return out, opts
}

func TestRequirementEvalFacts(t *testing.T) {
	slices, opts := slicesOfCase(t, "req-unsatisfied/anchor-apple")
	if len(slices) != 1 {
		t.Fatalf("%d slices", len(slices))
	}
	ev := requirementEval(&opts, signedCode{ms: slices[0]})
	if ev == nil || ev.Satisfied || ev.Text != "anchor apple" || len(ev.Clauses) != 1 || !strings.Contains(ev.Clauses[0].Why, "TESTTEAM01") {
		t.Errorf("anchor apple: %+v", ev)
	}
	opts.Requirement = `anchor apple generic and certificate leaf[subject.OU] = "TESTTEAM01"`
	if ev := requirementEval(&opts, signedCode{ms: slices[0]}); ev == nil || !ev.Satisfied || len(ev.Clauses) != 2 {
		t.Errorf("team requirement: %+v", ev)
	}
	opts.Requirement = `identifier and`
	if ev := requirementEval(&opts, signedCode{ms: slices[0]}); ev == nil || ev.Error == "" || ev.Satisfied {
		t.Errorf("invalid requirement: %+v", ev)
	}
	opts.Requirement = ""
	if ev := requirementEval(&opts, signedCode{ms: slices[0]}); ev != nil {
		t.Errorf("no requirement: %+v", ev)
	}
}

func TestImplicitRequirement(t *testing.T) {
	slices, opts := slicesOfCase(t, "req-unsatisfied/anchor-apple")
	if got := implicitRequirement(&opts, slices[0]); got != "" {
		t.Errorf("explicit designated requirement present, implicit = %q", got)
	}
	slices, opts = slicesOfCase(t, "macho-adhoc/adhoc")
	got := implicitRequirement(&opts, slices[0])
	if !strings.HasPrefix(got, `cdhash H"`) {
		t.Errorf("ad hoc implicit requirement %q", got)
	}
}

func TestEvaluateRequirement(t *testing.T) {
	dir := filepath.Join(casesDir, "req-unsatisfied/anchor-apple")
	opts, err := readCaseOptions(filepath.Join(dir, "options"))
	if err != nil {
		t.Skip(err)
	}
	files, err := readCaseInputs(dir)
	if err != nil {
		t.Skip(err)
	}
	res, err := EvaluateRequirement(context.Background(), files, `anchor apple generic and certificate leaf[subject.OU] = "TESTTEAM01"`, opts)
	if err != nil || len(res) != 1 || !res[0].Eval.Satisfied || res[0].Subject != "tool [arm64]" {
		t.Fatalf("%+v, %v", res, err)
	}
	res, _ = EvaluateRequirement(context.Background(), files, `anchor apple`, opts)
	if len(res) != 1 || res[0].Eval.Satisfied {
		t.Errorf("anchor apple: %+v", res)
	}
	// Without the test root, the chain is not Apple's.
	res, _ = EvaluateRequirement(context.Background(), files, `anchor apple generic`, Options{})
	if len(res) != 1 || res[0].Eval.Satisfied {
		t.Errorf("untrusted test root: %+v", res)
	}
	_, err = EvaluateRequirement(context.Background(), files, `identifier "x" and`, opts)
	var se *RequirementSyntaxError
	if !errors.As(err, &se) || se.Column != 19 {
		t.Errorf("syntax error: %v", err)
	}
	if CheckRequirementSyntax(`anchor apple generic`) != nil || CheckRequirementSyntax(`anchor apple generic and`) == nil {
		t.Error("CheckRequirementSyntax")
	}
}

// The Developer ID binary of the corpus, judged through Apple's pinned roots.
func TestEvaluateRequirementDeveloperID(t *testing.T) {
	path := filepath.Join(testcorpus.Dir(t), "macho", "gofmt-go1.27.4-darwin-arm64")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	files := []File{{Name: "gofmt", Size: int64(len(b)), R: bytes.NewReader(b)}}
	res, err := EvaluateRequirement(context.Background(), files, `anchor apple`, Options{})
	if err != nil || len(res) != 1 || res[0].Eval.Satisfied || res[0].Eval.Undetermined {
		t.Fatalf("anchor apple: %+v, %v", res, err)
	}
	if why := res[0].Eval.Clauses[0].Why; !strings.Contains(why, `certificate leaf[subject.OU] = "EQHXZ8M8AV"`) {
		t.Errorf("anchor apple: %s", why)
	}
	res, err = EvaluateRequirement(context.Background(), files, `anchor apple generic and certificate leaf[subject.OU] = "EQHXZ8M8AV"`, Options{})
	if err != nil || len(res) != 1 || !res[0].Eval.Satisfied {
		t.Errorf("team requirement: %+v, %v", res, err)
	}
}

// FuzzRequirementChecks runs the requirement checks and EvaluateRequirement
// on a signed binary with one byte changed and any requirement text: no
// panics, whatever the signature or the text.
func FuzzRequirementChecks(f *testing.F) {
	dir := filepath.Join(casesDir, "req-unsatisfied/anchor-apple")
	files, err := readCaseInputs(dir)
	if err != nil || len(files) != 1 {
		f.Skip("req case input missing")
	}
	opts, _ := readCaseOptions(filepath.Join(dir, "options"))
	orig, _ := io.ReadAll(io.NewSectionReader(files[0].R, 0, files[0].Size))
	f.Add("anchor apple", uint32(0), byte(0))
	f.Add(`identifier "com.example.signed" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] exists`, uint32(len(orig)-100), byte(0xff))
	f.Add(`info[CFBundleVersion] >= "1.0" or entitlement["a"] exists or cdhash H"0000000000000000000000000000000000000000"`, uint32(len(orig)-3000), byte(1))
	f.Add("! (notarized or legacy) and certificate leaf[timestamp.1.2.3] < <2020-01-01 00:00:00 +0000>", uint32(len(orig)-5000), byte(0x80))
	f.Fuzz(func(t *testing.T, text string, at uint32, x byte) {
		b := append([]byte(nil), orig...)
		b[int(at)%len(b)] ^= x
		in := []File{{Name: "tool", Size: int64(len(b)), R: bytes.NewReader(b)}}
		o := opts
		o.Requirement = text
		if _, err := Analyze(context.Background(), in, o); err != nil {
			t.Fatal(err)
		}
		_, _ = EvaluateRequirement(context.Background(), in, text, o)
	})
}

// Code inside an app archive is judged too, with the Info.plist of its bundle.
func TestRequirementInsideArchive(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testcorpus.Dir(t), "bundles", "appinfo-macos.zip"))
	if err != nil {
		t.Skipf("corpus absent: %v", err)
	}
	files := []File{{Name: "GuiApp.zip", Size: int64(len(b)), R: bytes.NewReader(b)}}
	count := func(req, id string) (n int) {
		rep, err := Analyze(context.Background(), files, Options{Requirement: req})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range rep.Findings {
			for _, p := range places(&f) { // the same finding on both slices is one, in 2 places
				if f.ID == id && p.File == "GuiApp.zip" && p.Path == "GuiApp.app/Contents/MacOS/GuiApp" && p.Arch != "" {
					n++
				}
			}
		}
		return n
	}
	if n := count(`anchor apple generic and certificate leaf[subject.OU] = "72LA85G59H" and info[CFBundleIdentifier] exists`, "req-satisfied"); n != 2 {
		t.Errorf("team and Info.plist requirement satisfied by %d slices, want 2", n)
	}
	if n := count(`info[NoSuchKey] exists`, "req-unsatisfied"); n != 2 {
		t.Errorf("missing Info.plist key: %d findings, want 2", n)
	}
}

func TestLinkedOrderStopsAtForgedIssuer(t *testing.T) {
	mk := func(cn string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey) (*x509.Certificate, *ecdsa.PrivateKey) {
		key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: cn}, IsCA: true, BasicConstraintsValid: true,
			NotBefore: time.Unix(0, 0), NotAfter: time.Unix(1<<31, 0)}
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
		c, _ := x509.ParseCertificate(der)
		return c, key
	}
	root, rootKey := mk("Root", nil, nil)
	inter, interKey := mk("Intermediate", root, rootKey)
	leaf, _ := mk("Leaf", inter, interKey)
	if got := linkedOrder(leaf, []*x509.Certificate{inter, root}); len(got) != 3 {
		t.Fatalf("genuine chain: %d certificates", len(got))
	}
	forged, _ := mk("Intermediate", root, rootKey) // same name, another key
	if got := linkedOrder(leaf, []*x509.Certificate{forged, root}); len(got) != 1 {
		t.Errorf("forged issuer accepted: %d certificates", len(got))
	}
}
