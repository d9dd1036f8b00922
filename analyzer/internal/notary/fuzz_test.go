package notary

import (
	"os"
	"testing"

	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

func FuzzParse(f *testing.F) {
	f.Add([]byte(invalidLog))
	f.Add([]byte(`{"jobId":"j","status":"Accepted","ticketContents":[{"path":"a"}],"issues":null}`))
	f.Add([]byte(`{"notarization-info":{"RequestUUID":"x","Status Code":"2"}}`))
	f.Add([]byte(`{"product-errors":[{"code":1,"message":"m"}],"tool-version":"1"}`))
	f.Add([]byte(`{"logFormatVersion":"one","statusCode":1e99,"issues":[{"code":{"a":[1,2]}}]}`))
	if files := testcorpus.Glob("notary", "*.json"); len(files) > 0 {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		Sniff(b)
		l, err := Parse(b)
		if err != nil {
			return
		}
		if len(l.Issues) > MaxIssues || len(l.TicketContents) > MaxIssues {
			t.Fatalf("%d issues", len(l.Issues))
		}
		n := 0
		for _, g := range l.Groups() {
			n += len(g.Issues)
			for _, is := range g.Issues {
				Explain(is)
			}
		}
		if n != len(l.Issues) {
			t.Fatalf("groups hold %d of %d", n, len(l.Issues))
		}
		l.StatusExplanation()
	})
}
