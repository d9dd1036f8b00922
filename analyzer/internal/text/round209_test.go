package text

import "testing"

// TestRound209Readings: the readings added for held-out round 209 (cloud
// signing and API keys in CI), each on a line of the round's texts, and
// their near misses.
func TestRound209Readings(t *testing.T) {
	readEach(t, []readCase{
		// Xcode's prompt once a runner per run filled the cap
		// (https://github.com/dashpay/dashwallet-ios/pull/1038).
		{"fails at **Archive dashpay** with:\n\n> Choose a certificate to revoke. Your account has reached the maximum number of certificates.", "text-certificate-limit"},
		{`ios-v1.5 failed with "Choose a certificate to revoke" (run 33153107614).`, "text-certificate-limit"},
		{"Over time this will hit the per-account cert quota again.", "text-certificate-limit"},
		// altool with --apiKey and no key file
		// (https://github.com/Apple-Actions/upload-testflight-build/issues/27).
		{"`The file 'AuthKey_***.p8' could not be found in any of these locations: '~/private_keys', '~/.private_keys', '~/.appstoreconnect/private_keys'.`", "text-notary-auth"},
		{`"Failed to generate JWT token: Error Domain=NSCocoaErrorDomain Code=-43 \"Failed to load AuthKey file.\"`, "text-notary-auth"},
	})
	r := Analyze([]byte("*** Error: Unable to upload archive. Failed to load AuthKey file."))
	if len(r.Matches) == 0 || len(r.Matches[0].Causes) == 0 || r.Matches[0].Causes[0] != causeAltoolKeyFile {
		t.Errorf("AuthKey file not loaded: got %v, want the key file's locations first", ids(r))
	}
	// Near misses: the same words about something else.
	for _, in := range []string{
		"Choose a certificate to use for client authentication (Windows Security dialog).",
		"AWS Certificate Manager: you hit the certificate quota for this region.",
		"Let's Encrypt rate limit: too many new orders per account; cert issuance paused.",
		"Rename AuthKey_ABC123.p8 before committing; it is in .gitignore.",
		"The file 'config.p8' could not be found in any of these locations: ./keys, ~/keys.",
	} {
		if r := Analyze([]byte(in)); hasID(r, "text-certificate-limit") || hasID(r, "text-notary-auth") {
			t.Errorf("%q: got %v, want neither the certificate limit nor a refused login", in, ids(r))
		}
	}
}
