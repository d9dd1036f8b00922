package analyzer

import (
	"fmt"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Merging and linking stay linear: an archive can yield a finding per file.
func TestArrangeFindingsScales(t *testing.T) {
	const n = 50000
	fs := make([]report.Finding, 0, 2*n+2)
	for i := 0; i < n; i++ {
		subject := fmt.Sprintf("App.ipa: Payload/App.app/Frameworks/F%d.framework/F%d [arm64]", i, i)
		fs = append(fs,
			report.Finding{ID: "macho-cms-invalid", Severity: report.Error, Subject: subject, Message: "the CMS blob cannot be decoded"},
			report.Finding{ID: "macho-untrusted-chain", Severity: report.Error, Subject: subject, Message: fmt.Sprintf("signed by %d", i)})
	}
	start := time.Now()
	out := arrangeFindings(fs)
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("arranging %d findings took %s", len(fs), d)
	}
	if len(out) != n+1 || out[0].ID != "macho-cms-invalid" || len(out[0].Places) != n {
		t.Fatalf("got %d findings, first %s in %d places; want the CMS finding once in %d places, then %d others", len(out), out[0].ID, len(out[0].Places), n, n)
	}
	for _, f := range out[1:] {
		if f.Cause != out[0].Ref {
			t.Fatalf("%s: cause %q, want %s", f.Ref, f.Cause, out[0].Ref)
		}
	}
}

// Only a cause on the same places takes a finding under it.
func TestCauseNeedsSamePlace(t *testing.T) {
	fs := arrangeFindings([]report.Finding{
		{ID: "profile-no-valid-cert", Severity: report.Error, Subject: "b.mobileprovision", Message: "none valid"},
		{ID: "profile-expired", Severity: report.Error, Subject: "a.mobileprovision", Message: "expired"},
		{ID: "profile-no-valid-cert", Severity: report.Error, Subject: "a.mobileprovision", Message: "none valid either"},
	})
	for _, f := range fs {
		want := ""
		if f.Subject == "a.mobileprovision" && f.ID == "profile-no-valid-cert" {
			want = "profile-expired#1"
		}
		if f.Cause != want {
			t.Errorf("%s on %s: cause %q, want %q", f.ID, f.Subject, f.Cause, want)
		}
	}
	if fs[0].ID != "profile-expired" || fs[1].Cause == "" {
		t.Errorf("order %s, %s: want the cause first, its consequence next", fs[0].Ref, fs[1].Ref)
	}
}
