package entitlements

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestMatchPattern(t *testing.T) {
	cases := []struct {
		pattern, s string
		want       bool
	}{
		{"ABCDE12345.*", "ABCDE12345.com.example.app", true},
		{"ABCDE12345.*", "ABCDE12345.", true},
		{"ABCDE12345.*", "ZZZZZ99999.com.example.app", false},
		{"*", "anything", true},
		{"*", "", true},
		{"ABCDE12345.com.example.app", "ABCDE12345.com.example.app", true},
		{"ABCDE12345.com.example.app", "ABCDE12345.com.example.app2", false},
		{"iCloud.*", "iCloud.com.example", true},
		{"a*c*e", "abcde", true},
		{"a*c*e", "abcdf", false},
		{"", "", true},
		{"", "x", false},
		{strings.Repeat("*a", 40), strings.Repeat("a", 39), false}, // stays fast
	}
	for _, c := range cases {
		if got := MatchPattern(c.pattern, c.s); got != c.want {
			t.Errorf("MatchPattern(%q, %q) = %v", c.pattern, c.s, got)
		}
	}
}

func TestAllows(t *testing.T) {
	cases := []struct {
		name             string
		allowed, claimed any
		want             bool
	}{
		{"wildcard app ID", "TEAMID1234.*", "TEAMID1234.com.x", true},
		{"explicit app ID", "TEAMID1234.com.x", "TEAMID1234.com.y", false},
		{"star allows a bool", "*", true, true},
		{"array allows member", []any{"development", "production"}, "production", true},
		{"array refuses non-member", []any{"Development"}, "Production", false},
		{"claimed array subset", []any{"a", "b", "c"}, []any{"a", "c"}, true},
		{"claimed array not subset", []any{"a", "b"}, []any{"a", "z"}, false},
		{"keychain wildcard", []any{"TEAMID1234.*"}, []any{"TEAMID1234.com.x", "TEAMID1234.shared"}, true},
		{"keychain other team", []any{"TEAMID1234.*"}, []any{"OTHERTEAM1.com.x"}, false},
		{"string pattern vs claimed array", "TEAMID1234.*", []any{"TEAMID1234.a", "TEAMID1234.b"}, true},
		{"true allows true", true, true, true},
		{"true allows false", true, false, true},
		{"false refuses true", false, true, false},
		{"false allows false", false, false, true},
		{"bool vs string", true, "yes", false},
		{"integers", int64(3), uint64(3), true},
		{"integers differ", int64(3), int64(4), false},
		{"mac app group team wildcard", []any{"TEAMID1234.*", "group.com.x"}, []any{"TEAMID1234.shared"}, true},
		{"mac team wildcard does not cover group.", []any{"TEAMID1234.*"}, []any{"group.com.y"}, false},
		{"NE value", []any{"packet-tunnel-provider-systemextension"}, []any{"packet-tunnel-provider"}, false},
		{"NE value matched", []any{"packet-tunnel-provider-systemextension", "app-proxy-provider-systemextension"}, []any{"packet-tunnel-provider-systemextension"}, true},
		{"dictionary", map[string]any{"a": true, "b": "x*"}, map[string]any{"b": "xy"}, true},
		{"dictionary extra key", map[string]any{"a": true}, map[string]any{"c": true}, false},
		{"empty claim array", []any{"x"}, []any{}, true},
		{"nothing allowed", nil, "x", false},
	}
	for _, c := range cases {
		if got := Allows(c.allowed, c.claimed); got != c.want {
			t.Errorf("%s: Allows(%v, %v) = %v", c.name, c.allowed, c.claimed, got)
		}
	}
}

func TestUnauthorisedDeveloperIDNetworkExtension(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusPath(t, "entitlements"), "wireguard-apple-WireGuardNetworkExtension_macOS.entitlements"))
	if err != nil {
		t.Fatal(err)
	}
	ents, _, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	prof := Profile{
		Team: "ABCDE12345", Platform: MacOS, Kind: "developer-id",
		Entitlements: map[string]any{
			"com.apple.application-identifier":                "ABCDE12345.com.example.wg.network-extension",
			"com.apple.developer.team-identifier":             "ABCDE12345",
			"com.apple.developer.networking.networkextension": []any{"packet-tunnel-provider-systemextension", "app-proxy-provider-systemextension"},
			"keychain-access-groups":                          []any{"ABCDE12345.*"},
			"com.apple.security.application-groups":           []any{"ABCDE12345.*"},
		},
	}
	probs := Unauthorised(ents, prof)
	var keys []string
	for _, p := range probs {
		keys = append(keys, p.Key)
	}
	// The app group holds unexpanded variables, so it matches nothing; the
	// sandbox and network keys are unrestricted on macOS.
	if got := strings.Join(keys, ","); got != "com.apple.developer.networking.networkextension,com.apple.security.application-groups" {
		t.Fatalf("problems %v", probs)
	}
	ne := probs[0]
	if ne.Restriction != Restricted || !reflect.DeepEqual(ne.SystemExtensionHints, map[string]string{"packet-tunnel-provider": "packet-tunnel-provider-systemextension"}) {
		t.Errorf("NE problem %+v", ne)
	}
	if probs[1].Restriction != ValidationRequired {
		t.Errorf("app groups on macOS: %+v", probs[1])
	}
}

func TestUnauthorisedIOS(t *testing.T) {
	ents := map[string]any{
		"application-identifier":                "ABCDE12345.com.example.app",
		"com.apple.developer.in-app-payments":   []any{"merchant.com.example"},
		"com.apple.security.application-groups": []any{"group.com.example.shared"},
		"com.example.unknown":                   true,
		"get-task-allow":                        true, // own check
		"com.apple.developer.healthkit":         false,
	}
	prof := Profile{Platform: IOS, Kind: "app-store", Entitlements: map[string]any{
		"application-identifier":                "ABCDE12345.*",
		"com.apple.security.application-groups": []any{"group.com.example.other"},
	}}
	var keys []string
	for _, p := range Unauthorised(ents, prof) {
		keys = append(keys, p.Key)
		if p.Restriction != Restricted {
			t.Errorf("%s: %s", p.Key, p.Restriction)
		}
	}
	if got := strings.Join(keys, ","); got != "com.apple.developer.in-app-payments,com.apple.security.application-groups,com.example.unknown" {
		t.Errorf("problems %s", got)
	}
}

func TestPlatformOf(t *testing.T) {
	if p := PlatformOf([]string{"OSX"}, nil); p != MacOS {
		t.Error(p)
	}
	if p := PlatformOf([]string{"xrOS"}, nil); p != IOS {
		t.Error(p)
	}
	if p := PlatformOf(nil, map[string]any{"com.apple.security.app-sandbox": true}); p != MacOS {
		t.Error(p)
	}
	if p := PlatformOf(nil, map[string]any{"application-identifier": "X.y"}); p != IOS {
		t.Error(p)
	}
	if p := PlatformOf(nil, map[string]any{"keychain-access-groups": []any{}}); p != AnyPlatform {
		t.Error(p)
	}
}

func TestAppIDs(t *testing.T) {
	if p, b := SplitAppID("ABCDE12345.com.example.app"); p != "ABCDE12345" || b != "com.example.app" {
		t.Error(p, b)
	}
	if !AppIDMatchesBundle("ABCDE12345.*", "com.example.app") || AppIDMatchesBundle("ABCDE12345.com.example.app", "com.example.other") {
		t.Error("AppIDMatchesBundle")
	}
}

func TestCheckAppGroups(t *testing.T) {
	cases := []struct {
		name  string
		v     any
		team  string
		p     Platform
		wants []string // severities
	}{
		{"ios style on iOS", []any{"group.com.x"}, "ABCDE12345", IOS, nil},
		{"mac style on iOS", []any{"ABCDE12345.com.x"}, "ABCDE12345", IOS, []string{"error"}},
		{"mac style own team", []any{"ABCDE12345.com.x"}, "ABCDE12345", MacOS, nil},
		{"mac style other team", []any{"ZZZZZ99999.com.x"}, "ABCDE12345", MacOS, []string{"error"}},
		{"unprefixed on mac", []any{"com.x.shared"}, "", MacOS, []string{"warning"}},
		{"ios style on mac", []any{"group.com.x"}, "", MacOS, []string{"info"}},
		{"variable skipped", []any{"$(TeamIdentifierPrefix)com.x"}, "", MacOS, nil},
		{"not an array", true, "", MacOS, []string{"error"}},
		{"non-string element", []any{"group.a", int64(1)}, "", IOS, []string{"error"}},
		{"lone string", "group.com.x", "", IOS, nil},
	}
	for _, c := range cases {
		var got []string
		for _, is := range CheckAppGroups(c.v, c.team, c.p) {
			got = append(got, is.Severity)
		}
		if !reflect.DeepEqual(got, c.wants) {
			t.Errorf("%s: %v", c.name, CheckAppGroups(c.v, c.team, c.p))
		}
	}
}

func TestUnexpandedVariables(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusPath(t, "entitlements"), "LuLu-App.entitlements"))
	if err != nil {
		t.Fatal(err)
	}
	m, _, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	got := UnexpandedVariables(m)
	if len(got) != 1 || got[0].Path != "com.apple.security.application-groups[0]" || got[0].Variable != "$(TeamIdentifierPrefix)" {
		t.Fatalf("%+v", got)
	}
	if !strings.Contains(got[0].Meaning(), "Team ID followed by a dot") {
		t.Error(got[0].Meaning())
	}
	m = map[string]any{"$(PRODUCT_BUNDLE_IDENTIFIER).key": map[string]any{"x": []any{"${DEVELOPMENT_TEAM}", "$(AppIdentifierPrefix)a", "$5 (not a variable)"}}}
	var vars []string
	for _, u := range UnexpandedVariables(m) {
		vars = append(vars, u.Path+"="+u.Variable)
	}
	want := "$(PRODUCT_BUNDLE_IDENTIFIER).key=$(PRODUCT_BUNDLE_IDENTIFIER),$(PRODUCT_BUNDLE_IDENTIFIER).key.x[0]=${DEVELOPMENT_TEAM},$(PRODUCT_BUNDLE_IDENTIFIER).key.x[1]=$(AppIdentifierPrefix)"
	if strings.Join(vars, ",") != want {
		t.Errorf("got %s", strings.Join(vars, ","))
	}
}

func TestKnowledgeBase(t *testing.T) {
	for _, e := range Known() {
		if e.Meaning == "" || e.Source == "" || e.ValueType == "" || len(e.Platforms) == 0 || e.Group == "" {
			t.Errorf("%s: incomplete entry %+v", e.Key, e)
		}
		if e.Mac == "" || e.IOS == "" {
			t.Errorf("%s: restriction missing", e.Key)
		}
	}
	cases := map[string]Restriction{
		"com.apple.private.security.no-sandbox":                          AppleOnly,
		"platform-application":                                           AppleOnly,
		"com.apple.developer.some-future-capability":                     Restricted,
		"com.apple.security.cs.allow-jit":                                Unrestricted,
		"com.apple.security.temporary-exception.mach-lookup.global-name": Unrestricted,
	}
	for k, want := range cases {
		e, ok := Lookup(k)
		if !ok || e.RestrictionOn(MacOS) != want {
			t.Errorf("%s: %v %+v", k, ok, e)
		}
	}
	if e, _ := Lookup("com.apple.security.application-groups"); e.RestrictionOn(MacOS) != ValidationRequired || e.RestrictionOn(IOS) != Restricted {
		t.Errorf("app groups: %+v", e)
	}
	if _, ok := Lookup("com.example.custom"); ok {
		t.Error("unknown key reported as known")
	}
	if e, _ := Lookup("com.apple.security.cs.disable-library-validation"); !e.Broad {
		t.Error("disable-library-validation not broad")
	}
}

func TestExpand(t *testing.T) {
	m := map[string]any{
		"application-identifier":                "$(AppIdentifierPrefix)$(PRODUCT_BUNDLE_IDENTIFIER)",
		"com.apple.security.application-groups": []any{"$(TeamIdentifierPrefix)com.x", "group.$(APP_ID_IOS)"},
		"n":                                     int64(1),
	}
	got := Expand(m, XcodeVariables("ABCDE12345", "com.example.app"))
	want := map[string]any{
		"application-identifier":                "ABCDE12345.com.example.app",
		"com.apple.security.application-groups": []any{"ABCDE12345.com.x", "group.$(APP_ID_IOS)"},
		"n":                                     int64(1),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v", got)
	}
	if v := XcodeVariables("ABCDE12345", "*"); v["PRODUCT_BUNDLE_IDENTIFIER"] != "" {
		t.Error("wildcard bundle ID used as a value")
	}
}

func TestNormalize(t *testing.T) {
	got := Normalize(map[string]any{"a": []string{"x"}, "b": uint64(3), "c": map[string]any{"d": 2.0, "e": 2.5}, "f": int(1)})
	want := map[string]any{"a": []any{"x"}, "b": int64(3), "c": map[string]any{"d": int64(2), "e": 2.5}, "f": int64(1)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%#v", got)
	}
	if !Allows(Normalize(map[string]any{"k": []string{"T.*"}})["k"], "T.x") {
		t.Error("normalised array does not allow")
	}
}

func TestUnauthorisedSkipsEmptyClaims(t *testing.T) {
	ents := map[string]any{"com.apple.developer.in-app-payments": []any{}, "com.apple.developer.healthkit": false}
	if got := Unauthorised(ents, Profile{Platform: IOS, Entitlements: map[string]any{}}); len(got) != 0 {
		t.Errorf("%+v", got)
	}
}
