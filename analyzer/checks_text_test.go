package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/text"
	"github.com/signdoctor/signdoctor/analyzer/report"
)

func analyzeBytes(t *testing.T, name string, b []byte) *report.Report {
	t.Helper()
	rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestTextArtifactContract(t *testing.T) {
	rep := analyzeBytes(t, "error.txt", []byte("nothing to see here\n"))
	js, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(js, []byte(`{"kind":"text","name":"error.txt","matches":[]`)) {
		t.Errorf("unknown text: %s", js)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].ID != "text-unknown" {
		t.Errorf("findings %+v", rep.Findings)
	}

	rep = analyzeBytes(t, "paste.txt", []byte("2025-01-21 taskgated-helper: com.acme.vpn: Unsatisfied entitlements: com.apple.developer.networking.networkextension, com.apple.developer.team-identifier\n"))
	js, _ = json.Marshal(rep)
	var back report.Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	tf, ok := back.Artifacts[0].Facts.(*report.Text)
	if !ok || len(tf.Matches) != 1 || tf.Matches[0].ID != "text-unsatisfied-entitlements" || tf.Matches[0].Title == "" || len(tf.Matches[0].Causes) == 0 {
		t.Fatalf("artifact %s", js)
	}
	f := rep.Findings[0]
	if f.ID != "text-unsatisfied-entitlements" || f.Subject != "paste.txt: line 1" || f.Severity != report.Error ||
		!strings.Contains(f.Message, "entitlement com.apple.developer.team-identifier") || !strings.Contains(f.Message, "team differs") || f.Fix == "" {
		t.Errorf("finding %+v", f)
	}
}

func TestEveryTextEntryIsACheck(t *testing.T) {
	for _, e := range text.Catalogue() {
		c := Lookup(e.ID)
		if c == nil {
			t.Errorf("%s: no check", e.ID)
			continue
		}
		if !strings.Contains(c.Doc, e.Causes[0]) || c.Fix != e.Fix {
			t.Errorf("%s: doc or fix not from the catalogue", e.ID)
		}
		for _, id := range e.Checks {
			if Lookup(id) == nil {
				t.Logf("%s points at %s, which is not registered (left out of its page)", e.ID, id)
			}
		}
	}
}

func TestSniffText(t *testing.T) {
	long := bytes.Repeat([]byte("é"), sniffLen/2) // the head ends on a whole rune
	cut := append(bytes.Repeat([]byte("a"), sniffLen-1), 0xc3)
	for _, c := range []struct {
		head []byte
		want bool
	}{
		{[]byte("zsh: killed ./App\n"), true},
		{[]byte("\xef\xbb\xbfError: errSecInternalComponent"), true},
		{[]byte("\x1b[31merror\x1b[0m: The specified item could not be found in the keychain."), true},
		{[]byte("  \n"), true},
		{long, true},
		{cut, true},
		{[]byte(""), false},
		{[]byte("<?xml version=\"1.0\"?><plist>"), false},
		{[]byte("bplist00"), false},
		{[]byte("\x00\x01binary"), false},
		{[]byte("\xff\xfeU\x00"), false},
	} {
		if got := sniffText(c.head, "x"); got != c.want {
			t.Errorf("sniffText(%q…) = %v", c.head[:min(len(c.head), 20)], got)
		}
	}
}

func TestTextTooLong(t *testing.T) {
	b := bytes.Repeat([]byte("all fine here\n"), text.MaxInput/14+10)
	b = append(b, []byte("zsh: killed ./App\n")...)
	rep := analyzeBytes(t, "big.log", b)
	ids := map[string]bool{}
	for _, f := range rep.Findings {
		ids[f.ID] = true
	}
	if !ids["text-too-long"] || ids["text-killed-at-launch"] {
		t.Errorf("findings %+v", rep.Findings)
	}
}
