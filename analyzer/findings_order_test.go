package analyzer

import (
	"fmt"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// manyFindings is the same two findings at n places: an archive can yield
// a finding per file.
func manyFindings(n int) []report.Finding {
	fs := make([]report.Finding, 0, 2*n)
	for i := 0; i < n; i++ {
		at := report.Location{File: "App.ipa", Path: fmt.Sprintf("Payload/App.app/Frameworks/F%d.framework/F%d", i, i), Arch: "arm64"}
		fs = append(fs,
			report.Finding{ID: "macho-cms-invalid", Severity: report.Error, Message: "the CMS blob cannot be decoded"}.At(at),
			report.Finding{ID: "macho-untrusted-chain", Severity: report.Error, Message: fmt.Sprintf("signed by %d", i)}.At(at))
	}
	return fs
}

// A finding repeated at 50,000 places is said once with its places, and
// each consequence links to it. How fast is BenchmarkArrangeFindings's
// (make bench), not a time limit here: a wall-clock limit failed under load.
func TestArrangeFindingsScales(t *testing.T) {
	const n = 50000
	out := arrangeFindings(manyFindings(n))
	if len(out) != n+1 || out[0].ID != "macho-cms-invalid" || len(out[0].Places) != n || len(out[0].PlaceLocations) != n {
		t.Fatalf("got %d findings, first %s in %d places; want the CMS finding once in %d places, then %d others", len(out), out[0].ID, len(out[0].Places), n, n)
	}
	for _, f := range out[1:] {
		if f.Cause != out[0].Ref {
			t.Fatalf("%s: cause %q, want %s", f.Ref, f.Cause, out[0].Ref)
		}
	}
}

// BenchmarkArrangeFindings: merging and linking 100,000 findings (50,000
// places) stay linear.
func BenchmarkArrangeFindings(b *testing.B) {
	fs := manyFindings(50000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := make([]report.Finding, len(fs))
		copy(in, fs)
		arrangeFindings(in)
	}
}

// Only a cause on the same places takes a finding under it.
func TestCauseNeedsSamePlace(t *testing.T) {
	fs := arrangeFindings([]report.Finding{
		report.Finding{ID: "profile-no-valid-cert", Severity: report.Error, Message: "none valid"}.At(report.Location{File: "b.mobileprovision"}),
		report.Finding{ID: "profile-expired", Severity: report.Error, Message: "expired"}.At(report.Location{File: "a.mobileprovision"}),
		report.Finding{ID: "profile-no-valid-cert", Severity: report.Error, Message: "none valid either"}.At(report.Location{File: "a.mobileprovision"}),
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

// Merged places keep their locations, one for each place and in its order,
// and a pasted message's lines are caused by any line of the same text.
func TestMergedPlacesKeepLocations(t *testing.T) {
	arm := report.Location{File: "tool", Arch: "arm64"}
	x86 := report.Location{File: "tool", Arch: "x86_64"}
	fs := arrangeFindings([]report.Finding{
		report.Finding{ID: "macho-cms-invalid", Severity: report.Error, Message: "m"}.At(arm),
		report.Finding{ID: "macho-cms-invalid", Severity: report.Error, Message: "m"}.At(x86),
	})
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	f := fs[0]
	if len(f.Places) != 2 || len(f.PlaceLocations) != 2 || f.PlaceLocations[0] != arm || f.PlaceLocations[1] != x86 {
		t.Fatalf("places %q, locations %+v", f.Places, f.PlaceLocations)
	}
	for i, l := range f.PlaceLocations {
		if l.String() != f.Places[i] {
			t.Errorf("place %d: %q, its location says %q", i, f.Places[i], l.String())
		}
	}
}
