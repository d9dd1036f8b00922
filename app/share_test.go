package app

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestShareRoundTripLeavesPrivateDataOut(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	r := handMadeReport(now)
	r.Artifacts[0].Facts.(*report.Profile).Certificates[0].Serial = "7A3F00112233"
	r.Findings = append(r.Findings, report.Finding{ID: "profile-device-not-listed", Severity: report.Error,
		Subject: "dev.mobileprovision", Message: "00008030-001A2B3C4D5E6F70 is not listed"})
	r.Sort()

	data, err := encodeShare(r, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("share link data for the hand-made report: %d characters", len(data))
	if len(data) > 2000 {
		t.Errorf("share data is %d characters; a typical report should fit in 2000", len(data))
	}
	got, err := decodeShare(data)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := got.Artifacts[0].Facts.(*report.Profile)
	if !ok {
		t.Fatalf("profile facts came back as %T", got.Artifacts[0].Facts)
	}
	if p.DeviceIDs != nil || p.Certificates[0].Serial != "" {
		t.Errorf("private data kept: devices %v, serial %q", p.DeviceIDs, p.Certificates[0].Serial)
	}
	if p.Team != "ABCDE12345" || p.Devices != 2 || p.ProfileKind != "development" || !p.Expires.Equal(r.Artifacts[0].Facts.(*report.Profile).Expires) {
		t.Errorf("facts changed on the way: %+v", p)
	}
	for _, f := range got.Findings {
		if strings.Contains(f.Message, "00008030") {
			t.Errorf("device ID kept in a message: %q", f.Message)
		}
	}
	if len(got.Findings) != len(r.Findings) {
		t.Errorf("%d findings came back, want %d", len(got.Findings), len(r.Findings))
	}

	all, err := encodeShare(r, true)
	if err != nil {
		t.Fatal(err)
	}
	back, err := decodeShare(all)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Findings, r.Findings) {
		t.Errorf("with private data ticked, findings differ:\n got %+v\nwant %+v", back.Findings, r.Findings)
	}
	if bp := back.Artifacts[0].Facts.(*report.Profile); len(bp.DeviceIDs) != 2 || bp.Certificates[0].Serial == "" {
		t.Errorf("with private data ticked, devices or serial missing: %+v", bp)
	}
}

func TestDecodeShareRejectsBadLinks(t *testing.T) {
	for _, data := range []string{
		"",
		"2.abc",
		"1.!!!!",
		"1." + strings.Repeat("A", 100),
		"1." + strings.Repeat("A", maxShareEncoded),
	} {
		if _, err := decodeShare(data); err == nil {
			t.Errorf("decodeShare(%.20q…) accepted a bad link", data)
		}
	}
}

func TestShareFragment(t *testing.T) {
	if got := shareFragment("report=1.abc"); got != "1.abc" {
		t.Errorf("got %q", got)
	}
	if got := shareFragment("content"); got != "" {
		t.Errorf("got %q", got)
	}
}

func FuzzDecodeShare(f *testing.F) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for _, private := range []bool{false, true} {
		data, err := encodeShare(handMadeReport(now), private)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	empty, _ := encodeShare(&report.Report{}, false)
	f.Add(empty)
	f.Add("1.")
	f.Add("1.eJw")
	f.Fuzz(func(t *testing.T, data string) {
		r, err := decodeShare(data)
		if err != nil {
			return
		}
		// Whatever decodes must encode again and render without trouble.
		if _, err := encodeShare(r, false); err != nil {
			t.Fatalf("decoded report does not encode: %v", err)
		}
		groupFindings(r.Findings)
		for _, a := range r.Artifacts {
			factsTree(a.Facts)
		}
	})
}
