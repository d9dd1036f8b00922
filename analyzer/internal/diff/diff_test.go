package diff

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func has(t *testing.T, r Result, where, field, kind, old, new string) {
	t.Helper()
	for _, c := range r.Changes {
		if c.Where == where && c.Field == field && c.Kind == kind && c.Old == old && c.New == new {
			return
		}
	}
	t.Errorf("missing change %s %s %s %q -> %q in\n%s", where, field, kind, old, new, dump(r))
}

func dump(r Result) string {
	var b strings.Builder
	for _, c := range r.Changes {
		b.WriteString(c.Where + " | " + c.Field + " | " + c.Kind + " | " + c.Old + " | " + c.New + "\n")
	}
	return b.String()
}

func slice(arch string, mod func(*report.MachOSlice)) report.MachOSlice {
	s := report.MachOSlice{
		Arch: arch, Signature: "certificate", Identifier: "com.example.app", Team: "ABCDE12345",
		CertKind: "Developer ID Application", Leaf: "Developer ID Application: Example (ABCDE12345)", LeafTeam: "ABCDE12345",
		Hashes: []string{"sha256"}, Flags: []string{"runtime"}, Timestamp: true, MinOS: "11.0", Platform: "macOS",
		Requirement: `identifier "com.example.app" and anchor apple generic`, Verified: true, Trusted: true,
		Entitlements: map[string]any{"com.apple.security.app-sandbox": true, "com.apple.security.application-groups": []any{"ABCDE12345.shared"}},
		Certificates: []report.Certificate{{CommonName: "Developer ID Application: Example (ABCDE12345)", SHA1: "AA"}},
	}
	if mod != nil {
		mod(&s)
	}
	return s
}

func TestMachO(t *testing.T) {
	a := &report.MachO{Universal: true, Slices: []report.MachOSlice{slice("x86_64", nil), slice("arm64", nil)}}
	b := &report.MachO{Universal: true, Slices: []report.MachOSlice{
		slice("arm64", func(s *report.MachOSlice) {
			s.Team, s.LeafTeam = "ZZZZZ99999", "ZZZZZ99999"
			s.Flags = []string{"adhoc"}
			s.Hashes = []string{"sha1", "sha256"}
			s.Timestamp = false
			s.Requirement = "cdhash H\"00\""
			delete(s.Entitlements, "com.apple.security.app-sandbox")
			s.Entitlements["com.apple.security.application-groups"] = []any{"group.example"}
			s.Entitlements["com.apple.security.get-task-allow"] = true
			s.Certificates = []report.Certificate{{CommonName: "Apple Development: Kim (ZZZZZ99999)", SHA1: "BB", NotAfter: time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)}}
		}),
		slice("arm64e", nil),
	}}
	r := Artifacts(report.NewArtifact("a", a), report.NewArtifact("b", b))
	if !r.Comparable {
		t.Fatal("not comparable")
	}
	has(t, r, "", "slice", Removed, "x86_64", "")
	has(t, r, "", "slice", Added, "", "arm64e")
	has(t, r, "arm64", "team", Changed, "ABCDE12345", "ZZZZZ99999")
	has(t, r, "arm64", "flags", Removed, "runtime", "")
	has(t, r, "arm64", "flags", Added, "", "adhoc")
	has(t, r, "arm64", "hashes", Changed, "sha256", "sha1, sha256")
	has(t, r, "arm64", "timestamp", Changed, "true", "false")
	has(t, r, "arm64", "requirement", Changed, `identifier "com.example.app" and anchor apple generic`, `cdhash H"00"`)
	has(t, r, "arm64", "entitlements: com.apple.security.app-sandbox", Removed, "true", "")
	has(t, r, "arm64", "entitlements: com.apple.security.application-groups", Changed, `["ABCDE12345.shared"]`, `["group.example"]`)
	has(t, r, "arm64", "entitlements: com.apple.security.get-task-allow", Added, "", "true")
	has(t, r, "arm64", "certificate", Removed, "Developer ID Application: Example (ABCDE12345) (SHA-1 AA)", "")
	has(t, r, "arm64", "certificate", Added, "", "Apple Development: Kim (ZZZZZ99999) (SHA-1 BB), expires 2027-01-02")

	same := Artifacts(report.NewArtifact("a", a), report.NewArtifact("a2", a))
	if len(same.Changes) != 0 {
		t.Errorf("identical: %s", dump(same))
	}
}

func TestProfile(t *testing.T) {
	a := &report.Profile{ProfileName: "Dev", ProfileKind: "development", Platforms: []string{"iOS"}, Team: "ABCDE12345", AppID: "ABCDE12345.com.example.app",
		Expires: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Devices: 2, DeviceIDs: []string{"00008101-000A", "00008101-000B"},
		Entitlements: map[string]any{"get-task-allow": true}}
	b := *a
	b.Expires = time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)
	b.Devices = 2
	b.DeviceIDs = []string{"00008101-000B", "00008101-000C"}
	b.Entitlements = map[string]any{"get-task-allow": true, "aps-environment": "development"}
	r := Artifacts(report.NewArtifact("a", a), report.NewArtifact("b", &b))
	has(t, r, "", "expires", Changed, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
	has(t, r, "", "device", Removed, "00008101-000A", "")
	has(t, r, "", "device", Added, "", "00008101-000C")
	has(t, r, "", "entitlements: aps-environment", Added, "", "development")
	if len(r.Changes) != 4 {
		t.Errorf("want 4 changes:\n%s", dump(r))
	}
}

func TestEntitlementsAndCertificate(t *testing.T) {
	r := Artifacts(report.NewArtifact("a", &report.Entitlements{Format: "xml", Entitlements: map[string]any{"a": "1"}}),
		report.NewArtifact("b", &report.Entitlements{Format: "der", Entitlements: map[string]any{"a": "2"}}))
	has(t, r, "", "format", Changed, "xml", "der")
	has(t, r, "", "entitlements: a", Changed, "1", "2")

	r = Artifacts(report.NewArtifact("a", &report.Certificate{CommonName: "X", NotAfter: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}),
		report.NewArtifact("b", &report.Certificate{CommonName: "X", NotAfter: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}))
	has(t, r, "", "not_after", Changed, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
}

func TestIncomparable(t *testing.T) {
	r := Artifacts(report.NewArtifact("a", &report.Profile{}), report.NewArtifact("b", &report.MachO{}))
	if r.Comparable || len(r.Changes) != 0 || r.KindA != "profile" || r.KindB != "macho" {
		t.Errorf("%+v", r)
	}
}

func TestBundle(t *testing.T) {
	mk := func(root string, fwTeam string, extra bool) *report.Bundle {
		fw := report.BundleNode{Path: root + "/Frameworks/Kit.framework", Type: "framework", Signature: "certificate", Team: fwTeam,
			MachO: &report.MachO{Slices: []report.MachOSlice{slice("arm64", func(s *report.MachOSlice) { s.Team = fwTeam })}}}
		app := report.BundleNode{Path: root, Type: "app", Identifier: "com.example.app", Signature: "certificate", Team: "ABCDE12345",
			Children: []report.BundleNode{fw}, Profile: &report.Profile{ProfileName: "P", Team: "ABCDE12345"}}
		if extra {
			app.Children = append(app.Children, report.BundleNode{Path: root + "/PlugIns/Share.appex", Type: "appex", Signature: "adhoc"})
		}
		return &report.Bundle{Code: []report.BundleNode{app}}
	}
	r := Artifacts(report.NewArtifact("1.0.ipa", mk("Payload/App.app", "ABCDE12345", false)), report.NewArtifact("1.1.ipa", mk("Payload/App 2.app", "ZZZZZ99999", true)))
	has(t, r, "Frameworks/Kit.framework", "team", Changed, "ABCDE12345", "ZZZZZ99999")
	has(t, r, "Frameworks/Kit.framework [arm64]", "team", Changed, "ABCDE12345", "ZZZZZ99999")
	has(t, r, "PlugIns/Share.appex", "code", Added, "", "appex")
	for _, c := range r.Changes {
		if c.Where == "(main bundle)" {
			t.Errorf("main bundle should be unchanged: %+v", c)
		}
	}
}

// Random facts decoded from JSON never make the comparison fail.
func FuzzArtifacts(f *testing.F) {
	a, _ := json.Marshal(&report.MachO{Slices: []report.MachOSlice{slice("arm64", nil)}})
	f.Add("macho", a, a)
	p, _ := json.Marshal(&report.Profile{DeviceIDs: []string{"x"}, Entitlements: map[string]any{"k": []any{1.0, "a"}}})
	f.Add("profile", p, []byte(`{"device_ids":["y"],"entitlements":{"k":{"n":null}}}`))
	f.Add("bundle", []byte(`{"code":[{"path":"A.app","children":[{"path":"A.app/x"},{"path":"A.app/x"}]}]}`), []byte(`{"code":[]}`))
	f.Fuzz(func(t *testing.T, kind string, x, y []byte) {
		mk := map[string]func() report.Facts{
			"macho": func() report.Facts { return new(report.MachO) }, "profile": func() report.Facts { return new(report.Profile) },
			"bundle": func() report.Facts { return new(report.Bundle) }, "entitlements": func() report.Facts { return new(report.Entitlements) },
			"certificate": func() report.Facts { return new(report.Certificate) },
		}[kind]
		if mk == nil {
			return
		}
		fa, fb := mk(), mk()
		if json.Unmarshal(x, fa) != nil || json.Unmarshal(y, fb) != nil {
			return
		}
		r := Artifacts(report.NewArtifact("a", fa), report.NewArtifact("b", fb))
		if !r.Comparable || len(r.Changes) > maxChanges {
			t.Fatalf("%+v", r)
		}
	})
}

// TN3127: a changed designated requirement — explicit, or the one the
// system makes for code that carries none — says what the user loses.
func TestRequirementChangeNote(t *testing.T) {
	note := func(r Result, field string) string {
		for _, c := range r.Changes {
			if c.Field == field {
				return c.Note
			}
		}
		return "(no change)"
	}
	a := &report.MachO{Slices: []report.MachOSlice{slice("arm64", nil)}}
	b := &report.MachO{Slices: []report.MachOSlice{slice("arm64", func(s *report.MachOSlice) {
		s.Requirement = `identifier "com.example.app" and anchor apple generic and certificate leaf[subject.OU] = "ZZZZZ99999"`
	})}}
	if n := note(Artifacts(report.NewArtifact("a", a), report.NewArtifact("b", b)), "requirement"); n != RequirementNote {
		t.Errorf("explicit requirement change: note %q", n)
	}
	adhoc := func(cdhash string) *report.MachO {
		return &report.MachO{Slices: []report.MachOSlice{slice("arm64", func(s *report.MachOSlice) {
			s.Requirement, s.ImplicitRequirement = "", `cdhash H"`+cdhash+`"`
		})}}
	}
	if n := note(Artifacts(report.NewArtifact("a", adhoc("01")), report.NewArtifact("b", adhoc("02"))), "implicit_requirement"); n != RequirementNote {
		t.Errorf("ad hoc rebuild: note %q", n)
	}
	if n := note(Artifacts(report.NewArtifact("a", adhoc("01")), report.NewArtifact("b", adhoc("01"))), "implicit_requirement"); n != "(no change)" {
		t.Errorf("same build: %q", n)
	}
}
