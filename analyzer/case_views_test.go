package analyzer

import (
	"context"
	"testing"
)

// TestEmbeddedProfileParsedOnce: an archive's embedded profile is parsed
// (CMS verification and chain building included) once per analysis, by the
// archive parser; every check that looks at profiles reads that value.
func TestEmbeddedProfileParsedOnce(t *testing.T) {
	dir := casesDir + "/profile-expired/embedded-in-ipa"
	opts, err := readCaseOptions(dir + "/options")
	if err != nil {
		t.Fatal(err)
	}
	files, err := readCaseInputs(dir)
	if err != nil {
		t.Fatal(err)
	}
	parses := 0
	profileParsed = func() { parses++ }
	defer func() { profileParsed = nil }()
	rep, err := Analyze(context.Background(), files, opts)
	if err != nil {
		t.Fatal(err)
	}
	fired := false
	for _, f := range rep.Findings {
		fired = fired || f.ID == "profile-expired"
	}
	if !fired {
		t.Fatal("profile-expired did not fire on the embedded profile: the count below would mean nothing")
	}
	if parses != 1 {
		t.Errorf("the embedded profile was parsed %d times in one analysis, want 1", parses)
	}
}
