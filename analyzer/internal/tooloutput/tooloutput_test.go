package tooloutput

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseFile(t *testing.T, name string) *Output {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return Parse(b)
}

func one(t *testing.T, out *Output, tool Tool) *Section {
	t.Helper()
	if len(out.Sections) != 1 {
		t.Fatalf("%d sections, want 1: %+v", len(out.Sections), out.Sections)
	}
	s := &out.Sections[0]
	if s.Tool != tool {
		t.Fatalf("tool %q, want %q", s.Tool, tool)
	}
	return s
}

func TestDisplayDeveloperID(t *testing.T) {
	s := one(t, parseFile(t, "codesign-dvvv-developer-id.txt"), CodesignDisplay)
	d := s.Display
	if !strings.HasPrefix(s.Command, "codesign -dvvv") || s.Start != 1 || !s.Facts {
		t.Errorf("command %q start %d facts %v", s.Command, s.Start, s.Facts)
	}
	if d.Identifier != "com.steipete.codexbar" || d.Flags != FlagRuntime || !d.HasFlags || d.TeamIdentifier != "Y5PE65HELJ" {
		t.Errorf("display %+v", d)
	}
	if d.Leaf() != "Developer ID Application: Example Software (Y5PE65HELJ)" || len(d.Authorities) != 3 || !d.Certificate() {
		t.Errorf("authorities %q", d.Authorities)
	}
	if d.Timestamp != "Aug 2, 2026 at 10:01:42 AM" || d.SignedTime != "" || !d.Complete {
		t.Errorf("timestamp %q signed %q complete %v", d.Timestamp, d.SignedTime, d.Complete)
	}
	if len(d.Requirements) != 1 || !strings.HasPrefix(d.Requirements[0], "designated => identifier") {
		t.Errorf("requirements %q", d.Requirements)
	}
	if d.Entitlements["com.apple.security.get-task-allow"] != false || d.Entitlements["com.apple.security.cs.disable-library-validation"] != true {
		t.Errorf("entitlements %v", d.Entitlements)
	}
	if v, _ := s.Field("CandidateCDHash sha256"); v != "53de762f14d4fe564d3d599d8d81dcfbd0af29e8" {
		t.Errorf("CandidateCDHash %q", v)
	}
	if s.End != 37 {
		t.Errorf("end %d", s.End)
	}
}

func TestDisplayNoRuntimeNoTimestamp(t *testing.T) {
	d := one(t, parseFile(t, "codesign-dvv-no-runtime-no-timestamp.txt"), CodesignDisplay).Display
	if d.Flags != 0 || !d.HasFlags || d.Timestamp != "" || d.SignedTime == "" || !d.Complete || !d.Certificate() {
		t.Errorf("%+v", d)
	}
}

func TestDisplayAdhocDictEntitlements(t *testing.T) {
	d := one(t, parseFile(t, "codesign-adhoc-entitlements.txt"), CodesignDisplay).Display
	if !d.Adhoc || d.Certificate() || d.Flags != FlagAdhoc|FlagRuntime || d.TeamIdentifier != "not set" {
		t.Errorf("%+v", d)
	}
	if len(d.Entitlements) != 4 || d.Entitlements["com.apple.security.get-task-allow"] != true {
		t.Errorf("entitlements %v", d.Entitlements)
	}
}

func TestDictFormInline(t *testing.T) {
	// The one-line form codesign also prints.
	in := "Executable=/x/Probe.app/Contents/MacOS/Probe\n[Dict]\n\t[Key] com.apple.security.app-sandbox                         [Bool] true\n" +
		"\t[Key] com.apple.security.temporary-exception.mach-lookup.global-name\n\t[Value] [Array] [String] com.apple.testmanagerd\n\t                [String] com.apple.dt.testmanagerd.runner\n" +
		"\t[Key] com.apple.security.get-task-allow\n\t[Value] [Bool] true\n"
	d := one(t, Parse([]byte(in)), CodesignDisplay).Display
	arr, _ := d.Entitlements["com.apple.security.temporary-exception.mach-lookup.global-name"].([]any)
	if d.Entitlements["com.apple.security.app-sandbox"] != true || d.Entitlements["com.apple.security.get-task-allow"] != true || len(arr) != 2 {
		t.Errorf("entitlements %#v", d.Entitlements)
	}
}

func TestIdentities(t *testing.T) {
	ids := one(t, parseFile(t, "find-identity-not-trusted.txt"), FindIdentity).Identities
	if ids.Matching != 1 || ids.Valid != 0 || len(ids.List) != 1 || ids.List[0].Valid || ids.List[0].SHA1 != "4E587951B705280CBB8086325CD134D4CDA04977" || ids.Policy != "Code Signing" {
		t.Errorf("%+v", ids)
	}
	ids = one(t, parseFile(t, "find-identity-expired.txt"), FindIdentity).Identities
	if ids.List[0].Problem != "CSSMERR_TP_CERT_EXPIRED" {
		t.Errorf("%+v", ids)
	}
	ids = one(t, parseFile(t, "find-identity-valid.txt"), FindIdentity).Identities
	if !ids.ValidOnly || ids.Valid != 3 || len(ids.List) != 3 || !ids.List[1].Valid || ids.List[1].Name != "Developer ID Application: Pixvana Inc (DN4P47YS92)" {
		t.Errorf("%+v", ids)
	}
}

func TestPackage(t *testing.T) {
	pk := one(t, parseFile(t, "pkgutil-developer-id.txt"), Pkgutil).Package
	if pk.Name != "Escrow.Buddy-1.0.0.pkg" || pk.Notarization != "trusted by the Apple notary service" || pk.Timestamp != "2023-06-11 23:33:47 +0000" || len(pk.Chain) != 3 {
		t.Fatalf("%+v", pk)
	}
	if c := pk.Chain[0]; c.Name != "Developer ID Installer: Mac Admins Open Source (T4SK8ZXCXG)" || c.SHA256 != "B106B626DA3BA84834F3DFD2CC5EAC039131053FA9A2B7BA2A5E333C3B05537A" || c.Expires != "2028-02-09 02:34:05 +0000" {
		t.Errorf("%+v", c)
	}
	pk = one(t, parseFile(t, "pkgutil-old-sha1.txt"), Pkgutil).Package
	if pk.Status != "signed by a certificate trusted by Mac OS X" || len(pk.Chain) != 3 || pk.Chain[2].SHA1 != "611E5B662C593A08FF58D14AE22452D198DF6C60" {
		t.Errorf("%+v", pk)
	}
}

func TestAssessment(t *testing.T) {
	s := one(t, parseFile(t, "spctl-unnotarized.txt"), Spctl)
	a := s.Assessment
	if a.Accepted || a.Source != "Unnotarized Developer ID" || !strings.HasPrefix(a.Origin, "Developer ID Application:") || s.Facts || s.Command == "" {
		t.Errorf("%+v %+v", s, a)
	}
	a = one(t, parseFile(t, "spctl-accepted.txt"), Spctl).Assessment
	if !a.Accepted || a.Source != "Notarized Developer ID" {
		t.Errorf("%+v", a)
	}
	a = one(t, Parse([]byte("Swift Console.app: rejected (the code is valid but does not seem to be an app)\norigin=Developer ID Application: Swift Navigation, Inc. (ABCDE12345)\n")), Spctl).Assessment
	if a.Reason != "the code is valid but does not seem to be an app" {
		t.Errorf("%+v", a)
	}
}

func TestVerify(t *testing.T) {
	v := one(t, parseFile(t, "codesign-verify-sealed.txt"), CodesignVerify).Verify
	if v.ValidOnDisk || len(v.Errors) != 1 || v.Errors[0] != "a sealed resource is missing or invalid" || len(v.Added) != 1 || len(v.Modified) != 1 || v.Validated != 1 {
		t.Errorf("%+v", v)
	}
	v = one(t, parseFile(t, "codesign-verify-valid.txt"), CodesignVerify).Verify
	if !v.ValidOnDisk || !v.SatisfiesDR || len(v.Errors) != 0 || v.Path != "/Library/Image Capture/Devices/EPSON Scanner.app" {
		t.Errorf("%+v", v)
	}
	v = one(t, Parse([]byte("$ codesign --verify --deep --strict --verbose=2 Test.app\nTest.app: CSSMERR_TP_NOT_TRUSTED\nIn architecture: x86_64\n")), CodesignVerify).Verify
	if len(v.Errors) != 1 || v.Errors[0] != "CSSMERR_TP_NOT_TRUSTED" || v.Architecture != "x86_64" {
		t.Errorf("%+v", v)
	}
}

func TestStaplerAndNotarytool(t *testing.T) {
	r := one(t, parseFile(t, "stapler-worked.txt"), Stapler).Stapler
	if !r.Worked || r.Path != "/Applications/InboxScout.app" {
		t.Errorf("%+v", r)
	}
	r = one(t, parseFile(t, "stapler-no-ticket.txt"), Stapler).Stapler
	if r.Worked || !r.NoTicket {
		t.Errorf("%+v", r)
	}
	r = one(t, Parse([]byte("Processing: /x/App.dmg\nThe staple and validate action failed! Error 65.\n")), Stapler).Stapler
	if r.Error != "65" {
		t.Errorf("%+v", r)
	}
	s := one(t, parseFile(t, "notarytool-info.txt"), NotarytoolInfo)
	if s.Status != "In Progress" || s.Command == "" {
		t.Errorf("%+v", s)
	}
	if id, _ := s.Field("id"); id != "d66044ca-5cd1-4d9a-87f7-492ce2ed9bfa" {
		t.Errorf("id %q", id)
	}
}

func TestBlocks(t *testing.T) {
	profile := "$ security cms -D -i embedded.mobileprovision\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n" +
		"\t<key>ExpirationDate</key>\n\t<date>2027-01-01T00:00:00Z</date>\n\t<key>TeamIdentifier</key>\n\t<array><string>ABCDE12345</string></array>\n</dict>\n</plist>\n"
	s := one(t, Parse([]byte(profile)), CMSProfile)
	if !s.Facts || !strings.Contains(string(s.Block), "<key>ExpirationDate</key>") || s.Start != 1 || s.End != 10 {
		t.Errorf("%+v", s)
	}
	// A property list without profile keys is not a profile.
	if out := Parse([]byte("<plist version=\"1.0\">\n<dict><key>assessment:verdict</key><false/></dict>\n</plist>\n")); len(out.Sections) != 0 {
		t.Errorf("spctl --raw taken for a profile: %+v", out.Sections)
	}
	log := "xcrun notarytool log 4a07 --keychain-profile p\n{\n  \"logFormatVersion\": 1,\n  \"jobId\": \"4a078fbf-6069-469f-8158-6de5c8e03315\",\n  \"status\": \"Accepted\",\n  \"issues\": null\n}\n"
	s = one(t, Parse([]byte(log)), NotarytoolLog)
	if s.Facts || !strings.HasPrefix(string(s.Block), "{") || s.End != 7 {
		t.Errorf("%+v", s)
	}
}

func TestSeveralToolsInOnePaste(t *testing.T) {
	var all []byte
	for _, n := range []string{"spctl-unnotarized.txt", "codesign-dvv-apple-development.txt", "stapler-no-ticket.txt", "find-identity-valid.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", n))
		all = append(append(all, b...), '\n')
	}
	out := Parse(all)
	var tools []string
	for _, s := range out.Sections {
		tools = append(tools, string(s.Tool))
	}
	if got := strings.Join(tools, ","); got != "spctl --assess,codesign -d,stapler validate,security find-identity" {
		t.Errorf("tools %s", got)
	}
}

func TestNotToolOutput(t *testing.T) {
	for _, s := range []string{
		"error: The specified item could not be found in the keychain.",
		"Identifier=foo",
		"Provisioning profile \"iOS Team Provisioning Profile: com.example.app\" doesn't include signing certificate \"Apple Development: Example (ABCDE12345)\".",
		"Processing: /tmp/photo.jpg",
		"App.app: rejected",
		"{\n  \"name\": \"x\"\n}\n",
		"Run codesign -dvvv to see the flags.",
	} {
		if out := Parse([]byte(s)); len(out.Sections) != 0 {
			t.Errorf("%q: %+v", s, out.Sections)
		}
	}
}

func TestQuotedPaste(t *testing.T) {
	b, _ := os.ReadFile(filepath.Join("testdata", "codesign-dvv-no-runtime-no-timestamp.txt"))
	quoted := "> " + strings.ReplaceAll(strings.TrimSpace(string(b)), "\n", "\n> ") + "\n"
	d := one(t, Parse([]byte(quoted)), CodesignDisplay).Display
	if !d.HasFlags || d.Flags != 0 || d.Leaf() == "" {
		t.Errorf("%+v", d)
	}
}

func TestLimits(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 200; i++ {
		b.WriteString("Processing: /x.app\nThe validate action worked!\n\n")
	}
	out := Parse([]byte(b.String()))
	if len(out.Sections) != MaxSections || !out.Truncated {
		t.Errorf("%d sections, truncated %v", len(out.Sections), out.Truncated)
	}
	long := "Executable=/" + strings.Repeat("a", 10*MaxValue) + "\nIdentifier=x\n"
	d := one(t, Parse([]byte(long)), CodesignDisplay).Display
	if len(d.Executable) > MaxValue {
		t.Errorf("executable %d bytes", len(d.Executable))
	}
}

func TestDisplayXMLEntitlements(t *testing.T) {
	// codesign -d --entitlements :- up to macOS 11 printed the XML.
	in := "$ codesign -d --entitlements :- /Applications/Example.app\nExecutable=/Applications/Example.app/Contents/MacOS/Example\n" +
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n" +
		"<plist version=\"1.0\">\n<dict>\n\t<key>com.apple.security.app-sandbox</key>\n\t<true/>\n\t<key>com.apple.security.application-groups</key>\n\t<array>\n\t\t<string>ABCDE12345.group</string>\n\t</array>\n</dict>\n</plist>\n"
	s := one(t, Parse([]byte(in)), CodesignDisplay)
	d := s.Display
	if d.Entitlements["com.apple.security.app-sandbox"] != true || len(d.EntitlementsXML) == 0 || s.End != 14 || s.Command == "" {
		t.Errorf("%+v %+v", s, d.Entitlements)
	}
}

// Pasted listings often hide or shorten the hashes ("<...>", "DF40E24B...",
// "XXXX"); the lines are still identities, of unknown fingerprint, and the
// paste is not read as codesign --verify output.
func TestIdentitiesHashHidden(t *testing.T) {
	out := Parse([]byte(`% security find-identity -v -p codesigning
  1) <...> "lldb_codesign"
  2) <...> "iPhone Developer: Example Dev (3FD7YP60A6)" (CSSMERR_TP_CERT_REVOKED)
  3) DF40E24B... "iPhone Developer: Example Dev (9FBWYY4H42)"
  4) XXXXXXXXXXXXXXXX "Apple Development: Example Dev (ABCDE12345)"
     4 valid identities found
`))
	ids := one(t, out, FindIdentity).Identities
	if ids == nil || ids.Valid != 4 || len(ids.List) != 4 {
		t.Fatalf("%+v", ids)
	}
	for _, id := range ids.List {
		if id.SHA1 != "" || !id.Valid {
			t.Errorf("%+v: want a valid identity with no fingerprint", id)
		}
	}
	if ids.List[1].Problem != "CSSMERR_TP_CERT_REVOKED" || ids.List[2].Name != "iPhone Developer: Example Dev (9FBWYY4H42)" {
		t.Errorf("%+v", ids.List)
	}
}
