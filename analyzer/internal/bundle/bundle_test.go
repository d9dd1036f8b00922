package bundle

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/zipfs"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpus is the corpus folder; it skips the test when the corpus is absent.
func corpus(t testing.TB) string { return testcorpus.Dir(t, "bundles") }

func openCorpus(t *testing.T, name string) *Bundle {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(corpus(t), name))
	if os.IsNotExist(err) {
		t.Skip("corpus not present at ../shared/corpus")
	}
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(bytes.NewReader(raw), int64(len(raw)), zipfs.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// tree renders the bundle as indented lines, for assertions.
func tree(b *Bundle) string {
	var sb strings.Builder
	var walk func(n *Node, depth int)
	walk = func(n *Node, depth int) {
		fmt.Fprintf(&sb, "%s%s %s id=%s exec=%s macho=%v seal=%v profile=%v\n", strings.Repeat("  ", depth), n.Kind, n.Path, n.Identifier, n.ExecPath, n.IsMachO, n.Seal != nil, n.ProfilePath != "")
		for _, c := range n.Children {
			walk(c, depth+1)
		}
	}
	for _, r := range b.Roots {
		walk(r, 0)
	}
	return sb.String()
}

// Every archive of the corpus has code in it, and every seal can be
// verified (a seal that does not hold is a finding, not an error here).
func TestCorpusTrees(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(corpus(t), "*"))
	if len(names) == 0 {
		t.Skip("corpus not present at ../shared/corpus")
	}
	for _, n := range names {
		if strings.HasSuffix(n, "CodeResources") {
			continue
		}
		b := openCorpus(t, filepath.Base(n))
		t.Logf("%s:\n%s stray=%v damaged=%v", filepath.Base(n), tree(b), b.Stray, b.Damaged)
		if len(b.Roots) == 0 {
			t.Errorf("%s: no code found in the archive", filepath.Base(n))
		}
		for _, node := range b.Nodes() {
			b.VerifySeal(context.Background(), node, nil, nil)
			if node.Seal != nil && node.SealVerErr != nil {
				t.Errorf("%s: %s: the seal could not be verified: %v", filepath.Base(n), node.Path, node.SealVerErr)
			}
		}
	}
}

func TestGuiAppProfileAddedAfterSigning(t *testing.T) {
	b := openCorpus(t, "appinfo-macos-signed.zip")
	if len(b.Roots) != 1 {
		t.Fatalf("roots:\n%s", tree(b))
	}
	app := b.Roots[0]
	if app.Layout != LayoutDeep || app.ContentRoot != "GuiApp.app/Contents" || app.ExecPath != "GuiApp.app/Contents/MacOS/GuiApp" || !app.IsMachO {
		t.Fatalf("app: %+v", app)
	}
	if app.ProfilePath != "GuiApp.app/Contents/embedded.provisionprofile" || len(app.ProfileRaw) == 0 {
		t.Fatalf("profile %q (%d bytes)", app.ProfilePath, len(app.ProfileRaw))
	}
	b.VerifySeal(context.Background(), app, nil, nil)
	r := app.SealResult
	if r == nil || len(r.Added) != 1 || r.Added[0].Path != "embedded.provisionprofile" || len(r.Modified)+len(r.Removed) != 0 {
		t.Fatalf("seal: %+v, %v", r, app.SealVerErr)
	}
	if app.ExecEntry == nil || !app.ExecEntry.Executable() {
		t.Error("the main executable's x bit is not seen")
	}
}

func TestSimulatorAppLooseDylibs(t *testing.T) {
	b := openCorpus(t, "isign-TestSimulator.app.zip")
	if len(b.Roots) != 1 || len(b.Roots[0].Children) != 9 {
		t.Fatalf("tree:\n%s", tree(b))
	}
	for _, c := range b.Roots[0].Children {
		if c.Kind != KindDylib || !c.IsMachO {
			t.Errorf("%s: %s", c.Path, c.Kind)
		}
	}
	if b.Roots[0].Seal != nil {
		t.Error("a seal where there is none")
	}
	if len(b.Code()) != 10 {
		t.Errorf("%d code nodes, want the app and 9 dylibs", len(b.Code()))
	}
}

func TestSkeletonsHaveNoCode(t *testing.T) {
	for _, name := range []string{"fastlane-iOSAppOnly.ipa", "fastlane-ContainsWatchApp.ipa", "fastlane-IncorrectlySigned.ipa"} {
		b := openCorpus(t, name)
		if len(b.Code()) != 0 || len(b.Roots) == 0 {
			t.Errorf("%s: %d code nodes, %d roots", name, len(b.Code()), len(b.Roots))
		}
		if len(b.Stray) == 0 {
			t.Errorf("%s: the .DS_Store and __MACOSX entries are not seen", name)
		}
	}
}

func TestEmbeddedAppex(t *testing.T) {
	b := openCorpus(t, "appinfo-embedded.ipa")
	var appex *Node
	for _, n := range b.Nodes() {
		if n.Kind == KindAppex {
			appex = n
		}
	}
	if appex == nil || appex.Identifier != "com.icyleaf.test.Demo.Notification" || appex.ProfilePath == "" || appex.Parent != b.Roots[0] {
		t.Fatalf("tree:\n%s", tree(b))
	}
}

func FuzzOpen(f *testing.F) {
	for _, n := range []string{"appinfo-macos-signed.zip", "fastlane-iOSAppOnly.ipa", "appinfo-embedded.ipa"} {
		if b, err := testcorpus.ReadFile("bundles", n); err == nil {
			f.Add(b)
		}
	}
	f.Add(smallZip(f))
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, err := Open(bytes.NewReader(raw), int64(len(raw)), zipfs.Limits{MaxTotalSize: 1 << 24})
		if err != nil {
			return
		}
		for _, n := range b.Nodes() {
			b.VerifySeal(context.Background(), n, func(string) (bool, bool, [][]byte) { return true, true, nil }, nil)
			if n.ExecPath != "" {
				if ra, size, err := b.ReaderAt(n.ExecPath); err == nil && size > 0 {
					p := make([]byte, 16)
					ra.ReadAt(p, size-1)
				}
			}
		}
	})
}

// smallZip is a minimal macOS app with a versioned framework, for seeds.
func smallZip(tb testing.TB) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	add := func(name, data string, mode fs.FileMode) {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		h.SetMode(mode)
		fw, _ := w.CreateHeader(h)
		fw.Write([]byte(data))
	}
	add("A.app/Contents/Info.plist", `<?xml version="1.0"?><plist><dict><key>CFBundleExecutable</key><string>A</string><key>CFBundleIdentifier</key><string>a</string></dict></plist>`, 0o644)
	add("A.app/Contents/MacOS/A", "\xcf\xfa\xed\xfe"+strings.Repeat("\x00", 600), 0o755)
	add("A.app/Contents/_CodeSignature/CodeResources", `<?xml version="1.0"?><plist><dict><key>files2</key><dict><key>x</key><dict><key>hash2</key><data>AAAA</data></dict></dict><key>rules2</key><dict><key>^.*</key><true/></dict></dict></plist>`, 0o644)
	add("A.app/Contents/Frameworks/F.framework/Versions/A/F", "\xcf\xfa\xed\xfe"+strings.Repeat("\x01", 600), 0o755)
	add("A.app/Contents/Frameworks/F.framework/Versions/Current", "A", fs.ModeSymlink|0o755)
	add("A.app/Contents/Frameworks/F.framework/F", "Versions/Current/F", fs.ModeSymlink|0o755)
	add("A.app/Contents/embedded.mobileprovision", "x", 0o644)
	w.Close()
	return buf.Bytes()
}

func TestVersionedFramework(t *testing.T) {
	b, err := Open(bytes.NewReader(smallZip(t)), int64(len(smallZip(t))), zipfs.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Roots) != 1 || len(b.Roots[0].Children) != 1 {
		t.Fatalf("tree:\n%s", tree(b))
	}
	fw := b.Roots[0].Children[0]
	if fw.Kind != KindFramework || fw.ContentRoot != "A.app/Contents/Frameworks/F.framework/Versions/A" || fw.ExecPath == "" || !fw.IsMachO {
		t.Fatalf("framework: %+v", fw)
	}
	if got := b.Roots[0].MisnamedProfiles; len(got) != 1 || !strings.HasSuffix(got[0], "embedded.mobileprovision") {
		t.Errorf("misnamed profiles: %v", got)
	}
	if len(b.Code()) != 2 {
		t.Errorf("code: %d nodes, want the app and the framework (not its binary twice)", len(b.Code()))
	}
}
