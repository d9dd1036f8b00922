package analyzer

import (
	"context"
	"slices"
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

// anyInput are the checks that look at every input, or at whichever of
// several kinds is given (Needs lists kinds that must all be present, so
// "an entitlements file or signed code" cannot be said with kinds).
var anyInput = map[string]string{
	"input-unrecognized":    "every input",
	"input-malformed":       "every input",
	"input-internal-error":  "every input",
	"input-time-limit":      "every input",
	"internal-check-failed": "every check",
	"req-invalid":           "the requirement given, whatever the files",
	"ent-amfi-unreadable":   "an entitlements file or signed code",
	"ent-der-form":          "an entitlements file or signed code",
	"ent-team-mismatch":     "entitlements or a certificate, against a profile",
	"identity-signed-code":  "an identity and any signed input",
}

// TestNeedsSaysWhatChecksLookAt: a check that looks at profiles, Mach-O
// files or entitlements says so in Needs (a profile inside an archive counts
// as a profile), so "Looks at" is right; KindAny is kept for the few above.
func TestNeedsSaysWhatChecksLookAt(t *testing.T) {
	for _, c := range Checks() {
		if slices.Contains(c.Needs, KindAny) && anyInput[c.ID] == "" {
			t.Errorf("%s declares Needs KindAny: name the kinds it looks at (or add it to anyInput with why)", c.ID)
		}
	}
	for _, tc := range []struct {
		dir  string
		kind Kind
	}{
		{"profile-expired/embedded-in-ipa", KindProfile},
		{"profile-expired/embedded-in-ipa", KindMachO},
		{"macho-no-hardened-runtime/pasted-codesign-output", KindMachO},
		{"ent-not-authorised/pasted-codesign-entitlements", KindEntitlements},
	} {
		files, err := readCaseInputs(casesDir + "/" + tc.dir)
		if err != nil {
			t.Fatal(err)
		}
		opts, err := readCaseOptions(casesDir + "/" + tc.dir + "/options")
		if err != nil {
			t.Fatal(err)
		}
		opts.resolveTrust()
		c := &Case{}
		for _, f := range files {
			in := parseInput(context.Background(), f, &opts)
			if in.Kind == tc.kind {
				t.Fatalf("%s: an input of kind %s was dropped; the case must hold one only inside another input", tc.dir, tc.kind)
			}
			c.Inputs = append(c.Inputs, in)
		}
		if !c.has(tc.kind) {
			t.Errorf("%s: the case holds no %s, though one is inside its inputs", tc.dir, tc.kind)
		}
	}
}
