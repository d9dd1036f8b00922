package app

import (
	"reflect"
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/report"
)

func TestToTreeSortsKeysAndLabelsListItems(t *testing.T) {
	v := map[string]any{
		"keychain-access-groups": []any{"ABCDE12345.*", "com.apple.token"},
		"get-task-allow":         true,
		"com.apple.developer.associated-domains": []any{
			map[string]any{"arch": "arm64", "n": float64(2)},
		},
		"empty": map[string]any{},
	}
	got := toTree(v)
	keys := make([]string, len(got))
	for i, n := range got {
		keys[i] = n.Key
	}
	wantKeys := []string{"com.apple.developer.associated-domains", "empty", "get-task-allow", "keychain-access-groups"}
	if !reflect.DeepEqual(keys, wantKeys) {
		t.Fatalf("keys %q, want %q", keys, wantKeys)
	}
	if got[0].Children[0].Key != "1 (arm64)" || got[0].Children[0].Children[1].Value != "2" {
		t.Errorf("list of objects: %+v", got[0])
	}
	if got[1].Value != "(empty)" || got[2].Value != "yes" {
		t.Errorf("scalars: %+v %+v", got[1], got[2])
	}
	if got[3].Value != "ABCDE12345.*, com.apple.token" {
		t.Errorf("short list of strings should be one line: %+v", got[3])
	}
}

func TestFactsTreeUsesJSONNames(t *testing.T) {
	p := &report.Profile{Team: "ABCDE12345", ProfileKind: "ad-hoc", Devices: 3}
	names := map[string]string{}
	for _, n := range factsTree(p) {
		names[n.Key] = n.Value
	}
	if names["team"] != "ABCDE12345" || names["profile_kind"] != "ad-hoc" || names["devices"] != "3" {
		t.Errorf("facts by JSON name: %v", names)
	}
	raw := rawValues(p)
	if raw["devices"] != "3" || raw["all_devices"] != "false" {
		t.Errorf("raw values: %v", raw)
	}
}
