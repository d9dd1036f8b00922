package text

import "testing"

// The forms the fixes for the hundred-and-sixty-sixth held-out set read,
// beside texts that look like them and are not those failures.
func TestHeldOut166Forms(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// electron-builder's reason quoted alone (electron-builder#3958).
		{"reason=cannot find valid \"Developer ID Application\"", "text-identity-not-found"},
		{"skipping signing step with reason:\n```\nreason=cannot find valid \"3rd Party Mac Developer Application\"\n```", "text-identity-not-found"},
		// dyld's Team ID refusal retold (KaladinDMP/apprenticeVrSrc#25).
		{"Termination Reason: DYLD, Library missing (Electron Framework)\nThe root cause appears to be a code signing mismatch (different / missing Team IDs within the app bundle).", "text-library-validation"},
		// notarytool refusing --keychain's value (electron/notarize#88).
		{"Notarization failed : Failed to notarize via notarytool\n\nError: The value 'login' is invalid for '--keychain <keychain>': The file couldn’t be opened because it doesn’t exist.", "text-notary-auth"},
		{"Error: The value 'login' is invalid for '--keychain <keychain>': The file couldn’t be opened because it doesn’t exist.\nUsage: notarytool submit <options>", "text-notary-auth"},
	} {
		if r := Analyze([]byte(c.text)); len(r.Matches) == 0 || r.Matches[0].Entry.ID != c.want {
			t.Errorf("%q: got %v, want %s first", c.text, ids(r), c.want)
		}
	}
	readNothing(t,
		// A quoted name that is no certificate kind.
		`cannot find valid "config.json" in the project root`,
		// Another tool's argument parser, no notarytool near.
		"Error: The value 'login' is invalid for '--keychain <keychain>'\nUsage: mytool unlock <options>",
	)
	// A library that is missing, with no Team ID told: not library validation.
	for _, s := range []string{
		"Termination Reason: DYLD, Library missing\nLibrary not loaded: @rpath/libfoo.dylib\nReason: tried: '/usr/local/lib/libfoo.dylib' (no such file)",
		"Library not loaded: @rpath/libfoo.dylib\nThe Team ID field in the notarization log is empty.",
	} {
		for _, m := range Analyze([]byte(s)).Matches {
			if m.Entry.ID == "text-library-validation" {
				t.Errorf("%q: read as library validation", s)
			}
		}
	}
}
