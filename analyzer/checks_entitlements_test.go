package analyzer

import (
	"bytes"
	"context"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/bundle"
	"github.com/signdoctor/signdoctor/analyzer/internal/entitlements"
	"github.com/signdoctor/signdoctor/analyzer/internal/macho"
	"github.com/signdoctor/signdoctor/analyzer/internal/profile"
	"github.com/signdoctor/signdoctor/analyzer/report"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// These tests pair entitlements with profiles and Mach-O files built directly
// (from the facts they would show), so the cross-checks are tested whatever
// state the profile and archive readers are in.

func entFileInput(t *testing.T, name string, b []byte) *Input {
	t.Helper()
	in := parseInput(context.Background(), File{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}, &Options{})
	if in.Kind != KindEntitlements || in.Err != nil {
		t.Fatalf("%s: kind %s, err %v", name, in.Kind, in.Err)
	}
	return in
}

func entMapInput(t *testing.T, name string, m map[string]any) *Input {
	t.Helper()
	der, err := entitlements.EncodeDER(m)
	if err != nil {
		t.Fatal(err)
	}
	return entFileInput(t, name, der)
}

// profileInput is a profile as its parser leaves it, with these facts.
func profileInput(name string, f *report.Profile) *Input {
	pr := &profile.Profile{Name: f.ProfileName, Kind: profile.Kind(f.ProfileKind), Platforms: f.Platforms, Team: f.Team, AppID: f.AppID, Entitlements: f.Entitlements}
	return &Input{File: File{Name: name}, Kind: KindProfile, Value: pr, Artifacts: []report.Artifact{report.NewArtifact(name, f)}}
}

// machoSlicesOf are Mach-O slices as the Mach-O parser leaves them, with
// these facts (signature kind, identifier, signer, platform, entitlements).
func machoSlicesOf(facts ...report.MachOSlice) []*machoSlice {
	var out []*machoSlice
	for _, f := range facts {
		s := &macho.Slice{Arch: f.Arch, Platform: f.Platform, HasMinOS: f.Platform != "",
			Signature: &macho.Signature{CodeDirectories: []*macho.CodeDirectory{{Identifier: f.Identifier, TeamID: f.Team}}}}
		ms := &machoSlice{Slice: s, Kind: f.Signature, Entitlements: f.Entitlements, EntitlementsDER: f.EntitlementsDER}
		if f.LeafTeam != "" || f.CertKind != "" {
			ms.Leaf = &x509.Certificate{Subject: pkix.Name{CommonName: f.Leaf, OrganizationalUnit: []string{f.LeafTeam}}}
			ms.CertKind = f.CertKind
		}
		out = append(out, ms)
	}
	return out
}

func runEntChecks(t *testing.T, inputs ...*Input) []report.Finding {
	t.Helper()
	c := &Case{Inputs: inputs}
	var out []report.Finding
	for _, chk := range Checks() {
		if strings.HasPrefix(chk.ID, "ent-") && runnable(chk, c) {
			out = append(out, runCheck(chk, c, defaultCaseTime, Options{})...)
		}
	}
	return out
}

func findingIDs(fs []report.Finding) map[string][]report.Finding {
	m := map[string][]report.Finding{}
	for _, f := range fs {
		m[f.ID] = append(m[f.ID], f)
	}
	return m
}

func readCorpusEntitlements(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testcorpus.Dir(t, "entitlements"), name))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	return b
}

func TestWireGuardAgainstDeveloperIDProfile(t *testing.T) {
	wg := entFileInput(t, "WireGuardNetworkExtension_macOS.entitlements", readCorpusEntitlements(t, "wireguard-apple-WireGuardNetworkExtension_macOS.entitlements"))
	prof := profileInput("wg.provisionprofile", &report.Profile{
		ProfileName: "WireGuard Developer ID", ProfileKind: "developer-id", Platforms: []string{"OSX"},
		Team: "ABCDE12345", AppID: "ABCDE12345.com.example.wireguard.network-extension",
		Entitlements: map[string]any{
			"com.apple.application-identifier":                "ABCDE12345.com.example.wireguard.network-extension",
			"com.apple.developer.team-identifier":             "ABCDE12345",
			"com.apple.developer.networking.networkextension": []any{"packet-tunnel-provider-systemextension", "app-proxy-provider-systemextension", "content-filter-provider-systemextension", "dns-proxy-systemextension"},
			"com.apple.security.application-groups":           []any{"ABCDE12345.*"},
			"keychain-access-groups":                          []any{"ABCDE12345.*"},
		},
	})
	got := findingIDs(runEntChecks(t, wg, prof))
	ne := got["ent-network-extension-developer-id"]
	if len(ne) != 1 || !strings.Contains(ne[0].Message, "packet-tunnel-provider (the profile allows packet-tunnel-provider-systemextension)") {
		t.Errorf("network extension: %+v", ne)
	}
	if len(got["ent-not-authorised"]) != 0 {
		t.Errorf("NE reported twice: %+v", got["ent-not-authorised"])
	}
	// Xcode expands $(DEVELOPMENT_TEAM) to the profile's team, and the
	// profile's ABCDE12345.* then covers the group, whatever APP_ID_MACOS is.
	if len(got["ent-app-group-not-authorised"]) != 0 || len(got["ent-unexpanded-variable"]) != 1 {
		t.Errorf("app group: %+v", got)
	}
	// With the -systemextension form the NE check is quiet.
	fixed := map[string]any{"com.apple.developer.networking.networkextension": []any{"packet-tunnel-provider-systemextension"}}
	got = findingIDs(runEntChecks(t, entMapInput(t, "fixed.der", fixed), prof))
	if len(got["ent-network-extension-developer-id"])+len(got["ent-not-authorised"]) != 0 {
		t.Errorf("fixed NE still reported: %+v", got)
	}
}

func TestNotAuthorisedIOS(t *testing.T) {
	ents := map[string]any{
		"application-identifier":              "ABCDE12345.com.example.app",
		"com.apple.developer.team-identifier": "ABCDE12345",
		"com.apple.developer.in-app-payments": []any{"merchant.com.example"},
		"keychain-access-groups":              []any{"ABCDE12345.com.example.app", "ZZZZZ99999.shared"},
	}
	prof := profileInput("app.mobileprovision", &report.Profile{
		ProfileName: "App Store", ProfileKind: "app-store", Platforms: []string{"iOS"}, Team: "ABCDE12345",
		AppID: "ABCDE12345.com.example.app",
		Entitlements: map[string]any{
			"application-identifier":              "ABCDE12345.com.example.app",
			"com.apple.developer.team-identifier": "ABCDE12345",
			"keychain-access-groups":              []any{"ABCDE12345.*"},
			"get-task-allow":                      false,
		},
	})
	got := findingIDs(runEntChecks(t, entMapInput(t, "app.der", ents), prof))
	na := got["ent-not-authorised"]
	if len(na) != 2 {
		t.Fatalf("not authorised: %+v", na)
	}
	if !strings.Contains(na[0].Message, "does not authorise com.apple.developer.in-app-payments at all") ||
		!strings.Contains(na[1].Message, `allows only ["ABCDE12345.*"], so "ZZZZZ99999.shared" is not authorised`) {
		t.Errorf("messages: %s / %s", na[0].Message, na[1].Message)
	}
	if len(got["ent-team-mismatch"]) != 0 {
		t.Errorf("team mismatch: %+v", got["ent-team-mismatch"])
	}
}

func TestTeamMismatchBinaryAndProfile(t *testing.T) {
	bin := &Input{File: File{Name: "App"}, Kind: KindMachO, Value: &machoInput{Slices: machoSlicesOf([]report.MachOSlice{
		{Arch: "x86_64", Signature: "certificate", Identifier: "com.example.app", Team: "ZZZZZ99999", LeafTeam: "ZZZZZ99999", CertKind: "Developer ID Application", Platform: "macOS",
			Entitlements: map[string]any{"com.apple.developer.team-identifier": "ABCDE12345", "com.apple.application-identifier": "ABCDE12345.com.example.app"}},
		{Arch: "arm64", Signature: "certificate", Identifier: "com.example.app", Team: "ZZZZZ99999", LeafTeam: "ZZZZZ99999", CertKind: "Developer ID Application", Platform: "macOS",
			Entitlements: map[string]any{"com.apple.developer.team-identifier": "ABCDE12345", "com.apple.application-identifier": "ABCDE12345.com.example.app"}},
	}...)}}
	prof := profileInput("embedded.provisionprofile", &report.Profile{
		ProfileKind: "developer-id", Platforms: []string{"OSX"}, Team: "ABCDE12345", AppID: "ABCDE12345.com.example.app",
		Entitlements: map[string]any{"com.apple.developer.team-identifier": "ABCDE12345", "com.apple.application-identifier": "ABCDE12345.com.example.app"},
	})
	got := findingIDs(runEntChecks(t, bin, prof))
	tm := got["ent-team-mismatch"]
	if len(tm) != 1 || tm[0].Subject != "App [x86_64, arm64]" ||
		!strings.Contains(tm[0].Message, "the signing certificate (Developer ID Application) says ZZZZZ99999") {
		t.Errorf("team mismatch: %+v", tm)
	}
}

func TestApsEnvironmentAndGetTaskAllow(t *testing.T) {
	ents := map[string]any{"aps-environment": "development", "get-task-allow": true, "application-identifier": "ABCDE12345.com.example.app"}
	prof := &report.Profile{ProfileKind: "app-store", Platforms: []string{"iOS"}, Team: "ABCDE12345", AppID: "ABCDE12345.com.example.app",
		Entitlements: map[string]any{"aps-environment": "production", "get-task-allow": false, "application-identifier": "ABCDE12345.com.example.app"}}
	got := findingIDs(runEntChecks(t, entMapInput(t, "app.der", ents), profileInput("p.mobileprovision", prof)))
	if len(got["ent-aps-environment"]) != 1 || len(got["ent-get-task-allow"]) != 1 || len(got["ent-not-authorised"]) != 0 {
		t.Errorf("%+v", got)
	}
	dev := &report.Profile{ProfileKind: "development", Platforms: []string{"iOS"}, Team: "ABCDE12345", AppID: "ABCDE12345.*",
		Entitlements: map[string]any{"aps-environment": "development", "get-task-allow": true, "application-identifier": "ABCDE12345.*"}}
	got = findingIDs(runEntChecks(t, entMapInput(t, "app.der", ents), profileInput("p.mobileprovision", dev)))
	delete(got, "ent-pairing")
	if len(got) != 0 {
		t.Errorf("development profile: %+v", got)
	}
}

func TestPairingByAppID(t *testing.T) {
	app := entMapInput(t, "app.der", map[string]any{"application-identifier": "ABCDE12345.com.example.app", "com.apple.developer.healthkit": true})
	ext := entMapInput(t, "ext.der", map[string]any{"application-identifier": "ABCDE12345.com.example.app.ext", "com.apple.developer.healthkit": true})
	pApp := profileInput("app.mobileprovision", &report.Profile{ProfileKind: "development", Platforms: []string{"iOS"}, Team: "ABCDE12345", AppID: "ABCDE12345.com.example.app",
		Entitlements: map[string]any{"application-identifier": "ABCDE12345.com.example.app", "com.apple.developer.healthkit": true}})
	pExt := profileInput("ext.mobileprovision", &report.Profile{ProfileKind: "development", Platforms: []string{"iOS"}, Team: "ABCDE12345", AppID: "ABCDE12345.com.example.app.ext",
		Entitlements: map[string]any{"application-identifier": "ABCDE12345.com.example.app.ext"}})
	got := findingIDs(runEntChecks(t, app, ext, pApp, pExt))
	na := got["ent-not-authorised"]
	if len(na) != 1 || na[0].Subject != "ext.der" {
		t.Errorf("%+v", got)
	}
	pairs := got["ent-pairing"]
	if len(pairs) != 2 || !strings.Contains(pairs[0].Message, "app.mobileprovision: its application identifier ABCDE12345.com.example.app matches") ||
		!strings.Contains(pairs[1].Message, "ext.mobileprovision") {
		t.Errorf("pairing: %+v", pairs)
	}
	other := entMapInput(t, "other.der", map[string]any{"application-identifier": "ABCDE12345.com.example.other"})
	got = findingIDs(runEntChecks(t, other, pApp, pExt))
	if p := got["ent-pairing"]; len(p) != 1 || !strings.Contains(p[0].Message, "not checked against a profile") {
		t.Errorf("unpaired: %+v", p)
	}
}

// TestCorpusEntitlements analyses every real entitlements file of the corpus
// and checks the diagnoses the issue names: LuLu's $(TeamIdentifierPrefix)
// app group, TrollStore's private keys, santa's debug build.
func TestCorpusEntitlements(t *testing.T) {
	dir := testcorpus.Dir(t, "entitlements")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	want := map[string][]string{
		"LuLu-App.entitlements":                                                     {"ent-unexpanded-variable"},
		"LuLu-Extension.entitlements":                                               {"ent-unexpanded-variable"},
		"TrollStore-RootHelper-entitlements.plist":                                  {"ent-private"},
		"TrollStore-TrollStore-entitlements.plist":                                  {"ent-private"},
		"wireguard-apple-WireGuardNetworkExtension_macOS.entitlements":              {"ent-unexpanded-variable"},
		"wireguard-apple-WireGuardNetworkExtension_iOS.entitlements":                {"ent-unexpanded-variable"},
		"santa-com.northpolesec.santa.daemon.systemextension-debugger.entitlements": {"ent-get-task-allow"},
		"isign-sample-entitlements.plist":                                           {"ent-get-task-allow"},
		"BlockBlock-BlockBlock.entitlements":                                        {},
		"delta-archived-expanded-entitlements.xcent":                                {},
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		rep, err := Analyze(context.Background(), []File{{Name: e.Name(), Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Artifacts) != 1 || rep.Artifacts[0].Kind != "entitlements" {
			t.Errorf("%s: artifacts %+v", e.Name(), rep.Artifacts)
			continue
		}
		facts := rep.Artifacts[0].Facts.(*report.Entitlements)
		for _, k := range facts.Keys {
			if k.Restriction == "" {
				t.Errorf("%s: %s has no restriction", e.Name(), k.Key)
			}
		}
		ids := map[string]bool{}
		for _, f := range rep.Findings {
			ids[f.ID] = true
			if !strings.HasPrefix(f.ID, "ent-") {
				t.Errorf("%s: unexpected finding %+v", e.Name(), f)
			}
		}
		exp, ok := want[e.Name()]
		if !ok {
			continue
		}
		for _, id := range exp {
			if !ids[id] {
				t.Errorf("%s: %s did not fire (got %v)", e.Name(), id, rep.Findings)
			}
		}
		if len(exp) == 0 && len(rep.Findings) != 0 {
			t.Errorf("%s: expected no findings, got %v", e.Name(), rep.Findings)
		}
	}
}

func TestEntitlementsFactsJSON(t *testing.T) {
	in := entMapInput(t, "ents.der", map[string]any{
		"com.apple.security.cs.allow-jit":       true,
		"com.apple.security.application-groups": []any{"$(TeamIdentifierPrefix)x"},
		"com.example.custom":                    int64(7),
	})
	rep := &report.Report{Findings: []report.Finding{}, Artifacts: in.Artifacts}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back report.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	f, ok := back.Artifacts[0].Facts.(*report.Entitlements)
	if !ok {
		t.Fatalf("facts %T", back.Artifacts[0].Facts)
	}
	if f.Format != "der" || f.DERForm != "codesign" || f.Platform != "macOS" || len(f.Keys) != 3 || len(f.UnexpandedVariables) != 1 {
		t.Errorf("%+v", f)
	}
	byKey := map[string]report.EntitlementKey{}
	for _, k := range f.Keys {
		byKey[k.Key] = k
	}
	if k := byKey["com.example.custom"]; k.Known || k.Restriction != "unknown" {
		t.Errorf("unknown key: %+v", k)
	}
	if k := byKey["com.apple.security.application-groups"]; !k.Known || k.Restriction != "validation-required" || k.Meaning == "" {
		t.Errorf("app groups: %+v", k)
	}
	if !strings.Contains(string(b), `"kind":"entitlements"`) || !strings.Contains(string(b), `"restriction":"unrestricted"`) {
		t.Errorf("json: %s", b)
	}
}

// The corpus GuiApp case, in facts: an app signed by one team whose embedded
// Developer ID profile belongs to another.
func TestBundleEmbeddedProfilePairing(t *testing.T) {
	ents := map[string]any{"com.apple.application-identifier": "ABCDE12345.com.example.gui", "com.apple.developer.team-identifier": "ABCDE12345", "com.apple.security.app-sandbox": true}
	slice := report.MachOSlice{Arch: "arm64", Signature: "certificate", Identifier: "com.example.gui", Team: "ABCDE12345", LeafTeam: "ABCDE12345", CertKind: "Apple Development", Platform: "macos", Entitlements: ents}
	b := &report.Bundle{Layout: "macos", Code: []report.BundleNode{{
		Path: "Gui.app", Type: "app", Executable: "Gui.app/Contents/MacOS/Gui", MachO: &report.MachO{Slices: []report.MachOSlice{slice}},
		ProfilePath: "Gui.app/Contents/embedded.provisionprofile",
		Profile: &report.Profile{ProfileName: "Gui Developer ID", ProfileKind: "developer-id", Platforms: []string{"OSX"}, Team: "ZZZZZ99999", AppID: "ZZZZZ99999.com.example.gui",
			Entitlements: map[string]any{"com.apple.application-identifier": "ZZZZZ99999.com.example.gui", "com.apple.developer.team-identifier": "ZZZZZ99999"}},
	}}}
	node := &bundle.Node{Path: "Gui.app", Kind: bundle.KindApp, ExecPath: "Gui.app/Contents/MacOS/Gui", ProfilePath: "Gui.app/Contents/embedded.provisionprofile"}
	bn := &bundleNode{Node: node, MachO: &machoInput{Slices: machoSlicesOf(slice)}, Profile: &embeddedProfile{Profile: &profile.Profile{
		Name: "Gui Developer ID", Kind: profile.DeveloperID, Platforms: []string{"OSX"}, Team: "ZZZZZ99999", AppID: "ZZZZZ99999.com.example.gui",
		Entitlements: b.Code[0].Profile.Entitlements}}}
	bi := &bundleInput{B: &bundle.Bundle{Roots: []*bundle.Node{node}}, Nodes: []*bundleNode{bn}, byPath: map[string]*bundleNode{node.Path: bn}}
	in := &Input{File: File{Name: "Gui.zip"}, Kind: KindArchive, Value: bi, Artifacts: []report.Artifact{report.NewArtifact("Gui.zip", b)}}
	got := findingIDs(runEntChecks(t, in))
	// The profile's team against the signature's is bundle-profile-team-
	// mismatch's (on the profile); what is left here is the App ID prefix.
	tm := got["ent-team-mismatch"]
	if len(tm) != 1 || tm[0].Subject != "Gui.zip: Gui.app/Contents/MacOS/Gui [arm64]" || !strings.Contains(tm[0].Message, "the prefix ABCDE12345 is not the profile's ZZZZZ99999") {
		t.Fatalf("team mismatch: %+v", tm)
	}
	if pr := got["ent-pairing"]; len(pr) != 1 || !strings.Contains(pr[0].Message, "embedded in the same bundle") {
		t.Errorf("pairing: %+v", pr)
	}
}

// The corpus's GuiApp: signed by one team, with another team's Developer ID
// profile embedded after signing. One cause, one error: the profile's
// bundle-profile-team-mismatch, not also an ent-team-mismatch on the binary.
func TestCorpusGuiAppTeamMismatch(t *testing.T) {
	b, err := os.ReadFile(testcorpus.Dir(t, "bundles", "appinfo-macos-signed.zip"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	rep, err := Analyze(context.Background(), []File{{Name: "macos-signed.zip", Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, f := range rep.Findings {
		if strings.Contains(f.Message, "3G4J97R9DL") && strings.Contains(f.Message, "72LA85G59H") {
			if f.ID != "bundle-profile-team-mismatch" {
				t.Errorf("the team mismatch reported again by %s: %s", f.ID, f.Message)
			}
			found++
		}
	}
	if found != 1 {
		t.Errorf("team mismatch found %d times: %+v", found, rep.Findings)
	}
}

// Corpus archives: the app-info fixtures' third-party DER form, and a 2017 iOS
// app signed before DER entitlements existed.
func TestCorpusArchivesDER(t *testing.T) {
	cases := map[string]string{
		"appinfo-embedded.ipa": "ent-der-form",
		"appinfo-iphone.ipa":   "ent-xml-der-mismatch",
	}
	for name, id := range cases {
		b, err := os.ReadFile(filepath.Join(testcorpus.Dir(t, "bundles"), name))
		if err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		rep, err := Analyze(context.Background(), []File{{Name: name, Size: int64(len(b)), R: bytes.NewReader(b)}}, Options{Now: defaultCaseTime})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range rep.Findings {
			if f.ID == id && strings.HasPrefix(f.Subject, name+": Payload/") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %s did not fire", name, id)
		}
	}
}

// A Mac app dropped with an iOS profile is not checked against it: the
// profile authorises nothing on the Mac, so its missing keys are no finding.
func TestMacAppNotPairedWithIOSProfile(t *testing.T) {
	rep := analyzeCorpus(t, defaultCaseTime, "bundles/relic-fatfile.app.zip", "profiles/appinfo-ios_appstore.mobileprovision")
	pairing := ""
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.ID, "ent-") && f.ID != "ent-pairing" && f.ID != "ent-der-form" {
			t.Errorf("%s: %s", f.ID, f.Message)
		}
		if f.ID == "ent-pairing" {
			pairing = f.Message
		}
	}
	if !strings.Contains(pairing, "another platform") {
		t.Errorf("ent-pairing %q, want it to say the profile is for another platform", pairing)
	}
}
