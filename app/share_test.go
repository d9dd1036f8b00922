package app

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

var shareNow = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

// linkData deflates and encodes JSON as a link's data, the way anyone can
// craft one.
func linkData(t testing.TB, version string, js []byte) string {
	t.Helper()
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(js)
	w.Close()
	return version + base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func mustEncode(t testing.TB, r *report.Report, opts shareOptions) *shareEncoded {
	t.Helper()
	enc, err := encodeShare(r, []string{"dev.mobileprovision"}, opts, shareNow)
	if err != nil {
		t.Fatal(err)
	}
	return enc
}

func mustDecode(t testing.TB, data string) *sharedReport {
	t.Helper()
	s, err := decodeShare(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestShareRoundTripLeavesPrivateDataOut(t *testing.T) {
	r := handMadeReport(shareNow)
	r.Artifacts[0].Facts.(*report.Profile).Certificates[0].Serial = "7A3F00112233"
	r.Findings = append(r.Findings, report.Finding{ID: "profile-device-not-listed", Severity: report.Error,
		Subject: "dev.mobileprovision", Message: "00008030-001A2B3C4D5E6F70 is not listed"})
	r.Sort()

	enc := mustEncode(t, r, shareOptions{})
	t.Logf("share link data for the hand-made report: %d characters", len(enc.Data))
	if len(enc.Data) > 2000 {
		t.Errorf("share data is %d characters; a typical report should fit in 2000", len(enc.Data))
	}
	got := mustDecode(t, enc.Data)
	p, ok := got.Report.Artifacts[0].Facts.(*report.Profile)
	if !ok {
		t.Fatalf("profile facts came back as %T", got.Report.Artifacts[0].Facts)
	}
	if p.DeviceIDs != nil || p.Certificates[0].Serial != "" || p.Certificates[0].SHA1 != "" || p.TeamName != "" {
		t.Errorf("private data kept: devices %v, serial %q, sha1 %q, team name %q", p.DeviceIDs, p.Certificates[0].Serial, p.Certificates[0].SHA1, p.TeamName)
	}
	if cn := p.Certificates[0].CommonName; cn != "Apple Development: "+maskName+" (XYZ)" {
		t.Errorf("certificate name kept a person's name: %q", cn)
	}
	if p.Team != "ABCDE12345" || p.Devices != 2 || p.ProfileKind != "development" || !p.Expires.Equal(r.Artifacts[0].Facts.(*report.Profile).Expires) {
		t.Errorf("facts changed on the way: %+v", p)
	}
	for _, f := range got.Report.Findings {
		if strings.Contains(f.Message, "00008030") {
			t.Errorf("device ID kept in a message: %q", f.Message)
		}
	}
	if len(got.Report.Findings) != len(r.Findings) {
		t.Errorf("%d findings came back, want %d", len(got.Report.Findings), len(r.Findings))
	}
	if m := got.Meta; !m.Known || !m.Made.Equal(shareNow) || m.Version == "" || len(m.Files) != 1 || m.DeviceIDs || m.Names {
		t.Errorf("link metadata: %+v", m)
	}
	for _, want := range []string{maskDeviceID, maskCertID, maskName} {
		if enc.Stats[want] == 0 {
			t.Errorf("stats count nothing as %s: %v", want, enc.Stats)
		}
	}

	all := mustEncode(t, r, shareOptions{DeviceIDs: true, Names: true})
	back := mustDecode(t, all.Data)
	want := append([]report.Finding(nil), r.Findings...)
	for i := range want {
		want[i].Fix = "" // a link never carries a finding's own fix
	}
	if !reflect.DeepEqual(back.Report.Findings, want) {
		t.Errorf("with everything ticked, findings differ:\n got %+v\nwant %+v", back.Report.Findings, want)
	}
	bp := back.Report.Artifacts[0].Facts.(*report.Profile)
	if len(bp.DeviceIDs) != 2 || bp.Certificates[0].Serial == "" || bp.Certificates[0].SHA1 == "" || bp.TeamName != "Example Team" {
		t.Errorf("with everything ticked, devices, serial, fingerprint or team name missing: %+v", bp)
	}
	if !back.Meta.DeviceIDs || !back.Meta.Names {
		t.Errorf("the link does not say what its maker included: %+v", back.Meta)
	}
}

// TestShareBoxPreviewsTheLink: before a link is made, the box says what it
// will carry and leave out, and shows its JSON.
func TestShareBoxPreviewsTheLink(t *testing.T) {
	r := handMadeReport(shareNow)
	html := goapp.HTMLString(&shareBox{Report: r, Files: []string{"dev.mobileprovision"}})
	for _, want := range []string{`id="share-private"`, `id="share-names"`, `id="share-preview"`, `id="share-preview-json"`,
		"dev.mobileprovision", "Left out: 2 device IDs", "people&#39;s and teams&#39; names", `device_ids_included`} {
		if !strings.Contains(html, want) {
			t.Errorf("the share box lacks %s", want)
		}
	}
	if strings.Contains(html, "00008030-001A2B3C4D5E6F70") || strings.Contains(html, "Example Team") {
		t.Error("the preview shows a value the link leaves out")
	}
	too := &report.Report{Findings: make([]report.Finding, maxShareFindings+1)}
	if html := goapp.HTMLString(&shareBox{Report: too}); !strings.Contains(html, "No link can be made") || !strings.Contains(html, "download the JSON instead") {
		t.Error("a report past the bounds is not said to be too large for a link")
	}
}

// fill sets every field of a struct to a value that is not its zero value,
// so a field the report gains later is carried through a link or noticed.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("value-" + strings.ToLower(v.Type().Name()))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(7)
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint8:
		v.SetUint(7)
	case reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Slice:
		if depth > 4 {
			return
		}
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(s.Index(0), depth+1)
		v.Set(s)
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(shareNow))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+1)
			}
		}
	}
}

// TestShareCarriesEveryReportField: whatever fields a finding or a verdict
// has (the verdict work adds places to findings), a link carries them all,
// except a finding's own fix, which a page never takes from a link.
func TestShareCarriesEveryReportField(t *testing.T) {
	var f report.Finding
	fill(reflect.ValueOf(&f).Elem(), 0)
	f.ID, f.Severity = "profile-expired", report.Error
	var v report.Verdict
	fill(reflect.ValueOf(&v).Elem(), 0)
	v.Goal, v.Status = report.GoalInstalls, report.Fail
	r := &report.Report{Findings: []report.Finding{f}, Verdicts: []report.Verdict{v}, Artifacts: handMadeReport(shareNow).Artifacts[:1]}
	back := mustDecode(t, mustEncode(t, r, shareOptions{DeviceIDs: true, Names: true}).Data).Report
	f.Fix = ""
	want, _ := json.Marshal(report.Report{Findings: []report.Finding{f}, Verdicts: []report.Verdict{v}, Artifacts: r.Artifacts})
	got, _ := json.Marshal(back)
	if !bytes.Equal(got, want) {
		t.Errorf("a link changed the report:\n got %s\nwant %s", got, want)
	}
}

// TestShareDropsUnknownFieldsSafely: a link from a newer signdoctor, with
// fields this page does not have, opens; those fields are dropped.
func TestShareDropsUnknownFieldsSafely(t *testing.T) {
	js := `{"signdoctor":"v9","made":"2026-11-27T00:00:00Z","files":["a.ipa"],"future_envelope":{"x":1},
	"report":{"verdicts":[{"goal":"installs","status":"fail","because":["profile-expired"],"confidence":"high"},{"goal":"teleports","status":"pass"}],
	"findings":[{"id":"profile-expired","severity":"error","subject":"a.ipa","message":"m","places":["a.ipa: x"],"future":true}],
	"artifacts":[{"kind":"hologram","name":"h","beams":3},{"kind":"profile","name":"p","team":"ABCDE12345","future_fact":"x"}],"future_top":[1,2]}}`
	s := mustDecode(t, linkData(t, shareVersion, []byte(js)))
	r := s.Report
	if len(r.Findings) != 1 || r.Findings[0].ID != "profile-expired" || r.Findings[0].Message != "m" {
		t.Errorf("findings: %+v", r.Findings)
	}
	if len(r.Verdicts) != 1 || r.Verdicts[0].Goal != report.GoalInstalls {
		t.Errorf("verdicts: an unknown goal must be dropped, a known one kept: %+v", r.Verdicts)
	}
	if len(r.Artifacts) != 2 || r.Artifacts[0].Facts != nil || r.Artifacts[0].Kind != "hologram" {
		t.Errorf("an unknown artifact kind keeps its kind and name only: %+v", r.Artifacts)
	}
	if p, ok := r.Artifacts[1].Facts.(*report.Profile); !ok || p.Team != "ABCDE12345" {
		t.Errorf("profile facts: %+v", r.Artifacts[1].Facts)
	}
	if s.Meta.Version != "v9" || len(s.Meta.Files) != 1 {
		t.Errorf("meta: %+v", s.Meta)
	}
	out, _ := json.Marshal(r)
	for _, bad := range []string{"future", "beams", "confidence", "teleports"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("an unknown field survived: %s in %s", bad, out)
		}
	}
	// The page renders it.
	goapp.HTMLString(&reportView{Report: r, Now: shareNow, Shared: true, SharedMeta: s.Meta})
}

// TestOldLinksStillOpen: a link of format 1 (the bare report) opens, and
// the page says the link does not tell when or how it was made.
func TestOldLinksStillOpen(t *testing.T) {
	js, _ := json.Marshal(handMadeReport(shareNow))
	s := mustDecode(t, linkData(t, shareVersionV1, js))
	if s.Meta.Known || len(s.Report.Artifacts) != 2 {
		t.Errorf("format 1: meta %+v, %d artifacts", s.Meta, len(s.Report.Artifacts))
	}
	html := goapp.HTMLString(&reportView{Report: s.Report, Now: shareNow, Shared: true, SharedMeta: s.Meta})
	if !strings.Contains(html, "does not say when it was made") {
		t.Error("the banner of an old link does not say that it cannot tell when it was made")
	}
}

func TestDecodeShareRejectsBadLinks(t *testing.T) {
	for _, data := range []string{
		"",
		"3.abc",
		"1.!!!!",
		"2.!!!!",
		"1." + strings.Repeat("A", 100),
		"2." + strings.Repeat("A", maxShareEncoded),
	} {
		if _, err := decodeShare(data); err == nil {
			t.Errorf("decodeShare(%.20q…) accepted a bad link", data)
		}
	}
}

func TestShareFragment(t *testing.T) {
	if got := shareFragment("report=2.abc"); got != "2.abc" {
		t.Errorf("got %q", got)
	}
	if got := shareFragment("content"); got != "" {
		t.Errorf("got %q", got)
	}
}

// crasherLink reads a link from the shared crashers, or skips.
func crasherLink(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../shared/crashers/security/" + name)
	if err != nil {
		t.Skipf("shared crashers absent (%v)", err)
	}
	_, data, ok := strings.Cut(strings.TrimSpace(string(b)), "#"+shareFragmentKey)
	if !ok {
		t.Fatalf("%s holds no share link", name)
	}
	return data
}

func FuzzDecodeShare(f *testing.F) {
	for _, opts := range []shareOptions{{}, {DeviceIDs: true, Names: true}} {
		enc, err := encodeShare(handMadeReport(shareNow), nil, opts, shareNow)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(enc.Data)
	}
	empty, _ := encodeShare(&report.Report{}, nil, shareOptions{}, shareNow)
	f.Add(empty.Data)
	for _, name := range []string{"deep-nesting-link.txt", "forged-fix-link.txt", "id-links-to-other-report.txt"} {
		if b, err := os.ReadFile("../../shared/crashers/security/" + name); err == nil {
			if _, data, ok := strings.Cut(strings.TrimSpace(string(b)), "#"+shareFragmentKey); ok {
				f.Add(data)
			}
		}
	}
	f.Add("1.")
	f.Add("2.")
	f.Add("1.eJw")
	f.Fuzz(func(t *testing.T, data string) {
		s, err := decodeShare(data)
		if err != nil {
			return
		}
		// Whatever decodes must encode again and render without trouble.
		if _, err := encodeShare(s.Report, s.Meta.Files, shareOptions{}, shareNow); err != nil {
			t.Fatalf("decoded report does not encode: %v", err)
		}
		groupFindings(s.Report.Findings)
		for _, a := range s.Report.Artifacts {
			factsTree(a.Facts)
		}
	})
}
