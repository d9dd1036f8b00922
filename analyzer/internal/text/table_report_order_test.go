package text_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer"
	"github.com/signdoctor/signdoctor/analyzer/internal/text"
)

// The forms of the launch table the text reader lists symptom first, and
// those of the keychain table it lists import first, are read right where
// it counts: the analyzer's report leads with their want.
func TestLaunchRefusalTableReportOrder(t *testing.T) {
	checkReportLeads(t, "launch", text.LaunchFormsInReportOrder())
}

func TestKeychainToolTableReportOrder(t *testing.T) {
	checkReportLeads(t, "keychain", text.KeychainFormsInReportOrder())
}

// The desktop packagers' notarization failures quote notarytool's status
// before its log: the report leads with the log's reason.
func TestDesktopPackagerTableReportOrder(t *testing.T) {
	checkReportLeads(t, "desktop", text.DesktopFormsInReportOrder())
}

// Briefcase's rejection quotes the notary's summary before the log's
// issues: the report leads with the issue.
func TestPackagerTableReportOrder(t *testing.T) {
	checkReportLeads(t, "packagers", text.PackagerFormsInReportOrder())
}

// rcodesign's and quill's "invalid" come before the notary log's issue:
// the report leads with the issue.
func TestLinuxSignTableReportOrder(t *testing.T) {
	checkReportLeads(t, "linuxsign", text.LinuxSignFormsInReportOrder())
}

// checkReportLeads analyses each form (key, want, text) as a paste and
// asks that the report's first text finding be its want.
func checkReportLeads(t *testing.T, table string, forms [][3]string) {
	t.Helper()
	if len(forms) == 0 {
		t.Errorf("no form of the %s table is left to the report's order", table)
	}
	for _, f := range forms {
		b := []byte(f[2])
		rep, err := analyzer.Analyze(t.Context(), []analyzer.File{{Name: "pasted text", Size: int64(len(b)), R: bytes.NewReader(b)}}, analyzer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, fd := range rep.Findings {
			if strings.HasPrefix(fd.ID, "text-") && fd.ID != "text-unknown" {
				ids = append(ids, fd.ID)
			}
		}
		if len(ids) == 0 || ids[0] != f[1] {
			t.Errorf("%s: report's findings %v, want %s first", f[0], ids, f[1])
		}
	}
}
