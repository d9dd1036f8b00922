package analyzer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

// Pasted tool output: each real-format sample gives a tool-output artifact
// with its facts, and the findings the same facts give from a file.

const toolSamples = "internal/tooloutput/testdata"

func analyzePaste(t *testing.T, text string, extra ...File) *report.Report {
	t.Helper()
	files := append([]File{{Name: "pasted text", Size: int64(len(text)), R: strings.NewReader(text)}}, extra...)
	rep, err := Analyze(context.Background(), files, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func toolArtifacts(rep *report.Report) []*report.ToolOutput {
	var out []*report.ToolOutput
	for _, a := range rep.Artifacts {
		if f, ok := a.Facts.(*report.ToolOutput); ok {
			out = append(out, f)
		}
	}
	return out
}

func toolFindingIDs(rep *report.Report) []string {
	var ids []string
	for _, f := range rep.Findings {
		ids = append(ids, string(f.Severity)+" "+f.ID)
	}
	sort.Strings(ids)
	return ids
}

func TestToolSamplesGiveFacts(t *testing.T) {
	for _, c := range []struct {
		file, tool string
		facts      string   // a JSON fragment the artifact must contain
		findings   []string // exactly these findings
	}{
		{"codesign-dvvv-developer-id.txt", "codesign -d", `"cert_kind":"Developer ID Application"`, []string{"warning ent-hardened-runtime-exception"}},
		{"codesign-dvv-no-runtime-no-timestamp.txt", "codesign -d", `"timestamp":"no"`,
			[]string{"error macho-no-hardened-runtime", "error macho-no-secure-timestamp"}},
		{"codesign-dvv-apple-development.txt", "codesign -d", `"flags":["runtime"]`, []string{"info macho-development-signed"}},
		{"codesign-adhoc-entitlements.txt", "codesign -d", `"com.apple.security.get-task-allow":true`, []string{"warning text-codesign-adhoc"}},
		{"spctl-unnotarized.txt", "spctl --assess", `{"name":"source","value":"Unnotarized Developer ID"}`, []string{"error text-gatekeeper-unverified"}},
		{"spctl-accepted.txt", "spctl --assess", `"verdict":"accepted"`, nil},
		{"pkgutil-developer-id.txt", "pkgutil --check-signature", `"sha256":"B106B626DA3BA84834F3DFD2CC5EAC039131053FA9A2B7BA2A5E333C3B05537A"`, nil},
		{"pkgutil-old-sha1.txt", "pkgutil --check-signature", `"sha1":"AB03A42A250B5F7DF9A0691617513A2297F2A3A8"`, nil},
		{"find-identity-not-trusted.txt", "security find-identity", `"valid":false`, []string{"error tool-identity-invalid"}},
		{"find-identity-valid.txt", "security find-identity", `"sha1":"830A6BE45674199A66DBD4ABEAEF3A3D4E8A3AE1"`, nil},
		{"stapler-worked.txt", "stapler validate", `"verdict":"stapled"`, nil},
		{"stapler-no-ticket.txt", "stapler validate", `"verdict":"not-stapled"`, []string{"info tool-not-stapled"}},
		{"notarytool-info.txt", "notarytool info", `"verdict":"In Progress"`, []string{"info text-notary-in-progress"}},
		{"codesign-verify-sealed.txt", "codesign --verify", `"file_added":["/tmp/K.app/Contents/Resources/libCon.dylib"]`, []string{"error text-signed-resource-modified"}},
		{"find-identity-expired.txt", "security find-identity", `"problem":"CSSMERR_TP_CERT_EXPIRED"`, []string{"error text-cert-expired"}},
		{"codesign-verify-valid.txt", "codesign --verify", `"verdict":"valid"`, nil},
		{"codesign-dv-no-authority.txt", "codesign -d", `"note":"the output does not list the certificate chain`, nil},
		{"notarytool-log-invalid.txt", "notarytool log", `"kind":"notary"`, []string{"error text-no-hardened-runtime", "error text-notary-invalid"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(toolSamples, c.file))
			if err != nil {
				t.Fatal(err)
			}
			rep := analyzePaste(t, string(b))
			arts := toolArtifacts(rep)
			if len(arts) != 1 || arts[0].Tool != c.tool {
				t.Fatalf("tool-output artifacts %+v, want one %q", arts, c.tool)
			}
			js, err := json.Marshal(rep)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(js, []byte(`"kind":"tool-output"`)) || !bytes.Contains(js, []byte(c.facts)) {
				t.Errorf("JSON lacks %s:\n%s", c.facts, js)
			}
			// The report reads back with its tool-output facts.
			var back report.Report
			if err := json.Unmarshal(js, &back); err != nil || len(toolArtifacts(&back)) != 1 {
				t.Errorf("round trip: %v", err)
			}
			// Exactly the expected findings: no catalogue finding on
			// fact lines, and no "no known error" on tool output.
			got := toolFindingIDs(rep)
			if fmt.Sprint(got) != fmt.Sprint(sortedCopy(c.findings)) {
				t.Errorf("findings %q, want %q", got, c.findings)
			}
		})
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedCopy(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

// codesignDisplay writes what `codesign -dvv --entitlements -` prints for a
// slice (Apple's cs_dump formats), from the facts the analyzer read in the
// file itself.
func codesignDisplay(name string, s report.MachOSlice) string {
	var b strings.Builder
	cd := s.CodeDirectories[0]
	flags := "0x0(none)"
	var bits uint32
	for _, c := range s.CodeDirectories[:1] {
		for _, f := range c.Flags {
			bits |= map[string]uint32{"adhoc": 0x2, "hard": 0x100, "kill": 0x200, "restrict": 0x800, "library-validation": 0x2000, "runtime": 0x10000, "linker-signed": 0x20000}[f]
		}
	}
	if len(cd.Flags) > 0 {
		flags = fmt.Sprintf("%#x(%s)", bits, strings.Join(cd.Flags, ","))
	}
	fmt.Fprintf(&b, "Executable=/Users/example/%s\nIdentifier=%s\nFormat=Mach-O thin (%s)\n", name, s.Identifier, s.Arch)
	fmt.Fprintf(&b, "CodeDirectory v=%s size=%d flags=%s hashes=%d+%d location=embedded\n", strings.TrimPrefix(cd.Version, "0x"), 300+32*cd.CodeSlots, flags, cd.CodeSlots, cd.SpecialSlots)
	b.WriteString("Signature size=4442\n")
	for _, a := range s.Authorities {
		fmt.Fprintf(&b, "Authority=%s\n", a)
	}
	if s.Timestamp {
		b.WriteString("Timestamp=27 Nov 2026 at 10:00:00\n")
	} else {
		b.WriteString("Signed Time=27 Nov 2026 at 10:00:00\n")
	}
	team := s.Team
	if team == "" {
		team = "not set"
	}
	fmt.Fprintf(&b, "Info.plist=not bound\nTeamIdentifier=%s\nSealed Resources=none\nInternal requirements count=1 size=96\n", team)
	if len(s.Entitlements) > 0 {
		b.WriteString("[Dict]\n")
		for k, v := range s.Entitlements {
			if bv, ok := v.(bool); ok {
				fmt.Fprintf(&b, "\t[Key] %s\n\t[Value]\n\t\t[Bool] %v\n", k, bv)
			}
		}
	}
	return b.String()
}

// The checks that codesign -d facts suffice for give, on the pasted output,
// the findings they give on the binary.
func TestPastedCodesignSameAsFile(t *testing.T) {
	same := map[string]bool{"macho-no-hardened-runtime": true, "macho-no-secure-timestamp": true,
		"macho-development-signed": true, "macho-get-task-allow": true,
		"ent-get-task-allow": true, "ent-hardened-runtime-exception": true, "ent-private": true}
	dirs, _ := filepath.Glob(filepath.Join(casesDir, "macho-*", "*"))
	tried, firing := 0, 0
	for _, dir := range dirs {
		opts, err := readCaseOptions(filepath.Join(dir, "options"))
		if err != nil {
			t.Fatal(err)
		}
		files, err := readCaseInputs(dir)
		if err != nil || len(files) != 1 {
			continue
		}
		rep, err := Analyze(context.Background(), files, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Artifacts) != 1 {
			continue
		}
		m, ok := rep.Artifacts[0].Facts.(*report.MachO)
		if !ok || len(m.Slices) != 1 || m.Slices[0].Signature != "certificate" || len(m.Slices[0].CodeDirectories) == 0 || len(m.Slices[0].Authorities) == 0 {
			continue
		}
		tried++
		var fromFile []string
		for _, f := range rep.Findings {
			if same[f.ID] {
				fromFile = append(fromFile, string(f.Severity)+" "+f.ID+": "+f.Message)
			}
		}
		paste := codesignDisplay(files[0].Name, m.Slices[0])
		prep := analyzePaste(t, paste)
		var fromPaste []string
		for _, f := range prep.Findings {
			if same[f.ID] {
				fromPaste = append(fromPaste, string(f.Severity)+" "+f.ID+": "+f.Message)
			}
		}
		sort.Strings(fromFile)
		sort.Strings(fromPaste)
		if len(fromFile) > 0 {
			firing++
		}
		if fmt.Sprint(fromFile) != fmt.Sprint(fromPaste) {
			t.Errorf("%s:\nfile:  %q\npaste: %q\n%s", dir, fromFile, fromPaste, paste)
		}
	}
	if tried < 4 || firing < 3 {
		t.Errorf("only %d certificate-signed cases compared, %d with findings", tried, firing)
	}
	t.Logf("%d certificate-signed binaries compared with their codesign -dvv output, %d with findings", tried, firing)
}

// A profile's XML pasted without the command line reaches the profile
// recognizer as a bare property list: pasted, it is security cms -D output,
// not a profile file without its signature.
func TestPastedProfileXMLAlone(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(toolSamples, "cms-decoded-profile.xml"))
	if err != nil {
		t.Fatal(err)
	}
	ids := func(name string) []string {
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		return toolFindingIDs(rep)
	}
	if got := ids("pasted text"); fmt.Sprint(got) != "[info profile-kind info tool-profile-decoded]" {
		t.Errorf("pasted: %q", got)
	}
	// The same bytes as a file are a profile without its signature.
	if got := ids("Example.plist"); !containsString(got, "error profile-not-apple-signed") || containsString(got, "info tool-profile-decoded") {
		t.Errorf("file: %q", got)
	}
}
