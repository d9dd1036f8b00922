package text

import (
	"strings"
	"testing"
)

// The values a paste names (bundle IDs, device IDs, paths) read whole
// and only where they are values.

func TestDeviceIDHints(t *testing.T) {
	for id, want := range map[string]string{
		"00008103-001A2B3C4D5E6F70":                "Apple silicon",
		"3a1f0c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a39": "A12",
		"1B2C3D4E-5F60-4A1B-8C2D-3E4F5A6B7C8D":     "Hardware UUID",
	} {
		r := Analyze([]byte(id))
		if len(r.Matches) != 1 || len(r.Matches[0].Hints) != 1 || !strings.Contains(r.Matches[0].Hints[0], want) {
			t.Errorf("%s: %+v", id, r.Matches)
		}
	}
}

// A bundle ID that merely contains ".app." is not cut at it, while an app
// inside an archive keeps its name.
func TestBundleNameInsideLongerName(t *testing.T) {
	r := Analyze([]byte("Failed to install embedded profile for com.example.app.xctrunner : 0xe8008012 (This provisioning profile cannot be installed on this device.)"))
	for _, m := range r.Matches {
		if hasValue(m.Values, "bundle_id", "com.example.app") || hasValue(m.Values, "path", "com.example.app") {
			t.Errorf("%s: values %v cut com.example.app.xctrunner at .app", m.Entry.ID, m.Values)
		}
	}
	r = Analyze([]byte("id: 67413dae-64f5-4372-972d-e0ac158e18e3 name: Warp Vault.app.zip status: In Progress"))
	found := false
	for _, m := range r.Matches {
		found = found || hasValue(m.Values, "path", "Vault.app")
	}
	if !found {
		t.Errorf("Vault.app.zip: no path Vault.app in %v", r.Matches)
	}
}

// A file name with dots (a versioned disk image) is a path, not a bundle ID:
// bundle IDs hold only letters, digits, hyphens and dots, and com.example.app
// is still one.
func TestVersionedFileNotBundleID(t *testing.T) {
	r := Analyze([]byte("Example_4.8.2.3.dmg: rejected\nsource=Unnotarized Developer ID\norigin=Developer ID Application: Example Corp (A1B2C3D4E5)\n"))
	if len(r.Matches) == 0 {
		t.Fatal("no message found")
	}
	path := false
	for _, m := range r.Matches {
		for _, v := range m.Values {
			if v.Kind == "bundle_id" {
				t.Errorf("bundle_id %q", v.Value)
			}
			path = path || (v.Kind == "path" && v.Value == "Example_4.8.2.3.dmg")
		}
	}
	if !path {
		t.Errorf("the disk image is not a path value: %+v", r.Matches[0].Values)
	}
	if !bundleIDForm("com.example.app") || bundleIDForm("MyApp-1.2.3.dmg") || bundleIDForm("My_App.v2.app") {
		t.Error("bundleIDForm")
	}
}

// A pasted command run by full path names the tool, not the code.
func TestToolPathNotAValue(t *testing.T) {
	r := Analyze([]byte("~ » /usr/sbin/spctl -v --assess -t exec /path/to/Example.app\n/path/to/Example.app: rejected\nsource=Developer ID\n"))
	if len(r.Matches) == 0 {
		t.Fatal("no message found")
	}
	found := false
	for _, v := range r.Matches[0].Values {
		if v.Value == "/usr/sbin/spctl" {
			t.Errorf("the tool is a %s value", v.Kind)
		}
		found = found || v.Value == "/path/to/Example.app"
	}
	if !found {
		t.Errorf("the app's path is not a value: %+v", r.Matches[0].Values)
	}
}
