package analyzer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// TestPkgCorpus reads the real packages in ../shared/corpus/pkg in place and
// compares their facts with MANIFEST.md's independent reading.
func TestPkgCorpus(t *testing.T) {
	dir := testcorpus.Dir(t, "pkg")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no corpus at " + dir)
	}
	type want struct {
		kind, signature, leaf, title string
		doubleHashed, stapled        bool
		styles                       int
	}
	const devIDNudge = "Developer ID Installer: Mac Admins Open Source (T4SK8ZXCXG)"
	wants := map[string]want{
		"ch34x-CH34x_Install_V1.3.pkg": {"product archive", "valid", "Developer ID Application: Jiangsu Qinheng Co., Ltd. (X9BL5JJAZJ)", "CH34x_Install", false, false, 1},
		"gino0631-xar-Product.pkg":     {"product archive", "valid", "My Test Certificate", "My Test App", false, false, 2},
		"gino0631-xar-XZ.pkg":          {"product archive", "unsigned", "", "XZ", false, false, 0},
		"goxar-bad_both.pkg":           {"product archive", "invalid", devIDNudge, "", false, false, 2},
		"goxar-bad_signature.pkg":      {"product archive", "invalid", devIDNudge, "", false, false, 2},
		"goxar-bad_x_signature.pkg":    {"product archive", "invalid", devIDNudge, "", false, false, 2},
		"goxar-payload.xar":            {"product archive", "valid", "Mikkel Krautz", "Mumble Overlay", false, false, 1},
		"goxar-valid.pkg":              {"product archive", "valid", devIDNudge, "", false, false, 2},
		"karabiner-Karabiner-DriverKit-VirtualHIDDevice-1.6.0.pkg": {"component package", "valid", "Developer ID Installer: Fumihiko Takayama (G43BCU2T37)", "", true, true, 2},
		"relic-dummy.pkg":                     {"product archive", "unsigned", "", "dummy", false, false, 0},
		"rtrouton-Disable_Gatekeeper.pkg":     {"component package", "valid", "Developer ID Installer: Rich Trouton", "", false, false, 2},
		"rtrouton-Fix_Zoom_Vulnerability.pkg": {"component package", "unsigned", "", "", false, false, 0},
		"rtrouton-Re-Enable_Java_6.pkg":       {"component package", "valid", "Developer ID Installer: Rich Trouton", "", false, false, 1},
	}
	for name, w := range wants {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Artifacts) != 1 {
			t.Errorf("%s: %d artifacts", name, len(rep.Artifacts))
			continue
		}
		f, ok := rep.Artifacts[0].Facts.(*report.Pkg)
		if !ok {
			t.Errorf("%s: facts %T", name, rep.Artifacts[0].Facts)
			continue
		}
		got := want{f.PackageKind, f.Signature, f.Leaf, f.Title, f.DoubleHashed, f.StapledTicket, len(f.SignatureStyles)}
		if got != w {
			t.Errorf("%s:\n got %+v\nwant %+v (failures %q)", name, got, w, f.Failures)
		}
		if !f.TOCChecksumOK {
			t.Errorf("%s: TOC checksum does not verify", name)
		}
		for _, fd := range rep.Findings {
			if fd.ID == "input-malformed" || fd.ID == "input-internal-error" {
				t.Errorf("%s: %s", name, fd.Message)
			}
		}
	}
}
