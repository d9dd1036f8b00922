package text

import "testing"

// TestRound177Readings: the readings added for held-out round 177
// (Stack Overflow-style signing questions from the pages corpus), each on
// lines of the round's messages, and their near misses: the same words
// where they are not that failure.
func TestRound177Readings(t *testing.T) {
	readEach(t, []readCase{
		// App Store Connect's ITMS-90376, wrapped by the asker
		// (https://example-a.com/answer/34848516).
		{"ERROR ITMS-90376 \"Invalid CFBundlerIdentifier. The CFBundleIdentifier value 'com.MYCOMPANY.MY-APP' \nof watch application 'MY-APP.app/Watch/MY APP Watchkit App.app' does not properly \nextend the CFBundleIdentifier value 'com.MYCOMPANY.MY-APP' of its containing \niOS application.\"", "text-embedded-bundle-id-prefix"},
		{"Upload failed with ITMS-90376 again.", "text-embedded-bundle-id-prefix"},
		// The archive validation's application-identifier message.
		{"\"This bundle is invalid. The application-identifier entitlement is not formatted correctly; it should contain your 10-character App ID Seed, followed by a dot, followed by your bundle identifier\"", "text-invalid-entitlements"},
		// The portal's certificate limit in the distribution wording and
		// Xcode's registered-certificates wording.
		{"Why am I seeing the error \"Already have a current iOS Distribution certificate or a pending certificate request\" during app submission?", "text-certificate-limit"},
		{"Already have a current iOS Distribution certificate or a pending certificate request", "text-certificate-limit"},
		{"an error I’ve seen a hundred times: “Your team has reached its maximum number of registered development certificates.”", "text-certificate-limit"},
		// Xcode's distribution sheet with no distribution certificate.
		{"Then, the dreaded red error: “Your account does not have a valid Distribution Certificate.”", "text-no-signing-certificate"},
		// The notary's agreement error retold.
		{"The crude “contracts need to be signed” error message may be returned for any account type that has not yet agreed to the latest “Apple Developer Program License Agreement.”", "text-agreement-required"},
	})
	for _, c := range []struct{ text, id string }{
		// Extending something other than a bundle identifier.
		{"The subclass does not properly extend the base class value in Swift.", "text-embedded-bundle-id-prefix"},
		// An entitlement that is not formatted, but not application-identifier.
		{"The aps-environment entitlement is not formatted correctly in my notes.", "text-invalid-entitlements"},
		// Already having things that are not a pending certificate request.
		{"We already have a current iOS Distribution certificate and it works fine.", "text-certificate-limit"},
		{"I already have a current passport or a pending visa request.", "text-certificate-limit"},
		// A maximum that is not of certificates.
		{"The team has reached its maximum number of registered devices for this year.", "text-certificate-limit"},
		// An account without something other than a certificate.
		{"Your account does not have a valid payment method.", "text-no-signing-certificate"},
		{"The Windows account does not have a valid code signing policy.", "text-no-signing-certificate"},
		// Contracts to sign that are not an error.
		{"The contracts need to be signed by Friday, then we ship.", "text-agreement-required"},
	} {
		if hasID(Analyze([]byte(c.text)), c.id) {
			t.Errorf("%q: read as %s", c.text, c.id)
		}
	}
}
