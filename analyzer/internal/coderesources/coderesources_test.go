package coderesources

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpus is the corpus folder; it skips the test when the corpus is absent.
func corpus(t testing.TB) string { return testcorpus.Dir(t, "bundles") }

func corpusFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpus(t), name))
	if os.IsNotExist(err) {
		t.Skip("corpus not present at ../shared/corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseCorpusSeals(t *testing.T) {
	s, err := Parse(corpusFile(t, "isign-Test.app-CodeResources"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Version() != 2 || len(s.Rules2) == 0 || len(s.Rules) == 0 {
		t.Fatalf("version %d, %d rules, %d rules2", s.Version(), len(s.Rules), len(s.Rules2))
	}
	e := s.Files2["Frameworks/libswiftCore.dylib"]
	if e == nil || len(e.Hash) != 20 {
		t.Fatalf("files2 libswiftCore.dylib: %+v", e)
	}
	if e := s.Files["Base.lproj/Main.storyboardc/Info.plist"]; e == nil || !e.Optional || len(e.Hash) != 20 {
		t.Fatalf("files optional entry: %+v", e)
	}
	if r := Match(s.Rules2, "Info.plist"); r == nil || !r.Omit {
		t.Errorf("Info.plist: rule %v, want the omit rule over the equally heavy '^'", r)
	}
	if r := Match(s.Rules2, "a/.DS_Store"); r == nil || !r.Omit {
		t.Errorf(".DS_Store: rule %v", r)
	}
	if len(s.Problems) != 0 {
		t.Errorf("problems: %v", s.Problems)
	}

	s, err = Parse(corpusFile(t, "sparrow-2012-CodeResources"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Version() != 1 || len(s.Files) < 100 {
		t.Fatalf("sparrow: version %d, %d files", s.Version(), len(s.Files))
	}
}

// verifyArchive verifies every app seal in a corpus archive.
func verifyArchive(t *testing.T, name string) map[string]*Result {
	b := corpusFile(t, name)
	z, err := zipfs.Open(bytes.NewReader(b), int64(len(b)), zipfs.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*Result{}
	for _, n := range z.Names() {
		if !strings.HasSuffix(n, "/_CodeSignature/CodeResources") || strings.HasPrefix(n, "__MACOSX/") {
			continue
		}
		root := strings.TrimSuffix(n, "/_CodeSignature/CodeResources")
		bundle := root
		if path.Base(root) == "Contents" {
			bundle = path.Dir(root)
		}
		exec := strings.TrimSuffix(path.Base(bundle), path.Ext(bundle))
		raw, err := z.ReadFile(n, MaxSize)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Parse(raw)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		res, err := s.Verify(z, root, VerifyOptions{Skip: func(rel string) bool {
			return rel == "_CodeSignature" || rel == exec || rel == "MacOS/"+exec || rel == "Info.plist"
		}})
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		out[root] = res
	}
	return out
}

func TestVerifyCorpusIntact(t *testing.T) {
	for _, name := range []string{"appinfo-iphone.ipa", "appinfo-embedded.ipa", "appinfo-ipad.ipa", "appinfo-macos.zip", "fastlane-very-capable-app.ipa"} {
		t.Run(name, func(t *testing.T) {
			res := verifyArchive(t, name)
			if len(res) == 0 {
				t.Fatal("no seal found")
			}
			for root, r := range res {
				if !r.OK() || len(r.Errors) > 0 || r.Checked == 0 {
					t.Errorf("%s: checked %d, added %v, removed %v, modified %v, errors %v", root, r.Checked, r.Added, r.Removed, r.Modified, r.Errors)
				}
			}
		})
	}
}

func TestVerifyGuiAppProfileAddedAfterSigning(t *testing.T) {
	res := verifyArchive(t, "appinfo-macos-signed.zip")
	r := res["GuiApp.app/Contents"]
	if r == nil {
		t.Fatal("no seal for GuiApp.app")
	}
	if len(r.Added) != 1 || r.Added[0].Path != "embedded.provisionprofile" || len(r.Removed)+len(r.Modified) != 0 {
		t.Fatalf("added %v, removed %v, modified %v", r.Added, r.Removed, r.Modified)
	}
}

type file struct{ name, data string }

func zipOf(t testing.TB, files ...file) *zipfs.FS {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := w.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(f.data))
	}
	w.Close()
	z, err := zipfs.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), zipfs.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return z
}

var appFiles = []file{
	{"Payload/A.app/A", "\xcf\xfa\xed\xfe main"},
	{"Payload/A.app/Info.plist", "<plist/>"},
	{"Payload/A.app/Assets.car", "assets"},
	{"Payload/A.app/en.lproj/Localizable.strings", "\"a\" = \"b\";"},
	{"Payload/A.app/Frameworks/F.framework/F", "\xcf\xfa\xed\xfe fw"},
	{"Payload/A.app/Frameworks/F.framework/Info.plist", "<fw/>"},
	{"Payload/A.app/.DS_Store", "finder"},
}

func skipMain(rel string) bool { return rel == "A" || rel == "_CodeSignature" }

// sealOf seals the generated app as a signer would.
func sealOf(t *testing.T) *Seal {
	entries, err := Compute(zipOf(t, appFiles...), "Payload/A.app", DefaultRules2(), skipMain)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Encode(entries, DefaultRules2())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestVerifyGenerated(t *testing.T) {
	s := sealOf(t)
	if _, ok := s.Files2["Info.plist"]; ok {
		t.Error("Info.plist sealed despite the omit rule")
	}
	if _, ok := s.Files2[".DS_Store"]; ok {
		t.Error(".DS_Store sealed despite the omit rule")
	}
	verify := func(files ...file) *Result {
		r, err := s.Verify(zipOf(t, files...), "Payload/A.app", VerifyOptions{Skip: skipMain})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	if r := verify(appFiles...); !r.OK() || r.Checked != 4 {
		t.Fatalf("intact: checked %d, %+v", r.Checked, r)
	}
	// One changed, one added, one removed, the optional localisation gone
	// and .DS_Store changed (omitted: no finding).
	var changed []file
	for _, f := range appFiles {
		switch f.name {
		case "Payload/A.app/Assets.car":
			f.data = "assets, edited"
		case "Payload/A.app/Frameworks/F.framework/Info.plist", "Payload/A.app/en.lproj/Localizable.strings":
			continue
		case "Payload/A.app/.DS_Store":
			f.data = "finder moved an icon"
		}
		changed = append(changed, f)
	}
	changed = append(changed, file{"Payload/A.app/extra.txt", "added later"})
	r := verify(changed...)
	paths := func(cs []Change) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.Path)
		}
		return strings.Join(s, ",")
	}
	if got := paths(r.Modified); got != "Assets.car" {
		t.Errorf("modified %q", got)
	}
	if got := paths(r.Added); got != "extra.txt" {
		t.Errorf("added %q", got)
	}
	if got := paths(r.Removed); got != "Frameworks/F.framework/Info.plist" {
		t.Errorf("removed %q (the optional .lproj file must not count)", got)
	}
	if !strings.Contains(r.Modified[0].Reason, "SHA-256") {
		t.Errorf("reason %q does not say which hash", r.Modified[0].Reason)
	}
}

func TestVerifyNestedCode(t *testing.T) {
	fsys := zipOf(t, appFiles...)
	rules := []*Rule{{Pattern: `^.*`, Weight: 1}, {Pattern: `^Frameworks/`, Weight: 10, Nested: true}}
	for _, r := range rules {
		r.re = regexp.MustCompile(r.Pattern)
	}
	entries, _ := Compute(fsys, "Payload/A.app", rules, func(rel string) bool { return skipMain(rel) || strings.HasPrefix(rel, "Frameworks") })
	entries["Frameworks/F.framework"] = &Entry{CDHash: []byte{1, 2, 3}, Requirement: `identifier "F"`}
	raw, _ := Encode(entries, rules)
	s, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		hash   []byte
		signed bool
		want   int
	}{{[]byte{1, 2, 3}, true, 0}, {[]byte{9}, true, 1}, {nil, false, 1}} {
		r, err := s.Verify(fsys, "Payload/A.app", VerifyOptions{Skip: skipMain, Nested: func(rel string) (bool, bool, [][]byte) {
			if rel != "Frameworks/F.framework" {
				t.Errorf("asked about %s", rel)
			}
			return true, tc.signed, [][]byte{tc.hash}
		}})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Modified) != tc.want || len(r.Added)+len(r.Removed) != 0 {
			t.Errorf("cdhash %x signed %v: %+v", tc.hash, tc.signed, r)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for name, in := range map[string]string{
		"not xml":        "bplist00",
		"no files":       `<?xml version="1.0"?><plist><dict><key>rules</key><dict/></dict></plist>`,
		"deep":           `<?xml version="1.0"?><plist>` + strings.Repeat("<array>", 100) + strings.Repeat("</array>", 100) + `</plist>`,
		"files not dict": `<?xml version="1.0"?><plist><dict><key>files</key><string>x</string></dict></plist>`,
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	s, err := Parse([]byte(`<?xml version="1.0"?><plist><dict><key>files</key><dict><key>a</key><integer>1</integer></dict><key>rules</key><dict><key>(</key><true/></dict></dict></plist>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Problems) != 2 {
		t.Errorf("problems %v, want the odd entry and the bad rule", s.Problems)
	}
}

// TestParseProblemsInPathOrder: a seal's problems come out in the order of
// the paths they name, so two runs over one file report the same ones (the
// report keeps only the first few).
func TestParseProblemsInPathOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><plist><dict><key>files2</key><dict>`)
	for _, k := range []string{"m", "c", "x", "a", "q", "f"} {
		b.WriteString("<key>" + k + "</key><true/>")
	}
	b.WriteString(`</dict></dict></plist>`)
	s, err := Parse([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range s.Problems {
		got = append(got, strings.SplitN(p, `"`, 3)[1])
	}
	if strings.Join(got, "") != "acfmqx" {
		t.Errorf("problems name %q, want the paths in order acfmqx:\n%s", got, strings.Join(s.Problems, "\n"))
	}
}

func FuzzParse(f *testing.F) {
	for _, n := range []string{"isign-Test.app-CodeResources", "sparrow-2012-CodeResources"} {
		if b, err := testcorpus.ReadFile("bundles", n); err == nil {
			f.Add(b)
		}
	}
	entries := map[string]*Entry{"a": {Hash: make([]byte, 20), Hash2: make([]byte, 32), Optional: true}, "l": {Symlink: "x"}, "F.framework": {CDHash: []byte{1}, Requirement: "r"}}
	raw, _ := Encode(entries, DefaultRules2())
	f.Add(raw)
	fsys := zipOf(f, appFiles...)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := Parse(b)
		if err != nil {
			return
		}
		if _, err := s.Verify(fsys, "Payload/A.app", VerifyOptions{}); err != nil {
			t.Fatal(err)
		}
	})
}

var _ fs.FS = (*zipfs.FS)(nil)
