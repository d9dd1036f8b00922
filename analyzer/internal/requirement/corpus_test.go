package requirement_test

import (
	"bytes"
	"crypto/x509"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/cms"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/requirement"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t) }

type corpusSlice struct {
	file, arch string
	slice      *macho.Slice
}

var (
	corpusOnce   sync.Once
	corpusCached []corpusSlice
	corpusErr    error
)

// corpusSlices opens every Mach-O file of the shared corpus (once) and
// returns its signed slices.
func corpusSlices(t *testing.T) []corpusSlice {
	t.Helper()
	corpusOnce.Do(func() {
		files, _ := filepath.Glob(filepath.Join(corpusDir(t), "macho", "*"))
		for _, path := range files {
			fh, err := os.Open(path)
			if err != nil {
				corpusErr = err
				return
			}
			defer fh.Close()
			st, err := fh.Stat()
			if err != nil {
				corpusErr = err
				return
			}
			f, err := macho.Open(fh, st.Size())
			if err != nil {
				continue
			}
			for _, s := range f.Slices {
				if s.Signature != nil {
					corpusCached = append(corpusCached, corpusSlice{filepath.Base(path), s.Arch, s})
				}
			}
		}
	})
	if corpusErr != nil {
		t.Fatal(corpusErr)
	}
	if len(corpusCached) == 0 {
		t.Skip("../shared/corpus is absent: no real-world signatures to check")
	}
	return corpusCached
}

// Apple's designated requirement forms (DRMaker) and the self-signed form.
var appleForms = []*regexp.Regexp{
	// Developer ID
	regexp.MustCompile(`^identifier "[^"]+" and anchor apple generic and certificate 1\[field\.1\.2\.840\.113635\.100\.6\.2\.6\] /\* exists \*/ and certificate leaf\[field\.1\.2\.840\.113635\.100\.6\.1\.13\] /\* exists \*/ and certificate leaf\[subject\.OU\] = "?[A-Z0-9]{10}"?$`),
	// iOS / WWDR-issued
	regexp.MustCompile(`^identifier "?[^" ]+"? and anchor apple generic and certificate leaf\[subject\.CN\] = "[^"]*" and certificate 1\[field\.1\.2\.840\.113635\.100\.6\.2\.1\] /\* exists \*/$`),
	// Apple's own code
	regexp.MustCompile(`^identifier "[^"]+" and anchor apple$`),
	// a certificate outside Apple's PKI: the anchor pinned by hash
	regexp.MustCompile(`^identifier "?[^" ]+"? and certificate (root|leaf|-?\d+) = H"[0-9a-f]{40}"$`),
}

// leftGrouped regroups and/or chains to the left, the way a compiler builds
// them, so programs from Apple's DRMaker (grouped to the right) compare.
func leftGrouped(n *requirement.Node) *requirement.Node {
	if n == nil {
		return nil
	}
	c := *n
	if c.Raw != 0 || c.Flags != 0 || (c.Op != requirement.OpAnd && c.Op != requirement.OpOr) {
		c.Left, c.Right = leftGrouped(n.Left), leftGrouped(n.Right)
		return &c
	}
	var terms []*requirement.Node
	var flatten func(m *requirement.Node)
	flatten = func(m *requirement.Node) {
		if m != nil && m.Op == c.Op && m.Raw == 0 && m.Flags == 0 {
			flatten(m.Left)
			flatten(m.Right)
			return
		}
		terms = append(terms, leftGrouped(m))
	}
	flatten(n)
	out := terms[0]
	for _, t := range terms[1:] {
		out = &requirement.Node{Op: c.Op, Left: out, Right: t}
	}
	return out
}

func TestCorpusRequirements(t *testing.T) {
	seen := 0
	for _, cs := range corpusSlices(t) {
		blob := cs.slice.Signature.Requirements
		if blob == nil {
			continue
		}
		name := cs.file + " [" + cs.arch + "]"
		set, err := requirement.DecodeSet(blob)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		texts, err := requirement.DecompileSet(blob)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for typ, text := range texts {
			seen++
			// text -> binary -> text
			compiled, err := requirement.Compile(text)
			if err != nil {
				t.Errorf("%s: %s does not compile: %v", name, text, err)
				continue
			}
			again, err := requirement.Decompile(compiled)
			if err != nil || again != text {
				t.Errorf("%s: text -> binary -> text: %q, want %q", name, again, text)
			}
			// binary -> text -> binary: the same program, and/or grouping aside
			// (codesign builds designated requirements grouped to the right,
			// its compiler groups to the left; the text is the same).
			want := requirement.Encode(leftGrouped(set[typ]))
			if !bytes.Equal(compiled, want) {
				t.Errorf("%s: binary -> text -> binary changed the program of %s", name, text)
			}
			if typ != requirement.TypeDesignated {
				continue
			}
			matched := false
			for _, re := range appleForms {
				matched = matched || re.MatchString(text)
			}
			if !matched {
				t.Errorf("%s: designated requirement is in none of Apple's forms: %s", name, text)
			}
		}
	}
	if seen == 0 {
		t.Skip("no requirements in the corpus")
	}
}

func TestCorpusDeveloperIDRequirement(t *testing.T) {
	cs := findSlice(t, "gofmt-go1.27.4-darwin-arm64")
	set, err := requirement.SetText(cs.slice.Signature.Requirements)
	if err != nil {
		t.Fatal(err)
	}
	want := `designated => identifier "org.golang.gofmt" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = EQHXZ8M8AV` + "\n"
	if set != want {
		t.Errorf("got  %s\nwant %s", set, want)
	}
}

func findSlice(t *testing.T, file string) corpusSlice {
	t.Helper()
	for _, cs := range corpusSlices(t) {
		if cs.file == file {
			return cs
		}
	}
	t.Skipf("%s is not in the corpus", file)
	return corpusSlice{}
}

// appleRoots reads Apple's root certificates from the corpus.
func appleRoots(t *testing.T) func(*x509.Certificate) bool {
	t.Helper()
	var roots []*x509.Certificate
	for _, name := range []string{"AppleIncRootCertificate.cer", "AppleRootCA-G2.cer", "AppleRootCA-G3.cer"} {
		b, err := os.ReadFile(filepath.Join(corpusDir(t), "certs", name))
		if err != nil {
			t.Skipf("corpus certificate %s: %v", name, err)
		}
		c, err := x509.ParseCertificate(b)
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, c)
	}
	return func(c *x509.Certificate) bool {
		for _, r := range roots {
			if c.Equal(r) {
				return true
			}
		}
		return false
	}
}

// context builds an evaluation context from a corpus slice: identifier,
// CDHashes and the CMS certificates put in leaf-to-root order.
func context(t *testing.T, cs corpusSlice) *requirement.Context {
	t.Helper()
	sig := cs.slice.Signature
	ctx := &requirement.Context{Identifier: sig.Primary().Identifier, AppleRoot: appleRoots(t)}
	for _, cd := range sig.CodeDirectories {
		ctx.CDHashes = append(ctx.CDHashes, cd.CDHash)
	}
	if len(sig.CMS) == 0 {
		return ctx
	}
	sd, err := cms.Parse(sig.CMS)
	if err != nil || sd.Signer == nil {
		t.Fatalf("%s: CMS: %v", cs.file, err)
	}
	ctx.Chain = []*x509.Certificate{sd.Signer}
	for c := sd.Signer; !bytes.Equal(c.RawIssuer, c.RawSubject) && len(ctx.Chain) < 10; {
		var next *x509.Certificate
		for _, cand := range sd.Certificates {
			if bytes.Equal(cand.RawSubject, c.RawIssuer) {
				next = cand
			}
		}
		if next == nil {
			break
		}
		ctx.Chain = append(ctx.Chain, next)
		c = next
	}
	return ctx
}

func TestEvaluateDeveloperIDBinary(t *testing.T) {
	cs := findSlice(t, "gofmt-go1.27.4-darwin-arm64")
	ctx := context(t, cs)
	if len(ctx.Chain) != 3 {
		t.Fatalf("chain of %d certificates", len(ctx.Chain))
	}

	res, err := requirement.EvaluateText("anchor apple", ctx)
	if err != nil {
		t.Fatal(err)
	}
	if res.Satisfied || res.Undetermined || len(res.Clauses) != 1 {
		t.Fatalf("anchor apple: %+v", res)
	}
	why := res.Clauses[0].Why
	for _, part := range []string{"Developer ID Application", "only Apple's own code", `anchor apple generic and certificate leaf[subject.OU] = "EQHXZ8M8AV"`} {
		if !strings.Contains(why, part) {
			t.Errorf("anchor apple: why %q lacks %q", why, part)
		}
	}

	res, err = requirement.EvaluateText(`anchor apple generic and certificate leaf[subject.OU] = "EQHXZ8M8AV"`, ctx)
	if err != nil || !res.Satisfied || len(res.Clauses) != 2 {
		t.Errorf("team requirement: %+v, %v", res, err)
	}

	set, err := requirement.DecodeSet(cs.slice.Signature.Requirements)
	if err != nil {
		t.Fatal(err)
	}
	res = requirement.Evaluate(set[requirement.TypeDesignated], ctx)
	if !res.Satisfied || len(res.Clauses) != 5 {
		t.Errorf("its own designated requirement: %+v", res)
	}

	// The same requirement pinned to the root: never holds, and Lint says so.
	pinned := `identifier "org.golang.gofmt" and anchor apple generic and certificate root[field.1.2.840.113635.100.6.2.6] /* exists */`
	res, err = requirement.EvaluateText(pinned, ctx)
	if err != nil || res.Satisfied || !strings.Contains(res.Failed()[0].Why, "never the root") {
		t.Errorf("root-pinned requirement: %+v, %v", res, err)
	}
	n, _ := requirement.ParseRequirement(pinned)
	issues := requirement.Lint(n)
	if len(issues) != 1 || issues[0].Code != "root-pinned" || issues[0].Suggest != "certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */" {
		t.Errorf("Lint: %+v", issues)
	}

	res, _ = requirement.EvaluateText(`identifier "org.golang.go" or cdhash H"0000000000000000000000000000000000000000"`, ctx)
	if res.Satisfied || !strings.Contains(res.Clauses[0].Why, `"org.golang.gofmt"`) {
		t.Errorf("identifier or cdhash: %+v", res)
	}
	res, _ = requirement.EvaluateText(`cdhash H"`+cs.slice.Signature.Best().CDHashHex()+`"`, ctx)
	if !res.Satisfied {
		t.Errorf("own cdhash: %+v", res)
	}
}

func TestEvaluateAppleBinary(t *testing.T) {
	cs := findSlice(t, "santa-cal-yikes-universal")
	if cs.arch != "x86_64" {
		t.Skip("first signed slice is not the Apple one")
	}
	ctx := context(t, cs)
	set, err := requirement.DecodeSet(cs.slice.Signature.Requirements)
	if err != nil {
		t.Fatal(err)
	}
	res := requirement.Evaluate(set[requirement.TypeDesignated], ctx)
	if !res.Satisfied {
		t.Errorf("Apple's cal does not satisfy its designated requirement (identifier and anchor apple): %+v", res)
	}
}

// The designated requirements codesign embedded are the ones its DRMaker
// makes: ImplicitDesignated must rebuild them byte for byte from the chain.
func TestCorpusImplicitDesignated(t *testing.T) {
	checked := 0
	for _, cs := range corpusSlices(t) {
		sig := cs.slice.Signature
		if len(sig.CMS) == 0 || sig.Requirements == nil {
			continue
		}
		set, err := requirement.DecodeSet(sig.Requirements)
		if err != nil || set[requirement.TypeDesignated] == nil {
			continue
		}
		ctx := context(t, cs)
		got := requirement.ImplicitDesignated(ctx.Identifier, ctx.Chain, ctx.AppleRoot)
		want := requirement.Encode(set[requirement.TypeDesignated])
		if !bytes.Equal(requirement.Encode(got), want) {
			t.Errorf("%s [%s]: made %s\nembedded %s", cs.file, cs.arch, got, set[requirement.TypeDesignated])
		}
		checked++
	}
	if checked == 0 {
		t.Skip("no certificate-signed requirements in the corpus")
	}
}

func TestImplicitAdhoc(t *testing.T) {
	n := requirement.ImplicitAdhoc([][]byte{bytes.Repeat([]byte{1}, 20), bytes.Repeat([]byte{2}, 20)})
	if got := n.String(); got != `cdhash H"0101010101010101010101010101010101010101" or cdhash H"0202020202020202020202020202020202020202"` {
		t.Errorf("got %s", got)
	}
	if requirement.ImplicitAdhoc(nil) != nil || requirement.ImplicitDesignated("x", nil, nil) != nil {
		t.Error("no hashes or no chain should give no requirement")
	}
}
