package notary

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// corpusDir is the corpus folder; it skips the test when the corpus is absent.
func corpusDir(t testing.TB) string { return testcorpus.Dir(t, "notary") }

const invalidLog = `{
  "logFormatVersion": 1,
  "jobId": "3f4774d7-0000-4000-8000-000000000001",
  "status": "Invalid",
  "statusSummary": "Archive contains critical validation errors",
  "statusCode": 4000,
  "archiveFilename": "Widget.zip",
  "uploadDate": "2025-06-01T10:11:12.345Z",
  "sha256": "00ff",
  "ticketContents": null,
  "issues": [
    {"severity": "error", "code": null, "path": "Widget.zip/Widget.app/Contents/MacOS/Widget", "message": "The executable does not have the hardened runtime enabled.", "docUrl": "https://developer.apple.com/x#3087724", "architecture": "x86_64"},
    {"severity": "error", "code": null, "path": "Widget.zip/Widget.app/Contents/MacOS/Widget", "message": "The signature does not include a secure timestamp.", "docUrl": null, "architecture": "arm64"},
    {"severity": "error", "code": null, "path": "Widget.zip/Widget.app/Contents/MacOS/Widget", "message": "The executable requests the com.apple.security.get-task-allow entitlement.", "docUrl": null, "architecture": "x86_64"},
    {"severity": "warning", "code": 12, "path": "Widget.zip/Widget.app/Contents/Frameworks/Old.dylib", "message": "The binary uses an SDK older than the 10.9 SDK.", "architecture": "i386"},
    {"severity": "error", "code": "X-1", "path": "Widget.zip/Widget.app/Contents/Resources/tool", "message": "The binary is not signed.", "architecture": "x86_64"},
    {"severity": "error", "code": null, "path": "Widget.zip/Widget.app/Contents/Resources/helper", "message": "Something new the service says one day.", "architecture": "arm64"}
  ]
}`

func TestParseInvalid(t *testing.T) {
	l, err := Parse([]byte(invalidLog))
	if err != nil {
		t.Fatal(err)
	}
	if l.JobID != "3f4774d7-0000-4000-8000-000000000001" || l.Status != "Invalid" || l.StatusCode != 4000 || !l.HasStatusCode ||
		l.ArchiveFilename != "Widget.zip" || l.UploadDate.IsZero() || len(l.Issues) != 6 || l.Accepted() {
		t.Fatalf("parsed %+v", l)
	}
	if l.Issues[3].Code != "12" || l.Issues[4].Code != "X-1" || l.Issues[3].Severity != "warning" {
		t.Errorf("codes/severity: %+v", l.Issues)
	}
	want := map[string]string{
		"The executable does not have the hardened runtime enabled.":                 "notary-no-hardened-runtime",
		"The signature does not include a secure timestamp.":                         "notary-no-timestamp",
		"The executable requests the com.apple.security.get-task-allow entitlement.": "notary-get-task-allow",
		"The binary uses an SDK older than the 10.9 SDK.":                            "notary-old-sdk",
		"The binary is not signed.":                                                  "notary-not-signed",
	}
	for _, is := range l.Issues {
		k, te := Explain(is)
		if id, ok := want[is.Message]; ok {
			if k == nil || k.ID != id {
				t.Errorf("%q: got %+v", is.Message, k)
			}
		} else if k != nil || te != nil {
			t.Errorf("%q should be unknown, got %v %v", is.Message, k, te)
		}
	}
	groups := l.Groups()
	// helper, tool, Old.dylib, Widget[arm64], Widget[x86_64]
	if len(groups) != 5 {
		t.Fatalf("groups: %+v", groups)
	}
	// Sorted by path then architecture: Frameworks, MacOS [arm64], MacOS [x86_64], Resources…
	g := groups[2]
	if !strings.HasSuffix(g.Path, "MacOS/Widget") || g.Architecture != "x86_64" || len(g.Issues) != 2 {
		t.Errorf("third group %+v", g)
	}
}

func TestExplainFromTextCatalogue(t *testing.T) {
	_, te := Explain(Issue{Message: "ERROR ITMS-90296: App sandbox not enabled."})
	if te == nil || te.ID != "text-app-sandbox-not-enabled" {
		t.Errorf("got %v", te)
	}
}

func TestParseAccepted(t *testing.T) {
	l, err := Parse([]byte(`{"logFormatVersion":1,"jobId":"j","status":"Accepted","statusSummary":"Ready for distribution","statusCode":0,
	"archiveFilename":"a.zip","uploadDate":"2019-11-06T00:51:10Z","sha256":"x",
	"ticketContents":[{"path":"a.zip/foo","digestAlgorithm":"SHA-256","cdhash":"b704","arch":"x86_64"}],"issues":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if !l.Accepted() || len(l.TicketContents) != 1 || l.TicketContents[0].CDHash != "b704" || len(l.Issues) != 0 || l.StatusExplanation() == "" {
		t.Errorf("%+v", l)
	}
}

func TestParseAltool(t *testing.T) {
	l, err := Parse([]byte(`{"notarization-info":{"Date":"2019-11-06 00:51:10 +0000","LogFileURL":"https://osxapps-ssl.itunes.apple.com/x","RequestUUID":"ab-cd","Status":"invalid","Status Code":2,"Status Message":"Package Invalid"},"os-version":"10.15","success-message":"No errors getting notarization info.","tool-path":"/x","tool-version":"4.0"}`))
	if err != nil {
		t.Fatal(err)
	}
	if l.Format != "altool" || l.JobID != "ab-cd" || l.StatusCode != 2 || l.StatusSummary != "Package Invalid" || l.UploadDate.IsZero() {
		t.Errorf("%+v", l)
	}
	l, err = Parse([]byte(`{"os-version":"13.0","product-errors":[{"code":-18000,"message":"ERROR ITMS-90296: \"App sandbox not enabled.\"","userInfo":{}}],"tool-version":"5.0"}`))
	if err != nil || len(l.Issues) != 1 || l.Issues[0].Code != "-18000" {
		t.Fatalf("%v %+v", err, l)
	}
}

func TestParseErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not json":      `{"jobId": `,
		"other json":    `{"name": "x"}`,
		"issues object": `{"jobId":"x","issues":{"a":1}}`,
		"array":         `[1,2]`,
	} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("%s: want error", name)
		}
	}
	if _, err := Parse(make([]byte, MaxSize+1)); err == nil {
		t.Error("oversized: want error")
	}
}

func TestSniff(t *testing.T) {
	if !Sniff([]byte("\xef\xbb\xbf\n  {\n\"logFormatVersion\": 1, \"jobId\":")) {
		t.Error("log not sniffed")
	}
	for _, s := range []string{`{"name":"x"}`, `<?xml`, `The signature of the binary is invalid.`, ``} {
		if Sniff([]byte(s)) {
			t.Errorf("%q sniffed", s)
		}
	}
}

func TestManyIssuesCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"jobId":"x","status":"Invalid","issues":[`)
	for i := 0; i < MaxIssues+10; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"severity":"error","path":"p","message":"The binary is not signed."}`)
	}
	b.WriteString(`]}`)
	l, err := Parse([]byte(b.String()))
	if err != nil || !l.Truncated || len(l.Issues) != MaxIssues {
		t.Fatalf("%v truncated=%v n=%d", err, l != nil && l.Truncated, len(l.Issues))
	}
}

// Every log in the shared corpus parses, and every issue in it is explained
// by the known table (the corpus holds only known messages).
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir(t), "*.json"))
	if err != nil || len(files) == 0 {
		t.Skip("corpus not available")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !Sniff(b[:min(len(b), 4096)]) {
			t.Errorf("%s: not sniffed", filepath.Base(f))
		}
		l, err := Parse(b)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		if l.JobID == "" || l.Status == "" || l.StatusExplanation() == "" {
			t.Errorf("%s: %+v", filepath.Base(f), l)
		}
		n := 0
		for _, g := range l.Groups() {
			for _, is := range g.Issues {
				n++
				if k, _ := Explain(is); k == nil {
					t.Errorf("%s: issue %q not explained", filepath.Base(f), is.Message)
				}
			}
		}
		if n != len(l.Issues) {
			t.Errorf("%s: groups hold %d of %d issues", filepath.Base(f), n, len(l.Issues))
		}
	}
}
