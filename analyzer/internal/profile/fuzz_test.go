package profile

import (
	"testing"

	"github.com/signdoctor/signdoctor/analyzer/internal/profile/profiletest"
	"github.com/signdoctor/signdoctor/internal/testcorpus"
)

// FuzzParse: any bytes give a profile or an error, never a panic or a hang.
func FuzzParse(f *testing.F) {
	ca, trust := newCA(f)
	f.Add(build(f, ca, profiletest.Spec{Devices: []string{"a"}, GetTaskAllow: &yes}))
	pl, _ := profiletest.Spec{Team: "T", BundleID: "*", Created: t2026, Expires: t2026, AllDevices: true}.Plist()
	f.Add(pl)
	for _, name := range []string{"appinfo-bplist.mobileprovision", "appinfo-signed_plist.mobileprovision", "delta-xc-adhoc-wildcard.mobileprovision"} {
		if b, err := testcorpus.ReadFile("profiles", name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b, trust)
		if err == nil && p == nil {
			t.Fatal("nil profile without an error")
		}
	})
}
