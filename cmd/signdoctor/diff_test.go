package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/signdoctor/signdoctor/internal/testfixture"
)

const entitlementsXML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
%s
</dict>
</plist>
`

func entitlementsFile(t *testing.T, name, body string) string {
	return writeFile(t, name, []byte(strings.Replace(entitlementsXML, "%s", body, 1)))
}

func runDiffJSON(t *testing.T, a, b string, extra ...string) (int, diffOutput) {
	t.Helper()
	code, stdout, stderr := runCLI(t, "", false, append([]string{"diff", "--format", "json", a, b}, extra...)...)
	var out diffOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("diff --format json printed no JSON (%v): %q, stderr %q", err, stdout, stderr)
	}
	return code, out
}

// changeSet renders changes as "where|field|kind|old|new" for comparison.
func changeSet(c diffComparison) map[string]bool {
	m := map[string]bool{}
	for _, ch := range c.Changes {
		m[strings.Join([]string{ch.Where, ch.Field, ch.Kind, ch.Old, ch.New}, "|")] = true
	}
	return m
}

func TestDiffEntitlements(t *testing.T) {
	a := entitlementsFile(t, "Debug.entitlements", `
	<key>com.apple.security.get-task-allow</key><true/>
	<key>com.apple.security.cs.allow-jit</key><true/>
	<key>com.apple.security.application-groups</key><array><string>TEAM123456.shop</string></array>`)
	b := entitlementsFile(t, "Release.entitlements", `
	<key>com.apple.security.get-task-allow</key><false/>
	<key>com.apple.security.network.client</key><true/>
	<key>com.apple.security.application-groups</key><array><string>TEAM123456.shop</string></array>`)

	code, out := runDiffJSON(t, a, b)
	if code != exitFindings || out.Identical {
		t.Errorf("exit %d, identical %v; want %d and false for files that differ", code, out.Identical, exitFindings)
	}
	if len(out.Comparisons) != 1 || out.Comparisons[0].Kind != "entitlements" || !out.Comparisons[0].Comparable {
		t.Fatalf("want one comparable entitlements comparison, got %+v", out.Comparisons)
	}
	got := changeSet(out.Comparisons[0])
	for _, want := range []string{
		"|entitlements: com.apple.security.get-task-allow|changed|true|false",
		"|entitlements: com.apple.security.cs.allow-jit|removed|true|",
		"|entitlements: com.apple.security.network.client|added||true",
	} {
		if !got[want] {
			t.Errorf("missing change %s in %v", want, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("want exactly 3 changes (the app group is the same), got %v", got)
	}

	// Text: one row per change, old and new side by side, absent as "-".
	code, stdout, _ := runCLI(t, "", false, "diff", "--width", "140", a, b)
	if code != exitFindings {
		t.Errorf("text exit %d, want %d", code, exitFindings)
	}
	for _, want := range [][]string{
		{"entitlements: com.apple.security.get-task-allow", "true", "false"},
		{"entitlements: com.apple.security.cs.allow-jit", "true", "-"},
		{"entitlements: com.apple.security.network.client", "-", "true"},
	} {
		if !hasRow(stdout, want...) {
			t.Errorf("no row %q in\n%s", want, stdout)
		}
	}
	if !strings.Contains(stdout, "FIELD") || !strings.Contains(stdout, "A (old)") || !strings.Contains(stdout, "B (new)") {
		t.Errorf("no column headings in\n%s", stdout)
	}
}

// hasRow says whether some line holds exactly these cells, in order,
// separated by runs of spaces.
func hasRow(text string, cells ...string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.Join(strings.Fields(line), " ") == strings.Join(cells, " ") {
			return true
		}
	}
	return false
}

func TestDiffIdenticalExitsZero(t *testing.T) {
	p := writeFile(t, "Shop.mobileprovision", testfixture.PlainProfile(t).Build(t))
	code, stdout, stderr := runCLI(t, "", false, "diff", p, p)
	if code != exitOK {
		t.Errorf("exit %d, want %d; stderr %s", code, exitOK, stderr)
	}
	if !strings.Contains(stdout, "no differences") {
		t.Errorf("stdout %q does not say there are no differences", stdout)
	}
	_, out := runDiffJSON(t, p, p)
	if !out.Identical || len(out.Comparisons) != 1 || len(out.Comparisons[0].Changes) != 0 {
		t.Errorf("want identical with one empty comparison, got %+v", out)
	}
}

func TestDiffProfiles(t *testing.T) {
	old := testfixture.PlainProfile(t)
	renewed := old
	renewed.UUID = "7A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
	renewed.Expires = time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC)
	renewed.Devices = []string{old.Devices[0], "00008110-000C1D2E3F405162"}
	renewed.Team, renewed.BundleID = "OTHER12345", "com.example.shop"
	renewed.Entitlements = map[string]any{"aps-environment": "development"}
	a := writeFile(t, "old.mobileprovision", old.Build(t))
	b := writeFile(t, "new.mobileprovision", renewed.Build(t))

	code, out := runDiffJSON(t, a, b, "--now", "2026-11-27")
	if code != exitFindings || len(out.Comparisons) != 1 || out.Comparisons[0].Kind != "profile" {
		t.Fatalf("exit %d, comparisons %+v", code, out.Comparisons)
	}
	got := changeSet(out.Comparisons[0])
	for _, want := range []string{
		"|uuid|changed|" + old.UUID + "|" + renewed.UUID,
		"|expires|changed|2027-06-01T00:00:00Z|2028-06-01T00:00:00Z",
		"|team|changed|TEAM123456|OTHER12345",
		"|app_id|changed|TEAM123456.com.example.shop|OTHER12345.com.example.shop",
		"|device|removed|" + old.Devices[1] + "|",
		"|device|added||00008110-000C1D2E3F405162",
		"|entitlements: aps-environment|added||development",
	} {
		if !got[want] {
			t.Errorf("missing change %s in %v", want, got)
		}
	}
	// A device both have is no change.
	for k := range got {
		if strings.Contains(k, old.Devices[0]) {
			t.Errorf("unchanged device reported: %s", k)
		}
	}
}

// TestDiffBinaries compares an ad-hoc signed tool with one signed by an Apple
// Development certificate (the cases' generated binaries).
func TestDiffBinaries(t *testing.T) {
	decode := func(p string) string {
		b64, err := os.ReadFile(filepath.Join("../../testdata/cases", p))
		if err != nil {
			t.Skipf("case binary missing: %v", err)
		}
		bin, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b64)), ""))
		if err != nil {
			t.Fatal(err)
		}
		return writeFile(t, filepath.Base(filepath.Dir(p)), bin)
	}
	a := decode("macho-adhoc/adhoc/tool.b64")
	b := decode("macho-development-signed/apple-development/tool.b64")
	code, out := runDiffJSON(t, a, b)
	if code != exitFindings || len(out.Comparisons) != 1 || out.Comparisons[0].Kind != "macho" {
		t.Fatalf("exit %d, comparisons %+v", code, out.Comparisons)
	}
	byField := map[string]analyzerChange{}
	for _, ch := range out.Comparisons[0].Changes {
		byField[ch.Field] = analyzerChange{ch.Where, ch.Kind, ch.Old, ch.New}
	}
	if c := byField["signature"]; c.where != "arm64" || c.old != "adhoc" || c.new != "certificate" {
		t.Errorf("signature change %+v, want arm64 adhoc -> certificate", c)
	}
	if c := byField["flags"]; c.kind != "removed" || c.old != "adhoc" {
		t.Errorf("flags change %+v, want the adhoc flag removed", c)
	}
	if c := byField["cert_kind"]; c.kind != "added" || c.new != "Apple Development" {
		t.Errorf("cert_kind change %+v, want Apple Development added", c)
	}
	if c := byField["team"]; c.kind != "added" || c.new == "" {
		t.Errorf("team change %+v, want a team added", c)
	}
	if _, ok := byField["cdhash"]; !ok {
		t.Error("no cdhash change between two different binaries")
	}
	// The text form groups a slice's changes under its architecture.
	_, stdout, _ := runCLI(t, "", false, "diff", "--width", "100", a, b)
	if !strings.Contains(stdout, "[arm64]") || !hasRow(stdout, "signature", "adhoc", "certificate") {
		t.Errorf("text output lacks the [arm64] group or the signature row:\n%s", stdout)
	}
}

type analyzerChange struct{ where, kind, old, new string }

func TestDiffCannotCompare(t *testing.T) {
	ents := entitlementsFile(t, "App.entitlements", "<key>get-task-allow</key><true/>")
	profile := writeFile(t, "Shop.mobileprovision", testfixture.PlainProfile(t).Build(t))
	junkFile := writeFile(t, "junk.bin", junk)
	text := writeFile(t, "build.log", []byte("error: errSecInternalComponent\n"))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"one file", []string{"diff", ents}, "want two files"},
		{"three files", []string{"diff", ents, ents, ents}, "want two files"},
		{"different kinds", []string{"diff", ents, profile}, "hold nothing of one kind to compare"},
		{"unrecognised", []string{"diff", junkFile, ents}, "not read as any artifact"},
		{"text is not compared", []string{"diff", text, text}, "text artifacts are not compared"},
		{"bad format", []string{"diff", "--format", "sarif", ents, ents}, `unknown format "sarif"`},
		{"missing", []string{"diff", ents, filepath.Join(t.TempDir(), "nope")}, "no such file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", false, c.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, c.want) {
				t.Errorf("stderr %q does not say %q", stderr, c.want)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
		})
	}
}

func TestWrapColumn(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want []string
	}{
		{"", 10, []string{""}},
		{"short", 10, []string{"short"}},
		{"Apple Development: Test Developer", 20, []string{"Apple Development:", "Test Developer"}},
		{"0123456789ABCDEF0123", 8, []string{"01234567", "89ABCDEF", "0123"}},
		{"ääääääääää", 4, []string{"ääää", "ääää", "ää"}},
	} {
		got := wrapColumn(c.in, c.n)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("wrapColumn(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
