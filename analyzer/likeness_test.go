package analyzer

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// A paste that retells a message in its own words: text-unknown says so and
// names, as a guess, the message it reads like; the artifact carries it.
func TestTextUnknownNamesTheMessageItReadsLike(t *testing.T) {
	if !TextLikenessLoaded() {
		t.Fatal("no likeness model: built in natively, read from its file by the wasm tests")
	}
	var retold string
	for _, r := range textRecords(t, "internal/text/testdata/heldout184-messages.txt") {
		if strings.HasPrefix(r.title, "Vorssaint 3.1.13 on Tahoe") {
			retold = r.body
		}
	}
	if retold == "" {
		t.Fatal("heldout184-messages.txt: the Vorssaint record is gone")
	}
	rep := analyzePaste(t, retold)
	if len(rep.Findings) != 1 || rep.Findings[0].ID != "text-unknown" || rep.Findings[0].Severity != report.Info {
		t.Fatalf("findings %+v", rep.Findings)
	}
	if msg := rep.Findings[0].Message; !strings.Contains(msg, "read like reports of “") || !strings.Contains(msg, "(text-gatekeeper-damaged)") || !strings.Contains(msg, "a guess") {
		t.Errorf("message %q", msg)
	}
	js, _ := json.Marshal(rep)
	var back report.Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	tf := back.Artifacts[0].Facts.(*report.Text)
	if tf.ReadsLike == nil || tf.ReadsLike.ID != "text-gatekeeper-damaged" || tf.ReadsLike.Title == "" || tf.ReadsLike.Score < 0.25 || tf.Advice == "" {
		t.Errorf("artifact %s", js)
	}

	// Plain words that read like no message keep the plain answer.
	rep = analyzePaste(t, "nothing to see here\n")
	if msg := rep.Findings[0].Message; strings.Contains(msg, "read like") {
		t.Errorf("guess for plain words: %q", msg)
	}
}
